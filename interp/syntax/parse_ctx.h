/* parse_ctx.h: the state of one parse, shared by the driver, the grammar actions and the
 * error reporter (the SQLite `Parse` struct of this front end). */
#ifndef SLOTSCOPE_SYNTAX_PARSE_CTX_H
#define SLOTSCOPE_SYNTAX_PARSE_CTX_H

#include "syntax/ast.h"
#include "syntax/lexer.h"

typedef struct ParseCtx {
    const SourceInfo *si;
    Arena *arena;
    int mode;            /* TK_MODE_FILE, TK_MODE_SINGLE, TK_MODE_EVAL or TK_MODE_FSTRING */
    Lexer *lx;           /* the lexer feeding this parser (peeked at by the error reporter) */
    Token cur;           /* the token being pushed */
    Token prev;          /* the one pushed before it */
    Expr *last_expr;     /* the expression built most recently ("Perhaps you forgot a comma?") */
    Module *module;      /* the result of MODE_FILE / SINGLE / EVAL */
    Expr *fstring_expr;  /* the result of MODE_FSTRING */
    int fstring_depth;   /* nesting of f-string sub-parses */
    int header_kw;       /* the compound statement keyword that began the current logical line */
    int header_line;
    int line_first;
    Loc strings_loc;     /* the string literals being decoded (error positions before 3.12) */
    Expr *if_body;       /* the expression before the latest `if` inside an expression */      /* the first token of the current simple statement */
} ParseCtx;

typedef bool (*ParserAcceptsFn)(void *parser, int token);

/* Called from the grammar's %syntax_error: phrases the error like CPython. */
void parse_syntax_error(ParseCtx *ctx, int major, const Token *tok, void *parser, ParserAcceptsFn accepts);
void parse_stack_overflow(ParseCtx *ctx);

/* Parses one f-string replacement field's expression text [s, e), located at lineno/line_start
 * in the source: used by the string literal decoder. NULL after recording an error. */
Expr *parse_fstring_expr(ParseCtx *ctx, const char *s, const char *e, int lineno, const char *line_start);

#endif
