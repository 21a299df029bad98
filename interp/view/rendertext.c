/* rendertext.c: glyphs, rules, wrapping and byte counts for the text renderers. */
#include "view/rendertext.h"

#include <stdio.h>
#include <string.h>

static const ViewGlyphs unicode_glyphs = {
    "\u2500", "\u2502", "\u250c", "\u2510", "\u2514", "\u2518", "\u251c", "\u2524", "\u2550",
    "\u255e", "\u2561", "\u2588", "\u258c", "\u25c0", "\u2192", "\u2022", "\u254c"};
static const ViewGlyphs ascii_glyphs = {"-", "|", "+", "+", "+", "+",  "+", "+", "=",
                                        "+", "+", "#", "#", "<", "->", "*", "-"};

const ViewGlyphs *view_glyphs(const ViewOptions *opt) {
    return opt->ascii ? &ascii_glyphs : &unicode_glyphs;
}

void view_rule(ViewOut *o, const char *glyph, int width) {
    view_repeat(o, glyph, width);
}

/* Length in bytes of the next word of text (up to a space or the end). */
static size_t word_len(const char *s) {
    size_t n = 0;
    while (s[n] && s[n] != ' ') n++;
    return n;
}

void view_wrap(ViewOut *o, const char *first, const char *text, int indent, int width, bool ascii) {
    char plain[1024];
    if (ascii) {
        view_ascii_copy(text, plain, sizeof plain);
        text = plain;
    }
    view_puts(o, first);
    int col = view_text_width(first);
    bool line_empty = true;
    while (*text) {
        while (*text == ' ') text++;
        size_t n = word_len(text);
        if (n == 0) break;
        char word[256];
        size_t cut = n < sizeof word - 1 ? n : sizeof word - 1;
        memcpy(word, text, cut);
        word[cut] = '\0';
        int w = view_text_width(word);
        if (!line_empty && col + 1 + w > width) {
            view_puts(o, "\n");
            view_repeat(o, " ", indent);
            col = indent;
            line_empty = true;
        }
        if (!line_empty) {
            view_puts(o, " ");
            col++;
        }
        if (col + w > width) w = width - col; /* a word wider than the line is cut */
        view_cell(o, word, w, false, ascii);
        col += w;
        line_empty = false;
        text += n;
    }
    view_puts(o, "\n");
}

const char *view_bytes_text(long long bytes, char *buf, size_t size) {
    if (bytes < 10000)
        snprintf(buf, size, "%lld B", bytes);
    else if (bytes < 10000000)
        snprintf(buf, size, "%.1f kB", (double)bytes / 1e3);
    else if (bytes < 10000000000LL)
        snprintf(buf, size, "%.1f MB", (double)bytes / 1e6);
    else
        snprintf(buf, size, "%.1f GB", (double)bytes / 1e9);
    return buf;
}

void view_num_cell(ViewOut *o, long long v, int width) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    view_cell(o, buf, width, true, true);
}
