/* versions.c: a class under every version, and the differences between neighbours, read off
 * the model's layouts (the reasons quoted are the CPython changes FACTS.md traces them to). */
#include "view/versions.h"

#include <stdio.h>
#include <string.h>

#include "view/dictview.h"

static const char *const names[VIEW_MAX_VERSIONS] = {"2.7",  "3.6",  "3.7",  "3.8", "3.9",
                                                     "3.10", "3.11", "3.12", "3.13"};

static void add(char *buf, size_t size, const char *text) {
    size_t len = strlen(buf);
    if (len < size) snprintf(buf + len, size - len, "%s%s", len ? "; " : "", text);
}

static void add_pair(char *buf, size_t size, const char *what, MSize a, MSize b) {
    char text[80];
    snprintf(text, sizeof text, "%s %lld -> %lld", what, (long long)a, (long long)b);
    add(buf, size, text);
}

static void describe_change(const ViewVersionRow *prev, ViewVersionRow *cur) {
    const ModelType *a = &prev->type, *b = &cur->type;
    char *s = cur->change;
    size_t n = sizeof cur->change;
    MSize ga = model_gc_header(prev->prof, a), gb = model_gc_header(cur->prof, b);
    if (a->gc && b->gc && ga != gb) add_pair(s, n, "GC header", ga, gb);
    if (!a->gc && b->gc) add(s, n, "now GC-tracked: a GC header before the object");
    if (!a->managed_dict && b->managed_dict) add(s, n, "dict pointer moved before the object");
    if (!a->managed_weakref && b->managed_weakref)
        add(s, n, "weakref pointer joined the pre-header");
    if (!a->inline_values && b->inline_values) add(s, n, "values stored inline");
    if (a->basicsize != b->basicsize) add_pair(s, n, "__basicsize__", a->basicsize, b->basicsize);
    if (prev->getsizeof != cur->getsizeof)
        add_pair(s, n, "getsizeof", prev->getsizeof, cur->getsizeof);
    if (prev->dict_bytes != cur->dict_bytes && prev->dict_bytes >= 0 && cur->dict_bytes >= 0)
        add_pair(s, n, "__dict__", prev->dict_bytes, cur->dict_bytes);
    if (prev->cost.total != cur->cost.total)
        add_pair(s, n, "real", prev->cost.total, cur->cost.total);
}

static bool one_version(const Profile *p, const ViewObjectFacts *f, MSize nattrs,
                        ViewVersionRow *row) {
    ViewLayout l;
    memset(row, 0, sizeof *row);
    row->prof = p;
    bool ok = view_layout_build(p, f, NULL, &l);
    row->type = l.type;
    row->preheader = l.preheader;
    row->getsizeof = l.getsizeof;
    view_layout_free(&l);
    row->dict_bytes = -1;
    if (ok && row->type.has_dict) {
        ViewHistoryStep h;
        ok = view_instance_history(p, nattrs, 1, &h);
        row->dict_bytes = h.dict_bytes;
    }
    return ok && view_instance_cost(p, &row->type, nattrs, 10000, &row->cost);
}

bool view_versions(const ViewObjectFacts *f, MSize nattrs, ViewVersions *out) {
    memset(out, 0, sizeof *out);
    snprintf(out->type_name, sizeof out->type_name, "%s", f->type_name ? f->type_name : "?");
    out->nattrs = nattrs;
    ViewObjectFacts g = *f;
    g.instance = false;
    for (int i = 0; i < VIEW_MAX_VERSIONS; i++) {
        const Profile *p = profile_find(names[i]);
        if (!p) continue;
        if (!one_version(p, &g, nattrs, &out->rows[out->n])) return false;
        if (out->n > 0) describe_change(&out->rows[out->n - 1], &out->rows[out->n]);
        out->n++;
    }
    return true;
}
