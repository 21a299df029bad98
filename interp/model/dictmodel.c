/* dictmodel.c: the table sizes a CPython X.Y dict goes through (Objects/dictobject.c of each
 * version: insertdict, insertion_resize, dictresize, dict_merge, PyDict_Copy, dict_sizeof;
 * 2.7: its open-addressing table with the 8-entry smalltable). */
#include "model/dictmodel.h"

#include "model/numbers.h"

#define MINSIZE 8
#define LOG_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static MSize size_of(const ModelDict *d) { return d->log2_size < 0 ? 1 : (MSize)1 << d->log2_size; }

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
    bool keep = unicode && d->unicode;
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
    d->used = 0;
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

void model_dict_insert(const Profile *p, ModelDict *d, bool is_str) {
    const ModelNumbers *n = model_numbers(p);
    if (!n->dict_compact) {
        insert27(d);
        return;
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

void model_dict_delete(const Profile *p, ModelDict *d) {
    (void)p;
    d->used--;
}

void model_dict_popitem(const Profile *p, ModelDict *d) {
    d->used--;
    if (model_numbers(p)->dict_compact) d->nentries--; /* dk_nentries = i: the last entry goes */
}

void model_dict_clear(const Profile *p, ModelDict *d) {
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
    for (MSize i = 0; i < new_keys_n; i++) model_dict_insert(p, dst, all_str);
}

void model_dict_copy(const Profile *p, ModelDict *dst, const ModelDict *src) {
    const ModelNumbers *n = model_numbers(p);
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
    for (MSize i = 0; i < count; i++) model_dict_insert(p, d, all_str);
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
    return basicsize + model_dict_keys_bytes(p, d);
}
