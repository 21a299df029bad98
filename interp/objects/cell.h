/* cell.h: cells, the boxes closures share a variable through. Implemented in cell.c. */
#ifndef SLOTSCOPE_CELL_H
#define SLOTSCOPE_CELL_H

#include "vm/interp.h"

typedef struct CellObj {
    Obj ob;
    Obj *ref; /* NULL: empty */
} CellObj;

#define CELL_GET(c) (((CellObj *)(c))->ref)
Obj *cell_new(Interp *I, Obj *v); /* v may be NULL; increfs */
void cell_set(Interp *I, Obj *cell, Obj *v); /* increfs v (may be NULL) */

#endif
