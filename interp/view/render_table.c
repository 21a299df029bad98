/* render_table.c: the byte map as a table (offset, size, field, what it holds, who put it
 * there), then sys.getsizeof and its breakdown, what it leaves out and the notes. */
#include <stdio.h>

#include "view/render.h"
#include "view/rendertext.h"

typedef struct Cols {
    int off, size, field, value, from;
} Cols;

static int clamp(int v, int lo, int hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

/* Field and origin columns as wide as their longest entry within limits that grow with the
 * width; what the field holds takes the rest. */
static Cols columns(const ViewLayout *l, int width) {
    Cols c = {6, 6, 0, 0, 0};
    int wf = 5, wr = 4;
    for (int i = 0; i < l->nrows; i++) {
        wf = clamp(view_text_width(l->rows[i].field), wf, 40);
        wr = clamp(view_text_width(l->rows[i].from), wr, 40);
    }
    int spare = width - 80;
    c.field = clamp(wf, 5, 14 + (spare > 0 ? spare / 4 : 0));
    c.from = clamp(wr, 4, 10 + (spare > 0 ? spare / 4 : 0));
    c.value = width - c.off - c.size - c.field - c.from - 8;
    while (c.value < 12 && (c.field > 6 || c.from > 5)) { /* narrow: share the shortage */
        if (c.field >= c.from + 2 && c.field > 6)
            c.field--;
        else if (c.from > 5)
            c.from--;
        else
            c.field--;
        c.value++;
    }
    return c;
}

static ViewColor row_color(const ViewRow *r) {
    switch (r->kind) {
    case VR_PREHEADER:
        return VC_PRE;
    case VR_SLOT:
        return VC_SLOT;
    case VR_DICT:
    case VR_VALUES:
    case VR_WEAKREF:
        return VC_DICT;
    default:
        return VC_OBJ;
    }
}

static void row(ViewOut *o, const ViewRow *r, const Cols *c, const ViewOptions *opt) {
    char off[24], size[24];
    if (r->kind == VR_EXTERNAL)
        snprintf(off, sizeof off, "%s", opt->ascii ? "->" : "\u2192");
    else
        snprintf(off, sizeof off, "%lld", (long long)r->offset);
    snprintf(size, sizeof size, r->counted ? "%lld" : "(%lld)", (long long)r->size);
    view_cell(o, off, c->off, true, opt->ascii);
    view_puts(o, " ");
    view_cell(o, size, c->size, true, opt->ascii);
    view_puts(o, "  ");
    view_color(o, opt, row_color(r));
    view_cell(o, r->field, c->field, false, opt->ascii);
    view_color(o, opt, VC_RESET);
    view_puts(o, "  ");
    view_cell(o, r->value, c->value, false, opt->ascii);
    view_puts(o, "  ");
    view_cell_end(o, r->from, c->from, opt->ascii);
    view_puts(o, "\n");
}

/* A labelled light rule: "╌╌ object starts here (offset 0) ╌╌╌╌" */
static void marker(ViewOut *o, const char *label, int width, const ViewOptions *opt) {
    const ViewGlyphs *g = view_glyphs(opt);
    view_rule(o, g->dash, 2);
    view_printf(o, " %s ", label);
    view_rule(o, g->dash, width - 4 - view_text_width(label));
    view_puts(o, "\n");
}

static void header(ViewOut *o, const ViewLayout *l, const Cols *c, int width,
                   const ViewOptions *opt) {
    char title[160];
    snprintf(title, sizeof title, "%s, CPython %s: sys.getsizeof = %lld bytes", l->type_name,
             l->prof->name, (long long)l->getsizeof);
    view_color(o, opt, VC_BOLD);
    view_cell_end(o, title, width, opt->ascii);
    view_color(o, opt, VC_RESET);
    view_puts(o, "\n");
    view_cell(o, "offset", c->off, true, true);
    view_puts(o, " ");
    view_cell(o, "bytes", c->size, true, true);
    view_puts(o, "  ");
    view_cell(o, "field", c->field, false, true);
    view_puts(o, "  ");
    view_cell(o, "holds", c->value, false, true);
    view_puts(o, "  ");
    view_cell_end(o, "from", c->from, true);
    view_puts(o, "\n");
    view_rule(o, view_glyphs(opt)->h, width);
    view_puts(o, "\n");
}

static void rows(ViewOut *o, const ViewLayout *l, const Cols *c, int width,
                 const ViewOptions *opt) {
    bool before = l->nrows > 0 && l->rows[0].offset < 0, external = false;
    for (int i = 0; i < l->nrows; i++) {
        const ViewRow *r = &l->rows[i];
        if (before && r->offset >= 0 && r->kind != VR_EXTERNAL) {
            marker(o, "the object starts here (offset 0)", width, opt);
            before = false;
        }
        if (r->kind == VR_EXTERNAL && !external) {
            marker(o, "a separate block", width, opt);
            external = true;
        }
        row(o, r, c, opt);
    }
    view_rule(o, view_glyphs(opt)->h, width);
    view_puts(o, "\n");
}

static void totals(ViewOut *o, const ViewLayout *l, int width, const ViewOptions *opt) {
    char line[240], b[32];
    bool hidden = l->allocated != l->getsizeof;
    for (int i = 0; i < l->nrows; i++) hidden = hidden || !l->rows[i].counted;
    bool ext = l->nrows > 0 && l->rows[l->nrows - 1].kind == VR_EXTERNAL;
    if (l->preheader > 0)
        snprintf(line, sizeof line, "sys.getsizeof = %lld = %lld before the object + %lld %s%s",
                 (long long)l->getsizeof, (long long)l->preheader, (long long)l->body,
                 ext ? "by __sizeof__" : "in it", hidden ? "; (n): not counted" : "");
    else
        snprintf(line, sizeof line, "sys.getsizeof = %lld bytes, all in the object%s",
                 (long long)l->getsizeof, hidden ? "; (n): not counted" : "");
    view_wrap(o, "", line, 2, width, opt->ascii);
    if (l->allocated != l->getsizeof) {
        snprintf(line, sizeof line, "the object's allocation really holds %lld bytes",
                 (long long)l->allocated);
        view_wrap(o, "", line, 2, width, opt->ascii);
    }
    for (int i = 0; i < l->nomits; i++) {
        const ViewOmit *m = &l->omits[i];
        if (m->bytes >= 0)
            snprintf(line, sizeof line, "%s: %s", m->what, view_bytes_text(m->bytes, b, sizeof b));
        else
            snprintf(line, sizeof line, "%s", m->what);
        view_wrap(o, i == 0 ? "leaves out: " : "            ", line, 12, width, opt->ascii);
    }
}

void view_render_table(ViewOut *o, const ViewLayout *l, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1; /* the last column stays free */
    Cols c = columns(l, width);
    header(o, l, &c, width, opt);
    rows(o, l, &c, width, opt);
    totals(o, l, width, opt);
    const ViewGlyphs *g = view_glyphs(opt);
    char bullet[16];
    snprintf(bullet, sizeof bullet, "%s ", g->bullet);
    for (int i = 0; i < l->nnotes; i++) view_wrap(o, bullet, l->notes[i], 2, width, opt->ascii);
}
