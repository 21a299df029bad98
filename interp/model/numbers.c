/* numbers.c: per-version struct sizes (see numbers.h). One row per version, const data. */
#include "model/numbers.h"

#include <string.h>

/* A row states the 3.x defaults, then what its version changed: later designators win. */
#pragma GCC diagnostic ignored "-Woverride-init"

/* Fields every 3.x row shares; a row overrides what its version changed. */
#define PY3_COMMON                                                                            \
    .str_ascii_head = 48, .str_compact_head = 72, .bytes_head = 33, .dict_size = 48,         \
    .set_size = 200, .exception_size = 64, .dict_compact = true, .dict_keys_head = 40,  \
    .shared_keys_log2 = 3, .shared_keys_usable = 5, .range_iter_size = 48

static const struct {
    const char *version;
    ModelNumbers n;
} rows[] = {
    /* 2.7: PyGC_Head is a union padded by a long double (32 bytes); str is a byte string; int is
     * a C long; PyDictObject holds an 8-entry smalltable (248 bytes). */
    {"2.7", {.layout = LAYOUT_27, .gc_head = 32, .int_is_fixed = true, .str_is_bytes = true,
             .no_tracemalloc = true, .heap_gc_unless_bare = true,
             .bytes_head = 37, .function_size = 88, .function_dictoffset = 64,
             .heaptype_size = 872, .type_sizeof_members = true, .exception_size = 40,
             .dict_size = 248, .set_size = 200}},
    {"3.6", {PY3_COMMON, .layout = LAYOUT_36, .gc_head = 32, .dict_growth_36 = true,
             .dict_new_allocates = true, .function_size = 112,
             .function_dictoffset = 72, .heaptype_size = 864}},
    {"3.7", {PY3_COMMON, .layout = LAYOUT_36, .gc_head = 32, .dict_new_allocates = true,
             .dict_copy_clone = true,
             .function_size = 112,
             .function_dictoffset = 72, .heaptype_size = 864}},
    /* 3.8: PyGC_Head shrinks to two words (bpo-33597); every heap type is GC. */
    {"3.8", {PY3_COMMON, .freelist_start = {4, 13, 5, 0, 7, 14, 4, 5, 3, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1},
              .layout = LAYOUT_36, .gc_head = 16, .heap_types_always_gc = true,
             .dict_call_allocates = true, .dict_copy_clone = true,
             .function_size = 120, .function_dictoffset = 72, .heaptype_size = 880}},
    /* 3.9: list_resize rounds the allocation to a multiple of 4 (bpo-38373). */
    {"3.9", {PY3_COMMON, .freelist_start = {4, 12, 9, 6, 4, 16, 3, 5, 3, 2, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1},
              .layout = LAYOUT_36, .gc_head = 16, .heap_types_always_gc = true,
             .dict_call_allocates = true, .dict_copy_clone = true,
             .list_growth_39 = true, .function_size = 120, .function_dictoffset = 72,
             .heaptype_size = 880}},
    {"3.10", {PY3_COMMON, .freelist_start = {4, 12, 6, 0, 4, 16, 3, 4, 1, 2, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1},
              .layout = LAYOUT_36, .gc_head = 16, .heap_types_always_gc = true,
              .dict_bit_keysize = true, .dict_copy_clone = true, .dict_merge_clone = true,
              .list_growth_39 = true, .function_size = 128, .function_dictoffset = 88,
              .heaptype_size = 888}},
    /* 3.11: managed dict before the object; PyLongObject always counts one digit. */
    {"3.11", {PY3_COMMON, .freelist_start = {4, 32, 4, 74, 4, 16, 4, 5, 1, 0, 0, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1},
              .layout = LAYOUT_311, .gc_head = 16, .heap_types_always_gc = true,
              .dict_bit_keysize = true, .dict_copy_clone = true, .dict_merge_clone = true,
              .dict_unicode_entries = true, .dict_keys_head = 32,
              .shared_keys_log2 = 6, .shared_keys_usable = 30,
              .list_growth_39 = true, .int_min_one_digit = true, .int_medium_alloc = 32, .function_size = 136,
              .function_dictoffset = 88, .heaptype_size = 904, .exception_size = 72}},
    /* 3.12: str loses its wstr fields (8 bytes); the weakref pointer joins the pre-header. */
    {"3.12", {PY3_COMMON, .freelist_start = {4, 13, 8, 8, 7, 16, 5, 6, 3, 1, 0, 5, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1},
              .layout = LAYOUT_312, .gc_head = 16, .heap_types_always_gc = true,
              .dict_bit_keysize = true, .dict_copy_clone = true, .dict_merge_clone = true,
              .dict_unicode_entries = true, .dict_keys_head = 32,
              .shared_keys_log2 = 6, .shared_keys_usable = 30,
              .list_growth_39 = true, .int_min_one_digit = true, .int_medium_alloc = 32, .str_ascii_head = 40,
              .str_compact_head = 56, .range_iter_size = 40, .function_size = 144, .function_dictoffset = 88,
              .heaptype_size = 920, .exception_size = 72}},
    /* 3.13: inline values (Py_TPFLAGS_INLINE_VALUES). */
    {"3.13", {PY3_COMMON, .freelist_start = {4, 13, 4, 3, 4, 18, 2, 2, 5, 5, 2, 0, 5, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2},
              .layout = LAYOUT_312, .gc_head = 16, .heap_types_always_gc = true,
              .dict_bit_keysize = true, .dict_copy_clone = true, .dict_merge_clone = true,
              .dict_unicode_entries = true, .dict_keys_head = 32, .values_only_inline = true,
              .shared_keys_log2 = 6, .shared_keys_usable = 30,
              .list_growth_39 = true, .int_min_one_digit = true, .int_medium_alloc = 32, .inline_values = true,
              .str_ascii_head = 40, .str_compact_head = 56, .range_iter_size = 40, .function_size = 144,
              .function_dictoffset = 88, .heaptype_size = 928, .exception_size = 72}},
};

/* Called on hot paths (every dict insert): index the rows by the profile's version instead of
 * comparing names. The rows are in version order: 2.7, then 3.6 .. 3.13. */
const ModelNumbers *model_numbers(const Profile *p) {
    size_t nrows = sizeof rows / sizeof rows[0];
    size_t i = p->major == 2 ? 0 : (size_t)(p->minor - 5);
    if (i < nrows && strcmp(rows[i].version, p->name) == 0) return &rows[i].n;
    for (i = 0; i < nrows; i++) /* not in order: find it by name */
        if (strcmp(rows[i].version, p->name) == 0) return &rows[i].n;
    return &rows[nrows - 2].n; /* unknown: 3.12 */
}
