/* run.h: compiling and running source text; printing uncaught exceptions as CPython does.
 * Implemented in run.c and traceback.c. */
#ifndef SLOTSCOPE_RUN_H
#define SLOTSCOPE_RUN_H

#include <stdio.h>

#include "syntax/parse.h"
#include "vm/interp.h"

/* Compile and run source as module code in `globals` (a dict; __builtins__ is added if missing).
 * mode: PARSE_FILE, PARSE_SINGLE (REPL: echo expression values) or PARSE_EVAL (return the value).
 * Syntax errors become SyntaxError/IndentationError/TabError exceptions with CPython's attributes
 * (msg, filename, lineno, offset, text, end_lineno, end_offset). In PARSE_SINGLE mode, input that
 * is merely incomplete returns NULL with no exception and *incomplete = true (incomplete may be
 * NULL in other modes). Returns None for PARSE_FILE/PARSE_SINGLE (new reference). */
Obj *run_source(Interp *I, const char *src, size_t len, const char *filename, int mode,
                Obj *globals, bool *incomplete);

/* compile(): source to a code object (mode as above; flags: CO_FUTURE_ANNOTATIONS...).
 * NULL with SyntaxError set; *incomplete as run_source (may be NULL). */
Obj *compile_source(Interp *I, const char *src, size_t len, const char *filename, int mode,
                    int flags, bool *incomplete);

/* Print exc's traceback as CPython of I->prof prints an uncaught exception to stderr:
 * "Traceback (most recent call last):", '  File "f.py", line 3, in g', the source line indented
 * by 4 spaces (stripped), 3.11+ caret lines, chained exceptions, SyntaxError's special form, the
 * last line "Type: message", and the 3.10+ "Did you mean: 'x'?" suggestions. */
void vm_print_exception(Interp *I, Obj *exc, FILE *out);

/* The parser's pyversion number for the profile: 27, 36 .. 313. */
int run_pyversion(Interp *I);

#endif
