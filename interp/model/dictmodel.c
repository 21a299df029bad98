/* dictmodel.c: the table sizes a CPython X.Y dict goes through (Objects/dictobject.c of each
 * version: insertdict, insertion_resize, dictresize, dict_merge, PyDict_Copy, dict_sizeof;
 * 2.7: its open-addressing table with the 8-entry smalltable). */
#include "model/dictmodel.h"

#include "model/numbers.h"
#include "model/instdict.h"

#include <string.h>

#define MINSIZE 8
#define LOG_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static MSize size_of(const ModelDict *d) {
    int log2 = d->shared ? d->shared->log2_size : d->log2_size;
    return log2 < 0 ? 1 : (MSize)1 << log2;
}

static int bit_length(MSize v) {
    int n = 0;
    while (v > 0) {
        n++;
        v >>= 1;
    }
    return n;
}

/* The smallest table for `minsize`: a plain doubling loop up to 3.9; from 3.10
 * calculate_keysize computes bit_length(((minsize | 8) - 1) | 7), which also doubles a
 * request that is itself a power of two. */
static int log2_for(const ModelNumbers *n, MSize minsize) {
    if (n->dict_bit_keysize) return bit_length(((minsize | MINSIZE) - 1) | (MINSIZE - 1));
    int log2 = LOG_MINSIZE;
    while (((MSize)1 << log2) < minsize) log2++;
    return log2;
}

/* estimate_keysize: room for n entries without a resize */
static int log2_estimate(const ModelNumbers *n, MSize used) { return log2_for(n, (used * 3 + 1) / 2); }

static void new_keys(ModelDict *d, int log2, bool unicode) {
    d->log2_size = log2;
    d->usable = USABLE_FRACTION((MSize)1 << log2);
    d->nentries = 0;
    d->unicode = unicode;
}

/* dictresize: a new table of 1 << log2 holding the live entries. */
static void resize(ModelDict *d, int log2, bool unicode) {
    bool keep = unicode && (d->shared ? true : d->unicode);
    if (d->shared) { /* a split table is combined by any resize */
        model_keys_decref(d->shared);
        d->shared = NULL;
    }
    new_keys(d, log2, keep);
    d->usable -= d->used;
    d->nentries = d->used;
}

static MSize growth_rate(const ModelNumbers *n, const ModelDict *d) {
    return n->dict_growth_36 ? d->used * 2 + size_of(d) / 2 : d->used * 3;
}

/* ---- 2.7: fill counts live and deleted slots; the table is resized after an insert that
 * leaves it two-thirds full, to 4x the live keys (2x above 50,000). */
static void resize27(ModelDict *d, MSize minused) {
    int log2 = LOG_MINSIZE;
    while (((MSize)1 << log2) <= minused) log2++;
    d->log2_size = log2;
    d->nentries = d->used;
}

static void insert27(ModelDict *d) {
    d->used++;
    d->nentries++;
    if (d->nentries * 3 >= size_of(d) * 2) resize27(d, d->used * (d->used > 50000 ? 2 : 4));
}

void model_dict_init(const Profile *p, ModelDict *d, ModelDictOrigin origin) {
    const ModelNumbers *n = model_numbers(p);
    memset(d, 0, sizeof *d);
    if (!n->dict_compact) {
        d->log2_size = LOG_MINSIZE;
        d->nentries = 0;
        d->usable = 0;
        d->unicode = false;
        return;
    }
    if (n->dict_new_allocates || (origin == MD_DICT_CALL && n->dict_call_allocates)) {
        new_keys(d, LOG_MINSIZE, true);
        return;
    }
    d->log2_size = -1; /* Py_EMPTY_KEYS: a str-only ("unicode") table of size 1, nothing usable */
    d->usable = 0;
    d->nentries = 0;
    d->unicode = true;
}

void model_dict_presize(const Profile *p, ModelDict *d, MSize count) {
    const ModelNumbers *n = model_numbers(p);
    if (!n->dict_compact) {
        if (count > 5) resize27(d, count);
        return;
    }
    if (count <= USABLE_FRACTION(MINSIZE)) return;
    new_keys(d, log2_estimate(n, count), true);
}

/* Is key among the shared keys? Its index, or -1. */
static MSize shared_index(const ModelSharedKeys *k, uintptr_t key) {
    for (MSize i = 0; i < k->nentries; i++)
        if (k->keys[i] == key) return i;
    return -1;
}

/* Insert into a split table: true if the key found room among the shared keys. 3.6-3.10
 * (insertdict) also require the keys to be set in the shared order; 3.11+ keep an order per
 * dict and accept any. */
static bool split_insert(const ModelNumbers *n, ModelDict *d, uintptr_t key, bool is_str) {
    ModelSharedKeys *k = d->shared;
    if (!is_str) return false;
    MSize ix = shared_index(k, key);
    if (!n->dict_unicode_entries) {
        if ((ix >= 0 && ix != d->used) || (ix < 0 && d->used != k->nentries)) return false;
    }
    if (ix < 0) {
        if (k->usable <= 0 || !model_keys_append(k, key)) return false;
    }
    d->used++;
    return true;
}

void model_dict_insert(const Profile *p, ModelDict *d, uintptr_t key, bool is_str) {
    const ModelNumbers *n = model_numbers(p);
    if (!n->dict_compact) {
        insert27(d);
        return;
    }
    if (d->shared) {
        if (split_insert(n, d, key, is_str)) return;
        /* insertion_resize: the table is combined, then the key goes in below */
        resize(d, log2_for(n, growth_rate(n, d)), is_str);
    }
    bool unicode = n->dict_unicode_entries && is_str;
    if (d->log2_size < 0 && n->dict_unicode_entries) {
        new_keys(d, LOG_MINSIZE, unicode); /* insert_to_emptydict */
    } else if (d->unicode && !is_str && n->dict_unicode_entries) {
        resize(d, log2_for(n, growth_rate(n, d)), false); /* the table becomes general */
    }
    if (d->usable <= 0) resize(d, log2_for(n, growth_rate(n, d)), true);
    if (!n->dict_unicode_entries) d->unicode = false;
    d->usable--;
    d->nentries++;
    d->used++;
}

/* 3.6-3.10 cannot delete from a split table: it is combined at its size first (3.11+ just
 * clear the value). */
static void unsplit_for_delete(const ModelNumbers *n, ModelDict *d) {
    if (!d->shared || n->dict_unicode_entries) return;
    resize(d, d->shared->log2_size, true);
}

void model_dict_delete(const Profile *p, ModelDict *d) {
    unsplit_for_delete(model_numbers(p), d);
    d->used--;
}

void model_dict_popitem(const Profile *p, ModelDict *d) {
    if (d->shared) resize(d, d->shared->log2_size, true); /* every version combines first */
    d->used--;
    if (model_numbers(p)->dict_compact) d->nentries--; /* dk_nentries = i: the last entry goes */
}

void model_dict_clear(const Profile *p, ModelDict *d) {
    if (d->shared) {
        model_keys_decref(d->shared);
        d->shared = NULL;
    }
    if (!model_numbers(p)->dict_compact) {
        model_dict_init(p, d, MD_NEW); /* back to the smalltable */
        return;
    }
    d->used = 0;
    d->log2_size = -1;
    d->usable = 0;
    d->nentries = 0;
    d->unicode = true;
}

void model_dict_merge(const Profile *p, ModelDict *dst, const ModelDict *other, MSize new_keys_n,
                      bool all_str) {
    const ModelNumbers *n = model_numbers(p);
    if (other->used == 0) return;
    if (!n->dict_compact) {
        if ((dst->nentries + other->used) * 3 >= size_of(dst) * 2)
            resize27(dst, (dst->used + other->used) * 2);
        for (MSize i = 0; i < new_keys_n; i++) insert27(dst);
        return;
    }
    if (n->dict_merge_clone && dst->used == 0 && other->log2_size >= 0 &&
        other->used == other->nentries &&
        (other->log2_size == LOG_MINSIZE || USABLE_FRACTION(size_of(other) / 2) < other->used)) {
        *dst = *other; /* "other is clean, combined and just allocated: clone it" */
        return;
    }
    if (USABLE_FRACTION(size_of(dst)) < other->used)
        resize(dst, log2_estimate(n, dst->used + other->used), other->unicode);
    for (MSize i = 0; i < new_keys_n; i++) model_dict_insert(p, dst, 0, all_str);
}

void model_dict_copy(const Profile *p, ModelDict *dst, const ModelDict *src) {
    const ModelNumbers *n = model_numbers(p);
    if (src->shared && src->used > 0) {
        *dst = *src; /* PyDict_Copy of a split table shares the keys */
        dst->shared->refcnt++;
        dst->materialized = true;
        return;
    }
    if (n->dict_compact && n->dict_copy_clone && src->used > 0 &&
        src->used >= src->nentries * 2 / 3) {
        *dst = *src; /* clone_combined_dict_keys: the same table */
        return;
    }
    model_dict_init(p, dst, MD_NEW);
    if (src->used == 0) return;
    model_dict_merge(p, dst, src, src->used, src->unicode);
}

void model_dict_fromkeys(const Profile *p, ModelDict *d, MSize count, ModelFromkeysSource src,
                         bool its_keys_unicode, bool all_str) {
    const ModelNumbers *n = model_numbers(p);
    if (src != FK_ITERABLE && !n->dict_compact) {
        /* 2.7 dict_fromkeys: dictresize(size / 2 * 3), then inserts that never resize */
        resize27(d, count / 2 * 3);
        d->used = d->nentries = count;
        return;
    }
    if (src != FK_ITERABLE) /* a set gives a general table; a dict its own kind (3.11+) */
        resize(d, log2_estimate(n, count), src == FK_DICT && its_keys_unicode);
    for (MSize i = 0; i < count; i++) model_dict_insert(p, d, 0, all_str);
}

MSize model_dict_keys_bytes(const Profile *p, const ModelDict *d) {
    const ModelNumbers *n = model_numbers(p);
    MSize size = size_of(d);
    if (!n->dict_compact) return size > MINSIZE ? size * 24 : 0;
    if (d->log2_size < 0) return 0;
    MSize ix = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000L ? 4 : 8;
    MSize entry = d->unicode && n->dict_unicode_entries ? 16 : 24;
    return n->dict_keys_head + size * ix + USABLE_FRACTION(size) * entry;
}

MSize model_dict_sizeof(const Profile *p, const ModelDict *d, MSize basicsize) {
    const ModelNumbers *n = model_numbers(p);
    if (!d->shared) return basicsize + model_dict_keys_bytes(p, d);
    const ModelSharedKeys *k = d->shared;
    MSize size = (MSize)1 << k->log2_size;
    /* 3.6-3.10 count USABLE_FRACTION(size) value slots, 3.11+ the keys' nentries + usable;
     * the keys themselves only when no class shares them any more */
    MSize values = n->dict_unicode_entries ? k->nentries + k->usable : USABLE_FRACTION(size);
    MSize res = basicsize + values * (MSize)sizeof(void *);
    if (k->refcnt == 1) res += model_keys_bytes(p, k);
    return res;
}

void model_dict_release(ModelDict *d) {
    if (d->shared) {
        model_keys_decref(d->shared);
        d->shared = NULL;
    }
}
