/* alloc.c: an instance's real allocation, replayed through the model (Objects/dictobject.c:
 * 3.6-3.10 new_values and split dicts, 3.11/3.12 new_values with its insertion-order prefix,
 * 3.13 _PyInlineValuesSize in Include/internal/pycore_dict.h). */
#include "view/alloc.h"

#include <stdlib.h>
#include <string.h>

#include "model/dictmodel.h"
#include "model/numbers.h"

#define PTR ((MSize)sizeof(void *))
#define ROUND_UP(n) (((n) + PTR - 1) / PTR * PTR)

MSize view_values_array_bytes(const Profile *p, MSize capacity, bool inline_values) {
    const ModelNumbers *n = model_numbers(p);
    if (capacity <= 0 || !n->dict_compact) return 0;
    if (inline_values) return ROUND_UP(capacity) + (capacity + 1) * PTR;
    if (!n->dict_unicode_entries) return capacity * PTR;
    return ROUND_UP(capacity + 2) + capacity * PTR;
}

static MSize dict_getsizeof(const Profile *p, const ModelDict *d) {
    ModelType dt;
    model_type_builtin(p, &dt, MB_DICT);
    return model_dict_sizeof(p, d, dt.basicsize) + model_gc_header(p, &dt);
}

/* One instance: created, then its attributes set as __init__ would. */
static void make_instance(const Profile *p, const ModelType *type, ModelSharedKeys **keys,
                          ModelDict *d, MSize nattrs, MSize *alloc_cap) {
    const ModelNumbers *n = model_numbers(p);
    MSize before = *keys ? (*keys)->nentries + (*keys)->usable : 0;
    model_instance_created(p, *keys, d, type->inline_values);
    *alloc_cap = before; /* 3.13 sizes the inline values before taking a slot away */
    if (!n->dict_unicode_entries && nattrs > 0) model_instance_dict(p, keys, d);
    for (MSize i = 0; i < nattrs; i++) model_instance_setattr(p, keys, d, (uintptr_t)(i + 1), true);
}

static void cost_of(const Profile *p, const ModelType *type, const ModelDict *d, MSize alloc_cap,
                    ViewInstanceCost *out) {
    const ModelNumbers *n = model_numbers(p);
    if (d->materialized ||
        (!n->dict_unicode_entries && (d->shared || d->log2_size >= 0 || d->used)))
        out->dict = dict_getsizeof(p, d);
    else if (n->dict_unicode_entries && d->values_cap > 0)
        out->values = view_values_array_bytes(p, type->inline_values ? alloc_cap : d->values_cap,
                                              type->inline_values);
    out->total = out->getsizeof + out->values + out->dict;
}

bool view_instance_cost(const Profile *p, const ModelType *type, MSize nattrs, MSize ninstances,
                        ViewInstanceCost *out) {
    memset(out, 0, sizeof *out);
    out->getsizeof = model_object_sizeof(type, 0) + model_preheader(p, type);
    out->total = out->getsizeof;
    if (!type->has_dict || ninstances <= 0) return true;
    ModelDict *dicts = calloc((size_t)ninstances, sizeof *dicts);
    if (!dicts) return false;
    ModelSharedKeys *keys = model_class_keys_new(p);
    MSize cap = 0;
    for (MSize i = 0; i < ninstances; i++) make_instance(p, type, &keys, &dicts[i], nattrs, &cap);
    cost_of(p, type, &dicts[ninstances - 1], cap, out);
    for (MSize i = 0; i < ninstances; i++) model_dict_release(&dicts[i]);
    model_keys_decref(keys);
    free(dicts);
    return true;
}
