/*
 * mod_math.c — the `math` module, part 1: constants, argument checking shared with mod_math2.c,
 * the real-valued functions (libm wrappers with CPython's domain/range error rules), logarithms
 * (exact for huge ints via their bit length), floor/ceil/trunc, frexp/modf/ldexp, isclose, gamma
 * and lgamma (a Lanczos rational approximation, so results agree with CPython's to the bit).
 * mod_math2.c holds the integer functions, prod, fsum, hypot and dist (tpMath_more_functions).
 */
#include <float.h>
#include <gmp.h>
#include <limits.h>
#include <math.h>

#include "bigint.h"
#include "interp.h"

/* Shared with mod_math2.c (no header of its own: only these two files use them). */
TP_INTERNAL int tpMath_args(VM *vm, const char *name, int argc, ObjTuple *kwnames, int mn, int mx);
TP_INTERNAL int tpMath_double(VM *vm, Value v, double *out);
TP_INTERNAL int tpMath_init(VM *vm, Value *out);
extern const MethodDef tpMath_more_functions[];

/* ==== argument helpers ==== */

/* Reject keywords and check the positional count, with the messages CPython's math module uses
 * (one-argument functions name themselves "math.f()", the others are argument-clinic style). */
int tpMath_args(VM *vm, const char *name, int argc, ObjTuple *kwnames, int mn, int mx) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_format(vm, EXC_TypeError, "math.%s() takes no keyword arguments", name);
    }
    if (argc >= mn && (mx < 0 || argc <= mx)) {
        return 0;
    }
    if (mn == 1 && mx == 1) {
        return tpErr_format(vm, EXC_TypeError, "math.%s() takes exactly one argument (%d given)",
                            name, argc);
    }
    if (mn == mx) {
        return tpErr_format(vm, EXC_TypeError, "%s expected %d arguments, got %d", name, mn, argc);
    }
    if (argc < mn) {
        return tpErr_format(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", name,
                            mn, mn == 1 ? "" : "s", argc);
    }
    return tpErr_format(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", name, mx,
                        mx == 1 ? "" : "s", argc);
}

/* float(v) as CPython's PyFloat_AsDouble: floats, ints (OverflowError when too big), __float__,
 * __index__; TypeError "must be real number, not X" otherwise. */
int tpMath_double(VM *vm, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 0;
    }
    /* an int subclass may override __float__, and CPython calls it */
    if (IS_OBJ(v) && tpNum_is_int(vm, v) && AS_OBJ(v)->type != vm->types[TYPE_INT]) {
        ObjStr *name = vm->names[NAME___float__];
        Value mine = tpType_lookup(vm, AS_OBJ(v)->type, name);
        if (!IS_NULL(mine) && mine != tpType_lookup(vm, vm->types[TYPE_INT], name)) {
            Value r;
            if (tpObj_call_method(vm, v, name, 0, NULL, &r) < 0) {
                return -1;
            }
            if (!tpNum_is_float(vm, r)) {
                return tpErr_format(vm, EXC_TypeError, "%s.__float__ returned non-float (type %T)",
                                    tpObj_typename(vm, v), r);
            }
            *out = tpFloat_value(r);
            return 0;
        }
    }
    return tpNum_as_double(vm, v, out);
}

static int domain_error(VM *vm) { return tpErr_raise(vm, EXC_ValueError, "math domain error"); }
static int range_error(VM *vm) { return tpErr_raise(vm, EXC_OverflowError, "math range error"); }

/* The usual verdict on r = f(x): a NaN out of a non-NaN is a domain error; an infinity out of a
 * finite input is an overflow (can_overflow) or a pole (domain error). */
static int check_result(VM *vm, double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        return domain_error(vm);
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error(vm) : domain_error(vm);
    }
    return 0;
}

static Value make_pair(VM *vm, Value a, Value b) {
    ObjTuple *t = tpTuple_pack(vm, 2, a, b);
    return t == NULL ? NULL_VAL : OBJ_VAL(t);
}

/* ==== Lanczos gamma ====
 * Gamma(x) ~ L(x) * y**(x - 0.5) / exp(y) with y = x + g - 0.5 and L = P/Q a rational function;
 * the coefficients are the N=13 Lanczos coefficients for this g, expanded over
 * Q(x) = x (x+1) ... (x+11) (regenerated with mpmath from Lanczos' Chebyshev formula). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_half = 5.524680040776729583740234375; /* g - 0.5, exact */
static const double lanczos_p[LANCZOS_N] = {
    23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
    35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
    6039542586.35202800506429164430729792107,  1439720407.311721673663223072794912393972,
    248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
    2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
    8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
    2.506628274631000270164908177133837338626,
};
static const double lanczos_q[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};
static const double math_pi = 3.141592653589793238462643383279502884197;
static const double math_log_pi = 1.144729885849400174143427351353058711647;

/* P(x)/Q(x) for x > 0: Horner in x for small x, in 1/x for large x (keeps it finite). */
static double lanczos_sum(double x) {
    double p = 0.0, q = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            p = p * x + lanczos_p[i];
            q = q * x + lanczos_q[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            p = p / x + lanczos_p[i];
            q = q / x + lanczos_q[i];
        }
    }
    return p / q;
}

/* sin(pi * x), accurate near the integers (the argument is reduced before scaling by pi). */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(math_pi * y);
        break;
    case 1:
        r = cos(math_pi * (y - 0.5));
        break;
    case 2:
        r = sin(math_pi * (1.0 - y));
        break;
    case 3:
        r = -cos(math_pi * (y - 1.5));
        break;
    default:
        r = sin(math_pi * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

enum { MATH_OK, MATH_EDOM, MATH_ERANGE };

/* The Lanczos body of gamma for |x| in [1e-20, 200], x not an integer <= 23 (see m_gamma). */
static double gamma_lanczos(double x, int *err) {
    double ax = fabs(x), y = ax + lanczos_g_half, z, r, q;
    /* z = the rounding error in computing y, times g / y (a first-order correction) */
    if (ax > lanczos_g_half) {
        q = y - ax;
        z = q - lanczos_g_half;
    } else {
        q = y - lanczos_g_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -math_pi / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) {
        *err = MATH_ERANGE;
    }
    return r;
}

static double m_gamma(double x, int *err) {
    *err = MATH_OK;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        *err = MATH_EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = MATH_EDOM;
        return 1.0 / x;
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = MATH_EDOM;
            return NAN;
        }
        if (x <= 23.0) { /* (x-1)! is exact in a double up to 22! */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) {
                f *= i;
            }
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            *err = MATH_ERANGE;
        }
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) {
            return 0.0 / sin_pi(x);
        }
        *err = MATH_ERANGE;
        return HUGE_VAL;
    }
    return gamma_lanczos(x, err);
}

static double m_lgamma(double x, int *err) {
    *err = MATH_OK;
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = MATH_EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = math_log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) {
        *err = MATH_ERANGE;
    }
    return r;
}

/* ==== one-argument real functions ==== */

typedef struct UnaryDef {
    const char *name;
    double (*fn)(double);
    bool can_overflow;
} UnaryDef;

enum {
    U_ACOS, U_ACOSH, U_ASIN, U_ASINH, U_ATAN, U_ATANH, U_CBRT, U_COS, U_COSH, U_ERF, U_ERFC, U_EXP,
    U_EXP2, U_EXPM1, U_FABS, U_LOG1P, U_SIN, U_SINH, U_SQRT, U_TAN, U_TANH
};

static const UnaryDef unary_defs[] = {
    [U_ACOS] = {"acos", acos, false},    [U_ACOSH] = {"acosh", acosh, false},
    [U_ASIN] = {"asin", asin, false},    [U_ASINH] = {"asinh", asinh, false},
    [U_ATAN] = {"atan", atan, false},    [U_ATANH] = {"atanh", atanh, false},
    [U_CBRT] = {"cbrt", cbrt, false},    [U_COS] = {"cos", cos, false},
    [U_COSH] = {"cosh", cosh, true},     [U_ERF] = {"erf", erf, false},
    [U_ERFC] = {"erfc", erfc, false},    [U_EXP] = {"exp", exp, true},
    [U_EXP2] = {"exp2", exp2, true},     [U_EXPM1] = {"expm1", expm1, true},
    [U_FABS] = {"fabs", fabs, false},    [U_LOG1P] = {"log1p", log1p, false},
    [U_SIN] = {"sin", sin, false},       [U_SINH] = {"sinh", sinh, true},
    [U_SQRT] = {"sqrt", sqrt, false},    [U_TAN] = {"tan", tan, false},
    [U_TANH] = {"tanh", tanh, false},
};

static int math_unary(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    const UnaryDef *d = &unary_defs[vm->magic];
    double x;
    if (tpMath_args(vm, d->name, argc, kwnames, 1, 1) < 0 || tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    double r = d->fn(x);
    if (check_result(vm, x, r, d->can_overflow) < 0) {
        return -1;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

/* gamma / lgamma report their own errors (a pole is a domain error, not an overflow) */
static int math_gamma_impl(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool lg = vm->magic == 1;
    double x;
    if (tpMath_args(vm, lg ? "lgamma" : "gamma", argc, kwnames, 1, 1) < 0 ||
        tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    int err;
    double r = lg ? m_lgamma(x, &err) : m_gamma(x, &err);
    if (err == MATH_EDOM) {
        return domain_error(vm);
    }
    if (err == MATH_ERANGE && fabs(r) >= 1.5) {
        return range_error(vm);
    }
    *out = FLOAT_VAL(r);
    return 0;
}

enum { P_ISFINITE, P_ISINF, P_ISNAN, P_DEGREES, P_RADIANS, P_ULP };

/* isfinite / isinf / isnan / degrees / radians / ulp: no error cases beyond the conversion */
static int math_simple(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"isfinite", "isinf", "isnan", "degrees", "radians", "ulp"};
    int which = vm->magic;
    double x;
    if (tpMath_args(vm, names[which], argc, kwnames, 1, 1) < 0 ||
        tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    switch (which) {
    case P_ISFINITE:
        *out = BOOL_VAL(isfinite(x));
        return 0;
    case P_ISINF:
        *out = BOOL_VAL(isinf(x));
        return 0;
    case P_ISNAN:
        *out = BOOL_VAL(isnan(x));
        return 0;
    case P_DEGREES:
        *out = FLOAT_VAL(x * (180.0 / math_pi));
        return 0;
    case P_RADIANS:
        *out = FLOAT_VAL(x * (math_pi / 180.0));
        return 0;
    default:
        break;
    }
    /* ulp: distance to the next float away from zero (below, for the largest finite float) */
    if (!isnan(x)) {
        x = fabs(x);
        if (!isinf(x)) {
            double up = nextafter(x, INFINITY);
            x = isinf(up) ? x - nextafter(x, -INFINITY) : up - x;
        }
    }
    *out = FLOAT_VAL(x);
    return 0;
}

/* ==== two-argument real functions ==== */

enum { B_ATAN2, B_COPYSIGN, B_FMOD, B_POW, B_REMAINDER, B_NEXTAFTER };

static int pow_check(VM *vm, double x, double y, double r) {
    if (!isfinite(x) || !isfinite(y) || isfinite(r)) {
        return 0;   /* C99 Annex F already gives CPython's answers for the special values */
    }
    if (isnan(r) || x == 0.0) {
        return domain_error(vm);   /* (-x) ** non-integer, or 0 ** negative */
    }
    return range_error(vm);
}

static int math_binary(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"atan2", "copysign", "fmod", "pow", "remainder",
                                        "nextafter"};
    int which = vm->magic;
    double x, y, r;
    if (tpMath_args(vm, names[which], argc, kwnames, 2, 2) < 0 ||
        tpMath_double(vm, argv[0], &x) < 0 || tpMath_double(vm, argv[1], &y) < 0) {
        return -1;
    }
    switch (which) {
    case B_POW:
        r = pow(x, y);
        if (pow_check(vm, x, y, r) < 0) {
            return -1;
        }
        break;
    case B_FMOD:
        r = (isinf(y) && isfinite(x)) ? x : fmod(x, y);
        if (isnan(r) && !isnan(x) && !isnan(y)) {
            return domain_error(vm);
        }
        break;
    case B_NEXTAFTER:
        r = nextafter(x, y);
        break;
    default:
        r = which == B_ATAN2 ? atan2(x, y) : which == B_COPYSIGN ? copysign(x, y) : remainder(x, y);
        if (isnan(r) && !isnan(x) && !isnan(y)) {
            return domain_error(vm);
        }
        if (isinf(r) && isfinite(x) && isfinite(y)) {
            return range_error(vm);
        }
        break;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

/* ==== logarithms ==== */

/* A positive big int as m * 2**e with m in [0.5, 1), m correctly rounded to 53 bits. */
static double big_frexp(mpz_srcptr z, int64_t *e) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 64) {
        int e2;
        double m = frexp((double)mpz_get_ui(z), &e2);
        *e = e2;
        return m;
    }
    /* keep the top 64 bits; a sticky low bit stands for everything shifted out, so the
     * uint64 -> double conversion rounds exactly like the full value would */
    size_t shift = bits - 64;
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    uint64_t top = (uint64_t)mpz_get_ui(t);
    if (mpz_scan1(z, 0) < shift) {
        top |= 1;
    }
    mpz_clear(t);
    int e2;
    double m = frexp((double)top, &e2);
    *e = (int64_t)e2 + (int64_t)shift;
    return m;
}

/* log of any real, with ints handled exactly however large (fn is log, log2 or log10). */
static int log_helper(VM *vm, Value v, double (*fn)(double), double *out) {
    if (tpNum_is_int(vm, v)) {
        if (tpInt_sign(vm, v) <= 0) {
            return domain_error(vm);
        }
        BigView bv;
        mpz_srcptr z = tpBig_view(vm, v, &bv);
        bool ovf;
        double d = tpBig_to_double(z, &ovf);
        if (!ovf) {
            *out = fn(d);
            return 0;
        }
        int64_t e;
        double m = big_frexp(z, &e);
        *out = fn(m) + fn(2.0) * (double)e;
        return 0;
    }
    double x;
    if (tpMath_double(vm, v, &x) < 0) {
        return -1;
    }
    *out = fn(x);
    return check_result(vm, x, *out, false);
}

static int math_log(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "log() takes no keyword arguments");
    }
    if (argc < 1 || argc > 2) {
        return tpErr_raise(vm, EXC_TypeError, "math.log requires 1 to 2 arguments");
    }
    double num, den;
    if (log_helper(vm, argv[0], log, &num) < 0) {
        return -1;
    }
    if (argc == 2) {
        if (log_helper(vm, argv[1], log, &den) < 0) {
            return -1;
        }
        if (den == 0.0) {
            return tpErr_raise(vm, EXC_ZeroDivisionError, "float division by zero");
        }
        num /= den;
    }
    *out = FLOAT_VAL(num);
    return 0;
}

static int math_log2_10(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool ten = vm->magic == 1;
    double r;
    if (tpMath_args(vm, ten ? "log10" : "log2", argc, kwnames, 1, 1) < 0 ||
        log_helper(vm, argv[0], ten ? log10 : log2, &r) < 0) {
        return -1;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

/* ==== rounding to ints ==== */

static bool is_exact_int(VM *vm, Value v) {
    return IS_INT(v) || IS_BOOL(v) || IS_OBJ_TYPE(v, vm->types[TYPE_INT]);
}

/* Call type(v).<name>() if the type defines it: 1 called (*out set), 0 absent, -1 error. */
static int call_special(VM *vm, Value v, const char *name, Value *out) {
    ObjStr *s = tpStr_intern_cstr(vm, name);
    if (s == NULL) {
        return -1;
    }
    if (IS_NULL(tpType_lookup(vm, tpType_of(vm, v), s))) {
        return 0;
    }
    return tpObj_call_method(vm, v, s, 0, NULL, out) < 0 ? -1 : 1;
}

static int math_floor_ceil(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool ceil_ = vm->magic == 1;
    if (tpMath_args(vm, ceil_ ? "ceil" : "floor", argc, kwnames, 1, 1) < 0) {
        return -1;
    }
    Value v = argv[0];
    double x;
    if (IS_FLOAT(v)) {
        x = AS_FLOAT(v);
    } else if (is_exact_int(vm, v)) {
        *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
        return 0;
    } else {
        int r = call_special(vm, v, ceil_ ? "__ceil__" : "__floor__", out);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
        if (tpMath_double(vm, v, &x) < 0) {
            return -1;
        }
    }
    return tpInt_from_double(vm, ceil_ ? ceil(x) : floor(x), out);
}

static int math_trunc(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (tpMath_args(vm, "trunc", argc, kwnames, 1, 1) < 0) {
        return -1;
    }
    Value v = argv[0];
    if (IS_FLOAT(v)) {
        return tpInt_from_double(vm, AS_FLOAT(v), out);
    }
    if (is_exact_int(vm, v)) {
        *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
        return 0;
    }
    int r = call_special(vm, v, "__trunc__", out);
    if (r == 0) {
        return tpErr_format(vm, EXC_TypeError, "type %s doesn't define __trunc__ method",
                            tpObj_typename(vm, v));
    }
    return r < 0 ? -1 : 0;
}

/* ==== float decomposition ==== */

static int math_frexp(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    double x;
    if (tpMath_args(vm, "frexp", argc, kwnames, 1, 1) < 0 || tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    int e = 0;
    if (isfinite(x) && x != 0.0) {
        x = frexp(x, &e);
    }
    *out = make_pair(vm, FLOAT_VAL(x), INT_VAL(e));
    return IS_NULL(*out) ? -1 : 0;
}

static int math_modf(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    double x, ip;
    if (tpMath_args(vm, "modf", argc, kwnames, 1, 1) < 0 || tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    double frac = modf(x, &ip);
    *out = make_pair(vm, FLOAT_VAL(frac), FLOAT_VAL(ip));
    return IS_NULL(*out) ? -1 : 0;
}

static int math_ldexp(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    double x;
    if (tpMath_args(vm, "ldexp", argc, kwnames, 2, 2) < 0 || tpMath_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    if (!tpNum_is_int(vm, argv[1])) {
        return tpErr_raise(vm, EXC_TypeError, "Expected an int as second argument to ldexp.");
    }
    int64_t e;
    if (IS_INT(argv[1])) {
        e = AS_INT(argv[1]);
    } else if (IS_BOOL(argv[1])) {
        e = AS_BOOL(argv[1]);
    } else {
        /* only the sign of a huge exponent matters; anything past +-2**47 saturates */
        e = tpInt_sign(vm, argv[1]) > 0 ? INT64_MAX : INT64_MIN;
        BigView bv;
        mpz_srcptr z = tpBig_view(vm, argv[1], &bv);
        if (mpz_fits_slong_p(z)) {
            e = mpz_get_si(z);
        }
    }
    double r;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        return range_error(vm);
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            return range_error(vm);
        }
    }
    *out = FLOAT_VAL(r);
    return 0;
}

/* ==== isclose ==== */

static int math_isclose(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    int nkw = kwnames == NULL ? 0 : (int)kwnames->len;
    if (argc + nkw > 4) {
        return tpErr_format(vm, EXC_TypeError, "isclose() takes at most 4 arguments (%d given)",
                            argc + nkw);
    }
    if (argc > 2) {
        return tpErr_format(vm, EXC_TypeError,
                            "isclose() takes exactly 2 positional arguments (%d given)", argc);
    }
    /* argument-clinic order: missing required arguments are reported before bad keywords */
    Value a[4] = {NULL_VAL, NULL_VAL, NULL_VAL, NULL_VAL};
    bool bad_kw = false;
    for (int i = 0; i < argc; i++) {
        a[i] = argv[i];
    }
    for (int k = 0; k < nkw; k++) {
        int idx = 3;
        while (idx >= 0 && strcmp(AS_STR(kwnames->items[k])->data, names[idx]) != 0) {
            idx--;
        }
        if (idx >= argc) {
            a[idx] = argv[argc + k];
        } else {
            bad_kw = true;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (IS_NULL(a[i])) {
            return tpErr_format(vm, EXC_TypeError,
                                "isclose() missing required argument '%s' (pos %d)", names[i],
                                i + 1);
        }
    }
    if (bad_kw) { /* let the generic parser word the error */
        return tpArg_parse_kw(vm, "isclose", argc, argv, kwnames, 4, names, 4, a);
    }
    double d[4] = {0.0, 0.0, 1e-09, 0.0};
    for (int i = 0; i < 4; i++) {
        if (!IS_NULL(a[i]) && tpMath_double(vm, a[i], &d[i]) < 0) {
            return -1;
        }
    }
    double x = d[0], y = d[1], rel = d[2], abs_ = d[3];
    if (rel < 0.0 || abs_ < 0.0) {
        return tpErr_raise(vm, EXC_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        *out = TRUE_VAL;
        return 0;
    }
    if (isinf(x) || isinf(y)) {
        *out = FALSE_VAL;
        return 0;
    }
    double diff = fabs(y - x);
    *out = BOOL_VAL(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_);
    return 0;
}

/* ==== the module ==== */

#define MATH_FN(name, fn) {name, fn, 0, -1, METH_KW, 0, NULL}
#define MATH_FNM(name, fn, magic) {name, fn, 0, -1, METH_KW, magic, NULL}

static const MethodDef math_functions[] = {
    MATH_FNM("acos", math_unary, U_ACOS),
    MATH_FNM("acosh", math_unary, U_ACOSH),
    MATH_FNM("asin", math_unary, U_ASIN),
    MATH_FNM("asinh", math_unary, U_ASINH),
    MATH_FNM("atan", math_unary, U_ATAN),
    MATH_FNM("atan2", math_binary, B_ATAN2),
    MATH_FNM("atanh", math_unary, U_ATANH),
    MATH_FNM("cbrt", math_unary, U_CBRT),
    MATH_FNM("ceil", math_floor_ceil, 1),
    MATH_FNM("copysign", math_binary, B_COPYSIGN),
    MATH_FNM("cos", math_unary, U_COS),
    MATH_FNM("cosh", math_unary, U_COSH),
    MATH_FNM("degrees", math_simple, P_DEGREES),
    MATH_FNM("erf", math_unary, U_ERF),
    MATH_FNM("erfc", math_unary, U_ERFC),
    MATH_FNM("exp", math_unary, U_EXP),
    MATH_FNM("exp2", math_unary, U_EXP2),
    MATH_FNM("expm1", math_unary, U_EXPM1),
    MATH_FNM("fabs", math_unary, U_FABS),
    MATH_FNM("floor", math_floor_ceil, 0),
    MATH_FNM("fmod", math_binary, B_FMOD),
    MATH_FN("frexp", math_frexp),
    MATH_FNM("gamma", math_gamma_impl, 0),
    MATH_FNM("isfinite", math_simple, P_ISFINITE),
    MATH_FNM("isinf", math_simple, P_ISINF),
    MATH_FNM("isnan", math_simple, P_ISNAN),
    MATH_FN("isclose", math_isclose),
    MATH_FN("ldexp", math_ldexp),
    MATH_FNM("lgamma", math_gamma_impl, 1),
    MATH_FN("log", math_log),
    MATH_FNM("log10", math_log2_10, 1),
    MATH_FNM("log1p", math_unary, U_LOG1P),
    MATH_FNM("log2", math_log2_10, 0),
    MATH_FN("modf", math_modf),
    MATH_FNM("nextafter", math_binary, B_NEXTAFTER),
    MATH_FNM("pow", math_binary, B_POW),
    MATH_FNM("radians", math_simple, P_RADIANS),
    MATH_FNM("remainder", math_binary, B_REMAINDER),
    MATH_FNM("sin", math_unary, U_SIN),
    MATH_FNM("sinh", math_unary, U_SINH),
    MATH_FNM("sqrt", math_unary, U_SQRT),
    MATH_FNM("tan", math_unary, U_TAN),
    MATH_FNM("tanh", math_unary, U_TANH),
    MATH_FN("trunc", math_trunc),
    MATH_FNM("ulp", math_simple, P_ULP),
    TP_METHOD_END,
};

int tpMath_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "math");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", 3.141592653589793238462643383279502884},
        {"e", 2.718281828459045235360287471352662498},
        {"tau", 6.283185307179586476925286766559005768},
        {"inf", INFINITY},
        {"nan", NAN},
    };
    ObjStr *doc = tpStr_from_cstr(vm, "This module provides access to the mathematical functions\n"
                                      "defined by the C standard.");
    if (doc == NULL || tpDict_set_str(vm, m->dict, vm->names[NAME___doc__], OBJ_VAL(doc)) < 0) {
        return -1;
    }
    for (size_t i = 0; i < TP_ARRAY_LEN(constants); i++) {
        if (tpDict_set_cstr(vm, m->dict, constants[i].name, FLOAT_VAL(constants[i].value)) < 0) {
            return -1;
        }
    }
    if (tpModule_add_functions(vm, m, math_functions) < 0 ||
        tpModule_add_functions(vm, m, tpMath_more_functions) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
