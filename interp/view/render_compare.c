/* render_compare.c: classes side by side (per instance and for N instances, the saving against
 * the first column), and the crossover rows, as tables that fit the width. */
#include <stdio.h>
#include <string.h>

#include "view/render.h"
#include "view/rendertext.h"

static int col_width(int width, int label, int n) {
    int w = n > 0 ? (width - label) / n : width;
    return w > 18 ? 18 : w < 7 ? 7 : w;
}

/* A column cell: a space, then the text right-aligned in the rest. */
static void col_cell(ViewOut *o, const char *s, int cw, bool ascii) {
    view_puts(o, " ");
    view_cell(o, s, cw - 1, true, ascii);
}

static void col_num(ViewOut *o, long long v, int cw) {
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    col_cell(o, b, cw, true);
}

static void line_label(ViewOut *o, const char *label, int w, const ViewOptions *opt) {
    view_cell(o, label, w, false, opt->ascii);
}

static void compare_head(ViewOut *o, const ViewCompareColumn *c, int n, int label, int cw,
                         const ViewOptions *opt) {
    bool same = true;
    for (int i = 1; i < n; i++) same = same && c[i].prof == c[0].prof;
    char title[64];
    snprintf(title, sizeof title, same ? "bytes, CPython %s" : "bytes", c[0].prof->name);
    view_color(o, opt, VC_BOLD);
    line_label(o, title, label, opt);
    for (int i = 0; i < n; i++) {
        char h[64];
        if (same)
            snprintf(h, sizeof h, "%s", c[i].name);
        else
            snprintf(h, sizeof h, "%s %s", c[i].name, c[i].prof->name);
        col_cell(o, h, cw, opt->ascii);
    }
    view_color(o, opt, VC_RESET);
    view_puts(o, "\n");
}

static void number_line(ViewOut *o, const char *label, const ViewCompareColumn *c, int n, int lw,
                        int cw, const ViewOptions *opt, int which) {
    line_label(o, label, lw, opt);
    for (int i = 0; i < n; i++) {
        const ViewInstanceCost *k = &c[i].cost;
        MSize v = which == 0 ? k->getsizeof : which == 1 ? k->values + k->dict : k->total;
        col_num(o, v, cw);
    }
    view_puts(o, "\n");
}

static void total_lines(ViewOut *o, const ViewCompareColumn *c, int n, int lw, int cw,
                        const ViewOptions *opt) {
    char label[80], b[32], cell[64];
    snprintf(label, sizeof label, "for %s", view_commas(opt->ninstances, b, sizeof b));
    line_label(o, label, lw, opt);
    for (int i = 0; i < n; i++)
        view_cell(o, view_bytes_text(c[i].cost.total * opt->ninstances, b, sizeof b), cw, true,
                  true);
    view_puts(o, "\n");
    snprintf(label, sizeof label, "saving vs %s", c[0].name);
    line_label(o, label, lw, opt);
    for (int i = 0; i < n; i++) {
        long long saved = (long long)(c[0].cost.total - c[i].cost.total);
        double pct = c[0].cost.total ? 100.0 * (double)saved / (double)c[0].cost.total : 0;
        if (i == 0)
            snprintf(cell, sizeof cell, "-");
        else
            snprintf(cell, sizeof cell, "%lld (%.0f%%)", saved, pct);
        col_cell(o, cell, cw, true);
    }
    view_puts(o, "\n");
}

void view_render_compare(ViewOut *o, const ViewCompareColumn *c, int n, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1;
    if (n <= 0) return;
    int lw = width >= 100 ? 26 : width >= 60 ? 20 : 14;
    int cw = col_width(width, lw, n);
    compare_head(o, c, n, lw, cw, opt);
    view_rule(o, view_glyphs(opt)->h, lw + cw * n);
    view_puts(o, "\n");
    number_line(o, "sys.getsizeof", c, n, lw, cw, opt, 0);
    number_line(o, "+ __dict__/values", c, n, lw, cw, opt, 1);
    number_line(o, "per instance", c, n, lw, cw, opt, 2);
    total_lines(o, c, n, lw, cw, opt);
    view_wrap(o, "",
              "per instance: the object and the dict or values array it allocates, "
              "after many instances of the class; not the objects its attributes point to.",
              0, width, opt->ascii);
}

static const char *const cross_heads[] = {"version", "__dict__", "k",     "inst+dict",
                                          "K",       "extra",    "K_real"};

void view_render_crossover(ViewOut *o, const ViewCrossover *c, int n, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1;
    int cw = (width - 8) / 6 > 12 ? 12 : (width - 8) / 6;
    char title[120];
    snprintf(title, sizeof title, "Slots against an instance dict (%lld attribute%s)",
             n > 0 ? (long long)c[0].nattrs : 0LL, n > 0 && c[0].nattrs == 1 ? "" : "s");
    view_color(o, opt, VC_BOLD);
    view_cell_end(o, title, width, opt->ascii);
    view_puts(o, "\n");
    view_cell(o, cross_heads[0], 8, false, true);
    for (int i = 1; i < 7; i++) view_cell(o, cross_heads[i], cw, true, true);
    view_color(o, opt, VC_RESET);
    view_puts(o, "\n");
    for (int i = 0; i < n; i++) {
        view_cell(o, c[i].prof->name, 8, false, true);
        MSize v[6] = {c[i].dict_bytes, c[i].k,     c[i].instance_bytes + c[i].dict_bytes,
                      c[i].K,          c[i].extra, c[i].K_real};
        for (int j = 0; j < 6; j++) view_num_cell(o, v[j], cw);
        view_puts(o, "\n");
    }
    view_wrap(o, "",
              "k: slots as big as the __dict__; K: slots as big as instance + __dict__ "
              "(sys.getsizeof); extra: what a dict-based instance really costs beyond a slotted "
              "one; K_real: slots as big as that.",
              0, width, opt->ascii);
}
