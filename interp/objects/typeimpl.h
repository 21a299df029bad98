/* typeimpl.h: private to typeobject.c and classnew.c (class creation). */
#ifndef SLOTSCOPE_TYPEIMPL_H
#define SLOTSCOPE_TYPEIMPL_H

#include "vm/interp.h"

/* type_ready's part for classes: MRO, inherited slots, slot functions for the dunders. */
bool classnew_ready(Interp *I, TypeObj *t);
/* The C3 linearisation of t's bases (what type.mro() returns), a new tuple. */
Obj *classnew_mro(Interp *I, TypeObj *t);
/* C.__bases__ = v (v a non-empty tuple, checked by the caller). */
int classnew_set_bases(Interp *I, TypeObj *t, Obj *v);
/* The getset descriptors classes get for __dict__ and __weakref__. */
extern const GetSetDef classnew_dict_getset[];
extern const GetSetDef classnew_weakref_getset[];

#endif
