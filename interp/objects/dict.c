/* dict.c: the dict type (CPython 3.12's Objects/dictobject.c, combined tables only): an index
 * table of 1/2/4/8-byte slots over an insertion-ordered entries array, CPython's perturbation
 * probing, DUMMY slots after deletion, resizes at the same moments to the same sizes (so the
 * memory model can mirror them), and a per-dict version for the VM's inline caches. Views and
 * dict iterators are in dictview.c. */
#include "objects/dict.h"

#include <string.h>

#include "model/dictmodel.h"
#include "model/ledger.h"
#include "model/numbers.h"
#include "objects/gc.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/cont.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

#define LOG_MINSIZE 3
#define PERTURB_SHIFT 5
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DKIX_KEY_CHANGED (-4)

typedef struct DictEntry {
    Hash hash;
    Obj *key;
    Obj *value; /* NULL: deleted entry */
} DictEntry;

typedef struct DictKeys {
    uint8_t log2_size;
    uint8_t ixbytes; /* 1, 2, 4 or 8 */
    bool unicode;    /* every key is an exact str (CPython's DICT_KEYS_UNICODE) */
    Ssize usable;    /* entries still free to append */
    Ssize nentries;  /* entries used (live or deleted) */
    /* followed by the index table (ixbytes << log2_size bytes), then the entries */
} DictKeys;

struct DictObj {
    Obj ob;
    Ssize used;
    uint64_t version;
    DictKeys *keys; /* NULL: CPython's shared empty keys (nothing allocated yet) */
    ModelDict md;   /* the profile's CPython table sizes, for sys.getsizeof (model/dictmodel.h) */
    bool inst;      /* made by dict_new_instance: an instance dict over its class's keys */
    /* tracemalloc (model/ledger.h): the CPython tables (keys, or split values) as last traced,
     * and the 3.11+ instance values array */
    uint32_t tables_trace, values_trace;
    MSize tables_bytes, values_bytes;
    int tr_log2;
    bool tr_unicode;
    ModelSharedKeys *tr_shared;
};

#define D(o) ((DictObj *)(o))
#define DK_SIZE(k) ((size_t)1 << (k)->log2_size)
#define USABLE_FRACTION(n) (((n) << 1) / 3)
/* 3.7+ (Objects/dictobject.c, GROWTH_RATE): used*3. 3.6 used used*2 + size/2; 3.4-3.5 used*2. */
#define GROWTH_RATE(d) ((d)->used * 3)

static inline void *dk_indices(DictKeys *k) { return (char *)(k + 1); }
static inline DictEntry *dk_entries(DictKeys *k) {
    return (DictEntry *)((char *)(k + 1) + ((size_t)k->ixbytes << k->log2_size));
}

static inline Ssize dk_get_index(DictKeys *k, size_t i) {
    void *ix = dk_indices(k);
    switch (k->ixbytes) {
    case 1: return ((int8_t *)ix)[i];
    case 2: return ((int16_t *)ix)[i];
    case 4: return ((int32_t *)ix)[i];
    default: return (Ssize)((int64_t *)ix)[i];
    }
}

static inline void dk_set_index(DictKeys *k, size_t i, Ssize v) {
    void *ix = dk_indices(k);
    switch (k->ixbytes) {
    case 1: ((int8_t *)ix)[i] = (int8_t)v; break;
    case 2: ((int16_t *)ix)[i] = (int16_t)v; break;
    case 4: ((int32_t *)ix)[i] = (int32_t)v; break;
    default: ((int64_t *)ix)[i] = (int64_t)v; break;
    }
}

/* The table size for at least minsize slots (calculate_log2_keysize). 3.10+ computes it as
 * bit_length(((minsize | 8) - 1) | 7), which rounds every minsize in 1..7 up to 16 slots (so a
 * dict with 1 or 2 live items that runs out of entries grows to 16); 3.9 and older loop to the
 * smallest power of two >= minsize, at least 8. */
static uint8_t calculate_log2_keysize(Interp *I, Ssize minsize) {
    uint8_t log2 = LOG_MINSIZE;
    if (cont_ver(I) >= 310) {
        size_t v = (((size_t)minsize | ((size_t)1 << LOG_MINSIZE)) - 1) | (((size_t)1 << LOG_MINSIZE) - 1);
        for (log2 = 0; v; v >>= 1) log2++;
        return log2;
    }
    while (((Ssize)1 << log2) < minsize) log2++;
    return log2;
}

/* A table big enough for n items without resizing (estimate_log2_keysize). */
static uint8_t estimate_log2_keysize(Interp *I, Ssize n) { return calculate_log2_keysize(I, (n * 3 + 1) / 2); }

static DictKeys *keys_new(Interp *I, uint8_t log2_size, bool unicode) {
    uint8_t ixbytes = log2_size <= 7 ? 1 : log2_size <= 15 ? 2 : log2_size <= 31 ? 4 : 8;
    Ssize usable = USABLE_FRACTION((Ssize)1 << log2_size);
    size_t ixsize = (size_t)ixbytes << log2_size;
    DictKeys *k = mem_alloc(I, sizeof(DictKeys) + ixsize + (size_t)usable * sizeof(DictEntry));
    if (!k) return NULL;
    k->log2_size = log2_size;
    k->ixbytes = ixbytes;
    k->unicode = unicode;
    k->usable = usable;
    k->nentries = 0;
    memset(dk_indices(k), 0xff, ixsize);
    memset(dk_entries(k), 0, (size_t)usable * sizeof(DictEntry));
    return k;
}

static DictKeys *keys_clone(Interp *I, DictKeys *src) {
    size_t size = sizeof(DictKeys) + ((size_t)src->ixbytes << src->log2_size) +
                  (size_t)USABLE_FRACTION((Ssize)DK_SIZE(src)) * sizeof(DictEntry);
    DictKeys *k = mem_alloc(I, size);
    if (!k) return NULL;
    memcpy(k, src, size);
    DictEntry *e = dk_entries(k);
    for (Ssize i = 0; i < k->nentries; i++) {
        if (e[i].value) {
            INCREF(e[i].key);
            INCREF(e[i].value);
        }
    }
    return k;
}

/* ---- tracemalloc: after each operation the model's tables are compared with what was traced;
 * a different table is a new block (dictresize allocates the new keys, then frees the old). */
/* CPython's keys freelist (new_keys_object / free_keys_object) holds combined tables of the
 * minimum size; 3.11+ only those of str keys. Played traced or not, like the object lists. */
static bool keys_reusable(Interp *I, int log2_size, bool unicode, const void *shared) {
    return log2_size == 3 && !shared && (unicode || !I->model->numbers->dict_unicode_entries);
}

static void trace_tables(Interp *I, DictObj *mp) {
    const ModelDict *md = &mp->md;
    if (md->log2_size == mp->tr_log2 && md->unicode == mp->tr_unicode && md->shared == mp->tr_shared)
        return;
    bool old_reusable = I->model && keys_reusable(I, mp->tr_log2, mp->tr_unicode, mp->tr_shared);
    mp->tr_log2 = md->log2_size;
    mp->tr_unicode = md->unicode;
    mp->tr_shared = md->shared;
    if (!I->model) return;
    ModelLedger *L = &I->model->ledger;
    /* an untraced block needs no size: freeing it later subtracts nothing */
    MSize bytes = L->tracing ? model_alloc_dict_tables(I->prof, md) : 0;
    uint32_t t;
    if (keys_reusable(I, md->log2_size, md->unicode, md->shared)) {
        t = ledger_alloc_from(L, FL_DICT_KEYS, bytes);
        if (t && !bytes) bytes = model_alloc_dict_tables(I->prof, md); /* a traced block reused */
    } else {
        t = bytes > 0 ? ledger_alloc(L, bytes) : 0;
    }
    if (old_reusable) ledger_free_to(L, FL_DICT_KEYS, mp->tables_trace, mp->tables_bytes);
    else if (mp->tables_trace) ledger_free(L, mp->tables_trace, mp->tables_bytes);
    mp->tables_trace = t;
    mp->tables_bytes = bytes;
}

static void trace_tables_free(Interp *I, DictObj *mp) {
    if (I->model) {
        ModelLedger *L = &I->model->ledger;
        if (keys_reusable(I, mp->tr_log2, mp->tr_unicode, mp->tr_shared))
            ledger_free_to(L, FL_DICT_KEYS, mp->tables_trace, mp->tables_bytes);
        else if (mp->tables_trace)
            ledger_free(L, mp->tables_trace, mp->tables_bytes);
        if (mp->values_trace) ledger_free(L, mp->values_trace, mp->values_bytes);
    }
    mp->tables_trace = mp->values_trace = 0;
    mp->tables_bytes = mp->values_bytes = 0;
    mp->tr_log2 = -1;
    mp->tr_unicode = true;
    mp->tr_shared = NULL;
}

/* A 3.11+ instance dict before __dict__ is touched is no object in CPython (only values). */
static bool dict_is_cpython_object(Interp *I, DictObj *mp) {
    return !(mp->inst && I->prof->instance_values && !mp->md.materialized);
}

static void bump_version(Interp *I, DictObj *mp) { mp->version = ++I->cont->dict_version; }

/* ---- Lookup */

static Ssize lookup_generic(Interp *I, DictObj *mp, DictKeys *dk, Obj *key, Hash hash) {
    DictEntry *ep0 = dk_entries(dk);
    size_t mask = DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    bool key_is_str = TYPE(key) == I->t_str;
    for (;;) {
        Ssize ix = dk_get_index(dk, i);
        if (ix >= 0) {
            DictEntry *ep = &ep0[ix];
            if (ep->key == key) return ix;
            if (ep->hash == hash) {
                Obj *startkey = ep->key;
                if (key_is_str && TYPE(startkey) == I->t_str) {
                    if (str_eq(startkey, key)) return ix;
                } else {
                    INCREF(startkey);
                    int cmp = obj_richcompare_bool(I, startkey, key, CMP_EQ);
                    DECREF(I, startkey);
                    if (cmp < 0) return DKIX_ERROR;
                    if (dk != mp->keys || ep->key != startkey) return DKIX_KEY_CHANGED;
                    if (cmp > 0) return ix;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The entry index of key (value in *value, borrowed) or DKIX_EMPTY / DKIX_ERROR. */
static Ssize dict_lookup(Interp *I, DictObj *mp, Obj *key, Hash hash, Obj **value) {
    for (;;) {
        DictKeys *dk = mp->keys;
        if (!dk) {
            *value = NULL;
            return DKIX_EMPTY;
        }
        Ssize ix = lookup_generic(I, mp, dk, key, hash);
        if (ix == DKIX_KEY_CHANGED) continue;
        *value = ix >= 0 ? dk_entries(dk)[ix].value : NULL;
        return ix;
    }
}

/* The index-table slot holding entry ix (lookdict_index). */
static size_t lookdict_index(DictKeys *k, Hash hash, Ssize index) {
    size_t mask = DK_SIZE(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        if (dk_get_index(k, i) == index) return i;
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static size_t find_empty_slot(DictKeys *k, Hash hash) {
    size_t mask = DK_SIZE(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (dk_get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return i;
}

/* ---- Resizing */

static bool dictresize(Interp *I, DictObj *mp, uint8_t log2_newsize, bool unicode) {
    DictKeys *oldkeys = mp->keys;
    unicode = unicode && (!oldkeys || oldkeys->unicode);
    DictKeys *nk = keys_new(I, log2_newsize, unicode);
    if (!nk) return false;
    Ssize numentries = mp->used;
    if (oldkeys) {
        DictEntry *src = dk_entries(oldkeys), *dst = dk_entries(nk);
        if (oldkeys->nentries == numentries) {
            memcpy(dst, src, (size_t)numentries * sizeof(DictEntry));
        } else {
            for (Ssize i = 0, j = 0; j < numentries; i++)
                if (src[i].value) dst[j++] = src[i];
        }
        for (Ssize i = 0; i < numentries; i++)
            dk_set_index(nk, find_empty_slot(nk, dst[i].hash), i);
        mem_free(oldkeys);
    }
    nk->usable -= numentries;
    nk->nentries = numentries;
    mp->keys = nk;
    return true;
}

static bool insertion_resize(Interp *I, DictObj *mp, bool unicode) {
    return dictresize(I, mp, calculate_log2_keysize(I, GROWTH_RATE(mp)), unicode);
}

/* ---- Insertion and deletion */

/* The identity the model knows a key by: split tables compare str keys by value, so an equal
 * str must give the same identity (the interned one, as CPython interns attribute names). */
static uintptr_t model_key(Interp *I, DictObj *mp, Obj *key) {
    if (!mp->md.shared || TYPE(key) != I->t_str || ((StrObj *)key)->interned) return (uintptr_t)key;
    Obj *in = str_intern(I, NEWREF(key));
    uintptr_t id = (uintptr_t)in;
    DECREF(I, in); /* the intern table keeps it alive */
    return id;
}

static int insertdict_ex(Interp *I, DictObj *mp, Obj *key, Hash hash, Obj *value, bool model);

/* Insert or replace; key and value are borrowed. */
static bool insertdict(Interp *I, DictObj *mp, Obj *key, Hash hash, Obj *value) {
    return insertdict_ex(I, mp, key, hash, value, true) >= 0;
}

/* 1: inserted, 0: replaced, -1: error. model: report an insert to the model's plain-dict
 * rules (instance attributes report theirs through model_instance_setattr). */
static int insertdict_ex(Interp *I, DictObj *mp, Obj *key, Hash hash, Obj *value, bool model) {
    bool key_is_str = TYPE(key) == I->t_str;
    if (!mp->keys) {
        if (!(mp->keys = keys_new(I, LOG_MINSIZE, key_is_str))) return -1;
    } else if (mp->keys->unicode && !key_is_str) {
        if (!insertion_resize(I, mp, false)) return -1;
    }
    Obj *old_value;
    Ssize ix = dict_lookup(I, mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) {
        DictKeys *dk = mp->keys;
        if (dk->usable <= 0) {
            if (!insertion_resize(I, mp, true)) return -1;
            dk = mp->keys;
        }
        size_t slot = find_empty_slot(dk, hash);
        DictEntry *ep = &dk_entries(dk)[dk->nentries];
        dk_set_index(dk, slot, dk->nentries);
        ep->key = NEWREF(key);
        ep->hash = hash;
        ep->value = NEWREF(value);
        mp->used++;
        dk->usable--;
        dk->nentries++;
        bump_version(I, mp);
        if (model) {
            model_dict_insert(I->prof, &mp->md, model_key(I, mp, key), key_is_str);
            trace_tables(I, mp);
        }
        return 1;
    }
    if (old_value != value) {
        dk_entries(mp->keys)[ix].value = NEWREF(value);
        bump_version(I, mp);
        DECREF(I, old_value);
    }
    return 0;
}

static void delitem_ex(Interp *I, DictObj *mp, Hash hash, Ssize ix, Obj *old_value, bool model) {
    DictKeys *dk = mp->keys;
    size_t slot = lookdict_index(dk, hash, ix);
    mp->used--;
    bump_version(I, mp);
    if (model) model_dict_delete(I->prof, &mp->md);
    dk_set_index(dk, slot, DKIX_DUMMY);
    DictEntry *ep = &dk_entries(dk)[ix];
    Obj *old_key = ep->key;
    ep->key = NULL;
    ep->value = NULL;
    DECREF(I, old_value);
    DECREF(I, old_key);
}

static void delitem_common(Interp *I, DictObj *mp, Hash hash, Ssize ix, Obj *old_value) {
    delitem_ex(I, mp, hash, ix, old_value, true);
}

/* ---- Public API */

static Obj *dict_alloc(Interp *I, TypeObj *type) {
    struct ContainerState *s = I->cont;
    Obj *o;
    if (type == I->t_dict && s && s->dict_numfree > 0) {
        o = s->dict_free[--s->dict_numfree];
        o->refcnt = 1;
    } else {
        o = obj_alloc_untraced(I, type, 0);
        if (!o) return NULL;
    }
    if (type == I->t_dict) obj_trace_from(I, o, FL_DICT, obj_model_size(I, type, 0));
    else obj_trace_alloc(I, o, obj_model_size(I, type, 0));
    D(o)->used = 0;
    D(o)->keys = NULL;
    D(o)->inst = false;
    D(o)->tables_trace = D(o)->values_trace = 0;
    D(o)->tables_bytes = D(o)->values_bytes = 0;
    model_dict_init(I->prof, &D(o)->md, MD_NEW);
    D(o)->tr_log2 = -2; /* differs from any table: the first trace_tables records it */
    trace_tables(I, D(o));
    bump_version(I, D(o));
    gc_track(I, o);
    return o;
}

Obj *dict_new(Interp *I) { return dict_alloc(I, I->t_dict); }

Obj *dict_new_presized(Interp *I, Ssize n) {
    Obj *d = dict_new(I);
    if (!d) return NULL;
    model_dict_presize(I->prof, &D(d)->md, n);
    trace_tables(I, D(d));
    if (n <= USABLE_FRACTION((Ssize)1 << LOG_MINSIZE)) return d;
    /* CPython 3.12 presizes a unicode table; a non-str key converts it on insertion. */
    if (!dictresize(I, D(d), estimate_log2_keysize(I, n), true)) {
        DECREF(I, d);
        return NULL;
    }
    return d;
}

Obj *dict_get(Interp *I, Obj *d, Obj *key) {
    Hash hash = cont_hash(I, key);
    if (hash == -1) return NULL;
    Obj *value;
    if (dict_lookup(I, D(d), key, hash, &value) == DKIX_ERROR) return NULL;
    return value;
}

Obj *dict_get_str(Interp *I, Obj *d, Obj *key) {
    DictKeys *dk = D(d)->keys;
    if (!dk) return NULL;
    Hash hash = str_hash(key);
    if (dk->unicode) {
        /* All keys are exact strs: no comparison can run code. */
        DictEntry *ep0 = dk_entries(dk);
        size_t mask = DK_SIZE(dk) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
        for (;;) {
            Ssize ix = dk_get_index(dk, i);
            if (ix >= 0) {
                DictEntry *ep = &ep0[ix];
                if (ep->key == key || (ep->hash == hash && str_eq(ep->key, key))) return ep->value;
            } else if (ix == DKIX_EMPTY) {
                return NULL;
            }
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
    }
    Obj *value;
    if (dict_lookup(I, D(d), key, hash, &value) == DKIX_ERROR) return NULL;
    return value;
}

Obj *dict_get_cstr(Interp *I, Obj *d, const char *key) {
    Obj *k = str_from_cstr(I, key);
    if (!k) return NULL;
    Obj *v = dict_get(I, d, k);
    DECREF(I, k);
    return v;
}

bool dict_set(Interp *I, Obj *d, Obj *key, Obj *value) {
    Hash hash = cont_hash(I, key);
    if (hash == -1) return false;
    return insertdict(I, D(d), key, hash, value);
}

bool dict_set_cstr(Interp *I, Obj *d, const char *key, Obj *value) {
    Obj *k = str_intern_cstr(I, key);
    if (!k) return false;
    bool ok = dict_set(I, d, k, value);
    DECREF(I, k);
    return ok;
}

int dict_del(Interp *I, Obj *d, Obj *key) {
    Hash hash = cont_hash(I, key);
    if (hash == -1) return -1;
    Obj *old;
    Ssize ix = dict_lookup(I, D(d), key, hash, &old);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !old) return 0;
    delitem_common(I, D(d), hash, ix, old); /* drops the entry's references */
    return 1;
}

int dict_contains(Interp *I, Obj *d, Obj *key) {
    Hash hash = cont_hash(I, key);
    if (hash == -1) return -1;
    Obj *value;
    Ssize ix = dict_lookup(I, D(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

int dict_contains_hash(Interp *I, Obj *d, Obj *key, Hash hash) {
    Obj *value;
    Ssize ix = dict_lookup(I, D(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

Ssize dict_len(Obj *d) { return D(d)->used; }
uint64_t dict_version(Obj *d) { return D(d)->version; }

bool dict_next_entry(Obj *d, Ssize *pos, Obj **key, Obj **value, Hash *hash) {
    DictKeys *dk = D(d)->keys;
    if (!dk) return false;
    Ssize i = *pos, n = dk->nentries;
    DictEntry *e = dk_entries(dk);
    while (i < n && e[i].value == NULL) i++;
    if (i >= n) return false;
    *pos = i + 1;
    if (key) *key = e[i].key;
    if (value) *value = e[i].value;
    if (hash) *hash = e[i].hash;
    return true;
}

bool dict_next(Obj *d, Ssize *pos, Obj **key, Obj **value) {
    return dict_next_entry(d, pos, key, value, NULL);
}

Ssize dict_nentries(Obj *d) { return D(d)->keys ? D(d)->keys->nentries : 0; }

bool dict_entry_at(Obj *d, Ssize i, Obj **key, Obj **value) {
    DictKeys *dk = D(d)->keys;
    if (!dk || i < 0 || i >= dk->nentries) return false;
    DictEntry *e = &dk_entries(dk)[i];
    if (!e->value) return false;
    *key = e->key;
    *value = e->value;
    return true;
}

void dict_layout(Obj *d, DictLayout *out) {
    DictKeys *dk = D(d)->keys;
    out->used = D(d)->used;
    out->empty_keys = dk == NULL;
    out->log2_size = dk ? dk->log2_size : LOG_MINSIZE;
    out->usable = dk ? dk->usable : 0;
    out->nentries = dk ? dk->nentries : 0;
    out->unicode = dk ? dk->unicode : true;
}

void dict_clear(Interp *I, Obj *d) {
    DictObj *mp = D(d);
    DictKeys *oldkeys = mp->keys;
    if (!oldkeys) {
        model_dict_clear(I->prof, &mp->md);
        trace_tables(I, mp);
        return;
    }
    /* Empty the dict first: the DECREFs below can run code that looks at it. */
    mp->keys = NULL;
    mp->used = 0;
    bump_version(I, mp);
    model_dict_clear(I->prof, &mp->md);
    trace_tables(I, mp);
    DictEntry *e = dk_entries(oldkeys);
    for (Ssize i = 0; i < oldkeys->nentries; i++) {
        if (e[i].value) {
            DECREF(I, e[i].key);
            DECREF(I, e[i].value);
        }
    }
    mem_free(oldkeys);
}

/* A clone of a compact table keeps CPython's sizes (clone_combined_dict_keys). */
static Obj *dict_clone(Interp *I, DictObj *mp) {
    DictKeys *keys = keys_clone(I, mp->keys);
    if (!keys) return NULL;
    Obj *copy = dict_new(I);
    if (!copy) {
        DictEntry *e = dk_entries(keys);
        for (Ssize i = 0; i < keys->nentries; i++)
            if (e[i].value) DECREF(I, e[i].key), DECREF(I, e[i].value);
        mem_free(keys);
        return NULL;
    }
    D(copy)->keys = keys;
    D(copy)->used = mp->used;
    return copy;
}

static Obj *dict_copy_real(Interp *I, Obj *d) {
    DictObj *mp = D(d);
    if (mp->used == 0) return dict_new(I);
    if (TYPE(d)->iter == I->t_dict->iter && mp->used >= (mp->keys->nentries * 2) / 3)
        return dict_clone(I, mp);
    Obj *copy = dict_new(I);
    if (copy && !dict_merge(I, copy, d, 1)) CLEAR(I, copy);
    return copy;
}

Obj *dict_copy(Interp *I, Obj *d) {
    Obj *copy = dict_copy_real(I, d);
    if (copy) {
        /* The model decides the copy's CPython table for the profile's version. */
        model_dict_release(&D(copy)->md);
        model_dict_copy(I->prof, &D(copy)->md, &D(d)->md);
        trace_tables(I, D(copy));
    }
    return copy;
}

/* ---- Merging */

static bool merge_from_dict_real(Interp *I, DictObj *mp, DictObj *other, int override);

/* The real merge updates the shadow key by key; the model wants the merge as one event (its
 * presizing and cloning rules differ by version), so the shadow is replayed afterwards. */
static bool merge_from_dict(Interp *I, DictObj *mp, DictObj *other, int override) {
    if (other == mp || other->used == 0) return true;
    ModelDict before = mp->md;
    Ssize used_before = mp->used;
    bool all_str = !other->keys || other->keys->unicode;
    bool ok = merge_from_dict_real(I, mp, other, override);
    Ssize added = mp->used - used_before;
    if (ok && added >= 0 && mp->md.shared == before.shared) {
        mp->md = before;
        model_dict_merge(I->prof, &mp->md, &other->md, added, all_str);
    }
    trace_tables(I, mp);
    return ok;
}

static bool merge_from_dict_real(Interp *I, DictObj *mp, DictObj *other, int override) {
    if (other == mp || other->used == 0) return true;
    if (mp->used == 0) {
        override = 1;
        DictKeys *okeys = other->keys;
        if (other->used == okeys->nentries &&
            (okeys->log2_size == LOG_MINSIZE ||
             USABLE_FRACTION((Ssize)DK_SIZE(okeys) / 2) < other->used)) {
            DictKeys *keys = keys_clone(I, okeys);
            if (!keys) return false;
            mem_free(mp->keys);
            mp->keys = keys;
            mp->used = other->used;
            bump_version(I, mp);
            model_dict_merge(I->prof, &mp->md, &other->md, other->used, okeys->unicode);
            return true;
        }
    }
    Ssize cap = mp->keys ? USABLE_FRACTION((Ssize)DK_SIZE(mp->keys)) : 0;
    if (cap < other->used &&
        !dictresize(I, mp, estimate_log2_keysize(I, mp->used + other->used), other->keys->unicode))
        return false;
    Ssize orig_size = other->keys->nentries, pos = 0;
    Obj *key, *value;
    Hash hash;
    while (dict_next_entry(OBJ(other), &pos, &key, &value, &hash)) {
        INCREF(key);
        INCREF(value);
        int err = 0;
        if (override == 1) {
            err = insertdict(I, mp, key, hash, value) ? 0 : -1;
        } else {
            err = dict_contains_hash(I, OBJ(mp), key, hash);
            if (err == 0) {
                err = insertdict(I, mp, key, hash, value) ? 0 : -1;
            } else if (err > 0) {
                if (override != 0) cont_key_error(I, key);
                err = override != 0 ? -1 : 0;
            }
        }
        DECREF(I, value);
        DECREF(I, key);
        if (err) return false;
        if (orig_size != other->keys->nentries) {
            err_string(I, I->e_RuntimeError, "dict mutated during update");
            return false;
        }
    }
    return true;
}

/* keys() of a mapping as a list (PyMapping_Keys). */
static Obj *mapping_keys(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_dict) return dict_keys_list(I, o);
    Obj *meth_out = obj_call_method(I, o, I->ids.keys, NULL, 0);
    if (!meth_out) return NULL;
    Obj *it = obj_iter(I, meth_out);
    if (!it) {
        if (err_matches(I, I->e_TypeError)) {
            err_clear(I);
            err_format(I, I->e_TypeError, "%T.keys() returned a non-iterable (type %T)", o, meth_out);
        }
        DECREF(I, meth_out);
        return NULL;
    }
    DECREF(I, meth_out);
    Obj *l = seq_list(I, it);
    DECREF(I, it);
    return l;
}

static bool merge_from_mapping(Interp *I, Obj *a, Obj *b, int override) {
    Obj *keys = mapping_keys(I, b);
    if (!keys) return false;
    Obj *iter = obj_iter(I, keys);
    DECREF(I, keys);
    if (!iter) return false;
    Obj *key;
    bool ok = true;
    while (ok && (key = iter_next(I, iter)) != NULL) {
        if (override != 1) {
            int status = dict_contains(I, a, key);
            if (status > 0 && override == 0) {
                DECREF(I, key);
                continue;
            }
            if (status != 0) {
                if (status > 0) cont_key_error(I, key);
                DECREF(I, key);
                ok = false;
                break;
            }
        }
        Obj *value = obj_getitem(I, b, key);
        ok = value && dict_set(I, a, key, value);
        XDECREF(I, value);
        DECREF(I, key);
    }
    DECREF(I, iter);
    return ok && !err_occurred(I);
}

bool dict_merge(Interp *I, Obj *d, Obj *other, int override) {
    if (DICT_CHECK(other) && TYPE(other)->iter == I->t_dict->iter)
        return merge_from_dict(I, D(d), D(other), override);
    return merge_from_mapping(I, d, other, override);
}

/* PyDict_MergeFromSeq2: an iterable of pairs. */
static bool merge_from_seq2(Interp *I, Obj *d, Obj *seq2, bool override) {
    Obj *it = obj_iter(I, seq2);
    if (!it) return false;
    bool ok = true;
    for (Ssize i = 0; ok; ++i) {
        Obj *item = iter_next(I, it);
        if (!item) {
            ok = !err_occurred(I);
            break;
        }
        Obj *fast = cont_seq_fast(I, item, "");
        DECREF(I, item);
        if (!fast) {
            if (err_matches(I, I->e_TypeError)) {
                err_clear(I);
                err_format(I, I->e_TypeError,
                           "cannot convert dictionary update sequence element #%zd to a sequence", i);
            }
            ok = false;
            break;
        }
        Ssize n = TUPLE_CHECK(fast) ? TUPLE_LEN(fast) : LIST_LEN(fast);
        if (n != 2) {
            err_format(I, I->e_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            DECREF(I, fast);
            ok = false;
            break;
        }
        Obj **items = TUPLE_CHECK(fast) ? TUPLE_ITEMS(fast) : LIST_ITEMS(fast);
        Obj *key = NEWREF(items[0]), *value = NEWREF(items[1]);
        DECREF(I, fast);
        ok = override ? dict_set(I, d, key, value) : dict_setdefault(I, d, key, value) != NULL;
        DECREF(I, key);
        DECREF(I, value);
    }
    DECREF(I, it);
    return ok;
}

bool dict_update(Interp *I, Obj *d, Obj *other) {
    if (TYPE(other) == I->t_dict) return dict_merge(I, d, other, 1);
    Obj *func;
    int r = obj_lookup_attr(I, other, I->ids.keys, &func);
    if (r < 0) return false;
    if (r > 0) {
        DECREF(I, func);
        return dict_merge(I, d, other, 1);
    }
    return merge_from_seq2(I, d, other, true);
}

/* ---- Lists of keys/values/items */

static Obj *dict_list(Interp *I, Obj *d, int which) {
    /* Preallocate, then fill; an allocation can't run code, so the size can't change. */
    Ssize n = D(d)->used;
    Obj *l = list_new(I, n);
    if (!l) return NULL;
    Ssize pos = 0, j = 0;
    Obj *key, *value;
    while (dict_next(d, &pos, &key, &value)) {
        Obj *item;
        if (which == 0) item = NEWREF(key);
        else if (which == 1) item = NEWREF(value);
        else if (!(item = tuple_pack(I, 2, key, value))) {
            DECREF(I, l);
            return NULL;
        }
        LIST_SET(l, j++, item);
    }
    return l;
}

Obj *dict_keys_list(Interp *I, Obj *d) { return dict_list(I, d, 0); }
Obj *dict_values_list(Interp *I, Obj *d) { return dict_list(I, d, 1); }
Obj *dict_items_list(Interp *I, Obj *d) { return dict_list(I, d, 2); }

/* ---- setdefault, pop, popitem, subscript */

Obj *dict_setdefault(Interp *I, Obj *d, Obj *key, Obj *deflt) {
    DictObj *mp = D(d);
    Hash hash = cont_hash(I, key);
    if (hash == -1) return NULL;
    if (mp->keys && mp->keys->unicode && TYPE(key) != I->t_str) {
        if (!insertion_resize(I, mp, false)) return NULL;
    }
    Obj *value;
    Ssize ix = dict_lookup(I, mp, key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY) {
        if (!insertdict(I, mp, key, hash, deflt)) return NULL;
        return deflt;
    }
    return value;
}

Obj *dict_pop(Interp *I, Obj *d, Obj *key, Obj *deflt) {
    DictObj *mp = D(d);
    if (mp->used == 0) {
        if (deflt) return NEWREF(deflt);
        cont_key_error(I, key);
        return NULL;
    }
    Hash hash = cont_hash(I, key);
    if (hash == -1) return NULL;
    Obj *old;
    Ssize ix = dict_lookup(I, mp, key, hash, &old);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !old) {
        if (deflt) return NEWREF(deflt);
        cont_key_error(I, key);
        return NULL;
    }
    INCREF(old); /* the caller's; delitem_common drops the entry's */
    delitem_common(I, mp, hash, ix, old);
    return old;
}

static Obj *dict_missing(Interp *I, Obj *d, Obj *key) {
    if (TYPE(d) != I->t_dict) {
        Obj *missing = type_lookup(I, TYPE(d), I->ids.__missing__);
        if (missing) {
            INCREF(missing);
            Obj *bound = missing;
            if (TYPE(missing)->descr_get) {
                bound = TYPE(missing)->descr_get(I, missing, d, OBJ(TYPE(d)));
                DECREF(I, missing);
                if (!bound) return NULL;
            }
            Obj *res = obj_call1(I, bound, key);
            DECREF(I, bound);
            return res;
        }
    }
    cont_key_error(I, key);
    return NULL;
}

Obj *dict_subscript(Interp *I, Obj *d, Obj *key) {
    Hash hash = cont_hash(I, key);
    if (hash == -1) return NULL;
    Obj *value;
    Ssize ix = dict_lookup(I, D(d), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !value) return dict_missing(I, d, key);
    return NEWREF(value);
}

static int dict_ass_subscript(Interp *I, Obj *d, Obj *key, Obj *value) {
    if (value) return dict_set(I, d, key, value) ? 0 : -1;
    int r = dict_del(I, d, key);
    if (r == 0) {
        cont_key_error(I, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ---- Slots */

static void dict_dealloc(Interp *I, Obj *o) {
    gc_untrack(I, o); /* also when gc.is_tracked says no: the collector may hold it (parked) */
    if (!gc_trash_begin(I, o)) return; /* put off: a long nested chain (gc_trash_end below) */
    if (TYPE(o) == I->t_dict && dict_is_cpython_object(I, D(o))) obj_trace_to(I, o, FL_DICT);
    else obj_trace_free(I, o);
    trace_tables_free(I, D(o));
    model_dict_release(&D(o)->md);
    DictKeys *keys = D(o)->keys;
    D(o)->keys = NULL;
    if (keys) {
        DictEntry *e = dk_entries(keys);
        for (Ssize i = 0; i < keys->nentries; i++) {
            if (e[i].value) {
                DECREF(I, e[i].key);
                DECREF(I, e[i].value);
            }
        }
        mem_free(keys);
    }
    struct ContainerState *s = I->cont;
    if (TYPE(o) == I->t_dict && s && s->dict_numfree < CONT_DICT_MAXFREELIST) {
        s->dict_free[s->dict_numfree++] = o;
    } else {
        obj_free(I, o);
    }
    gc_trash_end(I);
}

static int dict_traverse(Obj *o, VisitFn visit, void *arg) {
    DictKeys *keys = D(o)->keys;
    if (!keys) return 0;
    DictEntry *e = dk_entries(keys);
    for (Ssize i = 0; i < keys->nentries; i++) {
        if (e[i].value) {
            VISIT(e[i].key);
            VISIT(e[i].value);
        }
    }
    return 0;
}

static int dict_tp_clear(Interp *I, Obj *o) {
    dict_clear(I, o);
    return 0;
}

static Ssize dict_length(Interp *I, Obj *o) {
    (void)I;
    return D(o)->used;
}

static int dict_sq_contains(Interp *I, Obj *o, Obj *key) { return dict_contains(I, o, key); }

static Obj *dict_repr(Interp *I, Obj *o) {
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_ascii(I, "{...}", 5) : NULL;
    if (D(o)->used == 0) {
        cont_repr_leave(I, o);
        return str_from_ascii(I, "{}", 2);
    }
    StrBuilder b;
    sb_init(&b);
    Ssize pos = 0;
    Obj *key, *value;
    bool first = true;
    if (!sb_add_char(I, &b, '{')) goto fail;
    while (dict_next(o, &pos, &key, &value)) {
        INCREF(key);
        INCREF(value);
        Obj *kr = NULL, *vr = NULL;
        bool ok = (first || sb_add_cstr(I, &b, ", ")) && (kr = obj_repr(I, key)) &&
                  sb_add_str(I, &b, kr) && sb_add_cstr(I, &b, ": ") && (vr = obj_repr(I, value)) &&
                  sb_add_str(I, &b, vr);
        first = false;
        XDECREF(I, kr);
        XDECREF(I, vr);
        DECREF(I, key);
        DECREF(I, value);
        if (!ok) goto fail;
    }
    if (!sb_add_char(I, &b, '}')) goto fail;
    cont_repr_leave(I, o);
    return sb_finish(I, &b);
fail:
    sb_discard(&b);
    cont_repr_leave(I, o);
    return NULL;
}

/* 1 equal, 0 not, -1 error (dict_equal). */
static int dict_equal(Interp *I, Obj *a, Obj *b) {
    if (D(a)->used != D(b)->used) return 0;
    for (Ssize i = 0; i < dict_nentries(a); i++) {
        DictEntry *ep = &dk_entries(D(a)->keys)[i];
        Obj *aval = ep->value;
        if (!aval) continue;
        Obj *key = ep->key, *bval;
        Hash hash = ep->hash;
        INCREF(aval);
        INCREF(key);
        Ssize ix = dict_lookup(I, D(b), key, hash, &bval);
        if (ix == DKIX_ERROR || !bval) {
            DECREF(I, key);
            DECREF(I, aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        INCREF(bval);
        int cmp = obj_richcompare_bool(I, aval, bval, CMP_EQ);
        DECREF(I, key);
        DECREF(I, aval);
        DECREF(I, bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static Obj *dict_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    if (!DICT_CHECK(v) || !DICT_CHECK(w) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(I->notimpl);
    int cmp = dict_equal(I, v, w);
    if (cmp < 0) return NULL;
    return BOOL_OBJ(I, (cmp == 1) == (op == CMP_EQ));
}

/* dict.__new__ makes an empty dict; __init__ (and update) fill it. */
static Obj *dict_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    Obj *d = dict_alloc(I, type);
    if (d && type == I->t_dict) { /* PyType_GenericAlloc: a new block, never the freelist's */
        obj_trace_to(I, d, FL_DICT);
        obj_trace_alloc(I, d, obj_model_size(I, type, 0));
    }
    if (d) {
        model_dict_init(I->prof, &D(d)->md, MD_DICT_CALL);
        trace_tables(I, D(d));
    }
    return d;
}

/* dict_update_common: one optional positional argument, then keyword arguments. */
static bool update_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                          const char *fname) {
    if (!args_count(I, fname, nargs, 0, 1)) return false;
    if (nargs == 1 && !dict_update(I, self, args[0])) return false;
    if (kwnames) {
        for (Ssize i = 0; i < TUPLE_LEN(kwnames); i++)
            if (!dict_set(I, self, TUPLE_GET(kwnames, i), args[nargs + (size_t)i])) return false;
    }
    return true;
}

static int dict_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return update_common(I, self, args, nargs, kw, "dict") ? 0 : -1;
}

static Obj *dict_or(Interp *I, Obj *self, Obj *other) {
    if (!cont_dict_union(I) || !DICT_CHECK(self) || !DICT_CHECK(other)) return NEWREF(I->notimpl);
    Obj *n = dict_copy(I, self);
    if (n && !dict_update(I, n, other)) CLEAR(I, n);
    return n;
}

static Obj *dict_ior(Interp *I, Obj *self, Obj *other) {
    if (!cont_dict_union(I)) return NEWREF(I->notimpl);
    if (!dict_update(I, self, other)) return NULL;
    return NEWREF(self);
}

/* ---- Methods */

#define METHOD(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

METHOD(dm_contains) {
    UNUSED_ARGS;
    int r = dict_contains(I, self, args[0]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

METHOD(dm_getitem) {
    UNUSED_ARGS;
    return dict_subscript(I, self, args[0]);
}

METHOD(dm_get) {
    (void)kw;
    if (!args_count(I, "get", nargs, 1, 2)) return NULL;
    Obj *v = dict_get(I, self, args[0]);
    if (!v && err_occurred(I)) return NULL;
    return NEWREF(v ? v : nargs > 1 ? args[1] : I->none);
}

METHOD(dm_setdefault) {
    (void)kw;
    if (!args_count(I, "setdefault", nargs, 1, 2)) return NULL;
    Obj *v = dict_setdefault(I, self, args[0], nargs > 1 ? args[1] : I->none);
    return v ? NEWREF(v) : NULL;
}

METHOD(dm_pop) {
    (void)kw;
    if (!args_count(I, "pop", nargs, 1, 2)) return NULL;
    return dict_pop(I, self, args[0], nargs > 1 ? args[1] : NULL);
}

METHOD(dm_popitem) {
    UNUSED_ARGS;
    DictObj *mp = D(self);
    Obj *res = tuple_new(I, 2);
    if (!res) return NULL;
    if (mp->used == 0) {
        DECREF(I, res);
        Obj *msg = str_from_cstr(I, "popitem(): dictionary is empty");
        if (msg) cont_key_error(I, msg);
        XDECREF(I, msg);
        return NULL;
    }
    DictKeys *dk = mp->keys;
    DictEntry *ep0 = dk_entries(dk);
    Ssize i = dk->nentries - 1;
    while (i >= 0 && ep0[i].value == NULL) i--;
    size_t j = lookdict_index(dk, ep0[i].hash, i);
    dk_set_index(dk, j, DKIX_DUMMY);
    TUPLE_SET(res, 0, ep0[i].key);
    TUPLE_SET(res, 1, ep0[i].value);
    ep0[i].key = ep0[i].value = NULL;
    /* Not dk->usable++: a DUMMY now occupies the index slot. */
    dk->nentries = i;
    mp->used--;
    bump_version(I, mp);
    model_dict_popitem(I->prof, &mp->md);
    return res;
}


METHOD(dm_keys) {
    UNUSED_ARGS;
    return dictview_new(I, self, I->t_dict_keys);
}
METHOD(dm_values) {
    UNUSED_ARGS;
    return dictview_new(I, self, I->t_dict_values);
}
METHOD(dm_items) {
    UNUSED_ARGS;
    return dictview_new(I, self, I->t_dict_items);
}

METHOD(dm_update) {
    if (!update_common(I, self, args, nargs, kw, "update")) return NULL;
    RET_NONE(I);
}

METHOD(dm_clear) {
    UNUSED_ARGS;
    dict_clear(I, self);
    RET_NONE(I);
}

METHOD(dm_copy) {
    UNUSED_ARGS;
    return dict_copy(I, self);
}

METHOD(dm_reversed) {
    UNUSED_ARGS;
    if (!cont_dict_reversible(I)) return err_format(I, I->e_TypeError, "'%T' object is not reversible", self);
    return dict_reviter_new(I, self, 0);
}

/* dict.fromkeys(iterable, value=None): a classmethod; self is the class. */
METHOD(dm_fromkeys) {
    (void)kw;
    if (!args_count(I, "fromkeys", nargs, 1, 2)) return NULL;
    Obj *iterable = args[0], *value = nargs > 1 ? args[1] : I->none;
    Obj *d = obj_call0(I, self);
    if (!d) return NULL;
    if (TYPE(d) == I->t_dict && D(d)->used == 0) {
        if (TYPE(iterable) == I->t_dict) {
            if (!dictresize(I, D(d), estimate_log2_keysize(I, D(iterable)->used),
                            !D(iterable)->keys || D(iterable)->keys->unicode))
                goto fail;
            ModelDict fresh = D(d)->md;
            bool its_unicode = !D(iterable)->keys || D(iterable)->keys->unicode;
            Ssize pos = 0;
            Obj *key;
            Hash hash;
            while (dict_next_entry(iterable, &pos, &key, NULL, &hash))
                if (!insertdict(I, D(d), key, hash, value)) goto fail;
            D(d)->md = fresh;
            model_dict_fromkeys(I->prof, &D(d)->md, D(d)->used, FK_DICT, its_unicode, its_unicode);
            trace_tables(I, D(d));
            return d;
        }
        if (TYPE(iterable) == I->t_set || TYPE(iterable) == I->t_frozenset) {
            if (!dictresize(I, D(d), estimate_log2_keysize(I, set_len(iterable)), false)) goto fail;
            ModelDict fresh = D(d)->md;
            Ssize pos = 0;
            Obj *key;
            Hash hash;
            bool all_str = true;
            while (set_next_entry(iterable, &pos, &key, &hash)) {
                all_str &= TYPE(key) == I->t_str;
                if (!insertdict(I, D(d), key, hash, value)) goto fail;
            }
            D(d)->md = fresh;
            model_dict_fromkeys(I->prof, &D(d)->md, D(d)->used, FK_SET, false, all_str);
            trace_tables(I, D(d));
            return d;
        }
    }
    Obj *it = obj_iter(I, iterable);
    if (!it) goto fail;
    Obj *key;
    bool ok = true;
    while (ok && (key = iter_next(I, it)) != NULL) {
        ok = TYPE(d) == I->t_dict ? dict_set(I, d, key, value) : obj_setitem(I, d, key, value) == 0;
        DECREF(I, key);
    }
    DECREF(I, it);
    if (ok && !err_occurred(I)) return d;
fail:
    DECREF(I, d);
    return NULL;
}

/* sys.getsizeof asks __sizeof__: the CPython figure for this dict's history (the model). */
METHOD(dm_sizeof) {
    UNUSED_ARGS;
    MSize basicsize;
    if (TYPE(self)->model) {
        basicsize = TYPE(self)->model->basicsize;
    } else {
        ModelType mt;
        model_type_builtin(I->prof, &mt, MB_DICT);
        basicsize = mt.basicsize;
    }
    return int_from_i64(I, model_dict_sizeof(I->prof, &D(self)->md, basicsize));
}

static const MethodDef dict_methods[] = {
    {"__sizeof__", dm_sizeof, METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"__contains__", dm_contains, METH_O, "True if the dictionary has the specified key, else False."},
    {"__getitem__", dm_getitem, METH_O, "x.__getitem__(y) <==> x[y]"},
    {"get", dm_get, METH_FASTCALL, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dm_setdefault, METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", dm_pop, METH_FASTCALL,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dm_popitem, METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, "
     "first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", dm_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dm_items, METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"values", dm_values, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"update", dm_update, METH_FASTCALL | METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", dm_fromkeys, METH_FASTCALL | METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dm_clear, METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", dm_copy, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dm_reversed, METH_NOARGS, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static Obj *dict_tp_iter(Interp *I, Obj *o) { return dict_iter_new(I, o, 0); }

const TypeObj dict_tmpl = {
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE | TPF_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
           "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized "
           "as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> "
           "new dictionary initialized with the name=value pairs\n    in the keyword argument "
           "list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_tp_iter,
    .new_ = dict_vnew,
    .init = dict_init,
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .nb_or = dict_or,
    .nb_ior = dict_ior,
    .len = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_subscript,
    .sq_contains = dict_sq_contains,
    .methods = dict_methods,
};

/* ---- Instance dicts over a class's shared keys (typeobject.h). The real table is an ordinary
 * one; the shadow follows CPython's split tables and 3.11+ values arrays (model_instance_*). */

Obj *dict_new_instance(Interp *I, struct ModelSharedKeys **cls_keys, bool inline_values) {
    Obj *d = dict_new(I);
    if (!d) return NULL;
    DictObj *mp = D(d);
    mp->inst = true;
    MSize lent = *cls_keys ? (*cls_keys)->nentries + (*cls_keys)->usable : 0;
    model_instance_created(I->prof, *cls_keys, &mp->md, inline_values);
    /* up to 3.10 the dict is only made when first needed: it is the instance's dict now */
    if (!I->prof->instance_values) model_instance_dict(I->prof, cls_keys, &mp->md);
    trace_tables(I, mp);
    if (I->prof->instance_values) {
        obj_trace_to(I, d, FL_DICT); /* no dict object yet: only the values */
        /* 3.13 sizes inline values before this instance lowers the budget */
        if (I->model && I->model->ledger.tracing) {
            mp->values_bytes = inline_values ? model_alloc_inline_values(lent)
                                             : model_alloc_values(mp->md.values_cap);
            if (mp->values_bytes > 0) mp->values_trace = ledger_alloc(&I->model->ledger, mp->values_bytes);
        }
    }
    return d;
}

/* A dict assigned to obj.__dict__ by the program is an ordinary dict in 3.11+. */
static bool plain_in_values_era(Interp *I, DictObj *mp) {
    return !mp->inst && I->prof->instance_values;
}

bool dict_set_instance(Interp *I, Obj *d, struct ModelSharedKeys **cls_keys, Obj *name, Obj *v) {
    DictObj *mp = D(d);
    if (plain_in_values_era(I, mp)) return dict_set(I, d, name, v);
    Hash hash = cont_hash(I, name);
    if (hash == -1) return false;
    int r = insertdict_ex(I, mp, name, hash, v, false);
    if (r <= 0) return r == 0;
    bool is_str = TYPE(name) == I->t_str;
    uintptr_t id = (uintptr_t)name;
    if (is_str && !((StrObj *)name)->interned) {
        Obj *in = str_intern(I, NEWREF(name)); /* CPython interns attribute names */
        id = (uintptr_t)in;
        DECREF(I, in);
    }
    model_instance_setattr(I->prof, cls_keys, &mp->md, id, is_str);
    trace_tables(I, mp);
    return true;
}

int dict_del_instance(Interp *I, Obj *d, struct ModelSharedKeys **cls_keys, Obj *name) {
    DictObj *mp = D(d);
    if (plain_in_values_era(I, mp)) return dict_del(I, d, name);
    Hash hash = cont_hash(I, name);
    if (hash == -1) return -1;
    Obj *old;
    Ssize ix = dict_lookup(I, mp, name, hash, &old);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !old) return 0;
    INCREF(old); /* the model is told before any destructor can look at the dict */
    delitem_ex(I, mp, hash, ix, old, false);
    model_instance_delattr(I->prof, cls_keys, &mp->md);
    trace_tables(I, mp);
    DECREF(I, old);
    return 1;
}

void dict_materialize_instance(Interp *I, Obj *d, struct ModelSharedKeys **cls_keys) {
    DictObj *mp = D(d);
    if (!mp->inst || mp->md.materialized) return;
    model_instance_dict(I->prof, cls_keys, &mp->md);
    if (I->prof->instance_values && TYPE(d) == I->t_dict) /* the dict object is made now */
        obj_trace_from(I, d, FL_DICT, obj_model_size(I, I->t_dict, 0));
    trace_tables(I, mp);
}
