/* typeobject.h: type objects and class creation (CPython's typeobject.c): builtin types made
 * ready from their templates, classes made by `class` and type(name, bases, ns): C3 MRO,
 * __slots__ and the instance layout, slot functions that call dunder methods, super.
 * Implemented in typeobject.c (and slots.c for the dunder slot wrappers). */
#ifndef SLOTSCOPE_TYPEOBJECT_H
#define SLOTSCOPE_TYPEOBJECT_H

#include "vm/interp.h"

/* Start-up: make every builtin type (I->t_*, I->e_* are created by vm/interp.c with
 * type_from_template, then readied in list order). */
TypeObj *type_from_template(Interp *I, const TypeObj *tmpl, TypeObj *base);
bool type_ready(Interp *I, TypeObj *t);

/* type(name, bases, dict) / the class statement's metaclass call. */
Obj *type_new_class(Interp *I, TypeObj *meta, Obj *name, Obj *bases, Obj *ns, Obj *kwds);
/* Invalidate inline caches after the type (or a base) changed. */
void type_modified(Interp *I, TypeObj *t);
const char *type_name(TypeObj *t);           /* __name__ as a C string (no module prefix) */
Obj *type_qualname(Interp *I, TypeObj *t);   /* new reference */
/* The 'Did you mean' candidates for AttributeError: dir() of o as a list, or NULL. */
Obj *type_dir_for_suggestions(Interp *I, Obj *o);

/* A builtin function or bound builtin method object made from a MethodDef
 * (builtin_function_or_method). self may be NULL (a module function gets the module). */
Obj *cfunc_new(Interp *I, const MethodDef *def, Obj *self);
/* Add the functions of a NULL-terminated table to a dict (modules, builtins). */
bool cfunc_add_all(Interp *I, Obj *dict, const MethodDef *defs, Obj *self);

/* property/staticmethod/classmethod/member descriptors are in descr.c; their types are
 * I->t_property etc. */
Obj *member_descr_new(Interp *I, TypeObj *owner, const MemberDef *def);

#endif
