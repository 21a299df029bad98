/* classnew.c: class creation, to the letter of CPython's type_new (Objects/typeobject.c):
 * the metaclass and best base, __slots__ validation and the instance layout (slots inline
 * after the base's fields, then the __dict__ and __weakref__ pointers), the C3 MRO,
 * __set_name__, __init_subclass__ and __classcell__. */
#include <string.h>

#include "model/dictmodel.h"
#include "model/model.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gc.h"
#include "objects/list.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeimpl.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/vm.h"

#define PTR ((Ssize)sizeof(Obj *))

/* ---- __dict__ and __weakref__ of instances */

static Obj *subtype_get_dict(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj **dp = obj_dict_ptr(I, o);
    if (!dp) return err_attribute(I, o, I->ids.__dict__, "This object has no __dict__");
    if (!*dp && !(*dp = object_new_instance_dict(I, TYPE(o)))) return NULL;
    gc_mark_exposed(*dp);
    TypeObj *t = TYPE(o);
    if (TYPE_HAS(t, TPF_HEAPTYPE) && ((HeapTypeObj *)t)->cached_keys && dict_materialize_instance)
        dict_materialize_instance(I, *dp, &((HeapTypeObj *)t)->cached_keys);
    return NEWREF(*dp);
}

static int subtype_set_dict(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    Obj **dp = obj_dict_ptr(I, o);
    if (!dp) {
        err_attribute(I, o, I->ids.__dict__, "This object has no __dict__");
        return -1;
    }
    if (v && !DICT_CHECK(v)) {
        err_format(I, I->e_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    XINCREF(v);
    SETREF(I, *dp, v);
    return 0;
}

static Obj *subtype_get_weakref(Interp *I, Obj *o, void *c) {
    (void)c;
    Ssize off = TYPE(o)->weaklistoffset;
    if (off == 0) return err_attribute(I, o, I->ids.__weakref__, "This object has no __weakref__");
    Obj *w = *(Obj **)((char *)o + off);
    return NEWREF(w ? w : I->none);
}

const GetSetDef classnew_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
const GetSetDef classnew_weakref_getset[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- the C3 MRO */

static bool mro_error(Interp *I, Obj **heads, Ssize n) {
    StrBuilder b;
    sb_init(&b);
    bool ok =
        sb_add_cstr(I, &b,
                    I->prof->mro_msg_one_line
                        ? "Cannot create a consistent method resolution order (MRO) for bases"
                        : "Cannot create a consistent method resolution\norder (MRO) for bases");
    for (Ssize i = 0; ok && i < n; i++) {
        bool dup = false;
        for (Ssize j = 0; j < i; j++) dup = dup || heads[j] == heads[i];
        if (dup) continue;
        ok = sb_add_cstr(I, &b, i ? ", " : " ") &&
             sb_add_cstr(I, &b, type_name((TypeObj *)heads[i]));
    }
    Obj *msg = ok ? sb_finish(I, &b) : NULL;
    if (!ok) sb_discard(&b);
    if (msg) {
        err_set(I, I->e_TypeError, msg);
        DECREF(I, msg);
    }
    return false;
}

/* Is t in the tail (after position pos) of one of the lists? */
static bool in_tail(Obj *t, Obj **lists, Ssize *pos, Ssize nlists) {
    for (Ssize k = 0; k < nlists; k++) {
        Obj *l = lists[k];
        for (Ssize j = pos[k] + 1; j < TUPLE_LEN(l); j++)
            if (TUPLE_GET(l, j) == t) return true;
    }
    return false;
}

static bool c3_merge(Interp *I, Obj *out, Obj **lists, Ssize nlists) {
    Ssize pos[64] = {0};
    if (nlists > 64) {
        err_string(I, I->e_TypeError, "too many bases");
        return false;
    }
    for (;;) {
        bool empty = true, found = false;
        for (Ssize k = 0; k < nlists && !found; k++) {
            if (pos[k] >= TUPLE_LEN(lists[k])) continue;
            empty = false;
            Obj *cand = TUPLE_GET(lists[k], pos[k]);
            if (in_tail(cand, lists, pos, nlists)) continue;
            if (!list_append(I, out, cand)) return false;
            for (Ssize j = 0; j < nlists; j++)
                if (pos[j] < TUPLE_LEN(lists[j]) && TUPLE_GET(lists[j], pos[j]) == cand) pos[j]++;
            found = true;
        }
        if (empty) return true;
        if (!found) {
            Obj *heads[64];
            Ssize n = 0;
            for (Ssize k = 0; k < nlists; k++)
                if (pos[k] < TUPLE_LEN(lists[k])) heads[n++] = TUPLE_GET(lists[k], pos[k]);
            return mro_error(I, heads, n);
        }
    }
}

Obj *classnew_mro(Interp *I, TypeObj *t) {
    Obj *bases = t->bases;
    Ssize n = TUPLE_LEN(bases);
    for (Ssize i = 0; i < n; i++)
        for (Ssize j = i + 1; j < n; j++)
            if (TUPLE_GET(bases, i) == TUPLE_GET(bases, j))
                return err_format(I, I->e_TypeError, "duplicate base class %s",
                                  type_name((TypeObj *)TUPLE_GET(bases, i)));
    Obj *lists[65];
    for (Ssize i = 0; i < n && i < 64; i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(bases, i);
        if (!b->mro)
            return err_format(I, I->e_TypeError, "Cannot extend an incomplete type '%s'", b->name);
        lists[i] = b->mro;
    }
    lists[n] = bases;
    Obj *out = list_new(I, 0);
    if (!out || !list_append(I, out, OBJ(t)) || !c3_merge(I, out, lists, n + 1)) {
        XDECREF(I, out);
        return NULL;
    }
    Obj *r = list_as_tuple(I, out);
    DECREF(I, out);
    return r;
}

/* A metaclass's own mro() (if it overrides type.mro) decides the MRO. */
static Obj *compute_mro(Interp *I, TypeObj *t) {
    TypeObj *meta = TYPE(t);
    if (meta != I->t_type) {
        Obj *m = type_lookup(I, meta, I->ids.mro);
        Obj *base_m = type_lookup(I, I->t_type, I->ids.mro);
        if (m && m != base_m) {
            Obj *r = obj_call_method(I, OBJ(t), I->ids.mro, NULL, 0);
            if (!r) return NULL;
            Obj *tup = seq_tuple(I, r);
            DECREF(I, r);
            return tup;
        }
    }
    return classnew_mro(I, t);
}

bool classnew_ready(Interp *I, TypeObj *t) {
    Obj *mro = compute_mro(I, t);
    if (!mro) return false;
    SETREF(I, t->mro, mro);
    for (Ssize i = 1; i < TUPLE_LEN(mro); i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(mro, i);
        t->flags |= b->flags & (TPF_INT_SUBCLASS | TPF_TUPLE_SUBCLASS | TPF_BYTES_SUBCLASS |
                                TPF_STR_SUBCLASS | TPF_LIST_SUBCLASS | TPF_DICT_SUBCLASS |
                                TPF_BASE_EXC_SUBCLASS | TPF_TYPE_SUBCLASS);
    }
    slots_fixup(I, t);
    return true;
}

int classnew_set_bases(Interp *I, TypeObj *t, Obj *v) {
    (void)v;
    err_format(I, I->e_TypeError, "__bases__ assignment is not supported by slotscope (%s)",
               t->name);
    return -1;
}

/* ---- metaclass and best base */

static TypeObj *calculate_metaclass(Interp *I, TypeObj *meta, Obj *bases) {
    TypeObj *winner = meta;
    for (Ssize i = 0; i < TUPLE_LEN(bases); i++) {
        TypeObj *tmp = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, tmp)) continue;
        if (type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        err_string(I, I->e_TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                   "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Does t add fields to base (other than a trailing __dict__/__weakref__ of a class)? */
static bool extra_ivars(TypeObj *t, TypeObj *base) {
    Ssize tsize = t->basicsize, bsize = base->basicsize;
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->ob.size > 0) return true; /* adds slots */
    if (t->itemsize || base->itemsize) return tsize != bsize || t->itemsize != base->itemsize;
    if (TYPE_HAS(t, TPF_HEAPTYPE)) {
        if (t->weaklistoffset > 0 && !base->weaklistoffset && t->weaklistoffset + PTR == tsize)
            tsize -= PTR;
        if (t->dictoffset > 0 && !base->dictoffset && t->dictoffset + PTR == tsize) tsize -= PTR;
    }
    return tsize != bsize;
}

static TypeObj *solid_base(Interp *I, TypeObj *t) {
    TypeObj *base = t->base ? solid_base(I, t->base) : I->t_object;
    return extra_ivars(t, base) ? t : base;
}

static TypeObj *best_base(Interp *I, Obj *bases) {
    TypeObj *base = NULL, *winner = NULL;
    for (Ssize i = 0; i < TUPLE_LEN(bases); i++) {
        Obj *b = TUPLE_GET(bases, i);
        if (!TYPE_CHECK(b)) {
            err_string(I, I->e_TypeError, "bases must be types");
            return NULL;
        }
        TypeObj *bt = (TypeObj *)b;
        if (!TYPE_HAS(bt, TPF_BASETYPE)) {
            err_format(I, I->e_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObj *cand = solid_base(I, bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            err_string(I, I->e_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* ---- __slots__ */

typedef struct SlotsInfo {
    Obj *names; /* tuple of the mangled slot names, sorted (NULL: no __slots__) */
    Obj *raw;   /* the __slots__ value as a tuple */
    bool add_dict, add_weak;
} SlotsInfo;

/* _Py_Mangle: __x in class C becomes _C__x. */
static Obj *mangle(Interp *I, Obj *classname, Obj *name) {
    Ssize n = STR_LEN(name);
    if (n < 2 || str_char_at(name, 0) != '_' || str_char_at(name, 1) != '_' ||
        (n >= 4 && str_char_at(name, n - 1) == '_' && str_char_at(name, n - 2) == '_'))
        return NEWREF(name);
    for (Ssize i = 0; i < n; i++)
        if (str_char_at(name, i) == '.') return NEWREF(name);
    Ssize k = 0, cn = STR_LEN(classname);
    while (k < cn && str_char_at(classname, k) == '_') k++;
    if (k == cn) return NEWREF(name);
    Ssize len;
    const char *cs = str_utf8(I, classname, &len);
    if (!cs) return NULL;
    return str_from_format(I, "_%s%U", cs + k, name);
}

/* CPython's __itemsize__ of a base (str has none there, slotscope's str has items). */
static Ssize cpython_itemsize(TypeObj *t) {
    return t->model ? t->model->itemsize : t->itemsize;
}

static bool slots_check_items(Interp *I, Obj *raw, TypeObj *base, SlotsInfo *si) {
    bool may_dict = base->dictoffset == 0;
    bool may_weak = base->weaklistoffset == 0 && cpython_itemsize(base) == 0;
    for (Ssize i = 0; i < TUPLE_LEN(raw); i++) {
        Obj *s = TUPLE_GET(raw, i);
        if (!STR_CHECK(s)) {
            err_format(I, I->e_TypeError, "__slots__ items must be strings, not '%T'", s);
            return false;
        }
        if (!str_is_identifier(s)) {
            err_string(I, I->e_TypeError, "__slots__ must be identifiers");
            return false;
        }
        if (str_eq(s, I->ids.__dict__)) {
            if (!may_dict || si->add_dict) {
                err_string(I, I->e_TypeError, "__dict__ slot disallowed: we already got one");
                return false;
            }
            si->add_dict = true;
        }
        if (str_eq(s, I->ids.__weakref__)) {
            if (!may_weak || si->add_weak) {
                err_string(I, I->e_TypeError,
                           I->prof->weakref_slot_msg_short
                               ? "__weakref__ slot disallowed: we already got one"
                               : "__weakref__ slot disallowed: either we already got one, or "
                                 "__itemsize__ != 0");
                return false;
            }
            si->add_weak = true;
        }
    }
    return true;
}

/* The mangled names other than __dict__/__weakref__, checked against the namespace, sorted. */
static bool slots_copy(Interp *I, Obj *raw, Obj *name, Obj *ns, SlotsInfo *si) {
    Obj *l = list_new(I, 0);
    if (!l) return false;
    for (Ssize i = 0; i < TUPLE_LEN(raw); i++) {
        Obj *s = TUPLE_GET(raw, i);
        if (str_eq(s, I->ids.__dict__) || str_eq(s, I->ids.__weakref__)) continue;
        Obj *m = mangle(I, name, s);
        if (!m) goto fail;
        m = str_intern(I, m);
        int has = dict_contains(I, ns, m);
        if (has > 0 && !str_eq(m, I->ids.__qualname__) && !str_eq(m, I->ids.__classcell__) &&
            !I->prof->slots_shadowed_by_class_vars) {
            DECREF(I, m);
            err_format(I, I->e_ValueError, "%R in __slots__ conflicts with class variable", s);
            goto fail;
        }
        bool ok = has >= 0 && list_append(I, l, m);
        DECREF(I, m);
        if (!ok) goto fail;
    }
    if (!list_sort(I, l, NULL, false)) goto fail;
    si->names = list_as_tuple(I, l);
    DECREF(I, l);
    return si->names != NULL;
fail:
    DECREF(I, l);
    return false;
}

/* Secondary bases may provide a __dict__ or __weakref__ the best base lacks. */
static void slots_secondary(Obj *bases, TypeObj *base, SlotsInfo *si) {
    bool may_dict = base->dictoffset == 0;
    bool may_weak = base->weaklistoffset == 0 && cpython_itemsize(base) == 0;
    for (Ssize i = 0; TUPLE_LEN(bases) > 1 && i < TUPLE_LEN(bases); i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(bases, i);
        if (b == base) continue;
        if (may_dict && !si->add_dict && b->dictoffset) si->add_dict = true;
        if (may_weak && !si->add_weak && b->weaklistoffset) si->add_weak = true;
    }
}

static bool slots_process(Interp *I, Obj *ns, Obj *name, TypeObj *base, SlotsInfo *si) {
    memset(si, 0, sizeof *si);
    Obj *slots = dict_get_str(I, ns, I->ids.__slots__);
    if (!slots) {
        if (err_occurred(I)) return false;
        si->add_dict = base->dictoffset == 0;
        si->add_weak = base->weaklistoffset == 0 && cpython_itemsize(base) == 0;
        return true;
    }
    si->raw = STR_CHECK(slots) ? tuple_pack(I, 1, slots) : seq_tuple(I, slots);
    if (!si->raw) return false;
    if (TUPLE_LEN(si->raw) > 0 && cpython_itemsize(base)) {
        err_format(I, I->e_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->name);
        return false;
    }
    return slots_check_items(I, si->raw, base, si) && slots_copy(I, si->raw, name, ns, si);
}

/* ---- the namespace */

static bool ns_wrap(Interp *I, Obj *dict, Obj *key, Obj *(*wrap)(Interp *, Obj *)) {
    Obj *f = dict_get_str(I, dict, key);
    if (!f || TYPE(f) != I->t_function) return !err_occurred(I);
    Obj *w = wrap(I, f);
    bool ok = w && dict_set(I, dict, key, w);
    XDECREF(I, w);
    return ok;
}

/* __module__, __qualname__, __doc__, __hash__, and the automatic static/class methods. */
static bool ns_prepare(Interp *I, TypeObj *t, Obj *dict) {
    if (!dict_get_str(I, dict, I->ids.__module__)) {
        Obj *g = vm_current_globals(I);
        Obj *mod = g ? dict_get_str(I, g, I->ids.__name__) : NULL;
        if (mod && !dict_set(I, dict, I->ids.__module__, mod)) return false;
    }
    Obj *qn = dict_get_str(I, dict, I->ids.__qualname__);
    if (qn) {
        if (!STR_CHECK(qn)) {
            err_format(I, I->e_TypeError, "type __qualname__ must be a str, not %s",
                       TYPE(qn)->name);
            return false;
        }
        t->ht_qualname = NEWREF(qn);
        if (dict_del(I, dict, I->ids.__qualname__) < 0) return false;
    } else {
        t->ht_qualname = NEWREF(t->ht_name);
    }
    return ns_wrap(I, dict, I->ids.__new__, staticmethod_new) &&
           ns_wrap(I, dict, I->ids.__init_subclass__, classmethod_new) &&
           ns_wrap(I, dict, I->ids.__class_getitem__, classmethod_new);
}

/* After the descriptors, as CPython orders the class dict: __doc__, then __hash__ = None for
 * a class that defines __eq__ only. */
static bool ns_finish(Interp *I, Obj *dict) {
    if (!dict_get_str(I, dict, I->ids.__doc__) && !dict_set(I, dict, I->ids.__doc__, I->none))
        return false;
    if (dict_get_str(I, dict, I->ids.__eq__) && !dict_get_str(I, dict, I->ids.__hash__) &&
        !dict_set(I, dict, I->ids.__hash__, I->none))
        return false;
    return true;
}

/* ---- layout */

static bool add_getset(Interp *I, TypeObj *t, const GetSetDef *g) {
    if (dict_get_cstr(I, t->dict, g->name)) return true;
    Obj *d = getset_descr_new(I, t, g);
    bool ok = d && dict_set_cstr(I, t->dict, g->name, d);
    XDECREF(I, d);
    return ok;
}

/* The offset of the next field: after the base's fields, or (a variable-size base) further
 * into the prefix in front of the object. */
static Ssize next_field(TypeObj *t, TypeObj *base, Ssize *off) {
    if (!base->itemsize) {
        Ssize r = *off;
        *off += PTR;
        return r;
    }
    TYPE_PREFIX(t) += PTR;
    return -(GC_HEAD_SIZE + TYPE_PREFIX(t));
}

/* Slots inline after the base's fields, then the dict and weakref pointers. */
static bool layout(Interp *I, TypeObj *t, TypeObj *base, SlotsInfo *si) {
    Ssize off = base->basicsize;
    TYPE_PREFIX(t) = TYPE_PREFIX(base);
    MemberDef *m = ((HeapTypeObj *)t)->members;
    Ssize n = si->names ? TUPLE_LEN(si->names) : 0;
    for (Ssize i = 0; i < n; i++) {
        Obj *s = TUPLE_GET(si->names, i);
        m[i].name = str_utf8(I, s, NULL);
        m[i].kind = MEMBER_OBJECT_EX;
        m[i].offset = next_field(t, base, &off);
        if (I->prof->slots_shadowed_by_class_vars && dict_get_str(I, t->dict, s)) continue;
        Obj *d = member_descr_new(I, t, &m[i]);
        bool ok = d && dict_set(I, t->dict, s, d);
        XDECREF(I, d);
        if (!ok) return false;
    }
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    if (si->add_dict) {
        t->dictoffset = next_field(t, base, &off);
        if (!add_getset(I, t, classnew_dict_getset)) return false;
    }
    if (si->add_weak) {
        t->weaklistoffset = next_field(t, base, &off);
        if (!add_getset(I, t, classnew_weakref_getset)) return false;
    }
    t->basicsize = off;
    t->itemsize = base->itemsize;
    return true;
}

/* What CPython X.Y would make of this class (model/layout.c), for __basicsize__ & co. */
static void set_model(Interp *I, TypeObj *t, TypeObj *base, SlotsInfo *si) {
    if (!base->model) return;
    ModelType *mt = mem_calloc(I, 1, sizeof *mt);
    if (!mt) {
        err_clear(I);
        return;
    }
    ModelClassSpec spec = {base->model, si->names ? TUPLE_LEN(si->names) : 0, si->raw != NULL,
                           si->add_dict, si->add_weak};
    model_type_heap(I->prof, mt, &spec);
    t->model = mt;
}

/* ---- after creation: __set_name__, __init_subclass__ */

static bool set_names(Interp *I, TypeObj *t) {
    Obj *items = dict_items_list(I, t->dict);
    if (!items) return false;
    bool ok = true;
    for (Ssize i = 0; ok && i < LIST_LEN(items); i++) {
        Obj *key = TUPLE_GET(LIST_GET(items, i), 0), *val = TUPLE_GET(LIST_GET(items, i), 1);
        Obj *f = type_lookup(I, TYPE(val), I->ids.__set_name__);
        if (!f) continue;
        Obj *args[2] = {OBJ(t), key};
        Obj *r = obj_call_method(I, val, I->ids.__set_name__, args, 2);
        if (r) {
            DECREF(I, r);
            continue;
        }
        ok = false;
        Obj *msg = str_from_format(I, "Error calling __set_name__ on '%s' instance %R in '%s'",
                                   TYPE(val)->name, key, t->name);
        if (!msg) break;
        if (I->prof->set_name_error_note) {
            Obj *exc = err_fetch(I);
            Obj *r2 = obj_call_method(I, exc, str_intern_cstr(I, "add_note"), &msg, 1);
            XDECREF(I, r2);
            err_clear(I);
            err_restore(I, exc);
        } else {
            Obj *cause = err_fetch(I);
            err_set(I, I->e_RuntimeError, msg);
            Obj *exc = err_fetch(I);
            exc_set_cause(I, exc, cause);
            err_restore(I, exc);
        }
        DECREF(I, msg);
    }
    DECREF(I, items);
    return ok;
}

/* super(t, t).__init_subclass__(**kwds) */
static bool init_subclass(Interp *I, TypeObj *t, Obj *kwds) {
    Obj *mro = t->mro;
    for (Ssize i = 1; i < TUPLE_LEN(mro); i++) {
        TypeObj *b = (TypeObj *)TUPLE_GET(mro, i);
        Obj *f = dict_get_str(I, b->dict, I->ids.__init_subclass__);
        if (!f) continue;
        DescrGetFn g = TYPE(f)->descr_get;
        Obj *bound = g ? g(I, f, NULL, OBJ(t)) : NEWREF(f);
        if (!bound) return false;
        Obj *r = obj_call_tuple_dict(I, bound, NULL, kwds);
        DECREF(I, bound);
        XDECREF(I, r);
        return r != NULL;
    }
    return true;
}

/* ---- type_new */

static TypeObj *alloc_class(Interp *I, TypeObj *meta, Obj *name, SlotsInfo *si) {
    Ssize nslots = si->names ? TUPLE_LEN(si->names) : 0;
    TypeObj *t = (TypeObj *)obj_alloc(I, meta, nslots + 1);
    if (!t) return NULL;
    t->ob.size = nslots;
    t->flags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_HAVE_GC;
    t->ht_name = NEWREF(name);
    t->name = str_utf8(I, name, NULL);
    t->ht_slots = si->names ? NEWREF(si->names) : NULL;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    return t;
}

static bool check_name(Interp *I, Obj *name) {
    Ssize n;
    const char *s = str_utf8(I, name, &n);
    if (!s) return false;
    if ((Ssize)strlen(s) != n) {
        err_string(I, I->e_ValueError, "type name must not contain null characters");
        return false;
    }
    return true;
}

static Obj *finish_class(Interp *I, TypeObj *t, Obj *kwds) {
    Obj *cell = dict_get_str(I, t->dict, I->ids.__classcell__);
    if (cell) {
        if (TYPE(cell) != I->t_cell) {
            err_format(I, I->e_TypeError, "__classcell__ must be a nonlocal cell, not %T", cell);
            goto fail;
        }
        cell_set(I, cell, OBJ(t));
        if (dict_del(I, t->dict, I->ids.__classcell__) < 0) goto fail;
    }
    type_modified(I, t);
    if (!set_names(I, t) || !init_subclass(I, t, kwds)) goto fail;
    gc_track(I, OBJ(t));
    return OBJ(t);
fail:
    gc_track(I, OBJ(t));
    DECREF(I, t);
    return NULL;
}

Obj *type_new_class(Interp *I, TypeObj *meta, Obj *name, Obj *bases, Obj *ns, Obj *kwds) {
    if (!check_name(I, name)) return NULL;
    Obj *own_bases = TUPLE_LEN(bases) == 0 ? tuple_pack(I, 1, I->t_object) : NEWREF(bases);
    if (!own_bases) return NULL;
    TypeObj *winner = calculate_metaclass(I, meta, own_bases);
    if (winner && winner != meta && winner->new_ != I->t_type->new_) {
        /* a more derived metaclass with its own __new__ makes the class */
        Obj *args[3] = {name, own_bases, ns};
        DECREF(I, own_bases);
        return winner->new_(I, winner, args, 3, NULL);
    }
    TypeObj *base = winner ? best_base(I, own_bases) : NULL;
    SlotsInfo si;
    memset(&si, 0, sizeof si);
    TypeObj *t = NULL;
    if (!base || !slots_process(I, ns, name, base, &si)) goto fail;
    slots_secondary(own_bases, base, &si);
    if (!(t = alloc_class(I, winner, name, &si))) goto fail;
    t->bases = own_bases;
    own_bases = NULL;
    t->base = (TypeObj *)NEWREF(base);
    if (!(t->dict = dict_copy(I, ns)) || !ns_prepare(I, t, t->dict)) goto fail;
    if (!layout(I, t, base, &si) || !ns_finish(I, t->dict)) goto fail;
    set_model(I, t, base, &si);
    if (t->dictoffset) ((HeapTypeObj *)t)->cached_keys = model_class_keys_new(I->prof);
    if (!type_ready(I, t)) goto fail;
    XDECREF(I, si.raw);
    XDECREF(I, si.names);
    return finish_class(I, t, kwds);
fail:
    XDECREF(I, si.raw);
    XDECREF(I, si.names);
    XDECREF(I, own_bases);
    XDECREF(I, t);
    return NULL;
}
