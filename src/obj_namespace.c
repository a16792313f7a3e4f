/*
 * obj_namespace.c — types.SimpleNamespace: an object that is just its __dict__, built from
 * keyword arguments, printed as `namespace(a=1, b=2)` and equal to another namespace with an
 * equal __dict__. A built-in type (not a class in lib/types.py) so that its messages name it
 * 'types.SimpleNamespace' as CPython's do.
 */
#include "interp.h"
#include "seq.h"

typedef struct ObjNamespace {
    Obj hdr;
    ObjDict *dict;
} ObjNamespace;

static void ns_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ObjNamespace *)o)->dict); }

static int ns_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc, (void)argv, (void)kwnames;
    size_t size = type->size < sizeof(ObjNamespace) ? sizeof(ObjNamespace) : type->size;
    ObjNamespace *ns = tpGC_alloc(vm, type, size);
    if (ns == NULL) {
        return -1;
    }
    ns->dict = tpDict_new(vm);
    if (ns->dict == NULL) {
        return -1;
    }
    *out = OBJ_VAL(ns);
    return 0;
}

static int ns_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (argc > 0) {
        return tpErr_raise(vm, EXC_TypeError, "no positional arguments expected");
    }
    ObjDict *d = tpObj_dict(vm, self, true);
    if (d == NULL) {
        return -1;
    }
    for (size_t k = 0; kwnames != NULL && k < kwnames->len; k++) {
        if (tpDict_set(vm, d, kwnames->items[k], argv[k]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int ns_repr_items(VM *vm, StrBuf *b, ObjDict *d) {
    bool first = true;
    for (size_t i = 0; d != NULL && i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_NULL(e->key) || !IS_OBJ_TYPE(e->key, vm->types[TYPE_STR])) {
            continue;
        }
        if ((!first && tpBuf_puts(vm, b, ", ") < 0) || tpBuf_put_str(vm, b, AS_STR(e->key)) < 0 ||
            tpBuf_putc(vm, b, '=') < 0 || tpBuf_put_repr(vm, b, e->value) < 0) {
            return -1;
        }
        first = false;
    }
    return 0;
}

static int ns_repr(VM *vm, Value self, Value *out) {
    ObjType *t = tpType_of(vm, self);
    const char *name = t == vm->types[TYPE_SIMPLE_NAMESPACE] ? "namespace" : tpType_name(t);
    StrBuf b;
    tpBuf_init(&b);
    int rc;
    if (tpSeq_repr_enter(AS_OBJ(self))) {
        rc = tpBuf_printf(vm, &b, "%s(...)", name);
    } else {
        rc = tpBuf_printf(vm, &b, "%s(", name);
        if (rc == 0) {
            rc = ns_repr_items(vm, &b, tpObj_dict(vm, self, false));
        }
        tpSeq_repr_leave(AS_OBJ(self));
        if (rc == 0) {
            rc = tpBuf_putc(vm, &b, ')');
        }
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

static int ns_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *t = vm->types[TYPE_SIMPLE_NAMESPACE];
    if ((op != CMP_EQ && op != CMP_NE) || !tpType_is_subtype(tpType_of(vm, a), t) ||
        !tpType_is_subtype(tpType_of(vm, b), t)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjDict *da = tpObj_dict(vm, a, true), *db = tpObj_dict(vm, b, true);
    if (da == NULL || db == NULL) {
        return -1;
    }
    return tpObj_richcmp(vm, OBJ_VAL(da), OBJ_VAL(db), op, out);
}

static int ns_get_dict(VM *vm, Value self, Value *out) {
    ObjDict *d = tpObj_dict(vm, self, true);
    if (d == NULL) {
        return -1;
    }
    *out = OBJ_VAL(d);
    return 0;
}

/* a read-only member in CPython: neither set nor deleted */
static int ns_set_dict(VM *vm, Value self, Value v) {
    (void)self;
    (void)v;
    return tpErr_raise(vm, EXC_AttributeError, "readonly attribute");
}

static const GetSetDef ns_getsets[] = {
    {"__dict__", ns_get_dict, ns_set_dict, NULL},
    TP_GETSET_END,
};

const TypeSpec tpSimpleNamespace_spec = {
    .name = "types.SimpleNamespace",
    .id = TYPE_SIMPLE_NAMESPACE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjNamespace),
    .dictoffset = offsetof(ObjNamespace, dict),
    .flags = TPFLAG_BASETYPE | TPFLAG_UNHASHABLE,
    .slots = {.mark = ns_mark, .new_ = ns_new, .init = ns_init, .repr = ns_repr,
              .richcmp = ns_richcmp},
    .getsets = ns_getsets,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
};

/* ==== the built-in module _types: the C types lib/types.py cannot reach with type(...) ==== */

TP_INTERNAL int tpTypes_module_init(VM *vm, Value *out);

int tpTypes_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "_types");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    if (tpDict_set_cstr(vm, m->dict, "SimpleNamespace",
                        OBJ_VAL(vm->types[TYPE_SIMPLE_NAMESPACE])) < 0 ||
        tpDict_set_cstr(vm, m->dict, "GenericAlias", OBJ_VAL(vm->types[TYPE_GENERIC_ALIAS])) < 0 ||
        tpDict_set_cstr(vm, m->dict, "UnionType", OBJ_VAL(vm->types[TYPE_UNION])) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
