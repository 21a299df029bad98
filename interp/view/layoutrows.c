/* layoutrows.c: an object's byte map from the model's layout of its class chain. */
#include "view/layoutrows.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view/alloc.h"
#include "view/fields.h"
#include "view/notes.h"

#define PTR ((MSize)sizeof(void *))

void view_object_facts_init(ViewObjectFacts *f, const char *type_name, ModelBuiltin builtin,
                            const ViewClassFacts *classes, int nclasses) {
    memset(f, 0, sizeof *f);
    f->type_name = type_name;
    f->builtin = builtin;
    f->classes = classes;
    f->nclasses = nclasses;
    f->dict_bytes = -1;
    f->values_bytes = -1;
    f->referents_bytes = -1;
}

ViewRow *view_layout_add(ViewLayout *l, ViewRowKind kind, MSize offset, MSize size,
                         const char *field, const char *value, const char *from) {
    if (l->nrows == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        ViewRow *rows = realloc(l->rows, (size_t)cap * sizeof *rows);
        if (!rows) {
            l->failed = true;
            return NULL;
        }
        l->rows = rows;
        l->cap = cap;
    }
    ViewRow *r = &l->rows[l->nrows++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->offset = offset;
    r->size = size;
    r->counted = kind != VR_VALUES;
    snprintf(r->field, sizeof r->field, "%s", field ? field : "");
    snprintf(r->value, sizeof r->value, "%s", value ? value : "");
    snprintf(r->from, sizeof r->from, "%s", from ? from : "");
    return r;
}

void view_layout_note(ViewLayout *l, const char *fmt, ...) {
    if (l->nnotes >= VIEW_MAX_NOTES) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->notes[l->nnotes++], sizeof l->notes[0], fmt, ap);
    va_end(ap);
}

void view_layout_omit(ViewLayout *l, const char *what, MSize bytes) {
    if (l->nomits >= VIEW_MAX_OMITS) return;
    ViewOmit *o = &l->omits[l->nomits++];
    snprintf(o->what, sizeof o->what, "%s", what);
    o->bytes = bytes;
}

MSize view_layout_counted(const ViewLayout *l) {
    MSize sum = 0;
    for (int i = 0; i < l->nrows; i++)
        if (l->rows[i].counted) sum += l->rows[i].size;
    return sum;
}

void view_layout_free(ViewLayout *l) {
    free(l->rows);
    l->rows = NULL;
    l->nrows = l->cap = 0;
}

/* Which classes of the chain added the __dict__ and __weakref__ (the base-most one). */
static void origins(ViewLayout *l, const ViewObjectFacts *f) {
    for (int i = 0; i < l->chain.n; i++) {
        if (l->chain.add_dict[i])
            snprintf(l->dict_from, sizeof l->dict_from, "%s", f->classes[i].name);
        if (l->chain.add_weak[i])
            snprintf(l->weak_from, sizeof l->weak_from, "%s", f->classes[i].name);
    }
}

static MSize body_size(const Profile *p, const ViewObjectFacts *f, const ModelType *t) {
    if (f->sizeof_body > 0) return f->sizeof_body;
    if (view_builtin_sizeof_ignores_subclass(f->builtin))
        return view_builtin_default_sizeof(p, f->builtin, f->nclasses > 0);
    return model_object_sizeof(t, f->nitems);
}

static void slot_rows(ViewLayout *l, const ViewObjectFacts *f) {
    for (int i = l->chain.n - 1; i >= 0; i--) {
        const ViewClassFacts *c = &f->classes[i];
        MSize off = l->chain.types[i].slot_offset;
        for (int j = 0; j < c->nslots; j++) {
            const char *v = "object reference";
            if (c->values) v = c->values[j] ? c->values[j] : "<unset>";
            view_layout_add(l, VR_SLOT, off + j * PTR, PTR, c->slots ? c->slots[j] : "?", v,
                            c->name);
        }
    }
}

/* __dict__ and __weakref__ pointers inside the object (before 3.11, or a variable-size base,
 * whose negative __dictoffset__ counts from the end of the items). */
static void inobject_rows(ViewLayout *l, const ViewObjectFacts *f) {
    const ModelType *t = &l->type;
    if (l->dict_from[0] && !t->managed_dict) {
        MSize off = t->dictoffset;
        if (off < 0) off += (t->basicsize + f->nitems * t->itemsize + PTR - 1) / PTR * PTR;
        const char *v = f->dict_text         ? f->dict_text
                        : !f->instance       ? "the instance's __dict__"
                        : f->dict_bytes >= 0 ? "dict"
                                             : "NULL (made on first use)";
        view_layout_add(l, VR_DICT, off, PTR, "__dict__", v, l->dict_from);
    }
    if (l->weak_from[0] && !t->managed_weakref && t->weaklistoffset > 0) {
        const char *v = f->weakref_text ? f->weakref_text
                        : f->instance   ? "NULL (no weak references yet)"
                                        : "list of weak references";
        view_layout_add(l, VR_WEAKREF, t->weaklistoffset, PTR, "__weakref__", v, l->weak_from);
    }
}

static MSize inline_values_bytes(const ViewLayout *l, const ViewObjectFacts *f) {
    if (f->values_bytes > 0) return f->values_bytes;
    /* not known: the first instance of a fresh class (30 slots: SHARED_KEYS_MAX_SIZE) */
    MSize cap = f->values_capacity > 0 ? f->values_capacity : 30;
    return view_values_array_bytes(l->prof, cap, true);
}

static void heap_rows(ViewLayout *l, const ViewObjectFacts *f) {
    int first = l->nrows;
    slot_rows(l, f);
    inobject_rows(l, f);
    if (view_builtin_sizeof_ignores_subclass(f->builtin)) /* int/str __sizeof__ skip them */
        for (int i = first; i < l->nrows; i++) l->rows[i].counted = false;
    if (l->type.inline_values) {
        char what[96];
        if (f->values_capacity > 0)
            snprintf(what, sizeof what, "%lld of %lld values used", (long long)f->values_used,
                     (long long)f->values_capacity);
        else
            snprintf(what, sizeof what, "attribute values, sized by the class");
        view_layout_add(l, VR_VALUES, l->type.basicsize, inline_values_bytes(l, f), "inline values",
                        what, l->dict_from);
    }
}

/* Rows in address order; separate blocks after the object. */
static int row_key_cmp(const ViewRow *a, const ViewRow *b) {
    bool ea = a->kind == VR_EXTERNAL, eb = b->kind == VR_EXTERNAL;
    if (ea != eb) return ea ? 1 : -1;
    return a->offset < b->offset ? -1 : a->offset > b->offset;
}

static void sort_rows(ViewLayout *l) {
    for (int i = 1; i < l->nrows; i++) { /* stable insertion sort: rows are few */
        ViewRow r = l->rows[i];
        int j = i;
        for (; j > 0 && row_key_cmp(&l->rows[j - 1], &r) > 0; j--) l->rows[j] = l->rows[j - 1];
        l->rows[j] = r;
    }
}

static void omits(ViewLayout *l, const ViewObjectFacts *f) {
    char what[80];
    if (f->dict_bytes >= 0) {
        view_layout_omit(l, "the __dict__ (a dict object of its own)", f->dict_bytes);
    } else if (f->values_bytes > 0 && !l->type.inline_values) {
        snprintf(what, sizeof what, "the values array (%lld slots)", (long long)f->values_capacity);
        view_layout_omit(l, what, f->values_bytes);
    }
    for (int i = 0; i < l->nrows; i++)
        if (l->rows[i].kind == VR_VALUES)
            view_layout_omit(l, "the inline values (inside the object)", l->rows[i].size);
    if (f->referents_bytes >= 0)
        view_layout_omit(l, "the objects the fields point to", f->referents_bytes);
    else if (f->instance)
        view_layout_omit(l, "the objects the fields point to", -1);
}

bool view_layout_build(const Profile *p, const ViewObjectFacts *f, const ModelType *type,
                       ViewLayout *out) {
    memset(out, 0, sizeof *out);
    out->prof = p;
    snprintf(out->type_name, sizeof out->type_name, "%s", f->type_name ? f->type_name : "?");
    if (!view_chain_build(p, f->builtin, f->classes, f->nclasses, &out->chain)) {
        out->failed = true;
        return false;
    }
    out->type = type ? *type : f->nclasses > 0 ? out->chain.types[0] : out->chain.base;
    origins(out, f);
    out->preheader = model_preheader(p, &out->type);
    out->body = body_size(p, f, &out->type);
    out->getsizeof = out->preheader + out->body;
    view_rows_preheader(out, f);
    view_rows_builtin(out, f);
    heap_rows(out, f);
    sort_rows(out);
    out->allocated = out->getsizeof;
    for (int i = 0; i < out->nrows; i++)
        if (out->rows[i].kind == VR_VALUES) out->allocated += out->rows[i].size;
    omits(out, f);
    view_notes(out, f);
    return !out->failed;
}
