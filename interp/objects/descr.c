/* descr.c: the descriptors C types and __slots__ put in class dicts (CPython's
 * descrobject.c): member_descriptor, getset_descriptor, method_descriptor,
 * classmethod_descriptor, wrapper_descriptor, and the method-wrapper a slot wrapper binds to. */
#include "objects/descr.h"

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"

/* ---- common */

static Obj *descr_alloc(Interp *I, TypeObj *t, TypeObj *owner, const char *name) {
    DescrObj *d = (DescrObj *)obj_alloc(I, t, 0);
    if (!d) return NULL;
    d->objclass = owner;
    d->name = str_intern_cstr(I, name);
    if (!d->name) {
        obj_free(I, OBJ(d));
        return NULL;
    }
    return OBJ(d);
}

static void descr_dealloc(Interp *I, Obj *o) {
    XDECREF(I, ((DescrObj *)o)->name);
    obj_free(I, o);
}

bool descr_check(Interp *I, DescrObj *d, Obj *obj) {
    if (obj_is_instance_of_type(obj, d->objclass)) return true;
    err_format(I, I->e_TypeError, "descriptor '%U' for '%s' objects doesn't apply to %s'%s' object",
               d->name, d->objclass->name, I->prof->descr_apply_msg_38 ? "a " : "",
               TYPE(obj)->name);
    return false;
}

static Obj *descr_repr_fmt(Interp *I, Obj *o, const char *kind) {
    DescrObj *d = (DescrObj *)o;
    return str_from_format(I, "<%s '%U' of '%s' objects>", kind, d->name, d->objclass->name);
}

static Obj *descr_get_name(Interp *I, Obj *o, void *c) {
    (void)I, (void)c;
    return NEWREF(((DescrObj *)o)->name);
}

static Obj *descr_get_objclass(Interp *I, Obj *o, void *c) {
    (void)I, (void)c;
    return NEWREF(((DescrObj *)o)->objclass);
}

static Obj *descr_get_qualname(Interp *I, Obj *o, void *c) {
    (void)c;
    DescrObj *d = (DescrObj *)o;
    Obj *q = type_qualname(I, d->objclass);
    if (!q) return NULL;
    Obj *r = str_from_format(I, "%U.%U", q, d->name);
    DECREF(I, q);
    return r;
}

static Obj *doc_obj(Interp *I, const char *doc) {
    if (!doc) RET_NONE(I);
    return str_from_cstr(I, doc);
}

static Obj *method_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return doc_obj(I, ((MethodDescrObj *)o)->def->doc);
}
static Obj *member_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return doc_obj(I, ((MemberDescrObj *)o)->def->doc);
}
static Obj *getset_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return doc_obj(I, ((GetSetDescrObj *)o)->def->doc);
}
static Obj *wrapper_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return doc_obj(I, ((WrapperDescrObj *)o)->slot->doc);
}

#define DESCR_GETSET(docfn)                                                                        \
    {"__name__", descr_get_name, NULL, NULL, NULL},                                                \
        {"__qualname__", descr_get_qualname, NULL, NULL, NULL},                                    \
        {"__objclass__", descr_get_objclass, NULL, NULL, NULL},                                    \
        {"__doc__", docfn, NULL, NULL, NULL}, {                                                    \
        NULL, NULL, NULL, NULL, NULL                                                               \
    }

/* ---- method_descriptor: list.append */

Obj *method_descr_new(Interp *I, TypeObj *owner, const MethodDef *def) {
    Obj *d = descr_alloc(I, I->t_method_descr, owner, def->name);
    if (d) ((MethodDescrObj *)d)->def = def;
    return d;
}

static Obj *method_descr_repr(Interp *I, Obj *o) {
    return descr_repr_fmt(I, o, "method");
}

static Obj *method_descr_get(Interp *I, Obj *o, Obj *obj, Obj *type) {
    (void)type;
    if (!obj) return NEWREF(o);
    if (!descr_check(I, (DescrObj *)o, obj)) return NULL;
    return cfunc_new(I, ((MethodDescrObj *)o)->def, obj);
}

/* The bound-self check of an unbound call: list.append(x, 1). */
static bool method_check_self(Interp *I, DescrObj *d, Obj *const *args, size_t nargs) {
    if (nargs < 1) {
        Obj *q = descr_get_qualname(I, OBJ(d), NULL);
        if (!q) return false;
        if (I->prof->unbound_method_msg_39)
            err_format(I, I->e_TypeError, "unbound method %U() needs an argument", q);
        else
            err_format(I, I->e_TypeError, "descriptor '%U' of '%s' object needs an argument",
                       d->name, d->objclass->name);
        DECREF(I, q);
        return false;
    }
    if (obj_is_instance_of_type(args[0], d->objclass)) return true;
    if (I->prof->descr_apply_msg_38) return descr_check(I, d, args[0]);
    err_format(I, I->e_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
               d->name, d->objclass->name, TYPE(args[0])->name);
    return false;
}

static Obj *method_descr_call(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (!method_check_self(I, &d->d, args, nargs)) return NULL;
    /* the common, correct calls need no name (nor allocate one: tracemalloc would see it) */
    int kind = d->def->flags & (METH_NOARGS | METH_O | METH_KEYWORDS);
    bool has_kw = kwnames && TUPLE_LEN(kwnames) > 0;
    if (!has_kw && ((kind == METH_NOARGS && nargs == 1) || (kind == METH_O && nargs == 2) ||
                    (kind & (METH_NOARGS | METH_O)) == 0))
        return d->def->fn(I, args[0], args + 1, nargs - 1, NULL);
    Obj *name = I->prof->cfunc_qualname_errors ? descr_get_qualname(I, o, NULL) : NEWREF(d->d.name);
    if (!name) return NULL;
    Obj *r = cfunc_call_def(I, d->def, args[0], args + 1, nargs - 1, kwnames, name);
    DECREF(I, name);
    return r;
}

static const GetSetDef method_descr_getset[] = {DESCR_GETSET(method_get_doc)};

const TypeObj method_descr_tmpl = {
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .flags = TPF_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = method_descr_getset,
};

/* ---- classmethod_descriptor: dict.fromkeys */

Obj *classmethod_descr_new(Interp *I, TypeObj *owner, const MethodDef *def) {
    Obj *d = descr_alloc(I, I->t_classmethod_descr, owner, def->name);
    if (d) ((MethodDescrObj *)d)->def = def;
    return d;
}

static Obj *classmethod_descr_get(Interp *I, Obj *o, Obj *obj, Obj *type) {
    DescrObj *d = (DescrObj *)o;
    if (!type) type = OBJ(TYPE(obj));
    if (!TYPE_CHECK(type))
        return err_format(I, I->e_TypeError,
                          "descriptor '%U' for type '%s' needs a type, not a '%T' as arg 2",
                          d->name, d->objclass->name, type);
    if (!type_is_subtype((TypeObj *)type, d->objclass))
        return err_format(I, I->e_TypeError,
                          "descriptor '%U' for type '%s' doesn't apply to type '%s'", d->name,
                          d->objclass->name, ((TypeObj *)type)->name);
    return cfunc_new(I, ((MethodDescrObj *)o)->def, type);
}

static Obj *classmethod_descr_call(Interp *I, Obj *o, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)o;
    if (nargs < 1)
        return err_format(I, I->e_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          d->d.name, d->d.objclass->name);
    Obj *bound = classmethod_descr_get(I, o, NULL, args[0]);
    if (!bound) return NULL;
    Obj *r = obj_call(I, bound, args + 1, nargs - 1, kwnames);
    DECREF(I, bound);
    return r;
}

const TypeObj classmethod_descr_tmpl = {
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = method_descr_getset,
};

/* ---- member_descriptor: __slots__ entries and C fields */

Obj *member_descr_new(Interp *I, TypeObj *owner, const MemberDef *def) {
    Obj *d = descr_alloc(I, I->t_member_descr, owner, def->name);
    if (d) ((MemberDescrObj *)d)->def = def;
    return d;
}

static Obj *member_repr(Interp *I, Obj *o) {
    return descr_repr_fmt(I, o, "member");
}

static Obj *member_read(Interp *I, MemberDescrObj *d, Obj *obj) {
    char *p = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case MEMBER_OBJECT: {
        Obj *v = *(Obj **)p;
        return NEWREF(v ? v : I->none);
    }
    case MEMBER_OBJECT_EX: {
        Obj *v = *(Obj **)p;
        if (v) return NEWREF(v);
        if (I->prof->slot_unset_long_msg)
            return err_attribute(I, obj, d->d.name, "'%s' object has no attribute '%U'",
                                 TYPE(obj)->name, d->d.name);
        return err_attribute(I, obj, d->d.name, "%U", d->d.name);
    }
    case MEMBER_SSIZE:
        return int_from_i64(I, *(Ssize *)p);
    case MEMBER_INT:
        return int_from_i64(I, *(int *)p);
    case MEMBER_BOOL:
        return bool_from(I, *(bool *)p);
    }
    return err_bad_internal_call(I, "member_read");
}

static Obj *member_get(Interp *I, Obj *o, Obj *obj, Obj *type) {
    (void)type;
    if (!obj) return NEWREF(o);
    MemberDescrObj *d = (MemberDescrObj *)o;
    if (!descr_check(I, &d->d, obj)) return NULL;
    return member_read(I, d, obj);
}

static int member_set(Interp *I, Obj *o, Obj *obj, Obj *v) {
    MemberDescrObj *d = (MemberDescrObj *)o;
    if (!descr_check(I, &d->d, obj)) return -1;
    if (d->def->readonly) {
        err_string(I, I->e_AttributeError, "readonly attribute");
        return -1;
    }
    char *p = (char *)obj + d->def->offset;
    if (d->def->kind == MEMBER_OBJECT || d->def->kind == MEMBER_OBJECT_EX) {
        Obj *old = *(Obj **)p;
        if (!v && !old && d->def->kind == MEMBER_OBJECT_EX) {
            err_attribute(I, obj, d->d.name, "%U", d->d.name);
            return -1;
        }
        XINCREF(v);
        *(Obj **)p = v;
        XDECREF(I, old);
        return 0;
    }
    if (!v) {
        err_string(I, I->e_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (d->def->kind == MEMBER_BOOL) {
        if (TYPE(v) != I->t_bool) {
            err_string(I, I->e_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(bool *)p = v == I->true_;
        return 0;
    }
    Ssize x = num_as_ssize(I, v, I->e_OverflowError);
    if (x == -1 && err_occurred(I)) return -1;
    if (d->def->kind == MEMBER_INT)
        *(int *)p = (int)x;
    else
        *(Ssize *)p = x;
    return 0;
}

static const GetSetDef member_getset[] = {DESCR_GETSET(member_get_doc)};

const TypeObj member_descr_tmpl = {
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObj),
    .dealloc = descr_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

/* ---- getset_descriptor: int.real, __dict__, __class__ */

Obj *getset_descr_new(Interp *I, TypeObj *owner, const GetSetDef *def) {
    Obj *d = descr_alloc(I, I->t_getset_descr, owner, def->name);
    if (d) ((GetSetDescrObj *)d)->def = def;
    return d;
}

static Obj *getset_repr(Interp *I, Obj *o) {
    return descr_repr_fmt(I, o, "attribute");
}

static Obj *getset_get(Interp *I, Obj *o, Obj *obj, Obj *type) {
    (void)type;
    if (!obj) return NEWREF(o);
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    if (!descr_check(I, &d->d, obj)) return NULL;
    if (!d->def->get)
        return err_format(I, I->e_AttributeError, "attribute '%U' of '%s' objects is not readable",
                          d->d.name, d->d.objclass->name);
    return d->def->get(I, obj, d->def->closure);
}

static int getset_set(Interp *I, Obj *o, Obj *obj, Obj *v) {
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    if (!descr_check(I, &d->d, obj)) return -1;
    if (!d->def->set) {
        err_format(I, I->e_AttributeError, "attribute '%U' of '%s' objects is not writable",
                   d->d.name, d->d.objclass->name);
        return -1;
    }
    return d->def->set(I, obj, v, d->def->closure);
}

static const GetSetDef getset_getset[] = {DESCR_GETSET(getset_get_doc)};

const TypeObj getset_descr_tmpl = {
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getset = getset_getset,
};

/* ---- wrapper_descriptor: int.__add__ */

Obj *wrapper_descr_new(Interp *I, TypeObj *owner, const SlotDef *slot, void *wrapped) {
    Obj *d = descr_alloc(I, I->t_wrapper_descr, owner, slot->name);
    if (d) {
        ((WrapperDescrObj *)d)->slot = slot;
        ((WrapperDescrObj *)d)->wrapped = wrapped;
    }
    return d;
}

static Obj *wrapper_repr(Interp *I, Obj *o) {
    return descr_repr_fmt(I, o, "slot wrapper");
}

static Obj *wrapper_get(Interp *I, Obj *o, Obj *obj, Obj *type) {
    (void)type;
    if (!obj) return NEWREF(o);
    if (!descr_check(I, (DescrObj *)o, obj)) return NULL;
    return method_wrapper_new(I, o, obj);
}

static Obj *wrapper_call_bound(Interp *I, WrapperDescrObj *d, Obj *self, Obj *const *args,
                               size_t nargs, Obj *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && !(d->slot->flags & SLOTF_KEYWORDS))
        return err_format(I, I->e_TypeError, "wrapper %s() takes no keyword arguments",
                          d->slot->name);
    return d->slot->wrapper(I, d->slot, d->wrapped, self, args, nargs, kwnames);
}

static Obj *wrapper_call(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    WrapperDescrObj *d = (WrapperDescrObj *)o;
    if (nargs < 1)
        return err_format(I, I->e_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          d->d.name, d->d.objclass->name);
    if (!obj_is_instance_of_type(args[0], d->d.objclass))
        return err_format(I, I->e_TypeError,
                          "descriptor '%U' requires a '%s' object but received a '%s'", d->d.name,
                          d->d.objclass->name, TYPE(args[0])->name);
    return wrapper_call_bound(I, d, args[0], args + 1, nargs - 1, kwnames);
}

static const GetSetDef wrapper_getset[] = {DESCR_GETSET(wrapper_get_doc)};

const TypeObj wrapper_descr_tmpl = {
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescrObj),
    .flags = TPF_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getset = wrapper_getset,
};

/* ---- method-wrapper: (1).__add__ */

Obj *method_wrapper_new(Interp *I, Obj *descr, Obj *self) {
    MethodWrapperObj *w = (MethodWrapperObj *)obj_alloc(I, I->t_method_wrapper, 0);
    if (!w) return NULL;
    w->descr = (WrapperDescrObj *)NEWREF(descr);
    w->self = NEWREF(self);
    gc_track(I, OBJ(w));
    return OBJ(w);
}

static void mw_dealloc(Interp *I, Obj *o) {
    MethodWrapperObj *w = (MethodWrapperObj *)o;
    gc_untrack(I, o);
    XDECREF(I, w->descr);
    XDECREF(I, w->self);
    obj_free(I, o);
}

static int mw_traverse(Obj *o, VisitFn visit, void *arg) {
    MethodWrapperObj *w = (MethodWrapperObj *)o;
    VISIT(w->descr);
    VISIT(w->self);
    return 0;
}

static Obj *mw_repr(Interp *I, Obj *o) {
    MethodWrapperObj *w = (MethodWrapperObj *)o;
    return str_from_format(I, "<method-wrapper '%U' of %s object at %p>", w->descr->d.name,
                           TYPE(w->self)->name, (void *)w->self);
}

static Obj *mw_call(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodWrapperObj *w = (MethodWrapperObj *)o;
    return wrapper_call_bound(I, w->descr, w->self, args, nargs, kwnames);
}

static Obj *mw_get_self(Interp *I, Obj *o, void *c) {
    (void)I, (void)c;
    return NEWREF(((MethodWrapperObj *)o)->self);
}

static Obj *mw_get_name(Interp *I, Obj *o, void *c) {
    (void)I, (void)c;
    return NEWREF(((MethodWrapperObj *)o)->descr->d.name);
}

static Obj *mw_get_qualname(Interp *I, Obj *o, void *c) {
    (void)c;
    return descr_get_qualname(I, OBJ(((MethodWrapperObj *)o)->descr), NULL);
}

static Obj *mw_get_objclass(Interp *I, Obj *o, void *c) {
    (void)I, (void)c;
    return NEWREF(((MethodWrapperObj *)o)->descr->d.objclass);
}

static Obj *mw_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != TYPE(a)) return NEWREF(I->notimpl);
    MethodWrapperObj *x = (MethodWrapperObj *)a, *y = (MethodWrapperObj *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return BOOL_OBJ(I, op == CMP_EQ ? eq : !eq);
}

static const GetSetDef mw_getset[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj method_wrapper_tmpl = {
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObj),
    .flags = TPF_HAVE_GC,
    .dealloc = mw_dealloc,
    .repr = mw_repr,
    .call = mw_call,
    .richcompare = mw_richcompare,
    .traverse = mw_traverse,
    .getset = mw_getset,
};
