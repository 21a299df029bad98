/* syntax_error.h: filling a ParseError the way CPython fills SyntaxError (first error wins). */
#ifndef SLOTSCOPE_SYNTAX_SYNTAX_ERROR_H
#define SLOTSCOPE_SYNTAX_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>

#include "syntax/parse.h"

/* What the lexer, the grammar actions and the driver share about the text being parsed. */
typedef struct SourceInfo {
    const char *src; /* the whole source (the outermost one, also for f-string sub-parses) */
    size_t len;
    int version;     /* 36 .. 313; 27 behaves as 38 */
    Arena *arena;
    ParseError *err;
    bool incomplete_ok; /* report input that stops too early as PARSE_INCOMPLETE */
    bool from_file;     /* PARSE_FLAG_FILE: CPython's file tokenizer */
    const char *filename;
    /* 3.8 decodes string literals only after parsing the whole input: their errors wait here and
     * count only when the parse succeeds. */
    ParseError *deferred;
} SourceInfo;

/* Marks for `end_col`: no end position (CPython < 3.10 has none). */
enum { ERR_NO_END = -1000000 };

/* Records a SyntaxError-like error unless one is already recorded. Columns are 0-based byte
 * columns in their lines; they become CPython's 1-based character offsets. `type` is
 * "SyntaxError", "IndentationError" or "TabError". Always returns false (for `return` chaining). */
bool syntax_error(const SourceInfo *si, const char *type, int lineno, int col, int end_lineno,
                  int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* As syntax_error, for errors CPython's tokenizer raises itself (its syntaxerror()): the text is
 * the line without its newline. */
bool syntax_error_tok(const SourceInfo *si, const char *type, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* CPython 3.8/3.9 (the LL(1) tokenizer and parser) place errors found at the end of the input on the
 * last line of text, offset just past its end, with that line as text. Its file reader reports
 * them `file_lines` lines further down (1, or 2 after a backslash continuation) with an empty
 * text (3.9's is a stale buffer that prints as empty) unless `file_text`. */
bool syntax_error_eof38(const SourceInfo *si, const char *type, int file_lines, bool file_text, const char *msg);

/* Drops the newline from the recorded error's text (the tokenizer's view of the line). */
void syntax_text_strip_newline(const SourceInfo *si);

/* Records PARSE_INCOMPLETE (no message) unless an error is already recorded. */
void syntax_incomplete(const SourceInfo *si);

static inline bool syntax_failed(const SourceInfo *si) { return si->err->status != PARSE_OK; }

/* 1-based character offset of byte column `col` in line `lineno` (CPython's SyntaxError.offset). */
int syntax_char_offset(const SourceInfo *si, int lineno, int col);

#endif
