/* dictmodel.h: the shadow of a CPython X.Y dict's tables. slotscope's own dicts are laid out
 * their own way; each keeps one of these, updated on every operation, so that sys.getsizeof
 * and tracemalloc report what CPython would have allocated for the same history.
 * Follows Objects/dictobject.c of each version (2.7: open addressing with an 8-entry
 * smalltable; 3.6+: compact dict with an index table; 3.11+: str-only tables use 16-byte
 * entries). Shared-key (split) tables of instance dicts are in instdict.h. */
#ifndef SLOTSCOPE_DICTMODEL_H
#define SLOTSCOPE_DICTMODEL_H

#include "model/model.h"

/* A class's shared key table (PEP 412; ht_cached_keys). Its keys are kept as opaque
 * identities (slotscope passes its interned str pointers) in insertion order. */
typedef struct ModelSharedKeys {
    int refcnt;        /* the class's reference plus one per split dict */
    int log2_size;
    MSize usable, nentries;
    uintptr_t *keys;   /* nentries key identities, in order */
    MSize cap;
} ModelSharedKeys;

typedef struct ModelDict {
    MSize used;        /* ma_used: live keys */
    int log2_size;     /* the keys table has 1 << log2_size slots; -1: the shared empty keys */
    MSize usable;      /* dk_usable: entries left before a resize (2.7: unused) */
    MSize nentries;    /* dk_nentries: entries used, live or deleted (2.7: ma_fill) */
    bool unicode;      /* 3.11+: all keys are exact str (16-byte entries) */
    ModelSharedKeys *shared; /* a split table over a class's keys (counted reference), or NULL */
    MSize values_cap;  /* 3.11+: slots in this instance's values array (fixed at creation) */
    bool materialized; /* 3.11+: an instance dict exists as an object (not just values) */
    bool embedded;     /* 3.13: the values live inside the object (inline values) */
} ModelDict;

typedef enum {
    MD_NEW,            /* PyDict_New: {} and BUILD_MAP 0, dict comprehensions */
    MD_DICT_CALL,      /* dict() through dict_new (3.8/3.9 allocate a table at once) */
} ModelDictOrigin;

void model_dict_init(const Profile *p, ModelDict *d, ModelDictOrigin origin);
/* _PyDict_NewPresized(n): BUILD_MAP n / BUILD_CONST_KEY_MAP n before the n inserts */
void model_dict_presize(const Profile *p, ModelDict *d, MSize n);
/* A key that was not in the dict is inserted; is_str: the key is an exact str; key: its
 * identity (used by split tables only). */
void model_dict_insert(const Profile *p, ModelDict *d, uintptr_t key, bool is_str);
void model_dict_delete(const Profile *p, ModelDict *d);
void model_dict_popitem(const Profile *p, ModelDict *d);
void model_dict_clear(const Profile *p, ModelDict *d);
/* dst = src.copy() (dst is initialised here) */
void model_dict_copy(const Profile *p, ModelDict *dst, const ModelDict *src);
/* dict_merge(dst, other) for a dict other with `other_used` keys, `new_keys` of which are new
 * to dst (all_str: every key of other is an exact str); then the inserts happen. */
void model_dict_merge(const Profile *p, ModelDict *dst, const ModelDict *other, MSize new_keys,
                      bool all_str);
/* dict.fromkeys(iterable) into the fresh dict d: n keys; an exact dict or set as the iterable
 * presizes the table first (its_keys_unicode: that dict's table holds only str keys). */
typedef enum { FK_ITERABLE, FK_SET, FK_DICT } ModelFromkeysSource;
void model_dict_fromkeys(const Profile *p, ModelDict *d, MSize n, ModelFromkeysSource src,
                         bool its_keys_unicode, bool all_str);

/* dict.__sizeof__ for a dict whose type has basicsize `basicsize` (a subclass may add) */
MSize model_dict_sizeof(const Profile *p, const ModelDict *d, MSize basicsize);
/* Bytes of the keys table alone (_PyDict_KeysSize; 0 for the shared empty keys) */
MSize model_dict_keys_bytes(const Profile *p, const ModelDict *d);

/* Release what d holds (its reference to shared keys). */
void model_dict_release(ModelDict *d);

/* ---- instance dicts (key sharing). cls_keys is the class's ModelSharedKeys pointer, which
 * 3.6-3.10 may drop (set to NULL) when sharing stops. */

/* A class whose instances have a __dict__ is created: its shared keys (NULL on 2.7). NULL is
 * also returned when memory is short: the class then simply does not share keys. */
ModelSharedKeys *model_class_keys_new(const Profile *p);
void model_keys_decref(ModelSharedKeys *k);
/* sys.getsizeof(SomeClass) counts the class's shared keys: their bytes, or 0 */
MSize model_keys_bytes(const Profile *p, const ModelSharedKeys *k);

/* An instance of the class is created (3.11+: its values array is sized from the class's
 * keys, which lend one fewer slot to each new instance; inline_values: the class's
 * ModelType.inline_values, 3.13's values inside the object). */
void model_instance_created(const Profile *p, ModelSharedKeys *cls_keys, ModelDict *d,
                            bool inline_values);
/* The instance's dict comes into being: 3.6-3.10 at the first attribute or __dict__ access
 * (split over the class keys when it has them); 3.11+ when __dict__ is materialised. */
void model_instance_dict(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d);
/* obj.name = value through the instance dict (_PyObjectDict_SetItem / StoreInstanceAttribute)
 * for a name the instance does not have yet. */
void model_instance_setattr(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d,
                            uintptr_t key, bool is_str);
/* del obj.name through the instance dict */
void model_instance_delattr(const Profile *p, ModelSharedKeys **cls_keys, ModelDict *d);

#endif
