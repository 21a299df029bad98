/* float.h: float objects, their repr (shortest round-trip, as CPython's float_repr) and
 * number formatting used by format()/%/str.format. Implemented in float.c, numformat.c. */
#ifndef SLOTSCOPE_FLOAT_H
#define SLOTSCOPE_FLOAT_H

#include "vm/interp.h"

typedef struct FloatObj {
    Obj ob;
    double value;
} FloatObj;

#define FLOAT_VAL(o) (((FloatObj *)(o))->value)
Obj *float_from_double(Interp *I, double v);
/* float(o) as a C double: floats, ints, __float__, __index__; -1.0 + error on failure. */
double float_as_double(Interp *I, Obj *o);
/* repr(float) into buf (at least 32 bytes); returns length. */
size_t float_repr_buf(double v, char *buf);
Hash float_hash_value(double v);
Obj *float_from_string(Interp *I, Obj *str);        /* float('1.5'); ValueError as CPython */

/* The format-spec mini-language for numbers: format(int_or_float, spec) -> str.
 * (str's own format() is in str.c.) */
Obj *num_format_int(Interp *I, Obj *v, Obj *spec);
Obj *num_format_float(Interp *I, double v, Obj *spec);

#endif
