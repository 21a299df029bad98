/* numbers.h: the sizes of CPython X.Y's structs that the model's rules are built on (x86_64,
 * 64-bit builds; read from each version's Include/ headers and checked with sys.getsizeof and
 * __basicsize__ on the builds FACTS.md was measured on). */
#ifndef SLOTSCOPE_MODEL_NUMBERS_H
#define SLOTSCOPE_MODEL_NUMBERS_H

#include "model/model.h"

typedef enum { LAYOUT_27, LAYOUT_36, LAYOUT_311, LAYOUT_312 } LayoutRule;

typedef struct ModelNumbers {
    LayoutRule layout;         /* which type_new arithmetic (see layout.c) */
    MSize gc_head;             /* sizeof(PyGC_Head): 32 up to 3.7 (long double alignment), 16 after */
    bool heap_types_always_gc; /* 3.8+: every heap type is GC; before: only if it adds fields */
    bool heap_gc_unless_bare;  /* 2.7: GC unless instances are a bare 16-byte PyObject */
    bool int_min_one_digit;    /* 3.11+: int.__sizeof__ counts at least one digit */
    MSize int_medium_alloc;    /* 3.11+: a one-digit int is allocated as sizeof(PyLongObject), 32 (_PyLong_FromMedium) */
    bool int_is_fixed;         /* 2.7: int is a C long (24 bytes); long is separate */
    bool str_is_bytes;         /* 2.7: str is a byte string (PyStringObject) */
    bool no_tracemalloc;       /* 2.7: the module does not exist */
    bool inline_values;        /* 3.13: managed-dict classes without slots keep values inline */
    bool list_growth_39;       /* 3.9+: list_resize rounds to a multiple of 4 (bpo-38373) */
    MSize str_ascii_head;      /* sizeof(PyASCIIObject) */
    MSize str_compact_head;    /* sizeof(PyCompactUnicodeObject) */
    MSize bytes_head;          /* PyBytesObject up to ob_sval (+1 for the NUL is in the item) */
    MSize function_size;       /* sizeof(PyFunctionObject) */
    MSize function_dictoffset; /* offsetof(PyFunctionObject, func_dict) */
    MSize heaptype_size;       /* sizeof(PyHeapTypeObject) */
    bool type_sizeof_members;  /* 2.7: sizeof(class) includes its PyMemberDef items */
    MSize exception_size;      /* sizeof(PyBaseExceptionObject) */
    MSize dict_size;           /* sizeof(PyDictObject) (2.7 includes the 8-entry smalltable) */
    MSize set_size;            /* sizeof(PySetObject) (includes the 8-entry smalltable) */
    MSize range_iter_size;     /* sizeof(rangeiterobject): 48, 40 from 3.12 (index dropped) */

    /* dicts (Objects/dictobject.c) */
    bool dict_compact;         /* 3.6+: index table over an entries array */
    bool dict_growth_36;       /* 3.6: GROWTH_RATE = used*2 + size/2 (3.7+: used*3) */
    bool dict_new_allocates;   /* 3.6/3.7: PyDict_New allocates an 8-slot table */
    bool dict_call_allocates;  /* 3.8/3.9: dict() (dict_new) allocates an 8-slot table */
    bool dict_bit_keysize;     /* 3.10+: calculate_keysize rounds (n | 8) - 1 up by bit length */
    bool dict_copy_clone;      /* 3.8+: copy() clones a dense combined table as it is */
    bool dict_merge_clone;     /* 3.10+: merging into an empty dict clones a clean table */
    bool dict_unicode_entries; /* 3.11+: str-only tables have 16-byte entries */
    MSize dict_keys_head;      /* sizeof(PyDictKeysObject) before the indices: 40, 32 (3.11+) */
    MSize shared_keys_log2;    /* a class's shared keys start at 1 << this many slots */
    MSize shared_keys_usable;  /* ... with this many usable (3.11+: SHARED_KEYS_MAX_SIZE 30) */
    /* how many blocks each object freelist holds when a program starts (after CPython's
     * start-up and `import tracemalloc`, measured with tracemalloc on each build), in
     * ledger.h's ModelFreelist order: float, list, dict, dict keys, tuples of 1..19 items;
     * all zero: full (versions never measured) */
    int16_t freelist_start[4 + 19];
    bool values_only_inline;   /* 3.13: only classes with inline values shrink the key budget per instance */
} ModelNumbers;

const ModelNumbers *model_numbers(const Profile *p);

#endif
