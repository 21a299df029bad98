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
/* PySlice_Unpack and PySlice_AdjustIndices: the two halves of slice_indices, for callers that
 * must re-read their length after __index__ ran (lists). slice_adjust returns the length. */
bool slice_unpack(Interp *I, Obj *slice, Ssize *start, Ssize *stop, Ssize *step);
Ssize slice_adjust(Ssize length, Ssize *start, Ssize *stop, Ssize step);
/* _PyEval_SliceIndex: an int (or __index__) clamped to the Ssize range; None leaves *out
 * alone. "slice indices must be integers or None or have an __index__ method" otherwise. */
bool slice_index_clamped(Interp *I, Obj *o, Ssize *out);
/* _PyEval_SliceIndexNotNone (list.index/tuple.index bounds): "slice indices must be integers
 * or have an __index__ method". */
bool slice_index_not_none(Interp *I, Obj *o, Ssize *out);
#define SLICE_CHECK(I, o) (TYPE(o) == (I)->t_slice)

Obj *range_new_i64(Interp *I, int64_t start, int64_t stop, int64_t step);
Obj *seq_iter_new(Interp *I, Obj *seq);               /* iterator over __getitem__ */
Obj *callable_iter_new(Interp *I, Obj *callable, Obj *sentinel);
/* reversed(seq) as the builtin does (__reversed__, else the sequence protocol). */
Obj *reversed_new(Interp *I, Obj *seq);
/* The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave), for any type's repr:
 * 1 if o's repr is already in progress (print "[...]"), 0 entered, -1 error. cont.c. */
int cont_repr_enter(Interp *I, Obj *o);
void cont_repr_leave(Interp *I, Obj *o);

#endif
