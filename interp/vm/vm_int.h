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
/* frameobject.c: the frame object of an execution frame (borrowed: the frame owns it; made on
 * first use; a 3.12+ comprehension's frame gives its function's); NULL on MemoryError. */
Obj *frameobj_of(Interp *I, Frame *f);
/* The frame finishes (frame_pop): its frame object, if still referenced, keeps its line, its
 * variables and its caller's frame object; the frame's reference is dropped. */
void frameobj_detach(Interp *I, Frame *f);
/* The execution frame moved (frame_to_heap). */
void frameobj_moved(Obj *fobj, Frame *f);
/* A frame object's f_code (borrowed). */
Obj *frameobj_code(Obj *fobj);
/* buildclass.c */
Obj *vm_build_class_func(Interp *I);
/* raising helpers used by eval.c and gen.c */
Obj *vm_format_unbound(Interp *I, Frame *f, int idx);

#endif
