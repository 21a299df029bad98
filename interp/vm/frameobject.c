/* frameobject.c: frame objects as Python sees them (sys._getframe(), tb.tb_frame): snapshots of
 * an execution frame, since slotscope's frames live in the stack arena and die with the call. */
#include <stddef.h>

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

typedef struct FrameObj {
    Obj ob;
    Obj *code, *globals, *locals, *back; /* back: a FrameObj or NULL */
    int lineno;
} FrameObj;

Obj *frameobj_new(Interp *I, Obj *code, int lineno, Obj *globals, Obj *locals, Obj *back) {
    FrameObj *f = (FrameObj *)obj_alloc(I, I->t_frame, 0);
    if (!f) return NULL;
    f->code = NEWREF(code);
    f->lineno = lineno;
    f->globals = globals ? NEWREF(globals) : dict_new(I);
    f->locals = locals ? NEWREF(locals) : dict_new(I);
    f->back = back ? NEWREF(back) : NULL;
    if (!f->globals || !f->locals) {
        DECREF(I, f);
        return NULL;
    }
    gc_track(I, OBJ(f));
    return OBJ(f);
}

/* A snapshot of a live frame and its callers. */
static Obj *snapshot(Interp *I, Frame *f) {
    Obj *back = f->back ? snapshot(I, f->back) : NULL;
    if (f->back && !back) return NULL;
    if (f->ip) f->lasti = (int)(f->ip - f->code->code) - 1;
    Obj *locals = frame_locals_dict(I, f);
    Obj *r = locals ? frameobj_new(I, OBJ(f->code), frame_lineno(f), f->globals, locals, back) : NULL;
    XDECREF(I, locals);
    XDECREF(I, back);
    return r;
}

Obj *vm_get_frame(Interp *I, int depth) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f || depth < 0) return err_string(I, I->e_ValueError, "call stack is not deep enough");
    return snapshot(I, f);
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
    FrameObj *f = (FrameObj *)o;
    gc_untrack(I, o);
    CLEAR(I, f->code);
    CLEAR(I, f->globals);
    CLEAR(I, f->locals);
    CLEAR(I, f->back);
    obj_free(I, o);
}

static int frame_traverse_obj(Obj *o, VisitFn visit, void *arg) {
    FrameObj *f = (FrameObj *)o;
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->locals);
    VISIT(f->back);
    return 0;
}

static Obj *frame_repr(Interp *I, Obj *o) {
    FrameObj *f = (FrameObj *)o;
    return str_from_format(I, "<frame at %p, file '%U', line %d, code %U>", (void *)o, CODE(f->code)->filename,
                           f->lineno, CODE(f->code)->name);
}

static Obj *get_back(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj *b = ((FrameObj *)o)->back;
    return NEWREF(b ? b : I->none);
}

static Obj *frame_clear_meth(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    dict_clear(I, ((FrameObj *)self)->locals);
    RET_NONE(I);
}

static const MemberDef frame_members[] = {
    {"f_code", MEMBER_OBJECT, offsetof(FrameObj, code), true, NULL},
    {"f_globals", MEMBER_OBJECT, offsetof(FrameObj, globals), true, NULL},
    {"f_locals", MEMBER_OBJECT, offsetof(FrameObj, locals), true, NULL},
    {"f_lineno", MEMBER_INT, offsetof(FrameObj, lineno), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef frame_getset[] = {
    {"f_back", get_back, NULL, NULL, NULL},
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
