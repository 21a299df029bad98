/* bytes.h: immutable byte strings (and bytearray if present). Implemented in bytes.c. */
#ifndef SLOTSCOPE_BYTES_H
#define SLOTSCOPE_BYTES_H

#include "vm/interp.h"

typedef struct BytesObj {
    VarObj ob;           /* ob.size: length */
    Hash hash;
    char data[1];        /* NUL-terminated */
} BytesObj;

#define BYTES_DATA(o) (((BytesObj *)(o))->data)
#define BYTES_LEN(o) VSIZE(o)
Obj *bytes_from(Interp *I, const char *s, Ssize len);
Obj *bytes_repr_of(Interp *I, Obj *b);

#endif
