/* gc.c: object allocation and the cycle collector, after CPython's gcmodule.c: GC objects
 * carry a header in front, tracked objects sit in generation lists, and a collection finds
 * the objects only reachable from each other (refcount minus internal references), calls
 * their finalizers once (PEP 442), clears their weak references, then breaks the cycles with
 * tp_clear. */
#include "objects/gc.h"

#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "model/ledger.h"
#include "model/model.h"
#include "model/numbers.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

typedef struct GcHead {
    struct GcHead *next, *prev; /* next NULL: not tracked */
    Ssize refs;                 /* scratch during a collection */
    uint32_t flags;
    uint32_t pre; /* bytes in front of the header (a variable-size object's dict pointer) */
} GcHead;

_Static_assert(sizeof(GcHead) == GC_HEAD_SIZE, "gc.h's GC_HEAD_SIZE");

/* GCF_PARKED: an exact dict the collector found holding only atomic keys and values; it sits
 * in GcState.parked, outside the generations, as CPython's untracked dicts (see park_dicts). */
enum {
    GCF_FINALIZED = 1u,
    GCF_UNREACHABLE = 2u,
    GCF_COLLECTING = 4u,
    GCF_EXPOSED = 8u,
    GCF_PARKED = 16u
};
enum { NGEN = 3 };

/* A circular doubly-linked list with a sentinel. */
typedef struct GcList {
    GcHead head;
    Ssize count;
} GcList;

struct GcState {
    GcList gen[NGEN];
    GcList parked; /* atomic exact dicts: not scanned, rechecked by full collections */
    Ssize threshold[NGEN];
    Ssize alloc_count; /* GC allocations minus frees since the last gen0 collection */
    Ssize long_lived_total, long_lived_pending;
    bool enabled, collecting;
    int trash_depth; /* nested deallocations (CPython's trashcan) */
    GcHead *trash;   /* objects whose deallocation was put off, chained by prev */
};

#define AS_GC(o) ((GcHead *)(o)-1)
#define FROM_GC(g) ((Obj *)((GcHead *)(g) + 1))
#define IS_GC(o) TYPE_HAS(TYPE(o), TPF_HAVE_GC)

/* ---- raw memory */

void *mem_alloc(Interp *I, size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) err_no_memory(I);
    return p;
}

void *mem_calloc(Interp *I, size_t count, size_t n) {
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (!p) err_no_memory(I);
    return p;
}

void *mem_realloc(Interp *I, void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) err_no_memory(I);
    return q;
}

void mem_free(void *p) {
    free(p);
}

/* ---- lists */

static void list_init(GcList *l) {
    l->head.next = l->head.prev = &l->head;
    l->count = 0;
}

static void list_unlink(GcHead *g) {
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
}

static void list_append(GcList *l, GcHead *g) {
    g->prev = l->head.prev;
    g->next = &l->head;
    l->head.prev->next = g;
    l->head.prev = g;
}

static bool list_empty(GcList *l) {
    return l->head.next == &l->head;
}

/* Move every node of `from` to the end of `to`. */
static void list_merge(GcList *from, GcList *to) {
    if (list_empty(from)) return;
    GcHead *first = from->head.next, *last = from->head.prev;
    first->prev = to->head.prev;
    to->head.prev->next = first;
    last->next = &to->head;
    to->head.prev = last;
    list_init(from);
}

/* ---- allocation. Layout of a block: [ObjTrace][prefix][GcHead if GC][object]. A class
 * derived from a variable-size builtin keeps its own fields in the prefix (typeobject.h's
 * HeapTypeObj), so the base's item layout is untouched (CPython puts them after the items).
 * ObjTrace is tracemalloc's record of the block CPython would have allocated. */

static size_t prefix_size(TypeObj *t) {
    return (size_t)TYPE_PREFIX(t) + (TYPE_HAS(t, TPF_HAVE_GC) ? sizeof(GcHead) : 0) +
           sizeof(ObjTrace);
}

/* -DSLOTSCOPE_LEDGER_DEBUG: every traced object event on stderr (to compare with CPython's
 * tracemalloc snapshots when a figure differs). */
#ifdef SLOTSCOPE_LEDGER_DEBUG
#define LEDGER_DEBUG(I, what, o, size)                                                         \
    do {                                                                                       \
        if ((I)->model && (I)->model->ledger.tracing)                                          \
            fprintf(stderr, "ledger: %s %s %ld (current %ld)\n", what, TYPE(o)->name,          \
                    (long)(size), (long)(I)->model->ledger.current);                           \
    } while (0)
#else
#define LEDGER_DEBUG(I, what, o, size) ((void)0)
#endif

ObjTrace *obj_trace(Obj *o) {
    return (ObjTrace *)((char *)o - prefix_size(TYPE(o)));
}

/* Interpreter objects the model has no layout for: CPython X.Y's struct sizes of the ones
 * programs create in loops (Objects/rangeobject.c, listobject.c, tupleobject.c,
 * classobject.c), so that peaks include them. Others are not reported. */
static MSize internal_size(Interp *I, TypeObj *t) {
    const ModelState *m = I->model;
    MSize gc = m->numbers->gc_head;
    if (t == I->t_range_iter) return m->numbers->range_iter_size;
    if (t == I->t_list_iter || t == I->t_tuple_iter) return gc + 32;
    /* bound methods: a freelist up to 3.7, vectorcall pointer from 3.8 */
    if (t == I->t_method) return m->numbers->heap_types_always_gc ? gc + 48 : 0;
    return 0;
}

/* The bytes CPython X.Y requests for an object of type t with nitems items. */
static MSize model_size(Interp *I, TypeObj *t, Ssize nitems) {
    if (!t->model) return internal_size(I, t);
    if (t == I->t_int && nitems <= 1 && I->model->numbers->int_medium_alloc)
        return I->model->numbers->int_medium_alloc;
    return model_alloc_object(I->prof, t->model, nitems > 0 ? nitems : 0);
}

void obj_trace_alloc(Interp *I, Obj *o, MSize size) {
    ObjTrace *w = obj_trace(o);
    if (!I->model || !I->model->ledger.tracing || size <= 0) {
        w->token = 0;
        return;
    }
    w->token = ledger_alloc(&I->model->ledger, size);
    w->size = (uint32_t)size;
    LEDGER_DEBUG(I, "alloc", o, size);
}

void obj_trace_free(Interp *I, Obj *o) {
    ObjTrace *w = obj_trace(o);
    if (w->token && I->model) ledger_free(&I->model->ledger, w->token, w->size);
    w->token = 0;
}

static void maybe_collect(Interp *I);

void obj_trace_from(Interp *I, Obj *o, int freelist, MSize size) {
    ObjTrace *w = obj_trace(o);
    w->token = I->model ? ledger_alloc_from(&I->model->ledger, (ModelFreelist)freelist, size) : 0;
    w->size = (uint32_t)size;
    LEDGER_DEBUG(I, w->token ? "alloc (freelist empty)" : "from freelist", o, size);
}

void obj_trace_to(Interp *I, Obj *o, int freelist) {
    ObjTrace *w = obj_trace(o);
    LEDGER_DEBUG(I, "to freelist", o, w->size);
    if (I->model) ledger_free_to(&I->model->ledger, (ModelFreelist)freelist, w->token, w->size);
    w->token = 0;
}

MSize obj_model_size(Interp *I, TypeObj *t, Ssize nitems) {
    return model_size(I, t, nitems);
}

Obj *obj_alloc(Interp *I, TypeObj *type, Ssize nitems) {
    Obj *o = obj_alloc_untraced(I, type, nitems);
    if (o && I->model && I->model->ledger.tracing) obj_trace_alloc(I, o, model_size(I, type, nitems));
    return o;
}

Obj *obj_alloc_untraced(Interp *I, TypeObj *type, Ssize nitems) {
    size_t size =
        (size_t)type->basicsize + (size_t)(nitems > 0 ? nitems : 0) * (size_t)type->itemsize;
    size = (size + 7) & ~(size_t)7;
    size_t pre = prefix_size(type);
    if (TYPE_HAS(type, TPF_HAVE_GC)) maybe_collect(I);
    char *block = calloc(1, pre + size);
    if (!block) return err_no_memory(I);
    Obj *o = (Obj *)(block + pre);
    if (TYPE_HAS(type, TPF_HAVE_GC)) AS_GC(o)->pre = (uint32_t)(pre - sizeof(GcHead));
    o->refcnt = 1;
    o->type = type;
    if (type->itemsize) VSIZE(o) = nitems;
    if (TYPE_HAS(type, TPF_HEAPTYPE)) INCREF(type);
    if (TYPE_HAS(type, TPF_HAVE_GC) && I->gc) I->gc->alloc_count++;
    return o;
}

void obj_free(Interp *I, Obj *o) {
    TypeObj *t = TYPE(o);
    if (TYPE_HAS(t, TPF_HAVE_GC)) {
        GcHead *g = AS_GC(o);
        if (g->next) gc_untrack(I, o);
        if (I->gc && I->gc->alloc_count > 0) I->gc->alloc_count--;
    }
    ObjTrace *w = obj_trace(o);
    LEDGER_DEBUG(I, "free", o, w->size);
    if (w->token && I->model) ledger_free(&I->model->ledger, w->token, w->size);
    free(w);
}

/* ---- tracking */

void gc_track(Interp *I, Obj *o) {
    if (!IS_GC(o) || !I->gc) return;
    GcHead *g = AS_GC(o);
    if (g->next) return;
    list_append(&I->gc->gen[0], g);
}

void gc_untrack(Interp *I, Obj *o) {
    if (!IS_GC(o) || !I->gc) return;
    GcHead *g = AS_GC(o);
    if (!g->next) return;
    list_unlink(g);
    g->flags &= ~GCF_PARKED;
}

/* May o be tracked, as CPython's _PyObject_GC_MAY_BE_TRACKED: a GC object other than an
 * untracked exact tuple (a parked dict counts as tracked: it may still get containers). */
static bool may_be_tracked(Obj *o, bool exact_tuple) {
    return IS_GC(o) && (!exact_tuple || AS_GC(o)->next);
}

/* arg: the interpreter's tuple type, or NULL where no Interp is at hand (gc_is_tracked): then
 * the tuple types of C (tuple and struct sequences) stand for it. */
static int visit_may_be_tracked(Obj *o, void *arg) {
    bool exact = arg ? (void *)TYPE(o) == arg
                     : TUPLE_CHECK(o) && !TYPE_HAS(TYPE(o), TPF_HEAPTYPE);
    return may_be_tracked(o, exact) ? 1 : 0;
}

/* Does the container hold only atomic objects (CPython's _PyDict_MaybeUntrack test)? */
static bool holds_only_atoms(Obj *o, TypeObj *t_tuple) {
    return TYPE(o)->traverse(o, visit_may_be_tracked, t_tuple) == 0;
}

/* A parked dict is what CPython leaves untracked, until it gets a container (CPython then
 * tracks it at once; the collector moves it back at its next full collection). */
bool gc_is_tracked(Obj *o) {
    if (!IS_GC(o) || !AS_GC(o)->next) return false;
    if (!(AS_GC(o)->flags & GCF_PARKED)) return true;
    return !holds_only_atoms(o, NULL);
}

bool gc_is_finalized(Obj *o) {
    return IS_GC(o) && (AS_GC(o)->flags & GCF_FINALIZED);
}

void gc_set_finalized(Obj *o) {
    if (IS_GC(o)) AS_GC(o)->flags |= GCF_FINALIZED;
}

bool gc_call_finalizer_from_dealloc(Interp *I, Obj *o) {
    FinalizeFn fin = TYPE(o)->finalize;
    if (!fin || gc_is_finalized(o)) return false;
    o->refcnt = 1; /* temporarily alive while __del__ runs */
    gc_set_finalized(o);
    Obj *saved = err_fetch(I);
    fin(I, o);
    err_restore(I, saved);
    if (--o->refcnt == 0) return false;
    return true; /* resurrected: someone kept a reference */
}

/* ---- the trashcan: a long chain of objects freeing each other (a linked list of 100000
 * nodes) would overflow the C stack; past a depth the deallocations are put off and done
 * one after another when the outermost one ends (CPython's Py_TRASHCAN_BEGIN/END). */

enum { TRASH_LIMIT = 50 };

bool gc_trash_begin(Interp *I, Obj *o) {
    struct GcState *s = I->gc;
    if (!s || !IS_GC(o)) return true;
    if (s->trash_depth >= TRASH_LIMIT) {
        GcHead *g = AS_GC(o);
        if (g->next) gc_untrack(I, o);
        g->prev = s->trash;
        s->trash = g;
        return false;
    }
    s->trash_depth++;
    return true;
}

void gc_trash_end(Interp *I) {
    struct GcState *s = I->gc;
    if (!s) return;
    s->trash_depth--;
    while (s->trash_depth == 0 && s->trash) {
        GcHead *g = s->trash;
        s->trash = g->prev;
        g->prev = NULL;
        Obj *o = FROM_GC(g);
        TYPE(o)->dealloc(I, o);
    }
}

void gc_trash_pause(Interp *I, int delta) {
    if (I->gc) I->gc->trash_depth += delta;
}

/* ---- state */

bool gc_init(Interp *I) {
    struct GcState *s = calloc(1, sizeof *s);
    if (!s) return false;
    for (int i = 0; i < NGEN; i++) list_init(&s->gen[i]);
    list_init(&s->parked);
    s->threshold[0] = 700;
    s->threshold[1] = 10;
    s->threshold[2] = 10;
    s->enabled = true;
    I->gc = s;
    return true;
}

void gc_fini(Interp *I) {
    struct GcState *s = I->gc;
    if (!s) return;
    for (int i = 0; i <= NGEN; i++) {
        GcList *l = i < NGEN ? &s->gen[i] : &s->parked;
        while (!list_empty(l)) {
            GcHead *g = l->head.next;
            list_unlink(g);
            /* the types may be gone already: the header knows the block's start */
            free((char *)g - g->pre);
        }
    }
    free(s);
    I->gc = NULL;
}

void gc_set_enabled(Interp *I, bool on) {
    I->gc->enabled = on;
}
bool gc_is_enabled(Interp *I) {
    return I->gc->enabled;
}

void gc_get_count(Interp *I, Ssize out[3]) {
    out[0] = I->gc->alloc_count;
    out[1] = I->gc->gen[1].count;
    out[2] = I->gc->gen[2].count;
}

void gc_get_threshold(Interp *I, Ssize out[3]) {
    for (int i = 0; i < NGEN; i++) out[i] = I->gc->threshold[i];
}

void gc_set_threshold(Interp *I, const Ssize th[3]) {
    for (int i = 0; i < NGEN; i++) I->gc->threshold[i] = th[i];
}

/* ---- the collection */

typedef struct Ctx {
    Interp *I;
    GcList *young; /* the generation being collected */
    GcList *unreach;
} Ctx;

static bool in_collection(Obj *o) {
    return IS_GC(o) && AS_GC(o)->next && (AS_GC(o)->flags & GCF_COLLECTING);
}

static int visit_decref(Obj *o, void *arg) {
    (void)arg;
    if (in_collection(o)) AS_GC(o)->refs--;
    return 0;
}

/* A referent found unreachable so far is reachable after all: move it back to young. */
static int visit_reachable(Obj *o, void *arg) {
    Ctx *c = arg;
    if (!in_collection(o)) return 0;
    GcHead *g = AS_GC(o);
    if (g->flags & GCF_UNREACHABLE) {
        g->flags &= ~GCF_UNREACHABLE;
        list_unlink(g);
        list_append(c->young, g);
        g->refs = 1;
    } else if (g->refs == 0) {
        g->refs = 1; /* not yet scanned: it will be, as it is later in young */
    }
    return 0;
}

static void update_refs(GcList *l) {
    for (GcHead *g = l->head.next; g != &l->head; g = g->next) {
        g->refs = FROM_GC(g)->refcnt;
        g->flags |= GCF_COLLECTING;
    }
}

static void subtract_refs(GcList *l) {
    for (GcHead *g = l->head.next; g != &l->head; g = g->next) {
        Obj *o = FROM_GC(g);
        if (TYPE(o)->traverse) TYPE(o)->traverse(o, visit_decref, NULL);
    }
}

/* Split young into reachable (stays) and unreachable (moved to c->unreach). */
static void move_unreachable(Ctx *c) {
    GcHead *g = c->young->head.next;
    while (g != &c->young->head) {
        GcHead *next = g->next;
        if (g->refs > 0) {
            Obj *o = FROM_GC(g);
            if (TYPE(o)->traverse) TYPE(o)->traverse(o, visit_reachable, c);
        } else {
            list_unlink(g);
            list_append(c->unreach, g);
            g->flags |= GCF_UNREACHABLE;
        }
        g = next;
    }
}

static Ssize count_list(GcList *l) {
    Ssize n = 0;
    for (GcHead *g = l->head.next; g != &l->head; g = g->next) n++;
    return n;
}

/* CPython 3.11+ keeps a class instance's attributes without a dict object until __dict__ is
 * asked for (3.13: not even then), so gc.collect() does not count such dicts. */
static Ssize hidden_dicts(GcList *unreach) {
    Ssize n = 0;
    for (GcHead *g = unreach->head.next; g != &unreach->head; g = g->next) {
        Obj *o = FROM_GC(g);
        TypeObj *t = TYPE(o);
        const struct ModelType *m = t->model;
        if (!TYPE_HAS(t, TPF_HEAPTYPE) || !m || !m->managed_dict || t->dictoffset <= 0) continue;
        Obj *d = *(Obj **)((char *)o + t->dictoffset);
        if (!d || !IS_GC(d) || !(AS_GC(d)->flags & GCF_UNREACHABLE)) continue;
        if (m->inline_values || !(AS_GC(d)->flags & GCF_EXPOSED)) n++;
    }
    return n;
}

void gc_mark_exposed(Obj *o) {
    if (IS_GC(o)) AS_GC(o)->flags |= GCF_EXPOSED;
}

static void end_collecting(GcList *l) {
    for (GcHead *g = l->head.next; g != &l->head; g = g->next)
        g->flags &= ~(GCF_COLLECTING | GCF_UNREACHABLE);
}

/* One pass over the survivors (returns how many stay tracked): they leave the collection,
 * and those CPython stops tracking when the collector sees them are dropped: exact tuples of
 * atomic items (untrack_tuples, every collection) and exact dicts of atomic keys and values
 * (untrack_dicts; CPython's dicts are untracked from the start, ours are parked at the first
 * collection they survive). This bounds the work of later collections to real containers. */
static Ssize untrack_atoms(Interp *I, GcList *young) {
    GcList *parked = &I->gc->parked;
    GcHead *g = young->head.next;
    Ssize n = 0;
    while (g != &young->head) {
        GcHead *next = g->next;
        Obj *o = FROM_GC(g);
        g->flags &= ~GCF_COLLECTING;
        n++;
        if (TYPE(o) == I->t_tuple) {
            if (holds_only_atoms(o, I->t_tuple)) {
                list_unlink(g);
                n--;
            }
        } else if (TYPE(o) == I->t_dict && holds_only_atoms(o, I->t_tuple)) {
            list_unlink(g);
            list_append(parked, g);
            g->flags |= GCF_PARKED;
            n--;
        }
        g = next;
    }
    return n;
}


/* A full collection first takes back the parked dicts that got containers since. */
static void unpark_dicts(Interp *I, GcList *young) {
    GcList *parked = &I->gc->parked;
    GcHead *g = parked->head.next;
    while (g != &parked->head) {
        GcHead *next = g->next;
        if (!holds_only_atoms(FROM_GC(g), I->t_tuple)) {
            list_unlink(g);
            list_append(young, g);
            g->flags &= ~GCF_PARKED;
        }
        g = next;
    }
}

static void clear_weakrefs(Interp *I, GcList *unreach) {
    for (GcHead *g = unreach->head.next; g != &unreach->head; g = g->next) {
        Obj *o = FROM_GC(g);
        TypeObj *t = TYPE(o);
        if (t->weaklistoffset != 0 && *(Obj **)((char *)o + t->weaklistoffset)) weakref_clear(I, o);
    }
}

/* Call each finalizer once; the objects are kept alive by a temporary list of references. */
static void finalize_garbage(Interp *I, GcList *unreach) {
    GcList tmp;
    list_init(&tmp);
    while (!list_empty(unreach)) {
        GcHead *g = unreach->head.next;
        list_unlink(g);
        list_append(&tmp, g);
        Obj *o = FROM_GC(g);
        if (TYPE(o)->finalize && !(g->flags & GCF_FINALIZED)) {
            g->flags |= GCF_FINALIZED;
            INCREF(o);
            TYPE(o)->finalize(I, o);
            if (err_occurred(I)) err_clear(I);
            DECREF(I, o); /* cannot free: the cycle still holds it */
        }
    }
    list_merge(&tmp, unreach);
}

/* After finalizers ran: if anything in the set is referenced from outside it, a finalizer
 * resurrected it; then keep the whole set (CPython keeps exactly the resurrected part). */
static bool resurrected(GcList *unreach) {
    update_refs(unreach);
    subtract_refs(unreach);
    for (GcHead *g = unreach->head.next; g != &unreach->head; g = g->next)
        if (g->refs > 0) return true;
    return false;
}

static void delete_garbage(Interp *I, GcList *unreach, GcList *old) {
    while (!list_empty(unreach)) {
        GcHead *g = unreach->head.next;
        Obj *o = FROM_GC(g);
        g->flags &= ~(GCF_COLLECTING | GCF_UNREACHABLE);
        InquiryFn clear = TYPE(o)->clear;
        INCREF(o);
        if (clear) {
            clear(I, o);
            if (err_occurred(I)) err_clear(I);
        }
        if (unreach->head.next == g) {
            /* survived its clear: keep it in the older generation */
            list_unlink(g);
            list_append(old, g);
        }
        DECREF(I, o);
    }
}

static Ssize collect_gen(Interp *I, int gen) {
    struct GcState *s = I->gc;
    s->collecting = true;
    for (int i = 0; i < gen; i++) list_merge(&s->gen[i], &s->gen[gen]);
    GcList *young = &s->gen[gen];
    GcList *old = gen + 1 < NGEN ? &s->gen[gen + 1] : &s->gen[gen];
    GcList unreach;
    list_init(&unreach);
    Ctx c = {I, young, &unreach};
    Obj *saved = err_fetch(I);

    if (gen == NGEN - 1) unpark_dicts(I, young);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(&c);
    Ssize moved = untrack_atoms(I, young);
    Ssize n = count_list(&unreach) - hidden_dicts(&unreach);
    /* the survivors move to the next generation */
    if (old != young) list_merge(young, old);

    clear_weakrefs(I, &unreach);
    finalize_garbage(I, &unreach);
    if (resurrected(&unreach)) {
        end_collecting(&unreach);
        list_merge(&unreach, old);
    } else {
        delete_garbage(I, &unreach, old);
    }
    /* collection counters, as CPython's generations[i].count */
    for (int i = 1; i <= gen; i++) s->gen[i].count = 0;
    if (gen + 1 < NGEN) s->gen[gen + 1].count++;
    if (gen == NGEN - 1) {
        s->long_lived_total = moved; /* (and the rare objects that survived their clear) */
        s->long_lived_pending = 0;
    } else if (gen == NGEN - 2) {
        s->long_lived_pending += moved;
    }
    err_restore(I, saved);
    s->collecting = false;
    return n;
}

Ssize gc_collect(Interp *I) {
    if (!I->gc || I->gc->collecting) return 0;
    Ssize n = collect_gen(I, NGEN - 1);
    I->gc->alloc_count = 0;
    return n;
}

/* Automatic collection by thresholds, as CPython's collect_generations. */
static void maybe_collect(Interp *I) {
    struct GcState *s = I->gc;
    if (!s || !s->enabled || s->collecting || s->alloc_count <= s->threshold[0] ||
        s->threshold[0] == 0)
        return;
    /* the oldest generation over its threshold; a full collection only once the objects
     * that reached the oldest generation since the last one are a quarter of those there
     * (CPython 3.4+: keeps building a big structure linear instead of quadratic) */
    int gen = 0;
    for (int i = NGEN - 1; i > 0; i--) {
        if (s->gen[i].count <= s->threshold[i]) continue;
        if (i == NGEN - 1 && s->long_lived_pending < s->long_lived_total / 4) continue;
        gen = i;
        break;
    }
    s->alloc_count = 0;
    collect_gen(I, gen);
}
