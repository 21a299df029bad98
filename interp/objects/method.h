/* method.h: bound methods (a function plus the instance it was looked up on). method.c. */
#ifndef SLOTSCOPE_METHOD_H
#define SLOTSCOPE_METHOD_H

#include "vm/interp.h"

typedef struct MethodObj {
    Obj ob;
    Obj *func, *self;
    Obj *weakreflist;
} MethodObj;

#define METHOD(o) ((MethodObj *)(o))
Obj *method_new(Interp *I, Obj *func, Obj *self); /* increfs both */

#endif
