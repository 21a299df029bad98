/* render.h: the forms :mem shows, as text for a terminal or projector (Unicode box drawing or
 * ASCII, colour on request, fitted to opt->width) and as SVG for slides. Renderers only read
 * what layoutrows/dictview/versions computed. */
#ifndef SLOTSCOPE_VIEW_RENDER_H
#define SLOTSCOPE_VIEW_RENDER_H

#include "view/alloc.h"
#include "view/dictview.h"
#include "view/layoutrows.h"
#include "view/versions.h"
#include "view/viewout.h"

/* (a) the byte map: one row per field, then sys.getsizeof, what it leaves out, the notes */
void view_render_table(ViewOut *o, const ViewLayout *l, const ViewOptions *opt);
/* (b) one box per field, stacked; offsets on the left, sizes on the right; a double rule where
 * the object pointer points (opt->proportional: taller boxes for bigger fields) */
void view_render_boxes(ViewOut *o, const ViewLayout *l, const ViewOptions *opt);
/* (c) bytes against key count, one bar per count, resizes marked */
void view_render_chart(ViewOut *o, const ViewDictSeries *s, const ViewOptions *opt);

/* (d) classes side by side: per instance and for opt->ninstances, saving against the first */
typedef struct ViewCompareColumn {
    const char *name; /* "Point", "SlotPoint" */
    const Profile *prof;
    ViewInstanceCost cost; /* view_instance_cost() */
} ViewCompareColumn;
void view_render_compare(ViewOut *o, const ViewCompareColumn *cols, int n, const ViewOptions *opt);

/* the same class under every version, with what changed between neighbours */
void view_render_versions(ViewOut *o, const ViewVersions *v, const ViewOptions *opt);
/* the crossover rows for several versions (FACTS.md's k, K, extra, K_real) */
void view_render_crossover(ViewOut *o, const ViewCrossover *c, int n, const ViewOptions *opt);

/* (e) SVG documents (standalone, well-formed, escaped text) of the box diagram and the chart */
void view_svg_layout(ViewOut *o, const ViewLayout *l, const ViewOptions *opt);
void view_svg_chart(ViewOut *o, const ViewDictSeries *s, const ViewOptions *opt);

#endif
