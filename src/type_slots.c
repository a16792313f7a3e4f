/*
 * type_slots.c — the bridge between C slots and Python dunder methods.
 *
 * One table (dunders[]) maps every dunder name to its slot. From it:
 *  - built-in types get "slot wrapper" objects in their dict (list.__len__, object.__init__ ...),
 *    which call the owning type's C slot;
 *  - classes defined in Python get dispatcher functions in their slots (slot_*) that look the
 *    dunder up along the MRO and call it; a dunder that resolves to a built-in's slot wrapper calls
 *    that C slot directly.
 * tpType_fixup_slots() recomputes a class's slots from its MRO after creation or assignment.
 */
#include "internal.h"
#include "objmodel.h"
#include "type_slots.h"
#include "mod_builtins.h"
#include "cstack.h"

/* ==== the dunder table ==== */

enum {
    W_REPR, W_STR, W_HASH, W_CMP, W_BINOP, W_RBINOP, W_IBINOP, W_UNOP, W_BOOL, W_INDEX, W_LEN,
    W_ITER, W_NEXT, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_CALL, W_GETATTRIBUTE,
    W_SETATTR, W_DELATTR, W_GET, W_SET, W_DELETE, W_NEW, W_INIT, W_FORMAT
};

typedef struct DunderDef {
    int name;      /* NAME_* */
    uint8_t slot;  /* SL_* */
    uint8_t wrap;  /* W_* */
    int8_t op;     /* a CMP_, BINOP_ or UNOP_ value; -1: dispatch only */
} DunderDef;

#define BIN3(n, op)                                                                                \
    {NAME___##n##__, SL_BINOP, W_BINOP, op}, {NAME___r##n##__, SL_BINOP, W_RBINOP, op},            \
    {NAME___i##n##__, SL_IBINOP, W_IBINOP, op}

static const DunderDef dunders[] = {
    {NAME___repr__, SL_REPR, W_REPR, 0},
    {NAME___str__, SL_STR, W_STR, 0},
    {NAME___hash__, SL_HASH, W_HASH, 0},
    {NAME___lt__, SL_RICHCMP, W_CMP, CMP_LT},
    {NAME___le__, SL_RICHCMP, W_CMP, CMP_LE},
    {NAME___eq__, SL_RICHCMP, W_CMP, CMP_EQ},
    {NAME___ne__, SL_RICHCMP, W_CMP, CMP_NE},
    {NAME___gt__, SL_RICHCMP, W_CMP, CMP_GT},
    {NAME___ge__, SL_RICHCMP, W_CMP, CMP_GE},
    BIN3(add, BINOP_ADD),
    BIN3(and, BINOP_AND),
    BIN3(floordiv, BINOP_FLOORDIV),
    BIN3(lshift, BINOP_LSHIFT),
    BIN3(matmul, BINOP_MATMUL),
    BIN3(mul, BINOP_MUL),
    BIN3(mod, BINOP_MOD),
    BIN3(or, BINOP_OR),
    BIN3(pow, BINOP_POW),
    BIN3(rshift, BINOP_RSHIFT),
    BIN3(sub, BINOP_SUB),
    BIN3(truediv, BINOP_TRUEDIV),
    BIN3(xor, BINOP_XOR),
    {NAME___divmod__, SL_BINOP, W_BINOP, BINOP_DIVMOD},
    {NAME___rdivmod__, SL_BINOP, W_RBINOP, BINOP_DIVMOD},
    {NAME___neg__, SL_UNOP, W_UNOP, UNOP_NEG},
    {NAME___pos__, SL_UNOP, W_UNOP, UNOP_POS},
    {NAME___invert__, SL_UNOP, W_UNOP, UNOP_INVERT},
    {NAME___abs__, SL_UNOP, W_UNOP, UNOP_ABS},
    {NAME___bool__, SL_TRUTH, W_BOOL, 0},
    {NAME___index__, SL_INDEX, W_INDEX, 0},
    {NAME___len__, SL_LEN, W_LEN, 0},
    {NAME___iter__, SL_ITER, W_ITER, 0},
    {NAME___next__, SL_NEXT, W_NEXT, 0},
    {NAME___getitem__, SL_GETITEM, W_GETITEM, 0},
    {NAME___setitem__, SL_SETITEM, W_SETITEM, 0},
    {NAME___delitem__, SL_SETITEM, W_DELITEM, 0},
    {NAME___contains__, SL_CONTAINS, W_CONTAINS, 0},
    {NAME___call__, SL_CALL, W_CALL, 0},
    {NAME___getattribute__, SL_GETATTR, W_GETATTRIBUTE, 0},
    {NAME___getattr__, SL_GETATTR, W_GETATTRIBUTE, -1}, /* dispatch only, never wrapped */
    {NAME___setattr__, SL_SETATTR, W_SETATTR, 0},
    {NAME___delattr__, SL_SETATTR, W_DELATTR, 0},
    {NAME___get__, SL_DESCR_GET, W_GET, 0},
    {NAME___set__, SL_DESCR_SET, W_SET, 0},
    {NAME___delete__, SL_DESCR_SET, W_DELETE, 0},
    {NAME___new__, SL_NEW, W_NEW, 0},
    {NAME___init__, SL_INIT, W_INIT, 0},
    {NAME___format__, SL_FORMAT, W_FORMAT, 0},
};

static const int binop_names[BINOP__COUNT] = {
    NAME___add__, NAME___and__, NAME___floordiv__, NAME___lshift__, NAME___matmul__,
    NAME___mul__, NAME___mod__, NAME___or__, NAME___pow__, NAME___rshift__, NAME___sub__,
    NAME___truediv__, NAME___xor__, NAME___divmod__,
};
static const int rbinop_names[BINOP__COUNT] = {
    NAME___radd__, NAME___rand__, NAME___rfloordiv__, NAME___rlshift__, NAME___rmatmul__,
    NAME___rmul__, NAME___rmod__, NAME___ror__, NAME___rpow__, NAME___rrshift__, NAME___rsub__,
    NAME___rtruediv__, NAME___rxor__, NAME___rdivmod__,
};
static const int ibinop_names[BINOP__COUNT] = {
    NAME___iadd__, NAME___iand__, NAME___ifloordiv__, NAME___ilshift__, NAME___imatmul__,
    NAME___imul__, NAME___imod__, NAME___ior__, NAME___ipow__, NAME___irshift__, NAME___isub__,
    NAME___itruediv__, NAME___ixor__, -1,
};
static const int cmp_names[6] = {NAME___lt__, NAME___le__, NAME___eq__,
                                 NAME___ne__, NAME___gt__, NAME___ge__};
static const int unop_names[4] = {NAME___neg__, NAME___pos__, NAME___invert__, NAME___abs__};

/* Is the slot `sl` of `slots` set? */
static bool slot_is_set(const TypeSlots *s, int sl) {
    switch (sl) {
    case SL_REPR: return s->repr != NULL;
    case SL_STR: return s->str != NULL;
    case SL_HASH: return s->hash != NULL;
    case SL_RICHCMP: return s->richcmp != NULL;
    case SL_BINOP: return s->binop != NULL;
    case SL_IBINOP: return s->ibinop != NULL;
    case SL_UNOP: return s->unop != NULL;
    case SL_TRUTH: return s->truth != NULL;
    case SL_INDEX: return s->index != NULL;
    case SL_LEN: return s->len != NULL;
    case SL_ITER: return s->iter != NULL;
    case SL_NEXT: return s->next != NULL;
    case SL_GETITEM: return s->getitem != NULL;
    case SL_SETITEM: return s->setitem != NULL;
    case SL_CONTAINS: return s->contains != NULL;
    case SL_CALL: return s->call != NULL;
    case SL_GETATTR: return true; /* every type has attribute access */
    case SL_SETATTR: return true;
    case SL_DESCR_GET: return s->descr_get != NULL;
    case SL_DESCR_SET: return s->descr_set != NULL;
    case SL_NEW: return s->new_ != NULL;
    case SL_INIT: return s->init != NULL;
    case SL_FORMAT: return s->format != NULL;
    default: return false;
    }
}

/* ==== slot wrapper objects (list.__len__ etc.) ==== */

typedef struct ObjSlotWrapper {
    Obj hdr;
    ObjType *owner;
    const DunderDef *def;
} ObjSlotWrapper;

static int wrapper_argc(VM *vm, ObjSlotWrapper *w, int argc, int want) {
    if (argc == want) {
        return 0;
    }
    ObjStr *n = vm->names[w->def->name];
    if (want == 1) {
        return tpErr_format(vm, EXC_TypeError, "expected 0 arguments, got %d", argc - 1);
    }
    (void)n;
    return tpErr_format(vm, EXC_TypeError, "expected %d argument%s, got %d", want - 1,
                        want == 2 ? "" : "s", argc - 1);
}

static int wrapper_self_check(VM *vm, ObjSlotWrapper *w, int argc, Value *argv) {
    if (argc < 1) {
        return tpErr_format(vm, EXC_TypeError, "descriptor '%U' of '%N' object needs an argument",
                            vm->names[w->def->name], w->owner);
    }
    if (!tpType_is_subtype(tpType_of(vm, argv[0]), w->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%U' requires a '%N' object but received a '%T'",
                            vm->names[w->def->name], w->owner, argv[0]);
    }
    return 0;
}

static int call_new_wrapper(VM *vm, ObjSlotWrapper *w, int argc, Value *argv, ObjTuple *kw,
                            Value *out) {
    const char *owner = tpType_name(w->owner);
    if (argc < 1) {
        return tpErr_format(vm, EXC_TypeError, "%s.__new__(): not enough arguments", owner);
    }
    if (!IS_OBJ(argv[0]) || !tpType_is_subtype(tpType_of(vm, argv[0]), vm->types[TYPE_TYPE])) {
        return tpErr_format(vm, EXC_TypeError, "%s.__new__(X): X is not a type object (%T)", owner,
                            argv[0]);
    }
    ObjType *t = AS_TYPE(argv[0]);
    if (!tpType_is_subtype(t, w->owner)) {
        return tpErr_format(vm, EXC_TypeError, "%s.__new__(%N): %N is not a subtype of %s", owner,
                            t, t, owner);
    }
    /* the built-in part of t must be built by its own __new__ (object.__new__(int) is unsafe) */
    ObjType *sb = t;
    while (sb->base != NULL && (sb->flags & TPFLAG_HEAPTYPE)) {
        sb = sb->base;
    }
    if (sb->sl.new_ != w->owner->sl.new_) {
        return tpErr_format(vm, EXC_TypeError, "%s.__new__(%N) is not safe, use %N.__new__()",
                            owner, t, sb);
    }
    return w->owner->sl.new_(vm, t, argc - 1, argv + 1, kw, out);
}

static bool is_sequence_owner(VM *vm, ObjType *owner) {
    static const int ids[] = {TYPE_STR, TYPE_LIST, TYPE_TUPLE, TYPE_BYTES, TYPE_BYTEARRAY};
    for (size_t i = 0; i < TP_ARRAY_LEN(ids); i++) {
        if (owner == vm->types[ids[i]]) {
            return true;
        }
    }
    return false;
}

static int call_wrapper_kind(VM *vm, ObjSlotWrapper *w, int argc, Value *argv, Value *out) {
    const TypeSlots *s = &w->owner->sl;
    const DunderDef *d = w->def;
    int want = (d->wrap == W_REPR || d->wrap == W_STR || d->wrap == W_HASH || d->wrap == W_UNOP ||
                d->wrap == W_BOOL || d->wrap == W_INDEX || d->wrap == W_LEN ||
                d->wrap == W_ITER || d->wrap == W_NEXT)
                   ? 1
               : (d->wrap == W_SETITEM || d->wrap == W_SETATTR || d->wrap == W_SET) ? 3
               : d->wrap == W_GET ? -1
                                   : 2;
    if (d->wrap == W_BINOP && d->op == BINOP_POW && argc == 3 && s->ternpow != NULL) {
        return s->ternpow(vm, argv[0], argv[1], argv[2], out); /* x.__pow__(y, mod) */
    }
    if (want > 0 && wrapper_argc(vm, w, argc, want) < 0) {
        return -1;
    }
    Value self = argv[0];
    switch (d->wrap) {
    case W_REPR: return s->repr(vm, self, out);
    case W_STR: return s->str(vm, self, out);
    case W_HASH: {
        int64_t h;
        if (s->hash(vm, self, &h) < 0) {
            return -1;
        }
        *out = tpInt_from_i64(vm, h);
        return IS_NULL(*out) ? -1 : 0;
    }
    case W_CMP: return s->richcmp(vm, self, argv[1], d->op, out);
    case W_BINOP:
        if (d->op == BINOP_MUL && is_sequence_owner(vm, w->owner) && !tpInt_check(vm, argv[1]) &&
            tpType_of(vm, argv[1])->sl.index == NULL) {
            /* matches CPython: seq.__mul__(x) converts x with __index__ (sq_repeat) */
            return tpErr_format(vm, EXC_TypeError,
                                "'%T' object cannot be interpreted as an integer", argv[1]);
        }
        return s->binop(vm, self, argv[1], d->op, out);
    case W_RBINOP: return s->binop(vm, argv[1], self, d->op, out);
    case W_IBINOP: return s->ibinop(vm, self, argv[1], d->op, out);
    case W_UNOP: return s->unop(vm, self, d->op, out);
    case W_BOOL: {
        int t;
        if (s->truth(vm, self, &t) < 0) {
            return -1;
        }
        *out = BOOL_VAL(t);
        return 0;
    }
    case W_INDEX: return s->index(vm, self, out);
    case W_LEN: {
        int64_t n;
        if (s->len(vm, self, &n) < 0) {
            return -1;
        }
        *out = tpInt_from_i64(vm, n);
        return IS_NULL(*out) ? -1 : 0;
    }
    case W_ITER: return s->iter(vm, self, out);
    case W_NEXT: {
        int r = s->next(vm, self, out);
        if (r == 1) {
            return tpErr_set(vm, OBJ_VAL(vm->exc_types[EXC_StopIteration]));
        }
        return r;
    }
    case W_GETITEM: return s->getitem(vm, self, argv[1], out);
    case W_SETITEM: *out = NONE_VAL; return s->setitem(vm, self, argv[1], argv[2]);
    case W_DELITEM: *out = NONE_VAL; return s->setitem(vm, self, argv[1], NULL_VAL);
    case W_CONTAINS: {
        int t;
        if (s->contains(vm, self, argv[1], &t) < 0) {
            return -1;
        }
        *out = BOOL_VAL(t);
        return 0;
    }
    case W_GETATTRIBUTE: {
        if (!IS_OBJ_TYPE(argv[1], vm->types[TYPE_STR])) {
            return tpErr_format(vm, EXC_TypeError, "attribute name must be string, not '%T'",
                                argv[1]);
        }
        ObjStr *name = AS_STR(argv[1]);
        return s->getattr ? s->getattr(vm, self, name, out)
                          : tpObj_generic_getattr(vm, self, name, out);
    }
    case W_SETATTR:
    case W_DELATTR: {
        if (!IS_OBJ_TYPE(argv[1], vm->types[TYPE_STR])) {
            return tpErr_format(vm, EXC_TypeError, "attribute name must be string, not '%T'",
                                argv[1]);
        }
        Value v = d->wrap == W_SETATTR ? argv[2] : NULL_VAL;
        /* object.__setattr__(cls, ...) must not bypass type's own __setattr__ (CPython's
         * "hackcheck"): the built-in part of type(self) must use this very slot */
        ObjType *sb = tpType_of(vm, self);
        while (sb->base != NULL && (sb->flags & TPFLAG_HEAPTYPE)) {
            sb = sb->base;
        }
        if (sb->sl.setattr != s->setattr) {
            return tpErr_format(vm, EXC_TypeError, "can't apply this %s to %N object",
                                d->wrap == W_SETATTR ? "__setattr__" : "__delattr__", sb);
        }
        *out = NONE_VAL;
        return s->setattr ? s->setattr(vm, self, AS_STR(argv[1]), v)
                          : tpObj_generic_setattr(vm, self, AS_STR(argv[1]), v);
    }
    case W_GET: {
        if (argc < 2 || argc > 3) {
            return tpErr_raise(vm, EXC_TypeError, "__get__(None, None) is invalid");
        }
        Value obj = IS_NONE(argv[1]) ? NULL_VAL : argv[1];
        Value type = argc == 3 ? argv[2] : NONE_VAL;
        return s->descr_get(vm, self, obj, type, out);
    }
    case W_SET: *out = NONE_VAL; return s->descr_set(vm, self, argv[1], argv[2]);
    case W_DELETE: *out = NONE_VAL; return s->descr_set(vm, self, argv[1], NULL_VAL);
    case W_FORMAT:
        if (!IS_OBJ_TYPE(argv[1], vm->types[TYPE_STR])) {
            return tpErr_format(vm, EXC_TypeError, "argument to __format__ must be str, not %T",
                                argv[1]);
        }
        return s->format(vm, self, AS_STR(argv[1]), out);
    default:
        return tpErr_raise(vm, EXC_SystemError, "bad slot wrapper");
    }
}

static int wrapper_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)AS_OBJ(self);
    if (w->def->wrap == W_NEW) {
        return call_new_wrapper(vm, w, argc, argv, kwnames, out);
    }
    if (wrapper_self_check(vm, w, argc, argv) < 0) {
        return -1;
    }
    if (w->def->wrap == W_INIT) {
        *out = NONE_VAL;
        return w->owner->sl.init(vm, argv[0], argc - 1, argv + 1, kwnames);
    }
    if (w->def->wrap == W_CALL) {
        return w->owner->sl.call(vm, argv[0], argc - 1, argv + 1, kwnames, out);
    }
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_format(vm, EXC_TypeError, "wrapper %U() takes no keyword arguments",
                            vm->names[w->def->name]);
    }
    return call_wrapper_kind(vm, w, argc, argv, out);
}

/* A slot wrapper bound to an instance: CPython's method-wrapper, `(1).__add__`. */
typedef struct ObjMethodWrapper {
    Obj hdr;
    Value self;
    ObjSlotWrapper *descr;
} ObjMethodWrapper;

#define MW(v) ((ObjMethodWrapper *)AS_OBJ(v))

static int wrapper_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)AS_OBJ(descr);
    if (IS_NULL(obj) || w->def->wrap == W_NEW) {
        *out = descr;
        return 0;
    }
    if (!tpType_is_subtype(tpType_of(vm, obj), w->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
                            vm->names[w->def->name], w->owner, obj);
    }
    ObjMethodWrapper *m = tpGC_alloc(vm, vm->types[TYPE_METHOD_WRAPPER], sizeof(ObjMethodWrapper));
    if (m == NULL) {
        return -1;
    }
    m->self = obj;
    m->descr = w;
    *out = OBJ_VAL(m);
    return 0;
}

static int wrapper_repr(VM *vm, Value self, Value *out) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)AS_OBJ(self);
    return tpStr_printf(vm, out, "<slot wrapper '%s' of '%s' objects>",
                        vm->names[w->def->name]->data, tpType_name(w->owner));
}

static void wrapper_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ObjSlotWrapper *)o)->owner); }

static int wrapper_get_name(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(vm->names[((ObjSlotWrapper *)AS_OBJ(self))->def->name]);
    return 0;
}

static int wrapper_get_objclass(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(((ObjSlotWrapper *)AS_OBJ(self))->owner);
    return 0;
}

static int wrapper_get_qualname(VM *vm, Value self, Value *out) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)AS_OBJ(self);
    return tpStr_printf(vm, out, "%s.%s", w->owner->qualname->data,
                        vm->names[w->def->name]->data);
}

static const GetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpSlotWrapper_spec = {
    .name = "wrapper_descriptor",
    .id = TYPE_SLOT_WRAPPER,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjSlotWrapper),
    .slots = {.mark = wrapper_mark, .call = wrapper_call, .descr_get = wrapper_descr_get,
              .repr = wrapper_repr},
    .getsets = wrapper_getsets,
};

/* ==== method-wrapper: a slot wrapper bound to its instance ==== */

static void mw_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjMethodWrapper *)o)->self);
    tpGC_mark_obj(vm, (Obj *)((ObjMethodWrapper *)o)->descr);
}

static int mw_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    int n = argc + (kwnames != NULL ? (int)kwnames->len : 0);
    /* every value here is also held by the caller or by self, so a C array is enough */
    Value small[8], *args = small;
    if (n + 1 > (int)TP_ARRAY_LEN(small)) {
        ObjTuple *t = tpTuple_new(vm, (size_t)n + 1);
        if (t == NULL) {
            return -1;
        }
        args = t->items;
    }
    args[0] = MW(self)->self;
    for (int i = 0; i < n; i++) {
        args[i + 1] = argv[i];
    }
    return wrapper_call(vm, OBJ_VAL(MW(self)->descr), argc + 1, args, kwnames, out);
}

static int mw_repr(VM *vm, Value self, Value *out) {
    ObjMethodWrapper *m = MW(self);
    Value s = m->self;
    return tpStr_printf(vm, out, "<method-wrapper '%s' of %s object at %p>",
                        vm->names[m->descr->def->name]->data, tpObj_typename(vm, s),
                        IS_OBJ(s) ? (void *)AS_OBJ(s) : (void *)m);
}

/* Equal when bound to the very same object through the same wrapper, as CPython. */
static int mw_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *t = vm->types[TYPE_METHOD_WRAPPER];
    if (!IS_OBJ_TYPE(a, t) || !IS_OBJ_TYPE(b, t) || (op != CMP_EQ && op != CMP_NE)) {
        *out = vm->not_implemented;
        return 0;
    }
    bool eq = MW(a)->self == MW(b)->self && MW(a)->descr == MW(b)->descr;
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

static int mw_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    uint64_t h = (uint64_t)MW(self)->self * 1000003u ^ (uint64_t)(uintptr_t)MW(self)->descr;
    *out = (int64_t)(h >> 1);
    return 0;
}

static int mw_get_self(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = MW(self)->self;
    return 0;
}

static int mw_get_name(VM *vm, Value self, Value *out) {
    return wrapper_get_name(vm, OBJ_VAL(MW(self)->descr), out);
}

static int mw_get_qualname(VM *vm, Value self, Value *out) {
    return wrapper_get_qualname(vm, OBJ_VAL(MW(self)->descr), out);
}

static int mw_get_objclass(VM *vm, Value self, Value *out) {
    return wrapper_get_objclass(vm, OBJ_VAL(MW(self)->descr), out);
}

static const GetSetDef mw_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpMethodWrapper_spec = {
    .name = "method-wrapper",
    .id = TYPE_METHOD_WRAPPER,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjMethodWrapper),
    .slots = {.mark = mw_mark, .call = mw_call, .repr = mw_repr, .richcmp = mw_richcmp,
              .hash = mw_hash},
    .getsets = mw_getsets,
};

static bool is_slot_wrapper(VM *vm, Value v) { return IS_OBJ_TYPE(v, vm->types[TYPE_SLOT_WRAPPER]); }

/* Add slot wrappers for the slots a built-in spec defines itself (not inherited ones). */
/* The operator dunders each built-in type lists, as CPython (one C binop/unop slot serves them
 * all, so without this list `[].__sub__` would exist): bit i of a mask is BINOP i / UNOP i. */
typedef struct OpMask {
    int id;
    uint16_t fwd, refl, inpl;
    uint8_t unop;
} OpMask;

static const OpMask op_masks[] = {
    {TYPE_INT, 0x3fef, 0x3fef, 0x0, 0xf},       {TYPE_BOOL, 0x3fef, 0x3fef, 0x0, 0xf},
    {TYPE_FLOAT, 0x2d65, 0x2d65, 0x0, 0xb},     {TYPE_COMPLEX, 0xd21, 0xd21, 0x0, 0xb},
    {TYPE_STR, 0x61, 0x60, 0x0, 0x0},           {TYPE_BYTES, 0x61, 0x60, 0x0, 0x0},
    {TYPE_BYTEARRAY, 0x61, 0x60, 0x21, 0x0},    {TYPE_LIST, 0x21, 0x20, 0x21, 0x0},
    {TYPE_TUPLE, 0x21, 0x20, 0x0, 0x0},         {TYPE_DICT, 0x80, 0x80, 0x80, 0x0},
    {TYPE_SET, 0x1482, 0x1482, 0x1482, 0x0},    {TYPE_FROZENSET, 0x1482, 0x1482, 0x0, 0x0},
    {TYPE_DICT_KEYS, 0x1482, 0x1482, 0x0, 0x0}, {TYPE_DICT_ITEMS, 0x1482, 0x1482, 0x0, 0x0},
    {TYPE_MAPPINGPROXY, 0x80, 0x80, 0x80, 0x0}, {TYPE_TYPE, 0x80, 0x80, 0x0, 0x0},
    {TYPE_GENERIC_ALIAS, 0x80, 0x80, 0x0, 0x0}, {TYPE_UNION, 0x80, 0x80, 0x0, 0x0},
};

/* t's entry in op_masks, NULL if it has none (it then lists every operator it has a slot for). */
static const OpMask *op_mask_of(ObjType *t) {
    for (size_t i = 0; i < TP_ARRAY_LEN(op_masks); i++) {
        if (op_masks[i].id == t->id) {
            return &op_masks[i];
        }
    }
    return NULL;
}

static bool lists_operator(const OpMask *m, const DunderDef *d) {
    if (d->slot != SL_BINOP && d->slot != SL_IBINOP && d->slot != SL_UNOP) {
        return true;
    }
    if (m != NULL) {
        unsigned mask = d->slot == SL_UNOP    ? m->unop
                        : d->slot == SL_IBINOP ? m->inpl
                        : d->wrap == W_RBINOP  ? m->refl
                                               : m->fwd;
        return (mask >> d->op) & 1;
    }
    return true;
}

/* Does built-in type t (operator mask m), defining the slots `own` itself, get a slot wrapper
 * for `d`? */
static bool wants_wrapper(ObjType *t, const OpMask *m, uint32_t set, const TypeSlots *own,
                          const DunderDef *d) {
    if (d->op < 0 || !((set >> d->slot) & 1)) {
        return false;
    }
    if ((d->slot == SL_GETATTR && own->getattr == NULL && t->id != TYPE_OBJECT) ||
        (d->slot == SL_SETATTR && own->setattr == NULL && t->id != TYPE_OBJECT)) {
        return false;
    }
    return !(d->slot == SL_IBINOP && own->ibinop == NULL) && lists_operator(m, d);
}

/* Bit sl set when slot_is_set(own, sl): asked once per type, not once per dunder. */
static uint32_t set_slots(const TypeSlots *own) {
    uint32_t set = 0;
    for (int sl = SL_REPR; sl <= SL_FORMAT; sl++) {
        set |= (uint32_t)slot_is_set(own, sl) << sl;
    }
    return set;
}

size_t tpType_count_slot_wrappers(ObjType *t, const TypeSlots *own) {
    /* one dunder per slot, but an operator slot serves a family of them (__add__, __radd__...);
     * an estimate, not a second walk over the dunder table */
    uint32_t set = set_slots(own);
    size_t n = (size_t)__builtin_popcount(set);
    n += ((set >> SL_BINOP) & 1) * 2 * BINOP__COUNT + ((set >> SL_IBINOP) & 1) * BINOP__COUNT;
    n += ((set >> SL_RICHCMP) & 1) * 5 + ((set >> SL_UNOP) & 1) * 3;
    (void)t;
    return n;
}

int tpType_add_slot_wrappers(VM *vm, ObjType *t, const TypeSlots *own) {
    const OpMask *m = op_mask_of(t);
    uint32_t set = set_slots(own);
    for (size_t i = 0; i < TP_ARRAY_LEN(dunders); i++) {
        const DunderDef *d = &dunders[i];
        if (!wants_wrapper(t, m, set, own, d)) {
            continue;
        }
        ObjStr *name = vm->names[d->name];
        if (!IS_NULL(tpDict_get_str(vm, t->dict, name))) {
            continue;
        }
        ObjSlotWrapper *w = tpGC_alloc(vm, vm->types[TYPE_SLOT_WRAPPER], sizeof(ObjSlotWrapper));
        if (w == NULL) {
            return -1;
        }
        w->owner = t;
        w->def = d;
        if (tpDict_set_str(vm, t->dict, name, OBJ_VAL(w)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== calling dunders of Python classes ==== */

/* Look `name` up on type(self) and call it with self + args. Returns 1 when called (*out set),
 * 0 when the type has no such attribute, -1 on error. */
static int call_dunder(VM *vm, Value self, int name, int argc, Value *args, Value *out) {
    ObjType *t = tpType_of(vm, self);
    Value f = tpType_lookup(vm, t, vm->names[name]);
    if (IS_NULL(f)) {
        return 0;
    }
    Value argv[4];
    argv[0] = self;
    for (int i = 0; i < argc; i++) {
        argv[i + 1] = args[i];
    }
    if (IS_OBJ_TYPE(f, vm->types[TYPE_FUNCTION])) {
        return tpVM_call_function(vm, AS_FUNCTION(f), argc + 1, argv, NULL, out) < 0 ? -1 : 1;
    }
    if (is_slot_wrapper(vm, f) || IS_OBJ_TYPE(f, vm->types[TYPE_METHOD_DESCR])) {
        return tpObj_call(vm, f, argc + 1, argv, NULL, out) < 0 ? -1 : 1;
    }
    ObjType *ft = tpType_of(vm, f);
    Value bound = f;
    if (ft->sl.descr_get != NULL) {
        if (ft->sl.descr_get(vm, f, self, OBJ_VAL(t), &bound) < 0) {
            return -1;
        }
    } else if (IS_NONE(f)) {
        return 2; /* explicitly disabled (e.g. __hash__ = None) */
    }
    return tpObj_call(vm, bound, argc, args, NULL, out) < 0 ? -1 : 1;
}

static int need_str(VM *vm, Value r, const char *what) {
    if (!IS_OBJ(r) || !tpType_is_subtype(tpType_of(vm, r), vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "%s returned non-string (type %T)", what, r);
    }
    return 0;
}

static int slot_repr(VM *vm, Value self, Value *out) {
    int r = call_dunder(vm, self, NAME___repr__, 0, NULL, out);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_raise(vm, EXC_TypeError, "no __repr__");
    }
    return need_str(vm, *out, "__repr__");
}

static int slot_str(VM *vm, Value self, Value *out) {
    int r = call_dunder(vm, self, NAME___str__, 0, NULL, out);
    if (r <= 0) {
        return r < 0 ? -1 : tpObj_repr(vm, self, out);
    }
    return need_str(vm, *out, "__str__");
}

static int slot_hash(VM *vm, Value self, int64_t *out) {
    Value r;
    int rc = call_dunder(vm, self, NAME___hash__, 0, NULL, &r);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "unhashable type: '%T'", self);
    }
    if (!tpInt_check(vm, r)) {
        return tpErr_raise(vm, EXC_TypeError, "__hash__ method should return an integer");
    }
    /* as CPython: a result that fits in 64 bits is used as is, a bigger one is reduced with
     * the int hash */
    if (IS_INT(r)) {
        *out = AS_INT(r);
    } else if (tpInt_as_i64(vm, r, out) < 0) {
        tpErr_clear(vm);
        *out = tpInt_hash(vm, r);
    }
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

static int slot_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    int rc = call_dunder(vm, a, cmp_names[op], 1, &b, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        *out = vm->not_implemented;
    }
    return 0;
}

/* The binary dispatcher: tries a.__op__(b) when a's type dispatches through here, and
 * b.__rop__(a) when b's type does (CPython's order incl. the subclass-first rule). */
static int slot_binop(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *ta = tpType_of(vm, a), *tb = tpType_of(vm, b);
    bool do_other = ta != tb && tb->sl.binop == slot_binop;
    if (ta->sl.binop == slot_binop) {
        if (do_other && tpType_is_subtype(tb, ta)) {
            Value rb = tpType_lookup(vm, tb, vm->names[rbinop_names[op]]);
            Value ra = tpType_lookup(vm, ta, vm->names[rbinop_names[op]]);
            if (!IS_NULL(rb) && rb != ra) {
                int rc = call_dunder(vm, b, rbinop_names[op], 1, &a, out);
                if (rc < 0) {
                    return -1;
                }
                if (rc == 1 && *out != vm->not_implemented) {
                    return 0;
                }
                do_other = false;
            }
        }
        int rc = call_dunder(vm, a, binop_names[op], 1, &b, out);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1 && *out != vm->not_implemented) {
            return 0;
        }
        if (!do_other) {
            *out = vm->not_implemented;
            return 0;
        }
    }
    int rc = call_dunder(vm, b, rbinop_names[op], 1, &a, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        *out = vm->not_implemented;
    }
    return 0;
}

static int slot_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    int rc = ibinop_names[op] < 0 ? 0 : call_dunder(vm, a, ibinop_names[op], 1, &b, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        *out = vm->not_implemented;
    }
    return 0;
}

static int slot_ternpow(VM *vm, Value a, Value b, Value mod, Value *out) {
    Value args[2] = {b, mod};
    int rc = call_dunder(vm, a, NAME___pow__, 2, args, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        *out = vm->not_implemented;
    }
    return 0;
}

static int slot_unop(VM *vm, Value self, int op, Value *out) {
    int rc = call_dunder(vm, self, unop_names[op], 0, NULL, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        static const char *const ops[] = {"unary -", "unary +", "unary ~", "abs()"};
        return tpErr_format(vm, EXC_TypeError, "bad operand type for %s: '%T'", ops[op], self);
    }
    return 0;
}

static int slot_len(VM *vm, Value self, int64_t *out);

static int slot_truth(VM *vm, Value self, int *out) {
    Value r;
    int rc = call_dunder(vm, self, NAME___bool__, 0, NULL, &r);
    if (rc < 0) {
        return -1;
    }
    if (rc == 1) {
        if (!IS_BOOL(r)) {
            return tpErr_format(vm, EXC_TypeError, "__bool__ should return bool, returned %T", r);
        }
        *out = AS_BOOL(r);
        return 0;
    }
    if (!IS_NULL(tpType_lookup(vm, tpType_of(vm, self), vm->names[NAME___len__]))) {
        int64_t n;
        if (slot_len(vm, self, &n) < 0) {
            return -1;
        }
        *out = n != 0;
        return 0;
    }
    *out = 1;
    return 0;
}

static int slot_index(VM *vm, Value self, Value *out) {
    int rc = call_dunder(vm, self, NAME___index__, 0, NULL, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError,
                            "'%T' object cannot be interpreted as an integer", self);
    }
    if (!tpInt_check(vm, *out)) {
        return tpErr_format(vm, EXC_TypeError, "__index__ returned non-int (type %T)", *out);
    }
    return 0;
}

static int slot_len(VM *vm, Value self, int64_t *out) {
    Value r;
    int rc = call_dunder(vm, self, NAME___len__, 0, NULL, &r);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "object of type '%T' has no len()", self);
    }
    return tpSlot_len_result(vm, r, out);
}

int tpSlot_len_result(VM *vm, Value r, int64_t *out) {
    if (tpObj_index(vm, r, &r) < 0) {   /* as CPython: an __index__ result is accepted */
        return -1;
    }
    if (tpInt_sign(vm, r) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "__len__() should return >= 0");
    }
    if (tpInt_as_i64(vm, r, out) < 0) {
        if (tpErr_matches(vm, EXC_OverflowError)) {
            tpErr_clear(vm);
            return tpErr_raise(vm, EXC_OverflowError,
                               "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return 0;
}

int tpSlot_len_of(VM *vm, Value arg, ObjFunction **fn, Value *out) {
    ObjType *t = tpType_of(vm, arg);
    if (t->sl.len == NULL) {
        return 0;   /* the ordinary call raises the TypeError */
    }
    if (t->sl.len != slot_len) {
        int64_t n;
        if (tpC_check_stack(vm) < 0 || t->sl.len(vm, arg, &n) < 0) {
            return -1;
        }
        *out = tpInt_from_i64(vm, n);
        return IS_NULL(*out) ? -1 : 1;
    }
    Value f;
    if (t->len_tag == t->version_tag && t->len_tag != 0) {
        f = t->len_fn;
    } else {
        /* the lookup runs no Python code (exact-str probes): the tag it leaves names the state
         * that f was found in */
        f = tpType_lookup(vm, t, vm->names[NAME___len__]);
        t->len_tag = t->version_tag;
        t->len_fn = f;
    }
    if (!IS_OBJ_TYPE(f, vm->types[TYPE_FUNCTION]) ||
        (AS_FUNCTION(f)->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
        return 0;
    }
    *fn = AS_FUNCTION(f);
    return 2;
}

static int slot_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames);
static int slot_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out);

ObjFunction *tpSlot_plain_init(VM *vm, ObjType *t) {
    if (t->sl.init != slot_init || t->sl.new_ == NULL || t->sl.new_ == slot_new) {
        return NULL;
    }
    Value f = tpType_lookup(vm, t, vm->names[NAME___init__]);
    if (!IS_OBJ_TYPE(f, vm->types[TYPE_FUNCTION]) ||
        (AS_FUNCTION(f)->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
        return NULL;
    }
    return AS_FUNCTION(f);
}

static int slot_iter(VM *vm, Value self, Value *out) {
    int rc = call_dunder(vm, self, NAME___iter__, 0, NULL, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not iterable", self);
    }
    if (tpType_of(vm, *out)->sl.next == NULL) {
        return tpErr_format(vm, EXC_TypeError, "iter() returned non-iterator of type '%T'", *out);
    }
    return 0;
}

static int slot_next(VM *vm, Value self, Value *out) {
    int rc = call_dunder(vm, self, NAME___next__, 0, NULL, out);
    if (rc < 0) {
        if (tpErr_matches(vm, EXC_StopIteration)) {
            tpErr_clear(vm);
            return 1;
        }
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not an iterator", self);
    }
    return 0;
}

static int slot_getitem(VM *vm, Value self, Value key, Value *out) {
    int rc = call_dunder(vm, self, NAME___getitem__, 1, &key, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not subscriptable", self);
    }
    return 0;
}

static int slot_setitem(VM *vm, Value self, Value key, Value v) {
    Value r, args[2] = {key, v};
    int rc = IS_NULL(v) ? call_dunder(vm, self, NAME___delitem__, 1, args, &r)
                        : call_dunder(vm, self, NAME___setitem__, 2, args, &r);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError,
                            IS_NULL(v) ? "'%T' object doesn't support item deletion"
                                       : "'%T' object does not support item assignment",
                            self);
    }
    return 0;
}

static int slot_contains(VM *vm, Value self, Value x, int *out) {
    Value r;
    int rc = call_dunder(vm, self, NAME___contains__, 1, &x, &r);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_format(vm, EXC_TypeError, "argument of type '%T' is not iterable", self);
    }
    return tpObj_truth(vm, r, out);
}

static int slot_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value f = tpType_lookup(vm, tpType_of(vm, self), vm->names[NAME___call__]);
    if (IS_NULL(f)) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not callable", self);
    }
    Value bound;
    ObjType *ft = tpType_of(vm, f);
    if (ft->sl.descr_get != NULL) {
        if (ft->sl.descr_get(vm, f, self, OBJ_VAL(tpType_of(vm, self)), &bound) < 0) {
            return -1;
        }
    } else {
        bound = f;
    }
    return tpObj_call(vm, bound, argc, argv, kwnames, out);
}

static int slot_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    ObjType *t = tpType_of(vm, self);
    Value ga = tpType_lookup(vm, t, vm->names[NAME___getattribute__]);
    Value nv = OBJ_VAL(name);
    int rc;
    if (IS_NULL(ga) || (is_slot_wrapper(vm, ga) &&
                        ((ObjSlotWrapper *)AS_OBJ(ga))->owner == vm->types[TYPE_OBJECT])) {
        rc = tpObj_generic_getattr(vm, self, name, out);
    } else {
        rc = call_dunder(vm, self, NAME___getattribute__, 1, &nv, out) < 0 ? -1 : 0;
    }
    if (rc == 0 || !tpErr_matches(vm, EXC_AttributeError)) {
        return rc;
    }
    if (IS_NULL(tpType_lookup(vm, t, vm->names[NAME___getattr__]))) {
        return -1;
    }
    tpErr_clear(vm);
    return call_dunder(vm, self, NAME___getattr__, 1, &nv, out) < 0 ? -1 : 0;
}

static int slot_setattr(VM *vm, Value self, ObjStr *name, Value v) {
    Value r, args[2] = {OBJ_VAL(name), v};
    int name_id = IS_NULL(v) ? NAME___delattr__ : NAME___setattr__;
    Value f = tpType_lookup(vm, tpType_of(vm, self), vm->names[name_id]);
    if (IS_NULL(f) || (is_slot_wrapper(vm, f) &&
                       ((ObjSlotWrapper *)AS_OBJ(f))->owner == vm->types[TYPE_OBJECT])) {
        return tpObj_generic_setattr(vm, self, name, v);
    }
    int rc = call_dunder(vm, self, name_id, IS_NULL(v) ? 1 : 2, args, &r);
    return rc < 0 ? -1 : 0;
}

static int slot_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    Value args[2] = {IS_NULL(obj) ? NONE_VAL : obj, IS_NULL(type) ? NONE_VAL : type};
    int rc = call_dunder(vm, descr, NAME___get__, 2, args, out);
    if (rc == 0) {
        *out = descr;
    }
    return rc < 0 ? -1 : 0;
}

static int slot_descr_set(VM *vm, Value descr, Value obj, Value v) {
    Value r, args[2] = {obj, v};
    int rc = IS_NULL(v) ? call_dunder(vm, descr, NAME___delete__, 1, args, &r)
                        : call_dunder(vm, descr, NAME___set__, 2, args, &r);
    if (rc == 0) {
        return tpErr_raise(vm, EXC_AttributeError, IS_NULL(v) ? "__delete__" : "__set__");
    }
    return rc < 0 ? -1 : 0;
}

/* __new__ is a static method: call it with the class prepended. */
static int slot_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value f = tpType_lookup(vm, type, vm->names[NAME___new__]);
    if (IS_OBJ_TYPE(f, vm->types[TYPE_STATICMETHOD])) {
        f = ((ObjWrapper *)AS_OBJ(f))->func;
    }
    int nkw = kwnames ? (int)kwnames->len : 0;
    size_t mark = tpGC_save(vm);
    ObjTuple *args = tpTuple_new(vm, (size_t)(argc + nkw + 1));
    if (args == NULL) {
        return -1;
    }
    args->items[0] = OBJ_VAL(type);
    if (argc + nkw > 0) {
        memcpy(args->items + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    }
    int rc = tpObj_call(vm, f, argc + 1, args->items, kwnames, out);
    if (rc == 0) {
        tpGC_restore(vm, mark);
        rc = tpGC_push_root(vm, *out);
    }
    return rc;
}

static int slot_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    ObjType *t = tpType_of(vm, self);
    Value f = tpType_lookup(vm, t, vm->names[NAME___init__]);
    Value r;
    ObjType *ft = tpType_of(vm, f);
    if (ft != vm->types[TYPE_FUNCTION] && !is_slot_wrapper(vm, f) &&
        ft != vm->types[TYPE_METHOD_DESCR]) {
        /* any other object (staticmethod, a custom descriptor): bound by its __get__ */
        Value bound = f;
        if (ft->sl.descr_get != NULL && ft->sl.descr_get(vm, f, self, OBJ_VAL(t), &bound) < 0) {
            return -1;
        }
        if (tpObj_call(vm, bound, argc, argv, kwnames, &r) < 0) {
            return -1;
        }
        return tpSlot_init_result(vm, r);
    }
    int nkw = kwnames ? (int)kwnames->len : 0;
    ObjTuple *args = tpTuple_new(vm, (size_t)(argc + nkw + 1));
    if (args == NULL) {
        return -1;
    }
    args->items[0] = self;
    if (argc + nkw > 0) {
        memcpy(args->items + 1, argv, sizeof(Value) * (size_t)(argc + nkw));
    }
    if (tpObj_call(vm, f, argc + 1, args->items, kwnames, &r) < 0) {
        return -1;
    }
    return tpSlot_init_result(vm, r);
}

int tpSlot_init_result(VM *vm, Value r) {
    if (!IS_NONE(r)) {
        return tpErr_format(vm, EXC_TypeError, "__init__() should return None, not '%T'", r);
    }
    return 0;
}

static int slot_format(VM *vm, Value self, ObjStr *spec, Value *out) {
    Value s = OBJ_VAL(spec);
    int rc = call_dunder(vm, self, NAME___format__, 1, &s, out);
    if (rc < 0) {
        return -1;
    }
    if (rc != 1) {
        return tpErr_raise(vm, EXC_TypeError, "no __format__");
    }
    if (!IS_OBJ(*out) || !tpType_is_subtype(tpType_of(vm, *out), vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "__format__ must return a str, not %T", *out);
    }
    return 0;
}

/* ==== recomputing a Python class's slots ==== */

/* Dunders read by tpType_fixup_slots besides the operator tables: assigning any other attribute
 * (say __module__ or __qualname__) cannot change a slot, so it need not recompute them. */
static const int plain_slot_names[] = {
    NAME___del__, NAME___repr__, NAME___str__, NAME___hash__, NAME___bool__, NAME___len__,
    NAME___index__, NAME___iter__, NAME___next__, NAME___getitem__, NAME___setitem__,
    NAME___delitem__, NAME___contains__, NAME___call__, NAME___getattribute__, NAME___getattr__,
    NAME___setattr__, NAME___delattr__, NAME___get__, NAME___set__, NAME___delete__,
    NAME___new__, NAME___init__, NAME___format__,
};

static bool in_names(VM *vm, ObjStr *name, const int *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (names[i] >= 0 && vm->names[names[i]] == name) {
            return true;
        }
    }
    return false;
}

bool tpType_is_slot_name(VM *vm, ObjStr *name) {
    if (!name->interned) {
        return true; /* cannot compare by identity: be safe */
    }
    return in_names(vm, name, plain_slot_names, TP_ARRAY_LEN(plain_slot_names)) ||
           in_names(vm, name, cmp_names, 6) || in_names(vm, name, unop_names, 4) ||
           in_names(vm, name, binop_names, BINOP__COUNT) ||
           in_names(vm, name, rbinop_names, BINOP__COUNT) ||
           in_names(vm, name, ibinop_names, BINOP__COUNT);
}

/* Which C slot serves `d` for type t: a Python-level definition → the dispatcher; a built-in's
 * slot wrapper → that built-in's C slot; nothing → NULL (inherit nothing). */
static bool defined_in_python(VM *vm, ObjType *t, int name) {
    Value f = tpType_lookup(vm, t, vm->names[name]);
    return !IS_NULL(f) && !is_slot_wrapper(vm, f);
}

static bool any_python(VM *vm, ObjType *t, const int *names, int n) {
    for (int i = 0; i < n; i++) {
        if (names[i] >= 0 && defined_in_python(vm, t, names[i])) {
            return true;
        }
    }
    return false;
}

void tpType_fixup_slots(VM *vm, ObjType *t) {
    TypeSlots *s = &t->sl;
    if (IS_NULL(tpType_lookup(vm, t, vm->names[NAME___del__]))) {
        t->flags &= ~TPFLAG_HAS_DEL;
    } else if (!(t->flags & TPFLAG_HAS_DEL)) {
        t->flags |= TPFLAG_HAS_DEL;
        tpGC_type_gained_finalizer(vm, t);   /* existing instances (rare: __del__ set later) */
    }
    const TypeSlots *b = t->base ? &t->base->sl : NULL;
#define FIX(field, cond, disp)                                                                     \
    s->field = (cond) ? disp : (b ? b->field : NULL)
    FIX(repr, defined_in_python(vm, t, NAME___repr__), slot_repr);
    FIX(str, defined_in_python(vm, t, NAME___str__), slot_str);
    FIX(hash, defined_in_python(vm, t, NAME___hash__), slot_hash);
    FIX(richcmp, any_python(vm, t, cmp_names, 6), slot_richcmp);
    FIX(binop, any_python(vm, t, binop_names, BINOP__COUNT) ||
                   any_python(vm, t, rbinop_names, BINOP__COUNT),
        slot_binop);
    FIX(ibinop, any_python(vm, t, ibinop_names, BINOP__COUNT), slot_ibinop);
    FIX(ternpow, defined_in_python(vm, t, NAME___pow__), slot_ternpow);
    FIX(unop, any_python(vm, t, unop_names, 4), slot_unop);
    FIX(truth, defined_in_python(vm, t, NAME___bool__) || defined_in_python(vm, t, NAME___len__),
        slot_truth);
    FIX(index, defined_in_python(vm, t, NAME___index__), slot_index);
    FIX(len, defined_in_python(vm, t, NAME___len__), slot_len);
    FIX(iter, defined_in_python(vm, t, NAME___iter__), slot_iter);
    FIX(next, defined_in_python(vm, t, NAME___next__), slot_next);
    FIX(getitem, defined_in_python(vm, t, NAME___getitem__), slot_getitem);
    FIX(setitem, defined_in_python(vm, t, NAME___setitem__) ||
                     defined_in_python(vm, t, NAME___delitem__),
        slot_setitem);
    FIX(contains, defined_in_python(vm, t, NAME___contains__), slot_contains);
    FIX(call, defined_in_python(vm, t, NAME___call__), slot_call);
    FIX(getattr, defined_in_python(vm, t, NAME___getattribute__) ||
                     defined_in_python(vm, t, NAME___getattr__),
        slot_getattr);
    FIX(setattr, defined_in_python(vm, t, NAME___setattr__) ||
                     defined_in_python(vm, t, NAME___delattr__),
        slot_setattr);
    FIX(descr_get, defined_in_python(vm, t, NAME___get__), slot_descr_get);
    FIX(descr_set, defined_in_python(vm, t, NAME___set__) ||
                       defined_in_python(vm, t, NAME___delete__),
        slot_descr_set);
    FIX(new_, defined_in_python(vm, t, NAME___new__), slot_new);
    FIX(init, defined_in_python(vm, t, NAME___init__), slot_init);
    FIX(format, defined_in_python(vm, t, NAME___format__), slot_format);
#undef FIX
    /* __hash__ = None in the class makes instances unhashable */
    Value h = tpType_lookup(vm, t, vm->names[NAME___hash__]);
    if (IS_NONE(h)) {
        s->hash = slot_hash;
    }
    /* __iter__ = None, etc. are handled by the dispatchers finding None (not callable). */
}
