/* gc.h: object memory and the cycle collector (CPython's gcmodule.c and obmalloc's role).
 * obj_alloc/obj_free/gc_track/mem_* are declared in object.h; this adds the collector's
 * interface for the gc module and the interpreter's start-up and shutdown. */
#ifndef SLOTSCOPE_GC_H
#define SLOTSCOPE_GC_H

#include "vm/interp.h"

/* The size of the header in front of GC objects (struct GcHead in gc.c). */
#define GC_HEAD_SIZE 32

bool gc_init(Interp *I);
/* Free every object still tracked (without running destructors): interpreter teardown. */
void gc_fini(Interp *I);

/* gc.collect(): collect every generation; returns the number of unreachable objects found
 * (as CPython's gc.collect() does), -1 with an error only on a failure of the collector. */
Ssize gc_collect(Interp *I);
/* gc.enable()/gc.disable()/gc.isenabled(): automatic collection by allocation thresholds. */
void gc_set_enabled(Interp *I, bool on);
bool gc_is_enabled(Interp *I);
/* gc.get_count() (gen0, gen1, gen2) and gc.get_threshold()/set_threshold(). */
void gc_get_count(Interp *I, Ssize out[3]);
void gc_get_threshold(Interp *I, Ssize out[3]);
void gc_set_threshold(Interp *I, const Ssize th[3]);
/* An instance __dict__ was handed out (obj.__dict__, vars()): gc counts it from then on. */
void gc_mark_exposed(Obj *dict);
/* Has the object's finalizer (__del__) run already (PEP 442: it runs once)? */
bool gc_is_finalized(Obj *o);
void gc_set_finalized(Obj *o);
/* Run tp_finalize once with resurrection detection, as PyObject_CallFinalizerFromDealloc:
 * returns true if the object was resurrected (its dealloc must stop). */
bool gc_call_finalizer_from_dealloc(Interp *I, Obj *o);

/* The trashcan for deallocators of containers (CPython's Py_TRASHCAN_BEGIN/END): call
 *     gc_untrack(I, o); if (!gc_trash_begin(I, o)) return; ...free...; gc_trash_end(I);
 * past 50 nested deallocations the object is put off and freed later, by its dealloc again,
 * so a long chain of objects does not overflow the C stack. */
bool gc_trash_begin(Interp *I, Obj *o);
void gc_trash_end(Interp *I);
/* Adjust the nesting depth (subtype_dealloc around its base's dealloc: one level only). */
void gc_trash_pause(Interp *I, int delta);

/* ---- tracemalloc (model/ledger.h): every object block carries the trace of the block
 * CPython X.Y would have allocated for it. obj_alloc traces the type's CPython size (the
 * model's layout); types whose CPython size depends on more than the item count, or that
 * CPython keeps on freelists, use obj_alloc_untraced and trace it themselves. */
typedef struct ObjTrace {
    uint32_t token; /* MTrace: 0 = not traced */
    uint32_t size;
} ObjTrace;
Obj *obj_alloc_untraced(Interp *I, TypeObj *type, Ssize nitems);
ObjTrace *obj_trace(Obj *o);
/* Trace o's block as `size` bytes (if tracemalloc is tracing), or forget its trace. */
void obj_trace_alloc(Interp *I, Obj *o, ptrdiff_t size);
void obj_trace_free(Interp *I, Obj *o);
/* Objects CPython keeps on a freelist (model/ledger.h's ModelFreelist): the block is reused
 * from / returned to the ledger's list, which allocates / frees only when it is empty / full.
 * Called for every such object, traced or not, so the list holds what CPython's would. */
void obj_trace_from(Interp *I, Obj *o, int freelist, ptrdiff_t size);
void obj_trace_to(Interp *I, Obj *o, int freelist);
/* The size CPython X.Y requests for an object of t with nitems items (0: not modelled). */
ptrdiff_t obj_model_size(Interp *I, TypeObj *t, Ssize nitems);

/* Provided by the modules part (vm/weakref.c): clear and notify the weak references to o. */
void weakref_clear(Interp *I, Obj *o);

#endif
