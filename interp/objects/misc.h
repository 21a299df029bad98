/* misc.h: small containers and iterators: range, slice, the sequence/callable iterators and
 * enumerate, zip, map, filter, reversed. Implemented in range.c, slice.c, iter.c. */
#ifndef SLOTSCOPE_MISC_H
#define SLOTSCOPE_MISC_H

#include "vm/interp.h"

typedef struct SliceObj {
    Obj ob;
    Obj *start, *stop, *step;
} SliceObj;

Obj *slice_new(Interp *I, Obj *start, Obj *stop, Obj *step);   /* NULLs mean None; increfs */
/* Resolve a slice against a length, as PySlice_GetIndicesEx; false + error on a bad slice. */
bool slice_indices(Interp *I, Obj *slice, Ssize length, Ssize *start, Ssize *stop, Ssize *step,
                   Ssize *slicelen);
Obj *range_new_i64(Interp *I, int64_t start, int64_t stop, int64_t step);
Obj *seq_iter_new(Interp *I, Obj *seq);               /* iterator over __getitem__ */
Obj *callable_iter_new(Interp *I, Obj *callable, Obj *sentinel);

#endif
