/* vm_int.h: what the VM's files share (not for other parts). */
#ifndef SLOTSCOPE_VM_INT_H
#define SLOTSCOPE_VM_INT_H

#include "vm/vm.h"

typedef struct VmState VmState;

enum { CHUNK_SIZE = 256 * 1024 };

struct StackChunk {
    StackChunk *prev, *next;
    char *top, *end;
    _Alignas(16) char data[];
};

/* A kept source text (traceback.c). */
struct VmSource {
    char *filename, *text;
    size_t len;
};

/* eval.c */
Obj *vm_eval(Interp *I, Frame *f, bool throwflag);
/* traceback.c */
typedef struct TracebackObj {
    Obj ob;
    Obj *next;       /* TracebackObj or NULL */
    Obj *code;       /* CodeObj */
    int lasti, lineno;
} TracebackObj;
/* frameobject.c: a frame object snapshot (globals/locals may be NULL: empty dicts) */
Obj *frameobj_new(Interp *I, Obj *code, int lineno, Obj *globals, Obj *locals, Obj *back);
/* buildclass.c */
Obj *vm_build_class_func(Interp *I);
/* raising helpers used by eval.c and gen.c */
Obj *vm_format_unbound(Interp *I, Frame *f, int idx);

#endif
