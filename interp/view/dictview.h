/* dictview.h: how a dict's size moves with its key count for a CPython version, replayed
 * through the model's insertions: the byte size at every count, the breakpoints where it
 * jumps, the table behind each step; an instance dict's dependence on its class's history
 * (shared keys, PEP 412); and the crossover where slots cost as much as the dict. */
#ifndef SLOTSCOPE_VIEW_DICTVIEW_H
#define SLOTSCOPE_VIEW_DICTVIEW_H

#include "model/model.h"

typedef enum {
    VD_STR_KEYS,     /* {} then d['k0'] = ..., d['k1'] = ... */
    VD_GENERAL_KEYS, /* {} then d[0] = ..., d[1] = ... (not all keys str) */
    VD_INSTANCE      /* obj.__dict__ of a fresh class whose __init__ sets n attributes */
} ViewDictKind;

typedef struct ViewDictStep {
    MSize keys;       /* keys in the dict */
    MSize bytes;      /* sys.getsizeof(d) */
    MSize table_size; /* slots of the index table (2.7: of the table); 0: the shared empty keys */
    MSize usable;     /* entries left before the next resize (2.7: slots left before 2/3 full) */
    MSize nentries;   /* entries used */
    MSize entry_size; /* bytes per entry: 24 (hash, key, value) or 16 (3.11+ str keys: key,
                         value); a split table's values take 8 each */
    bool split;       /* values over the class's shared keys */
    MSize shared_nentries, shared_usable; /* the class's keys after this step (split only) */
} ViewDictStep;

typedef struct ViewDictSeries {
    const Profile *prof;
    ViewDictKind kind;
    MSize max_keys;
    ViewDictStep *steps; /* max_keys + 1 steps, steps[n].keys == n */
    MSize breaks[64];    /* key counts where the size changes (0 is always the first) */
    int nbreaks;
} ViewDictSeries;

bool view_dict_series(const Profile *p, ViewDictKind kind, MSize max_keys, ViewDictSeries *out);
void view_dict_series_free(ViewDictSeries *s);
/* "0:64 1:232 6:360 ..." as FACTS.md writes breakpoints (buf of `size` bytes) */
const char *view_dict_breaks_text(const ViewDictSeries *s, char *buf, size_t size);

/* The k-th instance of one class (k = 1..n) whose __init__ sets nattrs attributes: the size
 * its __dict__ reports once touched, and the class's shared keys after it was made. */
typedef struct ViewHistoryStep {
    MSize instance;                   /* k */
    MSize dict_bytes;                 /* sys.getsizeof(obj_k.__dict__) right after obj_k was made */
    MSize keys_nentries, keys_usable; /* the class's shared keys (-1: no longer shared) */
    MSize values_capacity;            /* 3.11+: the values array obj_k got */
} ViewHistoryStep;

bool view_instance_history(const Profile *p, MSize nattrs, MSize ninstances, ViewHistoryStep *out);

/* How many slots cost as much as an instance dict (FACTS.md's crossover rows). */
typedef struct ViewCrossover {
    const Profile *prof;
    MSize nattrs;         /* attributes of the dict-based instance */
    MSize dict_bytes;     /* getsizeof of its materialised __dict__ (fresh class) */
    MSize instance_bytes; /* getsizeof of the dict-based instance */
    MSize k;              /* slots (8 bytes each) as big as that __dict__ */
    MSize K;              /* fewest slots whose instance >= instance + __dict__ */
    MSize extra;          /* real bytes per dict-based instance beyond a slotted one with the
                             same attributes, after 10,000 instances */
    MSize K_real;         /* fewest slots whose instance costs >= the real dict-based one */
} ViewCrossover;

bool view_crossover(const Profile *p, MSize nattrs, ViewCrossover *out);

#endif
