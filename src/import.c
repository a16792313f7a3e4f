/*
 * import.c — the import system: name resolution (relative imports), the sys.modules cache,
 * built-in C modules (modules.def), and finding/executing source modules and packages on
 * sys.path (a package is a directory with __init__.py; a directory without one is a namespace
 * package). Errors carry CPython's messages and ImportError.name/.path.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp.h"

/* ==== built-in module registry ==== */

TP_INTERNAL int tpImport_init_builtins(VM *vm, Value *out);
TP_INTERNAL int tpImport_init_sys(VM *vm, Value *out);

int tpImport_init_builtins(VM *vm, Value *out) {
    *out = vm->builtins_module;
    return 0;
}

int tpImport_init_sys(VM *vm, Value *out) {
    *out = vm->sys_module;
    return 0;
}

#define MODULE(name, fn) TP_INTERNAL int fn(VM *vm, Value *out);
#include "modules.def"
#undef MODULE

static const BuiltinModuleDef builtin_modules[] = {
#define MODULE(name, fn) {#name, fn},
#include "modules.def"
#undef MODULE
};

const BuiltinModuleDef *tpImport_builtin_table(int *n) {
    *n = (int)TP_ARRAY_LEN(builtin_modules);
    return builtin_modules;
}

/* ==== helpers ==== */

enum { MODFLAG_INITIALIZING = 2 };   /* ObjModule.hdr.flags while its code runs */

bool tpImport_initializing(VM *vm, Value module) {
    return IS_OBJ_TYPE(module, vm->types[TYPE_MODULE]) &&
           (AS_OBJ(module)->flags & MODFLAG_INITIALIZING) != 0;
}

static int not_found(VM *vm, ObjStr *name, const char *suffix) {
    tpErr_format(vm, EXC_ModuleNotFoundError, "No module named '%U'%s", name, suffix);
    tpExc_set_import_info(vm, OBJ_VAL(name), NONE_VAL);
    return -1;
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* ==== loading source ==== */

static int set_str(VM *vm, ObjDict *d, int name_id, const char *s) {
    ObjStr *o = tpStr_from_cstr(vm, s);
    return o == NULL ? -1 : tpDict_set_str(vm, d, vm->names[name_id], OBJ_VAL(o));
}

/* Execute `file` as module `name` (a package when pkgdir != NULL). */
static int load_source(VM *vm, ObjStr *name, const char *file, const char *pkgdir, Value *out) {
    size_t len;
    char *src = tpRun_read_file(file, &len);
    if (src == NULL) {
        return tpErr_format(vm, EXC_ImportError, "cannot read '%s': %s", file, strerror(errno));
    }
    ObjModule *m = tpModule_new(vm, name);
    if (m == NULL) {
        free(src);
        return -1;
    }
    ObjDict *d = m->dict;
    const char *dot = strrchr(name->data, '.');
    ObjStr *pkg = pkgdir ? name : dot ? tpStr_new(vm, name->data, (size_t)(dot - name->data))
                                      : vm->empty_str;
    int rc = pkg == NULL ? -1 : tpDict_set_str(vm, d, vm->names[NAME___package__], OBJ_VAL(pkg));
    rc = rc < 0 ? rc : set_str(vm, d, NAME___file__, file);
    rc = rc < 0 ? rc : tpDict_set_cstr(vm, d, "__cached__", NONE_VAL);
    rc = rc < 0 ? rc : tpDict_set_str(vm, d, vm->names[NAME___builtins__], vm->builtins_module);
    if (rc == 0 && pkgdir != NULL) {
        ObjStr *pd = tpStr_from_cstr(vm, pkgdir);
        ObjList *path = pd ? tpList_from(vm, 1, (Value[]){OBJ_VAL(pd)}) : NULL;
        rc = path == NULL ? -1 : tpDict_set_str(vm, d, vm->names[NAME___path__], OBJ_VAL(path));
    }
    if (rc < 0 || tpDict_set_str(vm, vm->modules, name, OBJ_VAL(m)) < 0) {
        free(src);
        return -1;
    }
    ObjCode *code = tpRun_check_utf8_file(vm, src, len, file) < 0
                        ? NULL
                        : tpCompile_source(vm, src, len, file, COMPILE_EXEC);
    free(src);
    Value r;
    m->hdr.flags |= MODFLAG_INITIALIZING;
    rc = code == NULL ? -1 : tpVM_run_code(vm, code, d, NULL_VAL, &r);
    m->hdr.flags &= ~(uint32_t)MODFLAG_INITIALIZING;
    if (rc < 0) {
        Value exc = tpErr_fetch(vm);
        if (tpDict_del(vm, vm->modules, OBJ_VAL(name)) < 0) {
            tpErr_clear(vm);
        }
        vm->exc = exc;
        return -1;
    }
    Value final = tpDict_get_str(vm, vm->modules, name);
    if (IS_NULL(final)) {
        return tpErr_format(vm, EXC_ImportError, "Loaded module %U not found in sys.modules", name);
    }
    *out = final;
    return 0;
}

static int make_namespace(VM *vm, ObjStr *name, ObjList *dirs, Value *out) {
    ObjModule *m = tpModule_new(vm, name);
    if (m == NULL || tpDict_set_str(vm, m->dict, vm->names[NAME___path__], OBJ_VAL(dirs)) < 0 ||
        tpDict_set_str(vm, m->dict, vm->names[NAME___package__], OBJ_VAL(name)) < 0 ||
        tpDict_set_str(vm, m->dict, vm->names[NAME___file__], NONE_VAL) < 0 ||
        tpDict_set_str(vm, vm->modules, name, OBJ_VAL(m)) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}

/* Search `path` (a list of directory strings) for the last component `base` of `name`.
 * Returns 1 found and loaded, 0 not found, -1 error. */
static int find_and_load(VM *vm, ObjStr *name, const char *base, Value path, Value *out) {
    ObjList *dirs = tpSeq_list(vm, path);
    if (dirs == NULL) {
        return -1;
    }
    ObjList *ns_dirs = NULL;
    char cwd[4096];
    for (size_t i = 0; i < dirs->len; i++) {
        Value e = dirs->items[i];
        if (!tpObj_is(vm, e, TYPE_STR)) {
            continue;
        }
        const char *dir = AS_STR(e)->data;
        if (*dir == '\0') {
            dir = getcwd(cwd, sizeof cwd) ? cwd : ".";
        }
        char pkgdir[4096], file[4200];
        if (snprintf(pkgdir, sizeof pkgdir, "%s/%s", dir, base) >= (int)sizeof pkgdir) {
            continue;
        }
        if (is_dir(pkgdir)) {
            if (snprintf(file, sizeof file, "%s/__init__.py", pkgdir) < (int)sizeof file &&
                is_file(file)) {
                return load_source(vm, name, file, pkgdir, out) < 0 ? -1 : 1;
            }
        }
        if (snprintf(file, sizeof file, "%s/%s.py", dir, base) < (int)sizeof file &&
            is_file(file)) {
            return load_source(vm, name, file, NULL, out) < 0 ? -1 : 1;
        }
        if (is_dir(pkgdir)) {
            ObjStr *pd = tpStr_from_cstr(vm, pkgdir);
            if (pd == NULL || (ns_dirs == NULL && (ns_dirs = tpList_new(vm, 1)) == NULL) ||
                tpList_append(vm, ns_dirs, OBJ_VAL(pd)) < 0) {
                return -1;
            }
        }
    }
    if (ns_dirs != NULL) {
        return make_namespace(vm, name, ns_dirs, out) < 0 ? -1 : 1;
    }
    return 0;
}

static int load_builtin(VM *vm, ObjStr *name, Value *out) {
    for (size_t i = 0; i < TP_ARRAY_LEN(builtin_modules); i++) {
        if (strcmp(builtin_modules[i].name, name->data) != 0) {
            continue;
        }
        if (builtin_modules[i].init(vm, out) < 0) {
            return -1;
        }
        if (IS_OBJ_TYPE(*out, vm->types[TYPE_MODULE])) {
            tpModule_set_builtin((ObjModule *)AS_OBJ(*out));
        }
        return tpDict_set_str(vm, vm->modules, name, *out) < 0 ? -1 : 1;
    }
    return 0;
}

/* Import one fully qualified module whose parent (if any) is already imported. */
static int import_one(VM *vm, ObjStr *name, Value parent, size_t parent_len, Value *out) {
    Value m = tpDict_get_str(vm, vm->modules, name);
    if (!IS_NULL(m)) {
        if (IS_NONE(m)) {
            return tpErr_format(vm, EXC_ModuleNotFoundError, "import of %U halted; None in sys.modules",
                                name);
        }
        *out = m;
        return 0;
    }
    const char *base = name->data + (parent_len ? parent_len + 1 : 0);
    int rc;
    if (IS_NULL(parent)) {
        rc = load_builtin(vm, name, out);
        if (rc == 0) {
            Value path = tpSys_get(vm, "path");
            if (IS_NULL(path) || !tpObj_is(vm, path, TYPE_LIST)) {
                return tpErr_raise(vm, EXC_ImportError, "sys.path must be a list of directory names");
            }
            rc = find_and_load(vm, name, base, path, out);
        }
    } else {
        Value path;
        int has = tpObj_getattr_opt(vm, parent, vm->names[NAME___path__], &path);
        if (has < 0) {
            return -1;
        }
        if (has == 0) {
            char suffix[300];
            snprintf(suffix, sizeof suffix, "; '%.*s' is not a package", (int)parent_len,
                     name->data);
            return not_found(vm, name, suffix);
        }
        rc = find_and_load(vm, name, base, path, out);
    }
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        return not_found(vm, name, "");
    }
    if (!IS_NULL(parent)) {
        ObjStr *attr = tpStr_intern_cstr(vm, base);
        if (attr == NULL || tpObj_setattr(vm, parent, attr, *out) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Import every prefix of the dotted name; *out is the last module. */
static int import_dotted(VM *vm, ObjStr *name, Value *out) {
    Value m = tpDict_get_str(vm, vm->modules, name);
    if (!IS_NULL(m) && !IS_NONE(m) && !tpImport_initializing(vm, m)) {
        *out = m;
        return 0;
    }
    Value parent = NULL_VAL;
    size_t parent_len = 0;
    const char *p = name->data;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - name->data) : name->nbytes;
        ObjStr *part = len == name->nbytes ? name : tpStr_new(vm, name->data, len);
        if (part == NULL || import_one(vm, part, parent, parent_len, &m) < 0) {
            return -1;
        }
        if (dot == NULL) {
            break;
        }
        parent = m;
        parent_len = len;
        p = dot + 1;
    }
    *out = m;
    return 0;
}

/* ==== relative names ==== */

static ObjStr *resolve_name(VM *vm, ObjStr *name, Value globals, int level) {
    Value package = NULL_VAL;
    if (tpObj_is(vm, globals, TYPE_DICT)) {
        ObjDict *g = AS_DICT(globals);
        package = tpDict_get_str(vm, g, vm->names[NAME___package__]);
        if (IS_NULL(package) || IS_NONE(package)) {
            Value modname = tpDict_get_str(vm, g, vm->names[NAME___name__]);
            package = NULL_VAL;
            if (!IS_NULL(modname) && tpObj_is(vm, modname, TYPE_STR)) {
                if (!IS_NULL(tpDict_get_str(vm, g, vm->names[NAME___path__]))) {
                    package = modname;
                } else {
                    const char *s = AS_STR(modname)->data;
                    const char *dot = strrchr(s, '.');
                    ObjStr *pk = dot ? tpStr_new(vm, s, (size_t)(dot - s)) : vm->empty_str;
                    if (pk == NULL) {
                        return NULL;
                    }
                    package = OBJ_VAL(pk);
                }
            }
        } else if (!tpObj_is(vm, package, TYPE_STR)) {
            tpErr_raise(vm, EXC_TypeError, "package must be a string");
            return NULL;
        }
    }
    if (IS_NULL(package) || AS_STR(package)->len == 0) {
        tpErr_raise(vm, EXC_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *s = AS_STR(package)->data;
    size_t end = AS_STR(package)->nbytes;
    for (int i = 1; i < level; i++) {
        const char *dot = memrchr(s, '.', end);
        if (dot == NULL) {
            tpErr_raise(vm, EXC_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end = (size_t)(dot - s);
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_put(vm, &b, s, end);
    if (rc == 0 && name->len > 0) {
        rc = tpBuf_putc(vm, &b, '.');
        rc = rc < 0 ? rc : tpBuf_put_str(vm, &b, name);
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    ObjStr *full = tpBuf_finish(vm, &b);
    return full ? tpStr_intern(vm, full) : NULL;
}

/* ==== fromlist ==== */

static int handle_fromlist(VM *vm, Value module, Value fromlist) {
    Value path;
    int rc = tpObj_getattr_opt(vm, module, vm->names[NAME___path__], &path);
    if (rc <= 0) {
        return rc;
    }
    ObjList *items = tpSeq_list(vm, fromlist);
    if (items == NULL) {
        return -1;
    }
    Value modname;
    if (tpObj_getattr(vm, module, vm->names[NAME___name__], &modname) < 0) {
        return -1;
    }
    for (size_t i = 0; i < items->len; i++) {
        Value x = items->items[i];
        if (!tpObj_is(vm, x, TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "Item in %U.__all__ must be str, not %T",
                                AS_STR(modname), x);
        }
        if (strcmp(AS_STR(x)->data, "*") == 0) {
            Value all;
            int r = tpObj_getattr_opt(vm, module, vm->names[NAME___all__], &all);
            if (r < 0 || (r == 1 && handle_fromlist(vm, module, all) < 0)) {
                return -1;
            }
            continue;
        }
        Value v;
        ObjStr *attr = tpStr_intern(vm, AS_STR(x));
        if (attr == NULL) {
            return -1;
        }
        int has = tpObj_getattr_opt(vm, module, attr, &v);
        if (has < 0) {
            return -1;
        }
        if (has == 1) {
            continue;
        }
        StrBuf b;
        tpBuf_init(&b);
        if (tpBuf_put_strv(vm, &b, modname) < 0 || tpBuf_putc(vm, &b, '.') < 0 ||
            tpBuf_put_str(vm, &b, attr) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        ObjStr *full = tpBuf_finish(vm, &b);
        Value sub;
        if (full == NULL) {
            return -1;
        }
        if (import_dotted(vm, full, &sub) < 0) {
            /* a missing submodule is not an error here: the from-import reports it */
            if (tpErr_matches(vm, EXC_ModuleNotFoundError)) {
                Value e = vm->exc;
                Value ename;
                ObjStr *nm = vm->names[NAME_name];
                tpErr_clear(vm);
                if (tpObj_getattr_opt(vm, e, nm, &ename) < 0) {
                    return -1;
                }
                if (tpObj_is(vm, ename, TYPE_STR) && tpStr_eq(AS_STR(ename), full)) {
                    continue;
                }
                vm->exc = e;
            }
            return -1;
        }
    }
    return 0;
}

/* ==== entry point ==== */

static bool fromlist_empty(VM *vm, Value fromlist) {
    if (IS_NULL(fromlist) || IS_NONE(fromlist)) {
        return true;
    }
    if (tpObj_is(vm, fromlist, TYPE_TUPLE)) {
        return AS_TUPLE(fromlist)->len == 0;
    }
    if (tpObj_is(vm, fromlist, TYPE_LIST)) {
        return AS_LIST(fromlist)->len == 0;
    }
    int t = 1;
    if (tpObj_truth(vm, fromlist, &t) < 0) {
        tpErr_clear(vm);
    }
    return !t;
}

int tpImport(VM *vm, ObjStr *name, Value globals, Value fromlist, int level, Value *out) {
    ObjStr *full = name;
    if (level > 0) {
        full = resolve_name(vm, name, globals, level);
        if (full == NULL) {
            return -1;
        }
    } else if (name->len == 0) {
        return tpErr_raise(vm, EXC_ValueError, "Empty module name");
    }
    Value m;
    if (import_dotted(vm, full, &m) < 0) {
        return -1;
    }
    if (!fromlist_empty(vm, fromlist)) {
        if (handle_fromlist(vm, m, fromlist) < 0) {
            return -1;
        }
        *out = m;
        return 0;
    }
    /* `import a.b.c` binds the top-level package a */
    const char *dot = strchr(name->data, '.');
    if (dot == NULL) {
        *out = m;
        return 0;
    }
    size_t cut = full->nbytes - (name->nbytes - (size_t)(dot - name->data));
    ObjStr *top = tpStr_new(vm, full->data, cut);
    if (top == NULL) {
        return -1;
    }
    Value t = tpDict_get_str(vm, vm->modules, top);
    if (IS_NULL(t)) {
        return not_found(vm, top, "");
    }
    *out = t;
    return 0;
}
