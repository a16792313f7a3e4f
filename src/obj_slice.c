/*
 * obj_slice.c — the slice type and tpSlice_indices (resolving a slice against a length with
 * CPython's clamping rules, used by every sliceable sequence).
 */
#include "seq.h"

static ObjSlice *as_slice(Value v) { return (ObjSlice *)AS_OBJ(v); }

Value tpSlice_new(VM *vm, Value start, Value stop, Value step) {
    ObjSlice *s = tpGC_alloc(vm, vm->types[TYPE_SLICE], sizeof(ObjSlice));
    if (s == NULL) {
        return NULL_VAL;
    }
    s->start = IS_NULL(start) ? NONE_VAL : start;
    s->stop = IS_NULL(stop) ? NONE_VAL : stop;
    s->step = IS_NULL(step) ? NONE_VAL : step;
    return OBJ_VAL(s);
}

/* The step, start and stop of a slice as clamped C integers, before adjusting to a length. */
static int slice_unpack(VM *vm, ObjSlice *s, int64_t *start, int64_t *stop, int64_t *step) {
    *step = 1;
    if (!IS_NONE(s->step)) {
        if (tpSeq_slice_index(vm, s->step, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            return tpErr_raise(vm, EXC_ValueError, "slice step cannot be zero");
        }
        if (*step < -INT64_MAX) {
            *step = -INT64_MAX;
        }
    }
    if (IS_NONE(s->start)) {
        *start = *step < 0 ? INT64_MAX : 0;
    } else if (tpSeq_slice_index(vm, s->start, start) < 0) {
        return -1;
    }
    if (IS_NONE(s->stop)) {
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    } else if (tpSeq_slice_index(vm, s->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

static int64_t adjust_bound(int64_t x, int64_t len, int64_t step) {
    if (x < 0) {
        x += len;
        if (x < 0) {
            x = step < 0 ? -1 : 0;
        }
    } else if (x >= len) {
        x = step < 0 ? len - 1 : len;
    }
    return x;
}

int tpSlice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start, int64_t *stop,
                    int64_t *step, int64_t *slicelen) {
    if (slice_unpack(vm, s, start, stop, step) < 0) {
        return -1;
    }
    *start = adjust_bound(*start, len, *step);
    *stop = adjust_bound(*stop, len, *step);
    if (*step < 0) {
        *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    } else {
        *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    }
    return 0;
}

/* One bound or the step of a slice as an int Value (no clamping). */
static int slice_index_big(VM *vm, Value v, Value *out) {
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
        return 0;
    }
    int64_t probe;
    if (!tpObj_is(vm, v, TYPE_INT) && tpSeq_slice_index(vm, v, &probe) < 0) {
        return -1;  /* not an index: the TypeError slices raise */
    }
    return tpObj_index(vm, v, out);
}

/* Adjust one bound against len: negative counts from the end, then clamp to [lo, hi]. */
static int adjust_big(VM *vm, Value x, Value len, Value lo, Value hi, Value *out) {
    if (tpInt_sign(vm, x) < 0) {
        if (tpObj_binop(vm, x, len, BINOP_ADD, &x) < 0) {
            return -1;
        }
        *out = tpInt_cmp(vm, x, lo) < 0 ? lo : x;
        return 0;
    }
    *out = tpInt_cmp(vm, x, hi) > 0 ? hi : x;
    return 0;
}

int tpSlice_indices_big(VM *vm, ObjSlice *s, Value len, Value *start, Value *stop, Value *step) {
    *step = INT_VAL(1);
    if (!IS_NONE(s->step)) {
        if (slice_index_big(vm, s->step, step) < 0) {
            return -1;
        }
        if (tpInt_sign(vm, *step) == 0) {
            return tpErr_raise(vm, EXC_ValueError, "slice step cannot be zero");
        }
    }
    bool back = tpInt_sign(vm, *step) < 0;
    Value lo = back ? INT_VAL(-1) : INT_VAL(0), hi = len;
    if (back && tpObj_binop(vm, len, INT_VAL(1), BINOP_SUB, &hi) < 0) {
        return -1;
    }
    if (IS_NONE(s->start)) {
        *start = back ? hi : lo;
    } else if (slice_index_big(vm, s->start, start) < 0 ||
               adjust_big(vm, *start, len, lo, hi, start) < 0) {
        return -1;
    }
    if (IS_NONE(s->stop)) {
        *stop = back ? lo : hi;
    } else if (slice_index_big(vm, s->stop, stop) < 0 ||
               adjust_big(vm, *stop, len, lo, hi, stop) < 0) {
        return -1;
    }
    return 0;
}

/* ==== slots ==== */

static void slice_mark(VM *vm, Obj *o) {
    ObjSlice *s = (ObjSlice *)o;
    tpGC_mark_value(vm, s->start);
    tpGC_mark_value(vm, s->stop);
    tpGC_mark_value(vm, s->step);
}

static int slice_repr(VM *vm, Value self, Value *out) {
    ObjSlice *s = as_slice(self);
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_puts(vm, &b, "slice(") < 0 || tpBuf_put_repr(vm, &b, s->start) < 0 ||
        tpBuf_put(vm, &b, ", ", 2) < 0 || tpBuf_put_repr(vm, &b, s->stop) < 0 ||
        tpBuf_put(vm, &b, ", ", 2) < 0 || tpBuf_put_repr(vm, &b, s->step) < 0 ||
        tpBuf_putc(vm, &b, ')') < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *str = tpBuf_finish(vm, &b);
    if (str == NULL) {
        return -1;
    }
    *out = OBJ_VAL(str);
    return 0;
}

static int slice_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *st = vm->types[TYPE_SLICE];
    if (!IS_OBJ_TYPE(a, st) || !IS_OBJ_TYPE(b, st)) {
        *out = vm->not_implemented;
        return 0;
    }
    if (a == b && (op == CMP_EQ || op == CMP_NE)) {
        *out = BOOL_VAL(op == CMP_EQ);
        return 0;
    }
    ObjSlice *x = as_slice(a), *y = as_slice(b);
    ObjTuple *tx = tpTuple_pack(vm, 3, x->start, x->stop, x->step);
    ObjTuple *ty = tx ? tpTuple_pack(vm, 3, y->start, y->stop, y->step) : NULL;
    if (ty == NULL) {
        return -1;
    }
    return tpObj_richcmp(vm, OBJ_VAL(tx), OBJ_VAL(ty), op, out);
}

static int slice_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "slice() takes no keyword arguments");
    }
    if (argc < 1) {
        return tpErr_format(vm, EXC_TypeError, "slice expected at least 1 argument, got %d", argc);
    }
    if (argc > 3) {
        return tpErr_format(vm, EXC_TypeError, "slice expected at most 3 arguments, got %d", argc);
    }
    if (argc == 1) {
        *out = tpSlice_new(vm, NONE_VAL, argv[0], NONE_VAL);
    } else {
        *out = tpSlice_new(vm, argv[0], argv[1], argc == 3 ? argv[2] : NONE_VAL);
    }
    return IS_NULL(*out) ? -1 : 0;
}

/* ==== methods and attributes ==== */

static int slice_indices_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    Value lv;
    if (tpObj_index(vm, argv[1], &lv) < 0) {
        return -1;
    }
    if (tpInt_sign(vm, lv) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "length should not be negative");
    }
    Value a, b, c;
    if (tpSlice_indices_big(vm, as_slice(argv[0]), lv, &a, &b, &c) < 0) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 3, a, b, c);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int slice_get_start(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_slice(self)->start;
    return 0;
}

static int slice_get_stop(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_slice(self)->stop;
    return 0;
}

static int slice_get_step(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = as_slice(self)->step;
    return 0;
}

static const MethodDef slice_methods[] = {
    TP_METHOD("indices", slice_indices_m, 1, 1),
    TP_METHOD_END,
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpSlice_spec = {
    .name = "slice",
    .id = TYPE_SLICE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjSlice),
    .flags = TPFLAG_UNHASHABLE | TPFLAG_GC_BARRIERED,   /* immutable */
    .slots = {
        .mark = slice_mark,
        .repr = slice_repr,
        .richcmp = slice_richcmp,
        .new_ = slice_new,
    },
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])",
};
