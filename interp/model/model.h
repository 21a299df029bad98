/* model.h: what CPython X.Y would allocate, computed from its layout and allocation rules.
 * The object layer tells the model the facts (a class's slots and bases, a str's length and
 * widest character, a list's allocated count, a dict's operations); sys.getsizeof,
 * __basicsize__, tracemalloc and :mem ask it. The model depends on nothing but the profile. */
#ifndef SLOTSCOPE_MODEL_H
#define SLOTSCOPE_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/profile.h"

typedef ptrdiff_t MSize;

/* The builtin layouts the model knows. */
typedef enum {
    MB_OBJECT, MB_INT, MB_BOOL, MB_FLOAT, MB_STR, MB_BYTES, MB_TUPLE, MB_LIST, MB_DICT,
    MB_SET, MB_FROZENSET, MB_RANGE, MB_NONE, MB_FUNCTION, MB_TYPE, MB_EXCEPTION, MB_SLICE,
    MB_COUNT
} ModelBuiltin;

/* A type as CPython X.Y lays out its instances. */
typedef struct ModelType {
    MSize basicsize, itemsize;   /* __basicsize__, __itemsize__ */
    MSize dictoffset;            /* __dictoffset__ (negative: from the end / managed) */
    MSize weaklistoffset;        /* __weakrefoffset__ */
    bool gc;                     /* instances carry a PyGC_Head (Py_TPFLAGS_HAVE_GC) */
    bool has_dict;               /* instances have a __dict__ (in any form) */
    bool has_weakref;            /* instances can be weakly referenced */
    bool managed_dict;           /* 3.11+: the dict/values pointer lives before the object */
    bool managed_weakref;        /* 3.12+: the weakref pointer lives before the object */
    bool inline_values;          /* 3.13: attribute values stored inside the object */
    bool heap;                   /* a class made by `class` or type() */
    ModelBuiltin builtin;        /* the builtin layout at the bottom of the chain */
    MSize nslots;                /* slot members this class adds (repeats count) */
    MSize slot_offset;           /* offset of this class's first slot member */
} ModelType;

/* Which base contributed what: the inputs of CPython's type_new for one class. */
typedef struct ModelClassSpec {
    const ModelType *base;       /* the solid ("best") base's layout */
    MSize nslots;                /* names in __slots__ other than __dict__/__weakref__ */
    bool has_slots;              /* the class body defines __slots__ */
    bool add_dict;               /* type_new decided to add a __dict__ */
    bool add_weak;               /* type_new decided to add __weakref__ */
} ModelClassSpec;

void model_type_builtin(const Profile *p, ModelType *mt, ModelBuiltin which);
void model_type_heap(const Profile *p, ModelType *mt, const ModelClassSpec *spec);

/* The size of the GC header for this version (0 if the type is not GC). */
MSize model_gc_header(const Profile *p, const ModelType *mt);
/* Bytes placed before the object: the GC header plus, from 3.11, the managed dict/values and
 * (3.12+) weakref pointers. sys.getsizeof adds this to __sizeof__(). */
MSize model_preheader(const Profile *p, const ModelType *mt);
/* object.__sizeof__ for an instance with n items (itemsize types) */
MSize model_object_sizeof(const ModelType *mt, MSize nitems);

/* __sizeof__ of the builtin objects, from their facts */
/* ndigits30: the number of 30-bit digits of |v| (0 for 0); fits_long: 2.7 keeps such values
 * in a fixed-size int, bigger ones in a long */
MSize model_int_sizeof(const Profile *p, MSize ndigits30, bool fits_long);
/* utf8_cached: bytes of a cached UTF-8 copy (0 if none); legacy: a str subclass instance,
 * whose characters live in a separate block (PyUnicodeObject, not compact) */
MSize model_str_sizeof(const Profile *p, MSize length, uint32_t maxchar, MSize utf8_cached,
                       bool legacy);
MSize model_bytes_sizeof(const Profile *p, MSize length);
MSize model_tuple_sizeof(const Profile *p, MSize length);
MSize model_list_sizeof(const Profile *p, MSize allocated);
MSize model_set_sizeof(const Profile *p, MSize table_size);
/* The heap-type object itself: sys.getsizeof(SomeClass) before the GC header. */
MSize model_heaptype_sizeof(const Profile *p, MSize cached_keys_bytes, MSize nslots);

/* list growth: the allocated count after list_resize(newsize) of a list of `size` items
 * with `allocated` slots (Objects/listobject.c of the version). */
MSize model_list_resize(const Profile *p, MSize allocated, MSize size, MSize newsize);

#endif
