/* object.h: the value representation. Every Python value is an Obj *, reference counted; its
 * behaviour comes from its TypeObj's slots, in the manner of CPython's Include/object.h. */
#ifndef SLOTSCOPE_OBJECT_H
#define SLOTSCOPE_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef ptrdiff_t Ssize; /* sizes and indices, signed as Py_ssize_t */
typedef int64_t Hash;    /* hash values; -1 means "error set" as in CPython */

typedef struct Interp Interp;
typedef struct TypeObj TypeObj;

typedef struct Obj {
    Ssize refcnt;
    TypeObj *type;
} Obj;

/* Objects with a variable number of items (int digits, tuple items, type slots...). */
typedef struct VarObj {
    Obj ob;
    Ssize size;
} VarObj;

#define OBJ(o) ((Obj *)(o))
#define TYPE(o) (OBJ(o)->type)
#define VSIZE(o) (((VarObj *)(o))->size)

/* ---- Reference counting. DECREF needs the interpreter because a free can run code (__del__,
 * weakref callbacks) and is reported to the memory model. */
void obj_dealloc(Interp *I, Obj *o); /* refcnt reached 0: call type->dealloc */

static inline void obj_incref(Obj *o) { o->refcnt++; }
static inline void obj_decref(Interp *I, Obj *o) {
    if (--o->refcnt == 0) obj_dealloc(I, o);
}
#define INCREF(o) obj_incref(OBJ(o))
#define DECREF(I, o) obj_decref((I), OBJ(o))
#define XINCREF(o) do { Obj *x_ = OBJ(o); if (x_) obj_incref(x_); } while (0)
#define XDECREF(I, o) do { Obj *x_ = OBJ(o); if (x_) obj_decref((I), x_); } while (0)
/* Set an lvalue to NULL, then drop the reference it held (safe when the free re-enters). */
#define CLEAR(I, lv) do { Obj *t_ = OBJ(lv); if (t_) { (lv) = NULL; obj_decref((I), t_); } } while (0)
/* Replace an owned reference: the new one is stolen, the old one dropped after assignment. */
#define SETREF(I, lv, nv) do { Obj *t_ = OBJ(lv); (lv) = (nv); XDECREF((I), t_); } while (0)
/* Return a new reference. */
static inline Obj *obj_newref(Obj *o) { o->refcnt++; return o; }
#define NEWREF(o) obj_newref(OBJ(o))

/* ---- Slot signatures. Fallible functions return NULL / -1 with an exception set on I
 * (errors.h). Calls use the vectorcall convention: args[0..nargs) positional, then
 * len(kwnames) keyword values; kwnames is a tuple of str or NULL. */
typedef void (*DeallocFn)(Interp *I, Obj *o);
typedef Obj *(*UnaryFn)(Interp *I, Obj *o);
typedef Obj *(*BinaryFn)(Interp *I, Obj *a, Obj *b);
typedef Obj *(*TernaryFn)(Interp *I, Obj *a, Obj *b, Obj *c);
typedef int (*InquiryFn)(Interp *I, Obj *o);              /* nb_bool: 1/0, -1 error */
typedef Ssize (*LenFn)(Interp *I, Obj *o);                /* -1 error */
typedef Obj *(*SsizeArgFn)(Interp *I, Obj *o, Ssize i);   /* sq_item, sq_repeat */
typedef int (*ObjObjFn)(Interp *I, Obj *o, Obj *k);       /* sq_contains: 1/0/-1 */
typedef int (*ObjObjArgFn)(Interp *I, Obj *o, Obj *k, Obj *v); /* v NULL: delete. 0/-1 */
typedef Hash (*HashFn)(Interp *I, Obj *o);
typedef Obj *(*RichCmpFn)(Interp *I, Obj *a, Obj *b, int op); /* may return NotImplemented */
typedef Obj *(*GetAttrFn)(Interp *I, Obj *o, Obj *name);  /* name is a str */
typedef int (*SetAttrFn)(Interp *I, Obj *o, Obj *name, Obj *v); /* v NULL: delete */
typedef Obj *(*DescrGetFn)(Interp *I, Obj *descr, Obj *obj, Obj *type); /* obj may be NULL */
typedef int (*DescrSetFn)(Interp *I, Obj *descr, Obj *obj, Obj *v);     /* v NULL: delete */
typedef Obj *(*CallFn)(Interp *I, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
typedef Obj *(*NewFn)(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
typedef int (*InitFn)(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
typedef int (*VisitFn)(Obj *o, void *arg);
typedef int (*TraverseFn)(Obj *o, VisitFn visit, void *arg);
typedef void (*FinalizeFn)(Interp *I, Obj *o);            /* __del__; must not leave an error */

#define VISIT(o) do { Obj *v_ = OBJ(o); if (v_) { int r_ = visit(v_, arg); if (r_) return r_; } } while (0)

/* Rich comparison operators (CPython's order). */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* ---- Tables a C type declares; type_ready() turns them into descriptors in the type's dict. */
typedef Obj *(*CFunction)(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
enum {
    METH_FASTCALL = 0,   /* the function checks its own arguments (use args.h) */
    METH_NOARGS = 1,     /* the caller checks: no arguments at all */
    METH_O = 2,          /* the caller checks: exactly one positional argument */
    METH_KEYWORDS = 4,   /* with FASTCALL: keyword arguments are accepted (else refused) */
    METH_CLASS = 8,      /* self is the type (classmethod) */
    METH_STATIC = 16,    /* self is NULL (staticmethod) */
};
typedef struct MethodDef {
    const char *name;
    CFunction fn;
    int flags;
    const char *doc;
} MethodDef;

/* A field at a fixed offset inside the instance: member descriptors (__slots__ and C fields). */
enum { MEMBER_OBJECT, MEMBER_OBJECT_EX /* unset: AttributeError, as slots */, MEMBER_SSIZE, MEMBER_INT, MEMBER_BOOL };
typedef struct MemberDef {
    const char *name;
    int kind;
    Ssize offset;
    bool readonly;
    const char *doc;
} MemberDef;

typedef Obj *(*GetterFn)(Interp *I, Obj *o, void *closure);
typedef int (*SetterFn)(Interp *I, Obj *o, Obj *v, void *closure); /* v NULL: delete */
typedef struct GetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set;
    const char *doc;
    void *closure;
} GetSetDef;

/* ---- Type flags. The *_SUBCLASS flags are inherited, so a check is one test of a bit. */
enum {
    TPF_HEAPTYPE = 1u << 0,          /* created by a class statement or type() */
    TPF_BASETYPE = 1u << 1,          /* may be subclassed */
    TPF_HAVE_GC = 1u << 2,           /* instances carry a GC header and are traversed */
    TPF_READY = 1u << 3,
    TPF_READYING = 1u << 4,
    TPF_IMMUTABLETYPE = 1u << 5,     /* attributes of the type itself cannot be set */
    TPF_ABSTRACT = 1u << 6,
    TPF_DISALLOW_INSTANTIATION = 1u << 7,
    TPF_METHOD_DESCRIPTOR = 1u << 8, /* functions: LOAD_METHOD may skip the bound method */
    TPF_INT_SUBCLASS = 1u << 16,
    TPF_TUPLE_SUBCLASS = 1u << 17,
    TPF_BYTES_SUBCLASS = 1u << 18,
    TPF_STR_SUBCLASS = 1u << 19,
    TPF_LIST_SUBCLASS = 1u << 20,
    TPF_DICT_SUBCLASS = 1u << 21,
    TPF_BASE_EXC_SUBCLASS = 1u << 22,
    TPF_TYPE_SUBCLASS = 1u << 23,
};
#define TYPE_HAS(t, f) (((t)->flags & (f)) != 0)
#define INT_CHECK(o) TYPE_HAS(TYPE(o), TPF_INT_SUBCLASS)
#define TUPLE_CHECK(o) TYPE_HAS(TYPE(o), TPF_TUPLE_SUBCLASS)
#define BYTES_CHECK(o) TYPE_HAS(TYPE(o), TPF_BYTES_SUBCLASS)
#define STR_CHECK(o) TYPE_HAS(TYPE(o), TPF_STR_SUBCLASS)
#define LIST_CHECK(o) TYPE_HAS(TYPE(o), TPF_LIST_SUBCLASS)
#define DICT_CHECK(o) TYPE_HAS(TYPE(o), TPF_DICT_SUBCLASS)
#define EXC_CHECK(o) TYPE_HAS(TYPE(o), TPF_BASE_EXC_SUBCLASS)
#define TYPE_CHECK(o) TYPE_HAS(TYPE(o), TPF_TYPE_SUBCLASS)

/* ---- Type objects. A builtin type is described by a const template (a TypeObj with no
 * object header state) in its own file; each interpreter makes its own copy at start-up, so
 * there is no global mutable state. basicsize/itemsize/dictoffset/weaklistoffset describe
 * slotscope's REAL layout; the CPython figures shown to the user come from model/. */
struct TypeObj {
    VarObj ob;            /* ob.size: number of __slots__ members of a heap type */
    const char *name;     /* tp_name: "int", "module.Class" for C types in modules */
    Ssize basicsize, itemsize;
    uint32_t flags;
    const char *doc;

    DeallocFn dealloc;
    UnaryFn repr, str;
    HashFn hash;          /* NULL: inherited; a type with __hash__ = None gets hash_not_implemented */
    RichCmpFn richcompare;
    GetAttrFn getattro;
    SetAttrFn setattro;
    CallFn call;
    UnaryFn iter, iternext; /* iternext returns NULL without an error at exhaustion */
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;
    TraverseFn traverse;
    InquiryFn clear;
    FinalizeFn finalize;

    /* number protocol */
    BinaryFn nb_add, nb_sub, nb_mul, nb_matmul, nb_truediv, nb_floordiv, nb_mod, nb_divmod;
    BinaryFn nb_lshift, nb_rshift, nb_and, nb_or, nb_xor;
    TernaryFn nb_pow;
    BinaryFn nb_iadd, nb_isub, nb_imul, nb_imatmul, nb_itruediv, nb_ifloordiv, nb_imod;
    BinaryFn nb_ilshift, nb_irshift, nb_iand, nb_ior, nb_ixor;
    TernaryFn nb_ipow;
    UnaryFn nb_neg, nb_pos, nb_abs, nb_invert, nb_int, nb_float, nb_index;
    InquiryFn nb_bool;

    /* sequence / mapping protocol */
    LenFn len;                  /* sq_length and mp_length in one */
    BinaryFn mp_subscript;      /* o[k] */
    ObjObjArgFn mp_ass_subscript;
    SsizeArgFn sq_item;         /* optional fast path for o[i] with a C index */
    ObjObjFn sq_contains;
    BinaryFn sq_concat, sq_inplace_concat;
    SsizeArgFn sq_repeat, sq_inplace_repeat;

    /* tables turned into the type's dict by type_ready */
    const MethodDef *methods;
    const MemberDef *members;
    const GetSetDef *getset;

    /* class machinery */
    TypeObj *base;              /* tp_base: the solid base chain */
    Obj *bases;                 /* tuple of types */
    Obj *mro;                   /* tuple of types */
    Obj *dict;                  /* the namespace: a dict */
    Obj *subclasses;            /* dict id -> weakref, or NULL */
    Ssize dictoffset;           /* offset of the instance dict pointer, 0 = none */
    Ssize weaklistoffset;       /* offset of the weakref list pointer, 0 = none */
    Obj *ht_name, *ht_qualname, *ht_slots, *ht_module; /* heap types */
    uint32_t version_tag;       /* bumped on any change: inline caches check it */
    struct ModelType *model;    /* what model/ knows of this type's CPython layout */
};

/* ---- Allocation. obj_alloc returns a zeroed object of `type` with refcnt 1 and room for
 * nitems items; GC types get a GC header in front (not yet tracked: call gc_track when the
 * object is fully initialised). Heap types are INCREF'd by their instances. */
Obj *obj_alloc(Interp *I, TypeObj *type, Ssize nitems);
void obj_free(Interp *I, Obj *o);       /* release the memory of obj_alloc (no DECREFs) */
void gc_track(Interp *I, Obj *o);
void gc_untrack(Interp *I, Obj *o);
bool gc_is_tracked(Obj *o);
/* Raw memory for object internals (item arrays, tables); never NULL without MemoryError set. */
void *mem_alloc(Interp *I, size_t n);
void *mem_calloc(Interp *I, size_t count, size_t n);
void *mem_realloc(Interp *I, void *p, size_t n);
void mem_free(void *p);

#endif
