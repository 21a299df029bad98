/* tuple.c: the tuple type and its iterator (CPython's Objects/tupleobject.c): items inline, a
 * shared empty tuple, per-length freelists, and CPython's exact hash so sets and dicts of
 * tuples iterate in CPython's order. */
#include "objects/tuple.h"

#include <stdarg.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "model/ledger.h"
#include "objects/gc.h"

/* ---- Allocation */

static Obj *tuple_alloc(Interp *I, Ssize n) {
    struct ContainerState *s = I->cont;
    Obj *t;
    if (n < CONT_TUPLE_MAXSAVESIZE && s && (t = s->tuple_free[n]) != NULL) {
        s->tuple_free[n] = TUPLE_GET(t, 0);
        s->tuple_numfree[n]--;
        t->refcnt = 1;
        TUPLE_SET(t, 0, NULL);
    } else {
        t = obj_alloc_untraced(I, I->t_tuple, n);
        if (!t) return NULL;
    }
    VSIZE(t) = n;
    if (n > 0 && n < CONT_TUPLE_MAXSAVESIZE) obj_trace_from(I, t, FL_TUPLE + (int)n - 1, obj_model_size(I, I->t_tuple, n));
    else obj_trace_alloc(I, t, obj_model_size(I, I->t_tuple, n));
    return t;
}

Obj *tuple_new(Interp *I, Ssize n) {
    if (n == 0) {
        if (!I->empty_tuple) {
            I->empty_tuple = obj_alloc(I, I->t_tuple, 0);
            if (!I->empty_tuple) return NULL;
            VSIZE(I->empty_tuple) = 0;
        }
        return NEWREF(I->empty_tuple);
    }
    if (n < 0) return err_bad_internal_call(I, "tuple_new");
    Obj *t = tuple_alloc(I, n);
    if (!t) return NULL;
    memset(TUPLE_ITEMS(t), 0, (size_t)n * sizeof(Obj *));
    gc_track(I, t);
    return t;
}

Obj *tuple_pack(Interp *I, Ssize n, ...) {
    Obj *t = tuple_new(I, n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(va_arg(ap, Obj *)));
    va_end(ap);
    return t;
}

Obj *tuple_from_array(Interp *I, Obj *const *items, Ssize n) {
    Obj *t = tuple_new(I, n);
    if (!t) return NULL;
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(items[i]));
    return t;
}

Obj *tuple_from_array_steal(Interp *I, Obj *const *items, Ssize n) {
    Obj *t = tuple_new(I, n);
    if (!t) {
        for (Ssize i = 0; i < n; i++) DECREF(I, items[i]);
        return NULL;
    }
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, items[i]);
    return t;
}

Obj *tuple_slice(Interp *I, Obj *t, Ssize lo, Ssize hi) {
    Ssize n = TUPLE_LEN(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && TYPE(t) == I->t_tuple) return NEWREF(t);
    return tuple_from_array(I, TUPLE_ITEMS(t) + lo, hi - lo);
}

static void tuple_dealloc(Interp *I, Obj *o) {
    Ssize n = TUPLE_LEN(o);
    gc_untrack(I, o);
    if (!gc_trash_begin(I, o)) return; /* put off: a long nested chain */
    for (Ssize i = n - 1; i >= 0; i--) XDECREF(I, TUPLE_GET(o, i));
    struct ContainerState *s = I->cont;
    if (n > 0 && n < CONT_TUPLE_MAXSAVESIZE && TYPE(o) == I->t_tuple) obj_trace_to(I, o, FL_TUPLE + (int)n - 1);
    if (n > 0 && n < CONT_TUPLE_MAXSAVESIZE && TYPE(o) == I->t_tuple && s &&
        s->tuple_numfree[n] < CONT_TUPLE_MAXFREELIST) {
        TUPLE_SET(o, 0, s->tuple_free[n]);
        s->tuple_free[n] = o;
        s->tuple_numfree[n]++;
    } else {
        if (o == I->empty_tuple) I->empty_tuple = NULL;
        obj_free(I, o);
    }
    gc_trash_end(I);
}

static int tuple_traverse(Obj *o, VisitFn visit, void *arg) {
    for (Ssize i = TUPLE_LEN(o) - 1; i >= 0; i--) VISIT(TUPLE_GET(o, i));
    return 0;
}

/* ---- Hash: CPython 3.8+ uses a variant of xxHash (Objects/tupleobject.c, tuplehash);
 * 2.7-3.7 used the multiply-xor scheme kept below for those profiles. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Hash tuple_hash_xx(Interp *I, Obj *const *items, Ssize n) {
    uint64_t acc = XXPRIME_5;
    for (Ssize i = 0; i < n; i++) {
        Hash h = obj_hash(I, items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (Hash)acc;
}

static Hash tuple_hash_old(Interp *I, Obj *const *items, Ssize n) {
    uint64_t x = 0x345678UL, mult = 1000003UL;
    for (Ssize i = 0, len = n; i < n; i++) {
        Hash y = obj_hash(I, items[i]);
        if (y == -1) return -1;
        --len;
        x = (x ^ (uint64_t)y) * mult;
        mult += (uint64_t)(82520UL + len + len);
    }
    x += 97531UL;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (Hash)x;
}

Hash tuple_hash_items(Interp *I, Obj *const *items, Ssize n) {
    return cont_tuplehash_xx(I) ? tuple_hash_xx(I, items, n) : tuple_hash_old(I, items, n);
}

static Hash tuple_hash(Interp *I, Obj *o) { return tuple_hash_items(I, TUPLE_ITEMS(o), TUPLE_LEN(o)); }

/* ---- Protocols */

static Ssize tuple_length(Interp *I, Obj *o) {
    (void)I;
    return TUPLE_LEN(o);
}

static int tuple_contains(Interp *I, Obj *o, Obj *v) {
    int cmp = 0;
    for (Ssize i = 0; cmp == 0 && i < TUPLE_LEN(o); i++)
        cmp = obj_richcompare_bool(I, TUPLE_GET(o, i), v, CMP_EQ);
    return cmp;
}

static Obj *tuple_item(Interp *I, Obj *o, Ssize i) {
    if ((size_t)i >= (size_t)TUPLE_LEN(o))
        return err_string(I, I->e_IndexError, "tuple index out of range");
    return NEWREF(TUPLE_GET(o, i));
}

static Obj *tuple_subscript(Interp *I, Obj *o, Obj *item) {
    if (cont_is_index(item)) {
        Ssize i = cont_as_index(I, item);
        if (i == -1 && err_occurred(I)) return NULL;
        if (i < 0) i += TUPLE_LEN(o);
        return tuple_item(I, o, i);
    }
    if (SLICE_CHECK(I, item)) {
        Ssize start, stop, step;
        if (!slice_unpack(I, item, &start, &stop, &step)) return NULL;
        Ssize len = slice_adjust(TUPLE_LEN(o), &start, &stop, step);
        if (len <= 0) return tuple_new(I, 0);
        if (start == 0 && step == 1 && len == TUPLE_LEN(o) && TYPE(o) == I->t_tuple)
            return NEWREF(o);
        Obj *r = tuple_new(I, len);
        if (!r) return NULL;
        for (Ssize i = 0, cur = start; i < len; i++, cur += step)
            TUPLE_SET(r, i, NEWREF(TUPLE_GET(o, cur)));
        return r;
    }
    return err_format(I, I->e_TypeError, "tuple indices must be integers or slices, not %T", item);
}

static Obj *tuple_concat(Interp *I, Obj *a, Obj *b) {
    if (!TUPLE_CHECK(b))
        return err_format(I, I->e_TypeError,
                          "can only concatenate tuple (not \"%T\") to tuple", b);
    Ssize na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    if (nb == 0 && TYPE(a) == I->t_tuple) return NEWREF(a);
    if (na == 0 && TYPE(b) == I->t_tuple) return NEWREF(b);
    Obj *r = tuple_new(I, na + nb);
    if (!r) return NULL;
    for (Ssize i = 0; i < na; i++) TUPLE_SET(r, i, NEWREF(TUPLE_GET(a, i)));
    for (Ssize i = 0; i < nb; i++) TUPLE_SET(r, na + i, NEWREF(TUPLE_GET(b, i)));
    return r;
}

static Obj *tuple_repeat(Interp *I, Obj *a, Ssize n) {
    Ssize len = TUPLE_LEN(a);
    if (len == 0 || n == 1) {
        if (TYPE(a) == I->t_tuple) return NEWREF(a);
    }
    if (len == 0 || n <= 0) return tuple_new(I, 0);
    if (len > PTRDIFF_MAX / (Ssize)sizeof(Obj *) / n) return err_no_memory(I);
    Obj *r = tuple_new(I, len * n);
    if (!r) return NULL;
    for (Ssize k = 0, j = 0; k < n; k++)
        for (Ssize i = 0; i < len; i++) TUPLE_SET(r, j++, NEWREF(TUPLE_GET(a, i)));
    return r;
}

/* Lexicographic, with == first (tuplerichcompare). */
static Obj *tuple_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    if (!TUPLE_CHECK(v) || !TUPLE_CHECK(w)) return NEWREF(I->notimpl);
    Ssize vlen = TUPLE_LEN(v), wlen = TUPLE_LEN(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = obj_richcompare_bool(I, TUPLE_GET(v, i), TUPLE_GET(w, i), CMP_EQ);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) {
        bool r = false;
        switch (op) {
        case CMP_LT: r = vlen < wlen; break;
        case CMP_LE: r = vlen <= wlen; break;
        case CMP_EQ: r = vlen == wlen; break;
        case CMP_NE: r = vlen != wlen; break;
        case CMP_GT: r = vlen > wlen; break;
        case CMP_GE: r = vlen >= wlen; break;
        }
        return BOOL_OBJ(I, r);
    }
    if (op == CMP_EQ) return NEWREF(I->false_);
    if (op == CMP_NE) return NEWREF(I->true_);
    return obj_richcompare(I, TUPLE_GET(v, i), TUPLE_GET(w, i), op);
}

static Obj *tuple_repr(Interp *I, Obj *o) {
    Ssize n = TUPLE_LEN(o);
    if (n == 0) return str_from_ascii(I, "()", 2);
    /* Tuples cannot be recursive without a container in between, but the guard costs
     * little and keeps pathological subclasses safe (as CPython does). */
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_ascii(I, "(...)", 5) : NULL;
    StrBuilder b;
    sb_init(&b);
    if (!sb_add_char(I, &b, '(')) goto fail;
    for (Ssize i = 0; i < n; i++) {
        if (i > 0 && !sb_add_cstr(I, &b, ", ")) goto fail;
        Obj *r = obj_repr(I, TUPLE_GET(o, i));
        if (!r) goto fail;
        bool ok = sb_add_str(I, &b, r);
        DECREF(I, r);
        if (!ok) goto fail;
    }
    if (!sb_add_cstr(I, &b, n == 1 ? ",)" : ")")) goto fail;
    cont_repr_leave(I, o);
    return sb_finish(I, &b);
fail:
    sb_discard(&b);
    cont_repr_leave(I, o);
    return NULL;
}

/* tuple(iterable) and subclasses: a subclass instance copies a plain tuple's items. */
static Obj *tuple_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (type == I->t_tuple && !args_no_kw(I, "tuple", kwnames)) return NULL;
    if (!args_count(I, "tuple", nargs, 0, 1)) return NULL;
    Obj *base;
    if (nargs == 0) base = tuple_new(I, 0);
    else if (TYPE(args[0]) == I->t_tuple && type == I->t_tuple) return NEWREF(args[0]);
    else base = seq_tuple(I, args[0]);
    if (!base || type == I->t_tuple) return base;
    Ssize n = TUPLE_LEN(base);
    Obj *t = obj_alloc(I, type, n);
    if (!t) {
        DECREF(I, base);
        return NULL;
    }
    VSIZE(t) = n;
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(TUPLE_GET(base, i)));
    DECREF(I, base);
    gc_track(I, t);
    return t;
}

/* ---- Methods */

static Obj *tuple_count(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    Ssize count = 0;
    for (Ssize i = 0; i < TUPLE_LEN(self); i++) {
        int cmp = obj_richcompare_bool(I, TUPLE_GET(self, i), args[0], CMP_EQ);
        if (cmp < 0) return NULL;
        count += cmp;
    }
    return cont_int(I, count);
}

static Obj *tuple_index(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)kw;
    if (!args_count(I, "index", nargs, 1, 3)) return NULL;
    Ssize start = 0, stop = PTRDIFF_MAX, n = TUPLE_LEN(self);
    if (nargs > 1 && !slice_index_not_none(I, args[1], &start)) return NULL;
    if (nargs > 2 && !slice_index_not_none(I, args[2], &stop)) return NULL;
    if (start < 0 && (start += n) < 0) start = 0;
    if (stop < 0) stop += n;
    else if (stop > n) stop = n;
    for (Ssize i = start; i < stop; i++) {
        int cmp = obj_richcompare_bool(I, TUPLE_GET(self, i), args[0], CMP_EQ);
        if (cmp > 0) return cont_int(I, i);
        if (cmp < 0) return NULL;
    }
    return err_string(I, I->e_ValueError, "tuple.index(x): x not in tuple");
}

static Obj *tuple_getnewargs(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    Obj *copy = tuple_from_array(I, TUPLE_ITEMS(self), TUPLE_LEN(self));
    if (!copy) return NULL;
    Obj *r = tuple_pack(I, 1, copy);
    DECREF(I, copy);
    return r;
}

static const MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, METH_NOARGS, NULL},
    {"index", tuple_index, METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, METH_O, "Return number of occurrences of value."},
    {NULL, NULL, 0, NULL},
};

/* ---- The iterator */

typedef struct TupleIterObj {
    Obj ob;
    Ssize index;
    Obj *seq; /* NULL when exhausted */
} TupleIterObj;

Obj *tuple_iter_new(Interp *I, Obj *tuple) {
    TupleIterObj *it = (TupleIterObj *)obj_alloc(I, I->t_tuple_iter, 0);
    if (!it) return NULL;
    it->index = 0;
    it->seq = NEWREF(tuple);
    gc_track(I, OBJ(it));
    return OBJ(it);
}

static Obj *tuple_iter(Interp *I, Obj *o) { return tuple_iter_new(I, o); }

static Obj *tupleiter_next(Interp *I, Obj *o) {
    TupleIterObj *it = (TupleIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index < TUPLE_LEN(it->seq)) return NEWREF(TUPLE_GET(it->seq, it->index++));
    CLEAR(I, it->seq);
    return NULL;
}

static void tupleiter_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    XDECREF(I, ((TupleIterObj *)o)->seq);
    obj_free(I, o);
}

static int tupleiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((TupleIterObj *)o)->seq);
    return 0;
}

static Obj *tupleiter_len(Interp *I, Obj *self, Obj *const *a, size_t n, Obj *kw) {
    (void)a, (void)n, (void)kw;
    TupleIterObj *it = (TupleIterObj *)self;
    return cont_int(I, it->seq ? TUPLE_LEN(it->seq) - it->index : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_len, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

const TypeObj tuple_iter_tmpl = {
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = cont_self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

const TypeObj tuple_tmpl = {
    .name = "tuple",
    .basicsize = offsetof(TupleObj, items),
    .itemsize = sizeof(Obj *),
    .flags = TPF_HAVE_GC | TPF_BASETYPE | TPF_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_vnew,
    .traverse = tuple_traverse,
    .len = tuple_length,
    .mp_subscript = tuple_subscript,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .methods = tuple_methods,
};
