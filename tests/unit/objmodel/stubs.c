/* stubs.c: test-only stand-ins for the parts of the interpreter the object model's unit test
 * does not exercise (the eval loop, compiler, frames). Weak: a real definition wins once the
 * part exists and is linked in. */
#include <stdio.h>

#include "objects/object.h"
#include "vm/interp.h"

#define WEAK __attribute__((weak))

WEAK bool vm_init(Interp *I) {
    (void)I;
    return true;
}
WEAK void vm_fini(Interp *I) {
    (void)I;
}
WEAK int vm_enter_recursive(Interp *I, const char *where) {
    (void)where;
    return ++I->recursion_depth > 5000 ? (I->recursion_depth--, -1) : 0;
}
WEAK void vm_leave_recursive(Interp *I) {
    I->recursion_depth--;
}
WEAK bool vm_check_c_stack(Interp *I) {
    (void)I;
    return true;
}
WEAK Obj *vm_current_globals(Interp *I) {
    (void)I;
    return NULL;
}
WEAK Obj *vm_current_locals(Interp *I) {
    (void)I;
    return NULL;
}
WEAK Obj *vm_handled_exception(Interp *I) {
    (void)I;
    return NULL;
}
WEAK void vm_chain_context(Interp *I, Obj *exc) {
    (void)I, (void)exc;
}
WEAK void vm_traceback_here(Interp *I, void *f, Obj *exc) {
    (void)I, (void)f, (void)exc;
}
WEAK bool vm_display_value(Interp *I, Obj *v) {
    (void)I, (void)v;
    return true;
}
WEAK void vm_print_exception(Interp *I, Obj *exc, FILE *out) {
    (void)I, (void)exc, (void)out;
}
WEAK Obj *vm_format_unbound(Interp *I) {
    (void)I;
    return NULL;
}
WEAK Obj *vm_exec_code(Interp *I, Obj *code, Obj *g, Obj *l) {
    (void)I, (void)code, (void)g, (void)l;
    return NULL;
}
WEAK bool vm_super_args(Interp *I, TypeObj **type, Obj **self) {
    (void)I, (void)type, (void)self;
    return false;
}
WEAK void vm_write_unraisable(Interp *I, Obj *obj) {
    (void)obj;
    I->exc = NULL;
}
WEAK Obj *vm_builtin_build_class(Interp *I, Obj *s, Obj *const *a, size_t n, Obj *k) {
    (void)I, (void)s, (void)a, (void)n, (void)k;
    return NULL;
}
WEAK Obj *vm_build_class_func(Interp *I) {
    (void)I;
    return NULL;
}
WEAK Obj *run_source(Interp *I, const char *src, size_t len, const char *fn, int mode, Obj *g,
                     bool *inc) {
    (void)I, (void)src, (void)len, (void)fn, (void)mode, (void)g, (void)inc;
    return NULL;
}
WEAK Obj *compile_source(Interp *I, const char *src, size_t len, const char *fn, int mode, int fl,
                         bool *inc) {
    (void)I, (void)src, (void)len, (void)fn, (void)mode, (void)fl, (void)inc;
    return NULL;
}
WEAK const char *pylib_find(const char *name, size_t *len) {
    (void)name, (void)len;
    return NULL;
}
WEAK bool err_occurred(Interp *I) {
    return I->exc != NULL;
}
WEAK Obj *func_new(Interp *I, Obj *code, Obj *globals, Obj *qualname) {
    (void)I, (void)code, (void)globals, (void)qualname;
    return NULL;
}
WEAK Obj *func_display_name(Interp *I, Obj *func) {
    (void)I, (void)func;
    return NULL;
}

static void stub_dealloc(Interp *I, Obj *o) {
    (void)I, (void)o;
}
WEAK const TypeObj function_tmpl = {
    .name = "function", .basicsize = sizeof(Obj), .dealloc = stub_dealloc};
WEAK const TypeObj frame_tmpl = {
    .name = "frame", .basicsize = sizeof(Obj), .dealloc = stub_dealloc};
WEAK const TypeObj traceback_tmpl = {
    .name = "traceback", .basicsize = sizeof(Obj), .dealloc = stub_dealloc};
