/* mod_tracemalloc.c: the tracemalloc module. Tracing state is kept here; the figures are the
 * model's ledger (model/ledger.h), to which the objects report what CPython would allocate. */
#include "model/ledger.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/modstate.h"
#include "vm/pyver.h"

/* ---- the model's ledger (model/ledger.h): every block CPython would allocate is reported to
 * it by the objects; tracemalloc reads it. */
static ModelLedger *ledger(Interp *I) { return I->model ? &I->model->ledger : NULL; }
static void tm_ledger_start(Interp *I) {
    if (ledger(I)) ledger_start(ledger(I));
}
static void tm_ledger_stop(Interp *I) {
    if (ledger(I)) ledger_stop(ledger(I));
}
static void tm_ledger_clear(Interp *I) {
    if (ledger(I)) ledger_clear_traces(ledger(I));
}
static void tm_ledger_reset_peak(Interp *I) {
    if (ledger(I)) ledger_reset_peak(ledger(I));
}
static Ssize tm_ledger_current(Interp *I) {
    MSize cur = 0, peak = 0;
    if (ledger(I)) ledger_read(ledger(I), &cur, &peak);
    return cur;
}
static Ssize tm_ledger_peak(Interp *I) {
    MSize cur = 0, peak = 0;
    if (ledger(I)) ledger_read(ledger(I), &cur, &peak);
    return peak;
}

#define TMFN(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)

TMFN(tm_start) {
    (void)self;
    static const char *const names[] = {"nframe"};
    static const ArgSpec spec = {"start", names, 1, 1, 1, 0};
    Obj *o[1];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Ssize n = 1;
    if (o[0]) {
        n = num_as_ssize(I, o[0], I->e_OverflowError);
        if (n == -1 && err_occurred(I)) return NULL;
    }
    if (n < 1 || n > 65535)
        return err_string(I, I->e_ValueError, "the number of frames must be in range [1; 65535]");
    I->mods->tm_frames = (int)n;
    if (!I->mods->tm_tracing) {
        I->mods->tm_tracing = true;
        tm_ledger_start(I);
    }
    RET_NONE(I);
}

TMFN(tm_stop) {
    (void)self, (void)args, (void)nargs, (void)kw;
    if (I->mods->tm_tracing) {
        I->mods->tm_tracing = false;
        tm_ledger_stop(I);
    }
    RET_NONE(I);
}

TMFN(tm_is_tracing) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return BOOL_OBJ(I, I->mods->tm_tracing);
}

static Obj *pair(Interp *I, Ssize a, Ssize b) {
    Obj *x = int_from_i64(I, a), *y = int_from_i64(I, b);
    Obj *t = x && y ? tuple_pack(I, 2, x, y) : NULL;
    XDECREF(I, x);
    XDECREF(I, y);
    return t;
}

TMFN(tm_get_traced_memory) {
    (void)self, (void)args, (void)nargs, (void)kw;
    if (!I->mods->tm_tracing) return pair(I, 0, 0);
    return pair(I, tm_ledger_current(I), tm_ledger_peak(I));
}

TMFN(tm_reset_peak) {
    (void)self, (void)args, (void)nargs, (void)kw;
    if (I->mods->tm_tracing) tm_ledger_reset_peak(I);
    RET_NONE(I);
}

TMFN(tm_clear_traces) {
    (void)self, (void)args, (void)nargs, (void)kw;
    if (I->mods->tm_tracing) tm_ledger_clear(I);
    RET_NONE(I);
}

TMFN(tm_get_traceback_limit) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return int_from_i64(I, I->mods->tm_frames ? I->mods->tm_frames : 1);
}

TMFN(tm_get_tracemalloc_memory) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return int_from_i64(I, 0);
}

static const MethodDef tm_functions[] = {
    {"start", tm_start, METH_FASTCALL, "Start tracing Python memory allocations."},
    {"stop", tm_stop, METH_NOARGS, "Stop tracing Python memory allocations."},
    {"is_tracing", tm_is_tracing, METH_NOARGS,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"get_traced_memory", tm_get_traced_memory, METH_NOARGS,
     "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"clear_traces", tm_clear_traces, METH_NOARGS,
     "Clear traces of memory blocks allocated by Python."},
    {"get_traceback_limit", tm_get_traceback_limit, METH_NOARGS,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, METH_NOARGS,
     "Get the memory usage in bytes of the tracemalloc module."},
    {NULL, NULL, 0, NULL},
};
/* reset_peak is 3.9's (bpo-40609) */
static const MethodDef tm_functions_39[] = {
    {"reset_peak", tm_reset_peak, METH_NOARGS,
     "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {NULL, NULL, 0, NULL},
};

Obj *mod_tracemalloc_create(Interp *I) {
    Obj *m = module_new_cstr(I, "tracemalloc", true);
    if (!m) return NULL;
    bool ok = module_add_functions(I, m, tm_functions);
    if (ok && pyver_ge(I, 3, 9)) ok = module_add_functions(I, m, tm_functions_39);
    if (!ok) CLEAR(I, m);
    /* The freelists were measured in CPython right after `import tracemalloc` (the script
     * compiled, its first lines run): from here on the objects replay CPython's use of them. */
    if (m && ledger(I)) ledger_program_start(I->prof, ledger(I));
    return m;
}
