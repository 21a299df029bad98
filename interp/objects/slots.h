/* slots.h: the table linking dunder names to type slots (CPython's slotdefs), private to the
 * object model: typeobject.c adds wrapper descriptors for a C type's slots and installs slot
 * functions calling the dunder methods of classes; slots.c implements both directions. */
#ifndef SLOTSCOPE_SLOTS_H
#define SLOTSCOPE_SLOTS_H

#include "vm/interp.h"

typedef struct SlotDef SlotDef;
/* A wrapper descriptor's call: self and the arguments after it; `wrapped` is the C slot. */
typedef Obj *(*WrapperFn)(Interp *I, const SlotDef *sd, void *wrapped, Obj *self, Obj *const *args,
                          size_t nargs, Obj *kwnames);
struct SlotDef {
    const char *name;  /* "__add__" */
    size_t offset;     /* offsetof(TypeObj, nb_add) */
    void *function;    /* the slot function a class gets when it defines the name */
    WrapperFn wrapper; /* how a C type's slot is called as name */
    const char *doc;
    int flags;
};
enum { SLOTF_KEYWORDS = 1 /* the wrapper accepts keyword arguments (__init__, __call__) */ };

/* The table; the end has name NULL. Entries sharing a slot are adjacent. */
extern const SlotDef slotdefs[];
size_t slotdefs_count(void);

/* Add wrapper descriptors for the slots a C type sets itself (type_ready). */
bool slots_add_operators(Interp *I, TypeObj *t);
/* Set every slot of a class from the dunders its MRO defines (class creation). */
void slots_fixup(Interp *I, TypeObj *t);
/* An attribute `name` of class t changed: update the affected slots of t and its
 * subclasses. */
void slots_update(Interp *I, TypeObj *t, Obj *name);
/* Is name one of the slot dunders? */
bool slots_is_slot_name(Interp *I, Obj *name);

/* Slot functions used outside slots.c */
Obj *slot_tp_new_wrapper(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
