/* gen.h: generator objects: a suspended frame plus send/throw/close. Implemented in gen.c. */
#ifndef SLOTSCOPE_GEN_H
#define SLOTSCOPE_GEN_H

#include "vm/interp.h"

struct Frame;
typedef struct GenExcInfo {
    Obj *exc;                  /* the exception being handled inside the generator, or NULL */
    struct GenExcInfo *prev;
} GenExcInfo;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct GenObj {
    Obj ob;
    struct Frame *frame;       /* owned (heap memory), NULL once finished */
    Obj *name, *qualname, *code;
    GenExcInfo exc_info;
    int state;
    Obj *weakreflist;
} GenObj;

#define GEN(o) ((GenObj *)(o))
/* A generator over a frame that is already set up (arguments bound); takes the frame. */
Obj *gen_new(Interp *I, struct Frame *f, Obj *func);
/* Resume with `send` (None for next()); *result gets the yielded value and 1 is returned, or
 * the return value and 0 (the generator finished), or NULL and -1 with an error set. */
int gen_send_ex(Interp *I, Obj *gen, Obj *send, Obj **result);
/* The general resume: send a value (pushed as the yield's result), throw the current error
 * into the frame, or continue without pushing (after a finished `yield from` delegate). */
enum { GEN_MODE_SEND, GEN_MODE_THROW, GEN_MODE_CONTINUE };
int gen_resume(Interp *I, Obj *gen, Obj *send, int mode, Obj **result);
/* gen.throw(exc): exc (an exception instance) is stolen; the next yielded value, or NULL with
 * the error (StopIteration(value) when the generator returned). */
Obj *gen_throw_exc(Interp *I, Obj *gen, Obj *exc);
bool gen_close(Interp *I, Obj *gen);
/* The iterator the generator currently delegates to with `yield from` (borrowed) or NULL. */
Obj *gen_yieldfrom(Obj *gen);

#endif
