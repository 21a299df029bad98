/* rendertext.h: what the text renderers share: the glyph set (Unicode box drawing or ASCII),
 * rules, word-wrapped paragraphs and byte counts written for people ("1.2 MB"). */
#ifndef SLOTSCOPE_VIEW_RENDERTEXT_H
#define SLOTSCOPE_VIEW_RENDERTEXT_H

#include "model/model.h"
#include "view/viewout.h"

typedef struct ViewGlyphs {
    const char *h, *v, *tl, *tr, *bl, *br, *lt, *rt; /* ─ │ ┌ ┐ └ ┘ ├ ┤ */
    const char *dh, *dlt, *drt;                      /* ═ ╞ ╡: the object-pointer rule */
    const char *bar, *half, *mark, *arrow, *bullet;  /* █ ▌ ◀ → • */
    const char *dash;                                /* ╌: light separators */
} ViewGlyphs;

const ViewGlyphs *view_glyphs(const ViewOptions *opt);

/* A horizontal rule of `width` columns. */
void view_rule(ViewOut *o, const char *glyph, int width);
/* A paragraph wrapped to `width` columns: the first line after `first`, the others indented by
 * `indent` spaces. */
void view_wrap(ViewOut *o, const char *first, const char *text, int indent, int width, bool ascii);
/* 48 -> "48 B", 1234567 -> "1.2 MB" (decimal units, as tutorials quote them) */
const char *view_bytes_text(long long bytes, char *buf, size_t size);
/* A cell holding a number, right-aligned. */
void view_num_cell(ViewOut *o, long long v, int width);

#endif
