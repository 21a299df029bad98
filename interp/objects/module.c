/* module.c: module objects (CPython's moduleobject.c). */
#include "objects/module.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/weakref.h"

#define MOD(o) ((ModuleObj *)(o))

static Obj *module_alloc(Interp *I, TypeObj *type) {
    Obj *m = obj_alloc(I, type, 0);
    if (!m) return NULL;
    if (!(MOD(m)->dict = dict_new(I))) {
        DECREF(I, m);
        return NULL;
    }
    gc_track(I, m);
    return m;
}

/* __name__, __doc__, __package__, __loader__, __spec__ in CPython's order (module_init_dict). */
static bool module_init_dict(Interp *I, Obj *m, Obj *name, Obj *doc) {
    Obj *d = MOD(m)->dict;
    return dict_set(I, d, I->ids.__name__, name) && dict_set(I, d, I->ids.__doc__, doc) &&
           dict_set(I, d, I->ids.__package__, I->none) &&
           dict_set(I, d, I->ids.__loader__, I->none) && dict_set(I, d, I->ids.__spec__, I->none);
}

Obj *module_new(Interp *I, Obj *name) {
    Obj *m = module_alloc(I, I->t_module);
    if (m && !module_init_dict(I, m, name, I->none)) CLEAR(I, m);
    return m;
}

Obj *module_new_cstr(Interp *I, const char *name, bool builtin) {
    Obj *n = str_intern_cstr(I, name);
    if (!n) return NULL;
    Obj *m = module_new(I, n);
    DECREF(I, n);
    if (m) MOD(m)->builtin = builtin;
    return m;
}

bool module_add(Interp *I, Obj *m, const char *name, Obj *v) {
    if (!v) return false;
    bool ok = dict_set_cstr(I, MOD(m)->dict, name, v);
    DECREF(I, v);
    return ok;
}

bool module_add_functions(Interp *I, Obj *m, const MethodDef *defs) {
    return cfunc_add_all(I, MOD(m)->dict, defs, m);
}

Obj *module_name(Interp *I, Obj *m) {
    Obj *n = dict_get_str(I, MOD(m)->dict, I->ids.__name__);
    if (!n) {
        err_clear(I);
        return NULL;
    }
    return STR_CHECK(n) ? n : NULL;
}

/* ---- the type */

static Obj *module_tp_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return module_alloc(I, type);
}

static int module_tp_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    static const char *const names[] = {"name", "doc"};
    static const ArgSpec spec = {"module", names, 2, 2, 0, 1};
    Obj *v[2];
    if (!args_parse(I, &spec, args, nargs, kw, v)) return -1;
    if (!STR_CHECK(v[0])) {
        err_format(I, I->e_TypeError, "module.__init__() argument 'name' must be str, not %T",
                   v[0]);
        return -1;
    }
    return module_init_dict(I, self, v[0], v[1] ? v[1] : I->none) ? 0 : -1;
}

static void module_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    if (MOD(o)->weaklist) weakref_clear(I, o);
    CLEAR(I, MOD(o)->dict);
    obj_free(I, o);
}

static int module_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(MOD(o)->dict);
    return 0;
}

static int module_clear(Interp *I, Obj *o) {
    /* The dict is emptied, not dropped: functions may still reach it as their globals. */
    if (MOD(o)->dict) dict_clear(I, MOD(o)->dict);
    return 0;
}

static Obj *module_repr(Interp *I, Obj *m) {
    Obj *name = module_name(I, m);
    if (!name) return str_from_cstr(I, "<module '?'>");
    if (MOD(m)->builtin && m != I->main_module)
        return str_from_format(I, "<module %R (built-in)>", name);
    Obj *file = dict_get_str(I, MOD(m)->dict, I->ids.__file__);
    if (file && STR_CHECK(file)) return str_from_format(I, "<module %R from %R>", name, file);
    if (err_occurred(I)) return NULL;
    /* no file: importlib's _module_repr shows the loader if there is one */
    Obj *loader = dict_get_str(I, MOD(m)->dict, I->ids.__loader__);
    if (loader && loader != I->none) return str_from_format(I, "<module %R (%R)>", name, loader);
    if (err_occurred(I)) return NULL;
    return str_from_format(I, "<module %R>", name);
}

/* Attribute lookup falls back to the module's own __getattr__ (PEP 562). */
static Obj *module_getattro(Interp *I, Obj *m, Obj *name) {
    Obj *r = obj_generic_getattr(I, m, name);
    if (r || !err_matches(I, I->e_AttributeError)) return r;
    err_clear(I);
    Obj *getattr = dict_get(I, MOD(m)->dict, I->ids.__getattr__);
    if (getattr) return obj_call1(I, getattr, name);
    if (err_occurred(I)) return NULL;
    Obj *mname = module_name(I, m);
    if (mname) return err_attribute(I, m, name, "module '%U' has no attribute '%U'", mname, name);
    return err_attribute(I, m, name, "module has no attribute '%U'", name);
}

/* dir(module): its __dict__'s keys, or the module's own __dir__ (PEP 562). */
static Obj *module_dir(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    Obj *d = obj_getattr(I, self, I->ids.__dict__);
    if (!d) return NULL;
    Obj *r;
    if (!DICT_CHECK(d)) {
        r = err_format(I, I->e_TypeError, "<module>.__dict__ is not a dictionary");
    } else {
        Obj *dirfn = dict_get(I, d, I->ids.__dir__);
        r = dirfn ? obj_call0(I, dirfn) : err_occurred(I) ? NULL : dict_keys_list(I, d);
    }
    DECREF(I, d);
    return r;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL},
};

static const MemberDef module_members[] = {
    {"__dict__", MEMBER_OBJECT, offsetof(ModuleObj, dict), true, NULL},
    {NULL, 0, 0, false, NULL},
};

const TypeObj module_tmpl = {
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument "
           "can have any type.",
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = obj_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_tp_new,
    .init = module_tp_init,
    .methods = module_methods,
    .members = module_members,
    .dictoffset = offsetof(ModuleObj, dict),
    .weaklistoffset = offsetof(ModuleObj, weaklist),
};
