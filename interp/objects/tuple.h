/* tuple.h: tuples (items inline, as CPython). Implemented in tuple.c. */
#ifndef SLOTSCOPE_TUPLE_H
#define SLOTSCOPE_TUPLE_H

#include "vm/interp.h"

typedef struct TupleObj {
    VarObj ob;
    Obj *items[1];
} TupleObj;

#define TUPLE_ITEMS(o) (((TupleObj *)(o))->items)
#define TUPLE_LEN(o) VSIZE(o)
#define TUPLE_GET(o, i) (((TupleObj *)(o))->items[i])
Obj *tuple_new(Interp *I, Ssize n);                   /* items NULL: fill with TUPLE_SET */
#define TUPLE_SET(o, i, v) (((TupleObj *)(o))->items[i] = (v)) /* steals v */
Obj *tuple_pack(Interp *I, Ssize n, ...);             /* borrowed items, increfs */
Obj *tuple_from_array(Interp *I, Obj *const *items, Ssize n); /* increfs */
Obj *tuple_slice(Interp *I, Obj *t, Ssize lo, Ssize hi);
/* Steal n references from items into a new tuple (for the VM's BUILD_TUPLE). */
Obj *tuple_from_array_steal(Interp *I, Obj *const *items, Ssize n);

/* The containers' per-interpreter state (freelists, the empty tuple, the repr recursion
 * guard): made by cont_init at start-up, before the type machinery (which needs dicts and
 * tuples), released by cont_fini when the interpreter is freed. Implemented in cont.c. */
bool cont_init(Interp *I);
void cont_fini(Interp *I);

#endif
