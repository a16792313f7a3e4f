/*
 * attr.c — attribute access on instances: the generic algorithm (data descriptors on the type,
 * then the instance __dict__, then non-data descriptors and plain class attributes), the method
 * lookup used by LOAD_METHOD, and CPython's AttributeError messages.
 */
#include "cstack.h"
#include "internal.h"
#include "objmodel.h"
#include "type_cache.h"
#include "inst_values.h"
#include "interp.h"

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

ObjDict **tpObj_dict_slot(VM *vm, Obj *o) {
    size_t off = o->type->dictoffset;
    if (off != TP_DICT_TAIL) {
        return off ? (ObjDict **)((char *)o + off) : NULL;
    }
    switch (o->type->spec->id) {
    case TYPE_STR:  /* after the __slots__ values, which type->size counts (type.c) */
        off = align8(sizeof(ObjStr) + ((ObjStr *)o)->nbytes + 1) + (o->type->size - sizeof(ObjStr));
        break;
    case TYPE_BYTES:
        off = align8(sizeof(ObjBytes) + ((ObjBytes *)o)->len + 1);
        break;
    default: /* tuple */
        off = align8(o->type->size + ((ObjTuple *)o)->len * sizeof(Value));
        break;
    }
    (void)vm;
    return (ObjDict **)((char *)o + off);
}

/* TP_GETSET_DICT: `obj.__dict__` of any object whose type has a dictoffset */
int tpObj_get_dict_attr(VM *vm, Value self, Value *out) {
    ObjDict *d = tpObj_dict(vm, self, true);
    if (d == NULL) {
        return tpErr_occurred(vm) ? -1 : tpErr_format(vm, EXC_AttributeError,
                                                      "This object has no __dict__");
    }
    *out = OBJ_VAL(d);
    return 0;
}

int tpObj_set_dict_attr(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "cannot delete __dict__");
    }
    if (!IS_OBJ(v) || !tpObj_is(vm, v, TYPE_DICT)) {
        return tpErr_format(vm, EXC_TypeError, "__dict__ must be set to a dictionary, not a '%T'",
                            v);
    }
    ObjDict **slot = tpObj_dict_slot(vm, AS_OBJ(self));
    if (slot == NULL) {
        return tpErr_raise(vm, EXC_AttributeError, "This object has no __dict__");
    }
    *slot = AS_DICT(v);
    tpGC_barrier(vm, AS_OBJ(self));
    return 0;
}

ObjDict *tpObj_dict(VM *vm, Value obj, bool create) {
    if (!IS_OBJ(obj)) {
        return NULL;
    }
    Obj *o = AS_OBJ(obj);
    if (o->type == vm->types[TYPE_MODULE]) {
        return ((ObjModule *)o)->dict;
    }
    ObjDict **slot = tpObj_dict_slot(vm, o);
    if (slot == NULL) {
        if (tpType_is_subtype(o->type, vm->types[TYPE_TYPE])) {
            return tpType_dict(vm, (ObjType *)o);
        }
        return NULL;
    }
    if (*slot == NULL && create) {
        *slot = tpDict_new(vm);
        tpGC_barrier(vm, o);
    }
    if (tpInst_is_split(vm, (Obj *)*slot)) {
        return tpInst_materialize(vm, o, slot);
    }
    return *slot;
}

/* The value of `name` in obj's instance attributes (dict or split storage), or NULL_VAL.
 * Cannot fail: only split storage is ever materialised by tpObj_dict, and it is read here. */
static Value instance_attr(VM *vm, Value obj, ObjStr *name) {
    if (!IS_OBJ(obj)) {
        return NULL_VAL;
    }
    Obj *o = AS_OBJ(obj);
    size_t off = o->type->dictoffset;
    if (off != 0 && off != TP_DICT_TAIL) {
        Obj *s = *(Obj **)((char *)o + off);
        if (s == NULL) {
            return NULL_VAL;
        }
        return tpInst_is_split(vm, s) ? tpInst_get(vm, (ObjTuple *)s, name)
                                      : tpDict_get_str(vm, (ObjDict *)s, name);
    }
    ObjDict *d = tpObj_dict(vm, obj, false);
    return d != NULL ? tpDict_get_str(vm, d, name) : NULL_VAL;
}

static int no_attribute(VM *vm, Value obj, ObjStr *name) {
    return tpErr_format(vm, EXC_AttributeError, "'%T' object has no attribute '%U'", obj, name);
}

int tpObj_generic_getattr(VM *vm, Value obj, ObjStr *name, Value *out) {
    ObjType *t = tpType_of(vm, obj);
    if (tpType_ready(vm, t) < 0) {
        return -1;
    }
    Value descr = tpType_lookup(vm, t, name);
    ObjType *dt = NULL;
    if (!IS_NULL(descr)) {
        dt = tpType_of(vm, descr);
        if (dt->sl.descr_get != NULL && dt->sl.descr_set != NULL) {
            return dt->sl.descr_get(vm, descr, obj, OBJ_VAL(t), out);
        }
    }
    Value v = instance_attr(vm, obj, name);
    if (!IS_NULL(v)) {
        *out = v;
        return 0;
    }
    if (dt != NULL) {
        if (dt->sl.descr_get != NULL) {
            return dt->sl.descr_get(vm, descr, obj, OBJ_VAL(t), out);
        }
        *out = descr;
        return 0;
    }
    return no_attribute(vm, obj, name);
}

int tpObj_generic_setattr(VM *vm, Value obj, ObjStr *name, Value v) {
    ObjType *t = tpType_of(vm, obj);
    if (tpType_ready(vm, t) < 0) {
        return -1;
    }
    Value descr = tpType_lookup(vm, t, name);
    if (!IS_NULL(descr)) {
        ObjType *dt = tpType_of(vm, descr);
        if (dt->sl.descr_set != NULL) {
            return dt->sl.descr_set(vm, descr, obj, v);
        }
    }
    if (!name->interned) {
        name = tpStr_intern(vm, name);
        if (name == NULL) {
            return -1;
        }
    }
    if (!IS_NULL(v) && IS_OBJ(obj) && t->dictoffset != 0 && t->dictoffset != TP_DICT_TAIL) {
        ObjDict **slot = tpObj_dict_slot(vm, AS_OBJ(obj));
        if (*slot == NULL || tpInst_is_split(vm, (Obj *)*slot)) {
            int r = tpInst_set(vm, AS_OBJ(obj), slot, name, v);
            if (r != 0) {
                return r < 0 ? -1 : 0;
            }
        }
    }
    ObjDict *d = tpObj_dict(vm, obj, true);
    if (d == NULL) {
        if (tpErr_occurred(vm)) {
            return -1;
        }
        if (!IS_NULL(descr)) {
            return tpErr_format(vm, EXC_AttributeError, "'%T' object attribute '%U' is read-only",
                                obj, name);
        }
        return no_attribute(vm, obj, name);
    }
    if (t->dictoffset == 0 && tpType_is_subtype(t, vm->types[TYPE_TYPE])) {
        tpType_modified(AS_TYPE(obj));   /* object.__setattr__(cls, ...) writes the class dict */
    }
    if (IS_NULL(v)) {
        int r = tpDict_del(vm, d, OBJ_VAL(name));
        if (r < 0) {
            return -1;
        }
        return r == 0 ? no_attribute(vm, obj, name) : 0;
    }
    return tpDict_set_str(vm, d, name, v);
}

int tpObj_getattr(VM *vm, Value obj, ObjStr *name, Value *out) {
    if (unlikely(name == NULL)) {
        return -1; /* callers pass tpStr_intern_cstr(...) straight in: its MemoryError is set */
    }
    ObjType *t = tpType_of(vm, obj);
    /* custom getattr slots may delegate (a bound method to its function): guard the C stack */
    int rc = t->sl.getattr == NULL  ? tpObj_generic_getattr(vm, obj, name, out)
             : tpC_check_stack(vm) < 0 ? -1
                                       : t->sl.getattr(vm, obj, name, out);
    if (rc < 0) {
        tpExc_set_attribute_info(vm, obj, name);  /* AttributeError.name / .obj (3.10+) */
    }
    return rc;
}

int tpObj_getattr_opt(VM *vm, Value obj, ObjStr *name, Value *out) {
    if (tpObj_getattr(vm, obj, name, out) == 0) {
        return 1;
    }
    if (tpErr_matches(vm, EXC_AttributeError)) {
        tpErr_clear(vm);
        return 0;
    }
    return -1;
}

int tpObj_setattr(VM *vm, Value obj, ObjStr *name, Value v) {
    if (unlikely(name == NULL)) {
        return -1; /* as in tpObj_getattr */
    }
    ObjType *t = tpType_of(vm, obj);
    if (t->sl.setattr != NULL) {
        return t->sl.setattr(vm, obj, name, v);
    }
    return tpObj_generic_setattr(vm, obj, name, v);
}

int tpObj_delattr(VM *vm, Value obj, ObjStr *name) { return tpObj_setattr(vm, obj, name, NULL_VAL); }

/* Can `descr`, found on the type, be called as an unbound method with obj prepended? */
static bool is_method_like(VM *vm, Value descr) {
    if (!IS_OBJ(descr)) {
        return false;
    }
    ObjType *dt = AS_OBJ(descr)->type;
    if (dt == vm->types[TYPE_FUNCTION]) {
        return true;
    }
    if (dt == vm->types[TYPE_METHOD_DESCR]) {
        const MethodDef *d = ((ObjCFunction *)AS_OBJ(descr))->def;
        return (d->flags & (METH_STATIC | METH_CLASS)) == 0;
    }
    return false;
}

int tpObj_get_method(VM *vm, Value obj, ObjStr *name, Value *out) {
    ObjType *t = tpType_of(vm, obj);
    if (t->sl.getattr != NULL) {
        return tpObj_getattr(vm, obj, name, out) < 0 ? -1 : 0;
    }
    if (tpType_ready(vm, t) < 0) {
        return -1;
    }
    Value descr = tpType_lookup(vm, t, name);
    if (!IS_NULL(descr) && is_method_like(vm, descr)) {
        Value v = instance_attr(vm, obj, name);
        if (!IS_NULL(v)) {
            *out = v;
            return 0;
        }
        *out = descr;
        return 1;
    }
    return tpObj_getattr(vm, obj, name, out) < 0 ? -1 : 0;
}
