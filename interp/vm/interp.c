/* interp.c: making and destroying an interpreter: the profile, every builtin type from its
 * template, the parts' states, the exception types, builtins, sys and __main__; and the
 * teardown, which releases module globals in CPython's order (so __del__ runs at exit as it
 * does there) before freeing everything, quietly for LeakSanitizer. */
#include <stdio.h>
#include <stdlib.h>

#include "model/ledger.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/modstate.h"
#include "vm/pyver.h"
#include "vm/textio.h"
#include "vm/vm.h"
#include "vm/weakref.h"

/* ---------------------------------------------------------------- start-up */

static bool make_types(Interp *I) {
    /* object names itself as its base: it gets none (type_from_template ignores it) */
#define X(n, b)                                                                                    \
    if (!(I->t_##n = type_from_template(I, &n##_tmpl, I->t_##b))) return false;
    SLOTSCOPE_TYPES(X)
#undef X
    weakref_name_types(I);
    return true;
}

static bool ready_types(Interp *I) {
#define X(n, b)                                                                                    \
    if (!type_ready(I, I->t_##n)) return false;
    SLOTSCOPE_TYPES(X)
#undef X
    return true;
}

/* The parts' states that the type machinery itself needs (dicts, tuples, interned names,
 * small ints, None) are made before any type is readied. */
static bool init_states(Interp *I) {
    return gc_init(I) && typestate_init(I) && make_types(I) && exceptions_make(I) && cont_init(I) &&
           text_init(I) && num_init(I) && objmodel_singletons_init(I) && ready_types(I);
}

/* __main__'s namespace as CPython 3 starts it (the front end adds __file__ for a script). */
static bool make_main(Interp *I) {
    Obj *m = module_new_cstr(I, "__main__", false);
    if (!m) return false;
    I->main_module = m;
    Obj *d = MODULE_DICT(m);
    if (I->prof->major >= 3) {
        Obj *ann = dict_new(I);
        bool ok = ann && dict_set(I, d, I->ids.__annotations__, ann);
        XDECREF(I, ann);
        if (!ok) return false;
    }
    return import_set_loader(I, m, false) &&
           dict_set(I, d, I->ids.__builtins__, I->mods->builtins_module) &&
           dict_set(I, I->modules, I->ids.__main__, m);
}

static void startup_failed(Interp *I, const char *what) {
    fprintf(stderr, "slotscope: interpreter start-up failed (%s)\n", what);
    if (I->exc && I->t_str && I->e_BaseException) {
        Obj *s = obj_str(I, I->exc);
        const char *u = s ? str_utf8(I, s, NULL) : NULL;
        fprintf(stderr, "%s: %s\n", TYPE(I->exc)->name, u ? u : "?");
        XDECREF(I, s);
        err_clear(I);
    }
}

Interp *interp_new(const InterpConfig *cfg) {
    const Profile *prof = cfg->version ? profile_find(cfg->version) : profile_default();
    if (!prof) {
        fprintf(stderr, "slotscope: unknown Python version '%s' (choose from %s)\n", cfg->version,
                profile_list());
        return NULL;
    }
    Interp *I = calloc(1, sizeof *I);
    struct ModState *mods = calloc(1, sizeof *mods);
    if (!I || !mods) {
        free(I);
        free(mods);
        fprintf(stderr, "slotscope: out of memory\n");
        return NULL;
    }
    I->prof = prof;
    I->mods = mods;
    I->model = model_state_new(prof); /* NULL (out of memory): tracemalloc reports nothing */
    I->interrupt = cfg->interrupt;
    I->recursion_limit = 1000;
    const char *stage = "types";
    bool ok = init_states(I);
    if (ok) stage = "exceptions", ok = exceptions_ready(I);
    if (ok) stage = "vm", ok = vm_init(I);
    if (ok) stage = "builtins", ok = mods_init_builtins(I);
    if (ok) stage = "sys", ok = mods_init_sys(I, cfg);
    if (ok) stage = "import", ok = import_init(I);
    if (ok) stage = "__main__", ok = make_main(I);
    if (!ok) {
        startup_failed(I, stage);
        interp_free(I);
        return NULL;
    }
    return I;
}

/* ---------------------------------------------------------------- teardown */

/* Drop a module's globals one by one in insertion order, as CPython's module dict clearing
 * at exit does (the values' __del__ methods run in that order), keeping __builtins__. */
static void release_globals(Interp *I, Obj *d) {
    Obj *keys = dict_keys_list(I, d);
    for (Ssize i = 0; keys && i < LIST_LEN(keys); i++) {
        Obj *k = LIST_GET(keys, i);
        if (STR_CHECK(k) && str_eq(k, I->ids.__builtins__)) continue;
        if (!dict_set(I, d, k, I->none)) err_clear(I);
    }
    XDECREF(I, keys);
    err_clear(I);
}

static void finalize_modules(Interp *I) {
    if (I->main_module) release_globals(I, MODULE_DICT(I->main_module));
    if (I->modules) {
        Obj *mods = dict_values_list(I, I->modules);
        Obj *it = mods ? obj_iter(I, mods) : NULL;
        Obj *m;
        while (it && (m = iter_next(I, it))) {
            if (MODULE_CHECK(I, m) && m != I->mods->sys && m != I->mods->builtins_module &&
                m != I->main_module)
                release_globals(I, MODULE_DICT(m));
            DECREF(I, m);
        }
        XDECREF(I, it);
        XDECREF(I, mods);
        err_clear(I);
    }
    if (I->gc) gc_collect(I);
    err_clear(I);
}

static void drop_shell_state(Interp *I) {
    struct ModState *s = I->mods;
    if (I->main_module) dict_clear(I, MODULE_DICT(I->main_module));
    if (I->modules) dict_clear(I, I->modules);
    CLEAR(I, I->main_module);
    CLEAR(I, I->modules);
    if (!s) return;
    mods_fini_sys(I);
    if (I->builtins) dict_clear(I, I->builtins);
    CLEAR(I, I->builtins);
    CLEAR(I, s->builtins_module);
    exceptions_fini(I);
    CLEAR(I, I->exc);
}

/* Every type the interpreter made, for the two teardown passes. */
static void for_each_type(Interp *I, void (*fn)(Interp *, TypeObj *)) {
    struct ModState *s = I->mods;
    TypeObj *extra[] = {s ? s->t_version_info : NULL,     s ? s->t_flags : NULL,
                        s ? s->t_hash_info : NULL,        s ? s->t_float_info : NULL,
                        s ? s->t_namespace : NULL,        s ? s->t_quitter : NULL,
                        s ? s->t_helper : NULL,           s ? s->t_structseq : NULL,
                        s ? s->t_builtin_importer : NULL, s ? s->t_source_loader : NULL};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        if (extra[i]) fn(I, extra[i]);
#define X(n, b)                                                                                    \
    if (I->e_##n) fn(I, I->e_##n);
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
#define X(n, b)                                                                                    \
    if (I->t_##n) fn(I, I->t_##n);
    SLOTSCOPE_TYPES(X)
#undef X
}

/* Pass 1 drops what types hold (their dicts reference other types); pass 2 frees them. */
static void clear_type(Interp *I, TypeObj *t) {
    CLEAR(I, t->dict);
    CLEAR(I, t->mro);
    CLEAR(I, t->bases);
    CLEAR(I, t->subclasses);
}

static void free_type(Interp *I, TypeObj *t) {
    type_free_static(I, t);
}

void interp_free(Interp *I) {
    if (!I) return;
    err_clear(I);
    finalize_modules(I);
    if (I->mods && I->mods->sys) textio_flush_std(I);
    drop_shell_state(I);
    if (I->vm) vm_fini(I);
    if (I->gc) gc_collect(I);
    err_clear(I);
    for_each_type(I, clear_type);
    if (I->gc) gc_collect(I);
    err_clear(I);
    if (I->text) text_fini(I);
    if (I->num) num_fini(I);
    if (I->cont) cont_fini(I);
    objmodel_singletons_fini(I);
    for_each_type(I, free_type);
    if (I->typestate) typestate_fini(I);
    if (I->gc) gc_fini(I);
    model_state_free(I->model);
    free(I->mods);
    free(I);
}
