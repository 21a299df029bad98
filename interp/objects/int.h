/* int.h: arbitrary-precision integers (CPython's layout: 30-bit digits, sign in ob_size) and
 * bool. Values -5..256 are the shared I->small_ints, as in CPython. Implemented in int.c, bool.c.
 */
#ifndef SLOTSCOPE_INT_H
#define SLOTSCOPE_INT_H

#include "vm/interp.h"

typedef uint32_t Digit;
#define INT_SHIFT 30
typedef struct IntObj {
    VarObj ob;       /* ob.size: number of digits, negative for negative numbers, 0 for 0 */
    Digit digits[1]; /* 1 for 0 too, as CPython */
} IntObj;

Obj *int_from_i64(Interp *I, int64_t v);
Obj *int_from_u64(Interp *I, uint64_t v);
Obj *int_from_double(Interp *I, double d); /* int(3.7); OverflowError/ValueError for inf/nan */
/* Parse a literal or int(str, base): text may have sign, underscores, whitespace (as int()). */
Obj *int_from_string(Interp *I, const char *s, size_t len, int base);
/* -1 with OverflowError ("Python int too large to convert to C long") if it does not fit. */
int64_t int_as_i64(Interp *I, Obj *o);
/* Non-raising: true and *out if o (an int) fits in int64. */
bool int_fits_i64(Obj *o, int64_t *out);
double int_as_double(Interp *I, Obj *o); /* OverflowError "int too large to convert to float" */
int int_sign(Obj *o);
Obj *int_to_decimal_string(Interp *I, Obj *o); /* str(); honours the 4300-digit limit */
Obj *int_to_base_string(Interp *I, Obj *o, int base, bool prefix); /* bin/oct/hex */
Hash int_hash_value(Obj *o);
int int_compare(Obj *a, Obj *b);   /* -1/0/1 */
Obj *bool_from(Interp *I, bool b); /* new reference to True/False */
size_t int_ndigits(Obj *o);        /* |ob_size|, for the memory model */

/* ---- added by the numbers part */

/* The numbers' interpreter state (I->num): small ints -5..256, True/False, the float
 * freelist and the int<->str digit limit. vm/interp.c calls num_init once the builtin types
 * are ready and num_fini late in interp_free (it drops the small ints and the bools). */
bool num_init(Interp *I);
void num_fini(Interp *I);
/* sys.set_int_max_str_digits (ValueError "maxdigits must be 0 or larger than 640") and
 * sys.get_int_max_str_digits. The limit only applies when I->prof->int_max_str_digits. */
bool int_set_max_str_digits(Interp *I, Ssize n);
Ssize int_get_max_str_digits(Interp *I);

/* An exact int equal to o (an int or int subclass instance): the object itself for exact
 * ints (new reference), a copy otherwise (what int.__int__/__index__ return). */
Obj *int_exact(Interp *I, Obj *o);
/* Literal parsing for the compiler: like int_from_string but the text is a Python literal
 * (never hits the str->int digit limit, as CPython's compiler doesn't). */
Obj *int_from_literal(Interp *I, const char *s, size_t len);
/* int(x) with CPython's rules for the profile (__int__, __index__, __trunc__, str, bytes). */
Obj *int_from_object(Interp *I, Obj *x);
Ssize int_bit_length(Obj *o);
/* The `%` operator's number conversions (str % args), called by strformat.c for the types
 * d i u o x X e E f F g G. flags: NUMF_* below; width/prec: -1 when not given. Raises
 * CPython's TypeErrors ("%d format: a real number is required, not str", "must be real
 * number, not str", "%x format: an integer is required, not float"). Returns a str. */
enum { NUMF_LJUST = 1, NUMF_SIGN = 2, NUMF_BLANK = 4, NUMF_ALT = 8, NUMF_ZERO = 16 };
Obj *num_percent_format(Interp *I, Obj *v, char type, int flags, Ssize width, Ssize prec);

#endif
