/* errors.c: setting, fetching and matching the current exception (CPython's errors.c). */
#include "vm/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "objects/abstract.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/exceptions.h"
#include "vm/vm.h"

bool exc_matches(Interp *I, Obj *exc, TypeObj *type) {
    (void)I;
    if (!exc || !type) return false;
    if (TYPE_CHECK(exc)) return type_is_subtype((TypeObj *)exc, type);
    return type_is_subtype(TYPE(exc), type);
}

bool err_matches(Interp *I, TypeObj *type) {
    return exc_matches(I, I->exc, type);
}

void err_clear(Interp *I) {
    CLEAR(I, I->exc);
}

Obj *err_fetch(Interp *I) {
    Obj *e = I->exc;
    I->exc = NULL;
    return e;
}

void err_restore(Interp *I, Obj *exc) {
    SETREF(I, I->exc, exc);
}

/* Make exc (stolen, an exception instance) the current exception, chaining the context. */
static Obj *raise_instance(Interp *I, Obj *exc) {
    /* Implicit chaining (PEP 3134): an exception raised while another is being handled gets
     * it as __context__, as _PyErr_SetObject does. */
    vm_chain_context(I, exc);
    err_restore(I, exc);
    return NULL;
}

/* type(*args) for a value that is not an instance of type already (_PyErr_CreateException). */
static Obj *create_exception(Interp *I, TypeObj *type, Obj *value) {
    if (!value || value == I->none) return exc_new(I, type, NULL, 0);
    if (TUPLE_CHECK(value)) return exc_new(I, type, TUPLE_ITEMS(value), TUPLE_LEN(value));
    return exc_new(I, type, &value, 1);
}

Obj *err_set(Interp *I, TypeObj *type, Obj *value) {
    if (!type || !TYPE_HAS(type, TPF_BASE_EXC_SUBCLASS)) {
        err_clear(I);
        if (!I->e_SystemError || type == I->e_SystemError) {
            /* start-up before the exception types exist: nothing can be raised */
            fputs("slotscope: an error was raised before the exception types exist\n", stderr);
            return NULL;
        }
        return err_format(I, I->e_SystemError,
                          "_PyErr_SetObject: exception %R is not a BaseException subclass",
                          type ? (Obj *)type : I->none);
    }
    Obj *exc;
    if (value && EXC_CHECK(value) && type_is_subtype(TYPE(value), type)) {
        exc = NEWREF(value);
    } else {
        /* The new exception is created with no exception pending (its __init__ may run). */
        Obj *saved = err_fetch(I);
        exc = create_exception(I, type, value);
        XDECREF(I, saved);
        if (!exc) return NULL;
        if (!EXC_CHECK(exc)) {
            err_format(I, I->e_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       (Obj *)type, exc);
            DECREF(I, exc);
            return NULL;
        }
    }
    return raise_instance(I, exc);
}

Obj *err_set_none(Interp *I, TypeObj *type) {
    return err_set(I, type, NULL);
}

Obj *err_string(Interp *I, TypeObj *type, const char *msg) {
    Obj *s = str_from_cstr(I, msg);
    if (!s) return NULL;
    err_set(I, type, s);
    DECREF(I, s);
    return NULL;
}

Obj *err_format(Interp *I, TypeObj *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vformat(I, fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    err_set(I, type, msg);
    DECREF(I, msg);
    return NULL;
}

Obj *err_no_memory(Interp *I) {
    /* The instance is made at start-up: raising it must not allocate. */
    Obj *e = exc_preallocated_memory_error(I);
    if (!e) {
        fputs("slotscope: out of memory\n", stderr);
        abort();
    }
    exc_set_traceback(I, e, NULL);
    err_restore(I, NEWREF(e));
    return NULL;
}

Obj *err_bad_internal_call(Interp *I, const char *where) {
    return err_format(I, I->e_SystemError, "%s: bad argument to internal function", where);
}

Obj *err_raise_object(Interp *I, Obj *x) {
    if (TYPE_CHECK(x) && TYPE_HAS((TypeObj *)x, TPF_BASE_EXC_SUBCLASS)) {
        Obj *exc = obj_call0(I, x);
        if (!exc) return NULL;
        if (!EXC_CHECK(exc)) {
            err_format(I, I->e_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T", x,
                       exc);
            DECREF(I, exc);
            return NULL;
        }
        return raise_instance(I, exc);
    }
    if (EXC_CHECK(x)) return raise_instance(I, NEWREF(x));
    return err_string(I, I->e_TypeError, "exceptions must derive from BaseException");
}
