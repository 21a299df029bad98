/* syntax_error.c: turns byte positions into SyntaxError's attributes (lines, character offsets, text). */
#include "syntax/syntax_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *line_start(const SourceInfo *si, int lineno, const char **end) {
    const char *p = si->src, *stop = si->src + si->len;
    for (int l = 1; l < lineno && p < stop; l++) {
        const char *nl = memchr(p, '\n', (size_t)(stop - p));
        if (!nl) {
            p = stop;
            break;
        }
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(stop - p));
    *end = nl ? nl + 1 : stop;
    return p;
}

int syntax_char_offset(const SourceInfo *si, int lineno, int col) {
    const char *end;
    const char *p = line_start(si, lineno, &end);
    int chars = 0;
    /* Columns past the line (positions at EOF) still count one per byte. */
    for (int i = 0; i < col; i++) {
        unsigned char c = (p + i < end) ? (unsigned char)p[i] : 'x';
        if ((c & 0xC0) != 0x80) chars++;
    }
    return chars + 1;
}

static bool verror(const SourceInfo *si, const char *type, int lineno, int col, int end_lineno, int end_col,
                   bool strip, const char *fmt, va_list ap) {
    ParseError *e = si->err;
    if (e->status != PARSE_OK) return false;
    e->status = PARSE_ERROR;
    e->type_name = type;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->lineno = lineno;
    e->offset = syntax_char_offset(si, lineno, col);
    if (end_col == ERR_NO_END || si->version < 310) {
        e->end_lineno = 0;
        e->end_offset = 0;
    } else {
        e->end_lineno = end_lineno;
        e->end_offset = syntax_char_offset(si, end_lineno, end_col);
    }
    const char *end;
    const char *p = line_start(si, lineno, &end);
    e->text = (p < si->src + si->len || lineno == 1) ? arena_strndup(si->arena, p, (size_t)(end - p))
                                                     : NULL;
    if (strip) syntax_text_strip_newline(si);
    return false;
}

bool syntax_error(const SourceInfo *si, const char *type, int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(si, type, lineno, col, end_lineno, end_col, false, fmt, ap);
    va_end(ap);
    return false;
}

bool syntax_error_tok(const SourceInfo *si, const char *type, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(si, type, lineno, col, end_lineno, end_col, true, fmt, ap);
    va_end(ap);
    return false;
}

bool syntax_error_eof38(const SourceInfo *si, const char *type, int file_lines, bool file_text, const char *msg) {
    int last = 1;
    const char *line = si->src, *end = si->src + si->len;
    for (const char *p = si->src; p < end; p++)
        if (*p == '\n' && p + 1 < end) last++, line = p + 1;
    const char *eol = memchr(line, '\n', (size_t)(end - line));
    int col = (int)((eol ? eol : end) - line);
    if (eol && eol > line && eol[-1] == '\r') col--;
    syntax_error(si, type, last, col, last, ERR_NO_END, "%s", msg);
    ParseError *e = si->err;
    if (si->from_file && e->lineno == last && !strcmp(e->msg, msg)) {
        e->lineno = last + file_lines;
        if (!file_text) e->text = arena_strdup(si->arena, "");
    }
    return false;
}

void syntax_text_strip_newline(const SourceInfo *si) {
    char *t = si->err->text;
    if (!t) return;
    size_t n = strlen(t);
    if (n && t[n - 1] == '\n') t[--n] = '\0';
    if (n && t[n - 1] == '\r') t[--n] = '\0';
}

void syntax_incomplete(const SourceInfo *si) {
    ParseError *e = si->err;
    if (e->status != PARSE_OK) return;
    e->status = PARSE_INCOMPLETE;
    e->type_name = "SyntaxError";
    snprintf(e->msg, sizeof e->msg, "incomplete input");
    e->lineno = e->offset = e->end_lineno = e->end_offset = 0;
    e->text = NULL;
}
