/*
 * obj_module.c — the module type: creation with the standard dunder entries, repr, attribute
 * lookup with the PEP 562 module-level __getattr__ fallback, and native function registration.
 * A module is just a namespace dict; hdr.flags marks built-in (C) modules for repr.
 */
#include "interp.h"

enum { MODFLAG_BUILTIN = 1 };

#define MOD(v) ((ObjModule *)AS_OBJ(v))

static int module_fill(VM *vm, ObjModule *m, Value name, Value doc) {
    ObjDict *d = m->dict;
    if (tpDict_set_str(vm, d, vm->names[NAME___name__], name) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___doc__], doc) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___package__], NONE_VAL) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___loader__], NONE_VAL) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___spec__], NONE_VAL) < 0) {
        return -1;
    }
    return 0;
}

static ObjModule *module_alloc(VM *vm, ObjType *type) {
    ObjModule *m = tpGC_alloc(vm, type, type->size > sizeof(ObjModule) ? type->size
                                                                      : sizeof(ObjModule));
    if (m == NULL) {
        return NULL;
    }
    m->dict = tpDict_new(vm);
    return m->dict == NULL ? NULL : m;
}

ObjModule *tpModule_new(VM *vm, ObjStr *name) {
    ObjModule *m = module_alloc(vm, vm->types[TYPE_MODULE]);
    if (m == NULL || module_fill(vm, m, OBJ_VAL(name), NONE_VAL) < 0) {
        return NULL;
    }
    return m;
}

void tpModule_set_builtin(ObjModule *m) { m->hdr.flags |= MODFLAG_BUILTIN; }

const char *tpModule_name(VM *vm, ObjModule *m) {
    Value n = tpDict_get_str(vm, m->dict, vm->names[NAME___name__]);
    if (IS_NULL(n) || !tpObj_is(vm, n, TYPE_STR)) {
        return "?";
    }
    return AS_STR(n)->data;
}

int tpModule_add_functions(VM *vm, ObjModule *m, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name != NULL; d++) {
        Value f = tpCFunction_new(vm, d, OBJ_VAL(m), NULL);
        if (IS_NULL(f) || tpDict_set_cstr(vm, m->dict, d->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static void module_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ObjModule *)o)->dict); }

static int module_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                      Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ObjModule *m = module_alloc(vm, type);
    if (m == NULL) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}

static int module_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"name", "doc"};
    Value a[2];
    if (tpArg_parse_kw(vm, "module", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "module() missing required argument 'name' (pos 1)");
    }
    if (!tpObj_is(vm, a[0], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "module() argument 'name' must be str, not %T", a[0]);
    }
    return module_fill(vm, MOD(self), a[0], IS_NULL(a[1]) ? NONE_VAL : a[1]);
}

/* CPython's repr from a module spec: "<module 'x' from 'origin'>" when it has a location,
 * "<module 'x' (origin)>" (e.g. built-in), else the loader's repr. 1 done, 0 no usable spec. */
static int repr_from_spec(VM *vm, ObjModule *m, StrBuf *b) {
    Value spec = tpDict_get_str(vm, m->dict, tpStr_intern_cstr(vm, "__spec__"));
    Value name, origin, hasloc, loader;
    if (IS_NULL(spec) || IS_NONE(spec)) {
        return 0;
    }
    if (tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "name"), &name) < 0 ||
        tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "origin"), &origin) < 0 ||
        tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "has_location"), &hasloc) < 0 ||
        tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "loader"), &loader) < 0) {
        tpErr_clear(vm);
        return 0;
    }
    Value r;
    int rc = tpBuf_puts(vm, b, "<module ");
    rc = rc < 0 || tpObj_repr(vm, name, &r) < 0 ? -1 : tpBuf_put_strv(vm, b, r);
    if (rc == 0 && IS_NONE(origin) && !IS_NONE(loader)) {
        rc = tpObj_repr(vm, loader, &r) < 0 || tpBuf_puts(vm, b, " (") < 0 ||
                     tpBuf_put_strv(vm, b, r) < 0
                 ? -1
                 : tpBuf_putc(vm, b, ')');
    } else if (rc == 0 && !IS_NONE(origin) && hasloc == TRUE_VAL) {
        rc = tpObj_repr(vm, origin, &r) < 0 || tpBuf_puts(vm, b, " from ") < 0
                 ? -1
                 : tpBuf_put_strv(vm, b, r);
    } else if (rc == 0 && !IS_NONE(origin)) {
        rc = tpObj_str(vm, origin, &r) < 0 || tpBuf_puts(vm, b, " (") < 0 ||
                     tpBuf_put_strv(vm, b, r) < 0
                 ? -1
                 : tpBuf_putc(vm, b, ')');
    }
    return rc < 0 || tpBuf_putc(vm, b, '>') < 0 ? -1 : 1;
}

enum { LAZY_NONE, LAZY_EXTRAS, LAZY_IMP };

typedef struct {
    const char *s;
    size_t n;
} LazyName;
#define LAZY(s) {s, sizeof s - 1}

static bool name_in(ObjStr *name, const LazyName *list, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (name->nbytes == list[i].n && memcmp(name->data, list[i].s, list[i].n) == 0) {
            return true;
        }
    }
    return false;
}

/* Which lazily made part of sys/builtins provides attribute `name`: sys's struct sequences
 * (LAZY_EXTRAS), the import machinery (LAZY_IMP: __spec__, __loader__, sys.meta_path's finders,
 * _imp in sys.modules) or neither. Asked at every sys attribute access until both are made, so
 * the lengths are compared first. */
static int lazy_part(ObjStr *name) {
    static const LazyName extras[] = {LAZY("version_info"), LAZY("flags"), LAZY("float_info"),
                                      LAZY("hash_info"), LAZY("int_info"),
                                      LAZY("implementation"), LAZY("thread_info"),
                                      LAZY("stdlib_module_names")};
    static const LazyName imp[] = {LAZY("__spec__"), LAZY("__loader__"), LAZY("meta_path"),
                                   LAZY("modules")};
    return name_in(name, imp, TP_ARRAY_LEN(imp))         ? LAZY_IMP
           : name_in(name, extras, TP_ARRAY_LEN(extras)) ? LAZY_EXTRAS
                                                         : LAZY_NONE;
}

/* sys and builtins get their __spec__/__loader__ (and sys.meta_path its finders, sys.modules
 * _imp) from _imp, and sys its struct sequences, made on first need: before anything shows
 * those attributes (`name`; NULL: any of them, for repr, __dict__ and dir). Other attributes
 * (sys.argv, builtins.print...) do not need them: making them cost ~1 ms at every start-up. */
static int lazy_imp(VM *vm, Value self, ObjStr *name) {
    bool is_sys = self == vm->sys_module;
    if ((!is_sys || (vm->sys_ready && vm->imp_ready)) &&
        (self != vm->builtins_module || vm->imp_ready)) {
        return 0;   /* nothing pending (any other module: never) */
    }
    int part = name == NULL ? LAZY_EXTRAS | LAZY_IMP : lazy_part(name);
    if (is_sys && !vm->sys_ready && (part & LAZY_EXTRAS) && tpSys_ensure_extras(vm) < 0) {
        return -1;
    }
    /* builtins has only __spec__ and __loader__ of these */
    bool builtins_name = name == NULL || name->data[0] == '_';
    if (!vm->imp_ready && (part & LAZY_IMP) && (is_sys || builtins_name)) {
        return tpImport_ensure_imp(vm);
    }
    return 0;
}

static int module_repr(VM *vm, Value self, Value *out) {
    if (lazy_imp(vm, self, NULL) < 0) {
        return -1;
    }
    ObjModule *m = MOD(self);
    StrBuf b;
    tpBuf_init(&b);
    int done = repr_from_spec(vm, m, &b);
    if (done != 0) {
        ObjStr *s = done < 0 ? NULL : tpBuf_finish(vm, &b);
        if (s == NULL) {
            tpBuf_free(&b);
            return -1;
        }
        *out = OBJ_VAL(s);
        return 0;
    }
    Value file = tpDict_get_str(vm, m->dict, vm->names[NAME___file__]);
    int rc = tpBuf_printf(vm, &b, "<module '%s'", tpModule_name(vm, m));
    if (rc == 0 && !IS_NULL(file) && tpObj_is(vm, file, TYPE_STR)) {
        rc = tpBuf_printf(vm, &b, " from '%s'>", AS_STR(file)->data);
    } else if (rc == 0 && (m->hdr.flags & MODFLAG_BUILTIN)) {
        rc = tpBuf_puts(vm, &b, " (built-in)>");
    } else if (rc == 0) {
        rc = tpBuf_putc(vm, &b, '>');
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int module_missing(VM *vm, Value self, ObjStr *name) {
    ObjModule *m = MOD(self);
    Value n = tpDict_get_str(vm, m->dict, vm->names[NAME___name__]);
    if (!IS_NULL(n) && tpObj_is(vm, n, TYPE_STR)) {
        tpErr_format(vm, EXC_AttributeError, "module '%U' has no attribute '%U'", AS_STR(n), name);
    } else {
        tpErr_format(vm, EXC_AttributeError, "module has no attribute '%U'", name);
    }
    tpExc_set_attribute_info(vm, self, name);
    return -1;
}

static int module_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    if (lazy_imp(vm, self, name) < 0) {
        return -1;
    }
    ObjModule *m = MOD(self);
    /* fast path: a plain global that no type attribute shadows as a data descriptor */
    Value v = tpDict_get_str(vm, m->dict, name);
    if (!IS_NULL(v) && name->data[0] != '_' && AS_OBJ(self)->type == vm->types[TYPE_MODULE]) {
        *out = v;
        return 0;
    }
    int rc = tpObj_generic_getattr(vm, self, name, out);
    if (rc == 0 || !tpErr_matches(vm, EXC_AttributeError)) {
        return rc;
    }
    tpErr_clear(vm);
    Value ga = tpDict_get_str(vm, m->dict, vm->names[NAME___getattr__]);
    if (!IS_NULL(ga)) {
        Value arg = OBJ_VAL(name);
        return tpObj_call(vm, ga, 1, &arg, NULL, out);
    }
    return module_missing(vm, self, name);
}

static int module_dict_get(VM *vm, Value self, Value *out) {
    if (lazy_imp(vm, self, NULL) < 0) {
        return -1;
    }
    *out = OBJ_VAL(MOD(self)->dict);
    return 0;
}

static int module_dir(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (lazy_imp(vm, argv[0], NULL) < 0) {
        return -1;
    }
    ObjModule *m = MOD(argv[0]);
    Value d = tpDict_get_str(vm, m->dict, vm->names[NAME___dict__]);
    if (IS_NULL(d)) {
        d = OBJ_VAL(m->dict);
    }
    Value dirfn = tpDict_get_str(vm, m->dict, vm->names[NAME___dir__]);
    if (!IS_NULL(dirfn)) {
        return tpObj_call(vm, dirfn, 0, NULL, NULL, out);
    }
    ObjList *l = tpSeq_list(vm, d);
    if (l == NULL) {
        return -1;
    }
    *out = OBJ_VAL(l);
    return 0;
}

static const MethodDef module_methods[] = {
    TP_METHOD("__dir__", module_dir, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef module_getsets[] = {
    {"__dict__", module_dict_get, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpModule_spec = {
    .name = "module",
    .id = TYPE_MODULE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjModule),
    .dictoffset = offsetof(ObjModule, dict),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = module_mark,
              .new_ = module_new,
              .init = module_init,
              .repr = module_repr,
              .getattr = module_getattr},
    .methods = module_methods,
    .getsets = module_getsets,
};
