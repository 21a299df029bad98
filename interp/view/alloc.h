/* alloc.h: what an instance really allocates beyond what sys.getsizeof reports (the values
 * array of 3.11+, 3.13's inline values, the instance dict of 3.6-3.10), and the steady-state
 * cost of one instance of a fresh class after many have been made (what tracemalloc shows per
 * instance over 10,000 of them). Computed by replaying the model's rules. */
#ifndef SLOTSCOPE_VIEW_ALLOC_H
#define SLOTSCOPE_VIEW_ALLOC_H

#include "model/model.h"

/* Bytes of a values array of `capacity` slots allocated on its own (3.11/3.12 new_values:
 * the insertion-order prefix rounded to a word, then the values; 3.6-3.10: the values only),
 * or inside a 3.13 object (_PyInlineValuesSize: prefix, an 8-byte header, the values). */
MSize view_values_array_bytes(const Profile *p, MSize capacity, bool inline_values);

/* The cost of one instance of a class of layout `type` whose instances set `nattrs` attributes
 * (str names, new class, no __dict__ access), once `ninstances` instances exist. */
typedef struct ViewInstanceCost {
    MSize getsizeof; /* sys.getsizeof(instance) */
    MSize values;    /* values array (separate or inline), 0 if none */
    MSize dict;      /* the instance dict object, if the version makes one (3.6-3.10) */
    MSize total;     /* getsizeof + values + dict: what the instance really costs */
} ViewInstanceCost;

bool view_instance_cost(const Profile *p, const ModelType *type, MSize nattrs, MSize ninstances,
                        ViewInstanceCost *out);

#endif
