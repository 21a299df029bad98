/* module.h: module objects (CPython's moduleobject.c): a namespace dict with __name__, a repr
 * that says where the module came from, and PEP 562's module __getattr__. module.c. */
#ifndef SLOTSCOPE_MODULE_H
#define SLOTSCOPE_MODULE_H

#include "vm/interp.h"

typedef struct ModuleObj {
    Obj ob;
    Obj *dict;     /* never NULL */
    Obj *weaklist; /* weak references to the module */
    bool builtin;  /* a module written in C: repr says "(built-in)" */
} ModuleObj;

#define MODULE_CHECK(I, o) (TYPE(o) == (I)->t_module || obj_is_instance_of_type((o), (I)->t_module))
#define MODULE_DICT(o) (((ModuleObj *)(o))->dict)

/* A new module named `name` (a str) with __name__, __doc__, __package__, __loader__ and
 * __spec__ set as CPython's module_init_dict does. */
Obj *module_new(Interp *I, Obj *name);
Obj *module_new_cstr(Interp *I, const char *name, bool builtin);
/* Add v (stolen; NULL means an error is set and false is returned) under name. */
bool module_add(Interp *I, Obj *m, const char *name, Obj *v);
/* Add a NULL-terminated table of functions (builtin functions bound to the module). */
bool module_add_functions(Interp *I, Obj *m, const MethodDef *defs);
/* The module's name (borrowed str) or NULL without an error. */
Obj *module_name(Interp *I, Obj *m);

#endif
