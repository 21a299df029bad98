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
const char *type_name(TypeObj *t);         /* __name__ as a C string (no module prefix) */
Obj *type_qualname(Interp *I, TypeObj *t); /* new reference */
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

/* ---- Added by the object model part ---- */

/* Every type object is allocated as a HeapTypeObj: the weak reference list, then (classes
 * with __slots__) the member table of its slots, as CPython's PyHeapTypeObject. */
typedef struct HeapTypeObj {
    TypeObj type;
    Obj *weaklist;
    /* Bytes an instance has in front of its GC header: a class derived from a variable-size
     * builtin (int, str, tuple...) keeps its slots, __weakref__ and __dict__ there, at
     * negative offsets, so the base's items stay where the base's code expects them. */
    Ssize prefix;
    /* The model's shared key table of the class's instance dicts (PEP 412), or NULL. */
    struct ModelSharedKeys *cached_keys;
    MemberDef members[]; /* ob.size entries + a terminator */
} HeapTypeObj;
#define TYPE_PREFIX(t) (((HeapTypeObj *)(t))->prefix)

/* The hash slot of unhashable types (__hash__ = None): "unhashable type: 'list'". */
Hash hash_not_implemented(Interp *I, Obj *o);

/* Per-interpreter state: the method cache (version tag + name -> attribute). */
bool typestate_init(Interp *I);
void typestate_fini(Interp *I);
/* Builtin types made on first use and kept in the TypeState (objects/genericalias.c). */
enum { TYPE_EXTRA_ALIAS /* types.GenericAlias */, TYPE_EXTRA_UNION /* types.UnionType */,
       TYPE_EXTRA_COUNT };
TypeObj *type_extra(Interp *I, int which); /* NULL + error if it cannot be made */
void type_extra_clear(Interp *I);          /* teardown pass 1 (mods_fini_sys): drop their dicts */
/* list[int] (3.9+): a types.GenericAlias of origin and args (a tuple, or one argument). */
Obj *genericalias_new(Interp *I, Obj *origin, Obj *args);
/* a | b for classes, aliases and unions: a types.UnionType (3.10+), else NotImplemented. */
Obj *genericalias_union_or(Interp *I, Obj *a, Obj *b);
/* Free a builtin type made by type_from_template (interpreter teardown). */
void type_free_static(Interp *I, TypeObj *t);

/* type(o).__module__ + "." + __qualname__ as the repr of classes prints ("__main__.Foo",
 * "int" for builtins), new reference. */
Obj *type_full_name(Interp *I, TypeObj *t);
/* t's __module__ (new reference; "builtins" for C types without a dot in their name). */
Obj *type_module(Interp *I, TypeObj *t);
/* Do the instances of t have a __dict__ / accept weak references? */
bool type_has_dict(TypeObj *t);
/* The type's MRO search for name without the cache (for the slot machinery). */
Obj *type_lookup_uncached(Interp *I, TypeObj *t, Obj *name);
/* type.__call__: t(args): __new__ then __init__. */
Obj *type_call(Interp *I, Obj *type, Obj *const *args, size_t nargs, Obj *kwnames);
/* The generic type attribute setting (type.__setattr__), updating slots and caches. */
int type_setattro(Interp *I, Obj *type, Obj *name, Obj *value);
/* Called by instances' subtype_dealloc and by type_dealloc: remove t from its bases'
 * __subclasses__. */
void type_remove_subclass(Interp *I, TypeObj *t);

/* object.c: the object type's slots, used by class creation and the slot machinery. */
Obj *object_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
int object_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *object_repr(Interp *I, Obj *o);
Obj *object_str(Interp *I, Obj *o);
Obj *object_richcompare(Interp *I, Obj *a, Obj *b, int op);
Hash object_hash(Interp *I, Obj *o);
void subtype_dealloc(Interp *I, Obj *o);
int subtype_traverse(Obj *o, VisitFn visit, void *arg);
int subtype_clear(Interp *I, Obj *o);
/* A new __dict__ for an instance of t (sharing t's keys in the model's accounting). */
Obj *object_new_instance_dict(Interp *I, TypeObj *t);
/* dir() of a class: its dict and its bases' merged (type.__dir__). */
Obj *object_type_dir(Interp *I, Obj *type);
/* Make/free None, NotImplemented and Ellipsis (after their types are ready). */
bool objmodel_singletons_init(Interp *I);
void objmodel_singletons_fini(Interp *I);
/* The AttributeError of a missing attribute, in the profile's wording; NULL. */
Obj *object_no_attribute(Interp *I, Obj *o, Obj *name);

/* ---- Needed from dict.c (weak until it provides them; the object model checks for NULL):
 * instance dicts that share their class's keys, so that sys.getsizeof of an instance
 * __dict__ follows CPython's split tables / 3.11+ values (model/dictmodel.h). */
struct ModelSharedKeys;
/* A new instance dict over the class's keys (model_instance_created, and model_instance_dict
 * where the version makes the dict at once); inline_values: the class's 3.13 layout. */
__attribute__((weak)) Obj *dict_new_instance(Interp *I, struct ModelSharedKeys **cls_keys,
                                             bool inline_values);
/* obj.name = v / del obj.name through the instance dict (model_instance_setattr/delattr for
 * names new to / removed from the instance); the del returns 1/0/-1 as dict_del. */
__attribute__((weak)) bool dict_set_instance(Interp *I, Obj *d, struct ModelSharedKeys **cls_keys,
                                             Obj *name, Obj *v);
__attribute__((weak)) int dict_del_instance(Interp *I, Obj *d, struct ModelSharedKeys **cls_keys,
                                            Obj *name);
/* obj.__dict__ is handed out (3.11+: the dict is materialised: model_instance_dict). */
__attribute__((weak)) void dict_materialize_instance(Interp *I, Obj *d,
                                                     struct ModelSharedKeys **cls_keys);

#endif
