/*
 * mod_math2.c — the `math` module, part 2: the integer functions (factorial, comb, perm, gcd,
 * lcm, isqrt) computed exactly with GMP, prod, fsum (exact, via non-overlapping partial sums) and
 * hypot/dist (a scaled, double-double sum of squares with a final sqrt correction, so results are
 * correctly rounded like CPython's). The table tpMath_more_functions is added by mod_math.c.
 */
#include <gmp.h>
#include <math.h>
#include <stdlib.h>

#include "bigint.h"

/* Defined in mod_math.c. */
TP_INTERNAL int tpMath_args(VM *vm, const char *name, int argc, ObjTuple *kwnames, int mn, int mx);
TP_INTERNAL int tpMath_double(VM *vm, Value v, double *out);
extern const MethodDef tpMath_more_functions[];

/* ==== integer helpers ==== */

/* operator.index(v) viewed as an mpz (bv provides storage; *iv keeps the int alive). */
static mpz_srcptr index_view(VM *vm, Value v, Value *iv, BigView *bv) {
    if (tpObj_index(vm, v, iv) < 0) {
        return NULL;
    }
    return tpBig_view(vm, *iv, bv);
}

static int take(VM *vm, mpz_ptr z, Value *out) {
    *out = tpBig_take(vm, z);
    return IS_NULL(*out) ? -1 : 0;
}

#define LLONG_MAX_TEXT "9223372036854775807"

static int math_gcd_lcm(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool lcm = vm->magic == 1;
    if (tpMath_args(vm, lcm ? "lcm" : "gcd", argc, kwnames, 0, -1) < 0) {
        return -1;
    }
    mpz_t acc;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (int i = 0; i < argc; i++) {
        Value iv;
        BigView bv;
        mpz_srcptr z = index_view(vm, argv[i], &iv, &bv);
        if (z == NULL) {
            mpz_clear(acc);
            return -1;
        }
        if (lcm) {
            mpz_lcm(acc, acc, z);
        } else {
            mpz_gcd(acc, acc, z);
        }
    }
    return take(vm, acc, out);
}

static int math_isqrt(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value iv;
    BigView bv;
    mpz_srcptr z;
    if (tpMath_args(vm, "isqrt", argc, kwnames, 1, 1) < 0 ||
        (z = index_view(vm, argv[0], &iv, &bv)) == NULL) {
        return -1;
    }
    if (mpz_sgn(z) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, z);
    return take(vm, r, out);
}

static int factorial_of(VM *vm, Value v, Value *out) {
    Value iv;
    BigView bv;
    mpz_srcptr z = index_view(vm, v, &iv, &bv);
    if (z == NULL) {
        return -1;
    }
    if (mpz_sgn(z) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "factorial() not defined for negative values");
    }
    if (!mpz_fits_slong_p(z)) {
        return tpErr_raise(vm, EXC_OverflowError,
                           "factorial() argument should not exceed " LLONG_MAX_TEXT);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, mpz_get_ui(z));
    return take(vm, r, out);
}

static int math_factorial(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (tpMath_args(vm, "factorial", argc, kwnames, 1, 1) < 0) {
        return -1;
    }
    return factorial_of(vm, argv[0], out);
}

/* Convert comb/perm's n and k; 1 when k > n (the answer is 0). */
static int comb_args(VM *vm, Value *argv, Value *nv, Value *kv, BigView *nb, BigView *kb,
                     mpz_srcptr *n, mpz_srcptr *k) {
    if ((*n = index_view(vm, argv[0], nv, nb)) == NULL ||
        (*k = index_view(vm, argv[1], kv, kb)) == NULL) {
        return -1;
    }
    if (mpz_sgn(*n) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "n must be a non-negative integer");
    }
    if (mpz_sgn(*k) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "k must be a non-negative integer");
    }
    return mpz_cmp(*k, *n) > 0 ? 1 : 0;
}

static int math_comb(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value nv, kv;
    BigView nb, kb;
    mpz_srcptr n, k;
    if (tpMath_args(vm, "comb", argc, kwnames, 2, 2) < 0) {
        return -1;
    }
    int r = comb_args(vm, argv, &nv, &kv, &nb, &kb, &n, &k);
    if (r != 0) {
        *out = INT_VAL(0);
        return r < 0 ? -1 : 0;
    }
    mpz_t kk, res;
    mpz_init(kk);
    mpz_sub(kk, n, k);
    if (mpz_cmp(kk, k) > 0) {
        mpz_set(kk, k);
    }
    if (!mpz_fits_slong_p(kk)) {
        mpz_clear(kk);
        return tpErr_raise(vm, EXC_OverflowError,
                           "min(n - k, k) must not exceed " LLONG_MAX_TEXT);
    }
    mpz_init(res);
    mpz_bin_ui(res, n, mpz_get_ui(kk));
    mpz_clear(kk);
    return take(vm, res, out);
}

static int math_perm(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (tpMath_args(vm, "perm", argc, kwnames, 1, 2) < 0) {
        return -1;
    }
    if (argc == 1 || IS_NONE(argv[1])) {
        return factorial_of(vm, argv[0], out);
    }
    Value nv, kv;
    BigView nb, kb;
    mpz_srcptr n, k;
    int r = comb_args(vm, argv, &nv, &kv, &nb, &kb, &n, &k);
    if (r != 0) {
        *out = INT_VAL(0);
        return r < 0 ? -1 : 0;
    }
    if (!mpz_fits_slong_p(k)) {
        return tpErr_raise(vm, EXC_OverflowError, "k must not exceed " LLONG_MAX_TEXT);
    }
    /* n! / (n-k)! = C(n, k) * k! */
    unsigned long ki = mpz_get_ui(k);
    mpz_t res, f;
    mpz_init(res);
    mpz_init(f);
    mpz_bin_ui(res, n, ki);
    mpz_fac_ui(f, ki);
    mpz_mul(res, res, f);
    mpz_clear(f);
    return take(vm, res, out);
}

/* ==== prod ==== */

static int math_prod(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    int nkw = kwnames == NULL ? 0 : (int)kwnames->len;
    if (argc + nkw > 2) {
        return tpErr_format(vm, EXC_TypeError, "prod() takes at most 2 arguments (%d given)",
                            argc + nkw);
    }
    if (argc != 1) {
        return tpErr_format(vm, EXC_TypeError,
                            "prod() takes exactly 1 positional argument (%d given)", argc);
    }
    Value result = INT_VAL(1);
    if (nkw == 1) {
        ObjStr *kw = AS_STR(kwnames->items[0]);
        if (strcmp(kw->data, "start") != 0) {
            return tpErr_format(vm, EXC_TypeError,
                                "'%U' is an invalid keyword argument for prod()", kw);
        }
        result = argv[1];
    }
    Value it, item;
    if (tpObj_iter(vm, argv[0], &it) < 0) {
        return -1;
    }
    size_t mark = tpGC_save(vm);
    for (;;) {
        int r = tpObj_next(vm, it, &item);
        if (r != 0) {
            if (r < 0) {
                return -1;
            }
            break;
        }
        Value prod;
        if (tpObj_binop(vm, result, item, BINOP_MUL, &prod) < 0) {
            return -1;
        }
        /* drop this step's temporaries; keep only the running product pinned */
        tpGC_restore(vm, mark);
        if (tpGC_push_root(vm, prod) < 0) {
            return -1;
        }
        result = prod;
    }
    *out = result;
    return 0;
}

/* ==== fsum ==== */

typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

/* Add x to the partials (kept non-overlapping, increasing magnitude) exactly. Returns the
 * last high part: non-finite means the sum overflowed. */
static int partials_add(Partials *ps, double x, double *last) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
            ps->p[i++] = lo;
        }
        x = hi;
    }
    ps->n = i;
    *last = x;
    if (x == 0.0 || !isfinite(x)) {
        return 0;
    }
    if (ps->n == ps->cap) {
        size_t ncap = ps->cap * 2;
        double *np = ps->p == ps->small ? malloc(ncap * sizeof *np)
                                        : realloc(ps->p, ncap * sizeof *np);
        if (np == NULL) {
            return -1;
        }
        if (ps->p == ps->small) {
            memcpy(np, ps->small, sizeof ps->small);
        }
        ps->p = np;
        ps->cap = ncap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* The correctly rounded value of the partials' sum (ties to even across partials). */
static double partials_total(const Partials *ps) {
    size_t n = ps->n;
    if (n == 0) {
        return 0.0;
    }
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
            break;
        }
    }
    /* hi + lo is exact; if the rest points the same way as lo, a tie in rounding hi + lo was
     * not really a tie: redo it with lo doubled */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (x - hi == y) {
            hi = x;
        }
    }
    return hi;
}

static int fsum_loop(VM *vm, Value it, Partials *ps, double *out) {
    double special = 0.0, infs = 0.0;
    size_t mark = tpGC_save(vm);
    for (;;) {
        Value item;
        double x, last;
        int r = tpObj_next(vm, it, &item);
        if (r != 0) {
            if (r < 0) {
                return -1;
            }
            break;
        }
        if (tpMath_double(vm, item, &x) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (!isfinite(x)) {
            /* nan/inf terms decide the result alone; the partials start over */
            if (isinf(x)) {
                infs += x;
            }
            special += x;
            ps->n = 0;
            continue;
        }
        if (partials_add(ps, x, &last) < 0) {
            return tpErr_no_memory(vm);
        }
        if (!isfinite(last)) {
            return tpErr_raise(vm, EXC_OverflowError, "intermediate overflow in fsum");
        }
    }
    if (special != 0.0) {
        if (isnan(infs)) {
            return tpErr_raise(vm, EXC_ValueError, "-inf + inf in fsum");
        }
        *out = special;
        return 0;
    }
    *out = partials_total(ps);
    return 0;
}

static int math_fsum(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value it;
    if (tpMath_args(vm, "fsum", argc, kwnames, 1, 1) < 0 || tpObj_iter(vm, argv[0], &it) < 0) {
        return -1;
    }
    Partials ps;
    ps.p = ps.small;
    ps.n = 0;
    ps.cap = TP_ARRAY_LEN(ps.small);
    double r = 0.0;
    int rc = fsum_loop(vm, it, &ps, &r);
    if (ps.p != ps.small) {
        free(ps.p);
    }
    if (rc < 0) {
        return -1;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

/* ==== hypot / dist ==== */

/* sqrt(sum of v[i]**2) for v[i] >= 0 (NaN allowed), max = the largest non-NaN v[i]. */
static double vector_norm(size_t n, const double *v, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    /* scale by a power of two so the largest term is in [0.5, 1): no overflow or underflow
     * of what matters, and the scaling itself is exact */
    int e;
    frexp(max, &e);
    double hi = 0.0, lo = 0.0;   /* double-double accumulator */
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x, sq_err = fma(x, x, -sq);
        double s = hi + sq, bp = s - hi;
        double err = (hi - (s - bp)) + (sq - bp);
        lo += err + sq_err;
        hi = s + lo;
        lo = lo - (hi - s);
    }
    double h = sqrt(hi);
    /* one Newton step on the exact residual (hi + lo) - h*h fixes the last bit */
    double hh = h * h, hh_err = fma(h, h, -hh);
    double d = ((hi - hh) - hh_err) + lo;
    h += d / (2.0 * h);
    return ldexp(h, e);
}

static int norm_item(VM *vm, Value v, double *out) {
    if (tpMath_double(vm, v, out) < 0) {
        return -1;
    }
    *out = fabs(*out);
    return 0;
}

static int math_hypot(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (tpMath_args(vm, "hypot", argc, kwnames, 0, -1) < 0) {
        return -1;
    }
    double small[16];
    double *v = argc <= 16 ? small : malloc((size_t)argc * sizeof *v);
    if (v == NULL) {
        return tpErr_no_memory(vm);
    }
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        if (norm_item(vm, argv[i], &v[i]) < 0) {
            if (v != small) {
                free(v);
            }
            return -1;
        }
        found_nan |= isnan(v[i]);
        max = v[i] > max ? v[i] : max;
    }
    double r = vector_norm((size_t)argc, v, max, found_nan);
    if (v != small) {
        free(v);
    }
    *out = FLOAT_VAL(r);
    return 0;
}

static int dist_fill(VM *vm, ObjTuple *p, ObjTuple *q, double *v, double *max, bool *nan_) {
    for (size_t i = 0; i < p->len; i++) {
        double a, b;
        if (tpMath_double(vm, p->items[i], &a) < 0 || tpMath_double(vm, q->items[i], &b) < 0) {
            return -1;
        }
        v[i] = fabs(a - b);
        *nan_ |= isnan(v[i]);
        *max = v[i] > *max ? v[i] : *max;
    }
    return 0;
}

static int math_dist(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjTuple *p, *q;
    if (tpMath_args(vm, "dist", argc, kwnames, 2, 2) < 0 ||
        (p = tpSeq_tuple(vm, argv[0])) == NULL || (q = tpSeq_tuple(vm, argv[1])) == NULL) {
        return -1;
    }
    if (p->len != q->len) {
        return tpErr_raise(vm, EXC_ValueError,
                           "both points must have the same number of dimensions");
    }
    double small[16];
    double *v = p->len <= 16 ? small : malloc(p->len * sizeof *v);
    if (v == NULL) {
        return tpErr_no_memory(vm);
    }
    double max = 0.0;
    bool found_nan = false;
    int rc = dist_fill(vm, p, q, v, &max, &found_nan);
    double r = rc < 0 ? 0.0 : vector_norm(p->len, v, max, found_nan);
    if (v != small) {
        free(v);
    }
    if (rc < 0) {
        return -1;
    }
    *out = FLOAT_VAL(r);
    return 0;
}

#define MATH_FN(name, fn) {name, fn, 0, -1, METH_KW, 0, NULL}
#define MATH_FNM(name, fn, magic) {name, fn, 0, -1, METH_KW, magic, NULL}

const MethodDef tpMath_more_functions[] = {
    MATH_FN("comb", math_comb),
    MATH_FN("dist", math_dist),
    MATH_FN("factorial", math_factorial),
    MATH_FN("fsum", math_fsum),
    MATH_FNM("gcd", math_gcd_lcm, 0),
    MATH_FN("hypot", math_hypot),
    MATH_FN("isqrt", math_isqrt),
    MATH_FNM("lcm", math_gcd_lcm, 1),
    MATH_FN("perm", math_perm),
    MATH_FN("prod", math_prod),
    TP_METHOD_END,
};
