/* mod_weakref.c: the _weakref module (ref, proxy, getweakrefcount, getweakrefs); the weakref
 * module itself (WeakValueDictionary, finalize...) is interp/lib/weakref.py over it. */
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/module.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/weakref.h"

static Obj *wr_getweakrefcount(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self, (void)nargs, (void)kw;
    return int_from_i64(I, weakref_count(args[0]));
}

static Obj *wr_getweakrefs(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self, (void)nargs, (void)kw;
    return weakref_list(I, args[0]);
}

static Obj *wr_proxy(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self;
    if (!args_no_kw(I, "proxy", kw) || !args_count(I, "proxy", nargs, 1, 2)) return NULL;
    return weakref_new_proxy(I, args[0], nargs > 1 ? args[1] : NULL);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, METH_FASTCALL, "Create a proxy object that weakly references 'object'."},
    {NULL, NULL, 0, NULL},
};

Obj *mod_weakref_create(Interp *I) {
    Obj *m = module_new_cstr(I, "_weakref", true);
    if (!m) return NULL;
    if (!module_add_functions(I, m, weakref_functions) ||
        !module_add(I, m, "ref", NEWREF(I->t_weakref)) ||
        !module_add(I, m, "ReferenceType", NEWREF(I->t_weakref)) ||
        !module_add(I, m, "ProxyType", NEWREF(I->t_weakproxy)) ||
        !module_add(I, m, "CallableProxyType", NEWREF(I->t_weakcallableproxy)))
        CLEAR(I, m);
    return m;
}
