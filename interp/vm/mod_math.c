/* mod_math.c: a small math module (floor, ceil, trunc, sqrt, log, exp, trig, isclose, gcd,
 * factorial, fsum and the constants): what teaching programs about classes reach for. */
#include <math.h>

/* C11 without extensions has no MATH_PI: the values are the doubles CPython prints. */
#define MATH_PI 3.141592653589793
#define MATH_E 2.718281828459045

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/pyver.h"

#define MFN(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)

/* x.__floor__() / __ceil__() / __trunc__() when the type has it, else via float. */
static Obj *round_via(Interp *I, Obj *x, Obj *dunder, double (*fn)(double)) {
    if (TYPE(x) != I->t_float) {
        Obj *m = type_lookup(I, TYPE(x), dunder);
        if (m) {
            INCREF(m);
            Obj *r = obj_call1(I, m, x);
            DECREF(I, m);
            return r;
        }
    }
    double v = float_as_double(I, x);
    if (v == -1.0 && err_occurred(I)) return NULL;
    return int_from_double(I, fn(v));
}

MFN(m_floor) {
    (void)self, (void)nargs, (void)kw;
    return round_via(I, args[0], I->ids.__floor__, floor);
}
MFN(m_ceil) {
    (void)self, (void)nargs, (void)kw;
    return round_via(I, args[0], I->ids.__ceil__, ceil);
}

MFN(m_trunc) {
    (void)self, (void)nargs, (void)kw;
    if (TYPE(args[0]) == I->t_float) return int_from_double(I, trunc(FLOAT_VAL(args[0])));
    Obj *m = type_lookup(I, TYPE(args[0]), I->ids.__trunc__);
    if (!m)
        return err_format(I, I->e_TypeError, "type %s doesn't define __trunc__ method",
                          TYPE(args[0])->name);
    INCREF(m);
    Obj *r = obj_call1(I, m, args[0]);
    DECREF(I, m);
    return r;
}

static bool arg_double(Interp *I, Obj *o, double *out) {
    *out = float_as_double(I, o);
    return !(*out == -1.0 && err_occurred(I));
}

static Obj *domain_error(Interp *I) {
    return err_string(I, I->e_ValueError, "math domain error");
}

/* One-argument functions of a double; `ok` says where the function is defined. */
static Obj *unary(Interp *I, Obj *x, double (*fn)(double), bool (*ok)(double)) {
    double v;
    if (!arg_double(I, x, &v)) return NULL;
    if (ok && !ok(v)) return domain_error(I);
    double r = fn(v);
    if (isinf(r) && isfinite(v)) return err_string(I, I->e_OverflowError, "math range error");
    return float_from_double(I, r);
}

static bool nonneg(double v) {
    return v >= 0 || isnan(v);
}
static bool positive(double v) {
    return v > 0 || isnan(v) || isinf(v);
}
static bool unit_range(double v) {
    return (v >= -1 && v <= 1) || isnan(v);
}
static bool finite_or_nan(double v) {
    return !isinf(v);
}

MFN(m_sqrt) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], sqrt, nonneg);
}
MFN(m_exp) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], exp, NULL);
}
MFN(m_sin) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], sin, finite_or_nan);
}
MFN(m_cos) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], cos, finite_or_nan);
}
MFN(m_tan) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], tan, finite_or_nan);
}
MFN(m_asin) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], asin, unit_range);
}
MFN(m_acos) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], acos, unit_range);
}
MFN(m_atan) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], atan, NULL);
}
MFN(m_fabs) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], fabs, NULL);
}
MFN(m_log2) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], log2, positive);
}
MFN(m_log10) {
    (void)self, (void)nargs, (void)kw;
    return unary(I, args[0], log10, positive);
}

MFN(m_log) {
    (void)self;
    if (!args_no_kw(I, "log", kw) || !args_count(I, "log", nargs, 1, 2)) return NULL;
    double x, b = MATH_E;
    if (!arg_double(I, args[0], &x) || (nargs == 2 && !arg_double(I, args[1], &b))) return NULL;
    if (!positive(x) || (nargs == 2 && !positive(b))) return domain_error(I);
    if (nargs == 2 && b == 1.0)
        return err_string(I, I->e_ZeroDivisionError, "float division by zero");
    return float_from_double(I, nargs == 2 ? log(x) / log(b) : log(x));
}

static Obj *binary_doubles(Interp *I, Obj *const *args, size_t nargs, const char *name,
                           double (*fn)(double, double)) {
    if (!args_count(I, name, nargs, 2, 2)) return NULL;
    double a, b;
    if (!arg_double(I, args[0], &a) || !arg_double(I, args[1], &b)) return NULL;
    return float_from_double(I, fn(a, b));
}

MFN(m_atan2) {
    (void)self, (void)kw;
    return binary_doubles(I, args, nargs, "atan2", atan2);
}
MFN(m_hypot) {
    (void)self, (void)kw;
    return binary_doubles(I, args, nargs, "hypot", hypot);
}

MFN(m_pow) {
    (void)self, (void)kw;
    if (!args_count(I, "pow", nargs, 2, 2)) return NULL;
    double a, b;
    if (!arg_double(I, args[0], &a) || !arg_double(I, args[1], &b)) return NULL;
    if (a == 0.0 && b < 0) return domain_error(I);
    if (a < 0 && isfinite(b) && b != floor(b)) return domain_error(I);
    return float_from_double(I, pow(a, b));
}

MFN(m_isnan) {
    (void)self, (void)nargs, (void)kw;
    double v;
    return arg_double(I, args[0], &v) ? BOOL_OBJ(I, isnan(v)) : NULL;
}
MFN(m_isinf) {
    (void)self, (void)nargs, (void)kw;
    double v;
    return arg_double(I, args[0], &v) ? BOOL_OBJ(I, isinf(v)) : NULL;
}
MFN(m_isfinite) {
    (void)self, (void)nargs, (void)kw;
    double v;
    return arg_double(I, args[0], &v) ? BOOL_OBJ(I, isfinite(v)) : NULL;
}

MFN(m_isclose) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    static const ArgSpec spec = {"isclose", names, 4, 2, 0, 2};
    Obj *o[4];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    double a, b, rel = 1e-09, abst = 0.0;
    if (!arg_double(I, o[0], &a) || !arg_double(I, o[1], &b) ||
        (o[2] && !arg_double(I, o[2], &rel)) || (o[3] && !arg_double(I, o[3], &abst)))
        return NULL;
    if (rel < 0.0 || abst < 0.0)
        return err_string(I, I->e_ValueError, "tolerances must be non-negative");
    if (a == b) return BOOL_OBJ(I, true);
    if (isinf(a) || isinf(b)) return BOOL_OBJ(I, false);
    double diff = fabs(b - a);
    return BOOL_OBJ(I, (diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abst);
}

/* gcd of any number of ints (3.9+; two before), by Euclid on Python ints. */
MFN(m_gcd) {
    (void)self;
    if (!args_no_kw(I, "gcd", kw)) return NULL;
    if (!pyver_ge(I, 3, 9) && !args_count(I, "gcd", nargs, 2, 2)) return NULL;
    Obj *g = NEWREF(SMALL_INT(I, 0));
    for (size_t i = 0; g && i < nargs; i++) {
        Obj *b = num_index(I, args[i]);
        Obj *a = g;
        g = NULL;
        while (a && b && int_sign(b) != 0) {
            Obj *r = num_binop(I, a, b, BINOP_MOD);
            DECREF(I, a);
            a = b;
            b = r;
        }
        if (a && b) g = num_abs(I, a);
        XDECREF(I, a);
        XDECREF(I, b);
    }
    return g;
}

MFN(m_factorial) {
    (void)self, (void)nargs, (void)kw;
    if (!INT_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE(args[0])->name);
    int64_t n;
    if (!int_fits_i64(args[0], &n))
        return err_string(I, I->e_OverflowError,
                          "factorial() argument should not exceed 9223372036854775807");
    if (n < 0) return err_string(I, I->e_ValueError, "factorial() not defined for negative values");
    Obj *r = NEWREF(SMALL_INT(I, 1));
    for (int64_t k = 2; r && k <= n; k++) {
        Obj *kk = int_from_i64(I, k);
        Obj *t = kk ? num_binop(I, r, kk, BINOP_MUL) : NULL;
        XDECREF(I, kk);
        DECREF(I, r);
        r = t;
    }
    return r;
}

/* fsum: Shewchuk's exact partial sums (the algorithm CPython's math_fsum uses). */
MFN(m_fsum) {
    (void)self, (void)nargs, (void)kw;
    Obj *it = obj_iter(I, args[0]);
    if (!it) return NULL;
    double partials[64];
    int n = 0;
    Obj *item;
    bool ok = true;
    while (ok && (item = iter_next(I, it))) {
        double x;
        ok = arg_double(I, item, &x);
        DECREF(I, item);
        int i = 0;
        for (int j = 0; ok && j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        if (ok && i < 64) partials[i++] = x;
        n = i;
    }
    DECREF(I, it);
    if (!ok || err_occurred(I)) return NULL;
    double hi = 0.0;
    if (n > 0) {
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_from_double(I, hi);
}

static const MethodDef math_functions[] = {
    {"floor", m_floor, METH_O, NULL},
    {"ceil", m_ceil, METH_O, NULL},
    {"trunc", m_trunc, METH_O, NULL},
    {"sqrt", m_sqrt, METH_O, NULL},
    {"exp", m_exp, METH_O, NULL},
    {"log", m_log, METH_FASTCALL, NULL},
    {"log2", m_log2, METH_O, NULL},
    {"log10", m_log10, METH_O, NULL},
    {"sin", m_sin, METH_O, NULL},
    {"cos", m_cos, METH_O, NULL},
    {"tan", m_tan, METH_O, NULL},
    {"asin", m_asin, METH_O, NULL},
    {"acos", m_acos, METH_O, NULL},
    {"atan", m_atan, METH_O, NULL},
    {"atan2", m_atan2, METH_FASTCALL, NULL},
    {"hypot", m_hypot, METH_FASTCALL, NULL},
    {"pow", m_pow, METH_FASTCALL, NULL},
    {"fabs", m_fabs, METH_O, NULL},
    {"isnan", m_isnan, METH_O, NULL},
    {"isinf", m_isinf, METH_O, NULL},
    {"isfinite", m_isfinite, METH_O, NULL},
    {"isclose", m_isclose, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"gcd", m_gcd, METH_FASTCALL, NULL},
    {"factorial", m_factorial, METH_O, NULL},
    {"fsum", m_fsum, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

Obj *mod_math_create(Interp *I) {
    Obj *m = module_new_cstr(I, "math", true);
    if (!m) return NULL;
    if (!module_add_functions(I, m, math_functions) ||
        !module_add(I, m, "pi", float_from_double(I, MATH_PI)) ||
        !module_add(I, m, "e", float_from_double(I, MATH_E)) ||
        !module_add(I, m, "tau", float_from_double(I, 2 * MATH_PI)) ||
        !module_add(I, m, "inf", float_from_double(I, INFINITY)) ||
        !module_add(I, m, "nan", float_from_double(I, NAN)))
        CLEAR(I, m);
    return m;
}
