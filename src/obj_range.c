/*
 * obj_range.c — range and range_iterator.
 *
 * Bounds are int Values, small or big. Arithmetic stays in C integers when every bound is a small
 * int (then every produced value fits comfortably in int64) and goes through the int protocol
 * otherwise, so range(10**20)[-1] works. Membership of an int is O(1).
 */
#include "seq.h"
#include "cstack.h"

static ObjRange *as_range(Value v) { return (ObjRange *)AS_OBJ(v); }

/* ---- int arithmetic on Values (ints only: never runs Python code) ---- */
static int iop(VM *vm, Value a, Value b, int op, Value *out) {
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b), r;
        switch (op) {
        case BINOP_ADD: r = x + y; break;
        case BINOP_SUB: r = x - y; break;
        default: goto slow;
        }
        *out = tpInt_from_i64(vm, r);
        return IS_NULL(*out) ? -1 : 0;
    }
slow:
    return tpObj_binop(vm, a, b, op, out);
}

static int range_length(VM *vm, Value start, Value stop, Value step, Value *out) {
    if (IS_INT(start) && IS_INT(stop) && IS_INT(step)) {
        int64_t lo = AS_INT(start), hi = AS_INT(stop), st = AS_INT(step);
        if (st < 0) {
            int64_t t = lo;
            lo = hi;
            hi = t;
            st = -st;
        }
        /* up to 2**48 - 1 for small bounds: past the small-int range (then a big int) */
        *out = tpInt_from_i64(vm, lo < hi ? (hi - lo - 1) / st + 1 : 0);
        return IS_NULL(*out) ? -1 : 0;
    }
    Value lo = start, hi = stop, st = step, diff, q;
    if (tpInt_sign(vm, step) < 0) {
        lo = stop;
        hi = start;
        if (tpObj_unop(vm, step, UNOP_NEG, &st) < 0) {
            return -1;
        }
    }
    if (tpInt_cmp(vm, lo, hi) >= 0) {
        *out = INT_VAL(0);
        return 0;
    }
    if (iop(vm, hi, lo, BINOP_SUB, &diff) < 0 || iop(vm, diff, INT_VAL(1), BINOP_SUB, &diff) < 0 ||
        tpObj_binop(vm, diff, st, BINOP_FLOORDIV, &q) < 0) {
        return -1;
    }
    return iop(vm, q, INT_VAL(1), BINOP_ADD, out);
}

static int range_make(VM *vm, Value start, Value stop, Value step, Value *out) {
    if (tpInt_sign(vm, step) == 0) {
        return tpErr_raise(vm, EXC_ValueError, "range() arg 3 must not be zero");
    }
    Value len;
    if (range_length(vm, start, stop, step, &len) < 0) {
        return -1;
    }
    ObjRange *r = tpGC_alloc(vm, vm->types[TYPE_RANGE], sizeof(ObjRange));
    if (r == NULL) {
        return -1;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    *out = OBJ_VAL(r);
    return 0;
}

Value tpRange_new(VM *vm, Value start, Value stop, Value step) {
    Value out;
    return range_make(vm, start, stop, step, &out) < 0 ? NULL_VAL : out;
}

/* start + i * step */
static int range_item(VM *vm, ObjRange *r, Value i, Value *out) {
    if (IS_INT(r->start) && IS_INT(r->step) && IS_INT(i) && IS_INT(r->length)) {
        *out = tpInt_from_i64(vm, AS_INT(r->start) + AS_INT(i) * AS_INT(r->step));
        return IS_NULL(*out) ? -1 : 0;
    }
    Value m;
    if (tpObj_binop(vm, i, r->step, BINOP_MUL, &m) < 0) {
        return -1;
    }
    return iop(vm, r->start, m, BINOP_ADD, out);
}

/* ==== slots ==== */

static void range_mark(VM *vm, Obj *o) {
    ObjRange *r = (ObjRange *)o;
    tpGC_mark_value(vm, r->start);
    tpGC_mark_value(vm, r->stop);
    tpGC_mark_value(vm, r->step);
    tpGC_mark_value(vm, r->length);
}

static int range_repr(VM *vm, Value self, Value *out) {
    ObjRange *r = as_range(self);
    StrBuf b;
    tpBuf_init(&b);
    bool unit = IS_INT(r->step) && AS_INT(r->step) == 1;
    if (tpBuf_puts(vm, &b, "range(") < 0 || tpBuf_put_repr(vm, &b, r->start) < 0 ||
        tpBuf_put(vm, &b, ", ", 2) < 0 || tpBuf_put_repr(vm, &b, r->stop) < 0 ||
        (!unit && (tpBuf_put(vm, &b, ", ", 2) < 0 || tpBuf_put_repr(vm, &b, r->step) < 0)) ||
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

static int range_hash(VM *vm, Value self, int64_t *out) {
    ObjRange *r = as_range(self);
    Value start = r->start, step = r->step;
    int sign = tpInt_sign(vm, r->length);
    if (sign == 0) {
        start = step = NONE_VAL;
    } else if (IS_INT(r->length) && AS_INT(r->length) == 1) {
        step = NONE_VAL;
    }
    ObjTuple *t = tpTuple_pack(vm, 3, r->length, start, step);
    if (t == NULL) {
        return -1;
    }
    return tpObj_hash(vm, OBJ_VAL(t), out);
}

static int range_equal(VM *vm, ObjRange *a, ObjRange *b) {
    if (a == b) {
        return 1;
    }
    if (tpInt_cmp(vm, a->length, b->length) != 0) {
        return 0;
    }
    if (tpInt_sign(vm, a->length) == 0) {
        return 1;
    }
    if (tpInt_cmp(vm, a->start, b->start) != 0) {
        return 0;
    }
    if (IS_INT(a->length) && AS_INT(a->length) == 1) {
        return 1;
    }
    return tpInt_cmp(vm, a->step, b->step) == 0;
}

static int range_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *rt = vm->types[TYPE_RANGE];
    if (!IS_OBJ_TYPE(a, rt) || !IS_OBJ_TYPE(b, rt) || (op != CMP_EQ && op != CMP_NE)) {
        *out = vm->not_implemented;
        return 0;
    }
    int eq = range_equal(vm, as_range(a), as_range(b));
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

/* The length as a C integer; OverflowError past int64 as CPython's len(). */
static int range_len_i64(VM *vm, ObjRange *r, int64_t *out) {
    if (IS_INT(r->length)) {
        *out = AS_INT(r->length);
        return 0;
    }
    if (tpInt_as_i64(vm, r->length, out) < 0) {
        tpErr_clear(vm);
        return tpErr_raise(vm, EXC_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return 0;
}

static int range_len(VM *vm, Value self, int64_t *out) {
    return range_len_i64(vm, as_range(self), out);
}

static int range_truth(VM *vm, Value self, int *out) {
    *out = tpInt_sign(vm, as_range(self)->length) != 0;
    return 0;
}

static int range_slice(VM *vm, ObjRange *r, Value key, Value *out) {
    Value nstart, nstop, nstep, vstart, vstop, vstep;
    if (IS_INT(r->length)) {
        int64_t start, stop, step, n;
        if (tpSlice_indices(vm, (ObjSlice *)AS_OBJ(key), AS_INT(r->length), &start, &stop, &step,
                            &n) < 0) {
            return -1;
        }
        vstart = tpInt_from_i64(vm, start);
        vstop = tpInt_from_i64(vm, stop);
        vstep = tpInt_from_i64(vm, step);
    } else if (tpSlice_indices_big(vm, (ObjSlice *)AS_OBJ(key), r->length, &vstart, &vstop,
                                   &vstep) < 0) {
        return -1;  /* a range longer than int64: slice with ints of any size, as CPython */
    }
    if (IS_NULL(vstart) || IS_NULL(vstop) || IS_NULL(vstep) ||
        range_item(vm, r, vstart, &nstart) < 0 || range_item(vm, r, vstop, &nstop) < 0 ||
        tpObj_binop(vm, r->step, vstep, BINOP_MUL, &nstep) < 0) {
        return -1;
    }
    return range_make(vm, nstart, nstop, nstep, out);
}

static int range_getitem(VM *vm, Value self, Value key, Value *out) {
    ObjRange *r = as_range(self);
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return range_slice(vm, r, key, out);
    }
    if (tpType_of(vm, key)->sl.index == NULL && !IS_INT(key) && !IS_BOOL(key)) {
        return tpErr_format(vm, EXC_TypeError,
                            "range indices must be integers or slices, not %T", key);
    }
    Value i;
    if (tpObj_index(vm, key, &i) < 0) {
        return -1;
    }
    if (tpInt_sign(vm, i) < 0 && iop(vm, i, r->length, BINOP_ADD, &i) < 0) {
        return -1;
    }
    if (tpInt_sign(vm, i) < 0 || tpInt_cmp(vm, i, r->length) >= 0) {
        return tpErr_raise(vm, EXC_IndexError, "range object index out of range");
    }
    return range_item(vm, r, i, out);
}

/* Is the int x one of r's values? */
static int range_has_int(VM *vm, ObjRange *r, Value x, int *out) {
    *out = 0;
    if (IS_BOOL(x)) {
        x = INT_VAL(AS_BOOL(x));
    }
    int up = tpInt_sign(vm, r->step) > 0;
    if (up ? (tpInt_cmp(vm, x, r->start) < 0 || tpInt_cmp(vm, x, r->stop) >= 0)
           : (tpInt_cmp(vm, x, r->start) > 0 || tpInt_cmp(vm, x, r->stop) <= 0)) {
        return 0;
    }
    Value d, m;
    if (iop(vm, x, r->start, BINOP_SUB, &d) < 0 || tpObj_binop(vm, d, r->step, BINOP_MOD, &m) < 0) {
        return -1;
    }
    *out = tpInt_sign(vm, m) == 0;
    return 0;
}

static bool exact_int(VM *vm, Value x) {
    return IS_INT(x) || IS_BOOL(x) || IS_OBJ_TYPE(x, vm->types[TYPE_INT]);
}

/* Linear search for a non-int: position of the first equal item, or -1. */
/* Compare every item with x: *pos gets the first match (-1 if none); *count, unless NULL, the
 * number of matches (with count NULL the scan stops at the first match). */
static int range_search(VM *vm, Value self, Value x, int64_t *pos, int64_t *count) {
    Value it;
    if (tpObj_iter(vm, self, &it) < 0) {
        return -1;
    }
    *pos = -1;
    if (count != NULL) {
        *count = 0;
    }
    for (int64_t i = 0;; i++) {
        Value v;
        int eq;
        int rc = tpObj_next(vm, it, &v);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (tpObj_eq(vm, v, x, &eq) < 0) {
            return -1;
        }
        if (eq) {
            if (*pos < 0) {
                *pos = i;
            }
            if (count == NULL) {
                return 0; /* `in` and index() stop at the first match */
            }
            ++*count;
        }
    }
}

static int range_contains(VM *vm, Value self, Value x, int *out) {
    if (exact_int(vm, x)) {
        return range_has_int(vm, as_range(self), x, out);
    }
    int64_t pos;
    if (range_search(vm, self, x, &pos, NULL) < 0) {
        return -1;
    }
    *out = pos >= 0;
    return 0;
}

static int rangeiter_make(VM *vm, Value start, Value step, Value len, Value *out);

static int range_iter(VM *vm, Value self, Value *out) {
    ObjRange *r = as_range(self);
    return rangeiter_make(vm, r->start, r->step, r->length, out);
}

/* CPython's range() compares its bounds through the rich-comparison protocol, which costs one
 * recursion level " in comparison": at the recursion limit, range(n) raises there. */
static int bounds_compare_level(VM *vm) {
    if (tpC_enter(vm, " in comparison") < 0) {
        return -1;
    }
    tpC_leave(vm);
    return 0;
}

static int range_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "range() takes no keyword arguments");
    }
    if (argc < 1) {
        return tpErr_format(vm, EXC_TypeError, "range expected at least 1 argument, got %d", argc);
    }
    if (argc > 3) {
        return tpErr_format(vm, EXC_TypeError, "range expected at most 3 arguments, got %d", argc);
    }
    Value a[3] = {INT_VAL(0), INT_VAL(0), INT_VAL(1)};
    for (int i = 0; i < argc; i++) {
        if (tpObj_index(vm, argv[i], &a[argc == 1 ? 1 : i]) < 0) {
            return -1;
        }
    }
    /* (a zero step is refused before any comparison) */
    if (tpInt_sign(vm, a[2]) != 0 && bounds_compare_level(vm) < 0) {
        return -1;
    }
    return range_make(vm, a[0], a[1], a[2], out);
}

/* ==== methods and attributes ==== */

static int range_count_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (exact_int(vm, argv[1])) {
        int in;
        if (range_has_int(vm, as_range(argv[0]), argv[1], &in) < 0) {
            return -1;
        }
        *out = INT_VAL(in);
        return 0;
    }
    int64_t pos, count;
    if (range_search(vm, argv[0], argv[1], &pos, &count) < 0) {
        return -1;
    }
    *out = INT_VAL(count);
    return 0;
}

static int range_index_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjRange *r = as_range(argv[0]);
    if (exact_int(vm, argv[1])) {
        int in;
        Value d;
        if (range_has_int(vm, r, argv[1], &in) < 0) {
            return -1;
        }
        if (!in) {
            return tpErr_format(vm, EXC_ValueError, "%R is not in range", argv[1]);
        }
        Value x = IS_BOOL(argv[1]) ? INT_VAL(AS_BOOL(argv[1])) : argv[1];
        if (iop(vm, x, r->start, BINOP_SUB, &d) < 0) {
            return -1;
        }
        return tpObj_binop(vm, d, r->step, BINOP_FLOORDIV, out);
    }
    int64_t pos;
    if (range_search(vm, argv[0], argv[1], &pos, NULL) < 0) {
        return -1;
    }
    if (pos < 0) {
        return tpErr_raise(vm, EXC_ValueError, "sequence.index(x): x not in sequence");
    }
    *out = INT_VAL(pos);
    return 0;
}

static int range_reversed_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjRange *r = as_range(argv[0]);
    Value last, nstep;
    if (tpInt_sign(vm, r->length) == 0) {
        return rangeiter_make(vm, r->start, r->step, r->length, out);
    }
    Value lm1;
    if (iop(vm, r->length, INT_VAL(1), BINOP_SUB, &lm1) < 0 || range_item(vm, r, lm1, &last) < 0 ||
        tpObj_unop(vm, r->step, UNOP_NEG, &nstep) < 0) {
        return -1;
    }
    return rangeiter_make(vm, last, nstep, r->length, out);
}

static int range_get_start(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_range(self)->start;
    return 0;
}

static int range_get_stop(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_range(self)->stop;
    return 0;
}

static int range_get_step(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_range(self)->step;
    return 0;
}

static const MethodDef range_methods[] = {
    TP_METHOD("count", range_count_m, 1, 1),
    TP_METHOD("index", range_index_m, 1, 1),
    TP_METHOD("__reversed__", range_reversed_m, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpRange_spec = {
    .name = "range",
    .id = TYPE_RANGE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjRange),
    .flags = TPFLAG_GC_BARRIERED,   /* immutable */
    .slots = {
        .mark = range_mark,
        .repr = range_repr,
        .hash = range_hash,
        .richcmp = range_richcmp,
        .truth = range_truth,
        .len = range_len,
        .iter = range_iter,
        .getitem = range_getitem,
        .contains = range_contains,
        .new_ = range_new,
    },
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

/* ==== range_iterator ==== */

typedef struct RangeIter {
    Obj hdr;
    bool big;                /* use the Value fields */
    int64_t cur, step, left;
    Value bcur, bstep, bleft;
} RangeIter;

/* Does the int v fit a C long (64 bits)? */
static bool fits_long(VM *vm, Value v) {
    int64_t x;
    if (IS_INT(v)) {
        return true;
    }
    if (tpInt_as_i64(vm, v, &x) < 0) {
        tpErr_clear(vm);
        return false;
    }
    return true;
}

static int rangeiter_make(VM *vm, Value start, Value step, Value len, Value *out) {
    bool big = !(IS_INT(start) && IS_INT(step) && IS_INT(len));
    /* CPython's longrange_iterator serves ranges whose values do not fit a C long */
    bool lng = big && !(fits_long(vm, start) && fits_long(vm, step) && fits_long(vm, len));
    RangeIter *it = tpGC_alloc(vm, vm->types[lng ? TYPE_LONGRANGE_ITER : TYPE_RANGE_ITER],
                               sizeof(RangeIter));
    if (it == NULL) {
        return -1;
    }
    it->big = big;
    it->bcur = start;
    it->bstep = step;
    it->bleft = len;
    if (!it->big) {
        it->cur = AS_INT(start);
        it->step = AS_INT(step);
        it->left = AS_INT(len);
    }
    *out = OBJ_VAL(it);
    return 0;
}

static void rangeiter_mark(VM *vm, Obj *o) {
    RangeIter *it = (RangeIter *)o;
    tpGC_mark_value(vm, it->bcur);
    tpGC_mark_value(vm, it->bstep);
    tpGC_mark_value(vm, it->bleft);
}

/* The iterator of range(*argv), made without the range object when nothing else can see it
 * (CALL of `range` followed by GET_ITER, as in `for i in range(n)`: vm.c). Small-int arguments
 * only: 1 done, 0 when the ordinary call must run (other arguments, step 0, a length past the
 * small-int range), -1 on error. */
int tpRange_iter_of_args(VM *vm, int argc, const Value *argv, Value *out) {
    if (argc < 1 || argc > 3) {
        return 0;
    }
    for (int i = 0; i < argc; i++) {
        if (!IS_INT(argv[i])) {
            return 0;
        }
    }
    int64_t start = argc == 1 ? 0 : AS_INT(argv[0]);
    int64_t stop = AS_INT(argv[argc == 1 ? 0 : 1]);
    int64_t step = argc == 3 ? AS_INT(argv[2]) : 1;
    if (step == 0) {
        return 0;
    }
    int64_t lo = step > 0 ? start : stop, hi = step > 0 ? stop : start;
    int64_t len = lo < hi ? (hi - lo - 1) / (step > 0 ? step : -step) + 1 : 0;
    if (!FITS_SMALLINT(len)) {
        return 0;
    }
    if (bounds_compare_level(vm) < 0) {
        return -1;
    }
    return rangeiter_make(vm, INT_VAL(start), INT_VAL(step), INT_VAL(len), out) < 0 ? -1 : 1;
}

static int rangeiter_next(VM *vm, Value self, Value *out) {
    RangeIter *it = (RangeIter *)AS_OBJ(self);
    if (!it->big) {
        if (it->left <= 0) {
            return 1;
        }
        /* every `for i in range(...)` step: a small int needs no call into bigint.c */
        *out = FITS_SMALLINT(it->cur) ? INT_VAL(it->cur) : tpInt_from_i64(vm, it->cur);
        if (IS_NULL(*out)) {
            return -1;
        }
        it->cur += it->step;
        it->left--;
        return 0;
    }
    if (tpInt_sign(vm, it->bleft) <= 0) {
        return 1;
    }
    Value next, left;
    if (iop(vm, it->bcur, it->bstep, BINOP_ADD, &next) < 0 ||
        iop(vm, it->bleft, INT_VAL(1), BINOP_SUB, &left) < 0) {
        return -1;
    }
    *out = it->bcur;
    it->bcur = next;
    it->bleft = left;
    tpGC_barrier(vm, AS_OBJ(self));
    return 0;
}

bool tpRange_known_length(VM *vm, Value v, Value *len) {
    if (IS_OBJ_TYPE(v, vm->types[TYPE_RANGE])) {
        *len = as_range(v)->length;
        return true;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_RANGE_ITER]) ||
        IS_OBJ_TYPE(v, vm->types[TYPE_LONGRANGE_ITER])) {
        RangeIter *it = (RangeIter *)AS_OBJ(v);
        *len = it->big ? it->bleft : INT_VAL(it->left < 0 ? 0 : it->left);
        return true;
    }
    return false;
}

static int rangeiter_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    RangeIter *it = (RangeIter *)AS_OBJ(argv[0]);
    *out = it->big ? it->bleft : INT_VAL(it->left);
    return 0;
}

static const MethodDef rangeiter_methods[] = {
    TP_METHOD("__length_hint__", rangeiter_length_hint, 0, 0),
    TP_METHOD_END,
};

#define RANGEITER_SPEC(sym, tname, tid)                                                            \
    const TypeSpec sym = {                                                                         \
        .name = tname,                                                                             \
        .id = tid,                                                                                 \
        .base = TYPE_OBJECT,                                                                       \
        .size = sizeof(RangeIter),                                                                 \
        .flags = TPFLAG_GC_BARRIERED,                                                              \
        .slots = {.mark = rangeiter_mark, .iter = tpSeq_iter_self, .next = rangeiter_next},        \
        .methods = rangeiter_methods,                                                              \
    }

RANGEITER_SPEC(tpRangeIter_spec, "range_iterator", TYPE_RANGE_ITER);
RANGEITER_SPEC(tpLongRangeIter_spec, "longrange_iterator", TYPE_LONGRANGE_ITER);
