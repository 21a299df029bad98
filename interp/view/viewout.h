/* viewout.h: where the views write (a FILE * or a growable buffer), the options every renderer
 * takes (width, colour, ASCII), and the text-width helpers that keep a table inside its width
 * whatever the characters (box drawing and arrows are one column each). */
#ifndef SLOTSCOPE_VIEWOUT_H
#define SLOTSCOPE_VIEWOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct ViewOut {
    FILE *file; /* NULL: write to buf */
    char *buf;  /* NUL-terminated when len > 0 */
    size_t len, cap;
    bool failed; /* out of memory or a write error: later output is dropped */
} ViewOut;

void view_out_file(ViewOut *o, FILE *f);
void view_out_buffer(ViewOut *o);
/* The buffer's text ("" if empty); it stays owned by o. */
const char *view_out_text(const ViewOut *o);
void view_out_free(ViewOut *o);

void view_puts(ViewOut *o, const char *s);
void view_putn(ViewOut *o, const char *s, size_t n);
void view_printf(ViewOut *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void view_repeat(ViewOut *o, const char *s, int times);

typedef struct ViewOptions {
    int width;            /* columns available (80 by default; the caller passes the terminal's) */
    bool color;           /* ANSI colours (the caller honours NO_COLOR and non-terminals) */
    bool ascii;           /* ASCII only, no box drawing (--ascii) */
    bool proportional;    /* box diagram: box heights proportional to bytes */
    long long ninstances; /* comparison: "for N instances" (1,000,000 by default) */
} ViewOptions;

void view_options_default(ViewOptions *opt);

/* Display width of UTF-8 text: one column per code point. */
int view_text_width(const char *s);
/* Write s in exactly `width` columns: cut with an ellipsis if too long (… or ~), padded with
 * spaces on the right (align_right: on the left). */
void view_cell(ViewOut *o, const char *s, int width, bool align_right, bool ascii);

/* The last cell of a line: cut like view_cell, but not padded. */
void view_cell_end(ViewOut *o, const char *s, int width, bool ascii);

/* s with the arrows, ellipses and bullets the views use spelled in ASCII; any other non-ASCII
 * character becomes '?'. */
void view_ascii_copy(const char *s, char *out, size_t size);

/* ANSI colour around a piece of text when opt->color is set; "" otherwise. */
typedef enum { VC_RESET, VC_BOLD, VC_DIM, VC_PRE, VC_OBJ, VC_SLOT, VC_DICT, VC_WARN } ViewColor;
void view_color(ViewOut *o, const ViewOptions *opt, ViewColor c);

/* Thousands separators: 1,000,000 (buf of at least 32 bytes). */
const char *view_commas(long long v, char *buf, size_t size);

#endif
