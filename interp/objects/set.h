/* set.h: set and frozenset. Implemented in set.c. */
#ifndef SLOTSCOPE_SET_H
#define SLOTSCOPE_SET_H

#include "vm/interp.h"

Obj *set_new(Interp *I, Obj *iterable);               /* iterable may be NULL */
Obj *frozenset_new(Interp *I, Obj *iterable);
bool set_add(Interp *I, Obj *set, Obj *key);
int set_contains(Interp *I, Obj *set, Obj *key);      /* 1/0/-1 */
int set_discard(Interp *I, Obj *set, Obj *key);       /* 1 removed, 0 absent, -1 error */
Ssize set_len(Obj *set);
bool set_next(Obj *set, Ssize *pos, Obj **key);       /* borrowed */
bool set_update(Interp *I, Obj *set, Obj *iterable);

#endif
