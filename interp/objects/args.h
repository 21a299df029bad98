/* args.h: checking the arguments of builtin functions with CPython's messages
 * ("len() takes exactly one argument (2 given)", "f() got an unexpected keyword argument 'x'",
 * "sorted expected 1 argument, got 0", ...). Implemented in objects/args.c. */
#ifndef SLOTSCOPE_ARGS_H
#define SLOTSCOPE_ARGS_H

#include "vm/interp.h"

/* A builtin's signature: names[0..npos) may be given positionally (the first nposonly of them
 * only positionally), names[npos..n) only by keyword; the first nrequired are required. A name
 * "" marks an unnamed positional-only parameter. */
typedef struct ArgSpec {
    const char *fname;          /* as CPython names it in messages: "sorted", "int", "str.split" */
    const char *const *names;
    int n, npos, nposonly, nrequired;
} ArgSpec;

/* Fill out[0..spec->n) with borrowed references (NULL where not given). false + TypeError on a
 * mismatch. */
bool args_parse(Interp *I, const ArgSpec *spec, Obj *const *args, size_t nargs, Obj *kwnames,
                Obj **out);
/* Refuse keyword arguments: "f() takes no keyword arguments". */
bool args_no_kw(Interp *I, const char *fname, Obj *kwnames);
/* Between min and max positional arguments (max < 0: unbounded), CPython's message forms:
 * "f expected at most 2 arguments, got 3", "f expected at least 1 argument, got 0". */
bool args_count(Interp *I, const char *fname, size_t nargs, int min, int max);

#endif
