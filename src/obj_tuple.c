/*
 * obj_tuple.c — the tuple type and its iterator.
 *
 * Tuples are immutable arrays of Values (flexible array member); the empty tuple is the VM-wide
 * singleton vm->empty_tuple. hash() follows CPython 3.11's xxHash-based combination exactly so that
 * printed hashes and the iteration order of sets of tuples match; the hash is cached only when
 * every item is of a type whose hash can never change or have side effects.
 */
#include "seq.h"
#include "cstack.h"
#include "size_check.h"

/* ==== construction ==== */

static ObjTuple *tuple_alloc(VM *vm, ObjType *type, size_t n) {
    /* the exact type may not be initialised yet (start-up builds tuples before types) */
    size_t base = type == vm->types[TYPE_TUPLE] ? sizeof(ObjTuple) : type->size;
    if (n > (SIZE_MAX - base) / sizeof(Value)) {
        tpErr_no_memory(vm);
        return NULL;
    }
    /* a subclass instance with a __dict__ keeps its pointer after the items (objmodel.h) */
    size_t extra = type != vm->types[TYPE_TUPLE] && type->dictoffset ? sizeof(ObjDict *) : 0;
    ObjTuple *t = tpGC_alloc(vm, type, base + n * sizeof(Value) + extra);
    if (t == NULL) {
        return NULL;
    }
    t->hash = -1;
    t->len = n;
    for (size_t i = 0; i < n; i++) {
        t->items[i] = NONE_VAL;
    }
    return t;
}

ObjTuple *tpTuple_new(VM *vm, size_t n) {
    if (n == 0 && vm->empty_tuple != NULL) {
        return vm->empty_tuple;
    }
    return tuple_alloc(vm, vm->types[TYPE_TUPLE], n);
}

/* (the exact tuple built directly, items copied once: no None fill, no memcpy call, which
 * cost as much as the copy for the one- and two-item tuples of *args) */
ObjTuple *tpTuple_from(VM *vm, size_t n, const Value *items) {
    if (n == 0 && vm->empty_tuple != NULL) {
        return vm->empty_tuple;
    }
    if (n > (SIZE_MAX - sizeof(ObjTuple)) / sizeof(Value)) {
        tpErr_no_memory(vm);
        return NULL;
    }
    ObjTuple *t = tpGC_alloc(vm, vm->types[TYPE_TUPLE], sizeof(ObjTuple) + n * sizeof(Value));
    if (t == NULL) {
        return NULL;
    }
    t->hash = -1;
    t->len = n;
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items[i];
    }
    return t;
}

ObjTuple *tpTuple_pack(VM *vm, int n, ...) {
    ObjTuple *t = tpTuple_new(vm, (size_t)n);
    if (t == NULL) {
        return NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        t->items[i] = va_arg(ap, Value);
    }
    va_end(ap);
    return t;
}

static bool is_tuple(VM *vm, Value v) { return tpObj_is(vm, v, TYPE_TUPLE); }

/* ==== hashing ==== */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

/* Types whose hash is a pure function of an immutable value (so the tuple hash may be cached). */
static bool stable_hash(VM *vm, Value v) {
    if (!IS_OBJ(v)) {
        return true;
    }
    ObjType *t = AS_OBJ(v)->type;
    return t == vm->types[TYPE_STR] || t == vm->types[TYPE_INT] || t == vm->types[TYPE_BYTES] ||
           t == vm->types[TYPE_FROZENSET] || t == vm->types[TYPE_COMPLEX] ||
           (t == vm->types[TYPE_TUPLE] && AS_TUPLE(v)->hash != -1);
}

static int tuple_hash(VM *vm, Value self, int64_t *out) {
    ObjTuple *t = AS_TUPLE(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    if (tpC_check_stack(vm) < 0) {
        return -1;
    }
    uint64_t acc = XXPRIME_5;
    bool cacheable = true;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        Value x = t->items[i];
        if (IS_INT(x)) {   /* small ints (the commonest key parts) hash to themselves */
            h = AS_INT(x) == -1 ? -2 : AS_INT(x);
        } else if (tpObj_hash(vm, x, &h) < 0) {
            return -1;
        } else {
            cacheable = cacheable && stable_hash(vm, x);
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    if (cacheable) {
        t->hash = h;
    }
    *out = h;
    return 0;
}

/* ==== slots ==== */

static void tuple_mark(VM *vm, Obj *o) {
    ObjTuple *t = (ObjTuple *)o;
    tpGC_mark_values(vm, t->items, t->len);
}

static int tuple_repr(VM *vm, Value self, Value *out) {
    ObjTuple *t = AS_TUPLE(self);
    if (t->len == 0) {
        return tpSeq_cstr(vm, "()", out);
    }
    if (tpSeq_repr_enter(&t->hdr)) {
        return tpSeq_cstr(vm, "(...)", out);
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_putc(vm, &b, '(');
    for (size_t i = 0; rc == 0 && i < t->len; i++) {
        if (i > 0) {
            rc = tpBuf_put(vm, &b, ", ", 2);
        }
        if (rc == 0) {
            rc = tpC_put_repr(vm, &b, t->items[i]);
        }
    }
    if (rc == 0 && t->len == 1) {
        rc = tpBuf_putc(vm, &b, ',');
    }
    if (rc == 0) {
        rc = tpBuf_putc(vm, &b, ')');
    }
    tpSeq_repr_leave(&t->hdr);
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

static int tuple_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_tuple(vm, a) || !is_tuple(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    Value *ai = AS_TUPLE(a)->items, *bi = AS_TUPLE(b)->items;
    return tpSeq_richcmp(vm, &ai, &AS_TUPLE(a)->len, &bi, &AS_TUPLE(b)->len, op, out);
}

static int tuple_concat(VM *vm, ObjTuple *x, ObjTuple *y, Value *out) {
    ObjType *tt = vm->types[TYPE_TUPLE];
    if (y->len == 0 && x->hdr.type == tt) {
        *out = OBJ_VAL(x);
        return 0;
    }
    if (x->len == 0 && y->hdr.type == tt) {
        *out = OBJ_VAL(y);
        return 0;
    }
    ObjTuple *r = tpTuple_new(vm, x->len + y->len);
    if (r == NULL) {
        return -1;
    }
    memcpy(r->items, x->items, x->len * sizeof(Value));
    memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
    *out = OBJ_VAL(r);
    return 0;
}

static int tuple_repeat(VM *vm, ObjTuple *t, int64_t n, Value *out) {
    if (t->len == 0 || n == 1) {
        if (t->hdr.type == vm->types[TYPE_TUPLE]) {
            *out = OBJ_VAL(t);
            return 0;
        }
    }
    if (t->len == 0 || n == 0) {
        *out = OBJ_VAL(vm->empty_tuple);
        return 0;
    }
    if (tpSize_check_items(vm, (size_t)n, t->len * sizeof(Value), 0) < 0) {
        return -1;
    }
    ObjTuple *r = tpTuple_new(vm, t->len * (size_t)n);
    if (r == NULL) {
        return -1;
    }
    for (int64_t k = 0; k < n; k++) {
        memcpy(r->items + (size_t)k * t->len, t->items, t->len * sizeof(Value));
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int tuple_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op == BINOP_ADD) {
        if (!is_tuple(vm, a)) {
            *out = vm->not_implemented;
            return 0;
        }
        if (!is_tuple(vm, b)) {
            return tpSeq_binop_fallback(vm, a, b, op, b,
                                        "can only concatenate tuple (not \"%T\") to tuple", out);
        }
        return tuple_concat(vm, AS_TUPLE(a), AS_TUPLE(b), out);
    }
    if (op == BINOP_MUL) {
        bool left = is_tuple(vm, a);
        Value n = left ? b : a;
        int64_t count;
        int rc = tpSeq_repeat_count(vm, n, &count);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return tpSeq_binop_fallback(vm, a, b, op, n,
                                        "can't multiply sequence by non-int of type '%T'", out);
        }
        return tuple_repeat(vm, AS_TUPLE(left ? a : b), count, out);
    }
    *out = vm->not_implemented;
    return 0;
}

static int tuple_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)AS_TUPLE(self)->len;
    return 0;
}

static int tuple_getitem(VM *vm, Value self, Value key, Value *out) {
    ObjTuple *t = AS_TUPLE(self);
    int64_t i;
    int rc = tpSeq_index_key(vm, key, (int64_t)t->len, &i);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        if (i < 0 || (uint64_t)i >= t->len) {
            return tpErr_raise(vm, EXC_IndexError, "tuple index out of range");
        }
        *out = t->items[i];
        return 0;
    }
    if (!IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return tpErr_format(vm, EXC_TypeError,
                            "tuple indices must be integers or slices, not %T", key);
    }
    int64_t start, stop, step, n;
    if (tpSlice_indices(vm, (ObjSlice *)AS_OBJ(key), (int64_t)t->len, &start, &stop, &step, &n) <
        0) {
        return -1;
    }
    if (start == 0 && step == 1 && (size_t)n == t->len && t->hdr.type == vm->types[TYPE_TUPLE]) {
        *out = self;
        return 0;
    }
    ObjTuple *r = tpTuple_new(vm, (size_t)n);
    if (r == NULL) {
        return -1;
    }
    for (int64_t k = 0; k < n; k++) {
        r->items[k] = t->items[start + k * step];
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int tuple_contains(VM *vm, Value self, Value x, int *out) {
    ObjTuple *t = AS_TUPLE(self);
    Value *items = t->items;
    int64_t pos;
    int rc = tpSeq_find(vm, &items, &t->len, x, 0, INT64_MAX, &pos);
    if (rc < 0) {
        return -1;
    }
    *out = rc;
    return 0;
}

static int tuple_iter(VM *vm, Value self, Value *out) {
    *out = tpTupleIter_new(vm, AS_TUPLE(self));
    return IS_NULL(*out) ? -1 : 0;
}

static int tuple_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (kwnames != NULL && kwnames->len > 0 && type == vm->types[TYPE_TUPLE]) {
        return tpErr_raise(vm, EXC_TypeError, "tuple() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "tuple expected at most 1 argument, got %d", argc);
    }
    ObjTuple *t = argc == 0 ? vm->empty_tuple : tpSeq_tuple(vm, argv[0]);
    if (t == NULL) {
        return -1;
    }
    if (type != vm->types[TYPE_TUPLE]) {
        ObjTuple *r = tuple_alloc(vm, type, t->len);
        if (r == NULL) {
            return -1;
        }
        memcpy(r->items, t->items, t->len * sizeof(Value));
        t = r;
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* ==== methods ==== */

static int tuple_index(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjTuple *t = AS_TUPLE(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if ((argc > 2 && tpSeq_clamp_arg(vm, argv[2], (int64_t)t->len, &start) < 0) ||
        (argc > 3 && tpSeq_clamp_arg(vm, argv[3], (int64_t)t->len, &stop) < 0)) {
        return -1;
    }
    Value *items = t->items;
    int64_t pos;
    int rc = tpSeq_find(vm, &items, &t->len, argv[1], start, stop, &pos);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        return tpErr_raise(vm, EXC_ValueError, "tuple.index(x): x not in tuple");
    }
    *out = INT_VAL(pos);
    return 0;
}

static int tuple_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjTuple *t = AS_TUPLE(argv[0]);
    Value *items = t->items;
    int64_t n;
    if (tpSeq_count(vm, &items, &t->len, argv[1], &n) < 0) {
        return -1;
    }
    *out = INT_VAL(n);
    return 0;
}

static int tuple_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjTuple *t = AS_TUPLE(argv[0]);
    ObjTuple *copy = tpTuple_from(vm, t->len, t->items);
    ObjTuple *r = copy ? tpTuple_pack(vm, 1, OBJ_VAL(copy)) : NULL;
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static const MethodDef tuple_methods[] = {
    TP_METHOD("index", tuple_index, 1, 3),
    TP_METHOD("count", tuple_count, 1, 1),
    TP_METHOD("__getnewargs__", tuple_getnewargs, 0, 0),
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

const TypeSpec tpTuple_spec = {
    .name = "tuple",
    .id = TYPE_TUPLE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjTuple),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC_BARRIERED,
    .slots = {
        .mark = tuple_mark,
        .repr = tuple_repr,
        .hash = tuple_hash,
        .richcmp = tuple_richcmp,
        .binop = tuple_binop,
        .len = tuple_len,
        .iter = tuple_iter,
        .getitem = tuple_getitem,
        .contains = tuple_contains,
        .new_ = tuple_new,
    },
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};

/* ==== tuple_iterator ==== */

typedef struct TupleIter {
    Obj hdr;
    ObjTuple *t;             /* NULL once exhausted */
    size_t i;
} TupleIter;

Value tpTupleIter_new(VM *vm, ObjTuple *t) {
    TupleIter *it = tpGC_alloc(vm, vm->types[TYPE_TUPLE_ITER], sizeof(TupleIter));
    if (it == NULL) {
        return NULL_VAL;
    }
    it->t = t;
    it->i = 0;
    return OBJ_VAL(it);
}

static void tupleit_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((TupleIter *)o)->t); }

static int tupleit_next(VM *vm, Value self, Value *out) {
    (void)vm;
    TupleIter *it = (TupleIter *)AS_OBJ(self);
    if (it->t == NULL || it->i >= it->t->len) {
        it->t = NULL;
        return 1;
    }
    *out = it->t->items[it->i++];
    return 0;
}

static int tupleit_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    TupleIter *it = (TupleIter *)AS_OBJ(argv[0]);
    *out = INT_VAL(it->t == NULL ? 0 : (int64_t)(it->t->len - it->i));
    return 0;
}

static const MethodDef tupleit_methods[] = {
    TP_METHOD("__length_hint__", tupleit_length_hint, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpTupleIter_spec = {
    .name = "tuple_iterator",
    .id = TYPE_TUPLE_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(TupleIter),
    .flags = TPFLAG_GC_BARRIERED,   /* its tuple is set once */
    .slots = {
        .mark = tupleit_mark,
        .iter = tpSeq_iter_self,
        .next = tupleit_next,
    },
    .methods = tupleit_methods,
};
