/*
 * protocol.c — the object protocols every part of taipan calls: repr/str/format, hashing,
 * comparison and arithmetic with CPython's NotImplemented fallback order, truth, len, iteration,
 * subscription, membership, calls and isinstance/issubclass, with CPython's TypeError texts.
 * Each goes through the type's slot; immediates (small int, float, bool, None) take fast paths.
 */
#include "cstack.h"
#include "internal.h"
#include "typealias.h"

/* ==== repr / str / ascii / format ==== */

static int check_str_result(VM *vm, Value r, const char *what) {
    if (!IS_OBJ(r) || !tpType_is_subtype(tpType_of(vm, r), vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "%s returned non-string (type %T)", what, r);
    }
    return 0;
}

int tpObj_repr(VM *vm, Value v, Value *out) {
    ObjType *t = tpType_of(vm, v);
    if (t->sl.repr == NULL) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object has no __repr__", v);
    }
    /* one guarded level per repr, as CPython: containers, slices, exceptions... recurse here */
    if (tpC_enter(vm, TP_CSTACK_REPR) < 0) {
        return -1;
    }
    int rc = t->sl.repr(vm, v, out);
    tpC_leave(vm);
    return rc < 0 ? -1 : check_str_result(vm, *out, "__repr__");
}

int tpObj_str(VM *vm, Value v, Value *out) {
    ObjType *t = tpType_of(vm, v);
    if (t == vm->types[TYPE_STR]) {
        *out = v;
        return 0;
    }
    if (IS_INT(v)) {   /* a small int: its decimal text, without the repr slot's checks */
        return tpInt_to_str(vm, v, 10, out);
    }
    if (t->sl.str == NULL) {
        return tpObj_repr(vm, v, out);
    }
    if (tpC_enter(vm, " while getting the str of an object") < 0) {
        return -1;
    }
    int rc = t->sl.str(vm, v, out);
    tpC_leave(vm);
    return rc < 0 ? -1 : check_str_result(vm, *out, "__str__");
}

int tpObj_ascii(VM *vm, Value v, Value *out) {
    Value r;
    if (tpObj_repr(vm, v, &r) < 0) {
        return -1;
    }
    ObjStr *s = AS_STR(r);
    if (s->ascii) {
        *out = r;
        return 0;
    }
    StrBuf b;
    tpBuf_init(&b);
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        uint32_t c = tpUtf8_decode(&p);
        int rc = c < 0x80     ? tpBuf_putc(vm, &b, (char)c)
                 : c < 0x100  ? tpBuf_printf(vm, &b, "\\x%02x", c)
                 : c < 0x10000 ? tpBuf_printf(vm, &b, "\\u%04x", c)
                              : tpBuf_printf(vm, &b, "\\U%08x", c);
        if (rc < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    ObjStr *res = tpBuf_finish(vm, &b);
    *out = res ? OBJ_VAL(res) : NULL_VAL;
    return res ? 0 : -1;
}

int tpObj_format(VM *vm, Value v, ObjStr *spec, Value *out) {
    ObjType *t = tpType_of(vm, v);
    if (spec->nbytes == 0 && (t == vm->types[TYPE_STR])) {
        *out = v;
        return 0;
    }
    if (t->sl.format == NULL) {
        return tpErr_format(vm, EXC_TypeError, "Type %T doesn't define __format__", v);
    }
    /* CPython calls the __format__ it finds: object.__format__, a built-in method, costs a level
     * (then str() costs its own) */
    bool level = t->sl.format == vm->types[TYPE_OBJECT]->sl.format;
    if (level ? tpC_enter(vm, TP_CSTACK_CALL) < 0 : tpC_check_stack(vm) < 0) {
        return -1;
    }
    int rc = t->sl.format(vm, v, spec, out);
    if (level) {
        tpC_leave(vm);
    }
    if (rc < 0) {
        return -1;
    }
    if (!IS_OBJ(*out) || !tpType_is_subtype(tpType_of(vm, *out), vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "__format__ must return a str, not %T", *out);
    }
    return 0;
}

/* ==== hashing ==== */

int tpObj_hash(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v)) {
        int64_t i = AS_INT(v);
        *out = i == -1 ? -2 : i;
        return 0;
    }
    if (IS_FLOAT(v)) {
        *out = tpFloat_hash(AS_FLOAT(v));
        return 0;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return 0;
    }
    ObjType *t = tpType_of(vm, v);
    if (t == vm->types[TYPE_STR]) {
        *out = tpStr_hash(vm, AS_STR(v));
        return 0;
    }
    if (t->sl.hash == NULL || (t->flags & TPFLAG_UNHASHABLE)) {
        return tpErr_format(vm, EXC_TypeError, "unhashable type: '%T'", v);
    }
    return tpC_check_stack(vm) < 0 ? -1 : t->sl.hash(vm, v, out);
}

/* ==== comparison ==== */

static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

int tpObj_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *ta = tpType_of(vm, a), *tb = tpType_of(vm, b);
    bool checked_reverse = false;
    if (tpC_enter(vm, " in comparison") < 0) {
        return -1;
    }
    int rc = 0;
    if (ta != tb && tb->sl.richcmp != NULL && tpType_is_subtype(tb, ta)) {
        checked_reverse = true;
        if ((rc = tb->sl.richcmp(vm, b, a, cmp_swapped[op], out)) < 0 ||
            *out != vm->not_implemented) {
            goto done;
        }
    }
    if (ta->sl.richcmp != NULL) {
        if ((rc = ta->sl.richcmp(vm, a, b, op, out)) < 0 || *out != vm->not_implemented) {
            goto done;
        }
    }
    if (!checked_reverse && tb->sl.richcmp != NULL) {
        if ((rc = tb->sl.richcmp(vm, b, a, cmp_swapped[op], out)) < 0 ||
            *out != vm->not_implemented) {
            goto done;
        }
    }
    if (op == CMP_EQ || op == CMP_NE) {
        *out = BOOL_VAL((a == b) == (op == CMP_EQ));
        goto done;
    }
    rc = tpErr_format(vm, EXC_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                      cmp_symbols[op], a, b);
done:
    tpC_leave(vm);
    return rc;
}

int tpObj_richcmp_bool(VM *vm, Value a, Value b, int op, int *out) {
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        switch (op) {
        case CMP_LT: *out = x < y; return 0;
        case CMP_LE: *out = x <= y; return 0;
        case CMP_EQ: *out = x == y; return 0;
        case CMP_NE: *out = x != y; return 0;
        case CMP_GT: *out = x > y; return 0;
        default: *out = x >= y; return 0;
        }
    }
    Value r;
    if (tpObj_richcmp(vm, a, b, op, &r) < 0) {
        return -1;
    }
    if (IS_BOOL(r)) {
        *out = AS_BOOL(r);
        return 0;
    }
    return tpObj_truth(vm, r, out);
}

int tpObj_eq(VM *vm, Value a, Value b, int *out) {
    if (a == b) {
        *out = 1; /* identity implies equality for containers (a NaN is identical to itself) */
        return 0;
    }
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == vm->types[TYPE_STR] &&
        AS_OBJ(b)->type == vm->types[TYPE_STR]) {
        *out = tpStr_eq(AS_STR(a), AS_STR(b));
        return 0;
    }
    return tpObj_richcmp_bool(vm, a, b, CMP_EQ, out);
}

/* ==== arithmetic ==== */

static const char *const binop_symbols[BINOP__COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "divmod()"};

static bool is_sequence_type(VM *vm, ObjType *t) {
    static const int seq_ids[] = {TYPE_STR, TYPE_LIST, TYPE_TUPLE, TYPE_BYTES, TYPE_BYTEARRAY};
    for (size_t i = 0; i < TP_ARRAY_LEN(seq_ids); i++) {
        if (tpType_is_subtype(t, vm->types[seq_ids[i]])) {
            return true;
        }
    }
    return false;
}

static int binop_error(VM *vm, Value a, Value b, int op, bool inplace) {
    ObjType *ta = tpType_of(vm, a), *tb = tpType_of(vm, b);
    if (op == BINOP_ADD && is_sequence_type(vm, ta) && ta->sl.getitem != NULL) {
        if (tpType_is_subtype(ta, vm->types[TYPE_BYTES]) ||
            tpType_is_subtype(ta, vm->types[TYPE_BYTEARRAY])) {
            return tpErr_format(vm, EXC_TypeError, "can't concat %T to %T", b, a);
        }
        const char *n = tpType_is_subtype(ta, vm->types[TYPE_STR])    ? "str"
                        : tpType_is_subtype(ta, vm->types[TYPE_LIST]) ? "list"
                                                                       : "tuple";
        return tpErr_format(vm, EXC_TypeError, "can only concatenate %s (not \"%T\") to %s", n, b,
                            n);
    }
    if (op == BINOP_MUL && (is_sequence_type(vm, ta) || is_sequence_type(vm, tb))) {
        Value other = is_sequence_type(vm, ta) ? b : a;
        if (!tpInt_check(vm, other) && tpType_of(vm, other)->sl.index == NULL) {
            return tpErr_format(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%T'",
                                other);
        }
    }
    const char *sym = binop_symbols[op];
    if (op == BINOP_POW && !inplace) {
        sym = "** or pow()";
    }
    return tpErr_format(vm, EXC_TypeError, "unsupported operand type(s) for %s%s: '%T' and '%T'",
                        sym, inplace ? "=" : "", a, b);
}

/* CPython's binary_op1: the right operand's slot goes first when its type is a proper subtype. */
static int binary_op1(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *ta = tpType_of(vm, a), *tb = tpType_of(vm, b);
    int (*slota)(VM *, Value, Value, int, Value *) = ta->sl.binop;
    int (*slotb)(VM *, Value, Value, int, Value *) = ta != tb ? tb->sl.binop : NULL;
    if (slotb == slota) {
        slotb = NULL;
    }
    if (slota != NULL) {
        if (slotb != NULL && tpType_is_subtype(tb, ta)) {
            if (slotb(vm, a, b, op, out) < 0) {
                return -1;
            }
            if (*out != vm->not_implemented) {
                return 0;
            }
            slotb = NULL;
        }
        if (slota(vm, a, b, op, out) < 0) {
            return -1;
        }
        if (*out != vm->not_implemented) {
            return 0;
        }
    }
    if (slotb != NULL) {
        if (slotb(vm, a, b, op, out) < 0) {
            return -1;
        }
        if (*out != vm->not_implemented) {
            return 0;
        }
    }
    *out = vm->not_implemented;
    return 0;
}

static bool is_seq_inplace(VM *vm, ObjType *t, int op) {
    int id = t->spec ? t->spec->id : -1;
    return (op == BINOP_ADD || op == BINOP_MUL) && (id == TYPE_LIST || id == TYPE_BYTEARRAY);
}

int tpObj_binop(VM *vm, Value a, Value b, int op, Value *out) {
    ObjType *st = vm->types[TYPE_STR];
    if ((op == BINOP_ADD || op == BINOP_INPLACE + BINOP_ADD) && IS_OBJ(a) && IS_OBJ(b) &&
        AS_OBJ(a)->type == st && AS_OBJ(b)->type == st) {
        /* str + str (and +=, which str does not define): what str's binop slot would do */
        ObjStr *r = tpStr_concat(vm, AS_STR(a), AS_STR(b));
        if (r == NULL) {
            return -1;
        }
        *out = OBJ_VAL(r);
        return 0;
    }
    bool inplace = op >= BINOP_INPLACE;
    int base = inplace ? op - BINOP_INPLACE : op;
    if (inplace) {
        ObjType *ta = tpType_of(vm, a);
        if (ta->sl.ibinop != NULL && is_seq_inplace(vm, ta, base)) {
            /* list/bytearray += and *= are CPython's sq_inplace_concat/repeat: tried after the
             * other operand's reflected method */
            ObjType *tb = tpType_of(vm, b);
            if (tb != ta && (tb->flags & TPFLAG_HEAPTYPE) && tb->sl.binop != NULL &&
                tb->sl.binop != ta->sl.binop) {
                if (tb->sl.binop(vm, a, b, base, out) < 0) {
                    return -1;
                }
                if (*out != vm->not_implemented) {
                    return 0;
                }
            }
        }
        if (ta->sl.ibinop != NULL) {
            if (ta->sl.ibinop(vm, a, b, base, out) < 0) {
                return -1;
            }
            if (*out != vm->not_implemented) {
                return 0;
            }
        }
    }
    if (binary_op1(vm, a, b, base, out) < 0) {
        return -1;
    }
    if (*out != vm->not_implemented) {
        return 0;
    }
    return binop_error(vm, a, b, base, inplace);
}

int tpObj_pow3(VM *vm, Value a, Value b, Value mod, Value *out) {
    if (IS_NONE(mod)) {
        return tpObj_binop(vm, a, b, BINOP_POW, out);
    }
    /* as CPython's ternary_op: the slots of a, then b, then mod, each tried once */
    ObjType *types[3] = {tpType_of(vm, a), tpType_of(vm, b), tpType_of(vm, mod)};
    for (int i = 0; i < 3; i++) {
        int (*slot)(VM *, Value, Value, Value, Value *) = types[i]->sl.ternpow;
        bool seen = false;
        for (int k = 0; k < i; k++) {
            seen = seen || types[k]->sl.ternpow == slot;
        }
        if (slot == NULL || seen) {
            continue;
        }
        if (slot(vm, a, b, mod, out) < 0) {
            return -1;
        }
        if (*out != vm->not_implemented) {
            return 0;
        }
    }
    return tpErr_format(vm, EXC_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b,
                        mod);
}

int tpObj_unop(VM *vm, Value v, int op, Value *out) {
    ObjType *t = tpType_of(vm, v);
    if (t->sl.unop != NULL) {
        return t->sl.unop(vm, v, op, out);
    }
    static const char *const ops[] = {"unary -", "unary +", "unary ~", "abs()"};
    return tpErr_format(vm, EXC_TypeError, "bad operand type for %s: '%T'", ops[op], v);
}

/* ==== truth, len ==== */

int tpObj_truth(VM *vm, Value v, int *out) {
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return 0;
    }
    if (IS_NONE(v)) {
        *out = 0;
        return 0;
    }
    if (IS_INT(v)) {
        *out = AS_INT(v) != 0;
        return 0;
    }
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v) != 0.0;
        return 0;
    }
    ObjType *t = tpType_of(vm, v);
    if (tpC_check_stack(vm) < 0) {
        return -1;
    }
    if (t->sl.truth != NULL) {
        return t->sl.truth(vm, v, out);
    }
    if (t->sl.len != NULL) {
        int64_t n;
        if (t->sl.len(vm, v, &n) < 0) {
            return -1;
        }
        *out = n != 0;
        return 0;
    }
    *out = 1;
    return 0;
}

int tpObj_len(VM *vm, Value v, int64_t *out) {
    ObjType *t = tpType_of(vm, v);
    if (t->sl.len == NULL) {
        return tpErr_format(vm, EXC_TypeError, "object of type '%T' has no len()", v);
    }
    return tpC_check_stack(vm) < 0 ? -1 : t->sl.len(vm, v, out);
}

/* ==== iteration ==== */

int tpObj_iter(VM *vm, Value v, Value *out) {
    ObjType *t = tpType_of(vm, v);
    if (t->sl.iter != NULL) {
        if (tpC_check_stack(vm) < 0 || t->sl.iter(vm, v, out) < 0) {
            return -1;
        }
        if (tpType_of(vm, *out)->sl.next == NULL) {
            return tpErr_format(vm, EXC_TypeError, "iter() returned non-iterator of type '%T'",
                                *out);
        }
        return 0;
    }
    if (t->sl.getitem != NULL && !tpType_is_subtype(t, vm->types[TYPE_DICT])) {
        ObjType *it = vm->types[TYPE_SEQ_ITER];
        Value argv[1] = {v};
        return it->sl.new_(vm, it, 1, argv, NULL, out);
    }
    return tpErr_format(vm, EXC_TypeError, "'%T' object is not iterable", v);
}

int tpObj_next(VM *vm, Value it, Value *out) {
    ObjType *t = tpType_of(vm, it);
    if (t->sl.next == NULL) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not an iterator", it);
    }
    /* wrapper iterators (map, zip, enumerate...) chain: each next is one level of C recursion */
    return tpC_check_stack(vm) < 0 ? -1 : t->sl.next(vm, it, out);
}

/* ==== subscription and membership ==== */

int tpObj_getitem(VM *vm, Value obj, Value key, Value *out) {
    ObjType *t = tpType_of(vm, obj);
    if (t->sl.getitem != NULL) {
        return tpC_check_stack(vm) < 0 ? -1 : t->sl.getitem(vm, obj, key, out);
    }
    if (tpType_is_subtype(t, vm->types[TYPE_TYPE])) {
        if (obj == OBJ_VAL(vm->types[TYPE_TYPE])) {
            *out = tpGenericAlias_new(vm, obj, key);  /* type[int] (PEP 585) */
            return IS_NULL(*out) ? -1 : 0;
        }
        Value f;
        int rc = tpObj_getattr_opt(vm, obj, vm->names[NAME___class_getitem__], &f);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return tpObj_call(vm, f, 1, &key, NULL, out);
        }
        return tpErr_format(vm, EXC_TypeError, "type '%U' is not subscriptable",
                            AS_TYPE(obj)->name);
    }
    return tpErr_format(vm, EXC_TypeError, "'%T' object is not subscriptable", obj);
}

int tpObj_setitem(VM *vm, Value obj, Value key, Value v) {
    ObjType *t = tpType_of(vm, obj);
    if (t->sl.setitem != NULL) {
        return t->sl.setitem(vm, obj, key, v);
    }
    return tpErr_format(vm, EXC_TypeError, "'%T' object does not support item assignment", obj);
}

int tpObj_delitem(VM *vm, Value obj, Value key) {
    ObjType *t = tpType_of(vm, obj);
    if (t->sl.setitem != NULL) {
        return t->sl.setitem(vm, obj, key, NULL_VAL);
    }
    return tpErr_format(vm, EXC_TypeError, "'%T' object doesn't support item deletion", obj);
}

int tpObj_contains(VM *vm, Value container, Value x, int *out) {
    ObjType *t = tpType_of(vm, container);
    if (t->sl.contains != NULL) {
        return tpC_check_stack(vm) < 0 ? -1 : t->sl.contains(vm, container, x, out);
    }
    if (t->sl.iter == NULL && t->sl.getitem == NULL) {
        return tpErr_format(vm, EXC_TypeError, "argument of type '%T' is not iterable", container);
    }
    Value it, item;
    if (tpObj_iter(vm, container, &it) < 0) {
        if (!tpErr_matches(vm, EXC_TypeError)) {
            return -1;
        }
        tpErr_clear(vm);  /* CPython replaces any TypeError from iter() here */
        return tpErr_format(vm, EXC_TypeError, "argument of type '%T' is not iterable", container);
    }
    size_t mark = tpGC_save(vm);
    for (;;) {
        tpGC_restore(vm, mark);
        int r = tpObj_next(vm, it, &item);
        if (r < 0) {
            return -1;
        }
        if (r == 1) {
            *out = 0;
            return 0;
        }
        int eq;
        if (tpObj_eq(vm, item, x, &eq) < 0) {
            return -1;
        }
        if (eq) {
            *out = 1;
            return 0;
        }
    }
}

/* ==== calls ==== */

/* The built-in types CPython 3.11 gives a vectorcall entry (calling them costs no level), as a
 * mask over their TYPE_* ids. */
#define VC_(id) ((uint64_t)1 << TYPE_##id)
#define VECTORCALL_TYPES                                                                          \
    (VC_(BOOL) | VC_(FLOAT) | VC_(LIST) | VC_(TUPLE) | VC_(SET) | VC_(FROZENSET) | VC_(DICT) |   \
     VC_(RANGE) | VC_(ENUMERATE) | VC_(REVERSED) | VC_(MAP) | VC_(FILTER) | VC_(TYPE))
_Static_assert(TYPE_REVERSED < 64 && TYPE_FILTER < 64 && TYPE_MAP < 64, "type ids fit the mask");

/* Does calling `callable` (of type t, not a Python function) count a level of recursion, as
 * CPython's calls without a vectorcall entry and its built-in function calls do? */
static inline bool call_counts_level(VM *vm, ObjType *t, Value callable) {
    if (t == vm->types[TYPE_TYPE]) {
        int id = AS_TYPE(callable)->id;   /* -1 for classes; exceptions are past TYPE__COUNT */
        return !(id >= 0 && id < 64 && ((VECTORCALL_TYPES >> id) & 1));
    }
    return t != vm->types[TYPE_BOUND_METHOD];   /* a bound method: its function counts */
}

static int call_slot(VM *vm, ObjType *t, Value callable, int argc, Value *argv,
                     ObjTuple *kwnames, bool level, Value *out) {
    if (t->sl.call == NULL) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not callable", callable);
    }
    if (vm->c_depth > 2500 || tpC_stack_low(vm)) {
        return tpErr_raise(vm, EXC_RecursionError,
                           "maximum recursion depth exceeded while calling a Python object");
    }
    if (level && vm->depth >= vm->recursion_limit) {   /* the C stack was checked above */
        return tpErr_raise(vm, EXC_RecursionError,
                           "maximum recursion depth exceeded while calling a Python object");
    }
    vm->depth += level;
    vm->c_depth++;
    int rc = t->sl.call(vm, callable, argc, argv, kwnames, out);
    vm->c_depth--;
    vm->depth -= level;
    return rc;
}

int tpObj_call(VM *vm, Value callable, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjType *t = tpType_of(vm, callable);
    if (t == vm->types[TYPE_FUNCTION]) {
        return tpVM_call_function(vm, AS_FUNCTION(callable), argc, argv, kwnames, out);
    }
    return call_slot(vm, t, callable, argc, argv, kwnames, call_counts_level(vm, t, callable),
                     out);
}

int tpObj_call_direct(VM *vm, Value callable, int argc, Value *argv, ObjTuple *kwnames,
                      Value *out) {
    ObjType *t = tpType_of(vm, callable);
    if (t == vm->types[TYPE_FUNCTION]) {
        return tpVM_call_function(vm, AS_FUNCTION(callable), argc, argv, kwnames, out);
    }
    return call_slot(vm, t, callable, argc, argv, kwnames, false, out);
}

int tpObj_call_method(VM *vm, Value self, ObjStr *name, int argc, Value *argv, Value *out) {
    Value f;
    int r = tpObj_get_method(vm, self, name, &f);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        return tpObj_call(vm, f, argc, argv, NULL, out);
    }
    ObjTuple *args = tpTuple_new(vm, (size_t)argc + 1);
    if (args == NULL) {
        return -1;
    }
    args->items[0] = self;
    for (int i = 0; i < argc; i++) {
        args->items[i + 1] = argv[i];
    }
    return tpObj_call(vm, f, argc + 1, args->items, NULL, out);
}

bool tpObj_callable(VM *vm, Value v) { return tpType_of(vm, v)->sl.call != NULL; }

/* ==== isinstance / issubclass ==== */

static bool is_type_value(VM *vm, Value v) {
    return IS_OBJ(v) && tpType_is_subtype(tpType_of(vm, v), vm->types[TYPE_TYPE]);
}

/* A metaclass-level override of __instancecheck__/__subclasscheck__ defined in Python. */
static Value python_check_hook(VM *vm, Value cls, int name) {
    ObjType *meta = tpType_of(vm, cls);
    if (meta == vm->types[TYPE_TYPE]) {
        return NULL_VAL;
    }
    Value f = tpType_lookup(vm, meta, vm->names[name]);
    if (IS_NULL(f) || !IS_OBJ_TYPE(f, vm->types[TYPE_FUNCTION])) {
        return NULL_VAL;
    }
    return f;
}

/* Call a __instancecheck__/__subclasscheck__ hook (name says which): one guarded level, worded
 * as CPython's. */
static int call_check_hook(VM *vm, Value f, Value cls, Value x, int name, int *out) {
    Value args[2] = {cls, x}, r;
    if (tpC_enter(vm, name == NAME___instancecheck__ ? " in __instancecheck__"
                                                     : " in __subclasscheck__") < 0) {
        return -1;
    }
    int rc = tpObj_call(vm, f, 2, args, NULL, &r);
    tpC_leave(vm);
    if (rc < 0) {
        return -1;
    }
    return tpObj_truth(vm, r, out);
}

/* isinstance(x, cls) for a cls that is not a type: the __instancecheck__ (or
 * __subclasscheck__) its own type defines, as types.GenericAlias does. Returns 1 when called,
 * 0 when there is none. */
static int foreign_check_hook(VM *vm, Value cls, int name, Value x, int *out) {
    ObjType *t = tpType_of(vm, cls);
    if (t == vm->types[TYPE_OBJECT]) {
        return 0;
    }
    Value f = tpType_lookup(vm, t, vm->names[name]);
    if (IS_NULL(f)) {
        return 0;
    }
    return call_check_hook(vm, f, cls, x, name, out) < 0 ? -1 : 1;
}

/* isinstance/issubclass against a (possibly nested) tuple: true if any item matches. Each nesting
 * level is one guarded level of C recursion, as in CPython. */
static int check_tuple(VM *vm, Value x, ObjTuple *tu,
                       int (*check)(VM *, Value, Value, int *), const char *where, int *out) {
    if (tpC_enter(vm, where) < 0) {
        return -1;
    }
    int rc = 0;
    *out = 0;
    for (size_t i = 0; i < tu->len && rc == 0 && !*out; i++) {
        rc = check(vm, x, tu->items[i], out);
    }
    tpC_leave(vm);
    return rc;
}

int tpObj_isinstance(VM *vm, Value obj, Value cls, int *out) {
    ObjType *t = tpType_of(vm, obj);
    if (IS_OBJ(cls) && AS_OBJ(cls) == (Obj *)t) {
        *out = 1;
        return 0;
    }
    if (IS_OBJ_TYPE(cls, vm->types[TYPE_TUPLE])) {
        return check_tuple(vm, obj, AS_TUPLE(cls), tpObj_isinstance, " in __instancecheck__", out);
    }
    if (IS_OBJ_TYPE(cls, vm->types[TYPE_UNION])) {
        return check_tuple(vm, obj, tpUnion_args(cls), tpObj_isinstance, " in __instancecheck__",
                           out);
    }
    int hooked = is_type_value(vm, cls) ? 0 : foreign_check_hook(vm, cls, NAME___instancecheck__,
                                                                 obj, out);
    if (hooked != 0) {
        return hooked < 0 ? -1 : 0;
    }
    if (!is_type_value(vm, cls)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    Value hook = python_check_hook(vm, cls, NAME___instancecheck__);
    if (!IS_NULL(hook)) {
        return call_check_hook(vm, hook, cls, obj, NAME___instancecheck__, out);
    }
    *out = tpType_is_subtype(t, AS_TYPE(cls));
    if (*out) {
        return 0;
    }
    ObjType *ot = vm->types[TYPE_OBJECT];
    ObjStr *cname = vm->names[NAME___class__];
    if (t->sl.getattr == ot->sl.getattr &&
        tpType_lookup(vm, t, cname) == tpType_lookup(vm, ot, cname)) {
        return 0;  /* the usual __class__: it is type(obj) */
    }
    /* an object may claim another class through __class__ (proxies, mocks) */
    Value icls;
    if (tpObj_getattr(vm, obj, vm->names[NAME___class__], &icls) < 0) {
        if (!tpErr_matches(vm, EXC_AttributeError)) {
            return -1;
        }
        tpErr_clear(vm);
        return 0;
    }
    if (AS_OBJ(icls) != (Obj *)t && is_type_value(vm, icls)) {
        *out = tpType_is_subtype(AS_TYPE(icls), AS_TYPE(cls));
    }
    return 0;
}

int tpObj_issubclass(VM *vm, Value derived, Value cls, int *out) {
    if (IS_OBJ_TYPE(cls, vm->types[TYPE_TUPLE])) {
        return check_tuple(vm, derived, AS_TUPLE(cls), tpObj_issubclass, " in __subclasscheck__",
                           out);
    }
    if (IS_OBJ_TYPE(cls, vm->types[TYPE_UNION])) {
        return check_tuple(vm, derived, tpUnion_args(cls), tpObj_issubclass,
                           " in __subclasscheck__", out);
    }
    int hooked = is_type_value(vm, cls) ? 0 : foreign_check_hook(vm, cls, NAME___subclasscheck__,
                                                                 derived, out);
    if (hooked != 0) {
        return hooked < 0 ? -1 : 0;
    }
    if (!is_type_value(vm, cls)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    Value hook = python_check_hook(vm, cls, NAME___subclasscheck__);
    if (!IS_NULL(hook)) {
        return call_check_hook(vm, hook, cls, derived, NAME___subclasscheck__, out);
    }
    if (!is_type_value(vm, derived)) {
        return tpErr_raise(vm, EXC_TypeError, "issubclass() arg 1 must be a class");
    }
    *out = tpType_is_subtype(AS_TYPE(derived), AS_TYPE(cls));
    return 0;
}

/* ==== integer conversion ==== */

int tpObj_index(VM *vm, Value v, Value *out) {
    if (IS_INT(v)) {
        *out = v;
        return 0;
    }
    if (IS_BOOL(v)) {
        *out = INT_VAL(AS_BOOL(v));
        return 0;
    }
    if (tpInt_check(vm, v)) {
        *out = v;
        return 0;
    }
    ObjType *t = tpType_of(vm, v);
    if (t->sl.index == NULL) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer",
                            v);
    }
    if (t->sl.index(vm, v, out) < 0) {
        return -1;
    }
    if (!tpInt_check(vm, *out)) {
        return tpErr_format(vm, EXC_TypeError, "__index__ returned non-int (type %T)", *out);
    }
    return 0;
}

int tpObj_as_index(VM *vm, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    Value i;
    if (tpObj_index(vm, v, &i) < 0) {
        return -1;
    }
    if (IS_INT(i)) {
        *out = AS_INT(i);
        return 0;
    }
    if (tpInt_as_i64(vm, i, out) < 0) {
        if (tpErr_matches(vm, EXC_OverflowError)) {
            tpErr_clear(vm);
            return tpErr_format(vm, EXC_OverflowError,
                                "cannot fit '%T' into an index-sized integer", v);
        }
        return -1;
    }
    return 0;
}
