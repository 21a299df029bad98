/* weakref.c: weak references and proxies (CPython's weakrefobject.c). The list order follows
 * CPython so that reuse (`ref(o) is ref(o)`) and callback order (newest first) match: the basic
 * callback-less ref sits at the head, then the basic proxy, then refs with callbacks, each new
 * one inserted right after the basic ones. */
#include "vm/weakref.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/pyver.h"
#include "vm/vm.h"

#define WR(o) ((WeakrefObj *)(o))

/* A negative offset is in the prefix in front of the object: where subclasses of
 * variable-size types (str here) keep their weakref pointer (typeobject.h's HeapTypeObj). */
static WeakrefObj **weaklist_of(Obj *o) {
    Ssize off = TYPE(o)->weaklistoffset;
    return off != 0 ? (WeakrefObj **)((char *)o + off) : NULL;
}

static bool is_proxy(Interp *I, Obj *o) {
    return TYPE(o) == I->t_weakproxy || TYPE(o) == I->t_weakcallableproxy;
}

/* The reusable callback-less ref and proxy at the head of a list (get_basic_refs). */
static void basic_refs(Interp *I, WeakrefObj *head, WeakrefObj **ref, WeakrefObj **proxy) {
    *ref = *proxy = NULL;
    if (head && !head->callback && TYPE(head) == I->t_weakref) {
        *ref = head;
        head = head->next;
    }
    if (head && !head->callback && is_proxy(I, (Obj *)head)) *proxy = head;
}

static void insert_head(WeakrefObj *r, WeakrefObj **list) {
    r->prev = NULL;
    r->next = *list;
    if (*list) (*list)->prev = r;
    *list = r;
}

static void insert_after(WeakrefObj *r, WeakrefObj *prev) {
    r->prev = prev;
    r->next = prev->next;
    if (prev->next) prev->next->prev = r;
    prev->next = r;
}

/* Make r dead: unlink it from its referent's list (the callback is the caller's business). */
static void unlink_ref(WeakrefObj *r) {
    if (r->referent) {
        WeakrefObj **list = weaklist_of(r->referent);
        if (*list == r) *list = r->next;
        if (r->prev) r->prev->next = r->next;
        if (r->next) r->next->prev = r->prev;
        r->prev = r->next = NULL;
        r->referent = NULL;
    }
}

static bool check_referent(Interp *I, Obj *o, WeakrefObj ***list) {
    *list = weaklist_of(o);
    if (*list) return true;
    err_format(I, I->e_TypeError, "cannot create weak reference to '%s' object", TYPE(o)->name);
    return false;
}

static WeakrefObj *alloc_ref(Interp *I, TypeObj *type, Obj *o, Obj *callback) {
    WeakrefObj *r = (WeakrefObj *)obj_alloc(I, type, 0);
    if (!r) return NULL;
    r->referent = o;
    r->callback = callback ? NEWREF(callback) : NULL;
    r->hash = -1;
    return r;
}

Obj *weakref_new_ref(Interp *I, TypeObj *type, Obj *o, Obj *callback) {
    WeakrefObj **list, *ref, *proxy;
    if (callback == I->none) callback = NULL;
    if (!check_referent(I, o, &list)) return NULL;
    basic_refs(I, *list, &ref, &proxy);
    if (!callback && type == I->t_weakref && ref) return NEWREF(ref);
    WeakrefObj *r = alloc_ref(I, type, o, callback);
    if (!r) return NULL;
    basic_refs(I, *list, &ref, &proxy); /* the allocation may have run a collection */
    if (!callback && type == I->t_weakref) {
        insert_head(r, list);
    } else {
        WeakrefObj *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(r, prev);
        else
            insert_head(r, list);
    }
    gc_track(I, (Obj *)r);
    return (Obj *)r;
}

Obj *weakref_new_proxy(Interp *I, Obj *o, Obj *callback) {
    WeakrefObj **list, *ref, *proxy;
    if (callback == I->none) callback = NULL;
    if (!check_referent(I, o, &list)) return NULL;
    basic_refs(I, *list, &ref, &proxy);
    if (!callback && proxy) return NEWREF(proxy);
    TypeObj *type = obj_callable(o) ? I->t_weakcallableproxy : I->t_weakproxy;
    WeakrefObj *r = alloc_ref(I, type, o, callback);
    if (!r) return NULL;
    basic_refs(I, *list, &ref, &proxy);
    WeakrefObj *prev = callback ? (proxy ? proxy : ref) : ref;
    if (prev)
        insert_after(r, prev);
    else
        insert_head(r, list);
    gc_track(I, (Obj *)r);
    return (Obj *)r;
}

Ssize weakref_count(Obj *o) {
    WeakrefObj **list = weaklist_of(o);
    Ssize n = 0;
    for (WeakrefObj *r = list ? *list : NULL; r; r = r->next) n++;
    return n;
}

Obj *weakref_list(Interp *I, Obj *o) {
    Obj *l = list_new(I, 0);
    WeakrefObj **list = weaklist_of(o);
    for (WeakrefObj *r = list && l ? *list : NULL; r; r = r->next)
        if (!list_append(I, l, (Obj *)r)) {
            DECREF(I, l);
            return NULL;
        }
    return l;
}

/* Clear every ref first, then run the callbacks, so that a callback sees all of them dead
 * (PyObject_ClearWeakRefs). A failing callback is reported as unraisable. */
void weakref_clear(Interp *I, Obj *o) {
    WeakrefObj **list = weaklist_of(o);
    if (!list || !*list) return;
    /* the callback-less basic ref and proxy at the head need no call */
    for (int i = 0; i < 2 && *list && !(*list)->callback; i++) unlink_ref(*list);
    Ssize n = weakref_count(o);
    if (n == 0) return;
    Obj *saved = err_fetch(I);
    Obj **pairs = mem_calloc(I, (size_t)n * 2, sizeof(Obj *));
    if (!pairs) {
        err_clear(I); /* cannot report: drop the callbacks, still clear the refs */
        while (*list) {
            WeakrefObj *r = *list;
            unlink_ref(r);
            CLEAR(I, r->callback);
        }
        err_restore(I, saved);
        return;
    }
    Ssize k = 0;
    while (*list) {
        WeakrefObj *r = *list;
        Obj *cb = r->callback;
        r->callback = NULL;
        unlink_ref(r);
        if (cb && r->ob.refcnt > 0) {
            pairs[k++] = NEWREF(r);
            pairs[k++] = cb;
        } else {
            XDECREF(I, cb);
        }
    }
    for (Ssize i = 0; i < k; i += 2) {
        Obj *res = obj_call1(I, pairs[i + 1], pairs[i]);
        if (res)
            DECREF(I, res);
        else
            vm_write_unraisable(I, pairs[i + 1]);
        DECREF(I, pairs[i + 1]);
        DECREF(I, pairs[i]);
    }
    mem_free(pairs);
    err_restore(I, saved);
}

/* ---------------------------------------------------------------- weakref.ref */

static void ref_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    unlink_ref(WR(o));
    CLEAR(I, WR(o)->callback);
    obj_free(I, o);
}

static int ref_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(WR(o)->callback);
    return 0;
}

static int ref_clear(Interp *I, Obj *o) {
    unlink_ref(WR(o));
    CLEAR(I, WR(o)->callback);
    return 0;
}

static Obj *ref_tp_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (!args_count(I, "__new__", nargs, 1, 2)) return NULL;
    return weakref_new_ref(I, type, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_tp_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self, (void)args, (void)kw;
    return args_count(I, "__init__", nargs, 1, 2) ? 0 : -1;
}

static Obj *ref_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args;
    if (!args_no_kw(I, "weakref", kw)) return NULL;
    if (nargs != 0) {
        /* 3.11 moved weakref to vectorcall with _PyArg_CheckPositional's wording */
        if (pyver_ge(I, 3, 11))
            return err_format(I, I->e_TypeError, "weakref expected 0 arguments, got %zu", nargs);
        return err_format(I, I->e_TypeError, "__call__() takes at most 0 arguments (%zu given)",
                          nargs);
    }
    Obj *o = WR(self)->referent;
    return NEWREF(o ? o : I->none);
}

static Hash ref_hash(Interp *I, Obj *self) {
    WeakrefObj *r = WR(self);
    if (r->hash != -1) return r->hash;
    if (!r->referent) {
        err_string(I, I->e_TypeError, "weak object has gone away");
        return -1;
    }
    Obj *o = NEWREF(r->referent);
    r->hash = obj_hash(I, o);
    DECREF(I, o);
    return r->hash;
}

static Obj *ref_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !obj_is_instance_of_type(b, I->t_weakref))
        return NEWREF(I->notimpl);
    Obj *x = WR(a)->referent, *y = WR(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return BOOL_OBJ(I, op == CMP_EQ ? same : !same);
    }
    INCREF(x), INCREF(y);
    Obj *r = obj_richcompare(I, x, y, op);
    DECREF(I, x), DECREF(I, y);
    return r;
}

static Obj *ref_repr(Interp *I, Obj *self) {
    Obj *o = WR(self)->referent;
    if (!o) return str_from_format(I, "<weakref at %p; dead>", self);
    INCREF(o);
    Obj *name = NULL, *r;
    if (obj_lookup_attr(I, o, I->ids.__name__, &name) < 0) {
        DECREF(I, o);
        return NULL;
    }
    if (name && STR_CHECK(name))
        r = str_from_format(I, "<weakref at %p; to '%s' at %p (%U)>", self, TYPE(o)->name, o, name);
    else
        r = str_from_format(I, "<weakref at %p; to '%s' at %p>", self, TYPE(o)->name, o);
    XDECREF(I, name);
    DECREF(I, o);
    return r;
}

static const MemberDef ref_members[] = {
    {"__callback__", MEMBER_OBJECT, offsetof(WeakrefObj, callback), true, NULL},
    {NULL, 0, 0, false, NULL},
};

const TypeObj weakref_tmpl = {
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .dealloc = ref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .new_ = ref_tp_new,
    .init = ref_tp_init,
    .members = ref_members,
};

/* ---------------------------------------------------------------- proxies */

static Obj *proxy_target(Interp *I, Obj *p) {
    Obj *o = WR(p)->referent;
    if (!o) return err_string(I, I->e_ReferenceError, "weakly-referenced object no longer exists");
    return NEWREF(o);
}

/* A proxy operand stands for its referent (new reference either way). */
static Obj *unwrap(Interp *I, Obj *o) {
    return is_proxy(I, o) ? proxy_target(I, o) : NEWREF(o);
}

static Obj *proxy_getattro(Interp *I, Obj *p, Obj *name) {
    Obj *o = proxy_target(I, p);
    if (!o) return NULL;
    Obj *r = obj_getattr(I, o, name);
    DECREF(I, o);
    return r;
}

static int proxy_setattro(Interp *I, Obj *p, Obj *name, Obj *v) {
    Obj *o = proxy_target(I, p);
    if (!o) return -1;
    int r = obj_setattr(I, o, name, v);
    DECREF(I, o);
    return r;
}

static Obj *proxy_repr(Interp *I, Obj *p) {
    Obj *o = WR(p)->referent ? WR(p)->referent : I->none;
    return str_from_format(I, "<weakproxy at %p to %s at %p>", p, TYPE(o)->name, o);
}

static Obj *proxy_str(Interp *I, Obj *p) {
    Obj *o = proxy_target(I, p);
    if (!o) return NULL;
    Obj *r = obj_str(I, o);
    DECREF(I, o);
    return r;
}

static Obj *proxy_call(Interp *I, Obj *p, Obj *const *args, size_t nargs, Obj *kw) {
    Obj *o = proxy_target(I, p);
    if (!o) return NULL;
    Obj *r = obj_call(I, o, args, nargs, kw);
    DECREF(I, o);
    return r;
}

static int proxy_bool(Interp *I, Obj *p) {
    Obj *o = proxy_target(I, p);
    if (!o) return -1;
    int r = obj_is_true(I, o);
    DECREF(I, o);
    return r;
}

static Ssize proxy_len(Interp *I, Obj *p) {
    Obj *o = proxy_target(I, p);
    if (!o) return -1;
    Ssize r = obj_len(I, o);
    DECREF(I, o);
    return r;
}

static int proxy_contains(Interp *I, Obj *p, Obj *k) {
    Obj *o = proxy_target(I, p);
    if (!o) return -1;
    int r = seq_contains(I, o, k);
    DECREF(I, o);
    return r;
}

static Obj *proxy_getitem(Interp *I, Obj *p, Obj *k) {
    Obj *o = proxy_target(I, p);
    if (!o) return NULL;
    Obj *r = obj_getitem(I, o, k);
    DECREF(I, o);
    return r;
}

static int proxy_setitem(Interp *I, Obj *p, Obj *k, Obj *v) {
    Obj *o = proxy_target(I, p);
    if (!o) return -1;
    int r = v ? obj_setitem(I, o, k, v) : obj_delitem(I, o, k);
    DECREF(I, o);
    return r;
}

static Obj *proxy_iter(Interp *I, Obj *p) {
    Obj *o = proxy_target(I, p);
    if (!o) return NULL;
    Obj *r = obj_iter(I, o);
    DECREF(I, o);
    return r;
}

static Obj *proxy_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    Obj *x = unwrap(I, a);
    if (!x) return NULL;
    Obj *y = unwrap(I, b);
    if (!y) {
        DECREF(I, x);
        return NULL;
    }
    Obj *r = obj_richcompare(I, x, y, op);
    DECREF(I, x), DECREF(I, y);
    return r;
}

/* Binary operators on proxies act on the referents (WRAP_BINARY). */
#define PROXY_BINOP(fname, op)                                                                     \
    static Obj *fname(Interp *I, Obj *a, Obj *b) {                                                 \
        Obj *x = unwrap(I, a), *y = x ? unwrap(I, b) : NULL, *r = NULL;                            \
        if (y) r = num_binop(I, x, y, op);                                                         \
        XDECREF(I, x);                                                                             \
        XDECREF(I, y);                                                                             \
        return r;                                                                                  \
    }
PROXY_BINOP(proxy_add, BINOP_ADD)
PROXY_BINOP(proxy_sub, BINOP_SUB)
PROXY_BINOP(proxy_mul, BINOP_MUL)
PROXY_BINOP(proxy_truediv, BINOP_TRUEDIV)
PROXY_BINOP(proxy_floordiv, BINOP_FLOORDIV)
PROXY_BINOP(proxy_mod, BINOP_MOD)

#define PROXY_UNOP(fname, fn)                                                                      \
    static Obj *fname(Interp *I, Obj *p) {                                                         \
        Obj *o = proxy_target(I, p);                                                               \
        if (!o) return NULL;                                                                       \
        Obj *r = fn(I, o);                                                                         \
        DECREF(I, o);                                                                              \
        return r;                                                                                  \
    }
PROXY_UNOP(proxy_neg, num_neg)
PROXY_UNOP(proxy_pos, num_pos)
PROXY_UNOP(proxy_abs, num_abs)
PROXY_UNOP(proxy_int, num_int)
PROXY_UNOP(proxy_float, num_float)
PROXY_UNOP(proxy_index, num_index)

#define PROXY_SLOTS                                                                                \
    .basicsize = sizeof(WeakrefObj), .flags = TPF_HAVE_GC, .dealloc = ref_dealloc,                 \
    .repr = proxy_repr, .str = proxy_str, .hash = hash_not_implemented,                            \
    .richcompare = proxy_richcompare, .getattro = proxy_getattro, .setattro = proxy_setattro,      \
    .iter = proxy_iter, .traverse = ref_traverse, .clear = ref_clear, .nb_add = proxy_add,         \
    .nb_sub = proxy_sub, .nb_mul = proxy_mul, .nb_truediv = proxy_truediv,                         \
    .nb_floordiv = proxy_floordiv, .nb_mod = proxy_mod, .nb_neg = proxy_neg, .nb_pos = proxy_pos,  \
    .nb_abs = proxy_abs, .nb_int = proxy_int, .nb_float = proxy_float, .nb_index = proxy_index,    \
    .nb_bool = proxy_bool, .len = proxy_len, .mp_subscript = proxy_getitem,                        \
    .mp_ass_subscript = proxy_setitem, .sq_contains = proxy_contains

const TypeObj weakproxy_tmpl = {.name = "weakref.ProxyType", PROXY_SLOTS};
const TypeObj weakcallableproxy_tmpl = {
    .name = "weakref.CallableProxyType", PROXY_SLOTS, .call = proxy_call};

void weakref_name_types(Interp *I) {
    /* bpo-42085 era: 3.10 gave the types their module-qualified names */
    if (pyver_ge(I, 3, 10)) return;
    I->t_weakref->name = "weakref";
    I->t_weakproxy->name = "weakproxy";
    I->t_weakcallableproxy->name = "weakcallableproxy";
}
