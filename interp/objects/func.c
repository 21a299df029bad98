/* func.c: the function type (def and lambda): attributes, descriptor binding to methods, repr.
 * Calls go to the VM (vm_call_function); argument binding is in vm/frame.c. */
#include <stddef.h>
#include <string.h>

#include "objects/func.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/method.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Obj *builtins_from_globals(Interp *I, Obj *globals) {
    Obj *b = dict_get_str(I, globals, I->ids.__builtins__);
    if (!b) {
        if (err_occurred(I)) err_clear(I);
        return NEWREF(I->builtins);
    }
    if (DICT_CHECK(b)) return NEWREF(b);
    Obj *d = obj_getattr(I, b, I->ids.__dict__);
    if (!d || !DICT_CHECK(d)) {
        err_clear(I);
        XDECREF(I, d);
        return NEWREF(I->builtins);
    }
    return d;
}

Obj *func_new(Interp *I, Obj *code, Obj *globals, Obj *qualname) {
    FuncObj *f = (FuncObj *)obj_alloc(I, I->t_function, 0);
    if (!f) return NULL;
    CodeObj *co = CODE(code);
    f->code = NEWREF(code);
    f->globals = NEWREF(globals);
    f->builtins = builtins_from_globals(I, globals);
    f->name = NEWREF(co->name);
    f->qualname = NEWREF(qualname ? qualname : co->qualname);
    f->doc = co->doc ? NEWREF(co->doc) : NEWREF(I->none);
    Obj *mod = dict_get_str(I, globals, I->ids.__name__);
    if (mod) f->module = NEWREF(mod);
    else if (err_occurred(I)) err_clear(I);
    gc_track(I, OBJ(f));
    return OBJ(f);
}

static void func_dealloc(Interp *I, Obj *o) {
    FuncObj *f = FUNC(o);
    gc_untrack(I, o);
    CLEAR(I, f->code);
    CLEAR(I, f->globals);
    CLEAR(I, f->builtins);
    CLEAR(I, f->name);
    CLEAR(I, f->qualname);
    CLEAR(I, f->defaults);
    CLEAR(I, f->kwdefaults);
    CLEAR(I, f->closure);
    CLEAR(I, f->doc);
    CLEAR(I, f->dict);
    CLEAR(I, f->module);
    CLEAR(I, f->annotations);
    obj_free(I, o);
}

static int func_traverse(Obj *o, VisitFn visit, void *arg) {
    FuncObj *f = FUNC(o);
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->name);
    VISIT(f->qualname);
    VISIT(f->defaults);
    VISIT(f->kwdefaults);
    VISIT(f->closure);
    VISIT(f->doc);
    VISIT(f->dict);
    VISIT(f->module);
    VISIT(f->annotations);
    return 0;
}

static int func_clear(Interp *I, Obj *o) {
    FuncObj *f = FUNC(o);
    CLEAR(I, f->defaults);
    CLEAR(I, f->kwdefaults);
    CLEAR(I, f->closure);
    CLEAR(I, f->doc);
    CLEAR(I, f->dict);
    CLEAR(I, f->module);
    CLEAR(I, f->annotations);
    return 0;
}

static Obj *func_repr(Interp *I, Obj *o) {
    return str_from_format(I, "<function %U at %p>", FUNC(o)->qualname, (void *)o);
}

static Obj *func_descr_get(Interp *I, Obj *f, Obj *obj, Obj *type) {
    (void)type;
    if (!obj || obj == I->none) return NEWREF(f);
    return method_new(I, f, obj);
}

Obj *func_vectorcall(Interp *I, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    return vm_call_function(I, func, args, nargs, kwnames);
}

Obj *func_display_name(Interp *I, Obj *func) {
    /* before 3.10 the messages name the code object (co_name), whatever __name__ says now */
    return NEWREF(I->prof->qualname_in_arg_errors ? FUNC(func)->qualname : CODE(FUNC(func)->code)->name);
}

/* ---- attributes ---- */
static int set_str_attr(Interp *I, Obj **slot, Obj *v, const char *what) {
    if (!v || !STR_CHECK(v)) {
        err_format(I, I->e_TypeError, "__%s__ must be set to a string object", what);
        return -1;
    }
    INCREF(v);
    SETREF(I, *slot, v);
    return 0;
}
static Obj *get_name(Interp *I, Obj *o, void *c) { (void)I; (void)c; return NEWREF(FUNC(o)->name); }
static int set_name(Interp *I, Obj *o, Obj *v, void *c) { (void)c; return set_str_attr(I, &FUNC(o)->name, v, "name"); }
static Obj *get_qualname(Interp *I, Obj *o, void *c) { (void)I; (void)c; return NEWREF(FUNC(o)->qualname); }
static int set_qualname(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    return set_str_attr(I, &FUNC(o)->qualname, v, "qualname");
}

static Obj *get_code(Interp *I, Obj *o, void *c) { (void)I; (void)c; return NEWREF(FUNC(o)->code); }
static int set_code(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v || TYPE(v) != I->t_code) {
        err_string(I, I->e_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    INCREF(v);
    SETREF(I, FUNC(o)->code, v);
    return 0;
}

static Obj *get_defaults(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(FUNC(o)->defaults ? FUNC(o)->defaults : I->none);
}
static int set_defaults(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (v == I->none) v = NULL;
    if (v && !TUPLE_CHECK(v)) {
        err_string(I, I->e_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    XINCREF(v);
    SETREF(I, FUNC(o)->defaults, v);
    return 0;
}
static Obj *get_kwdefaults(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(FUNC(o)->kwdefaults ? FUNC(o)->kwdefaults : I->none);
}
static int set_kwdefaults(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (v == I->none) v = NULL;
    if (v && !DICT_CHECK(v)) {
        err_string(I, I->e_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    XINCREF(v);
    SETREF(I, FUNC(o)->kwdefaults, v);
    return 0;
}
static Obj *get_annotations(Interp *I, Obj *o, void *c) {
    (void)c;
    FuncObj *f = FUNC(o);
    if (!f->annotations && !(f->annotations = dict_new(I))) return NULL;
    return NEWREF(f->annotations);
}
static int set_annotations(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (v == I->none) v = NULL;
    if (v && !DICT_CHECK(v)) {
        err_string(I, I->e_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    XINCREF(v);
    SETREF(I, FUNC(o)->annotations, v);
    return 0;
}
static Obj *get_dict(Interp *I, Obj *o, void *c) {
    (void)c;
    FuncObj *f = FUNC(o);
    if (!f->dict && !(f->dict = dict_new(I))) return NULL;
    return NEWREF(f->dict);
}
static int set_dict(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!DICT_CHECK(v)) {
        err_format(I, I->e_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    INCREF(v);
    SETREF(I, FUNC(o)->dict, v);
    return 0;
}
static Obj *get_closure(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(FUNC(o)->closure ? FUNC(o)->closure : I->none);
}
static Obj *get_module(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(FUNC(o)->module ? FUNC(o)->module : I->none);
}
static int set_module(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    XINCREF(v);
    SETREF(I, FUNC(o)->module, v);
    return 0;
}
static Obj *get_doc(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(FUNC(o)->doc ? FUNC(o)->doc : I->none);
}
static int set_doc(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    XINCREF(v);
    SETREF(I, FUNC(o)->doc, v);
    return 0;
}

static const GetSetDef func_getset[] = {
    {"__name__", get_name, set_name, NULL, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL, NULL},
    {"__code__", get_code, set_code, NULL, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL, NULL},
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"__closure__", get_closure, NULL, NULL, NULL},
    {"__module__", get_module, set_module, NULL, NULL},
    {"__doc__", get_doc, set_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MemberDef func_members[] = {
    {"__globals__", MEMBER_OBJECT, offsetof(FuncObj, globals), true, NULL},
    {"__builtins__", MEMBER_OBJECT, offsetof(FuncObj, builtins), true, NULL},
    {NULL, 0, 0, false, NULL},
};

const TypeObj function_tmpl = {
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .flags = TPF_HAVE_GC | TPF_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .call = func_vectorcall,
    .descr_get = func_descr_get,
    .traverse = func_traverse,
    .clear = func_clear,
    .getset = func_getset,
    .members = func_members,
    .dictoffset = offsetof(FuncObj, dict),
    .weaklistoffset = offsetof(FuncObj, weakreflist),
};
