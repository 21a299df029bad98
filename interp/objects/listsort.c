/* listsort.c: list.sort, CPython 3.12's timsort (Objects/listobject.c, Objects/listsort.txt):
 * natural runs extended to minrun by binary insertion, merged by the powersort policy with
 * galloping. Stability alone would fix the result for a consistent __lt__; matching the
 * algorithm also fixes WHICH comparisons run, in which order, which programs that print from
 * __lt__ can observe. (3.13 changed count_run to handle equal elements in descending runs;
 * 3.10 and older merged by the timsort stack invariants (merge_collapse) instead of powersort.) */
#include <string.h>

#include "objects/abstract.h"
#include "objects/cont.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define MAX_MERGE_PENDING 64
#define MIN_GALLOP 7
#define MERGESTATE_TEMP_SIZE 256
#define MAX_MINRUN 64

typedef struct {
    Obj **keys;
    Obj **values; /* NULL: the keys are the values */
} SortSlice;

typedef struct MergeState MergeState;
typedef int (*KeyCompare)(Obj *v, Obj *w, MergeState *ms);

typedef struct {
    SortSlice base;
    Ssize len;
    int power;
} Run;

struct MergeState {
    Interp *I;
    Ssize min_gallop;
    Ssize listlen;
    Obj **basekeys;
    SortSlice a; /* temp storage for merges */
    Ssize alloced;
    int n;
    Run pending[MAX_MERGE_PENDING];
    Obj *temparray[MERGESTATE_TEMP_SIZE];
    KeyCompare key_compare;
    RichCmpFn key_richcompare;
    KeyCompare tuple_elem_compare;
};

static void ss_copy(SortSlice *s1, Ssize i, SortSlice *s2, Ssize j) {
    s1->keys[i] = s2->keys[j];
    if (s1->values) s1->values[i] = s2->values[j];
}
static void ss_copy_incr(SortSlice *dst, SortSlice *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}
static void ss_copy_decr(SortSlice *dst, SortSlice *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}
static void ss_memcpy(SortSlice *s1, Ssize i, SortSlice *s2, Ssize j, Ssize n) {
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(Obj *) * (size_t)n);
    if (s1->values) memcpy(&s1->values[i], &s2->values[j], sizeof(Obj *) * (size_t)n);
}
static void ss_memmove(SortSlice *s1, Ssize i, SortSlice *s2, Ssize j, Ssize n) {
    memmove(&s1->keys[i], &s2->keys[j], sizeof(Obj *) * (size_t)n);
    if (s1->values) memmove(&s1->values[i], &s2->values[j], sizeof(Obj *) * (size_t)n);
}
static void ss_advance(SortSlice *s, Ssize n) {
    s->keys += n;
    if (s->values) s->values += n;
}
static void reverse_slice(Obj **lo, Obj **hi) {
    --hi;
    while (lo < hi) {
        Obj *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}
static void ss_reverse(SortSlice *s, Ssize n) {
    reverse_slice(s->keys, &s->keys[n]);
    if (s->values) reverse_slice(s->values, &s->values[n]);
}

#define ISLT(X, Y) (*(ms->key_compare))(X, Y, ms)
#define IFLT(X, Y)                          \
    if ((k = ISLT(X, Y)) < 0) goto fail;    \
    if (k)

/* Binary insertion sort of lo[0:n], lo[0:start] being sorted already. */
static int binarysort(MergeState *ms, SortSlice lo, Ssize n, Ssize start) {
    int k;
    Obj **a = lo.keys, **v = lo.values;
    if (start == 0) ++start;
    for (; start < n; ++start) {
        Ssize l = 0, r = start, p;
        Obj *pivot = a[r];
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, a[p]) r = p;
            else l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p) a[p] = a[p - 1];
        a[l] = pivot;
        if (v) {
            pivot = v[start];
            for (p = start; p > l; --p) v[p] = v[p - 1];
            v[l] = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* 3.12's count_run: the longest ascending run, or strictly descending run (*descending). */
static Ssize count_run(MergeState *ms, Obj **lo, Obj **hi, int *descending) {
    int k;
    Ssize n;
    *descending = 0;
    ++lo;
    if (lo == hi) return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    }
    else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    return n;
fail:
    return -1;
}

static Ssize gallop_left(MergeState *ms, Obj *key, Obj **a, Ssize n, Ssize hint) {
    Ssize ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(*a, key) {
        const Ssize maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        const Ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        Ssize m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

static Ssize gallop_right(MergeState *ms, Obj *key, Obj **a, Ssize n, Ssize hint) {
    Ssize ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(key, *a) {
        const Ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    else {
        const Ssize maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        Ssize m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

static void merge_init(MergeState *ms, Ssize list_size, bool has_keyfunc, SortSlice *lo) {
    if (has_keyfunc) {
        ms->alloced = (list_size + 1) / 2;
        if (MERGESTATE_TEMP_SIZE / 2 < ms->alloced) ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = list_size;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms) {
    if (ms->a.keys != ms->temparray) {
        mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

static int merge_getmem(MergeState *ms, Ssize need) {
    if (need <= ms->alloced) return 0;
    int multiplier = ms->a.values != NULL ? 2 : 1;
    merge_freemem(ms);
    ms->a.keys = mem_alloc(ms->I, (size_t)(multiplier * need) * sizeof(Obj *));
    if (!ms->a.keys) return -1;
    ms->alloced = need;
    if (ms->a.values) ms->a.values = &ms->a.keys[need];
    return 0;
}

static Ssize merge_lo(MergeState *ms, SortSlice ssa, Ssize na, SortSlice ssb, Ssize nb) {
    Ssize k, min_gallop;
    SortSlice dest;
    int result = -1;
    if (merge_getmem(ms, na) < 0) return -1;
    ss_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;
    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;
    min_gallop = ms->min_gallop;
    for (;;) {
        Ssize acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto Succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto CopyB;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto Fail;
                ss_memcpy(&dest, 0, &ssa, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1) goto CopyB;
                if (na == 0) goto Succeed;
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto Succeed;
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto Fail;
                ss_memmove(&dest, 0, &ssb, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto Succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto CopyB;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
CopyB:
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

static Ssize merge_hi(MergeState *ms, SortSlice ssa, Ssize na, SortSlice ssb, Ssize nb) {
    Ssize k, min_gallop;
    SortSlice dest, basea, baseb;
    int result = -1;
    if (merge_getmem(ms, nb) < 0) return -1;
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values) ssb.values = ms->a.values + nb - 1;
    ss_advance(&ssa, na - 1);
    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;
    min_gallop = ms->min_gallop;
    for (;;) {
        Ssize acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto Succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto CopyA;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto Fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto Succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto CopyA;
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto Fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto CopyA;
                if (nb == 0) goto Succeed;
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto Succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
CopyA:
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

static Ssize merge_at(MergeState *ms, Ssize i) {
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    Ssize na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* The powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
static int powerloop(Ssize s1, Ssize n1, Ssize n2, Ssize n) {
    int result = 0;
    Ssize a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(MergeState *ms, Ssize n2) {
    if (ms->n) {
        Run *p = ms->pending;
        Ssize s1 = p[ms->n - 1].base.keys - ms->basekeys;
        Ssize n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power)
            if (merge_at(ms, ms->n - 2) < 0) return -1;
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    Run *p = ms->pending;
    while (ms->n > 1) {
        Ssize n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

static Ssize merge_compute_minrun(Ssize n) {
    Ssize r = 0;
    while (n >= MAX_MINRUN) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- Comparisons, chosen by the pre-sort check as CPython does. The specialised ones run no
 * Python code, so choosing them changes nothing observable. */

static int safe_object_compare(Obj *v, Obj *w, MergeState *ms) {
    return obj_richcompare_bool(ms->I, v, w, CMP_LT);
}

static int unsafe_object_compare(Obj *v, Obj *w, MergeState *ms) {
    Interp *I = ms->I;
    if (TYPE(v)->richcompare != ms->key_richcompare) return obj_richcompare_bool(I, v, w, CMP_LT);
    Obj *res = ms->key_richcompare(I, v, w, CMP_LT);
    if (res == I->notimpl) {
        DECREF(I, res);
        return obj_richcompare_bool(I, v, w, CMP_LT);
    }
    if (!res) return -1;
    int r = res == I->true_ ? 1 : res == I->false_ ? 0 : obj_is_true(I, res);
    DECREF(I, res);
    return r;
}

static int unsafe_str_compare(Obj *v, Obj *w, MergeState *ms) {
    (void)ms;
    return str_compare(v, w) < 0;
}

static int unsafe_int_compare(Obj *v, Obj *w, MergeState *ms) {
    (void)ms;
    return int_compare(v, w) < 0;
}

static int unsafe_float_compare(Obj *v, Obj *w, MergeState *ms) {
    (void)ms;
    return FLOAT_VAL(v) < FLOAT_VAL(w);
}

static int unsafe_tuple_compare(Obj *v, Obj *w, MergeState *ms) {
    Ssize i, vlen = TUPLE_LEN(v), wlen = TUPLE_LEN(w);
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = obj_richcompare_bool(ms->I, TUPLE_GET(v, i), TUPLE_GET(w, i), CMP_EQ);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i == 0) return ms->tuple_elem_compare(TUPLE_GET(v, i), TUPLE_GET(w, i), ms);
    return obj_richcompare_bool(ms->I, TUPLE_GET(v, i), TUPLE_GET(w, i), CMP_LT);
}

static void presort_check(Interp *I, MergeState *ms, Obj **keys, Ssize n) {
    ms->key_compare = safe_object_compare;
    if (n < 2) return;
    bool in_tuples = TYPE(keys[0]) == I->t_tuple && TUPLE_LEN(keys[0]) > 0;
    TypeObj *key_type = in_tuples ? TYPE(TUPLE_GET(keys[0], 0)) : TYPE(keys[0]);
    bool same_type = true;
    for (Ssize i = 0; i < n; i++) {
        if (in_tuples && !(TYPE(keys[i]) == I->t_tuple && TUPLE_LEN(keys[i]) != 0)) {
            in_tuples = same_type = false;
            break;
        }
        Obj *key = in_tuples ? TUPLE_GET(keys[i], 0) : keys[i];
        if (TYPE(key) != key_type) {
            same_type = false;
            if (!in_tuples) break;
        }
    }
    if (same_type) {
        if (key_type == I->t_str) ms->key_compare = unsafe_str_compare;
        else if (key_type == I->t_int) ms->key_compare = unsafe_int_compare;
        else if (key_type == I->t_float) ms->key_compare = unsafe_float_compare;
        else if ((ms->key_richcompare = key_type->richcompare) != NULL)
            ms->key_compare = unsafe_object_compare;
    }
    if (in_tuples) {
        ms->tuple_elem_compare = key_type == I->t_tuple ? safe_object_compare : ms->key_compare;
        ms->key_compare = unsafe_tuple_compare;
    }
}

/* The sort proper over lo[0:n] (keys and maybe values); 0 or -1. */
static int timsort(MergeState *ms, SortSlice lo, Ssize nremaining) {
    Ssize minrun = merge_compute_minrun(nremaining);
    do {
        int descending;
        Ssize n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) return -1;
        if (descending) ss_reverse(&lo, n);
        if (n < minrun) {
            const Ssize force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, force, n) < 0) return -1;
            n = force;
        }
        if (found_new_run(ms, n) < 0) return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ++ms->n;
        ss_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

static bool compute_keys(Interp *I, Obj *key, Obj **items, Ssize n, Obj **keys) {
    for (Ssize i = 0; i < n; i++) {
        keys[i] = obj_call1(I, key, items[i]);
        if (!keys[i]) {
            while (--i >= 0) DECREF(I, keys[i]);
            return false;
        }
    }
    return true;
}

bool list_sort(Interp *I, Obj *self, Obj *keyfunc, bool reverse) {
    ListObj *l = (ListObj *)self;
    MergeState ms;
    ms.I = I;
    if (keyfunc == I->none) keyfunc = NULL;
    /* The list is made empty while sorting, so comparisons that mutate it cannot corrupt the
     * memory being sorted; a mutation is detected afterwards by allocated != -1. */
    Ssize saved_size = LIST_LEN(l), saved_alloc = l->allocated;
    Obj **saved_items = l->items;
    VSIZE(l) = 0;
    l->items = NULL;
    l->allocated = -1;

    Obj **keys = NULL;
    SortSlice lo = {saved_items, NULL};
    bool ok = false;
    if (keyfunc) {
        if (saved_size < MERGESTATE_TEMP_SIZE / 2) keys = &ms.temparray[saved_size + 1];
        else if (!(keys = mem_alloc(I, sizeof(Obj *) * (size_t)saved_size))) goto keyfunc_fail;
        if (!compute_keys(I, keyfunc, saved_items, saved_size, keys)) {
            if (saved_size >= MERGESTATE_TEMP_SIZE / 2) mem_free(keys);
            keys = NULL;
            goto keyfunc_fail;
        }
        lo.keys = keys;
        lo.values = saved_items;
    }
    presort_check(I, &ms, lo.keys, saved_size);
    merge_init(&ms, saved_size, keys != NULL, &lo);
    if (saved_size > 1) {
        if (reverse) {
            if (keys) reverse_slice(&keys[0], &keys[saved_size]);
            reverse_slice(&saved_items[0], &saved_items[saved_size]);
        }
        ok = timsort(&ms, lo, saved_size) == 0;
    } else {
        ok = true;
    }
    if (keys) {
        for (Ssize i = 0; i < saved_size; i++) DECREF(I, keys[i]);
        if (saved_size >= MERGESTATE_TEMP_SIZE / 2) mem_free(keys);
    }
    if (l->allocated != -1 && ok) {
        err_string(I, I->e_ValueError, "list modified during sort");
        ok = false;
    }
    if (reverse && saved_size > 1) reverse_slice(saved_items, saved_items + saved_size);
    merge_freemem(&ms);
keyfunc_fail:;
    Obj **final_items = l->items;
    Ssize i = LIST_LEN(l);
    VSIZE(l) = saved_size;
    l->items = saved_items;
    l->allocated = saved_alloc;
    if (final_items) {
        while (--i >= 0) XDECREF(I, final_items[i]);
        mem_free(final_items);
    }
    return ok;
}
