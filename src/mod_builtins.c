/*
 * mod_builtins.c — the builtins module: start-up (types, exceptions, constants by name) and the
 * simple built-in functions (print, len, min/max, sum, sorted, iter/next, numeric helpers,
 * attribute helpers, input...). Code-running builtins (eval/exec/compile, __build_class__,
 * __import__, dir/vars/locals/globals) live in mod_builtins2.c.
 * Arity errors not expressible through MethodDef (CPython's "argument clinic" wording) are
 * raised here.
 */
#include <math.h>

#include "cstack.h"
#include "interp.h"
#include "io_internal.h"
#include "mod_builtins.h"
#include "seq.h"
#include "str_impl.h"
#include "vm_internal.h"

static int ret_str(VM *vm, ObjStr *s, Value *out) {
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* ==== print ==== */

static int check_sep(VM *vm, const char *what, Value v) {
    if (!IS_NULL(v) && !IS_NONE(v) && !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "%s must be None or a string, not %T", what, v);
    }
    return 0;
}

/* Write text to a stream: straight into a TextIOWrapper's buffer when it can, else through its
 * write method. */
static int stream_write(VM *vm, Value file, const char *s, size_t n) {
    if (tpIO_is_text(vm, file)) {
        return tpTextIO_write_raw(vm, file, s, n);
    }
    ObjStr *str = tpStr_new(vm, s, n);
    if (str == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(str), r;
    return tpObj_call_method(vm, file, vm->names[NAME_write], 1, &arg, &r);
}

static int bi_print(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Value kw[4] = {NULL_VAL, NULL_VAL, NULL_VAL, NULL_VAL};
    if (kwnames != NULL && kwnames->len > 0 &&
        tpArg_parse_kw(vm, "print", 0, argv + argc, kwnames, 0, names, 4, kw) < 0) {
        return -1;
    }
    if (check_sep(vm, "sep", kw[0]) < 0 || check_sep(vm, "end", kw[1]) < 0) {
        return -1;
    }
    Value file = kw[2];
    if (IS_NULL(file) || IS_NONE(file)) {
        file = tpSys_get(vm, "stdout");
        if (IS_NULL(file) || IS_NONE(file)) {
            *out = NONE_VAL;
            return 0;
        }
    } else if (!tpIO_is_text(vm, file)) {
        Value w;
        if (tpObj_getattr(vm, file, vm->names[NAME_write], &w) < 0) {
            return -1;
        }
    }
    const char *sep = " ", *end = "\n";
    size_t seplen = 1, endlen = 1;
    if (!IS_NULL(kw[0]) && !IS_NONE(kw[0])) {
        sep = AS_STR(kw[0])->data;
        seplen = AS_STR(kw[0])->nbytes;
    }
    if (!IS_NULL(kw[1]) && !IS_NONE(kw[1])) {
        end = AS_STR(kw[1])->data;
        endlen = AS_STR(kw[1])->nbytes;
    }
    bool direct = tpIO_is_text(vm, file);
    StrBuf b;
    tpBuf_init(&b);
    for (int i = 0; i < argc; i++) {
        Value s;
        if (i > 0) {
            int rc = direct ? tpBuf_put(vm, &b, sep, seplen) : stream_write(vm, file, sep, seplen);
            if (rc < 0) {
                goto fail;
            }
        }
        if (IS_OBJ_TYPE(argv[i], vm->types[TYPE_STR])) {
            s = argv[i];
        } else if (tpObj_str(vm, argv[i], &s) < 0) {
            goto fail;
        }
        int rc = direct ? tpBuf_put(vm, &b, AS_STR(s)->data, AS_STR(s)->nbytes)
                        : stream_write(vm, file, AS_STR(s)->data, AS_STR(s)->nbytes);
        if (rc < 0) {
            goto fail;
        }
    }
    if ((direct ? tpBuf_put(vm, &b, end, endlen) : stream_write(vm, file, end, endlen)) < 0) {
        goto fail;
    }
    if (direct && tpTextIO_write_raw(vm, file, b.data ? b.data : "", b.len) < 0) {
        goto fail;
    }
    tpBuf_free(&b);
    if (!IS_NULL(kw[3])) {
        int t;
        if (tpObj_truth(vm, kw[3], &t) < 0) {
            return -1;
        }
        Value r;
        /* sys.stdout/stderr's flush without a lookup that would fill their types' dicts */
        if (t && tpIO_call(vm, file, "flush", 0, NULL, &r) < 0) {
            return -1;
        }
    }
    *out = NONE_VAL;
    return 0;
fail:
    tpBuf_free(&b);
    return -1;
}

/* ==== simple one-argument functions ==== */

int tpBuiltin_len(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    int64_t n;
    if (tpObj_len(vm, argv[0], &n) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, n);
    return IS_NULL(*out) ? -1 : 0;
}

static int bi_repr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    return tpObj_repr(vm, argv[0], out);
}

static int bi_ascii(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    return tpObj_ascii(vm, argv[0], out);
}

static int bi_abs(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    return tpObj_unop(vm, argv[0], UNOP_ABS, out);
}

static int bi_hash(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    int64_t h;
    if (tpObj_hash(vm, argv[0], &h) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, h);
    return IS_NULL(*out) ? -1 : 0;
}

static int bi_id(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    if (IS_OBJ(v)) {
        *out = tpInt_from_i64(vm, (int64_t)(uintptr_t)AS_OBJ(v));
    } else {
        /* immediates: a stable number derived from the bits, outside the heap address range */
        *out = tpInt_from_u64(vm, (uint64_t)v);
    }
    return IS_NULL(*out) ? -1 : 0;
}

static int bi_callable(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    *out = BOOL_VAL(tpObj_callable(vm, argv[0]));
    return 0;
}

static int bi_ord(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    size_t len;
    if (tpObj_is(vm, v, TYPE_STR)) {
        len = AS_STR(v)->len;
        if (len == 1) {
            *out = INT_VAL(tpStr_char_at(vm, AS_STR(v), 0));
            return 0;
        }
    } else if (tpObj_is(vm, v, TYPE_BYTES)) {
        len = AS_BYTES(v)->len;
        if (len == 1) {
            *out = INT_VAL(AS_BYTES(v)->data[0]);
            return 0;
        }
    } else if (tpObj_is(vm, v, TYPE_BYTEARRAY)) {
        ObjByteArray *ba = (ObjByteArray *)AS_OBJ(v);
        len = ba->len;
        if (len == 1) {
            *out = INT_VAL(ba->data[0]);
            return 0;
        }
    } else {
        return tpErr_format(vm, EXC_TypeError, "ord() expected string of length 1, but %T found", v);
    }
    return tpErr_format(vm, EXC_TypeError,
                        "ord() expected a character, but string of length %zu found", len);
}

static int bi_chr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value v = argv[0];
    if (tpObj_is(vm, v, TYPE_FLOAT)) {
        return tpErr_raise(vm, EXC_TypeError, "'float' object cannot be interpreted as an integer");
    }
    Value iv;
    if (tpObj_index(vm, v, &iv) < 0) {
        return -1;
    }
    if (!IS_INT(iv) || AS_INT(iv) > INT32_MAX || AS_INT(iv) < INT32_MIN) {
        return tpErr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    int64_t cp = AS_INT(iv);
    if (cp < 0 || cp > 0x10FFFF) {
        return tpErr_raise(vm, EXC_ValueError, "chr() arg not in range(0x110000)");
    }
    return ret_str(vm, tpStr_from_cp(vm, (uint32_t)cp), out);
}

/* hex / oct / bin (magic = base) */
static int bi_base(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value iv;
    if (tpObj_index(vm, argv[0], &iv) < 0) {
        return -1;
    }
    return tpInt_to_str(vm, iv, vm->magic, out);
}

static int bi_any_all(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    bool is_all = vm->magic == 1;
    Value it;
    if (tpObj_iter(vm, argv[0], &it) < 0) {
        return -1;
    }
    size_t mark = tpGC_save(vm);
    for (;;) {
        Value x;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            break;
        }
        int t;
        if (tpObj_truth(vm, x, &t) < 0) {
            return -1;
        }
        if (is_all ? !t : t) {
            *out = BOOL_VAL(!is_all);
            return 0;
        }
        tpGC_restore(vm, mark);
    }
    *out = BOOL_VAL(is_all);
    return 0;
}

/* ==== min / max ==== */

static int bi_minmax(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool is_max = vm->magic == 1;
    const char *fname = is_max ? "max" : "min";
    static const char *const names[] = {"key", "default"};
    Value kw[2] = {NULL_VAL, NULL_VAL};
    if (kwnames != NULL && kwnames->len > 0 &&
        tpArg_parse_kw(vm, fname, 0, argv + argc, kwnames, 0, names, 2, kw) < 0) {
        return -1;
    }
    if (argc == 0) {
        return tpErr_format(vm, EXC_TypeError, "%s expected at least 1 argument, got 0", fname);
    }
    if (argc > 1 && !IS_NULL(kw[1])) {
        return tpErr_format(vm, EXC_TypeError,
                            "Cannot specify a default for %s() with multiple positional arguments",
                            fname);
    }
    Value key = IS_NULL(kw[0]) || IS_NONE(kw[0]) ? NULL_VAL : kw[0];
    Value it;
    if (argc == 1) {
        if (tpObj_iter(vm, argv[0], &it) < 0) {
            return -1;
        }
    } else {
        ObjTuple *t = tpTuple_from(vm, (size_t)argc, argv);
        if (t == NULL || tpObj_iter(vm, OBJ_VAL(t), &it) < 0) {
            return -1;
        }
    }
    Value best = NULL_VAL, best_key = NULL_VAL;
    size_t mark = tpGC_save(vm);
    for (;;) {
        Value keep[2] = {best, best_key};
        if (tpGC_restore_keep(vm, mark, 2, keep) < 0) {
            return -1;
        }
        Value x, k;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            break;
        }
        k = x;
        if (!IS_NULL(key) && tpObj_call(vm, key, 1, &x, NULL, &k) < 0) {
            return -1;
        }
        if (IS_NULL(best)) {
            best = x;
            best_key = k;
            continue;
        }
        int better;
        if (tpObj_richcmp_bool(vm, k, best_key, is_max ? CMP_GT : CMP_LT, &better) < 0) {
            return -1;
        }
        if (better) {
            best = x;
            best_key = k;
        }
    }
    if (IS_NULL(best)) {
        if (!IS_NULL(kw[1])) {
            *out = kw[1];
            return 0;
        }
        return tpErr_format(vm, EXC_ValueError, "%s() arg is an empty sequence", fname);
    }
    *out = best;
    return 0;
}

/* ==== sum ==== */

static int sum_fast(VM *vm, Value acc, Value x, Value *out) {
    if (IS_INT(acc) && IS_INT(x)) {
        int64_t r = AS_INT(acc) + AS_INT(x);   /* 48-bit operands cannot overflow int64 */
        *out = tpInt_from_i64(vm, r);
        return IS_NULL(*out) ? -1 : 0;
    }
    if (IS_FLOAT(acc) && IS_FLOAT(x)) {
        *out = FLOAT_VAL(AS_FLOAT(acc) + AS_FLOAT(x));
        return 0;
    }
    if (IS_FLOAT(acc) && IS_INT(x)) {
        *out = FLOAT_VAL(AS_FLOAT(acc) + (double)AS_INT(x));
        return 0;
    }
    return tpObj_binop(vm, acc, x, BINOP_ADD, out);
}

static int bi_sum(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (argc > 2) {
        return tpErr_format(vm, EXC_TypeError, "sum() takes at most 2 arguments (%d given)", argc);
    }
    if (kwnames != NULL && kwnames->len > 0) {
        for (size_t i = 0; i < kwnames->len; i++) {
            if (strcmp(AS_STR(kwnames->items[i])->data, "iterable") == 0) {
                return tpErr_raise(vm, EXC_TypeError,
                                   "sum() takes at least 1 positional argument (0 given)");
            }
        }
    }
    if (tpArg_parse_kw(vm, "sum", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (argc < 1) {
        return tpErr_raise(vm, EXC_TypeError, "sum() takes at least 1 positional argument (0 given)");
    }
    Value acc = IS_NULL(a[1]) ? INT_VAL(0) : a[1];
    if (tpObj_is(vm, acc, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (tpObj_is(vm, acc, TYPE_BYTES)) {
        return tpErr_raise(vm, EXC_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (tpObj_is(vm, acc, TYPE_BYTEARRAY)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value it;
    if (tpObj_iter(vm, a[0], &it) < 0) {
        return -1;
    }
    size_t mark = tpGC_save(vm);
    /* while the start and every item are small ints, the total is kept in a C int64 (exact, so
     * the result is the same); it becomes an int object at the first other item or overflow */
    bool i64 = IS_INT(acc);
    int64_t total = i64 ? AS_INT(acc) : 0;
    for (;;) {
        Value x;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            break;
        }
        if (i64) {
            int64_t t;
            if (IS_INT(x) && !__builtin_add_overflow(total, AS_INT(x), &t)) {
                total = t;
                tpGC_restore(vm, mark);
                continue;
            }
            i64 = false;
            if (IS_NULL(acc = tpInt_from_i64(vm, total))) {
                return -1;
            }
        }
        if (sum_fast(vm, acc, x, &acc) < 0 || tpGC_restore_keep(vm, mark, 1, &acc) < 0) {
            return -1;
        }
    }
    *out = i64 ? tpInt_from_i64(vm, total) : acc;
    return IS_NULL(*out) ? -1 : 0;
}

/* ==== sorted, iter, next ==== */

static int bi_sorted(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"key", "reverse"};
    Value kw[2] = {NULL_VAL, NULL_VAL};
    if (argc != 1) {
        return tpErr_format(vm, EXC_TypeError, "sorted expected 1 argument, got %d", argc);
    }
    if (kwnames != NULL && kwnames->len > 0 &&
        tpArg_parse_kw(vm, "sort", 0, argv + argc, kwnames, 0, names, 2, kw) < 0) {
        return -1;
    }
    bool reverse = false;
    if (!IS_NULL(kw[1])) {
        if (tpObj_is(vm, kw[1], TYPE_FLOAT)) {
            return tpErr_raise(vm, EXC_TypeError,
                               "'float' object cannot be interpreted as an integer");
        }
        int64_t r;
        if (tpObj_as_index(vm, kw[1], &r) < 0) {
            return -1;
        }
        reverse = r != 0;
    }
    ObjList *l = tpSeq_list(vm, argv[0]);
    /* CPython's sorted() calls the new list's sort method: one level */
    if (l == NULL || tpC_enter(vm, TP_CSTACK_CALL) < 0) {
        return -1;
    }
    int rc = tpList_sort(vm, l, kw[0], reverse);
    tpC_leave(vm);
    if (rc < 0) {
        return -1;
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int bi_iter(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    if (argc == 1) {
        return tpObj_iter(vm, argv[0], out);
    }
    if (!tpObj_callable(vm, argv[0])) {
        return tpErr_raise(vm, EXC_TypeError, "iter(v, w): v must be callable");
    }
    *out = tpCallIter_new(vm, argv[0], argv[1]);
    return IS_NULL(*out) ? -1 : 0;
}

static int bi_next(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    ObjType *t = tpType_of(vm, argv[0]);
    if (t->sl.next == NULL) {
        return tpErr_format(vm, EXC_TypeError, "'%N' object is not an iterator", t);
    }
    int rc = tpObj_next(vm, argv[0], out);
    if (rc < 0) {
        if (argc > 1 && tpErr_matches(vm, EXC_StopIteration)) {
            tpErr_clear(vm);
            *out = argv[1];
            return 0;
        }
        return -1;
    }
    if (rc == 1) {
        if (argc > 1) {
            *out = argv[1];
            return 0;
        }
        return tpGen_raise_stop(vm, argv[0], *out);
    }
    return 0;
}

/* ==== isinstance / issubclass ==== */

static int bi_isinstance(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    int r;
    if (tpObj_isinstance(vm, argv[0], argv[1], &r) < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

static int bi_issubclass(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    int r;
    if (tpObj_issubclass(vm, argv[0], argv[1], &r) < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

/* ==== numbers ==== */

static int bi_round(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (tpArg_parse_kw(vm, "round", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "round() missing required argument 'number' (pos 1)");
    }
    Value x = a[0], nd = a[1];
    bool no_digits = IS_NULL(nd) || IS_NONE(nd);
    if (no_digits && IS_INT(x)) {
        *out = x;
        return 0;
    }
    if (no_digits && IS_FLOAT(x)) {
        double r = nearbyint(AS_FLOAT(x));
        return tpInt_from_double(vm, r, out);
    }
    ObjType *t = tpType_of(vm, x);
    Value fn = tpType_lookup(vm, t, vm->names[NAME___round__]);
    if (IS_NULL(fn)) {
        return tpErr_format(vm, EXC_TypeError, "type %N doesn't define __round__ method", t);
    }
    Value args[2] = {x, nd};
    return tpObj_call(vm, fn, no_digits ? 1 : 2, args, NULL, out);
}

static int bi_divmod(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    return tpObj_binop(vm, argv[0], argv[1], BINOP_DIVMOD, out);
}

static int bi_pow(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (tpArg_parse_kw(vm, "pow", argc, argv, kwnames, 3, names, 3, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "pow() missing required argument 'base' (pos 1)");
    }
    if (IS_NULL(a[1])) {
        return tpErr_raise(vm, EXC_TypeError, "pow() missing required argument 'exp' (pos 2)");
    }
    if (IS_NULL(a[2]) || IS_NONE(a[2])) {
        return tpObj_binop(vm, a[0], a[1], BINOP_POW, out);
    }
    return tpObj_pow3(vm, a[0], a[1], a[2], out);
}

static int bi_format(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    ObjStr *spec = vm->empty_str;
    if (argc > 1) {
        if (!tpObj_is(vm, argv[1], TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "format() argument 2 must be str, not %s",
                                tpArg_type_name(vm, argv[1]));
        }
        spec = AS_STR(argv[1]);
    }
    return tpObj_format(vm, argv[0], spec, out);
}

/* ==== attributes ==== */

static int attr_name(VM *vm, Value v, ObjStr **out) {
    if (!tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "attribute name must be string, not '%T'", v);
    }
    *out = AS_STR(v);
    if (!AS_STR(v)->interned && AS_OBJ(v)->type == vm->types[TYPE_STR]) {
        *out = tpStr_intern(vm, AS_STR(v));
        if (*out == NULL) {
            return -1;
        }
    }
    return 0;
}

static int bi_getattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    ObjStr *name;
    if (attr_name(vm, argv[1], &name) < 0) {
        return -1;
    }
    if (argc == 2) {
        return tpObj_getattr(vm, argv[0], name, out);
    }
    int rc = tpObj_getattr_opt(vm, argv[0], name, out);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        *out = argv[2];
    }
    return 0;
}

static int bi_hasattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjStr *name;
    if (attr_name(vm, argv[1], &name) < 0) {
        return -1;
    }
    Value v;
    int rc = tpObj_getattr_opt(vm, argv[0], name, &v);
    if (rc < 0) {
        return -1;
    }
    *out = BOOL_VAL(rc == 1);
    return 0;
}

static int bi_setattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjStr *name;
    if (attr_name(vm, argv[1], &name) < 0 || tpObj_setattr(vm, argv[0], name, argv[2]) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

static int bi_delattr(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjStr *name;
    if (attr_name(vm, argv[1], &name) < 0 || tpObj_delattr(vm, argv[0], name) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

/* ==== input, exit ==== */

static int bi_input(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    Value sout = tpSys_get(vm, "stdout"), sin = tpSys_get(vm, "stdin");
    if (IS_NULL(sin) || IS_NONE(sin)) {
        return tpErr_raise(vm, EXC_RuntimeError, "input(): lost sys.stdin");
    }
    if (IS_NULL(sout) || IS_NONE(sout)) {
        return tpErr_raise(vm, EXC_RuntimeError, "input(): lost sys.stdout");
    }
    tpTextIO_flush_value(vm, tpSys_get(vm, "stderr"));
    if (argc > 0) {
        Value s;
        if (tpObj_str(vm, argv[0], &s) < 0 ||
            stream_write(vm, sout, AS_STR(s)->data, AS_STR(s)->nbytes) < 0) {
            return -1;
        }
    }
    tpTextIO_flush_value(vm, sout);
    Value line;
    if (tpObj_call_method(vm, sin, vm->names[NAME_readline], 0, NULL, &line) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, line, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "object.readline() returned non-string");
    }
    ObjStr *s = AS_STR(line);
    if (s->len == 0) {
        return tpErr_raise(vm, EXC_EOFError, "EOF when reading a line");
    }
    if (s->data[s->nbytes - 1] == '\n') {
        return ret_str(vm, tpStr_substr(vm, s, 0, s->len - 1), out);
    }
    *out = line;
    return 0;
}

static int bi_exit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    (void)out;
    Value sin = tpSys_get(vm, "stdin");
    if (!IS_NULL(sin) && !IS_NONE(sin)) {
        /* CPython's site.Quitter closes stdin before exiting (errors ignored) */
        Value exc = tpErr_fetch(vm), r;
        if (tpObj_call_method(vm, sin, vm->names[NAME_close], 0, NULL, &r) < 0) {
            tpErr_clear(vm);
        }
        vm->exc = exc;
    }
    return tpErr_set_args(vm, vm->exc_types[EXC_SystemExit], argc, argv);
}

static const MethodDef builtin_functions[] = {
    TP_METHOD_KW("print", bi_print, 0, -1),
    TP_METHOD("len", tpBuiltin_len, 1, 1),
    TP_METHOD("repr", bi_repr, 1, 1),
    TP_METHOD("ascii", bi_ascii, 1, 1),
    TP_METHOD("abs", bi_abs, 1, 1),
    TP_METHOD("hash", bi_hash, 1, 1),
    TP_METHOD("id", bi_id, 1, 1),
    TP_METHOD("callable", bi_callable, 1, 1),
    TP_METHOD("ord", bi_ord, 1, 1),
    TP_METHOD("chr", bi_chr, 1, 1),
    TP_METHOD_MAGIC("hex", bi_base, 1, 1, 16),
    TP_METHOD_MAGIC("oct", bi_base, 1, 1, 8),
    TP_METHOD_MAGIC("bin", bi_base, 1, 1, 2),
    TP_METHOD_MAGIC("any", bi_any_all, 1, 1, 0),
    TP_METHOD_MAGIC("all", bi_any_all, 1, 1, 1),
    {"min", bi_minmax, 0, -1, METH_KW, 0, NULL},
    {"max", bi_minmax, 0, -1, METH_KW, 1, NULL},
    TP_METHOD_KW("sum", bi_sum, 0, -1),
    TP_METHOD_KW("sorted", bi_sorted, 0, -1),
    TP_METHOD("iter", bi_iter, 1, 2),
    TP_METHOD("next", bi_next, 1, 2),
    TP_METHOD("aiter", tpGen_bi_aiter, 1, 1),
    TP_METHOD("anext", tpGen_bi_anext, 1, 2),
    TP_METHOD("isinstance", bi_isinstance, 2, 2),
    TP_METHOD("issubclass", bi_issubclass, 2, 2),
    TP_METHOD_KW("round", bi_round, 0, -1),
    TP_METHOD("divmod", bi_divmod, 2, 2),
    TP_METHOD_KW("pow", bi_pow, 0, -1),
    TP_METHOD("format", bi_format, 1, 2),
    TP_METHOD("getattr", bi_getattr, 2, 3),
    TP_METHOD("hasattr", bi_hasattr, 2, 2),
    TP_METHOD("setattr", bi_setattr, 3, 3),
    TP_METHOD("delattr", bi_delattr, 2, 2),
    TP_METHOD("input", bi_input, 0, 1),
    TP_METHOD("exit", bi_exit, 0, 1),
    TP_METHOD("quit", bi_exit, 0, 1),
    TP_METHOD_END,
};

/* ==== start-up ==== */

static int add_types(VM *vm, ObjDict *d) {
    static const int ids[] = {
        TYPE_OBJECT,    TYPE_TYPE,       TYPE_INT,          TYPE_BOOL,         TYPE_FLOAT,
        TYPE_COMPLEX,   TYPE_STR,        TYPE_BYTES,        TYPE_BYTEARRAY,    TYPE_LIST,
        TYPE_TUPLE,     TYPE_DICT,       TYPE_SET,          TYPE_FROZENSET,    TYPE_RANGE,
        TYPE_SLICE,     TYPE_ENUMERATE,  TYPE_ZIP,          TYPE_MAP,          TYPE_FILTER,
        TYPE_REVERSED,  TYPE_PROPERTY,   TYPE_CLASSMETHOD,  TYPE_STATICMETHOD, TYPE_SUPER,
        TYPE_MEMORYVIEW,
    };
    for (size_t i = 0; i < TP_ARRAY_LEN(ids); i++) {
        ObjType *t = vm->types[ids[i]];
        if (tpDict_set_str(vm, d, t->name, OBJ_VAL(t)) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < EXC__COUNT; i++) {
        ObjType *t = vm->exc_types[i];
        if (tpDict_set_str(vm, d, t->name, OBJ_VAL(t)) < 0) {
            return -1;
        }
    }
    Value os = OBJ_VAL(vm->exc_types[EXC_OSError]);
    if (tpDict_set_cstr(vm, d, "EnvironmentError", os) < 0 ||
        tpDict_set_cstr(vm, d, "IOError", os) < 0) {
        return -1;
    }
    return 0;
}

static int add_constants(VM *vm, ObjDict *d) {
    if (tpDict_set_cstr(vm, d, "None", NONE_VAL) < 0 ||
        tpDict_set_cstr(vm, d, "True", TRUE_VAL) < 0 ||
        tpDict_set_cstr(vm, d, "False", FALSE_VAL) < 0 ||
        tpDict_set_cstr(vm, d, "Ellipsis", vm->ellipsis) < 0 ||
        tpDict_set_cstr(vm, d, "NotImplemented", vm->not_implemented) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___debug__], TRUE_VAL) < 0) {
        return -1;
    }
    ObjStr *doc = tpStr_from_cstr(vm, "Built-in functions, exceptions, and other objects.\n\n"
                                      "Noteworthy: None is the `nil' object; Ellipsis represents "
                                      "`...' in slices.");
    return doc == NULL ? -1 : tpDict_set_str(vm, d, vm->names[NAME___doc__], OBJ_VAL(doc));
}

int tpBuiltins_init(VM *vm) {
    ObjModule *m = tpModule_new(vm, vm->names[NAME_builtins]);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    vm->builtins = m->dict;
    vm->builtins_module = OBJ_VAL(m);
    /* about 150 names: sized once rather than grown step by step */
    if (tpDict_reserve(vm, m->dict, 160) < 0 ||
        tpModule_add_functions(vm, m, builtin_functions) < 0 ||
        tpBuiltins_add_more(vm, m) < 0 || add_types(vm, m->dict) < 0 ||
        add_constants(vm, m->dict) < 0 || tpExc_setup_classes(vm) < 0 ||
        tpDict_set_str(vm, vm->modules, vm->names[NAME_builtins], OBJ_VAL(m)) < 0) {
        return -1;
    }
    return 0;
}
