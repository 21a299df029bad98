/* object.c: the `object` type (CPython's object.c and typeobject.c's object_*): creation with
 * CPython's excess-argument rules, the default repr/str/hash/comparison, generic attribute
 * access (object.__getattribute__/__setattr__), __class__, __dir__, __format__, and the
 * deallocation of class instances (subtype_dealloc). Also None, NotImplemented, Ellipsis. */
#include <string.h>

#include "model/model.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/vm.h"

void obj_dealloc(Interp *I, Obj *o) {
    TYPE(o)->dealloc(I, o);
}

static void object_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

/* ---- creation */

static bool excess_args(size_t nargs, Obj *kwnames) {
    return nargs > 0 || (kwnames && TUPLE_LEN(kwnames) > 0);
}

/* ---- instance dicts sharing their class's keys (the model's PEP 412 accounting) */

static struct ModelSharedKeys **instance_keys(TypeObj *t) {
    if (!TYPE_HAS(t, TPF_HEAPTYPE) || !((HeapTypeObj *)t)->cached_keys) return NULL;
    return &((HeapTypeObj *)t)->cached_keys;
}

Obj *object_new_instance_dict(Interp *I, TypeObj *t) {
    struct ModelSharedKeys **keys = instance_keys(t);
    if (keys && dict_new_instance)
        return dict_new_instance(I, keys, t->model && t->model->inline_values);
    return dict_new(I);
}

static bool instance_dict_set(Interp *I, Obj *o, Obj *d, Obj *name, Obj *v) {
    struct ModelSharedKeys **keys = instance_keys(TYPE(o));
    if (keys && dict_set_instance) return dict_set_instance(I, d, keys, name, v);
    return dict_set(I, d, name, v);
}

static int instance_dict_del(Interp *I, Obj *o, Obj *d, Obj *name) {
    struct ModelSharedKeys **keys = instance_keys(TYPE(o));
    if (keys && dict_del_instance) return dict_del_instance(I, d, keys, name);
    return dict_del(I, d, name);
}

/* 3.11+ make the values (here: the dict) with the instance, sized from the class's keys. */
static bool eager_instance_dict(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o);
    if (!t->dictoffset || !t->model || !t->model->managed_dict || !instance_keys(t) ||
        !dict_new_instance)
        return true;
    Obj **dp = obj_dict_ptr(I, o);
    return (*dp = object_new_instance_dict(I, t)) != NULL;
}

Obj *object_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (!I->prof->object_args_msg_37) {
            if (type->init == object_init || type->new_ != object_new)
                return err_string(I, I->e_TypeError, "object() takes no parameters");
        } else if (type->new_ != object_new) {
            return err_string(
                I, I->e_TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
        } else if (type->init == object_init) {
            return err_format(I, I->e_TypeError, "%s() takes no arguments", type->name);
        }
    }
    Obj *o = obj_alloc(I, type, 0);
    if (o && !eager_instance_dict(I, o)) CLEAR(I, o);
    if (o && TYPE_HAS(type, TPF_HAVE_GC)) gc_track(I, o);
    return o;
}

int object_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    TypeObj *type = TYPE(self);
    if (!excess_args(nargs, kwnames)) return 0;
    if (!I->prof->object_args_msg_37) {
        if (type->new_ == object_new || type->init != object_init) {
            err_string(I, I->e_TypeError, "object.__init__() takes no parameters");
            return -1;
        }
        return 0;
    }
    if (type->init != object_init) {
        err_string(I, I->e_TypeError,
                   "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (type->new_ == object_new) {
        err_format(I, I->e_TypeError,
                   "%s.__init__() takes exactly one argument (the instance to initialize)",
                   type->name);
        return -1;
    }
    return 0;
}

/* ---- repr, str, hash, comparison */

Obj *object_repr(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o);
    Obj *mod = type_module(I, t);
    if (!mod) err_clear(I);
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins")) {
        Obj *qn = type_qualname(I, t);
        Obj *r = qn ? str_from_format(I, "<%U.%U object at %p>", mod, qn, (void *)o) : NULL;
        XDECREF(I, qn);
        DECREF(I, mod);
        return r;
    }
    XDECREF(I, mod);
    return str_from_format(I, "<%s object at %p>", t->name, (void *)o);
}

/* Through obj_repr, as PyObject_Repr: its recursion guard stops `__repr__ = object.__str__`. */
Obj *object_str(Interp *I, Obj *o) {
    return TYPE(o)->repr ? obj_repr(I, o) : object_repr(I, o);
}

/* _Py_HashPointer: the address rotated by 4 bits, as CPython's id-based hash. */
Hash object_hash(Interp *I, Obj *o) {
    (void)I;
    uint64_t y = (uint64_t)(uintptr_t)o;
    y = (y >> 4) | (y << 60);
    Hash h = (Hash)y;
    return h == -1 ? -2 : h;
}

Obj *object_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    switch (op) {
    case CMP_EQ:
        return NEWREF(a == b ? I->true_ : I->notimpl);
    case CMP_NE: {
        /* __ne__ delegates to __eq__ and inverts the result unless NotImplemented */
        RichCmpFn f = TYPE(a)->richcompare;
        if (!f) return NEWREF(I->notimpl);
        Obj *r = f(I, a, b, CMP_EQ);
        if (!r || r == I->notimpl) return r;
        int t = obj_is_true(I, r);
        DECREF(I, r);
        if (t < 0) return NULL;
        return BOOL_OBJ(I, !t);
    }
    default:
        return NEWREF(I->notimpl);
    }
}

/* ---- attributes */

Obj **obj_dict_ptr(Interp *I, Obj *o) {
    (void)I;
    Ssize off = TYPE(o)->dictoffset;
    /* negative: in the prefix in front of the object (typeobject.h's HeapTypeObj) */
    return off ? (Obj **)((char *)o + off) : NULL;
}

Obj *object_no_attribute(Interp *I, Obj *o, Obj *name) {
    return err_attribute(I, o, name, "'%s' object has no attribute '%U'", TYPE(o)->name, name);
}

Obj *obj_generic_getattr(Interp *I, Obj *o, Obj *name) {
    TypeObj *tp = TYPE(o);
    if (!STR_CHECK(name))
        return err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
    Obj *descr = type_lookup(I, tp, name);
    DescrGetFn f = NULL;
    if (descr) {
        f = TYPE(descr)->descr_get;
        if (f && descr_is_data(descr)) return f(I, descr, o, OBJ(tp));
    }
    Obj **dp = obj_dict_ptr(I, o);
    if (dp && *dp) {
        Obj *d = *dp;
        INCREF(d);
        if (descr) INCREF(descr);
        Obj *v = TYPE(name) == I->t_str ? dict_get_str(I, d, name) : dict_get(I, d, name);
        if (v) INCREF(v);
        DECREF(I, d);
        if (v || err_occurred(I)) {
            if (descr) DECREF(I, descr);
            return v;
        }
        if (descr) {
            Obj *r = f ? f(I, descr, o, OBJ(tp)) : NEWREF(descr);
            DECREF(I, descr);
            return r;
        }
    } else if (descr) {
        return f ? f(I, descr, o, OBJ(tp)) : NEWREF(descr);
    }
    return object_no_attribute(I, o, name);
}

/* Setting and deleting errors carry the name and object (for "Did you mean") only from 3.13. */
static Obj *set_error(Interp *I, Obj *o, Obj *name, const char *fmt) {
    if (I->prof->no_dict_for_setting) return err_attribute(I, o, name, fmt, TYPE(o)->name, name);
    return err_format(I, I->e_AttributeError, fmt, TYPE(o)->name, name);
}

static Obj *no_dict_error(Interp *I, Obj *o, Obj *name, Obj *descr) {
    if (descr) return set_error(I, o, name, "'%s' object attribute '%U' is read-only");
    if (I->prof->no_dict_for_setting)
        return set_error(
            I, o, name,
            "'%s' object has no attribute '%U' and no __dict__ for setting new attributes");
    return set_error(I, o, name, "'%s' object has no attribute '%U'");
}

int obj_generic_setattr(Interp *I, Obj *o, Obj *name, Obj *v) {
    TypeObj *tp = TYPE(o);
    if (!STR_CHECK(name)) {
        err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    Obj *descr = type_lookup(I, tp, name);
    if (descr && TYPE(descr)->descr_set) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(I, descr, o, v);
        DECREF(I, descr);
        return r;
    }
    Obj **dp = obj_dict_ptr(I, o);
    if (!dp) {
        no_dict_error(I, o, name, descr);
        return -1;
    }
    if (v) {
        if (!*dp && !(*dp = object_new_instance_dict(I, tp))) return -1;
        return instance_dict_set(I, o, *dp, name, v) ? 0 : -1;
    }
    int r = *dp ? instance_dict_del(I, o, *dp, name) : 0;
    if (r > 0) return 0;
    if (r == 0) {
        if (I->prof->delattr_long_msg)
            set_error(I, o, name, "'%s' object has no attribute '%U'");
        else
            err_format(I, I->e_AttributeError, "%U", name);
    }
    return -1;
}

/* ---- __class__ */

static Obj *object_get_class(Interp *I, Obj *o, void *closure) {
    (void)I, (void)closure;
    return NEWREF(TYPE(o));
}

static bool compatible_with_base(TypeObj *c) {
    TypeObj *p = c->base;
    return p && c->basicsize == p->basicsize && c->itemsize == p->itemsize &&
           c->dictoffset == p->dictoffset && c->weaklistoffset == p->weaklistoffset &&
           TYPE_HAS(c, TPF_HAVE_GC) == TYPE_HAS(p, TPF_HAVE_GC) &&
           (c->dealloc == subtype_dealloc || c->dealloc == p->dealloc);
}

static bool same_slots_added(Interp *I, TypeObj *a, TypeObj *b) {
    if (a->basicsize != b->basicsize) return false;
    Obj *sa = a->ht_slots, *sb = b->ht_slots;
    Ssize na = sa ? TUPLE_LEN(sa) : 0, nb = sb ? TUPLE_LEN(sb) : 0;
    if (na != nb) return false;
    for (Ssize i = 0; i < na; i++) {
        int eq = obj_richcompare_bool(I, TUPLE_GET(sa, i), TUPLE_GET(sb, i), CMP_EQ);
        if (eq <= 0) {
            if (eq < 0) err_clear(I);
            return false;
        }
    }
    return a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset;
}

static bool compatible_for_assignment(Interp *I, TypeObj *oldto, TypeObj *newto) {
    if (oldto->dealloc != newto->dealloc &&
        !(TYPE_HAS(oldto, TPF_HEAPTYPE) && TYPE_HAS(newto, TPF_HEAPTYPE)))
        goto differs;
    TypeObj *nb = newto, *ob = oldto;
    while (compatible_with_base(nb)) nb = nb->base;
    while (compatible_with_base(ob)) ob = ob->base;
    if (nb != ob && (nb->base != ob->base || !same_slots_added(I, nb, ob))) goto differs;
    return true;
differs:
    err_format(I, I->e_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
               newto->name, oldto->name);
    return false;
}

static int object_set_class(Interp *I, Obj *o, Obj *v, void *closure) {
    (void)closure;
    if (!v) {
        err_string(I, I->e_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!TYPE_CHECK(v)) {
        err_format(I, I->e_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    TypeObj *newto = (TypeObj *)v, *oldto = TYPE(o);
    bool modules = type_is_subtype(newto, I->t_module) && type_is_subtype(oldto, I->t_module);
    if (!modules && (!TYPE_HAS(newto, TPF_HEAPTYPE) || !TYPE_HAS(oldto, TPF_HEAPTYPE))) {
        err_format(I, I->e_TypeError,
                   "__class__ assignment only supported for %s types or ModuleType subclasses",
                   I->prof->immutable_type_msgs ? "mutable" : "heap");
        return -1;
    }
    if (!compatible_for_assignment(I, oldto, newto)) return -1;
    if (TYPE_HAS(newto, TPF_HEAPTYPE)) INCREF(newto);
    o->type = newto;
    if (TYPE_HAS(oldto, TPF_HEAPTYPE)) DECREF(I, oldto);
    return 0;
}

/* ---- methods */

static bool merge_class_dict(Interp *I, Obj *dict, Obj *cls);

/* dict.update(cls.__dict__), then the same for each of cls.__bases__ (CPython's dir()). */
static bool merge_class_dict(Interp *I, Obj *dict, Obj *cls) {
    Obj *cd;
    if (obj_lookup_attr(I, cls, I->ids.__dict__, &cd) < 0) return false;
    if (cd) {
        bool ok = dict_update(I, dict, cd);
        DECREF(I, cd);
        if (!ok) return false;
    }
    Obj *bases, *bases_name = str_intern_cstr(I, "__bases__");
    if (!bases_name) return false;
    int found = obj_lookup_attr(I, cls, bases_name, &bases);
    DECREF(I, bases_name);
    if (found < 0) return false;
    if (!bases) return true;
    bool ok = true;
    if (TUPLE_CHECK(bases))
        for (Ssize i = 0; ok && i < TUPLE_LEN(bases); i++)
            ok = merge_class_dict(I, dict, TUPLE_GET(bases, i));
    DECREF(I, bases);
    return ok;
}

static Obj *object_dir(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Obj *d;
    if (obj_lookup_attr(I, self, I->ids.__dict__, &d) < 0) return NULL;
    Obj *dict = d && DICT_CHECK(d) ? dict_copy(I, d) : dict_new(I);
    XDECREF(I, d);
    if (!dict) return NULL;
    Obj *cls;
    if (obj_lookup_attr(I, self, I->ids.__class__, &cls) < 0) goto fail;
    if (cls) {
        bool ok = merge_class_dict(I, dict, cls);
        DECREF(I, cls);
        if (!ok) goto fail;
    }
    Obj *r = dict_keys_list(I, dict);
    DECREF(I, dict);
    return r;
fail:
    DECREF(I, dict);
    return NULL;
}

Obj *type_dir_for_suggestions(Interp *I, Obj *o) {
    Obj *r = obj_call_method(I, o, I->ids.__dir__, NULL, 0);
    if (!r) err_clear(I);
    return r;
}

/* type.__dir__ lives in typeobject.c; this is the class part for it. */
Obj *object_type_dir(Interp *I, Obj *type) {
    Obj *dict = dict_new(I);
    if (!dict) return NULL;
    if (!merge_class_dict(I, dict, type)) {
        DECREF(I, dict);
        return NULL;
    }
    Obj *r = dict_keys_list(I, dict);
    DECREF(I, dict);
    return r;
}

static Obj *object_format(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)kwnames, (void)nargs;
    Obj *spec = args[0];
    if (!STR_CHECK(spec))
        return err_format(I, I->e_TypeError, "__format__() argument %smust be str, not %T",
                          I->prof->object_args_msg_37 ? "" : "1 ", spec);
    if (STR_LEN(spec) > 0)
        return err_format(I, I->e_TypeError, "unsupported format string passed to %s.__format__",
                          TYPE(self)->name);
    return obj_str(I, self);
}

static Obj *object_init_subclass(Interp *I, Obj *cls, Obj *const *args, size_t nargs,
                                 Obj *kwnames) {
    (void)args;
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        if (I->prof->init_subclass_qualname && TYPE_CHECK(cls))
            return err_format(I, I->e_TypeError,
                              "%s.__init_subclass__() takes no keyword arguments",
                              ((TypeObj *)cls)->name);
        return err_string(I, I->e_TypeError, "__init_subclass__() takes no keyword arguments");
    }
    if (nargs > 0)
        return err_format(I, I->e_TypeError, "%s__init_subclass__() takes no arguments (%zu given)",
                          I->prof->cfunc_qualname_errors ? "object." : "", nargs);
    RET_NONE(I);
}

static Obj *object_subclasshook(Interp *I, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)cls, (void)args, (void)nargs, (void)kwnames;
    return NEWREF(I->notimpl);
}

/* object.__sizeof__: the instance size CPython X.Y would report (the model's layout). */
static Obj *object_sizeof(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    TypeObj *t = TYPE(self);
    Ssize n = t->itemsize ? VSIZE(self) : 0;
    if (n < 0) n = -n;
    const ModelType *m = t->model;
    Ssize size = m ? (Ssize)model_object_sizeof(m, n) : t->basicsize + n * t->itemsize;
    return int_from_i64(I, size);
}

static const MethodDef object_methods[] = {
    {"__sizeof__", object_sizeof, METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, METH_NOARGS, "Default dir() implementation."},
    {"__format__", object_format, METH_O, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_FASTCALL | METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj object_tmpl = {
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TPF_BASETYPE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .init = object_init,
    .new_ = object_new,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- instances of classes: traverse, clear, dealloc (CPython's subtype_*) */

/* The first base that is not a class: its dealloc/traverse/clear finish the job. */
static TypeObj *solid_c_base(TypeObj *t) {
    while (t && TYPE_HAS(t, TPF_HEAPTYPE)) t = t->base;
    return t;
}

static MemberDef *heap_members(TypeObj *t) {
    return ((HeapTypeObj *)t)->members;
}

int subtype_traverse(Obj *o, VisitFn visit, void *arg) {
    TypeObj *t = TYPE(o);
    for (TypeObj *b = t; b && TYPE_HAS(b, TPF_HEAPTYPE); b = b->base) {
        MemberDef *m = heap_members(b);
        for (Ssize i = 0; i < VSIZE(b); i++)
            if (m[i].kind == MEMBER_OBJECT_EX) VISIT(*(Obj **)((char *)o + m[i].offset));
    }
    TypeObj *base = solid_c_base(t);
    if (t->dictoffset && (!base || !base->dictoffset)) {
        Obj **dp = obj_dict_ptr(NULL, o);
        VISIT(*dp);
    }
    VISIT(t); /* the instance keeps its class alive */
    if (base && base->traverse) return base->traverse(o, visit, arg);
    return 0;
}

static void clear_slots(Interp *I, Obj *o) {
    for (TypeObj *b = TYPE(o); b && TYPE_HAS(b, TPF_HEAPTYPE); b = b->base) {
        MemberDef *m = heap_members(b);
        for (Ssize i = 0; i < VSIZE(b); i++)
            if (m[i].kind == MEMBER_OBJECT_EX) CLEAR(I, *(Obj **)((char *)o + m[i].offset));
    }
}

int subtype_clear(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o), *base = solid_c_base(t);
    clear_slots(I, o);
    if (t->dictoffset && (!base || !base->dictoffset)) {
        Obj **dp = obj_dict_ptr(I, o);
        CLEAR(I, *dp);
    }
    if (base && base->clear) return base->clear(I, o);
    return 0;
}

void subtype_dealloc(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o), *base = solid_c_base(t);
    bool was_tracked = gc_is_tracked(o);
    if (was_tracked) gc_untrack(I, o);
    if (t->finalize && gc_call_finalizer_from_dealloc(I, o)) {
        if (was_tracked) gc_track(I, o);
        return; /* resurrected by __del__ */
    }
    if (!gc_trash_begin(I, o)) return; /* put off: freed later by this function again */
    if (t->weaklistoffset && (!base || !base->weaklistoffset) &&
        *(Obj **)((char *)o + t->weaklistoffset))
        weakref_clear(I, o);
    clear_slots(I, o);
    if (t->dictoffset && (!base || !base->dictoffset)) {
        Obj **dp = obj_dict_ptr(I, o);
        CLEAR(I, *dp);
    }
    /* the object may have been given another class (__class__ =): drop that one */
    t = TYPE(o);
    gc_trash_pause(I, -1); /* the base's dealloc counts this level itself */
    if (base && base->dealloc)
        base->dealloc(I, o);
    else
        obj_free(I, o);
    gc_trash_pause(I, +1);
    DECREF(I, t);
    gc_trash_end(I);
}

/* ---- None, NotImplemented, Ellipsis */

static Obj *none_repr(Interp *I, Obj *o) {
    (void)o;
    return str_from_cstr(I, "None");
}

static int none_bool(Interp *I, Obj *o) {
    (void)I, (void)o;
    return 0;
}

static Hash none_hash(Interp *I, Obj *o) {
    (void)I, (void)o;
    return 0xFCA86420; /* CPython 3.12+: a constant (before: the address, i.e. arbitrary) */
}

static Obj *singleton_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames))
        return err_format(I, I->e_TypeError, "%s takes no arguments", type->name);
    if (type == I->t_none) return NEWREF(I->none);
    if (type == I->t_notimpl) return NEWREF(I->notimpl);
    return NEWREF(I->ellipsis);
}

static void singleton_dealloc(Interp *I, Obj *o) {
    (void)I;
    o->refcnt = 1 << 30; /* immortal: a stray DECREF must not free it */
}

const TypeObj none_tmpl = {
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = none_hash,
    .nb_bool = none_bool,
    .new_ = singleton_new,
};

static Obj *notimpl_repr(Interp *I, Obj *o) {
    (void)o;
    return str_from_cstr(I, "NotImplemented");
}

const TypeObj notimpl_tmpl = {
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .new_ = singleton_new,
};

static Obj *ellipsis_repr(Interp *I, Obj *o) {
    (void)o;
    return str_from_cstr(I, "Ellipsis");
}

const TypeObj ellipsis_tmpl = {
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = singleton_new,
};

static Obj *make_singleton(Interp *I, TypeObj *t) {
    Obj *o = obj_alloc(I, t, 0);
    if (o) o->refcnt = 1 << 30;
    return o;
}

bool objmodel_singletons_init(Interp *I) {
    I->none = make_singleton(I, I->t_none);
    I->notimpl = make_singleton(I, I->t_notimpl);
    I->ellipsis = make_singleton(I, I->t_ellipsis);
    return I->none && I->notimpl && I->ellipsis;
}

void objmodel_singletons_fini(Interp *I) {
    Obj **s[] = {&I->none, &I->notimpl, &I->ellipsis};
    for (size_t i = 0; i < 3; i++)
        if (*s[i]) {
            obj_free(I, *s[i]);
            *s[i] = NULL;
        }
}
