/* stubs.h: what the container unit test needs from its stubs (test-only). */
#ifndef CONT_STUBS_H
#define CONT_STUBS_H

#include "vm/interp.h"

typedef struct StubExc {
    Obj ob;
    Obj *arg; /* the message (a str) or the single argument (KeyError's key) */
} StubExc;

extern long stub_live_objects;
extern TypeObj stub_int_type, stub_bool_type, stub_str_type, stub_type_type;
void stub_init_exc_type(TypeObj *t, const char *name, TypeObj *base);
Obj *stub_new_simple(Interp *I, TypeObj *t);

#endif
