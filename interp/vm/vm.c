/* vm.c: the VM's state (frame arena, handled-exception chain, sources), its start-up, and the
 * small API other parts use: locations, globals/locals, super(), recursion guards. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/run.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

/* How much C stack to leave unused below the guard (handlers, libc, sanitizers). */
#ifdef SLOTSCOPE_SANITIZED
enum { STACK_RESERVE = 2 * 1024 * 1024 };
#else
enum { STACK_RESERVE = 256 * 1024 };
#endif

static char *c_stack_limit(const char *here) {
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        size = (size_t)rl.rlim_cur;
    if (size > (256u << 20)) size = 256u << 20;
    /* `here` is near the top of the stack at start-up; leave a reserve at the bottom. */
    size_t usable = size > 2 * STACK_RESERVE ? size - STACK_RESERVE : size / 2;
    return (char *)((uintptr_t)here - usable + 64 * 1024);
}

bool vm_init(Interp *I) {
    VmState *vm = mem_calloc(I, 1, sizeof *vm);
    if (!vm) return false;
    I->vm = vm;
    vm->exc_info = &vm->base_exc;
    char here;
    vm->c_stack_limit = c_stack_limit(&here);
    vm->c_limit = I->prof->c_recursion_limit;
    if (I->recursion_limit <= 0) I->recursion_limit = 1000;
    return true;
}

void vm_fini(Interp *I) {
    VmState *vm = I->vm;
    if (!vm) return;
    CLEAR(I, vm->base_exc.exc);
    for (int i = 0; i < vm->nsrcs; i++) {
        free(vm->srcs[i].filename);
        free(vm->srcs[i].text);
    }
    free(vm->srcs);
    CLEAR(I, vm->build_class);
    StackChunk *c = vm->chunk;
    while (c && c->next) c = c->next;
    while (c) {
        StackChunk *p = c->prev;
        mem_free(c);
        c = p;
    }
    mem_free(vm);
    I->vm = NULL;
}

bool vm_check_c_stack(Interp *I) {
    char here;
    if (I->vm && &here < I->vm->c_stack_limit) {
        err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

int vm_enter_recursive(Interp *I, const char *where) {
    VmState *vm = I->vm;
    bool over;
    if (vm && vm->c_limit) over = ++vm->c_depth > vm->c_limit;
    else over = ++I->recursion_depth > I->recursion_limit;
    if (over || !vm_check_c_stack(I)) {
        vm_leave_recursive(I);
        if (err_occurred(I)) err_clear(I);
        err_format(I, I->e_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

void vm_leave_recursive(Interp *I) {
    if (I->vm && I->vm->c_limit) I->vm->c_depth--;
    else I->recursion_depth--;
}

bool vm_current_location(Interp *I, const char **filename, int *lineno) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    if (!f) return false;
    f->lasti = (int)(f->ip - f->code->code) - 1;
    if (filename) *filename = str_utf8(I, f->code->filename, NULL);
    if (lineno) *lineno = frame_lineno(f);
    return true;
}

Obj *vm_current_globals(Interp *I) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    return f ? f->globals : NULL;
}

Obj *vm_current_builtins(Interp *I) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    return f ? f->builtins : I->builtins;
}

Obj *vm_current_locals(Interp *I) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    if (!f) return err_string(I, I->e_SystemError, "no current frame");
    if (f->locals) return NEWREF(f->locals);
    return frame_locals_dict(I, f);
}

Obj *vm_handled_exception(Interp *I) {
    if (!I->vm) return NULL;
    for (GenExcInfo *e = I->vm->exc_info; e; e = e->prev)
        if (e->exc && e->exc != I->none) return e->exc;
    return NULL;
}

void vm_chain_context(Interp *I, Obj *exc) {
    Obj *h = vm_handled_exception(I);
    if (!h || h == exc) return;
    /* Break a cycle exc -> ... -> h -> ... -> exc before linking. */
    Obj *o = h;
    for (int guard = 0; guard < 10000; guard++) {
        Obj *ctx = exc_get_context(o);
        if (!ctx || ctx == I->none) break;
        if (ctx == exc) {
            exc_set_context(I, o, NULL);
            break;
        }
        o = ctx;
    }
    exc_set_context(I, exc, NEWREF(h));
}

bool vm_super_args(Interp *I, TypeObj **type, Obj **self) {
    Frame *f = I->vm ? I->vm->frame : NULL;
    if (!f) {
        err_string(I, I->e_RuntimeError, "super(): no current frame");
        return false;
    }
    /* 3.12+ comprehensions are inlined in CPython: super() sees the enclosing function */
    while (f->back && (f->code->flags & CO_COMPREHENSION) && I->prof->inline_comprehensions) f = f->back;
    CodeObj *co = f->code;
    if (co->argcount == 0) {
        err_string(I, I->e_RuntimeError, "super(): no arguments");
        return false;
    }
    Obj *first = f->localsplus[0];
    if (!first && co->ncells) { /* the first argument was moved into a cell */
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg && co->cell2arg[i] == 0) first = CELL_GET(f->localsplus[co->nlocals + i]);
    }
    if (!first) {
        err_string(I, I->e_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = co->nlocals + co->ncells; i < co->nlocalsplus; i++) {
        if (!str_eq_cstr(TUPLE_GET(co->localsplusnames, i), "__class__")) continue;
        Obj *cell = f->localsplus[i];
        Obj *cls = cell ? CELL_GET(cell) : NULL;
        if (!cls) {
            err_string(I, I->e_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!TYPE_CHECK(cls)) {
            err_format(I, I->e_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return false;
        }
        *type = (TypeObj *)cls;
        *self = first;
        return true;
    }
    err_string(I, I->e_RuntimeError, "super(): __class__ cell not found");
    return false;
}

Obj *vm_exec_code(Interp *I, Obj *code, Obj *globals, Obj *locals) {
    if (!dict_get_str(I, globals, I->ids.__builtins__)) {
        if (err_occurred(I)) return NULL;
        Obj *bm = dict_get_cstr(I, I->modules, "builtins");
        if (!dict_set(I, globals, I->ids.__builtins__, bm ? bm : I->builtins)) return NULL;
    }
    Obj *b = dict_get_str(I, globals, I->ids.__builtins__);
    Obj *bd = NULL;
    if (b && DICT_CHECK(b)) bd = NEWREF(b);
    else if (b && obj_lookup_attr(I, b, I->ids.__dict__, &bd) < 0) return NULL;
    if (!bd || !DICT_CHECK(bd)) {
        XDECREF(I, bd);
        bd = NEWREF(I->builtins);
    }
    CodeObj *co = CODE(code);
    Frame *f = frame_push(I, co, NULL, globals, bd, locals ? locals : globals);
    DECREF(I, bd);
    if (!f) return NULL;
    if (co->ncells || co->nfrees) frame_init_cells(I, f, NULL);
    Obj *r = vm_eval(I, f, false);
    frame_pop(I, f);
    return r;
}

bool vm_display_value(Interp *I, Obj *value) {
    if (value == I->none) return true;
    if (!dict_set(I, I->builtins, I->ids._, I->none)) return false;
    Obj *r = obj_repr(I, value);
    if (!r) return false;
    Obj *sys = dict_get_cstr(I, I->modules, "sys");
    Obj *out = sys ? obj_getattr(I, sys, I->ids.stdout) : NULL;
    bool ok = true;
    if (out && out != I->none) {
        Obj *nl = str_from_cstr(I, "\n");
        Obj *x = obj_call_method(I, out, I->ids.write, &r, 1);
        Obj *y = x && nl ? obj_call_method(I, out, I->ids.write, &nl, 1) : NULL;
        ok = x && y;
        XDECREF(I, x);
        XDECREF(I, y);
        XDECREF(I, nl);
    } else {
        err_clear(I);
        Ssize n;
        const char *u = str_utf8(I, r, &n);
        if (u) {
            fwrite(u, 1, (size_t)n, stdout);
            fputc('\n', stdout);
        } else
            ok = false;
    }
    XDECREF(I, out);
    DECREF(I, r);
    return ok && dict_set(I, I->builtins, I->ids._, value);
}

void vm_write_unraisable(Interp *I, Obj *obj) {
    Obj *exc = err_fetch(I);
    if (!exc) return;
    fflush(stdout);
    Obj *r = obj ? obj_repr(I, obj) : NULL;
    const char *s = r ? str_utf8(I, r, NULL) : NULL;
    err_clear(I);
    fprintf(stderr, "Exception ignored in: %s\n", s ? s : "<object repr() failed>");
    XDECREF(I, r);
    vm_print_exception(I, exc, stderr);
    DECREF(I, exc);
}

Obj *vm_format_unbound(Interp *I, Frame *f, int idx) {
    CodeObj *co = f->code;
    Obj *name = TUPLE_GET(co->localsplusnames, idx);
    bool v311 = I->prof->unbound_local_msg_311;
    if (idx < co->nlocals + co->ncells) {
        if (v311)
            return err_name(I, I->e_UnboundLocalError, name,
                            "cannot access local variable '%U' where it is not associated with a value", name);
        return err_name(I, I->e_UnboundLocalError, name, "local variable '%U' referenced before assignment", name);
    }
    if (v311)
        return err_name(I, I->e_NameError, name,
                        "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                        name);
    return err_name(I, I->e_NameError, name, "free variable '%U' referenced before assignment in enclosing scope", name);
}
