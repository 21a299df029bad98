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
    bool int_min_one_digit;    /* 3.11+: int.__sizeof__ counts at least one digit */
    bool int_is_fixed;         /* 2.7: int is a C long (24 bytes); long is separate */
    bool str_is_bytes;         /* 2.7: str is a byte string (PyStringObject) */
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
} ModelNumbers;

const ModelNumbers *model_numbers(const Profile *p);

#endif
