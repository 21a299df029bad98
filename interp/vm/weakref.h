/* weakref.h: weak references (CPython's weakrefobject.c): weakref.ref with callbacks, proxies.
 * A referent's weak references form a list whose head hangs off the referent at its type's
 * weaklistoffset; the referent's deallocator (and the GC) call weakref_clear. weakref.c. */
#ifndef SLOTSCOPE_WEAKREF_H
#define SLOTSCOPE_WEAKREF_H

#include "vm/interp.h"

typedef struct WeakrefObj {
    Obj ob;
    Obj *referent;                  /* borrowed; NULL once the referent is gone */
    Obj *callback;                  /* owned, or NULL */
    Hash hash;                      /* -1 until computed (kept after the referent dies) */
    struct WeakrefObj *prev, *next; /* the referent's list */
} WeakrefObj;

/* Called when o is being destroyed (refcount 0 or cyclic garbage): every weak reference to o
 * becomes dead, then the callbacks run, newest first as in CPython. Keeps I->exc intact. */
void weakref_clear(Interp *I, Obj *o);

/* weakref.ref(o, callback) / weakref.proxy(o, callback); callback may be NULL or None. */
Obj *weakref_new_ref(Interp *I, TypeObj *type, Obj *o, Obj *callback);
Obj *weakref_new_proxy(Interp *I, Obj *o, Obj *callback);
/* The referent (borrowed) or NULL when dead. */
static inline Obj *weakref_get(Obj *ref) {
    return ((WeakrefObj *)ref)->referent;
}
/* How many weak references o has (weakref.getweakrefcount), and a list of them. */
Ssize weakref_count(Obj *o);
Obj *weakref_list(Interp *I, Obj *o);

/* Set the type names for the version (weakref.ReferenceType from 3.10, weakref before); called
 * by interp_new between type_from_template and type_ready. */
void weakref_name_types(Interp *I);

#endif
