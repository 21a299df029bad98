/* range.c: range objects and their iterator (CPython's Objects/rangeobject.c). start, stop,
 * step and the length are ints of any size; iteration and indexing take a 64-bit fast path
 * when everything fits, the arbitrary-precision path otherwise. */
#include <stddef.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

typedef struct RangeObj {
    Obj ob;
    Obj *start, *stop, *step, *length; /* exact ints */
} RangeObj;

#define R(o) ((RangeObj *)(o))

static Obj *int_op(Interp *I, Obj *a, Obj *b, int op) { return num_binop(I, a, b, op); }

/* (hi - lo - 1) // step + 1 for the direction of step, 0 if empty (compute_range_length). */
static Obj *compute_range_length(Interp *I, Obj *start, Obj *stop, Obj *step) {
    int64_t a, b, s;
    if (int_fits_i64(start, &a) && int_fits_i64(stop, &b) && int_fits_i64(step, &s)) {
        __int128 lo = s > 0 ? a : b, hi = s > 0 ? b : a, st = s > 0 ? s : -(__int128)s;
        if (lo >= hi) return cont_int(I, 0);
        __int128 n = (hi - lo - 1) / st + 1;
        if (n <= INT64_MAX) return int_from_i64(I, (int64_t)n);
    }
    Obj *lo, *hi, *st;
    if (int_sign(step) > 0) {
        lo = NEWREF(start), hi = NEWREF(stop), st = NEWREF(step);
    } else {
        lo = NEWREF(stop), hi = NEWREF(start);
        if (!(st = num_neg(I, step))) return DECREF(I, lo), DECREF(I, hi), NULL;
    }
    Obj *res = NULL, *t1 = NULL, *t2 = NULL;
    if (int_compare(lo, hi) >= 0) {
        res = cont_int(I, 0);
    } else if ((t1 = int_op(I, hi, lo, BINOP_SUB)) && (t2 = int_op(I, t1, SMALL_INT(I, 1), BINOP_SUB))) {
        SETREF(I, t1, int_op(I, t2, st, BINOP_FLOORDIV));
        if (t1) res = int_op(I, t1, SMALL_INT(I, 1), BINOP_ADD);
    }
    XDECREF(I, t1);
    XDECREF(I, t2);
    DECREF(I, lo);
    DECREF(I, hi);
    DECREF(I, st);
    return res;
}

/* Steals start, stop, step. */
static Obj *range_from(Interp *I, TypeObj *type, Obj *start, Obj *stop, Obj *step) {
    Obj *length = compute_range_length(I, start, stop, step);
    RangeObj *r = length ? (RangeObj *)obj_alloc(I, type, 0) : NULL;
    if (!r) {
        XDECREF(I, length);
        DECREF(I, start);
        DECREF(I, stop);
        DECREF(I, step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return OBJ(r);
}

Obj *range_new_i64(Interp *I, int64_t start, int64_t stop, int64_t step) {
    Obj *a = int_from_i64(I, start), *b = int_from_i64(I, stop), *c = int_from_i64(I, step);
    if (!a || !b || !c) {
        XDECREF(I, a);
        XDECREF(I, b);
        XDECREF(I, c);
        return NULL;
    }
    return range_from(I, I->t_range, a, b, c);
}

static Obj *range_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    if (!args_no_kw(I, "range", kw)) return NULL;
    if (nargs == 0) {
        int v = cont_ver(I);
        return err_format(I, I->e_TypeError, v >= 309 ? "range expected at least 1 argument, got 0"
                                             : v == 308 ? "range expected 1 argument, got 0"
                                                        : "range expected 1 arguments, got 0");
    }
    if (!args_count(I, "range", nargs, 1, 3)) return NULL;
    Obj *start = NULL, *stop = NULL, *step = NULL;
    if (nargs == 1) {
        if (!(stop = num_index(I, args[0]))) return NULL;
        start = cont_int(I, 0);
        step = cont_int(I, 1);
    } else {
        if (!(start = num_index(I, args[0]))) return NULL;
        if (!(stop = num_index(I, args[1]))) goto fail;
        if (nargs == 3) {
            if (!(step = num_index(I, args[2]))) goto fail;
            if (int_sign(step) == 0) {
                err_string(I, I->e_ValueError, "range() arg 3 must not be zero");
                goto fail;
            }
        } else {
            step = cont_int(I, 1);
        }
    }
    return range_from(I, type, start, stop, step);
fail:
    XDECREF(I, start);
    XDECREF(I, stop);
    XDECREF(I, step);
    return NULL;
}

static void range_dealloc(Interp *I, Obj *o) {
    DECREF(I, R(o)->start);
    DECREF(I, R(o)->stop);
    DECREF(I, R(o)->step);
    DECREF(I, R(o)->length);
    obj_free(I, o);
}

static Obj *range_repr(Interp *I, Obj *o) {
    RangeObj *r = R(o);
    int64_t s;
    if (int_fits_i64(r->step, &s) && s == 1) return str_from_format(I, "range(%R, %R)", r->start, r->stop);
    return str_from_format(I, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static Ssize range_length(Interp *I, Obj *o) {
    int64_t n;
    if (int_fits_i64(R(o)->length, &n)) return (Ssize)n;
    err_string(I, I->e_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Interp *I, Obj *o) {
    (void)I;
    return int_sign(R(o)->length) != 0;
}

/* start + i * step */
static Obj *compute_item(Interp *I, RangeObj *r, Obj *i) {
    int64_t a, s, k;
    if (int_fits_i64(r->start, &a) && int_fits_i64(r->step, &s) && int_fits_i64(i, &k)) {
        __int128 v = (__int128)a + (__int128)k * s;
        if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(I, (int64_t)v);
    }
    Obj *t = int_op(I, i, r->step, BINOP_MUL);
    if (!t) return NULL;
    Obj *res = int_op(I, r->start, t, BINOP_ADD);
    DECREF(I, t);
    return res;
}

static Obj *compute_range_item(Interp *I, RangeObj *r, Obj *arg) {
    Obj *i = int_sign(arg) < 0 ? int_op(I, r->length, arg, BINOP_ADD) : NEWREF(arg);
    if (!i) return NULL;
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        DECREF(I, i);
        return err_string(I, I->e_IndexError, "range object index out of range");
    }
    Obj *res = compute_item(I, r, i);
    DECREF(I, i);
    return res;
}

static Obj *range_item(Interp *I, Obj *o, Ssize i) {
    Obj *io = cont_int(I, i);
    if (!io) return NULL;
    Obj *res = compute_range_item(I, R(o), io);
    DECREF(I, io);
    return res;
}

static Obj *range_slice(Interp *I, RangeObj *r, Obj *slice) {
    Ssize len = range_length(I, OBJ(r)), start, stop, step, slicelen;
    if (len < 0) return NULL;
    if (!slice_indices(I, slice, len, &start, &stop, &step, &slicelen)) return NULL;
    Obj *a = cont_int(I, start), *b = cont_int(I, stop), *c = cont_int(I, step);
    Obj *substart = NULL, *substop = NULL, *substep = NULL;
    if (a && b && c && (substart = compute_item(I, r, a)) && (substop = compute_item(I, r, b)))
        substep = int_op(I, c, r->step, BINOP_MUL);
    XDECREF(I, a);
    XDECREF(I, b);
    XDECREF(I, c);
    if (!substep) {
        XDECREF(I, substart);
        XDECREF(I, substop);
        return NULL;
    }
    return range_from(I, I->t_range, substart, substop, substep);
}

static Obj *range_subscript(Interp *I, Obj *o, Obj *item) {
    if (cont_is_index(item)) {
        Obj *i = num_index(I, item);
        if (!i) return NULL;
        Obj *res = compute_range_item(I, R(o), i);
        DECREF(I, i);
        return res;
    }
    if (SLICE_CHECK(I, item)) return range_slice(I, R(o), item);
    return err_format(I, I->e_TypeError, "range indices must be integers or slices, not %T", item);
}

/* Membership of an int without iterating (range_contains_long). */
static int contains_long(Interp *I, RangeObj *r, Obj *ob) {
    bool pos = int_sign(r->step) > 0;
    bool inside = pos ? int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0
                      : int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
    if (!inside) return 0;
    Obj *t1 = int_op(I, ob, r->start, BINOP_SUB);
    if (!t1) return -1;
    Obj *t2 = int_op(I, t1, r->step, BINOP_MOD);
    DECREF(I, t1);
    if (!t2) return -1;
    int res = int_sign(t2) == 0;
    DECREF(I, t2);
    return res;
}

static bool is_exact_int(Interp *I, Obj *o) { return TYPE(o) == I->t_int || TYPE(o) == I->t_bool; }

/* Iterate and compare with == (_PySequence_IterSearch's count/contains/index). */
static Ssize iter_search(Interp *I, Obj *seq, Obj *ob, int what /* 0 count 1 contains 2 index */) {
    Obj *it = obj_iter(I, seq), *item;
    if (!it) return -1;
    Ssize n = 0, i = 0;
    while ((item = iter_next(I, it)) != NULL) {
        int cmp = obj_richcompare_bool(I, item, ob, CMP_EQ);
        DECREF(I, item);
        if (cmp < 0) goto fail;
        if (cmp > 0) {
            if (what == 0) n++;
            else {
                DECREF(I, it);
                return what == 1 ? 1 : i;
            }
        }
        i++;
    }
    DECREF(I, it);
    if (err_occurred(I)) return -1;
    if (what == 2) {
        err_string(I, I->e_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
fail:
    DECREF(I, it);
    return -1;
}

static int range_contains(Interp *I, Obj *o, Obj *ob) {
    if (is_exact_int(I, ob)) return contains_long(I, R(o), ob);
    return (int)iter_search(I, o, ob, 1);
}

static bool range_equals(RangeObj *r0, RangeObj *r1) {
    if (r0 == r1) return true;
    if (int_compare(r0->length, r1->length) != 0) return false;
    if (int_sign(r0->length) == 0) return true;
    if (int_compare(r0->start, r1->start) != 0) return false;
    int64_t n;
    if (int_fits_i64(r0->length, &n) && n == 1) return true;
    return int_compare(r0->step, r1->step) == 0;
}

static Obj *range_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (TYPE(b) != I->t_range || (op != CMP_EQ && op != CMP_NE)) return NEWREF(I->notimpl);
    bool eq = range_equals(R(a), R(b));
    return BOOL_OBJ(I, op == CMP_EQ ? eq : !eq);
}

/* hash((len, None, None)) if empty, hash((1, start, None)) for one item, else
 * hash((len, start, step)). */
static Hash range_hash(Interp *I, Obj *o) {
    RangeObj *r = R(o);
    Obj *items[3] = {r->length, I->none, I->none};
    int64_t n = -1;
    if (int_sign(r->length) != 0) {
        items[1] = r->start;
        if (!int_fits_i64(r->length, &n) || n != 1) items[2] = r->step;
    }
    return tuple_hash_items(I, items, 3);
}

/* ---- Methods */

static Obj *rm_count(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)n, (void)kw;
    if (is_exact_int(I, args[0])) {
        int r = contains_long(I, R(self), args[0]);
        return r < 0 ? NULL : cont_int(I, r);
    }
    Ssize c = iter_search(I, self, args[0], 0);
    return c < 0 ? NULL : cont_int(I, c);
}

static Obj *rm_index(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)n, (void)kw;
    Obj *ob = args[0];
    if (!is_exact_int(I, ob)) {
        Ssize i = iter_search(I, self, ob, 2);
        return i < 0 ? NULL : cont_int(I, i);
    }
    int r = contains_long(I, R(self), ob);
    if (r < 0) return NULL;
    if (!r) return err_format(I, I->e_ValueError, "%R is not in range", ob);
    Obj *t = int_op(I, ob, R(self)->start, BINOP_SUB);
    if (!t) return NULL;
    Obj *res = int_op(I, t, R(self)->step, BINOP_FLOORDIV);
    DECREF(I, t);
    return res;
}

static Obj *rangeiter_make(Interp *I, Obj *start, Obj *step, Obj *len);

static Obj *rm_reversed(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)args, (void)n, (void)kw;
    RangeObj *r = R(self);
    /* last = start + (len - 1) * step; iterate from there with -step */
    Obj *lm1 = int_op(I, r->length, SMALL_INT(I, 1), BINOP_SUB);
    Obj *last = lm1 ? compute_item(I, r, lm1) : NULL;
    Obj *negstep = last ? num_neg(I, r->step) : NULL;
    Obj *it = negstep ? rangeiter_make(I, last, negstep, r->length) : NULL;
    XDECREF(I, lm1);
    XDECREF(I, last);
    XDECREF(I, negstep);
    return it;
}

static Obj *rm_reduce(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)args, (void)n, (void)kw;
    Obj *t = tuple_pack(I, 3, R(self)->start, R(self)->stop, R(self)->step);
    if (!t) return NULL;
    Obj *res = tuple_pack(I, 2, OBJ(TYPE(self)), t);
    DECREF(I, t);
    return res;
}

static const MethodDef range_methods[] = {
    {"__reversed__", rm_reversed, METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", rm_reduce, METH_NOARGS, NULL},
    {"count", rm_count, METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", rm_index, METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef range_members[] = {
    {"start", MEMBER_OBJECT, offsetof(RangeObj, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(RangeObj, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(RangeObj, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

/* ---- The iterator: 64-bit counters when they fit (CPython's range_iterator), ints
 * otherwise (its longrange_iterator, here the same type). */

typedef struct RangeIterObj {
    Obj ob;
    bool is_long;
    int64_t start, step, len;  /* fast form */
    Obj *lstart, *lstep, *llen; /* long form */
} RangeIterObj;

#define RI(o) ((RangeIterObj *)(o))

static Obj *rangeiter_make(Interp *I, Obj *start, Obj *step, Obj *len) {
    RangeIterObj *it = (RangeIterObj *)obj_alloc(I, I->t_range_iter, 0);
    if (!it) return NULL;
    int64_t a, s, n;
    /* The fast form also needs start + len*step to stay representable: it is computed in
     * unsigned arithmetic, so only the yielded values must fit. */
    if (int_fits_i64(start, &a) && int_fits_i64(step, &s) && int_fits_i64(len, &n)) {
        __int128 last = n > 0 ? (__int128)a + (__int128)(n - 1) * s : a;
        if (last >= INT64_MIN && last <= INT64_MAX) {
            it->is_long = false;
            it->start = a;
            it->step = s;
            it->len = n;
            return OBJ(it);
        }
    }
    it->is_long = true;
    it->lstart = NEWREF(start);
    it->lstep = NEWREF(step);
    it->llen = NEWREF(len);
    return OBJ(it);
}

static Obj *range_iter(Interp *I, Obj *o) { return rangeiter_make(I, R(o)->start, R(o)->step, R(o)->length); }

static Obj *rangeiter_next(Interp *I, Obj *o) {
    RangeIterObj *it = RI(o);
    if (!it->is_long) {
        if (it->len <= 0) return NULL;
        int64_t v = it->start;
        it->start = (int64_t)((uint64_t)v + (uint64_t)it->step);
        it->len--;
        return cont_int(I, v);
    }
    if (int_sign(it->llen) <= 0) return NULL;
    Obj *nlen = int_op(I, it->llen, SMALL_INT(I, 1), BINOP_SUB);
    Obj *nstart = nlen ? int_op(I, it->lstart, it->lstep, BINOP_ADD) : NULL;
    if (!nstart) {
        XDECREF(I, nlen);
        return NULL;
    }
    Obj *result = it->lstart;
    it->lstart = nstart;
    SETREF(I, it->llen, nlen);
    return result;
}

static void rangeiter_dealloc(Interp *I, Obj *o) {
    if (RI(o)->is_long) {
        DECREF(I, RI(o)->lstart);
        DECREF(I, RI(o)->lstep);
        DECREF(I, RI(o)->llen);
    }
    obj_free(I, o);
}

static Obj *rangeiter_len(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)args, (void)n, (void)kw;
    if (RI(self)->is_long) return NEWREF(RI(self)->llen);
    return int_from_i64(I, RI(self)->len > 0 ? RI(self)->len : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

const TypeObj range_iter_tmpl = {
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = rangeiter_dealloc,
    .iter = cont_self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

const TypeObj range_tmpl = {
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
           "object that produces a sequence of integers from start (inclusive)\nto stop "
           "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to "
           "0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid "
           "indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or "
           "decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_vnew,
    .nb_bool = range_bool,
    .len = range_length,
    .mp_subscript = range_subscript,
    .sq_item = range_item,
    .sq_contains = range_contains,
    .methods = range_methods,
    .members = range_members,
};
