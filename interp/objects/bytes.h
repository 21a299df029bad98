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

/* bytearray: a growable buffer (ob.size: length; data NUL-terminated when allocated). */
typedef struct ByteArrayObj {
    VarObj ob;
    char *data;
    Ssize alloc;
} ByteArrayObj;
#define BYTEARRAY_DATA(o) (((ByteArrayObj *)(o))->data ? ((ByteArrayObj *)(o))->data : "")
#define BYTEARRAY_LEN(o) VSIZE(o)
Obj *bytearray_from(Interp *I, const char *s, Ssize len);

/* An uninitialised (zeroed) bytes of len bytes, to fill before anyone else sees it. */
Obj *bytes_new_raw(Interp *I, Ssize len);
/* bytes % values (the nb_mod slot of bytes). */
Obj *bytes_mod_format(Interp *I, Obj *fmt, Obj *values);

#endif
