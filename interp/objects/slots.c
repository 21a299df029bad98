/* slots.c: dunder methods and type slots, both ways (CPython's typeobject.c slotdefs): a
 * class defining __add__ gets nb_add = slot_nb_add, which calls it; a C type's nb_add appears
 * in its dict as the wrapper_descriptor int.__add__, whose call runs the C slot. */
#include "objects/slots.h"

#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/vm.h"

#define SLOT_AT(t, off) (*(void **)((char *)(t) + (off)))

/* ---- calling a dunder method found on the type */

/* The special method `name` of type(self), or NULL (no error) if it has none. */
static Obj *lookup_method(Interp *I, Obj *self, Obj *name, bool *unbound) {
    Obj *f = type_lookup(I, TYPE(self), name);
    if (!f) return NULL;
    if (TYPE_HAS(TYPE(f), TPF_METHOD_DESCRIPTOR)) {
        *unbound = true;
        return NEWREF(f);
    }
    *unbound = false;
    DescrGetFn g = TYPE(f)->descr_get;
    if (g) return g(I, f, self, OBJ(TYPE(self)));
    return NEWREF(f);
}

/* Call self.name(*args); missing gives NULL with no error when `maybe`, else AttributeError. */
static Obj *call_method(Interp *I, Obj *self, Obj *name, Obj *const *args, size_t nargs,
                        bool maybe) {
    bool unbound;
    Obj *f = lookup_method(I, self, name, &unbound);
    if (!f) {
        if (err_occurred(I) || maybe) return NULL;
        return err_attribute(I, self, name, "%U", name);
    }
    Obj *r;
    if (unbound) {
        Obj *v[4];
        v[0] = self;
        for (size_t i = 0; i < nargs; i++) v[i + 1] = args[i];
        r = obj_call(I, f, v, nargs + 1, NULL);
    } else {
        r = obj_call(I, f, args, nargs, NULL);
    }
    DECREF(I, f);
    return r;
}

/* As call_method but NotImplemented when the method is missing. */
static Obj *call_maybe(Interp *I, Obj *self, Obj *name, Obj *const *args, size_t nargs) {
    Obj *r = call_method(I, self, name, args, nargs, true);
    if (!r && !err_occurred(I)) return NEWREF(I->notimpl);
    return r;
}

#define ID(n) (I->ids.n)

/* ---- slot functions of classes */

static Obj *slot_tp_repr(Interp *I, Obj *self) {
    return call_method(I, self, ID(__repr__), NULL, 0, false);
}
static Obj *slot_tp_str(Interp *I, Obj *self) {
    return call_method(I, self, ID(__str__), NULL, 0, false);
}

static Hash slot_tp_hash(Interp *I, Obj *self) {
    Obj *f = type_lookup(I, TYPE(self), ID(__hash__));
    if (!f || f == I->none) return hash_not_implemented(I, self);
    Obj *r = call_method(I, self, ID(__hash__), NULL, 0, false);
    if (!r) return -1;
    if (!INT_CHECK(r)) {
        DECREF(I, r);
        err_string(I, I->e_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t v;
    Hash h = int_fits_i64(r, &v) ? (Hash)v : int_hash_value(r);
    DECREF(I, r);
    return h == -1 ? -2 : h;
}

/* Call f(first, *args, **kw) in the vectorcall convention: the arguments (positional and
 * keyword values) are copied behind `first`, on the stack when few. */
static Obj *call_with_first(Interp *I, Obj *f, Obj *first, Obj *const *args, size_t nargs,
                            Obj *kwnames) {
    size_t nk = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    Obj *small[8];
    Obj **v = nargs + nk + 1 <= 8 ? small : mem_alloc(I, (nargs + nk + 1) * sizeof(Obj *));
    if (!v) return NULL;
    v[0] = first;
    if (nargs + nk > 0) memcpy(v + 1, args, (nargs + nk) * sizeof(Obj *));
    Obj *r = obj_call(I, f, v, nargs + 1, kwnames);
    if (v != small) mem_free(v);
    return r;
}

static Obj *slot_tp_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    bool unbound;
    Obj *f = lookup_method(I, self, ID(__call__), &unbound);
    if (!f) {
        if (err_occurred(I)) return NULL;
        return err_format(I, I->e_TypeError, "'%s' object is not callable", TYPE(self)->name);
    }
    /* an instance as its class's __call__ recurses in C: count it (CPython's slot_tp_call) */
    if (vm_enter_recursive(I, " while calling a Python object") < 0) {
        DECREF(I, f);
        return NULL;
    }
    Obj *r;
    if (unbound) {
        r = call_with_first(I, f, self, args, nargs, kwnames);
    } else {
        r = obj_call(I, f, args, nargs, kwnames);
    }
    vm_leave_recursive(I);
    DECREF(I, f);
    return r;
}

/* __getattribute__ (object's is called directly), then __getattr__ on AttributeError. */
static Obj *slot_tp_getattr_hook(Interp *I, Obj *self, Obj *name) {
    TypeObj *tp = TYPE(self);
    Obj *getattr = type_lookup(I, tp, ID(__getattr__));
    Obj *ga = type_lookup(I, tp, ID(__getattribute__));
    Obj *r;
    if (ga && TYPE(ga) == I->t_wrapper_descr &&
        ((WrapperDescrObj *)ga)->wrapped == (void *)obj_generic_getattr) {
        r = obj_generic_getattr(I, self, name);
    } else if (ga) {
        r = call_method(I, self, ID(__getattribute__), &name, 1, false);
    } else {
        r = obj_generic_getattr(I, self, name);
    }
    if (r || !getattr || !err_matches(I, I->e_AttributeError)) return r;
    err_clear(I);
    return call_method(I, self, ID(__getattr__), &name, 1, false);
}

static int slot_tp_setattro(Interp *I, Obj *self, Obj *name, Obj *v) {
    Obj *args[2] = {name, v};
    Obj *r = v ? call_method(I, self, ID(__setattr__), args, 2, false)
               : call_method(I, self, ID(__delattr__), args, 1, false);
    if (!r) return -1;
    DECREF(I, r);
    return 0;
}

static Obj *slot_tp_richcompare(Interp *I, Obj *self, Obj *other, int op) {
    static const size_t names[] = {offsetof(Ids, __lt__), offsetof(Ids, __le__),
                                   offsetof(Ids, __eq__), offsetof(Ids, __ne__),
                                   offsetof(Ids, __gt__), offsetof(Ids, __ge__)};
    Obj *name = *(Obj **)((char *)&I->ids + names[op]);
    return call_maybe(I, self, name, &other, 1);
}

static Obj *slot_tp_iter(Interp *I, Obj *self) {
    Obj *f = type_lookup(I, TYPE(self), ID(__iter__));
    if (f == I->none)
        return err_format(I, I->e_TypeError, "'%s' object is not iterable", TYPE(self)->name);
    if (f) return call_method(I, self, ID(__iter__), NULL, 0, false);
    if (type_lookup(I, TYPE(self), ID(__getitem__))) return seq_iter_new(I, self);
    return err_format(I, I->e_TypeError, "'%s' object is not iterable", TYPE(self)->name);
}

static Obj *slot_tp_iternext(Interp *I, Obj *self) {
    Obj *r = call_method(I, self, ID(__next__), NULL, 0, false);
    if (!r && err_matches(I, I->e_StopIteration)) err_clear(I);
    return r;
}

static Obj *slot_tp_descr_get(Interp *I, Obj *self, Obj *obj, Obj *type) {
    Obj *args[2] = {obj ? obj : I->none, type ? type : I->none};
    return call_method(I, self, ID(__get__), args, 2, false);
}

static int slot_tp_descr_set(Interp *I, Obj *self, Obj *obj, Obj *v) {
    Obj *args[2] = {obj, v};
    Obj *r = v ? call_method(I, self, ID(__set__), args, 2, false)
               : call_method(I, self, ID(__delete__), args, 1, false);
    if (!r) return -1;
    DECREF(I, r);
    return 0;
}

static int slot_tp_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    bool unbound;
    Obj *f = lookup_method(I, self, ID(__init__), &unbound);
    if (!f) {
        if (!err_occurred(I)) err_attribute(I, self, ID(__init__), "__init__");
        return -1;
    }
    Obj *r;
    if (unbound) {
        r = call_with_first(I, f, self, args, nargs, kwnames);
    } else {
        r = obj_call(I, f, args, nargs, kwnames);
    }
    DECREF(I, f);
    if (!r) return -1;
    if (r != I->none) {
        err_format(I, I->e_TypeError, "__init__() should return None, not '%T'", r);
        DECREF(I, r);
        return -1;
    }
    DECREF(I, r);
    return 0;
}

static Obj *slot_tp_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f;
    if (obj_lookup_attr(I, OBJ(type), ID(__new__), &f) < 0) return NULL;
    if (!f) return err_attribute(I, OBJ(type), ID(__new__), "__new__");
    Obj *r = call_with_first(I, f, OBJ(type), args, nargs, kwnames);
    DECREF(I, f);
    return r;
}

static void slot_tp_finalize(Interp *I, Obj *self) {
    Obj *saved = err_fetch(I);
    bool unbound;
    Obj *del = lookup_method(I, self, ID(__del__), &unbound);
    if (del) {
        Obj *r = unbound ? obj_call1(I, del, self) : obj_call0(I, del);
        if (!r) vm_write_unraisable(I, del);
        XDECREF(I, r);
        DECREF(I, del);
    } else if (err_occurred(I)) {
        err_clear(I);
    }
    err_restore(I, saved);
}

/* ---- number slots: a binary operator with CPython's reflection (SLOT1BINFULL) */

/* Does `right` define name differently from `left`? (method_is_overloaded) */
static bool overloaded(Interp *I, TypeObj *left, TypeObj *right, Obj *name) {
    return type_lookup(I, right, name) != type_lookup(I, left, name);
}

static Obj *binop_full(Interp *I, Obj *self, Obj *other, size_t off, void *fn, Obj *op, Obj *rop) {
    bool do_other = TYPE(self) != TYPE(other) && SLOT_AT(TYPE(other), off) == fn;
    Obj *r;
    if (SLOT_AT(TYPE(self), off) == fn) {
        if (do_other && type_is_subtype(TYPE(other), TYPE(self)) &&
            overloaded(I, TYPE(self), TYPE(other), rop)) {
            r = call_maybe(I, other, rop, &self, 1);
            if (r != I->notimpl) return r;
            DECREF(I, r);
            do_other = false;
        }
        r = call_maybe(I, self, op, &other, 1);
        if (r != I->notimpl || TYPE(other) == TYPE(self)) return r;
        DECREF(I, r);
    }
    if (do_other) return call_maybe(I, other, rop, &self, 1);
    return NEWREF(I->notimpl);
}

#define BINSLOT(fname, slot, op, rop)                                                              \
    static Obj *fname(Interp *I, Obj *a, Obj *b) {                                                 \
        return binop_full(I, a, b, offsetof(TypeObj, slot), (void *)fname, ID(op), ID(rop));       \
    }
BINSLOT(slot_nb_add, nb_add, __add__, __radd__)
BINSLOT(slot_nb_sub, nb_sub, __sub__, __rsub__)
BINSLOT(slot_nb_mul, nb_mul, __mul__, __rmul__)
BINSLOT(slot_nb_matmul, nb_matmul, __matmul__, __rmatmul__)
BINSLOT(slot_nb_truediv, nb_truediv, __truediv__, __rtruediv__)
BINSLOT(slot_nb_floordiv, nb_floordiv, __floordiv__, __rfloordiv__)
BINSLOT(slot_nb_mod, nb_mod, __mod__, __rmod__)
BINSLOT(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
BINSLOT(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
BINSLOT(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
BINSLOT(slot_nb_and, nb_and, __and__, __rand__)
BINSLOT(slot_nb_or, nb_or, __or__, __ror__)
BINSLOT(slot_nb_xor, nb_xor, __xor__, __rxor__)

static Obj *slot_nb_power_binary(Interp *I, Obj *a, Obj *b);
static Obj *slot_nb_power(Interp *I, Obj *a, Obj *b, Obj *mod) {
    if (mod == I->none) return slot_nb_power_binary(I, a, b);
    /* three-argument pow() does not try __rpow__ */
    if (TYPE(a)->nb_pow == slot_nb_power) {
        Obj *args[2] = {b, mod};
        return call_maybe(I, a, ID(__pow__), args, 2);
    }
    return NEWREF(I->notimpl);
}
static Obj *slot_nb_power_binary(Interp *I, Obj *a, Obj *b) {
    return binop_full(I, a, b, offsetof(TypeObj, nb_pow), (void *)slot_nb_power, ID(__pow__),
                      ID(__rpow__));
}

#define ISLOT(fname, op)                                                                           \
    static Obj *fname(Interp *I, Obj *a, Obj *b) {                                                 \
        return call_maybe(I, a, ID(op), &b, 1);                                                    \
    }
ISLOT(slot_nb_iadd, __iadd__)
ISLOT(slot_nb_isub, __isub__)
ISLOT(slot_nb_imul, __imul__)
ISLOT(slot_nb_imatmul, __imatmul__)
ISLOT(slot_nb_itruediv, __itruediv__)
ISLOT(slot_nb_ifloordiv, __ifloordiv__)
ISLOT(slot_nb_imod, __imod__)
ISLOT(slot_nb_ilshift, __ilshift__)
ISLOT(slot_nb_irshift, __irshift__)
ISLOT(slot_nb_iand, __iand__)
ISLOT(slot_nb_ior, __ior__)
ISLOT(slot_nb_ixor, __ixor__)

static Obj *slot_nb_ipow(Interp *I, Obj *a, Obj *b, Obj *mod) {
    (void)mod;
    return call_maybe(I, a, ID(__ipow__), &b, 1);
}

#define USLOT(fname, op)                                                                           \
    static Obj *fname(Interp *I, Obj *a) {                                                         \
        return call_method(I, a, ID(op), NULL, 0, false);                                          \
    }
USLOT(slot_nb_neg, __neg__)
USLOT(slot_nb_pos, __pos__)
USLOT(slot_nb_abs, __abs__)
USLOT(slot_nb_invert, __invert__)
USLOT(slot_nb_int, __int__)
USLOT(slot_nb_float, __float__)
USLOT(slot_nb_index, __index__)

static int slot_nb_bool(Interp *I, Obj *self) {
    Obj *r = call_method(I, self, ID(__bool__), NULL, 0, false);
    if (!r) return -1;
    if (TYPE(r) != I->t_bool) {
        err_format(I, I->e_TypeError, "__bool__ should return bool, returned %T", r);
        DECREF(I, r);
        return -1;
    }
    int t = r == I->true_;
    DECREF(I, r);
    return t;
}

/* ---- sequence / mapping slots */

static Ssize slot_len(Interp *I, Obj *self) {
    Obj *r = call_method(I, self, ID(__len__), NULL, 0, false);
    if (!r) return -1;
    Obj *i = num_index(I, r);
    DECREF(I, r);
    if (!i) return -1;
    if (int_sign(i) < 0) {
        DECREF(I, i);
        err_string(I, I->e_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    bool fits = int_fits_i64(i, &n);
    DECREF(I, i);
    if (!fits) {
        err_string(I, I->e_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return (Ssize)n;
}

static Obj *slot_mp_subscript(Interp *I, Obj *self, Obj *key) {
    return call_method(I, self, ID(__getitem__), &key, 1, false);
}

static Obj *slot_sq_item(Interp *I, Obj *self, Ssize i) {
    Obj *k = int_from_i64(I, i);
    if (!k) return NULL;
    Obj *r = call_method(I, self, ID(__getitem__), &k, 1, false);
    DECREF(I, k);
    return r;
}

static int slot_mp_ass_subscript(Interp *I, Obj *self, Obj *key, Obj *v) {
    Obj *args[2] = {key, v};
    Obj *r = v ? call_method(I, self, ID(__setitem__), args, 2, false)
               : call_method(I, self, ID(__delitem__), args, 1, false);
    if (!r) return -1;
    DECREF(I, r);
    return 0;
}

static int slot_sq_contains(Interp *I, Obj *self, Obj *item) {
    Obj *f = type_lookup(I, TYPE(self), ID(__contains__));
    if (f == I->none) {
        err_format(I, I->e_TypeError, "'%s' object is not a container", TYPE(self)->name);
        return -1;
    }
    if (!f) { /* iterate */
        Obj *it = obj_iter(I, self);
        if (!it) return -1;
        int found = 0;
        Obj *x;
        while (!found && (x = iter_next(I, it))) {
            found = obj_richcompare_bool(I, x, item, CMP_EQ);
            DECREF(I, x);
        }
        DECREF(I, it);
        return found < 0 || err_occurred(I) ? -1 : found;
    }
    Obj *r = call_method(I, self, ID(__contains__), &item, 1, false);
    if (!r) return -1;
    int t = obj_is_true(I, r);
    DECREF(I, r);
    return t;
}

/* ---- wrappers: calling a C slot as a method */

static bool check_args(Interp *I, size_t nargs, size_t n) {
    if (nargs == n) return true;
    err_format(I, I->e_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return false;
}

#define WRAPPER(fname)                                                                             \
    static Obj *fname(Interp *I, const SlotDef *sd, void *wrapped, Obj *self, Obj *const *args,    \
                      size_t nargs, Obj *kwnames)
#define UNUSED_W (void)sd, (void)kwnames, (void)args

WRAPPER(wrap_unaryfunc) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    return ((UnaryFn)wrapped)(I, self);
}

WRAPPER(wrap_binaryfunc) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return ((BinaryFn)wrapped)(I, self, args[0]);
}

WRAPPER(wrap_binaryfunc_r) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return ((BinaryFn)wrapped)(I, args[0], self);
}

WRAPPER(wrap_ternaryfunc) {
    UNUSED_W;
    if (!args_count(I, "", nargs, 1, 2)) return NULL;
    return ((TernaryFn)wrapped)(I, self, args[0], nargs > 1 ? args[1] : I->none);
}

WRAPPER(wrap_ternaryfunc_r) {
    UNUSED_W;
    if (!args_count(I, "", nargs, 1, 2)) return NULL;
    return ((TernaryFn)wrapped)(I, args[0], self, nargs > 1 ? args[1] : I->none);
}

WRAPPER(wrap_inquirypred) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    int r = ((InquiryFn)wrapped)(I, self);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

WRAPPER(wrap_lenfunc) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    Ssize n = ((LenFn)wrapped)(I, self);
    return n < 0 ? NULL : int_from_i64(I, n);
}

WRAPPER(wrap_indexargfunc) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    Ssize i = num_as_ssize(I, args[0], I->e_OverflowError);
    if (i == -1 && err_occurred(I)) return NULL;
    return ((SsizeArgFn)wrapped)(I, self, i);
}

WRAPPER(wrap_sq_item) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    Ssize i = num_as_ssize(I, args[0], I->e_OverflowError);
    if (i == -1 && err_occurred(I)) return NULL;
    if (i < 0 && TYPE(self)->len) {
        Ssize n = TYPE(self)->len(I, self);
        if (n < 0) return NULL;
        i += n;
    }
    return ((SsizeArgFn)wrapped)(I, self, i);
}

static Obj *none_or_null(Interp *I, int r) {
    if (r < 0) return NULL;
    RET_NONE(I);
}

WRAPPER(wrap_setitem) {
    UNUSED_W;
    if (!check_args(I, nargs, 2)) return NULL;
    return none_or_null(I, ((ObjObjArgFn)wrapped)(I, self, args[0], args[1]));
}

WRAPPER(wrap_delitem) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return none_or_null(I, ((ObjObjArgFn)wrapped)(I, self, args[0], NULL));
}

WRAPPER(wrap_objobjproc) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    int r = ((ObjObjFn)wrapped)(I, self, args[0]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

WRAPPER(wrap_setattr) {
    UNUSED_W;
    if (!check_args(I, nargs, 2)) return NULL;
    return none_or_null(I, ((SetAttrFn)wrapped)(I, self, args[0], args[1]));
}

WRAPPER(wrap_delattr) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return none_or_null(I, ((SetAttrFn)wrapped)(I, self, args[0], NULL));
}

WRAPPER(wrap_hashfunc) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    Hash h = ((HashFn)wrapped)(I, self);
    return h == -1 && err_occurred(I) ? NULL : int_from_i64(I, h);
}

WRAPPER(wrap_call) {
    (void)sd;
    return ((CallFn)wrapped)(I, self, args, nargs, kwnames);
}

WRAPPER(wrap_richcmp) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return ((RichCmpFn)wrapped)(I, self, args[0], sd->flags >> 4);
}

WRAPPER(wrap_next) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    Obj *r = ((UnaryFn)wrapped)(I, self);
    if (!r && !err_occurred(I)) err_set_none(I, I->e_StopIteration);
    return r;
}

WRAPPER(wrap_descr_get) {
    UNUSED_W;
    if (!args_count(I, "", nargs, 1, 2)) return NULL;
    Obj *obj = args[0] == I->none ? NULL : args[0];
    Obj *type = nargs > 1 && args[1] != I->none ? args[1] : NULL;
    if (!obj && !type) return err_string(I, I->e_TypeError, "__get__(None, None) is invalid");
    return ((DescrGetFn)wrapped)(I, self, obj, type);
}

WRAPPER(wrap_descr_set) {
    UNUSED_W;
    if (!check_args(I, nargs, 2)) return NULL;
    return none_or_null(I, ((DescrSetFn)wrapped)(I, self, args[0], args[1]));
}

WRAPPER(wrap_descr_delete) {
    UNUSED_W;
    if (!check_args(I, nargs, 1)) return NULL;
    return none_or_null(I, ((DescrSetFn)wrapped)(I, self, args[0], NULL));
}

WRAPPER(wrap_init) {
    (void)sd;
    return none_or_null(I, ((InitFn)wrapped)(I, self, args, nargs, kwnames));
}

WRAPPER(wrap_del) {
    UNUSED_W;
    if (!check_args(I, nargs, 0)) return NULL;
    ((FinalizeFn)wrapped)(I, self);
    if (err_occurred(I)) return NULL;
    RET_NONE(I);
}

/* ---- the table (CPython's slotdefs order: a C type's dict gets the first entry of a name) */

#define O(f) offsetof(TypeObj, f)
#define SD(name, slot, fn, wrap, doc)                                                              \
    { name, O(slot), (void *)(fn), wrap, doc, 0 }
#define SDF(name, slot, fn, wrap, doc, fl)                                                         \
    { name, O(slot), (void *)(fn), wrap, doc, fl }
#define BIN(n, rn, slot, fn, sym)                                                                  \
    SD(n, slot, fn, wrap_binaryfunc, "Return self" sym "value."),                                  \
        SD(rn, slot, fn, wrap_binaryfunc_r, "Return value" sym "self.")
#define IBIN(n, slot, fn, sym) SD(n, slot, fn, wrap_binaryfunc, "Return self" sym "value.")

const SlotDef slotdefs[] = {
    SD("__getattribute__", getattro, slot_tp_getattr_hook, wrap_binaryfunc,
       "Return getattr(self, name)."),
    SD("__getattr__", getattro, slot_tp_getattr_hook, NULL, NULL),
    SD("__setattr__", setattro, slot_tp_setattro, wrap_setattr,
       "Implement setattr(self, name, value)."),
    SD("__delattr__", setattro, slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    SD("__repr__", repr, slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    SD("__hash__", hash, slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    SDF("__call__", call, slot_tp_call, wrap_call, "Call self as a function.", SLOTF_KEYWORDS),
    SD("__str__", str, slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    SDF("__lt__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self<value.",
        CMP_LT << 4),
    SDF("__le__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self<=value.",
        CMP_LE << 4),
    SDF("__eq__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self==value.",
        CMP_EQ << 4),
    SDF("__ne__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self!=value.",
        CMP_NE << 4),
    SDF("__gt__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self>value.",
        CMP_GT << 4),
    SDF("__ge__", richcompare, slot_tp_richcompare, wrap_richcmp, "Return self>=value.",
        CMP_GE << 4),
    SD("__iter__", iter, slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    SD("__next__", iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    SD("__get__", descr_get, slot_tp_descr_get, wrap_descr_get,
       "Return an attribute of instance, which is of type owner."),
    SD("__set__", descr_set, slot_tp_descr_set, wrap_descr_set,
       "Set an attribute of instance to value."),
    SD("__delete__", descr_set, slot_tp_descr_set, wrap_descr_delete,
       "Delete an attribute of instance."),
    SDF("__init__", init, slot_tp_init, wrap_init,
        "Initialize self.  See help(type(self)) for accurate signature.", SLOTF_KEYWORDS),
    SD("__new__", new_, slot_tp_new, NULL, "Create and return a new object."),
    SD("__del__", finalize, slot_tp_finalize, wrap_del,
       "Called when the instance is about to be destroyed."),

    BIN("__add__", "__radd__", nb_add, slot_nb_add, "+"),
    BIN("__sub__", "__rsub__", nb_sub, slot_nb_sub, "-"),
    BIN("__mul__", "__rmul__", nb_mul, slot_nb_mul, "*"),
    BIN("__mod__", "__rmod__", nb_mod, slot_nb_mod, "%"),
    BIN("__divmod__", "__rdivmod__", nb_divmod, slot_nb_divmod, ", divmod("),
    SD("__pow__", nb_pow, slot_nb_power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    SD("__rpow__", nb_pow, slot_nb_power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    SD("__neg__", nb_neg, slot_nb_neg, wrap_unaryfunc, "-self"),
    SD("__pos__", nb_pos, slot_nb_pos, wrap_unaryfunc, "+self"),
    SD("__abs__", nb_abs, slot_nb_abs, wrap_unaryfunc, "abs(self)"),
    SD("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred, "True if self else False"),
    SD("__invert__", nb_invert, slot_nb_invert, wrap_unaryfunc, "~self"),
    BIN("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BIN("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BIN("__and__", "__rand__", nb_and, slot_nb_and, "&"),
    BIN("__xor__", "__rxor__", nb_xor, slot_nb_xor, "^"),
    BIN("__or__", "__ror__", nb_or, slot_nb_or, "|"),
    SD("__int__", nb_int, slot_nb_int, wrap_unaryfunc, "int(self)"),
    SD("__float__", nb_float, slot_nb_float, wrap_unaryfunc, "float(self)"),
    IBIN("__iadd__", nb_iadd, slot_nb_iadd, "+="),
    IBIN("__isub__", nb_isub, slot_nb_isub, "-="),
    IBIN("__imul__", nb_imul, slot_nb_imul, "*="),
    IBIN("__imod__", nb_imod, slot_nb_imod, "%="),
    SD("__ipow__", nb_ipow, slot_nb_ipow, wrap_ternaryfunc, "Return self**=value."),
    IBIN("__ilshift__", nb_ilshift, slot_nb_ilshift, "<<="),
    IBIN("__irshift__", nb_irshift, slot_nb_irshift, ">>="),
    IBIN("__iand__", nb_iand, slot_nb_iand, "&="),
    IBIN("__ixor__", nb_ixor, slot_nb_ixor, "^="),
    IBIN("__ior__", nb_ior, slot_nb_ior, "|="),
    BIN("__floordiv__", "__rfloordiv__", nb_floordiv, slot_nb_floordiv, "//"),
    BIN("__truediv__", "__rtruediv__", nb_truediv, slot_nb_truediv, "/"),
    IBIN("__ifloordiv__", nb_ifloordiv, slot_nb_ifloordiv, "//="),
    IBIN("__itruediv__", nb_itruediv, slot_nb_itruediv, "/="),
    SD("__index__", nb_index, slot_nb_index, wrap_unaryfunc,
       "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", nb_matmul, slot_nb_matmul, "@"),
    IBIN("__imatmul__", nb_imatmul, slot_nb_imatmul, "@="),

    SD("__len__", len, slot_len, wrap_lenfunc, "Return len(self)."),
    SD("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc, "Return self[key]."),
    SD("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_setitem,
       "Set self[key] to value."),
    SD("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),
    SD("__getitem__", sq_item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SD("__add__", sq_concat, NULL, wrap_binaryfunc, "Return self+value."),
    SD("__mul__", sq_repeat, NULL, wrap_indexargfunc, "Return self*value."),
    SD("__rmul__", sq_repeat, NULL, wrap_indexargfunc, "Return value*self."),
    SD("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc, "Return bool(key in self)."),
    SD("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc, "Implement self+=value."),
    SD("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc, "Implement self*=value."),
    {NULL, 0, NULL, NULL, NULL, 0},
};

size_t slotdefs_count(void) {
    return sizeof slotdefs / sizeof slotdefs[0] - 1;
}

/* ---- __new__ of a C type: a builtin method bound to the type (CPython's tp_new_wrapper) */

Obj *slot_tp_new_wrapper(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *type = (TypeObj *)self;
    if (nargs < 1)
        return err_format(I, I->e_TypeError, "%s.__new__(): not enough arguments", type->name);
    if (!TYPE_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "%s.__new__(X): X is not a type object (%T)",
                          type->name, args[0]);
    TypeObj *sub = (TypeObj *)args[0];
    if (!type_is_subtype(sub, type))
        return err_format(I, I->e_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          type->name, sub->name, sub->name, type->name);
    TypeObj *staticbase = sub;
    while (staticbase && staticbase->new_ == slot_tp_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_)
        return err_format(I, I->e_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          type->name, sub->name, staticbase->name);
    return type->new_(I, sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef tp_new_def = {
    "__new__", slot_tp_new_wrapper, METH_FASTCALL | METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

/* ---- C types: wrapper descriptors for the slots they define */

static bool add_one(Interp *I, TypeObj *t, const SlotDef *p, void *fn) {
    Obj *name = str_intern_cstr(I, p->name);
    if (!name) return false;
    int has = dict_contains(I, t->dict, name);
    bool ok = has == 0;
    if (has > 0 || has < 0) {
        DECREF(I, name);
        return has == 0 || has > 0;
    }
    Obj *d;
    if (p->offset == O(hash) && fn == (void *)hash_not_implemented)
        d = NEWREF(I->none);
    else if (p->offset == O(new_))
        d = cfunc_new(I, &tp_new_def, OBJ(t));
    else
        d = wrapper_descr_new(I, t, p, fn);
    ok = d && dict_set(I, t->dict, name, d);
    XDECREF(I, d);
    DECREF(I, name);
    return ok;
}

bool slots_add_operators(Interp *I, TypeObj *t) {
    for (const SlotDef *p = slotdefs; p->name; p++) {
        if (!p->wrapper && p->offset != O(new_)) continue;
        void *fn = SLOT_AT(t, p->offset);
        if (!fn) continue;
        if (!add_one(I, t, p, fn)) return false;
    }
    return true;
}

/* ---- classes: choose each slot from what the MRO defines (CPython's update_one_slot) */

static const SlotDef *update_one_slot(Interp *I, TypeObj *t, const SlotDef *p) {
    size_t off = p->offset;
    void *generic = NULL, *specific = NULL;
    bool use_generic = false, found = false;
    for (; p->name && p->offset == off; p++) {
        Obj *name = str_intern_cstr(I, p->name);
        Obj *descr = name ? type_lookup_uncached(I, t, name) : NULL;
        XDECREF(I, name);
        if (!descr) continue;
        found = true;
        if (TYPE(descr) == I->t_wrapper_descr &&
            !strcmp(((WrapperDescrObj *)descr)->slot->name, p->name)) {
            /* a C slot under its own name (int.__add__ as __add__): t may use it directly */
            WrapperDescrObj *w = (WrapperDescrObj *)descr;
            void *fn = w->wrapped;
            if (fn && (!specific || specific == fn) && w->slot->wrapper == p->wrapper &&
                type_is_subtype(t, w->d.objclass))
                specific = fn;
            else
                use_generic = true;
        } else if (off == O(hash) && descr == I->none) {
            specific = (void *)hash_not_implemented;
        } else if (off == O(new_) && TYPE(descr) == I->t_builtin_func &&
                   ((CFuncObj *)descr)->def == &tp_new_def) {
            /* a C type's __new__ found for the class: CPython (update_one_slot) keeps the
             * tp_new the class inherited from its base, not the C type's: `__new__ =
             * list.__new__` in a plain class makes plain instances */
            specific = t->base ? (void *)t->base->new_ : NULL;
        } else {
            use_generic = true;
        }
        if (p->function) generic = p->function;
    }
    void *v = !found ? NULL : (specific && !use_generic) ? specific : generic;
    SLOT_AT(t, off) = v;
    return p;
}

void slots_fixup(Interp *I, TypeObj *t) {
    const SlotDef *p = slotdefs;
    while (p->name) p = update_one_slot(I, t, p);
}

static void update_subclasses(Interp *I, TypeObj *t, size_t off);

static void update_slot_of(Interp *I, TypeObj *t, size_t off) {
    for (const SlotDef *p = slotdefs; p->name;) {
        if (p->offset == off) {
            update_one_slot(I, t, p);
            break;
        }
        p++;
    }
    update_subclasses(I, t, off);
}

static void update_subclasses(Interp *I, TypeObj *t, size_t off) {
    if (!t->subclasses) return;
    Ssize pos = 0;
    Obj *k, *v;
    while (dict_next(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (!int_fits_i64(v, &addr)) continue;
        update_slot_of(I, (TypeObj *)(uintptr_t)addr, off);
    }
}

void slots_update(Interp *I, TypeObj *t, Obj *name) {
    if (!STR_CHECK(name)) return;
    size_t done[8];
    int ndone = 0;
    for (const SlotDef *p = slotdefs; p->name; p++) {
        if (!str_eq_cstr(name, p->name)) continue;
        bool seen = false;
        for (int i = 0; i < ndone; i++) seen = seen || done[i] == p->offset;
        if (seen || ndone == 8) continue;
        done[ndone++] = p->offset;
        update_slot_of(I, t, p->offset);
    }
}

bool slots_is_slot_name(Interp *I, Obj *name) {
    (void)I;
    if (!STR_CHECK(name) || STR_LEN(name) < 5) return false;
    for (const SlotDef *p = slotdefs; p->name; p++)
        if (str_eq_cstr(name, p->name)) return true;
    return false;
}
