/*
 * obj_object.c — `object`, the root of every class: instance creation with CPython's
 * excess-argument rules, identity equality and hashing, the default repr/str/format, and
 * __class__, __dir__, __init_subclass__, __subclasshook__.
 */
#include "internal.h"
#include "objmodel.h"
#include "type_cache.h"
#include "inst_values.h"

static bool has_args(int argc, ObjTuple *kwnames) {
    return argc > 0 || (kwnames != NULL && kwnames->len > 0);
}

static int object_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames);

/* "Can't instantiate abstract class A with abstract methods f, g" (names sorted, as 3.11). */
static int abstract_error(VM *vm, ObjType *type) {
    ObjStr *key = tpStr_intern_cstr(vm, "__abstractmethods__");
    ObjDict *td = key == NULL ? NULL : tpType_dict(vm, type);
    Value am = td == NULL ? NULL_VAL : tpDict_get_str(vm, td, key);
    ObjList *names = IS_NULL(am) ? NULL : tpSeq_list(vm, am);
    if (names == NULL || tpList_sort(vm, names, NONE_VAL, false) < 0) {
        tpErr_clear(vm);
        return tpErr_format(vm, EXC_TypeError, "Can't instantiate abstract class %U",
                            type->name);
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = 0;
    for (size_t i = 0; i < names->len && rc == 0; i++) {
        Value s;
        rc = tpObj_str(vm, names->items[i], &s);
        rc = rc < 0 ? rc : tpBuf_printf(vm, &b, "%s%s", i ? ", " : "", AS_STR(s)->data);
    }
    ObjStr *joined = rc == 0 ? tpBuf_finish(vm, &b) : (tpBuf_free(&b), NULL);
    if (joined == NULL) {
        return -1;
    }
    return tpErr_format(vm, EXC_TypeError,
                        "Can't instantiate abstract class %U with abstract method%s %U",
                        type->name, names->len == 1 ? "" : "s", joined);
}

static int object_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                      Value *out) {
    if (has_args(argc, kwnames)) {
        if (type->sl.new_ != object_new) {
            return tpErr_raise(vm, EXC_TypeError,
                               "object.__new__() takes exactly one argument (the type to "
                               "instantiate)");
        }
        if (type->sl.init == object_init) {
            return tpErr_format(vm, EXC_TypeError, "%U() takes no arguments", type->qualname);
        }
    }
    if (type->flags & TPFLAG_ABSTRACT) {
        return abstract_error(vm, type);
    }
    Obj *o = tpInst_alloc(vm, type);
    if (o == NULL) {
        return -1;
    }
    *out = OBJ_VAL(o);
    return 0;
}

static int object_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (has_args(argc, kwnames)) {
        ObjType *type = tpType_of(vm, self);
        if (type->sl.init != object_init) {
            return tpErr_raise(vm, EXC_TypeError,
                               "object.__init__() takes exactly one argument (the instance to "
                               "initialize)");
        }
        if (type->sl.new_ == object_new) {
            return tpErr_format(vm, EXC_TypeError, "%U() takes no arguments", type->qualname);
        }
    }
    return 0;
}

static int object_repr(VM *vm, Value self, Value *out) {
    ObjType *t = tpType_of(vm, self);
    Value m = tpType_stored_module(vm, t);
    void *addr = IS_OBJ(self) ? (void *)AS_OBJ(self) : NULL;
    if ((t->flags & TPFLAG_HEAPTYPE) && IS_OBJ_TYPE(m, vm->types[TYPE_STR]) &&
        strcmp(AS_STR(m)->data, "builtins") != 0) {
        return tpStr_printf(vm, out, "<%s.%s object at %p>", AS_STR(m)->data,
                            t->qualname->data, addr);
    }
    return tpStr_printf(vm, out, "<%s object at %p>", t->qualname->data, addr);
}

static int object_str(VM *vm, Value self, Value *out) { return tpObj_repr(vm, self, out); }

static int object_hash(VM *vm, Value self, int64_t *out) {
    uint64_t p = (uint64_t)(uintptr_t)AS_OBJ(self);
    p = (p >> 4) | (p << 60); /* low bits of addresses are always zero */
    *out = (int64_t)p == -1 ? -2 : (int64_t)p;
    return 0;
}

static int object_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (op == CMP_EQ) {
        *out = a == b ? TRUE_VAL : vm->not_implemented;
        return 0;
    }
    if (op == CMP_NE) {
        /* __ne__ delegates to __eq__ and inverts it */
        ObjType *t = tpType_of(vm, a);
        Value r;
        if (t->sl.richcmp == NULL) {
            *out = a == b ? FALSE_VAL : vm->not_implemented;
            return 0;
        }
        if (t->sl.richcmp(vm, a, b, CMP_EQ, &r) < 0) {
            return -1;
        }
        if (r == vm->not_implemented) {
            *out = r;
            return 0;
        }
        int truth;
        if (tpObj_truth(vm, r, &truth) < 0) {
            return -1;
        }
        *out = BOOL_VAL(!truth);
        return 0;
    }
    *out = vm->not_implemented;
    return 0;
}

static int object_format(VM *vm, Value self, ObjStr *spec, Value *out) {
    if (spec->nbytes != 0) {
        return tpErr_format(vm, EXC_TypeError, "unsupported format string passed to %N.__format__",
                            tpType_of(vm, self));
    }
    return tpObj_str(vm, self, out);
}

/* ==== methods ==== */

static int object_dir(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjDict *names = tpDict_new(vm);
    if (names == NULL) {
        return -1;
    }
    ObjDict *d = tpObj_dict(vm, argv[0], false);
    if (d != NULL && tpDict_update(vm, names, OBJ_VAL(d)) < 0) {
        return -1;
    }
    ObjType *t = tpType_of(vm, argv[0]);
    if (tpType_fill_mro_dicts(vm, t) < 0) {
        return -1;
    }
    for (size_t i = 0; i < t->mro->len; i++) {
        ObjDict *td = AS_TYPE(t->mro->items[i])->dict;
        size_t pos = 0;
        Value k, v;
        while (tpDict_next(td, &pos, &k, &v)) {
            if (tpDict_set(vm, names, k, NONE_VAL) < 0) {
                return -1;
            }
        }
    }
    ObjList *l = tpSeq_list(vm, OBJ_VAL(names));
    *out = l ? OBJ_VAL(l) : NULL_VAL;
    return l ? 0 : -1;
}

static int object_init_subclass(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (kw != NULL && kw->len > 0) {
        return tpErr_format(vm, EXC_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                            AS_TYPE(argv[0])->qualname);
    }
    *out = NONE_VAL;
    return 0;
}

static int object_subclasshook(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = vm->not_implemented;
    return 0;
}

static int object_sizeof(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjType *t = tpType_of(vm, argv[0]);
    *out = tpInt_from_i64(vm, (int64_t)t->size);
    return IS_NULL(*out) ? -1 : 0;
}

/* object.__getstate__(): the instance dict when it is non-empty, else None (copy/pickle hook). */
static int object_getstate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjDict *d = tpObj_dict(vm, argv[0], false);
    ObjType *t = tpType_of(vm, argv[0]);
    if (d != NULL && d->len > 0 && !tpType_is_subtype(t, vm->types[TYPE_TYPE])) {
        *out = OBJ_VAL(d);
    } else {
        *out = NONE_VAL;
    }
    return 0;
}

/* __reduce__/__reduce_ex__ exist so that dir() matches CPython; with no copyreg module there is
 * nothing to reduce to yet. */
static int object_reduce(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpErr_format(vm, EXC_TypeError, "cannot pickle '%T' object", argv[0]);
}

static const MethodDef object_methods[] = {
    TP_METHOD("__getstate__", object_getstate, 0, 0),
    TP_METHOD("__reduce__", object_reduce, 0, 0),
    TP_METHOD("__reduce_ex__", object_reduce, 1, 1),
    TP_METHOD("__dir__", object_dir, 0, 0),
    {"__init_subclass__", object_init_subclass, 0, 0, METH_CLASS | METH_KW, 0, NULL},
    {"__subclasshook__", object_subclasshook, 0, -1, METH_CLASS, 0, NULL},
    TP_METHOD("__sizeof__", object_sizeof, 0, 0),
    TP_METHOD_END,
};

static int get_class(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(tpType_of(vm, self));
    return 0;
}

/* __class__ assignment: only between Python classes with the same layout, as CPython. */
static int set_class(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "can't delete __class__ attribute");
    }
    if (!IS_OBJ(v) || !tpType_is_subtype(tpType_of(vm, v), vm->types[TYPE_TYPE])) {
        return tpErr_format(vm, EXC_TypeError,
                            "__class__ must be set to a class, not '%T' object", v);
    }
    ObjType *old = tpType_of(vm, self), *nt = AS_TYPE(v);
    if (!IS_OBJ(self) || !(old->flags & TPFLAG_HEAPTYPE) || !(nt->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "__class__ assignment only supported for mutable types or ModuleType "
                           "subclasses");
    }
    if (!tpType_same_layout(vm, old, nt)) {
        return tpErr_format(vm, EXC_TypeError,
                            "__class__ assignment: '%U' object layout differs from '%U'",
                            nt->name, old->name);
    }
    AS_OBJ(self)->type = nt;
    tpGC_barrier(vm, AS_OBJ(self));
    if (nt->flags & TPFLAG_HAS_DEL) {
        tpGC_track_finalizable(vm, AS_OBJ(self));
    }
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", get_class, set_class, NULL},
    TP_GETSET_END,
};

/* Instances of Python classes without a built-in base: the instance dict. */
static void instance_mark(VM *vm, Obj *o) {
    ObjDict **slot = tpObj_dict_slot(vm, o);
    if (slot != NULL) {
        tpInst_mark_storage(vm, o, *slot);
    }
}

const TypeSpec tpObject_spec = {
    .name = "object",
    .id = TYPE_OBJECT,
    .base = TYPE_OBJECT,
    .size = sizeof(Obj),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC_BARRIERED,
    .slots = {.mark = instance_mark, .new_ = object_new, .init = object_init,
              .repr = object_repr, .str = object_str, .hash = object_hash,
              .richcmp = object_richcmp, .format = object_format},
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.",
};
