/* list.c: the list type and its iterators (CPython's Objects/listobject.c). The item array
 * grows exactly as CPython's list_resize and list_preallocate_exact, so `allocated` (and so
 * sys.getsizeof, which the memory model computes from it) matches CPython's for the same
 * history of operations. The sort is in listsort.c. */
#include "objects/list.h"

#include <string.h>

#include "model/ledger.h"
#include "model/model.h"
#include "objects/gc.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/cont.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

#define L(o) ((ListObj *)(o))

/* ---- Sizing rules: the growth policy is the model's (model_list_resize follows each
 * version's list_resize); list_preallocate_exact rounds up to an even count from 3.10. */
static Ssize list_exact_rule(Interp *I, Ssize n) {
    return I->prof->list_prealloc_even ? (Ssize)(((size_t)n + 1) & ~(size_t)1) : n;
}

/* The item array went from old to new slots: tracemalloc sees PyMem_Realloc's new block. */
static void trace_items(Interp *I, ListObj *l, Ssize old, Ssize new) {
    if (!I->model) return;
    ModelLedger *L = &I->model->ledger;
    MSize ptr = (MSize)sizeof(Obj *);
    if (old > 0 && new > 0) l->items_trace = ledger_realloc(L, l->items_trace, old * ptr, new * ptr);
    else if (new > 0) l->items_trace = ledger_alloc(L, new * ptr);
    else if (old > 0) ledger_free(L, l->items_trace, old * ptr);
    if (new <= 0) l->items_trace = 0;
}

static bool list_resize(Interp *I, ListObj *self, Ssize newsize) {
    Ssize allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        VSIZE(self) = newsize;
        return true;
    }
    size_t new_allocated = (size_t)model_list_resize(I->prof, allocated, VSIZE(self), newsize);
    if (new_allocated > (size_t)PTRDIFF_MAX / sizeof(Obj *)) return err_no_memory(I), false;
    Obj **items;
    if (new_allocated == 0) {
        mem_free(self->items);
        items = NULL;
    } else {
        items = mem_realloc(I, self->items, new_allocated * sizeof(Obj *));
        if (!items) return false;
    }
    self->items = items;
    VSIZE(self) = newsize;
    trace_items(I, self, allocated, (Ssize)new_allocated);
    self->allocated = (Ssize)new_allocated;
    return true;
}

bool list_preallocate(Interp *I, Obj *list, Ssize n) {
    ListObj *self = L(list);
    n = list_exact_rule(I, n);
    Obj **items = mem_alloc(I, (size_t)n * sizeof(Obj *));
    if (!items) return false;
    self->items = items;
    trace_items(I, self, 0, n);
    self->allocated = n;
    return true;
}

/* ---- Creation and destruction */

static Obj *list_alloc(Interp *I) {
    struct ContainerState *s = I->cont;
    Obj *o;
    if (s && s->list_numfree > 0) {
        o = s->list_free[--s->list_numfree];
        o->refcnt = 1;
    } else if (!(o = obj_alloc_untraced(I, I->t_list, 0))) {
        return NULL;
    }
    obj_trace_from(I, o, FL_LIST, obj_model_size(I, I->t_list, 0));
    L(o)->items_trace = 0;
    return o;
}

Obj *list_new(Interp *I, Ssize n) {
    if (n < 0) return err_bad_internal_call(I, "list_new");
    Obj *o = list_alloc(I);
    if (!o) return NULL;
    ListObj *l = L(o);
    l->items = NULL;
    if (n > 0 && !(l->items = mem_calloc(I, (size_t)n, sizeof(Obj *)))) {
        obj_free(I, o);
        return NULL;
    }
    VSIZE(l) = n;
    l->allocated = n;
    trace_items(I, l, 0, n);
    gc_track(I, o);
    return o;
}

/* An empty list with room for exactly n items (list_new_prealloc): slices, concatenation. */
static Obj *list_new_prealloc(Interp *I, Ssize n) {
    Obj *o = list_new(I, 0);
    if (!o || n == 0) return o;
    if (!(L(o)->items = mem_alloc(I, (size_t)n * sizeof(Obj *)))) {
        DECREF(I, o);
        return NULL;
    }
    L(o)->allocated = n;
    trace_items(I, L(o), 0, n);
    return o;
}

static void list_dealloc(Interp *I, Obj *o) {
    ListObj *l = L(o);
    gc_untrack(I, o);
    if (!gc_trash_begin(I, o)) return; /* put off: a long nested chain */
    if (l->items) {
        for (Ssize i = VSIZE(l) - 1; i >= 0; i--) XDECREF(I, l->items[i]);
        mem_free(l->items);
        l->items = NULL;
        trace_items(I, l, l->allocated, 0);
    }
    struct ContainerState *s = I->cont;
    if (TYPE(o) == I->t_list) obj_trace_to(I, o, FL_LIST);
    if (TYPE(o) == I->t_list && s && s->list_numfree < CONT_LIST_MAXFREELIST) {
        s->list_free[s->list_numfree++] = o;
    } else {
        obj_free(I, o);
    }
    gc_trash_end(I);
}

/* Empty the list first, then drop the items: a DECREF may run code that looks at it. */
static void list_clear_items(Interp *I, ListObj *a) {
    Obj **items = a->items;
    if (!items) return;
    Ssize i = VSIZE(a);
    VSIZE(a) = 0;
    a->items = NULL;
    trace_items(I, a, a->allocated, 0);
    a->allocated = 0;
    while (--i >= 0) XDECREF(I, items[i]);
    mem_free(items);
}

static int list_tp_clear(Interp *I, Obj *o) {
    list_clear_items(I, L(o));
    return 0;
}

static int list_traverse(Obj *o, VisitFn visit, void *arg) {
    for (Ssize i = VSIZE(o) - 1; i >= 0; i--) VISIT(LIST_GET(o, i));
    return 0;
}

/* ---- Public helpers */

bool list_append(Interp *I, Obj *list, Obj *v) {
    ListObj *l = L(list);
    Ssize n = VSIZE(l);
    if (n < l->allocated) {
        l->items[n] = NEWREF(v);
        VSIZE(l) = n + 1;
        return true;
    }
    if (!list_resize(I, l, n + 1)) return false;
    l->items[n] = NEWREF(v);
    return true;
}

Obj *list_as_tuple(Interp *I, Obj *list) { return tuple_from_array(I, LIST_ITEMS(list), LIST_LEN(list)); }

static bool list_extend_fast(Interp *I, ListObj *self, Obj *seq) {
    Ssize n = TUPLE_CHECK(seq) ? TUPLE_LEN(seq) : LIST_LEN(seq);
    if (n == 0) return true;
    Ssize m = VSIZE(self);
    if (self->items == NULL && I->prof->list_extend_prealloc) {
        if (!list_preallocate(I, OBJ(self), n)) return false;
        VSIZE(self) = n;
    } else if (!list_resize(I, self, m + n)) {
        return false;
    }
    /* Read the source after resizing: for a.extend(a) it is self. */
    Obj **src = TUPLE_CHECK(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
    for (Ssize i = 0; i < n; i++) self->items[m + i] = NEWREF(src[i]);
    return true;
}

static bool list_extend_iter(Interp *I, ListObj *self, Obj *iterable) {
    Obj *it = obj_iter(I, iterable);
    if (!it) return false;
    Ssize n = cont_length_hint(I, iterable, 8);
    if (n < 0) goto error;
    Ssize m = VSIZE(self);
    /* 3.13 list_extend_dict/list_extend_set resize to the exact need */
    bool dict_or_set = TYPE(iterable) == I->t_dict || TYPE(iterable) == I->t_set ||
                       TYPE(iterable) == I->t_frozenset;
    if (m > PTRDIFF_MAX - n) {
        /* overflow: ignore the hint */
    } else if (self->items == NULL && I->prof->list_extend_prealloc &&
               !(dict_or_set && I->prof->list_dictset_resize)) {
        if (n && !list_preallocate(I, OBJ(self), n)) goto error;
    } else {
        if (!list_resize(I, self, m + n)) goto error;
        VSIZE(self) = m;
    }
    UnaryFn next = TYPE(it)->iternext;
    for (;;) {
        Obj *item = next ? next(I, it) : iter_next(I, it);
        if (!item) {
            if (err_occurred(I)) {
                if (!err_matches(I, I->e_StopIteration)) goto error;
                err_clear(I);
            }
            break;
        }
        Ssize len = VSIZE(self);
        if (len < self->allocated) {
            self->items[len] = item;
            VSIZE(self) = len + 1;
        } else {
            bool ok = list_resize(I, self, len + 1);
            if (ok) self->items[len] = item;
            else DECREF(I, item);
            if (!ok) goto error;
        }
    }
    if (VSIZE(self) < self->allocated && !list_resize(I, self, VSIZE(self))) goto error;
    DECREF(I, it);
    return true;
error:
    DECREF(I, it);
    return false;
}

static bool list_inplace_repeat_n(Interp *I, ListObj *self, Ssize n);

bool list_extend(Interp *I, Obj *list, Obj *iterable) {
    ListObj *self = L(list);
    if (iterable == list) return list_inplace_repeat_n(I, self, 2);
    if (TYPE(iterable) == I->t_list || TYPE(iterable) == I->t_tuple)
        return list_extend_fast(I, self, iterable);
    return list_extend_iter(I, self, iterable);
}

/* ---- Sequence protocol */

static Ssize list_length(Interp *I, Obj *o) {
    (void)I;
    return VSIZE(o);
}

static int list_contains(Interp *I, Obj *o, Obj *el) {
    for (Ssize i = 0; i < VSIZE(o); i++) {
        Obj *item = NEWREF(LIST_GET(o, i));
        int cmp = obj_richcompare_bool(I, item, el, CMP_EQ);
        DECREF(I, item);
        if (cmp != 0) return cmp;
    }
    return 0;
}

static Obj *list_item(Interp *I, Obj *o, Ssize i) {
    if ((size_t)i >= (size_t)VSIZE(o)) return err_string(I, I->e_IndexError, "list index out of range");
    return NEWREF(LIST_GET(o, i));
}

static Obj *list_slice(Interp *I, ListObj *a, Ssize ilow, Ssize ihigh) {
    Ssize len = ihigh - ilow;
    if (len <= 0) return list_new(I, 0);
    Obj *np = list_new_prealloc(I, len);
    if (!np) return NULL;
    for (Ssize i = 0; i < len; i++) LIST_SET(np, i, NEWREF(a->items[ilow + i]));
    VSIZE(np) = len;
    return np;
}

static Obj *list_concat(Interp *I, Obj *a, Obj *b) {
    if (!LIST_CHECK(b))
        return err_format(I, I->e_TypeError, "can only concatenate list (not \"%T\") to list", b);
    Ssize na = VSIZE(a), nb = VSIZE(b), size = na + nb;
    if (size == 0) return list_new(I, 0);
    Obj *np = list_new_prealloc(I, size);
    if (!np) return NULL;
    for (Ssize i = 0; i < na; i++) LIST_SET(np, i, NEWREF(LIST_GET(a, i)));
    for (Ssize i = 0; i < nb; i++) LIST_SET(np, na + i, NEWREF(LIST_GET(b, i)));
    VSIZE(np) = size;
    return np;
}

static Obj *list_repeat(Interp *I, Obj *a, Ssize n) {
    Ssize len = VSIZE(a);
    if (len == 0 || n <= 0) return list_new(I, 0);
    if (len > PTRDIFF_MAX / (Ssize)sizeof(Obj *) / n) return err_no_memory(I);
    Ssize size = len * n;
    Obj *np = list_new_prealloc(I, size);
    if (!np) return NULL;
    Obj **dest = LIST_ITEMS(np);
    for (Ssize i = 0; i < len; i++) LIST_GET(a, i)->refcnt += n;
    for (Ssize k = 0; k < n; k++, dest += len) memcpy(dest, LIST_ITEMS(a), (size_t)len * sizeof(Obj *));
    VSIZE(np) = size;
    return np;
}

static bool list_inplace_repeat_n(Interp *I, ListObj *self, Ssize n) {
    Ssize len = VSIZE(self);
    if (len == 0 || n == 1) return true;
    if (n < 1) {
        list_clear_items(I, self);
        return true;
    }
    if (len > PTRDIFF_MAX / (Ssize)sizeof(Obj *) / n) return err_no_memory(I), false;
    if (!list_resize(I, self, len * n)) return false;
    for (Ssize j = 0; j < len; j++) self->items[j]->refcnt += n - 1;
    for (Ssize k = 1; k < n; k++)
        memcpy(self->items + k * len, self->items, (size_t)len * sizeof(Obj *));
    return true;
}

static Obj *list_inplace_repeat(Interp *I, Obj *self, Ssize n) {
    if (!list_inplace_repeat_n(I, L(self), n)) return NULL;
    return NEWREF(self);
}

static Obj *list_inplace_concat(Interp *I, Obj *self, Obj *other) {
    if (!list_extend(I, self, other)) return NULL;
    return NEWREF(self);
}

/* a[ilow:ihigh] = v (v NULL: delete). DECREFs wait until the list is consistent again, since
 * they can run code that looks at it (list_ass_slice). */
static bool list_ass_slice(Interp *I, ListObj *a, Ssize ilow, Ssize ihigh, Obj *v) {
    Obj *recycle_on_stack[8];
    Obj **recycle = recycle_on_stack;
    Obj *v_as_sf = NULL, **vitem = NULL;
    Ssize n = 0;
    bool result = false;
    if (v == OBJ(a)) {
        Obj *copy = list_slice(I, a, 0, VSIZE(a));
        if (!copy) return false;
        result = list_ass_slice(I, a, ilow, ihigh, copy);
        DECREF(I, copy);
        return result;
    }
    if (v) {
        v_as_sf = cont_seq_fast(I, v, "can only assign an iterable");
        if (!v_as_sf) return false;
        n = TUPLE_CHECK(v_as_sf) ? TUPLE_LEN(v_as_sf) : LIST_LEN(v_as_sf);
        vitem = TUPLE_CHECK(v_as_sf) ? TUPLE_ITEMS(v_as_sf) : LIST_ITEMS(v_as_sf);
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > VSIZE(a)) ilow = VSIZE(a);
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > VSIZE(a)) ihigh = VSIZE(a);
    Ssize norig = ihigh - ilow, d = n - norig;
    if (VSIZE(a) + d == 0) {
        XDECREF(I, v_as_sf);
        list_clear_items(I, a);
        return true;
    }
    Obj **item = a->items;
    size_t s = (size_t)norig * sizeof(Obj *);
    if (s) {
        if (s > sizeof(recycle_on_stack) && !(recycle = mem_alloc(I, s))) goto done;
        memcpy(recycle, &item[ilow], s);
    }
    if (d < 0) {
        size_t tail = (size_t)(VSIZE(a) - ihigh) * sizeof(Obj *);
        memmove(&item[ihigh + d], &item[ihigh], tail);
        if (!list_resize(I, a, VSIZE(a) + d)) {
            memmove(&item[ihigh], &item[ihigh + d], tail);
            memcpy(&item[ilow], recycle, s);
            goto done;
        }
        item = a->items;
    } else if (d > 0) {
        Ssize k = VSIZE(a);
        if (!list_resize(I, a, k + d)) goto done;
        item = a->items;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(k - ihigh) * sizeof(Obj *));
    }
    for (Ssize k = 0; k < n; k++, ilow++) item[ilow] = NEWREF(vitem[k]);
    for (Ssize k = norig - 1; k >= 0; --k) XDECREF(I, recycle[k]);
    result = true;
done:
    if (recycle != recycle_on_stack) mem_free(recycle);
    XDECREF(I, v_as_sf);
    return result;
}

static int list_ass_item(Interp *I, ListObj *a, Ssize i, Obj *v) {
    if ((size_t)i >= (size_t)VSIZE(a)) {
        err_string(I, I->e_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL) return list_ass_slice(I, a, i, i + 1, NULL) ? 0 : -1;
    SETREF(I, a->items[i], NEWREF(v));
    return 0;
}

static Obj *list_subscript(Interp *I, Obj *o, Obj *item) {
    if (cont_is_index(item)) {
        Ssize i = cont_as_index(I, item);
        if (i == -1 && err_occurred(I)) return NULL;
        if (i < 0) i += VSIZE(o);
        return list_item(I, o, i);
    }
    if (SLICE_CHECK(I, item)) {
        Ssize start, stop, step;
        if (!slice_unpack(I, item, &start, &stop, &step)) return NULL;
        Ssize len = slice_adjust(VSIZE(o), &start, &stop, step);
        if (len <= 0) return list_new(I, 0);
        if (step == 1) return list_slice(I, L(o), start, stop);
        Obj *np = list_new_prealloc(I, len);
        if (!np) return NULL;
        for (Ssize i = 0, cur = start; i < len; i++, cur += step)
            LIST_SET(np, i, NEWREF(LIST_GET(o, cur)));
        VSIZE(np) = len;
        return np;
    }
    return err_format(I, I->e_TypeError, "list indices must be integers or slices, not %T", item);
}

/* Make a[5:2] = [..] insert before 5, not before 2 (adjust_slice_indexes). */
static Ssize adjust_slice_indexes(ListObj *lst, Ssize *start, Ssize *stop, Ssize step) {
    Ssize len = slice_adjust(VSIZE(lst), start, stop, step);
    if ((step < 0 && *start < *stop) || (step > 0 && *start > *stop)) *stop = *start;
    return len;
}

static int list_del_extended(Interp *I, ListObj *self, Ssize start, Ssize stop, Ssize step,
                             Ssize slicelength) {
    if (slicelength <= 0) return 0;
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (slicelength - 1) - 1;
        step = -step;
    }
    Obj **garbage = mem_alloc(I, (size_t)slicelength * sizeof(Obj *));
    if (!garbage) return -1;
    size_t cur;
    Ssize i;
    for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
        Ssize lim = step - 1;
        garbage[i] = self->items[cur];
        if (cur + (size_t)step >= (size_t)VSIZE(self)) lim = VSIZE(self) - (Ssize)cur - 1;
        memmove(self->items + cur - i, self->items + cur + 1, (size_t)lim * sizeof(Obj *));
    }
    cur = (size_t)start + (size_t)slicelength * (size_t)step;
    if (cur < (size_t)VSIZE(self))
        memmove(self->items + cur - slicelength, self->items + cur,
                ((size_t)VSIZE(self) - cur) * sizeof(Obj *));
    VSIZE(self) -= slicelength;
    bool ok = list_resize(I, self, VSIZE(self));
    for (i = 0; i < slicelength; i++) DECREF(I, garbage[i]);
    mem_free(garbage);
    return ok ? 0 : -1;
}

static int list_assign_extended(Interp *I, ListObj *self, Obj *item, Obj *value) {
    Ssize start, stop, step;
    if (!slice_unpack(I, item, &start, &stop, &step)) return -1;
    Obj *seq = value == OBJ(self) ? list_slice(I, self, 0, VSIZE(self))
                                  : cont_seq_fast(I, value, "must assign iterable to extended slice");
    if (!seq) return -1;
    Ssize slicelength = adjust_slice_indexes(self, &start, &stop, step);
    if (step == 1) {
        bool ok = list_ass_slice(I, self, start, stop, seq);
        DECREF(I, seq);
        return ok ? 0 : -1;
    }
    Ssize n = TUPLE_CHECK(seq) ? TUPLE_LEN(seq) : LIST_LEN(seq);
    if (n != slicelength) {
        err_format(I, I->e_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd", n,
                   slicelength);
        DECREF(I, seq);
        return -1;
    }
    if (!slicelength) {
        DECREF(I, seq);
        return 0;
    }
    Obj **garbage = mem_alloc(I, (size_t)slicelength * sizeof(Obj *));
    if (!garbage) {
        DECREF(I, seq);
        return -1;
    }
    Obj **seqitems = TUPLE_CHECK(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
    for (Ssize cur = start, i = 0; i < slicelength; cur += step, i++) {
        garbage[i] = self->items[cur];
        self->items[cur] = NEWREF(seqitems[i]);
    }
    for (Ssize i = 0; i < slicelength; i++) DECREF(I, garbage[i]);
    mem_free(garbage);
    DECREF(I, seq);
    return 0;
}

static int list_ass_subscript(Interp *I, Obj *o, Obj *item, Obj *value) {
    ListObj *self = L(o);
    if (cont_is_index(item)) {
        Ssize i = cont_as_index(I, item);
        if (i == -1 && err_occurred(I)) return -1;
        if (i < 0) i += VSIZE(self);
        return list_ass_item(I, self, i, value);
    }
    if (SLICE_CHECK(I, item)) {
        if (value) return list_assign_extended(I, self, item, value);
        Ssize start, stop, step;
        if (!slice_unpack(I, item, &start, &stop, &step)) return -1;
        Ssize len = adjust_slice_indexes(self, &start, &stop, step);
        if (step == 1) return list_ass_slice(I, self, start, stop, NULL) ? 0 : -1;
        return list_del_extended(I, self, start, stop, step, len);
    }
    err_format(I, I->e_TypeError, "list indices must be integers or slices, not %T", item);
    return -1;
}

static Obj *list_richcompare(Interp *I, Obj *v, Obj *w, int op) {
    if (!LIST_CHECK(v) || !LIST_CHECK(w)) return NEWREF(I->notimpl);
    if (VSIZE(v) != VSIZE(w) && (op == CMP_EQ || op == CMP_NE)) return BOOL_OBJ(I, op == CMP_NE);
    Ssize i;
    for (i = 0; i < VSIZE(v) && i < VSIZE(w); i++) {
        Obj *vi = LIST_GET(v, i), *wi = LIST_GET(w, i);
        if (vi == wi) continue;
        INCREF(vi);
        INCREF(wi);
        int k = obj_richcompare_bool(I, vi, wi, CMP_EQ);
        DECREF(I, vi);
        DECREF(I, wi);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= VSIZE(v) || i >= VSIZE(w)) {
        Ssize a = VSIZE(v), b = VSIZE(w);
        bool r = op == CMP_LT ? a < b : op == CMP_LE ? a <= b : op == CMP_EQ ? a == b
               : op == CMP_NE ? a != b : op == CMP_GT ? a > b : a >= b;
        return BOOL_OBJ(I, r);
    }
    if (op == CMP_EQ) return NEWREF(I->false_);
    if (op == CMP_NE) return NEWREF(I->true_);
    Obj *vi = NEWREF(LIST_GET(v, i)), *wi = NEWREF(LIST_GET(w, i));
    Obj *res = obj_richcompare(I, vi, wi, op);
    DECREF(I, vi);
    DECREF(I, wi);
    return res;
}

static Obj *list_repr(Interp *I, Obj *o) {
    if (VSIZE(o) == 0) return str_from_ascii(I, "[]", 2);
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_ascii(I, "[...]", 5) : NULL;
    StrBuilder b;
    sb_init(&b);
    if (!sb_add_char(I, &b, '[')) goto fail;
    /* repr() of an item may mutate the list: re-read the size each time. */
    for (Ssize i = 0; i < VSIZE(o); i++) {
        if (i > 0 && !sb_add_cstr(I, &b, ", ")) goto fail;
        Obj *item = NEWREF(LIST_GET(o, i));
        Obj *r = obj_repr(I, item);
        DECREF(I, item);
        if (!r) goto fail;
        bool ok = sb_add_str(I, &b, r);
        DECREF(I, r);
        if (!ok) goto fail;
    }
    if (!sb_add_char(I, &b, ']')) goto fail;
    cont_repr_leave(I, o);
    return sb_finish(I, &b);
fail:
    sb_discard(&b);
    cont_repr_leave(I, o);
    return NULL;
}

/* ---- Construction: list.__new__ makes an empty list, list.__init__ fills it. */

static Obj *list_vnew(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    if (type == I->t_list) { /* PyType_GenericAlloc: a new block, never the freelist's */
        Obj *o = list_new(I, 0);
        if (o) {
            obj_trace_to(I, o, FL_LIST);
            obj_trace_alloc(I, o, obj_model_size(I, type, 0));
        }
        return o;
    }
    Obj *o = obj_alloc(I, type, 0);
    if (!o) return NULL;
    L(o)->items = NULL;
    L(o)->allocated = 0;
    L(o)->items_trace = 0;
    VSIZE(o) = 0;
    gc_track(I, o);
    return o;
}

/* 3.8+ list___init__: an iterable with a length gets exactly that room first (3.13 leaves
 * exact dicts and sets to list_extend_dict/list_extend_set). */
static bool list_init_prealloc(Interp *I, Obj *self, Obj *iterable) {
    if (!I->prof->list_prealloc_init || !TYPE(iterable)->len) return true;
    if (I->prof->list_dictset_resize &&
        (TYPE(iterable) == I->t_dict || TYPE(iterable) == I->t_set || TYPE(iterable) == I->t_frozenset))
        return true;
    Ssize n = obj_len(I, iterable);
    if (n < 0) return false;
    if (n > 0 && !L(self)->items) return list_preallocate(I, self, n);
    return true;
}

static int list_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if ((TYPE(self) == I->t_list || TYPE(self)->new_ == list_vnew) && !args_no_kw(I, "list", kw))
        return -1;
    if (!args_count(I, "list", nargs, 0, 1)) return -1;
    if (L(self)->items) list_clear_items(I, L(self));
    if (nargs == 1 && !list_init_prealloc(I, self, args[0])) return -1;
    if (nargs == 1 && !list_extend(I, self, args[0])) return -1;
    return 0;
}

/* ---- Methods */

#define METHOD(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

METHOD(lm_append) {
    UNUSED_ARGS;
    if (!list_append(I, self, args[0])) return NULL;
    RET_NONE(I);
}

METHOD(lm_extend) {
    UNUSED_ARGS;
    if (!list_extend(I, self, args[0])) return NULL;
    RET_NONE(I);
}

METHOD(lm_insert) {
    (void)kw;
    if (!args_count(I, "insert", nargs, 2, 2)) return NULL;
    Ssize where = num_as_ssize(I, args[0], I->e_OverflowError);
    if (where == -1 && err_occurred(I)) return NULL;
    ListObj *l = L(self);
    Ssize n = VSIZE(l);
    if (!list_resize(I, l, n + 1)) return NULL;
    if (where < 0 && (where += n) < 0) where = 0;
    if (where > n) where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(Obj *));
    l->items[where] = NEWREF(args[1]);
    RET_NONE(I);
}

METHOD(lm_pop) {
    (void)kw;
    if (!args_count(I, "pop", nargs, 0, 1)) return NULL;
    Ssize index = -1;
    if (nargs == 1) {
        index = num_as_ssize(I, args[0], I->e_OverflowError);
        if (index == -1 && err_occurred(I)) return NULL;
    }
    ListObj *l = L(self);
    if (VSIZE(l) == 0) return err_string(I, I->e_IndexError, "pop from empty list");
    if (index < 0) index += VSIZE(l);
    if ((size_t)index >= (size_t)VSIZE(l)) return err_string(I, I->e_IndexError, "pop index out of range");
    Obj *v = l->items[index];
    Ssize after = VSIZE(l) - 1;
    if (after == 0) {
        INCREF(v);
        list_clear_items(I, l);
        return v;
    }
    memmove(&l->items[index], &l->items[index + 1], (size_t)(after - index) * sizeof(Obj *));
    if (!list_resize(I, l, after)) {
        memmove(&l->items[index + 1], &l->items[index], (size_t)(after - index) * sizeof(Obj *));
        l->items[index] = v;
        return NULL;
    }
    return v;
}

METHOD(lm_remove) {
    UNUSED_ARGS;
    for (Ssize i = 0; i < VSIZE(self); i++) {
        Obj *obj = NEWREF(LIST_GET(self, i));
        int cmp = obj_richcompare_bool(I, obj, args[0], CMP_EQ);
        DECREF(I, obj);
        if (cmp > 0) {
            if (!list_ass_slice(I, L(self), i, i + 1, NULL)) return NULL;
            RET_NONE(I);
        }
        if (cmp < 0) return NULL;
    }
    return err_string(I, I->e_ValueError, "list.remove(x): x not in list");
}

METHOD(lm_index) {
    (void)kw;
    if (!args_count(I, "index", nargs, 1, 3)) return NULL;
    Ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && !slice_index_not_none(I, args[1], &start)) return NULL;
    if (nargs > 2 && !slice_index_not_none(I, args[2], &stop)) return NULL;
    if (start < 0 && (start += VSIZE(self)) < 0) start = 0;
    if (stop < 0 && (stop += VSIZE(self)) < 0) stop = 0;
    for (Ssize i = start; i < stop && i < VSIZE(self); i++) {
        Obj *obj = NEWREF(LIST_GET(self, i));
        int cmp = obj_richcompare_bool(I, obj, args[0], CMP_EQ);
        DECREF(I, obj);
        if (cmp > 0) return cont_int(I, i);
        if (cmp < 0) return NULL;
    }
    return err_format(I, I->e_ValueError, "%R is not in list", args[0]);
}

METHOD(lm_count) {
    UNUSED_ARGS;
    Ssize count = 0;
    for (Ssize i = 0; i < VSIZE(self); i++) {
        Obj *obj = LIST_GET(self, i);
        if (obj == args[0]) {
            count++;
            continue;
        }
        INCREF(obj);
        int cmp = obj_richcompare_bool(I, obj, args[0], CMP_EQ);
        DECREF(I, obj);
        if (cmp < 0) return NULL;
        count += cmp;
    }
    return cont_int(I, count);
}

METHOD(lm_clear) {
    UNUSED_ARGS;
    list_clear_items(I, L(self));
    RET_NONE(I);
}

METHOD(lm_copy) {
    UNUSED_ARGS;
    return list_slice(I, L(self), 0, VSIZE(self));
}

METHOD(lm_reverse) {
    UNUSED_ARGS;
    if (VSIZE(self) < 2) RET_NONE(I); /* (an empty list may have no item array at all) */
    Obj **lo = LIST_ITEMS(self), **hi = lo + VSIZE(self) - 1;
    while (lo < hi) {
        Obj *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    RET_NONE(I);
}

METHOD(lm_sort) {
    static const char *const names[] = {"key", "reverse"};
    static const ArgSpec spec = {"sort", names, 2, 0, 0, 0};
    Obj *a[2];
    if (!args_parse(I, &spec, args, nargs, kw, a)) return NULL;
    bool reverse = false;
    if (a[1]) {
        int r;
        if (cont_ver(I) >= 311) {
            r = obj_is_true(I, a[1]);
        } else {
            Ssize v = num_as_ssize(I, a[1], I->e_OverflowError);
            r = v == -1 && err_occurred(I) ? -1 : v != 0;
        }
        if (r < 0) return NULL;
        reverse = r;
    }
    if (!list_sort(I, self, a[0], reverse)) return NULL;
    RET_NONE(I);
}

static Obj *list_reviter_new(Interp *I, Obj *list);

METHOD(lm_reversed) {
    UNUSED_ARGS;
    return list_reviter_new(I, self);
}

/* sys.getsizeof asks __sizeof__: the type's CPython basicsize plus the allocated items. */
METHOD(lm_sizeof) {
    UNUSED_ARGS;
    MSize items = model_list_sizeof(I->prof, L(self)->allocated) - model_list_sizeof(I->prof, 0);
    MSize base = TYPE(self)->model ? TYPE(self)->model->basicsize : model_list_sizeof(I->prof, 0);
    return int_from_i64(I, base + items);
}

static const MethodDef list_methods[] = {
    {"__sizeof__", lm_sizeof, METH_NOARGS, "Return the size of the list in memory, in bytes."},
    {"__reversed__", lm_reversed, METH_NOARGS, "Return a reverse iterator over the list."},
    {"clear", lm_clear, METH_NOARGS, "Remove all items from list."},
    {"copy", lm_copy, METH_NOARGS, "Return a shallow copy of the list."},
    {"append", lm_append, METH_O, "Append object to the end of the list."},
    {"insert", lm_insert, METH_FASTCALL, "Insert object before index."},
    {"extend", lm_extend, METH_O, "Extend list by appending elements from the iterable."},
    {"pop", lm_pop, METH_FASTCALL,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", lm_remove, METH_O,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", lm_index, METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", lm_count, METH_O, "Return number of occurrences of value."},
    {"reverse", lm_reverse, METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", lm_sort, METH_FASTCALL | METH_KEYWORDS, "Sort the list in ascending order and return None."},
    {NULL, NULL, 0, NULL},
};

/* ---- Iterators */

typedef struct ListIterObj {
    Obj ob;
    Ssize index;
    Obj *seq; /* NULL when exhausted */
} ListIterObj;

static Obj *listiter_make(Interp *I, TypeObj *t, Obj *list, Ssize index) {
    ListIterObj *it = (ListIterObj *)obj_alloc(I, t, 0);
    if (!it) return NULL;
    it->index = index;
    it->seq = NEWREF(list);
    gc_track(I, OBJ(it));
    return OBJ(it);
}

Obj *list_iter_new(Interp *I, Obj *list) { return listiter_make(I, I->t_list_iter, list, 0); }
static Obj *list_reviter_new(Interp *I, Obj *list) {
    return listiter_make(I, I->t_list_reviter, list, VSIZE(list) - 1);
}
static Obj *list_iter(Interp *I, Obj *o) { return list_iter_new(I, o); }

static Obj *listiter_next(Interp *I, Obj *o) {
    ListIterObj *it = (ListIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index < VSIZE(it->seq)) return NEWREF(LIST_GET(it->seq, it->index++));
    CLEAR(I, it->seq);
    return NULL;
}

static Obj *listreviter_next(Interp *I, Obj *o) {
    ListIterObj *it = (ListIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index >= 0 && it->index < VSIZE(it->seq)) return NEWREF(LIST_GET(it->seq, it->index--));
    it->index = -1;
    CLEAR(I, it->seq);
    return NULL;
}

static void listiter_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    XDECREF(I, ((ListIterObj *)o)->seq);
    obj_free(I, o);
}

static int listiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((ListIterObj *)o)->seq);
    return 0;
}

METHOD(listiter_len) {
    UNUSED_ARGS;
    ListIterObj *it = (ListIterObj *)self;
    Ssize len = it->seq ? VSIZE(it->seq) - it->index : 0;
    return cont_int(I, len < 0 ? 0 : len);
}

METHOD(listreviter_len) {
    UNUSED_ARGS;
    ListIterObj *it = (ListIterObj *)self;
    Ssize len = it->index + 1;
    if (!it->seq || VSIZE(it->seq) < len) len = 0;
    return cont_int(I, len);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_len, METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

const TypeObj list_iter_tmpl = {
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = cont_self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

const TypeObj list_reviter_tmpl = {
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .flags = TPF_HAVE_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = cont_self_iter,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

const TypeObj list_tmpl = {
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE | TPF_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_vnew,
    .init = list_init,
    .traverse = list_traverse,
    .clear = list_tp_clear,
    .len = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
    .sq_item = list_item,
    .sq_contains = list_contains,
    .sq_concat = list_concat,
    .sq_inplace_concat = list_inplace_concat,
    .sq_repeat = list_repeat,
    .sq_inplace_repeat = list_inplace_repeat,
    .methods = list_methods,
};
