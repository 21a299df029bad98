/* dictmodel.h: the shadow of a CPython X.Y dict's tables. slotscope's own dicts are laid out
 * their own way; each keeps one of these, updated on every operation, so that sys.getsizeof
 * and tracemalloc report what CPython would have allocated for the same history.
 * Follows Objects/dictobject.c of each version (2.7: open addressing with an 8-entry
 * smalltable; 3.6+: compact dict with an index table; 3.11+: str-only tables use 16-byte
 * entries). Shared-key (split) tables of instance dicts are in instdict.h. */
#ifndef SLOTSCOPE_DICTMODEL_H
#define SLOTSCOPE_DICTMODEL_H

#include "model/model.h"

typedef struct ModelDict {
    MSize used;        /* ma_used: live keys */
    int log2_size;     /* the keys table has 1 << log2_size slots; -1: the shared empty keys */
    MSize usable;      /* dk_usable: entries left before a resize (2.7: unused) */
    MSize nentries;    /* dk_nentries: entries used, live or deleted (2.7: ma_fill) */
    bool unicode;      /* 3.11+: all keys are exact str (16-byte entries) */
} ModelDict;

typedef enum {
    MD_NEW,            /* PyDict_New: {} and BUILD_MAP 0, dict comprehensions */
    MD_DICT_CALL,      /* dict() through dict_new (3.8/3.9 allocate a table at once) */
} ModelDictOrigin;

void model_dict_init(const Profile *p, ModelDict *d, ModelDictOrigin origin);
/* _PyDict_NewPresized(n): BUILD_MAP n / BUILD_CONST_KEY_MAP n before the n inserts */
void model_dict_presize(const Profile *p, ModelDict *d, MSize n);
/* A key that was not in the dict is inserted; is_str: the key is an exact str. */
void model_dict_insert(const Profile *p, ModelDict *d, bool is_str);
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

#endif
