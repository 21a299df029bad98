/* longarith.h: private helpers of the int implementation (int.c, intstr.c, intmeth.c,
 * float.c, numformat.c): digit-array arithmetic on magnitudes (CPython's x_add, x_sub, k_mul,
 * x_divrem, written afresh) and the allocation/normalisation of IntObj. Not for other parts:
 * they use int.h. */
#ifndef SLOTSCOPE_LONGARITH_H
#define SLOTSCOPE_LONGARITH_H

#include "objects/int.h"

#define INT_BASE ((Digit)1 << INT_SHIFT)
#define INT_MASK ((Digit)(INT_BASE - 1))
typedef uint64_t TwoDigits;
typedef int64_t STwoDigits;

#define IDIG(o) (((IntObj *)(o))->digits)
#define ISIZE(o) VSIZE(o)
static inline Ssize int_absize(Obj *o) {
    Ssize s = VSIZE(o);
    return s < 0 ? -s : s;
}
/* Values of at most two digits (|v| < 2**60) fit an int64: the fast paths use this. */
static inline bool int_small2(Obj *o, int64_t *v) {
    Ssize s = VSIZE(o);
    const Digit *d = IDIG(o);
    switch (s) {
    case 0:
        *v = 0;
        return true;
    case 1:
        *v = (int64_t)d[0];
        return true;
    case -1:
        *v = -(int64_t)d[0];
        return true;
    case 2:
        *v = (int64_t)(((TwoDigits)d[1] << INT_SHIFT) | d[0]);
        return true;
    case -2:
        *v = -(int64_t)(((TwoDigits)d[1] << INT_SHIFT) | d[0]);
        return true;
    default:
        return false;
    }
}

/* NumState: the numbers' part of the interpreter (I->num). */
#define FLOAT_FREELIST_MAX 100 /* CPython's PyFloat_MAXFREELIST */
struct NumState {
    Ssize max_str_digits; /* sys.set_int_max_str_digits; 0 = no limit */
    Obj *float_free[FLOAT_FREELIST_MAX];
    int float_nfree;
};

/* A fresh exact int with |size| n (digits zeroed); NULL + MemoryError. */
IntObj *la_alloc(Interp *I, Ssize n);
/* Strip leading zero digits, give the shared small int for -5..256 (the argument is released
 * then). Steals v; returns an Obj * (never NULL for non-NULL v). */
Obj *la_norm(Interp *I, IntObj *v);
Obj *la_copy(Interp *I, Obj *v); /* an exact int equal to v (an int) */
Obj *la_from_digits(Interp *I, const Digit *d, Ssize n, bool neg); /* normalised */

/* Magnitude comparison and arithmetic on digit arrays. */
int la_cmp(const Digit *a, Ssize na, const Digit *b, Ssize nb);
Ssize la_bit_length_mag(const Digit *d, Ssize n);
/* |a| + |b| and |a| - |b| as new (unnormalised) ints; la_sub_mag's sign is that of |a|-|b|. */
IntObj *la_add_mag(Interp *I, Obj *a, Obj *b);
IntObj *la_sub_mag(Interp *I, Obj *a, Obj *b);
/* |a| * |b|: schoolbook, Karatsuba above a cut-off. */
IntObj *la_mul_mag(Interp *I, Obj *a, Obj *b);
/* out[0..n) = in / d (in place allowed); returns the remainder. */
Digit la_divrem1(Digit *out, const Digit *in, Ssize n, Digit d);
/* |a| divmod |b| (b nonzero): truncated quotient and remainder magnitudes, both new. */
bool la_divrem_mag(Interp *I, Obj *a, Obj *b, IntObj **q, IntObj **r);
/* out = in * m + add over n digits; returns the carry out digit. */
Digit la_muladd1(Digit *out, const Digit *in, Ssize n, Digit m, Digit add);

/* Signed operations on int objects (any int subclass; results are exact ints). */
Obj *la_add(Interp *I, Obj *a, Obj *b);
Obj *la_sub(Interp *I, Obj *a, Obj *b);
Obj *la_mul(Interp *I, Obj *a, Obj *b);
/* Python's floor division: *q and/or *r may be NULL when not wanted; ZeroDivisionError is the
 * caller's to raise (b must be nonzero). */
bool la_floordivmod(Interp *I, Obj *a, Obj *b, Obj **q, Obj **r);
Obj *la_neg(Interp *I, Obj *a);
Obj *la_abs(Interp *I, Obj *a);
Obj *la_lshift(Interp *I, Obj *a, uint64_t n);
Obj *la_rshift(Interp *I, Obj *a, uint64_t n);
Obj *la_bitop(Interp *I, Obj *a, Obj *b, char op);     /* '&', '|', '^' */
Obj *la_pow(Interp *I, Obj *base, Obj *exp, Obj *mod); /* exp >= 0; mod NULL or nonzero */
/* Correctly rounded a / b as a double (b nonzero); false + OverflowError. */
bool la_truediv(Interp *I, Obj *a, Obj *b, double *out);
/* Correctly rounded (round-half-even) conversion; false if it overflows (no error set). */
bool la_to_double(Obj *a, double *out);
/* frexp for ints: |a| ~ m * 2**e with 0.5 <= m < 1, correctly rounded; e may be huge. */
double la_frexp(Obj *a, int64_t *e);

/* int <-> text (intstr.c). */
Obj *int_str_limit_error(Interp *I, Ssize ndigits, bool parsing);
/* Decimal digits of |a| into a malloc'd buffer (mem_alloc); *len set; NULL + error. Honours
 * the max_str_digits limit when `check` is set. */
char *la_to_decimal(Interp *I, Obj *a, bool check, size_t *len);

/* Shared between the numbers' files. */
extern const MethodDef int_methods[];
extern const GetSetDef int_getset[];
extern const MethodDef float_methods[];
extern const GetSetDef float_getset[];
Obj *int_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *float_pow_values(Interp *I, double x, double y); /* x ** y with float's rules */
Obj *invalid_literal_error(Interp *I, const char *what, int base, Obj *orig); /* ValueError */
/* Parse an int; orig (a str or bytes, or NULL) is what the error message shows; limit: apply
 * the max_str_digits limit. */
Obj *int_parse(Interp *I, const char *s, size_t len, int base, bool limit, Obj *orig);

/* Float to text (dtoa.c), the role of CPython's PyOS_double_to_string: code 'e' 'f' 'g' 'r'
 * (or 'E' 'F' 'G' for upper case); flags DTSF_*. Returns a mem_alloc'd NUL-terminated string,
 * NULL + MemoryError. */
enum { DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8 };
char *num_double_to_string(Interp *I, double v, char code, int prec, int flags, size_t *len);
/* Exact decimal rounding of x to ndigits after the point (round-half-even on the exact
 * binary value), as CPython's double_round; false + OverflowError. */
bool num_double_round(Interp *I, double x, Ssize ndigits, double *out);

/* Version-dependent ZeroDivisionError texts (profile flags). */
Obj *int_zero_div_error(Interp *I, char op); /* op: '/' true div, '%' mod, 'd' // and divmod */

#endif
