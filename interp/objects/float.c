/* float.c: the float type (CPython's Objects/floatobject.c semantics): a freelist, repr,
 * exact comparison with ints, Python's // and % sign rules, ** with float_pow's special
 * cases, the numeric hash, float() parsing. Methods are in floatmeth.c, text in dtoa.c. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/longarith.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "model/ledger.h"
#include "objects/gc.h"

Obj *float_from_double(Interp *I, double v) {
    struct NumState *s = I->num;
    Obj *o;
    if (s && s->float_nfree > 0) {
        /* reuse a freed float: CPython never returns these to the allocator either */
        o = s->float_free[--s->float_nfree];
        o->refcnt = 1;
    } else {
        o = obj_alloc_untraced(I, I->t_float, 0);
        if (!o) return NULL;
    }
    obj_trace_from(I, o, FL_FLOAT, 24);
    FLOAT_VAL(o) = v;
    return o;
}

static void float_dealloc(Interp *I, Obj *o) {
    struct NumState *s = I->num;
    if (TYPE(o) == I->t_float) obj_trace_to(I, o, FL_FLOAT);
    if (TYPE(o) == I->t_float && s && s->float_nfree < FLOAT_FREELIST_MAX) {
        s->float_free[s->float_nfree++] = o;
        return;
    }
    obj_free(I, o);
}

double float_as_double(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_float) return FLOAT_VAL(o);
    if (TYPE(o) == I->t_int) return int_as_double(I, o);
    TypeObj *t = TYPE(o);
    if (t->nb_float) { /* PyNumber_Float's order: __float__, then __index__ */
        Obj *r = t->nb_float(I, o);
        if (!r) return -1.0;
        if (!type_is_subtype(TYPE(r), I->t_float)) {
            err_format(I, I->e_TypeError, "%T.__float__ returned non-float (type %T)", o, r);
            DECREF(I, r);
            return -1.0;
        }
        double v = FLOAT_VAL(r);
        DECREF(I, r);
        return v;
    }
    if (t->nb_index && I->prof->index_in_int_float) {
        Obj *i = num_index(I, o);
        if (!i) return -1.0;
        double v = int_as_double(I, i);
        DECREF(I, i);
        return v;
    }
    err_format(I, I->e_TypeError, "must be real number, not %T", o);
    return -1.0;
}

/* ---- hash: CPython's _Py_HashDouble, the value modulo 2**61 - 1 */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
Hash float_hash_value(double v) {
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) { /* 28 bits at a time */
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    Hash h = (Hash)x * sign;
    return h == -1 ? -2 : h;
}

static Hash float_hash(Interp *I, Obj *o) {
    double v = FLOAT_VAL(o);
    if (isnan(v) && I->prof->nan_hash_identity) {
        /* _Py_HashPointer: the address rotated by 4 bits */
        uint64_t y = (uint64_t)(uintptr_t)o;
        Hash h = (Hash)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }
    return float_hash_value(v);
}

static Obj *float_repr(Interp *I, Obj *o) {
    char buf[40];
    size_t n = float_repr_buf(FLOAT_VAL(o), buf);
    return str_from_ascii(I, buf, (Ssize)n);
}

/* ---- arithmetic: operands are floats or ints (converted exactly, or OverflowError) */

/* 1: converted; 0: not a number float knows (NotImplemented); -1: error. */
static int to_double(Interp *I, Obj *o, double *out) {
    if (TYPE(o) == I->t_float || type_is_subtype(TYPE(o), I->t_float)) {
        *out = FLOAT_VAL(o);
        return 1;
    }
    if (!INT_CHECK(o)) return 0;
    *out = int_as_double(I, o);
    return *out == -1.0 && err_occurred(I) ? -1 : 1;
}

#define CONVERT2(a, b, x, y)                                                                       \
    double x, y;                                                                                   \
    {                                                                                              \
        int ca_ = to_double(I, a, &x);                                                             \
        if (ca_ <= 0) return ca_ < 0 ? NULL : NEWREF(I->notimpl);                                  \
        int cb_ = to_double(I, b, &y);                                                             \
        if (cb_ <= 0) return cb_ < 0 ? NULL : NEWREF(I->notimpl);                                  \
    }

static Obj *float_add(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    return float_from_double(I, x + y);
}
static Obj *float_sub(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    return float_from_double(I, x - y);
}
static Obj *float_mul(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    return float_from_double(I, x * y);
}

static Obj *float_div(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    if (y == 0.0) return err_string(I, I->e_ZeroDivisionError, "float division by zero");
    return float_from_double(I, x / y);
}

static Obj *float_mod(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return err_string(I, I->e_ZeroDivisionError,
                          I->prof->float_mod_zero_msg ? "float modulo by zero" : "float modulo");
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0)) m += y; /* the result takes the divisor's sign */
    } else {
        m = copysign(0.0, y);
    }
    return float_from_double(I, m);
}

/* CPython's _float_div_mod: floor quotient and remainder, carefully rounded. */
static void float_divmod_values(double x, double y, double *fd, double *md) {
    double m = fmod(x, y), div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double f;
    if (div) {
        f = floor(div);
        if (div - f > 0.5) f += 1.0;
    } else {
        f = copysign(0.0, x / y);
    }
    *fd = f;
    *md = m;
}

static Obj *float_floordiv(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return err_string(I, I->e_ZeroDivisionError,
                          I->prof->float_floordiv_zero_msg ? "float floor division by zero"
                                                           : "float divmod()");
    double f, m;
    float_divmod_values(x, y, &f, &m);
    return float_from_double(I, f);
}

static Obj *float_divmod(Interp *I, Obj *a, Obj *b) {
    CONVERT2(a, b, x, y);
    if (y == 0.0) return err_string(I, I->e_ZeroDivisionError, "float divmod()");
    double f, m;
    float_divmod_values(x, y, &f, &m);
    Obj *fo = float_from_double(I, f), *mo = fo ? float_from_double(I, m) : NULL;
    Obj *t = mo ? tuple_new(I, 2) : NULL;
    if (!t) {
        XDECREF(I, fo);
        XDECREF(I, mo);
        return NULL;
    }
    TUPLE_SET(t, 0, fo);
    TUPLE_SET(t, 1, mo);
    return t;
}

static bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

static Obj *range_error(Interp *I) {
    Obj *code = int_from_i64(I, ERANGE), *msg = code ? str_from_cstr(I, strerror(ERANGE)) : NULL;
    Obj *args = msg ? tuple_pack(I, 2, code, msg) : NULL;
    if (args) err_set(I, I->e_OverflowError, args);
    XDECREF(I, code);
    XDECREF(I, msg);
    XDECREF(I, args);
    return NULL;
}

/* x ** y with the special cases of C99 Annex F that CPython's float_pow spells out. */
Obj *float_pow_values(Interp *I, double x, double y) {
    if (y == 0) return float_from_double(I, 1.0);
    if (isnan(x)) return float_from_double(I, x);
    if (isnan(y)) return float_from_double(I, x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return float_from_double(I, 1.0);
        return float_from_double(I, (y > 0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return float_from_double(I, odd ? x : fabs(x));
        return float_from_double(I, odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return err_string(I, I->e_ZeroDivisionError,
                              "0.0 cannot be raised to a negative power");
        return float_from_double(I, is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) /* CPython returns a complex here; slotscope has no complex type */
            return err_string(I, I->e_ValueError,
                              "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return float_from_double(I, negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && r == 0.0)
        errno = 0; /* underflow to 0 is fine */
    if (errno)
        return errno == ERANGE ? range_error(I)
                               : err_string(I, I->e_ValueError, "math domain error");
    return float_from_double(I, negate ? -r : r);
}

static Obj *float_pow(Interp *I, Obj *a, Obj *b, Obj *c) {
    if (c && c != I->none)
        return err_string(I, I->e_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
    CONVERT2(a, b, x, y);
    return float_pow_values(I, x, y);
}

static Obj *float_neg(Interp *I, Obj *a) {
    return float_from_double(I, -FLOAT_VAL(a));
}
static Obj *float_abs(Interp *I, Obj *a) {
    return float_from_double(I, fabs(FLOAT_VAL(a)));
}
static Obj *float_pos(Interp *I, Obj *a) {
    if (TYPE(a) == I->t_float) return NEWREF(a);
    return float_from_double(I, FLOAT_VAL(a));
}
static int float_bool(Interp *I, Obj *a) {
    (void)I;
    return FLOAT_VAL(a) != 0.0;
}
static Obj *float_int(Interp *I, Obj *a) {
    return int_from_double(I, FLOAT_VAL(a));
}

/* ---- comparison: exact against ints (CPython's float_richcompare) */

static bool cmp_doubles(double i, double j, int op) {
    switch (op) {
    case CMP_LT:
        return i < j;
    case CMP_LE:
        return i <= j;
    case CMP_EQ:
        return i == j;
    case CMP_NE:
        return i != j;
    case CMP_GT:
        return i > j;
    default:
        return i >= j;
    }
}

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

/* i (finite, same nonzero sign as w, |w| >= 2**48) against the int w, exactly. */
static Obj *cmp_float_bigint(Interp *I, double i, Obj *w, int op) {
    Ssize nbits = int_bit_length(w);
    if (i < 0) {
        i = -i;
        op = swapped_op[op];
    }
    int e;
    frexp(i, &e);
    if (e < 0 || e < nbits) return BOOL_OBJ(I, cmp_doubles(1.0, 2.0, op));
    if (e > nbits) return BOOL_OBJ(I, cmp_doubles(2.0, 1.0, op));
    /* same bit length: compare integer parts exactly, the fraction breaking ties */
    double ip, fp = modf(i, &ip);
    Obj *vv = int_from_double(I, ip), *ww = vv ? la_abs(I, w) : NULL;
    if (ww && fp != 0.0) {
        Obj *v2 = la_lshift(I, vv, 1), *v3 = v2 ? la_add(I, v2, SMALL_INT(I, 1)) : NULL;
        Obj *w2 = la_lshift(I, ww, 1);
        XDECREF(I, v2);
        SETREF(I, vv, v3);
        SETREF(I, ww, w2);
    }
    if (!vv || !ww) {
        XDECREF(I, vv);
        XDECREF(I, ww);
        return NULL;
    }
    int c = int_compare(vv, ww);
    DECREF(I, vv);
    DECREF(I, ww);
    return BOOL_OBJ(I, cmp_doubles((double)c, 0.0, op));
}

static Obj *float_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    double i = FLOAT_VAL(a), j;
    if (TYPE(b) == I->t_float || type_is_subtype(TYPE(b), I->t_float))
        return BOOL_OBJ(I, cmp_doubles(i, FLOAT_VAL(b), op));
    if (!INT_CHECK(b)) return NEWREF(I->notimpl);
    if (!isfinite(i)) return BOOL_OBJ(I, cmp_doubles(i, 0.0, op));
    int vsign = i == 0.0 ? 0 : i < 0 ? -1 : 1, wsign = int_sign(b);
    if (vsign != wsign) return BOOL_OBJ(I, cmp_doubles(vsign, wsign, op));
    if (int_bit_length(b) <= 48) {
        j = int_as_double(I, b);
        return BOOL_OBJ(I, cmp_doubles(i, j, op));
    }
    return cmp_float_bigint(I, i, b, op);
}

/* ---- float() */

static bool is_space_c(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool ci_eq(const char *s, size_t n, const char *word) {
    if (strlen(word) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

/* CPython's float literal syntax (with PEP 515 underscores between digits) into clean
 * (underscores dropped); false if s is not one. */
static bool clean_float_text(const char *s, size_t n, char *clean) {
    size_t k = 0, ndig = 0;
    bool prev_digit = false, seen_dot = false, seen_e = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            clean[k++] = c;
            prev_digit = true;
            ndig++;
            continue;
        }
        if (c == '_') {
            if (!prev_digit || i + 1 >= n || s[i + 1] < '0' || s[i + 1] > '9') return false;
            prev_digit = false;
            continue;
        }
        if (c == '.' && !seen_dot && !seen_e) {
            seen_dot = true;
            clean[k++] = c;
            prev_digit = false;
            continue;
        }
        if ((c == 'e' || c == 'E') && !seen_e && ndig > 0) {
            seen_e = true;
            clean[k++] = 'e';
            prev_digit = false;
            ndig = 0;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) clean[k++] = s[++i];
            continue;
        }
        if ((c == '+' || c == '-') && i == 0) {
            clean[k++] = c;
            continue;
        }
        return false;
    }
    clean[k] = 0;
    return ndig > 0;
}

static double parse_float_text(const char *s, size_t n, bool *ok) {
    while (n && is_space_c(*s)) s++, n--;
    while (n && is_space_c(s[n - 1])) n--;
    *ok = true;
    const char *w = s;
    size_t wn = n;
    double sign = 1.0;
    if (wn && (*w == '+' || *w == '-')) {
        sign = *w == '-' ? -1.0 : 1.0;
        w++;
        wn--;
    }
    if (ci_eq(w, wn, "inf") || ci_eq(w, wn, "infinity")) return sign * INFINITY;
    if (ci_eq(w, wn, "nan")) return sign * NAN;
    char small[64], *clean = n < sizeof small ? small : malloc(n + 1);
    double v = 0;
    if (!clean || !clean_float_text(s, n, clean))
        *ok = false;
    else
        v = strtod(clean, NULL);
    if (clean && clean != small) free(clean);
    return v;
}

Obj *float_from_string(Interp *I, Obj *str) {
    Ssize n;
    const char *s;
    if (STR_CHECK(str)) {
        if (!(s = str_utf8(I, str, &n))) return NULL;
    } else {
        s = BYTES_DATA(str);
        n = BYTES_LEN(str);
    }
    bool ok;
    double v = parse_float_text(s, (size_t)n, &ok);
    if (ok) return float_from_double(I, v);
    if (n == 0 && !I->prof->float_empty_str_repr)
        return err_string(I, I->e_ValueError, "could not convert string to float: ");
    return err_format(I, I->e_ValueError, "could not convert string to float: %R", str);
}

static Obj *float_from_any(Interp *I, Obj *x) {
    if (TYPE(x) == I->t_float) return NEWREF(x);
    if (STR_CHECK(x) || BYTES_CHECK(x)) return float_from_string(I, x);
    TypeObj *t = TYPE(x);
    if (!t->nb_float && !INT_CHECK(x) && !type_is_subtype(t, I->t_float) &&
        !(t->nb_index && I->prof->index_in_int_float))
        return err_format(I, I->e_TypeError,
                          "float() argument must be a string or a %snumber, not '%T'",
                          I->prof->real_number_msg ? "real " : "", x);
    double v = float_as_double(I, x);
    if (v == -1.0 && err_occurred(I)) return NULL;
    return float_from_double(I, v);
}

static Obj *float_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (!args_no_kw(I, "float", kwnames) || !args_count(I, "float", nargs, 0, 1)) return NULL;
    Obj *r = nargs ? float_from_any(I, args[0]) : float_from_double(I, 0.0);
    if (!r || type == I->t_float) return r;
    Obj *o = obj_alloc(I, type, 0);
    if (o) {
        FLOAT_VAL(o) = FLOAT_VAL(r);
        if (TYPE_HAS(type, TPF_HAVE_GC)) gc_track(I, o);
    }
    DECREF(I, r);
    return o;
}

const TypeObj float_tmpl = {
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TPF_BASETYPE | TPF_IMMUTABLETYPE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .nb_add = float_add,
    .nb_sub = float_sub,
    .nb_mul = float_mul,
    .nb_truediv = float_div,
    .nb_floordiv = float_floordiv,
    .nb_mod = float_mod,
    .nb_divmod = float_divmod,
    .nb_pow = float_pow,
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_int = float_int,
    .nb_float = float_pos,
    .nb_bool = float_bool,
    .methods = float_methods,
    .getset = float_getset,
};
