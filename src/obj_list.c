/*
 * obj_list.c — the list type, list_iterator and list_reverseiterator.
 *
 * A list is a growable C array of Values (tpMem-owned). Python code run by __eq__/__repr__ of an
 * item may mutate the list, so loops re-read `items`/`len` after every call out and never keep a
 * pointer into the array across one. Sorting lives in list_sort.c.
 */
#include "seq.h"
#include "cstack.h"
#include "size_check.h"
#include "vm_internal.h"

/* ==== storage ==== */

static int list_reserve(VM *vm, ObjList *l, size_t need) {
    if (need <= l->cap) {
        return 0;
    }
    if (tpSize_check_items(vm, need, 2 * sizeof(Value), 0) < 0) {
        return -1;
    }
    size_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    Value *p = tpMem_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    if (p == NULL) {
        return -1;
    }
    l->items = p;
    l->cap = cap;
    return 0;
}

static ObjList *list_alloc(VM *vm, ObjType *type, size_t cap) {
    size_t size = type == vm->types[TYPE_LIST] ? sizeof(ObjList) : type->size;
    ObjList *l = tpGC_alloc(vm, type, size);
    if (l == NULL) {
        return NULL;
    }
    if (cap > 0 && list_reserve(vm, l, cap) < 0) {
        return NULL;
    }
    return l;
}

ObjList *tpList_new(VM *vm, size_t cap) { return list_alloc(vm, vm->types[TYPE_LIST], cap); }

ObjList *tpList_from(VM *vm, size_t n, const Value *items) {
    ObjList *l = tpList_new(vm, n);
    if (l != NULL && n > 0) {
        memcpy(l->items, items, n * sizeof(Value));
        l->len = n;
    }
    return l;
}

int tpList_append(VM *vm, ObjList *l, Value v) {
    if (l->len == l->cap && list_reserve(vm, l, l->len + 1) < 0) {
        return -1;
    }
    l->items[l->len++] = v;
    if (IS_OBJ(v)) {
        tpGC_barrier_list(vm, l, l->len - 1);
    }
    return 0;
}

/* Append n values (which may live inside l itself). */
static int list_append_array(VM *vm, ObjList *l, size_t n, const Value *src) {
    if (n == 0) {
        return 0;
    }
    if (l->items != NULL && src >= l->items && src < l->items + l->len) {  /* NULL: no UB */
        size_t off = (size_t)(src - l->items);
        if (list_reserve(vm, l, l->len + n) < 0) {
            return -1;
        }
        src = l->items + off;
    } else if (list_reserve(vm, l, l->len + n) < 0) {
        return -1;
    }
    memmove(l->items + l->len, src, n * sizeof(Value));
    tpGC_barrier_list(vm, l, l->len);
    l->len += n;
    return 0;
}

/* A range (or its iterator) knows its length: reserve it up front, so that list(range(2**40))
 * fails at once with MemoryError (OverflowError past sys.maxsize) as in CPython instead of growing
 * forever. */
static int presize_from_range(VM *vm, ObjList *l, Value iterable) {
    Value n;
    if (!tpRange_known_length(vm, iterable, &n)) {
        return 0;
    }
    if (!IS_INT(n)) {
        int64_t big;
        if (tpInt_as_i64(vm, n, &big) < 0) {
            tpErr_clear(vm);
            return tpErr_raise(vm, EXC_OverflowError,
                               "Python int too large to convert to C ssize_t");
        }
        return tpErr_no_memory(vm);
    }
    return list_reserve(vm, l, l->len + (size_t)AS_INT(n));
}

int tpList_extend(VM *vm, ObjList *l, Value iterable) {
    /* the fast paths only when a subclass has not overridden __iter__ */
    ObjType *it_type = tpType_of(vm, iterable);
    if (IS_OBJ(iterable)) {
        if (tpObj_is(vm, iterable, TYPE_LIST) && it_type->sl.iter == vm->types[TYPE_LIST]->sl.iter) {
            return list_append_array(vm, l, AS_LIST(iterable)->len, AS_LIST(iterable)->items);
        }
        if (tpObj_is(vm, iterable, TYPE_TUPLE) &&
            it_type->sl.iter == vm->types[TYPE_TUPLE]->sl.iter) {
            return list_append_array(vm, l, AS_TUPLE(iterable)->len, AS_TUPLE(iterable)->items);
        }
    }
    if (presize_from_range(vm, l, iterable) < 0) {
        return -1;
    }
    Value it;
    if (tpObj_iter(vm, iterable, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value v;
        int rc = tpObj_next(vm, it, &v);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (tpList_append(vm, l, v) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
}

static bool is_list(VM *vm, Value v) { return tpObj_is(vm, v, TYPE_LIST); }

/* Remove items [lo, hi) (0 <= lo <= hi <= len). */
static void list_remove_range(ObjList *l, size_t lo, size_t hi) {
    if (l->len > hi) {
        memmove(l->items + lo, l->items + hi, (l->len - hi) * sizeof(Value));
        tpGC_list_moved(l, lo);
    }
    l->len -= hi - lo;
}

/* ==== slots ==== */

static void list_mark(VM *vm, Obj *o) {
    ObjList *l = (ObjList *)o;
    tpGC_mark_values(vm, l->items, l->len);
}

static void list_free(VM *vm, Obj *o) {
    ObjList *l = (ObjList *)o;
    tpMem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->len = l->cap = 0;
}

static int list_repr(VM *vm, Value self, Value *out) {
    ObjList *l = AS_LIST(self);
    if (l->len == 0) {
        return tpSeq_cstr(vm, "[]", out);
    }
    if (tpSeq_repr_enter(&l->hdr)) {
        return tpSeq_cstr(vm, "[...]", out);
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_putc(vm, &b, '[');
    for (size_t i = 0; rc == 0 && i < l->len; i++) {
        Value item = l->items[i];
        if (i > 0) {
            rc = tpBuf_put(vm, &b, ", ", 2);
        }
        if (rc == 0) {
            rc = tpGC_push_root(vm, item);
        }
        if (rc == 0) {
            rc = tpC_put_repr(vm, &b, item);
        }
    }
    if (rc == 0) {
        rc = tpBuf_putc(vm, &b, ']');
    }
    tpSeq_repr_leave(&l->hdr);
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

static int list_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_list(vm, a) || !is_list(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjList *x = AS_LIST(a), *y = AS_LIST(b);
    return tpSeq_richcmp(vm, &x->items, &x->len, &y->items, &y->len, op, out);
}

static int list_repeat(VM *vm, ObjList *l, int64_t n, ObjList *dst) {
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        dst->len = 0;
        return 0;
    }
    size_t total;
    if (tpSize_mul(len, (size_t)n, &total) < 0) {
        return tpErr_no_memory(vm);
    }
    if (tpSize_check_items(vm, total, sizeof(Value), 0) < 0) {
        return -1;
    }
    if (list_reserve(vm, dst, total) < 0) {
        return -1;
    }
    if (dst != l) {
        memcpy(dst->items, l->items, len * sizeof(Value));
    }
    for (size_t done = len; done < total;) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(dst->items + done, dst->items, chunk * sizeof(Value));
        done += chunk;
    }
    dst->len = total;
    return 0;
}

static int list_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op == BINOP_ADD) {
        if (!is_list(vm, a)) {
            *out = vm->not_implemented;
            return 0;
        }
        if (!is_list(vm, b)) {
            return tpSeq_binop_fallback(vm, a, b, op, b,
                                        "can only concatenate list (not \"%T\") to list", out);
        }
        ObjList *x = AS_LIST(a), *y = AS_LIST(b);
        ObjList *r = tpList_new(vm, x->len + y->len);
        if (r == NULL || list_append_array(vm, r, x->len, x->items) < 0 ||
            list_append_array(vm, r, y->len, y->items) < 0) {
            return -1;
        }
        *out = OBJ_VAL(r);
        return 0;
    }
    if (op == BINOP_MUL) {
        bool left = is_list(vm, a);
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
        ObjList *r = tpList_new(vm, 0);
        if (r == NULL || list_repeat(vm, AS_LIST(left ? a : b), count, r) < 0) {
            return -1;
        }
        *out = OBJ_VAL(r);
        return 0;
    }
    *out = vm->not_implemented;
    return 0;
}

static int list_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_list(vm, a)) {
        *out = vm->not_implemented;
        return 0;
    }
    if (op == BINOP_ADD) {
        if (tpList_extend(vm, AS_LIST(a), b) < 0) {
            return -1;
        }
        *out = a;
        return 0;
    }
    if (op == BINOP_MUL) {
        int64_t count;
        int rc = tpSeq_repeat_count(vm, b, &count);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            /* not a count: let the plain binop try b's reflected method and raise */
            *out = vm->not_implemented;
            return 0;
        }
        if (list_repeat(vm, AS_LIST(a), count, AS_LIST(a)) < 0) {
            return -1;
        }
        *out = a;
        return 0;
    }
    *out = vm->not_implemented;
    return 0;
}

static int list_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)AS_LIST(self)->len;
    return 0;
}

static int list_slice_of(VM *vm, Value key, ObjList *l, int64_t *start, int64_t *stop,
                         int64_t *step, int64_t *n, const char *what) {
    if (!IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return tpErr_format(vm, EXC_TypeError, "list %s must be integers or slices, not %T", what,
                            key);
    }
    return tpSlice_indices(vm, (ObjSlice *)AS_OBJ(key), (int64_t)l->len, start, stop, step, n);
}

static int list_getitem(VM *vm, Value self, Value key, Value *out) {
    ObjList *l = AS_LIST(self);
    int64_t i;
    int rc = tpSeq_index_key(vm, key, (int64_t)l->len, &i);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        if (i < 0 || (uint64_t)i >= l->len) {
            return tpErr_raise(vm, EXC_IndexError, "list index out of range");
        }
        *out = l->items[i];
        return 0;
    }
    int64_t start, stop, step, n;
    if (list_slice_of(vm, key, l, &start, &stop, &step, &n, "indices") < 0) {
        return -1;
    }
    ObjList *r = tpList_new(vm, (size_t)n);
    if (r == NULL) {
        return -1;
    }
    if (step == 1 && n > 0) {
        memcpy(r->items, l->items + start, (size_t)n * sizeof(Value));
    } else {
        for (int64_t k = 0; k < n; k++) {
            r->items[k] = l->items[start + k * step];
        }
    }
    r->len = (size_t)n;
    *out = OBJ_VAL(r);
    return 0;
}

/* The items to assign to a slice, as a private list. */
static ObjList *assigned_items(VM *vm, Value v, const char *not_iterable) {
    ObjType *t = tpType_of(vm, v);
    if (t->sl.iter == NULL && t->sl.getitem == NULL) {
        tpErr_raise(vm, EXC_TypeError, not_iterable);
        return NULL;
    }
    return tpSeq_list(vm, v);
}

static int list_assign_slice(VM *vm, ObjList *l, Value key, Value v) {
    int64_t start, stop, step, n;
    if (list_slice_of(vm, key, l, &start, &stop, &step, &n, "indices") < 0) {
        return -1;
    }
    if (step == 1) {
        ObjList *src = assigned_items(vm, v, "can only assign an iterable");
        if (src == NULL) {
            return -1;
        }
        /* the slice is re-resolved: converting v may have run code that resized l */
        size_t lo = (size_t)start < l->len ? (size_t)start : l->len;
        size_t hi = stop < start ? lo : ((size_t)stop < l->len ? (size_t)stop : l->len);
        size_t k = src->len, removed = hi - lo;
        if (k > removed && list_reserve(vm, l, l->len + k - removed) < 0) {
            return -1;
        }
        if (l->len > hi) {
            memmove(l->items + lo + k, l->items + hi, (l->len - hi) * sizeof(Value));
            tpGC_list_moved(l, lo);
        }
        if (k > 0) {
            memcpy(l->items + lo, src->items, k * sizeof(Value));
            tpGC_barrier_list(vm, l, lo);
        }
        l->len = l->len - removed + k;
        return 0;
    }
    ObjList *src = assigned_items(vm, v, "must assign iterable to extended slice");
    if (src == NULL) {
        return -1;
    }
    if ((int64_t)src->len != n) {
        return tpErr_format(vm, EXC_ValueError,
                            "attempt to assign sequence of size %zu to extended slice of size %lld",
                            src->len, (long long)n);
    }
    for (int64_t k = 0; k < n; k++) {
        int64_t at = start + k * step;
        if (at >= 0 && (uint64_t)at < l->len) {
            l->items[at] = src->items[k];
        }
    }
    tpGC_barrier_list(vm, l, 0);
    return 0;
}

static int list_delete_slice(VM *vm, ObjList *l, Value key) {
    int64_t start, stop, step, n;
    if (list_slice_of(vm, key, l, &start, &stop, &step, &n, "indices") < 0) {
        return -1;
    }
    if (n <= 0) {
        return 0;
    }
    if (step < 0) {
        start = start + (n - 1) * step;
        step = -step;
    }
    if (step == 1) {
        list_remove_range(l, (size_t)start, (size_t)(start + n));
        return 0;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < l->len; r++) {
        int64_t rel = (int64_t)r - start;
        if (rel % step == 0 && rel / step < n) {
            continue;
        }
        l->items[w++] = l->items[r];
    }
    tpGC_list_moved(l, (size_t)start);
    l->len = w;
    return 0;
}

static int list_setitem(VM *vm, Value self, Value key, Value v) {
    ObjList *l = AS_LIST(self);
    int64_t i;
    int rc = tpSeq_index_key(vm, key, (int64_t)l->len, &i);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        if (i < 0 || (uint64_t)i >= l->len) {
            return tpErr_raise(vm, EXC_IndexError, "list assignment index out of range");
        }
        if (IS_NULL(v)) {
            list_remove_range(l, (size_t)i, (size_t)i + 1);
        } else {
            l->items[i] = v;
            if (IS_OBJ(v)) {
                tpGC_barrier_list(vm, l, (size_t)i);
            }
        }
        return 0;
    }
    if (!IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return tpErr_format(vm, EXC_TypeError, "list indices must be integers or slices, not %T",
                            key);
    }
    return IS_NULL(v) ? list_delete_slice(vm, l, key) : list_assign_slice(vm, l, key, v);
}

static int list_contains(VM *vm, Value self, Value x, int *out) {
    ObjList *l = AS_LIST(self);
    int64_t pos;
    int rc = tpSeq_find(vm, &l->items, &l->len, x, 0, INT64_MAX, &pos);
    if (rc < 0) {
        return -1;
    }
    *out = rc;
    return 0;
}

static int list_iter(VM *vm, Value self, Value *out) {
    *out = tpListIter_new(vm, AS_LIST(self));
    return IS_NULL(*out) ? -1 : 0;
}

static int list_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ObjList *l = list_alloc(vm, type, 0);
    if (l == NULL) {
        return -1;
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int list_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "list() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "list expected at most 1 argument, got %d", argc);
    }
    ObjList *l = AS_LIST(self);
    l->len = 0;
    return argc == 1 ? tpList_extend(vm, l, argv[0]) : 0;
}

/* ==== methods ==== */

static int list_append_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    *out = NONE_VAL;
    return tpList_append(vm, AS_LIST(argv[0]), argv[1]);
}

bool tpList_is_append_descr(VM *vm, Value descr) {
    ObjCFunction *cf = (ObjCFunction *)AS_OBJ(descr);
    return cf->def->fn == list_append_m && cf->owner == vm->types[TYPE_LIST];
}

static int list_extend_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    *out = NONE_VAL;
    return tpList_extend(vm, AS_LIST(argv[0]), argv[1]);
}

static int list_insert_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    int64_t i;
    if (tpSize_arg(vm, argv[1], false, &i) < 0) {
        return -1;
    }
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    } else if (i > n) {
        i = n;
    }
    if (list_reserve(vm, l, l->len + 1) < 0) {
        return -1;
    }
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Value));
    l->items[i] = argv[2];
    l->len++;
    tpGC_barrier_list(vm, l, (size_t)i);
    *out = NONE_VAL;
    return 0;
}

static int list_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    int64_t i = -1;
    if (argc > 1 && tpSize_arg(vm, argv[1], false, &i) < 0) {
        return -1;
    }
    if (l->len == 0) {
        return tpErr_raise(vm, EXC_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += (int64_t)l->len;
    }
    if (i < 0 || (uint64_t)i >= l->len) {
        return tpErr_raise(vm, EXC_IndexError, "pop index out of range");
    }
    *out = l->items[i];
    list_remove_range(l, (size_t)i, (size_t)i + 1);
    return 0;
}

static int list_remove_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    int64_t pos;
    int rc = tpSeq_find(vm, &l->items, &l->len, argv[1], 0, INT64_MAX, &pos);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        return tpErr_raise(vm, EXC_ValueError, "list.remove(x): x not in list");
    }
    if ((uint64_t)pos < l->len) {
        list_remove_range(l, (size_t)pos, (size_t)pos + 1);
    }
    *out = NONE_VAL;
    return 0;
}

static int list_index_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if ((argc > 2 && tpSeq_clamp_arg(vm, argv[2], (int64_t)l->len, &start) < 0) ||
        (argc > 3 && tpSeq_clamp_arg(vm, argv[3], (int64_t)l->len, &stop) < 0)) {
        return -1;
    }
    int64_t pos;
    int rc = tpSeq_find(vm, &l->items, &l->len, argv[1], start, stop, &pos);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        return tpErr_format(vm, EXC_ValueError, "%R is not in list", argv[1]);
    }
    *out = INT_VAL(pos);
    return 0;
}

static int list_count_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    int64_t n;
    if (tpSeq_count(vm, &l->items, &l->len, argv[1], &n) < 0) {
        return -1;
    }
    *out = INT_VAL(n);
    return 0;
}

static int list_reverse_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    tpGC_list_moved(l, 0);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    *out = NONE_VAL;
    return 0;
}

static int list_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    ObjList *r = tpList_from(vm, l->len, l->items);
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int list_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    tpMem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->len = l->cap = 0;
    *out = NONE_VAL;
    return 0;
}

static int list_sort_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"key", "reverse"};
    Value a[2];
    if (tpArg_parse_kw(vm, "sort", argc - 1, argv + 1, kw, 0, names, 2, a) < 0) {
        return -1;
    }
    int reverse = 0;
    if (!IS_NULL(a[1])) {
        if (!tpInt_check(vm, a[1])) {
            int64_t dummy;
            if (tpObj_as_index(vm, a[1], &dummy) < 0) {
                return -1;
            }
        }
        if (tpObj_truth(vm, a[1], &reverse) < 0) {
            return -1;
        }
    }
    Value key = IS_NULL(a[0]) ? NONE_VAL : a[0];
    if (tpList_sort(vm, AS_LIST(argv[0]), key, reverse != 0) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

static int list_reversed_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);

static const MethodDef list_methods[] = {
    TP_METHOD("append", list_append_m, 1, 1),
    TP_METHOD("extend", list_extend_m, 1, 1),
    TP_METHOD("insert", list_insert_m, 2, 2),
    TP_METHOD("pop", list_pop_m, 0, 1),
    TP_METHOD("remove", list_remove_m, 1, 1),
    TP_METHOD("index", list_index_m, 1, 3),
    TP_METHOD("count", list_count_m, 1, 1),
    TP_METHOD("reverse", list_reverse_m, 0, 0),
    TP_METHOD_KW("sort", list_sort_m, 0, -1),
    TP_METHOD("copy", list_copy_m, 0, 0),
    TP_METHOD("clear", list_clear_m, 0, 0),
    TP_METHOD("__reversed__", list_reversed_m, 0, 0),
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

const TypeSpec tpList_spec = {
    .name = "list",
    .id = TYPE_LIST,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjList),
    .flags = TPFLAG_BASETYPE | TPFLAG_UNHASHABLE | TPFLAG_GC_BARRIERED,
    .slots = {
        .mark = list_mark,
        .free = list_free,
        .repr = list_repr,
        .richcmp = list_richcmp,
        .binop = list_binop,
        .ibinop = list_ibinop,
        .len = list_len,
        .iter = list_iter,
        .getitem = list_getitem,
        .setitem = list_setitem,
        .contains = list_contains,
        .new_ = list_new,
        .init = list_init,
    },
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

/* ==== list_iterator and list_reverseiterator ==== */

typedef struct ListIter {
    Obj hdr;
    ObjList *l;              /* NULL once exhausted */
    int64_t i;
} ListIter;

static Value listiter_make(VM *vm, int type_id, ObjList *l, int64_t start) {
    ListIter *it = tpGC_alloc(vm, vm->types[type_id], sizeof(ListIter));
    if (it == NULL) {
        return NULL_VAL;
    }
    it->l = l;
    it->i = start;
    return OBJ_VAL(it);
}

Value tpListIter_new(VM *vm, ObjList *l) { return listiter_make(vm, TYPE_LIST_ITER, l, 0); }

Value tpListIter_for_loop(VM *vm, ObjList *l) {
    ListIter *it = (ListIter *)vm->spare_listiter;
    if (it != NULL) {
        vm->spare_listiter = NULL;
        it->l = l;
        it->i = 0;
        tpGC_barrier(vm, &it->hdr);   /* an old iterator now references l */
        return OBJ_VAL(it);
    }
    Value v = listiter_make(vm, TYPE_LIST_ITER, l, 0);
    if (!IS_NULL(v)) {
        AS_OBJ(v)->flags |= TP_LISTITER_LOOP;
    }
    return v;
}

void tpListIter_drop_loop(VM *vm, Obj *o) {
    if (vm->spare_listiter == NULL) {
        ((ListIter *)o)->l = NULL;
        vm->spare_listiter = o;
    }
}

static int list_reversed_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjList *l = AS_LIST(argv[0]);
    *out = listiter_make(vm, TYPE_LIST_REVITER, l, (int64_t)l->len - 1);
    return IS_NULL(*out) ? -1 : 0;
}

static void listiter_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ListIter *)o)->l); }

static int listiter_next(VM *vm, Value self, Value *out) {
    (void)vm;
    ListIter *it = (ListIter *)AS_OBJ(self);
    if (it->l == NULL || (uint64_t)it->i >= it->l->len) {
        it->l = NULL;
        return 1;
    }
    *out = it->l->items[it->i++];
    return 0;
}

static int listreviter_next(VM *vm, Value self, Value *out) {
    (void)vm;
    ListIter *it = (ListIter *)AS_OBJ(self);
    if (it->l == NULL || it->i < 0 || (uint64_t)it->i >= it->l->len) {
        it->l = NULL;
        return 1;
    }
    *out = it->l->items[it->i--];
    return 0;
}

static int listiter_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    ListIter *it = (ListIter *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (it->l != NULL) {
        if (AS_OBJ(argv[0])->type == vm->types[TYPE_LIST_ITER]) {
            n = (int64_t)it->l->len - it->i;
        } else if ((uint64_t)it->i < it->l->len) {
            n = it->i + 1;
        }
    }
    *out = INT_VAL(n < 0 ? 0 : n);
    return 0;
}

static const MethodDef listiter_methods[] = {
    TP_METHOD("__length_hint__", listiter_length_hint, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpListIter_spec = {
    .name = "list_iterator",
    .id = TYPE_LIST_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(ListIter),
    .flags = TPFLAG_GC_BARRIERED,   /* its list is set once */
    .slots = {
        .mark = listiter_mark,
        .iter = tpSeq_iter_self,
        .next = listiter_next,
    },
    .methods = listiter_methods,
};

const TypeSpec tpListRevIter_spec = {
    .name = "list_reverseiterator",
    .id = TYPE_LIST_REVITER,
    .base = TYPE_OBJECT,
    .size = sizeof(ListIter),
    .flags = TPFLAG_GC_BARRIERED,   /* its list is set once */
    .slots = {
        .mark = listiter_mark,
        .iter = tpSeq_iter_self,
        .next = listreviter_next,
    },
    .methods = listiter_methods,
};
