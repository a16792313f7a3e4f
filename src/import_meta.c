/*
 * import_meta.c — import through a finder object from sys.meta_path, as CPython's import
 * system does: finder.find_spec(name, path, None) gives a ModuleSpec (or None), and the spec's
 * loader makes the module (create_module(spec), None for a plain module) and runs it
 * (exec_module(module)), with the module in sys.modules while it runs. A loader with only the
 * legacy load_module(name) is called that way; a spec without a loader and with
 * submodule_search_locations is a namespace package. import.c walks sys.meta_path and handles
 * its own default finders (BuiltinImporter, FrozenImporter, PathFinder) itself.
 */
#include "interp.h"

static ObjStr *s(VM *vm, const char *name) { return tpStr_intern_cstr(vm, name); }

/* module.<attr> = v unless it has a value other than None already (CPython's override=False);
 * `force` sets it anyway. */
static int set_default(VM *vm, Value module, const char *attr, Value v, bool force) {
    ObjStr *k = s(vm, attr);
    Value old;
    int has = k == NULL ? -1 : tpObj_getattr_opt(vm, module, k, &old);
    if (has < 0) {
        return -1;
    }
    if (has == 1 && !IS_NONE(old) && !force) {
        return 0;
    }
    return tpObj_setattr(vm, module, k, v);
}

/* __name__, __loader__, __package__, __spec__, __path__ and __file__ from the spec. */
static int init_attrs(VM *vm, Value module, Value spec, ObjStr *name, Value loader) {
    Value parent, locs, origin, hasloc;
    int truth = 0;
    if (tpObj_getattr(vm, spec, s(vm, "parent"), &parent) < 0 ||
        tpObj_getattr(vm, spec, s(vm, "submodule_search_locations"), &locs) < 0 ||
        tpObj_getattr(vm, spec, s(vm, "origin"), &origin) < 0) {
        return -1;
    }
    int has = tpObj_getattr_opt(vm, spec, s(vm, "has_location"), &hasloc);
    if (has < 0 || (has == 1 && tpObj_truth(vm, hasloc, &truth) < 0)) {
        return -1;
    }
    if (set_default(vm, module, "__name__", OBJ_VAL(name), false) < 0 ||
        set_default(vm, module, "__loader__", loader, false) < 0 ||
        set_default(vm, module, "__package__", parent, false) < 0 ||
        set_default(vm, module, "__spec__", spec, true) < 0) {
        return -1;
    }
    if (!IS_NONE(locs) && set_default(vm, module, "__path__", locs, false) < 0) {
        return -1;
    }
    if (truth && !IS_NONE(origin) && set_default(vm, module, "__file__", origin, false) < 0) {
        return -1;
    }
    return 0;
}

static int import_error(VM *vm, ObjStr *name, const char *msg) {
    tpErr_format(vm, EXC_ImportError, "%s", msg);
    tpExc_set_import_info(vm, OBJ_VAL(name), NONE_VAL);
    return -1;
}

/* The module the loader creates: create_module(spec), or a fresh module for None. NULL_VAL
 * with the exception set on failure; *legacy is set for a load_module()-only loader. */
static Value create_module(VM *vm, ObjStr *name, Value spec, Value loader, bool *legacy) {
    Value fn, module = NONE_VAL;
    *legacy = false;
    if (!IS_NONE(loader)) {
        int has = tpObj_getattr_opt(vm, loader, s(vm, "exec_module"), &fn);
        if (has <= 0) {
            *legacy = has == 0;
            return has == 0 ? NONE_VAL : NULL_VAL;
        }
        has = tpObj_getattr_opt(vm, loader, s(vm, "create_module"), &fn);
        if (has <= 0) {
            if (has == 0) {
                import_error(vm, name,
                             "loaders that define exec_module() must also define create_module()");
            }
            return NULL_VAL;
        }
        if (tpObj_call(vm, fn, 1, &spec, NULL, &module) < 0) {
            return NULL_VAL;
        }
    }
    if (IS_NONE(module)) {
        ObjModule *m = tpModule_new(vm, name);
        return m == NULL ? NULL_VAL : OBJ_VAL(m);
    }
    return module;
}

/* Load `name` as its spec says; *out is what sys.modules holds afterwards. */
static int load_spec(VM *vm, ObjStr *name, Value spec, Value *out) {
    Value loader, locs, r;
    if (tpObj_getattr(vm, spec, s(vm, "loader"), &loader) < 0 ||
        tpObj_getattr(vm, spec, s(vm, "submodule_search_locations"), &locs) < 0) {
        return -1;
    }
    if (IS_NONE(loader) && IS_NONE(locs)) {
        return import_error(vm, name, "missing loader");
    }
    bool legacy;
    Value module = create_module(vm, name, spec, loader, &legacy);
    if (legacy) {
        Value fn;
        int has = tpObj_getattr_opt(vm, loader, s(vm, "load_module"), &fn);
        if (has <= 0) {
            return has < 0 ? -1 : import_error(vm, name, "loader has no exec_module()");
        }
        Value arg = OBJ_VAL(name);
        return tpObj_call(vm, fn, 1, &arg, NULL, out);
    }
    if (IS_NULL(module) || init_attrs(vm, module, spec, name, loader) < 0 ||
        tpDict_set_str(vm, vm->modules, name, module) < 0) {
        return -1;
    }
    Value fn;
    if (!IS_NONE(loader) &&
        (tpObj_getattr(vm, loader, s(vm, "exec_module"), &fn) < 0 ||
         tpObj_call(vm, fn, 1, &module, NULL, &r) < 0)) {
        Value exc = tpErr_fetch(vm);
        if (!IS_NULL(tpDict_get_str(vm, vm->modules, name)) &&
            tpDict_del(vm, vm->modules, OBJ_VAL(name)) < 0) {
            tpErr_clear(vm);
        }
        vm->exc = exc;
        return -1;
    }
    *out = tpDict_get_str(vm, vm->modules, name);
    if (IS_NULL(*out)) {
        return tpErr_format(vm, EXC_KeyError, "%R", OBJ_VAL(name));
    }
    return 0;
}

int tpImport_from_finder(VM *vm, Value finder, ObjStr *name, Value path, Value *out) {
    Value fn, spec;
    int has = tpObj_getattr_opt(vm, finder, s(vm, "find_spec"), &fn);
    if (has <= 0) {
        return has; /* no find_spec: skipped (CPython 3.11 would try legacy find_module) */
    }
    Value args[3] = {OBJ_VAL(name), path, NONE_VAL};
    if (tpObj_call(vm, fn, 3, args, NULL, &spec) < 0) {
        return -1;
    }
    if (IS_NONE(spec)) {
        return 0;
    }
    return load_spec(vm, name, spec, out) < 0 ? -1 : 1;
}

/* The path entry finder for one sys.path entry: sys.path_importer_cache[entry], else the first
 * hook on sys.path_hooks that accepts it (the others raise ImportError), cached. *finder is None
 * when no hook takes the entry: taipan's own directory search then stands in for CPython's
 * FileFinder. 0 or -1. */
int tpImport_entry_finder(VM *vm, Value entry, Value *finder) {
    Value cache = tpSys_get(vm, "path_importer_cache"), hooks = tpSys_get(vm, "path_hooks");
    *finder = NONE_VAL;
    if (tpObj_is(vm, cache, TYPE_DICT)) {
        int found = tpDict_get(vm, AS_DICT(cache), entry, finder);
        if (found != 0) {
            return found < 0 ? -1 : 0;
        }
    }
    for (size_t i = 0; tpObj_is(vm, hooks, TYPE_LIST) && i < AS_LIST(hooks)->len; i++) {
        if (tpObj_call(vm, AS_LIST(hooks)->items[i], 1, &entry, NULL, finder) == 0) {
            break;
        }
        if (!tpErr_matches(vm, EXC_ImportError)) {
            return -1;
        }
        tpErr_clear(vm);
        *finder = NONE_VAL;
    }
    return tpObj_is(vm, cache, TYPE_DICT) ? tpDict_set(vm, AS_DICT(cache), entry, *finder) : 0;
}

/* Import `name` through a path entry finder: finder.find_spec(name, None). 1, 0 or -1. */
int tpImport_from_entry_finder(VM *vm, Value finder, ObjStr *name, Value *out) {
    Value fn, spec;
    int has = tpObj_getattr_opt(vm, finder, s(vm, "find_spec"), &fn);
    if (has <= 0) {
        return has;
    }
    Value args[2] = {OBJ_VAL(name), NONE_VAL};
    if (tpObj_call(vm, fn, 2, args, NULL, &spec) < 0) {
        return -1;
    }
    if (IS_NONE(spec)) {
        return 0;
    }
    return load_spec(vm, name, spec, out) < 0 ? -1 : 1;
}
