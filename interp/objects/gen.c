/* gen.c: generators: a heap frame resumed by send/next, throw and close, `yield from`
 * delegation, and PEP 479 (StopIteration escaping becomes RuntimeError). */
#include <stddef.h>

#include "objects/gen.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "compile/opcode.h"
#include "vm/errors.h"
#include "vm/eval_help.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

Obj *gen_new(Interp *I, Frame *f, Obj *func) {
    GenObj *g = (GenObj *)obj_alloc(I, I->t_generator, 0);
    if (!g) {
        frame_pop(I, f);
        return NULL;
    }
    g->frame = f;
    f->gen = g;
    g->code = NEWREF(f->code);
    g->name = NEWREF(func ? FUNC(func)->name : f->code->name);
    g->qualname = NEWREF(func ? FUNC(func)->qualname : f->code->qualname);
    g->state = GEN_CREATED;
    gc_track(I, OBJ(g));
    return OBJ(g);
}

static void gen_finish(Interp *I, GenObj *g) {
    g->state = GEN_CLOSED;
    if (g->frame) {
        Frame *f = g->frame;
        g->frame = NULL;
        frame_free_heap(I, f);
    }
    CLEAR(I, g->exc_info.exc);
}

int gen_send_ex(Interp *I, Obj *gen, Obj *send, Obj **result) {
    return gen_resume(I, gen, send, GEN_MODE_SEND, result);
}

int gen_resume(Interp *I, Obj *gen, Obj *send, int mode, Obj **result) {
    bool throwflag = mode == GEN_MODE_THROW;
    GenObj *g = GEN(gen);
    VmState *vm = I->vm;
    *result = NULL;
    if (g->state == GEN_RUNNING) {
        err_string(I, I->e_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == GEN_CLOSED) {
        if (throwflag) return -1; /* the exception is raised as is */
        *result = NEWREF(I->none);
        return 0;
    }
    Frame *f = g->frame;
    if (g->state == GEN_CREATED && send && send != I->none && !throwflag) {
        err_string(I, I->e_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (g->state == GEN_SUSPENDED && mode == GEN_MODE_SEND) *f->sp++ = NEWREF(send ? send : I->none);
    g->state = GEN_RUNNING;
    g->exc_info.prev = vm->exc_info;
    vm->exc_info = &g->exc_info;
    Obj *r = vm_eval(I, f, throwflag);
    vm->exc_info = g->exc_info.prev;
    g->exc_info.prev = NULL;
    if (r && f->yielded) {
        g->state = GEN_SUSPENDED;
        *result = r;
        return 1;
    }
    gen_finish(I, g);
    if (r) {
        *result = r;
        return 0;
    }
    if (err_matches(I, I->e_StopIteration)) { /* PEP 479 */
        Obj *exc = err_fetch(I);
        err_string(I, I->e_RuntimeError, "generator raised StopIteration");
        Obj *rt = err_fetch(I);
        exc_set_cause(I, rt, NEWREF(exc));
        exc_set_context(I, rt, exc);
        err_restore(I, rt);
    }
    return -1;
}

Obj *gen_yieldfrom(Obj *gen) {
    GenObj *g = GEN(gen);
    if (g->state != GEN_SUSPENDED || !g->frame) return NULL;
    Frame *f = g->frame;
    if (WORD_OP(*f->ip) != BC_YIELD_FROM) return NULL;
    return f->sp[-1];
}

/* Close a delegate of `yield from` (GeneratorExit goes to it first). */
static bool close_delegate(Interp *I, Obj *yf) {
    if (TYPE(yf) == I->t_generator) return gen_close(I, yf);
    Obj *m = NULL;
    if (obj_lookup_attr(I, yf, I->ids.close, &m) < 0) return false;
    if (!m) return true;
    Obj *r = obj_call0(I, m);
    DECREF(I, m);
    XDECREF(I, r);
    return r != NULL;
}

/* The outcome of a resume as gen.send/gen.throw report it: the yielded value, or NULL with
 * StopIteration(return value) when the generator finished. */
static Obj *yielded_or_stop(Interp *I, int st, Obj *res) {
    if (st == 1) return res;
    if (st == 0) {
        if (res == I->none) err_set_none(I, I->e_StopIteration);
        else err_set(I, I->e_StopIteration, res);
        DECREF(I, res);
    }
    return NULL;
}

/* Throw exc (an instance, stolen) into the generator; returns the next yielded value. */
static Obj *throw_into(Interp *I, Obj *gen, Obj *exc) {
    GenObj *g = GEN(gen);
    Obj *yf = gen_yieldfrom(gen);
    Obj *res = NULL;
    if (yf) {
        INCREF(yf);
        Obj *ret = NULL;
        if (exc_matches(I, exc, I->e_GeneratorExit)) {
            g->state = GEN_RUNNING;
            bool ok = close_delegate(I, yf);
            g->state = GEN_SUSPENDED;
            DECREF(I, yf);
            if (!ok) {
                DECREF(I, exc);
                goto throw_here;
            }
            goto throw_exc;
        }
        g->state = GEN_RUNNING;
        if (TYPE(yf) == I->t_generator) {
            ret = gen_throw_exc(I, yf, exc);
            exc = NULL;
        } else {
            Obj *m = NULL;
            if (obj_lookup_attr(I, yf, I->ids.throw, &m) < 0) {
                g->state = GEN_SUSPENDED;
                DECREF(I, yf);
                DECREF(I, exc);
                goto throw_here;
            }
            if (!m) {
                g->state = GEN_SUSPENDED;
                DECREF(I, yf);
                goto throw_exc;
            }
            ret = obj_call1(I, m, exc);
            DECREF(I, m);
            DECREF(I, exc);
            exc = NULL;
        }
        g->state = GEN_SUSPENDED;
        DECREF(I, yf);
        if (ret) return ret; /* the delegate yielded */
        /* The delegate finished or raised: continue in this frame. */
        Frame *f = g->frame;
        if (err_matches(I, I->e_StopIteration)) {
            Obj *si = err_fetch(I);
            Obj *val = exc_stopiteration_value(I, si);
            DECREF(I, si);
            if (!val) goto throw_here;
            Obj *old = f->sp[-1];
            f->sp[-1] = val;
            DECREF(I, old);
            f->ip++; /* past YIELD_FROM */
            int st = gen_resume(I, gen, NULL, GEN_MODE_CONTINUE, &res);
            return yielded_or_stop(I, st, res);
        }
        goto throw_here;
    }
throw_exc:
    err_restore(I, exc);
throw_here:;
    int st = gen_resume(I, gen, NULL, GEN_MODE_THROW, &res);
    return yielded_or_stop(I, st, res);
}

Obj *gen_throw_exc(Interp *I, Obj *gen, Obj *exc) {
    Obj *res = throw_into(I, gen, exc);
    return res;
}

bool gen_close(Interp *I, Obj *gen) {
    GenObj *g = GEN(gen);
    if (g->state == GEN_CREATED) {
        gen_finish(I, g);
        return true;
    }
    if (g->state == GEN_CLOSED) return true;
    Obj *exc = exc_new(I, I->e_GeneratorExit, NULL, 0);
    if (!exc) return false;
    Obj *r = throw_into(I, gen, exc);
    if (r) {
        DECREF(I, r);
        if (GEN(gen)->state != GEN_CLOSED) {
            err_string(I, I->e_RuntimeError, "generator ignored GeneratorExit");
            return false;
        }
        return true;
    }
    if (err_matches(I, I->e_StopIteration) || err_matches(I, I->e_GeneratorExit)) {
        err_clear(I);
        return true;
    }
    return !err_occurred(I);
}

/* ---- the type ---- */
static Obj *gen_iternext(Interp *I, Obj *gen) {
    Obj *r = NULL;
    int st = gen_send_ex(I, gen, I->none, &r);
    if (st == 1) return r;
    if (st == 0) {
        if (r != I->none) err_set(I, I->e_StopIteration, r);
        DECREF(I, r);
    }
    return NULL;
}

static Obj *gen_send_meth(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)kwnames;
    (void)nargs;
    Obj *r = NULL;
    int st = gen_send_ex(I, self, args[0], &r);
    if (st == 1) return r;
    if (st == 0) {
        if (r == I->none) err_set_none(I, I->e_StopIteration);
        else err_set(I, I->e_StopIteration, r);
        DECREF(I, r);
    }
    return NULL;
}

static Obj *gen_throw_meth(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (!args_no_kw(I, "throw", kwnames)) return NULL;
    if (nargs < 1 || nargs > 3)
        return err_format(I, I->e_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    Obj *typ = args[0], *val = nargs > 1 ? args[1] : NULL;
    Obj *exc;
    if (TYPE_CHECK(typ) && type_is_subtype((TypeObj *)typ, I->e_BaseException)) {
        if (val && val != I->none && EXC_CHECK(val)) exc = NEWREF(val);
        else if (val && val != I->none) exc = obj_call1(I, typ, val);
        else exc = obj_call0(I, typ);
        if (!exc) return NULL;
    } else if (EXC_CHECK(typ)) {
        if (val && val != I->none)
            return err_string(I, I->e_TypeError, "instance exception may not have a separate value");
        exc = NEWREF(typ);
    } else
        return err_format(I, I->e_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %T", typ);
    if (nargs == 3 && args[2] != I->none) exc_set_traceback(I, exc, args[2]);
    Obj *r = gen_throw_exc(I, self, exc);
    if (!r && !err_occurred(I)) err_set_none(I, I->e_StopIteration);
    return r;
}

static Obj *gen_close_meth(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (!gen_close(I, self)) return NULL;
    RET_NONE(I);
}

static Obj *gen_iter(Interp *I, Obj *self) {
    (void)I;
    return NEWREF(self);
}

static void gen_dealloc(Interp *I, Obj *o) {
    GenObj *g = GEN(o);
    gc_untrack(I, o);
    if (g->state == GEN_SUSPENDED) {
        Obj *saved = err_fetch(I);
        o->refcnt++; /* resurrect while closing */
        if (!gen_close(I, o)) vm_write_unraisable(I, o);
        o->refcnt--;
        err_restore(I, saved);
        if (o->refcnt > 0) return;
    }
    gen_finish(I, g);
    CLEAR(I, g->code);
    CLEAR(I, g->name);
    CLEAR(I, g->qualname);
    obj_free(I, o);
}

static int gen_traverse(Obj *o, VisitFn visit, void *arg) {
    GenObj *g = GEN(o);
    if (g->frame) {
        int r = frame_traverse(g->frame, visit, arg);
        if (r) return r;
    }
    VISIT(g->code);
    VISIT(g->exc_info.exc);
    return 0;
}

static Obj *gen_repr(Interp *I, Obj *o) {
    return str_from_format(I, "<generator object %U at %p>", GEN(o)->qualname, (void *)o);
}

static Obj *get_running(Interp *I, Obj *o, void *c) { (void)c; return BOOL_OBJ(I, GEN(o)->state == GEN_RUNNING); }
static Obj *get_suspended(Interp *I, Obj *o, void *c) { (void)c; return BOOL_OBJ(I, GEN(o)->state == GEN_SUSPENDED); }
/* gi_frame: the generator's frame object until it finishes, then None */
static Obj *get_frame(Interp *I, Obj *o, void *c) {
    (void)c;
    Frame *f = GEN(o)->frame;
    if (!f) RET_NONE(I);
    Obj *fo = frameobj_of(I, f);
    return fo ? NEWREF(fo) : NULL;
}
static Obj *get_yf(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj *yf = gen_yieldfrom(o);
    return NEWREF(yf ? yf : I->none);
}
static Obj *get_name(Interp *I, Obj *o, void *c) { (void)I; (void)c; return NEWREF(GEN(o)->name); }
static Obj *get_qualname(Interp *I, Obj *o, void *c) { (void)I; (void)c; return NEWREF(GEN(o)->qualname); }

static const GetSetDef gen_getset[] = {
    {"gi_running", get_running, NULL, NULL, NULL},
    {"gi_suspended", get_suspended, NULL, NULL, NULL},
    {"gi_frame", get_frame, NULL, NULL, NULL},
    {"gi_yieldfrom", get_yf, NULL, NULL, NULL},
    {"__name__", get_name, NULL, NULL, NULL},
    {"__qualname__", get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MemberDef gen_members[] = {
    {"gi_code", MEMBER_OBJECT, offsetof(GenObj, code), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const MethodDef gen_methods[] = {
    {"send", gen_send_meth, METH_O, NULL},
    {"throw", gen_throw_meth, METH_FASTCALL, NULL},
    {"close", gen_close_meth, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj generator_tmpl = {
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .flags = TPF_HAVE_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .methods = gen_methods,
    .getset = gen_getset,
    .members = gen_members,
    .weaklistoffset = offsetof(GenObj, weakreflist),
};
