/* intmeth.c: int() (int.__new__ and the conversion rules of CPython's PyNumber_Long) and the
 * methods and attributes of int: bit_length, bit_count, to_bytes, from_bytes, __round__,
 * as_integer_ratio, is_integer, __format__, __sizeof__, real/imag/numerator/denominator. */
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

/* ---- int(x) */

static Obj *ensure_exact(Interp *I, Obj *r) {
    if (!r || TYPE(r) == I->t_int) return r;
    Obj *e = la_copy(I, r);
    DECREF(I, r);
    return e;
}

static Obj *int_from_trunc(Interp *I, Obj *x) {
    Obj *r = obj_call_method(I, x, I->ids.__trunc__, NULL, 0);
    if (!r || INT_CHECK(r)) return ensure_exact(I, r);
    if (TYPE(r)->nb_index) {
        Obj *i = num_index(I, r);
        DECREF(I, r);
        return ensure_exact(I, i);
    }
    err_format(I, I->e_TypeError, "__trunc__ returned non-Integral (type %T)", r);
    DECREF(I, r);
    return NULL;
}

Obj *int_from_object(Interp *I, Obj *x) {
    if (TYPE(x) == I->t_int) return NEWREF(x);
    TypeObj *t = TYPE(x);
    if (t->nb_int) {
        Obj *r = t->nb_int(I, x);
        if (!r || INT_CHECK(r)) return ensure_exact(I, r);
        err_format(I, I->e_TypeError, "__int__ returned non-int (type %T)", r);
        DECREF(I, r);
        return NULL;
    }
    if (t->nb_index && I->prof->index_in_int_float) return ensure_exact(I, num_index(I, x));
    if (type_lookup(I, t, I->ids.__trunc__)) return int_from_trunc(I, x);
    if (STR_CHECK(x)) {
        Ssize n;
        const char *s = str_utf8(I, x, &n);
        return s ? int_parse(I, s, (size_t)n, 10, true, x) : NULL;
    }
    if (BYTES_CHECK(x)) return int_parse(I, BYTES_DATA(x), (size_t)BYTES_LEN(x), 10, true, x);
    return err_format(
        I, I->e_TypeError,
        "int() argument must be a string, a bytes-like object or a %snumber, not '%T'",
        I->prof->real_number_msg ? "real " : "", x);
}

static Obj *int_with_base(Interp *I, Obj *x, Obj *obase) {
    int64_t base = int_as_i64(I, obase);
    if (base == -1 && err_occurred(I)) {
        if (!err_matches(I, I->e_OverflowError)) return NULL;
        err_clear(I);
        base = 99;
    }
    if (base != 0 && (base < 2 || base > 36))
        return err_string(I, I->e_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (STR_CHECK(x)) {
        Ssize n;
        const char *s = str_utf8(I, x, &n);
        return s ? int_parse(I, s, (size_t)n, (int)base, true, x) : NULL;
    }
    if (BYTES_CHECK(x))
        return int_parse(I, BYTES_DATA(x), (size_t)BYTES_LEN(x), (int)base, true, x);
    return err_string(I, I->e_TypeError, "int() can't convert non-string with explicit base");
}

/* An instance of an int subclass with v's value (v stolen). */
static Obj *int_subtype_new(Interp *I, TypeObj *type, Obj *v) {
    if (!v) return NULL;
    Ssize n = int_absize(v);
    Obj *o = obj_alloc(I, type, n > 0 ? n : 1);
    if (o) {
        VSIZE(o) = VSIZE(v);
        memcpy(IDIG(o), IDIG(v), (size_t)(n > 0 ? n : 1) * sizeof(Digit));
        if (TYPE_HAS(type, TPF_HAVE_GC)) gc_track(I, o);
    }
    DECREF(I, v);
    return o;
}

static const char *const int_new_names[] = {"", "base"};
static const ArgSpec int_new_spec = {"int", int_new_names, 2, 2, 1, 0};

Obj *int_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[2];
    if (!args_parse(I, &int_new_spec, args, nargs, kwnames, a)) return NULL;
    Obj *r;
    if (!a[0]) {
        if (a[1]) return err_string(I, I->e_TypeError, "int() missing string argument");
        r = NEWREF(SMALL_INT(I, 0));
    } else if (a[1]) {
        r = int_with_base(I, a[0], a[1]);
    } else {
        r = int_from_object(I, a[0]);
    }
    if (!r || type == I->t_int) return r;
    return int_subtype_new(I, type, r);
}

/* ---- methods */

static Obj *no_attr(Interp *I, Obj *self, const char *name) {
    return err_format(I, I->e_AttributeError, "'%T' object has no attribute '%s'", self, name);
}

static Obj *int_m_exact(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return la_copy(I, self);
}

static Obj *int_bit_length_m(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_i64(I, int_bit_length(self));
}

static Obj *int_bit_count_m(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!I->prof->int_bit_count) return no_attr(I, self, "bit_count");
    int64_t c = 0;
    for (Ssize i = 0; i < int_absize(self); i++) c += __builtin_popcount(IDIG(self)[i]);
    return int_from_i64(I, c);
}

static Obj *int_is_integer_m(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!I->prof->int_is_integer) return no_attr(I, self, "is_integer");
    return NEWREF(I->true_);
}

static Obj *int_as_integer_ratio_m(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!I->prof->int_as_integer_ratio) return no_attr(I, self, "as_integer_ratio");
    Obj *num = la_copy(I, self);
    if (!num) return NULL;
    Obj *t = tuple_pack(I, 2, num, SMALL_INT(I, 1));
    DECREF(I, num);
    return t;
}

static Obj *int_getnewargs(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    Obj *num = la_copy(I, self);
    if (!num) return NULL;
    Obj *t = tuple_pack(I, 1, num);
    DECREF(I, num);
    return t;
}

/* round(x, -n): to a multiple of 10**n, ties to even (CPython's _PyLong_DivmodNear). */
static Obj *int_round_neg(Interp *I, Obj *self, Obj *ndigits) {
    Obj *m = la_neg(I, ndigits), *p = m ? la_pow(I, SMALL_INT(I, 10), m, NULL) : NULL;
    XDECREF(I, m);
    Obj *q = NULL, *r = NULL, *twice = NULL, *res = NULL;
    if (!p || !la_floordivmod(I, self, p, &q, &r)) goto done;
    if (!(twice = la_add(I, r, r))) goto done;
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && (IDIG(q)[0] & 1))) SETREF(I, q, la_add(I, q, SMALL_INT(I, 1)));
    if (q) res = la_mul(I, q, p);
done:
    XDECREF(I, p);
    XDECREF(I, q);
    XDECREF(I, r);
    XDECREF(I, twice);
    return res;
}

static Obj *int_round_m(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (!args_count(I, "__round__", nargs, 0, 1)) return NULL;
    if (nargs == 0 || args[0] == I->none) return la_copy(I, self);
    Obj *nd = num_index(I, args[0]);
    if (!nd) return NULL;
    Obj *r = VSIZE(nd) >= 0 ? la_copy(I, self) : int_round_neg(I, self, nd);
    DECREF(I, nd);
    return r;
}

static Obj *int_format_m(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw, (void)nargs;
    if (!STR_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "__format__() argument must be str, not %T", args[0]);
    return num_format_int(I, self, args[0]);
}

static Obj *int_sizeof_m(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    /* CPython's figure: a 24-byte header plus 4 bytes a digit (3.11+: zero has one digit) */
    Ssize nd = int_absize(self);
    if (nd == 0 && I->prof->int_sizeof_zero_digit) nd = 1;
    return int_from_i64(I, 24 + 4 * (int64_t)nd);
}

/* ---- to_bytes / from_bytes */

static int parse_byteorder(Interp *I, Obj *o) {
    if (!o) return 1; /* 'big' */
    if (!STR_CHECK(o))
        return err_format(I, I->e_TypeError, "to_bytes() argument 'byteorder' must be str, not %T",
                          o),
               -1;
    if (str_eq_cstr(o, "little")) return 0;
    if (str_eq_cstr(o, "big")) return 1;
    err_string(I, I->e_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed"};
static const ArgSpec to_bytes_spec = {"to_bytes", to_bytes_names, 3, 2, 0, 2};
static const ArgSpec to_bytes_spec_311 = {"to_bytes", to_bytes_names, 3, 2, 0, 0};

/* Little-endian two's complement bytes of v into buf[0..len); false if it does not fit. */
static bool int_to_le_bytes(Obj *v, unsigned char *buf, Ssize len, bool is_signed) {
    Ssize n = int_absize(v);
    const Digit *d = IDIG(v);
    bool neg = VSIZE(v) < 0;
    TwoDigits acc = 0;
    int accbits = 0;
    unsigned carry = 1; /* two's complement of a negative: invert and add one */
    Ssize i = 0, j = 0;
    for (; j < len; j++) {
        if (accbits < 8 && i < n) {
            acc |= (TwoDigits)d[i++] << accbits;
            accbits += INT_SHIFT;
        }
        unsigned b = (unsigned)(acc & 0xFF);
        acc >>= 8;
        accbits -= 8;
        if (neg) {
            b = (b ^ 0xFF) + carry;
            carry = b >> 8;
            b &= 0xFF;
        }
        buf[j] = (unsigned char)b;
    }
    if (acc != 0 || i < n) return false; /* bits left over */
    if (!is_signed) return true;
    bool top = len > 0 && (buf[len - 1] & 0x80);
    if (len == 0) return VSIZE(v) == 0;
    return neg ? top : !top;
}

static Obj *int_to_bytes_m(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[3];
    const ArgSpec *spec = I->prof->int_bytes_defaults ? &to_bytes_spec_311 : &to_bytes_spec;
    if (!args_parse(I, spec, args, nargs, kwnames, a)) return NULL;
    Ssize len = 1;
    if (a[0] && (len = num_as_ssize(I, a[0], NULL)) == -1 && err_occurred(I)) return NULL;
    if (len < 0) return err_string(I, I->e_ValueError, "length argument must be non-negative");
    int big = parse_byteorder(I, a[1]);
    int is_signed = a[2] ? obj_is_true(I, a[2]) : 0;
    if (big < 0 || is_signed < 0) return NULL;
    if (!is_signed && VSIZE(self) < 0)
        return err_string(I, I->e_OverflowError, "can't convert negative int to unsigned");
    unsigned char *buf = mem_alloc(I, (size_t)len + 1);
    if (!buf) return NULL;
    if (!int_to_le_bytes(self, buf, len, is_signed)) {
        mem_free(buf);
        return err_string(I, I->e_OverflowError, "int too big to convert");
    }
    if (big)
        for (Ssize i = 0, k = len - 1; i < k; i++, k--) {
            unsigned char t = buf[i];
            buf[i] = buf[k];
            buf[k] = t;
        }
    Obj *r = bytes_from(I, (const char *)buf, len);
    mem_free(buf);
    return r;
}

static Obj *int_from_le_bytes(Interp *I, const unsigned char *b, Ssize len, bool is_signed) {
    bool neg = is_signed && len > 0 && (b[len - 1] & 0x80);
    Ssize nd = (len * 8 + INT_SHIFT - 1) / INT_SHIFT;
    IntObj *v = la_alloc(I, nd);
    if (!v) return NULL;
    TwoDigits acc = 0;
    int accbits = 0;
    unsigned carry = 1;
    Ssize k = 0;
    for (Ssize j = 0; j < len; j++) {
        unsigned x = b[j];
        if (neg) {
            x = (x ^ 0xFF) + carry;
            carry = x >> 8;
            x &= 0xFF;
        }
        acc |= (TwoDigits)x << accbits;
        accbits += 8;
        if (accbits >= INT_SHIFT) {
            v->digits[k++] = (Digit)(acc & INT_MASK);
            acc >>= INT_SHIFT;
            accbits -= INT_SHIFT;
        }
    }
    if (accbits) v->digits[k++] = (Digit)acc;
    if (neg) VSIZE(v) = -nd;
    return la_norm(I, v);
}

static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed"};
static const ArgSpec from_bytes_spec = {"from_bytes", from_bytes_names, 3, 2, 0, 2};
static const ArgSpec from_bytes_spec_311 = {"from_bytes", from_bytes_names, 3, 2, 0, 1};

/* bytes(x) for from_bytes: bytes as they are, else an iterable of ints in range(256). */
static Obj *as_bytes(Interp *I, Obj *x) {
    if (BYTES_CHECK(x)) return NEWREF(x);
    if (STR_CHECK(x)) return err_string(I, I->e_TypeError, "cannot convert 'str' object to bytes");
    Obj *lst = seq_list(I, x);
    if (!lst) return NULL;
    Obj *t = seq_tuple(I, lst);
    DECREF(I, lst);
    if (!t) return NULL;
    Ssize n = TUPLE_LEN(t);
    char *buf = mem_alloc(I, (size_t)n + 1);
    Obj *r = NULL;
    if (!buf) goto done;
    for (Ssize i = 0; i < n; i++) {
        Ssize v = num_as_ssize(I, TUPLE_GET(t, i), NULL);
        if (v == -1 && err_occurred(I)) goto done;
        if (v < 0 || v > 255) {
            err_string(I, I->e_ValueError, "bytes must be in range(0, 256)");
            goto done;
        }
        buf[i] = (char)v;
    }
    r = bytes_from(I, buf, n);
done:
    mem_free(buf);
    DECREF(I, t);
    return r;
}

static Obj *int_from_bytes_m(Interp *I, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[3];
    const ArgSpec *spec = I->prof->int_bytes_defaults ? &from_bytes_spec_311 : &from_bytes_spec;
    if (!args_parse(I, spec, args, nargs, kwnames, a)) return NULL;
    int big = parse_byteorder(I, a[1]);
    int is_signed = a[2] ? obj_is_true(I, a[2]) : 0;
    if (big < 0 || is_signed < 0) return NULL;
    Obj *b = as_bytes(I, a[0]);
    if (!b) return NULL;
    Ssize len = BYTES_LEN(b);
    const unsigned char *src = (const unsigned char *)BYTES_DATA(b);
    unsigned char *le = mem_alloc(I, (size_t)len + 1);
    Obj *r = NULL;
    if (le) {
        for (Ssize i = 0; i < len; i++) le[i] = big ? src[len - 1 - i] : src[i];
        r = int_from_le_bytes(I, le, len, is_signed);
        mem_free(le);
    }
    DECREF(I, b);
    if (r && (TypeObj *)cls != I->t_int) SETREF(I, r, obj_call1(I, cls, r));
    return r;
}

const MethodDef int_methods[] = {
    {"conjugate", int_m_exact, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_m, METH_NOARGS,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_m, METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes_m, METH_FASTCALL | METH_KEYWORDS,
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes_m, METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio_m, METH_NOARGS,
     "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", int_is_integer_m, METH_NOARGS,
     "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__", int_m_exact, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_m_exact, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_exact, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", int_round_m, METH_FASTCALL,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an "
     "integer."},
    {"__getnewargs__", int_getnewargs, METH_NOARGS, NULL},
    {"__format__", int_format_m, METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof_m, METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static Obj *int_get_self(Interp *I, Obj *o, void *c) {
    (void)c;
    return la_copy(I, o);
}
static Obj *int_get_zero(Interp *I, Obj *o, void *c) {
    (void)o, (void)c;
    return NEWREF(SMALL_INT(I, 0));
}
static Obj *int_get_one(Interp *I, Obj *o, void *c) {
    (void)o, (void)c;
    return NEWREF(SMALL_INT(I, 1));
}

const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
