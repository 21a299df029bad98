/* dict.h: insertion-ordered hash tables (CPython's compact layout: an index table over an
 * entries array). The CPython figures (split/combined, key sharing, sizes) are the model's:
 * dict.c reports every resize to model/. Implemented in dict.c. */
#ifndef SLOTSCOPE_DICT_H
#define SLOTSCOPE_DICT_H

#include "vm/interp.h"

Obj *dict_new(Interp *I);
/* Borrowed value or NULL; NULL with an error only if hashing/comparison failed. */
Obj *dict_get(Interp *I, Obj *d, Obj *key);
Obj *dict_get_str(Interp *I, Obj *d, Obj *key);       /* key is an exact str: fast path */
Obj *dict_get_cstr(Interp *I, Obj *d, const char *key);
bool dict_set(Interp *I, Obj *d, Obj *key, Obj *value);   /* increfs both */
bool dict_set_cstr(Interp *I, Obj *d, const char *key, Obj *value);
/* 1 deleted, 0 missing (no error), -1 error */
int dict_del(Interp *I, Obj *d, Obj *key);
int dict_contains(Interp *I, Obj *d, Obj *key);       /* 1/0/-1 */
Ssize dict_len(Obj *d);
/* Iterate: pos starts at 0; borrowed key/value; false at the end. */
bool dict_next(Obj *d, Ssize *pos, Obj **key, Obj **value);
Obj *dict_copy(Interp *I, Obj *d);
bool dict_update(Interp *I, Obj *d, Obj *other);      /* other: mapping or iterable of pairs */
bool dict_merge(Interp *I, Obj *d, Obj *other, int override); /* override 2: error on dup (**) */
Obj *dict_keys_list(Interp *I, Obj *d);
Obj *dict_items_list(Interp *I, Obj *d);
Obj *dict_values_list(Interp *I, Obj *d);
void dict_clear(Interp *I, Obj *d);
/* A change counter for inline caches (bumped on any insert/delete/resize of keys). */
uint64_t dict_version(Obj *d);

/* ---- added by the containers part */
/* {k: v, ...} with n pairs, presized as CPython's _PyDict_NewPresized (BUILD_MAP, dict
 * comprehensions leave it to growth). */
Obj *dict_new_presized(Interp *I, Ssize n);
/* setdefault: the value now stored under key (borrowed); NULL + error on failure. */
Obj *dict_setdefault(Interp *I, Obj *d, Obj *key, Obj *deflt);
/* pop: a new reference to the removed value, or deflt (new ref) if missing and deflt is not
 * NULL; NULL + KeyError(key) if missing and deflt is NULL. */
Obj *dict_pop(Interp *I, Obj *d, Obj *key, Obj *deflt);
/* d[key] for the VM: dict subclasses' __missing__, KeyError(key) otherwise (new reference). */
Obj *dict_subscript(Interp *I, Obj *d, Obj *key);
/* dict_merge(d, other, 2) (the VM's {**a} with f(**k) checks): on a duplicate key it raises
 * KeyError(key) (args[0] is the key) which the VM turns into "f() got multiple values for
 * keyword argument 'x'"; dict_merge with override 0 keeps existing values, 1 replaces. */

/* The CPython layout facts the memory model needs: the index table is 1 << log2_size slots,
 * entries has room for `usable + nentries` items (CPython's dk_usable and dk_nentries),
 * unicode: all keys are exact str (16-byte entries instead of 24). A never-filled dict uses
 * CPython's shared empty keys (log2_size 3, empty_keys true: nothing allocated). */
typedef struct DictLayout {
    int log2_size;
    Ssize usable, nentries, used;
    bool unicode, empty_keys;
} DictLayout;
void dict_layout(Obj *d, DictLayout *out);

#endif
