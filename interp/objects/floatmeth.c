/* floatmeth.c: the methods and attributes of float: is_integer, as_integer_ratio, hex,
 * fromhex, __round__ (ties to even, exact decimal rounding), __trunc__/__floor__/__ceil__,
 * conjugate, __format__, real/imag. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/float.h"
#include "objects/longarith.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define SELF_VAL FLOAT_VAL(self)

static Obj *no_attr(Interp *I, Obj *self, const char *name) {
    return err_format(I, I->e_AttributeError, "'%T' object has no attribute '%s'", self, name);
}

static Obj *float_get_real(Interp *I, Obj *o, void *c) {
    (void)c;
    return TYPE(o) == I->t_float ? NEWREF(o) : float_from_double(I, FLOAT_VAL(o));
}
static Obj *float_is_integer(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    double x = SELF_VAL;
    return BOOL_OBJ(I, isfinite(x) && floor(x) == x);
}

static Obj *float_as_integer_ratio(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    double x = SELF_VAL;
    if (isinf(x))
        return err_string(I, I->e_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return err_string(I, I->e_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Obj *num = int_from_double(I, m), *den = NEWREF(SMALL_INT(I, 1));
    if (num && e > 0)
        SETREF(I, num, la_lshift(I, num, (uint64_t)e));
    else if (num && e < 0)
        SETREF(I, den, la_lshift(I, den, (uint64_t)-e));
    Obj *t = num && den ? tuple_pack(I, 2, num, den) : NULL;
    XDECREF(I, num);
    XDECREF(I, den);
    return t;
}

static Obj *float_hex(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    double x = SELF_VAL;
    char buf[40];
    if (!isfinite(x)) {
        size_t k = float_repr_buf(x, buf);
        return str_from_ascii(I, buf, (Ssize)k);
    }
    if (x == 0.0) return str_from_cstr(I, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *p = buf;
    if (x < 0) *p++ = '-';
    *p++ = '0';
    *p++ = 'x';
    int d = (int)m;
    *p++ = "0123456789abcdef"[d];
    m -= d;
    *p++ = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 2) / 4 + 1; i++) {
        m *= 16.0;
        d = (int)m;
        *p++ = "0123456789abcdef"[d];
        m -= d;
    }
    p += sprintf(p, "p%+d", e);
    return str_from_ascii(I, buf, (Ssize)(p - buf));
}

static bool hex_digit(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan;
 * glibc's strtod reads the hex form with correct rounding. */
static Obj *float_fromhex(Interp *I, Obj *cls, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    if (!STR_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "fromhex() argument must be str, not %T", args[0]);
    Ssize n;
    const char *s = str_utf8(I, args[0], &n);
    if (!s) return NULL;
    char *buf = mem_alloc(I, (size_t)n + 4), *q = buf;
    if (!buf) return NULL;
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
    bool ok = true;
    size_t rest = (size_t)(end - p);
    bool special = false;
    for (const char *w = p; w < end; w++)
        if ((*w | 0x20) == 'n' || (*w | 0x20) == 'i') special = true;
    if (!special) {
        if (rest >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
        *q++ = '0';
        *q++ = 'x';
        int nd = 0;
        while (p < end && hex_digit(*p)) {
            *q++ = *p++;
            nd++;
        }
        if (p < end && *p == '.') {
            *q++ = *p++;
            while (p < end && hex_digit(*p)) {
                *q++ = *p++;
                nd++;
            }
        }
        if (nd == 0) ok = false;
        if (p < end && (*p | 0x20) == 'p') {
            *q++ = *p++;
            if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
            if (p >= end) ok = false;
            while (p < end && *p >= '0' && *p <= '9') *q++ = *p++;
        }
        if (p != end) ok = false;
    } else {
        memcpy(q, p, rest);
        q += rest;
    }
    *q = 0;
    char *stop;
    double v = ok ? strtod(buf, &stop) : 0;
    if (ok && *stop) ok = false;
    if (special && ok && isfinite(v)) ok = false;
    mem_free(buf);
    if (!ok) return err_string(I, I->e_ValueError, "invalid hexadecimal floating-point string");
    if (!special && isinf(v))
        return err_string(I, I->e_OverflowError,
                          "hexadecimal value too large to represent as a float");
    Obj *r = float_from_double(I, v);
    if (r && (TypeObj *)cls != I->t_float) SETREF(I, r, obj_call1(I, cls, r));
    return r;
}

static Obj *float_round(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (!args_count(I, "__round__", nargs, 0, 1)) return NULL;
    double x = SELF_VAL;
    if (nargs == 0 || args[0] == I->none) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* ties to even */
        return int_from_double(I, r);
    }
    Ssize nd = num_as_ssize(I, args[0], NULL);
    if (nd == -1 && err_occurred(I)) return NULL;
    double out;
    if (!num_double_round(I, x, nd, &out)) return NULL;
    return float_from_double(I, out);
}

static Obj *float_trunc(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_double(I, SELF_VAL);
}

static Obj *float_floor(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!I->prof->float_floor_ceil) return no_attr(I, self, "__floor__");
    return int_from_double(I, floor(SELF_VAL));
}

static Obj *float_ceil(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!I->prof->float_floor_ceil) return no_attr(I, self, "__ceil__");
    return int_from_double(I, ceil(SELF_VAL));
}

static Obj *float_conjugate(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return float_get_real(I, self, NULL);
}

static Obj *float_getnewargs(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    Obj *f = float_from_double(I, SELF_VAL);
    if (!f) return NULL;
    Obj *t = tuple_pack(I, 1, f);
    DECREF(I, f);
    return t;
}

static Obj *float_format_m(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw, (void)nargs;
    if (!STR_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (STR_LEN(args[0]) == 0) return obj_str(I, self);
    return num_format_float(I, SELF_VAL, args[0]);
}

const MethodDef float_methods[] = {
    {"conjugate", float_conjugate, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", float_round, METH_FASTCALL,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, "
     "work like built-in round(x, ndigits)."},
    {"as_integer_ratio", float_as_integer_ratio, METH_NOARGS,
     "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"fromhex", float_fromhex, METH_O | METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex, METH_NOARGS,
     "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, METH_NOARGS, NULL},
    {"__format__", float_format_m, METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static Obj *float_get_imag(Interp *I, Obj *o, void *c) {
    (void)o, (void)c;
    return float_from_double(I, 0.0);
}

const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
