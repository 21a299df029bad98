/* iter.c: the generic iterators (CPython's Objects/iterobject.c, enumobject.c and the
 * zip/map/filter types of Python/bltinmodule.c): iteration over __getitem__, iter(callable,
 * sentinel), enumerate, zip (strict= from 3.10), map, filter and reversed. */
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define METHOD(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

/* seq[i] for the sequence iterators (PySequence_GetItem). */
static Obj *seq_getitem(Interp *I, Obj *seq, Ssize i) {
    if (TYPE(seq)->sq_item) return TYPE(seq)->sq_item(I, seq, i);
    Obj *io = cont_int(I, i);
    if (!io) return NULL;
    Obj *r = obj_getitem(I, seq, io);
    DECREF(I, io);
    return r;
}

static void generic_dealloc(Interp *I, Obj *o, Obj **fields, int n) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    for (int i = 0; i < n; i++) XDECREF(I, fields[i]);
    obj_free(I, o);
}

/* ---- iter(seq) over __getitem__: "iterator" */

typedef struct SeqIterObj {
    Obj ob;
    Ssize index;
    Obj *seq;
} SeqIterObj;

Obj *seq_iter_new(Interp *I, Obj *seq) {
    SeqIterObj *it = (SeqIterObj *)obj_alloc(I, I->t_seq_iter, 0);
    if (!it) return NULL;
    it->index = 0;
    it->seq = NEWREF(seq);
    gc_track(I, OBJ(it));
    return OBJ(it);
}

static Obj *seqiter_next(Interp *I, Obj *o) {
    SeqIterObj *it = (SeqIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index == PTRDIFF_MAX)
        return err_string(I, I->e_OverflowError, "iter index too large");
    Obj *result = seq_getitem(I, it->seq, it->index);
    if (result) {
        it->index++;
        return result;
    }
    if (err_matches(I, I->e_IndexError) || err_matches(I, I->e_StopIteration)) {
        err_clear(I);
        CLEAR(I, it->seq);
    }
    return NULL;
}

static void seqiter_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((SeqIterObj *)o)->seq, 1); }
static int seqiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((SeqIterObj *)o)->seq);
    return 0;
}

METHOD(seqiter_len) {
    UNUSED_ARGS;
    SeqIterObj *it = (SeqIterObj *)self;
    if (!it->seq) return cont_int(I, 0);
    if (!TYPE(it->seq)->len) return NEWREF(I->notimpl);
    Ssize size = obj_len(I, it->seq);
    if (size < 0) return NULL;
    Ssize len = size - it->index;
    return cont_int(I, len >= 0 ? len : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

const TypeObj seq_iter_tmpl = {
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = cont_self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel): "callable_iterator" */

typedef struct CallIterObj {
    Obj ob;
    Obj *callable, *sentinel; /* NULL when exhausted */
} CallIterObj;

Obj *callable_iter_new(Interp *I, Obj *callable, Obj *sentinel) {
    CallIterObj *it = (CallIterObj *)obj_alloc(I, I->t_callable_iter, 0);
    if (!it) return NULL;
    it->callable = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    gc_track(I, OBJ(it));
    return OBJ(it);
}

static Obj *calliter_next(Interp *I, Obj *o) {
    CallIterObj *it = (CallIterObj *)o;
    if (!it->callable) return NULL;
    Obj *result = obj_call0(I, it->callable);
    if (result) {
        int ok = obj_richcompare_bool(I, it->sentinel, result, CMP_EQ);
        if (ok == 0) return result;
        if (ok > 0) {
            CLEAR(I, it->callable);
            CLEAR(I, it->sentinel);
        }
    } else if (err_matches(I, I->e_StopIteration)) {
        err_clear(I);
        CLEAR(I, it->callable);
        CLEAR(I, it->sentinel);
    }
    XDECREF(I, result);
    return NULL;
}

static void calliter_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((CallIterObj *)o)->callable, 2); }
static int calliter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((CallIterObj *)o)->callable);
    VISIT(((CallIterObj *)o)->sentinel);
    return 0;
}

const TypeObj callable_iter_tmpl = {
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = cont_self_iter,
    .iternext = calliter_next,
};

/* ---- enumerate(iterable, start=0) */

typedef struct EnumObj {
    Obj ob;
    Ssize index;     /* while it fits */
    Obj *sit;        /* the underlying iterator */
    Obj *longindex;  /* the index as an int once past PTRDIFF_MAX (or a huge start) */
} EnumObj;

static Obj *enum_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {"enumerate", names, 2, 2, 0, 1};
    Obj *a[2];
    if (!args_parse(I, &spec, args, nargs, kw, a)) return NULL;
    EnumObj *en = (EnumObj *)obj_alloc(I, type, 0);
    if (!en) return NULL;
    en->index = 0;
    en->sit = NULL;
    en->longindex = NULL;
    if (a[1]) {
        Obj *start = num_index(I, a[1]);
        int64_t v;
        if (!start) goto fail;
        if (int_fits_i64(start, &v) && v < PTRDIFF_MAX) {
            en->index = (Ssize)v;
            DECREF(I, start);
        } else {
            en->index = PTRDIFF_MAX;
            en->longindex = start;
        }
    }
    if (!(en->sit = obj_iter(I, a[0]))) goto fail;
    gc_track(I, OBJ(en));
    return OBJ(en);
fail:
    DECREF(I, OBJ(en));
    return NULL;
}

static Obj *enum_next(Interp *I, Obj *o) {
    EnumObj *en = (EnumObj *)o;
    Obj *item = iter_next(I, en->sit);
    if (!item) return NULL;
    Obj *index;
    if (en->index == PTRDIFF_MAX) {
        if (!en->longindex && !(en->longindex = int_from_i64(I, PTRDIFF_MAX))) goto fail;
        index = en->longindex;
        Obj *next = num_binop(I, index, SMALL_INT(I, 1), BINOP_ADD);
        if (!next) goto fail;
        en->longindex = next; /* index keeps the old reference */
    } else if (!(index = cont_int(I, en->index++))) {
        goto fail;
    }
    Obj *result = tuple_new(I, 2);
    if (!result) {
        DECREF(I, index);
        goto fail;
    }
    TUPLE_SET(result, 0, index);
    TUPLE_SET(result, 1, item);
    return result;
fail:
    DECREF(I, item);
    return NULL;
}

static void enum_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((EnumObj *)o)->sit, 2); }
static int enum_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((EnumObj *)o)->sit);
    VISIT(((EnumObj *)o)->longindex);
    return 0;
}

const TypeObj enumerate_tmpl = {
    .name = "enumerate",
    .basicsize = sizeof(EnumObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
           "enumerate object yields pairs containing a count (from start, which\ndefaults to zero) "
           "and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an "
           "indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .iter = cont_self_iter,
    .iternext = enum_next,
    .new_ = enum_vnew,
};

/* ---- zip(*iterables, strict=False) */

typedef struct ZipObj {
    Obj ob;
    Obj *ittuple; /* tuple of iterators */
    bool strict;
} ZipObj;

static Obj *zip_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    bool strict = false;
    if (kw && TUPLE_LEN(kw) > 0) {
        if (!cont_zip_strict(I)) return err_string(I, I->e_TypeError, "zip() takes no keyword arguments");
        for (Ssize i = 0; i < TUPLE_LEN(kw); i++) {
            Obj *name = TUPLE_GET(kw, i);
            if (!str_eq_cstr(name, "strict"))
                return err_format(I, I->e_TypeError, "zip() got an unexpected keyword argument '%U'", name);
            int r = obj_is_true(I, args[nargs + (size_t)i]);
            if (r < 0) return NULL;
            strict = r;
        }
    }
    Obj *ittuple = tuple_new(I, (Ssize)nargs);
    if (!ittuple) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Obj *it = obj_iter(I, args[i]);
        if (!it) {
            if (cont_ver(I) < 308 && err_matches(I, I->e_TypeError)) {
                err_clear(I);
                err_format(I, I->e_TypeError, "zip argument #%zu must support iteration", i + 1);
            }
            DECREF(I, ittuple);
            return NULL;
        }
        TUPLE_SET(ittuple, (Ssize)i, it);
    }
    ZipObj *lz = (ZipObj *)obj_alloc(I, type, 0);
    if (!lz) {
        DECREF(I, ittuple);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->strict = strict;
    gc_track(I, OBJ(lz));
    return OBJ(lz);
}

/* Is the pending exception (if any) a StopIteration to swallow? false: a real error. */
static bool clear_stop(Interp *I) {
    if (!err_occurred(I)) return true;
    if (!err_matches(I, I->e_StopIteration)) return false;
    err_clear(I);
    return true;
}

static Obj *zip_strict_check(Interp *I, ZipObj *lz, Ssize i) {
    Ssize n = TUPLE_LEN(lz->ittuple);
    if (!clear_stop(I)) return NULL;
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return err_format(I, I->e_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                          i + 1, plural, i);
    }
    for (i = 1; i < n; i++) {
        Obj *item = iter_next(I, TUPLE_GET(lz->ittuple, i));
        if (item) {
            DECREF(I, item);
            const char *plural = i == 1 ? " " : "s 1-";
            return err_format(I, I->e_ValueError, "zip() argument %zd is longer than argument%s%zd",
                              i + 1, plural, i);
        }
        if (!clear_stop(I)) return NULL;
    }
    return NULL;
}

static Obj *zip_next(Interp *I, Obj *o) {
    ZipObj *lz = (ZipObj *)o;
    Ssize n = TUPLE_LEN(lz->ittuple);
    if (n == 0) return NULL;
    Obj *result = tuple_new(I, n);
    if (!result) return NULL;
    for (Ssize i = 0; i < n; i++) {
        Obj *item = iter_next(I, TUPLE_GET(lz->ittuple, i));
        if (!item) {
            DECREF(I, result);
            return lz->strict ? zip_strict_check(I, lz, i) : NULL;
        }
        TUPLE_SET(result, i, item);
    }
    return result;
}

static void zip_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((ZipObj *)o)->ittuple, 1); }
static int zip_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((ZipObj *)o)->ittuple);
    return 0;
}

const TypeObj zip_tmpl = {
    .name = "zip",
    .basicsize = sizeof(ZipObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> "
           "list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\npassed as "
           "positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th "
           "iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\nraise a "
           "ValueError.",
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = cont_self_iter,
    .iternext = zip_next,
    .new_ = zip_vnew,
};

/* ---- map(func, *iterables) */

typedef struct MapObj {
    Obj ob;
    Obj *iters; /* tuple */
    Obj *func;
} MapObj;

static Obj *map_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    if (type == I->t_map && !args_no_kw(I, "map", kw)) return NULL;
    if (nargs < 2) return err_string(I, I->e_TypeError, "map() must have at least two arguments.");
    Obj *iters = tuple_new(I, (Ssize)nargs - 1);
    if (!iters) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        Obj *it = obj_iter(I, args[i]);
        if (!it) {
            DECREF(I, iters);
            return NULL;
        }
        TUPLE_SET(iters, (Ssize)i - 1, it);
    }
    MapObj *lz = (MapObj *)obj_alloc(I, type, 0);
    if (!lz) {
        DECREF(I, iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = NEWREF(args[0]);
    gc_track(I, OBJ(lz));
    return OBJ(lz);
}

static Obj *map_next(Interp *I, Obj *o) {
    MapObj *lz = (MapObj *)o;
    Ssize n = TUPLE_LEN(lz->iters), i;
    Obj *small[5], **stack = n <= 5 ? small : mem_alloc(I, (size_t)n * sizeof(Obj *));
    if (!stack) return NULL;
    Obj *result = NULL;
    for (i = 0; i < n; i++) {
        if (!(stack[i] = iter_next(I, TUPLE_GET(lz->iters, i)))) goto exit;
    }
    result = obj_call(I, lz->func, stack, (size_t)n, NULL);
exit:
    while (--i >= 0) DECREF(I, stack[i]);
    if (stack != small) mem_free(stack);
    return result;
}

static void map_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((MapObj *)o)->iters, 2); }
static int map_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((MapObj *)o)->iters);
    VISIT(((MapObj *)o)->func);
    return 0;
}

const TypeObj map_tmpl = {
    .name = "map",
    .basicsize = sizeof(MapObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function "
           "using arguments from\neach of the iterables.  Stops when the shortest iterable is "
           "exhausted.",
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = cont_self_iter,
    .iternext = map_next,
    .new_ = map_vnew,
};

/* ---- filter(function or None, iterable) */

typedef struct FilterObj {
    Obj ob;
    Obj *func, *it;
} FilterObj;

static Obj *filter_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    if (type == I->t_filter && !args_no_kw(I, "filter", kw)) return NULL;
    if (!args_count(I, "filter", nargs, 2, 2)) return NULL;
    Obj *it = obj_iter(I, args[1]);
    if (!it) return NULL;
    FilterObj *lz = (FilterObj *)obj_alloc(I, type, 0);
    if (!lz) {
        DECREF(I, it);
        return NULL;
    }
    lz->func = NEWREF(args[0]);
    lz->it = it;
    gc_track(I, OBJ(lz));
    return OBJ(lz);
}

static Obj *filter_next(Interp *I, Obj *o) {
    FilterObj *lz = (FilterObj *)o;
    bool checktrue = lz->func == I->none || lz->func == OBJ(I->t_bool);
    for (;;) {
        Obj *item = iter_next(I, lz->it);
        if (!item) return NULL;
        int ok;
        if (checktrue) {
            ok = obj_is_true(I, item);
        } else {
            Obj *good = obj_call1(I, lz->func, item);
            if (!good) {
                DECREF(I, item);
                return NULL;
            }
            ok = obj_is_true(I, good);
            DECREF(I, good);
        }
        if (ok > 0) return item;
        DECREF(I, item);
        if (ok < 0) return NULL;
    }
}

static void filter_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((FilterObj *)o)->func, 2); }
static int filter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((FilterObj *)o)->func);
    VISIT(((FilterObj *)o)->it);
    return 0;
}

const TypeObj filter_tmpl = {
    .name = "filter",
    .basicsize = sizeof(FilterObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding "
           "those items of iterable for which function(item)\nis true. If function is None, return "
           "the items that are true.",
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .iter = cont_self_iter,
    .iternext = filter_next,
    .new_ = filter_vnew,
};

/* ---- reversed(sequence) */

typedef struct ReversedObj {
    Obj ob;
    Ssize index;
    Obj *seq;
} ReversedObj;

static bool is_sequence(Interp *I, Obj *o) {
    if (DICT_CHECK(o)) return false;
    TypeObj *t = TYPE(o);
    return t->sq_item != NULL || (TYPE_HAS(t, TPF_HEAPTYPE) && t->mp_subscript != NULL &&
                                  type_lookup(I, t, I->ids.__getitem__) != NULL);
}

static Obj *reversed_make(Interp *I, TypeObj *type, Obj *seq) {
    Obj *meth = type_lookup(I, TYPE(seq), I->ids.__reversed__);
    if (meth == I->none) return err_format(I, I->e_TypeError, "'%T' object is not reversible", seq);
    if (meth) return obj_call_method(I, seq, I->ids.__reversed__, NULL, 0);
    if (!is_sequence(I, seq)) return err_format(I, I->e_TypeError, "'%T' object is not reversible", seq);
    Ssize n = obj_len(I, seq);
    if (n == -1) return NULL;
    ReversedObj *ro = (ReversedObj *)obj_alloc(I, type, 0);
    if (!ro) return NULL;
    ro->index = n - 1;
    ro->seq = NEWREF(seq);
    gc_track(I, OBJ(ro));
    return OBJ(ro);
}

Obj *reversed_new(Interp *I, Obj *seq) { return reversed_make(I, I->t_reversed, seq); }

static Obj *reversed_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    if (type == I->t_reversed && !args_no_kw(I, "reversed", kw)) return NULL;
    if (!args_count(I, "reversed", nargs, 1, 1)) return NULL;
    return reversed_make(I, type, args[0]);
}

static Obj *reversed_next(Interp *I, Obj *o) {
    ReversedObj *ro = (ReversedObj *)o;
    if (ro->index >= 0) {
        Obj *item = seq_getitem(I, ro->seq, ro->index);
        if (item) {
            ro->index--;
            return item;
        }
        if (err_matches(I, I->e_IndexError) || err_matches(I, I->e_StopIteration)) err_clear(I);
    }
    ro->index = -1;
    CLEAR(I, ro->seq);
    return NULL;
}

METHOD(reversed_len) {
    UNUSED_ARGS;
    ReversedObj *ro = (ReversedObj *)self;
    if (!ro->seq) return cont_int(I, 0);
    Ssize size = obj_len(I, ro->seq);
    if (size == -1) return NULL;
    Ssize position = ro->index + 1;
    return cont_int(I, size < position ? 0 : position);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static void reversed_dealloc(Interp *I, Obj *o) { generic_dealloc(I, o, &((ReversedObj *)o)->seq, 1); }
static int reversed_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((ReversedObj *)o)->seq);
    return 0;
}

const TypeObj reversed_tmpl = {
    .name = "reversed",
    .basicsize = sizeof(ReversedObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .iter = cont_self_iter,
    .iternext = reversed_next,
    .new_ = reversed_vnew,
    .methods = reversed_methods,
};
