/* parse.c: the parser driver (lexer -> Lemon parser), CPython-style error phrasing, REPL
 * incompleteness and the f-string sub-parser. */
#include "syntax/parse.h"

#include <stdlib.h>
#include <string.h>

#include "python.h"
#include "syntax/ast_build.h"
#include "syntax/parse_ctx.h"

/* Lemon's generated entry points (it writes no header for them). */
void *py_parserAlloc(void *(*alloc)(size_t));
void py_parser(void *parser, int major, Token minor, ParseCtx *ctx);
void py_parserFree(void *parser, void (*release)(void *));

#define V(ctx) ((ctx)->si->version)

enum { MAX_FSTRING_DEPTH = 8 };

/* ---- lookahead helpers ---- */

/* After `with (`: do the parentheses hold with-items (`with (a as b, c):`), i.e. is the matching
 * `)` followed by `:`? Then the driver turns `(` into WITH_LPAR, as CPython 3.9+ tries that
 * reading first. The scan runs on a copy of the lexer that reports no errors. */
static bool with_items_in_parens(const Lexer *lx) {
    ParseError scratch = {0};
    SourceInfo si = *lx->si;
    si.err = &scratch;
    si.incomplete_ok = false;
    Lexer copy = *lx;
    copy.si = &si;
    int level = lx->level - 1;
    Token t;
    for (;;) {
        lex_next(&copy, &t);
        if (t.type < 0 || t.type == TK_ENDMARKER) return false;
        if (t.type == TK_RPAR && copy.level == level) break;
    }
    lex_next(&copy, &t);
    return t.type == TK_COLON;
}

static bool is_compound_kw(int type) {
    switch (type) {
    case TK_IF: case TK_ELIF: case TK_ELSE: case TK_WHILE: case TK_FOR: case TK_TRY: case TK_EXCEPT:
    case TK_FINALLY: case TK_WITH: case TK_DEF: case TK_CLASS:
        return true;
    default:
        return false;
    }
}

static bool starts_line(int prev_type) {
    return prev_type == 0 || prev_type == TK_NEWLINE || prev_type == TK_INDENT || prev_type == TK_DEDENT ||
           prev_type == TK_MODE_FILE || prev_type == TK_MODE_SINGLE;
}

/* ---- the push loop ---- */

static void run_parser(ParseCtx *ctx, Lexer *lx, int mode_tok) {
    void *p = py_parserAlloc(malloc);
    if (!p) {
        syntax_error(ctx->si, "MemoryError", 1, 0, 1, 0, "out of memory");
        return;
    }
    Token t = {0};
    t.type = mode_tok;
    ctx->mode = mode_tok;
    ctx->lx = lx;
    ctx->prev = t;
    py_parser(p, mode_tok, t, ctx);
    for (;;) {
        lex_next(lx, &t);
        if (t.type < 0 || syntax_failed(ctx->si)) break;
        if (t.type == TK_LPAR && ctx->prev.type == TK_WITH && with_items_in_parens(lx)) t.type = TK_WITH_LPAR;
        if (starts_line(ctx->prev.type) || ctx->prev.type == TK_SEMI) ctx->line_first = t.type;
        bool header = is_compound_kw(t.type) && starts_line(ctx->prev.type);
        ctx->cur = t;
        py_parser(p, t.type, t, ctx);
        if (syntax_failed(ctx->si)) break;
        /* set after the push: an error at this keyword still concerns the previous header */
        if (header) {
            ctx->header_kw = t.type;
            ctx->header_line = t.lineno;
        }
        if (t.type == TK_IF && ctx->line_first != TK_IF) ctx->if_body = ctx->last_expr;
        ctx->prev = t;
        if (t.type == TK_ENDMARKER) {
            py_parser(p, 0, t, ctx);
            break;
        }
    }
    py_parserFree(p, free);
}

/* ---- error phrasing ---- */

static bool starts_expression(int type) {
    switch (type) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB: case TK_LBRACE:
    case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_NOT: case TK_LAMBDA: case TK_NONE: case TK_TRUE:
    case TK_FALSE: case TK_ELLIPSIS: case TK_AWAIT:
        return true;
    default:
        return false;
    }
}

/* The end of the primary expression that starts with `first` (names, literals, calls,
 * subscripts, attributes): enough to underline "b" in CPython's "Perhaps you forgot a comma?". */
static Token primary_end(const ParseCtx *ctx, Token first) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    si.incomplete_ok = false;
    Lexer copy = *ctx->lx;
    copy.si = &si;
    Token end = first, t;
    if (first.type == TK_LPAR || first.type == TK_LSQB || first.type == TK_LBRACE) {
        int level = copy.level - 1;
        do {
            lex_next(&copy, &t);
            if (t.type < 0 || t.type == TK_ENDMARKER) return end;
        } while (!(copy.level == level && (t.type == TK_RPAR || t.type == TK_RSQB || t.type == TK_RBRACE)));
        end = t;
    }
    for (;;) {
        Lexer save = copy;
        lex_next(&copy, &t);
        if (t.type == TK_DOT) {
            lex_next(&copy, &t);
            if (t.type != TK_NAME) return end;
            end = t;
        } else if (t.type == TK_LPAR || t.type == TK_LSQB) {
            int level = copy.level - 1;
            do {
                lex_next(&copy, &t);
                if (t.type < 0 || t.type == TK_ENDMARKER) return end;
            } while (!(copy.level == level && (t.type == TK_RPAR || t.type == TK_RSQB)));
            end = t;
        } else {
            (void)save;
            return end;
        }
    }
}

/* The last token of the current logical line, for "print x"-style ranges. */
static Token line_end(const ParseCtx *ctx, Token from) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    Lexer copy = *ctx->lx;
    copy.si = &si;
    Token end = from, t;
    for (;;) {
        lex_next(&copy, &t);
        if (t.type < 0 || t.type == TK_NEWLINE || t.type == TK_ENDMARKER || t.type == TK_SEMI) return end;
        end = t;
    }
}

static bool ends_with_blank_line(const SourceInfo *si) {
    const char *s = si->src, *p = si->src + si->len;
    while (p > s && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\f')) p--;
    if (p == s) return true;
    if (p[-1] != '\n') return false;
    p--;
    if (p > s && p[-1] == '\r') p--;
    while (p > s && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\f')) p--;
    return p == s || p[-1] == '\n';
}

static const char *header_phrase(int kw, char *buf, size_t n) {
    switch (kw) {
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_IF: snprintf(buf, n, "'if' statement"); break;
    case TK_ELIF: snprintf(buf, n, "'elif' statement"); break;
    case TK_ELSE: snprintf(buf, n, "'else' statement"); break;
    case TK_WHILE: snprintf(buf, n, "'while' statement"); break;
    case TK_FOR: snprintf(buf, n, "'for' statement"); break;
    case TK_TRY: snprintf(buf, n, "'try' statement"); break;
    case TK_EXCEPT: snprintf(buf, n, "'except' statement"); break;
    case TK_FINALLY: snprintf(buf, n, "'finally' statement"); break;
    case TK_WITH: snprintf(buf, n, "'with' statement"); break;
    default: snprintf(buf, n, "statement"); break;
    }
    return buf;
}

static bool err_tok(ParseCtx *ctx, const char *type, Token t, const char *msg) {
    return syntax_error(ctx->si, type, t.lineno, t.col, t.end_lineno, t.end_col, "%s", msg);
}

/* 3.8 blames the whole `import a, b,` list: from its first name. */
static void import_names_error(ParseCtx *ctx) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    Lexer lx;
    lex_init(&lx, &si);
    Token t;
    int line = ctx->prev.lineno;
    do lex_next(&lx, &t);
    while (t.type >= 0 && t.type != TK_ENDMARKER && !(t.type == TK_IMPORT && t.lineno >= line));
    lex_next(&lx, &t);
    syntax_error(ctx->si, "SyntaxError", t.lineno, t.col, t.lineno, ERR_NO_END,
                 "trailing comma not allowed without surrounding parentheses");
}

/* `(a.b := 1)`: only a name may stand left of `:=`. */
static bool walrus_target_error(ParseCtx *ctx) {
    Expr *a = ctx->last_expr;
    if (!a || a->outer.end_lineno != ctx->prev.end_lineno || a->outer.end_col_offset != ctx->prev.end_col) return false;
    if (a->kind == EXPR_NAME) return false;
    return syntax_error(ctx->si, "SyntaxError", a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                        "cannot use assignment expressions with %s", ast_expr_name(ctx, a));
}

static bool is_legacy_print(const ParseCtx *ctx, const Token *t) {
    const Token *p = &ctx->prev;
    if (p->type != TK_NAME) return false;
    bool print = p->len == 5 && memcmp(p->s, "print", 5) == 0;
    bool exec = p->len == 4 && memcmp(p->s, "exec", 4) == 0;
    if (!print && !exec) return false;
    return starts_expression(t->type) && t->type != TK_LPAR && ctx->lx->level == 0;
}

static bool legacy_print_error(ParseCtx *ctx, const Token *t) {
    Token name = ctx->prev;
    Token last = line_end(ctx, *t);
    char what[8];
    snprintf(what, sizeof what, "%.*s", name.len, name.s);
    return syntax_error(ctx->si, "SyntaxError", name.lineno, name.col, last.end_lineno, last.end_col,
                        "Missing parentheses in call to '%s'. Did you mean %s(...)?", what, what);
}

static bool py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Before 3.10 SyntaxError's constructor itself rewrites the message of any plain SyntaxError whose
 * text (from `start`, or just after the first colon) begins with "print " or "exec ", unless the
 * line holds a '(' (exceptions.c, _report_missing_parentheses). */
static bool legacy_statement_msg(ParseError *e, const char *start) {
    const char *text = e->text;
    while (*start && py_space(*start)) start++;
    if (!strncmp(start, "exec ", 5)) {
        snprintf(e->msg, sizeof e->msg, "Missing parentheses in call to 'exec'");
        return true;
    }
    if (strncmp(start, "print ", 6) != 0) return false;
    const char *a = start + 6, *z = strchr(a, ';');
    if (!z) z = text + strlen(text);
    while (a < z && strchr(" \t\r\n", *a)) a++;
    while (z > a && strchr(" \t\r\n", z[-1])) z--;
    char arg[200];
    snprintf(arg, sizeof arg, "%.*s", (int)(z - a), a);
    snprintf(e->msg, sizeof e->msg, "Missing parentheses in call to 'print'. Did you mean print(%s%s)?", arg,
             z > a && z[-1] == ',' ? " end=\" \"" : "");
    return true;
}

static void legacy_statement_check(ParseError *e) {
    if (e->status != PARSE_ERROR || !e->text || strcmp(e->type_name, "SyntaxError") != 0) return;
    if (strchr(e->text, '(')) return;
    if (legacy_statement_msg(e, e->text)) return;
    const char *colon = strchr(e->text, ':');
    if (colon) legacy_statement_msg(e, colon + 1);
}

/* CPython tokenizes the rest of the source after a generic syntax error, and a tokenizer error
 * found there (an unclosed bracket, an unterminated string) is reported instead. */
static bool rest_has_token_error(ParseCtx *ctx) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    Lexer copy = *ctx->lx;
    copy.si = &si;
    Token t;
    do lex_next(&copy, &t);
    while (t.type >= 0 && t.type != TK_ENDMARKER);
    /* In the REPL an open bracket at the end is not the error: what came before it is. */
    if (scratch.status != PARSE_ERROR) return false;
    char *text = scratch.text;
    *ctx->si->err = scratch;
    ctx->si->err->text = text;
    return true;
}

/* CPython's grammar forces the ':' (`&&':'`) after `else`, `try`, `finally`, a function's
 * signature and a for loop's iterable: any other token there is "expected ':'". */
static bool forced_colon(const ParseCtx *ctx) {
    int p = ctx->prev.type;
    if (p == TK_ELSE || p == TK_TRY || p == TK_FINALLY) return true;
    if (ctx->lx->level != 0 || ctx->header_line != ctx->prev.end_lineno) return false;
    return ctx->line_first == ctx->header_kw && (ctx->header_kw == TK_DEF || ctx->header_kw == TK_FOR);
}

/* `if x = 1:` and friends: CPython's invalid_named_expression rule. */
static bool equal_in_expression(ParseCtx *ctx, const Token *eq) {
    Expr *a = ctx->last_expr;
    if (!a || a->outer.end_lineno != ctx->prev.end_lineno || a->outer.end_col_offset != ctx->prev.end_col) return false;
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    Lexer copy = *ctx->lx;
    copy.si = &si;
    Token next;
    lex_next(&copy, &next);
    if (!starts_expression(next.type)) return false;
    Lexer *orig = ctx->lx;
    ctx->lx = &copy;
    Token b = primary_end(ctx, next);
    ctx->lx = orig;
    (void)eq;
    bool named = a->kind == EXPR_NAME && a->outer.col_offset == a->col_offset;
    /* the rule belongs to named_expression: conditions, not `return x = 1` */
    if (ctx->line_first != TK_IF && ctx->line_first != TK_ELIF && ctx->line_first != TK_WHILE) return false;
    if (named)
        return syntax_error(ctx->si, "SyntaxError", a->lineno, a->col_offset, b.end_lineno, b.end_col,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    bool paren = a->outer.col_offset != a->col_offset || a->outer.lineno != a->lineno;
    switch (a->kind) {
    case EXPR_LIST: case EXPR_TUPLE: case EXPR_GENERATOR_EXP: case EXPR_NAME: return false;
    case EXPR_CONSTANT:
        if (a->v.constant.kind == CONST_TRUE || a->v.constant.kind == CONST_FALSE || a->v.constant.kind == CONST_NONE)
            return false;
        break;
    case EXPR_BOOL_OP: case EXPR_COMPARE: case EXPR_IF_EXP: case EXPR_LAMBDA: case EXPR_NAMED_EXPR:
    case EXPR_STARRED: case EXPR_YIELD: case EXPR_YIELD_FROM:
        if (!paren) return false;
        break;
    case EXPR_UNARY_OP:
        if (a->v.unary_op.op == UOP_NOT && !paren) return false;
        break;
    default: break;
    }
    if (ctx->line_first != TK_IF && ctx->line_first != TK_ELIF && ctx->line_first != TK_WHILE) return false;
    return syntax_error(ctx->si, "SyntaxError", a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                        "cannot assign to %s here. Maybe you meant '==' instead of '='?", ast_expr_name(ctx, a));
}

static bool forgot_comma(ParseCtx *ctx, const Token *t, void *parser, ParserAcceptsFn accepts) {
    Expr *a = ctx->last_expr;
    if (V(ctx) < 310 || ctx->lx->level == 0 || !a || !starts_expression(t->type)) return false;
    if (a->kind == EXPR_IF_EXP || a->kind == EXPR_LAMBDA) return false;
    if (a->outer.end_lineno != ctx->prev.end_lineno || a->outer.end_col_offset != ctx->prev.end_col) return false;
    if (ctx->prev.type == TK_NAME && t->type == TK_STRING) return false;
    /* LALR default reductions have already run, so the parser state cannot tell whether a comma
     * would fit; CPython's rule only needs two adjacent expressions inside brackets. */
    (void)parser;
    (void)accepts;
    switch (ctx->prev.type) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_RPAR: case TK_RSQB: case TK_RBRACE:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
        break;
    default:
        return false;
    }
    Token b = primary_end(ctx, *t);
    return syntax_error(ctx->si, "SyntaxError", a->outer.lineno, a->outer.col_offset, b.end_lineno, b.end_col,
                        "invalid syntax. Perhaps you forgot a comma?");
}

void parse_syntax_error(ParseCtx *ctx, int major, const Token *tok, void *parser, ParserAcceptsFn accepts) {
    const SourceInfo *si = ctx->si;
    if (syntax_failed(si)) return;
    Token t = *tok;
    bool at_eof = ctx->lx->eof_tokens;
    if (at_eof && si->incomplete_ok && !ends_with_blank_line(si)) {
        syntax_incomplete(si);
        return;
    }
    if (major != TK_INDENT && accepts(parser, TK_INDENT)) {
        if (V(ctx) >= 310) {
            char buf[40];
            syntax_error(si, "IndentationError", t.lineno, t.col, t.end_lineno, t.end_col,
                         "expected an indented block after %s on line %d", header_phrase(ctx->header_kw, buf, sizeof buf),
                         ctx->header_line);
        } else if (at_eof) {
            /* 3.8 only sees the end of the input there */
            syntax_error_eof38(si, V(ctx) >= 39 ? "IndentationError" : "SyntaxError", 1, false,
                               V(ctx) >= 39 ? "expected an indented block" : "unexpected EOF while parsing");
        } else {
            syntax_error(si, "IndentationError", t.lineno, t.col, t.lineno, ERR_NO_END, "expected an indented block");
        }
        return;
    }
    if (major == TK_INDENT) {
        /* CPython's offset here is the indentation width (its INDENT token ends there). */
        int width = 0;
        while (t.s + width < ctx->lx->end && (t.s[width] == ' ' || t.s[width] == '\t' || t.s[width] == '\f')) width++;
        syntax_error(si, "IndentationError", t.lineno, width > 0 ? width - 1 : 0, t.lineno, -1, "unexpected indent");
        if (V(ctx) >= 310) si->err->end_offset = -1;
        return;
    }
    if (V(ctx) >= 310 && is_legacy_print(ctx, &t)) {
        legacy_print_error(ctx, &t);
        return;
    }
    if (major == TK_NEWLINE && ctx->prev.type == TK_COMMA && ctx->line_first == TK_FROM && accepts(parser, TK_NAME)) {
        if (V(ctx) >= 39) err_tok(ctx, "SyntaxError", t, "trailing comma not allowed without surrounding parentheses");
        else import_names_error(ctx);
        return;
    }
    if (major == TK_COLONEQUAL && walrus_target_error(ctx)) return;
    if (V(ctx) >= 310) {
        if (major == TK_NEWLINE && accepts(parser, TK_COLON)) {
            err_tok(ctx, "SyntaxError", t, "expected ':'");
            return;
        }
        if (accepts(parser, TK_COLON) && forced_colon(ctx)) {
            err_tok(ctx, "SyntaxError", t, "expected ':'");
            return;
        }
        if ((major == TK_RBRACE || major == TK_COMMA) && ctx->prev.type == TK_COLON && ctx->lx->level > 0 &&
            ctx->lx->parens[ctx->lx->level - 1] == '{') {
            err_tok(ctx, "SyntaxError", ctx->prev, "expression expected after dictionary key and ':'");
            return;
        }
        if (forgot_comma(ctx, &t, parser, accepts)) return;
        if (major != TK_EXCEPT && major != TK_FINALLY && accepts(parser, TK_EXCEPT) && accepts(parser, TK_FINALLY) &&
            !accepts(parser, TK_ELSE)) {
            err_tok(ctx, "SyntaxError", t, "expected 'except' or 'finally' block");
            return;
        }
    }
    if (at_eof && V(ctx) < 310) {
        syntax_error_eof38(si, "SyntaxError", 1, false, "unexpected EOF while parsing");
        return;
    }
    if (major == TK_ASYNC) {
        /* `async` begins an async statement in CPython; only what follows it can be wrong. */
        ParseError scratch = {0};
        SourceInfo copy_si = *si;
        copy_si.err = &scratch;
        Lexer copy = *ctx->lx;
        copy.si = &copy_si;
        lex_next(&copy, &t);
    }
    if (V(ctx) >= 310 && !at_eof && rest_has_token_error(ctx)) return;
    if (V(ctx) >= 310 && major == TK_EQUAL && ctx->lx->level == 0 && equal_in_expression(ctx, &t)) return;
    if (V(ctx) >= 310 && major != TK_ELSE && accepts(parser, TK_ELSE) && ctx->if_body && ctx->last_expr) {
        Expr *b = ctx->if_body, *c = ctx->last_expr;
        syntax_error(si, "SyntaxError", b->outer.lineno, b->outer.col_offset, c->outer.end_lineno,
                     c->outer.end_col_offset, "expected 'else' after 'if' expression");
        return;
    }
    err_tok(ctx, "SyntaxError", t, "invalid syntax");
}

void parse_stack_overflow(ParseCtx *ctx) {
    Token t = ctx->cur;
    syntax_error(ctx->si, "MemoryError", t.lineno, t.col, t.end_lineno, t.end_col,
                 "Parser stack overflowed - Python source too complex to parse");
}

/* ---- f-string fields ---- */

Expr *parse_fstring_expr(ParseCtx *ctx, const char *s, const char *e, int lineno, const char *line_start) {
    if (ctx->fstring_depth >= MAX_FSTRING_DEPTH) {
        syntax_error(ctx->si, "SyntaxError", lineno, (int)(s - line_start), lineno, (int)(s - line_start),
                     "f-string: expressions nested too deeply");
        return NULL;
    }
    Lexer lx;
    lex_init_sub(&lx, ctx->si, s, e, lineno, line_start);
    ParseCtx sub = {0};
    sub.si = ctx->si;
    sub.arena = ctx->arena;
    sub.fstring_depth = ctx->fstring_depth + 1;
    run_parser(&sub, &lx, TK_MODE_FSTRING);
    return syntax_failed(ctx->si) ? NULL : sub.fstring_expr;
}

/* ---- the entry point ---- */

static bool is_compound(const Stmt *s) {
    switch (s->kind) {
    case STMT_FUNCTION_DEF: case STMT_CLASS_DEF: case STMT_IF: case STMT_WHILE: case STMT_FOR:
    case STMT_WITH: case STMT_TRY:
        return true;
    default:
        return false;
    }
}

Module *parse_source(Arena *a, const char *src, size_t len, const char *filename, int mode, int pyversion,
                     ParseError *err) {
    memset(err, 0, sizeof *err);
    err->status = PARSE_OK;
    int base = mode & 0xff;
    SourceInfo si = {src, len, pyversion < 36 ? 38 : pyversion, a, err,
                     base == PARSE_SINGLE || (mode & PARSE_FLAG_INCOMPLETE) != 0, (mode & PARSE_FLAG_FILE) != 0,
                     filename ? filename : "<string>"};
    ParseError deferred = {0};
    si.deferred = &deferred;
    ParseCtx ctx = {0};
    ctx.si = &si;
    ctx.arena = a;
    if (memchr(src, '\0', len)) {
        syntax_error(&si, "SyntaxError", 1, 0, 1, 0, "source code cannot contain null bytes");
        return NULL;
    }
    Lexer lx;
    lex_init(&lx, &si);
    if (base == PARSE_EVAL)
        while (lx.p < lx.end && (*lx.p == ' ' || *lx.p == '\t')) lx.p++;
    int tok = base == PARSE_EVAL ? TK_MODE_EVAL : base == PARSE_SINGLE ? TK_MODE_SINGLE : TK_MODE_FILE;
    run_parser(&ctx, &lx, tok);
    if (!syntax_failed(&si) && deferred.status == PARSE_ERROR) *err = deferred;
    if (syntax_failed(&si)) {
        if (si.version < 310) legacy_statement_check(err);
        return NULL;
    }
    if (!ctx.module) {
        syntax_error(&si, "SyntaxError", lx.lineno, 0, lx.lineno, 0, "invalid syntax");
        return NULL;
    }
    /* In the REPL a compound statement ends only at a blank line. */
    if (si.incomplete_ok && ctx.module->kind != MOD_EXPRESSION && ctx.module->body.n > 0 &&
        is_compound(ctx.module->body.items[0]) && !ends_with_blank_line(&si)) {
        syntax_incomplete(&si);
        return NULL;
    }
    return ctx.module;
}
