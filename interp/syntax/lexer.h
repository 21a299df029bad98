/* lexer.h: Python 3 tokenizer; yields one token at a time, INDENT/DEDENT included. */
#ifndef SLOTSCOPE_SYNTAX_LEXER_H
#define SLOTSCOPE_SYNTAX_LEXER_H

#include <stdbool.h>

#include "syntax/syntax_error.h"

/* A token is a slice of the source plus where it starts and ends (0-based byte columns). Token
 * codes are the TK_* constants Lemon generates from grammar/python.y. */
typedef struct Token {
    int type;
    const char *s;
    int len;
    int lineno, col, end_lineno, end_col;
} Token;

enum {
    LEX_MAX_INDENT = 100, /* CPython's MAXINDENT: "too many levels of indentation" */
    LEX_MAX_LEVEL = 200   /* CPython's MAXLEVEL: "too many nested parentheses" */
};

/* All lexer state lives here and holds no pointers into itself, so copying the struct by value
 * gives an independent cursor: the driver uses that to look ahead. */
typedef struct Lexer {
    const SourceInfo *si;
    const char *p, *end;    /* cursor and end of the text being tokenized */
    const char *line_start; /* start of the current physical line */
    int lineno;
    int indents[LEX_MAX_INDENT + 1], alt_indents[LEX_MAX_INDENT + 1], n_indents;
    int pending;            /* > 0: INDENTs to emit, < 0: DEDENTs to emit */
    char parens[LEX_MAX_LEVEL];
    int paren_line[LEX_MAX_LEVEL], paren_col[LEX_MAX_LEVEL];
    int level;
    int base_level;         /* f-string sub-lexers start inside brackets (no NEWLINE) */
    bool at_bol, line_has_tokens, done;
    int last_type;
    int last_end_line, last_end_col; /* where the previous token ended */
    bool eof_tokens;        /* the remaining tokens (NEWLINE, DEDENTs, ENDMARKER) are synthetic */
} Lexer;

/* Tokenizes src[0..len) of si (a file or REPL entry). */
void lex_init(Lexer *lx, const SourceInfo *si);
/* Tokenizes an f-string replacement field's expression: text [s, e) at line `lineno` whose line
 * starts at `line_start`; positions come out as in the enclosing source. */
void lex_init_sub(Lexer *lx, const SourceInfo *si, const char *s, const char *e, int lineno,
                  const char *line_start);
/* Next token; on a lexical error records it in si->err and returns TK_ENDMARKER with
 * type set to -1. */
void lex_next(Lexer *lx, Token *t);

#endif
