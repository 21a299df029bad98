/* list.h: lists (an over-allocated item array, grown as CPython's list_resize). list.c. */
#ifndef SLOTSCOPE_LIST_H
#define SLOTSCOPE_LIST_H

#include "vm/interp.h"

typedef struct ListObj {
    VarObj ob;           /* ob.size: length */
    Obj **items;
    Ssize allocated;
    uint32_t items_trace; /* tracemalloc's trace of the item array (model/ledger.h) */
} ListObj;

#define LIST_ITEMS(o) (((ListObj *)(o))->items)
#define LIST_LEN(o) VSIZE(o)
#define LIST_GET(o, i) (((ListObj *)(o))->items[i])
Obj *list_new(Interp *I, Ssize n);                    /* n NULL items: fill with LIST_SET */
#define LIST_SET(o, i, v) (((ListObj *)(o))->items[i] = (v)) /* steals v */
bool list_append(Interp *I, Obj *list, Obj *v);       /* increfs v */
bool list_extend(Interp *I, Obj *list, Obj *iterable);
Obj *list_as_tuple(Interp *I, Obj *list);
bool list_sort(Interp *I, Obj *list, Obj *key, bool reverse);

#endif
