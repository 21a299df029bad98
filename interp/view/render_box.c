/* render_box.c: the layout as stacked boxes, one per field: offsets on the left, sizes on the
 * right, a double rule where the object pointer points, separate blocks drawn apart. */
#include <stdio.h>

#include "view/render.h"
#include "view/rendertext.h"

typedef struct Box {
    int left;  /* offset column */
    int inner; /* inside the box */
    int field; /* field name inside the box */
    int from;  /* class name inside the box, right */
} Box;

static Box geometry(const ViewLayout *l, int width) {
    Box b = {7, 0, 8, 6};
    b.inner = width - b.left - 12; /* offset, borders, the size column (8) */
    if (b.inner > 88) b.inner = 88;
    for (int i = 0; i < l->nrows; i++) {
        int f = view_text_width(l->rows[i].field), r = view_text_width(l->rows[i].from);
        if (f > b.field) b.field = f;
        if (r > b.from) b.from = r;
    }
    b.field++; /* a gap before the value */
    if (b.field > b.inner / 4) b.field = b.inner / 4;
    if (b.from > b.inner / 5) b.from = b.inner / 5;
    return b;
}

/* "       ├────────┤" and friends; `label` goes to the right of the box. */
static void edge(ViewOut *o, const Box *b, const char *l, const char *h, const char *r,
                 const char *label, const ViewOptions *opt) {
    view_repeat(o, " ", b->left + 1);
    view_puts(o, l);
    view_rule(o, h, b->inner);
    view_puts(o, r);
    if (label) {
        view_puts(o, " ");
        view_cell_end(o, label, 8, opt->ascii);
    }
    view_puts(o, "\n");
}

static void content(ViewOut *o, const Box *b, const ViewRow *r, bool first,
                    const ViewOptions *opt) {
    const ViewGlyphs *g = view_glyphs(opt);
    char off[24], size[24];
    if (r->kind == VR_EXTERNAL)
        snprintf(off, sizeof off, "%s", g->arrow);
    else
        snprintf(off, sizeof off, "%lld", (long long)r->offset);
    snprintf(size, sizeof size, r->counted ? "%lld" : "(%lld)", (long long)r->size);
    view_cell(o, first ? off : "", b->left, true, opt->ascii);
    view_puts(o, " ");
    view_puts(o, g->v);
    int value = b->inner - b->field - b->from - 4;
    view_puts(o, " ");
    view_cell(o, first ? r->field : "", b->field, false, opt->ascii);
    view_puts(o, " ");
    view_cell(o, first ? r->value : "", value, false, opt->ascii);
    view_puts(o, " ");
    view_cell(o, first ? r->from : "", b->from, true, opt->ascii);
    view_puts(o, " ");
    view_puts(o, g->v);
    if (first) {
        view_puts(o, " ");
        view_cell_end(o, size, 8, opt->ascii);
    }
    view_puts(o, "\n");
}

static int box_lines(const ViewRow *r, const ViewOptions *opt) {
    if (!opt->proportional) return 1;
    MSize n = r->size / 8;
    return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}

/* Rows [from, to) as one stack of boxes. */
static void stack(ViewOut *o, const ViewLayout *l, int from, int to, const Box *b,
                  const ViewOptions *opt) {
    const ViewGlyphs *g = view_glyphs(opt);
    edge(o, b, g->tl, g->h, g->tr, NULL, opt);
    for (int i = from; i < to; i++) {
        const ViewRow *r = &l->rows[i];
        for (int k = 0; k < box_lines(r, opt); k++) content(o, b, r, k == 0, opt);
        if (i + 1 == to) break;
        bool origin = r->offset < 0 && l->rows[i + 1].offset >= 0;
        if (origin)
            edge(o, b, g->dlt, g->dh, g->drt, opt->ascii ? "<- obj" : "\u25c0 object", opt);
        else
            edge(o, b, g->lt, g->h, g->rt, NULL, opt);
    }
    edge(o, b, g->bl, g->h, g->br, NULL, opt);
}

void view_render_boxes(ViewOut *o, const ViewLayout *l, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1;
    Box b = geometry(l, width);
    char title[160];
    snprintf(title, sizeof title, "%s, CPython %s: sys.getsizeof = %lld bytes", l->type_name,
             l->prof->name, (long long)l->getsizeof);
    view_color(o, opt, VC_BOLD);
    view_cell_end(o, title, width, opt->ascii);
    view_color(o, opt, VC_RESET);
    view_puts(o, "\n");
    int ext = 0;
    while (ext < l->nrows && l->rows[ext].kind != VR_EXTERNAL) ext++;
    if (ext > 0) stack(o, l, 0, ext, &b, opt);
    if (ext < l->nrows) {
        view_repeat(o, " ", b.left + 2);
        view_cell_end(o, "a separate block, counted by __sizeof__:", width - b.left - 2,
                      opt->ascii);
        view_puts(o, "\n");
        stack(o, l, ext, l->nrows, &b, opt);
    }
    char line[160];
    snprintf(line, sizeof line, "%lld before the object + %lld %s = %lld bytes%s",
             (long long)l->preheader, (long long)l->body,
             ext < l->nrows ? "by __sizeof__" : "in it", (long long)l->getsizeof,
             l->allocated != l->getsizeof ? "; (n): not counted" : "");
    view_repeat(o, " ", b.left + 2);
    view_cell_end(o, line, width - b.left - 2, opt->ascii);
    view_puts(o, "\n");
}
