/* instdict.c: instance dicts and the keys their class shares (PEP 412), version by version.
 *  - 3.6-3.10 (Objects/dictobject.c _PyObjectDict_SetItem, make_keys_shared): an instance
 *    dict is a split table over ht_cached_keys while its keys are set in the class's order;
 *    a resize of the only sharing dict re-shares its new keys, any other divergence (order,
 *    deletion, resize while others share) makes the class stop sharing for good.
 *  - 3.11+ (_PyObject_InitInlineValues / init_inline_values, insert_into_dictkeys): each new
 *    instance gets a values array sized nentries + usable of the class keys, and takes one
 *    usable slot away first (down to 1); names join the shared keys while usable lasts;
 *    __dict__ is a split dict over the values, reporting the keys' current budget. */
#include "model/instdict.h"

#include <stdlib.h>
#include <string.h>

#include "model/numbers.h"

#define USABLE_FRACTION(n) (((n) << 1) / 3)

static ModelSharedKeys *keys_new(int log2, MSize usable) {
    ModelSharedKeys *k = calloc(1, sizeof *k);
    if (!k) return NULL;
    k->refcnt = 1;
    k->log2_size = log2;
    k->usable = usable;
    return k;
}

ModelSharedKeys *model_class_keys_new(const Profile *p) {
    const ModelNumbers *n = model_numbers(p);
    if (!n->dict_compact) return NULL; /* 2.7 has no key sharing */
    return keys_new((int)n->shared_keys_log2, n->shared_keys_usable);
}

void model_keys_decref(ModelSharedKeys *k) {
    if (k && --k->refcnt == 0) {
        free(k->keys);
        free(k);
    }
}

bool model_keys_append(ModelSharedKeys *k, uintptr_t key) {
    if (k->nentries == k->cap) {
        MSize cap = k->cap ? k->cap * 2 : 8;
        uintptr_t *keys = realloc(k->keys, (size_t)cap * sizeof *keys);
        if (!keys) return false;
        k->keys = keys;
        k->cap = cap;
    }
    k->keys[k->nentries++] = key;
    k->usable--;
    return true;
}

MSize model_keys_bytes(const Profile *p, const ModelSharedKeys *k) {
    const ModelNumbers *n = model_numbers(p);
    if (!k) return 0;
    MSize size = (MSize)1 << k->log2_size;
    MSize ix = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : 4;
    MSize entry = n->dict_unicode_entries ? 16 : 24;
    return n->dict_keys_head + size * ix + USABLE_FRACTION(size) * entry;
}

void model_instance_created(const Profile *p, ModelSharedKeys *cls_keys, ModelDict *d,
                            bool inline_values) {
    const ModelNumbers *n = model_numbers(p);
    memset(d, 0, sizeof *d);
    d->log2_size = -1;
    d->embedded = inline_values;
    if (!n->dict_unicode_entries || !cls_keys) return;
    /* init_inline_values lends each new instance one slot less; 3.13 makes values arrays
     * that way only for classes with inline values (others get a dict when first needed) */
    if (cls_keys->usable > 1 && (inline_values || !n->values_only_inline)) cls_keys->usable--;
    d->values_cap = cls_keys->nentries + cls_keys->usable;
}

static void share(ModelDict *d, ModelSharedKeys *k) {
    d->shared = k;
    k->refcnt++;
    d->log2_size = k->log2_size;
}

void model_instance_dict(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d) {
    const ModelNumbers *n = model_numbers(p);
    if (n->dict_unicode_entries) { /* materialise the values as a split dict */
        if (!d->materialized && !d->shared && d->log2_size < 0 && *cls_keys) share(d, *cls_keys);
        d->materialized = true;
        return;
    }
    MSize used = d->used;
    if (*cls_keys) share(d, *cls_keys);
    else model_dict_init(p, d, MD_NEW);
    d->used = used;
    d->materialized = true;
}

/* make_keys_shared: the dict's new combined keys become the class's shared keys. The keys
 * in it are the old shared ones it held (in order) and the one just added. */
static void reshare(ModelDict *d, ModelSharedKeys **cls_keys, const uintptr_t *old, MSize nold,
                    uintptr_t added) {
    ModelSharedKeys *k = keys_new(d->log2_size, USABLE_FRACTION((MSize)1 << d->log2_size));
    bool ok = k != NULL;
    for (MSize i = 0; ok && i < nold; i++) ok = model_keys_append(k, old[i]);
    if (ok) ok = model_keys_append(k, added);
    model_keys_decref(*cls_keys);
    if (!ok) { /* out of memory: stop sharing, as CPython does when make_keys_shared fails */
        model_keys_decref(k);
        *cls_keys = NULL;
        return;
    }
    *cls_keys = k; /* the class's reference */
    share(d, k);
}

static void setattr_310(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d,
                        uintptr_t key, bool is_str) {
    ModelSharedKeys *cached = *cls_keys;
    bool was_shared = cached && d->shared == cached;
    MSize nold = d->used;
    uintptr_t *old = NULL;
    if (was_shared && nold > 0) {
        old = malloc((size_t)nold * sizeof *old);
        if (old) memcpy(old, cached->keys, (size_t)nold * sizeof *old);
    }
    cached = was_shared ? cached : NULL;
    if (cached) cached->refcnt++; /* hold it across the insert, as the C code's `cached` */
    model_dict_insert(p, d, key, is_str);
    if (cached && *cls_keys == cached && d->shared != cached) {
        /* the insert resized the table: re-share it if no other dict uses the old keys */
        if (cached->refcnt == 2 && (old || nold == 0) && d->used == nold + 1)
            reshare(d, cls_keys, old, nold, key);
        else {
            *cls_keys = NULL;
            cached->refcnt--; /* the class's reference (ours keeps it alive until below) */
        }
    }
    model_keys_decref(cached);
    free(old);
}

void model_instance_setattr(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d,
                            uintptr_t key, bool is_str) {
    const ModelNumbers *n = model_numbers(p);
    if (!n->dict_unicode_entries) {
        setattr_310(p, cls_keys, d, key, is_str);
        return;
    }
    if (d->materialized || !*cls_keys) {
        model_dict_insert(p, d, key, is_str);
        return;
    }
    ModelSharedKeys *k = *cls_keys; /* values only: _PyObject_StoreInstanceAttribute */
    bool found = false;
    for (MSize i = 0; i < k->nentries && !found; i++) found = k->keys[i] == key;
    if (is_str && (found || (k->usable > 0 && model_keys_append(k, key)))) {
        d->used++;
        return;
    }
    model_instance_dict(p, cls_keys, d); /* no room: the dict is made, then combined */
    model_dict_insert(p, d, key, is_str);
}

void model_instance_delattr(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d) {
    const ModelNumbers *n = model_numbers(p);
    if (n->dict_unicode_entries) {
        if (d->materialized || !*cls_keys) model_dict_delete(p, d);
        else d->used--;
        return;
    }
    ModelSharedKeys *cached = *cls_keys;
    model_dict_delete(p, d);
    if (cached && d->shared != cached) { /* _PyObjectDict_SetItem: the class stops sharing */
        *cls_keys = NULL;
        model_keys_decref(cached);
    }
}
