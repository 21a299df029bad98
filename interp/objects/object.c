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
    TypeObj *t = TYPE(o);
    /* A C type with a weak-reference list (functions, methods, code, generators, sets...):
     * its weak references die first, as each of CPython's deallocators clears them. Classes'
     * instances do it in subtype_dealloc, after __del__. */
    if (t->weaklistoffset > 0 && !TYPE_HAS(t, TPF_HEAPTYPE) &&
        *(Obj **)((char *)o + t->weaklistoffset))
        weakref_clear(I, o);
    t->dealloc(I, o);
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

/* ---- pickling support: object.__reduce_ex__ / __reduce__ (CPython's typeobject.c reduce_newobj,
 * with copyreg's helpers __newobj__, __newobj_ex__, _reconstructor, _slotnames done here in C) */

/* obj_lookup_attr with a C string name */
static int lookup_cstr(Interp *I, Obj *o, const char *name, Obj **out) {
    Obj *n = str_intern_cstr(I, name);
    *out = NULL;
    if (!n) return -1;
    int r = obj_lookup_attr(I, o, n, out);
    DECREF(I, n);
    return r;
}

static Obj *cannot_pickle(Interp *I, TypeObj *t) {
    if (!I->prof->pickle_msg_38)
        return err_format(I, I->e_TypeError, "can't pickle %s objects", t->name);
    return err_format(I, I->e_TypeError, "cannot pickle '%s' object", t->name);
}

/* A C type that CPython gives no tp_new: here it inherited object's __new__. */
static bool no_own_new(Interp *I, TypeObj *t) {
    return !t->new_ || (t->new_ == object_new && t != I->t_object &&
                        !TYPE_HAS(t, TPF_HEAPTYPE) && t->base == I->t_object);
}

/* copyreg.__newobj__(cls, *args): cls.__new__(cls, *args) */
static Obj *copyreg_newobj(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self, (void)kwnames;
    if (nargs < 1)
        return err_string(I, I->e_TypeError,
                          "__newobj__() missing 1 required positional argument: 'cls'");
    Obj *new_ = obj_getattr(I, args[0], I->ids.__new__);
    if (!new_) return NULL;
    Obj *r = obj_call(I, new_, args, nargs, NULL);
    DECREF(I, new_);
    return r;
}

/* copyreg.__newobj_ex__(cls, args, kwargs): cls.__new__(cls, *args, **kwargs) */
static Obj *copyreg_newobj_ex(Interp *I, Obj *self, Obj *const *args, size_t nargs,
                              Obj *kwnames) {
    (void)self, (void)kwnames;
    if (nargs != 3 || !TUPLE_CHECK(args[1]))
        return err_string(I, I->e_TypeError, "__newobj_ex__() takes cls, args and kwargs");
    Ssize n = TUPLE_LEN(args[1]);
    Obj *all = tuple_new(I, n + 1);
    if (!all) return NULL;
    TUPLE_SET(all, 0, NEWREF(args[0]));
    for (Ssize i = 0; i < n; i++) TUPLE_SET(all, i + 1, NEWREF(TUPLE_GET(args[1], i)));
    Obj *new_ = obj_getattr(I, args[0], I->ids.__new__);
    Obj *r = new_ ? obj_call_tuple_dict(I, new_, all, args[2] == I->none ? NULL : args[2]) : NULL;
    XDECREF(I, new_);
    DECREF(I, all);
    return r;
}

/* copyreg._reconstructor(cls, base, state) for protocols 0 and 1 */
static Obj *copyreg_reconstructor(Interp *I, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    (void)self, (void)kwnames;
    if (nargs != 3 || !TYPE_CHECK(args[0]) || !TYPE_CHECK(args[1]))
        return err_string(I, I->e_TypeError, "_reconstructor() takes cls, base and state");
    TypeObj *base = (TypeObj *)args[1];
    Obj *o;
    if (base == I->t_object) {
        o = object_new(I, (TypeObj *)args[0], NULL, 0, NULL);
    } else {
        Obj *new_ = obj_getattr(I, args[1], I->ids.__new__);
        o = new_ ? obj_call2(I, new_, args[0], args[2]) : NULL;
        XDECREF(I, new_);
    }
    if (o && base->init && base->init != I->t_object->init) {
        Obj *a[1] = {args[2]};
        if (base->init(I, o, a, 1, NULL) < 0) CLEAR(I, o);
    }
    return o;
}

static const MethodDef copyreg_defs[] = {
    {"__newobj__", copyreg_newobj, METH_FASTCALL, NULL},
    {"__newobj_ex__", copyreg_newobj_ex, METH_FASTCALL, NULL},
    {"_reconstructor", copyreg_reconstructor, METH_FASTCALL, NULL},
};

/* A slot name as the class's code sees it: __x in class _C is _C__x (copyreg._slotnames). */
static bool add_slot_name(Interp *I, Obj *names, TypeObj *c, Obj *name) {
    if (!STR_CHECK(name)) return list_append(I, names, name);
    if (str_eq_cstr(name, "__dict__") || str_eq_cstr(name, "__weakref__")) return true;
    const char *s = str_utf8(I, name, NULL), *cls = type_name(c);
    if (!s) return false;
    size_t n = strlen(s);
    while (*cls == '_') cls++;
    if (n > 2 && s[0] == '_' && s[1] == '_' && !(s[n - 1] == '_' && s[n - 2] == '_') && *cls) {
        Obj *m = str_from_format(I, "_%s%s", cls, s);
        bool ok = m && list_append(I, names, m);
        XDECREF(I, m);
        return ok;
    }
    return list_append(I, names, name);
}

/* copyreg._slotnames(cls): the names of the slots of cls and its bases, cached in
 * cls.__slotnames__ as CPython does. New reference. */
static Obj *slot_names(Interp *I, TypeObj *t) {
    Obj *key = str_intern_cstr(I, "__slotnames__");
    if (!key) return NULL;
    Obj *cached = dict_get_str(I, t->dict, key);
    if (cached && LIST_CHECK(cached)) {
        DECREF(I, key);
        return NEWREF(cached);
    }
    Obj *names = list_new(I, 0), *slots_key = str_intern_cstr(I, "__slots__");
    bool ok = names && slots_key;
    for (Ssize i = 0; ok && t->mro && i < TUPLE_LEN(t->mro); i++) {
        TypeObj *c = (TypeObj *)TUPLE_GET(t->mro, i);
        Obj *slots = c->dict ? dict_get_str(I, c->dict, slots_key) : NULL;
        if (!slots) continue;
        if (STR_CHECK(slots)) {
            ok = add_slot_name(I, names, c, slots);
            continue;
        }
        Obj *it = obj_iter(I, slots), *s;
        ok = it != NULL;
        while (ok && (s = iter_next(I, it))) {
            ok = add_slot_name(I, names, c, s);
            DECREF(I, s);
        }
        ok = ok && !err_occurred(I);
        XDECREF(I, it);
    }
    if (ok && obj_setattr(I, OBJ(t), key, names) < 0) err_clear(I); /* copyreg ignores failures */
    XDECREF(I, slots_key);
    DECREF(I, key);
    if (!ok) CLEAR(I, names);
    return names;
}

/* The default state: the instance dict if not empty, else None; with slots, (state, {slots}). */
static Obj *default_state(Interp *I, Obj *o) {
    Obj **dp = obj_dict_ptr(I, o);
    Obj *state = dp && *dp && dict_len(*dp) > 0 ? NEWREF(*dp) : NEWREF(I->none);
    Obj *names = slot_names(I, TYPE(o)), *slots = names ? dict_new(I) : NULL;
    bool ok = slots != NULL;
    for (Ssize i = 0; ok && i < LIST_LEN(names); i++) {
        Obj *v;
        int r = obj_lookup_attr(I, o, LIST_GET(names, i), &v);
        ok = r >= 0 && (!v || dict_set(I, slots, LIST_GET(names, i), v));
        XDECREF(I, v);
    }
    if (ok && dict_len(slots) > 0) SETREF(I, state, tuple_pack(I, 2, state, slots));
    XDECREF(I, names);
    XDECREF(I, slots);
    if (!ok) CLEAR(I, state);
    return state;
}

/* __getnewargs_ex__() or __getnewargs__() of o: *args a tuple (NULL: neither), *kwargs a dict
 * or NULL. */
static bool new_args(Interp *I, Obj *o, Obj **args, Obj **kwargs) {
    *args = *kwargs = NULL;
    Obj *f;
    if (lookup_cstr(I, o, "__getnewargs_ex__", &f) < 0)
        return false;
    if (f) {
        Obj *r = obj_call0(I, f);
        DECREF(I, f);
        if (!r) return false;
        if (!TUPLE_CHECK(r) || TUPLE_LEN(r) != 2 || !TUPLE_CHECK(TUPLE_GET(r, 0)) ||
            !DICT_CHECK(TUPLE_GET(r, 1))) {
            DECREF(I, r);
            err_string(I, I->e_TypeError,
                       "__getnewargs_ex__ should return a tuple of length 2 (args, kwargs)");
            return false;
        }
        *args = NEWREF(TUPLE_GET(r, 0));
        *kwargs = NEWREF(TUPLE_GET(r, 1));
        DECREF(I, r);
        return true;
    }
    if (lookup_cstr(I, o, "__getnewargs__", &f) < 0)
        return false;
    if (!f) return true;
    *args = obj_call0(I, f);
    DECREF(I, f);
    if (*args && !TUPLE_CHECK(*args)) {
        err_format(I, I->e_TypeError, "__getnewargs__ should return a tuple, not '%T'", *args);
        CLEAR(I, *args);
    }
    return *args != NULL;
}

static Obj *object_state(Interp *I, Obj *o) {
    Obj *f;
    if (obj_lookup_attr(I, o, I->ids.__getstate__, &f) < 0) return NULL;
    if (!f) return default_state(I, o);
    Obj *r = obj_call0(I, f);
    DECREF(I, f);
    return r;
}

/* Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
static Obj *reduce_newobj(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o);
    if (no_own_new(I, t)) return cannot_pickle(I, t);
    Obj *args, *kwargs;
    if (!new_args(I, o, &args, &kwargs)) return NULL;
    Obj *fn = NULL, *fargs = NULL, *state = NULL, *items[2] = {NULL, NULL}, *r = NULL;
    bool ex = kwargs && dict_len(kwargs) > 0;
    fn = cfunc_new(I, &copyreg_defs[ex ? 1 : 0], NULL);
    if (ex) {
        fargs = tuple_pack(I, 3, OBJ(t), args, kwargs);
    } else {
        Ssize n = args ? TUPLE_LEN(args) : 0;
        fargs = tuple_new(I, n + 1);
        if (fargs) {
            TUPLE_SET(fargs, 0, NEWREF(OBJ(t)));
            for (Ssize i = 0; i < n; i++) TUPLE_SET(fargs, i + 1, NEWREF(TUPLE_GET(args, i)));
        }
    }
    if (fn && fargs) state = object_state(I, o);
    bool ok = state != NULL;
    if (ok && LIST_CHECK(o)) ok = (items[0] = obj_iter(I, o)) != NULL;
    if (ok && DICT_CHECK(o)) {
        Obj *m = obj_getattr_cstr(I, o, "items"), *its = m ? obj_call0(I, m) : NULL;
        ok = its && (items[1] = obj_iter(I, its)) != NULL;
        XDECREF(I, m);
        XDECREF(I, its);
    }
    if (ok)
        r = tuple_pack(I, 5, fn, fargs, state, items[0] ? items[0] : I->none,
                       items[1] ? items[1] : I->none);
    XDECREF(I, args);
    XDECREF(I, kwargs);
    XDECREF(I, fn);
    XDECREF(I, fargs);
    XDECREF(I, state);
    XDECREF(I, items[0]);
    XDECREF(I, items[1]);
    return r;
}

/* Protocols 0 and 1 (copyreg._reduce_ex): (_reconstructor, (cls, base, state)[, dict]) where
 * base is the first builtin base, or one whose __new__ is its own. */
static Obj *reduce_copyreg(Interp *I, Obj *o, Ssize proto) {
    TypeObj *cls = TYPE(o), *base = I->t_object;
    for (Ssize i = 0; i < TUPLE_LEN(cls->mro); i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(cls->mro, i);
        if (!TYPE_HAS(b, TPF_HEAPTYPE) || (b->new_ && b->new_ != object_new &&
                                           dict_get_str(I, b->dict, I->ids.__new__))) {
            base = b;
            break;
        }
    }
    Obj *state = NULL;
    if (base == cls) return cannot_pickle(I, cls);
    state = base == I->t_object ? NEWREF(I->none) : obj_call1(I, OBJ(base), o);
    if (!state) return NULL;
    Obj *args = tuple_pack(I, 3, OBJ(cls), OBJ(base), state), *d = NULL, *f = NULL;
    DECREF(I, state);
    if (!args || obj_lookup_attr(I, o, I->ids.__getstate__, &f) < 0) goto fail;
    if (f) {
        d = obj_call0(I, f);
        if (!d) goto fail;
    } else {
        Obj *sl;
        if (lookup_cstr(I, o, "__slots__", &sl) < 0) goto fail;
        int truth = sl ? obj_is_true(I, sl) : 0;
        XDECREF(I, sl);
        if (truth) {
            if (I->prof->pickle_slots_msg_38)
                err_format(I, I->e_TypeError,
                           "cannot pickle '%s' object: a class that defines __slots__ without "
                           "defining __getstate__ cannot be pickled with protocol %zd",
                           cls->name, proto);
            else
                err_string(I, I->e_TypeError, "a class that defines __slots__ without defining "
                                              "__getstate__ cannot be pickled");
            goto fail;
        }
        if (obj_lookup_attr(I, o, I->ids.__dict__, &d) < 0) goto fail;
    }
    Obj *fn = cfunc_new(I, &copyreg_defs[2], NULL), *r = NULL;
    int full = d ? obj_is_true(I, d) : 0;
    if (fn && full >= 0) r = full ? tuple_pack(I, 3, fn, args, d) : tuple_pack(I, 2, fn, args);
    XDECREF(I, fn);
    XDECREF(I, f);
    XDECREF(I, d);
    DECREF(I, args);
    return r;
fail:
    XDECREF(I, f);
    XDECREF(I, d);
    XDECREF(I, args);
    return NULL;
}

static Obj *common_reduce(Interp *I, Obj *o, Ssize proto) {
    return proto >= 2 ? reduce_newobj(I, o) : reduce_copyreg(I, o, proto);
}

static Obj *object_reduce(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return common_reduce(I, self, 0);
}

/* __reduce_ex__(protocol): an overridden __reduce__ wins, as CPython's object___reduce_ex__. */
static Obj *object_reduce_ex(Interp *I, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames) {
    (void)nargs, (void)kwnames;
    Ssize proto = num_as_ssize(I, args[0], I->e_OverflowError);
    if (proto == -1 && err_occurred(I)) return NULL;
    Obj *mine = type_lookup(I, I->t_object, I->ids.__reduce__);
    Obj *theirs = type_lookup(I, TYPE(self), I->ids.__reduce__);
    if (theirs && theirs != mine) return obj_call_method(I, self, I->ids.__reduce__, NULL, 0);
    return common_reduce(I, self, proto);
}

static const MethodDef object_methods[] = {
    {"__sizeof__", object_sizeof, METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, METH_NOARGS, "Default dir() implementation."},
    {"__format__", object_format, METH_O, "Default object formatter."},
    {"__reduce__", object_reduce, METH_NOARGS, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, METH_O, "Helper for pickle."},
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
