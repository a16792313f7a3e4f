/*
 * obj_int.c — the `int` type: slots, int() construction and parsing of integer literals in
 * strings, and the Python-visible methods (bit_length, to_bytes, from_bytes, ...).
 * The arithmetic itself lives in bigint.c; small ints are immediates, big ones ObjInt (GMP),
 * instances of int subclasses are ObjInt-layout objects of the subclass type.
 */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "buffer.h"
#include "runtime.h"
#include "size_check.h"
#include "bigint.h"
#include "num_format.h"

/* ---- slots ---- */

static void int_free(VM *vm, Obj *o) {
    ObjInt *i = (ObjInt *)o;
    if (i->mpz != NULL && i->mpz != (void *)tpBig_box_inline(i)) {
        tpBig_box_free(vm, i->mpz);
        i->mpz = NULL;
    }
}

static int int_repr(VM *vm, Value self, Value *out) { return tpInt_to_str(vm, self, 10, out); }

static int int_hash(VM *vm, Value self, int64_t *out) {
    *out = tpInt_hash(vm, self);
    return 0;
}

static int int_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpNum_is_int(vm, a) || !tpNum_is_int(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    int c = tpInt_cmp(vm, a, b);
    *out = BOOL_VAL(tpCmp_holds(op, c, 0));
    return 0;
}

static int int_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpNum_is_int(vm, a) || !tpNum_is_int(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    int rc = tpInt_binop(vm, a, b, op, out);
    if (rc > 0) {
        *out = vm->not_implemented;
        return 0;
    }
    return rc;
}

static int int_ternpow(VM *vm, Value a, Value b, Value m, Value *out) {
    if (IS_NONE(m)) {
        return int_binop(vm, a, b, BINOP_POW, out);
    }
    if (tpNum_is_int(vm, a) && tpNum_is_int(vm, b) && tpNum_is_float(vm, m)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (tpNum_is_int(vm, a) && tpNum_is_int(vm, b) && tpNum_is_complex(vm, m)) {
        return tpErr_raise(vm, EXC_ValueError, "complex modulo");
    }
    if (!tpNum_is_int(vm, a) || !tpNum_is_int(vm, b) || !tpNum_is_int(vm, m)) {
        *out = vm->not_implemented;
        return 0;
    }
    return tpInt_powmod(vm, a, b, m, out);
}

static int int_unop(VM *vm, Value self, int op, Value *out) {
    return tpInt_unop(vm, self, op, out);
}

static int int_truth(VM *vm, Value self, int *out) {
    *out = tpInt_sign(vm, self) != 0;
    return 0;
}

static int int_index(VM *vm, Value self, Value *out) {
    *out = tpInt_plain(vm, self);
    return IS_NULL(*out) ? -1 : 0;
}

/* ---- parsing int(str, base) ---- */

static bool is_uspace(uint32_t c) {
    if (c < 128) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Digit value of a Unicode decimal digit (category Nd), or -1. Nd digits come in runs of ten
 * starting at zero, so the value is the distance from the start of the run, modulo 10. */
static int unicode_digit(uint32_t c) {
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) {
        return -1;
    }
    uint32_t start = c;
    while (start > 0 && utf8proc_category((utf8proc_int32_t)(start - 1)) == UTF8PROC_CATEGORY_ND) {
        start--;
    }
    return (int)((c - start) % 10);
}

/* Copy the text to ASCII: non-ASCII decimal digits become '0'..'9', Unicode spaces become ' '.
 * Anything else non-ASCII becomes '?' (an invalid character). Returns a malloc'd buffer. */
char *tpNum_ascii_digits(const char *s, size_t n, size_t *outn) {
    char *buf = malloc(n + 1);
    if (buf == NULL) {
        return NULL;
    }
    size_t j = 0;
    const char *p = s, *end = s + n;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            buf[j++] = *p++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const uint8_t *)p, end - p, &cp);
        if (k <= 0) {
            k = 1;
            cp = -1;
        }
        p += k;
        int d = cp >= 0 ? unicode_digit((uint32_t)cp) : -1;
        buf[j++] = d >= 0 ? (char)('0' + d) : (cp >= 0 && is_uspace((uint32_t)cp)) ? ' ' : '?';
    }
    buf[j] = '\0';
    *outn = j;
    return buf;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static int invalid_literal(VM *vm, int base, Value orig) {
    Value r;
    if (tpObj_repr(vm, orig, &r) < 0) {
        return -1;
    }
    ObjStr *rs = AS_STR(r);
    size_t nb = rs->nbytes;
    if (rs->len > 200) {
        nb = tpStr_offset(vm, rs, 200);
    }
    char *msg = malloc(nb + 64);
    if (msg == NULL) {
        return tpErr_no_memory(vm);
    }
    int k = snprintf(msg, 64, "invalid literal for int() with base %d: ", base);
    memcpy(msg + k, rs->data, nb);
    msg[k + nb] = '\0';
    tpErr_raise(vm, EXC_ValueError, msg);
    free(msg);
    return -1;
}

/* Skip the base prefix (and resolve base 0). Returns the new position. */
static size_t parse_prefix(const char *s, size_t i, size_t n, int *base, bool *prefixed) {
    *prefixed = false;
    if (i + 1 < n && s[i] == '0') {
        char c = (char)(s[i + 1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (*base == 0 || *base == pb)) {
            *base = pb;
            *prefixed = true;
            return i + 2;
        }
    }
    if (*base == 0) {
        *base = 10;
    }
    return i;
}

/* Parse an ASCII integer literal per int(s, base). */
static int parse_ascii(VM *vm, const char *s, size_t n, int base, Value orig, Value *out) {
    int given = base;
    size_t i = 0;
    while (i < n && is_uspace((unsigned char)s[i])) {
        i++;
    }
    while (n > i && is_uspace((unsigned char)s[n - 1])) {
        n--;
    }
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i++] == '-';
    }
    bool prefixed;
    i = parse_prefix(s, i, n, &base, &prefixed);
    if (prefixed && i < n && s[i] == '_') {
        i++;
    }
    /* collect digits, with single underscores between them */
    char small[64];
    char *digits = n + 2 <= sizeof small ? small : malloc(n + 2);
    if (digits == NULL) {
        return tpErr_no_memory(vm);
    }
    size_t nd = 0;
    if (neg) {
        digits[nd++] = '-';
    }
    size_t ndigits = 0;
    bool bad = false, bad_underscore = false, nonzero = false;
    /* the value itself while it fits in 62 bits: most literals need no second pass */
    uint64_t acc = 0;
    const uint64_t most = base >= 2 && base <= 36 ? ((uint64_t)1 << 62) / (uint64_t)base : 0;
    bool fits = true;
    while (i < n) {
        if (s[i] == '_') {
            if (ndigits == 0 || i + 1 >= n || digit_value(s[i + 1]) >= base) {
                bad = bad_underscore = true;   /* reported before the digit limit, as CPython */
                break;
            }
            i++;
            continue;
        }
        int d = digit_value(s[i]);
        if (d >= base) {
            bad = true;
            break;
        }
        nonzero |= d != 0;
        fits = fits && acc <= most;
        acc = acc * (uint64_t)base + (uint64_t)d;
        digits[nd++] = s[i++];
        ndigits++;
    }
    int rc = 0;
    int limit = vm->int_max_str_digits;
    if (limit > 0 && ndigits > (size_t)limit && (base & (base - 1)) != 0 && !bad_underscore) {
        rc = tpErr_format(vm, EXC_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: value "
                          "has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                          limit, ndigits);
    } else if (bad || ndigits == 0 || (given == 0 && !prefixed && nonzero && digits[neg] == '0')) {
        rc = invalid_literal(vm, given, orig);
    } else {
        *out = fits ? tpInt_from_i64(vm, neg ? -(int64_t)acc : (int64_t)acc)
                    : tpInt_from_digits(vm, digits, nd, base);
        rc = IS_NULL(*out) ? -1 : 0;
    }
    if (digits != small) {
        free(digits);
    }
    return rc;
}

static int int_parse(VM *vm, const char *s, size_t n, int base, Value orig, Value *out) {
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii || !tpObj_is(vm, orig, TYPE_STR)) {
        return parse_ascii(vm, s, n, base, orig, out);
    }
    size_t an;
    char *a = tpNum_ascii_digits(s, n, &an);
    if (a == NULL) {
        return tpErr_no_memory(vm);
    }
    int rc = parse_ascii(vm, a, an, base, orig, out);
    free(a);
    return rc;
}

int tpInt_from_str(VM *vm, ObjStr *s, int base, Value *out) {
    return int_parse(vm, s->data, s->nbytes, base, OBJ_VAL(s), out);
}

/* ---- int(x) conversions ---- */

static int call_dunder(VM *vm, Value x, int name, Value *out) {
    Value f = tpType_lookup(vm, tpType_of(vm, x), vm->names[name]);
    if (IS_NULL(f)) {
        return 0;
    }
    if (tpObj_call_method(vm, x, vm->names[name], 0, NULL, out) < 0) {
        return -1;
    }
    return 1;
}

/* Parse str / bytes / bytearray as int; 0 = not such a type. */
static int int_from_text(VM *vm, Value x, int base, Value *out) {
    if (tpObj_is(vm, x, TYPE_STR)) {
        return int_parse(vm, AS_STR(x)->data, AS_STR(x)->nbytes, base, x, out) < 0 ? -1 : 1;
    }
    if (tpObj_is(vm, x, TYPE_BYTES)) {
        ObjBytes *b = AS_BYTES(x);
        return int_parse(vm, (const char *)b->data, b->len, base, x, out) < 0 ? -1 : 1;
    }
    if (tpObj_is(vm, x, TYPE_BYTEARRAY)) {
        ObjByteArray *b = (ObjByteArray *)AS_OBJ(x);
        return int_parse(vm, (const char *)b->data, b->len, base, x, out) < 0 ? -1 : 1;
    }
    return 0;
}

static int int_from_object(VM *vm, Value x, Value *out) {
    if (tpNum_is_int(vm, x) && (!IS_OBJ(x) || AS_OBJ(x)->type == vm->types[TYPE_INT])) {
        *out = tpInt_plain(vm, x);
        return IS_NULL(*out) ? -1 : 0;
    }
    if (IS_FLOAT(x)) {
        return tpInt_from_double(vm, AS_FLOAT(x), out);
    }
    int rc = call_dunder(vm, x, NAME___int__, out);
    if (rc == 0) {
        rc = call_dunder(vm, x, NAME___index__, out);
    }
    if (rc < 0) {
        return -1;
    }
    if (rc > 0) {
        if (!tpNum_is_int(vm, *out)) {
            return tpErr_format(vm, EXC_TypeError, "__int__ returned non-int (type %T)", *out);
        }
        *out = tpInt_plain(vm, *out);
        return IS_NULL(*out) ? -1 : 0;
    }
    rc = call_dunder(vm, x, NAME___trunc__, out);
    if (rc < 0) {
        return -1;
    }
    if (rc > 0) {
        if (tpNum_is_int(vm, *out)) {
            *out = tpInt_plain(vm, *out);
            return IS_NULL(*out) ? -1 : 0;
        }
        Value t = *out;
        if (IS_NULL(tpType_lookup(vm, tpType_of(vm, t), vm->names[NAME___index__]))) {
            return tpErr_format(vm, EXC_TypeError, "__trunc__ returned non-Integral (type %T)", t);
        }
        return tpObj_index(vm, t, out);
    }
    const uint8_t *d;
    size_t n;
    if (IS_OBJ_TYPE(x, vm->types[TYPE_MEMORYVIEW]) && tpMemoryView_view(vm, x, &d, &n)) {
        ObjBytes *copy = tpBytes_new(vm, d, n);   /* parsed (and shown in errors) as bytes */
        if (!copy) {
            return -1;
        }
        x = OBJ_VAL(copy);
    }
    rc = int_from_text(vm, x, 10, out);
    if (rc != 0) {
        return rc < 0 ? -1 : 0;
    }
    return tpErr_format(vm, EXC_TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, "
                        "not '%s'", tpObj_typename(vm, x));
}

static int int_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    int nk = kwnames ? (int)kwnames->len : 0;
    Value x = NULL_VAL, base = NULL_VAL;
    for (int i = 0; i < nk; i++) {
        ObjStr *k = AS_STR(kwnames->items[i]);
        if (strcmp(k->data, "base") != 0 || argc >= 2) {
            if (strcmp(k->data, "base") == 0) {
                return tpErr_raise(vm, EXC_TypeError,
                                   "argument for int() given by name ('base') and position (2)");
            }
            return tpErr_format(vm, EXC_TypeError, "'%U' is an invalid keyword argument for int()",
                                k);
        }
        base = argv[argc + i];
    }
    if (argc > 2) {
        return tpErr_format(vm, EXC_TypeError, "int() takes at most 2 arguments (%d given)",
                            argc + nk);
    }
    if (argc >= 1) {
        x = argv[0];
    }
    if (argc == 2) {
        base = argv[1];
    }
    Value v;
    if (IS_NULL(x)) {
        if (!IS_NULL(base)) {
            return tpErr_raise(vm, EXC_TypeError, "int() missing string argument");
        }
        v = INT_VAL(0);
    } else if (IS_NULL(base)) {
        if (int_from_object(vm, x, &v) < 0) {
            return -1;
        }
    } else {
        int64_t b;
        if (tpObj_as_index(vm, base, &b) < 0) {
            if (!tpErr_matches(vm, EXC_OverflowError)) {
                return -1;
            }
            tpErr_clear(vm);
            b = -1;
        }
        if (b != 0 && (b < 2 || b > 36)) {
            return tpErr_raise(vm, EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        int rc = int_from_text(vm, x, (int)b, &v);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0) {
            return tpErr_raise(vm, EXC_TypeError,
                               "int() can't convert non-string with explicit base");
        }
    }
    if (type != vm->types[TYPE_INT]) {
        return tpInt_new_subtype(vm, type, v, out);
    }
    *out = v;
    return 0;
}

/* ---- methods ---- */

static int m_plain(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_plain(vm, argv[0]);
    return IS_NULL(*out) ? -1 : 0;
}

static int m_float(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double d;
    if (tpInt_as_double(vm, argv[0], &d) < 0) {
        return -1;
    }
    *out = FLOAT_VAL(d);
    return 0;
}

static int m_round(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (argc < 2) {   /* round(x, None) calls __round__() without an argument */
        return m_plain(vm, argc, argv, kw, out);
    }
    int64_t nd;
    if (tpObj_as_index(vm, argv[1], &nd) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);   /* huge ndigits: positive keeps the value, negative gives 0 */
        Value idx;
        if (tpObj_index(vm, argv[1], &idx) < 0) {
            return -1;
        }
        nd = tpInt_sign(vm, idx) > 0 ? INT64_MAX : INT64_MIN;
    }
    return tpInt_round(vm, argv[0], nd, out);
}

static int m_bit_length(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_from_u64(vm, tpInt_bit_length(vm, argv[0]));
    return 0;
}

static int m_bit_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, argv[0], &bv);
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    *out = tpInt_from_u64(vm, mpz_popcount(a));
    return 0;
}

static int m_as_integer_ratio(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value v = tpInt_plain(vm, argv[0]);
    if (IS_NULL(v)) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 2, v, INT_VAL(1));
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int m_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value v = tpInt_plain(vm, argv[0]);
    if (IS_NULL(v)) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 1, v);
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

/* byteorder argument: 1 little, 0 big, -1 error */
static int parse_byteorder(VM *vm, Value v) {
    if (IS_NULL(v)) {
        return 0;
    }
    if (!tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError,
                            "to_bytes() argument 'byteorder' must be str, not %s",
                            IS_NONE(v) ? "None" : tpObj_typename(vm, v));
    }
    if (strcmp(AS_STR(v)->data, "little") == 0) {
        return 1;
    }
    if (strcmp(AS_STR(v)->data, "big") == 0) {
        return 0;
    }
    return tpErr_raise(vm, EXC_ValueError, "byteorder must be either 'little' or 'big'");
}

static int to_bytes_fill(VM *vm, Value self, uint8_t *buf, int64_t len, bool little, bool sig) {
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, self, &bv);
    int sg = mpz_sgn(z);
    if (sg < 0 && !sig) {
        return tpErr_raise(vm, EXC_OverflowError, "can't convert negative int to unsigned");
    }
    /* two's complement: a negative z is stored as 2^(8*len) + z */
    mpz_t t;
    mpz_init(t);
    size_t need = sg == 0 ? 0 : mpz_sizeinbase(z, 2);
    if (sg < 0) {
        mpz_add_ui(t, z, 1);   /* -(|z|-1): fits in len bytes signed iff bits(|z|-1) < 8*len */
        need = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
    }
    if ((uint64_t)need + (sig ? 1 : 0) > (uint64_t)len * 8) {
        mpz_clear(t);
        return tpErr_raise(vm, EXC_OverflowError, "int too big to convert");
    }
    mpz_abs(t, sg < 0 ? t : z);
    memset(buf, 0, (size_t)len);
    size_t cnt = 0;
    if (mpz_sgn(t) != 0) {
        mpz_export(buf, &cnt, -1, 1, 0, 0, t);  /* least significant byte first */
    }
    mpz_clear(t);
    if (sg < 0) {
        for (int64_t i = 0; i < len; i++) {
            buf[i] = (uint8_t)~buf[i];   /* ~(|z|-1) == z in two's complement */
        }
    }
    if (!little) {
        for (int64_t i = 0; i < len / 2; i++) {
            uint8_t c = buf[i];
            buf[i] = buf[len - 1 - i];
            buf[len - 1 - i] = c;
        }
    }
    return 0;
}

static int m_to_bytes(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (argc - 1 > 2) {
        return tpErr_format(vm, EXC_TypeError,
                            "to_bytes() takes at most 2 positional arguments (%d given)", argc - 1);
    }
    if (tpArg_parse_kw(vm, "to_bytes", argc - 1, argv + 1, kw, 2, names, 3, a) < 0) {
        return -1;
    }
    int64_t len = 1;
    if (!IS_NULL(a[0]) && tpSize_arg(vm, a[0], false, &len) < 0) {
        return -1;
    }
    if (len < 0) {
        return tpErr_raise(vm, EXC_ValueError, "length argument must be non-negative");
    }
    int little = parse_byteorder(vm, a[1]);
    if (little < 0) {
        return -1;
    }
    int sig = 0;
    if (!IS_NULL(a[2]) && tpObj_truth(vm, a[2], &sig) < 0) {
        return -1;
    }
    if (tpSize_check(vm, (size_t)len) < 0) {
        return -1;
    }
    uint8_t *buf = malloc(len > 0 ? (size_t)len : 1);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    int rc = to_bytes_fill(vm, argv[0], buf, len, little, sig);
    ObjBytes *b = rc < 0 ? NULL : tpBytes_new(vm, buf, (size_t)len);
    free(buf);
    *out = b ? OBJ_VAL(b) : NULL_VAL;
    return b ? 0 : -1;
}

/* The bytes of a from_bytes argument: bytes/bytearray directly, otherwise an iterable of ints. */
static int bytes_arg(VM *vm, Value v, Value *holder, const uint8_t **data, size_t *n) {
    if (tpObj_is(vm, v, TYPE_BYTES)) {
        *data = AS_BYTES(v)->data;
        *n = AS_BYTES(v)->len;
        return 0;
    }
    if (tpObj_is(vm, v, TYPE_BYTEARRAY)) {
        *data = ((ObjByteArray *)AS_OBJ(v))->data;
        *n = ((ObjByteArray *)AS_OBJ(v))->len;
        return 0;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {   /* any memoryview, strided too */
        StrBuf b;
        tpBuf_init(&b);
        ObjBytes *copy = tpBuffer_append(vm, v, &b) < 0 ? NULL : tpBytes_new(vm, b.data, b.len);
        tpBuf_free(&b);
        if (!copy) {
            return -1;
        }
        *holder = OBJ_VAL(copy);
        *data = copy->data;
        *n = copy->len;
        return 0;
    }
    if (tpObj_is(vm, v, TYPE_STR) ||
        (tpType_of(vm, v)->sl.iter == NULL &&
         IS_NULL(tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___getitem__])))) {
        return tpErr_format(vm, EXC_TypeError, "cannot convert '%s' object to bytes",
                            tpObj_typename(vm, v));
    }
    ObjList *l = tpSeq_list(vm, v);
    if (l == NULL) {
        return -1;
    }
    uint8_t *buf = malloc(l->len + 1);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    for (size_t i = 0; i < l->len; i++) {
        int64_t x;
        if (tpObj_as_index(vm, l->items[i], &x) < 0 || x < 0 || x > 255) {
            free(buf);
            if (tpErr_occurred(vm) && !tpErr_matches(vm, EXC_OverflowError)) {
                return -1;
            }
            tpErr_clear(vm);
            return tpErr_raise(vm, EXC_ValueError, "bytes must be in range(0, 256)");
        }
        buf[i] = (uint8_t)x;
    }
    ObjBytes *b = tpBytes_new(vm, buf, l->len);
    free(buf);
    if (b == NULL) {
        return -1;
    }
    *holder = OBJ_VAL(b);
    *data = b->data;
    *n = b->len;
    return 0;
}

static int m_from_bytes(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (argc - 1 > 2) {
        return tpErr_format(vm, EXC_TypeError,
                            "from_bytes() takes at most 2 positional arguments (%d given)",
                            argc - 1);
    }
    if (tpArg_parse_kw(vm, "from_bytes", argc - 1, argv + 1, kw, 2, names, 3, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "from_bytes() missing required argument 'bytes' (pos 1)");
    }
    int little = parse_byteorder(vm, a[1]);
    int sig = 0;
    if (little < 0 || (!IS_NULL(a[2]) && tpObj_truth(vm, a[2], &sig) < 0)) {
        return -1;
    }
    Value holder = NONE_VAL;
    const uint8_t *data = NULL;
    size_t n = 0;
    if (bytes_arg(vm, a[0], &holder, &data, &n) < 0) {
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    if (n > 0) {
        mpz_import(z, n, little ? -1 : 1, 1, 0, 0, data);
        bool negative = sig && (data[little ? n - 1 : 0] & 0x80);
        if (negative) {
            mpz_t p;
            mpz_init(p);
            mpz_setbit(p, (mp_bitcnt_t)(n * 8));
            mpz_sub(z, z, p);
            mpz_clear(p);
        }
    }
    Value v = tpBig_take(vm, z);
    if (IS_NULL(v)) {
        return -1;
    }
    ObjType *cls = AS_TYPE(argv[0]);
    if (cls == vm->types[TYPE_INT]) {
        *out = v;
        return 0;
    }
    /* v stays rooted: a new object is on the temporary-root stack until this call returns; not
     * argv[1] as scratch: argv may be a caller's tuple (f(*args)) */
    return tpObj_call(vm, argv[0], 1, &v, NULL, out);
}

static int get_self(VM *vm, Value self, Value *out) {
    *out = tpInt_plain(vm, self);
    return IS_NULL(*out) ? -1 : 0;
}

static int get_zero(VM *vm, Value self, Value *out) {
    *out = INT_VAL(0);
    return 0;
}

static int get_one(VM *vm, Value self, Value *out) {
    *out = INT_VAL(1);
    return 0;
}

static const MethodDef int_methods[] = {
    TP_METHOD("conjugate", m_plain, 0, 0),
    TP_METHOD("bit_length", m_bit_length, 0, 0),
    TP_METHOD("bit_count", m_bit_count, 0, 0),
    TP_METHOD_KW("to_bytes", m_to_bytes, 0, -1),
    {"from_bytes", m_from_bytes, 0, -1, METH_KW | METH_CLASS, 0, NULL},
    TP_METHOD("as_integer_ratio", m_as_integer_ratio, 0, 0),
    TP_METHOD("__trunc__", m_plain, 0, 0),
    TP_METHOD("__floor__", m_plain, 0, 0),
    TP_METHOD("__ceil__", m_plain, 0, 0),
    TP_METHOD("__int__", m_plain, 0, 0),
    TP_METHOD("__float__", m_float, 0, 0),
    TP_METHOD("__round__", m_round, 0, 1),
    TP_METHOD("__getnewargs__", m_getnewargs, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef int_getsets[] = {
    {"real", get_self, NULL, "the real part of a complex number"},
    {"imag", get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", get_one, NULL, "the denominator of a rational number in lowest terms"},
    TP_GETSET_END,
};

const TypeSpec tpInt_spec = {
    .name = "int",
    .id = TYPE_INT,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjInt),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .free = int_free,
        .repr = int_repr,
        .hash = int_hash,
        .richcmp = int_richcmp,
        .binop = int_binop,
        .ternpow = int_ternpow,
        .unop = int_unop,
        .truth = int_truth,
        .index = int_index,
        .new_ = int_new,
        .format = tpNum_int_format,
    },
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};
