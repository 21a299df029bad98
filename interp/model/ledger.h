/* ledger.h: tracemalloc's view of memory. Every block CPython X.Y would allocate for what the
 * program does is reported here (size from the model's rules); the ledger keeps tracemalloc's
 * current and peak, forgets traces on stop() as tracemalloc does, and plays CPython's object
 * freelists, whose reuse allocates nothing. Blocks carry a trace token (the epoch they were
 * traced in, or 0), so a block allocated before start() or before a stop() is never
 * subtracted. */
#ifndef SLOTSCOPE_LEDGER_H
#define SLOTSCOPE_LEDGER_H

#include "model/dictmodel.h"
#include "model/model.h"

typedef uint32_t MTrace; /* 0: not traced; else the epoch of the trace */

/* CPython's freelists of whole objects (the *_MAXFREELIST constants of Objects/) */
typedef enum {
    FL_FLOAT, FL_LIST, FL_DICT, FL_DICT_KEYS, FL_TUPLE, /* FL_TUPLE + n - 1 for n = 1..19 */
    FL_COUNT = FL_TUPLE + 19
} ModelFreelist;

typedef struct ModelLedgerList {
    MTrace *tokens; /* a stack of the cached blocks' trace tokens */
    MSize count, max;
} ModelLedgerList;

typedef struct ModelLedger {
    bool tracing;
    MTrace epoch;       /* the current trace epoch (valid while tracing) */
    MSize current, peak;
    ModelLedgerList lists[FL_COUNT];
} ModelLedger;

/* Set up for the profile's version: freelist capacities, each list full of blocks that were
 * allocated at start-up (untraced), as after CPython's own start-up. false: no memory. */
bool ledger_init(const Profile *p, ModelLedger *L);
void ledger_fini(ModelLedger *L);
/* The program imports tracemalloc: each freelist holds what CPython's holds at that point of
 * a script (numbers.h's freelist_start), whatever the interpreter's start-up and compiler did
 * to them. */
void ledger_program_start(const Profile *p, ModelLedger *L);

void ledger_start(ModelLedger *L);
void ledger_stop(ModelLedger *L);          /* traces are cleared: current and peak read 0 */
void ledger_clear_traces(ModelLedger *L);
void ledger_reset_peak(ModelLedger *L);    /* 3.9+ */
/* (current, peak) as tracemalloc.get_traced_memory() returns them */
void ledger_read(const ModelLedger *L, MSize *current, MSize *peak);

/* A block of `size` bytes is allocated / freed / resized (PyMem_Realloc: traced as a new
 * block replacing the old). */
MTrace ledger_alloc(ModelLedger *L, MSize size);
void ledger_free(ModelLedger *L, MTrace t, MSize size);
MTrace ledger_realloc(ModelLedger *L, MTrace t, MSize old_size, MSize new_size);

/* An object allocation that CPython may serve from a freelist: reuses a cached block when
 * there is one (no new bytes), else allocates. Freeing pushes the block back while the list
 * has room, else frees it. */
MTrace ledger_alloc_from(ModelLedger *L, ModelFreelist fl, MSize size);
void ledger_free_to(ModelLedger *L, ModelFreelist fl, MTrace t, MSize size);

/* The model's per-interpreter state (I->model): the ledger and the numbers of the profile,
 * looked up once. */
typedef struct ModelState {
    ModelLedger ledger;
    const Profile *prof;
    const struct ModelNumbers *numbers;
} ModelState;

/* NULL: no memory. */
ModelState *model_state_new(const Profile *p);
void model_state_free(ModelState *m);

/* Sizes CPython X.Y requests (tracemalloc sees these, not pymalloc's rounding). */
/* an object of type mt with nitems items, with its GC header and managed pre-header */
MSize model_alloc_object(const Profile *p, const ModelType *mt, MSize nitems);
/* 3.11/3.12 new_values(n): a prefix of order bytes, then n value pointers */
MSize model_alloc_values(MSize n);
/* 3.13 _PyInlineValuesSize for a class whose keys lend n slots */
MSize model_alloc_inline_values(MSize n);
/* 3.6-3.10 split-table values: USABLE_FRACTION(table size) pointers */
MSize model_alloc_split_values(const ModelSharedKeys *k);
/* what a dict's tables hold besides the object: the keys (combined), or the values array
 * (split), 0 while it uses the shared empty keys */
MSize model_alloc_dict_tables(const Profile *p, const ModelDict *d);

#endif
