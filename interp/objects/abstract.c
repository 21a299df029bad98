/* abstract.c: the generic object protocols (CPython's abstract.c and parts of object.c):
 * repr/str/format/hash/truth, attribute access entry points, calls, rich comparison with
 * reflection, isinstance/issubclass, binary operators with subclass-first reflection and the
 * sequence fallbacks, items, len, iteration. */
#include "objects/abstract.h"

#include <string.h>

#include "model/profile.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/vm.h"

/* ---- repr, str, format, hash, truth */

Obj *obj_repr(Interp *I, Obj *o) {
    if (vm_enter_recursive(I, " while getting the repr of an object") < 0) return NULL;
    Obj *r = TYPE(o)->repr(I, o);
    vm_leave_recursive(I);
    if (r && !STR_CHECK(r)) {
        err_format(I, I->e_TypeError, "__repr__ returned non-string (type %T)", r);
        DECREF(I, r);
        return NULL;
    }
    return r;
}

Obj *obj_str(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_str) return NEWREF(o);
    UnaryFn f = TYPE(o)->str ? TYPE(o)->str : TYPE(o)->repr;
    if (vm_enter_recursive(I, " while getting the str of an object") < 0) return NULL;
    Obj *r = f(I, o);
    vm_leave_recursive(I);
    if (r && !STR_CHECK(r)) {
        err_format(I, I->e_TypeError, "__str__ returned non-string (type %T)", r);
        DECREF(I, r);
        return NULL;
    }
    return r;
}

Obj *obj_ascii(Interp *I, Obj *o) {
    Obj *r = obj_repr(I, o);
    if (!r || ((StrObj *)r)->ascii) return r;
    StrBuilder b;
    sb_init(&b);
    bool ok = true;
    for (Ssize i = 0; ok && i < STR_LEN(r); i++) {
        uint32_t c = str_char_at(r, i);
        char buf[16];
        if (c < 128)
            ok = sb_add_char(I, &b, c);
        else {
            if (c <= 0xff)
                snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c <= 0xffff)
                snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", c);
            ok = sb_add_cstr(I, &b, buf);
        }
    }
    DECREF(I, r);
    if (!ok) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(I, &b);
}

/* Look up a special method on the type and bind it to o (CPython's lookup_maybe_method). */
static Obj *lookup_special(Interp *I, Obj *o, Obj *name) {
    Obj *f = type_lookup(I, TYPE(o), name);
    if (!f) return NULL;
    DescrGetFn g = TYPE(f)->descr_get;
    if (g) return g(I, f, o, OBJ(TYPE(o)));
    return NEWREF(f);
}

Obj *obj_format(Interp *I, Obj *o, Obj *spec) {
    bool empty = !spec || STR_LEN(spec) == 0;
    if (empty) {
        if (TYPE(o) == I->t_str) return NEWREF(o);
        if (TYPE(o) == I->t_int || TYPE(o) == I->t_float) return obj_str(I, o);
    }
    Obj *meth = lookup_special(I, o, I->ids.__format__);
    if (!meth) {
        if (err_occurred(I)) return NULL;
        return err_format(I, I->e_TypeError, "Type %s doesn't define __format__", TYPE(o)->name);
    }
    Obj *r = obj_call1(I, meth, spec ? spec : I->empty_str);
    DECREF(I, meth);
    if (r && !STR_CHECK(r)) {
        err_format(I, I->e_TypeError, "__format__ must return a str, not %T", r);
        DECREF(I, r);
        return NULL;
    }
    return r;
}

Hash obj_hash(Interp *I, Obj *o) {
    HashFn f = TYPE(o)->hash;
    if (f) return f(I, o);
    return hash_not_implemented(I, o);
}

int obj_is_true(Interp *I, Obj *o) {
    if (o == I->true_) return 1;
    if (o == I->false_ || o == I->none) return 0;
    TypeObj *t = TYPE(o);
    if (t->nb_bool) return t->nb_bool(I, o);
    if (t->len) {
        Ssize n = t->len(I, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int obj_not(Interp *I, Obj *o) {
    int r = obj_is_true(I, o);
    return r < 0 ? r : !r;
}

/* ---- attributes */

static bool check_name(Interp *I, Obj *name) {
    if (STR_CHECK(name)) return true;
    err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
    return false;
}

Obj *obj_getattr(Interp *I, Obj *o, Obj *name) {
    if (!check_name(I, name)) return NULL;
    GetAttrFn f = TYPE(o)->getattro;
    if (f) return f(I, o, name);
    return err_attribute(I, o, name, "'%s' object has no attribute '%U'", TYPE(o)->name, name);
}

Obj *obj_getattr_cstr(Interp *I, Obj *o, const char *name) {
    Obj *n = str_intern_cstr(I, name);
    if (!n) return NULL;
    Obj *r = obj_getattr(I, o, n);
    DECREF(I, n);
    return r;
}

int obj_lookup_attr(Interp *I, Obj *o, Obj *name, Obj **out) {
    *out = obj_getattr(I, o, name);
    if (*out) return 1;
    if (!err_matches(I, I->e_AttributeError)) return -1;
    err_clear(I);
    return 0;
}

int obj_setattr(Interp *I, Obj *o, Obj *name, Obj *v) {
    if (!check_name(I, name)) return -1;
    SetAttrFn f = TYPE(o)->setattro;
    if (!f) {
        err_format(I, I->e_TypeError, "'%s' object has no attributes (%s .%U)", TYPE(o)->name,
                   v ? "assign to" : "del", name);
        return -1;
    }
    INCREF(name);
    if (TYPE(name) == I->t_str && !((StrObj *)name)->interned) name = str_intern(I, name);
    int r = f(I, o, name, v);
    DECREF(I, name);
    return r;
}

int obj_hasattr(Interp *I, Obj *o, Obj *name) {
    Obj *v;
    int r = obj_lookup_attr(I, o, name, &v);
    XDECREF(I, v);
    return r;
}

int obj_get_method(Interp *I, Obj *o, Obj *name, Obj **meth) {
    TypeObj *tp = TYPE(o);
    if (tp->getattro != obj_generic_getattr || !STR_CHECK(name)) {
        *meth = obj_getattr(I, o, name);
        return *meth ? 0 : -1;
    }
    Obj *descr = type_lookup(I, tp, name);
    DescrGetFn f = NULL;
    bool is_method = false;
    if (descr) {
        if (TYPE_HAS(TYPE(descr), TPF_METHOD_DESCRIPTOR))
            is_method = true;
        else {
            f = TYPE(descr)->descr_get;
            if (f && descr_is_data(descr)) {
                *meth = f(I, descr, o, OBJ(tp));
                return *meth ? 0 : -1;
            }
        }
        INCREF(descr);
    }
    Obj **dp = obj_dict_ptr(I, o);
    if (dp && *dp) {
        Obj *v = dict_get(I, *dp, name);
        if (v || err_occurred(I)) {
            XINCREF(v);
            XDECREF(I, descr);
            *meth = v;
            return v ? 0 : -1;
        }
    }
    if (is_method) {
        *meth = descr;
        return 1;
    }
    if (f) {
        *meth = f(I, descr, o, OBJ(tp));
        DECREF(I, descr);
        return *meth ? 0 : -1;
    }
    if (descr) {
        *meth = descr;
        return 0;
    }
    *meth = NULL;
    object_no_attribute(I, o, name);
    return -1;
}

Obj *obj_call_method(Interp *I, Obj *o, Obj *name, Obj *const *args, size_t nargs) {
    Obj *meth;
    int k = obj_get_method(I, o, name, &meth);
    if (k < 0) return NULL;
    Obj *r;
    if (k == 1) {
        Obj *small[8];
        Obj **v = nargs + 1 <= 8 ? small : mem_alloc(I, (nargs + 1) * sizeof(Obj *));
        if (!v) {
            DECREF(I, meth);
            return NULL;
        }
        v[0] = o;
        for (size_t i = 0; i < nargs; i++) v[i + 1] = args[i];
        r = obj_call(I, meth, v, nargs + 1, NULL);
        if (v != small) mem_free(v);
    } else {
        r = obj_call(I, meth, args, nargs, NULL);
    }
    DECREF(I, meth);
    return r;
}

/* ---- calls */

Obj *obj_call(Interp *I, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    CallFn f = TYPE(callable)->call;
    if (!f)
        return err_format(I, I->e_TypeError, "'%s' object is not callable", TYPE(callable)->name);
    if (kwnames && TUPLE_LEN(kwnames) == 0) kwnames = NULL;
    Obj *r = f(I, callable, args, nargs, kwnames);
    if (!r && !err_occurred(I))
        err_string(I, I->e_SystemError, "NULL result without error in call");
    return r;
}

Obj *obj_call0(Interp *I, Obj *callable) {
    return obj_call(I, callable, NULL, 0, NULL);
}

Obj *obj_call1(Interp *I, Obj *callable, Obj *a) {
    return obj_call(I, callable, &a, 1, NULL);
}

Obj *obj_call2(Interp *I, Obj *callable, Obj *a, Obj *b) {
    Obj *v[2] = {a, b};
    return obj_call(I, callable, v, 2, NULL);
}

Obj *obj_call_tuple_dict(Interp *I, Obj *callable, Obj *args, Obj *kwargs) {
    Ssize np = args ? TUPLE_LEN(args) : 0;
    Ssize nk = kwargs ? dict_len(kwargs) : 0;
    if (nk == 0) return obj_call(I, callable, np ? TUPLE_ITEMS(args) : NULL, (size_t)np, NULL);
    Obj **v = mem_alloc(I, (size_t)(np + nk) * sizeof(Obj *));
    Obj *names = v ? tuple_new(I, nk) : NULL;
    if (!names) {
        mem_free(v);
        return NULL;
    }
    for (Ssize i = 0; i < np; i++) v[i] = TUPLE_GET(args, i);
    Ssize pos = 0, i = 0;
    Obj *k, *val;
    while (dict_next(kwargs, &pos, &k, &val)) {
        if (!STR_CHECK(k)) {
            DECREF(I, names);
            mem_free(v);
            return err_string(I, I->e_TypeError, "keywords must be strings");
        }
        TUPLE_SET(names, i, NEWREF(k));
        v[np + i++] = val;
    }
    Obj *r = obj_call(I, callable, v, (size_t)np, names);
    DECREF(I, names);
    mem_free(v);
    return r;
}

bool obj_callable(Obj *o) {
    return TYPE(o)->call != NULL;
}

/* ---- rich comparison */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const opstrings[] = {"<", "<=", "==", "!=", ">", ">="};

static Obj *do_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    RichCmpFn f;
    Obj *res;
    bool checked_reverse = false;
    if (TYPE(v) != TYPE(w) && type_is_subtype(TYPE(w), TYPE(v)) && (f = TYPE(w)->richcompare)) {
        checked_reverse = true;
        res = f(I, w, v, swapped_op[op]);
        if (res != I->notimpl) return res;
        DECREF(I, res);
    }
    if ((f = TYPE(v)->richcompare)) {
        res = f(I, v, w, op);
        if (res != I->notimpl) return res;
        DECREF(I, res);
    }
    if (!checked_reverse && (f = TYPE(w)->richcompare)) {
        res = f(I, w, v, swapped_op[op]);
        if (res != I->notimpl) return res;
        DECREF(I, res);
    }
    if (op == CMP_EQ) return BOOL_OBJ(I, v == w);
    if (op == CMP_NE) return BOOL_OBJ(I, v != w);
    return err_format(I, I->e_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      opstrings[op], TYPE(v)->name, TYPE(w)->name);
}

Obj *obj_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (vm_enter_recursive(I, " in comparison") < 0) return NULL;
    Obj *r = do_richcompare(I, a, b, op);
    vm_leave_recursive(I);
    return r;
}

int obj_richcompare_bool(Interp *I, Obj *a, Obj *b, int op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    Obj *r = obj_richcompare(I, a, b, op);
    if (!r) return -1;
    int t = r == I->true_ ? 1 : r == I->false_ ? 0 : obj_is_true(I, r);
    DECREF(I, r);
    return t;
}

/* ---- isinstance / issubclass */

bool type_is_subtype(TypeObj *a, TypeObj *b) {
    if (a == b) return true;
    Obj *mro = a->mro;
    if (mro) {
        for (Ssize i = 0; i < TUPLE_LEN(mro); i++)
            if (TUPLE_GET(mro, i) == OBJ(b)) return true;
        return false;
    }
    for (TypeObj *t = a; t; t = t->base)
        if (t == b) return true;
    return false;
}

bool obj_is_instance_of_type(Obj *o, TypeObj *t) {
    return TYPE(o) == t || type_is_subtype(TYPE(o), t);
}

/* __bases__ of a class-like object: a new reference to a tuple, or NULL (no error). */
static Obj *abstract_get_bases(Interp *I, Obj *cls) {
    Obj *bases, *bases_name = str_intern_cstr(I, "__bases__");
    if (!bases_name) return NULL;
    int found = obj_lookup_attr(I, cls, bases_name, &bases);
    DECREF(I, bases_name);
    if (found < 0) return NULL;
    if (bases && !TUPLE_CHECK(bases)) CLEAR(I, bases);
    return bases;
}

static int abstract_issubclass(Interp *I, Obj *derived, Obj *cls) {
    for (;;) {
        if (derived == cls) return 1;
        Obj *bases = abstract_get_bases(I, derived);
        if (!bases) return err_occurred(I) ? -1 : 0;
        Ssize n = TUPLE_LEN(bases);
        if (n == 0) {
            DECREF(I, bases);
            return 0;
        }
        if (n == 1) { /* avoid recursion in the single inheritance case */
            derived = TUPLE_GET(bases, 0);
            DECREF(I, bases);
            continue;
        }
        int r = 0;
        for (Ssize i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(I, TUPLE_GET(bases, i), cls);
        DECREF(I, bases);
        return r;
    }
}

static bool check_class(Interp *I, Obj *cls, const char *msg) {
    Obj *bases = abstract_get_bases(I, cls);
    if (!bases) {
        if (!err_occurred(I)) err_string(I, I->e_TypeError, msg);
        return false;
    }
    DECREF(I, bases);
    return true;
}

int obj_recursive_isinstance(Interp *I, Obj *inst, Obj *cls) {
    if (TYPE_CHECK(cls)) {
        if (obj_is_instance_of_type(inst, (TypeObj *)cls)) return 1;
        Obj *icls;
        if (obj_lookup_attr(I, inst, I->ids.__class__, &icls) < 0) return -1;
        int r = icls && icls != OBJ(TYPE(inst)) && TYPE_CHECK(icls) &&
                type_is_subtype((TypeObj *)icls, (TypeObj *)cls);
        XDECREF(I, icls);
        return r;
    }
    if (!check_class(I, cls,
                     I->prof->isinstance_union_msg
                         ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                         : "isinstance() arg 2 must be a type or tuple of types"))
        return -1;
    Obj *icls;
    if (obj_lookup_attr(I, inst, I->ids.__class__, &icls) < 0) return -1;
    if (!icls) return 0;
    int r = abstract_issubclass(I, icls, cls);
    DECREF(I, icls);
    return r;
}

int obj_recursive_issubclass(Interp *I, Obj *derived, Obj *cls) {
    if (TYPE_CHECK(cls) && TYPE_CHECK(derived))
        return type_is_subtype((TypeObj *)derived, (TypeObj *)cls);
    if (!check_class(I, derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(I, cls,
                     I->prof->isinstance_union_msg
                         ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                         : "issubclass() arg 2 must be a class or tuple of classes"))
        return -1;
    return abstract_issubclass(I, derived, cls);
}

/* isinstance/issubclass with a tuple, a type, or __instancecheck__/__subclasscheck__. */
static int check_with_hook(Interp *I, Obj *x, Obj *cls, bool inst) {
    if (inst && TYPE(x) == (TypeObj *)cls) return 1;
    if (TYPE(cls) == I->t_type) {
        if (!inst && x == cls) return 1;
        return inst ? obj_recursive_isinstance(I, x, cls) : obj_recursive_issubclass(I, x, cls);
    }
    if (TUPLE_CHECK(cls)) {
        if (vm_enter_recursive(I, inst ? " in __instancecheck__" : " in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (Ssize i = 0; i < TUPLE_LEN(cls) && r == 0; i++)
            r = check_with_hook(I, x, TUPLE_GET(cls, i), inst);
        vm_leave_recursive(I);
        return r;
    }
    Obj *checker =
        lookup_special(I, cls, inst ? I->ids.__instancecheck__ : I->ids.__subclasscheck__);
    if (checker) {
        if (vm_enter_recursive(I, inst ? " in __instancecheck__" : " in __subclasscheck__") < 0) {
            DECREF(I, checker);
            return -1;
        }
        Obj *res = obj_call1(I, checker, x);
        vm_leave_recursive(I);
        DECREF(I, checker);
        if (!res) return -1;
        int r = obj_is_true(I, res);
        DECREF(I, res);
        return r;
    }
    if (err_occurred(I)) return -1;
    return inst ? obj_recursive_isinstance(I, x, cls) : obj_recursive_issubclass(I, x, cls);
}

int obj_isinstance(Interp *I, Obj *o, Obj *cls) {
    return check_with_hook(I, o, cls, true);
}

int obj_issubclass(Interp *I, Obj *derived, Obj *cls) {
    return check_with_hook(I, derived, cls, false);
}

/* ---- numbers */

#define SLOT_AT(t, off, T) (*(T *)((char *)(t) + (off)))

static const size_t binop_slot[BINOP_COUNT] = {
    offsetof(TypeObj, nb_add),    offsetof(TypeObj, nb_sub),     offsetof(TypeObj, nb_mul),
    offsetof(TypeObj, nb_matmul), offsetof(TypeObj, nb_truediv), offsetof(TypeObj, nb_floordiv),
    offsetof(TypeObj, nb_mod),    offsetof(TypeObj, nb_pow),     offsetof(TypeObj, nb_lshift),
    offsetof(TypeObj, nb_rshift), offsetof(TypeObj, nb_and),     offsetof(TypeObj, nb_or),
    offsetof(TypeObj, nb_xor),
};
static const size_t binop_islot[BINOP_COUNT] = {
    offsetof(TypeObj, nb_iadd),    offsetof(TypeObj, nb_isub),     offsetof(TypeObj, nb_imul),
    offsetof(TypeObj, nb_imatmul), offsetof(TypeObj, nb_itruediv), offsetof(TypeObj, nb_ifloordiv),
    offsetof(TypeObj, nb_imod),    offsetof(TypeObj, nb_ipow),     offsetof(TypeObj, nb_ilshift),
    offsetof(TypeObj, nb_irshift), offsetof(TypeObj, nb_iand),     offsetof(TypeObj, nb_ior),
    offsetof(TypeObj, nb_ixor),
};
static const char *const binop_name[BINOP_COUNT] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                                    "**", "<<", ">>", "&", "|", "^"};
static const char *const ibinop_name[BINOP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};

/* CPython's binary_op1: the left operand's slot, but the right one's first if its type is a
 * proper subclass of the left's; NotImplemented if neither applies. */
static Obj *binary_op1(Interp *I, Obj *v, Obj *w, size_t off) {
    BinaryFn slotv = SLOT_AT(TYPE(v), off, BinaryFn), slotw = NULL;
    if (TYPE(w) != TYPE(v)) {
        slotw = SLOT_AT(TYPE(w), off, BinaryFn);
        if (slotw == slotv) slotw = NULL;
    }
    Obj *x;
    if (slotv) {
        if (slotw && type_is_subtype(TYPE(w), TYPE(v))) {
            x = slotw(I, v, w);
            if (x != I->notimpl) return x;
            DECREF(I, x);
            slotw = NULL;
        }
        x = slotv(I, v, w);
        if (x != I->notimpl) return x;
        DECREF(I, x);
    }
    if (slotw) return slotw(I, v, w);
    return NEWREF(I->notimpl);
}

static Obj *ternary_op(Interp *I, Obj *v, Obj *w, Obj *z, size_t off) {
    TernaryFn slotv = SLOT_AT(TYPE(v), off, TernaryFn), slotw = NULL;
    if (TYPE(w) != TYPE(v)) {
        slotw = SLOT_AT(TYPE(w), off, TernaryFn);
        if (slotw == slotv) slotw = NULL;
    }
    Obj *x;
    if (slotv) {
        if (slotw && type_is_subtype(TYPE(w), TYPE(v))) {
            x = slotw(I, v, w, z);
            if (x != I->notimpl) return x;
            DECREF(I, x);
            slotw = NULL;
        }
        x = slotv(I, v, w, z);
        if (x != I->notimpl) return x;
        DECREF(I, x);
    }
    if (slotw) {
        x = slotw(I, v, w, z);
        if (x != I->notimpl) return x;
        DECREF(I, x);
    }
    if (z != I->none) {
        TernaryFn slotz = SLOT_AT(TYPE(z), off, TernaryFn);
        if (slotz && slotz != slotv && slotz != slotw) return slotz(I, v, w, z);
    }
    return NEWREF(I->notimpl);
}

static Obj *binop_type_error(Interp *I, Obj *v, Obj *w, const char *op) {
    return err_format(I, I->e_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                      TYPE(v)->name, TYPE(w)->name);
}

static Obj *sequence_repeat(Interp *I, SsizeArgFn f, Obj *seq, Obj *n) {
    if (!TYPE(n)->nb_index)
        return err_format(I, I->e_TypeError, "can't multiply sequence by non-int of type '%s'",
                          TYPE(n)->name);
    Ssize count = num_as_ssize(I, n, I->e_OverflowError);
    if (count == -1 && err_occurred(I)) return NULL;
    return f(I, seq, count);
}

static Obj *pow_error(Interp *I, Obj *v, Obj *w, Obj *z) {
    if (z == I->none) return binop_type_error(I, v, w, "** or pow()");
    return err_format(I, I->e_TypeError, "unsupported operand type(s) for %s: '%s', '%s', '%s'",
                      I->prof->pow3_msg_star ? "** or pow()" : "pow()", TYPE(v)->name,
                      TYPE(w)->name, TYPE(z)->name);
}

Obj *num_power(Interp *I, Obj *a, Obj *b, Obj *mod) {
    if (!mod) mod = I->none;
    Obj *r = ternary_op(I, a, b, mod, offsetof(TypeObj, nb_pow));
    if (r != I->notimpl) return r;
    DECREF(I, r);
    return pow_error(I, a, b, mod);
}

Obj *num_binop(Interp *I, Obj *a, Obj *b, int op) {
    if (op == BINOP_POW) return num_power(I, a, b, I->none);
    Obj *r = binary_op1(I, a, b, binop_slot[op]);
    if (r != I->notimpl) return r;
    DECREF(I, r);
    if (op == BINOP_ADD && TYPE(a)->sq_concat) return TYPE(a)->sq_concat(I, a, b);
    if (op == BINOP_MUL) {
        if (TYPE(a)->sq_repeat) return sequence_repeat(I, TYPE(a)->sq_repeat, a, b);
        if (TYPE(b)->sq_repeat) return sequence_repeat(I, TYPE(b)->sq_repeat, b, a);
    }
    return binop_type_error(I, a, b, binop_name[op]);
}

Obj *num_inplace(Interp *I, Obj *a, Obj *b, int op) {
    Obj *r;
    if (op == BINOP_POW) {
        TernaryFn f = TYPE(a)->nb_ipow;
        if (f) {
            r = f(I, a, b, I->none);
            if (r != I->notimpl) return r;
            DECREF(I, r);
        }
        r = ternary_op(I, a, b, I->none, offsetof(TypeObj, nb_pow));
        if (r != I->notimpl) return r;
        DECREF(I, r);
        return binop_type_error(I, a, b, "**=");
    }
    BinaryFn f = SLOT_AT(TYPE(a), binop_islot[op], BinaryFn);
    if (f) {
        r = f(I, a, b);
        if (r != I->notimpl) return r;
        DECREF(I, r);
    }
    r = binary_op1(I, a, b, binop_slot[op]);
    if (r != I->notimpl) return r;
    DECREF(I, r);
    if (op == BINOP_ADD) {
        BinaryFn c = TYPE(a)->sq_inplace_concat ? TYPE(a)->sq_inplace_concat : TYPE(a)->sq_concat;
        if (c) return c(I, a, b);
    }
    if (op == BINOP_MUL) {
        SsizeArgFn rep =
            TYPE(a)->sq_inplace_repeat ? TYPE(a)->sq_inplace_repeat : TYPE(a)->sq_repeat;
        if (rep) return sequence_repeat(I, rep, a, b);
        if (TYPE(b)->sq_repeat) return sequence_repeat(I, TYPE(b)->sq_repeat, b, a);
    }
    return binop_type_error(I, a, b, ibinop_name[op]);
}

Obj *num_divmod(Interp *I, Obj *a, Obj *b) {
    Obj *r = binary_op1(I, a, b, offsetof(TypeObj, nb_divmod));
    if (r != I->notimpl) return r;
    DECREF(I, r);
    return binop_type_error(I, a, b, "divmod()");
}

static Obj *unary(Interp *I, Obj *o, UnaryFn f, const char *what) {
    if (f) return f(I, o);
    return err_format(I, I->e_TypeError, "bad operand type for %s: '%s'", what, TYPE(o)->name);
}

Obj *num_neg(Interp *I, Obj *o) {
    return unary(I, o, TYPE(o)->nb_neg, "unary -");
}
Obj *num_pos(Interp *I, Obj *o) {
    return unary(I, o, TYPE(o)->nb_pos, "unary +");
}
Obj *num_invert(Interp *I, Obj *o) {
    return unary(I, o, TYPE(o)->nb_invert, "unary ~");
}
Obj *num_abs(Interp *I, Obj *o) {
    return unary(I, o, TYPE(o)->nb_abs, "abs()");
}

Obj *num_index(Interp *I, Obj *o) {
    if (INT_CHECK(o)) return NEWREF(o);
    UnaryFn f = TYPE(o)->nb_index;
    if (!f)
        return err_format(I, I->e_TypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE(o)->name);
    Obj *r = f(I, o);
    if (r && !INT_CHECK(r)) {
        err_format(I, I->e_TypeError, "__index__ returned non-int (type %T)", r);
        DECREF(I, r);
        return NULL;
    }
    return r;
}

Ssize num_as_ssize(Interp *I, Obj *o, TypeObj *overflow_exc) {
    Obj *v = num_index(I, o);
    if (!v) return -1;
    int64_t x;
    bool fits = int_fits_i64(v, &x);
    int sign = int_sign(v);
    DECREF(I, v);
    if (fits) return (Ssize)x;
    if (!overflow_exc) return sign < 0 ? INT64_MIN : INT64_MAX;
    err_format(I, overflow_exc, "cannot fit '%T' into an index-sized integer", o);
    return -1;
}

Obj *num_int(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_int) return NEWREF(o);
    UnaryFn f = TYPE(o)->nb_int;
    if (f) {
        Obj *r = f(I, o);
        if (r && !INT_CHECK(r)) {
            err_format(I, I->e_TypeError, "__int__ returned non-int (type %T)", r);
            DECREF(I, r);
            return NULL;
        }
        return r;
    }
    if (TYPE(o)->nb_index) return num_index(I, o);
    if (STR_CHECK(o)) {
        Ssize n;
        const char *s = str_utf8(I, o, &n);
        return s ? int_from_string(I, s, (size_t)n, 10) : NULL;
    }
    if (BYTES_CHECK(o)) return int_from_string(I, BYTES_DATA(o), (size_t)BYTES_LEN(o), 10);
    return err_format(
        I, I->e_TypeError,
        "int() argument must be a string, a bytes-like object or a %snumber, not '%s'",
        I->prof->isinstance_union_msg ? "real " : "", TYPE(o)->name);
}

Obj *num_float(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_float) return NEWREF(o);
    UnaryFn f = TYPE(o)->nb_float;
    if (f) {
        Obj *r = f(I, o);
        if (r && TYPE(r) != I->t_float && !obj_is_instance_of_type(r, I->t_float)) {
            err_format(I, I->e_TypeError, "%s.__float__ returned non-float (type %T)",
                       TYPE(o)->name, r);
            DECREF(I, r);
            return NULL;
        }
        return r;
    }
    if (TYPE(o)->nb_index) {
        Obj *i = num_index(I, o);
        if (!i) return NULL;
        double d = int_as_double(I, i);
        DECREF(I, i);
        if (d == -1.0 && err_occurred(I)) return NULL;
        return float_from_double(I, d);
    }
    if (STR_CHECK(o)) return float_from_string(I, o);
    return err_format(I, I->e_TypeError,
                      "float() argument must be a string or a %snumber, not '%s'",
                      I->prof->isinstance_union_msg ? "real " : "", TYPE(o)->name);
}

/* ---- items */

static Obj *getitem_by_index(Interp *I, Obj *o, Obj *key) {
    Ssize i = num_as_ssize(I, key, I->e_IndexError);
    if (i == -1 && err_occurred(I)) return NULL;
    if (i < 0 && TYPE(o)->len) {
        Ssize n = TYPE(o)->len(I, o);
        if (n < 0) return NULL;
        i += n;
    }
    return TYPE(o)->sq_item(I, o, i);
}

/* Has the type CPython's sequence methods (tp_as_sequence)? Every heap type has them. */
static bool has_sequence_methods(TypeObj *t) {
    return (t->flags & TPF_HEAPTYPE) || t->sq_item || t->sq_concat || t->sq_repeat ||
           t->sq_contains;
}

/* The builtin classes whose __class_getitem__ makes a GenericAlias (3.9+): their subclasses
 * too, as an inherited classmethod would. (Their dicts have no __class_getitem__ yet.) */
static bool builtin_generic(Interp *I, TypeObj *t) {
    if (!I->prof->generic_alias_39) return false;
    for (TypeObj *b = t; b; b = b->base)
        if (b == I->t_list || b == I->t_dict || b == I->t_tuple || b == I->t_set ||
            b == I->t_frozenset || b == I->t_enumerate)
            return true;
    return false;
}

/* PyObject_GetItem's error for an object without __getitem__, in version X.Y's words. */
static Obj *not_subscriptable(Interp *I, Obj *o, Obj *key) {
    TypeObj *t = TYPE(o);
    if (I->prof->subscript_no_indexing_36 && has_sequence_methods(t) && TYPE(key)->nb_index)
        return err_format(I, I->e_TypeError, "'%s' object does not support indexing", t->name);
    if (I->prof->subscript_no_attr_27)
        return err_format(I, I->e_TypeError, "'%s' object has no attribute '__getitem__'",
                          t->name);
    if (TYPE_CHECK(o) && I->prof->subscript_type_named_311)
        return err_format(I, I->e_TypeError, "type '%s' is not subscriptable",
                          ((TypeObj *)o)->name);
    return err_format(I, I->e_TypeError, "'%s' object is not subscriptable", t->name);
}

Obj *obj_getitem(Interp *I, Obj *o, Obj *key) {
    TypeObj *t = TYPE(o);
    if (t->mp_subscript) return t->mp_subscript(I, o, key);
    if (t->sq_item) {
        if (TYPE(key)->nb_index) return getitem_by_index(I, o, key);
        return err_format(I, I->e_TypeError, "sequence index must be integer, not '%T'", key);
    }
    if (TYPE_CHECK(o)) {
        if (o == OBJ(I->t_type) && I->prof->generic_alias_39) return genericalias_new(I, o, key);
        Obj *meth;
        if (obj_lookup_attr(I, o, I->ids.__class_getitem__, &meth) < 0) return NULL;
        if (meth) {
            Obj *r = obj_call1(I, meth, key);
            DECREF(I, meth);
            return r;
        }
        if (builtin_generic(I, (TypeObj *)o)) return genericalias_new(I, o, key);
    }
    return not_subscriptable(I, o, key);
}

int obj_setitem(Interp *I, Obj *o, Obj *key, Obj *v) {
    ObjObjArgFn f = TYPE(o)->mp_ass_subscript;
    if (f) return f(I, o, key, v);
    err_format(I, I->e_TypeError, "'%s' object does not support item assignment", TYPE(o)->name);
    return -1;
}

int obj_delitem(Interp *I, Obj *o, Obj *key) {
    ObjObjArgFn f = TYPE(o)->mp_ass_subscript;
    if (f) return f(I, o, key, NULL);
    /* PySequence_DelItem's wording differs from PyObject_DelItem's */
    bool seq = has_sequence_methods(TYPE(o)) && TYPE(key)->nb_index;
    err_format(I, I->e_TypeError, "'%s' object %s support item deletion", TYPE(o)->name,
               seq ? "doesn't" : "does not");
    return -1;
}

Ssize obj_len(Interp *I, Obj *o) {
    LenFn f = TYPE(o)->len;
    if (f) return f(I, o);
    err_format(I, I->e_TypeError, "object of type '%s' has no len()", TYPE(o)->name);
    return -1;
}

/* ---- iteration */

Obj *obj_iter(Interp *I, Obj *o) {
    UnaryFn f = TYPE(o)->iter;
    if (f) {
        Obj *it = f(I, o);
        if (it && !TYPE(it)->iternext) {
            err_format(I, I->e_TypeError, "iter() returned non-iterator of type '%s'",
                       TYPE(it)->name);
            DECREF(I, it);
            return NULL;
        }
        return it;
    }
    if (TYPE(o)->sq_item || (TYPE(o)->mp_subscript && !DICT_CHECK(o))) return seq_iter_new(I, o);
    return err_format(I, I->e_TypeError, "'%s' object is not iterable", TYPE(o)->name);
}

Obj *iter_next(Interp *I, Obj *it) {
    UnaryFn f = TYPE(it)->iternext;
    if (!f) return err_format(I, I->e_TypeError, "'%s' object is not an iterator", TYPE(it)->name);
    Obj *r = f(I, it);
    if (!r && err_occurred(I) && err_matches(I, I->e_StopIteration)) err_clear(I);
    return r;
}

int seq_contains(Interp *I, Obj *seq, Obj *item) {
    ObjObjFn f = TYPE(seq)->sq_contains;
    if (f) return f(I, seq, item);
    Obj *it = obj_iter(I, seq);
    if (!it) {
        if (err_matches(I, I->e_TypeError)) {
            err_clear(I);
            err_format(I, I->e_TypeError, "argument of type '%s' is not iterable", TYPE(seq)->name);
        }
        return -1;
    }
    int r = 0;
    for (;;) {
        Obj *x = iter_next(I, it);
        if (!x) {
            r = err_occurred(I) ? -1 : 0;
            break;
        }
        r = obj_richcompare_bool(I, x, item, CMP_EQ);
        DECREF(I, x);
        if (r != 0) break;
    }
    DECREF(I, it);
    return r;
}

Obj *seq_list(Interp *I, Obj *iterable) {
    Obj *l = list_new(I, 0);
    if (l && !list_extend(I, l, iterable)) CLEAR(I, l);
    return l;
}

Obj *seq_tuple(Interp *I, Obj *iterable) {
    if (TYPE(iterable) == I->t_tuple) return NEWREF(iterable);
    if (TYPE(iterable) == I->t_list) return list_as_tuple(I, iterable);
    Obj *l = seq_list(I, iterable);
    if (!l) return NULL;
    Obj *t = list_as_tuple(I, l);
    DECREF(I, l);
    return t;
}
