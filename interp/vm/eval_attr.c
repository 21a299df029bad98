/* eval_attr.c: attribute access from the eval loop with inline caches keyed on the type's
 * version_tag: a slot is an offset read, an instance attribute one dict probe, a method found
 * on the type skips the bound-method object. Anything unusual takes the generic path. */
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/eval_help.h"
#include "vm/vm_int.h"

enum { AC_NONE, AC_SLOT, AC_DICT, AC_METHOD, AC_CLASSATTR };

static inline bool cache_hit(InlineCache *c, TypeObj *tp) {
    return c->attr.kind != AC_NONE && c->attr.type == tp && c->attr.tag == tp->version_tag;
}

static inline Obj *instance_dict(Obj *o, TypeObj *tp) {
    if (tp->dictoffset <= 0) return NULL; /* negative offsets: the generic path */
    return *(Obj **)((char *)o + tp->dictoffset);
}

/* Classify name on tp for the cache (tp has the generic getattr). */
static int classify(Interp *I, TypeObj *tp, Obj *name, Obj **descr_out) {
    Obj *descr = type_lookup(I, tp, name);
    *descr_out = descr;
    if (!descr) return tp->dictoffset > 0 ? AC_DICT : AC_NONE;
    if (TYPE(descr) == I->t_member_descr) {
        const MemberDef *def = ((MemberDescrObj *)descr)->def;
        if (def->kind == MEMBER_OBJECT_EX && !def->readonly && ((DescrObj *)descr)->objclass &&
            type_is_subtype(tp, ((DescrObj *)descr)->objclass))
            return AC_SLOT;
        return AC_NONE;
    }
    if (TYPE_HAS(TYPE(descr), TPF_METHOD_DESCRIPTOR)) return AC_METHOD;
    if (TYPE(descr)->descr_get) return AC_NONE;
    if (tp->dictoffset < 0) return AC_NONE;
    return AC_CLASSATTR;
}

static void fill(InlineCache *c, TypeObj *tp, int kind, Obj *descr) {
    c->attr.type = tp;
    c->attr.tag = tp->version_tag;
    c->attr.kind = (uint32_t)kind;
    c->attr.value = descr;
    c->attr.off = kind == AC_SLOT ? ((MemberDescrObj *)descr)->def->offset : 0;
}

Obj *eval_load_attr(Interp *I, Obj *o, Obj *name, InlineCache *c) {
    TypeObj *tp = TYPE(o);
    if (tp->getattro != obj_generic_getattr || !tp->version_tag) return obj_getattr(I, o, name);
    if (!cache_hit(c, tp)) {
        Obj *descr;
        int kind = classify(I, tp, name, &descr);
        if (kind == AC_METHOD) kind = AC_NONE; /* binding needs the generic path */
        if (kind == AC_NONE) {
            c->attr.kind = AC_NONE;
            return obj_generic_getattr(I, o, name);
        }
        fill(c, tp, kind, descr);
    }
    switch (c->attr.kind) {
    case AC_SLOT: {
        Obj *v = *(Obj **)((char *)o + c->attr.off);
        if (v) return NEWREF(v);
        break;
    }
    case AC_DICT:
    case AC_CLASSATTR: {
        Obj *d = instance_dict(o, tp);
        if (d) {
            Obj *v = dict_get_str(I, d, name);
            if (v) return NEWREF(v);
            if (err_occurred(I)) return NULL;
        }
        if (c->attr.kind == AC_CLASSATTR) return NEWREF(c->attr.value);
        break;
    }
    }
    return obj_generic_getattr(I, o, name);
}

int eval_store_attr(Interp *I, Obj *o, Obj *name, Obj *v, InlineCache *c) {
    TypeObj *tp = TYPE(o);
    if (tp->setattro != obj_generic_setattr || !tp->version_tag) return obj_setattr(I, o, name, v);
    if (!cache_hit(c, tp)) {
        Obj *descr;
        int kind = classify(I, tp, name, &descr);
        if (kind != AC_SLOT && kind != AC_DICT && !(kind == AC_CLASSATTR && descr && !TYPE(descr)->descr_set)) {
            c->attr.kind = AC_NONE;
            return obj_generic_setattr(I, o, name, v);
        }
        if (kind == AC_CLASSATTR) kind = AC_DICT;
        fill(c, tp, kind, descr);
    }
    if (c->attr.kind == AC_SLOT) {
        Obj **p = (Obj **)((char *)o + c->attr.off);
        Obj *old = *p;
        *p = NEWREF(v);
        XDECREF(I, old);
        return 0;
    }
    /* Instance dicts sharing their class's keys are the model's business (PEP 412
     * accounting): those are set through dict_set_instance, as obj_generic_setattr does once
     * it found no data descriptor (which the cache has established). */
    if (c->attr.kind == AC_DICT && tp->dictoffset > 0) {
        Obj **dp = (Obj **)((char *)o + tp->dictoffset);
        if (*dp) {
            bool shared = TYPE_HAS(tp, TPF_HEAPTYPE) && ((HeapTypeObj *)tp)->cached_keys;
            if (!shared) return dict_set(I, *dp, name, v) ? 0 : -1;
            if (dict_set_instance) return dict_set_instance(I, *dp, &((HeapTypeObj *)tp)->cached_keys, name, v) ? 0 : -1;
        }
    }
    return obj_generic_setattr(I, o, name, v);
}

int eval_load_method(Interp *I, Obj *o, Obj *name, Obj **meth, InlineCache *c) {
    TypeObj *tp = TYPE(o);
    if (tp->getattro == obj_generic_getattr && tp->version_tag) {
        if (!cache_hit(c, tp)) {
            Obj *descr;
            int kind = classify(I, tp, name, &descr);
            if (kind != AC_METHOD) {
                c->attr.kind = AC_NONE;
                return obj_get_method(I, o, name, meth);
            }
            fill(c, tp, kind, descr);
        }
        Obj *d = instance_dict(o, tp);
        if (tp->dictoffset >= 0 && (!d || dict_len(d) == 0 || !dict_get_str(I, d, name))) {
            if (err_occurred(I)) return -1;
            *meth = NEWREF(c->attr.value);
            return 1;
        }
    }
    return obj_get_method(I, o, name, meth);
}
