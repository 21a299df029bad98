/* int.h: arbitrary-precision integers (CPython's layout: 30-bit digits, sign in ob_size) and
 * bool. Values -5..256 are the shared I->small_ints, as in CPython. Implemented in int.c, bool.c. */
#ifndef SLOTSCOPE_INT_H
#define SLOTSCOPE_INT_H

#include "vm/interp.h"

typedef uint32_t Digit;
#define INT_SHIFT 30
typedef struct IntObj {
    VarObj ob;           /* ob.size: number of digits, negative for negative numbers, 0 for 0 */
    Digit digits[1];     /* 1 for 0 too, as CPython */
} IntObj;

Obj *int_from_i64(Interp *I, int64_t v);
Obj *int_from_u64(Interp *I, uint64_t v);
Obj *int_from_double(Interp *I, double d);          /* int(3.7); OverflowError/ValueError for inf/nan */
/* Parse a literal or int(str, base): text may have sign, underscores, whitespace (as int()). */
Obj *int_from_string(Interp *I, const char *s, size_t len, int base);
/* -1 with OverflowError ("Python int too large to convert to C long") if it does not fit. */
int64_t int_as_i64(Interp *I, Obj *o);
/* Non-raising: true and *out if o (an int) fits in int64. */
bool int_fits_i64(Obj *o, int64_t *out);
double int_as_double(Interp *I, Obj *o);            /* OverflowError "int too large to convert to float" */
int int_sign(Obj *o);
Obj *int_to_decimal_string(Interp *I, Obj *o);      /* str(); honours the 4300-digit limit */
Obj *int_to_base_string(Interp *I, Obj *o, int base, bool prefix); /* bin/oct/hex */
Hash int_hash_value(Obj *o);
int int_compare(Obj *a, Obj *b);                    /* -1/0/1 */
Obj *bool_from(Interp *I, bool b);                  /* new reference to True/False */
size_t int_ndigits(Obj *o);                         /* |ob_size|, for the memory model */

#endif
