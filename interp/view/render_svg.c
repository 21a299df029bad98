/* render_svg.c: the box diagram and the size chart as standalone SVG for slides: large plain
 * text, a few flat colours, every text node escaped, every attribute quoted. */
#include <stdio.h>
#include <string.h>

#include "view/render.h"
#include "view/rendertext.h"

#define SVG_W 960
#define FONT "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\""

static void esc(ViewOut *o, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&':
            view_puts(o, "&amp;");
            break;
        case '<':
            view_puts(o, "&lt;");
            break;
        case '>':
            view_puts(o, "&gt;");
            break;
        case '"':
            view_puts(o, "&quot;");
            break;
        case '\'':
            view_puts(o, "&apos;");
            break;
        default:
            if ((unsigned char)*s >= 0x20 || *s == '\t') view_putn(o, s, 1);
        }
    }
}

static void text(ViewOut *o, int x, int y, int size, const char *anchor, const char *weight,
                 const char *s) {
    view_printf(o,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">",
                x, y, size, anchor, weight);
    esc(o, s);
    view_puts(o, "</text>\n");
}

/* text cut to `cols` characters (with an ellipsis) so that it stays inside its box */
static void text_cut(ViewOut *o, int x, int y, int size, const char *weight, const char *s,
                     int cols) {
    ViewOut b;
    view_out_buffer(&b);
    view_cell_end(&b, s, cols, false);
    text(o, x, y, size, "start", weight, view_out_text(&b));
    view_out_free(&b);
}

static void open_svg(ViewOut *o, int h, const char *title) {
    view_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    view_printf(o,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                "viewBox=\"0 0 %d %d\" " FONT ">\n",
                SVG_W, h, SVG_W, h);
    view_puts(o, "<title>");
    esc(o, title);
    view_puts(o, "</title>\n");
    view_printf(o, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", SVG_W,
                h);
    text(o, 24, 40, 26, "start", "bold", title);
}

static const char *fill_for(const ViewRow *r) {
    switch (r->kind) {
    case VR_PREHEADER:
        return "#e8dcf5";
    case VR_SLOT:
        return "#d3f0d3";
    case VR_DICT:
    case VR_WEAKREF:
        return "#fff1b8";
    case VR_VALUES:
        return "#fff8dc";
    case VR_EXTERNAL:
        return "#eeeeee";
    default:
        return "#dbe8fb";
    }
}

static int row_height(const ViewRow *r, const ViewOptions *opt) {
    if (!opt->proportional) return 34;
    int h = (int)(r->size / 8) * 20;
    return h < 34 ? 34 : h > 160 ? 160 : h;
}

static void svg_row(ViewOut *o, const ViewRow *r, int y, int h, const ViewOptions *opt) {
    char s[48];
    (void)opt;
    view_printf(o,
                "<rect x=\"140\" y=\"%d\" width=\"640\" height=\"%d\" fill=\"%s\" "
                "stroke=\"#222222\" stroke-width=\"2\"%s/>\n",
                y, h, fill_for(r), r->counted ? "" : " stroke-dasharray=\"8 5\"");
    int ty = y + 24;
    if (r->kind == VR_EXTERNAL)
        snprintf(s, sizeof s, "->");
    else
        snprintf(s, sizeof s, "%lld", (long long)r->offset);
    text(o, 124, ty, 20, "end", "normal", s);
    text_cut(o, 156, ty, 20, "bold", r->field, 18);
    text_cut(o, 380, ty, 18, "normal", r->value, 36);
    snprintf(s, sizeof s, r->counted ? "%lld B" : "(%lld B)", (long long)r->size);
    text(o, 796, ty, 20, "start", "normal", s);
}

void view_svg_layout(ViewOut *o, const ViewLayout *l, const ViewOptions *opt) {
    int h = 120;
    for (int i = 0; i < l->nrows; i++) h += row_height(&l->rows[i], opt) + 12;
    char title[160];
    snprintf(title, sizeof title, "%s, CPython %s: sys.getsizeof = %lld bytes", l->type_name,
             l->prof->name, (long long)l->getsizeof);
    open_svg(o, h, title);
    text(o, 124, 80, 16, "end", "normal", "offset");
    text(o, 796, 80, 16, "start", "normal", "size");
    int y = 92;
    for (int i = 0; i < l->nrows; i++) {
        const ViewRow *r = &l->rows[i];
        bool gap = i > 0 && ((l->rows[i - 1].offset < 0 && r->offset >= 0) ||
                             (r->kind == VR_EXTERNAL && l->rows[i - 1].kind != VR_EXTERNAL));
        if (gap) {
            y += 12;
            view_printf(o,
                        "<line x1=\"130\" y1=\"%d\" x2=\"790\" y2=\"%d\" stroke=\"#b00020\" "
                        "stroke-width=\"4\"/>\n",
                        y - 6, y - 6);
            text(o, 800, y, 16, "start", "bold",
                 r->kind == VR_EXTERNAL ? "separate block" : "object pointer");
        }
        int rh = row_height(r, opt);
        svg_row(o, r, y, rh, opt);
        y += rh;
    }
    view_puts(o, "</svg>\n");
}

/* ---- the chart: one column per key count, resizes in a stronger colour and labelled */

#define PLOT_X 110
#define PLOT_Y 80
#define PLOT_W 800
#define PLOT_H 380

static void axes(ViewOut *o, MSize max, const ViewDictSeries *s) {
    char b[32];
    view_printf(o,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222222\" "
                "stroke-width=\"2\"/>\n",
                PLOT_X, PLOT_Y + PLOT_H, PLOT_X + PLOT_W, PLOT_Y + PLOT_H);
    view_printf(o,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222222\" "
                "stroke-width=\"2\"/>\n",
                PLOT_X, PLOT_Y, PLOT_X, PLOT_Y + PLOT_H);
    snprintf(b, sizeof b, "%lld", (long long)max);
    text(o, PLOT_X - 8, PLOT_Y + 8, 18, "end", "normal", b);
    text(o, PLOT_X - 8, PLOT_Y + PLOT_H, 18, "end", "normal", "0");
    text(o, PLOT_X - 8, PLOT_Y - 14, 16, "end", "normal", "bytes");
    snprintf(b, sizeof b, "%lld", (long long)s->max_keys);
    text(o, PLOT_X + PLOT_W, PLOT_Y + PLOT_H + 26, 18, "end", "normal", b);
    text(o, PLOT_X, PLOT_Y + PLOT_H + 26, 18, "start", "normal", "0");
    text(o, PLOT_X + PLOT_W / 2, PLOT_Y + PLOT_H + 50, 18, "middle", "normal",
         s->kind == VD_INSTANCE ? "attributes" : "keys");
}

static bool svg_is_break(const ViewDictSeries *s, MSize k) {
    for (int i = 0; i < s->nbreaks; i++)
        if (s->breaks[i] == k) return true;
    return false;
}

void view_svg_chart(ViewOut *o, const ViewDictSeries *s, const ViewOptions *opt) {
    (void)opt;
    MSize max = 1;
    for (MSize k = 0; k <= s->max_keys; k++)
        if (s->steps[k].bytes > max) max = s->steps[k].bytes;
    char title[160], b[32];
    snprintf(title, sizeof title, "%s, CPython %s: sys.getsizeof by %s",
             s->kind == VD_INSTANCE   ? "instance __dict__"
             : s->kind == VD_STR_KEYS ? "dict, str keys"
                                      : "dict, int keys",
             s->prof->name, s->kind == VD_INSTANCE ? "attribute count" : "key count");
    open_svg(o, PLOT_Y + PLOT_H + 70, title);
    double step = (double)PLOT_W / (double)(s->max_keys + 1);
    for (MSize k = 0; k <= s->max_keys; k++) {
        int h = (int)((double)s->steps[k].bytes * PLOT_H / (double)max);
        int x = PLOT_X + (int)(step * (double)k);
        int w = step > 3 ? (int)step - 1 : 2;
        bool br = svg_is_break(s, k);
        view_printf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", x,
                    PLOT_Y + PLOT_H - h, w, h, br ? "#c0392b" : "#5b8fd6");
        if (!br) continue;
        snprintf(b, sizeof b, "%lld:%lld", (long long)k, (long long)s->steps[k].bytes);
        text(o, x, PLOT_Y + PLOT_H - h - 8, 16, "start", "bold", b);
    }
    axes(o, max, s);
    view_puts(o, "</svg>\n");
}
