/*
 * obj_misc.c — the small singleton types (NoneType, NotImplementedType, ellipsis) and
 * mappingproxy, the read-only view of a mapping that type.__dict__ returns.
 * None is an immediate Value; NotImplemented and Ellipsis are heap singletons created at start-up.
 */
#include "interp.h"
#include "typealias.h"

/* ==== NoneType ==== */

static int none_repr(VM *vm, Value self, Value *out) {
    (void)self;
    ObjStr *s = tpStr_intern_cstr(vm, "None");
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int none_truth(VM *vm, Value self, int *out) {
    (void)vm;
    (void)self;
    *out = 0;
    return 0;
}

static int none_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    (void)self;
    *out = 0x1f2e3d4c5b6aLL;   /* any stable constant */
    return 0;
}

static int no_args_check(VM *vm, ObjType *type, int argc, ObjTuple *kwnames) {
    if (argc > 0 || (kwnames != NULL && kwnames->len > 0)) {
        const char *n = tpType_name(type);
        if (strcmp(n, "ellipsis") == 0) {
            n = "EllipsisType";
        }
        return tpErr_format(vm, EXC_TypeError, "%s takes no arguments", n);
    }
    return 0;
}

static int none_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argv;
    if (no_args_check(vm, type, argc, kwnames) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

const TypeSpec tpNone_spec = {
    .name = "NoneType",
    .id = TYPE_NONE,
    .base = TYPE_OBJECT,
    .size = sizeof(Obj),
    .slots = {.repr = none_repr, .truth = none_truth, .hash = none_hash, .new_ = none_new},
};

/* ==== NotImplementedType ==== */

static int notimpl_repr(VM *vm, Value self, Value *out) {
    (void)self;
    ObjStr *s = tpStr_intern_cstr(vm, "NotImplemented");
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* bool(NotImplemented) is true, with a DeprecationWarning (3.9) */
static int notimpl_truth(VM *vm, Value self, int *out) {
    (void)self;
    *out = 1;
    return tpErr_warn(vm, EXC_DeprecationWarning, 1,
                      "NotImplemented should not be used in a boolean context");
}

static int notimpl_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                       Value *out) {
    (void)argv;
    if (no_args_check(vm, type, argc, kwnames) < 0) {
        return -1;
    }
    *out = vm->not_implemented;
    return 0;
}

static int singleton_reduce(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    return tpObj_repr(vm, argv[0], out);
}

static const MethodDef notimpl_methods[] = {
    TP_METHOD("__reduce__", singleton_reduce, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpNotImpl_spec = {
    .name = "NotImplementedType",
    .id = TYPE_NOTIMPL,
    .base = TYPE_OBJECT,
    .size = sizeof(Obj),
    .slots = {.repr = notimpl_repr, .new_ = notimpl_new, .truth = notimpl_truth},
    .methods = notimpl_methods,
};

/* ==== ellipsis ==== */

static int ellipsis_repr(VM *vm, Value self, Value *out) {
    (void)self;
    ObjStr *s = tpStr_intern_cstr(vm, "Ellipsis");
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int ellipsis_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                        Value *out) {
    (void)argv;
    if (no_args_check(vm, type, argc, kwnames) < 0) {
        return -1;
    }
    *out = vm->ellipsis;
    return 0;
}

static const MethodDef ellipsis_methods[] = {
    TP_METHOD("__reduce__", singleton_reduce, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpEllipsis_spec = {
    .name = "ellipsis",
    .id = TYPE_ELLIPSIS,
    .base = TYPE_OBJECT,
    .size = sizeof(Obj),
    .slots = {.repr = ellipsis_repr, .new_ = ellipsis_new},
    .methods = ellipsis_methods,
};

/* ==== mappingproxy ==== */

typedef struct ObjMappingProxy {
    Obj hdr;
    Value mapping;
} ObjMappingProxy;

#define MP(v) ((ObjMappingProxy *)AS_OBJ(v))

Value tpMappingProxy_new(VM *vm, Value mapping) {
    ObjMappingProxy *p = tpGC_alloc(vm, vm->types[TYPE_MAPPINGPROXY], sizeof(ObjMappingProxy));
    if (p == NULL) {
        return NULL_VAL;
    }
    p->mapping = mapping;
    return OBJ_VAL(p);
}

static void mp_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((ObjMappingProxy *)o)->mapping); }

static bool is_mapping(VM *vm, Value v) {
    if (tpObj_is(vm, v, TYPE_DICT) || tpObj_is(vm, v, TYPE_MAPPINGPROXY)) {
        return true;
    }
    ObjType *t = tpType_of(vm, v);
    return t->sl.getitem != NULL && !tpObj_is(vm, v, TYPE_LIST) && !tpObj_is(vm, v, TYPE_TUPLE) &&
           !tpObj_is(vm, v, TYPE_STR);
}

static int mp_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    Value m;
    static const char *const names[] = {"mapping"};
    if (tpArg_parse_kw(vm, "mappingproxy", argc, argv, kwnames, 1, names, 1, &m) < 0) {
        return -1;
    }
    if (IS_NULL(m)) {
        return tpErr_format(vm, EXC_TypeError,
                            "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    if (!is_mapping(vm, m)) {
        return tpErr_format(vm, EXC_TypeError, "mappingproxy() argument must be a mapping, not %T",
                            m);
    }
    *out = tpMappingProxy_new(vm, m);
    return IS_NULL(*out) ? -1 : 0;
}

static int mp_repr(VM *vm, Value self, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_puts(vm, &b, "mappingproxy(") < 0 || tpBuf_put_repr(vm, &b, MP(self)->mapping) < 0 ||
        tpBuf_putc(vm, &b, ')') < 0) {
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

static int mp_str(VM *vm, Value self, Value *out) { return tpObj_str(vm, MP(self)->mapping, out); }

static int mp_getitem(VM *vm, Value self, Value key, Value *out) {
    return tpObj_getitem(vm, MP(self)->mapping, key, out);
}

static int mp_len(VM *vm, Value self, int64_t *out) { return tpObj_len(vm, MP(self)->mapping, out); }

static int mp_iter(VM *vm, Value self, Value *out) { return tpObj_iter(vm, MP(self)->mapping, out); }

static int mp_contains(VM *vm, Value self, Value x, int *out) {
    return tpObj_contains(vm, MP(self)->mapping, x, out);
}

static int mp_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    Value ma = IS_OBJ_TYPE(a, vm->types[TYPE_MAPPINGPROXY]) ? MP(a)->mapping : a;
    Value mb = IS_OBJ_TYPE(b, vm->types[TYPE_MAPPINGPROXY]) ? MP(b)->mapping : b;
    return tpObj_richcmp(vm, ma, mb, op, out);
}

static int mp_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != BINOP_OR) {
        *out = vm->not_implemented;
        return 0;
    }
    Value ma = IS_OBJ_TYPE(a, vm->types[TYPE_MAPPINGPROXY]) ? MP(a)->mapping : a;
    Value mb = IS_OBJ_TYPE(b, vm->types[TYPE_MAPPINGPROXY]) ? MP(b)->mapping : b;
    return tpObj_binop(vm, ma, mb, BINOP_OR, out);
}

/* CPython's mappingproxy defines |= only to refuse it (without it, `p |= d` would rebind p to
 * the dict `p | d`) */
static int mp_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    (void)a;
    (void)b;
    if (op != BINOP_OR) {
        *out = vm->not_implemented;
        return 0;
    }
    return tpErr_format(vm, EXC_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

static const char *const mp_forward_names[] = {"keys", "values", "items", "copy", "get"};

/* keys/values/items/copy/get forward to the underlying mapping (magic picks the name). */
static int mp_forward(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    ObjStr *name = tpStr_intern_cstr(vm, mp_forward_names[vm->magic]);
    if (name == NULL) {
        return -1;
    }
    return tpObj_call_method(vm, MP(argv[0])->mapping, name, argc - 1, argv + 1, out);
}

static int mp_reversed(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value rev = OBJ_VAL(vm->types[TYPE_REVERSED]);
    return tpObj_call(vm, rev, 1, &MP(argv[0])->mapping, NULL, out);
}

static const MethodDef mp_methods[] = {
    TP_METHOD_MAGIC("keys", mp_forward, 0, 0, 0),
    TP_METHOD_MAGIC("values", mp_forward, 0, 0, 1),
    TP_METHOD_MAGIC("items", mp_forward, 0, 0, 2),
    TP_METHOD_MAGIC("copy", mp_forward, 0, 0, 3),
    TP_METHOD_MAGIC("get", mp_forward, 1, 2, 4),
    TP_METHOD("__reversed__", mp_reversed, 0, 0),
    {"__class_getitem__", tpGenericAlias_class_getitem, 1, 1, METH_CLASS, 0, NULL},
    TP_METHOD_END,
};

const TypeSpec tpMappingProxy_spec = {
    .name = "mappingproxy",
    .id = TYPE_MAPPINGPROXY,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjMappingProxy),
    .flags = 0,
    .slots = {.mark = mp_mark,
              .new_ = mp_new,
              .repr = mp_repr,
              .str = mp_str,
              .getitem = mp_getitem,
              .len = mp_len,
              .iter = mp_iter,
              .contains = mp_contains,
              .richcmp = mp_richcmp,
              .binop = mp_binop, .ibinop = mp_ibinop},
    .methods = mp_methods,
};
