/* errors.h: raising and inspecting exceptions. A fallible function returns NULL (or -1, or
 * false) with I->exc set; nothing longjmps. Messages are CPython's text for the profile's
 * version. */
#ifndef SLOTSCOPE_ERRORS_H
#define SLOTSCOPE_ERRORS_H

#include "vm/interp.h"

/* Raise type(value) with `value` (a new exception instance is made from it when value is not
 * already an instance of type: a tuple value gives the args, anything else one arg).
 * All return NULL so that `return err_format(...)` reads naturally. */
Obj *err_set(Interp *I, TypeObj *type, Obj *value);
Obj *err_set_none(Interp *I, TypeObj *type);
Obj *err_string(Interp *I, TypeObj *type, const char *msg);
/* printf-like, as PyUnicode_FromFormat: %s (UTF-8 C string) %c %d %i %u %ld %lu %lld %llu
 * %zd %zu %x %p %% and: %R repr(obj), %S str(obj), %U a str object, %T the type name of an
 * object (type(o).__name__ as CPython's error messages print it), %N a TypeObj's name,
 * %V a str object or, if NULL, the C string in the next argument. */
Obj *err_format(Interp *I, TypeObj *type, const char *fmt, ...);
Obj *err_no_memory(Interp *I);
Obj *err_bad_internal_call(Interp *I, const char *where);

static inline bool err_occurred(Interp *I) { return I->exc != NULL; }
/* Is the current exception an instance of type (or a subclass)? */
bool err_matches(Interp *I, TypeObj *type);
/* Is exc (an exception instance or class) an instance/subclass of type? */
bool exc_matches(Interp *I, Obj *exc, TypeObj *type);
void err_clear(Interp *I);
/* Take the current exception (a new reference, or NULL); the error indicator is cleared. */
Obj *err_fetch(Interp *I);
/* Make exc (stolen; NULL clears) the current exception. */
void err_restore(Interp *I, Obj *exc);
/* Raise an exception instance or class as `raise x` does (TypeError if x is neither). */
Obj *err_raise_object(Interp *I, Obj *x);

/* Exception instances: create with args; read the attributes the VM needs. */
Obj *exc_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs);
Obj *exc_get_traceback(Obj *exc);           /* borrowed, may be NULL */
void exc_set_traceback(Interp *I, Obj *exc, Obj *tb);   /* tb borrowed, may be NULL */
Obj *exc_get_context(Obj *exc);             /* borrowed */
void exc_set_context(Interp *I, Obj *exc, Obj *ctx);    /* ctx stolen */
Obj *exc_get_cause(Obj *exc);               /* borrowed */
void exc_set_cause(Interp *I, Obj *exc, Obj *cause);    /* cause stolen; sets __suppress_context__ */
Obj *exc_get_args(Obj *exc);                /* borrowed tuple */
/* StopIteration.value for a generator's return; the value of a StopIteration instance. */
Obj *exc_stopiteration_value(Interp *I, Obj *exc); /* new reference */

#endif
