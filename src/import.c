/*
 * import.c — the import system: name resolution (relative imports), the sys.modules cache,
 * built-in C modules (modules.def), and finding/executing source modules and packages on
 * sys.path (a package is a directory with __init__.py; a directory without one is a namespace
 * package). The sys.path entry TP_LIB_PREFIX stands for the pure-Python library compiled into
 * the binary (lib/, see tools/embed.c). Modules get a ModuleSpec (__spec__, __loader__); the
 * built-in module _imp holds ModuleSpec, the loader classes and the hooks lib/importlib uses.
 * Errors carry CPython's messages and ImportError.name/.path.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp.h"
#include "str_impl.h"

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

/* ==== the embedded standard library ==== */

const EmbeddedModule *tpImport_find_embedded(const char *name) {
    size_t lo = 0, hi = tpEmbedded_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(tpEmbedded_modules[mid].name, name);
        if (c == 0) {
            return &tpEmbedded_modules[mid];
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

const char *tpImport_embedded_source(const char *file, size_t *len) {
    size_t plen = strlen(TP_LIB_PREFIX);
    if (strncmp(file, TP_LIB_PREFIX "/", plen + 1) != 0) {
        return NULL;
    }
    for (size_t i = 0; i < tpEmbedded_count; i++) {
        if (strcmp(tpEmbedded_modules[i].path, file + plen + 1) == 0) {
            *len = tpEmbedded_modules[i].size;
            return tpEmbedded_modules[i].source;
        }
    }
    return NULL;
}

/* Is `dir` (a sys.path or __path__ entry) inside the embedded library? Returns the dotted
 * package prefix it stands for ("" for the library root) in buf, or NULL. */
static const char *embedded_dir(const char *dir, char *buf, size_t n) {
    size_t plen = strlen(TP_LIB_PREFIX);
    if (strncmp(dir, TP_LIB_PREFIX, plen) != 0 || (dir[plen] != '\0' && dir[plen] != '/')) {
        return NULL;
    }
    snprintf(buf, n, "%s", dir[plen] ? dir + plen + 1 : "");
    for (char *p = buf; *p; p++) {
        if (*p == '/') {
            *p = '.';
        }
    }
    return buf;
}

/* ==== finding modules ==== */

/* Where a module was found (tpImport_find fills it; see interp.h). */
static int find_embedded(const char *prefix, const char *base, ImportLocation *loc) {
    char full[600];
    if (snprintf(full, sizeof full, "%s%s%s", prefix, *prefix ? "." : "", base) >=
        (int)sizeof full) {
        return 0;
    }
    const EmbeddedModule *em = tpImport_find_embedded(full);
    if (em == NULL) {
        return 0;
    }
    loc->kind = LOC_EMBEDDED;
    loc->is_package = em->is_package != 0;
    loc->source = em->source;
    loc->size = em->size;
    snprintf(loc->file, sizeof loc->file, "%s/%s", TP_LIB_PREFIX, em->path);
    snprintf(loc->pkgdir, sizeof loc->pkgdir, "%s", loc->file);
    if (loc->is_package) {
        *strrchr(loc->pkgdir, '/') = '\0';
    }
    return 1;
}

/* Search `path` (a list of directory strings) for the last component `base` of a module.
 * Returns 1 found (loc filled; namespace portions collected in loc->ns_dirs), 0 not found,
 * -1 error. Nothing is executed. */
static int find_in_path(VM *vm, const char *base, Value path, ImportLocation *loc) {
    ObjList *dirs = tpSeq_list(vm, path);
    if (dirs == NULL) {
        return -1;
    }
    memset(loc, 0, sizeof *loc);
    if (*base == '\0') {
        return 0; /* "" (or "a..b") names nothing, not the directory itself */
    }
    char cwd[4096], prefix[600];
    for (size_t i = 0; i < dirs->len; i++) {
        Value e = dirs->items[i];
        if (!tpObj_is(vm, e, TYPE_STR)) {
            continue;
        }
        const char *dir = AS_STR(e)->data;
        if (embedded_dir(dir, prefix, sizeof prefix) != NULL) {
            if (find_embedded(prefix, base, loc)) {
                return 1;
            }
            continue;
        }
        if (*dir == '\0') {
            dir = getcwd(cwd, sizeof cwd) ? cwd : ".";
        }
        char pkgdir[4096], file[4200];
        size_t dlen = strlen(dir);
        const char *sep = dlen > 0 && dir[dlen - 1] == '/' ? "" : "/";
        if (snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, sep, base) >= (int)sizeof pkgdir) {
            continue;
        }
        bool isdir = is_dir(pkgdir);
        if (isdir && snprintf(file, sizeof file, "%s/__init__.py", pkgdir) < (int)sizeof file &&
            is_file(file)) {
            loc->kind = LOC_FILE;
            loc->is_package = true;
            snprintf(loc->file, sizeof loc->file, "%s", file);
            snprintf(loc->pkgdir, sizeof loc->pkgdir, "%s", pkgdir);
            return 1;
        }
        if (snprintf(file, sizeof file, "%s%s%s.py", dir, sep, base) < (int)sizeof file &&
            is_file(file)) {
            loc->kind = LOC_FILE;
            snprintf(loc->file, sizeof loc->file, "%s", file);
            return 1;
        }
        if (isdir) {
            ObjStr *pd = tpStr_from_cstr(vm, pkgdir);
            if (pd == NULL ||
                (loc->ns_dirs == NULL && (loc->ns_dirs = tpList_new(vm, 1)) == NULL) ||
                tpList_append(vm, loc->ns_dirs, OBJ_VAL(pd)) < 0) {
                return -1;
            }
        }
    }
    if (loc->ns_dirs != NULL) {
        loc->kind = LOC_NAMESPACE;
        loc->is_package = true;
        return 1;
    }
    return 0;
}

/* ==== module specs ==== */

/* The _imp module (created on first use), or NULL_VAL with an exception. */
static Value imp_module(VM *vm) {
    Value m;
    ObjStr *name = tpStr_intern_cstr(vm, "_imp");
    if (name == NULL || tpImport(vm, name, NULL_VAL, NULL_VAL, 0, &m) < 0) {
        return NULL_VAL;
    }
    return m;
}

/* Call _imp._make_spec(name, origin, kind, search_locations) → ModuleSpec. */
static int make_spec(VM *vm, ObjStr *name, Value origin, const char *kind, Value locs,
                     Value *out) {
    Value imp = imp_module(vm);
    Value fn;
    ObjStr *k = tpStr_from_cstr(vm, kind);
    ObjStr *fname = tpStr_intern_cstr(vm, "_make_spec");
    if (IS_NULL(imp) || k == NULL || fname == NULL || tpObj_getattr(vm, imp, fname, &fn) < 0) {
        return -1;
    }
    Value args[4] = {OBJ_VAL(name), origin, OBJ_VAL(k), locs};
    return tpObj_call(vm, fn, 4, args, NULL, out);
}

int tpImport_spec_for(VM *vm, ObjStr *name, const ImportLocation *loc, Value *out) {
    static const char *const kinds[] = {"", "source", "source", "namespace"};
    Value origin = NONE_VAL, locs = NONE_VAL;
    if (loc->kind != LOC_NAMESPACE) {
        ObjStr *f = tpStr_from_cstr(vm, loc->file);
        if (f == NULL) {
            return -1;
        }
        origin = OBJ_VAL(f);
    }
    if (loc->kind == LOC_NAMESPACE) {
        locs = OBJ_VAL(loc->ns_dirs);
    } else if (loc->is_package) {
        ObjStr *pd = tpStr_from_cstr(vm, loc->pkgdir);
        ObjList *l = pd ? tpList_from(vm, 1, (Value[]){OBJ_VAL(pd)}) : NULL;
        if (l == NULL) {
            return -1;
        }
        locs = OBJ_VAL(l);
    }
    return make_spec(vm, name, origin, kinds[loc->kind], locs, out);
}

/* ==== loading source ==== */

static int set_str(VM *vm, ObjDict *d, int name_id, const char *s) {
    ObjStr *o = tpStr_from_cstr(vm, s);
    return o == NULL ? -1 : tpDict_set_str(vm, d, vm->names[name_id], OBJ_VAL(o));
}

/* Fill a fresh module's dict from its spec: __spec__, __loader__, __file__, __path__... */
int tpImport_init_module_attrs(VM *vm, ObjModule *m, ObjStr *name, const ImportLocation *loc,
                               Value spec) {
    ObjDict *d = m->dict;
    if ((name = tpStr_terminated(vm, name)) == NULL) {   /* used as a C string (strrchr) */
        return -1;
    }
    const char *dot = strrchr(name->data, '.');
    ObjStr *pkg = loc->is_package ? name
                  : dot           ? tpStr_new(vm, name->data, (size_t)(dot - name->data))
                                  : vm->empty_str;
    Value loader = NONE_VAL;
    ObjStr *lname = tpStr_intern_cstr(vm, "loader");
    if (pkg == NULL || lname == NULL || tpObj_getattr(vm, spec, lname, &loader) < 0) {
        return -1;
    }
    int rc = tpDict_set_str(vm, d, vm->names[NAME___package__], OBJ_VAL(pkg));
    rc = rc < 0 ? rc : tpDict_set_cstr(vm, d, "__loader__", loader);
    rc = rc < 0 ? rc : tpDict_set_cstr(vm, d, "__spec__", spec);
    if (loc->kind == LOC_NAMESPACE) {
        rc = rc < 0 ? rc : tpDict_set_str(vm, d, vm->names[NAME___file__], NONE_VAL);
        return rc < 0 ? rc : tpDict_set_str(vm, d, vm->names[NAME___path__], OBJ_VAL(loc->ns_dirs));
    }
    rc = rc < 0 ? rc : set_str(vm, d, NAME___file__, loc->file);
    rc = rc < 0 ? rc : tpDict_set_cstr(vm, d, "__cached__", NONE_VAL);
    rc = rc < 0 ? rc : tpDict_set_str(vm, d, vm->names[NAME___builtins__], vm->builtins_module);
    if (rc == 0 && loc->is_package) {
        Value locs;
        ObjStr *sl = tpStr_intern_cstr(vm, "submodule_search_locations");
        rc = sl == NULL || tpObj_getattr(vm, spec, sl, &locs) < 0
                 ? -1
                 : tpDict_set_str(vm, d, vm->names[NAME___path__], locs);
    }
    return rc;
}

/* The source text of a found module: embedded (borrowed) or read from disk (malloc'd into
 * *owned). NULL with ImportError set on failure. */
const char *tpImport_location_source(VM *vm, const ImportLocation *loc, size_t *len,
                                     char **owned) {
    *owned = NULL;
    if (loc->kind == LOC_EMBEDDED) {
        *len = loc->size;
        return loc->source;
    }
    *owned = tpRun_read_file(loc->file, len);
    if (*owned == NULL) {
        tpErr_format(vm, EXC_ImportError, "cannot read '%s': %s", loc->file, strerror(errno));
    }
    return *owned;
}

/* Execute a found module `name`: create it, register it in sys.modules, run its code. */
static int load_found(VM *vm, ObjStr *name, const ImportLocation *loc, Value *out) {
    Value spec;
    ObjModule *m = tpModule_new(vm, name);
    if (m == NULL || tpImport_spec_for(vm, name, loc, &spec) < 0 ||
        tpImport_init_module_attrs(vm, m, name, loc, spec) < 0) {
        return -1;
    }
    if (loc->kind == LOC_NAMESPACE) {
        *out = OBJ_VAL(m);
        return tpDict_set_str(vm, vm->modules, name, OBJ_VAL(m));
    }
    size_t len;
    char *owned;
    const char *src = tpImport_location_source(vm, loc, &len, &owned);
    if (src == NULL || tpDict_set_str(vm, vm->modules, name, OBJ_VAL(m)) < 0) {
        free(owned);
        return -1;
    }
    ObjCode *code = tpRun_check_utf8_file(vm, src, len, loc->file) < 0
                        ? NULL
                        : tpCompile_source(vm, src, len, loc->file, COMPILE_EXEC);
    free(owned);
    Value r;
    m->hdr.flags |= MODFLAG_INITIALIZING;
    int rc = code == NULL ? -1 : tpVM_run_code(vm, code, m->dict, NULL_VAL, &r);
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

static int find_and_load(VM *vm, ObjStr *name, const char *base, Value path, Value *out) {
    ImportLocation loc;
    int rc = find_in_path(vm, base, path, &loc);
    if (rc <= 0) {
        return rc;
    }
    return load_found(vm, name, &loc, out) < 0 ? -1 : 1;
}

static int make_spec(VM *vm, ObjStr *name, Value origin, const char *kind, Value locs,
                     Value *out);

/* __spec__ / __loader__ of a built-in module (BuiltinImporter), unless it has one. */
static int set_builtin_spec(VM *vm, Value module) {
    ObjModule *m = (ObjModule *)AS_OBJ(module);
    ObjStr *key = tpStr_intern_cstr(vm, "__spec__");
    Value name = tpDict_get_str(vm, m->dict, vm->names[NAME___name__]), spec, loader;
    ObjStr *lname = tpStr_intern_cstr(vm, "loader");
    if (key == NULL || lname == NULL) {
        return -1;
    }
    Value old = tpDict_get_str(vm, m->dict, key);
    if ((!IS_NULL(old) && !IS_NONE(old)) || !tpObj_is(vm, name, TYPE_STR)) {
        return 0;
    }
    if (make_spec(vm, AS_STR(name), NONE_VAL, "builtin", NONE_VAL, &spec) < 0 ||
        tpObj_getattr(vm, spec, lname, &loader) < 0 || tpDict_set_str(vm, m->dict, key, spec) < 0) {
        return -1;
    }
    return tpDict_set_cstr(vm, m->dict, "__loader__", loader);
}

static int load_builtin(VM *vm, ObjStr *name, Value *out) {
    for (size_t i = 0; i < TP_ARRAY_LEN(builtin_modules); i++) {
        if (strcmp(builtin_modules[i].name, name->data) != 0) {
            continue;
        }
        if (builtin_modules[i].init(vm, out) < 0) {
            return -1;
        }
        if (!IS_OBJ_TYPE(*out, vm->types[TYPE_MODULE])) {
            return tpDict_set_str(vm, vm->modules, name, *out) < 0 ? -1 : 1;
        }
        tpModule_set_builtin((ObjModule *)AS_OBJ(*out));
        if (tpDict_set_str(vm, vm->modules, name, *out) < 0 || set_builtin_spec(vm, *out) < 0) {
            return -1;
        }
        if (strcmp(name->data, "_imp") == 0 &&
            (set_builtin_spec(vm, vm->sys_module) < 0 ||
             set_builtin_spec(vm, vm->builtins_module) < 0)) {
            return -1;
        }
        return 1;
    }
    return 0;
}

static bool is_builtin_name(const char *name) {
    for (size_t i = 0; i < TP_ARRAY_LEN(builtin_modules); i++) {
        if (strcmp(builtin_modules[i].name, name) == 0) {
            return true;
        }
    }
    return false;
}

/* The search path for a module whose parent (NULL_VAL for top level) is imported:
 * sys.path or parent.__path__. Returns 1 and *path, 0 if the parent is no package, -1 error. */
static int search_path(VM *vm, Value parent, Value *path) {
    if (IS_NULL(parent)) {
        *path = tpSys_get(vm, "path");
        if (IS_NULL(*path) || !tpObj_is(vm, *path, TYPE_LIST)) {
            return tpErr_raise(vm, EXC_ImportError, "sys.path must be a list of directory names");
        }
        return 1;
    }
    return tpObj_getattr_opt(vm, parent, vm->names[NAME___path__], path);
}

/* With hooks on sys.path_hooks: the entries in order, each through the finder its hook gives
 * or, if none takes it, taipan's own search of that one directory (a namespace portion is left
 * to the whole-path search afterwards). 1 loaded, 0 not found yet, -1 error. */
static int hooked_path_load(VM *vm, ObjStr *name, const char *base, Value path, Value *out) {
    ObjList *dirs = tpSeq_list(vm, path);
    if (dirs == NULL) {
        return -1;
    }
    for (size_t i = 0; i < dirs->len; i++) {
        Value finder;
        ImportLocation loc;
        if (tpImport_entry_finder(vm, dirs->items[i], &finder) < 0) {
            return -1;
        }
        int rc;
        if (!IS_NONE(finder)) {
            rc = tpImport_from_entry_finder(vm, finder, name, out);
        } else {
            ObjList *one = tpList_from(vm, 1, &dirs->items[i]);
            rc = one == NULL ? -1 : find_in_path(vm, base, OBJ_VAL(one), &loc);
            if (rc > 0 && loc.kind != LOC_NAMESPACE) {
                rc = load_found(vm, name, &loc, out) < 0 ? -1 : 1;
            } else if (rc > 0) {
                rc = 0;
            }
        }
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

/* PathFinder's part: find `base` on `path` (sys.path for None) and load it. */
static int path_load(VM *vm, ObjStr *name, const char *base, Value path, Value *out) {
    if (IS_NONE(path) && search_path(vm, NULL_VAL, &path) < 0) {
        return -1;
    }
    Value hooks = tpSys_get(vm, "path_hooks");
    if (tpObj_is(vm, hooks, TYPE_LIST) && AS_LIST(hooks)->len > 0) {
        int rc = hooked_path_load(vm, name, base, path, out);
        if (rc != 0) {
            return rc;
        }
    }
    return find_and_load(vm, name, base, path, out);
}

/* Ask each finder on sys.meta_path in turn, as CPython: the default ones (_imp's
 * BuiltinImporter, FrozenImporter, PathFinder) are run here directly, others through their
 * find_spec (import_meta.c). Until _imp exists (start-up), or if sys.meta_path is no list, the
 * default order is used. 1 loaded (*out), 0 not found, -1 error. */
static int walk_meta_path(VM *vm, ObjStr *name, const char *base, Value path, Value *out) {
    bool top = IS_NONE(path);
    Value mp = tpSys_get(vm, "meta_path");
    Value imp = tpDict_get_str(vm, vm->modules, tpStr_intern_cstr(vm, "_imp"));
    if (IS_NULL(imp) || !IS_OBJ_TYPE(imp, vm->types[TYPE_MODULE]) ||
        !tpObj_is(vm, mp, TYPE_LIST)) {
        int rc = top ? load_builtin(vm, name, out) : 0;
        return rc != 0 ? rc : path_load(vm, name, base, path, out);
    }
    ObjDict *d = ((ObjModule *)AS_OBJ(imp))->dict;
    Value bi = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "BuiltinImporter"));
    Value fr = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "FrozenImporter"));
    Value pf = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "PathFinder"));
    for (size_t i = 0; i < AS_LIST(mp)->len; i++) {
        Value f = AS_LIST(mp)->items[i];
        int rc = 0;
        if (f == bi) {
            rc = top ? load_builtin(vm, name, out) : 0;
        } else if (f == pf) {
            rc = path_load(vm, name, base, path, out);
        } else if (f != fr) {
            rc = tpImport_from_finder(vm, f, name, path, out);
        }
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

/* Import one fully qualified module whose parent (if any) is already imported. */
static int import_one(VM *vm, ObjStr *name, Value parent, size_t parent_len, Value *out) {
    Value m = tpDict_get_str(vm, vm->modules, name);
    if (!IS_NULL(m)) {
        if (IS_NONE(m)) {
            return tpErr_format(vm, EXC_ModuleNotFoundError,
                                "import of %U halted; None in sys.modules", name);
        }
        *out = m;
        return 0;
    }
    const char *base = name->data + (parent_len ? parent_len + 1 : 0);
    Value path = NONE_VAL; /* what the finders get: None for a top-level module */
    if (!IS_NULL(parent)) {
        int has = search_path(vm, parent, &path);
        if (has < 0) {
            return -1;
        }
        if (has == 0) {
            char suffix[300];
            snprintf(suffix, sizeof suffix, "; '%.*s' is not a package", (int)parent_len,
                     name->data);
            return not_found(vm, name, suffix);
        }
    }
    int rc = walk_meta_path(vm, name, base, path, out);
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

static int import_dotted(VM *vm, ObjStr *name, Value *out);

int tpImport_find(VM *vm, ObjStr *name, ImportLocation *loc) {
    if ((name = tpStr_terminated(vm, name)) == NULL) {   /* used as a C string (strrchr...) */
        return -1;
    }
    if (!vm->imp_ready && tpImport_ensure_imp(vm) < 0) {
        return -1;
    }
    memset(loc, 0, sizeof *loc);
    const char *dot = strrchr(name->data, '.');
    Value parent = NULL_VAL, path;
    if (dot == NULL && is_builtin_name(name->data)) {
        return 2;
    }
    if (dot != NULL) {
        ObjStr *pname = tpStr_new(vm, name->data, (size_t)(dot - name->data));
        if (pname == NULL || import_dotted(vm, pname, &parent) < 0) {
            return -1;
        }
    }
    int has = search_path(vm, parent, &path);
    if (has < 0) {
        return -1;
    }
    if (has == 0) {
        ObjStr *pname = tpStr_new(vm, name->data, (size_t)(dot - name->data));
        if (pname == NULL) {
            return -1;
        }
        tpErr_format(vm, EXC_ModuleNotFoundError,
                     "__path__ attribute not found on '%U' while trying to find '%U'", pname,
                     name);
        tpExc_set_import_info(vm, OBJ_VAL(name), NONE_VAL);
        return -1;
    }
    return find_in_path(vm, dot ? dot + 1 : name->data, path, loc);
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

/* The package a relative import starts from, as CPython's resolve_name: __package__, checked
 * against __spec__.parent (an ImportWarning when they differ), else __spec__.parent, else (with
 * an ImportWarning) __name__, or its parent unless the module is a package (__path__). */
static int import_package(VM *vm, Value globals, Value *out) {
    if (IS_NULL(globals)) {
        return tpErr_raise(vm, EXC_KeyError, "'__name__' not in globals");
    }
    if (!tpObj_is(vm, globals, TYPE_DICT)) {
        return tpErr_raise(vm, EXC_TypeError, "globals must be a dict");
    }
    ObjDict *g = AS_DICT(globals);
    Value package = tpDict_get_str(vm, g, vm->names[NAME___package__]);
    Value spec = tpDict_get_str(vm, g, vm->names[NAME___spec__]);
    bool has_spec = !IS_NULL(spec) && !IS_NONE(spec);
    ObjStr *parent_name = has_spec ? tpStr_intern_cstr(vm, "parent") : NULL;
    if (has_spec && parent_name == NULL) {
        return -1;
    }
    if (!IS_NULL(package) && !IS_NONE(package)) {
        if (!tpObj_is(vm, package, TYPE_STR)) {
            return tpErr_raise(vm, EXC_TypeError, "package must be a string");
        }
        if (has_spec) {
            Value parent, eq;
            int t;
            if (tpObj_getattr(vm, spec, parent_name, &parent) < 0 ||
                tpObj_richcmp(vm, package, parent, CMP_EQ, &eq) < 0 || tpObj_truth(vm, eq, &t) < 0 ||
                (!t && tpErr_warn(vm, EXC_ImportWarning, 1, "__package__ != __spec__.parent") < 0)) {
                return -1;
            }
        }
        *out = package;
        return 0;
    }
    if (has_spec) {
        if (tpObj_getattr(vm, spec, parent_name, out) < 0) {
            return -1;
        }
        if (!tpObj_is(vm, *out, TYPE_STR)) {
            return tpErr_raise(vm, EXC_TypeError, "__spec__.parent must be a string");
        }
        return 0;
    }
    if (tpErr_warn(vm, EXC_ImportWarning, 1,
                   "can't resolve package from __spec__ or __package__, falling back on "
                   "__name__ and __path__") < 0) {
        return -1;
    }
    Value modname = tpDict_get_str(vm, g, vm->names[NAME___name__]);
    if (IS_NULL(modname)) {
        return tpErr_raise(vm, EXC_KeyError, "'__name__' not in globals");
    }
    if (!tpObj_is(vm, modname, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "__name__ must be a string");
    }
    *out = modname;
    if (IS_NULL(tpDict_get_str(vm, g, vm->names[NAME___path__]))) {
        const char *s = AS_STR(modname)->data;
        const char *dot = strrchr(s, '.');
        ObjStr *pk = dot ? tpStr_new(vm, s, (size_t)(dot - s)) : vm->empty_str;
        if (pk == NULL) {
            return -1;
        }
        *out = OBJ_VAL(pk);
    }
    return 0;
}

static ObjStr *resolve_name(VM *vm, ObjStr *name, Value globals, int level) {
    Value package;
    if (import_package(vm, globals, &package) < 0) {
        return NULL;
    }
    if (AS_STR(package)->len == 0) {
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
    if ((name = tpStr_terminated(vm, name)) == NULL) {   /* used as a C string (strrchr...) */
        return -1;
    }
    ObjStr *full = name;
    /* importing a module already in sys.modules (sys, builtins) needs no finder: _imp is made
     * when one is needed (~1 ms of start-up otherwise) */
    if (!vm->imp_ready && (level > 0 || IS_NULL(tpDict_get_str(vm, vm->modules, name))) &&
        tpImport_ensure_imp(vm) < 0) {
        return -1;
    }
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

/* ==== the _imp module: hooks for lib/importlib ==== */

/* _imp (ModuleSpec, the loader classes, the finders on sys.meta_path, the __spec__ of sys and
 * builtins) costs a compile and six classes, so start-up does not make it: the first import
 * does, or a look at sys/builtins' attributes, __dict__, dir() or repr (obj_module.c). */
int tpImport_ensure_imp(VM *vm) {
    if (vm->imp_ready) {
        return 0;
    }
    vm->imp_ready = true; /* before importing: tpImport asks again */
    Value m;
    ObjStr *name = tpStr_intern_cstr(vm, "_imp");
    if (name == NULL || tpImport(vm, name, NULL_VAL, NULL_VAL, 0, &m) < 0) {
        vm->imp_ready = false;
        return -1;
    }
    return 0;
}

/* ModuleSpec and the loader classes, run in _imp's namespace when it is created. */
static const char imp_src[] =
    "class ModuleSpec:\n"
    "    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):\n"
    "        self.name = name\n"
    "        self.loader = loader\n"
    "        self.origin = origin\n"
    "        self.loader_state = loader_state\n"
    "        self.submodule_search_locations = [] if is_package else None\n"
    "        self.cached = None\n"
    "        self._set_fileattr = False\n"
    "    @property\n"
    "    def parent(self):\n"
    "        if self.submodule_search_locations is None:\n"
    "            return self.name.rpartition('.')[0]\n"
    "        return self.name\n"
    "    @property\n"
    "    def has_location(self):\n"
    "        return self._set_fileattr\n"
    "    def __repr__(self):\n"
    "        parts = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]\n"
    "        if self.origin is not None:\n"
    "            parts.append('origin=%r' % (self.origin,))\n"
    "        if self.submodule_search_locations is not None:\n"
    "            parts.append('submodule_search_locations=%r'\n"
    "                         % (self.submodule_search_locations,))\n"
    "        return 'ModuleSpec(' + ', '.join(parts) + ')'\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, ModuleSpec):\n"
    "            return NotImplemented\n"
    "        return (self.name, self.loader, self.origin, self.submodule_search_locations) == \\\n"
    "            (other.name, other.loader, other.origin, other.submodule_search_locations)\n"
    "class BuiltinImporter:\n"
    "    @classmethod\n"
    "    def find_spec(cls, fullname, path=None, target=None):\n"
    "        return _make_spec(fullname, None, 'builtin', None) if is_builtin(fullname) else None\n"
    "class FrozenImporter:\n"
    "    @classmethod\n"
    "    def find_spec(cls, fullname, path=None, target=None):\n"
    "        return None\n"
    "class PathFinder:\n"
    "    @classmethod\n"
    "    def find_spec(cls, fullname, path=None, target=None):\n"
    "        return _path_spec(fullname, path)\n"
    "    @classmethod\n"
    "    def invalidate_caches(cls):\n"
    "        pass\n"
    "class SourceFileLoader:\n"
    "    def __init__(self, fullname, path):\n"
    "        self.name = fullname\n"
    "        self.path = path\n"
    "    def get_filename(self, fullname=None):\n"
    "        return self.path\n"
    "    def get_source(self, fullname=None):\n"
    "        return _source(self.path)\n"
    "    def is_package(self, fullname=None):\n"
    "        return self.path.rpartition('/')[2] == '__init__.py'\n"
    "class NamespaceLoader:\n"
    "    def __init__(self, name, path):\n"
    "        self.name = name\n"
    "        self.path = path\n"
    "    def is_package(self, fullname=None):\n"
    "        return True\n"
    "    def get_source(self, fullname=None):\n"
    "        return ''\n"
    "for _c in (ModuleSpec, BuiltinImporter, FrozenImporter):\n"
    "    _c.__module__ = '_frozen_importlib'\n"
    "for _c in (SourceFileLoader, NamespaceLoader, PathFinder):\n"
    "    _c.__module__ = '_frozen_importlib_external'\n"
    "def _make_spec(name, origin, kind, locations):\n"
    "    if kind == 'builtin':\n"
    "        loader, origin = BuiltinImporter, 'built-in'\n"
    "    elif kind == 'namespace':\n"
    "        loader = NamespaceLoader(name, locations)\n"
    "    else:\n"
    "        loader = SourceFileLoader(name, origin)\n"
    "    spec = ModuleSpec(name, loader, origin=origin)\n"
    "    spec.submodule_search_locations = locations\n"
    "    spec._set_fileattr = kind == 'source'\n"
    "    return spec\n"
    "import sys as _sys\n"
    "if not _sys.meta_path:\n"
    "    _sys.meta_path.extend([BuiltinImporter, FrozenImporter, PathFinder])\n"
    "del _sys\n";

/* _imp.find_spec(name): the spec of an importable module without running it (parents are
 * imported), None if not found. */
static int imp_find_spec(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (!tpObj_is(vm, argv[0], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "module name must be str, not %T", argv[0]);
    }
    ObjStr *name = AS_STR(argv[0]);
    ImportLocation loc;
    int rc = tpImport_find(vm, name, &loc);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        *out = NONE_VAL;
        return 0;
    }
    if (rc == 2) {
        return make_spec(vm, name, NONE_VAL, "builtin", NONE_VAL, out);
    }
    if (tpImport_spec_for(vm, name, &loc, out) < 0) {
        return -1;
    }
    /* as CPython's path finder: a namespace package gets its loader only when imported */
    ObjStr *lname = tpStr_intern_cstr(vm, "loader");
    return loc.kind != LOC_NAMESPACE ? 0
           : lname == NULL           ? -1
                                     : tpObj_setattr(vm, *out, lname, NONE_VAL);
}

/* _imp._path_spec(name, path): PathFinder.find_spec — the last part of `name` searched on
 * `path` (sys.path for None); None if not there. */
static int imp_path_spec(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (!tpObj_is(vm, argv[0], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "module name must be str, not %T", argv[0]);
    }
    ObjStr *name = tpStr_terminated(vm, AS_STR(argv[0]));   /* used as a C string */
    if (name == NULL) {
        return -1;
    }
    Value path = argv[1];
    if (IS_NONE(path) && search_path(vm, NULL_VAL, &path) < 0) {
        return -1;
    }
    const char *dot = strrchr(name->data, '.');
    ImportLocation loc;
    int rc = find_in_path(vm, dot ? dot + 1 : name->data, path, &loc);
    if (rc <= 0) {
        *out = NONE_VAL;
        return rc;
    }
    if (tpImport_spec_for(vm, name, &loc, out) < 0) {
        return -1;
    }
    ObjStr *lname = tpStr_intern_cstr(vm, "loader");
    return loc.kind != LOC_NAMESPACE ? 0
           : lname == NULL           ? -1
                                     : tpObj_setattr(vm, *out, lname, NONE_VAL);
}

/* _imp._source(path): the text of an embedded or on-disk source file, None if unreadable. */
static int imp_source(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (!tpObj_is(vm, argv[0], TYPE_STR)) {
        *out = NONE_VAL;
        return 0;
    }
    size_t len;
    const char *src = tpImport_embedded_source(AS_STR(argv[0])->data, &len);
    char *owned = src ? NULL : tpRun_read_file(AS_STR(argv[0])->data, &len);
    if (src == NULL && owned == NULL) {
        *out = NONE_VAL;
        return 0;
    }
    ObjStr *s = tpStr_decode_utf8(vm, owned ? owned : src, len, "replace");
    free(owned);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int imp_is_builtin(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    *out = BOOL_VAL(tpObj_is(vm, argv[0], TYPE_STR) && is_builtin_name(AS_STR(argv[0])->data));
    return 0;
}

/* _imp.exec_in(module, spec): run the module's source again in its own namespace (reload). */
static int imp_exec_in(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value module = argv[0], origin;
    ObjStr *oname = tpStr_intern_cstr(vm, "origin");
    if (!IS_OBJ_TYPE(module, vm->types[TYPE_MODULE]) || oname == NULL) {
        return tpErr_raise(vm, EXC_TypeError, "reload() argument must be a module");
    }
    if (tpObj_getattr(vm, argv[1], oname, &origin) < 0) {
        return -1;
    }
    *out = module;
    if (!tpObj_is(vm, origin, TYPE_STR)) {
        return 0; /* namespace or built-in module: nothing to run */
    }
    ImportLocation loc;
    memset(&loc, 0, sizeof loc);
    loc.source = tpImport_embedded_source(AS_STR(origin)->data, &loc.size);
    loc.kind = loc.source ? LOC_EMBEDDED : LOC_FILE;
    snprintf(loc.file, sizeof loc.file, "%s", AS_STR(origin)->data);
    size_t len;
    char *owned;
    const char *src = tpImport_location_source(vm, &loc, &len, &owned);
    if (src == NULL) {
        return -1;
    }
    ObjCode *code = tpRun_check_utf8_file(vm, src, len, loc.file) < 0
                        ? NULL
                        : tpCompile_source(vm, src, len, loc.file, COMPILE_EXEC);
    free(owned);
    Value r;
    return code == NULL ? -1 : tpVM_run_code(vm, code, ((ObjModule *)AS_OBJ(module))->dict,
                                             NULL_VAL, &r);
}

static const MethodDef imp_functions[] = {
    TP_METHOD("find_spec", imp_find_spec, 1, 1),
    TP_METHOD("_source", imp_source, 1, 1),
    TP_METHOD("_path_spec", imp_path_spec, 2, 2),
    TP_METHOD("is_builtin", imp_is_builtin, 1, 1),
    TP_METHOD("exec_in", imp_exec_in, 2, 2),
    TP_METHOD_END,
};

TP_INTERNAL int tpImport_init_imp(VM *vm, Value *out);

int tpImport_init_imp(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "_imp");
    ObjModule *m = name ? tpModule_new(vm, name) : NULL;
    if (m == NULL || tpModule_add_functions(vm, m, imp_functions) < 0 ||
        tpDict_set_str(vm, m->dict, vm->names[NAME___builtins__], vm->builtins_module) < 0) {
        return -1;
    }
    ObjCode *code = tpCompile_source(vm, imp_src, sizeof imp_src - 1, "<_imp>", COMPILE_EXEC);
    Value r;
    if (code == NULL || tpVM_run_code(vm, code, m->dict, NULL_VAL, &r) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
