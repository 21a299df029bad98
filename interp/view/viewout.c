/* viewout.c: output sinks, options and column arithmetic for the views. */
#include "view/viewout.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void view_out_file(ViewOut *o, FILE *f) {
    memset(o, 0, sizeof *o);
    o->file = f;
}

void view_out_buffer(ViewOut *o) {
    memset(o, 0, sizeof *o);
}

const char *view_out_text(const ViewOut *o) {
    return o->buf ? o->buf : "";
}

void view_out_free(ViewOut *o) {
    free(o->buf);
    o->buf = NULL;
    o->len = o->cap = 0;
}

static bool reserve(ViewOut *o, size_t more) {
    if (o->len + more + 1 <= o->cap) return true;
    size_t cap = o->cap ? o->cap : 256;
    while (cap < o->len + more + 1) cap *= 2;
    char *b = realloc(o->buf, cap);
    if (!b) {
        o->failed = true;
        return false;
    }
    o->buf = b;
    o->cap = cap;
    return true;
}

void view_putn(ViewOut *o, const char *s, size_t n) {
    if (o->failed || n == 0) return;
    if (o->file) {
        if (fwrite(s, 1, n, o->file) != n) o->failed = true;
        return;
    }
    if (!reserve(o, n)) return;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

void view_puts(ViewOut *o, const char *s) {
    view_putn(o, s, strlen(s));
}

void view_printf(ViewOut *o, const char *fmt, ...) {
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        o->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        view_putn(o, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        o->failed = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    view_putn(o, big, (size_t)n);
    free(big);
}

void view_repeat(ViewOut *o, const char *s, int times) {
    for (int i = 0; i < times; i++) view_puts(o, s);
}

void view_options_default(ViewOptions *opt) {
    memset(opt, 0, sizeof *opt);
    opt->width = 80;
    opt->ninstances = 1000000;
}

int view_text_width(const char *s) {
    int w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

/* Bytes of s that make up its first `cols` columns. */
static size_t prefix_bytes(const char *s, int cols) {
    size_t i = 0;
    int w = 0;
    while (s[i]) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (w == cols) break;
            w++;
        }
        i++;
    }
    return i;
}

/* s with the few non-ASCII characters the views use spelled in ASCII (others become '?'). */
void view_ascii_copy(const char *s, char *out, size_t size) {
    static const struct {
        const char *u, *a;
    } map[] = {{"\u2192", "->"}, {"\u2026", "..."}, {"\u00d7", "x"},
               {"\u2190", "<-"}, {"\u2264", "<="},  {"\u2265", ">="},
               {"\u2022", "*"},  {"\u2013", "-"},   {"\u2014", "-"}};
    size_t j = 0;
    while (*s && j + 4 < size) {
        if ((unsigned char)*s < 0x80) {
            out[j++] = *s++;
            continue;
        }
        const char *a = "?";
        size_t skip = 1;
        for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
            if (strncmp(s, map[k].u, strlen(map[k].u)) == 0) {
                a = map[k].a;
                skip = strlen(map[k].u);
            }
        if (skip == 1)
            while ((s[skip] & 0xC0) == 0x80) skip++;
        for (; *a && j + 1 < size; a++) out[j++] = *a;
        s += skip;
    }
    out[j] = '\0';
}

void view_cell(ViewOut *o, const char *s, int width, bool align_right, bool ascii) {
    if (width <= 0) return;
    char plain[512];
    if (ascii) {
        view_ascii_copy(s, plain, sizeof plain);
        s = plain;
    }
    int w = view_text_width(s);
    if (w > width) {
        view_putn(o, s, prefix_bytes(s, width - 1));
        view_puts(o, ascii ? "~" : "\u2026");
        return;
    }
    if (align_right) view_repeat(o, " ", width - w);
    view_puts(o, s);
    if (!align_right) view_repeat(o, " ", width - w);
}

void view_cell_end(ViewOut *o, const char *s, int width, bool ascii) {
    char plain[512];
    if (ascii) {
        view_ascii_copy(s, plain, sizeof plain);
        s = plain;
    }
    int w = view_text_width(s);
    view_cell(o, s, w < width ? w : width, false, ascii);
}

void view_color(ViewOut *o, const ViewOptions *opt, ViewColor c) {
    static const char *const codes[] = {
        [VC_RESET] = "\033[0m",   [VC_BOLD] = "\033[1m",    [VC_DIM] = "\033[2m",
        [VC_PRE] = "\033[1;35m",  [VC_OBJ] = "\033[1;34m",  [VC_SLOT] = "\033[1;32m",
        [VC_DICT] = "\033[1;33m", [VC_WARN] = "\033[1;31m",
    };
    if (opt->color) view_puts(o, codes[c]);
}

const char *view_commas(long long v, char *buf, size_t size) {
    char digits[32];
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    int n = snprintf(digits, sizeof digits, "%llu", u);
    size_t j = 0;
    if (v < 0 && j + 1 < size) buf[j++] = '-';
    for (int i = 0; i < n && j + 1 < size; i++) {
        if (i > 0 && (n - i) % 3 == 0 && j + 1 < size) buf[j++] = ',';
        if (j + 1 < size) buf[j++] = digits[i];
    }
    buf[j] = '\0';
    return buf;
}
