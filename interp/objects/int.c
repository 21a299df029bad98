/* int.c: the int type: construction from C values, conversions, hashing, comparisons and the
 * number slots (CPython's Objects/longobject.c semantics; the arithmetic is in longarith.c,
 * text conversion in intstr.c, methods and int() in intmeth.c). */
#include <float.h>
#include <math.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/longarith.h"
#include "objects/tuple.h"
#include "vm/errors.h"

/* ---- construction */

static Obj *int_from_mag64(Interp *I, uint64_t m, bool neg) {
    Ssize n = m < ((uint64_t)1 << 30) ? 1 : m < ((uint64_t)1 << 60) ? 2 : 3;
    IntObj *v = la_alloc(I, neg ? -n : n);
    if (!v) return NULL;
    for (Ssize i = 0; i < n; i++, m >>= INT_SHIFT) v->digits[i] = (Digit)(m & INT_MASK);
    return OBJ(v);
}

Obj *int_from_i64(Interp *I, int64_t v) {
    if (v >= -5 && v <= 256) return NEWREF(SMALL_INT(I, v));
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return int_from_mag64(I, m, v < 0);
}

Obj *int_from_u64(Interp *I, uint64_t v) {
    if (v <= 256) return NEWREF(SMALL_INT(I, (int)v));
    return int_from_mag64(I, v, false);
}

Obj *int_from_double(Interp *I, double d) {
    if (isinf(d))
        return err_string(I, I->e_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_string(I, I->e_ValueError, "cannot convert float NaN to integer");
    if (fabs(d) < 9.2e18) return int_from_i64(I, (int64_t)d);
    int e;
    double m = frexp(fabs(d), &e); /* |d| = m * 2**e, e > 63 */
    Ssize n = (e - 1) / INT_SHIFT + 1;
    IntObj *v = la_alloc(I, n);
    if (!v) return NULL;
    m = ldexp(m, (e - 1) % INT_SHIFT + 1);
    for (Ssize i = n - 1; i >= 0; i--) { /* peel 30 bits at a time, exactly */
        Digit dg = (Digit)m;
        v->digits[i] = dg;
        m = ldexp(m - dg, INT_SHIFT);
    }
    if (d < 0) VSIZE(v) = -n;
    return la_norm(I, v);
}

bool int_fits_i64(Obj *o, int64_t *out) {
    if (int_small2(o, out)) return true;
    Ssize n = int_absize(o);
    if (n > 3) return false;
    const Digit *d = IDIG(o);
    uint64_t hi = d[2];
    if (hi > 7) return false; /* 3 digits = 90 bits; keep 63 */
    uint64_t m = (hi << 60) | ((uint64_t)d[1] << 30) | d[0];
    if (VSIZE(o) > 0) {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    }
    return true;
}

int64_t int_as_i64(Interp *I, Obj *o) {
    int64_t v;
    if (!INT_CHECK(o)) {
        Obj *x = num_index(I, o);
        if (!x) return -1;
        v = int_as_i64(I, x);
        DECREF(I, x);
        return v;
    }
    if (int_fits_i64(o, &v)) return v;
    err_string(I, I->e_OverflowError, "Python int too large to convert to C long");
    return -1;
}

double int_as_double(Interp *I, Obj *o) {
    double d;
    if (la_to_double(o, &d)) return d;
    err_string(I, I->e_OverflowError, "int too large to convert to float");
    return -1.0;
}

int int_sign(Obj *o) {
    return VSIZE(o) < 0 ? -1 : VSIZE(o) > 0;
}
size_t int_ndigits(Obj *o) {
    return (size_t)int_absize(o);
}
Ssize int_bit_length(Obj *o) {
    return la_bit_length_mag(IDIG(o), int_absize(o));
}

Obj *int_exact(Interp *I, Obj *o) {
    return la_copy(I, o);
}

/* CPython's numeric hash: the value modulo 2**61 - 1 (Python/pyhash.c, long_hash). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
Hash int_hash_value(Obj *o) {
    Ssize s = VSIZE(o), n = s < 0 ? -s : s;
    const Digit *d = IDIG(o);
    if (n <= 1) {
        Hash h = n ? (Hash)d[0] : 0;
        if (s < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    uint64_t x = 0;
    for (Ssize i = n - 1; i >= 0; i--) {
        /* x = x * 2**30 mod (2**61 - 1), a rotation in 61 bits */
        x = ((x << INT_SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - INT_SHIFT));
        x += d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    Hash h = s < 0 ? -(Hash)x : (Hash)x;
    return h == -1 ? -2 : h;
}

int int_compare(Obj *a, Obj *b) {
    Ssize sa = VSIZE(a), sb = VSIZE(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = la_cmp(IDIG(a), sa < 0 ? -sa : sa, IDIG(b), sb < 0 ? -sb : sb);
    return sa < 0 ? -c : c;
}

/* ---- state */

bool num_init(Interp *I) {
    struct NumState *s = mem_calloc(I, 1, sizeof *s);
    if (!s) return false;
    s->max_str_digits = 4300; /* CPython's _PY_LONG_DEFAULT_MAX_STR_DIGITS */
    I->num = s;
    for (int v = -5; v <= 256; v++) {
        IntObj *o = (IntObj *)obj_alloc(I, I->t_int, 1);
        if (!o) return false;
        Ssize n = v != 0;
        VSIZE(o) = v < 0 ? -n : n;
        o->digits[0] = (Digit)(v < 0 ? -v : v);
        SMALL_INT(I, v) = OBJ(o);
    }
    IntObj *f = (IntObj *)obj_alloc(I, I->t_bool, 1), *t = (IntObj *)obj_alloc(I, I->t_bool, 1);
    if (!f || !t) return false;
    VSIZE(f) = 0; /* obj_alloc sets ob_size to the item count; False is the zero int */
    VSIZE(t) = 1;
    t->digits[0] = 1;
    I->false_ = OBJ(f);
    I->true_ = OBJ(t);
    return true;
}

void num_fini(Interp *I) {
    struct NumState *s = I->num;
    if (!s) return;
    while (s->float_nfree > 0) obj_free(I, s->float_free[--s->float_nfree]);
    for (int v = -5; v <= 256; v++) CLEAR(I, SMALL_INT(I, v));
    CLEAR(I, I->true_);
    CLEAR(I, I->false_);
    I->num = NULL;
    mem_free(s);
}

bool int_set_max_str_digits(Interp *I, Ssize n) {
    if (n != 0 && n < 640) {
        err_string(I, I->e_ValueError, "maxdigits must be 0 or larger than 640");
        return false;
    }
    I->num->max_str_digits = n;
    return true;
}

Ssize int_get_max_str_digits(Interp *I) {
    return I->num->max_str_digits;
}

Obj *int_zero_div_error(Interp *I, char op) {
    const char *msg = op == '/' ? "division by zero"
                      : op == '%' && I->prof->int_mod_zero_msg
                          ? "integer modulo by zero"
                          : "integer division or modulo by zero";
    return err_string(I, I->e_ZeroDivisionError, msg);
}

/* ---- number slots. Like CPython's, they return NotImplemented unless both are ints. */

#define BINOP_CHECK(a, b)                                                                          \
    if (!INT_CHECK(a) || !INT_CHECK(b)) return NEWREF(I->notimpl)

static Obj *int_add(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if ((size_t)(VSIZE(a) + 1) <= 2 && (size_t)(VSIZE(b) + 1) <= 2) /* |size| <= 1 */
        return int_from_i64(I, (int64_t)VSIZE(a) * IDIG(a)[0] + (int64_t)VSIZE(b) * IDIG(b)[0]);
    return la_add(I, a, b);
}

static Obj *int_sub(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if ((size_t)(VSIZE(a) + 1) <= 2 && (size_t)(VSIZE(b) + 1) <= 2)
        return int_from_i64(I, (int64_t)VSIZE(a) * IDIG(a)[0] - (int64_t)VSIZE(b) * IDIG(b)[0]);
    return la_sub(I, a, b);
}

static Obj *int_mul(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if ((size_t)(VSIZE(a) + 1) <= 2 && (size_t)(VSIZE(b) + 1) <= 2)
        return int_from_i64(I, ((int64_t)VSIZE(a) * IDIG(a)[0]) * ((int64_t)VSIZE(b) * IDIG(b)[0]));
    return la_mul(I, a, b);
}

static Obj *int_floordiv(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if (VSIZE(b) == 0) return int_zero_div_error(I, 'd');
    Obj *q;
    return la_floordivmod(I, a, b, &q, NULL) ? q : NULL;
}

static Obj *int_mod(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if (VSIZE(b) == 0) return int_zero_div_error(I, '%');
    Obj *r;
    return la_floordivmod(I, a, b, NULL, &r) ? r : NULL;
}

static Obj *int_divmod(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if (VSIZE(b) == 0) return int_zero_div_error(I, 'd');
    Obj *q, *r;
    if (!la_floordivmod(I, a, b, &q, &r)) return NULL;
    Obj *t = tuple_new(I, 2);
    if (!t) {
        DECREF(I, q);
        DECREF(I, r);
        return NULL;
    }
    TUPLE_SET(t, 0, q);
    TUPLE_SET(t, 1, r);
    return t;
}

static Obj *int_truediv(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    if (VSIZE(b) == 0) return int_zero_div_error(I, '/');
    double d;
    return la_truediv(I, a, b, &d) ? float_from_double(I, d) : NULL;
}

/* x**-1 mod m by the extended Euclidean algorithm (3.8+'s pow(b, -1, m)); m > 0. */
static Obj *int_modinv(Interp *I, Obj *x, Obj *m) {
    Obj *a = NULL, *b = NEWREF(m), *s0 = NEWREF(SMALL_INT(I, 1)), *s1 = NEWREF(SMALL_INT(I, 0));
    if (!la_floordivmod(I, x, m, NULL, &a)) goto fail;
    while (VSIZE(b) != 0) { /* invariant: a == s0 * x (mod m), b == s1 * x (mod m) */
        Obj *q, *r;
        if (!la_floordivmod(I, a, b, &q, &r)) goto fail;
        Obj *qs = la_mul(I, q, s1), *s2 = qs ? la_sub(I, s0, qs) : NULL;
        DECREF(I, q);
        XDECREF(I, qs);
        if (!s2) {
            DECREF(I, r);
            goto fail;
        }
        SETREF(I, a, b);
        b = r;
        SETREF(I, s0, s1);
        s1 = s2;
    }
    if (!(VSIZE(a) == 1 && IDIG(a)[0] == 1)) {
        err_string(I, I->e_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    Obj *res = NULL;
    la_floordivmod(I, s0, m, NULL, &res);
    DECREF(I, a);
    DECREF(I, b);
    DECREF(I, s0);
    DECREF(I, s1);
    return res;
fail:
    XDECREF(I, a);
    XDECREF(I, b);
    XDECREF(I, s0);
    XDECREF(I, s1);
    return NULL;
}

static Obj *int_pow_negexp_mod(Interp *I, Obj *a, Obj *b, Obj *c) {
    Obj *am = la_abs(I, c), *inv = am ? int_modinv(I, a, am) : NULL;
    XDECREF(I, am);
    if (!inv) return NULL;
    Obj *nb = la_neg(I, b), *r = nb ? la_pow(I, inv, nb, c) : NULL;
    DECREF(I, inv);
    XDECREF(I, nb);
    return r;
}

static Obj *int_pow(Interp *I, Obj *a, Obj *b, Obj *c) {
    BINOP_CHECK(a, b);
    if (c == I->none) c = NULL;
    if (c && !INT_CHECK(c)) return NEWREF(I->notimpl);
    if (c && VSIZE(b) < 0 && !I->prof->pow_mod_inverse)
        return err_string(I, I->e_ValueError,
                          "pow() 2nd argument cannot be negative when 3rd argument specified");
    if (c && VSIZE(c) == 0) return err_string(I, I->e_ValueError, "pow() 3rd argument cannot be 0");
    if (VSIZE(b) < 0) {
        if (c) {
            if (I->prof->pow_mod_inverse && VSIZE(c) != 0 && int_absize(c) == 1 && IDIG(c)[0] == 1)
                return NEWREF(SMALL_INT(I, 0));
            return int_pow_negexp_mod(I, a, b, c);
        }
        double x = int_as_double(I, a), y;
        if (x == -1.0 && err_occurred(I)) return NULL;
        y = int_as_double(I, b);
        if (y == -1.0 && err_occurred(I)) return NULL;
        return float_pow_values(I, x, y);
    }
    return la_pow(I, a, b, c);
}

static Obj *shift_count(Interp *I, Obj *b, uint64_t *n) {
    *n = 0;
    if (VSIZE(b) < 0) return err_string(I, I->e_ValueError, "negative shift count");
    int64_t v;
    *n = int_fits_i64(b, &v) ? (uint64_t)v : UINT64_MAX;
    return b;
}

static Obj *int_lshift(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    uint64_t n;
    if (!shift_count(I, b, &n)) return NULL;
    if (VSIZE(a) == 0) return NEWREF(SMALL_INT(I, 0));
    if (n > ((uint64_t)1 << 40))
        return err_string(I, I->e_OverflowError, "too many digits in integer");
    return la_lshift(I, a, n);
}

static Obj *int_rshift(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    uint64_t n;
    if (!shift_count(I, b, &n)) return NULL;
    return la_rshift(I, a, n);
}

static Obj *int_and(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    return la_bitop(I, a, b, '&');
}
static Obj *int_or(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    return la_bitop(I, a, b, '|');
}
static Obj *int_xor(Interp *I, Obj *a, Obj *b) {
    BINOP_CHECK(a, b);
    return la_bitop(I, a, b, '^');
}

static Obj *int_neg(Interp *I, Obj *a) {
    return la_neg(I, a);
}
static Obj *int_pos(Interp *I, Obj *a) {
    return la_copy(I, a);
}
static Obj *int_absv(Interp *I, Obj *a) {
    return la_abs(I, a);
}

static Obj *int_invert(Interp *I, Obj *a) {
    int64_t v;
    if (int_small2(a, &v)) return int_from_i64(I, ~v);
    Obj *t = la_add(I, a, SMALL_INT(I, 1)); /* ~a == -(a + 1) */
    if (!t) return NULL;
    Obj *r = la_neg(I, t);
    DECREF(I, t);
    return r;
}

static int int_bool(Interp *I, Obj *a) {
    (void)I;
    return VSIZE(a) != 0;
}

static Obj *int_float(Interp *I, Obj *a) {
    double d = int_as_double(I, a);
    if (d == -1.0 && err_occurred(I)) return NULL;
    return float_from_double(I, d);
}

static Obj *int_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!INT_CHECK(a) || !INT_CHECK(b)) return NEWREF(I->notimpl);
    int c = a == b ? 0 : int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_LT:
        r = c < 0;
        break;
    case CMP_LE:
        r = c <= 0;
        break;
    case CMP_EQ:
        r = c == 0;
        break;
    case CMP_NE:
        r = c != 0;
        break;
    case CMP_GT:
        r = c > 0;
        break;
    default:
        r = c >= 0;
        break;
    }
    return BOOL_OBJ(I, r);
}

static Hash int_hash(Interp *I, Obj *a) {
    (void)I;
    return int_hash_value(a);
}

static Obj *int_repr(Interp *I, Obj *a) {
    return int_to_decimal_string(I, a);
}

static void int_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

const TypeObj int_tmpl = {
    .name = "int",
    .basicsize = offsetof(IntObj, digits),
    .itemsize = sizeof(Digit),
    .flags = TPF_BASETYPE | TPF_INT_SUBCLASS | TPF_IMMUTABLETYPE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .nb_add = int_add,
    .nb_sub = int_sub,
    .nb_mul = int_mul,
    .nb_truediv = int_truediv,
    .nb_floordiv = int_floordiv,
    .nb_mod = int_mod,
    .nb_divmod = int_divmod,
    .nb_pow = int_pow,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_or = int_or,
    .nb_xor = int_xor,
    .nb_neg = int_neg,
    .nb_pos = int_pos,
    .nb_abs = int_absv,
    .nb_invert = int_invert,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .nb_bool = int_bool,
    .methods = int_methods,
    .getset = int_getset,
};
