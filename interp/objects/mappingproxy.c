/* mappingproxy.c: the read-only view of a mapping that type.__dict__ returns (CPython's
 * descrobject.c mappingproxy). */
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "vm/errors.h"

Obj *mappingproxy_new(Interp *I, Obj *mapping) {
    MappingProxyObj *p = (MappingProxyObj *)obj_alloc(I, I->t_mappingproxy, 0);
    if (!p) return NULL;
    p->mapping = NEWREF(mapping);
    gc_track(I, OBJ(p));
    return OBJ(p);
}

#define MAP(o) (((MappingProxyObj *)(o))->mapping)

static Obj *mp_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)type;
    static const char *const names[] = {"mapping"};
    static const ArgSpec spec = {"mappingproxy", names, 1, 1, 0, 1};
    Obj *a[1];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    Obj *m = a[0];
    if (!TYPE(m)->mp_subscript || LIST_CHECK(m) || TUPLE_CHECK(m))
        return err_format(I, I->e_TypeError, "mappingproxy() argument must be a mapping, not %T",
                          m);
    return mappingproxy_new(I, m);
}

static void mp_dealloc(Interp *I, Obj *o) {
    gc_untrack(I, o);
    XDECREF(I, MAP(o));
    obj_free(I, o);
}

static int mp_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(MAP(o));
    return 0;
}

static Obj *mp_repr(Interp *I, Obj *o) {
    return str_from_format(I, "mappingproxy(%R)", MAP(o));
}
static Obj *mp_str(Interp *I, Obj *o) {
    return obj_str(I, MAP(o));
}
static Obj *mp_getitem(Interp *I, Obj *o, Obj *k) {
    return obj_getitem(I, MAP(o), k);
}
static Ssize mp_len(Interp *I, Obj *o) {
    return obj_len(I, MAP(o));
}
static int mp_contains(Interp *I, Obj *o, Obj *k) {
    if (DICT_CHECK(MAP(o))) return dict_contains(I, MAP(o), k);
    return seq_contains(I, MAP(o), k);
}
static Obj *mp_iter(Interp *I, Obj *o) {
    return obj_iter(I, MAP(o));
}
static Obj *mp_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    return obj_richcompare(I, MAP(a), b, op);
}

static Obj *mp_forward(Interp *I, Obj *self, Obj *name, Obj *const *args, size_t nargs) {
    return obj_call_method(I, MAP(self), name, args, nargs);
}

static Obj *mp_get(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (!args_count(I, "get", nargs, 1, 2)) return NULL;
    return mp_forward(I, self, I->ids.get, args, nargs);
}
static Obj *mp_keys(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return mp_forward(I, self, I->ids.keys, NULL, 0);
}
static Obj *mp_values(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return mp_forward(I, self, I->ids.values, NULL, 0);
}
static Obj *mp_items(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return mp_forward(I, self, I->ids.items, NULL, 0);
}
static Obj *mp_copy(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    return mp_forward(I, self, I->ids.copy, NULL, 0);
}

static const MethodDef mp_methods[] = {
    {"get", mp_get, METH_FASTCALL, NULL},     {"keys", mp_keys, METH_NOARGS, NULL},
    {"values", mp_values, METH_NOARGS, NULL}, {"items", mp_items, METH_NOARGS, NULL},
    {"copy", mp_copy, METH_NOARGS, NULL},     {NULL, NULL, 0, NULL},
};

const TypeObj mappingproxy_tmpl = {
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObj),
    .flags = TPF_HAVE_GC,
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .traverse = mp_traverse,
    .len = mp_len,
    .mp_subscript = mp_getitem,
    .sq_contains = mp_contains,
    .methods = mp_methods,
};
