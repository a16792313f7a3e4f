/*
 * obj_type.c — the `type` type: calling a class (new + init), type(x), type(name, bases, ns),
 * attribute access on classes (metatype data descriptors, then the class MRO with __get__(None,
 * cls), then the metatype's other attributes), assignment to class attributes, repr and the
 * class-level getters (__name__, __qualname__, __module__, __bases__, __mro__, __dict__ ...).
 */
#include "internal.h"
#include "interp.h"
#include "objmodel.h"
#include "type_cache.h"
#include "typealias.h"

static bool is_type(VM *vm, Value v) {
    return IS_OBJ(v) && tpType_is_subtype(tpType_of(vm, v), vm->types[TYPE_TYPE]);
}

/* ==== calling ==== */

static int type_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjType *t = AS_TYPE(self);
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (t == vm->types[TYPE_TYPE] && argc == 1 && nkw == 0) {
        *out = OBJ_VAL(tpType_of(vm, argv[0]));
        return 0;
    }
    if (t == vm->types[TYPE_TYPE] && argc == 1) {
        return tpErr_raise(vm, EXC_TypeError, "type() takes no keyword arguments");
    }
    if (t == vm->types[TYPE_TYPE] && argc != 1 && argc != 3) {
        return tpErr_raise(vm, EXC_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->sl.new_ == NULL) {
        return tpErr_format(vm, EXC_TypeError, "cannot create '%s' instances", tpType_name(t));
    }
    if (t->sl.new_(vm, t, argc, argv, kwnames, out) < 0) {
        return -1;
    }
    ObjType *rt = tpType_of(vm, *out);
    if (rt != t && !tpType_is_subtype(rt, t)) {
        return 0;
    }
    if (t == vm->types[TYPE_TYPE] && argc == 1 && nkw == 0) {
        return 0;
    }
    if (rt->sl.init != NULL && rt->sl.init(vm, *out, argc, argv, kwnames) < 0) {
        return -1;
    }
    return 0;
}

/* type(x) or type(name, bases, dict, **kw) */
static int type_new(VM *vm, ObjType *meta, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (argc != 3) {  /* type(x) itself is answered by type_call */
        return tpErr_format(vm, EXC_TypeError,
                            "type.__new__() takes exactly 3 arguments (%d given)", argc);
    }
    if (!IS_OBJ_TYPE(argv[0], vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError,
                            "type.__new__() argument 1 must be str, not %T", argv[0]);
    }
    if (!IS_OBJ(argv[1]) || !tpObj_is(vm, argv[1], TYPE_TUPLE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "type.__new__() argument 2 must be tuple, not %T", argv[1]);
    }
    if (!IS_OBJ(argv[2]) || !tpObj_is(vm, argv[2], TYPE_DICT)) {
        return tpErr_format(vm, EXC_TypeError,
                            "type.__new__() argument 3 must be dict, not %T", argv[2]);
    }
    /* the most derived metaclass among meta and the bases' metaclasses */
    ObjTuple *bases = AS_TUPLE(argv[1]);
    ObjType *winner = meta;
    for (size_t i = 0; i < bases->len; i++) {
        ObjType *bt = tpType_of(vm, bases->items[i]);
        if (tpType_is_subtype(winner, bt)) {
            continue;
        }
        if (tpType_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return tpErr_raise(vm, EXC_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->sl.new_ != type_new) {
        return winner->sl.new_(vm, winner, argc, argv, kwnames, out);
    }
    return tpType_new_class(vm, winner, AS_STR(argv[0]), bases, AS_DICT(argv[2]), kwnames,
                            argv + argc, out);
}

static int type_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (argc != 1 && argc != 3) {
        return tpErr_raise(vm, EXC_TypeError, "type.__init__() takes 1 or 3 arguments");
    }
    return 0;
}

/* ==== attributes ==== */

static int type_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    ObjType *t = AS_TYPE(self);
    ObjType *meta = tpType_of(vm, self);
    if (tpType_ready(vm, meta) < 0 || tpType_ready(vm, t) < 0) {
        return -1;
    }
    Value ma = tpType_lookup(vm, meta, name);
    ObjType *mat = IS_NULL(ma) ? NULL : tpType_of(vm, ma);
    if (mat != NULL && mat->sl.descr_get != NULL && mat->sl.descr_set != NULL) {
        return mat->sl.descr_get(vm, ma, self, OBJ_VAL(meta), out);
    }
    Value a = tpType_lookup(vm, t, name);
    if (!IS_NULL(a)) {
        ObjType *at = tpType_of(vm, a);
        if (at->sl.descr_get != NULL) {
            return at->sl.descr_get(vm, a, NULL_VAL, self, out);
        }
        *out = a;
        return 0;
    }
    if (mat != NULL) {
        if (mat->sl.descr_get != NULL) {
            return mat->sl.descr_get(vm, ma, self, OBJ_VAL(meta), out);
        }
        *out = ma;
        return 0;
    }
    return tpErr_format(vm, EXC_AttributeError, "type object '%U' has no attribute '%U'",
                        t->name, name);
}

static int type_setattr(VM *vm, Value self, ObjStr *name, Value v) {
    ObjType *t = AS_TYPE(self);
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot set '%U' attribute of immutable type '%U'", name, t->name);
    }
    ObjType *meta = tpType_of(vm, self);
    Value ma = tpType_lookup(vm, meta, name);
    if (!IS_NULL(ma) && tpType_of(vm, ma)->sl.descr_set != NULL) {
        return tpType_of(vm, ma)->sl.descr_set(vm, ma, self, v);
    }
    name = tpStr_intern(vm, name);
    if (name == NULL) {
        return -1;
    }
    if (IS_NULL(v)) {
        int r = tpDict_del(vm, t->dict, OBJ_VAL(name));
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            return tpErr_format(vm, EXC_AttributeError, "type object '%U' has no attribute '%U'",
                                t->name, name);
        }
    } else if (tpDict_set_str(vm, t->dict, name, v) < 0) {
        return -1;
    }
    tpType_modified(t);
    tpType_update_slot(vm, t, name);
    return 0;
}

/* ==== repr and getters ==== */

static Value type_module(VM *vm, ObjType *t) {
    /* classes, and built-in types of C modules (_io), carry __module__ in their dict */
    Value m = tpType_stored_module(vm, t);
    if (!IS_NULL(m) && ((t->flags & TPFLAG_HEAPTYPE) || tpObj_is(vm, m, TYPE_STR))) {
        return m;   /* (type's own dict holds the __module__ descriptor itself) */
    }
    if (!(t->flags & TPFLAG_HEAPTYPE) && t->qualname != t->name) {
        /* a built-in with a dotted name ("types.GenericAlias"): the module is the prefix */
        size_t n = (size_t)(strrchr(t->name->data, '.') - t->name->data);
        ObjStr *ms = tpStr_new(vm, t->name->data, n);
        return ms == NULL ? NULL_VAL : OBJ_VAL(ms);
    }
    return OBJ_VAL(vm->names[NAME_builtins]);
}

static int type_repr(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    Value m = type_module(vm, t);
    if (IS_OBJ_TYPE(m, vm->types[TYPE_STR]) && strcmp(AS_STR(m)->data, "builtins") != 0) {
        return tpStr_printf(vm, out, "<class '%s.%s'>", AS_STR(m)->data, t->qualname->data);
    }
    return tpStr_printf(vm, out, "<class '%s'>", t->qualname->data);
}

static void type_mark(VM *vm, Obj *o) {
    ObjType *t = (ObjType *)o;
    tpGC_mark_obj(vm, (Obj *)t->name);
    tpGC_mark_obj(vm, (Obj *)t->qualname);
    tpGC_mark_obj(vm, (Obj *)t->base);
    tpGC_mark_obj(vm, (Obj *)t->bases);
    tpGC_mark_obj(vm, (Obj *)t->mro);
    tpGC_mark_obj(vm, (Obj *)t->dict);
    tpGC_mark_obj(vm, (Obj *)t->subclasses);
    tpGC_mark_obj(vm, (Obj *)t->shape);
}

static int get_name(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    *out = OBJ_VAL((t->flags & TPFLAG_HEAPTYPE) ? t->name : t->qualname);
    return 0;
}

static int set_name(VM *vm, Value self, Value v) {
    ObjType *t = AS_TYPE(self);
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot set '__name__' attribute of immutable type '%U'", t->name);
    }
    if (IS_NULL(v)) {
        return tpErr_format(vm, EXC_TypeError, "cannot delete '__name__' attribute of type '%U'",
                            t->name);
    }
    if (!IS_OBJ_TYPE(v, vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "can only assign string to %U.__name__, not '%T'",
                            t->name, v);
    }
    t->name = AS_STR(v);
    return 0;
}

static int get_qualname(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_TYPE(self)->qualname);
    return 0;
}

static int set_qualname(VM *vm, Value self, Value v) {
    ObjType *t = AS_TYPE(self);
    if (!(t->flags & TPFLAG_HEAPTYPE) || !IS_OBJ_TYPE(v, vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "can only assign string to %U.__qualname__, not '%T'",
                            t->name, v);
    }
    t->qualname = AS_STR(v);
    return 0;
}

static int get_module(VM *vm, Value self, Value *out) {
    *out = type_module(vm, AS_TYPE(self));
    return IS_NULL(*out) ? -1 : 0;
}

static int set_module(VM *vm, Value self, Value v) {
    ObjType *t = AS_TYPE(self);
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot set '__module__' attribute of immutable type '%U'", t->name);
    }
    tpType_modified(t);
    return IS_NULL(v) ? tpDict_del(vm, t->dict, OBJ_VAL(vm->names[NAME___module__])) < 0 ? -1 : 0
                      : tpDict_set_str(vm, t->dict, vm->names[NAME___module__], v);
}

static int get_bases(VM *vm, Value self, Value *out) {
    ObjTuple *b = tpType_bases(vm, AS_TYPE(self));
    if (b == NULL) {
        return -1;
    }
    *out = OBJ_VAL(b);
    return 0;
}

static int set_bases(VM *vm, Value self, Value v) { return tpType_set_bases(vm, AS_TYPE(self), v); }

static int get_base(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    /* t->bases NULL: a built-in's (base,) not made yet */
    *out = t->bases == NULL ? (t->base != NULL ? OBJ_VAL(t->base) : NONE_VAL)
           : t->bases->len  ? t->bases->items[0]
                            : NONE_VAL;
    if (t->base == NULL) {
        *out = NONE_VAL;
    }
    return 0;
}

static int get_mro(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_TYPE(self)->mro);
    return 0;
}

static int get_dict(VM *vm, Value self, Value *out) {
    ObjDict *d = tpType_dict(vm, AS_TYPE(self));
    if (d == NULL) {
        return -1;
    }
    *out = tpMappingProxy_new(vm, OBJ_VAL(d));
    return IS_NULL(*out) ? -1 : 0;
}

static int get_doc(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    ObjDict *td = tpType_dict(vm, t);
    if (td == NULL) {
        return -1;
    }
    Value d = tpDict_get_str(vm, td, vm->names[NAME___doc__]);
    if (IS_NULL(d)) {
        d = NONE_VAL;
    }
    ObjType *dt = tpType_of(vm, d);
    if (dt->sl.descr_get != NULL && (t->flags & TPFLAG_HEAPTYPE)) {
        return dt->sl.descr_get(vm, d, NULL_VAL, self, out);
    }
    *out = d;
    return 0;
}

/* Stores into the class dict directly: going through type_setattr would find this very
 * descriptor on the metatype again. */
static int set_doc(VM *vm, Value self, Value v) {
    ObjType *t = AS_TYPE(self);
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot set '__doc__' attribute of immutable type '%U'", t->name);
    }
    if (IS_NULL(v)) {
        return tpErr_format(vm, EXC_TypeError, "cannot delete '__doc__' attribute of immutable type '%U'",
                            t->name);
    }
    tpType_modified(t);
    return tpDict_set_str(vm, t->dict, vm->names[NAME___doc__], v);
}

/* ==== __annotations__, __abstractmethods__ and the layout numbers ==== */

/* A class's own __annotations__ (3.10+): created empty on first access, never inherited. */
static int get_annotations(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    ObjStr *name = vm->names[NAME___annotations__];
    ObjDict *td = tpType_dict(vm, t);
    if (td == NULL) {
        return -1;
    }
    Value v = tpDict_get_str(vm, td, name);
    if (!IS_NULL(v)) {
        ObjType *vt = tpType_of(vm, v);
        return vt->sl.descr_get ? vt->sl.descr_get(vm, v, NONE_VAL, self, out) : (*out = v, 0);
    }
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_AttributeError, "type object '%U' has no attribute '%U'",
                            t->name, name);
    }
    ObjDict *d = tpDict_new(vm);
    tpType_modified(t);
    if (d == NULL || tpDict_set_str(vm, t->dict, name, OBJ_VAL(d)) < 0) {
        return -1;
    }
    *out = OBJ_VAL(d);
    return 0;
}

static int set_in_dict(VM *vm, ObjType *t, ObjStr *name, Value v) {
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError, "cannot %s '%U' attribute of immutable type '%U'",
                            IS_NULL(v) ? "delete" : "set", name, t->name);
    }
    tpType_modified(t);
    if (!IS_NULL(v)) {
        return tpDict_set_str(vm, t->dict, name, v);
    }
    int r = tpDict_del(vm, t->dict, OBJ_VAL(name));
    return r < 0 ? -1 : r == 0 ? tpErr_format(vm, EXC_AttributeError, "%U", name) : 0;
}

static int set_annotations(VM *vm, Value self, Value v) {
    return set_in_dict(vm, AS_TYPE(self), vm->names[NAME___annotations__], v);
}

static int get_abstractmethods(VM *vm, Value self, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "__abstractmethods__");
    ObjDict *td = tpType_dict(vm, AS_TYPE(self));
    if (td == NULL) {
        return -1;
    }
    Value v = name && AS_TYPE(self) != vm->types[TYPE_TYPE] ? tpDict_get_str(vm, td, name)
                                                            : NULL_VAL;
    if (IS_NULL(v)) {
        return name ? tpErr_format(vm, EXC_AttributeError, "%U", name) : -1;
    }
    *out = v;
    return 0;
}

/* Setting a non-empty __abstractmethods__ makes the class abstract (what abc.ABCMeta does). */
static int set_abstractmethods(VM *vm, Value self, Value v) {
    ObjType *t = AS_TYPE(self);
    ObjStr *name = tpStr_intern_cstr(vm, "__abstractmethods__");
    int truth = 0;
    if (name == NULL || (!IS_NULL(v) && tpObj_truth(vm, v, &truth) < 0) ||
        set_in_dict(vm, t, name, v) < 0) {
        return -1;
    }
    t->flags = truth ? t->flags | TPFLAG_ABSTRACT : t->flags & ~(uint32_t)TPFLAG_ABSTRACT;
    return 0;
}

static int get_basicsize(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    *out = INT_VAL((int64_t)t->size);
    return 0;
}

static int get_itemsize(VM *vm, Value self, Value *out) {
    int id = AS_TYPE(self)->spec ? AS_TYPE(self)->spec->id : -1;
    *out = INT_VAL(id == TYPE_TUPLE ? 8 : id == TYPE_INT ? 4 : id == TYPE_BYTES ? 1 : 0);
    return 0;
}

static int get_dictoffset(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    size_t off = t->dictoffset;
    /* 3.11 reports -1 for the dicts it manages itself (every class's instance dict) */
    *out = INT_VAL(off != 0 && ((t->flags & TPFLAG_HEAPTYPE) || off == TP_DICT_TAIL)
                       ? -1 : (int64_t)off);
    return 0;
}

/* CPython's Py_TPFLAGS_* bits for the properties this runtime has */
static int get_flags(VM *vm, Value self, Value *out) {
    ObjType *t = AS_TYPE(self);
    int64_t f = (1 << 18) /* READY */ | (1 << 14) /* HAVE_GC */;
    f |= (t->flags & TPFLAG_HEAPTYPE) ? 1 << 9 : 0;
    f |= (t->flags & TPFLAG_BASETYPE) ? 1 << 10 : 0;
    f |= (t->flags & TPFLAG_ABSTRACT) ? 1 << 20 : 0;
    *out = INT_VAL(f);
    return 0;
}

static int get_text_signature(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static const GetSetDef type_getsets[] = {
    {"__annotations__", get_annotations, set_annotations, NULL},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods, NULL},
    {"__basicsize__", get_basicsize, NULL, NULL},
    {"__itemsize__", get_itemsize, NULL, NULL},
    {"__dictoffset__", get_dictoffset, NULL, NULL},
    {"__flags__", get_flags, NULL, NULL},
    {"__text_signature__", get_text_signature, NULL, NULL},
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"__module__", get_module, set_module, NULL},
    {"__bases__", get_bases, set_bases, NULL},
    {"__base__", get_base, NULL, NULL},
    {"__mro__", get_mro, NULL, NULL},
    {"__dict__", get_dict, NULL, NULL},
    {"__doc__", get_doc, set_doc, NULL},
    TP_GETSET_END,
};

/* ==== methods ==== */

static int type_mro(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjType *t = AS_TYPE(argv[0]);
    ObjTuple *mro = t->mro;
    if ((t->flags & TPFLAG_HEAPTYPE) && tpType_c3_mro(vm, t, &mro) < 0) {
        return -1;  /* computed afresh: a metaclass's mro() may have changed __mro__ */
    }
    ObjList *l = tpList_from(vm, mro->len, mro->items);
    *out = l ? OBJ_VAL(l) : NULL_VAL;
    return l ? 0 : -1;
}

static int type_subclasses(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjType *t = AS_TYPE(argv[0]);
    ObjList *l = t->subclasses ? tpList_from(vm, t->subclasses->len, t->subclasses->items)
                               : tpList_new(vm, 0);
    *out = l ? OBJ_VAL(l) : NULL_VAL;
    return l ? 0 : -1;
}

static int type_instancecheck(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjType *t = AS_TYPE(argv[0]);
    bool r = tpType_is_subtype(tpType_of(vm, argv[1]), t);
    if (!r) {
        /* obj.__class__ may differ from type(obj) (proxies) */
        Value c;
        int rc = tpObj_getattr_opt(vm, argv[1], vm->names[NAME___class__], &c);
        if (rc < 0) {
            return -1;
        }
        r = rc == 1 && is_type(vm, c) && tpType_is_subtype(AS_TYPE(c), t);
    }
    *out = BOOL_VAL(r);
    return 0;
}

static int type_subclasscheck(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (!is_type(vm, argv[1])) {
        return tpErr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
    }
    *out = BOOL_VAL(tpType_is_subtype(AS_TYPE(argv[1]), AS_TYPE(argv[0])));
    return 0;
}

static int type_prepare(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjDict *d = tpDict_new(vm);
    *out = d ? OBJ_VAL(d) : NULL_VAL;
    return d ? 0 : -1;
}

static int type_dir(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    /* CPython's merge_class_dict: the class's __dict__, then its __bases__' recursively — not
     * the MRO, which a class does not have yet while a metaclass's mro() runs (an explicit
     * work list instead of recursion; each class once) */
    ObjDict *names = tpDict_new(vm), *seen = tpDict_new(vm);
    ObjList *todo = tpList_new(vm, 0);
    if (names == NULL || seen == NULL || todo == NULL ||
        tpList_append(vm, todo, argv[0]) < 0) {
        return -1;
    }
    while (todo->len > 0) {
        Value cv = todo->items[--todo->len];
        Value dummy;
        int rc = tpDict_get(vm, seen, cv, &dummy);
        if (rc != 0) {
            if (rc < 0) {
                return -1;
            }
            continue;
        }
        ObjType *c = AS_TYPE(cv);
        ObjDict *d = tpType_dict(vm, c);
        if (tpDict_set(vm, seen, cv, NONE_VAL) < 0 || (d == NULL && tpErr_occurred(vm))) {
            return -1;
        }
        size_t pos = 0;
        Value k, v;
        while (d != NULL && tpDict_next(d, &pos, &k, &v)) {
            if (tpDict_set(vm, names, k, NONE_VAL) < 0) {
                return -1;
            }
        }
        size_t nb = c->bases != NULL ? c->bases->len : c->base != NULL && c->base != c;
        for (size_t i = nb; i-- > 0;) {   /* pushed in reverse: the first base comes out first */
            Value b = c->bases != NULL ? c->bases->items[i] : OBJ_VAL(c->base);
            if (tpList_append(vm, todo, b) < 0) {
                return -1;
            }
        }
    }
    ObjList *l = tpSeq_list(vm, OBJ_VAL(names));
    *out = l ? OBJ_VAL(l) : NULL_VAL;
    return l ? 0 : -1;
}

static const MethodDef type_methods[] = {
    TP_METHOD("mro", type_mro, 0, 0),
    TP_METHOD("__subclasses__", type_subclasses, 0, 0),
    TP_METHOD("__instancecheck__", type_instancecheck, 1, 1),
    TP_METHOD("__subclasscheck__", type_subclasscheck, 1, 1),
    TP_METHOD("__dir__", type_dir, 0, 0),
    {"__prepare__", type_prepare, 0, -1, METH_KW | METH_CLASS, 0, NULL},
    TP_METHOD_END,
};

const TypeSpec tpType_spec = {
    .name = "type",
    .id = TYPE_TYPE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjType),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = type_mark, .call = type_call, .new_ = type_new, .init = type_init,
              .getattr = type_getattr, .setattr = type_setattr, .repr = type_repr,
              .binop = tpUnion_binop},
    .methods = type_methods,
    .getsets = type_getsets,
};
