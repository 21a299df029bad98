/* slice.c: slice objects (CPython's Objects/sliceobject.c): construction, indices(), repr,
 * comparison as (start, stop, step) tuples, the 3.12+ hash, and the index resolution every
 * sequence type uses (PySlice_Unpack / PySlice_AdjustIndices). */
#include <stddef.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

Obj *slice_new(Interp *I, Obj *start, Obj *stop, Obj *step) {
    SliceObj *s = (SliceObj *)obj_alloc(I, I->t_slice, 0);
    if (!s) return NULL;
    s->start = NEWREF(start ? start : I->none);
    s->stop = NEWREF(stop ? stop : I->none);
    s->step = NEWREF(step ? step : I->none);
    gc_track(I, OBJ(s));
    return OBJ(s);
}

/* An index-like value clamped to the Ssize range (PyNumber_AsSsize_t(v, NULL)). */
static bool index_clamped(Interp *I, Obj *o, Ssize *out) {
    int64_t v;
    if (INT_CHECK(o) && int_fits_i64(o, &v)) {
        *out = (Ssize)v;
        return true;
    }
    Obj *i = num_index(I, o);
    if (!i) return false;
    if (int_fits_i64(i, &v)) *out = (Ssize)v;
    else *out = int_sign(i) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    DECREF(I, i);
    return true;
}

bool slice_index_clamped(Interp *I, Obj *o, Ssize *out) {
    if (o == I->none) return true;
    if (!cont_is_index(o)) {
        err_string(I, I->e_TypeError,
                   "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_clamped(I, o, out);
}

bool slice_index_not_none(Interp *I, Obj *o, Ssize *out) {
    if (!cont_is_index(o)) {
        err_string(I, I->e_TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return index_clamped(I, o, out);
}

bool slice_unpack(Interp *I, Obj *slice, Ssize *start, Ssize *stop, Ssize *step) {
    SliceObj *r = (SliceObj *)slice;
    if (r->step == I->none) {
        *step = 1;
    } else {
        if (!slice_index_clamped(I, r->step, step)) return false;
        if (*step == 0) {
            err_string(I, I->e_ValueError, "slice step cannot be zero");
            return false;
        }
        /* -PTRDIFF_MAX-1 would overflow the `step = -step` of slice reversals. */
        if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX;
    }
    if (r->start == I->none) *start = *step < 0 ? PTRDIFF_MAX : 0;
    else if (!slice_index_clamped(I, r->start, start)) return false;
    if (r->stop == I->none) *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    else if (!slice_index_clamped(I, r->stop, stop)) return false;
    return true;
}

Ssize slice_adjust(Ssize length, Ssize *start, Ssize *stop, Ssize step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool slice_indices(Interp *I, Obj *slice, Ssize length, Ssize *start, Ssize *stop, Ssize *step,
                   Ssize *slicelen) {
    if (!slice_unpack(I, slice, start, stop, step)) return false;
    *slicelen = slice_adjust(length, start, stop, *step);
    return true;
}

/* ---- The type */

static void slice_dealloc(Interp *I, Obj *o) {
    SliceObj *s = (SliceObj *)o;
    if (gc_is_tracked(o)) gc_untrack(I, o);
    DECREF(I, s->start);
    DECREF(I, s->stop);
    DECREF(I, s->step);
    obj_free(I, o);
}

static int slice_traverse(Obj *o, VisitFn visit, void *arg) {
    SliceObj *s = (SliceObj *)o;
    VISIT(s->start);
    VISIT(s->stop);
    VISIT(s->step);
    return 0;
}

static Obj *slice_repr(Interp *I, Obj *o) {
    SliceObj *s = (SliceObj *)o;
    return str_from_format(I, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Obj *slice_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    if (TYPE(v) != I->t_slice || TYPE(w) != I->t_slice) return NEWREF(I->notimpl);
    if (v == w) return BOOL_OBJ(I, op == CMP_EQ || op == CMP_LE || op == CMP_GE);
    SliceObj *a = (SliceObj *)v, *b = (SliceObj *)w;
    Obj *t1 = tuple_pack(I, 3, a->start, a->stop, a->step);
    Obj *t2 = t1 ? tuple_pack(I, 3, b->start, b->stop, b->step) : NULL;
    Obj *res = t2 ? obj_richcompare(I, t1, t2, op) : NULL;
    XDECREF(I, t1);
    XDECREF(I, t2);
    return res;
}

/* 3.12+ (Objects/sliceobject.c, slice_hash): tuplehash's xxHash rounds over start, stop and
 * step, without tuplehash's final length term; unhashable before 3.12. */
static Hash slice_hash(Interp *I, Obj *o) {
    if (!cont_slice_hashable(I)) return hash_not_implemented(I, o);
    SliceObj *s = (SliceObj *)o;
    Obj *items[3] = {s->start, s->stop, s->step};
    uint64_t acc = 2870177450012600261ULL;
    for (int i = 0; i < 3; i++) {
        Hash lane = obj_hash(I, items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * 14029467366897019727ULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ULL;
    }
    if (acc == (uint64_t)-1) return 1546275796;
    return (Hash)acc;
}

static Obj *slice_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)type;
    if (!args_no_kw(I, "slice", kw) || !args_count(I, "slice", nargs, 1, 3)) return NULL;
    if (nargs == 1) return slice_new(I, NULL, args[0], NULL);
    return slice_new(I, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

/* slice.indices(length): arbitrary-size lengths are refused with OverflowError here. */
static Obj *slice_indices_method(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)n, (void)kw;
    Obj *lenobj = num_index(I, args[0]);
    if (!lenobj) return NULL;
    if (int_sign(lenobj) < 0) {
        DECREF(I, lenobj);
        return err_string(I, I->e_ValueError, "length should not be negative");
    }
    Ssize length = num_as_ssize(I, lenobj, I->e_OverflowError);
    DECREF(I, lenobj);
    if (length == -1 && err_occurred(I)) return NULL;
    Ssize start, stop, step, slicelen;
    if (!slice_indices(I, self, length, &start, &stop, &step, &slicelen)) return NULL;
    Obj *a = cont_int(I, start), *b = cont_int(I, stop), *c = cont_int(I, step), *r = NULL;
    if (a && b && c) r = tuple_pack(I, 3, a, b, c);
    XDECREF(I, a);
    XDECREF(I, b);
    XDECREF(I, c);
    return r;
}

static Obj *slice_reduce(Interp *I, Obj *self, Obj *const *args, size_t n, Obj *kw) {
    (void)args, (void)n, (void)kw;
    SliceObj *s = (SliceObj *)self;
    Obj *t = tuple_pack(I, 3, s->start, s->stop, s->step);
    if (!t) return NULL;
    Obj *r = tuple_pack(I, 2, OBJ(TYPE(self)), t);
    DECREF(I, t);
    return r;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {"__reduce__", slice_reduce, METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef slice_members[] = {
    {"start", MEMBER_OBJECT, offsetof(SliceObj, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(SliceObj, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(SliceObj, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

const TypeObj slice_tmpl = {
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .flags = TPF_HAVE_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .new_ = slice_vnew,
    .traverse = slice_traverse,
    .methods = slice_methods,
    .members = slice_members,
};
