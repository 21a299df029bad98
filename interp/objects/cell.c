/* cell.c: cells: one shared variable of a closure. */
#include <stddef.h>

#include "objects/cell.h"
#include "objects/abstract.h"
#include "objects/str.h"
#include "vm/errors.h"

Obj *cell_new(Interp *I, Obj *v) {
    CellObj *c = (CellObj *)obj_alloc(I, I->t_cell, 0);
    if (!c) return NULL;
    XINCREF(v);
    c->ref = v;
    gc_track(I, OBJ(c));
    return OBJ(c);
}

void cell_set(Interp *I, Obj *cell, Obj *v) {
    XINCREF(v);
    SETREF(I, ((CellObj *)cell)->ref, v);
}

static void cell_dealloc(Interp *I, Obj *o) {
    gc_untrack(I, o);
    CLEAR(I, ((CellObj *)o)->ref);
    obj_free(I, o);
}

static int cell_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((CellObj *)o)->ref);
    return 0;
}

static int cell_clear(Interp *I, Obj *o) {
    CLEAR(I, ((CellObj *)o)->ref);
    return 0;
}

static Obj *cell_repr(Interp *I, Obj *o) {
    Obj *v = CELL_GET(o);
    if (!v) return str_from_format(I, "<cell at %p: empty>", (void *)o);
    return str_from_format(I, "<cell at %p: %s object at %p>", (void *)o, TYPE(v)->name, (void *)v);
}

static Obj *cell_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (TYPE(b) != I->t_cell) return NEWREF(I->notimpl);
    Obj *x = CELL_GET(a), *y = CELL_GET(b);
    if (x && y) return obj_richcompare(I, x, y, op);
    int c = (x != NULL) - (y != NULL);
    bool r = false;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    case CMP_GE: r = c >= 0; break;
    }
    return BOOL_OBJ(I, r);
}

static Obj *get_contents(Interp *I, Obj *o, void *cl) {
    (void)cl;
    Obj *v = CELL_GET(o);
    if (!v) return err_string(I, I->e_ValueError, "Cell is empty");
    return NEWREF(v);
}

static int set_contents(Interp *I, Obj *o, Obj *v, void *cl) {
    (void)cl;
    cell_set(I, o, v);
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", get_contents, set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj cell_tmpl = {
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .flags = TPF_HAVE_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};
