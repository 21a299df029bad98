/* ledger.c: tracemalloc's counters and CPython's freelists (see ledger.h). Freelist sizes:
 * Objects/floatobject.c (100), listobject.c (80), dictobject.c (80 dicts, 80 keys of the
 * minimum size), tupleobject.c (2000 per length below 20). */
#include "model/ledger.h"

#include "model/numbers.h"

#include <stdlib.h>
#include <string.h>

static MSize capacity(const Profile *p, ModelFreelist fl) {
    if (model_numbers(p)->no_tracemalloc) return 0; /* nothing to play */
    switch (fl) {
    case FL_FLOAT: return 100;
    case FL_LIST: return 80;
    case FL_DICT: return 80;
    case FL_DICT_KEYS: return 80;
    default: return 2000; /* tuples of length 1..19 */
    }
}

bool ledger_init(const Profile *p, ModelLedger *L) {
    memset(L, 0, sizeof *L);
    for (int i = 0; i < FL_COUNT; i++) {
        ModelLedgerList *l = &L->lists[i];
        l->max = capacity(p, (ModelFreelist)i);
        if (l->max == 0) continue;
        l->tokens = calloc((size_t)l->max, sizeof *l->tokens);
        if (!l->tokens) {
            ledger_fini(L);
            return false;
        }
        l->count = l->max; /* full of untraced blocks from start-up */
    }
    return true;
}

void ledger_program_start(const Profile *p, ModelLedger *L) {
    const int16_t *start = model_numbers(p)->freelist_start;
    bool measured = false;
    for (int i = 0; i < FL_COUNT; i++) measured |= start[i] != 0;
    if (!measured) return; /* full, as ledger_init left them */
    for (int i = 0; i < FL_COUNT; i++) {
        ModelLedgerList *l = &L->lists[i];
        l->count = start[i] < (int)l->max ? (MSize)start[i] : l->max;
        for (MSize j = 0; j < l->count; j++) l->tokens[j] = 0; /* untraced blocks */
    }
}

void ledger_fini(ModelLedger *L) {
    for (int i = 0; i < FL_COUNT; i++) free(L->lists[i].tokens);
    memset(L, 0, sizeof *L);
}

void ledger_start(ModelLedger *L) {
    if (L->tracing) return;
    L->tracing = true;
    L->epoch++;
    L->current = L->peak = 0;
}

void ledger_stop(ModelLedger *L) {
    L->tracing = false;
    L->current = L->peak = 0;
}

void ledger_clear_traces(ModelLedger *L) {
    if (!L->tracing) return;
    L->epoch++; /* blocks traced so far are forgotten */
    L->current = L->peak = 0;
}

void ledger_reset_peak(ModelLedger *L) { L->peak = L->current; }

void ledger_read(const ModelLedger *L, MSize *current, MSize *peak) {
    *current = L->tracing ? L->current : 0;
    *peak = L->tracing ? L->peak : 0;
}

MTrace ledger_alloc(ModelLedger *L, MSize size) {
    if (!L->tracing) return 0;
    L->current += size;
    if (L->current > L->peak) L->peak = L->current;
    return L->epoch;
}

void ledger_free(ModelLedger *L, MTrace t, MSize size) {
    if (L->tracing && t == L->epoch) L->current -= size;
}

MTrace ledger_realloc(ModelLedger *L, MTrace t, MSize old_size, MSize new_size) {
    /* tracemalloc: the old trace is removed and the new block traced */
    ledger_free(L, t, old_size);
    return ledger_alloc(L, new_size);
}

MTrace ledger_alloc_from(ModelLedger *L, ModelFreelist fl, MSize size) {
    ModelLedgerList *l = &L->lists[fl];
    if (l->count > 0) return l->tokens[--l->count];
    return ledger_alloc(L, size);
}

void ledger_free_to(ModelLedger *L, ModelFreelist fl, MTrace t, MSize size) {
    ModelLedgerList *l = &L->lists[fl];
    if (l->count < l->max) {
        l->tokens[l->count++] = t; /* kept: its bytes stay allocated (and traced, if they were) */
        return;
    }
    ledger_free(L, t, size);
}

/* ---- the state and the allocation sizes */

ModelState *model_state_new(const Profile *p) {
    ModelState *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->prof = p;
    m->numbers = model_numbers(p);
    if (!ledger_init(p, &m->ledger)) {
        free(m);
        return NULL;
    }
    return m;
}

void model_state_free(ModelState *m) {
    if (!m) return;
    ledger_fini(&m->ledger);
    free(m);
}

MSize model_alloc_object(const Profile *p, const ModelType *mt, MSize nitems) {
    return model_preheader(p, mt) + model_object_sizeof(mt, nitems);
}

/* Objects/dictobject.c 3.11/3.12 new_values: prefix_size = _Py_SIZE_ROUND_UP(size + 2, 8) */
MSize model_alloc_values(MSize n) {
    if (n <= 0) return 0;
    return ((n + 2 + 7) & ~(MSize)7) + n * (MSize)sizeof(void *);
}

/* 3.13 _PyInlineValuesSize: _Py_SIZE_ROUND_UP(size, 8) + sizeof(PyDictValues) + size ptrs */
MSize model_alloc_inline_values(MSize n) {
    return ((n + 7) & ~(MSize)7) + (n + 1) * (MSize)sizeof(void *);
}

MSize model_alloc_split_values(const ModelSharedKeys *k) {
    MSize size = (MSize)1 << k->log2_size;
    return ((size << 1) / 3) * (MSize)sizeof(void *);
}

MSize model_alloc_dict_tables(const Profile *p, const ModelDict *d) {
    const ModelNumbers *n = model_numbers(p);
    if (d->shared) {
        if (n->dict_unicode_entries) return 0; /* the instance's values are counted apart */
        return model_alloc_split_values(d->shared);
    }
    return model_dict_keys_bytes(p, d);
}
