/*
 * suggest.c — the ". Did you mean: 'x'?" that CPython 3.11 appends to an uncaught NameError or
 * AttributeError (exact types only) when it prints one.
 *
 * The candidates: for an AttributeError, dir(exc.obj); for a NameError, the variable names of
 * the innermost traceback entry's code, then that frame's globals, then its builtins (the
 * first of the three that yields a match wins). The closest candidate by an edit distance on
 * the UTF-8 bytes wins, ties going to the first in order: insertions and deletions cost 2, a
 * substitution 2, a change of ASCII case only 1; two names further apart than a third of
 * their bytes, or longer than 40 bytes after their common prefix and suffix are removed, do not
 * match, and lists of 750 names or more are not searched (the limits keep the printing of an
 * error cheap whatever the program did).
 */
#include "suggest.h"

#include <stdint.h>
#include <string.h>

#include "interp.h"

enum {
    MAX_CANDIDATES = 750,
    MAX_NAME_BYTES = 40,
    MOVE_COST = 2,
    CASE_COST = 1,
};

static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

static size_t substitution_cost(char a, char b) {
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a - 'A' + 'a');
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b - 'A' + 'a');
    }
    return a == b ? CASE_COST : MOVE_COST;
}

/* The edit distance of a and b, or something above max_cost once it is known to exceed it. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na > 0 && nb > 0 && a[0] == b[0]) {   /* a common prefix costs nothing */
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {   /* nor a common suffix */
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * MOVE_COST;
    }
    if (na > MAX_NAME_BYTES || nb > MAX_NAME_BYTES) {
        return max_cost + 1;
    }
    if (nb < na) {   /* a is the shorter one: the row below is over a */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    /* One row of the classic matrix, updated in place: row[i] = cost(b[:j], a[:i+1]). */
    size_t row[MAX_NAME_BYTES];
    for (size_t i = 0; i < na; i++) {
        row[i] = (i + 1) * MOVE_COST;
    }
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST;   /* cost(b[:j], a[:0]) */
        /* cost(b[:j+1], a[:0]) would be diag + MOVE_COST; CPython 3.11 starts the row from
         * diag itself, and the suggestions must be the same ones */
        size_t left = diag;
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t up = row[i];
            size_t sub = diag + substitution_cost(b[j], a[i]);
            size_t ins_del = min_size(left, up) + MOVE_COST;
            left = min_size(sub, ins_del);
            diag = up;
            row[i] = left;
            best = min_size(best, left);
        }
        result = left;
        if (best > max_cost) {
            return max_cost + 1;   /* every path through this row is already too dear */
        }
    }
    return result;
}

/* Keeps the best candidate seen so far. */
typedef struct Best {
    ObjStr *name;          /* the name looked for */
    ObjStr *found;
    size_t distance;
} Best;

/* Consider one candidate; false when it is not a str (CPython then gives up on the list). */
static bool consider(VM *vm, Best *b, Value cand) {
    if (!tpObj_is(vm, cand, TYPE_STR)) {
        return false;
    }
    ObjStr *c = AS_STR(cand);
    if (c->nbytes == b->name->nbytes && memcmp(c->data, b->name->data, c->nbytes) == 0) {
        return true;
    }
    size_t max = (b->name->nbytes + c->nbytes + 3) * MOVE_COST / 6;
    if (b->found != NULL && b->distance - 1 < max) {
        max = b->distance - 1;   /* only a strictly better one replaces the one found */
    }
    size_t d = edit_distance(b->name->data, b->name->nbytes, c->data, c->nbytes, max);
    if (d <= max && (b->found == NULL || d < b->distance)) {
        b->found = c;
        b->distance = d;
    }
    return true;
}

/* The best match among items[0..n), or NULL; *failed when an item is not a str (CPython then
 * stops looking, also in the lists it would have searched next). */
static ObjStr *best_of_values(VM *vm, ObjStr *name, const Value *items, size_t n, bool *failed) {
    Best b = {name, NULL, 0};
    if (n >= MAX_CANDIDATES) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (!consider(vm, &b, items[i])) {
            *failed = true;
            return NULL;
        }
    }
    return b.found;
}

static ObjStr *best_of_keys(VM *vm, ObjStr *name, Value dict, bool *failed) {
    Best b = {name, NULL, 0};
    if (!IS_OBJ_TYPE(dict, vm->types[TYPE_DICT]) || AS_DICT(dict)->len >= MAX_CANDIDATES) {
        return NULL;
    }
    size_t pos = 0;
    Value k, v;
    while (tpDict_next(AS_DICT(dict), &pos, &k, &v)) {
        if (!consider(vm, &b, k)) {
            *failed = true;
            return NULL;
        }
    }
    return b.found;
}

static Value attr(VM *vm, Value obj, const char *name) {
    ObjStr *key = tpStr_intern_cstr(vm, name);
    Value v = NULL_VAL;
    if (key == NULL || tpObj_getattr_opt(vm, obj, key, &v) < 0) {
        tpErr_clear(vm);
        return NULL_VAL;
    }
    return v;
}

static ObjStr *for_attribute_error(VM *vm, Value exc) {
    Value name = attr(vm, exc, "name"), obj = attr(vm, exc, "obj");
    if (!IS_OBJ_TYPE(name, vm->types[TYPE_STR]) || IS_NULL(obj) || IS_NONE(obj)) {
        return NULL;
    }
    Value names;
    if (tpObj_dir(vm, obj, &names) < 0) {
        tpErr_clear(vm);
        return NULL;
    }
    ObjList *l = AS_LIST(names);
    bool failed = false;
    return best_of_values(vm, AS_STR(name), l->items, l->len, &failed);
}

static ObjStr *for_name_error(VM *vm, Value exc) {
    Value name = attr(vm, exc, "name");
    Value tb = AS_EXC(exc)->traceback;
    if (!IS_OBJ_TYPE(name, vm->types[TYPE_STR]) || !IS_OBJ_TYPE(tb, vm->types[TYPE_TRACEBACK])) {
        return NULL;
    }
    ObjTraceback *t = (ObjTraceback *)AS_OBJ(tb);
    while (IS_OBJ_TYPE(t->next, vm->types[TYPE_TRACEBACK])) {
        t = (ObjTraceback *)AS_OBJ(t->next);
    }
    ObjStr *n = AS_STR(name);
    bool failed = false;
    ObjTuple *vars = t->code != NULL ? t->code->varnames : NULL;
    ObjStr *s = vars != NULL ? best_of_values(vm, n, vars->items, vars->len, &failed) : NULL;
    if (s == NULL && !failed && !IS_NONE(t->frame)) {
        s = best_of_keys(vm, n, attr(vm, t->frame, "f_globals"), &failed);
        if (s == NULL && !failed) {
            s = best_of_keys(vm, n, attr(vm, t->frame, "f_builtins"), &failed);
        }
    }
    return s;
}

ObjStr *tpSuggest_for(VM *vm, Value exc) {
    ObjType *t = tpType_of(vm, exc);
    if (t == tpExc_type(vm, EXC_AttributeError)) {
        return for_attribute_error(vm, exc);
    }
    if (t == tpExc_type(vm, EXC_NameError)) {
        return for_name_error(vm, exc);
    }
    return NULL;
}
