/* dictview.c: dict size series, instance-dict histories and the slots/dict crossover, each
 * replayed through the model (model_dict_insert, model_instance_*), never computed apart. */
#include "view/dictview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/dictmodel.h"
#include "model/numbers.h"
#include "view/alloc.h"

#define PTR ((MSize)sizeof(void *))

static MSize dict_getsizeof(const Profile *p, const ModelDict *d) {
    ModelType dt;
    model_type_builtin(p, &dt, MB_DICT);
    return model_dict_sizeof(p, d, dt.basicsize) + model_gc_header(p, &dt);
}

static void describe(const Profile *p, const ModelDict *d, MSize keys, ViewDictStep *s) {
    const ModelNumbers *n = model_numbers(p);
    memset(s, 0, sizeof *s);
    s->keys = keys;
    s->bytes = dict_getsizeof(p, d);
    int log2 = d->shared ? d->shared->log2_size : d->log2_size;
    s->table_size = log2 < 0 ? 0 : (MSize)1 << log2;
    s->split = d->shared != NULL;
    s->nentries = d->shared ? d->used : d->nentries;
    if (!n->dict_compact) { /* 2.7: resized once fill reaches 2/3 of the table */
        s->usable = (2 * s->table_size + 2) / 3 - 1 - d->nentries;
        s->entry_size = 24;
    } else if (d->shared) {
        s->usable = d->shared->usable;
        s->entry_size = PTR;
        s->shared_nentries = d->shared->nentries;
        s->shared_usable = d->shared->usable;
    } else {
        s->usable = d->usable;
        s->entry_size = d->unicode && n->dict_unicode_entries ? 16 : 24;
    }
}

/* A fresh class whose __init__ sets n attributes; then obj.__dict__ is touched. */
static void instance_step(const Profile *p, MSize nattrs, ViewDictStep *s) {
    const ModelNumbers *n = model_numbers(p);
    ModelSharedKeys *keys = model_class_keys_new(p);
    ModelDict d;
    model_instance_created(p, keys, &d, n->inline_values);
    if (!n->dict_unicode_entries) model_instance_dict(p, &keys, &d);
    for (MSize i = 0; i < nattrs; i++)
        model_instance_setattr(p, &keys, &d, (uintptr_t)(i + 1), true);
    if (n->dict_unicode_entries) model_instance_dict(p, &keys, &d);
    describe(p, &d, nattrs, s);
    model_dict_release(&d);
    model_keys_decref(keys);
}

static void find_breaks(ViewDictSeries *s) {
    s->nbreaks = 0;
    for (MSize k = 0; k <= s->max_keys; k++) {
        if (k > 0 && s->steps[k].bytes == s->steps[k - 1].bytes) continue;
        if (s->nbreaks < (int)(sizeof s->breaks / sizeof s->breaks[0])) s->breaks[s->nbreaks++] = k;
    }
}

bool view_dict_series(const Profile *p, ViewDictKind kind, MSize max_keys, ViewDictSeries *out) {
    memset(out, 0, sizeof *out);
    out->prof = p;
    out->kind = kind;
    out->max_keys = max_keys < 0 ? 0 : max_keys;
    out->steps = calloc((size_t)out->max_keys + 1, sizeof *out->steps);
    if (!out->steps) return false;
    ModelDict d;
    model_dict_init(p, &d, MD_NEW);
    for (MSize k = 0; k <= out->max_keys; k++) {
        if (kind == VD_INSTANCE) {
            instance_step(p, k, &out->steps[k]);
            continue;
        }
        if (k > 0) model_dict_insert(p, &d, (uintptr_t)k, kind == VD_STR_KEYS);
        describe(p, &d, k, &out->steps[k]);
    }
    model_dict_release(&d);
    find_breaks(out);
    return true;
}

void view_dict_series_free(ViewDictSeries *s) {
    free(s->steps);
    s->steps = NULL;
}

const char *view_dict_breaks_text(const ViewDictSeries *s, char *buf, size_t size) {
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < s->nbreaks && len < size; i++) {
        MSize k = s->breaks[i];
        int w = snprintf(buf + len, size - len, "%s%lld:%lld", i ? " " : "", (long long)k,
                         (long long)s->steps[k].bytes);
        if (w < 0) break;
        len += (size_t)w;
    }
    return buf;
}

bool view_instance_history(const Profile *p, MSize nattrs, MSize ninstances, ViewHistoryStep *out) {
    const ModelNumbers *n = model_numbers(p);
    ModelDict *dicts = calloc((size_t)(ninstances > 0 ? ninstances : 1), sizeof *dicts);
    if (!dicts) return false;
    ModelSharedKeys *keys = model_class_keys_new(p);
    for (MSize k = 0; k < ninstances; k++) {
        ModelDict *d = &dicts[k];
        model_instance_created(p, keys, d, n->inline_values);
        out[k].values_capacity = d->values_cap;
        if (!n->dict_unicode_entries) model_instance_dict(p, &keys, d);
        for (MSize i = 0; i < nattrs; i++)
            model_instance_setattr(p, &keys, d, (uintptr_t)(i + 1), true);
        if (n->dict_unicode_entries) model_instance_dict(p, &keys, d);
        out[k].instance = k + 1;
        out[k].dict_bytes = dict_getsizeof(p, d);
        out[k].keys_nentries = keys ? keys->nentries : -1;
        out[k].keys_usable = keys ? keys->usable : -1;
    }
    for (MSize k = 0; k < ninstances; k++) model_dict_release(&dicts[k]);
    model_keys_decref(keys);
    free(dicts);
    return true;
}

/* sys.getsizeof of an instance of `class C: __slots__ = (k names)` (k = 0: `()`). */
static MSize slotted(const Profile *p, MSize nslots, ModelType *out) {
    ModelType base;
    model_type_builtin(p, &base, MB_OBJECT);
    ModelClassSpec spec = {&base, nslots, true, false, false};
    model_type_heap(p, out, &spec);
    return model_object_sizeof(out, 0) + model_preheader(p, out);
}

static MSize fewest_slots(const Profile *p, MSize at_least) {
    ModelType t;
    MSize k = 0;
    while (slotted(p, k, &t) < at_least && k < 100000) k++;
    return k;
}

bool view_crossover(const Profile *p, MSize nattrs, ViewCrossover *out) {
    memset(out, 0, sizeof *out);
    out->prof = p;
    out->nattrs = nattrs;
    ViewDictStep st;
    instance_step(p, nattrs, &st);
    out->dict_bytes = st.bytes;
    ModelType base, dt, slot_t;
    model_type_builtin(p, &base, MB_OBJECT);
    ModelClassSpec spec = {&base, 0, false, true, true};
    model_type_heap(p, &dt, &spec);
    out->instance_bytes = model_object_sizeof(&dt, 0) + model_preheader(p, &dt);
    out->k = (out->dict_bytes + PTR - 1) / PTR;
    out->K = fewest_slots(p, out->instance_bytes + out->dict_bytes);
    ViewInstanceCost with_dict, with_slots;
    slotted(p, nattrs, &slot_t);
    if (!view_instance_cost(p, &dt, nattrs, 10000, &with_dict) ||
        !view_instance_cost(p, &slot_t, nattrs, 10000, &with_slots))
        return false;
    out->extra = with_dict.total - with_slots.total;
    out->K_real = fewest_slots(p, with_dict.total);
    return true;
}
