/* render_chart.c: a dict's size against its key count as horizontal bars, one per count, with
 * each resize marked and the table behind it named. Long series keep the breakpoints and the
 * count before each, so the plateaus stay visible. */
#include <stdio.h>

#include "view/render.h"
#include "view/rendertext.h"

#define MARK_W 22

static const char *kind_text(ViewDictKind k) {
    return k == VD_STR_KEYS       ? "dict with str keys"
           : k == VD_GENERAL_KEYS ? "dict with int keys"
                                  : "instance __dict__";
}

static bool is_break(const ViewDictSeries *s, MSize k) {
    for (int i = 0; i < s->nbreaks; i++)
        if (s->breaks[i] == k) return true;
    return false;
}

/* Rows shown: all when few, else the breakpoints, the count before each and the last. */
static bool shown(const ViewDictSeries *s, MSize k) {
    if (s->max_keys <= 40) return true;
    return is_break(s, k) || is_break(s, k + 1) || k == s->max_keys;
}

static void mark_text(const ViewDictStep *st, char *buf, size_t size, const ViewOptions *opt) {
    const char *arrow = view_glyphs(opt)->mark;
    if (st->table_size == 0)
        snprintf(buf, size, "%s no table yet", arrow);
    else if (st->split)
        snprintf(buf, size, "%s split, %lld values", arrow,
                 (long long)(st->shared_nentries + st->shared_usable));
    else
        snprintf(buf, size, "%s %lld-slot table", arrow, (long long)st->table_size);
}

static void bar(ViewOut *o, MSize bytes, MSize max, int room, bool pad, const ViewOptions *opt) {
    const ViewGlyphs *g = view_glyphs(opt);
    long long halves = max > 0 ? (long long)bytes * room * 2 / max : 0;
    if (halves == 0 && bytes > 0) halves = 1;
    view_repeat(o, g->bar, (int)(halves / 2));
    if (halves % 2) view_puts(o, g->half);
    if (pad) view_repeat(o, " ", room - (int)((halves + 1) / 2));
}

static void chart_row(ViewOut *o, const ViewDictSeries *s, MSize k, MSize max, int room,
                      const ViewOptions *opt) {
    const ViewDictStep *st = &s->steps[k];
    view_num_cell(o, k, 5);
    view_num_cell(o, st->bytes, 7);
    view_puts(o, " ");
    view_color(o, opt, is_break(s, k) ? VC_DICT : VC_OBJ);
    bar(o, st->bytes, max, room, is_break(s, k), opt);
    view_color(o, opt, VC_RESET);
    if (is_break(s, k)) {
        char m[64];
        mark_text(st, m, sizeof m, opt);
        view_puts(o, " ");
        view_cell_end(o, m, MARK_W - 1, opt->ascii);
    }
    view_puts(o, "\n");
}

void view_render_chart(ViewOut *o, const ViewDictSeries *s, const ViewOptions *opt) {
    int width = (opt->width < 40 ? 40 : opt->width) - 1;
    int room = width - 13 - MARK_W;
    MSize max = 0;
    for (MSize k = 0; k <= s->max_keys; k++)
        if (s->steps[k].bytes > max) max = s->steps[k].bytes;
    char title[160];
    snprintf(title, sizeof title, "%s, CPython %s: sys.getsizeof by number of %s",
             kind_text(s->kind), s->prof->name, s->kind == VD_INSTANCE ? "attributes" : "keys");
    view_color(o, opt, VC_BOLD);
    view_cell_end(o, title, width, opt->ascii);
    view_color(o, opt, VC_RESET);
    view_puts(o, s->kind == VD_INSTANCE ? "\n attrs  bytes\n" : "\n  keys  bytes\n");
    bool gap = false;
    for (MSize k = 0; k <= s->max_keys; k++) {
        if (!shown(s, k)) {
            if (!gap) view_printf(o, "%7s\n", opt->ascii ? ":" : "\u22ee");
            gap = true;
            continue;
        }
        gap = false;
        chart_row(o, s, k, max, room, opt);
    }
    char line[200], b[64];
    snprintf(line, sizeof line, "resizes at %s (keys:bytes)",
             view_dict_breaks_text(s, b, sizeof b));
    view_wrap(o, "", line, 2, width, opt->ascii);
}
