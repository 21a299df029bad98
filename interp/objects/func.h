/* func.h: Python function objects (def, lambda) and their argument binding with CPython's
 * messages. Implemented in func.c (the type) and vm/frame.c (binding into a frame). */
#ifndef SLOTSCOPE_FUNC_H
#define SLOTSCOPE_FUNC_H

#include "vm/interp.h"

typedef struct FuncObj {
    Obj ob;
    Obj *code;        /* a CodeObj */
    Obj *globals;     /* dict */
    Obj *builtins;    /* dict: globals['__builtins__'] (module or dict) or I->builtins */
    Obj *name, *qualname;
    Obj *defaults;    /* tuple or NULL */
    Obj *kwdefaults;  /* dict or NULL */
    Obj *closure;     /* tuple of cells or NULL */
    Obj *doc, *dict, *module, *annotations; /* may be NULL */
    Obj *weakreflist;
} FuncObj;

#define FUNC(o) ((FuncObj *)(o))
#define FUNC_CHECK(I, o) (TYPE(o) == (I)->t_function)

/* A function for code in globals; qualname NULL: the code's. */
Obj *func_new(Interp *I, Obj *code, Obj *globals, Obj *qualname);
/* The vectorcall entry (the type's call slot): binds the arguments, runs the body. */
Obj *func_vectorcall(Interp *I, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);
/* "f" or "C.f" as argument errors name the function for the profile. */
Obj *func_display_name(Interp *I, Obj *func);

#endif
