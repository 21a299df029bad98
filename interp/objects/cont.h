/* cont.h: private to the container files (tuple, list, dict, set, range, slice, iter): the
 * per-interpreter ContainerState, the repr recursion guard, version features and helpers. */
#ifndef SLOTSCOPE_CONT_H
#define SLOTSCOPE_CONT_H

#include "model/profile.h"
#include "vm/interp.h"

/* Freelist sizes, as CPython 3.12 (Include/internal/pycore_*.h). */
#define CONT_TUPLE_MAXSAVESIZE 20   /* tuples of length 1..19 are kept */
#define CONT_TUPLE_MAXFREELIST 2000 /* per length */
#define CONT_LIST_MAXFREELIST 80
#define CONT_DICT_MAXFREELIST 80

struct ContainerState {
    Obj *tuple_free[CONT_TUPLE_MAXSAVESIZE]; /* chained through items[0] */
    int tuple_numfree[CONT_TUPLE_MAXSAVESIZE];
    Obj *list_free[CONT_LIST_MAXFREELIST];
    int list_numfree;
    Obj *dict_free[CONT_DICT_MAXFREELIST];
    int dict_numfree;
    Obj **repr_stack; /* objects whose repr is in progress (Py_ReprEnter) */
    Ssize repr_len, repr_cap;
    uint64_t dict_version; /* global counter: a dict's version is unique across dicts */
};

/* ---- Version features. CPython behaviours that differ by version, asked by name. They live
 * here until model/profile.h grows fields for them. */
static inline int cont_ver(const Interp *I) { return I->prof->major * 100 + I->prof->minor; }
static inline bool cont_tuplehash_xx(const Interp *I) { return cont_ver(I) >= 308; } /* xxHash */
static inline bool cont_dict_reversible(const Interp *I) { return cont_ver(I) >= 308; }
static inline bool cont_dict_union(const Interp *I) { return cont_ver(I) >= 309; }
static inline bool cont_zip_strict(const Interp *I) { return cont_ver(I) >= 310; }
static inline bool cont_slice_hashable(const Interp *I) { return cont_ver(I) >= 312; }
static inline bool cont_view_mapping(const Interp *I) { return cont_ver(I) >= 310; }

/* ---- Helpers shared by the container files (cont.c). */
/* Py_ReprEnter/Py_ReprLeave: 1 if o's repr is already in progress, 0 entered, -1 error. */
int cont_repr_enter(Interp *I, Obj *o);
void cont_repr_leave(Interp *I, Obj *o);
/* PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt; -1 with an error. */
Ssize cont_length_hint(Interp *I, Obj *o, Ssize dflt);
/* PySequence_Fast: o itself if an exact list/tuple, else list(o); TypeError(msg) if o is not
 * iterable. */
Obj *cont_seq_fast(Interp *I, Obj *o, const char *msg);
/* An int from a C size. */
Obj *cont_int(Interp *I, Ssize v);
/* Index conversion for subscripts: o must have __index__; IndexError on overflow. */
bool cont_is_index(Obj *o);
Ssize cont_as_index(Interp *I, Obj *o);
/* Raise KeyError(key) with the key as the only argument even if it is a tuple. */
void cont_key_error(Interp *I, Obj *key);
/* "<typename object at 0x...>" */
Obj *cont_default_repr(Interp *I, Obj *o);
/* The hash of a key with the fast path for exact str. -1 with an error. */
Hash cont_hash(Interp *I, Obj *key);
/* tp_iter returning self (PyObject_SelfIter). */
Obj *cont_self_iter(Interp *I, Obj *o);

/* Functions one container file provides to another. */
Obj *set_new_of_type(Interp *I, TypeObj *type, Obj *iterable); /* set.c */
bool set_next_entry(Obj *set, Ssize *pos, Obj **key, Hash *hash); /* set.c, borrowed */
bool set_add_known_hash(Interp *I, Obj *set, Obj *key, Hash hash); /* set.c */
bool set_difference_update_obj(Interp *I, Obj *set, Obj *other);  /* set.c: s.difference_update(o) */
bool set_symdiff_update_obj(Interp *I, Obj *set, Obj *other);     /* set.c */
Obj *set_intersection_obj(Interp *I, Obj *set, Obj *other);       /* set.c: s.intersection(o) */
#define ANYSET_CHECK(I, o) (type_is_subtype(TYPE(o), (I)->t_set) || type_is_subtype(TYPE(o), (I)->t_frozenset))
bool dict_next_entry(Obj *d, Ssize *pos, Obj **key, Obj **value, Hash *hash); /* dict.c */
int dict_contains_hash(Interp *I, Obj *d, Obj *key, Hash hash);   /* dict.c */
Obj *dictview_new(Interp *I, Obj *dict, TypeObj *type);          /* dictview.c */
Obj *dict_iter_new(Interp *I, Obj *dict, int kind);              /* 0 keys 1 values 2 items */
Obj *dict_reviter_new(Interp *I, Obj *dict, int kind);
Obj *list_iter_new(Interp *I, Obj *list);                      /* list.c */
Obj *tuple_iter_new(Interp *I, Obj *tuple);                    /* tuple.c */
Hash tuple_hash_items(Interp *I, Obj *const *items, Ssize n);  /* tuple.c */
bool list_preallocate(Interp *I, Obj *list, Ssize n);          /* list.c: exact, as CPython */
/* dict.c internals used by dictview.c */
typedef struct DictObj DictObj;
Ssize dict_nentries(Obj *d);
bool dict_entry_at(Obj *d, Ssize i, Obj **key, Obj **value); /* false: deleted slot */

#endif
