/* parse.h: the public face of the front end: source text in, AST (or one SyntaxError) out. */
#ifndef SLOTSCOPE_SYNTAX_PARSE_H
#define SLOTSCOPE_SYNTAX_PARSE_H

#include <stddef.h>
#include <stdio.h>

#include "syntax/arena.h"
#include "syntax/ast.h"

typedef enum {
    PARSE_FILE,   /* a whole module: Module(body) */
    PARSE_SINGLE, /* one REPL entry: Interactive(body); incompleteness is reported, see below */
    PARSE_EVAL    /* one expression (eval()): Expression(expr) */
} ParseMode;

/* OR this into the mode to get PARSE_INCOMPLETE for PARSE_FILE too (PARSE_SINGLE always has it). */
#define PARSE_FLAG_INCOMPLETE 0x100
/* OR this into the mode when the source was read from a file by the interpreter itself: the main
 * script (`slotscope prog.py`) or a program piped to stdin (`slotscope - < prog.py`, filename
 * "<stdin>"). CPython reads such source with its file tokenizer, which differs from compile()/
 * exec() of a str or bytes (PARSE_FILE alone): bytes that are not UTF-8 anywhere, comments
 * included, give "Non-UTF-8 code starting with '\xNN' in file NAME on line N, but no encoding
 * declared; see https://peps.python.org/pep-0263/ for details" (ParseError.lineno 0 from 3.9: see
 * below) instead of "(unicode error) 'utf-8' codec can't decode ...", and 3.8/3.9 report errors at
 * the end of the input one line further down, with the text CPython's file reader has there. */
#define PARSE_FLAG_FILE 0x200

enum { PARSE_OK = 0, PARSE_ERROR = 1, PARSE_INCOMPLETE = 2 };

typedef struct ParseError {
    int status;            /* PARSE_OK, PARSE_ERROR or PARSE_INCOMPLETE */
    /* "SyntaxError", "IndentationError" or "TabError" (static strings); for pathological input
     * CPython's "MemoryError" (parser stack) or "RecursionError" (expression nesting). */
    const char *type_name;
    char msg[300];         /* CPython's message for the chosen version */
    /* As SyntaxError's attributes: lines 1-based, offsets 1-based in characters (code points);
     * end_lineno/end_offset are 0 when CPython has none for this error.
     * lineno == 0: CPython's exception carries the message only (args == (msg,): filename,
     * lineno, offset, text all None), so no `File "...", line N` is printed above it: the
     * PARSE_FLAG_FILE "Non-UTF-8 code" error from 3.9 on. Create it as SyntaxError(msg). */
    int lineno, offset, end_lineno, end_offset;
    char *text; /* the offending source line with its newline (in the arena), or NULL */
} ParseError;

/* Parses src[0..len) (need not be NUL-terminated; UTF-8, an optional BOM is skipped).
 * pyversion picks the message wording: 27, 36 .. 313 (2.7 uses the 3.6-3.8 wording; the grammar
 * is always Python 3's).
 *
 * Returns the tree on success (err->status == PARSE_OK). On failure returns NULL and fills *err:
 * PARSE_ERROR for a real error (the first one found), PARSE_INCOMPLETE when the input merely stops
 * too early for a REPL: inside an open bracket or triple-quoted string, after a backslash
 * continuation, or inside a compound statement that no blank line has ended yet.
 * All memory comes from the arena; the caller frees it with arena_free() after compiling. */
Module *parse_source(Arena *a, const char *src, size_t len, const char *filename, int mode,
                     int pyversion, ParseError *err);

/* Prints the tree exactly as CPython 3.12's ast.dump(tree) does (no attributes, no indent),
 * followed by a newline. With attributes true, like ast.dump(tree, include_attributes=True). */
void ast_dump(FILE *out, const Module *m);
void ast_dump_ex(FILE *out, const Module *m, int include_attributes);

#endif
