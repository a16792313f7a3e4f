/*
 * list_sort.c — list.sort(): a stable natural merge sort.
 *
 * The list is detached while sorting (its buffer is taken away and it looks empty), so that code
 * run by key functions or comparisons that mutates the list can be detected afterwards ("list
 * modified during sort") without ever touching freed memory. The items being sorted, their keys
 * and the merge buffers are private tuples, which keeps every value reachable for the GC.
 * Runs already in order (or strictly descending, reversed in place) are found first, short ones
 * are extended by binary insertion, then runs are merged pairwise.
 */
#include "seq.h"
#include "cstack.h"
#include "signals.h"

#define MIN_RUN 32

typedef struct Sorter {
    VM *vm;
    Value *keys;             /* the sort keys (== vals when there is no key function) */
    Value *vals;             /* the items, or NULL when keys are the items */
    Value *tmp_keys;         /* merge buffers */
    Value *tmp_vals;
} Sorter;

/* a < b for the key types that compare without running Python code (int/int, float/float,
 * exact str/str): 1 or 0, or -1 when the pair is of another kind. */
static inline int scalar_lt(VM *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return AS_INT(a) < AS_INT(b);
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) < AS_FLOAT(b);
    }
    ObjType *st = vm->types[TYPE_STR];
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == st && AS_OBJ(b)->type == st) {
        return tpStr_cmp(AS_STR(a), AS_STR(b)) < 0;
    }
    return -1;
}

/* a == b for the same kinds, given a and b are not the same Value: 1, 0, or -1 (other kind).
 * Small ints are normalised, so two different int Values are never equal. */
static inline int scalar_eq_distinct(VM *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return 0;
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) == AS_FLOAT(b);
    }
    ObjType *st = vm->types[TYPE_STR];
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == st && AS_OBJ(b)->type == st) {
        return tpStr_eq(AS_STR(a), AS_STR(b));
    }
    return -1;
}

static int generic_lt(VM *vm, Value a, Value b, int *out) {
    /* Two keys of one type are compared through the type's slot directly, as CPython's sort
     * does for a list of one type: no level of recursion; anything else (or NotImplemented)
     * through the full protocol, one level " in comparison". */
    ObjType *t = tpType_of(vm, a);
    if (t == tpType_of(vm, b) && t->sl.richcmp != NULL) {
        Value r;
        if (tpC_check_stack(vm) < 0 || t->sl.richcmp(vm, a, b, CMP_LT, &r) < 0) {
            return -1;
        }
        if (r != vm->not_implemented) {
            return tpObj_truth(vm, r, out);
        }
    }
    return tpObj_richcmp_bool(vm, a, b, CMP_LT, out);
}

/* Two exact tuples (the usual `key=lambda r: (r.a, r.b)`): compare them as tuple.__lt__ does
 * (identity, then == item by item, then < on the first differing pair), but without the generic
 * protocol while the items are ints, floats or strs. 1/0, or -1 to use the generic path. */
static int tuple_lt(VM *vm, ObjTuple *a, ObjTuple *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = 0; i < n; i++) {
        Value x = a->items[i], y = b->items[i];
        if (x == y) {
            continue;
        }
        int eq = scalar_eq_distinct(vm, x, y);
        if (eq < 0) {
            return -1;
        }
        if (!eq) {
            return scalar_lt(vm, x, y);
        }
    }
    return a->len < b->len;
}

static int sort_lt(VM *vm, Value a, Value b, int *out) {
    /* a long sort must still answer Ctrl-C; one load when no signal is pending */
    if (tpSignal_check(vm) < 0) {
        return -1;
    }
    int lt = scalar_lt(vm, a, b);
    if (lt < 0 && IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == vm->types[TYPE_TUPLE] &&
        AS_OBJ(b)->type == vm->types[TYPE_TUPLE]) {
        lt = tuple_lt(vm, AS_TUPLE(a), AS_TUPLE(b));
    }
    if (lt >= 0) {
        *out = lt;
        return 0;
    }
    return generic_lt(vm, a, b, out);
}

static void reverse_range(Value *a, size_t lo, size_t hi) {
    if (a == NULL) {
        return;
    }
    for (; lo + 1 < hi; lo++, hi--) {
        Value t = a[lo];
        a[lo] = a[hi - 1];
        a[hi - 1] = t;
    }
}

/* [lo, start) is sorted; insert each of [start, hi) into place. */
static int binary_insertion(Sorter *s, size_t lo, size_t start, size_t hi) {
    for (size_t p = start; p < hi; p++) {
        Value pivot = s->keys[p];
        size_t l = lo, r = p;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int lt;
            if (sort_lt(s->vm, pivot, s->keys[m], &lt) < 0) {
                return -1;
            }
            if (lt) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(s->keys + l + 1, s->keys + l, (p - l) * sizeof(Value));
        s->keys[l] = pivot;
        if (s->vals != NULL) {
            Value pv = s->vals[p];
            memmove(s->vals + l + 1, s->vals + l, (p - l) * sizeof(Value));
            s->vals[l] = pv;
        }
    }
    return 0;
}

/* Find the run starting at lo (reversing a strictly descending one) and extend it to MIN_RUN
 * items by insertion. Stores its end in *end. */
static int next_run(Sorter *s, size_t lo, size_t n, size_t *end) {
    size_t hi = lo + 1;
    if (hi < n) {
        int lt;
        if (sort_lt(s->vm, s->keys[hi], s->keys[lo], &lt) < 0) {
            return -1;
        }
        hi++;
        while (hi < n) {
            int lt2;
            if (sort_lt(s->vm, s->keys[hi], s->keys[hi - 1], &lt2) < 0) {
                return -1;
            }
            if (lt2 != lt) {
                break;
            }
            hi++;
        }
        if (lt) {
            reverse_range(s->keys, lo, hi);
            reverse_range(s->vals, lo, hi);
        }
    }
    size_t want = lo + MIN_RUN < n ? lo + MIN_RUN : n;
    if (hi < want) {
        if (binary_insertion(s, lo, hi, want) < 0) {
            return -1;
        }
        hi = want;
    }
    *end = hi;
    return 0;
}

/* Merge the sorted ranges [lo, mid) and [mid, hi). On error every item is still present. */
static int merge(Sorter *s, size_t lo, size_t mid, size_t hi) {
    size_t nl = mid - lo;
    memcpy(s->tmp_keys, s->keys + lo, nl * sizeof(Value));
    if (s->vals != NULL) {
        memcpy(s->tmp_vals, s->vals + lo, nl * sizeof(Value));
    }
    size_t i = 0, j = mid, k = lo;
    int rc = 0;
    while (i < nl && j < hi) {
        int lt;
        if (sort_lt(s->vm, s->keys[j], s->tmp_keys[i], &lt) < 0) {
            rc = -1;
            break;
        }
        if (lt) {
            s->keys[k] = s->keys[j];
            if (s->vals != NULL) {
                s->vals[k] = s->vals[j];
            }
            j++;
        } else {
            s->keys[k] = s->tmp_keys[i];
            if (s->vals != NULL) {
                s->vals[k] = s->tmp_vals[i];
            }
            i++;
        }
        k++;
    }
    /* the rest of the left run fills exactly the hole before j */
    memcpy(s->keys + k, s->tmp_keys + i, (nl - i) * sizeof(Value));
    if (s->vals != NULL) {
        memcpy(s->vals + k, s->tmp_vals + i, (nl - i) * sizeof(Value));
    }
    return rc;
}

static int merge_sort(Sorter *s, size_t n) {
    VM *vm = s->vm;
    size_t nruns = 0, cap = n / MIN_RUN + 2;
    size_t *bounds = tpMem_alloc(vm, (cap + 1) * sizeof(size_t));
    if (bounds == NULL) {
        return -1;
    }
    int rc = 0;
    bounds[0] = 0;
    for (size_t lo = 0; lo < n;) {
        size_t end;
        if (next_run(s, lo, n, &end) < 0) {
            rc = -1;
            break;
        }
        if (nruns + 1 >= cap) {
            size_t *nb = tpMem_realloc(vm, bounds, (cap + 1) * sizeof(size_t),
                                       (cap * 2 + 1) * sizeof(size_t));
            if (nb == NULL) {
                rc = -1;
                break;
            }
            bounds = nb;
            cap *= 2;
        }
        bounds[++nruns] = end;
        lo = end;
    }
    while (rc == 0 && nruns > 1) {
        size_t w = 0;
        for (size_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns && rc == 0) {
                rc = merge(s, bounds[r], bounds[r + 1], bounds[r + 2]);
                bounds[++w] = bounds[r + 2];
            } else {
                bounds[++w] = bounds[r + 1];
            }
        }
        nruns = w;
    }
    tpMem_free(vm, bounds, (cap + 1) * sizeof(size_t));
    return rc;
}

static int compute_keys(VM *vm, Value key, ObjTuple *vals, ObjTuple *keys) {
    for (size_t i = 0; i < vals->len; i++) {
        Value k;
        /* a Python key function costs its frame only, a built-in one a level (tpObj_call) */
        if (tpSignal_check(vm) < 0) {
            return -1;
        }
        if (tpObj_call(vm, key, 1, &vals->items[i], NULL, &k) < 0) {
            return -1;
        }
        keys->items[i] = k;
    }
    return 0;
}

static int sort_items(VM *vm, ObjTuple *vals, Value key, bool reverse) {
    size_t n = vals->len;
    Sorter s = {vm, vals->items, NULL, NULL, NULL};
    if (!IS_NONE(key) && !IS_NULL(key)) {
        ObjTuple *keys = tpTuple_new(vm, n);
        if (keys == NULL || compute_keys(vm, key, vals, keys) < 0) {
            return -1;
        }
        s.keys = keys->items;
        s.vals = vals->items;
    }
    if (n < 2) {
        return 0;
    }
    ObjTuple *tk = tpTuple_new(vm, n), *tv = s.vals ? tpTuple_new(vm, n) : NULL;
    if (tk == NULL || (s.vals != NULL && tv == NULL)) {
        return -1;
    }
    s.tmp_keys = tk->items;
    s.tmp_vals = tv ? tv->items : NULL;
    /* reversing before and after keeps equal items in their original order */
    if (reverse) {
        reverse_range(s.keys, 0, n);
        reverse_range(s.vals, 0, n);
    }
    int rc = merge_sort(&s, n);
    if (reverse) {
        reverse_range(s.keys, 0, n);
        reverse_range(s.vals, 0, n);
    }
    return rc;
}

int tpList_sort(VM *vm, ObjList *l, Value key, bool reverse) {
    size_t n = l->len;
    if (n == 0) {
        return 0;
    }
    ObjTuple *vals = tpTuple_from(vm, n, l->items);
    if (vals == NULL) {
        return -1;
    }
    Value *saved = l->items;
    size_t saved_cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int rc = sort_items(vm, vals, key, reverse);
    bool modified = l->items != NULL || l->len != 0;
    tpMem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = saved;
    l->cap = saved_cap;
    l->len = n;
    memcpy(l->items, vals->items, n * sizeof(Value));
    tpGC_barrier_list(vm, l, 0);
    if (rc == 0 && modified) {
        return tpErr_raise(vm, EXC_ValueError, "list modified during sort");
    }
    return rc;
}
