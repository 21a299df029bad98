/* layout.c: where CPython X.Y puts an instance's fields: the builtin types' layouts and the
 * arithmetic of type_new (Objects/typeobject.c) for classes, version by version. */
#include "model/model.h"
#include "model/numbers.h"

#include <string.h>

#define PTR ((MSize)sizeof(void *))

static void set(ModelType *mt, ModelBuiltin b, MSize basic, MSize item, MSize dictoff,
                MSize weakoff, bool gc) {
    memset(mt, 0, sizeof *mt);
    mt->builtin = b;
    mt->basicsize = basic;
    mt->itemsize = item;
    mt->dictoffset = dictoff;
    mt->weaklistoffset = weakoff;
    mt->gc = gc;
    mt->has_dict = dictoff != 0;
    mt->has_weakref = weakoff != 0;
}

void model_type_builtin(const Profile *p, ModelType *mt, ModelBuiltin which) {
    const ModelNumbers *n = model_numbers(p);
    bool py2 = n->int_is_fixed;
    switch (which) {
    case MB_OBJECT: set(mt, which, 16, 0, 0, 0, false); break;
    case MB_NONE: set(mt, which, 16, 0, 0, 0, false); break;
    case MB_INT: set(mt, which, 24, py2 ? 0 : 4, 0, 0, false); break;
    /* bool's basicsize was that of a 2-digit int until 3.12 (Objects/boolobject.c) */
    case MB_BOOL: set(mt, which, py2 || n->layout == LAYOUT_312 ? 24 : 32, py2 ? 0 : 4, 0, 0, false); break;
    case MB_FLOAT: set(mt, which, 24, 0, 0, 0, false); break;
    case MB_STR:
        if (n->str_is_bytes) set(mt, which, n->bytes_head, 1, 0, 0, false);
        else set(mt, which, n->str_compact_head + 8, 0, 0, 0, false); /* PyUnicodeObject */
        break;
    case MB_BYTES: set(mt, which, n->bytes_head, 1, 0, 0, false); break;
    case MB_TUPLE: set(mt, which, 24, 8, 0, 0, true); break;
    case MB_LIST: set(mt, which, 40, 0, 0, 0, true); break;
    case MB_DICT: set(mt, which, n->dict_size, 0, 0, 0, true); break;
    case MB_SET:
    case MB_FROZENSET: set(mt, which, n->set_size, 0, 0, n->set_size - PTR, true); break;
    case MB_RANGE: set(mt, which, 48, 0, 0, 0, false); break;
    case MB_SLICE: set(mt, which, 40, 0, 0, 0, true); break;
    case MB_FUNCTION:
        set(mt, which, n->function_size, 0, n->function_dictoffset, n->function_dictoffset + PTR, true);
        break;
    case MB_TYPE: set(mt, which, n->heaptype_size, 40, 264, 368, true); break;
    case MB_EXCEPTION: set(mt, which, n->exception_size, 0, 16, 0, true); break;
    default: set(mt, MB_OBJECT, 16, 0, 0, 0, false); break;
    }
}

/* The pre-3.11 rule: the dict pointer after the slots (or at -8 from the end of a
 * variable-size object), then the weakref pointer. */
static MSize layout_classic(ModelType *mt, const ModelClassSpec *s, MSize off) {
    if (s->add_dict) {
        mt->dictoffset = s->base->itemsize ? -PTR : off;
        off += PTR;
    }
    if (s->add_weak) {
        mt->weaklistoffset = off;
        off += PTR;
    }
    return off;
}

/* 3.11 (type_new_descriptors): the weakref pointer stays in the object; a dict of a
 * fixed-size object becomes managed, reported as -(basicsize + 3 pointers). */
static MSize layout_311(ModelType *mt, const ModelClassSpec *s, MSize off) {
    if (s->add_dict && s->base->itemsize) {
        mt->dictoffset = -PTR;
        off += PTR;
    }
    if (s->add_weak) {
        mt->weaklistoffset = off;
        off += PTR;
    }
    if (s->add_dict && !s->base->itemsize) {
        mt->managed_dict = true;
        mt->dictoffset = -off - 3 * PTR;
    }
    return off;
}

/* 3.12+: both pointers live before the object: dictoffset -1, weakrefoffset -4 pointers. */
static MSize layout_312(ModelType *mt, const ModelClassSpec *s, MSize off) {
    if (s->add_weak) {
        mt->managed_weakref = true;
        mt->weaklistoffset = -4 * PTR;
    }
    if (s->add_dict) {
        mt->managed_dict = true;
        mt->dictoffset = -1;
    }
    return off;
}

void model_type_heap(const Profile *p, ModelType *mt, const ModelClassSpec *s) {
    const ModelNumbers *n = model_numbers(p);
    const ModelType *base = s->base;
    *mt = *base;
    mt->heap = true;
    mt->nslots = s->nslots;
    mt->slot_offset = base->basicsize;
    MSize off = base->basicsize + s->nslots * PTR;
    switch (n->layout) {
    case LAYOUT_27:
    case LAYOUT_36: off = layout_classic(mt, s, off); break;
    case LAYOUT_311: off = layout_311(mt, s, off); break;
    case LAYOUT_312: off = layout_312(mt, s, off); break;
    }
    /* 3.13 type_ready_managed_dict: the values live inline only in a bare PyObject */
    mt->inline_values = n->inline_values && mt->managed_dict && off == 2 * PTR && !base->itemsize;
    mt->basicsize = off;
    mt->itemsize = base->itemsize;
    mt->has_dict = base->has_dict || s->add_dict;
    mt->has_weakref = base->has_weakref || s->add_weak;
    /* typeobject.c type_new: 3.8+ every class is GC; 3.6/3.7 only if its base is or it adds
     * fields; 2.7 unless its instances are bare objects (basicsize 16, no items) */
    if (n->heap_gc_unless_bare) mt->gc = !(off == 2 * PTR && base->itemsize == 0);
    else mt->gc = n->heap_types_always_gc || base->gc || off > base->basicsize;
}

MSize model_gc_header(const Profile *p, const ModelType *mt) {
    return mt->gc ? model_numbers(p)->gc_head : 0;
}

MSize model_preheader(const Profile *p, const ModelType *mt) {
    const ModelNumbers *n = model_numbers(p);
    MSize size = model_gc_header(p, mt);
    if (n->layout == LAYOUT_311 && mt->managed_dict) size += 2 * PTR;
    if (n->layout == LAYOUT_312 && (mt->managed_dict || mt->managed_weakref)) size += 2 * PTR;
    return size;
}

MSize model_object_sizeof(const ModelType *mt, MSize nitems) {
    return mt->basicsize + (mt->itemsize ? nitems * mt->itemsize : 0);
}
