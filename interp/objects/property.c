/* property.c: property, staticmethod and classmethod (CPython's descrobject.c property and
 * funcobject.c sm/cm), with the per-version messages and 3.10's attribute copying. */
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/method.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

/* ---- property */

static Obj *none_to_null(Interp *I, Obj *o) {
    return o == I->none ? NULL : o;
}

static Obj *generic_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Obj *o = obj_alloc(I, type, 0);
    if (o) gc_track(I, o);
    return o;
}

static int property_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const ArgSpec spec = {"property", names, 4, 4, 0, 0};
    Obj *a[4];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return -1;
    PropertyObj *p = (PropertyObj *)self;
    Obj *vals[4];
    for (int i = 0; i < 4; i++) {
        vals[i] = a[i] ? none_to_null(I, a[i]) : NULL;
        XINCREF(vals[i]);
    }
    SETREF(I, p->fget, vals[0]);
    SETREF(I, p->fset, vals[1]);
    SETREF(I, p->fdel, vals[2]);
    SETREF(I, p->doc, vals[3]);
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        Obj *d;
        if (obj_lookup_attr(I, p->fget, I->ids.__doc__, &d) < 0) return -1;
        if (d && d != I->none) {
            p->doc = d;
            p->getter_doc = true;
        } else {
            XDECREF(I, d);
        }
    }
    return 0;
}

static void property_dealloc(Interp *I, Obj *o) {
    PropertyObj *p = (PropertyObj *)o;
    gc_untrack(I, o);
    XDECREF(I, p->fget);
    XDECREF(I, p->fset);
    XDECREF(I, p->fdel);
    XDECREF(I, p->doc);
    XDECREF(I, p->name);
    obj_free(I, o);
}

static int property_traverse(Obj *o, VisitFn visit, void *arg) {
    PropertyObj *p = (PropertyObj *)o;
    VISIT(p->fget);
    VISIT(p->fset);
    VISIT(p->fdel);
    VISIT(p->doc);
    VISIT(p->name);
    return 0;
}

static int property_clear(Interp *I, Obj *o) {
    PropertyObj *p = (PropertyObj *)o;
    CLEAR(I, p->fget);
    CLEAR(I, p->fset);
    CLEAR(I, p->fdel);
    CLEAR(I, p->doc);
    return 0;
}

/* "property 'x' of 'C' object has no setter" and the older forms. */
static Obj *property_error(Interp *I, PropertyObj *p, Obj *obj, const char *what,
                           const char *old_verb) {
    if (I->prof->property_owner_msg) {
        Obj *q = type_qualname(I, TYPE(obj));
        if (!q) return NULL;
        if (p->name)
            err_format(I, I->e_AttributeError, "property %R of %R object has no %s", p->name, q,
                       what);
        else
            err_format(I, I->e_AttributeError, "property of %R object has no %s", q, what);
        DECREF(I, q);
        return NULL;
    }
    if (!old_verb) return err_string(I, I->e_AttributeError, "unreadable attribute");
    if (I->prof->property_name_msg && p->name)
        return err_format(I, I->e_AttributeError, "can't %s attribute %R", old_verb, p->name);
    return err_format(I, I->e_AttributeError, "can't %s attribute", old_verb);
}

static Obj *property_get(Interp *I, Obj *self, Obj *obj, Obj *type) {
    (void)type;
    PropertyObj *p = (PropertyObj *)self;
    if (!obj || obj == I->none) return NEWREF(self);
    if (!p->fget) return property_error(I, p, obj, "getter", NULL);
    return obj_call1(I, p->fget, obj);
}

static int property_set(Interp *I, Obj *self, Obj *obj, Obj *v) {
    PropertyObj *p = (PropertyObj *)self;
    Obj *f = v ? p->fset : p->fdel;
    if (!f) {
        property_error(I, p, obj, v ? "setter" : "deleter", v ? "set" : "delete");
        return -1;
    }
    Obj *r = v ? obj_call2(I, f, obj, v) : obj_call1(I, f, obj);
    if (!r) return -1;
    DECREF(I, r);
    return 0;
}

Obj *property_new_from(Interp *I, Obj *fget, Obj *fset, Obj *fdel, Obj *doc) {
    Obj *a[4] = {fget ? fget : I->none, fset ? fset : I->none, fdel ? fdel : I->none,
                 doc ? doc : I->none};
    return obj_call(I, OBJ(I->t_property), a, 4, NULL);
}

/* property.getter/setter/deleter: a copy with one function replaced (type(self)(...)). */
static Obj *property_copy(Interp *I, Obj *self, Obj *get, Obj *set, Obj *del) {
    PropertyObj *p = (PropertyObj *)self;
    if (!get) get = p->fget;
    if (!set) set = p->fset;
    if (!del) del = p->fdel;
    Obj *doc = p->doc;
    if (p->getter_doc && get && get != I->none) doc = NULL;
    Obj *a[4] = {get ? get : I->none, set ? set : I->none, del ? del : I->none,
                 doc ? doc : I->none};
    Obj *r = obj_call(I, OBJ(TYPE(self)), a, 4, NULL);
    if (r && obj_is_instance_of_type(r, I->t_property)) {
        Obj *n = p->name;
        XINCREF(n);
        SETREF(I, ((PropertyObj *)r)->name, n);
    }
    return r;
}

static Obj *property_getter(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    return property_copy(I, self, args[0], NULL, NULL);
}
static Obj *property_setter(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    return property_copy(I, self, NULL, args[0], NULL);
}
static Obj *property_deleter(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    return property_copy(I, self, NULL, NULL, args[0]);
}

static Obj *property_set_name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 2)
        return err_format(I, I->e_TypeError,
                          "__set_name__() takes 2 positional arguments but %zu were given", nargs);
    Obj *n = NEWREF(args[1]);
    SETREF(I, ((PropertyObj *)self)->name, n);
    RET_NONE(I);
}

/* __isabstractmethod__ of a wrapped callable (or any of a property's functions). */
static int is_abstract(Interp *I, Obj *f) {
    if (!f) return 0;
    Obj *v;
    if (obj_lookup_attr(I, f, I->ids.__isabstractmethod__, &v) < 0) return -1;
    if (!v) return 0;
    int r = obj_is_true(I, v);
    DECREF(I, v);
    return r;
}

static Obj *property_get_isabstract(Interp *I, Obj *o, void *c) {
    (void)c;
    PropertyObj *p = (PropertyObj *)o;
    Obj *fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(I, fs[i]);
        if (r < 0) return NULL;
        if (r) return BOOL_OBJ(I, true);
    }
    return BOOL_OBJ(I, false);
}

static Obj *property_get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    PropertyObj *p = (PropertyObj *)o;
    return NEWREF(p->doc ? p->doc : I->none);
}

static int property_set_doc(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    PropertyObj *p = (PropertyObj *)o;
    XINCREF(v);
    SETREF(I, p->doc, v);
    p->getter_doc = false;
    return 0;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_O,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, METH_O,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, METH_O,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, METH_FASTCALL, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef property_members[] = {
    {"fget", MEMBER_OBJECT, offsetof(PropertyObj, fget), true, NULL},
    {"fset", MEMBER_OBJECT, offsetof(PropertyObj, fset), true, NULL},
    {"fdel", MEMBER_OBJECT, offsetof(PropertyObj, fdel), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj property_tmpl = {
    .name = "property",
    .basicsize = sizeof(PropertyObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .doc = "Property attribute.",
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = generic_new,
    .init = property_init,
    .traverse = property_traverse,
    .clear = property_clear,
    .methods = property_methods,
    .members = property_members,
    .getset = property_getset,
};

/* ---- staticmethod and classmethod */

static void fw_dealloc(Interp *I, Obj *o) {
    FuncWrapObj *w = (FuncWrapObj *)o;
    gc_untrack(I, o);
    XDECREF(I, w->func);
    XDECREF(I, w->dict);
    obj_free(I, o);
}

static int fw_traverse(Obj *o, VisitFn visit, void *arg) {
    FuncWrapObj *w = (FuncWrapObj *)o;
    VISIT(w->func);
    VISIT(w->dict);
    return 0;
}

static int fw_clear(Interp *I, Obj *o) {
    FuncWrapObj *w = (FuncWrapObj *)o;
    CLEAR(I, w->func);
    CLEAR(I, w->dict);
    return 0;
}

/* 3.10+: copy __module__, __name__, __qualname__, __doc__, __annotations__ of the function. */
static bool fw_wraps(Interp *I, Obj *w, Obj *f) {
    Obj *names[] = {I->ids.__module__, I->ids.__name__, I->ids.__qualname__, I->ids.__doc__,
                    I->ids.__annotations__};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Obj *v;
        if (obj_lookup_attr(I, f, names[i], &v) < 0) return false;
        if (!v) continue;
        int r = obj_setattr(I, w, names[i], v);
        DECREF(I, v);
        if (r < 0) return false;
    }
    return true;
}

static int fw_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name =
        type_is_subtype(TYPE(self), I->t_staticmethod) ? "staticmethod" : "classmethod";
    if (!args_no_kw(I, name, kwnames) || !args_count(I, name, nargs, 1, 1)) return -1;
    FuncWrapObj *w = (FuncWrapObj *)self;
    Obj *f = NEWREF(args[0]);
    SETREF(I, w->func, f);
    if (I->prof->staticmethod_310 && !fw_wraps(I, self, f)) return -1;
    return 0;
}

/* PyStaticMethod_New / PyClassMethod_New: no attribute copying (only staticmethod(f) does). */
static Obj *fw_new_of(Interp *I, TypeObj *t, Obj *func) {
    Obj *o = generic_new(I, t, NULL, 0, NULL);
    if (o) ((FuncWrapObj *)o)->func = NEWREF(func);
    return o;
}

Obj *staticmethod_new(Interp *I, Obj *func) {
    return fw_new_of(I, I->t_staticmethod, func);
}
Obj *classmethod_new(Interp *I, Obj *func) {
    return fw_new_of(I, I->t_classmethod, func);
}

static Obj *sm_get(Interp *I, Obj *self, Obj *obj, Obj *type) {
    (void)obj, (void)type;
    FuncWrapObj *w = (FuncWrapObj *)self;
    if (!w->func) return err_string(I, I->e_RuntimeError, "uninitialized staticmethod object");
    return NEWREF(w->func);
}

static Obj *sm_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (!I->prof->staticmethod_310)
        return err_format(I, I->e_TypeError, "'%s' object is not callable", TYPE(self)->name);
    return obj_call(I, ((FuncWrapObj *)self)->func, args, nargs, kwnames);
}

static Obj *fw_repr(Interp *I, Obj *self) {
    if (!I->prof->staticmethod_310) return object_repr(I, self);
    FuncWrapObj *w = (FuncWrapObj *)self;
    return str_from_format(I, "<%s(%R)>", TYPE(self)->name, w->func ? w->func : I->none);
}

static Obj *cm_get(Interp *I, Obj *self, Obj *obj, Obj *type) {
    FuncWrapObj *w = (FuncWrapObj *)self;
    if (!w->func) return err_string(I, I->e_RuntimeError, "uninitialized classmethod object");
    if (!type) type = OBJ(TYPE(obj));
    return method_new(I, w->func, type);
}

static Obj *fw_get_isabstract(Interp *I, Obj *o, void *c) {
    (void)c;
    int r = is_abstract(I, ((FuncWrapObj *)o)->func);
    if (r < 0) return NULL;
    return BOOL_OBJ(I, r);
}

static Obj *fw_get_dict(Interp *I, Obj *o, void *c) {
    (void)c;
    FuncWrapObj *w = (FuncWrapObj *)o;
    if (!w->dict && !(w->dict = dict_new(I))) return NULL;
    return NEWREF(w->dict);
}

static Obj *fw_get_wrapped(Interp *I, Obj *o, void *c) {
    (void)c;
    FuncWrapObj *w = (FuncWrapObj *)o;
    if (!I->prof->staticmethod_310)
        return err_format(I, I->e_AttributeError, "'%s' object has no attribute '__wrapped__'",
                          TYPE(o)->name);
    return NEWREF(w->func ? w->func : I->none);
}

static const MemberDef fw_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(FuncWrapObj, func), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef fw_getset[] = {
    {"__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL},
    {"__dict__", fw_get_dict, NULL, NULL, NULL},
    {"__wrapped__", fw_get_wrapped, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj staticmethod_tmpl = {
    .name = "staticmethod",
    .basicsize = sizeof(FuncWrapObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .dealloc = fw_dealloc,
    .repr = fw_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .new_ = generic_new,
    .init = fw_init,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .members = fw_members,
    .getset = fw_getset,
    .dictoffset = offsetof(FuncWrapObj, dict),
};

const TypeObj classmethod_tmpl = {
    .name = "classmethod",
    .basicsize = sizeof(FuncWrapObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .dealloc = fw_dealloc,
    .repr = fw_repr,
    .descr_get = cm_get,
    .new_ = generic_new,
    .init = fw_init,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .members = fw_members,
    .getset = fw_getset,
    .dictoffset = offsetof(FuncWrapObj, dict),
};
