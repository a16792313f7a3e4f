/*
 * num_format.c — the format mini-language for int, bool, float and complex (__format__), and
 * the number formatting used by %-formatting. Each value is rendered as sign + prefix + integer
 * digits + rest (fraction, exponent, '%', 'j'); one assembler then applies grouping, CPython's
 * zero padding through the separators, and fill/alignment.
 */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"
#include "size_check.h"
#include "bigint.h"
#include "num_format.h"
#include "str_format.h"

/* The pieces of a formatted number. */
typedef struct NumParts {
    const char *sign;        /* "", "-", "+", " " */
    const char *prefix;      /* "", "0x", ... */
    const char *digits;      /* integer digits, ungrouped (or the character for 'c') */
    size_t ndigits;          /* bytes */
    const char *rest;        /* fraction / exponent / suffix */
    int gsize;               /* grouping interval (3 or 4) */
} NumParts;

static size_t cp_count(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        k += ((uint8_t)s[i] & 0xC0) != 0x80;
    }
    return k;
}

static char effective_align(const FormatSpec *fs, char def) {
    if (fs->align) {
        return fs->align;
    }
    return fs->zero ? '=' : def;
}

static int put_fill(VM *vm, StrBuf *b, uint32_t fill, int64_t n) {
    return tpBuf_put_fill(vm, b, fill, n);
}

/* Append digits (with `extra` leading zeros) inserting the separator every gsize digits. */
static int put_grouped(VM *vm, StrBuf *b, const char *d, size_t n, size_t extra, char sep,
                       int gsize) {
    size_t total = n + extra;
    for (size_t i = 0; i < total; i++) {
        if (sep && i > 0 && (total - i) % (size_t)gsize == 0) {
            if (tpBuf_putc(vm, b, sep) < 0) {
                return -1;
            }
        }
        if (tpBuf_putc(vm, b, i < extra ? '0' : d[i - extra]) < 0) {
            return -1;
        }
    }
    return 0;
}

static size_t grouped_len(size_t n, char sep, int gsize) {
    return sep && n > 0 ? n + (n - 1) / (size_t)gsize : n;
}

/* Assemble the parts with grouping and padding into a new str. */
static int assemble(VM *vm, const FormatSpec *fs, const NumParts *p, char def_align, Value *out) {
    char align = effective_align(fs, def_align);
    char sep = fs->grouping;
    size_t ls = strlen(p->sign), lp = strlen(p->prefix), lr = strlen(p->rest);
    size_t nd = cp_count(p->digits, p->ndigits);
    size_t extra = 0;
    int64_t width = fs->width;
    if (sep && align == '=' && fs->fill == '0' && width > 0) {
        /* zero padding runs through the digit groups, never starting with a separator */
        size_t fixed = ls + lp + cp_count(p->rest, lr);
        while ((int64_t)(fixed + grouped_len(nd + extra, sep, p->gsize)) < width) {
            extra++;
        }
    }
    size_t body = ls + lp + grouped_len(nd + extra, sep, p->gsize) + cp_count(p->rest, lr);
    int64_t pad = width > (int64_t)body ? width - (int64_t)body : 0;
    int64_t left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    StrBuf b;
    char space[256];
    tpBuf_init_with(&b, space, sizeof space);
    if (put_fill(vm, &b, fs->fill, left) < 0 || tpBuf_puts(vm, &b, p->sign) < 0 ||
        tpBuf_puts(vm, &b, p->prefix) < 0 || put_fill(vm, &b, fs->fill, mid) < 0 ||
        (sep ? put_grouped(vm, &b, p->digits, p->ndigits, extra, sep, p->gsize)
             : tpBuf_put(vm, &b, p->digits, p->ndigits)) < 0 ||
        tpBuf_puts(vm, &b, p->rest) < 0 || put_fill(vm, &b, fs->fill, right) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);   /* (measured: digits may be non-ASCII, e.g. 'n') */
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

static const char *sign_str(bool negative, char sign) {
    if (negative) {
        return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

/* ---- integers ---- */

static int format_char(VM *vm, Value v, const FormatSpec *fs, Value *out) {
    if (fs->sign) {
        return tpErr_raise(vm, EXC_ValueError,
                           "Sign not allowed with integer format specifier 'c'");
    }
    if (fs->alt) {
        return tpErr_raise(vm, EXC_ValueError,
                           "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t cp;
    if (tpInt_as_i64(vm, v, &cp) < 0) {
        return -1;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        return tpErr_raise(vm, EXC_OverflowError, "%c arg not in range(0x110000)");
    }
    char enc[4];
    int n = tpUtf8_encode((uint32_t)cp, enc);
    NumParts p = {"", "", enc, (size_t)n, "", 3};
    return assemble(vm, fs, &p, '>', out);
}

/* Digits of |v| in base (lower case unless upper); malloc'd. */
/* The digits of |v| in base (2, 8, 10, 16): in `small` (80 bytes) for a small int, else
 * malloc'd (the caller frees what is not `small`). NULL on MemoryError. */
static char *int_digits(VM *vm, Value v, int base, bool upper, bool *negative, char *small) {
    if (IS_INT(v)) {   /* no GMP for the common case */
        int64_t i = AS_INT(v);
        *negative = i < 0;
        char *p = tpInt_small_text(i < 0 ? -i : i, base, small + 79);
        small[79] = '\0';
        if (base != 10) {
            p += 2;   /* the 0x / 0o / 0b prefix */
        }
        for (char *q = p; upper && *q; q++) {
            *q = (char)(*q >= 'a' && *q <= 'f' ? *q - 'a' + 'A' : *q);
        }
        memmove(small, p, (size_t)(small + 80 - p));
        return small;
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    *negative = mpz_sgn(z) < 0;
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    char *buf = malloc(mpz_sizeinbase(a, base) + 2);
    if (buf == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    mpz_get_str(buf, upper ? -base : base, a);
    return buf;
}

static int format_int_core(VM *vm, Value v, const FormatSpec *fs, char type, int64_t mindigits,
                           bool printf_prefix, Value *out) {
    int base = 10;
    const char *prefix = "";
    switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    (void)printf_prefix;
    Value s;
    if (base == 10 && tpInt_bit_length(vm, v) > 14000 && tpInt_to_str(vm, v, 10, &s) < 0) {
        return -1;   /* over the str() digit limit: tpInt_to_str raised CPython's error */
    }
    bool neg;
    char small[80];
    char *d = int_digits(vm, v, base, type == 'X', &neg, small);
    if (d == NULL) {
        return -1;
    }
    size_t nd = strlen(d);
    if (mindigits > 0 && (size_t)mindigits > nd) {
        char *z = malloc((size_t)mindigits + 1);
        if (z == NULL) {
            if (d != small) {
                free(d);
            }
            return tpErr_no_memory(vm);
        }
        memset(z, '0', (size_t)mindigits - nd);
        memcpy(z + (size_t)mindigits - nd, d, nd + 1);
        if (d != small) {
            free(d);
        }
        d = z;
        nd = (size_t)mindigits;
    }
    NumParts p = {sign_str(neg, fs->sign), fs->alt ? prefix : "", d, nd, "", base == 10 ? 3 : 4};
    int rc = assemble(vm, fs, &p, '>', out);
    if (d != small) {
        free(d);
    }
    return rc;
}

int tpNum_format_int(VM *vm, Value v, const FormatSpec *fs, Value *out) {
    char type = fs->type ? fs->type : 'd';
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (tpInt_as_double(vm, v, &d) < 0) {
            return -1;
        }
        return tpNum_format_float(vm, d, fs, out);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return tpErr_format(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%s'",
                            type, tpObj_typename(vm, v));
    }
    if (fs->precision >= 0) {
        return tpErr_raise(vm, EXC_ValueError, "Precision not allowed in integer format specifier");
    }
    if (type == 'c') {
        return format_char(vm, v, fs, out);
    }
    return format_int_core(vm, v, fs, type == 'n' ? 'd' : type, 0, false, out);
}

int tpNum_format_int_printf(VM *vm, Value v, const FormatSpec *fs, Value *out) {
    char type = fs->type;
    if (type == 'i' || type == 'u' || type == 0) {
        type = 'd';
    }
    return format_int_core(vm, v, fs, type, fs->precision, true, out);
}

int tpNum_int_format(VM *vm, Value self, ObjStr *spec, Value *out) {
    if (spec->nbytes == 0) {
        return tpObj_str(vm, self, out);
    }
    FormatSpec fs;
    bool z;
    if (tpFormat_parse_ex(vm, spec, tpObj_typename(vm, self), 'd', &fs, &z) < 0) {
        return -1;
    }
    char t = fs.type ? fs.type : 'd';
    if (z && strchr("bcdoxXn", t) != NULL && fs.precision < 0) {
        return tpErr_raise(vm, EXC_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    }
    return tpNum_format_int(vm, self, &fs, out);
}

/* ---- floats ---- */

/* "%.*f" of d when d * 10**prec is an integer below 2**53 that the multiplication computes
 * exactly (prices, halves, integers: most floats that programs print with a fixed precision):
 * then rounding it half-to-even, as printf rounds the exact value, and printing the integer is
 * the same text, without glibc's multi-precision conversion. Returns the length, or -1 when
 * the fast path does not apply. out must hold 40 bytes. */
static int fixed_exact(double d, int prec, char *out) {
    static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                 1e11, 1e12, 1e13, 1e14, 1e15};
    if (prec < 0 || prec > 15 || !isfinite(d)) {
        return -1;
    }
    double y = d * p10[prec];
    if (!(fabs(y) < 9007199254740992.0) || fma(d, p10[prec], -y) != 0.0) {
        return -1;   /* too big, or the product was rounded */
    }
    uint64_t u = (uint64_t)fabs(nearbyint(y));   /* exact: ties go to even as in printf */
    uint64_t scale = (uint64_t)p10[prec];
    char digits[24];
    int n = 0;
    uint64_t ip = u / scale, fp = u % scale;
    do {
        digits[n++] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip != 0);
    int k = 0;
    if (signbit(d)) {
        out[k++] = '-';
    }
    while (n > 0) {
        out[k++] = digits[--n];
    }
    if (prec > 0) {
        out[k++] = '.';
        for (int i = prec - 1; i >= 0; i--) {
            out[k + i] = (char)('0' + fp % 10);
            fp /= 10;
        }
        k += prec;
    }
    out[k] = '\0';
    return k;
}

/* snprintf into a malloc'd buffer (with 3 bytes to spare for the callers' suffixes) */
static char *fmt_alloc(const char *fmt, int prec, double d) {
    char small[128];
    int n = strcmp(fmt, "%.*f") == 0 ? fixed_exact(d, prec, small) : -1;
    if (n < 0) {
        n = snprintf(small, sizeof small, fmt, prec, d);
    }
    if (n < 0) {
        return NULL;
    }
    char *buf = malloc((size_t)n + 4);
    if (buf != NULL) {
        if ((size_t)n < sizeof small) {
            memcpy(buf, small, (size_t)n + 1);
        } else {
            snprintf(buf, (size_t)n + 1, fmt, prec, d);
        }
    }
    return buf;
}

/* Remove trailing zeros of the fraction in s (fixed or mantissa before 'e'); keep_point keeps
 * a bare '.' when the fraction vanishes. */
static void strip_zeros(char *s, bool keep_point) {
    char *dot = strchr(s, '.');
    if (dot == NULL) {
        return;
    }
    char *e = strpbrk(s, "eE");
    char *end = e ? e : s + strlen(s);
    char *q = end;
    while (q > dot + 1 && q[-1] == '0') {
        q--;
    }
    if (q == dot + 1 && !keep_point) {
        q = dot;
    }
    memmove(q, end, strlen(end) + 1);
}

/* 'g' style with p significant digits; add_dot0: the '' type rule (exponent from p-1 and at
 * least one fractional digit). */
static char *format_g(double d, int p, bool alt, bool add_dot0, bool upper) {
    if (p == 0) {
        p = 1;
    }
    char *e = fmt_alloc("%.*e", p - 1, d);
    if (e == NULL) {
        return NULL;
    }
    int x = atoi(strchr(e, 'e') + 1);
    char *r;
    if (x < -4 || x >= (add_dot0 ? p - 1 : p)) {
        r = e;
        if (!alt) {
            strip_zeros(r, false);
        } else if (strchr(r, '.') == NULL) {
            char *ep = strchr(r, 'e');
            memmove(ep + 1, ep, strlen(ep) + 1);
            *ep = '.';
        }
    } else {
        free(e);
        r = fmt_alloc(alt ? "%#.*f" : "%.*f", p - 1 - x, d);
        if (r == NULL) {
            return NULL;
        }
        if (!alt) {
            strip_zeros(r, false);
        }
        if (add_dot0 && strchr(r, '.') == NULL) {
            strcat(r, ".0");
        } else if (add_dot0 && r[strlen(r) - 1] == '.') {
            strcat(r, "0");
        }
    }
    if (upper) {
        for (char *c = r; *c; c++) {
            *c = (char)(*c == 'e' ? 'E' : *c);
        }
    }
    return r;
}

/* repr-style digits; add_dot0 false strips a trailing ".0" (complex parts). */
static char *format_r(double d, bool alt, bool add_dot0) {
    char *r = malloc(48);
    if (r == NULL) {
        return NULL;
    }
    tpFloat_repr_buf(d, r);
    size_t n = strlen(r);
    if (!add_dot0 && n >= 2 && strcmp(r + n - 2, ".0") == 0) {
        r[n - (alt ? 1 : 2)] = '\0';
    }
    if (alt && strchr(r, '.') == NULL && isfinite(d)) {
        char *ep = strchr(r, 'e');
        if (ep != NULL) {
            memmove(ep + 1, ep, strlen(ep) + 1);
            *ep = '.';
        } else {
            strcat(r, ".");
        }
    }
    return r;
}

static void upcase(char *s) {
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') {
            *s = (char)(*s - 32);
        }
    }
}

/* Render |d| (d >= 0 or nan/inf) for the type; malloc'd text without sign. */
static char *float_body(double d, char type, int64_t prec, bool alt, bool add_dot0) {
    if (prec > 1000000) {
        prec = 1000000;
    }
    char *r;
    if (!isfinite(d)) {
        r = malloc(8);
        if (r == NULL) {
            return NULL;
        }
        strcpy(r, isnan(d) ? "nan" : "inf");
        if (type == '%') {
            strcat(r, "%");
        }
        if (type == 'E' || type == 'F' || type == 'G') {
            upcase(r);
        }
        return r;
    }
    switch (type) {
    case 'e': case 'E':
        r = fmt_alloc(alt ? "%#.*e" : "%.*e", prec < 0 ? 6 : (int)prec, d);
        break;
    case 'f': case 'F': case '%':
        r = fmt_alloc(alt ? "%#.*f" : "%.*f", prec < 0 ? 6 : (int)prec, type == '%' ? d * 100 : d);
        if (r != NULL && type == '%') {
            strcat(r, "%");
        }
        break;
    case 'g': case 'G': case 'n':
        r = format_g(d, prec < 0 ? 6 : (int)prec, alt, false, false);
        break;
    default:   /* '' */
        r = prec < 0 ? format_r(d, alt, add_dot0) : format_g(d, (int)prec, alt, add_dot0, false);
        break;
    }
    if (r != NULL && (type == 'E' || type == 'F' || type == 'G')) {
        upcase(r);
    }
    return r;
}

/* Split a body into integer digits and the rest for grouping. */
static size_t int_part_len(const char *s) {
    size_t i = 0;
    while (s[i] >= '0' && s[i] <= '9') {
        i++;
    }
    return i;
}

/* One float (or complex part) as NumParts; body is the malloc'd buffer to free. */
static int float_parts(VM *vm, double d, const FormatSpec *fs, char type, bool z, bool add_dot0,
                       char sign, NumParts *p, char **body) {
    bool neg = signbit(d) && !isnan(d);
    if (fs->precision > INT32_MAX) {
        return tpErr_raise(vm, EXC_ValueError, "precision too big");
    }
    *body = float_body(fabs(d), type, fs->precision, fs->alt, add_dot0);
    if (*body == NULL) {
        return tpErr_no_memory(vm);
    }
    if (neg && z) {
        const char *c = *body;
        bool allzero = true;
        for (; *c && *c != 'e' && *c != 'E'; c++) {
            if (*c >= '1' && *c <= '9') {
                allzero = false;
            }
        }
        if (allzero && strcmp(*body, "inf") != 0 && strcmp(*body, "INF") != 0) {
            neg = false;
        }
    }
    size_t ni = int_part_len(*body);
    *p = (NumParts){sign_str(neg, sign), "", *body, ni, *body + ni, 3};
    if (ni == 0) {   /* inf / nan */
        p->digits = *body;
        p->ndigits = strlen(*body);
        p->rest = "";
    }
    return 0;
}

static int format_float_z(VM *vm, double d, const FormatSpec *fs, bool z, Value *out) {
    char type = fs->type;
    if (type == 'n') {
        type = 'g';
    }
    NumParts p;
    char *body;
    if (float_parts(vm, d, fs, type, z, true, fs->sign, &p, &body) < 0) {
        return -1;
    }
    FormatSpec f2 = *fs;
    if (int_part_len(body) == 0) {
        f2.grouping = 0;
    }
    int rc = assemble(vm, &f2, &p, '>', out);
    free(body);
    return rc;
}

int tpNum_format_float(VM *vm, double d, const FormatSpec *fs, Value *out) {
    return format_float_z(vm, d, fs, false, out);
}

int tpNum_float_format(VM *vm, Value self, ObjStr *spec, Value *out) {
    double d = tpFloat_value(self);
    if (spec->nbytes == 0) {
        return tpObj_str(vm, self, out);
    }
    FormatSpec fs;
    bool z;
    if (tpFormat_parse_ex(vm, spec, tpObj_typename(vm, self), 0, &fs, &z) < 0) {
        return -1;
    }
    switch (fs.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return tpErr_format(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%s'",
                            fs.type, tpObj_typename(vm, self));
    }
    return format_float_z(vm, d, &fs, z, out);
}

/* ---- complex ---- */

/* Text of one complex part: sign + grouped digits + rest. */
static int part_text(VM *vm, double d, const FormatSpec *fs, char type, bool z, char sign,
                     StrBuf *b) {
    NumParts p;
    char *body;
    if (float_parts(vm, d, fs, type, z, false, sign, &p, &body) < 0) {
        return -1;
    }
    FormatSpec f2 = *fs;
    f2.width = -1;
    f2.align = '<';
    if (int_part_len(body) == 0) {
        f2.grouping = 0;
    }
    Value s;
    int rc = assemble(vm, &f2, &p, '<', &s);
    free(body);
    if (rc < 0) {
        return -1;
    }
    return tpBuf_put_str(vm, b, AS_STR(s));
}

static int complex_check(VM *vm, const FormatSpec *fs, Value self) {
    switch (fs->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return tpErr_format(vm, EXC_ValueError, "Unknown format code '%c' for object of type '%s'",
                            fs->type, tpObj_typename(vm, self));
    }
    if (fs->fill == '0') {
        return tpErr_raise(vm, EXC_ValueError,
                           "Zero padding is not allowed in complex format specifier");
    }
    if (fs->align == '=') {
        return tpErr_raise(vm, EXC_ValueError,
                           "'=' alignment flag is not allowed in complex format specifier");
    }
    return 0;
}

int tpNum_complex_format(VM *vm, Value self, ObjStr *spec, Value *out) {
    if (spec->nbytes == 0) {
        return tpObj_str(vm, self, out);
    }
    FormatSpec fs;
    bool z;
    if (tpFormat_parse_ex(vm, spec, tpObj_typename(vm, self), 0, &fs, &z) < 0 ||
        complex_check(vm, &fs, self) < 0) {
        return -1;
    }
    double re, im;
    tpComplex_parts(self, &re, &im);
    char type = fs.type == 'n' ? 'g' : fs.type;
    bool skip_re = false, parens = false;
    if (type == 0) {
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
    }
    StrBuf b;
    tpBuf_init(&b);
    if ((parens && tpBuf_putc(vm, &b, '(') < 0) ||
        (!skip_re && part_text(vm, re, &fs, type, z, fs.sign, &b) < 0) ||
        part_text(vm, im, &fs, type, z, skip_re ? fs.sign : '+', &b) < 0 ||
        tpBuf_puts(vm, &b, parens ? "j)" : "j") < 0) {
        tpBuf_free(&b);
        return -1;
    }
    /* pad the whole text like a string body */
    FormatSpec f2 = fs;
    f2.grouping = 0;
    NumParts p = {"", "", b.data, b.len, "", 3};
    int rc = assemble(vm, &f2, &p, '>', out);
    tpBuf_free(&b);
    return rc;
}
