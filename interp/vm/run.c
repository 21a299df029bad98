/* run.c: source text to running code: parse, turn parse errors into SyntaxError exceptions,
 * compile, remember the source for tracebacks, execute in a namespace. */
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "model/profile.h"
#include "objects/code.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "syntax/arena.h"
#include "syntax/parse.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/run.h"
#include "vm/vm.h"

int run_pyversion(Interp *I) {
    const struct Profile *p = I->prof;
    if (p->major == 2) return 27;
    return p->minor >= 10 ? 300 + p->minor : 30 + p->minor;
}

static TypeObj *syntax_error_type(Interp *I, const char *name) {
    if (name && strcmp(name, "IndentationError") == 0) return I->e_IndentationError;
    if (name && strcmp(name, "TabError") == 0) return I->e_TabError;
    return I->e_SyntaxError;
}

/* The parser's error as an exception. lineno 0 (3.9+'s "Non-UTF-8 code" of the file reader):
 * CPython raises SyntaxError(msg) with no location, so nothing but the message is printed. */
static void raise_parse_error(Interp *I, const ParseError *perr, const char *filename) {
    TypeObj *type = syntax_error_type(I, perr->type_name);
    Obj *exc;
    if (perr->lineno == 0) {
        Obj *msg = str_from_cstr(I, perr->msg);
        exc = msg ? obj_call1(I, (Obj *)type, msg) : NULL;
        XDECREF(I, msg);
    } else {
        exc = exc_new_syntax_error(I, type, perr->msg, filename, perr->lineno, perr->offset, perr->text,
                                   perr->end_lineno, perr->end_offset);
    }
    if (exc) err_restore(I, exc);
}

static Obj *compile_text(Interp *I, const char *src, size_t len, const char *filename, int mode, int flags,
                         bool *incomplete, bool toplevel) {
    if (incomplete) *incomplete = false;
    Arena arena;
    arena_init(&arena);
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    Module *m = parse_source(&arena, src, len, filename, mode, run_pyversion(I), &perr);
    Obj *code = NULL;
    if (!m) {
        if (perr.status == PARSE_INCOMPLETE && incomplete && ((mode & 0xFF) == PARSE_SINGLE || (mode & PARSE_FLAG_INCOMPLETE))) {
            *incomplete = true;
        } else {
            raise_parse_error(I, &perr, filename);
        }
    } else {
        int sid = vm_register_source(I, filename, src, len, toplevel);
        /* 3.13's REPL compiles each parsed entry as "<stdin>-N" (errors and warnings say so) */
        char diag[64];
        bool repl = toplevel && (mode & 0xFF) == PARSE_SINGLE && I->prof->source_for_stdin;
        if (repl) snprintf(diag, sizeof diag, "%s-%d", filename, I->vm->interactive_count++);
        code = compile_ast(I, m, filename, repl ? diag : NULL, src, len, mode & 0xFF, flags, sid);
        /* debug switch: SLOTSCOPE_DIS=1 lists the compiled code on stderr */
        const char *dis = getenv("SLOTSCOPE_DIS");
        if (code && dis && *dis == '1') code_disassemble(I, stderr, code);
    }
    arena_free(&arena);
    return code;
}

Obj *compile_source(Interp *I, const char *src, size_t len, const char *filename, int mode, int flags,
                    bool *incomplete) {
    return compile_text(I, src, len, filename, mode, flags, incomplete, false);
}

Obj *run_source(Interp *I, const char *src, size_t len, const char *filename, int mode, Obj *globals,
                bool *incomplete) {
    Obj *code = compile_text(I, src, len, filename, mode, 0, incomplete, true);
    if (!code) return NULL;
    Obj *r = vm_exec_code(I, code, globals, NULL);
    DECREF(I, code);
    return r;
}
