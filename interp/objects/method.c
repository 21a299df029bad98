/* method.c: bound methods: calling one calls the function with the instance first. */
#include <stddef.h>
#include <string.h>

#include "objects/method.h"
#include "model/profile.h"
#include "objects/args.h"
#include "objects/abstract.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

Obj *method_new(Interp *I, Obj *func, Obj *self) {
    MethodObj *m = (MethodObj *)obj_alloc(I, I->t_method, 0);
    if (!m) return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track(I, OBJ(m));
    return OBJ(m);
}

static void method_dealloc(Interp *I, Obj *o) {
    gc_untrack(I, o);
    CLEAR(I, METHOD(o)->func);
    CLEAR(I, METHOD(o)->self);
    obj_free(I, o);
}

static int method_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(METHOD(o)->func);
    VISIT(METHOD(o)->self);
    return 0;
}

/* Prepend self to the arguments; small calls use a buffer on the C stack. */
static Obj *method_call(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodObj *m = METHOD(o);
    size_t total = nargs + (kwnames ? (size_t)VSIZE(kwnames) : 0);
    Obj *small[8];
    Obj **buf = total + 1 <= 8 ? small : mem_alloc(I, sizeof(Obj *) * (total + 1));
    if (!buf) return NULL;
    buf[0] = m->self;
    if (total) memcpy(buf + 1, args, sizeof(Obj *) * total);
    Obj *r;
    if (TYPE(m->func) == I->t_function)
        r = vm_call_function(I, m->func, buf, nargs + 1, kwnames);
    else
        r = obj_call(I, m->func, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

static Obj *method_repr(Interp *I, Obj *o) {
    MethodObj *m = METHOD(o);
    Obj *name = NULL;
    if (obj_lookup_attr(I, m->func, I->ids.__qualname__, &name) < 0) return NULL;
    if (!name && obj_lookup_attr(I, m->func, I->ids.__name__, &name) < 0) return NULL;
    Obj *r = str_from_format(I, "<bound method %V of %R>", name && STR_CHECK(name) ? name : NULL, "?", m->self);
    XDECREF(I, name);
    return r;
}

static Obj *method_getattro(Interp *I, Obj *o, Obj *name) {
    Obj *descr = type_lookup(I, TYPE(o), name);
    if (descr) {
        DescrGetFn get = TYPE(descr)->descr_get;
        if (get) return get(I, descr, o, OBJ(TYPE(o)));
        return NEWREF(descr);
    }
    return obj_getattr(I, METHOD(o)->func, name);
}

static Obj *method_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != I->t_method) return NEWREF(I->notimpl);
    int eq = obj_richcompare_bool(I, METHOD(a)->func, METHOD(b)->func, CMP_EQ);
    if (eq < 0) return NULL;
    bool r = eq && METHOD(a)->self == METHOD(b)->self;
    return BOOL_OBJ(I, op == CMP_EQ ? r : !r);
}

static Hash method_hash(Interp *I, Obj *o) {
    Hash a = (Hash)((uintptr_t)METHOD(o)->self >> 4);
    Hash b = obj_hash(I, METHOD(o)->func);
    if (b == -1) return -1;
    Hash h = a ^ b;
    return h == -1 ? -2 : h;
}

static Obj *method_descr_get(Interp *I, Obj *m, Obj *obj, Obj *type) {
    (void)I;
    (void)obj;
    (void)type;
    return NEWREF(m);
}

static const MemberDef method_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(MethodObj, func), true, NULL},
    {"__self__", MEMBER_OBJECT, offsetof(MethodObj, self), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Obj *get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return obj_getattr(I, METHOD(o)->func, I->ids.__doc__);
}

static const GetSetDef method_getset[] = {
    {"__doc__", get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* types.MethodType(function, instance), as method_new: both positional, instance not None. */
static Obj *method_tp_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames) > 0) return err_string(I, I->e_TypeError, "method() takes no keyword arguments");
    if (!args_count(I, "method", nargs, 2, 2)) return NULL;
    if (!obj_callable(args[0])) return err_string(I, I->e_TypeError, "first argument must be callable");
    if (args[1] == I->none)
        return err_string(I, I->e_TypeError,
                          I->prof->method_instance_msg_311 ? "instance must not be None" : "self must not be None");
    return method_new(I, args[0], args[1]);
}

const TypeObj method_tmpl = {
    .new_ = method_tp_new,
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .flags = TPF_HAVE_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .call = method_call,
    .descr_get = method_descr_get,
    .traverse = method_traverse,
    .members = method_members,
    .getset = method_getset,
    .weaklistoffset = offsetof(MethodObj, weakreflist),
};
