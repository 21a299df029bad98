/* descr.h: descriptor objects (CPython's descrobject.c and funcobject.c's property,
 * staticmethod, classmethod; typeobject.c's super; mappingproxy): member_descriptor,
 * getset_descriptor, method_descriptor, classmethod_descriptor, wrapper_descriptor,
 * method-wrapper, builtin_function_or_method. Implemented in descr.c (descriptors),
 * cfunc.c (builtin functions), property.c (property, staticmethod, classmethod), super.c. */
#ifndef SLOTSCOPE_DESCR_H
#define SLOTSCOPE_DESCR_H

#include "objects/slots.h"
#include "vm/interp.h"

/* Common head of the C-level descriptors: the class that defines them and their name. */
typedef struct DescrObj {
    Obj ob;
    TypeObj *objclass; /* borrowed: the descriptor lives in objclass's dict */
    Obj *name;         /* interned str */
} DescrObj;

typedef struct MethodDescrObj {
    DescrObj d;
    const MethodDef *def;
} MethodDescrObj;

typedef struct MemberDescrObj {
    DescrObj d;
    const MemberDef *def;
} MemberDescrObj;

typedef struct GetSetDescrObj {
    DescrObj d;
    const GetSetDef *def;
} GetSetDescrObj;

typedef struct WrapperDescrObj {
    DescrObj d;
    const SlotDef *slot; /* the slotdefs entry: name and wrapper function */
    void *wrapped;       /* the C slot function it calls */
} WrapperDescrObj;

typedef struct MethodWrapperObj {
    Obj ob;
    WrapperDescrObj *descr;
    Obj *self;
} MethodWrapperObj;

typedef struct CFuncObj {
    Obj ob;
    const MethodDef *def;
    Obj *self;   /* bound object, module, or NULL */
    Obj *module; /* __module__ or NULL */
    Obj *weakreflist;
} CFuncObj;

typedef struct PropertyObj {
    Obj ob;
    Obj *fget, *fset, *fdel, *doc, *name; /* NULL when absent */
    bool getter_doc;
} PropertyObj;

/* staticmethod and classmethod */
typedef struct FuncWrapObj {
    Obj ob;
    Obj *func;
    Obj *dict;
} FuncWrapObj;

typedef struct SuperObj {
    Obj ob;
    TypeObj *type;     /* the class super() was called for */
    Obj *obj;          /* the instance or class, or NULL (unbound super) */
    TypeObj *obj_type; /* the type whose MRO is searched */
} SuperObj;

typedef struct MappingProxyObj {
    Obj ob;
    Obj *mapping;
} MappingProxyObj;

/* Constructors (new references). */
Obj *method_descr_new(Interp *I, TypeObj *owner, const MethodDef *def);
Obj *classmethod_descr_new(Interp *I, TypeObj *owner, const MethodDef *def);
Obj *getset_descr_new(Interp *I, TypeObj *owner, const GetSetDef *def);
Obj *wrapper_descr_new(Interp *I, TypeObj *owner, const SlotDef *slot, void *wrapped);
Obj *method_wrapper_new(Interp *I, Obj *descr, Obj *self);
Obj *mappingproxy_new(Interp *I, Obj *mapping);
Obj *staticmethod_new(Interp *I, Obj *func);
Obj *classmethod_new(Interp *I, Obj *func);
Obj *property_new_from(Interp *I, Obj *fget, Obj *fset, Obj *fdel, Obj *doc);

/* Does the descriptor's type define __set__/__delete__ (a data descriptor)? */
static inline bool descr_is_data(Obj *d) {
    return TYPE(d)->descr_set != NULL;
}

/* Check that obj may use descriptor d of d->objclass: "descriptor 'x' for 'P' objects
 * doesn't apply to a 'int' object". */
bool descr_check(Interp *I, DescrObj *d, Obj *obj);

/* The name of a builtin function for messages: "len" or "list.append" as the profile wants. */
Obj *cfunc_display_name(Interp *I, Obj *func);
/* Call a MethodDef's function with the generic METH_NOARGS/METH_O/keyword checks; `name` is
 * what the arity messages print (without "()"). */
Obj *cfunc_call_def(Interp *I, const MethodDef *def, Obj *self, Obj *const *args, size_t nargs,
                    Obj *kwnames, Obj *name);

#endif
