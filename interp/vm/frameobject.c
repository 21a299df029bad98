/* frameobject.c: frame objects as Python sees them (sys._getframe(), tb.tb_frame, gi_frame).
 * As in CPython 3.11+, an execution frame makes its frame object lazily and owns one reference
 * to it; while the frame runs the object reads it live (f_lineno, f_locals, f_back); when the
 * frame finishes while the object is still referenced, the object takes what it needs (line,
 * variables, the caller's frame object) and lives on alone. */
#include <stddef.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/gen.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

typedef struct FrameObj {
    Obj ob;
    Frame *live;                 /* the execution frame while it exists, else NULL */
    Obj *code, *globals, *builtins;
    Obj *locals, *back;          /* once finished: its variables and its caller (or NULL) */
    int lasti;                   /* once finished: its last instruction */
} FrameObj;

#define FOBJ(o) ((FrameObj *)(o))

/* 3.12+ comprehensions run inside their function's frame in CPython (PEP 709): the frame a
 * program sees for a comprehension's frame is the enclosing one. */
static Frame *visible(Interp *I, Frame *f) {
    if (!I->prof->inline_comprehensions) return f;
    while (f && f->back && (f->code->flags & CO_COMPREHENSION)) f = f->back;
    return f;
}

/* The calling frame of a running frame (a suspended generator's frame has none). */
static Frame *live_back(Interp *I, Frame *f) {
    /* (the eval loop clears f->back when a generator's frame suspends) */
    return f->back ? visible(I, f->back) : NULL;
}

/* The instruction a frame is at: the one after the last saved position. */
static int live_lasti(Frame *f) { return f->ip ? (int)(f->ip - f->code->code) - 1 : f->lasti; }

static int lineno_at(CodeObj *co, int lasti) {
    /* a frame that has not started (a new generator) is at its def line */
    return lasti < 0 ? co->firstlineno : code_line_of(co, lasti);
}

Obj *frameobj_of(Interp *I, Frame *f) {
    f = visible(I, f);
    if (f->fobj) return f->fobj;
    FrameObj *o = (FrameObj *)obj_alloc(I, I->t_frame, 0);
    if (!o) return NULL;
    o->live = f;
    o->code = NEWREF(f->code);
    o->globals = NEWREF(f->globals);
    o->builtins = f->builtins ? NEWREF(f->builtins) : NULL;
    o->locals = o->back = NULL;
    o->lasti = -1;
    f->fobj = OBJ(o);
    gc_track(I, OBJ(o));
    return OBJ(o);
}

void frameobj_moved(Obj *fobj, Frame *f) { FOBJ(fobj)->live = f; }

Obj *frameobj_code(Obj *fobj) { return FOBJ(fobj)->code; }

void frameobj_detach(Interp *I, Frame *f) {
    FrameObj *o = FOBJ(f->fobj);
    f->fobj = NULL;
    o->live = NULL;
    if (o->ob.refcnt > 1) {
        Obj *saved = err_fetch(I);
        o->lasti = live_lasti(f);
        o->locals = frame_locals_dict(I, f);
        /* 3.11+ link a finished frame to its caller's frame object (take_ownership); before 3.12,
         * a generator's frame lost its f_back when the generator stopped running */
        Frame *b = f->gen && !I->prof->gen_frame_keeps_back ? NULL : live_back(I, f);
        Obj *bo = b ? frameobj_of(I, b) : NULL;
        o->back = bo ? NEWREF(bo) : NULL;
        err_clear(I);
        err_restore(I, saved);
    }
    DECREF(I, OBJ(o));
}

Obj *vm_get_frame(Interp *I, int depth) {
    Frame *f = I->vm ? visible(I, I->vm->frame) : NULL;
    while (f && depth > 0) {
        f = live_back(I, f);
        depth--;
    }
    if (!f || depth < 0) return err_string(I, I->e_ValueError, "call stack is not deep enough");
    Obj *o = frameobj_of(I, f);
    return o ? NEWREF(o) : NULL;
}

Obj *vm_source_text(Interp *I, Obj *filename) {
    VmState *vm = I->vm;
    const char *fn = str_utf8(I, filename, NULL);
    if (!fn) return NULL;
    for (int i = vm->nsrcs - 1; i >= 0; i--)
        if (str_eq_cstr(filename, vm->srcs[i].filename))
            return str_from_utf8(I, vm->srcs[i].text, (Ssize)vm->srcs[i].len);
    RET_NONE(I);
}

static void frame_dealloc(Interp *I, Obj *o) {
    FrameObj *f = FOBJ(o);
    gc_untrack(I, o);
    CLEAR(I, f->code);
    CLEAR(I, f->globals);
    CLEAR(I, f->builtins);
    CLEAR(I, f->locals);
    CLEAR(I, f->back);
    obj_free(I, o);
}

static int frame_traverse_obj(Obj *o, VisitFn visit, void *arg) {
    FrameObj *f = FOBJ(o);
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->locals);
    VISIT(f->back);
    return 0;
}

static int cur_lasti(FrameObj *f) { return f->live ? live_lasti(f->live) : f->lasti; }
static int cur_lineno(FrameObj *f) { return lineno_at(CODE(f->code), cur_lasti(f)); }

static Obj *frame_repr(Interp *I, Obj *o) {
    FrameObj *f = FOBJ(o);
    return str_from_format(I, "<frame at %p, file '%U', line %d, code %U>", (void *)o, CODE(f->code)->filename,
                           cur_lineno(f), CODE(f->code)->name);
}

static Obj *get_back(Interp *I, Obj *o, void *c) {
    (void)c;
    FrameObj *f = FOBJ(o);
    Obj *b = f->back;
    if (f->live) {
        Frame *lb = live_back(I, f->live);
        b = lb ? frameobj_of(I, lb) : NULL;
        if (lb && !b) return NULL;
    }
    return NEWREF(b ? b : I->none);
}

static Obj *get_lineno(Interp *I, Obj *o, void *c) {
    (void)c;
    return int_from_i64(I, cur_lineno(FOBJ(o)));
}

/* CPython's f_lasti counts bytes of 2-byte code units */
static Obj *get_lasti(Interp *I, Obj *o, void *c) {
    (void)c;
    int l = cur_lasti(FOBJ(o));
    return int_from_i64(I, l < 0 ? -1 : (int64_t)l * 2);
}

static Obj *get_locals(Interp *I, Obj *o, void *c) {
    (void)c;
    FrameObj *f = FOBJ(o);
    if (f->live) return frame_locals_dict(I, f->live);
    if (!f->locals) f->locals = dict_new(I);
    return f->locals ? NEWREF(f->locals) : NULL;
}

static Obj *get_builtins(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj *b = FOBJ(o)->builtins;
    return NEWREF(b ? b : I->builtins);
}

static Obj *get_trace(Interp *I, Obj *o, void *c) {
    (void)o;
    (void)c;
    RET_NONE(I);
}

static Obj *frame_clear_meth(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    FrameObj *f = FOBJ(self);
    if (f->live) {
        if (!f->live->gen || f->live->gen->state == GEN_RUNNING)
            return err_string(I, I->e_RuntimeError, "cannot clear an executing frame");
        /* a suspended generator's frame: clearing it closes the generator */
        Obj *r = obj_call_method(I, OBJ(f->live->gen), I->ids.close, NULL, 0);
        if (!r) return NULL;
        DECREF(I, r);
        RET_NONE(I);
    }
    if (f->locals) dict_clear(I, f->locals);
    RET_NONE(I);
}

static const MemberDef frame_members[] = {
    {"f_code", MEMBER_OBJECT, offsetof(FrameObj, code), true, NULL},
    {"f_globals", MEMBER_OBJECT, offsetof(FrameObj, globals), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef frame_getset[] = {
    {"f_back", get_back, NULL, NULL, NULL},
    {"f_lineno", get_lineno, NULL, NULL, NULL},
    {"f_lasti", get_lasti, NULL, NULL, NULL},
    {"f_locals", get_locals, NULL, NULL, NULL},
    {"f_builtins", get_builtins, NULL, NULL, NULL},
    {"f_trace", get_trace, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef frame_methods[] = {
    {"clear", frame_clear_meth, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj frame_tmpl = {
    .name = "frame",
    .basicsize = sizeof(FrameObj),
    .flags = TPF_HAVE_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .traverse = frame_traverse_obj,
    .members = frame_members,
    .getset = frame_getset,
    .methods = frame_methods,
};
