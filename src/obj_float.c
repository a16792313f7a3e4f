/*
 * obj_float.c — the `float` type: shortest round-trip repr, CPython's numeric hash, parsing of
 * float(str), arithmetic with Python's floor/modulo/pow rules, correctly rounded round(), and
 * the methods (hex, fromhex, as_integer_ratio, ...). Floats are immediates; only instances of
 * float subclasses are boxed (ObjFloatBox).
 */
#include <errno.h>
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buffer.h"
#include "runtime.h"
#include "bigint.h"
#include "num_format.h"

extern const TypeSpec tpFloat_spec;

bool tpNum_is_float(VM *vm, Value v) {
    (void)vm;
    return IS_FLOAT(v) || (IS_OBJ(v) && AS_OBJ(v)->type->spec == &tpFloat_spec);
}

double tpFloat_value(Value v) {
    return IS_FLOAT(v) ? AS_FLOAT(v) : ((ObjFloatBox *)AS_OBJ(v))->value;
}

int tpFloat_new_subtype(VM *vm, ObjType *type, double d, Value *out) {
    ObjFloatBox *b = tpGC_alloc(vm, type, type->size);
    if (b == NULL) {
        return -1;
    }
    b->value = d;
    *out = OBJ_VAL(b);
    return 0;
}

/* ---- repr: shortest digits that read back as the same double ---- */

/* Parse "%.Ne" output into its digits and decimal exponent. */
static void split_e(const char *s, char *digits, int *ndig, int *exp10) {
    int n = 0;
    for (; *s && *s != 'e'; s++) {
        if (*s >= '0' && *s <= '9') {
            digits[n++] = *s;
        }
    }
    *exp10 = atoi(s + 1);
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    *ndig = n;
}

/* Does the decimal digits[0..n) x 10^(exp10 - n + 1) read back as x? */
static bool reads_back(const char *digits, int n, int exp10, double x) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*se%d", n, digits, exp10 - n + 1);
    return strtod(buf, NULL) == x;
}

/* Add delta (+1/-1) to the last of n digits; returns the new count (a carry can add one). */
static int bump_digits(char *d, int n, int delta, int *exp10) {
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9') {
            d[i--] = '0';
        }
        if (i < 0) {
            memmove(d + 1, d, (size_t)n);
            d[0] = '1';
            (*exp10)++;
            return n;   /* the extra digit is a trailing zero: drop it */
        }
        d[i]++;
    } else {
        while (i >= 0 && d[i] == '0') {
            d[i--] = '9';
        }
        if (i < 0) {
            return 0;
        }
        d[i]--;
    }
    return n;
}

/* Shortest decimal digits of x > 0 (finite): digits, count and exponent of the first digit. */
static void shortest_digits(double x, char *digits, int *ndig, int *exp10) {
    char buf[48];
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    bool pow2 = (bits & 0x000FFFFFFFFFFFFFULL) == 0;
    for (int p = 0; p <= 16; p++) {
        snprintf(buf, sizeof buf, "%.*e", p, x);
        if (strtod(buf, NULL) == x) {
            split_e(buf, digits, ndig, exp10);
            return;
        }
        if (!pow2) {
            continue;
        }
        /* at a power of two the rounding interval is lopsided: the nearest p-digit decimal may
         * miss while its neighbour above still reads back */
        char cand[24];
        int cexp = atoi(strchr(buf, 'e') + 1), cn = 0;
        for (const char *s = buf; *s && *s != 'e'; s++) {
            if (*s >= '0' && *s <= '9') {
                cand[cn++] = *s;
            }
        }
        for (int delta = 1; delta >= -1; delta -= 2) {
            char c[24];
            int ce = cexp;
            memcpy(c, cand, (size_t)cn);
            int k = bump_digits(c, cn, delta, &ce);
            if (k > 0 && c[0] != '0' && reads_back(c, k, ce, x)) {
                while (k > 1 && c[k - 1] == '0') {
                    k--;
                }
                memcpy(digits, c, (size_t)k);
                digits[k] = '\0';
                *ndig = k;
                *exp10 = ce;
                return;
            }
        }
    }
    snprintf(buf, sizeof buf, "%.16e", x);
    split_e(buf, digits, ndig, exp10);
}

/* Lay out digits with the decimal point after exp10+1 digits (fixed notation). */
static char *put_fixed(char *o, const char *digits, int n, int exp10) {
    if (exp10 < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -exp10 - 1; i++) {
            *o++ = '0';
        }
        memcpy(o, digits, (size_t)n);
        return o + n;
    }
    for (int i = 0; i <= exp10; i++) {
        *o++ = i < n ? digits[i] : '0';
    }
    *o++ = '.';
    if (n > exp10 + 1) {
        memcpy(o, digits + exp10 + 1, (size_t)(n - exp10 - 1));
        o += n - exp10 - 1;
    } else {
        *o++ = '0';
    }
    return o;
}

static char *put_exp(char *o, const char *digits, int n, int exp10) {
    *o++ = digits[0];
    if (n > 1) {
        *o++ = '.';
        memcpy(o, digits + 1, (size_t)(n - 1));
        o += n - 1;
    }
    return o + sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
}

void tpFloat_repr_buf(double d, char *buf) {
    if (isnan(d)) {
        strcpy(buf, "nan");
        return;
    }
    if (isinf(d)) {
        strcpy(buf, d > 0 ? "inf" : "-inf");
        return;
    }
    char *o = buf;
    if (signbit(d)) {
        *o++ = '-';
        d = -d;
    }
    if (d == 0) {
        strcpy(o, "0.0");
        return;
    }
    char digits[24];
    int n, e;
    shortest_digits(d, digits, &n, &e);
    o = (e < -4 || e >= 16) ? put_exp(o, digits, n, e) : put_fixed(o, digits, n, e);
    *o = '\0';
}

static int float_repr(VM *vm, Value self, Value *out) {
    char buf[40];
    tpFloat_repr_buf(tpFloat_value(self), buf);
    ObjStr *s = tpStr_from_cstr(vm, buf);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

/* ---- hash ---- */

#define HASH_P (((uint64_t)1 << 61) - 1)

int64_t tpFloat_hash(double d) {
    if (isinf(d)) {
        return d > 0 ? 314159 : -314159;
    }
    if (isnan(d)) {
        return 0;
    }
    int e;
    double m = frexp(fabs(d), &e);            /* |d| = m * 2^e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);   /* exact: |d| = mant * 2^(e-53) */
    int64_t k = ((int64_t)e - 53) % 61;
    if (k < 0) {
        k += 61;                              /* 2^61 == 1 (mod P) */
    }
    unsigned __int128 h = (unsigned __int128)(mant % HASH_P) << k;
    int64_t r = (int64_t)(uint64_t)(h % HASH_P);
    if (d < 0) {
        r = -r;
    }
    return r == -1 ? -2 : r;
}

static int float_hash(VM *vm, Value self, int64_t *out) {
    *out = tpFloat_hash(tpFloat_value(self));
    return 0;
}

/* ---- float(str) ---- */

static bool ascii_space(char c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool match_ci(const char *s, size_t n, const char *word) {
    return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

/* Copy the digits of a run "d[_d]*" into *o; returns false on a misplaced underscore. */
static bool copy_digits(const char **p, const char *end, char **o, int *count) {
    *count = 0;
    while (*p < end) {
        char c = **p;
        if (c >= '0' && c <= '9') {
            *(*o)++ = c;
            (*count)++;
            (*p)++;
        } else if (c == '_' && *count > 0 && *p + 1 < end && (*p)[1] >= '0' && (*p)[1] <= '9') {
            (*p)++;
        } else {
            break;
        }
    }
    return true;
}

/* Parse the stripped ASCII text s[0..n) as CPython's float(): 1 ok, 0 invalid. */
static int parse_float_text(const char *s, size_t n, double *out) {
    const char *p = s, *end = s + n;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    size_t rest = (size_t)(end - p);
    if (match_ci(p, rest, "inf") || match_ci(p, rest, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 1;
    }
    if (match_ci(p, rest, "nan")) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    char small[128];
    char *buf = n + 2 <= sizeof small ? small : malloc(n + 2);
    if (buf == NULL) {
        return -1;
    }
    char *o = buf;
    *o++ = neg ? '-' : '+';
    int ni, nf = 0, ne;
    copy_digits(&p, end, &o, &ni);
    if (p < end && *p == '.') {
        *o++ = *p++;
        copy_digits(&p, end, &o, &nf);
    }
    bool ok = ni + nf > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) {
            *o++ = *p++;
        }
        copy_digits(&p, end, &o, &ne);
        ok = ne > 0;
    }
    ok = ok && p == end;
    *o = '\0';
    if (ok) {
        *out = strtod(buf, NULL);
    }
    if (buf != small) {
        free(buf);
    }
    return ok ? 1 : 0;
}

/* Text of a str/bytes for float(): s/n, with Unicode digits/spaces mapped to ASCII. */
static int float_from_text(VM *vm, const char *s, size_t n, Value orig, double *out) {
    char *tmp = NULL;
    for (size_t i = 0; i < n && tpObj_is(vm, orig, TYPE_STR); i++) {
        if ((unsigned char)s[i] >= 0x80) {
            tmp = tpNum_ascii_digits(s, n, &n);
            if (tmp == NULL) {
                return tpErr_no_memory(vm);
            }
            s = tmp;
            break;
        }
    }
    size_t i = 0;
    while (i < n && ascii_space(s[i])) {
        i++;
    }
    while (n > i && ascii_space(s[n - 1])) {
        n--;
    }
    int rc = parse_float_text(s + i, n - i, out);
    free(tmp);
    if (rc < 0) {
        return tpErr_no_memory(vm);
    }
    if (rc == 0) {
        return tpErr_format(vm, EXC_ValueError, "could not convert string to float: %R", orig);
    }
    return 0;
}

int tpFloat_from_str(VM *vm, ObjStr *s, double *out) {
    return float_from_text(vm, s->data, s->nbytes, OBJ_VAL(s), out);
}

/* ---- conversions ---- */

static int call_float_dunder(VM *vm, Value v, double *out, int *found) {
    ObjType *t = tpType_of(vm, v);
    *found = 1;
    if (!IS_NULL(tpType_lookup(vm, t, vm->names[NAME___float__]))) {
        Value r;
        if (tpObj_call_method(vm, v, vm->names[NAME___float__], 0, NULL, &r) < 0) {
            return -1;
        }
        if (!tpNum_is_float(vm, r)) {
            return tpErr_format(vm, EXC_TypeError, "%s.__float__ returned non-float (type %T)",
                                tpType_name(t), r);
        }
        *out = tpFloat_value(r);
        return 0;
    }
    if (!IS_NULL(tpType_lookup(vm, t, vm->names[NAME___index__]))) {
        Value r;
        if (tpObj_index(vm, v, &r) < 0) {
            return -1;
        }
        return tpInt_as_double(vm, r, out);
    }
    *found = 0;
    return 0;
}

int tpNum_as_double(VM *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 0;
    }
    if (tpNum_is_int(vm, v)) {
        return tpInt_as_double(vm, v, out);
    }
    if (tpNum_is_float(vm, v)) {
        *out = tpFloat_value(v);
        return 0;
    }
    int found;
    if (call_float_dunder(vm, v, out, &found) < 0) {
        return -1;
    }
    if (!found) {
        return tpErr_format(vm, EXC_TypeError, "must be real number, not %T", v);
    }
    return 0;
}

static int float_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (argc == 1 && kwnames == NULL && type == vm->types[TYPE_FLOAT] &&
        (IS_INT(argv[0]) || IS_FLOAT(argv[0]))) {
        /* float(i), float(x): the commonest conversions, before the type tests below */
        *out = IS_INT(argv[0]) ? FLOAT_VAL((double)AS_INT(argv[0])) : argv[0];
        return 0;
    }
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "float() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "float expected at most 1 argument, got %d", argc);
    }
    double d = 0.0;
    if (argc == 1) {
        Value x = argv[0];
        const uint8_t *p;
        size_t n;
        int found = 1;
        if (tpNum_is_float(vm, x) && (IS_FLOAT(x) || type == vm->types[TYPE_FLOAT])) {
            d = tpFloat_value(x);
        } else if (tpObj_is(vm, x, TYPE_STR)) {
            if (float_from_text(vm, AS_STR(x)->data, AS_STR(x)->nbytes, x, &d) < 0) {
                return -1;
            }
        } else if (tpObj_is(vm, x, TYPE_BYTES)) {
            ObjBytes *b = AS_BYTES(x);
            if (float_from_text(vm, (const char *)b->data, b->len, x, &d) < 0) {
                return -1;
            }
        } else if (tpObj_is(vm, x, TYPE_BYTEARRAY)) {
            ObjByteArray *b = (ObjByteArray *)AS_OBJ(x);
            if (float_from_text(vm, (const char *)b->data, b->len, x, &d) < 0) {
                return -1;
            }
        } else if (IS_OBJ_TYPE(x, vm->types[TYPE_MEMORYVIEW]) && tpMemoryView_view(vm, x, &p, &n)) {
            ObjBytes *copy = tpBytes_new(vm, p, n);   /* NUL-terminated text */
            if (!copy || float_from_text(vm, (const char *)copy->data, n, x, &d) < 0) {
                return -1;
            }
        } else if (tpNum_is_int(vm, x) && !IS_OBJ(x)) {
            d = (double)(IS_INT(x) ? AS_INT(x) : AS_BOOL(x));
        } else if (call_float_dunder(vm, x, &d, &found) < 0) {
            return -1;
        } else if (!found) {
            return tpErr_format(vm, EXC_TypeError,
                                "float() argument must be a string or a real number, not '%s'",
                                tpObj_typename(vm, x));
        }
    }
    if (type != vm->types[TYPE_FLOAT]) {
        return tpFloat_new_subtype(vm, type, d, out);
    }
    if (isnan(d) && !(argc == 1 && IS_FLOAT(argv[0]))) {
        /* a new NaN object: distinct payload, so `is`/containers see a different object */
        uint64_t base = signbit(d) ? 0xFFF8000000000000ULL : 0x7FF8000000000000ULL;
        *out = base | (++vm->nan_seq & 0x0000FFFFFFFFFFFFULL); /* stays below the tag space */
        return 0;
    }
    *out = FLOAT_VAL(d);
    return 0;
}

/* ---- arithmetic ---- */

void tpFloat_divmod(double a, double b, double *div, double *mod) {
    double m = fmod(a, b);
    double q = (a - m) / b;
    if (m != 0) {
        if ((b < 0) != (m < 0)) {
            m += b;
            q -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    double fq;
    if (q != 0) {
        fq = floor(q);
        if (q - fq > 0.5) {
            fq += 1.0;
        }
    } else {
        fq = copysign(0.0, a / b);
    }
    *div = fq;
    *mod = m;
}

static bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

static int pow_overflow(VM *vm) {
    Value args[2];
    args[0] = INT_VAL(34);
    ObjStr *s = tpStr_from_cstr(vm, "Numerical result out of range");
    if (s == NULL) {
        return -1;
    }
    args[1] = OBJ_VAL(s);
    return tpErr_set_args(vm, tpExc_type(vm, EXC_OverflowError), 2, args);
}

/* x ** y for floats, with C99-independent handling of the special cases as CPython. */
static int float_pow(VM *vm, double x, double y, Value *out) {
    double r;
    if (y == 0) {
        r = 1.0;
    } else if (isnan(x)) {
        r = x;
    } else if (isnan(y)) {
        r = x == 1.0 ? 1.0 : y;
    } else if (isinf(y)) {
        double ax = fabs(x);
        r = ax == 1.0 ? 1.0 : ((y > 0) == (ax > 1.0)) ? INFINITY : 0.0;
    } else if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (x > 0) {
            r = y > 0 ? x : 0.0;
        } else {
            r = y > 0 ? (odd ? x : -x) : (odd ? -0.0 : 0.0);
        }
    } else if (x == 0) {
        if (y < 0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError,
                               "0.0 cannot be raised to a negative power");
        }
        r = is_odd_integer(y) ? x : 0.0;
    } else {
        bool negate = false;
        if (x < 0) {
            if (y != floor(y)) {
                return tpComplex_pow(vm, x, 0.0, y, 0.0, out);
            }
            x = -x;
            negate = is_odd_integer(y);
        }
        if (x == 1.0) {
            r = 1.0;
        } else {
            errno = 0;
            r = pow(x, y);
            if (isinf(r)) {
                return pow_overflow(vm);
            }
        }
        if (negate) {
            r = -r;
        }
    }
    *out = FLOAT_VAL(r);
    return 0;
}

int tpFloat_binop_d(VM *vm, double a, double b, int op, Value *out) {
    double q, m;
    switch (op) {
    case BINOP_ADD: *out = FLOAT_VAL(a + b); return 0;
    case BINOP_SUB: *out = FLOAT_VAL(a - b); return 0;
    case BINOP_MUL: *out = FLOAT_VAL(a * b); return 0;
    case BINOP_TRUEDIV:
        if (b == 0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        }
        *out = FLOAT_VAL(a / b);
        return 0;
    case BINOP_FLOORDIV:
        if (b == 0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "float floor division by zero");
        }
        tpFloat_divmod(a, b, &q, &m);
        *out = FLOAT_VAL(q);
        return 0;
    case BINOP_MOD:
        if (b == 0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "float modulo");
        }
        tpFloat_divmod(a, b, &q, &m);
        *out = FLOAT_VAL(m);
        return 0;
    case BINOP_DIVMOD: {
        if (b == 0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "float divmod()");
        }
        tpFloat_divmod(a, b, &q, &m);
        ObjTuple *t = tpTuple_pack(vm, 2, FLOAT_VAL(q), FLOAT_VAL(m));
        *out = t ? OBJ_VAL(t) : NULL_VAL;
        return t ? 0 : -1;
    }
    case BINOP_POW:
        return float_pow(vm, a, b, out);
    default:
        return 1;
    }
}

/* An operand of a float operation: 1 ok, 0 not a real number, -1 error (int too big). */
static int operand(VM *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 1;
    }
    if (tpNum_is_int(vm, v)) {
        return tpInt_as_double(vm, v, out) < 0 ? -1 : 1;
    }
    if (tpNum_is_float(vm, v)) {
        *out = tpFloat_value(v);
        return 1;
    }
    return 0;
}

static int float_binop(VM *vm, Value a, Value b, int op, Value *out) {
    double x, y;
    int ra = operand(vm, a, &x);
    if (ra <= 0) {
        *out = vm->not_implemented;
        return ra;
    }
    int rb = operand(vm, b, &y);
    if (rb <= 0) {
        *out = vm->not_implemented;
        return rb;
    }
    int rc = tpFloat_binop_d(vm, x, y, op, out);
    if (rc > 0) {
        *out = vm->not_implemented;
        return 0;
    }
    return rc;
}

static int float_ternpow(VM *vm, Value a, Value b, Value m, Value *out) {
    if (!IS_NONE(m)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return float_binop(vm, a, b, BINOP_POW, out);
}

static int float_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    int c;
    bool fa = tpNum_is_float(vm, a), fb = tpNum_is_float(vm, b);
    if (fa && fb) {
        double x = tpFloat_value(a), y = tpFloat_value(b);
        c = (x != x || y != y) ? 2 : (x > y) - (x < y);
    } else if (fa && tpNum_is_int(vm, b)) {
        c = tpInt_cmp_double(vm, b, tpFloat_value(a));
        c = c == 2 ? 2 : -c;
    } else if (fb && tpNum_is_int(vm, a)) {
        c = tpInt_cmp_double(vm, a, tpFloat_value(b));
    } else {
        *out = vm->not_implemented;
        return 0;
    }
    *out = BOOL_VAL(c == 2 ? op == CMP_NE : tpCmp_holds(op, c, 0));
    return 0;
}

static int float_unop(VM *vm, Value self, int op, Value *out) {
    double d = tpFloat_value(self);
    switch (op) {
    case UNOP_NEG: *out = FLOAT_VAL(-d); return 0;
    case UNOP_POS: *out = FLOAT_VAL(d); return 0;
    case UNOP_ABS: *out = FLOAT_VAL(fabs(d)); return 0;
    default:
        return tpErr_format(vm, EXC_TypeError, "bad operand type for unary ~: '%s'",
                            tpObj_typename(vm, self));
    }
}

static int float_truth(VM *vm, Value self, int *out) {
    *out = tpFloat_value(self) != 0;
    return 0;
}

/* ---- round ---- */

/* round to a multiple of 10^k (k >= 1), ties to even, exactly */
static int round_negative(VM *vm, double d, int k, double *out) {
    double fl = floor(d), frac = d - fl;
    mpz_t i, p, q, r;
    mpz_inits(i, p, q, r, NULL);
    mpz_set_d(i, fl);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, i, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && (frac > 0 || mpz_odd_p(q)))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    bool ovf;
    double res = tpBig_to_double(q, &ovf);
    mpz_clears(i, p, q, r, NULL);
    if (ovf) {
        return tpErr_raise(vm, EXC_OverflowError, "rounded value too large to represent");
    }
    *out = res == 0 ? copysign(0.0, d) : res;
    return 0;
}

int tpFloat_round(VM *vm, double d, int64_t ndigits, double *out) {
    if (!isfinite(d) || d == 0 || ndigits > 323) {
        *out = d;
        return 0;
    }
    if (ndigits < -308) {
        *out = copysign(0.0, d);
        return 0;
    }
    if (ndigits < 0) {
        return round_negative(vm, d, (int)-ndigits, out);
    }
    char buf[720];
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, d);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        return tpErr_raise(vm, EXC_OverflowError, "rounded value too large to represent");
    }
    *out = r;
    return 0;
}

/* ---- methods ---- */

static int m_round(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double d = tpFloat_value(argv[0]);
    if (argc < 2 || IS_NONE(argv[1])) {
        return tpInt_from_double(vm, nearbyint(d), out);
    }
    int64_t nd;
    if (tpObj_as_index(vm, argv[1], &nd) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        Value idx;
        if (tpObj_index(vm, argv[1], &idx) < 0) {
            return -1;
        }
        nd = tpInt_sign(vm, idx) > 0 ? INT64_MAX : INT64_MIN;
    }
    double r;
    if (tpFloat_round(vm, d, nd, &r) < 0) {
        return -1;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

static int m_trunc(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpInt_from_double(vm, tpFloat_value(argv[0]), out);
}

static int m_floor(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpInt_from_double(vm, floor(tpFloat_value(argv[0])), out);
}

static int m_ceil(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpInt_from_double(vm, ceil(tpFloat_value(argv[0])), out);
}

static int m_float(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FLOAT_VAL(tpFloat_value(argv[0]));
    return 0;
}

static int m_is_integer(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double d = tpFloat_value(argv[0]);
    *out = BOOL_VAL(isfinite(d) && floor(d) == d);
    return 0;
}

static int m_as_integer_ratio(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double d = tpFloat_value(argv[0]);
    if (isinf(d)) {
        return tpErr_raise(vm, EXC_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        return tpErr_raise(vm, EXC_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant /= 2;
        e++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, (long)mant);
    mpz_init_set_ui(den, 1);
    if (mant == 0) {
        e = 0;
    }
    if (e > 0) {
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    } else {
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    }
    Value n = tpBig_take(vm, num);
    Value dv = tpBig_take(vm, den);
    if (IS_NULL(n) || IS_NULL(dv)) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 2, n, dv);
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int m_hex(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double d = tpFloat_value(argv[0]);
    char buf[40];
    if (!isfinite(d)) {
        tpFloat_repr_buf(d, buf);
    } else {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        const char *sign = (bits >> 63) ? "-" : "";
        int field = (int)((bits >> 52) & 0x7ff);
        uint64_t frac = bits & 0x000FFFFFFFFFFFFFULL;
        if (field == 0 && frac == 0) {
            snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        } else {
            int lead = field == 0 ? 0 : 1;
            int exp = field == 0 ? -1022 : field - 1023;
            snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign, lead, (unsigned long long)frac,
                     exp);
        }
    }
    ObjStr *s = tpStr_from_cstr(vm, buf);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* Validate CPython's hex float syntax (after stripping): 1 ok, 0 invalid. Builds "0x..." in o. */
static int hex_syntax(const char *p, const char *end, char *o) {
    if (p < end && (*p == '+' || *p == '-')) {
        *o++ = *p++;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    *o++ = '0';
    *o++ = 'x';
    int nd = 0;
    while (p < end && is_hex(*p)) {
        *o++ = *p++;
        nd++;
    }
    if (p < end && *p == '.') {
        *o++ = *p++;
        while (p < end && is_hex(*p)) {
            *o++ = *p++;
            nd++;
        }
    }
    if (nd == 0) {
        return 0;
    }
    if (p < end && (*p | 0x20) == 'p') {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) {
            *o++ = *p++;
        }
        int ne = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            *o++ = *p++;
            ne++;
        }
        if (ne == 0) {
            return 0;
        }
    }
    *o = '\0';
    return p == end;
}

static int m_fromhex(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (!tpObj_is(vm, argv[1], TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "bad argument type for built-in operation");
    }
    ObjStr *s = AS_STR(argv[1]);
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end && ascii_space(*p)) {
        p++;
    }
    while (end > p && ascii_space(end[-1])) {
        end--;
    }
    double d;
    const char *q = p + (p < end && (*p == '+' || *p == '-'));
    size_t rest = (size_t)(end - q);
    if (match_ci(q, rest, "inf") || match_ci(q, rest, "infinity") || match_ci(q, rest, "nan")) {
        d = (q[0] | 0x20) == 'n' ? NAN : INFINITY;
        if (*p == '-') {
            d = -d;
        }
    } else {
        char *buf = malloc((size_t)(end - p) + 4);
        if (buf == NULL) {
            return tpErr_no_memory(vm);
        }
        int ok = hex_syntax(p, end, buf);
        d = ok ? strtod(buf, NULL) : 0.0;
        free(buf);
        if (!ok) {
            return tpErr_raise(vm, EXC_ValueError, "invalid hexadecimal floating-point string");
        }
        if (isinf(d)) {
            return tpErr_raise(vm, EXC_OverflowError,
                               "hexadecimal value too large to represent as a float");
        }
    }
    if (AS_TYPE(argv[0]) == vm->types[TYPE_FLOAT]) {
        *out = FLOAT_VAL(d);
        return 0;
    }
    Value arg = FLOAT_VAL(d);   /* not argv[1]: argv may be a caller's tuple (f(*args)) */
    return tpObj_call(vm, argv[0], 1, &arg, NULL, out);
}

static int m_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjTuple *t = tpTuple_pack(vm, 1, FLOAT_VAL(tpFloat_value(argv[0])));
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int get_real(VM *vm, Value self, Value *out) {
    *out = FLOAT_VAL(tpFloat_value(self));
    return 0;
}

static int get_imag(VM *vm, Value self, Value *out) {
    *out = FLOAT_VAL(0.0);
    return 0;
}

/* float.__getformat__('double' | 'float'): the C layout of those types (IEEE on every machine
 * taipan builds for; the byte order is the host's). strcmp as CPython: text after a NUL is
 * ignored. */
static int m_getformat(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (!tpObj_is(vm, argv[1], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "__getformat__() argument must be str, not %s",
                            IS_NONE(argv[1]) ? "None" : tpObj_typename(vm, argv[1]));
    }
    const char *s = AS_STR(argv[1])->data;
    if (strcmp(s, "double") != 0 && strcmp(s, "float") != 0) {
        return tpErr_raise(vm, EXC_ValueError,
                           "__getformat__() argument 1 must be 'double' or 'float'");
    }
    const uint16_t one = 1;
    ObjStr *r = tpStr_from_cstr(vm, *(const uint8_t *)&one ? "IEEE, little-endian"
                                                            : "IEEE, big-endian");
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static const MethodDef float_methods[] = {
    TP_METHOD("conjugate", m_float, 0, 0),
    TP_METHOD("is_integer", m_is_integer, 0, 0),
    TP_METHOD("as_integer_ratio", m_as_integer_ratio, 0, 0),
    TP_METHOD("hex", m_hex, 0, 0),
    {"fromhex", m_fromhex, 1, 1, METH_CLASS, 0, NULL},
    {"__getformat__", m_getformat, 1, 1, METH_CLASS, 0, NULL},
    TP_METHOD("__trunc__", m_trunc, 0, 0),
    TP_METHOD("__int__", m_trunc, 0, 0),
    TP_METHOD("__floor__", m_floor, 0, 0),
    TP_METHOD("__ceil__", m_ceil, 0, 0),
    TP_METHOD("__float__", m_float, 0, 0),
    TP_METHOD("__round__", m_round, 0, 1),
    TP_METHOD("__getnewargs__", m_getnewargs, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL, "the real part of a complex number"},
    {"imag", get_imag, NULL, "the imaginary part of a complex number"},
    TP_GETSET_END,
};

const TypeSpec tpFloat_spec = {
    .name = "float",
    .id = TYPE_FLOAT,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjFloatBox),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .repr = float_repr,
        .hash = float_hash,
        .richcmp = float_richcmp,
        .binop = float_binop,
        .ternpow = float_ternpow,
        .unop = float_unop,
        .truth = float_truth,
        .new_ = float_new,
        .format = tpNum_float_format,
    },
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
