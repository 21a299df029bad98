/* xmlcheck.c: see xmlcheck.h. Handles what SVG output needs: an XML declaration, elements,
 * empty elements, attributes, text with the five predefined entities and numeric ones. */
#include "xmlcheck.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct {
    const char *p, *doc;
    const char *stack[MAX_DEPTH];
    size_t len[MAX_DEPTH];
    int depth, roots;
} Parser;

static bool name_char(char c) {
    return isalnum((unsigned char)c) || c == '-' || c == '_' || c == ':' || c == '.';
}

static size_t name(const char *p) {
    size_t n = 0;
    if (!isalpha((unsigned char)p[0]) && p[0] != '_') return 0;
    while (name_char(p[n])) n++;
    return n;
}

static const char *entity(const char *p) {
    static const char *const known[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
    for (size_t i = 0; i < 5; i++)
        if (strncmp(p, known[i], strlen(known[i])) == 0) return p + strlen(known[i]);
    if (p[1] == '#') {
        const char *q = p + 2;
        if (*q == 'x') q++;
        while (isxdigit((unsigned char)*q)) q++;
        if (*q == ';' && q > p + 2) return q + 1;
    }
    return NULL;
}

static const char *attributes(Parser *ps) {
    const char *p = ps->p;
    for (;;) {
        while (isspace((unsigned char)*p)) p++;
        if (*p == '>' || *p == '/' || *p == '?') break;
        size_t n = name(p);
        if (n == 0) return "bad attribute name";
        p += n;
        if (*p++ != '=') return "attribute without =";
        char q = *p++;
        if (q != '"' && q != '\'') return "unquoted attribute";
        while (*p && *p != q) {
            if (*p == '<') return "< in attribute";
            if (*p != '&') {
                p++;
                continue;
            }
            p = entity(p);
            if (!p) return "bad entity in attribute";
        }
        if (!*p) return "unterminated attribute";
        p++;
    }
    ps->p = p;
    return NULL;
}

static const char *open_tag(Parser *ps) {
    const char *p = ps->p + 1;
    size_t n = name(p);
    if (n == 0) return "bad element name";
    ps->p = p + n;
    const char *err = attributes(ps);
    if (err) return err;
    if (ps->depth == 0 && ps->roots++ > 0) return "more than one root element";
    if (ps->p[0] == '/' && ps->p[1] == '>') {
        ps->p += 2;
        return NULL;
    }
    if (ps->p[0] != '>') return "bad end of tag";
    if (ps->depth == MAX_DEPTH) return "too deep";
    ps->stack[ps->depth] = p;
    ps->len[ps->depth++] = n;
    ps->p++;
    return NULL;
}

static const char *close_tag(Parser *ps) {
    const char *p = ps->p + 2;
    size_t n = name(p);
    if (ps->depth == 0) return "close tag without open tag";
    ps->depth--;
    if (n != ps->len[ps->depth] || strncmp(p, ps->stack[ps->depth], n) != 0)
        return "mismatched close tag";
    p += n;
    while (isspace((unsigned char)*p)) p++;
    if (*p != '>') return "bad close tag";
    ps->p = p + 1;
    return NULL;
}

static const char *step(Parser *ps) {
    const char *p = ps->p;
    if (*p == '<') {
        if (strncmp(p, "<?xml", 5) == 0) {
            const char *e = strstr(p, "?>");
            if (!e || p != ps->doc) return "misplaced XML declaration";
            ps->p = e + 2;
            return NULL;
        }
        return p[1] == '/' ? close_tag(ps) : open_tag(ps);
    }
    if (*p == '&') {
        if (!(ps->p = entity(p))) return "bad entity in text";
        return NULL;
    }
    if (*p == '>') return "raw > in text";
    if (ps->depth == 0 && !isspace((unsigned char)*p)) return "text outside the root element";
    ps->p++;
    return NULL;
}

const char *xml_check(const char *doc) {
    Parser ps = {doc, doc};
    while (*ps.p) {
        const char *err = step(&ps);
        if (err) return err;
    }
    if (ps.depth != 0) return "unclosed element";
    if (ps.roots != 1) return "no root element";
    return NULL;
}
