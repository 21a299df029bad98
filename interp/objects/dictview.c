/* dictview.c: dict views (keys/values/items: len, `in`, iteration, reversed, set operations
 * on keys and items, comparisons, repr) and the dict iterators, as CPython's dictobject.c. */
#include <string.h>

#include "objects/abstract.h"
#include "objects/cont.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

typedef struct DictViewObj {
    Obj ob;
    Obj *dict;
} DictViewObj;

typedef struct DictIterObj {
    Obj ob;
    Obj *dict; /* NULL when exhausted */
    Ssize used, pos, len;
    int kind; /* 0 keys, 1 values, 2 items */
} DictIterObj;

#define DV(o) ((DictViewObj *)(o))
#define DI(o) ((DictIterObj *)(o))

/* ---- Iterators */

static Obj *iter_make(Interp *I, TypeObj *type, Obj *dict, int kind, bool reversed) {
    DictIterObj *di = (DictIterObj *)obj_alloc(I, type, 0);
    if (!di) return NULL;
    di->dict = NEWREF(dict);
    di->used = dict_len(dict);
    di->len = di->used;
    di->pos = reversed ? dict_nentries(dict) - 1 : 0;
    di->kind = kind;
    gc_track(I, OBJ(di));
    return OBJ(di);
}

Obj *dict_iter_new(Interp *I, Obj *dict, int kind) {
    TypeObj *t = kind == 0 ? I->t_dict_keyiter : kind == 1 ? I->t_dict_valueiter : I->t_dict_itemiter;
    return iter_make(I, t, dict, kind, false);
}

/* One type serves the three reversed iterators (slotscope's type list has only
 * dict_revkeyiter), so reversed(d.values()) is named "dict_reversekeyiterator". */
Obj *dict_reviter_new(Interp *I, Obj *dict, int kind) {
    return iter_make(I, I->t_dict_revkeyiter, dict, kind, true);
}

static Obj *iter_result(Interp *I, int kind, Obj *key, Obj *value) {
    if (kind == 0) return NEWREF(key);
    if (kind == 1) return NEWREF(value);
    return tuple_pack(I, 2, key, value);
}

static bool check_size(Interp *I, DictIterObj *di) {
    if (di->used == dict_len(di->dict)) return true;
    err_string(I, I->e_RuntimeError, "dictionary changed size during iteration");
    di->used = -1; /* sticky */
    return false;
}

static Obj *dictiter_next(Interp *I, Obj *o) {
    DictIterObj *di = DI(o);
    if (!di->dict) return NULL;
    if (!check_size(I, di)) return NULL;
    Ssize i = di->pos, n = dict_nentries(di->dict);
    Obj *key, *value;
    while (i < n && !dict_entry_at(di->dict, i, &key, &value)) i++;
    if (i >= n) goto fail;
    if (di->len == 0) {
        err_string(I, I->e_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->pos = i + 1;
    di->len--;
    return iter_result(I, di->kind, key, value);
fail:
    CLEAR(I, di->dict);
    return NULL;
}

static Obj *dictreviter_next(Interp *I, Obj *o) {
    DictIterObj *di = DI(o);
    if (!di->dict) return NULL;
    if (!check_size(I, di)) return NULL;
    Ssize i = di->pos, n = dict_nentries(di->dict);
    if (i >= n) i = n - 1;
    Obj *key, *value;
    if (i < 0) goto fail;
    while (!dict_entry_at(di->dict, i, &key, &value))
        if (--i < 0) goto fail;
    di->pos = i - 1;
    di->len--;
    return iter_result(I, di->kind, key, value);
fail:
    CLEAR(I, di->dict);
    return NULL;
}

static void dictiter_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    XDECREF(I, DI(o)->dict);
    obj_free(I, o);
}

static int dictiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(DI(o)->dict);
    return 0;
}

static Obj *dictiter_len(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    DictIterObj *di = DI(self);
    Ssize len = di->dict && di->used == dict_len(di->dict) ? di->len : 0;
    return cont_int(I, len);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TMPL(tname, pyname, nextfn)                                                  \
    const TypeObj tname = {                                                                  \
        .name = pyname,                                                                      \
        .basicsize = sizeof(DictIterObj),                                                    \
        .flags = TPF_HAVE_GC,                                                                \
        .dealloc = dictiter_dealloc,                                                         \
        .traverse = dictiter_traverse,                                                       \
        .iter = cont_self_iter,                                                              \
        .iternext = nextfn,                                                                  \
        .methods = dictiter_methods,                                                         \
    }

DICTITER_TMPL(dict_keyiter_tmpl, "dict_keyiterator", dictiter_next);
DICTITER_TMPL(dict_valueiter_tmpl, "dict_valueiterator", dictiter_next);
DICTITER_TMPL(dict_itemiter_tmpl, "dict_itemiterator", dictiter_next);
DICTITER_TMPL(dict_revkeyiter_tmpl, "dict_reversekeyiterator", dictreviter_next);

/* ---- Views */

Obj *dictview_new(Interp *I, Obj *dict, TypeObj *type) {
    DictViewObj *dv = (DictViewObj *)obj_alloc(I, type, 0);
    if (!dv) return NULL;
    dv->dict = NEWREF(dict);
    gc_track(I, OBJ(dv));
    return OBJ(dv);
}

static int view_kind(Interp *I, Obj *v) {
    return TYPE(v) == I->t_dict_keys ? 0 : TYPE(v) == I->t_dict_values ? 1 : 2;
}

static bool is_viewset(Interp *I, Obj *o) {
    return TYPE(o) == I->t_dict_keys || TYPE(o) == I->t_dict_items;
}

static void dictview_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    XDECREF(I, DV(o)->dict);
    obj_free(I, o);
}

static int dictview_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(DV(o)->dict);
    return 0;
}

static Ssize dictview_len(Interp *I, Obj *o) {
    (void)I;
    return dict_len(DV(o)->dict);
}

static Obj *dictview_iter(Interp *I, Obj *o) { return dict_iter_new(I, DV(o)->dict, view_kind(I, o)); }

static int dictkeys_contains(Interp *I, Obj *o, Obj *key) { return dict_contains(I, DV(o)->dict, key); }

static int dictitems_contains(Interp *I, Obj *o, Obj *obj) {
    if (!TUPLE_CHECK(obj) || TUPLE_LEN(obj) != 2) return 0;
    Obj *key = TUPLE_GET(obj, 0), *value = TUPLE_GET(obj, 1);
    Obj *found = dict_get(I, DV(o)->dict, key);
    if (!found) return err_occurred(I) ? -1 : 0;
    INCREF(found);
    int r = obj_richcompare_bool(I, found, value, CMP_EQ);
    DECREF(I, found);
    return r;
}

static Obj *dictview_repr(Interp *I, Obj *o) {
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_ascii(I, "...", 3) : NULL;
    Obj *seq = seq_list(I, o), *r = NULL;
    if (seq) r = str_from_format(I, "%s(%R)", TYPE(o)->name, seq);
    XDECREF(I, seq);
    cont_repr_leave(I, o);
    return r;
}

/* all_contained_in: 1 if every item of self is in other. */
static int all_contained_in(Interp *I, Obj *self, Obj *other) {
    Obj *iter = obj_iter(I, self), *next;
    if (!iter) return -1;
    int ok = 1;
    while ((next = iter_next(I, iter)) != NULL) {
        ok = seq_contains(I, other, next);
        DECREF(I, next);
        if (ok <= 0) break;
    }
    if (ok > 0 && err_occurred(I)) ok = -1;
    DECREF(I, iter);
    return ok;
}

static Obj *dictview_richcompare(Interp *I, Obj *self, Obj *other, int op) {
    if (!ANYSET_CHECK(I, other) && !is_viewset(I, other)) return NEWREF(I->notimpl);
    Ssize ls = obj_len(I, self), lo;
    if (ls < 0) return NULL;
    if ((lo = obj_len(I, other)) < 0) return NULL;
    int ok = 0;
    switch (op) {
    case CMP_NE:
    case CMP_EQ:
        if (ls == lo) ok = all_contained_in(I, self, other);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (ls < lo) ok = all_contained_in(I, self, other); break;
    case CMP_LE: if (ls <= lo) ok = all_contained_in(I, self, other); break;
    case CMP_GT: if (ls > lo) ok = all_contained_in(I, other, self); break;
    case CMP_GE: if (ls >= lo) ok = all_contained_in(I, other, self); break;
    }
    if (ok < 0) return NULL;
    return BOOL_OBJ(I, ok);
}

/* ---- Set operations: the result is always a set. */

static Obj *dictviews_to_set(Interp *I, Obj *self) {
    Obj *left = TYPE(self) == I->t_dict_keys ? DV(self)->dict : self;
    return set_new(I, left);
}

static Obj *dictviews_sub(Interp *I, Obj *self, Obj *other) {
    Obj *result = dictviews_to_set(I, self);
    if (result && !set_difference_update_obj(I, result, other)) CLEAR(I, result);
    return result;
}

static Obj *dictviews_or(Interp *I, Obj *self, Obj *other) {
    Obj *result = dictviews_to_set(I, self);
    if (result && !set_update(I, result, other)) CLEAR(I, result);
    return result;
}

static Obj *dictviews_and(Interp *I, Obj *self, Obj *other) {
    /* The interpreter swaps the operands when the view is on the right of & */
    if (!is_viewset(I, self)) {
        Obj *tmp = other;
        other = self;
        self = tmp;
    }
    Ssize len_self = dictview_len(I, self);
    if (TYPE(other) == I->t_set) {
        Ssize lo = obj_len(I, other);
        if (lo < 0) return NULL;
        if (len_self <= lo) return set_intersection_obj(I, other, self);
    }
    if (is_viewset(I, other) && dictview_len(I, other) > len_self) {
        Obj *tmp = other;
        other = self;
        self = tmp;
    }
    Obj *result = set_new(I, NULL);
    if (!result) return NULL;
    Obj *it = obj_iter(I, other), *key;
    if (!it) {
        DECREF(I, result);
        return NULL;
    }
    int (*contains)(Interp *, Obj *, Obj *) =
        TYPE(self) == I->t_dict_keys ? dictkeys_contains : dictitems_contains;
    bool ok = true;
    while (ok && (key = iter_next(I, it)) != NULL) {
        int rv = contains(I, self, key);
        ok = rv >= 0 && (rv == 0 || set_add(I, result, key));
        DECREF(I, key);
    }
    DECREF(I, it);
    if (!ok || err_occurred(I)) CLEAR(I, result);
    return result;
}

static Obj *dictitems_xor(Interp *I, Obj *self, Obj *other) {
    Obj *d1 = DV(self)->dict, *d2 = DV(other)->dict;
    Obj *temp = dict_copy(I, d1), *result = temp ? set_new(I, NULL) : NULL;
    if (!result) goto error;
    Ssize pos = 0;
    Obj *key, *val2;
    Hash hash;
    while (dict_next_entry(d2, &pos, &key, &val2, &hash)) {
        INCREF(key);
        INCREF(val2);
        Obj *val1 = dict_get(I, temp, key);
        int to_delete = 0;
        if (val1) to_delete = obj_richcompare_bool(I, val1, val2, CMP_EQ);
        bool ok = !(val1 == NULL && err_occurred(I)) && to_delete >= 0;
        if (ok && to_delete) {
            ok = dict_del(I, temp, key) >= 0;
        } else if (ok) {
            Obj *pair = tuple_pack(I, 2, key, val2);
            ok = pair && set_add(I, result, pair);
            XDECREF(I, pair);
        }
        DECREF(I, key);
        DECREF(I, val2);
        if (!ok) goto error;
    }
    Obj *remaining = dictview_new(I, temp, I->t_dict_items);
    bool ok = remaining && set_update(I, result, remaining);
    XDECREF(I, remaining);
    if (!ok) goto error;
    DECREF(I, temp);
    return result;
error:
    XDECREF(I, temp);
    XDECREF(I, result);
    return NULL;
}

static Obj *dictviews_xor(Interp *I, Obj *self, Obj *other) {
    if (TYPE(self) == I->t_dict_items && TYPE(other) == I->t_dict_items)
        return dictitems_xor(I, self, other);
    Obj *result = dictviews_to_set(I, self);
    if (result && !set_symdiff_update_obj(I, result, other)) CLEAR(I, result);
    return result;
}

static Obj *dictviews_isdisjoint(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)n, (void)kw;
    Obj *other = args[0];
    if (self == other) return BOOL_OBJ(I, dictview_len(I, self) == 0);
    if (ANYSET_CHECK(I, other) || is_viewset(I, other)) {
        Ssize lo = obj_len(I, other);
        if (lo < 0) return NULL;
        if (lo > dictview_len(I, self)) {
            Obj *tmp = other;
            other = self;
            self = tmp;
        }
    }
    Obj *it = obj_iter(I, other), *item;
    if (!it) return NULL;
    int contains = 0;
    while ((item = iter_next(I, it)) != NULL) {
        contains = seq_contains(I, self, item);
        DECREF(I, item);
        if (contains) break;
    }
    DECREF(I, it);
    if (contains < 0 || err_occurred(I)) return NULL;
    return BOOL_OBJ(I, contains == 0);
}

static Obj *dictview_reversed(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    if (!cont_dict_reversible(I)) return err_format(I, I->e_TypeError, "'%T' object is not reversible", self);
    return dict_reviter_new(I, DV(self)->dict, view_kind(I, self));
}

static Obj *dictview_mapping(Interp *I, Obj *o, void *closure) {
    (void)closure;
    if (!cont_view_mapping(I))
        return err_format(I, I->e_AttributeError, "'%T' object has no attribute 'mapping'", o);
    return mappingproxy_new(I, DV(o)->dict);
}

static const GetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef dictkeys_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictview_reversed, METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef dictitems_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, METH_O, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictview_reversed, METH_NOARGS, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef dictvalues_methods[] = {
    {"__reversed__", dictview_reversed, METH_NOARGS, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

const TypeObj dict_keys_tmpl = {
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObj),
    .flags = TPF_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .hash = hash_not_implemented,
    .richcompare = dictview_richcompare,
    .iter = dictview_iter,
    .traverse = dictview_traverse,
    .nb_sub = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_or = dictviews_or,
    .nb_xor = dictviews_xor,
    .len = dictview_len,
    .sq_contains = dictkeys_contains,
    .methods = dictkeys_methods,
    .getset = dictview_getset,
};

const TypeObj dict_items_tmpl = {
    .name = "dict_items",
    .basicsize = sizeof(DictViewObj),
    .flags = TPF_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .hash = hash_not_implemented,
    .richcompare = dictview_richcompare,
    .iter = dictview_iter,
    .traverse = dictview_traverse,
    .nb_sub = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_or = dictviews_or,
    .nb_xor = dictviews_xor,
    .len = dictview_len,
    .sq_contains = dictitems_contains,
    .methods = dictitems_methods,
    .getset = dictview_getset,
};

const TypeObj dict_values_tmpl = {
    .name = "dict_values",
    .basicsize = sizeof(DictViewObj),
    .flags = TPF_HAVE_GC,
    .dealloc = dictview_dealloc,
    .repr = dictview_repr,
    .iter = dictview_iter,
    .traverse = dictview_traverse,
    .len = dictview_len,
    .methods = dictvalues_methods,
    .getset = dictview_getset,
};
