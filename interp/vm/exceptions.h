/* exceptions.h: the builtin exception types (CPython's Objects/exceptions.c): their instance
 * layouts, start-up, and helpers for the parts that raise or print exceptions. The generic
 * raising API is errors.h. */
#ifndef SLOTSCOPE_EXCEPTIONS_H
#define SLOTSCOPE_EXCEPTIONS_H

#include "vm/interp.h"

/* BaseException. __notes__ lives in the instance __dict__, as in CPython. */
typedef struct ExcObj {
    Obj ob;
    Obj *dict;
    Obj *args;      /* a tuple, never NULL once made */
    Obj *traceback; /* a traceback or NULL */
    Obj *context, *cause;
    bool suppress_context;
} ExcObj;

typedef struct StopIterationObj {
    ExcObj base;
    Obj *value;
} StopIterationObj;

typedef struct SystemExitObj {
    ExcObj base;
    Obj *code;
} SystemExitObj;

typedef struct ImportErrorObj {
    ExcObj base;
    Obj *msg, *name, *path, *name_from;
} ImportErrorObj;

/* AttributeError (name, obj: 3.10+; used for "Did you mean" suggestions). */
typedef struct AttributeErrorObj {
    ExcObj base;
    Obj *name, *obj;
} AttributeErrorObj;

typedef struct NameErrorObj {
    ExcObj base;
    Obj *name;
} NameErrorObj;

typedef struct SyntaxErrorObj {
    ExcObj base;
    Obj *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    Obj *print_file_and_line;
} SyntaxErrorObj;

/* UnicodeDecodeError / UnicodeEncodeError (UnicodeError itself is a plain exception). */
typedef struct UnicodeErrorObj {
    ExcObj base;
    Obj *encoding, *object, *reason;
    Ssize start, end;
} UnicodeErrorObj;

typedef struct OSErrorObj {
    ExcObj base;
    Obj *myerrno, *strerror, *filename, *filename2;
} OSErrorObj;

/* Start-up: exceptions_make makes every type of SLOTSCOPE_EXCEPTIONS (I->e_*) as soon as the
 * builtin type objects exist (readying those may raise and swallow errors already);
 * exceptions_ready readies them once the builtin types are ready, and makes the preallocated
 * MemoryError. exceptions_fini drops that instance; interp_free frees the types. */
bool exceptions_make(Interp *I);
bool exceptions_ready(Interp *I);
void exceptions_fini(Interp *I);

/* The exception instance raised by err_no_memory (borrowed; made at start-up). */
Obj *exc_preallocated_memory_error(Interp *I);

/* Set AttributeError's name and obj, or NameError's name, on exc (no-op for other types or
 * when the version has no such attributes); name/obj are borrowed and may be NULL. */
void exc_set_name_obj(Interp *I, Obj *exc, Obj *name, Obj *obj);
/* Raise AttributeError with a formatted message and name/obj set (err_format's codes). */
Obj *err_attribute(Interp *I, Obj *obj, Obj *name, const char *fmt, ...);
/* Raise NameError/UnboundLocalError with a message and the name attribute set. */
Obj *err_name(Interp *I, TypeObj *type, Obj *name, const char *fmt, ...);

/* SyntaxError instance from its parts (filename/text as C strings, text may be NULL;
 * end_lineno/end_offset 0: None). type is I->e_SyntaxError or a subclass. New reference. */
Obj *exc_new_syntax_error(Interp *I, TypeObj *type, const char *msg, const char *filename,
                          int lineno, int offset, const char *text, int end_lineno, int end_offset);

/* SystemExit's code (borrowed; None when absent) for the front end. */
Obj *exc_systemexit_code(Obj *exc);

#endif
