/* set.c: set and frozenset, CPython 3.12's Objects/setobject.c algorithm exactly (an 8-slot
 * small table, LINEAR_PROBES then perturbation, fill/used, the same resize triggers and
 * sizes), so that sets of ints iterate in CPython's order, and frozenset's hash. */
#include "objects/set.h"

#include <string.h>

#include "model/model.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    Obj *key;
    Hash hash; /* -1 with key == DUMMY: deleted */
} SetEntry;

typedef struct SetObj {
    Obj ob;
    Ssize fill; /* active + dummy */
    Ssize used; /* active */
    Ssize mask;
    SetEntry *table;
    Hash hash; /* frozenset: cached, -1 not yet */
    Ssize finger;
    SetEntry smalltable[SET_MINSIZE];
    Obj *weakreflist;
} SetObj;

#define S(o) ((SetObj *)(o))

/* The marker of deleted entries: never dereferenced, only compared. */
static const char dummy_marker;
#define DUMMY ((Obj *)(void *)&dummy_marker)

/* ---- Probing */

static SetEntry *set_lookkey(Interp *I, SetObj *so, Obj *key, Hash hash) {
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                Obj *startkey = entry->key;
                if (startkey == key) return entry;
                if (TYPE(startkey) == I->t_str && TYPE(key) == I->t_str && str_eq(startkey, key))
                    return entry;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_richcompare_bool(I, startkey, key, CMP_EQ);
                DECREF(I, startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) return set_lookkey(I, so, key, hash);
                if (cmp > 0) return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool set_table_resize(Interp *I, SetObj *so, Ssize minused);

/* Does a table of mask + 1 slots with `fill` used slots need to grow? setobject.c: 3.7+ at 3/5
 * full (fill*5 >= mask*3); 3.6 at fill*3 >= mask*2; 2.7 at fill*3 >= (mask+1)*2. */
static bool set_overloaded(Interp *I, Ssize fill, Ssize mask) {
    if (I->prof->set_load_3_5) return (size_t)fill * 5 >= (size_t)mask * 3;
    size_t m = I->prof->set_load_whole_table ? (size_t)mask + 1 : (size_t)mask;
    return (size_t)fill * 3 >= m * 2;
}

/* Add key (borrowed) with a known hash. */
static bool set_add_entry(Interp *I, SetObj *so, Obj *key, Hash hash) {
    INCREF(key); /* code run by a comparison must not free it before we insert it */
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Obj *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (TYPE(startkey) == I->t_str && TYPE(key) == I->t_str && str_eq(startkey, key))
                    goto found_active;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_richcompare_bool(I, startkey, key, CMP_EQ);
                DECREF(I, startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) goto comparison_error;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    if (freeslot->hash != -1) goto restart;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return true;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (!set_overloaded(I, so->fill, (Ssize)mask)) return true;
    return set_table_resize(I, so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(I, key);
    return true;
comparison_error:
    DECREF(I, key);
    return false;
}

static void set_insert_clean(SetEntry *table, size_t mask, Obj *key, Hash hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static bool set_table_resize(Interp *I, SetObj *so, Ssize minused) {
    Ssize oldmask = so->mask;
    SetEntry *oldtable = so->table, *newtable, small_copy[SET_MINSIZE];
    bool old_malloced = oldtable != so->smalltable;
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return true;
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(I, newsize * sizeof(SetEntry));
        if (!newtable) return false;
    }
    memset(newtable, 0, sizeof(SetEntry) * newsize);
    so->mask = (Ssize)newsize - 1;
    so->table = newtable;
    size_t newmask = (size_t)so->mask;
    bool no_dummies = so->fill == so->used;
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key != NULL && (no_dummies || e->key != DUMMY))
            set_insert_clean(newtable, newmask, e->key, e->hash);
    if (old_malloced) mem_free(oldtable);
    return true;
}

static int set_contains_entry(Interp *I, SetObj *so, Obj *key, Hash hash) {
    SetEntry *entry = set_lookkey(I, so, key, hash);
    return entry ? entry->key != NULL : -1;
}

static int set_discard_entry(Interp *I, SetObj *so, Obj *key, Hash hash) {
    SetEntry *entry = set_lookkey(I, so, key, hash);
    if (!entry) return -1;
    if (entry->key == NULL) return 0;
    Obj *old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    DECREF(I, old_key);
    return 1;
}

static bool set_add_key(Interp *I, SetObj *so, Obj *key) {
    Hash hash = cont_hash(I, key);
    return hash != -1 && set_add_entry(I, so, key, hash);
}

static int set_contains_key(Interp *I, SetObj *so, Obj *key) {
    Hash hash = cont_hash(I, key);
    return hash == -1 ? -1 : set_contains_entry(I, so, key, hash);
}

static int set_discard_key(Interp *I, SetObj *so, Obj *key) {
    Hash hash = cont_hash(I, key);
    return hash == -1 ? -1 : set_discard_entry(I, so, key, hash);
}

static void set_empty_to_minsize(SetObj *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set first, then drop the keys: a DECREF can run code that looks at it. */
static void set_clear_internal(Interp *I, SetObj *so) {
    SetEntry *table = so->table, small_copy[SET_MINSIZE];
    Ssize fill = so->fill, used = so->used;
    bool malloced = table != so->smalltable;
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry *e = table; used > 0; e++) {
        if (e->key && e->key != DUMMY) {
            used--;
            DECREF(I, e->key);
        }
    }
    if (malloced) mem_free(table);
}

static bool set_next_internal(SetObj *so, Ssize *pos, SetEntry **entry_ptr) {
    Ssize i = *pos, mask = so->mask;
    SetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == DUMMY)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask) return false;
    *entry_ptr = entry;
    return true;
}

/* ---- Public API */

Ssize set_len(Obj *set) { return S(set)->used; }

bool set_next(Obj *set, Ssize *pos, Obj **key) {
    SetEntry *e;
    if (!set_next_internal(S(set), pos, &e)) return false;
    *key = e->key;
    return true;
}

bool set_next_entry(Obj *set, Ssize *pos, Obj **key, Hash *hash) {
    SetEntry *e;
    if (!set_next_internal(S(set), pos, &e)) return false;
    *key = e->key;
    *hash = e->hash;
    return true;
}

bool set_add(Interp *I, Obj *set, Obj *key) { return set_add_key(I, S(set), key); }
bool set_add_known_hash(Interp *I, Obj *set, Obj *key, Hash hash) {
    return set_add_entry(I, S(set), key, hash);
}

/* A set/frozenset `key` is looked up as the equal frozenset (set_contains_lock_held). */
static int set_with_frozen_retry(Interp *I, SetObj *so, Obj *key,
                                 int (*op)(Interp *, SetObj *, Obj *)) {
    int rv = op(I, so, key);
    if (rv < 0) {
        if (!type_is_subtype(TYPE(key), I->t_set) || !err_matches(I, I->e_TypeError)) return -1;
        err_clear(I);
        Obj *tmp = frozenset_new(I, key);
        if (!tmp) return -1;
        rv = op(I, so, tmp);
        DECREF(I, tmp);
    }
    return rv;
}

int set_contains(Interp *I, Obj *set, Obj *key) {
    return set_with_frozen_retry(I, S(set), key, set_contains_key);
}

int set_discard(Interp *I, Obj *set, Obj *key) { return set_discard_key(I, S(set), key); }

/* ---- Merging */

static bool set_merge(Interp *I, SetObj *so, SetObj *other) {
    if (other == so || other->used == 0) return true;
    if (set_overloaded(I, so->fill + other->used, so->mask) &&
        !set_table_resize(I, so, (so->used + other->used) * 2))
        return false;
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Ssize i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key) {
                so_entry->key = NEWREF(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return true;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (Ssize i = other->mask + 1; i > 0; i--, other_entry++) {
            Obj *key = other_entry->key;
            if (key && key != DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, NEWREF(key), other_entry->hash);
        }
        return true;
    }
    for (Ssize i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        Obj *key = other_entry->key;
        if (key && key != DUMMY && !set_add_entry(I, so, key, other_entry->hash)) return false;
    }
    return true;
}

static bool set_update_dict(Interp *I, SetObj *so, Obj *other) {
    Ssize dictsize = dict_len(other);
    if (set_overloaded(I, so->fill + dictsize, so->mask) &&
        !set_table_resize(I, so, (so->used + dictsize) * 2))
        return false;
    Ssize pos = 0;
    Obj *key, *value;
    Hash hash;
    while (dict_next_entry(other, &pos, &key, &value, &hash))
        if (!set_add_entry(I, so, key, hash)) return false;
    return true;
}

bool set_update(Interp *I, Obj *set, Obj *other) {
    SetObj *so = S(set);
    if (ANYSET_CHECK(I, other)) return set_merge(I, so, S(other));
    if (TYPE(other) == I->t_dict) return set_update_dict(I, so, other);
    Obj *it = obj_iter(I, other), *key;
    if (!it) return false;
    while ((key = iter_next(I, it)) != NULL) {
        bool ok = set_add_key(I, so, key);
        DECREF(I, key);
        if (!ok) {
            DECREF(I, it);
            return false;
        }
    }
    DECREF(I, it);
    return !err_occurred(I);
}

Obj *set_new_of_type(Interp *I, TypeObj *type, Obj *iterable) {
    SetObj *so = (SetObj *)obj_alloc(I, type, 0);
    if (!so) return NULL;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable && !set_update(I, OBJ(so), iterable)) {
        DECREF(I, OBJ(so));
        return NULL;
    }
    gc_track(I, OBJ(so));
    return OBJ(so);
}

Obj *set_new(Interp *I, Obj *iterable) { return set_new_of_type(I, I->t_set, iterable); }

Obj *frozenset_new(Interp *I, Obj *iterable) {
    if (iterable && TYPE(iterable) == I->t_frozenset) return NEWREF(iterable);
    return set_new_of_type(I, I->t_frozenset, iterable);
}

/* A new set of self's base type (set or frozenset) for operation results. */
static Obj *make_new_set_basetype(Interp *I, TypeObj *type, Obj *iterable) {
    if (type != I->t_set && type != I->t_frozenset)
        type = type_is_subtype(type, I->t_set) ? I->t_set : I->t_frozenset;
    return set_new_of_type(I, type, iterable);
}

/* Swap the contents of two sets (set_swap_bodies), for the in-place operations. */
static void set_swap_bodies(Interp *I, SetObj *a, SetObj *b) {
    Ssize t;
    SetEntry *u, tab[SET_MINSIZE];
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    u = a->table;
    if (a->table == a->smalltable) u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable) a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (type_is_subtype(TYPE(a), I->t_frozenset) && type_is_subtype(TYPE(b), I->t_frozenset)) {
        Hash h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

static Obj *set_copy_obj(Interp *I, Obj *so) {
    Obj *copy = make_new_set_basetype(I, TYPE(so), NULL);
    if (copy && !set_merge(I, S(copy), S(so))) CLEAR(I, copy);
    return copy;
}

/* ---- Operations (each as setobject.c) */

Obj *set_intersection_obj(Interp *I, Obj *so_, Obj *other) {
    SetObj *so = S(so_);
    if (so_ == other) return set_copy_obj(I, so_);
    Obj *result = make_new_set_basetype(I, TYPE(so_), NULL);
    if (!result) return NULL;
    if (ANYSET_CHECK(I, other)) {
        if (S(other)->used > so->used) {
            Obj *tmp = OBJ(so);
            so = S(other);
            other = tmp;
        }
        Ssize pos = 0;
        SetEntry *entry;
        while (set_next_internal(S(other), &pos, &entry)) {
            Obj *key = NEWREF(entry->key);
            Hash hash = entry->hash;
            int rv = set_contains_entry(I, so, key, hash);
            bool ok = rv >= 0 && (!rv || set_add_entry(I, S(result), key, hash));
            DECREF(I, key);
            if (!ok) goto error;
        }
        return result;
    }
    Obj *it = obj_iter(I, other), *key;
    if (!it) goto error;
    while ((key = iter_next(I, it)) != NULL) {
        Hash hash = obj_hash(I, key);
        int rv = hash == -1 ? -1 : set_contains_entry(I, so, key, hash);
        bool ok = rv >= 0 && (!rv || set_add_entry(I, S(result), key, hash));
        DECREF(I, key);
        if (!ok) {
            DECREF(I, it);
            goto error;
        }
        if (rv && S(result)->used >= so->used) break;
    }
    DECREF(I, it);
    if (err_occurred(I)) goto error;
    return result;
error:
    DECREF(I, result);
    return NULL;
}

bool set_difference_update_obj(Interp *I, Obj *so_, Obj *other) {
    SetObj *so = S(so_);
    if (so_ == other) {
        set_clear_internal(I, so);
        return true;
    }
    if (ANYSET_CHECK(I, other)) {
        /* When other is more than 8 times bigger, iterate the intersection instead. */
        if ((S(other)->used >> 3) > so->used) other = set_intersection_obj(I, so_, other);
        else INCREF(other);
        if (!other) return false;
        Ssize pos = 0;
        SetEntry *entry;
        while (set_next_internal(S(other), &pos, &entry)) {
            Obj *key = NEWREF(entry->key);
            int rv = set_discard_entry(I, so, key, entry->hash);
            DECREF(I, key);
            if (rv < 0) {
                DECREF(I, other);
                return false;
            }
        }
        DECREF(I, other);
    } else {
        Obj *it = obj_iter(I, other), *key;
        if (!it) return false;
        while ((key = iter_next(I, it)) != NULL) {
            int rv = set_discard_key(I, so, key);
            DECREF(I, key);
            if (rv < 0) {
                DECREF(I, it);
                return false;
            }
        }
        DECREF(I, it);
        if (err_occurred(I)) return false;
    }
    /* If more than 1/4th are dummies, then resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return true;
    return set_table_resize(I, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Obj *set_copy_and_difference(Interp *I, Obj *so, Obj *other) {
    Obj *result = set_copy_obj(I, so);
    if (result && !set_difference_update_obj(I, result, other)) CLEAR(I, result);
    return result;
}

static Obj *set_difference(Interp *I, Obj *so, Obj *other) {
    Ssize other_size;
    bool is_dict = TYPE(other) == I->t_dict;
    if (ANYSET_CHECK(I, other)) other_size = S(other)->used;
    else if (is_dict) other_size = dict_len(other);
    else return set_copy_and_difference(I, so, other);
    if ((S(so)->used >> 2) > other_size) return set_copy_and_difference(I, so, other);
    Obj *result = make_new_set_basetype(I, TYPE(so), NULL);
    if (!result) return NULL;
    Ssize pos = 0;
    SetEntry *entry;
    while (set_next_internal(S(so), &pos, &entry)) {
        Obj *key = NEWREF(entry->key);
        Hash hash = entry->hash;
        int rv = is_dict ? dict_contains_hash(I, other, key, hash)
                         : set_contains_entry(I, S(other), key, hash);
        bool ok = rv >= 0 && (rv || set_add_entry(I, S(result), key, hash));
        DECREF(I, key);
        if (!ok) {
            DECREF(I, result);
            return NULL;
        }
    }
    return result;
}

static bool symdiff_update_set(Interp *I, SetObj *so, SetObj *other) {
    Ssize pos = 0;
    SetEntry *entry;
    while (set_next_internal(other, &pos, &entry)) {
        Obj *key = NEWREF(entry->key);
        Hash hash = entry->hash;
        int rv = set_discard_entry(I, so, key, hash);
        bool ok = rv >= 0 && (rv == 1 || set_add_entry(I, so, key, hash));
        DECREF(I, key);
        if (!ok) return false;
    }
    return true;
}

bool set_symdiff_update_obj(Interp *I, Obj *so, Obj *other) {
    if (so == other) {
        set_clear_internal(I, S(so));
        return true;
    }
    if (TYPE(other) == I->t_dict) {
        Ssize pos = 0;
        Obj *key, *value;
        Hash hash;
        while (dict_next_entry(other, &pos, &key, &value, &hash)) {
            INCREF(key);
            int rv = set_discard_entry(I, S(so), key, hash);
            bool ok = rv >= 0 && (rv == 1 || set_add_entry(I, S(so), key, hash));
            DECREF(I, key);
            if (!ok) return false;
        }
        return true;
    }
    if (ANYSET_CHECK(I, other)) return symdiff_update_set(I, S(so), S(other));
    Obj *otherset = make_new_set_basetype(I, TYPE(so), other);
    if (!otherset) return false;
    bool ok = symdiff_update_set(I, S(so), S(otherset));
    DECREF(I, otherset);
    return ok;
}

static Obj *set_symmetric_difference(Interp *I, Obj *so, Obj *other) {
    Obj *result = make_new_set_basetype(I, TYPE(so), NULL);
    if (!result) return NULL;
    if (!set_update(I, result, other) || !symdiff_update_set(I, S(result), S(so))) CLEAR(I, result);
    return result;
}

static int set_issubset_int(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, other)) {
        Obj *tmp = set_intersection_obj(I, so, other);
        if (!tmp) return -1;
        int r = S(tmp)->used == S(so)->used;
        DECREF(I, tmp);
        return r;
    }
    if (S(so)->used > S(other)->used) return 0;
    Ssize pos = 0;
    SetEntry *entry;
    while (set_next_internal(S(so), &pos, &entry)) {
        Obj *key = NEWREF(entry->key);
        int rv = set_contains_entry(I, S(other), key, entry->hash);
        DECREF(I, key);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset_int(Interp *I, Obj *so, Obj *other) {
    if (ANYSET_CHECK(I, other)) return set_issubset_int(I, other, so);
    Obj *it = obj_iter(I, other), *key;
    if (!it) return -1;
    int rv = 1;
    while ((key = iter_next(I, it)) != NULL) {
        rv = set_contains_key(I, S(so), key);
        DECREF(I, key);
        if (rv <= 0) break;
    }
    DECREF(I, it);
    if (rv > 0 && err_occurred(I)) rv = -1;
    return rv;
}

/* ---- Slots */

static void set_dealloc(Interp *I, Obj *o) {
    SetObj *so = S(o);
    gc_untrack(I, o);
    if (!gc_trash_begin(I, o)) return; /* put off: a long nested chain */
    Ssize used = so->used;
    for (SetEntry *e = so->table; used > 0; e++) {
        if (e->key && e->key != DUMMY) {
            used--;
            DECREF(I, e->key);
        }
    }
    if (so->table != so->smalltable) mem_free(so->table);
    obj_free(I, o);
    gc_trash_end(I);
}

static int set_traverse(Obj *o, VisitFn visit, void *arg) {
    Ssize pos = 0;
    SetEntry *entry;
    while (set_next_internal(S(o), &pos, &entry)) VISIT(entry->key);
    return 0;
}

static int set_tp_clear(Interp *I, Obj *o) {
    set_clear_internal(I, S(o));
    return 0;
}

static Ssize set_length(Interp *I, Obj *o) {
    (void)I;
    return S(o)->used;
}

static int set_sq_contains(Interp *I, Obj *o, Obj *key) { return set_contains(I, o, key); }

static Obj *set_repr(Interp *I, Obj *o) {
    bool exact_set = TYPE(o) == I->t_set;
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_format(I, "%s(...)", type_name(TYPE(o))) : NULL;
    Obj *result = NULL;
    if (S(o)->used == 0) {
        result = str_from_format(I, "%s()", type_name(TYPE(o)));
        goto done;
    }
    Obj *keys = list_new(I, S(o)->used);
    if (!keys) goto done;
    Ssize pos = 0, idx = 0;
    SetEntry *entry;
    while (set_next_internal(S(o), &pos, &entry)) LIST_SET(keys, idx++, NEWREF(entry->key));
    Obj *lr = obj_repr(I, keys);
    DECREF(I, keys);
    if (!lr) goto done;
    Ssize len = STR_LEN(lr);
    Obj *inner = str_substr(I, lr, 1, len - 1);
    DECREF(I, lr);
    if (!inner) goto done;
    result = exact_set ? str_from_format(I, "{%U}", inner)
                       : str_from_format(I, "%s({%U})", type_name(TYPE(o)), inner);
    DECREF(I, inner);
done:
    cont_repr_leave(I, o);
    return result;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static Hash frozenset_hash(Interp *I, Obj *o) {
    (void)I;
    SetObj *so = S(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (SetEntry *e = so->table; e <= &so->table[so->mask]; e++) hash ^= shuffle_bits((uint64_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (Hash)hash;
    return so->hash;
}

static Obj *set_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    if (!ANYSET_CHECK(I, w)) return NEWREF(I->notimpl);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (S(v)->used != S(w)->used) return BOOL_OBJ(I, op == CMP_NE);
        if (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash)
            return BOOL_OBJ(I, op == CMP_NE);
        r = set_issubset_int(I, v, w);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = set_issubset_int(I, v, w); break;
    case CMP_GE: r = set_issuperset_int(I, v, w); break;
    case CMP_LT: r = S(v)->used >= S(w)->used ? 0 : set_issubset_int(I, v, w); break;
    case CMP_GT: r = S(v)->used <= S(w)->used ? 0 : set_issuperset_int(I, v, w); break;
    default: return NEWREF(I->notimpl);
    }
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

static Obj *set_or(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, so) || !ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    Obj *result = set_copy_obj(I, so);
    if (result && so != other && !set_update(I, result, other)) CLEAR(I, result);
    return result;
}

static Obj *set_and(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, so) || !ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    return set_intersection_obj(I, so, other);
}

static Obj *set_sub(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, so) || !ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    return set_difference(I, so, other);
}

static Obj *set_xor(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, so) || !ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    return set_symmetric_difference(I, so, other);
}

static Obj *set_ior(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    if (so != other && !set_update(I, so, other)) return NULL;
    return NEWREF(so);
}

static Obj *set_iand(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    Obj *tmp = set_intersection_obj(I, so, other);
    if (!tmp) return NULL;
    set_swap_bodies(I, S(so), S(tmp));
    DECREF(I, tmp);
    return NEWREF(so);
}

static Obj *set_isub(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    if (!set_difference_update_obj(I, so, other)) return NULL;
    return NEWREF(so);
}

static Obj *set_ixor(Interp *I, Obj *so, Obj *other) {
    if (!ANYSET_CHECK(I, other)) return NEWREF(I->notimpl);
    if (!set_symdiff_update_obj(I, so, other)) return NULL;
    return NEWREF(so);
}

/* set.__new__ makes an empty set, set.__init__ fills it; frozenset.__new__ does it all. */
static Obj *set_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return set_new_of_type(I, type, NULL);
}

static int set_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (!args_no_kw(I, "set", kw) || !args_count(I, type_name(TYPE(self)), nargs, 0, 1)) return -1;
    if (S(self)->fill) set_clear_internal(I, S(self));
    S(self)->hash = -1;
    if (nargs == 0) return 0;
    return set_update(I, self, args[0]) ? 0 : -1;
}

static Obj *frozenset_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    if (type == I->t_frozenset && !args_no_kw(I, "frozenset", kw)) return NULL;
    if (!args_count(I, type_name(type), nargs, 0, 1)) return NULL;
    Obj *iterable = nargs ? args[0] : NULL;
    if (type != I->t_frozenset) return set_new_of_type(I, type, iterable);
    return frozenset_new(I, iterable);
}

/* ---- Methods */

#define METHOD(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

METHOD(sm_add) {
    UNUSED_ARGS;
    if (!set_add_key(I, S(self), args[0])) return NULL;
    RET_NONE(I);
}

METHOD(sm_clear) {
    UNUSED_ARGS;
    set_clear_internal(I, S(self));
    RET_NONE(I);
}

METHOD(sm_contains) {
    UNUSED_ARGS;
    int r = set_contains(I, self, args[0]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

METHOD(sm_copy) {
    UNUSED_ARGS;
    return set_copy_obj(I, self);
}

METHOD(fm_copy) {
    UNUSED_ARGS;
    if (TYPE(self) == I->t_frozenset) return NEWREF(self);
    return set_copy_obj(I, self);
}

METHOD(sm_discard) {
    UNUSED_ARGS;
    if (set_with_frozen_retry(I, S(self), args[0], set_discard_key) < 0) return NULL;
    RET_NONE(I);
}

METHOD(sm_remove) {
    UNUSED_ARGS;
    int rv = set_with_frozen_retry(I, S(self), args[0], set_discard_key);
    if (rv < 0) return NULL;
    if (rv == 0) {
        cont_key_error(I, args[0]);
        return NULL;
    }
    RET_NONE(I);
}

METHOD(sm_pop) {
    UNUSED_ARGS;
    SetObj *so = S(self);
    if (so->used == 0) return err_string(I, I->e_KeyError, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Obj *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

METHOD(sm_union) {
    (void)kw;
    if (!args_no_kw(I, "set.union", kw)) return NULL;
    Obj *result = make_new_set_basetype(I, TYPE(self), self);
    for (size_t i = 0; result && i < nargs; i++)
        if (args[i] != self && !set_update(I, result, args[i])) CLEAR(I, result);
    return result;
}

METHOD(sm_update) {
    if (!args_no_kw(I, "set.update", kw)) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!set_update(I, self, args[i])) return NULL;
    RET_NONE(I);
}

METHOD(sm_intersection) {
    if (!args_no_kw(I, "set.intersection", kw)) return NULL;
    if (nargs == 0) return set_copy_obj(I, self);
    Obj *result = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Obj *n = set_intersection_obj(I, result, args[i]);
        DECREF(I, result);
        if (!(result = n)) return NULL;
    }
    return result;
}

METHOD(sm_intersection_update) {
    Obj *tmp = sm_intersection(I, self, args, nargs, kw);
    if (!tmp) return NULL;
    if (tmp != self) set_swap_bodies(I, S(self), S(tmp));
    DECREF(I, tmp);
    RET_NONE(I);
}

METHOD(sm_difference) {
    if (!args_no_kw(I, "set.difference", kw)) return NULL;
    if (nargs == 0) return set_copy_obj(I, self);
    Obj *result = set_difference(I, self, args[0]);
    for (size_t i = 1; result && i < nargs; i++)
        if (!set_difference_update_obj(I, result, args[i])) CLEAR(I, result);
    return result;
}

METHOD(sm_difference_update) {
    if (!args_no_kw(I, "set.difference_update", kw)) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!set_difference_update_obj(I, self, args[i])) return NULL;
    RET_NONE(I);
}

METHOD(sm_symmetric_difference) {
    UNUSED_ARGS;
    return set_symmetric_difference(I, self, args[0]);
}

METHOD(sm_symmetric_difference_update) {
    UNUSED_ARGS;
    if (!set_symdiff_update_obj(I, self, args[0])) return NULL;
    RET_NONE(I);
}

METHOD(sm_issubset) {
    UNUSED_ARGS;
    int r = set_issubset_int(I, self, args[0]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

METHOD(sm_issuperset) {
    UNUSED_ARGS;
    int r = set_issuperset_int(I, self, args[0]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

METHOD(sm_isdisjoint) {
    UNUSED_ARGS;
    Obj *other = args[0];
    if (self == other) return BOOL_OBJ(I, S(self)->used == 0);
    SetObj *so = S(self);
    if (TYPE(other) == I->t_set || TYPE(other) == I->t_frozenset) {
        if (S(other)->used > so->used) {
            Obj *tmp = OBJ(so);
            so = S(other);
            other = tmp;
        }
        Ssize pos = 0;
        SetEntry *entry;
        while (set_next_internal(S(other), &pos, &entry)) {
            Obj *key = NEWREF(entry->key);
            int rv = set_contains_entry(I, so, key, entry->hash);
            DECREF(I, key);
            if (rv < 0) return NULL;
            if (rv) return NEWREF(I->false_);
        }
        return NEWREF(I->true_);
    }
    Obj *it = obj_iter(I, other), *key;
    if (!it) return NULL;
    int rv = 0;
    while ((key = iter_next(I, it)) != NULL) {
        rv = set_contains_key(I, so, key);
        DECREF(I, key);
        if (rv) break;
    }
    DECREF(I, it);
    if (rv < 0 || err_occurred(I)) return NULL;
    return BOOL_OBJ(I, rv == 0);
}

METHOD(sm_reduce) {
    UNUSED_ARGS;
    Obj *keys = seq_list(I, self), *argt = NULL, *state = NULL, *r = NULL;
    if (!keys || !(argt = tuple_pack(I, 1, keys))) goto done;
    Obj **dp = obj_dict_ptr(I, self);
    state = dp && *dp ? NEWREF(*dp) : NEWREF(I->none);
    r = tuple_pack(I, 3, OBJ(TYPE(self)), argt, state);
done:
    XDECREF(I, keys);
    XDECREF(I, argt);
    XDECREF(I, state);
    return r;
}

/* sys.getsizeof asks __sizeof__: basicsize, plus the table when it is not the smalltable. */
METHOD(sm_sizeof) {
    UNUSED_ARGS;
    SetObj *so = S(self);
    MSize tsize = so->table == so->smalltable ? SET_MINSIZE : so->mask + 1;
    MSize extra = model_set_sizeof(I->prof, tsize) - model_set_sizeof(I->prof, SET_MINSIZE);
    MSize base = TYPE(self)->model ? TYPE(self)->model->basicsize : model_set_sizeof(I->prof, SET_MINSIZE);
    return int_from_i64(I, base + extra);
}

#define SET_COMMON_METHODS                                                                    \
    {"__contains__", sm_contains, METH_O, "x.__contains__(y) <==> y in x."},                 \
    {"difference", sm_difference, METH_FASTCALL, "Return the difference of two or more sets as a new set."}, \
    {"intersection", sm_intersection, METH_FASTCALL, "Return the intersection of two sets as a new set."}, \
    {"isdisjoint", sm_isdisjoint, METH_O, "Return True if two sets have a null intersection."}, \
    {"issubset", sm_issubset, METH_O, "Report whether another set contains this set."},       \
    {"issuperset", sm_issuperset, METH_O, "Report whether this set contains another set."},   \
    {"__reduce__", sm_reduce, METH_NOARGS, "Return state information for pickling."},          \
    {"__sizeof__", sm_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},   \
    {"symmetric_difference", sm_symmetric_difference, METH_O, "Return the symmetric difference of two sets as a new set."}, \
    {"union", sm_union, METH_FASTCALL, "Return the union of sets as a new set."}

static const MethodDef set_methods[] = {
    {"add", sm_add, METH_O, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", sm_clear, METH_NOARGS, "Remove all elements from this set."},
    {"copy", sm_copy, METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", sm_discard, METH_O, "Remove an element from a set if it is a member."},
    {"difference_update", sm_difference_update, METH_FASTCALL, "Remove all elements of another set from this set."},
    {"intersection_update", sm_intersection_update, METH_FASTCALL, "Update a set with the intersection of itself and another."},
    {"pop", sm_pop, METH_NOARGS, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", sm_remove, METH_O, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference_update", sm_symmetric_difference_update, METH_O, "Update a set with the symmetric difference of itself and another."},
    {"update", sm_update, METH_FASTCALL, "Update a set with the union of itself and others."},
    SET_COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", fm_copy, METH_NOARGS, "Return a shallow copy of a set."},
    SET_COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

/* ---- The iterator */

typedef struct SetIterObj {
    Obj ob;
    Obj *set; /* NULL when exhausted */
    Ssize used, pos, len;
} SetIterObj;

static Obj *set_tp_iter(Interp *I, Obj *o) {
    SetIterObj *si = (SetIterObj *)obj_alloc(I, I->t_set_iter, 0);
    if (!si) return NULL;
    si->set = NEWREF(o);
    si->used = si->len = S(o)->used;
    si->pos = 0;
    gc_track(I, OBJ(si));
    return OBJ(si);
}

static Obj *setiter_next(Interp *I, Obj *o) {
    SetIterObj *si = (SetIterObj *)o;
    if (!si->set) return NULL;
    SetObj *so = S(si->set);
    if (si->used != so->used) {
        err_string(I, I->e_RuntimeError, "Set changed size during iteration");
        si->used = -1;
        return NULL;
    }
    Ssize i = si->pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) i++;
    si->pos = i + 1;
    if (i > so->mask) {
        CLEAR(I, si->set);
        return NULL;
    }
    si->len--;
    return NEWREF(so->table[i].key);
}

static void setiter_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    XDECREF(I, ((SetIterObj *)o)->set);
    obj_free(I, o);
}

static int setiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((SetIterObj *)o)->set);
    return 0;
}

METHOD(setiter_len) {
    UNUSED_ARGS;
    SetIterObj *si = (SetIterObj *)self;
    return cont_int(I, si->set && si->used == S(si->set)->used ? si->len : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

const TypeObj set_iter_tmpl = {
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = cont_self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

const TypeObj set_tmpl = {
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
           "collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_tp_iter,
    .new_ = set_vnew,
    .init = set_init,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .nb_sub = set_sub,
    .nb_and = set_and,
    .nb_or = set_or,
    .nb_xor = set_xor,
    .nb_isub = set_isub,
    .nb_iand = set_iand,
    .nb_ior = set_ior,
    .nb_ixor = set_ixor,
    .len = set_length,
    .sq_contains = set_sq_contains,
    .methods = set_methods,
    .weaklistoffset = offsetof(SetObj, weakreflist),
};

const TypeObj frozenset_tmpl = {
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_tp_iter,
    .new_ = frozenset_vnew,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .nb_sub = set_sub,
    .nb_and = set_and,
    .nb_or = set_or,
    .nb_xor = set_xor,
    .len = set_length,
    .sq_contains = set_sq_contains,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(SetObj, weakreflist),
};
