/* genericalias.c: types.GenericAlias (list[int], 3.9+) and types.UnionType (int | str, 3.10+),
 * CPython's Objects/genericaliasobject.c and unionobject.c, cut down to what programs about
 * classes show: repr, __origin__/__args__/__parameters__, ==, hash, calling, isinstance with a
 * union. The two types live in typeobject.c's TypeState (type_extra). */
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"

typedef struct AliasObj {
    Obj ob;
    Obj *origin; /* GenericAlias only */
    Obj *args;   /* tuple */
    Obj *params; /* tuple, made on first use */
} AliasObj;

#define ALIAS(o) ((AliasObj *)(o))

/* A list's items as a new tuple. */
static Obj *list_to_tuple(Interp *I, Obj *l) {
    Obj *t = tuple_new(I, LIST_LEN(l));
    for (Ssize i = 0; t && i < LIST_LEN(l); i++) TUPLE_SET(t, i, NEWREF(LIST_GET(l, i)));
    return t;
}

static int lookup_cstr(Interp *I, Obj *o, const char *name, Obj **out) {
    Obj *n = str_intern_cstr(I, name);
    *out = NULL;
    if (!n) return -1;
    int r = obj_lookup_attr(I, o, n, out);
    DECREF(I, n);
    return r;
}

static bool is_alias(Interp *I, Obj *o) { return TYPE(o) == type_extra(I, TYPE_EXTRA_ALIAS); }
static bool is_union(Interp *I, Obj *o) { return TYPE(o) == type_extra(I, TYPE_EXTRA_UNION); }

/* ---- repr of one argument (ga_repr_item): "int", "mod.C", "...", list[int], or repr() */

static bool add_item_repr(Interp *I, StrBuilder *b, Obj *p) {
    if (p == I->ellipsis) return sb_add_cstr(I, b, "...");
    Obj *r = NULL;
    if (TYPE_CHECK(p) && !is_alias(I, p)) {
        Obj *q = obj_getattr_cstr(I, p, "__qualname__");
        Obj *m = q ? obj_getattr_cstr(I, p, "__module__") : NULL;
        if (m && STR_CHECK(m) && STR_CHECK(q))
            r = str_eq_cstr(m, "builtins") ? NEWREF(q) : str_from_format(I, "%U.%U", m, q);
        XDECREF(I, q);
        XDECREF(I, m);
        if (!r) err_clear(I);
    }
    if (!r) r = obj_repr(I, p);
    bool ok = r && sb_add_str(I, b, r);
    XDECREF(I, r);
    return ok;
}

static Obj *finish(Interp *I, StrBuilder *b, bool ok) {
    if (ok) return sb_finish(I, b);
    sb_discard(b);
    return NULL;
}

static Obj *alias_repr(Interp *I, Obj *o) {
    StrBuilder b;
    sb_init(&b);
    Obj *a = ALIAS(o)->args;
    bool ok = add_item_repr(I, &b, ALIAS(o)->origin) && sb_add_cstr(I, &b, "[");
    if (ok && TUPLE_LEN(a) == 0) ok = sb_add_cstr(I, &b, "()");
    for (Ssize i = 0; ok && i < TUPLE_LEN(a); i++)
        ok = (i == 0 || sb_add_cstr(I, &b, ", ")) && add_item_repr(I, &b, TUPLE_GET(a, i));
    return finish(I, &b, ok && sb_add_cstr(I, &b, "]"));
}

static Obj *union_repr(Interp *I, Obj *o) {
    StrBuilder b;
    sb_init(&b);
    Obj *a = ALIAS(o)->args;
    bool ok = true;
    for (Ssize i = 0; ok && i < TUPLE_LEN(a); i++) {
        Obj *p = TUPLE_GET(a, i);
        ok = (i == 0 || sb_add_cstr(I, &b, " | ")) &&
             (p == OBJ(I->t_none) ? sb_add_cstr(I, &b, "None") : add_item_repr(I, &b, p));
    }
    return finish(I, &b, ok);
}

/* ---- life */

static Obj *alias_make(Interp *I, TypeObj *t, Obj *origin, Obj *args) {
    AliasObj *a = (AliasObj *)obj_alloc(I, t, 0);
    if (!a) return NULL;
    a->origin = origin ? NEWREF(origin) : NULL;
    a->args = TUPLE_CHECK(args) ? NEWREF(args) : tuple_pack(I, 1, args);
    if (!a->args) {
        DECREF(I, OBJ(a));
        return NULL;
    }
    gc_track(I, OBJ(a));
    return OBJ(a);
}

Obj *genericalias_new(Interp *I, Obj *origin, Obj *args) {
    TypeObj *t = type_extra(I, TYPE_EXTRA_ALIAS);
    return t ? alias_make(I, t, origin, args) : NULL;
}

static Obj *alias_tp_new(Interp *I, TypeObj *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames))
        return err_string(I, I->e_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return err_format(I, I->e_TypeError, "GenericAlias expected 2 arguments, got %zd",
                          (Ssize)nargs);
    return alias_make(I, t, args[0], args[1]);
}

static void alias_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    CLEAR(I, ALIAS(o)->origin);
    CLEAR(I, ALIAS(o)->args);
    CLEAR(I, ALIAS(o)->params);
    obj_free(I, o);
}

static int alias_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(ALIAS(o)->origin);
    VISIT(ALIAS(o)->args);
    VISIT(ALIAS(o)->params);
    return 0;
}

static int alias_clear(Interp *I, Obj *o) {
    CLEAR(I, ALIAS(o)->origin);
    CLEAR(I, ALIAS(o)->args);
    CLEAR(I, ALIAS(o)->params);
    return 0;
}

/* ---- attributes: the alias's own, else the origin's (ga_getattro's exceptions kept here) */

static Obj *alias_get_params(Interp *I, Obj *o, void *c) {
    (void)c;
    AliasObj *a = ALIAS(o);
    if (!a->params) {
        /* _Py_make_parameters: TypeVar-like arguments (with __typing_subst__), each once */
        Obj *l = list_new(I, 0);
        for (Ssize i = 0; l && i < TUPLE_LEN(a->args); i++) {
            Obj *p = TUPLE_GET(a->args, i), *sub = NULL;
            if (TYPE_CHECK(p)) continue;
            if (lookup_cstr(I, p, "__typing_subst__", &sub) < 0) {
                CLEAR(I, l);
                break;
            }
            if (!sub) continue;
            DECREF(I, sub);
            bool seen = false;
            for (Ssize j = 0; j < LIST_LEN(l) && !seen; j++) seen = LIST_GET(l, j) == p;
            if (!seen && !list_append(I, l, p)) CLEAR(I, l);
        }
        a->params = l ? list_to_tuple(I, l) : NULL;
        XDECREF(I, l);
    }
    return a->params ? NEWREF(a->params) : NULL;
}

static Obj *alias_getattro(Interp *I, Obj *o, Obj *name) {
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__unpacked__",
                                      "__parameters__", "__typing_unpacked_tuple_args__",
                                      "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", NULL};
    if (STR_CHECK(name)) {
        bool mine = false;
        for (const char *const *p = own; *p && !mine; p++) mine = str_eq_cstr(name, *p);
        if (!mine) return obj_getattr(I, ALIAS(o)->origin, name);
    }
    return obj_generic_getattr(I, o, name);
}

/* ---- comparing and hashing */

static Obj *alias_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!is_alias(I, a) || !is_alias(I, b) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(I->notimpl);
    int eq = obj_richcompare_bool(I, ALIAS(a)->origin, ALIAS(b)->origin, CMP_EQ);
    if (eq > 0) eq = obj_richcompare_bool(I, ALIAS(a)->args, ALIAS(b)->args, CMP_EQ);
    if (eq < 0) return NULL;
    return NEWREF((eq > 0) == (op == CMP_EQ) ? I->true_ : I->false_);
}

static Hash alias_hash(Interp *I, Obj *o) {
    Hash h0 = obj_hash(I, ALIAS(o)->origin);
    if (h0 == -1) return -1;
    Hash h1 = obj_hash(I, ALIAS(o)->args);
    if (h1 == -1) return -1;
    Hash h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* Unions are equal when their arguments are the same set (order aside). */
static int same_members(Interp *I, Obj *a, Obj *b) {
    for (Ssize i = 0; i < TUPLE_LEN(a); i++) {
        int found = 0;
        for (Ssize j = 0; j < TUPLE_LEN(b) && found == 0; j++)
            found = obj_richcompare_bool(I, TUPLE_GET(a, i), TUPLE_GET(b, j), CMP_EQ);
        if (found <= 0) return found;
    }
    return 1;
}

static Obj *union_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!is_union(I, a) || !is_union(I, b) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(I->notimpl);
    int eq = same_members(I, ALIAS(a)->args, ALIAS(b)->args);
    if (eq > 0) eq = same_members(I, ALIAS(b)->args, ALIAS(a)->args);
    if (eq < 0) return NULL;
    return NEWREF((eq > 0) == (op == CMP_EQ) ? I->true_ : I->false_);
}

/* Order-free, as CPython's hash of frozenset(args). */
static Hash union_hash(Interp *I, Obj *o) {
    uint64_t h = 0;
    for (Ssize i = 0; i < TUPLE_LEN(ALIAS(o)->args); i++) {
        Hash x = obj_hash(I, TUPLE_GET(ALIAS(o)->args, i));
        if (x == -1) return -1;
        h ^= ((uint64_t)x ^ 89869747u ^ ((uint64_t)x << 16)) * 3644798167u;
    }
    Hash r = (Hash)h;
    return r == -1 ? -2 : r;
}

/* ---- calling: origin(*args), remembering the alias in __orig_class__ when possible */

static Obj *alias_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *r = obj_call(I, ALIAS(self)->origin, args, nargs, kwnames);
    Obj *name = r ? str_intern_cstr(I, "__orig_class__") : NULL;
    if (r && !name) CLEAR(I, r);
    if (r && obj_setattr(I, r, name, self) < 0) {
        if (!err_matches(I, I->e_AttributeError) && !err_matches(I, I->e_TypeError)) CLEAR(I, r);
        else err_clear(I);
    }
    XDECREF(I, name);
    return r;
}

static Obj *alias_mro_entries(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *k) {
    Obj *arg = args[0];
    (void)n, (void)k;
    (void)arg;
    return tuple_pack(I, 1, ALIAS(self)->origin);
}

static Obj *alias_instancecheck(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *k) {
    Obj *arg = args[0];
    (void)n, (void)k;
    (void)self, (void)arg;
    return err_string(I, I->e_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Obj *alias_subclasscheck(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *k) {
    Obj *arg = args[0];
    (void)n, (void)k;
    (void)self, (void)arg;
    return err_string(I, I->e_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Obj *alias_reduce(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *k) {
    (void)a, (void)n, (void)k;
    Obj *args = tuple_pack(I, 2, ALIAS(self)->origin, ALIAS(self)->args);
    Obj *r = args ? tuple_pack(I, 2, OBJ(TYPE(self)), args) : NULL;
    XDECREF(I, args);
    return r;
}

/* ---- unions */

/* Can x take part in `|`? None, classes, aliases and unions (and typing's own objects, which
 * define __or__ themselves). */
static bool unionable(Interp *I, Obj *x) {
    return x == I->none || TYPE_CHECK(x) || is_alias(I, x) || is_union(I, x);
}

/* Append x's members to the list l (a union is flattened, None is NoneType, each once). */
static bool add_members(Interp *I, Obj *l, Obj *x) {
    if (is_union(I, x)) {
        for (Ssize i = 0; i < TUPLE_LEN(ALIAS(x)->args); i++)
            if (!add_members(I, l, TUPLE_GET(ALIAS(x)->args, i))) return false;
        return true;
    }
    if (x == I->none) x = OBJ(I->t_none);
    for (Ssize i = 0; i < LIST_LEN(l); i++) {
        Obj *y = LIST_GET(l, i);
        if (y == x) return true;
        if (is_alias(I, x) && is_alias(I, y)) {
            int eq = obj_richcompare_bool(I, x, y, CMP_EQ);
            if (eq != 0) return eq > 0;
        }
    }
    return list_append(I, l, x);
}

/* a | b for classes, aliases and unions (3.10+); NotImplemented otherwise. */
Obj *genericalias_union_or(Interp *I, Obj *a, Obj *b) {
    if (!I->prof->union_type_310 || !unionable(I, a) || !unionable(I, b))
        return NEWREF(I->notimpl);
    Obj *l = list_new(I, 0);
    if (!l || !add_members(I, l, a) || !add_members(I, l, b)) {
        XDECREF(I, l);
        return NULL;
    }
    Obj *r = NULL;
    if (LIST_LEN(l) == 1) {
        r = NEWREF(LIST_GET(l, 0));
    } else {
        TypeObj *t = type_extra(I, TYPE_EXTRA_UNION);
        Obj *args = t ? list_to_tuple(I, l) : NULL;
        r = args ? alias_make(I, t, NULL, args) : NULL;
        XDECREF(I, args);
    }
    DECREF(I, l);
    return r;
}

static int union_check(Interp *I, Obj *self, Obj *x, bool inst) {
    Obj *a = ALIAS(self)->args;
    for (Ssize i = 0; i < TUPLE_LEN(a); i++) {
        int r = inst ? obj_isinstance(I, x, TUPLE_GET(a, i)) : obj_issubclass(I, x, TUPLE_GET(a, i));
        if (r != 0) return r;
    }
    return 0;
}

static Obj *union_instancecheck(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *k) {
    Obj *x = args[0];
    (void)n, (void)k;
    int r = union_check(I, self, x, true);
    return r < 0 ? NULL : NEWREF(r ? I->true_ : I->false_);
}

static Obj *union_subclasscheck(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *k) {
    Obj *x = args[0];
    (void)n, (void)k;
    int r = union_check(I, self, x, false);
    return r < 0 ? NULL : NEWREF(r ? I->true_ : I->false_);
}

static Obj *union_get_params(Interp *I, Obj *o, void *c) {
    (void)c;
    if (!ALIAS(o)->params) ALIAS(o)->params = tuple_new(I, 0);
    return ALIAS(o)->params ? NEWREF(ALIAS(o)->params) : NULL;
}

/* ---- the types */

static const MemberDef alias_members[] = {
    {"__origin__", MEMBER_OBJECT, offsetof(AliasObj, origin), true, NULL},
    {"__args__", MEMBER_OBJECT, offsetof(AliasObj, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef alias_getset[] = {
    {"__parameters__", alias_get_params, NULL, "Type variables in the GenericAlias.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, METH_O, NULL},
    {"__instancecheck__", alias_instancecheck, METH_O, NULL},
    {"__subclasscheck__", alias_subclasscheck, METH_O, NULL},
    {"__reduce__", alias_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj genericalias_tmpl = {
    .name = "types.GenericAlias",
    .basicsize = sizeof(AliasObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .dealloc = alias_dealloc,
    .repr = alias_repr,
    .hash = alias_hash,
    .call = alias_call,
    .getattro = alias_getattro,
    .richcompare = alias_richcompare,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .nb_or = genericalias_union_or,
    .new_ = alias_tp_new,
    .methods = alias_methods,
    .members = alias_members,
    .getset = alias_getset,
};

static const MemberDef union_members[] = {
    {"__args__", MEMBER_OBJECT, offsetof(AliasObj, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef union_getset[] = {
    {"__parameters__", union_get_params, NULL, "Type variables in the types.UnionType.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, METH_O, NULL},
    {"__subclasscheck__", union_subclasscheck, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj uniontype_tmpl = {
    .name = "types.UnionType",
    .basicsize = sizeof(AliasObj),
    .flags = TPF_HAVE_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = alias_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .getattro = obj_generic_getattr,
    .richcompare = union_richcompare,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .nb_or = genericalias_union_or,
    .methods = union_methods,
    .members = union_members,
    .getset = union_getset,
};
