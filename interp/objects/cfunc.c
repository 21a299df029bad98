/* cfunc.c: builtin_function_or_method (CPython's methodobject.c): module functions such as
 * len and methods bound to an object such as [].append, with the generic METH_NOARGS/METH_O
 * arity checks and their messages per version. */
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

Obj *cfunc_new(Interp *I, const MethodDef *def, Obj *self) {
    CFuncObj *f = (CFuncObj *)obj_alloc(I, I->t_builtin_func, 0);
    if (!f) return NULL;
    f->def = def;
    f->self = self ? NEWREF(self) : NULL;
    gc_track(I, OBJ(f));
    return OBJ(f);
}

bool cfunc_add_all(Interp *I, Obj *dict, const MethodDef *defs, Obj *self) {
    for (const MethodDef *d = defs; d->name; d++) {
        Obj *f = cfunc_new(I, d, self);
        if (!f) return false;
        if (self && TYPE(self) == I->t_module) {
            Obj *modname = dict_get_cstr(I, dict, "__name__");
            if (modname) ((CFuncObj *)f)->module = NEWREF(modname);
        }
        bool ok = dict_set_cstr(I, dict, d->name, f);
        DECREF(I, f);
        if (!ok) return false;
    }
    return true;
}

static bool is_function_like_self(Interp *I, Obj *self) {
    return !self || obj_is_instance_of_type(self, I->t_module);
}

Obj *cfunc_display_name(Interp *I, Obj *func) {
    CFuncObj *f = (CFuncObj *)func;
    if (!I->prof->cfunc_qualname_errors || is_function_like_self(I, f->self))
        return str_from_cstr(I, f->def->name);
    TypeObj *t = TYPE_CHECK(f->self) ? (TypeObj *)f->self : TYPE(f->self);
    Obj *q = type_qualname(I, t);
    if (!q) return NULL;
    Obj *r = str_from_format(I, "%U.%s", q, f->def->name);
    DECREF(I, q);
    return r;
}

Obj *cfunc_call_def(Interp *I, const MethodDef *def, Obj *self, Obj *const *args, size_t nargs,
                    Obj *kwnames, Obj *name) {
    int kind = def->flags & (METH_NOARGS | METH_O | METH_KEYWORDS);
    bool has_kw = kwnames && TUPLE_LEN(kwnames) > 0;
    if (has_kw && !(kind & METH_KEYWORDS))
        return err_format(I, I->e_TypeError, "%U() takes no keyword arguments", name);
    if ((kind & METH_NOARGS) && nargs != 0)
        return err_format(I, I->e_TypeError, "%U() takes no arguments (%zu given)", name, nargs);
    if ((kind & METH_O) && nargs != 1)
        return err_format(I, I->e_TypeError, "%U() takes exactly one argument (%zu given)", name,
                          nargs);
    return def->fn(I, self, args, nargs, has_kw ? kwnames : NULL);
}

static Obj *cfunc_call(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    CFuncObj *f = (CFuncObj *)o;
    int kind = f->def->flags & (METH_NOARGS | METH_O | METH_KEYWORDS);
    bool has_kw = kwnames && TUPLE_LEN(kwnames) > 0;
    /* the common, correct calls need no name */
    if (!has_kw && ((kind == METH_NOARGS && nargs == 0) || (kind == METH_O && nargs == 1) ||
                    (kind & (METH_NOARGS | METH_O)) == 0))
        return f->def->fn(I, f->self, args, nargs, NULL);
    Obj *name = cfunc_display_name(I, o);
    if (!name) return NULL;
    Obj *r = cfunc_call_def(I, f->def, f->self, args, nargs, kwnames, name);
    DECREF(I, name);
    return r;
}

static void cfunc_dealloc(Interp *I, Obj *o) {
    CFuncObj *f = (CFuncObj *)o;
    gc_untrack(I, o);
    XDECREF(I, f->self);
    XDECREF(I, f->module);
    obj_free(I, o);
}

static int cfunc_traverse(Obj *o, VisitFn visit, void *arg) {
    CFuncObj *f = (CFuncObj *)o;
    VISIT(f->self);
    VISIT(f->module);
    return 0;
}

static Obj *cfunc_repr(Interp *I, Obj *o) {
    CFuncObj *f = (CFuncObj *)o;
    if (is_function_like_self(I, f->self))
        return str_from_format(I, "<built-in function %s>", f->def->name);
    return str_from_format(I, "<built-in method %s of %s object at %p>", f->def->name,
                           TYPE(f->self)->name, (void *)f->self);
}

static Obj *cfunc_get_name(Interp *I, Obj *o, void *c) {
    (void)c;
    return str_from_cstr(I, ((CFuncObj *)o)->def->name);
}

static Obj *cfunc_get_qualname(Interp *I, Obj *o, void *c) {
    (void)c;
    CFuncObj *f = (CFuncObj *)o;
    if (is_function_like_self(I, f->self)) return str_from_cstr(I, f->def->name);
    TypeObj *t = TYPE_CHECK(f->self) ? (TypeObj *)f->self : TYPE(f->self);
    Obj *q = type_qualname(I, t);
    if (!q) return NULL;
    Obj *r = str_from_format(I, "%U.%s", q, f->def->name);
    DECREF(I, q);
    return r;
}

static Obj *cfunc_get_self(Interp *I, Obj *o, void *c) {
    (void)c;
    CFuncObj *f = (CFuncObj *)o;
    return NEWREF(f->self ? f->self : I->none);
}

static Obj *cfunc_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    const char *doc = ((CFuncObj *)o)->def->doc;
    if (!doc) RET_NONE(I);
    return str_from_cstr(I, doc);
}

static Obj *cfunc_get_module(Interp *I, Obj *o, void *c) {
    (void)c;
    CFuncObj *f = (CFuncObj *)o;
    return NEWREF(f->module ? f->module : I->none);
}

static int cfunc_set_module(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    CFuncObj *f = (CFuncObj *)o;
    XINCREF(v);
    SETREF(I, f->module, v);
    return 0;
}

static Obj *cfunc_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != TYPE(a)) return NEWREF(I->notimpl);
    CFuncObj *x = (CFuncObj *)a, *y = (CFuncObj *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return BOOL_OBJ(I, op == CMP_EQ ? eq : !eq);
}

static Hash cfunc_hash(Interp *I, Obj *o) {
    CFuncObj *f = (CFuncObj *)o;
    Hash a = f->self ? object_hash(I, f->self) : 0;
    Hash b = (Hash)(((uintptr_t)f->def) >> 4);
    Hash h = a ^ b;
    return h == -1 ? -2 : h;
}

static const GetSetDef cfunc_getset[] = {
    {"__name__", cfunc_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunc_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunc_get_self, NULL, NULL, NULL},
    {"__doc__", cfunc_get_doc, NULL, NULL, NULL},
    {"__module__", cfunc_get_module, cfunc_set_module, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj builtin_func_tmpl = {
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFuncObj),
    .flags = TPF_HAVE_GC,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .call = cfunc_call,
    .traverse = cfunc_traverse,
    .getset = cfunc_getset,
    .weaklistoffset = offsetof(CFuncObj, weakreflist),
};
