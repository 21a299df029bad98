/* vm.h: the virtual machine's state and what the rest of the interpreter asks of it: running
 * code, the current frame's location and variables, the exception being handled, tracebacks,
 * recursion guards. The eval loop is eval.c. */
#ifndef SLOTSCOPE_VM_H
#define SLOTSCOPE_VM_H

#include <stdio.h>

#include "objects/gen.h"
#include "vm/frame.h"

typedef struct StackChunk StackChunk;

struct VmState {
    Frame *frame;              /* the innermost running frame, or NULL */
    StackChunk *chunk;         /* the frame arena's current chunk */
    GenExcInfo base_exc;       /* handled-exception chain: innermost first */
    GenExcInfo *exc_info;
    char *c_stack_limit;       /* raise RecursionError when the C stack goes below this */
    struct VmSource *srcs;     /* source texts tracebacks show lines from (C memory: not
                                * reported to the memory model, as CPython's linecache is
                                * not what programs measure) */
    int nsrcs, capsrcs;
    Obj *build_class;          /* the __build_class__ builtin function */
    int interrupt_tick;
    /* 3.12+ count C-level recursion apart from Python frames (CPython's C_RECURSION_LIMIT:
     * 1500 in 3.12, 10000 in 3.13); 0: one counter for both, as 3.11 and before. */
    int c_depth, c_limit;
    int interactive_count; /* 3.13: REPL entries compiled so far ("<stdin>-N") */
};

bool vm_init(Interp *I);
void vm_fini(Interp *I);

/* Run a code object (module code, exec/eval) with globals and locals (locals NULL: globals).
 * __builtins__ is taken from globals (added if missing). Returns the value of the code. */
Obj *vm_exec_code(Interp *I, Obj *code, Obj *globals, Obj *locals);
/* Run a frame of frame_push until it returns (new reference) or raises (NULL). The frame is
 * popped (arena frames) when it finishes. throwflag: start by raising I->exc (gen.throw). */
Obj *vm_eval_frame(Interp *I, Frame *f, bool throwflag);
/* Call a Python function (what func_vectorcall does). */
Obj *vm_call_function(Interp *I, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

/* Where execution is: filename (borrowed UTF-8) and line of the innermost frame. */
bool vm_current_location(Interp *I, const char **filename, int *lineno);
Obj *vm_current_globals(Interp *I);           /* borrowed; NULL outside any frame */
Obj *vm_current_builtins(Interp *I);          /* borrowed; I->builtins outside any frame */
/* locals() of the innermost frame (new reference: the namespace dict or a snapshot). */
Obj *vm_current_locals(Interp *I);
/* The exception being handled (sys.exc_info()[1], bare `raise`), borrowed, NULL if none. */
Obj *vm_handled_exception(Interp *I);
/* Zero-argument super(): the __class__ cell's class and the first argument of the calling
 * frame; false with CPython's RuntimeError ("super(): no arguments", "super(): __class__ cell
 * not found", "super(): empty __class__ cell"). Borrowed results. */
bool vm_super_args(Interp *I, TypeObj **type, Obj **self);

/* Recursion guards for C code that calls back into Python (repr, getattr, calls): -1 with
 * RecursionError "maximum recursion depth exceeded<where>" (where: e.g. " while calling a
 * Python object", or "") when I->recursion_limit or the C stack is exhausted. */
int vm_enter_recursive(Interp *I, const char *where);
void vm_leave_recursive(Interp *I);
/* Check only the C stack (true: room left); sets RecursionError when not. */
bool vm_check_c_stack(Interp *I);

/* sys._getframe(depth): the frame object (new reference) of the depth-th frame from the
 * innermost (3.12+ comprehensions count as their function's frame); it reads the running frame
 * live (f_lineno, f_locals, f_back) and keeps what it needs when the frame ends (frameobject.c);
 * ValueError "call stack is not deep enough". */
Obj *vm_get_frame(Interp *I, int depth);
/* The kept source text of filename (a new str), or None: for sys._getsource / linecache. */
Obj *vm_source_text(Interp *I, Obj *filename);

/* Add the current frame to exc's traceback (what happens when an exception passes a frame). */
void vm_traceback_here(Interp *I, Frame *f, Obj *exc);
/* Traceback objects: tb_next, the code, the instruction index and line. */
Obj *traceback_new(Interp *I, Obj *next, Obj *code, int lasti, int lineno);
/* Set exc.__context__ from the handled exception (as raising does), avoiding cycles. */
void vm_chain_context(Interp *I, Obj *exc);

/* The __build_class__ builtin (METH_FASTCALL | METH_KEYWORDS); builtins registers it. */
Obj *vm_builtin_build_class(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
/* sys.displayhook's default behaviour: repr on sys.stdout + newline, builtins._ = value. */
bool vm_display_value(Interp *I, Obj *value);
/* "Exception ignored in: <obj>" + the traceback of the current exception to stderr, then
 * clears it (as PyErr_WriteUnraisable). */
void vm_write_unraisable(Interp *I, Obj *obj);
/* Keep src as the source of filename, for the lines tracebacks show; returns its id for the
 * code objects compiled from it (-1: none kept). Real files are always kept; pseudo-files
 * ("<stdin>", "<string>") only when `toplevel` (the front end's input) and the version shows
 * them (3.13). */
int vm_register_source(Interp *I, const char *filename, const char *src, size_t len, bool toplevel);

/* ---- Provided by other parts, called by the VM ---- */
/* vm/import.c: import the module `name` (a str, possibly dotted), new reference. */
Obj *import_module(Interp *I, Obj *name);

#endif
