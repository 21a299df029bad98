/* frame.h: execution frames. Frames of ordinary calls live in a per-interpreter stack arena
 * (one bump pointer, no malloc per call); a generator's frame is heap memory it owns.
 * Implemented in frame.c. */
#ifndef SLOTSCOPE_FRAME_H
#define SLOTSCOPE_FRAME_H

#include "objects/code.h"

/* A try block: where to go on an exception and how deep the value stack was. */
typedef struct Block {
    uint32_t handler, level;
} Block;

typedef struct Frame {
    struct Frame *back;       /* the calling frame (for tracebacks and locations) */
    CodeObj *code;            /* owned */
    Obj *func;                /* owned FuncObj, or NULL for module/exec code */
    Obj *globals, *builtins;  /* borrowed from func when there is one, else owned */
    Obj *locals;              /* owned dict (module, class body, exec) or NULL */
    const Word *ip;           /* next instruction */
    Obj **sp;                 /* value stack top, valid while the frame is not running */
    Block *blocks;
    int nblocks;
    int lasti;                /* index of the instruction being executed */
    struct GenObj *gen;       /* borrowed: the owning generator */
    Obj *fobj;                /* owned: its frame object once a program asked for it, or NULL */
    bool is_entry;            /* returning from it leaves the eval loop */
    bool on_heap;             /* allocated on the heap (generators) */
    bool yielded;             /* the last exit from the eval loop was a yield */
    Obj *localsplus[];        /* nlocalsplus locals/cells/frees, then the stack, then blocks */
} Frame;

#define FRAME_STACK_BASE(f) ((f)->localsplus + (f)->code->nlocalsplus)

/* A frame for `code` on the stack arena (or on the heap if it is a generator's), with all
 * locals NULL; NULL with RecursionError/MemoryError set. The frame owns a new reference to
 * every object argument. */
Frame *frame_push(Interp *I, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals);
/* Raw arena memory for a frame of `bytes` (FRAME_BYTES), uninitialised; NULL with MemoryError.
 * For the eval loop's call fast path, which fills the frame itself. */
Frame *frame_alloc_arena(Interp *I, size_t bytes);
#define FRAME_BYTES(co)                                                                            \
    ((sizeof(Frame) + sizeof(Obj *) * (size_t)((co)->nlocalsplus + (co)->stacksize) +              \
      sizeof(Block) * (size_t)(co)->maxblocks + 15) & ~(size_t)15)
/* Release a frame of frame_push: drops locals, stack items and references. */
void frame_pop(Interp *I, Frame *f);
/* Bind call arguments of func into f's locals, CPython's messages on a mismatch; then create
 * the cells and copy the closure. */
bool frame_bind_args(Interp *I, Frame *f, Obj *const *args, size_t nargs, Obj *kwnames);
/* For frames without arguments (module, class body): create cells, copy the closure. */
void frame_init_cells(Interp *I, Frame *f, Obj *closure);
/* Move an arena frame to the heap (for a generator); the arena frame is popped. */
Frame *frame_to_heap(Interp *I, Frame *f);
/* Drop a heap frame (generators). */
void frame_free_heap(Interp *I, Frame *f);
int frame_traverse(Frame *f, VisitFn visit, void *arg);
/* The current line of a frame. */
int frame_lineno(Frame *f);
/* A dict of the frame's variables as locals() shows them (new reference). */
Obj *frame_locals_dict(Interp *I, Frame *f);

#endif
