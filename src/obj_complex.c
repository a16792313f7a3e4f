/*
 * obj_complex.c — the `complex` type: arithmetic (Smith's division, integer and polar powers),
 * equality with the other numbers, CPython's repr and hash, and complex() construction including
 * the string syntax "(1+2j)". Instances (also of subclasses) are ObjComplex.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"
#include "bigint.h"
#include "num_format.h"

extern const TypeSpec tpComplex_spec;

typedef struct Cx {
    double re, im;
} Cx;

bool tpNum_is_complex(VM *vm, Value v) {
    (void)vm;
    return IS_OBJ(v) && AS_OBJ(v)->type->spec == &tpComplex_spec;
}

void tpComplex_parts(Value v, double *re, double *im) {
    ObjComplex *c = (ObjComplex *)AS_OBJ(v);
    *re = c->real;
    *im = c->imag;
}

static Value complex_of_type(VM *vm, ObjType *type, double re, double im) {
    ObjComplex *c = tpGC_alloc(vm, type, type->size);
    if (c == NULL) {
        return NULL_VAL;
    }
    c->real = re;
    c->imag = im;
    return OBJ_VAL(c);
}

Value tpComplex_new(VM *vm, double real, double imag) {
    return complex_of_type(vm, vm->types[TYPE_COMPLEX], real, imag);
}

static int cx_out(VM *vm, Cx c, Value *out) {
    *out = tpComplex_new(vm, c.re, c.im);
    return IS_NULL(*out) ? -1 : 0;
}

/* ---- arithmetic ---- */

static Cx cx_mul(Cx a, Cx b) {
    return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* Smith's algorithm; *zero set when b == 0. */
static Cx cx_div(Cx a, Cx b, bool *zero) {
    double abr = fabs(b.re), abi = fabs(b.im);
    *zero = false;
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN};   /* a NaN in b */
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = cx_mul(r, p);
        }
        p = cx_mul(p, p);
    }
    return r;
}

static int pow_zero_error(VM *vm) {
    return tpErr_raise(vm, EXC_ZeroDivisionError, "0.0 to a negative or complex power");
}

int tpComplex_pow(VM *vm, double ar, double ai, double br, double bi, Value *out) {
    Cx a = {ar, ai}, r;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            r = cx_powu(a, n);
        } else {
            bool zero;
            r = cx_div((Cx){1.0, 0.0}, cx_powu(a, -n), &zero);
            if (zero) {
                return pow_zero_error(vm);
            }
        }
    } else if (br == 0.0 && bi == 0.0) {
        r = (Cx){1.0, 0.0};
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0) {
            return pow_zero_error(vm);
        }
        r = (Cx){0.0, 0.0};
    } else {
        double vabs = hypot(ar, ai);
        double len = pow(vabs, br);
        double at = atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        r = (Cx){len * cos(phase), len * sin(phase)};
    }
    if (isinf(r.re) || isinf(r.im)) {
        return tpErr_raise(vm, EXC_OverflowError, "complex exponentiation");
    }
    return cx_out(vm, r, out);
}

/* An operand: 1 ok, 0 not a number, -1 error. */
static int operand(VM *vm, Value v, Cx *out) {
    if (tpNum_is_complex(vm, v)) {
        tpComplex_parts(v, &out->re, &out->im);
        return 1;
    }
    out->im = 0.0;
    if (tpNum_is_float(vm, v)) {
        out->re = tpFloat_value(v);
        return 1;
    }
    if (tpNum_is_int(vm, v)) {
        return tpInt_as_double(vm, v, &out->re) < 0 ? -1 : 1;
    }
    return 0;
}

static int complex_binop(VM *vm, Value a, Value b, int op, Value *out) {
    Cx x, y;
    int ra = operand(vm, a, &x);
    int rb = ra > 0 ? operand(vm, b, &y) : ra;
    if (rb <= 0) {
        *out = vm->not_implemented;
        return rb;
    }
    bool zero;
    switch (op) {
    case BINOP_ADD: return cx_out(vm, (Cx){x.re + y.re, x.im + y.im}, out);
    case BINOP_SUB: return cx_out(vm, (Cx){x.re - y.re, x.im - y.im}, out);
    case BINOP_MUL: return cx_out(vm, cx_mul(x, y), out);
    case BINOP_TRUEDIV: {
        Cx r = cx_div(x, y, &zero);
        if (zero) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "complex division by zero");
        }
        return cx_out(vm, r, out);
    }
    case BINOP_POW:
        return tpComplex_pow(vm, x.re, x.im, y.re, y.im, out);
    default:
        *out = vm->not_implemented;
        return 0;
    }
}

static int complex_ternpow(VM *vm, Value a, Value b, Value m, Value *out) {
    if (!IS_NONE(m)) {
        return tpErr_raise(vm, EXC_ValueError, "complex modulo");
    }
    return complex_binop(vm, a, b, BINOP_POW, out);
}

static int complex_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != CMP_EQ && op != CMP_NE) {
        *out = vm->not_implemented;
        return 0;
    }
    Value self = tpNum_is_complex(vm, a) ? a : b, other = self == a ? b : a;
    double re, im;
    tpComplex_parts(self, &re, &im);
    bool eq;
    if (tpNum_is_complex(vm, other)) {
        double ore, oim;
        tpComplex_parts(other, &ore, &oim);
        eq = re == ore && im == oim;
    } else if (tpNum_is_float(vm, other)) {
        eq = im == 0.0 && re == tpFloat_value(other);
    } else if (tpNum_is_int(vm, other)) {
        eq = im == 0.0 && tpInt_cmp_double(vm, other, re) == 0;
    } else {
        *out = vm->not_implemented;
        return 0;
    }
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

static int complex_unop(VM *vm, Value self, int op, Value *out) {
    double re, im;
    tpComplex_parts(self, &re, &im);
    switch (op) {
    case UNOP_NEG: return cx_out(vm, (Cx){-re, -im}, out);
    case UNOP_POS: return cx_out(vm, (Cx){re, im}, out);
    case UNOP_ABS: {
        double r = hypot(re, im);
        if (isinf(r) && isfinite(re) && isfinite(im)) {
            return tpErr_raise(vm, EXC_OverflowError, "absolute value too large");
        }
        *out = FLOAT_VAL(r);
        return 0;
    }
    default:
        return tpErr_format(vm, EXC_TypeError, "bad operand type for unary ~: '%s'",
                            tpObj_typename(vm, self));
    }
}

static int complex_truth(VM *vm, Value self, int *out) {
    double re, im;
    tpComplex_parts(self, &re, &im);
    *out = re != 0.0 || im != 0.0;
    return 0;
}

static int complex_hash(VM *vm, Value self, int64_t *out) {
    double re, im;
    tpComplex_parts(self, &re, &im);
    uint64_t h = (uint64_t)tpFloat_hash(re) + 1000003ULL * (uint64_t)tpFloat_hash(im);
    int64_t r = (int64_t)h;
    *out = r == -1 ? -2 : r;
    return 0;
}

/* ---- repr ---- */

/* repr of one component without a trailing ".0" */
static void part_repr(double d, char *buf) {
    tpFloat_repr_buf(d, buf);
    size_t n = strlen(buf);
    if (n >= 2 && strcmp(buf + n - 2, ".0") == 0) {
        buf[n - 2] = '\0';
    }
}

static int complex_repr(VM *vm, Value self, Value *out) {
    double re, im;
    tpComplex_parts(self, &re, &im);
    char rb[40], ib[40], buf[96];
    part_repr(im, ib);
    if (re == 0.0 && !signbit(re)) {
        snprintf(buf, sizeof buf, "%sj", ib);
    } else {
        part_repr(re, rb);
        snprintf(buf, sizeof buf, "(%s%s%sj)", rb, ib[0] == '-' ? "" : "+", ib);
    }
    ObjStr *s = tpStr_from_cstr(vm, buf);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

/* ---- complex(string) ---- */

static bool cspace(char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* Scan a real number (sign, digits with underscores, point, exponent, or inf/nan) at p.
 * Returns the end, or NULL if there is no number there. */
static const char *scan_real_in(const char *p, const char *end, double *out, char *buf,
                                size_t cap) {
    const char *s = p;
    size_t k = 0;
    if (s < end && (*s == '+' || *s == '-')) {
        buf[k++] = *s++;
    }
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - s) >= n && strncasecmp(s, words[w], n) == 0) {
            double v = w == 2 ? NAN : INFINITY;
            *out = buf[0] == '-' && k ? -v : v;
            return s + n;
        }
    }
    int nd = 0;
    bool point = false;
    while (s < end && k < cap - 8) {
        if (*s >= '0' && *s <= '9') {
            buf[k++] = *s++;
            nd++;
        } else if (*s == '_' && nd > 0 && s + 1 < end && s[1] >= '0' && s[1] <= '9' &&
                   s[-1] != '.') {
            s++;
        } else if (*s == '.' && !point) {
            point = true;
            buf[k++] = *s++;
        } else {
            break;
        }
    }
    if (nd == 0) {
        return NULL;
    }
    if (s < end && (*s == 'e' || *s == 'E')) {
        const char *e = s + 1;
        size_t k2 = k;
        buf[k2++] = 'e';
        if (e < end && (*e == '+' || *e == '-')) {
            buf[k2++] = *e++;
        }
        int ne = 0;
        while (e < end && k2 < cap - 2 &&
               ((*e >= '0' && *e <= '9') || (*e == '_' && ne > 0 && e + 1 < end &&
                                              e[1] >= '0' && e[1] <= '9'))) {
            if (*e != '_') {
                buf[k2++] = *e;
                ne++;
            }
            e++;
        }
        if (ne > 0) {
            k = k2;
            s = e;
        }
    }
    buf[k] = '\0';
    *out = strtod(buf, NULL);
    return s;
}

/* scan_real_in with a buffer that fits the whole text (a 5000-digit mantissa is valid). */
static const char *scan_real(const char *p, const char *end, double *out) {
    char small[512];
    size_t cap = (size_t)(end - p) + 16;
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (buf == NULL) {
        return NULL;
    }
    const char *r = scan_real_in(p, end, out, buf, cap <= sizeof small ? sizeof small : cap);
    if (buf != small) {
        free(buf);
    }
    return r;
}

static int parse_complex(const char *p, const char *end, double *re, double *im) {
    while (p < end && cspace(*p)) {
        p++;
    }
    while (end > p && cspace(end[-1])) {
        end--;
    }
    if (p < end && *p == '(' && end[-1] == ')') {
        p++;
        end--;
        while (p < end && cspace(*p)) {
            p++;
        }
        while (end > p && cspace(end[-1])) {
            end--;
        }
    }
    *re = *im = 0.0;
    double x;
    const char *q = scan_real(p, end, &x);
    if (q == NULL) {
        /* "j", "+j", "-j" */
        const char *s = p;
        double sign = 1.0;
        if (s < end && (*s == '+' || *s == '-')) {
            sign = *s++ == '-' ? -1.0 : 1.0;
        }
        if (s < end && (*s == 'j' || *s == 'J') && s + 1 == end) {
            *im = sign;
            return 0;
        }
        return -1;
    }
    if (q < end && (*q == 'j' || *q == 'J')) {
        *im = x;
        return q + 1 == end ? 0 : -1;
    }
    *re = x;
    if (q == end) {
        return 0;
    }
    if (*q != '+' && *q != '-') {
        return -1;
    }
    double y;
    const char *r = scan_real(q, end, &y);
    if (r == NULL) {
        y = *q == '-' ? -1.0 : 1.0;
        r = q + 1;
    }
    if (r < end && (*r == 'j' || *r == 'J') && r + 1 == end) {
        *im = y;
        return 0;
    }
    return -1;
}

/* ---- complex(real, imag) ---- */

/* An argument as a complex: 1 ok, 0 not a number, -1 error. Uses __complex__ when allowed. */
static int arg_as_complex(VM *vm, Value v, bool use_dunder, Cx *out, bool *is_cx) {
    *is_cx = false;
    if (use_dunder && !tpNum_is_complex(vm, v) &&
        !IS_NULL(tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___complex__]))) {
        Value r;
        if (tpObj_call_method(vm, v, vm->names[NAME___complex__], 0, NULL, &r) < 0) {
            return -1;
        }
        if (!tpNum_is_complex(vm, r)) {
            return tpErr_format(vm, EXC_TypeError, "__complex__ returned non-complex (type %T)",
                                r);
        }
        v = r;
    }
    if (tpNum_is_complex(vm, v)) {
        *is_cx = true;
        tpComplex_parts(v, &out->re, &out->im);
        return 1;
    }
    out->im = 0.0;
    if (tpNum_is_float(vm, v) || tpNum_is_int(vm, v)) {
        return operand(vm, v, out);
    }
    bool has = !IS_NULL(tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___float__])) ||
               !IS_NULL(tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___index__]));
    if (!has) {
        return 0;
    }
    return tpNum_as_double(vm, v, &out->re) < 0 ? -1 : 1;
}

static int complex_from_string(VM *vm, ObjType *type, Value s, Value *out) {
    double re, im;
    if (parse_complex(AS_STR(s)->data, AS_STR(s)->data + AS_STR(s)->nbytes, &re, &im) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "complex() arg is a malformed string");
    }
    *out = complex_of_type(vm, type, re, im);
    return IS_NULL(*out) ? -1 : 0;
}

static int complex_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                       Value *out) {
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (tpArg_parse_kw(vm, "complex", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    Value r = a[0], i = a[1];
    if (IS_NULL(r)) {
        r = INT_VAL(0);
    }
    if (tpObj_is(vm, r, TYPE_STR)) {
        if (!IS_NULL(i)) {
            return tpErr_raise(vm, EXC_TypeError,
                               "complex() can't take second arg if first is a string");
        }
        return complex_from_string(vm, type, r, out);
    }
    if (!IS_NULL(i) && tpObj_is(vm, i, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "complex() second arg can't be a string");
    }
    if (IS_NULL(i) && type == vm->types[TYPE_COMPLEX] &&
        IS_OBJ(r) && AS_OBJ(r)->type == vm->types[TYPE_COMPLEX]) {
        *out = r;
        return 0;
    }
    Cx cr, ci = {0.0, 0.0};
    bool rcx, icx = false;
    int rc = arg_as_complex(vm, r, true, &cr, &rcx);
    if (rc <= 0) {
        return rc < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                          "complex() first argument must be a string or a "
                                          "number, not '%s'", tpObj_typename(vm, r));
    }
    if (!IS_NULL(i)) {
        rc = arg_as_complex(vm, i, false, &ci, &icx);
        if (rc <= 0) {
            return rc < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                              "complex() second argument must be a number, "
                                              "not '%s'", tpObj_typename(vm, i));
        }
    }
    /* (a+bj) + (c+dj)*1j, keeping the sign of a zero imaginary part given alone */
    double re = cr.re, im = ci.re;
    if (icx) {
        re -= ci.im;
    }
    if (rcx) {
        im = IS_NULL(i) ? cr.im : im + cr.im;
    }
    *out = complex_of_type(vm, type, re, im);
    return IS_NULL(*out) ? -1 : 0;
}

/* ---- methods ---- */

static int m_conjugate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double re, im;
    tpComplex_parts(argv[0], &re, &im);
    return cx_out(vm, (Cx){re, -im}, out);
}

static int m_complex(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (AS_OBJ(argv[0])->type == vm->types[TYPE_COMPLEX]) {
        *out = argv[0];
        return 0;
    }
    double re, im;
    tpComplex_parts(argv[0], &re, &im);
    return cx_out(vm, (Cx){re, im}, out);
}

static int m_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double re, im;
    tpComplex_parts(argv[0], &re, &im);
    ObjTuple *t = tpTuple_pack(vm, 2, FLOAT_VAL(re), FLOAT_VAL(im));
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int get_real(VM *vm, Value self, Value *out) {
    *out = FLOAT_VAL(((ObjComplex *)AS_OBJ(self))->real);
    return 0;
}

static int get_imag(VM *vm, Value self, Value *out) {
    *out = FLOAT_VAL(((ObjComplex *)AS_OBJ(self))->imag);
    return 0;
}

static const MethodDef complex_methods[] = {
    TP_METHOD("conjugate", m_conjugate, 0, 0),
    TP_METHOD("__complex__", m_complex, 0, 0),
    TP_METHOD("__getnewargs__", m_getnewargs, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef complex_getsets[] = {
    {"real", get_real, NULL, "the real part of a complex number"},
    {"imag", get_imag, NULL, "the imaginary part of a complex number"},
    TP_GETSET_END,
};

const TypeSpec tpComplex_spec = {
    .name = "complex",
    .id = TYPE_COMPLEX,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjComplex),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .repr = complex_repr,
        .hash = complex_hash,
        .richcmp = complex_richcmp,
        .binop = complex_binop,
        .ternpow = complex_ternpow,
        .unop = complex_unop,
        .truth = complex_truth,
        .new_ = complex_new,
        .format = tpNum_complex_format,
    },
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};
