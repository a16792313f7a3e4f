/*
 * mod_warnings.c — the built-in module _warnings: warn() and warn_explicit(), the part of the
 * warning system CPython writes in C. lib/warnings.py keeps the state (filters, defaultaction,
 * onceregistry, _filters_version) and the display (_showwarnmsg, WarningMessage); these
 * functions read that state from the warnings module at every call, as CPython's C code does,
 * so catch_warnings() rebinding `warnings.filters` is seen. Being C, they add no frame to the
 * traceback of a warning that a filter turned into an exception (as in CPython).
 *
 * CPython's behaviour kept on purpose: "once" with a registry (every warn() call has its
 * module's) records (text, category) in that registry, not in warnings.onceregistry; a plain
 * str in a filter is compared for equality, anything else must have .match().
 */
#include "runtime.h"
#include "interp.h"
#include "vm_internal.h"

TP_INTERNAL int tpWarnings_module_init(VM *vm, Value *out);

/* warnings.<attr> (importing the module on first use) */
static int wattr(VM *vm, const char *attr, Value *out) {
    ObjStr *mn = tpStr_intern_cstr(vm, "warnings"), *an = mn ? tpStr_intern_cstr(vm, attr) : NULL;
    Value mod;
    if (an == NULL || tpImport(vm, mn, NULL_VAL, NULL_VAL, 0, &mod) < 0) {
        return -1;
    }
    return tpObj_getattr(vm, mod, an, out);
}

enum { ACT_ERROR, ACT_IGNORE, ACT_ALWAYS, ACT_DEFAULT, ACT_MODULE, ACT_ONCE, ACT_UNKNOWN };

/* A filter's action (a str, checked by find_action) as ACT_*. */
static int action_kind(Value action) {
    static const char *const names[] = {"error", "ignore", "always", "default", "module", "once"};
    ObjStr *s = AS_STR(action);
    for (int k = 0; k < ACT_UNKNOWN; k++) {
        if (s->nbytes == strlen(names[k]) && memcmp(s->data, names[k], s->nbytes) == 0) {
            return k;
        }
    }
    return ACT_UNKNOWN;
}

/* Does a filter's message or module pattern accept `text`? 1/0, -1 on error. */
static int matches(VM *vm, Value pattern, Value text) {
    if (IS_NONE(pattern)) {
        return 1;
    }
    Value r;
    if (IS_OBJ_TYPE(pattern, vm->types[TYPE_STR])) {
        if (tpObj_richcmp(vm, pattern, text, CMP_EQ, &r) < 0) {
            return -1;
        }
    } else {
        ObjStr *match = tpStr_intern_cstr(vm, "match");
        if (match == NULL || tpObj_call_method(vm, pattern, match, 1, &text, &r) < 0) {
            return -1;
        }
    }
    int t;
    return tpObj_truth(vm, r, &t) < 0 ? -1 : t;
}

/* CPython's already_warned: forget the registry's entries when the filters changed since it
 * was filled; then 1 if `key` is marked, else 0 (and mark it when `set`). -1 on error. */
static int already_warned(VM *vm, ObjDict *registry, Value key, bool set) {
    Value version, cur;
    ObjStr *vname = tpStr_intern_cstr(vm, "version");
    if (vname == NULL || wattr(vm, "_filters_version", &version) < 0) {
        return -1;
    }
    int rc = tpDict_get(vm, registry, OBJ_VAL(vname), &cur);
    if (rc < 0) {
        return -1;
    }
    int same = 0;
    if (rc == 1 && IS_INT(cur) && IS_INT(version)) {
        same = AS_INT(cur) == AS_INT(version);
    }
    if (!same) {
        tpDict_clear(vm, registry);
        if (tpDict_set(vm, registry, OBJ_VAL(vname), version) < 0) {
            return -1;
        }
    } else {
        Value was;
        rc = tpDict_get(vm, registry, key, &was);
        if (rc < 0) {
            return -1;
        }
        int t = 0;
        if (rc == 1 && tpObj_truth(vm, was, &t) < 0) {
            return -1;
        }
        if (t) {
            return 1;
        }
    }
    return set && tpDict_set(vm, registry, key, TRUE_VAL) < 0 ? -1 : 0;
}

/* The first filter matching the warning (its action in *action, the item in *item), else
 * warnings.defaultaction. */
static int find_action(VM *vm, Value category, Value text, int64_t lineno, Value module,
                       Value *action, Value *item) {
    Value filters;
    if (wattr(vm, "filters", &filters) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, filters, TYPE_LIST)) {
        return tpErr_raise(vm, EXC_ValueError, "_warnings.filters must be a list");
    }
    if (tpGC_push_root(vm, filters) < 0) { /* a pattern's match() may rebind warnings.filters */
        return -1;
    }
    ObjList *l = AS_LIST(filters);
    for (size_t i = 0; i < l->len; i++) {
        Value it = l->items[i];
        if (!tpObj_is(vm, it, TYPE_TUPLE) || AS_TUPLE(it)->len != 5) {
            return tpErr_format(vm, EXC_ValueError, "_warnings.filters item %zu isn't a 5-tuple",
                                i);
        }
        if (tpGC_push_root(vm, it) < 0) { /* a pattern's match() may drop it from the list */
            return -1;
        }
        Value *f = AS_TUPLE(it)->items;
        if (!tpObj_is(vm, f[0], TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "action must be a string, not '%T'", f[0]);
        }
        int m = matches(vm, f[1], text), sub = 0;
        if (m < 0 || (m && tpObj_issubclass(vm, category, f[2], &sub) < 0)) {
            return -1;
        }
        if (m && sub) {
            m = matches(vm, f[3], module);
            int64_t ln = 0;
            if (m < 0 || (m && tpObj_as_index(vm, f[4], &ln) < 0)) {
                return -1;
            }
            if (m && (ln == 0 || ln == lineno)) {
                *action = f[0];
                *item = it;
                return 0;
            }
        }
    }
    *item = NONE_VAL;
    if (wattr(vm, "defaultaction", action) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, *action, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "_warnings.defaultaction must be a string, not '%T'",
                            *action);
    }
    return 0;
}

/* module None: the file name without ".py" ("<unknown>" for an empty one) */
static int module_from_filename(VM *vm, Value filename, Value *out) {
    if (!tpObj_is(vm, filename, TYPE_STR)) {
        *out = filename;
        return 0;
    }
    ObjStr *f = AS_STR(filename);
    ObjStr *s = f->nbytes == 0 ? tpStr_from_cstr(vm, "<unknown>")
                : f->nbytes >= 3 && memcmp(f->data + f->nbytes - 3, ".py", 3) == 0
                    ? tpStr_new(vm, f->data, f->nbytes - 3)
                    : f;
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int warn_explicit_impl(VM *vm, Value message, Value category, Value filename,
                              Value lineno_v, Value module, Value registry, Value source) {
    int64_t lineno;
    if (tpObj_as_index(vm, lineno_v, &lineno) < 0) {
        return -1;
    }
    if (IS_NULL(module) || IS_NONE(module)) {
        if (module_from_filename(vm, filename, &module) < 0) {
            return -1;
        }
    }
    if (!IS_NULL(registry) && !IS_NONE(registry) && !tpObj_is(vm, registry, TYPE_DICT)) {
        return tpErr_raise(vm, EXC_TypeError, "'registry' must be a dict or None");
    }
    ObjDict *reg = IS_NULL(registry) || IS_NONE(registry) ? NULL : AS_DICT(registry);
    Value text = message;
    int inst;
    if (tpObj_isinstance(vm, message, OBJ_VAL(vm->exc_types[EXC_Warning]), &inst) < 0) {
        return -1;
    }
    if (inst) {
        if (tpObj_str(vm, message, &text) < 0) {
            return -1;
        }
        category = OBJ_VAL(tpType_of(vm, message));
    } else if (tpObj_call(vm, category, 1, &text, NULL, &message) < 0) {
        return -1;
    }
    ObjTuple *key = tpTuple_pack(vm, 3, text, category, INT_VAL(lineno));
    if (key == NULL) {
        return -1;
    }
    if (reg != NULL) {
        int rc = already_warned(vm, reg, OBJ_VAL(key), false);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
    }
    Value action, item;
    if (find_action(vm, category, text, lineno, module, &action, &item) < 0) {
        return -1;
    }
    int kind = action_kind(action);
    if (kind == ACT_ERROR) {
        return tpErr_set(vm, message);
    }
    if (kind == ACT_IGNORE) {
        return 0;
    }
    /* every action but "always" marks the registry (an unknown one too, before its error, as
     * CPython); "once" and "module" also need their (text, category) / (text, category, 0) key
     * unmarked (once: in warnings.onceregistry when there is no registry) */
    if (kind != ACT_ALWAYS && reg != NULL && tpDict_set(vm, reg, OBJ_VAL(key), TRUE_VAL) < 0) {
        return -1;
    }
    if (kind == ACT_UNKNOWN) {
        return tpErr_format(vm, EXC_RuntimeError,
                            "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
    }
    if (kind == ACT_ONCE && reg == NULL) {
        Value onceregistry;
        if (wattr(vm, "onceregistry", &onceregistry) < 0) {
            return -1;
        }
        if (!tpObj_is(vm, onceregistry, TYPE_DICT)) {
            return tpErr_format(vm, EXC_TypeError, "_warnings.onceregistry must be a dict, not '%T'",
                                onceregistry);
        }
        reg = AS_DICT(onceregistry);
    }
    if ((kind == ACT_ONCE || kind == ACT_MODULE) && reg != NULL) {
        ObjTuple *alt = kind == ACT_ONCE ? tpTuple_pack(vm, 2, text, category)
                                         : tpTuple_pack(vm, 3, text, category, INT_VAL(0));
        int rc = alt == NULL ? -1 : already_warned(vm, reg, OBJ_VAL(alt), true);
        if (rc != 0) {
            return rc < 0 ? -1 : 0; /* already shown for this module */
        }
    }
    Value show, cls, msg, r;
    if (wattr(vm, "_showwarnmsg", &show) < 0 || wattr(vm, "WarningMessage", &cls) < 0) {
        return -1;
    }
    if (!tpObj_callable(vm, show)) {
        return tpErr_raise(vm, EXC_TypeError, "warnings._showwarnmsg() must be set to a callable");
    }
    Value args[7] = {message, category, filename, INT_VAL(lineno), NONE_VAL, NONE_VAL,
                     IS_NULL(source) ? NONE_VAL : source};
    if (tpObj_call(vm, cls, 7, args, NULL, &msg) < 0) {
        return -1;
    }
    return tpObj_call(vm, show, 1, &msg, NULL, &r);
}

/* warn()'s category: the message's class if it is a Warning, else category (None: UserWarning),
 * which must be a Warning subclass. */
static int category_of(VM *vm, Value message, Value category, Value *out) {
    int inst, sub = 0;
    if (tpObj_isinstance(vm, message, OBJ_VAL(vm->exc_types[EXC_Warning]), &inst) < 0) {
        return -1;
    }
    if (inst) {
        *out = OBJ_VAL(tpType_of(vm, message));
        return 0;
    }
    if (IS_NULL(category) || IS_NONE(category)) {
        *out = OBJ_VAL(vm->exc_types[EXC_UserWarning]);
        return 0;
    }
    if (tpObj_is(vm, category, TYPE_TYPE) &&
        tpObj_issubclass(vm, category, OBJ_VAL(vm->exc_types[EXC_Warning]), &sub) < 0) {
        return -1;
    }
    if (!sub) {
        return tpErr_format(vm, EXC_TypeError, "category must be a Warning subclass, not '%T'",
                            category);
    }
    *out = category;
    return 0;
}

/* warn() from the frame `stacklevel` levels out (1: the Python code running; beyond the
 * outermost frame: "sys", line 1, sys's globals), with that module's __warningregistry__. */
static int warn_impl(VM *vm, Value message, Value category, int64_t stacklevel, Value source) {
    if (category_of(vm, message, category, &category) < 0) {
        return -1;
    }
    Frame *f = tpVM_current_frame(vm);
    while (--stacklevel > 0 && f != NULL) {
        f = f->prev;
    }
    ObjDict *globals;
    Value filename, lineno;
    if (f == NULL || f->code == NULL || f->globals == NULL) {
        globals = ((ObjModule *)AS_OBJ(vm->sys_module))->dict;
        ObjStr *s = tpStr_from_cstr(vm, "sys");
        if (s == NULL) {
            return -1;
        }
        filename = OBJ_VAL(s);
        lineno = INT_VAL(1);
    } else {
        globals = f->globals;
        filename = OBJ_VAL(f->code->filename);
        lineno = INT_VAL(tpFrame_lineno(f));
    }
    ObjStr *rname = tpStr_intern_cstr(vm, "__warningregistry__");
    if (rname == NULL) {
        return -1;
    }
    Value registry = tpDict_get_str(vm, globals, rname);
    if (IS_NULL(registry)) {
        ObjDict *d = tpDict_new(vm);
        if (d == NULL || tpDict_set_str(vm, globals, rname, OBJ_VAL(d)) < 0) {
            return -1;
        }
        registry = OBJ_VAL(d);
    }
    Value module = tpDict_get_str(vm, globals, vm->names[NAME___name__]);
    if (IS_NULL(module) || !(IS_NONE(module) || tpObj_is(vm, module, TYPE_STR))) {
        ObjStr *s = tpStr_from_cstr(vm, "<string>");
        if (s == NULL) {
            return -1;
        }
        module = OBJ_VAL(s);
    }
    if (IS_NONE(module)) {
        module = NULL_VAL; /* as CPython: then named after the file */
    }
    return warn_explicit_impl(vm, message, category, filename, lineno, module, registry, source);
}

int tpErr_warn_explicit(VM *vm, int category, ObjStr *msg, ObjStr *filename, int lineno) {
    return warn_explicit_impl(vm, OBJ_VAL(msg), OBJ_VAL(vm->exc_types[category]),
                              OBJ_VAL(filename), INT_VAL(lineno), NULL_VAL, NULL_VAL, NULL_VAL);
}

int tpErr_warn(VM *vm, int category, int stacklevel, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ObjStr *msg = tpStr_vformat(vm, fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return -1;
    }
    return warn_impl(vm, OBJ_VAL(msg), OBJ_VAL(vm->exc_types[category]), stacklevel, NULL_VAL);
}

static int w_warn(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"message", "category", "stacklevel", "source"};
    Value a[4];
    if (tpArg_parse_kw(vm, "warn", argc, argv, kwnames, 4, names, 4, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "warn() missing required argument 'message' (pos 1)");
    }
    int64_t level = 1;
    if (!IS_NULL(a[2]) && tpObj_as_index(vm, a[2], &level) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return warn_impl(vm, a[0], a[1], level, a[3]);
}

static int w_warn_explicit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"message", "category", "filename", "lineno",
                                        "module", "registry", "module_globals", "source"};
    Value a[8];
    if (tpArg_parse_kw(vm, "warn_explicit", argc, argv, kwnames, 8, names, 8, a) < 0) {
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        if (IS_NULL(a[i])) {
            return tpErr_format(vm, EXC_TypeError,
                                "warn_explicit() missing required argument '%s' (pos %d)",
                                names[i], i + 1);
        }
    }
    if (!tpObj_is(vm, a[2], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError,
                            "warn_explicit() argument 'filename' must be str, not %T", a[2]);
    }
    if (!IS_NULL(a[6]) && !IS_NONE(a[6]) && !tpObj_is(vm, a[6], TYPE_DICT)) {
        return tpErr_format(vm, EXC_TypeError, "module_globals must be a dict, not '%T'", a[6]);
    }
    *out = NONE_VAL;
    return warn_explicit_impl(vm, a[0], a[1], a[2], a[3], a[4], a[5], a[7]);
}

static const MethodDef warnings_functions[] = {
    TP_METHOD_KW("warn", w_warn, 0, -1),
    TP_METHOD_KW("warn_explicit", w_warn_explicit, 0, -1),
    TP_METHOD_END,
};

int tpWarnings_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "_warnings");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    if (tpModule_add_functions(vm, m, warnings_functions) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
