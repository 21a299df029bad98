/* mod_gc.c: the gc module over the collector of objects/gc.c. */
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/import.h"

#define GCFN(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)

GCFN(gc_collect_fn) {
    (void)self;
    static const char *const names[] = {"generation"};
    static const ArgSpec spec = {"collect", names, 1, 1, 0, 0};
    Obj *o[1];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    if (o[0]) {
        Ssize gen = num_as_ssize(I, o[0], I->e_OverflowError);
        if (gen == -1 && err_occurred(I)) return NULL;
        if (gen < 0 || gen > 2) return err_string(I, I->e_ValueError, "invalid generation");
    }
    Ssize n = gc_collect(I);
    if (n < 0) return NULL;
    return int_from_i64(I, n);
}

GCFN(gc_enable_fn) {
    (void)self, (void)args, (void)nargs, (void)kw;
    gc_set_enabled(I, true);
    RET_NONE(I);
}

GCFN(gc_disable_fn) {
    (void)self, (void)args, (void)nargs, (void)kw;
    gc_set_enabled(I, false);
    RET_NONE(I);
}

GCFN(gc_isenabled_fn) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return BOOL_OBJ(I, gc_is_enabled(I));
}

GCFN(gc_is_tracked_fn) {
    (void)self, (void)nargs, (void)kw;
    return BOOL_OBJ(I, gc_is_tracked(args[0]));
}

static Obj *triple(Interp *I, const Ssize v[3]) {
    Obj *a = int_from_i64(I, v[0]), *b = int_from_i64(I, v[1]), *c = int_from_i64(I, v[2]);
    Obj *t = a && b && c ? tuple_pack(I, 3, a, b, c) : NULL;
    XDECREF(I, a);
    XDECREF(I, b);
    XDECREF(I, c);
    return t;
}

GCFN(gc_get_count_fn) {
    (void)self, (void)args, (void)nargs, (void)kw;
    Ssize v[3];
    gc_get_count(I, v);
    return triple(I, v);
}

GCFN(gc_get_threshold_fn) {
    (void)self, (void)args, (void)nargs, (void)kw;
    Ssize v[3];
    gc_get_threshold(I, v);
    return triple(I, v);
}

GCFN(gc_set_threshold_fn) {
    (void)self;
    if (!args_no_kw(I, "set_threshold", kw) || !args_count(I, "set_threshold", nargs, 1, 3))
        return NULL;
    Ssize v[3];
    gc_get_threshold(I, v);
    for (size_t i = 0; i < nargs; i++) {
        v[i] = num_as_ssize(I, args[i], I->e_OverflowError);
        if (v[i] == -1 && err_occurred(I)) return NULL;
    }
    gc_set_threshold(I, v);
    RET_NONE(I);
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect_fn, METH_FASTCALL | METH_KEYWORDS, "Run the garbage collector."},
    {"enable", gc_enable_fn, METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", gc_disable_fn, METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled_fn, METH_NOARGS,
     "Returns true if automatic garbage collection is enabled."},
    {"is_tracked", gc_is_tracked_fn, METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"get_count", gc_get_count_fn, METH_NOARGS,
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold_fn, METH_NOARGS,
     "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold_fn, METH_FASTCALL, "Set the collection thresholds."},
    {NULL, NULL, 0, NULL},
};

Obj *mod_gc_create(Interp *I) {
    Obj *m = module_new_cstr(I, "gc", true);
    if (!m) return NULL;
    if (!module_add_functions(I, m, gc_functions) || !module_add(I, m, "garbage", list_new(I, 0)) ||
        !module_add(I, m, "callbacks", list_new(I, 0)) ||
        !module_add(I, m, "DEBUG_STATS", int_from_i64(I, 1)) ||
        !module_add(I, m, "DEBUG_SAVEALL", int_from_i64(I, 32)))
        CLEAR(I, m);
    return m;
}
