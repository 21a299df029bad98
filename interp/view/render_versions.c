/* render_versions.c: one class under every version, a row each, then what changed. */
#include <stdio.h>

#include "view/render.h"
#include "view/rendertext.h"

static const char *const heads[] = {"version",   "basic",     "dict/weak",
                                    "getsizeof", "+__dict__", "real"};

static void version_row(ViewOut *o, const ViewVersionRow *r, int cw) {
    char off[32], d[32];
    view_cell(o, r->prof->name, 8, false, true);
    view_num_cell(o, r->type.basicsize, cw);
    snprintf(off, sizeof off, "%lld/%lld", (long long)r->type.dictoffset,
             (long long)r->type.weaklistoffset);
    view_cell(o, off, cw + 2, true, true);
    view_num_cell(o, r->getsizeof, cw);
    if (r->dict_bytes >= 0)
        snprintf(d, sizeof d, "%lld", (long long)r->dict_bytes);
    else
        snprintf(d, sizeof d, "-");
    view_cell(o, d, cw, true, true);
    view_num_cell(o, r->cost.total, cw);
    view_puts(o, "\n");
}

void view_render_versions(ViewOut *o, const ViewVersions *v, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1;
    int cw = (width - 10) / 5 > 12 ? 12 : (width - 10) / 5;
    char title[160];
    snprintf(title, sizeof title, "%s under every version (%lld attribute%s set), bytes",
             v->type_name, (long long)v->nattrs, v->nattrs == 1 ? "" : "s");
    view_color(o, opt, VC_BOLD);
    view_cell_end(o, title, width, opt->ascii);
    view_puts(o, "\n");
    view_cell(o, heads[0], 8, false, true);
    for (int i = 1; i < 6; i++) view_cell(o, heads[i], i == 2 ? cw + 2 : cw, true, true);
    view_color(o, opt, VC_RESET);
    view_puts(o, "\n");
    for (int i = 0; i < v->n; i++) version_row(o, &v->rows[i], cw);
    view_wrap(o, "",
              "basic: __basicsize__; dict/weak: __dictoffset__/__weakrefoffset__; real: "
              "what one instance allocates after 10,000 (object + dict or values).",
              0, width, opt->ascii);
    view_puts(o, "What changed:\n");
    for (int i = 1; i < v->n; i++) {
        if (!v->rows[i].change[0]) continue;
        char first[32];
        snprintf(first, sizeof first, "  %-5s ", v->rows[i].prof->name);
        view_wrap(o, first, v->rows[i].change, 8, width, opt->ascii);
    }
}
