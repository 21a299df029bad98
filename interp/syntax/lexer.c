/* lexer.c: Python 3 tokenizer (indentation, brackets, numbers, strings, operators, errors). */
#include "syntax/lexer.h"

#include <string.h>

#include "python.h"
#include "syntax/unicode.h"

#define V(lx) ((lx)->si->version)

static int col_of(const Lexer *lx, const char *p) { return (int)(p - lx->line_start); }

/* CPython's file reader checks each line it reads for UTF-8 (loosely: lead byte and continuation
 * bytes only) before tokenizing it, so a bad byte even in a comment stops the program. */
static int loose_utf8_len(const unsigned char *s, const unsigned char *end) {
    if (*s < 0x80) return 1;
    int n = *s < 0xC0 ? 0 : *s < 0xE0 ? 2 : *s < 0xF0 ? 3 : *s < 0xF8 ? 4 : 0;
    if (n == 0 || end - s < n) return 0;
    for (int i = 1; i < n; i++)
        if (s[i] < 0x80 || s[i] >= 0xC0) return 0;
    return n;
}

static void check_file_line(Lexer *lx, const char *line) {
    const SourceInfo *si = lx->si;
    if (!si->from_file || syntax_failed(si)) return;
    const unsigned char *p = (const unsigned char *)line, *end = (const unsigned char *)lx->end;
    while (p < end && *p != '\n') {
        int n = loose_utf8_len(p, end);
        if (n) {
            p += n;
            continue;
        }
        int v = si->version;
        const char *url = v >= 311 ? "https://peps.python.org/pep-0263/"
                          : v >= 39 ? "https://python.org/dev/peps/pep-0263/"
                                    : "http://python.org/dev/peps/pep-0263/";
        /* 3.10 names the line after the bad one; only 3.8 and older place the exception at it. */
        syntax_error(si, "SyntaxError", lx->lineno, 0, lx->lineno, ERR_NO_END,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                     "see %s for details",
                     *p, si->filename, lx->lineno + (v == 310), url);
        ParseError *e = si->err;
        e->offset = 0;
        e->text = NULL;
        if (v >= 39) e->lineno = 0;
        lx->done = true;
        return;
    }
}

void lex_init(Lexer *lx, const SourceInfo *si) {
    memset(lx, 0, sizeof *lx);
    lx->si = si;
    lx->p = si->src;
    lx->end = si->src + si->len;
    lx->line_start = si->src;
    lx->lineno = 1;
    lx->n_indents = 1; /* indents[0] == 0: the module level */
    lx->at_bol = true;
    /* A UTF-8 byte order mark is not part of the program. */
    if (si->len >= 3 && memcmp(si->src, "\xEF\xBB\xBF", 3) == 0) lx->p += 3, lx->line_start += 3;
    check_file_line(lx, lx->p);
}

void lex_init_sub(Lexer *lx, const SourceInfo *si, const char *s, const char *e, int lineno,
                  const char *line_start) {
    lex_init(lx, si);
    lx->p = s;
    lx->end = e;
    lx->lineno = lineno;
    lx->line_start = line_start;
    lx->at_bol = false;
    lx->level = lx->base_level = 1; /* as if inside the braces: newlines are just space */
    lx->parens[0] = '{';
}

static void set_tok(Lexer *lx, Token *t, int type, const char *s, int lineno, int col) {
    t->type = type;
    t->s = s;
    t->len = (int)(lx->p - s);
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = lx->lineno;
    t->end_col = col_of(lx, lx->p);
}

/* Fails the token: the error is recorded and the driver stops at this synthetic end marker. */
static void fail(Lexer *lx, Token *t) {
    lx->done = true;
    t->type = -1;
    t->s = lx->p;
    t->len = 0;
    t->lineno = t->end_lineno = lx->lineno;
    t->col = t->end_col = col_of(lx, lx->p);
}

static void newline(Lexer *lx, const char *after) {
    lx->lineno++;
    lx->line_start = after;
    check_file_line(lx, after);
}

/* ---- indentation ---- */

/* Measures the indentation at the start of a line twice, with tab size 8 and tab size 1, as
 * CPython does: when the two disagree about the ordering of levels, tabs and spaces are mixed
 * inconsistently (TabError). Returns false for blank and comment-only lines. */
static bool measure_indent(Lexer *lx, int *col, int *alt) {
    const char *p = lx->p;
    int c = 0, a = 0;
    for (; p < lx->end; p++) {
        if (*p == ' ') c++, a++;
        else if (*p == '\t') c = (c / 8 + 1) * 8, a++;
        else if (*p == '\f') c = a = 0;
        else break;
    }
    lx->p = p;
    *col = c;
    *alt = a;
    if (p >= lx->end) return false;
    if (*p == '#' || *p == '\n' || *p == '\r') return false;
    /* A line holding only a backslash continuation counts as code (CPython agrees). */
    return true;
}

static bool tab_error(Lexer *lx, Token *t) {
    syntax_error(lx->si, "TabError", lx->lineno, 0, lx->lineno, -1,
                 "inconsistent use of tabs and spaces in indentation");
    if (V(lx) >= 310) lx->si->err->end_offset = 0;
    fail(lx, t);
    return false;
}

static bool indentation(Lexer *lx, Token *t) {
    int col, alt;
    if (!measure_indent(lx, &col, &alt)) return true; /* blank line: no INDENT/DEDENT */
    int top = lx->indents[lx->n_indents - 1], alt_top = lx->alt_indents[lx->n_indents - 1];
    if (col == top) {
        if (alt != alt_top) return tab_error(lx, t);
    } else if (col > top) {
        if (alt <= alt_top) return tab_error(lx, t);
        if (lx->n_indents > LEX_MAX_INDENT) {
            syntax_error(lx->si, "IndentationError", lx->lineno, col_of(lx, lx->p), lx->lineno,
                         ERR_NO_END, "too many levels of indentation");
            fail(lx, t);
            return false;
        }
        lx->indents[lx->n_indents] = col;
        lx->alt_indents[lx->n_indents++] = alt;
        lx->pending = 1;
    } else {
        while (lx->n_indents > 1 && col < lx->indents[lx->n_indents - 1]) {
            lx->n_indents--;
            lx->pending--;
        }
        if (col != lx->indents[lx->n_indents - 1]) {
            /* CPython reports the end of the offending line. */
            const char *eol = lx->p;
            while (eol < lx->end && *eol != '\n' && *eol != '\r') eol++;
            syntax_error(lx->si, "IndentationError", lx->lineno, col_of(lx, eol), lx->lineno,
                         -1, "unindent does not match any outer indentation level");
            if (V(lx) >= 310) lx->si->err->end_offset = -1;
            fail(lx, t);
            return false;
        }
        if (alt != lx->alt_indents[lx->n_indents - 1]) return tab_error(lx, t);
    }
    return true;
}

/* ---- end of input ---- */

static void at_eof(Lexer *lx, Token *t) {
    lx->eof_tokens = true;
    if (lx->level > lx->base_level) {
        if (lx->si->incomplete_ok) {
            syntax_incomplete(lx->si);
        } else if (V(lx) >= 310) {
            int i = lx->level - 1;
            syntax_error(lx->si, "SyntaxError", lx->paren_line[i], lx->paren_col[i], lx->paren_line[i],
                         -1, "'%c' was never closed", lx->parens[i]);
            lx->si->err->end_offset = 0;
        } else {
            syntax_error_eof38(lx->si, "SyntaxError", 1, false, "unexpected EOF while parsing");
        }
        fail(lx, t);
        return;
    }
    /* Synthetic tokens sit at the end of the text, zero-width. */
    const char *here = lx->p;
    if (lx->line_has_tokens && lx->base_level == 0) {
        lx->line_has_tokens = false;
        set_tok(lx, t, TK_NEWLINE, here, lx->lineno, col_of(lx, here));
        return;
    }
    if (lx->n_indents > 1) {
        lx->n_indents--;
        set_tok(lx, t, TK_DEDENT, here, lx->lineno, col_of(lx, here));
        return;
    }
    lx->done = true;
    set_tok(lx, t, TK_ENDMARKER, here, lx->lineno, col_of(lx, here));
}

/* ---- names and keywords ---- */

static const struct {
    const char *word;
    int type;
} keywords[] = {
    {"False", TK_FALSE}, {"None", TK_NONE}, {"True", TK_TRUE}, {"and", TK_AND},
    {"as", TK_AS}, {"assert", TK_ASSERT}, {"async", TK_ASYNC}, {"await", TK_AWAIT},
    {"break", TK_BREAK}, {"class", TK_CLASS}, {"continue", TK_CONTINUE}, {"def", TK_DEF},
    {"del", TK_DEL}, {"elif", TK_ELIF}, {"else", TK_ELSE}, {"except", TK_EXCEPT},
    {"finally", TK_FINALLY}, {"for", TK_FOR}, {"from", TK_FROM}, {"global", TK_GLOBAL},
    {"if", TK_IF}, {"import", TK_IMPORT}, {"in", TK_IN}, {"is", TK_IS},
    {"lambda", TK_LAMBDA}, {"nonlocal", TK_NONLOCAL}, {"not", TK_NOT}, {"or", TK_OR},
    {"pass", TK_PASS}, {"raise", TK_RAISE}, {"return", TK_RETURN}, {"try", TK_TRY},
    {"while", TK_WHILE}, {"with", TK_WITH}, {"yield", TK_YIELD},
};

static int keyword_type(const char *s, int len) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if ((int)strlen(keywords[i].word) == len && memcmp(keywords[i].word, s, (size_t)len) == 0)
            return keywords[i].type;
    return TK_NAME;
}

static bool invalid_character(Lexer *lx, Token *t, const char *p) {
    uint32_t cp;
    int n = utf8_decode(p, lx->end, &cp);
    if (cp == '$' || cp == '?' || cp == '`' || cp == '!') {
        /* The tokenizer passes these on and the parser rejects them. */
        int col = col_of(lx, p);
        syntax_error(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col + 1, "invalid syntax");
        lx->p = p;
        fail(lx, t);
        return false;
    }
    if (cp >= 0x80 && utf8_decode(p, lx->end, &cp) == 1 && cp == 0xFFFD) {
        size_t pos;
        int nbad;
        const char *why;
        utf8_find_error(p, (size_t)(lx->end - p) < 4 ? (size_t)(lx->end - p) : 4, &pos, &nbad, &why);
        int col = col_of(lx, p);
        syntax_error(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: %s",
                     (unsigned char)*p, why);
        lx->p = p;
        fail(lx, t);
        return false;
    }
    if (V(lx) >= 39) {
        if (unicode_is_printable(cp))
            syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, col_of(lx, p),
                         "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
        else
            syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, col_of(lx, p),
                             "invalid non-printable character U+%04X", (unsigned)cp);
    } else {
        syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, ERR_NO_END,
                     cp < 128 ? "invalid syntax" : "invalid character in identifier");
    }
    lx->p = p;
    fail(lx, t);
    return false;
}

/* Scans an identifier (ASCII or UTF-8 letters); false after reporting a bad character. */
static bool scan_name(Lexer *lx, Token *t) {
    const char *p = lx->p;
    while (p < lx->end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                p++;
            else
                break;
        } else {
            uint32_t cp;
            int n = utf8_decode(p, lx->end, &cp);
            if (!unicode_is_xid(cp)) {
                /* Non-letters right after a name are CPython's "invalid character". */
                return invalid_character(lx, t, p);
            }
            p += n;
        }
    }
    lx->p = p;
    return true;
}

/* ---- numbers ---- */

static bool is_digit_in(int c, int base) {
    switch (base) {
    case 2: return c == '0' || c == '1';
    case 8: return c >= '0' && c <= '7';
    case 16: return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    default: return c >= '0' && c <= '9';
    }
}

static bool num_error(Lexer *lx, Token *t, const char *at, int end_col, const char *msg) {
    int col = col_of(lx, at);
    syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, end_col < 0 ? col : end_col, "%s", msg);
    lx->p = at;
    fail(lx, t);
    return false;
}

static const char *base_name(int base) {
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

/* Digits with single underscores between them; stops before anything else. */
static bool scan_digits(Lexer *lx, Token *t, const char **pp, int base) {
    const char *p = *pp;
    for (;;) {
        while (p < lx->end && is_digit_in(*p, base)) p++;
        if (p < lx->end && *p == '_') {
            p++;
            if (p >= lx->end || !is_digit_in(*p, base)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid %s literal", base_name(base));
                return num_error(lx, t, p - 1, -1, msg);
            }
            continue;
        }
        break;
    }
    *pp = p;
    return true;
}

/* CPython 3.12 lets a few keywords touch a number (`1if x else y`), with a warning. */
static bool keyword_follows(const Lexer *lx, const char *p) {
    static const char *ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t n = strlen(ok[i]);
        if ((size_t)(lx->end - p) >= n && memcmp(p, ok[i], n) == 0) return true;
    }
    return false;
}

static bool name_start(const Lexer *lx, const char *p) {
    if (p >= lx->end) return false;
    unsigned char c = (unsigned char)*p;
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool end_of_number(Lexer *lx, Token *t, const char *p, const char *kind) {
    if (!name_start(lx, p) || keyword_follows(lx, p)) return true;
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    if (V(lx) < 310) {
        /* the parser's error then, with the line as the parser sees it */
        syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, ERR_NO_END, "invalid syntax");
        lx->p = p;
        fail(lx, t);
        return false;
    }
    /* 3.12 points at the literal's last character. */
    return num_error(lx, t, p - 1, -1, msg);
}

static bool scan_radix(Lexer *lx, Token *t, const char *p, int base) {
    p += 2; /* 0x, 0o, 0b */
    if (p < lx->end && *p == '_') p++;
    if (p >= lx->end || !is_digit_in(*p, base)) {
        if (base != 16 && p < lx->end && *p >= '0' && *p <= '9') {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, base_name(base));
            return num_error(lx, t, p, -1, msg);
        }
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", base_name(base));
        bool alnum = p < lx->end && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z');
        return num_error(lx, t, alnum ? p : p - 1, -1, msg);
    }
    if (!scan_digits(lx, t, &p, base)) return false;
    if (base != 16 && p < lx->end && *p >= '0' && *p <= '9') {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, base_name(base));
        return num_error(lx, t, p, -1, msg);
    }
    lx->p = p;
    return end_of_number(lx, t, p, base_name(base));
}

static bool scan_exponent_and_imag(Lexer *lx, Token *t, const char **pp, const char *start) {
    const char *p = *pp;
    if (p < lx->end && (*p == 'e' || *p == 'E')) {
        const char *e = p++;
        if (p < lx->end && (*p == '+' || *p == '-')) p++;
        if (p >= lx->end || !(*p >= '0' && *p <= '9')) {
            /* `1else`, `1e` ... : CPython backs up and then complains about the literal. */
            if (keyword_follows(lx, e)) {
                *pp = e;
                return true;
            }
            /* CPython 3.12 blames the whole literal, from its first digit. */
            return num_error(lx, t, start, -1, "invalid decimal literal");
        }
        if (!scan_digits(lx, t, &p, 10)) return false;
    }
    if (p < lx->end && (*p == 'j' || *p == 'J')) p++;
    *pp = p;
    return true;
}

static bool scan_number(Lexer *lx, Token *t) {
    const char *p = lx->p;
    if (*p == '0' && p + 1 < lx->end) {
        char c = (char)(p[1] | 0x20);
        if (c == 'x') return scan_radix(lx, t, p, 16);
        if (c == 'o') return scan_radix(lx, t, p, 8);
        if (c == 'b') return scan_radix(lx, t, p, 2);
    }
    bool leading_zero = *p == '0', nonzero = false;
    const char *start = p;
    if (*p != '.') {
        if (!scan_digits(lx, t, &p, 10)) return false;
        for (const char *q = start; q < p; q++)
            if (*q != '0' && *q != '_') nonzero = true;
    }
    bool is_float = false;
    if (p < lx->end && *p == '.') {
        is_float = true;
        p++;
        if (p < lx->end && *p >= '0' && *p <= '9' && !scan_digits(lx, t, &p, 10)) return false;
    }
    const char *before_exp = p;
    if (!scan_exponent_and_imag(lx, t, &p, start)) return false;
    if (p != before_exp) is_float = true;
    if (leading_zero && nonzero && !is_float) {
        /* 3.10+ marks the literal from its first digit; 3.8 pointed past it. */
        if (V(lx) >= 310)
            return num_error(lx, t, start, col_of(lx, start + 1),
                             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        return num_error(lx, t, p, -1,
                         "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    lx->p = p;
    return end_of_number(lx, t, p, (p > start && (p[-1] | 0x20) == 'j') ? "imaginary" : "decimal");
}

/* ---- strings ---- */

/* Is [s, s+n) a string prefix (r, b, u, f, and their legal pairs, any case)? */
static bool string_prefix(const char *s, int n) {
    if (n > 2) return false;
    bool r = false, b = false, u = false, f = false;
    for (int i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1) return false;
    if (b && f) return false;
    return true;
}

/* 3.8/3.9: the text is everything from the string's line to the end, the offset its length, the
 * line the last one (two further down when read from a file). */
static void eof_in_triple38(Lexer *lx, const char *from) {
    const SourceInfo *si = lx->si;
    int last = lx->lineno - (lx->end > si->src && lx->end[-1] == '\n');
    syntax_error(si, "SyntaxError", last, 0, last, ERR_NO_END, "EOF while scanning triple-quoted string literal");
    ParseError *e = si->err;
    if (syntax_failed(si) && e->lineno == last && e->type_name && !e->end_lineno) {
        e->text = arena_strndup(si->arena, from, (size_t)(lx->end - from));
        int chars = 0;
        for (const char *q = from; q < lx->end; q++) chars += ((unsigned char)*q & 0xC0) != 0x80;
        e->offset = chars;
        if (si->from_file) e->lineno = last + 2;
    }
}

/* ---- 3.12 f-strings (PEP 701) ----
 * From 3.12 the tokenizer reads an f-string's replacement fields as ordinary tokens, so a field
 * may hold strings with the f-string's own quotes, comments and nested f-strings. The literal is
 * still one STRING token here (strings.c parses its inside); this scanner finds where it ends and
 * raises the errors CPython's tokenizer raises on the way. */

enum { FS_ERROR, FS_FIELD_END, FS_CLOSED };
enum { FS_MAX_NEST = 150 };

typedef struct FStr {
    char q;
    bool triple, raw;
    int lineno, col; /* where the f-string starts, for "unterminated" */
    int nest;
} FStr;

static int fstring_literal312(Lexer *lx, Token *t, const char **pp, const FStr *f, bool spec);

static bool fs_fail(Lexer *lx, Token *t, const char *at) {
    lx->p = at;
    fail(lx, t);
    return false;
}

static bool at_quote(const char *p, const char *end, char q, bool triple) {
    return *p == q && (!triple || (end - p >= 3 && p[1] == q && p[2] == q));
}

/* A plain string inside a field, from its opening quote; false after an error. */
static bool fs_inner_string(Lexer *lx, Token *t, const char **pp, const FStr *f) {
    const char *p = *pp, *qpos = p;
    char q = *p;
    bool triple = lx->end - p >= 3 && p[1] == q && p[2] == q;
    const char *from = p;
    while (from > lx->line_start && p - from < 2 && strchr("rRbBuU", from[-1])) from--;
    if (from > lx->line_start && (from[-1] == '_' || ((from[-1] | 0x20) >= 'a' && (from[-1] | 0x20) <= 'z') ||
                                  (from[-1] >= '0' && from[-1] <= '9')))
        from = p;
    int line = lx->lineno, col = col_of(lx, from);
    const char *line_start0 = lx->line_start;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= lx->end || (*p == '\n' && !triple)) {
            if (q == f->q && triple == f->triple) {
                /* CPython's tokenizer reports "f-string: expecting '}'" here, but only when its
                 * parser asks for this token: strings.c decides, seeing the field end here. */
                *pp = qpos;
                lx->lineno = line;
                lx->line_start = line_start0;
                return true;
            } else {
                syntax_error_tok(lx->si, "SyntaxError", line, col, line, col,
                                 triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                        : "unterminated string literal (detected at line %d)",
                                 lx->lineno);
            }
            return fs_fail(lx, t, qpos);
        }
        if (*p == '\\' && p + 1 < lx->end) {
            if (p[1] == '\n') newline(lx, p + 2);
            p += 2;
            continue;
        }
        if (*p == '\n') newline(lx, p + 1);
        if (at_quote(p, lx->end, q, triple)) {
            *pp = p + (triple ? 3 : 1);
            return true;
        }
        p++;
    }
}

/* Is the quote at p the start of an f-string (a prefix with f right before it)? */
static bool quote_has_f_prefix(const Lexer *lx, const char *p, bool *raw) {
    const char *s = p;
    while (s > lx->line_start && s > p - 2 && ((s[-1] | 0x20) == 'f' || (s[-1] | 0x20) == 'r')) s--;
    if (s > lx->line_start && (s[-1] == '_' || ((s[-1] | 0x20) >= 'a' && (s[-1] | 0x20) <= 'z') ||
                               (s[-1] >= '0' && s[-1] <= '9')))
        return false;
    bool f = false;
    *raw = false;
    for (const char *c = s; c < p; c++) {
        if ((*c | 0x20) == 'f') f = true;
        if ((*c | 0x20) == 'r') *raw = true;
    }
    return f;
}

/* A replacement field, *pp just past its `{`: tokens up to the matching `}`. */
static int fstring_field312(Lexer *lx, Token *t, const char **pp, const FStr *f) {
    const char *p = *pp;
    char stack[LEX_MAX_LEVEL];
    int sline[LEX_MAX_LEVEL], scol[LEX_MAX_LEVEL], depth = 0;
    stack[depth] = '{', sline[depth] = lx->lineno, scol[depth++] = col_of(lx, p - 1);
    for (;;) {
        if (p >= lx->end) {
            int i = depth - 1;
            syntax_error(lx->si, "SyntaxError", sline[i], scol[i], sline[i], -1, "'%c' was never closed", stack[i]);
            lx->si->err->end_offset = 0;
            fs_fail(lx, t, p);
            return FS_ERROR;
        }
        char c = *p;
        if (c == '\n') {
            newline(lx, p + 1);
            p++;
        } else if (c == '#') {
            while (p < lx->end && *p != '\n') p++;
        } else if (c == '\'' || c == '"') {
            bool raw;
            if (quote_has_f_prefix(lx, p, &raw)) {
                if (f->nest + 1 >= FS_MAX_NEST) {
                    syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, col_of(lx, p),
                                     "f-string: expressions nested too deeply");
                    return fs_fail(lx, t, p), FS_ERROR;
                }
                bool triple = lx->end - p >= 3 && p[1] == c && p[2] == c;
                FStr inner = {c, triple, raw, lx->lineno, col_of(lx, p), f->nest + 1};
                p += triple ? 3 : 1;
                if (fstring_literal312(lx, t, &p, &inner, false) != FS_CLOSED) return FS_ERROR;
            } else {
                const char *qpos = p;
                if (!fs_inner_string(lx, t, &p, f)) return FS_ERROR;
                if (p == qpos) {
                    *pp = p + (f->triple ? 3 : 1);
                    return FS_CLOSED;
                }
            }
        } else if (c == '(' || c == '[' || c == '{') {
            if (depth >= LEX_MAX_LEVEL) {
                syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, col_of(lx, p),
                                 "too many nested parentheses");
                return fs_fail(lx, t, p), FS_ERROR;
            }
            stack[depth] = c, sline[depth] = lx->lineno, scol[depth++] = col_of(lx, p);
            p++;
        } else if (c == ')' || c == ']' || c == '}') {
            int col = col_of(lx, p);
            if (depth == 1 && c != '}') {
                syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col, "f-string: unmatched '%c'", c);
                return fs_fail(lx, t, p), FS_ERROR;
            }
            char open = stack[depth - 1], want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (c != want) {
                if (sline[depth - 1] != lx->lineno)
                    syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col,
                                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                                     open, sline[depth - 1]);
                else
                    syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col,
                                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
                return fs_fail(lx, t, p), FS_ERROR;
            }
            p++;
            if (--depth == 0) {
                *pp = p;
                return FS_FIELD_END;
            }
        } else if (c == '!' && p + 1 < lx->end && p[1] == '=') {
            p += 2;
        } else if (c == ':' && depth == 1 && !(p + 1 < lx->end && p[1] == '=' && false)) {
            p++;
            int r = fstring_literal312(lx, t, &p, f, true);
            if (r != FS_FIELD_END) {
                *pp = p;
                return r;
            }
            *pp = p;
            return FS_FIELD_END;
        } else {
            p++;
        }
    }
}

/* Literal text (or a format spec) up to the closing quote (FS_CLOSED) or, in a spec, the `}`
 * ending the field (FS_FIELD_END, consumed). */
static int fstring_literal312(Lexer *lx, Token *t, const char **pp, const FStr *f, bool spec) {
    const char *p = *pp;
    for (;;) {
        if (p >= lx->end || (*p == '\n' && !f->triple)) {
            int detected = lx->lineno - (p >= lx->end && p > lx->si->src && p[-1] == '\n');
            if (p < lx->end) detected = lx->lineno;
            if (lx->si->incomplete_ok && f->triple && p >= lx->end) {
                syntax_incomplete(lx->si);
            } else {
                syntax_error_tok(lx->si, "SyntaxError", f->lineno, f->col, f->lineno, f->col,
                                 f->triple ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                           : "unterminated f-string literal (detected at line %d)",
                                 detected);
            }
            fs_fail(lx, t, p);
            return FS_ERROR;
        }
        char c = *p;
        if (c == '\\' && p + 1 < lx->end) {
            if (!f->raw && p[1] == 'N' && p + 2 < lx->end && p[2] == '{') {
                p += 3;
                while (p < lx->end && *p != '}' && *p != '\n' && !at_quote(p, lx->end, f->q, f->triple)) p++;
                if (p < lx->end && *p == '}') p++;
                continue;
            }
            if (p[1] == '\n') newline(lx, p + 2);
            p += 2;
            continue;
        }
        if (c == '\n') {
            newline(lx, p + 1);
            p++;
            continue;
        }
        if (at_quote(p, lx->end, f->q, f->triple)) {
            *pp = p + (f->triple ? 3 : 1);
            return FS_CLOSED;
        }
        if (c == '{') {
            if (!spec && p + 1 < lx->end && p[1] == '{') {
                p += 2;
                continue;
            }
            p++;
            int r = fstring_field312(lx, t, &p, f);
            if (r != FS_FIELD_END) {
                *pp = p;
                return r;
            }
            continue;
        }
        if (c == '}') {
            if (spec) {
                *pp = p + 1;
                return FS_FIELD_END;
            }
            if (p + 1 < lx->end && p[1] == '}') {
                p += 2;
                continue;
            }
            int col = col_of(lx, p);
            syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col, "f-string: single '}' is not allowed");
            fs_fail(lx, t, p);
            return FS_ERROR;
        }
        p++;
    }
}

static bool scan_fstring312(Lexer *lx, Token *t, const char *start, int lineno, int col) {
    const char *p = lx->p;
    char q = *p;
    bool triple = lx->end - p >= 3 && p[1] == q && p[2] == q;
    bool raw = false;
    for (const char *c = start; c < p; c++) raw |= (*c | 0x20) == 'r';
    FStr f = {q, triple, raw, lineno, col, 0};
    p += triple ? 3 : 1;
    if (fstring_literal312(lx, t, &p, &f, false) != FS_CLOSED) return false;
    lx->p = p;
    set_tok(lx, t, TK_STRING, start, lineno, col);
    return true;
}

static bool scan_string(Lexer *lx, Token *t, const char *start, int lineno, int col) {
    if (V(lx) >= 312) {
        bool is_f = false;
        for (const char *c = start; c < lx->p; c++) is_f |= (*c | 0x20) == 'f';
        if (is_f) return scan_fstring312(lx, t, start, lineno, col);
    }
    const char *p = lx->p;
    char q = *p;
    bool triple = p + 2 < lx->end && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= lx->end) {
            lx->p = p;
            /* CPython counts the line the text ends on, not the empty one after it. */
            int detected = lx->lineno - (p > lx->si->src && p[-1] == '\n');
            if (triple && lx->si->incomplete_ok) {
                syntax_incomplete(lx->si);
            } else if (V(lx) >= 310) {
                syntax_error_tok(lx->si, "SyntaxError", lineno, col, lineno, col,
                             triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                    : "unterminated string literal (detected at line %d)",
                             detected);
            } else if (triple) {
                eof_in_triple38(lx, start - col);
            } else {
                syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, ERR_NO_END,
                             "EOL while scanning string literal");
            }
            fail(lx, t);
            return false;
        }
        char c = *p;
        if (c == '\\' && p + 1 < lx->end) {
            p++;
            if (*p == '\r' && p + 1 < lx->end && p[1] == '\n') p++;
            if (*p == '\n') newline(lx, p + 1);
            p++;
            continue;
        }
        if (c == '\n' || (c == '\r' && !triple)) {
            if (!triple) {
                lx->p = p;
                if (V(lx) >= 310)
                    syntax_error_tok(lx->si, "SyntaxError", lineno, col, lineno, col,
                                     "unterminated string literal (detected at line %d)", lx->lineno);
                else
                    syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno,
                                 ERR_NO_END, "EOL while scanning string literal");
                fail(lx, t);
                return false;
            }
            newline(lx, p + 1);
            p++;
            continue;
        }
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < lx->end && p[1] == q && p[2] == q) {
                p += 3;
                break;
            }
        }
        p++;
    }
    lx->p = p;
    set_tok(lx, t, TK_STRING, start, lineno, col);
    return true;
}

/* ---- operators ---- */

static int operator_token(const char *p, const char *end, int *len) {
    char c = *p, c1 = p + 1 < end ? p[1] : 0, c2 = p + 2 < end ? p[2] : 0;
    *len = 2;
    switch (c) {
    case '*':
        if (c1 == '*') { if (c2 == '=') { *len = 3; return TK_DOUBLESTAREQUAL; } return TK_DOUBLESTAR; }
        if (c1 == '=') return TK_STAREQUAL;
        break;
    case '/':
        if (c1 == '/') { if (c2 == '=') { *len = 3; return TK_DOUBLESLASHEQUAL; } return TK_DOUBLESLASH; }
        if (c1 == '=') return TK_SLASHEQUAL;
        break;
    case '<':
        if (c1 == '<') { if (c2 == '=') { *len = 3; return TK_LEFTSHIFTEQUAL; } return TK_LEFTSHIFT; }
        if (c1 == '=') return TK_LESSEQUAL;
        if (c1 == '>') return TK_NOTEQUAL_OLD;
        break;
    case '>':
        if (c1 == '>') { if (c2 == '=') { *len = 3; return TK_RIGHTSHIFTEQUAL; } return TK_RIGHTSHIFT; }
        if (c1 == '=') return TK_GREATEREQUAL;
        break;
    case '.':
        if (c1 == '.' && c2 == '.') { *len = 3; return TK_ELLIPSIS; }
        break;
    case '=': if (c1 == '=') return TK_EQEQUAL; break;
    case '!': if (c1 == '=') return TK_NOTEQUAL; break;
    case '-':
        if (c1 == '=') return TK_MINEQUAL;
        if (c1 == '>') return TK_RARROW;
        break;
    case '+': if (c1 == '=') return TK_PLUSEQUAL; break;
    case '%': if (c1 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c1 == '=') return TK_AMPEREQUAL; break;
    case '|': if (c1 == '=') return TK_VBAREQUAL; break;
    case '^': if (c1 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '@': if (c1 == '=') return TK_ATEQUAL; break;
    case ':': if (c1 == '=') return TK_COLONEQUAL; break;
    default: break;
    }
    *len = 1;
    switch (c) {
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ':': return TK_COLON;
    case ',': return TK_COMMA;
    case ';': return TK_SEMI;
    case '+': return TK_PLUS;
    case '-': return TK_MINUS;
    case '*': return TK_STAR;
    case '/': return TK_SLASH;
    case '|': return TK_VBAR;
    case '&': return TK_AMPER;
    case '<': return TK_LESS;
    case '>': return TK_GREATER;
    case '=': return TK_EQUAL;
    case '.': return TK_DOT;
    case '%': return TK_PERCENT;
    case '~': return TK_TILDE;
    case '^': return TK_CIRCUMFLEX;
    case '@': return TK_AT;
    default: return 0;
    }
}

static bool open_bracket(Lexer *lx, Token *t, const char *p) {
    if (lx->level >= LEX_MAX_LEVEL) {
        syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, p), lx->lineno, col_of(lx, p),
                     "too many nested parentheses");
        fail(lx, t);
        return false;
    }
    lx->parens[lx->level] = *p;
    lx->paren_line[lx->level] = lx->lineno;
    lx->paren_col[lx->level] = col_of(lx, p);
    lx->level++;
    return true;
}

static bool close_bracket(Lexer *lx, Token *t, const char *p) {
    int col = col_of(lx, p);
    if (lx->level <= lx->base_level) {
        syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col, "unmatched '%c'", *p);
        fail(lx, t);
        return false;
    }
    char open = lx->parens[lx->level - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != want) {
        int ol = lx->paren_line[lx->level - 1];
        if (ol != lx->lineno)
            syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                         *p, open, ol);
        else
            syntax_error_tok(lx->si, "SyntaxError", lx->lineno, col, lx->lineno, col,
                         "closing parenthesis '%c' does not match opening parenthesis '%c'", *p, open);
        fail(lx, t);
        return false;
    }
    lx->level--;
    return true;
}

/* ---- the main loop ---- */

/* Skips spaces, comments and line joins inside a logical line. Returns false at a newline
 * (left unconsumed), at end of input, or after reporting an error. */
static bool skip_space(Lexer *lx, Token *t, bool *err) {
    for (;;) {
        while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == '\f')) lx->p++;
        if (lx->p >= lx->end) return false;
        char c = *lx->p;
        if (c == '#') {
            while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r') lx->p++;
            continue;
        }
        if (c == '\\') {
            const char *q = lx->p + 1;
            if (q < lx->end && *q == '\r' && q + 1 < lx->end && q[1] == '\n') q++;
            if (q < lx->end && *q == '\n') {
                int bs_col = col_of(lx, lx->p) + 1;
                newline(lx, q + 1);
                lx->p = q + 1;
                if (lx->p >= lx->end) {
                    if (lx->si->incomplete_ok) syntax_incomplete(lx->si);
                    else if (V(lx) < 310)
                        syntax_error_eof38(lx->si, "SyntaxError", 2, true, "unexpected EOF while parsing");
                    else
                        syntax_error(lx->si, "SyntaxError", lx->lineno - 1, bs_col, lx->lineno - 1,
                                     -1, "unexpected EOF while parsing");
                    if (V(lx) >= 310 && syntax_failed(lx->si) && lx->si->err->status == PARSE_ERROR)
                        lx->si->err->end_offset = -1;
                    *err = true;
                    fail(lx, t);
                    return false;
                }
                continue;
            }
            if (q >= lx->end) {
                if (lx->si->incomplete_ok) syntax_incomplete(lx->si);
                else
                    syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, lx->p), lx->lineno, -1,
                                 "unexpected EOF while parsing");
            } else {
                syntax_error(lx->si, "SyntaxError", lx->lineno, col_of(lx, lx->p) + 1, lx->lineno,
                             col_of(lx, lx->p) + 1, "unexpected character after line continuation character");
            }
            *err = true;
            fail(lx, t);
            return false;
        }
        return c != '\n' && c != '\r';
    }
}

static void finish(Lexer *lx, Token *t) {
    lx->last_type = t->type;
    lx->last_end_line = t->end_lineno;
    lx->last_end_col = t->end_col;
    if (t->type != TK_NEWLINE && t->type != TK_INDENT && t->type != TK_DEDENT) lx->line_has_tokens = true;
}

static void lex_token(Lexer *lx, Token *t);

void lex_next(Lexer *lx, Token *t) {
    lex_token(lx, t);
    finish(lx, t);
}

static bool emit_pending(Lexer *lx, Token *t) {
    if (lx->pending == 0) return false;
    const char *s = lx->p;
    if (lx->pending > 0) {
        lx->pending--;
        /* CPython's INDENT covers the leading whitespace; report it from column 0. */
        set_tok(lx, t, TK_INDENT, lx->line_start, lx->lineno, 0);
    } else {
        lx->pending++;
        set_tok(lx, t, TK_DEDENT, s, lx->lineno, col_of(lx, s));
    }
    return true;
}

static void lex_token(Lexer *lx, Token *t) {
    if (lx->done) {
        set_tok(lx, t, TK_ENDMARKER, lx->p, lx->lineno, col_of(lx, lx->p));
        if (syntax_failed(lx->si)) t->type = -1;
        return;
    }
    if (emit_pending(lx, t)) return;
    for (;;) {
        if (lx->at_bol && lx->level == 0) {
            lx->at_bol = false;
            if (!indentation(lx, t)) return;
            if (emit_pending(lx, t)) return;
        }
        bool err = false;
        if (!skip_space(lx, t, &err)) {
            if (err) return;
            if (lx->p >= lx->end) {
                at_eof(lx, t);
                return;
            }
            /* A newline ends the logical line only outside brackets and after some token. */
            const char *nl = lx->p;
            lx->p += (*nl == '\r' && nl + 1 < lx->end && nl[1] == '\n') ? 2 : 1;
            bool logical = lx->level == 0 && lx->line_has_tokens;
            int col = col_of(lx, nl);
            int line = lx->lineno;
            newline(lx, lx->p);
            if (lx->level == 0) lx->at_bol = true;
            if (logical) {
                lx->line_has_tokens = false;
                t->type = TK_NEWLINE;
                t->s = nl;
                t->len = (int)(lx->p - nl);
                t->lineno = t->end_lineno = line;
                t->col = col;
                t->end_col = col + (V(lx) >= 312); /* 3.12's NEWLINE token has a width */
                return;
            }
            continue;
        }
        break;
    }
    const char *s = lx->p;
    int lineno = lx->lineno, col = col_of(lx, s);
    unsigned char c = (unsigned char)*s;
    if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
        if (c >= 0x80) {
            uint32_t cp;
            utf8_decode(s, lx->end, &cp);
            if (!unicode_is_xid_start(cp)) {
                invalid_character(lx, t, s);
                return;
            }
        }
        if (!scan_name(lx, t)) return;
        int n = (int)(lx->p - s);
        if (lx->p < lx->end && (*lx->p == '\'' || *lx->p == '"') && string_prefix(s, n)) {
            scan_string(lx, t, s, lineno, col);
            return;
        }
        set_tok(lx, t, keyword_type(s, n), s, lineno, col);
        return;
    }
    if ((c >= '0' && c <= '9') || (c == '.' && s + 1 < lx->end && s[1] >= '0' && s[1] <= '9')) {
        if (scan_number(lx, t)) set_tok(lx, t, TK_NUMBER, s, lineno, col);
        return;
    }
    if (c == '\'' || c == '"') {
        scan_string(lx, t, s, lineno, col);
        return;
    }
    int len;
    int type = operator_token(s, lx->end, &len);
    if (type == 0) {
        if (c == '$' || c == '?' || c == '`' || c == '!' || c < 0x20 || c == 0x7f)
            invalid_character(lx, t, s);
        else
            invalid_character(lx, t, s);
        return;
    }
    if ((type == TK_LPAR || type == TK_LSQB || type == TK_LBRACE) && !open_bracket(lx, t, s)) return;
    if ((type == TK_RPAR || type == TK_RSQB || type == TK_RBRACE) && !close_bracket(lx, t, s)) return;
    lx->p = s + len;
    set_tok(lx, t, type, s, lineno, col);
}
