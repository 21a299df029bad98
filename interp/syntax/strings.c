/* strings.c: string and bytes literals: prefixes, escapes, concatenation, f-strings. */
#include <stdio.h>
#include <string.h>

#include "syntax/ast_build.h"
#include "python.h"
#include "syntax/parse.h"
#include "syntax/unicode.h"

#define V(ctx) ((ctx)->si->version)

typedef struct Literal {
    const Token *tok;
    bool raw, bytes, fstr, u;
    bool triple;
    const char *body, *body_end; /* between the quotes */
} Literal;

/* The value being built: text accumulates in `buf`; f-string fields flush it into `values`. */
typedef struct Builder {
    ParseCtx *ctx;
    char *buf;
    size_t len, cap;
    bool buf_u;      /* the pending text started in a u'' literal (kind='u') */
    bool buf_used;   /* some literal contributed to the pending text */
    AstList *values; /* JoinedStr parts */
    Loc loc;         /* the whole literal sequence */
    bool has_piece;  /* piece is set: where the pending text came from (CPython 3.12 positions) */
    Loc piece;
} Builder;

static void literal_info(const Token *t, Literal *li) {
    memset(li, 0, sizeof *li);
    li->tok = t;
    const char *p = t->s;
    for (; *p != '\'' && *p != '"'; p++) {
        switch (*p | 0x20) {
        case 'r': li->raw = true; break;
        case 'b': li->bytes = true; break;
        case 'f': li->fstr = true; break;
        case 'u': li->u = *p == 'u'; break; /* CPython marks kind='u' for lower case only */
        default: break;
        }
    }
    const char *end = t->s + t->len;
    li->triple = end - p >= 6 && p[1] == p[0] && p[2] == p[0];
    int q = li->triple ? 3 : 1;
    li->body = p + q;
    li->body_end = end - q;
}

static void locate(const Literal *li, const char *p, int *lineno, const char **line_start);

/* Extends the pending piece's position over source text [s, e). */
static void mark(Builder *b, const Literal *li, const char *s, const char *e) {
    if (s >= e) return;
    int l;
    const char *ls;
    if (!b->has_piece) {
        locate(li, s, &l, &ls);
        b->piece.lineno = l;
        b->piece.col_offset = (int)(s - ls);
        b->has_piece = true;
    }
    locate(li, e, &l, &ls);
    b->piece.end_lineno = l;
    b->piece.end_col_offset = (int)(e - ls);
}

static void mark_token(Builder *b, const Token *t) {
    if (!b->has_piece) {
        b->piece.lineno = t->lineno;
        b->piece.col_offset = t->col;
        b->has_piece = true;
    }
    b->piece.end_lineno = t->end_lineno;
    b->piece.end_col_offset = t->end_col;
}

static void put(Builder *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *nb = arena_alloc(b->ctx->arena, cap);
        if (b->len) memcpy(nb, b->buf, b->len);
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void put_cp(Builder *b, uint32_t cp) {
    char tmp[4];
    put(b, tmp, (size_t)utf8_encode(cp, tmp));
}

/* Where CPython's string parser raises an error: 3.12+ where it is (`at`), 3.8 at the start of the
 * first literal, 3.9-3.11 at the token after the literals (the parser's lookahead, which is the
 * token being pushed when the `strings` rule is reduced), ending where it ends from 3.10.
 * `tok` marks 3.12 tokenizer errors (their text has no newline). */
static bool string_error(ParseCtx *ctx, Loc at, bool tok, const char *msg) {
    if (V(ctx) >= 312) {
        if (tok)
            return syntax_error_tok(ctx->si, "SyntaxError", at.lineno, at.col_offset, at.end_lineno,
                                    at.end_col_offset, "%s", msg);
        return ast_error_at(ctx, at, "%s", msg);
    }
    if (V(ctx) < 39) {
        Loc f = ctx->strings_loc;
        SourceInfo later = *ctx->si;
        if (later.deferred) later.err = later.deferred;
        return syntax_error(&later, "SyntaxError", f.lineno, f.col_offset, f.lineno, ERR_NO_END, "%s", msg);
    }
    Token n = ctx->cur;
    return syntax_error(ctx->si, "SyntaxError", n.lineno, n.col, n.end_lineno, n.end_col, "%s", msg);
}

static bool literal_error(ParseCtx *ctx, const Literal *li, const char *fmt, const char *detail, int a, int z) {
    char msg[200];
    snprintf(msg, sizeof msg, fmt, a, z, detail);
    return string_error(ctx, ast_token_loc(*li->tok), false, msg);
}

/* A few \N{...} names; the full Unicode name table is out of scope for a teaching interpreter. */
static const struct {
    const char *name;
    uint32_t cp;
} unicode_names[] = {
    {"BULLET", 0x2022}, {"EM DASH", 0x2014}, {"EN DASH", 0x2013}, {"DEGREE SIGN", 0xB0},
    {"NO-BREAK SPACE", 0xA0}, {"HORIZONTAL ELLIPSIS", 0x2026}, {"EURO SIGN", 0x20AC},
    {"POUND SIGN", 0xA3}, {"COPYRIGHT SIGN", 0xA9}, {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7}, {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"SNOWMAN", 0x2603}, {"BLACK STAR", 0x2605},
    {"CHECK MARK", 0x2713}, {"RIGHTWARDS ARROW", 0x2192}, {"LEFTWARDS ARROW", 0x2190},
    {"SPACE", 0x20}, {"LINE FEED", 0x0A}, {"NULL", 0x00}, {"TAB", 0x09}, {"CHARACTER TABULATION", 0x09},
    {"INFINITY", 0x221E}, {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"FULL BLOCK", 0x2588},
    {"GRINNING FACE", 0x1F600}, {"SNAKE", 0x1F40D}, {"HEAVY BLACK HEART", 0x2764},
};

static bool lookup_name(const char *s, size_t n, uint32_t *cp) {
    for (size_t i = 0; i < sizeof unicode_names / sizeof unicode_names[0]; i++) {
        const char *nm = unicode_names[i].name;
        if (strlen(nm) != n) continue;
        size_t j = 0;
        for (; j < n; j++) {
            char c = s[j];
            if (c >= 'a' && c <= 'z') c = (char)(c - 32);
            if (c != nm[j]) break;
        }
        if (j == n) {
            *cp = unicode_names[i].cp;
            return true;
        }
    }
    return false;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Decodes the escape at *pp (which points at the backslash) into b; advances *pp. */
static bool decode_escape(Builder *b, const Literal *li, const char **pp, const char *end) {
    const char *p = *pp;
    int pos = (int)(p - li->body);
    if (p + 1 >= end) { /* a lone backslash before the closing quote cannot happen: the lexer saw to it */
        put(b, p, 1);
        *pp = p + 1;
        return true;
    }
    char c = p[1];
    p += 2;
    switch (c) {
    case '\n': break;
    case '\r': if (p < end && *p == '\n') p++; break;
    case '\\': put(b, "\\", 1); break;
    case '\'': put(b, "'", 1); break;
    case '"': put(b, "\"", 1); break;
    case 'a': put(b, "\a", 1); break;
    case 'b': put(b, "\b", 1); break;
    case 'f': put(b, "\f", 1); break;
    case 'n': put(b, "\n", 1); break;
    case 'r': put(b, "\r", 1); break;
    case 't': put(b, "\t", 1); break;
    case 'v': put(b, "\v", 1); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++) v = v * 8 + (unsigned)(*p++ - '0');
        if (li->bytes) {
            char byte = (char)(v & 0xFF);
            put(b, &byte, 1);
        } else {
            put_cp(b, v);
        }
        break;
    }
    case 'x': case 'u': case 'U': {
        if (li->bytes && c != 'x') {
            put(b, p - 2, 2); /* \u means nothing in bytes */
            break;
        }
        int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < want && p < end && hexval(*p) >= 0) v = v * 16 + (uint32_t)hexval(*p++), got++;
        if (got < want) {
            if (li->bytes) return literal_error(b->ctx, li, "(value error) invalid \\x escape at position %d%.0d%s", "", pos, 0);
            const char *what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                               : "truncated \\UXXXXXXXX escape";
            return literal_error(b->ctx, li,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                 what, pos, (int)(p - li->body) - 1);
        }
        if (v > 0x10FFFF)
            return literal_error(b->ctx, li,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                 "illegal Unicode character", pos, (int)(p - li->body) - 1);
        if (li->bytes) {
            char byte = (char)v;
            put(b, &byte, 1);
        } else {
            put_cp(b, v);
        }
        break;
    }
    case 'N': {
        if (li->bytes) {
            put(b, p - 2, 2);
            break;
        }
        const char *close = p < end && *p == '{' ? memchr(p, '}', (size_t)(end - p)) : NULL;
        uint32_t cp;
        if (!close || !lookup_name(p + 1, (size_t)(close - p - 1), &cp)) {
            int last = close ? (int)(close - li->body) : (int)(p - li->body) - 1;
            return literal_error(b->ctx, li,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                 close ? "unknown Unicode character name" : "malformed \\N character escape",
                                 pos, last);
        }
        put_cp(b, cp);
        p = close + 1;
        break;
    }
    default:
        /* Unknown escapes keep their backslash (CPython warns; so do not we). */
        put(b, p - 2, 2);
        break;
    }
    *pp = p;
    return true;
}

/* Copies literal text [s, e) with escapes decoded (unless raw), checking the encoding. */
static bool add_text(Builder *b, const Literal *li, const char *s, const char *e) {
    if (li->fstr) mark(b, li, s, e);
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' && !li->raw) {
            if (!decode_escape(b, li, &s, e)) return false;
            continue;
        }
        if (c >= 0x80) {
            if (li->bytes) {
                const char *msg = V(b->ctx) >= 310 ? "bytes can only contain ASCII literal characters"
                                                   : "bytes can only contain ASCII literal characters.";
                return string_error(b->ctx, ast_token_loc(*li->tok), false, msg);
            }
            size_t pos;
            int nbad;
            const char *why;
            size_t avail = (size_t)(li->body_end - s);
            if (utf8_find_error(s, avail < 4 ? avail : 4, &pos, &nbad, &why) && pos == 0) {
                int at = (int)(s - li->body);
                char msg[200];
                if (nbad > 1)
                    snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s",
                             at, at + nbad - 1, why);
                else
                    snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                             c, at, why);
                return string_error(b->ctx, ast_token_loc(*li->tok), false, msg);
            }
        }
        size_t n = 1;
        if (c >= 0x80) {
            uint32_t cp;
            n = (size_t)utf8_decode(s, e, &cp);
        }
        put(b, s, n);
        s += n;
    }
    return true;
}

static Expr *make_str(Builder *b, ConstKind kind) {
    Expr *e = ast_new_expr(b->ctx, EXPR_CONSTANT, b->has_piece ? b->piece : b->loc);
    e->v.constant.kind = kind;
    e->v.constant.s.bytes = b->buf ? b->buf : "";
    e->v.constant.s.len = b->len;
    e->v.constant.u_prefix = b->buf_u;
    return e;
}

/* Moves the pending text into the JoinedStr parts; CPython drops empty pieces. */
static void flush(Builder *b) {
    if (b->len) ast_list_append(b->ctx, b->values, make_str(b, CONST_STR));
    b->buf = NULL;
    b->len = b->cap = 0;
    b->buf_u = b->buf_used = b->has_piece = false;
}

/* ---- f-strings ---- */

/* Where is p? (line number and the start of its line, for the sub-parser's positions) */
static void locate(const Literal *li, const char *p, int *lineno, const char **line_start) {
    const Token *t = li->tok;
    int line = t->lineno;
    const char *ls = t->s - t->col;
    for (const char *q = t->s; q < p; q++)
        if (*q == '\n') line++, ls = q + 1;
    *lineno = line;
    *line_start = ls;
}

static bool fstring_error_w(ParseCtx *ctx, const Literal *li, const char *at, int width, const char *msg) {
    int lineno;
    const char *ls;
    locate(li, at, &lineno, &ls);
    int col = (int)(at - ls);
    return string_error(ctx, (Loc){lineno, col, lineno, col + width}, width == 0, msg);
}

static bool fstring_error(ParseCtx *ctx, const Literal *li, const char *at, const char *msg) {
    return fstring_error_w(ctx, li, at, 0, msg);
}

/* End of the expression in a replacement field starting at p: the first `}`, `:`, `!` (not
 * `!=`) or a lone `=` outside brackets and nested strings. */
static const char *expr_end(const char *p, const char *end) {
    int depth = 0;
    while (p < end) {
        char c = *p;
        if (c == '\'' || c == '"') {
            bool triple = end - p >= 3 && p[1] == c && p[2] == c;
            p += triple ? 3 : 1;
            while (p < end && !(*p == c && (!triple || (end - p >= 3 && p[1] == c && p[2] == c)))) p++;
            p += triple ? 3 : 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        else if (depth == 0) {
            if (c == '}' || c == ':') return p;
            if (c == '!' && !(p + 1 < end && p[1] == '=')) return p;
            if (c == '!' || c == '<' || c == '>' || (c == '=' && p + 1 < end && p[1] == '=')) {
                p += 2;
                continue;
            }
            if (c == '=') return p;
        }
        p++;
    }
    return end;
}

static bool fstring_parts(Builder *b, const Literal *li, const char **pp, const char *end, int depth, bool spec);

static Expr *joined(ParseCtx *ctx, AstList *values, Loc loc) {
    Expr *e = ast_new_expr(ctx, EXPR_JOINED_STR, loc);
    e->v.joined_str.values = (ExprSeq){values->n, (Expr **)values->items};
    return e;
}

/* Before 3.12 CPython parses a field's expression as a separate source text "(expr)": its errors
 * are placed in that text (the line number from 3.9 is the field's), with the text "(expr)\n"
 * and, from 3.9, "f-string: " before the message; 3.8 reports an error at the closing paren as
 * the end of the input. */
static void field_error_before_312(ParseCtx *ctx, const char *s, const char *e, int lineno) {
    size_t n = (size_t)(e - s);
    char *src = arena_alloc(ctx->arena, n + 3);
    src[0] = '(';
    memcpy(src + 1, s, n);
    src[n + 1] = ')';
    ParseError sub;
    if (parse_source(ctx->arena, src, n + 2, "<fstring>", PARSE_EVAL, V(ctx), &sub) || sub.status != PARSE_ERROR) {
        syntax_error(ctx->si, "SyntaxError", lineno, 0, lineno, ERR_NO_END, "f-string: invalid syntax");
        return;
    }
    const SourceInfo *si = ctx->si;
    ParseError *err = V(ctx) < 39 && si->deferred ? si->deferred : si->err;
    if (err->status != PARSE_OK) return;
    *err = sub;
    int chars = 0;
    for (size_t i = 0; i < n + 2; i++) chars += ((unsigned char)src[i] & 0xC0) != 0x80;
    if (V(ctx) < 39) {
        if (sub.lineno == 1 && sub.offset == chars && !strcmp(sub.msg, "invalid syntax"))
            snprintf(err->msg, sizeof err->msg, "unexpected EOF while parsing");
        return;
    }
    snprintf(err->msg, sizeof err->msg, "f-string: %.280s", sub.msg);
    err->lineno += lineno - 1;
    if (err->end_lineno) err->end_lineno += lineno - 1;
    size_t tl = sub.text ? strlen(sub.text) : 0;
    if (sub.text && (tl == 0 || sub.text[tl - 1] != '\n')) {
        char *t = arena_alloc(ctx->arena, tl + 2);
        memcpy(t, sub.text, tl);
        t[tl] = '\n';
        err->text = t;
    }
}

static Expr *field_expr(ParseCtx *ctx, const char *s, const char *e, int lineno, const char *ls) {
    if (V(ctx) >= 312) return parse_fstring_expr(ctx, s, e, lineno, ls);
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    ParseCtx sub = *ctx;
    sub.si = &si;
    Expr *value = parse_fstring_expr(&sub, s, e, lineno, ls);
    if (value) return value;
    field_error_before_312(ctx, s, e, lineno);
    return NULL;
}

/* CPython < 3.12 finds a field's expression with a scanner of its own (string_parser.c,
 * fstring_find_expr) whose errors come before any error in the expression itself. Returns the
 * end of the expression, or NULL after reporting. */
static const char *scan_field_before_312(ParseCtx *ctx, const Literal *li, const char *p, const char *end) {
    char quote = 0, stack[200];
    int triple = 0, depth = 0;
    for (; p < end; p++) {
        char c = *p;
        if (c == '\\') {
            fstring_error(ctx, li, p, "f-string expression part cannot include a backslash");
            return NULL;
        }
        if (quote) {
            if (c == quote && (!triple || (end - p > 2 && p[1] == c && p[2] == c))) {
                p += triple ? 2 : 0;
                quote = 0;
            }
        } else if (c == '\'' || c == '"') {
            triple = end - p > 2 && p[1] == c && p[2] == c;
            p += triple ? 2 : 0;
            quote = c;
        } else if (c == '[' || c == '{' || c == '(') {
            if (depth >= 200) {
                fstring_error(ctx, li, p, "f-string: too many nested parenthesis");
                return NULL;
            }
            stack[depth++] = c;
        } else if (c == '#') {
            fstring_error(ctx, li, p, "f-string expression part cannot include '#'");
            return NULL;
        } else if (depth == 0 && strchr("!:}=<>", c)) {
            if (end - p > 1 && p[1] == '=' && c != ':' && c != '}') {
                p++;
                continue;
            }
            if ((c == '<' || c == '>') && end - p > 1) continue;
            break;
        } else if (c == ']' || c == '}' || c == ')') {
            char msg[96];
            if (!depth) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                fstring_error(ctx, li, p, msg);
                return NULL;
            }
            char open = stack[--depth];
            if ((open == '(') != (c == ')') || (open == '[') != (c == ']')) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, open);
                fstring_error(ctx, li, p, msg);
                return NULL;
            }
        }
    }
    char msg[64];
    if (quote) snprintf(msg, sizeof msg, "f-string: unterminated string");
    else if (depth) snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
    else if (p >= end) snprintf(msg, sizeof msg, "f-string: expecting '}'");
    else return p;
    fstring_error(ctx, li, p, msg);
    return NULL;
}

/* ---- 3.12: the grammar's invalid_replacement_field rules ---- */

/* The token at p (a scratch sub-lexer, positions as in the source); a lexical error there gives a
 * one-character pseudo-token. */
static Token token_at(ParseCtx *ctx, const Literal *li, const char *p, const char *end) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    si.deferred = NULL;
    int lineno;
    const char *ls;
    locate(li, p, &lineno, &ls);
    Lexer lx;
    lex_init_sub(&lx, &si, p, end, lineno, ls);
    Token t;
    lex_next(&lx, &t);
    if (t.type < 0) t.end_col = t.col + 1, t.len = 1;
    return t;
}

static bool error_on_token(ParseCtx *ctx, Token t, const char *msg) {
    return syntax_error(ctx->si, "SyntaxError", t.lineno, t.col, t.end_lineno, t.end_col, "%s", msg);
}

/* Where a field that runs into the f-string's closing quote meets it: CPython's tokenizer starts
 * a string there (with the string prefix letters right before it) and fails: "expecting '}'". */
static const char *runaway_start(const char *s, const char *end) {
    const char *p = end;
    while (p > s && end - p < 2 && strchr("rRbBuUfF", p[-1])) p--;
    if (p > s && (p[-1] == '_' || ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z') || (p[-1] >= '0' && p[-1] <= '9')))
        return end;
    return p;
}

static bool expecting_brace_at(ParseCtx *ctx, const Literal *li, const char *at) {
    return fstring_error(ctx, li, at, "f-string: expecting '}'");
}

static bool parses_as_field(ParseCtx *ctx, const char *s, const char *e, int lineno, const char *ls) {
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    si.deferred = NULL;
    ParseCtx sub = *ctx;
    sub.si = &si;
    return parse_fstring_expr(&sub, s, e, lineno, ls) != NULL;
}

/* The field's expression [s, e) does not parse. CPython's parser takes the longest expression it
 * can and complains about the token after it, unless a more specific rule fired. */
static void field_expr_error312(ParseCtx *ctx, const Literal *li, const char *s, const char *e) {
    int lineno;
    const char *ls;
    locate(li, s, &lineno, &ls);
    ParseError scratch = {0};
    SourceInfo si = *ctx->si;
    si.err = &scratch;
    si.deferred = NULL;
    ParseCtx sub = *ctx;
    sub.si = &si;
    parse_fstring_expr(&sub, s, e, lineno, ls);
    const char *q = s;
    while (q < e && strchr(" \t\n\r\f", *q)) q++;
    if (e - q > 6 && !memcmp(q, "lambda", 6) && !(q[6] == '_' || ((q[6] | 0x20) >= 'a' && (q[6] | 0x20) <= 'z') ||
                                                    (q[6] >= '0' && q[6] <= '9'))) {
        Token lam = token_at(ctx, li, q, e);
        int l2;
        const char *s2;
        locate(li, e + 1, &l2, &s2);
        syntax_error(ctx->si, "SyntaxError", lam.lineno, lam.col, l2, (int)(e + 1 - s2),
                     "f-string: lambda expressions are not allowed without parentheses");
        return;
    }
    if (scratch.status == PARSE_ERROR && strcmp(scratch.msg, "invalid syntax") != 0) {
        if (!syntax_failed(ctx->si)) *ctx->si->err = scratch;
        return;
    }
    enum { MAX_TOKENS = 64 };
    Token toks[MAX_TOKENS];
    int n = 0;
    for (const char *p = q; n < MAX_TOKENS;) {
        Token t = token_at(ctx, li, p, e);
        if (t.type == TK_ENDMARKER && t.len == 0) break;
        toks[n++] = t;
        if (t.type < 0) break;
        p = t.s + t.len;
    }
    for (int k = n - 1; k >= 1; k--) {
        if (parses_as_field(ctx, q, toks[k].s, lineno, ls)) {
            error_on_token(ctx, toks[k], "f-string: expecting '=', or '!', or ':', or '}'");
            return;
        }
    }
    if (n > 0) error_on_token(ctx, toks[0], "f-string: expecting a valid expression after '{'");
    else if (!syntax_failed(ctx->si)) *ctx->si->err = scratch;
}

/* After the expression (and `=`): the conversion `!x`, checked as 3.12's grammar does. Returns
 * the conversion character, 0 for none, -1 after an error; *pp moves past it. */
static int conversion312(ParseCtx *ctx, const Literal *li, const char **pp, const char *end, const char *tail) {
    const char *p = *pp;
    if (p >= end || *p != '!') return 0;
    const char *bang = p++;
    if (p >= tail) return expecting_brace_at(ctx, li, tail), -1;
    if (*p == ':' || *p == '}') return error_on_token(ctx, token_at(ctx, li, p, end), "f-string: missing conversion character"), -1;
    const char *n = p;
    while (n < tail && strchr(" \t\f", *n)) n++;
    const char *ne = n;
    while (ne < tail && (*ne == '_' || ((*ne | 0x20) >= 'a' && (*ne | 0x20) <= 'z') || (*ne >= '0' && *ne <= '9') ||
                         (unsigned char)*ne >= 0x80))
        ne++;
    if (ne == n || (*n >= '0' && *n <= '9')) {
        if (n >= tail) return expecting_brace_at(ctx, li, tail), -1;
        return error_on_token(ctx, token_at(ctx, li, n, end), "f-string: invalid conversion character"), -1;
    }
    if (n != p) {
        int l1, l2;
        const char *s1, *s2;
        locate(li, bang, &l1, &s1);
        locate(li, ne, &l2, &s2);
        syntax_error(ctx->si, "SyntaxError", l1, (int)(bang - s1), l2, (int)(ne - s2),
                     "f-string: conversion type must come right after the exclamanation mark");
        return -1;
    }
    if (ne - n != 1 || !strchr("sra", *n)) {
        char msg[160];
        snprintf(msg, sizeof msg, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                 (int)(ne - n) > 40 ? 40 : (int)(ne - n), n);
        return fstring_error_w(ctx, li, n, (int)(ne - n), msg), -1;
    }
    *pp = ne;
    if (ne >= tail) return expecting_brace_at(ctx, li, tail), -1;
    if (*ne != ':' && *ne != '}')
        return error_on_token(ctx, token_at(ctx, li, ne, end), "f-string: expecting ':' or '}'"), -1;
    return *n;
}

/* Parses `{expr[=][!c][:spec]}` with *pp just past the `{`. */
static bool replacement_field(Builder *b, const Literal *li, const char **pp, const char *end, int depth) {
    ParseCtx *ctx = b->ctx;
    const char *open = *pp - 1;
    if (depth >= 2 && V(ctx) < 312) return fstring_error(ctx, li, open, "f-string: expressions nested too deeply");
    const char *s = *pp, *e = V(ctx) >= 312 ? expr_end(s, end) : scan_field_before_312(ctx, li, s, end);
    if (!e) return false;
    /* 3.12: a field without its `}` ran into the closing quote (see the lexer) */
    const char *tail = V(ctx) >= 312 ? runaway_start(s, end) : end;
    if (e > tail) e = tail;
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) q++;
    if (q == e && e >= tail && V(ctx) >= 312) return expecting_brace_at(ctx, li, tail);
    if (q == e) {
        char msg[64];
        if (V(ctx) >= 312 || (V(ctx) == 311 && e < end && strchr("!:=", *e)))
            snprintf(msg, sizeof msg, "f-string: %sexpression required before '%c'", V(ctx) >= 312 ? "valid " : "",
                     e < end ? *e : '}');
        else
            snprintf(msg, sizeof msg, "f-string: empty expression not allowed");
        return fstring_error_w(ctx, li, e, 1, msg);
    }
    int lineno;
    const char *ls;
    locate(li, s, &lineno, &ls);
    Expr *value = field_expr(ctx, s, e, lineno, ls);
    if (!value) {
        if (V(ctx) >= 312 && syntax_failed(ctx->si)) {
            /* re-phrase the sub-parser's error as the replacement-field rules do */
            ctx->si->err->status = PARSE_OK;
            field_expr_error312(ctx, li, s, e);
        }
        return false;
    }
    if (V(ctx) >= 312 && e >= tail) return expecting_brace_at(ctx, li, tail);
    const char *p = e;
    int conversion = -1;
    bool debug = false;
    if (p < end && *p == '=') {
        debug = true;
        p++;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n')) p++;
        if (V(ctx) >= 312 && p >= tail) return expecting_brace_at(ctx, li, tail);
        if (V(ctx) >= 312 && !strchr("!:}", *p))
            return error_on_token(ctx, token_at(ctx, li, p, end), "f-string: expecting '!', or ':', or '}'");
        /* The self-documenting text is the field's source, verbatim. */
        if (!b->buf_used) b->buf_u = false;
        b->buf_used = true;
        mark(b, li, s, p);
        put(b, s, (size_t)(p - s));
    }
    if (V(ctx) >= 312) {
        conversion = conversion312(ctx, li, &p, end, tail);
        if (conversion < 0) return false;
        if (conversion == 0) conversion = -1;
    }
    if (p < end && *p == '!') {
        p++;
        if (p >= end || *p == '}' || *p == ':')
            return fstring_error_w(ctx, li, p, 1, V(ctx) >= 312 ? "f-string: missing conversion character"
                                                          : "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        if (*p != 's' && *p != 'r' && *p != 'a') {
            char msg[120];
            if (V(ctx) >= 312)
                snprintf(msg, sizeof msg, "f-string: invalid conversion character '%c': expected 's', 'r', or 'a'", *p);
            else
                snprintf(msg, sizeof msg, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return fstring_error_w(ctx, li, p, 1, msg);
        }
        conversion = *p++;
    }
    Expr *spec = NULL;
    flush(b);
    if (p < end && *p == ':') {
        const char *spec_start = p;
        p++;
        Builder sb = {ctx, NULL, 0, 0, false, false, ast_list_new(ctx), b->loc, false, {0, 0, 0, 0}};
        if (!fstring_parts(&sb, li, &p, end, depth + 1, true)) return false;
        /* CPython 3.12 ends a spec that ends in a field with an empty string. */
        bool ends_in_field = sb.values->n && !sb.len &&
                             ((Expr *)sb.values->items[sb.values->n - 1])->kind == EXPR_FORMATTED_VALUE;
        flush(&sb);
        if (ends_in_field) {
            sb.buf_used = true;
            mark(&sb, li, p, p + 1);
            sb.piece.end_lineno = sb.piece.lineno;
            sb.piece.end_col_offset = sb.piece.col_offset;
            ast_list_append(ctx, sb.values, make_str(&sb, CONST_STR));
        }
        int l1, l2;
        const char *s1, *s2;
        locate(li, spec_start, &l1, &s1);
        locate(li, p, &l2, &s2);
        spec = joined(ctx, sb.values, (Loc){l1, (int)(spec_start - s1), l2, (int)(p - s2)});
    }
    if (V(ctx) >= 312 && spec && p >= end) {
        Token close = {0};
        int l1;
        const char *s1;
        locate(li, end, &l1, &s1);
        close.lineno = close.end_lineno = l1;
        close.col = (int)(end - s1);
        close.end_col = close.col + (li->triple ? 3 : 1);
        return error_on_token(ctx, close, "f-string: expecting '}', or format specs");
    }
    if (p >= end || *p != '}')
        return fstring_error(ctx, li, p < end ? p : end,
                             V(ctx) >= 312 && conversion == -1 && !spec && p < end ? "f-string: expecting '}'"
                             : V(ctx) >= 312 && p < end                            ? "f-string: expecting ':' or '}'"
                                                                                   : "f-string: expecting '}'");
    p++;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    int l1, l2;
    const char *s1, *s2;
    locate(li, open, &l1, &s1);
    locate(li, p, &l2, &s2);
    Expr *fv = ast_new_expr(ctx, EXPR_FORMATTED_VALUE, (Loc){l1, (int)(open - s1), l2, (int)(p - s2)});
    fv->v.formatted_value.value = value;
    fv->v.formatted_value.conversion = conversion;
    fv->v.formatted_value.format_spec = spec;
    ast_list_append(ctx, b->values, fv);
    *pp = p;
    return true;
}

/* Literal text and fields up to `end`, or (in a format spec) up to the `}` closing the field. */
static bool fstring_parts(Builder *b, const Literal *li, const char **pp, const char *end, int depth, bool spec) {
    const char *p = *pp;
    const char *run = p;
    while (p < end) {
        char c = *p;
        if (c == '\\' && !li->raw && !spec) {
            if (!add_text(b, li, run, p)) return false;
            const char *esc = p;
            if (!decode_escape(b, li, &p, end)) return false;
            mark(b, li, esc, p);
            run = p;
            continue;
        }
        if (c != '{' && c != '}') {
            p++;
            continue;
        }
        if (!add_text(b, li, run, p)) return false;
        if (spec && c == '}') {
            *pp = p;
            return true;
        }
        if (p + 1 < end && p[1] == c && !spec) {
            mark(b, li, p, p + 2);
            put(b, p, 1);
            p += 2;
            run = p;
            continue;
        }
        if (c == '}') return fstring_error(b->ctx, li, p, "f-string: single '}' is not allowed");
        p++;
        if (!replacement_field(b, li, &p, end, depth)) return false;
        run = p;
    }
    if (!add_text(b, li, run, p)) return false;
    *pp = p;
    return true;
}

/* ---- the entry point ---- */

Expr *ast_strings(ParseCtx *ctx, AstList *tokens) {
    Token *first = tokens->items[0], *last = tokens->items[tokens->n - 1];
    Builder b = {ctx, NULL, 0, 0, false, false, ast_list_new(ctx),
                 {first->lineno, first->col, last->end_lineno, last->end_col}, false, {0, 0, 0, 0}};
    ctx->strings_loc = b.loc;
    bool any_f = false, bytes = false;
    for (int i = 0; i < tokens->n; i++) {
        Literal li;
        literal_info(tokens->items[i], &li);
        if (i == 0) bytes = li.bytes;
        if (li.bytes != bytes) {
            if (V(ctx) >= 39)
                syntax_error(ctx->si, "SyntaxError", ctx->cur.lineno, ctx->cur.col, ctx->cur.end_lineno,
                             ctx->cur.end_col, "cannot mix bytes and nonbytes literals");
            else
                string_error(ctx, b.loc, false, "cannot mix bytes and nonbytes literals");
            return ast_new_expr(ctx, EXPR_CONSTANT, b.loc);
        }
        if (!b.buf_used) b.buf_u = li.u;
        b.buf_used = true;
        if (li.fstr) {
            any_f = true;
            const char *p = li.body;
            if (!fstring_parts(&b, &li, &p, li.body_end, 0, false)) return ast_new_expr(ctx, EXPR_CONSTANT, b.loc);
        } else {
            if (li.body < li.body_end) mark_token(&b, tokens->items[i]);
            if (!add_text(&b, &li, li.body, li.body_end)) return ast_new_expr(ctx, EXPR_CONSTANT, b.loc);
        }
    }
    if (!any_f) {
        b.has_piece = false;
        bool u = ((Token *)tokens->items[0])->s[0] == 'u';
        Expr *e = make_str(&b, bytes ? CONST_BYTES : CONST_STR);
        e->v.constant.u_prefix = u;
        return e;
    }
    flush(&b);
    return joined(ctx, b.values, b.loc);
}
