/*
 * seq.c — helpers shared by the sequence types: collecting iterables into lists/tuples
 * (tpSeq_list, tpSeq_tuple), index and repeat-count conversion, lexicographic comparison,
 * linear search, and the "can only concatenate" fallback for + and *.
 * The types themselves live in obj_list.c, obj_tuple.c, obj_range.c and obj_str.c.
 */
#include "seq.h"
#include "typealias.h"

ObjList *tpSeq_list(VM *vm, Value iterable) {
    if (IS_OBJ(iterable)) {
        ObjType *t = AS_OBJ(iterable)->type;
        if (t == vm->types[TYPE_LIST]) {
            return tpList_from(vm, AS_LIST(iterable)->len, AS_LIST(iterable)->items);
        }
        if (t == vm->types[TYPE_TUPLE]) {
            return tpList_from(vm, AS_TUPLE(iterable)->len, AS_TUPLE(iterable)->items);
        }
    }
    ObjList *l = tpList_new(vm, 0);
    if (l == NULL || tpList_extend(vm, l, iterable) < 0) {
        return NULL;
    }
    return l;
}

ObjTuple *tpSeq_tuple(VM *vm, Value iterable) {
    if (IS_OBJ(iterable)) {
        ObjType *t = AS_OBJ(iterable)->type;
        if (t == vm->types[TYPE_TUPLE]) {
            return AS_TUPLE(iterable);
        }
        if (t == vm->types[TYPE_LIST]) {
            return tpTuple_from(vm, AS_LIST(iterable)->len, AS_LIST(iterable)->items);
        }
    }
    ObjList *l = tpSeq_list(vm, iterable);
    if (l == NULL) {
        return NULL;
    }
    return tpTuple_from(vm, l->len, l->items);
}

static bool has_index(VM *vm, Value v) { return tpType_of(vm, v)->sl.index != NULL; }

int tpSeq_index_key(VM *vm, Value key, int64_t len, int64_t *out) {
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_BOOL(key)) {
        i = AS_BOOL(key);
    } else if (!has_index(vm, key)) {
        return 1;
    } else if (tpObj_as_index(vm, key, &i) < 0) {
        if (tpErr_matches(vm, EXC_OverflowError)) {
            tpErr_clear(vm);
            return tpErr_format(vm, EXC_IndexError,
                                "cannot fit '%T' into an index-sized integer", key);
        }
        return -1;
    }
    if (i < 0) {
        i += len;
    }
    *out = i;
    return 0;
}

int tpSeq_slice_index(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return 0;
    }
    if (!has_index(vm, v)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
    }
    Value iv;
    if (tpObj_index(vm, v, &iv) < 0) {
        return -1;
    }
    if (IS_INT(iv)) {
        *out = AS_INT(iv);
    } else if (IS_BOOL(iv)) {
        *out = AS_BOOL(iv);
    } else if (tpInt_as_i64(vm, iv, out) < 0) {
        tpErr_clear(vm);
        *out = tpInt_sign(vm, iv) < 0 ? INT64_MIN : INT64_MAX;
    }
    return 0;
}

int tpSeq_clamp_arg(VM *vm, Value v, int64_t len, int64_t *io) {
    if (IS_NULL(v)) {
        return 0;
    }
    int64_t x;
    if (!IS_INT(v) && !IS_BOOL(v) && !has_index(vm, v)) {
        /* list.index/tuple.index take no None, hence CPython's shorter message */
        return tpErr_raise(vm, EXC_TypeError,
                           "slice indices must be integers or have an __index__ method");
    }
    if (tpSeq_slice_index(vm, v, &x) < 0) {
        return -1;
    }
    if (x < 0) {
        x = x < -len ? 0 : x + len;
    }
    *io = x;
    return 0;
}

int tpSeq_repeat_count(VM *vm, Value n, int64_t *out) {
    int64_t c;
    if (IS_INT(n)) {
        c = AS_INT(n);
    } else if (IS_BOOL(n)) {
        c = AS_BOOL(n);
    } else if (!has_index(vm, n)) {
        return 1;
    } else if (tpObj_as_index(vm, n, &c) < 0) {
        return -1;
    }
    *out = c < 0 ? 0 : c;
    return 0;
}

int tpSeq_richcmp(VM *vm, Value *const *a_items, const size_t *a_len, Value *const *b_items,
                  const size_t *b_len, int op, Value *out) {
    if ((op == CMP_EQ || op == CMP_NE) && *a_len != *b_len) {
        *out = BOOL_VAL(op == CMP_NE);
        return 0;
    }
    size_t i = 0;
    for (; i < *a_len && i < *b_len; i++) {
        Value x = (*a_items)[i], y = (*b_items)[i];
        if (x == y) {
            /* identity implies equality in containers; this includes a NaN compared with
             * itself ([x] == [x] is True in CPython when x is one NaN object) */
            continue;
        }
        size_t mark = tpGC_save(vm);
        int eq;
        if (tpGC_push_root(vm, x) < 0 || tpGC_push_root(vm, y) < 0 ||
            tpObj_eq(vm, x, y, &eq) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (!eq) {
            break;
        }
    }
    if (i >= *a_len || i >= *b_len) {
        *out = BOOL_VAL(tpCmp_holds(op, (int64_t)*a_len, (int64_t)*b_len));
        return 0;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        *out = BOOL_VAL(op == CMP_NE);
        return 0;
    }
    Value x = (*a_items)[i], y = (*b_items)[i];
    if (tpGC_push_root(vm, x) < 0 || tpGC_push_root(vm, y) < 0) {
        return -1;
    }
    return tpObj_richcmp(vm, x, y, op, out);
}

int tpSeq_binop_fallback(VM *vm, Value a, Value b, int op, Value other, const char *msg,
                         Value *out) {
    ObjType *ot = tpType_of(vm, other);
    /* Only the right operand gets a second chance (the left one was tried before us), and only a
     * class defined in Python can have a reflected method that accepts a built-in sequence. */
    if (other == b && (ot->flags & TPFLAG_HEAPTYPE) && ot->sl.binop != NULL &&
        ot->sl.binop != tpType_of(vm, a)->sl.binop) { /* an inherited slot would recurse */
        if (ot->sl.binop(vm, a, b, op, out) < 0) {
            return -1;
        }
        if (*out != vm->not_implemented) {
            return 0;
        }
    }
    return tpErr_format(vm, EXC_TypeError, msg, other);
}

int tpSeq_class_getitem(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    return tpGenericAlias_class_getitem(vm, argc, argv, kwnames, out);
}

int tpSeq_iter_self(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = self;
    return 0;
}

/* One equality test of a container item against x, keeping both alive while Python code runs. */
static int item_eq(VM *vm, Value item, Value x, int *eq) {
    if (item == x) {
        *eq = 1;
        return 0;
    }
    size_t mark = tpGC_save(vm);
    if (tpGC_push_root(vm, item) < 0 || tpObj_eq(vm, item, x, eq) < 0) {
        return -1;
    }
    tpGC_restore(vm, mark);
    return 0;
}

int tpSeq_find(VM *vm, Value *const *items, const size_t *len, Value x, int64_t start,
               int64_t stop, int64_t *pos) {
    for (int64_t i = start < 0 ? 0 : start; i < stop && (size_t)i < *len; i++) {
        int eq;
        if (item_eq(vm, (*items)[i], x, &eq) < 0) {
            return -1;
        }
        if (eq) {
            *pos = i;
            return 1;
        }
    }
    return 0;
}

int tpSeq_count(VM *vm, Value *const *items, const size_t *len, Value x, int64_t *out) {
    int64_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        int eq;
        if (item_eq(vm, (*items)[i], x, &eq) < 0) {
            return -1;
        }
        n += eq;
    }
    *out = n;
    return 0;
}
