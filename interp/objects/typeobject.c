/* typeobject.c: type objects (CPython's typeobject.c): builtin types made ready from their
 * templates, the method cache, attribute lookup through the MRO, the `type` type itself
 * (type(x), type(name, bases, ns), its attributes) and the bookkeeping of subclasses and
 * version tags. Class creation proper is in classnew.c. */
#include "objects/typeobject.h"

#include <stdlib.h>
#include <string.h>

#include "model/dictmodel.h"
#include "model/model.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeimpl.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/weakref.h"

/* ---- per-interpreter state: version tags and the method cache */

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct MCacheEntry {
    uint32_t version;
    Obj *name;  /* borrowed, interned */
    Obj *value; /* borrowed; valid while the version matches */
} MCacheEntry;

struct TypeState {
    uint32_t next_version;
    MCacheEntry cache[MCACHE_SIZE];
    TypeObj *extra[TYPE_EXTRA_COUNT]; /* type_extra */
};

extern const TypeObj genericalias_tmpl, uniontype_tmpl;

TypeObj *type_extra(Interp *I, int which) {
    struct TypeState *s = I->typestate;
    if (!s->extra[which]) {
        static const TypeObj *const tmpls[TYPE_EXTRA_COUNT] = {&genericalias_tmpl,
                                                               &uniontype_tmpl};
        TypeObj *t = type_from_template(I, tmpls[which], I->t_object);
        if (!t) return NULL;
        if (!type_ready(I, t)) {
            type_free_static(I, t);
            return NULL;
        }
        s->extra[which] = t;
    }
    return s->extra[which];
}

/* Their dicts hold descriptors of theirs: dropped with the other types' in teardown pass 1;
 * the types themselves go in typestate_fini, after the last collection. */
void type_extra_clear(Interp *I) {
    struct TypeState *s = I->typestate;
    for (int i = 0; s && i < TYPE_EXTRA_COUNT; i++) {
        TypeObj *t = s->extra[i];
        if (!t) continue;
        CLEAR(I, t->dict);
        CLEAR(I, t->mro);
        CLEAR(I, t->bases);
        CLEAR(I, t->subclasses);
    }
}

bool typestate_init(Interp *I) {
    struct TypeState *s = calloc(1, sizeof *s);
    if (!s) return false;
    s->next_version = 1;
    I->typestate = s;
    return true;
}

void typestate_fini(Interp *I) {
    for (int i = 0; I->typestate && i < TYPE_EXTRA_COUNT; i++)
        if (I->typestate->extra[i]) type_free_static(I, I->typestate->extra[i]);
    free(I->typestate);
    I->typestate = NULL;
}

static uint32_t next_version(Interp *I) {
    struct TypeState *s = I->typestate;
    uint32_t v = s->next_version++;
    if (s->next_version == 0) { /* wrapped: forget every cached lookup */
        memset(s->cache, 0, sizeof s->cache);
        s->next_version = 1;
    }
    return v;
}

static void for_each_subclass(Interp *I, TypeObj *t, void (*fn)(Interp *, TypeObj *)) {
    if (!t->subclasses) return;
    Ssize pos = 0;
    Obj *k, *v;
    while (dict_next(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (int_fits_i64(v, &addr)) fn(I, (TypeObj *)(uintptr_t)addr);
    }
}

void type_modified(Interp *I, TypeObj *t) {
    t->version_tag = next_version(I);
    for_each_subclass(I, t, type_modified);
}

/* ---- lookup through the MRO */

Obj *type_lookup_uncached(Interp *I, TypeObj *t, Obj *name) {
    Obj *mro = t->mro;
    if (!mro) {
        for (TypeObj *b = t; b; b = b->base) {
            Obj *v = b->dict ? dict_get_str(I, b->dict, name) : NULL;
            if (v) return v;
        }
        return NULL;
    }
    Ssize n = TUPLE_LEN(mro);
    for (Ssize i = 0; i < n; i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(mro, i);
        Obj *v = dict_get_str(I, b->dict, name);
        if (v) return v;
    }
    return NULL;
}

Obj *type_lookup(Interp *I, TypeObj *t, Obj *name) {
    if (TYPE(name) != I->t_str || !((StrObj *)name)->interned || !t->version_tag)
        return type_lookup_uncached(I, t, name);
    uint32_t h =
        (uint32_t)(((uintptr_t)name >> 4) ^ (t->version_tag * 2654435761u)) & (MCACHE_SIZE - 1);
    MCacheEntry *e = &I->typestate->cache[h];
    if (e->version == t->version_tag && e->name == name) return e->value;
    Obj *v = type_lookup_uncached(I, t, name);
    e->version = t->version_tag;
    e->name = name;
    e->value = v;
    return v;
}

/* ---- names */

const char *type_name(TypeObj *t) {
    if (TYPE_HAS(t, TPF_HEAPTYPE)) return t->name;
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

Obj *type_qualname(Interp *I, TypeObj *t) {
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->ht_qualname) return NEWREF(t->ht_qualname);
    return str_from_cstr(I, type_name(t));
}

Obj *type_module(Interp *I, TypeObj *t) {
    if (TYPE_HAS(t, TPF_HEAPTYPE)) {
        Obj *m = dict_get_str(I, t->dict, I->ids.__module__);
        if (m) return NEWREF(m);
        if (err_occurred(I)) return NULL;
        return err_attribute(I, OBJ(t), I->ids.__module__, "__module__");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) return str_from_utf8(I, t->name, dot - t->name);
    return str_from_cstr(I, "builtins");
}

Obj *type_full_name(Interp *I, TypeObj *t) {
    Obj *mod = type_module(I, t);
    if (!mod) err_clear(I);
    Obj *qn = type_qualname(I, t);
    if (!qn) {
        XDECREF(I, mod);
        return NULL;
    }
    Obj *r;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        r = str_from_format(I, "%U.%U", mod, qn);
    else
        r = NEWREF(qn);
    XDECREF(I, mod);
    DECREF(I, qn);
    return r;
}

bool type_has_dict(TypeObj *t) {
    return t->dictoffset != 0;
}

Hash hash_not_implemented(Interp *I, Obj *o) {
    err_format(I, I->e_TypeError, "unhashable type: '%s'", TYPE(o)->name);
    return -1;
}

/* ---- subclasses (a dict id -> address; entries are removed when a class dies) */

static bool add_subclass(Interp *I, TypeObj *base, TypeObj *t) {
    if (!base->subclasses && !(base->subclasses = dict_new(I))) return false;
    Obj *k = int_from_i64(I, (int64_t)(uintptr_t)t);
    if (!k) return false;
    bool ok = dict_set(I, base->subclasses, k, k);
    DECREF(I, k);
    return ok;
}

void type_remove_subclass(Interp *I, TypeObj *t) {
    if (!t->bases) return;
    Obj *k = int_from_i64(I, (int64_t)(uintptr_t)t);
    if (!k) {
        err_clear(I);
        return;
    }
    for (Ssize i = 0; i < TUPLE_LEN(t->bases); i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(t->bases, i);
        if (b->subclasses && dict_del(I, b->subclasses, k) < 0) err_clear(I);
    }
    DECREF(I, k);
}

/* ---- builtin types */

TypeObj *type_from_template(Interp *I, const TypeObj *tmpl, TypeObj *base) {
    size_t size = GC_HEAD_SIZE + sizeof(HeapTypeObj) + sizeof(MemberDef);
    char *block = calloc(1, size);
    if (!block) {
        err_no_memory(I);
        return NULL;
    }
    TypeObj *t = (TypeObj *)(block + GC_HEAD_SIZE);
    *t = *tmpl;
    t->ob.ob.refcnt = 1;
    t->ob.ob.type = I->t_type; /* NULL while `type` itself is being made: fixed by type_ready */
    t->ob.size = 0;
    if (tmpl != &object_tmpl) t->base = base ? base : tmpl->base;
    t->flags &= ~(uint32_t)(TPF_READY | TPF_READYING | TPF_HEAPTYPE);
    t->flags |= TPF_IMMUTABLETYPE;
    return t;
}

void type_free_static(Interp *I, TypeObj *t) {
    CLEAR(I, t->dict);
    CLEAR(I, t->mro);
    CLEAR(I, t->bases);
    CLEAR(I, t->subclasses);
    if (t->model) {
        mem_free(t->model);
        t->model = NULL;
    }
    free((char *)t - GC_HEAD_SIZE);
}

/* Put descriptors for the method, member and getset tables in the type's dict. */
static bool add_tables(Interp *I, TypeObj *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        if (dict_get_cstr(I, t->dict, m->name)) continue;
        Obj *d;
        if (m->flags & METH_CLASS)
            d = classmethod_descr_new(I, t, m);
        else if (m->flags & METH_STATIC) {
            Obj *f = cfunc_new(I, m, NULL);
            d = f ? staticmethod_new(I, f) : NULL;
            XDECREF(I, f);
        } else
            d = method_descr_new(I, t, m);
        bool ok = d && dict_set_cstr(I, t->dict, m->name, d);
        XDECREF(I, d);
        if (!ok) return false;
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        if (dict_get_cstr(I, t->dict, m->name)) continue;
        Obj *d = member_descr_new(I, t, m);
        bool ok = d && dict_set_cstr(I, t->dict, m->name, d);
        XDECREF(I, d);
        if (!ok) return false;
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        if (dict_get_cstr(I, t->dict, g->name)) continue;
        /* before 3.10 a class's __annotations__ is only its dict entry (or a base's) */
        if (t == I->t_type && !I->prof->class_annotations && !strcmp(g->name, "__annotations__"))
            continue;
        Obj *d = getset_descr_new(I, t, g);
        bool ok = d && dict_set_cstr(I, t->dict, g->name, d);
        XDECREF(I, d);
        if (!ok) return false;
    }
    return true;
}

#define COPY_SLOT(f)                                                                               \
    if (!t->f) t->f = b->f

/* Inherit the slots a type leaves NULL from its base (CPython's inherit_slots). */
static void inherit_slots(TypeObj *t, TypeObj *b) {
    COPY_SLOT(nb_add);
    COPY_SLOT(nb_sub);
    COPY_SLOT(nb_mul);
    COPY_SLOT(nb_matmul);
    COPY_SLOT(nb_truediv);
    COPY_SLOT(nb_floordiv);
    COPY_SLOT(nb_mod);
    COPY_SLOT(nb_divmod);
    COPY_SLOT(nb_lshift);
    COPY_SLOT(nb_rshift);
    COPY_SLOT(nb_and);
    COPY_SLOT(nb_or);
    COPY_SLOT(nb_xor);
    COPY_SLOT(nb_pow);
    COPY_SLOT(nb_iadd);
    COPY_SLOT(nb_isub);
    COPY_SLOT(nb_imul);
    COPY_SLOT(nb_imatmul);
    COPY_SLOT(nb_itruediv);
    COPY_SLOT(nb_ifloordiv);
    COPY_SLOT(nb_imod);
    COPY_SLOT(nb_ilshift);
    COPY_SLOT(nb_irshift);
    COPY_SLOT(nb_iand);
    COPY_SLOT(nb_ior);
    COPY_SLOT(nb_ixor);
    COPY_SLOT(nb_ipow);
    COPY_SLOT(nb_neg);
    COPY_SLOT(nb_pos);
    COPY_SLOT(nb_abs);
    COPY_SLOT(nb_invert);
    COPY_SLOT(nb_int);
    COPY_SLOT(nb_float);
    COPY_SLOT(nb_index);
    COPY_SLOT(nb_bool);
    COPY_SLOT(len);
    COPY_SLOT(mp_subscript);
    COPY_SLOT(mp_ass_subscript);
    COPY_SLOT(sq_item);
    COPY_SLOT(sq_contains);
    COPY_SLOT(sq_concat);
    COPY_SLOT(sq_inplace_concat);
    COPY_SLOT(sq_repeat);
    COPY_SLOT(sq_inplace_repeat);
    COPY_SLOT(dealloc);
    COPY_SLOT(repr);
    COPY_SLOT(str);
    COPY_SLOT(getattro);
    COPY_SLOT(setattro);
    COPY_SLOT(call);
    COPY_SLOT(iter);
    COPY_SLOT(iternext);
    COPY_SLOT(descr_get);
    COPY_SLOT(descr_set);
    COPY_SLOT(init);
    COPY_SLOT(finalize);
    /* hash and richcompare go together, and not past an __eq__ or __hash__ of the class */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    if (!t->new_ && t->base == b) t->new_ = b->new_;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    if (!t->weaklistoffset) t->weaklistoffset = b->weaklistoffset;
    if (TYPE_HAS(b, TPF_HAVE_GC) && !TYPE_HAS(t, TPF_HAVE_GC) && t->basicsize == b->basicsize &&
        !t->traverse) {
        t->flags |= TPF_HAVE_GC;
    }
    if (TYPE_HAS(t, TPF_HAVE_GC) && TYPE_HAS(b, TPF_HAVE_GC)) {
        COPY_SLOT(traverse);
        COPY_SLOT(clear);
    }
    t->flags |= b->flags &
                (TPF_INT_SUBCLASS | TPF_TUPLE_SUBCLASS | TPF_BYTES_SUBCLASS | TPF_STR_SUBCLASS |
                 TPF_LIST_SUBCLASS | TPF_DICT_SUBCLASS | TPF_BASE_EXC_SUBCLASS | TPF_TYPE_SUBCLASS);
}

/* The builtin's own subclass flag (the templates need not set it). */
static void set_builtin_flag(Interp *I, TypeObj *t) {
    if (t == I->t_int)
        t->flags |= TPF_INT_SUBCLASS;
    else if (t == I->t_tuple)
        t->flags |= TPF_TUPLE_SUBCLASS;
    else if (t == I->t_bytes)
        t->flags |= TPF_BYTES_SUBCLASS;
    else if (t == I->t_str)
        t->flags |= TPF_STR_SUBCLASS;
    else if (t == I->t_list)
        t->flags |= TPF_LIST_SUBCLASS;
    else if (t == I->t_dict)
        t->flags |= TPF_DICT_SUBCLASS;
    else if (t == I->t_type)
        t->flags |= TPF_TYPE_SUBCLASS;
    else if (t == I->e_BaseException)
        t->flags |= TPF_BASE_EXC_SUBCLASS;
}

/* The model's layout for builtin types slotscope knows the CPython figures of. */
static void set_builtin_model(Interp *I, TypeObj *t) {
    struct {
        TypeObj *t;
        ModelBuiltin b;
    } map[] = {
        {I->t_object, MB_OBJECT},
        {I->t_int, MB_INT},
        {I->t_bool, MB_BOOL},
        {I->t_float, MB_FLOAT},
        {I->t_str, MB_STR},
        {I->t_bytes, MB_BYTES},
        {I->t_tuple, MB_TUPLE},
        {I->t_list, MB_LIST},
        {I->t_dict, MB_DICT},
        {I->t_set, MB_SET},
        {I->t_frozenset, MB_FROZENSET},
        {I->t_range, MB_RANGE},
        {I->t_none, MB_NONE},
        {I->t_function, MB_FUNCTION},
        {I->t_type, MB_TYPE},
        {I->t_slice, MB_SLICE},
    };
    int which = -1;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].t && map[i].t == t) which = (int)map[i].b;
    if (which < 0 && TYPE_HAS(t, TPF_BASE_EXC_SUBCLASS)) which = MB_EXCEPTION;
    if (which < 0 || t->model) return;
    ModelType *mt = mem_calloc(I, 1, sizeof *mt);
    if (!mt) {
        err_clear(I);
        return;
    }
    model_type_builtin(I->prof, mt, (ModelBuiltin)which);
    t->model = mt;
}

/* The MRO of a builtin (single inheritance): t and its base chain. */
static Obj *static_mro(Interp *I, TypeObj *t) {
    Ssize n = 0;
    for (TypeObj *b = t; b; b = b->base) n++;
    Obj *mro = tuple_new(I, n);
    if (!mro) return NULL;
    Ssize i = 0;
    for (TypeObj *b = t; b; b = b->base) TUPLE_SET(mro, i++, NEWREF(b));
    return mro;
}

/* Fill in everything type_ready makes for a builtin (not for classes: classnew.c). */
static bool ready_static(Interp *I, TypeObj *t) {
    if (!t->ob.ob.type) t->ob.ob.type = I->t_type;
    if (!t->ob.ob.type) t->ob.ob.type = t; /* `type` is its own type */
    set_builtin_flag(I, t);
    if (t->base && !TYPE_HAS(t->base, TPF_READY) && !type_ready(I, t->base)) return false;
    if (!t->dict && !(t->dict = dict_new(I))) return false;
    if (!t->bases) t->bases = t->base ? tuple_pack(I, 1, t->base) : tuple_new(I, 0);
    if (!t->bases) return false;
    if (!slots_add_operators(I, t) || !add_tables(I, t)) return false;
    if (!dict_get_str(I, t->dict, I->ids.__doc__)) {
        Obj *doc = t->doc ? str_from_cstr(I, t->doc) : NEWREF(I->none);
        bool ok = doc && dict_set(I, t->dict, I->ids.__doc__, doc);
        XDECREF(I, doc);
        if (!ok) return false;
    }
    if (t->base) inherit_slots(t, t->base);
    if (!t->mro && !(t->mro = static_mro(I, t))) return false;
    set_builtin_model(I, t);
    return true;
}

bool type_ready(Interp *I, TypeObj *t) {
    if (TYPE_HAS(t, TPF_READY)) return true;
    t->flags |= TPF_READYING;
    bool ok = TYPE_HAS(t, TPF_HEAPTYPE) ? classnew_ready(I, t) : ready_static(I, t);
    if (ok) {
        for (Ssize i = 0; ok && t->bases && i < TUPLE_LEN(t->bases); i++)
            ok = add_subclass(I, (TypeObj *)TUPLE_GET(t->bases, i), t);
        t->version_tag = next_version(I);
    }
    t->flags &= ~(uint32_t)TPF_READYING;
    if (ok) t->flags |= TPF_READY;
    return ok;
}

/* ---- the `type` type: calling, attributes */

Obj *type_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *type = (TypeObj *)self;
    size_t nk = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    if (type == I->t_type) {
        if (nargs == 1 && nk == 0) return NEWREF(TYPE(args[0]));
        if (nargs != 1 && nargs != 3)
            return err_string(I, I->e_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!type->new_)
        return err_format(I, I->e_TypeError, "cannot create '%s' instances", type->name);
    Obj *obj = type->new_(I, type, args, nargs, kwnames);
    if (!obj || !obj_is_instance_of_type(obj, type)) return obj;
    TypeObj *t = TYPE(obj);
    if (TYPE_HAS(t, TPF_HAVE_GC) && TYPE_HAS(t, TPF_HEAPTYPE) && !gc_is_tracked(obj))
        gc_track(I, obj);
    if (t->init && t->init(I, obj, args, nargs, kwnames) < 0) CLEAR(I, obj);
    return obj;
}

static Obj *type_getattro(Interp *I, Obj *self, Obj *name) {
    TypeObj *type = (TypeObj *)self, *meta = TYPE(self);
    if (!STR_CHECK(name))
        return err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
    Obj *meta_attr = type_lookup(I, meta, name);
    DescrGetFn meta_get = NULL;
    if (meta_attr) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get && descr_is_data(meta_attr)) return meta_get(I, meta_attr, self, OBJ(meta));
        INCREF(meta_attr);
    }
    Obj *attr = type_lookup(I, type, name);
    if (attr) {
        XDECREF(I, meta_attr);
        DescrGetFn local_get = TYPE(attr)->descr_get;
        if (local_get) {
            INCREF(attr);
            Obj *r = local_get(I, attr, NULL, self);
            DECREF(I, attr);
            return r;
        }
        return NEWREF(attr);
    }
    if (meta_get) {
        Obj *r = meta_get(I, meta_attr, self, OBJ(meta));
        DECREF(I, meta_attr);
        return r;
    }
    if (meta_attr) return meta_attr;
    return err_attribute(I, self, name, "type object '%s' has no attribute '%U'", type->name, name);
}

static bool immutable_error(Interp *I, TypeObj *t, Obj *name) {
    if (I->prof->immutable_type_msgs)
        err_format(I, I->e_TypeError, "cannot set %R attribute of immutable type '%s'", name,
                   t->name);
    else
        err_format(I, I->e_TypeError, "can't set attributes of built-in/extension type '%s'",
                   t->name);
    return false;
}

int type_setattro(Interp *I, Obj *self, Obj *name, Obj *v) {
    TypeObj *t = (TypeObj *)self;
    if (!TYPE_HAS(t, TPF_HEAPTYPE) || TYPE_HAS(t, TPF_IMMUTABLETYPE)) {
        immutable_error(I, t, name);
        return -1;
    }
    if (!STR_CHECK(name)) {
        err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if (!v && !type_lookup(I, TYPE(self), name)) {
        int has = dict_contains(I, t->dict, name);
        if (has < 0) return -1;
        if (!has) {
            if (I->prof->delattr_long_msg)
                err_attribute(I, self, name, "type object '%s' has no attribute '%U'", t->name,
                              name);
            else
                err_attribute(I, self, name, "%U", name);
            return -1;
        }
    }
    int r = obj_generic_setattr(I, self, name, v);
    if (r == 0) {
        type_modified(I, t);
        if (slots_is_slot_name(I, name)) slots_update(I, t, name);
    }
    return r;
}

static Obj *type_repr(Interp *I, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    Obj *full = type_full_name(I, t);
    if (!full) return NULL;
    Obj *r = str_from_format(I, "<class '%U'>", full);
    DECREF(I, full);
    return r;
}

static void type_dealloc(Interp *I, Obj *o) {
    TypeObj *t = (TypeObj *)o;
    gc_untrack(I, o);
    HeapTypeObj *h = (HeapTypeObj *)t;
    if (h->weaklist) weakref_clear(I, o);
    type_remove_subclass(I, t);
    CLEAR(I, t->dict);
    CLEAR(I, t->mro);
    CLEAR(I, t->bases);
    CLEAR(I, t->subclasses);
    CLEAR(I, t->ht_name);
    CLEAR(I, t->ht_qualname);
    CLEAR(I, t->ht_slots);
    CLEAR(I, t->ht_module);
    if (t->model) mem_free(t->model);
    if (h->cached_keys) model_keys_decref(h->cached_keys);
    XDECREF(I, t->base);
    obj_free(I, o); /* a heap metaclass is dropped by subtype_dealloc, which called us */
}

static int type_traverse(Obj *o, VisitFn visit, void *arg) {
    TypeObj *t = (TypeObj *)o;
    if (!TYPE_HAS(t, TPF_HEAPTYPE)) return 0;
    VISIT(t->dict);
    VISIT(t->mro);
    VISIT(t->bases);
    VISIT(t->base);
    VISIT(t->ht_module);
    return 0; /* a heap metaclass is visited by subtype_traverse */
}

static int type_clear(Interp *I, Obj *o) {
    TypeObj *t = (TypeObj *)o;
    if (t->dict) {
        dict_clear(I, t->dict);
        type_modified(I, t);
    }
    CLEAR(I, t->mro);
    return 0;
}

/* type.__new__: type(x) and type(name, bases, dict) */
static Obj *type_new_slot(Interp *I, TypeObj *meta, Obj *const *args, size_t nargs, Obj *kwnames) {
    size_t nk = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    if (I->prof->type_new_one_arg && meta == I->t_type && nargs == 1 && nk == 0)
        return NEWREF(TYPE(args[0]));
    if (nargs != 3)
        return err_format(I, I->e_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                          nargs);
    if (!STR_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "type.__new__() argument 1 must be str, not %T",
                          args[0]);
    if (!TUPLE_CHECK(args[1]))
        return err_format(I, I->e_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                          args[1]);
    if (!DICT_CHECK(args[2]))
        return err_format(I, I->e_TypeError, "type.__new__() argument 3 must be dict, not %T",
                          args[2]);
    Obj *kwds = NULL;
    if (nk) {
        kwds = dict_new(I);
        if (!kwds) return NULL;
        for (size_t i = 0; i < nk; i++)
            if (!dict_set(I, kwds, TUPLE_GET(kwnames, i), args[nargs + i])) {
                DECREF(I, kwds);
                return NULL;
            }
    }
    Obj *r = type_new_class(I, meta, args[0], args[1], args[2], kwds);
    XDECREF(I, kwds);
    return r;
}

static int type_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self, (void)args;
    if (nargs == 1 && kwnames && TUPLE_LEN(kwnames)) {
        err_string(I, I->e_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        err_string(I, I->e_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- type attributes */

#define TYPE_GETTER(fname) static Obj *fname(Interp *I, Obj *o, void *c)
#define T ((TypeObj *)o)

TYPE_GETTER(type_get_name) {
    (void)c;
    if (TYPE_HAS(T, TPF_HEAPTYPE) && T->ht_name) return NEWREF(T->ht_name);
    return str_from_cstr(I, type_name(T));
}

static bool check_set_special(Interp *I, TypeObj *t, Obj *v, const char *attr) {
    if (!TYPE_HAS(t, TPF_HEAPTYPE)) {
        if (I->prof->immutable_type_msgs)
            err_format(I, I->e_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
                       t->name);
        else
            err_format(I, I->e_TypeError, "can't set %s.%s", t->name, attr);
        return false;
    }
    if (!v) {
        if (I->prof->immutable_type_msgs)
            err_format(I, I->e_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                       attr, t->name);
        else
            err_format(I, I->e_TypeError, "can't delete %s.%s", t->name, attr);
        return false;
    }
    return true;
}

static int type_set_name(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!check_set_special(I, T, v, "__name__")) return -1;
    if (!STR_CHECK(v)) {
        err_format(I, I->e_TypeError, "can only assign string to %s.__name__, not '%T'", T->name,
                   v);
        return -1;
    }
    Ssize n;
    const char *s = str_utf8(I, v, &n);
    if (!s) return -1;
    if ((Ssize)strlen(s) != n) {
        err_string(I, I->e_ValueError, "type name must not contain null characters");
        return -1;
    }
    INCREF(v);
    SETREF(I, T->ht_name, v);
    T->name = s;
    return 0;
}

TYPE_GETTER(type_get_qualname) {
    (void)c;
    return type_qualname(I, T);
}

static int type_set_qualname(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!check_set_special(I, T, v, "__qualname__")) return -1;
    if (!STR_CHECK(v)) {
        err_format(I, I->e_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                   T->name, v);
        return -1;
    }
    INCREF(v);
    SETREF(I, T->ht_qualname, v);
    return 0;
}

TYPE_GETTER(type_get_module) {
    (void)c;
    return type_module(I, T);
}

static int type_set_module(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!check_set_special(I, T, v, "__module__")) return -1;
    type_modified(I, T);
    return dict_set(I, T->dict, I->ids.__module__, v) ? 0 : -1;
}

TYPE_GETTER(type_get_bases) {
    (void)c;
    return NEWREF(T->bases ? T->bases : I->empty_tuple);
}

static int type_set_bases(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!check_set_special(I, T, v, "__bases__")) return -1;
    if (!TUPLE_CHECK(v) || TUPLE_LEN(v) == 0) {
        err_format(I, I->e_TypeError, "can only assign non-empty tuple to %s.__bases__, not %R",
                   T->name, v);
        return -1;
    }
    return classnew_set_bases(I, T, v);
}

TYPE_GETTER(type_get_base) {
    (void)c;
    return NEWREF(T->base ? OBJ(T->base) : I->none);
}

TYPE_GETTER(type_get_mro) {
    (void)c;
    return NEWREF(T->mro ? T->mro : I->none);
}

TYPE_GETTER(type_get_dict) {
    (void)c;
    return mappingproxy_new(I, T->dict);
}

TYPE_GETTER(type_get_doc) {
    (void)c;
    if (!TYPE_HAS(T, TPF_HEAPTYPE) && T->doc) return str_from_cstr(I, T->doc);
    Obj *d = dict_get_str(I, T->dict, I->ids.__doc__);
    if (!d) return err_occurred(I) ? NULL : NEWREF(I->none);
    DescrGetFn g = TYPE(d)->descr_get;
    if (g) return g(I, d, NULL, o);
    return NEWREF(d);
}

static int type_set_doc(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!check_set_special(I, T, v, "__doc__")) return -1;
    type_modified(I, T);
    return dict_set(I, T->dict, I->ids.__doc__, v) ? 0 : -1;
}

/* The layout figures are the model's (CPython's) where it knows the type, else slotscope's. */
static MSize layout_field(Interp *I, TypeObj *t, int which) {
    (void)I;
    const ModelType *m = t->model;
    if (m) {
        MSize v[] = {m->basicsize, m->itemsize, m->dictoffset, m->weaklistoffset};
        return v[which];
    }
    Ssize v[] = {t->basicsize, t->itemsize, t->dictoffset, t->weaklistoffset};
    return v[which];
}

TYPE_GETTER(type_get_layout) {
    return int_from_i64(I, layout_field(I, T, (int)(intptr_t)c));
}

TYPE_GETTER(type_get_flags) {
    (void)c;
    /* CPython's bit values for the flags slotscope has */
    uint64_t f = 0;
    if (TYPE_HAS(T, TPF_HEAPTYPE)) f |= 1u << 9;
    if (TYPE_HAS(T, TPF_BASETYPE)) f |= 1u << 10;
    if (TYPE_HAS(T, TPF_READY)) f |= 1u << 12;
    if (TYPE_HAS(T, TPF_HAVE_GC)) f |= 1u << 14;
    if (TYPE_HAS(T, TPF_METHOD_DESCRIPTOR)) f |= 1u << 17;
    if (TYPE_HAS(T, TPF_INT_SUBCLASS)) f |= 1u << 24;
    if (TYPE_HAS(T, TPF_LIST_SUBCLASS)) f |= 1u << 25;
    if (TYPE_HAS(T, TPF_TUPLE_SUBCLASS)) f |= 1u << 26;
    if (TYPE_HAS(T, TPF_BYTES_SUBCLASS)) f |= 1u << 27;
    if (TYPE_HAS(T, TPF_STR_SUBCLASS)) f |= 1u << 28;
    if (TYPE_HAS(T, TPF_DICT_SUBCLASS)) f |= 1u << 29;
    if (TYPE_HAS(T, TPF_BASE_EXC_SUBCLASS)) f |= 1u << 30;
    if (TYPE_HAS(T, TPF_TYPE_SUBCLASS)) f |= 1u << 31;
    if (TYPE_HAS(T, TPF_IMMUTABLETYPE) && I->prof->immutable_type_msgs) f |= 1u << 8;
    return int_from_u64(I, f);
}

TYPE_GETTER(type_get_annotations) {
    (void)c;
    if (!TYPE_HAS(T, TPF_HEAPTYPE) || !I->prof->class_annotations)
        return err_attribute(I, o, I->ids.__annotations__,
                             "type object '%s' has no attribute '__annotations__'", T->name);
    Obj *a = dict_get_str(I, T->dict, I->ids.__annotations__);
    if (a) {
        DescrGetFn g = TYPE(a)->descr_get;
        return g ? g(I, a, NULL, o) : NEWREF(a);
    }
    if (err_occurred(I)) return NULL;
    a = dict_new(I);
    if (a && !dict_set(I, T->dict, I->ids.__annotations__, a)) CLEAR(I, a);
    if (a) type_modified(I, T);
    return a;
}

static int type_set_annotations(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (TYPE_HAS(T, TPF_IMMUTABLETYPE) || !TYPE_HAS(T, TPF_HEAPTYPE)) {
        err_format(I, I->e_TypeError,
                   "cannot set '__annotations__' attribute of immutable type '%s'", T->name);
        return -1;
    }
    int r;
    if (v)
        r = dict_set(I, T->dict, I->ids.__annotations__, v) ? 0 : -1;
    else {
        r = dict_del(I, T->dict, I->ids.__annotations__);
        if (r == 0) err_attribute(I, o, I->ids.__annotations__, "__annotations__");
        r = r > 0 ? 0 : -1;
    }
    type_modified(I, T);
    return r;
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__basicsize__", type_get_layout, NULL, NULL, (void *)0},
    {"__itemsize__", type_get_layout, NULL, NULL, (void *)1},
    {"__dictoffset__", type_get_layout, NULL, NULL, (void *)2},
    {"__weakrefoffset__", type_get_layout, NULL, NULL, (void *)3},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- type methods */

#define TYPE_METHOD(fname)                                                                         \
    static Obj *fname(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)

TYPE_METHOD(type_mro_meth) {
    (void)args, (void)nargs, (void)kwnames;
    Obj *mro = classnew_mro(I, (TypeObj *)self);
    if (!mro) return NULL;
    Obj *l = seq_list(I, mro);
    DECREF(I, mro);
    return l;
}

TYPE_METHOD(type_subclasses) {
    (void)args, (void)nargs, (void)kwnames;
    TypeObj *t = (TypeObj *)self;
    Obj *l = list_new(I, 0);
    if (!l || !t->subclasses) return l;
    Ssize pos = 0;
    Obj *k, *v;
    while (dict_next(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (int_fits_i64(v, &addr) && !list_append(I, l, (Obj *)(uintptr_t)addr)) {
            DECREF(I, l);
            return NULL;
        }
    }
    return l;
}

TYPE_METHOD(type_instancecheck) {
    (void)nargs, (void)kwnames;
    int r = obj_recursive_isinstance(I, args[0], self);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

TYPE_METHOD(type_subclasscheck) {
    (void)nargs, (void)kwnames;
    int r = obj_recursive_issubclass(I, args[0], self);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

TYPE_METHOD(type_prepare) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return dict_new(I);
}

TYPE_METHOD(type_dir) {
    (void)args, (void)nargs, (void)kwnames;
    return object_type_dir(I, self);
}

/* sys.getsizeof(SomeClass): the heap type object and its shared keys, as CPython X.Y. */
TYPE_METHOD(type_sizeof) {
    (void)args, (void)nargs, (void)kwnames;
    TypeObj *t = (TypeObj *)self;
    if (!TYPE_HAS(t, TPF_HEAPTYPE))
        return int_from_i64(I, TYPE(self)->model ? TYPE(self)->model->basicsize
                                                 : TYPE(self)->basicsize);
    struct ModelSharedKeys *k = ((HeapTypeObj *)t)->cached_keys;
    MSize keys = k ? model_keys_bytes(I->prof, k) : 0;
    return int_from_i64(I, model_heaptype_sizeof(I->prof, keys, VSIZE(t)));
}

static const MethodDef type_methods[] = {
    {"__sizeof__", type_sizeof, METH_NOARGS, "Return memory consumption of the type object."},
    {"mro", type_mro_meth, METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, METH_NOARGS, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, METH_O, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_O, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "Create the namespace for the class statement"},
    {"__dir__", type_dir, METH_NOARGS, "Specialized __dir__ implementation for types."},
    {NULL, NULL, 0, NULL},
};

const TypeObj type_tmpl = {
    .name = "type",
    .basicsize = sizeof(HeapTypeObj),
    .itemsize = sizeof(MemberDef),
    .flags = TPF_BASETYPE | TPF_HAVE_GC | TPF_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .new_ = type_new_slot,
    .init = type_init,
    .nb_or = genericalias_union_or,
    .traverse = type_traverse,
    .clear = type_clear,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = offsetof(TypeObj, dict),
    .weaklistoffset = offsetof(HeapTypeObj, weaklist),
};
