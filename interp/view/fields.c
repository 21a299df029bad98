/* fields.c: the pre-header words and the builtin bases' own fields, version by version.
 * Pre-header order (Include/internal/pycore_object.h):
 *   2.7-3.7  PyGC_Head {gc_next, gc_prev, gc_refs} padded to 32 by a long double (objimpl.h)
 *   3.8-3.10 PyGC_Head {_gc_next, _gc_prev} (bpo-33597)
 *   3.11     values pointer at -4 words, dict pointer at -3 (_PyObject_ValuesPointer,
 *            _PyObject_ManagedDictPointer), then the GC header
 *   3.12     weakref list at -4 words (MANAGED_WEAKREF_OFFSET), dict-or-values (a tagged
 *            pointer, _PyObject_DictOrValuesPointer) at -3, then the GC header
 *   3.13     weakref at -4, the dict pointer at -3 (PyManagedDictPointer); values inline. */
#include "view/fields.h"

#include <stdio.h>

#include "model/numbers.h"

#define PTR ((MSize)sizeof(void *))

static void gc_rows(ViewLayout *l, const ModelNumbers *n) {
    if (n->gc_head == 32) {
        view_layout_add(l, VR_PREHEADER, -32, 8, "gc_next", "next object the GC tracks",
                        "GC header");
        view_layout_add(l, VR_PREHEADER, -24, 8, "gc_prev", "previous tracked object", "GC header");
        view_layout_add(l, VR_PREHEADER, -16, 8, "gc_refs", "reference count copy for GC",
                        "GC header");
        view_layout_add(l, VR_PREHEADER, -8, 8, "(padding)", "long double alignment", "GC header");
        return;
    }
    view_layout_add(l, VR_PREHEADER, -16, 8, "_gc_next", "next object the GC tracks", "GC header");
    view_layout_add(l, VR_PREHEADER, -8, 8, "_gc_prev", "previous tracked object + GC flags",
                    "GC header");
}

static const char *dict_value(const ViewObjectFacts *f, char *buf, size_t size) {
    if (f->dict_text) return f->dict_text;
    if (!f->instance) return "the instance's __dict__";
    if (f->dict_bytes >= 0) {
        snprintf(buf, size, "dict, %lld bytes", (long long)f->dict_bytes);
        return buf;
    }
    return "NULL (no dict object yet)";
}

static const char *values_value(const ViewObjectFacts *f, char *buf, size_t size) {
    if (f->instance && f->dict_bytes >= 0) return "NULL (the dict holds the values)";
    if (f->values_capacity > 0) {
        snprintf(buf, size, "values array, %lld of %lld used", (long long)f->values_used,
                 (long long)f->values_capacity);
        return buf;
    }
    return "the attribute values array";
}

static const char *weak_value(const ViewObjectFacts *f) {
    if (f->weakref_text) return f->weakref_text;
    return f->instance ? "NULL (no weak references yet)" : "list of weak references";
}

static void managed_rows(ViewLayout *l, const ViewObjectFacts *f, const ModelNumbers *n) {
    const ModelType *t = &l->type;
    char buf[96];
    const char *df = l->dict_from[0] ? l->dict_from : "pre-header";
    const char *wf = l->weak_from[0] ? l->weak_from : "pre-header";
    if (n->layout == LAYOUT_311) {
        view_layout_add(l, VR_PREHEADER, -32, 8, "values", values_value(f, buf, sizeof buf), df);
        view_layout_add(l, VR_DICT, -24, 8, "__dict__", dict_value(f, buf, sizeof buf), df);
        return;
    }
    if (t->managed_weakref)
        view_layout_add(l, VR_WEAKREF, -32, 8, "__weakref__", weak_value(f), wf);
    else
        view_layout_add(l, VR_PREHEADER, -32, 8, "(weakref)", "unused: no __weakref__",
                        "pre-header");
    if (!t->managed_dict)
        view_layout_add(l, VR_PREHEADER, -24, 8, "(dict)", "unused: no __dict__", "pre-header");
    else if (!f->instance && !n->inline_values)
        view_layout_add(l, VR_DICT, -24, 8, "__dict__", "dict, or values array (tagged)", df);
    else if (n->inline_values || f->dict_bytes >= 0 || f->dict_text)
        view_layout_add(l, VR_DICT, -24, 8, "__dict__", dict_value(f, buf, sizeof buf), df);
    else
        view_layout_add(l, VR_DICT, -24, 8, "__dict__", values_value(f, buf, sizeof buf), df);
}

void view_rows_preheader(ViewLayout *l, const ViewObjectFacts *f) {
    const ModelNumbers *n = model_numbers(l->prof);
    if (l->preheader > model_gc_header(l->prof, &l->type)) managed_rows(l, f, n);
    if (l->type.gc) gc_rows(l, n);
}

bool view_builtin_sizeof_ignores_subclass(ModelBuiltin b) {
    return b == MB_INT || b == MB_BOOL || b == MB_STR;
}

MSize view_builtin_default_sizeof(const Profile *p, ModelBuiltin b, bool subclass) {
    switch (b) {
    case MB_INT:
    case MB_BOOL:
        return model_int_sizeof(p, 0, true);
    case MB_STR:
        return model_str_sizeof(p, 0, 0, 0, subclass);
    case MB_BYTES:
        return model_bytes_sizeof(p, 0);
    case MB_TUPLE:
        return model_tuple_sizeof(p, 0);
    case MB_LIST:
        return model_list_sizeof(p, 0);
    default:
        return 0;
    }
}

/* ---- the builtin base's fields, from offset 16 (after ob_refcnt and ob_type) */

typedef struct Field {
    const char *name;
    MSize size;
    const char *what;
} Field;

/* Objects/longobject.c, Include/cpython/longintrepr.h; 2.7 Include/intobject.h */
static const Field int27[] = {{"ob_ival", 8, "the value (C long)"}, {0}};
static const Field int3[] = {{"ob_size", 8, "digit count and sign"}, {0}};
static const Field int312[] = {{"lv_tag", 8, "digit count and sign"}, {0}};
static const Field float_f[] = {{"ob_fval", 8, "the value (C double)"}, {0}};
/* 2.7 Include/stringobject.h */
static const Field str27[] = {
    {"ob_size", 8, "length"}, {"ob_shash", 8, "cached hash"}, {"ob_sstate", 4, "interned?"}, {0}};
/* Include/cpython/unicodeobject.h: PyASCIIObject, PyCompactUnicodeObject, PyUnicodeObject */
static const Field str36[] = {{"length", 8, "code points"},
                              {"hash", 8, "cached hash"},
                              {"state", 8, "kind, ascii, interned"},
                              {"wstr", 8, "wchar_t copy (NULL)"},
                              {"utf8_length", 8, "UTF-8 length"},
                              {"utf8", 8, "UTF-8 copy (NULL)"},
                              {"wstr_length", 8, "wchar_t length"},
                              {"data", 8, "-> the characters"},
                              {0}};
static const Field str312[] = {{"length", 8, "code points"},
                               {"hash", 8, "cached hash"},
                               {"state", 8, "kind, ascii, interned"},
                               {"utf8_length", 8, "UTF-8 length"},
                               {"utf8", 8, "UTF-8 copy (NULL)"},
                               {"data", 8, "-> the characters"},
                               {0}};
static const Field bytes_f[] = {{"ob_size", 8, "length"}, {"ob_shash", 8, "cached hash"}, {0}};
static const Field tuple_f[] = {{"ob_size", 8, "length"}, {0}};
static const Field list_f[] = {
    {"ob_size", 8, "length"}, {"ob_item", 8, "-> item array"}, {"allocated", 8, "capacity"}, {0}};
static const Field dict_f[] = {{"ma_used", 8, "keys"},
                               {"ma_version_tag", 8, "version"},
                               {"ma_keys", 8, "-> keys table"},
                               {"ma_values", 8, "-> values"},
                               {0}};
static const Field dict27[] = {{"ma_fill", 8, "used + dummy slots"},
                               {"ma_used", 8, "keys"},
                               {"ma_mask", 8, "table size - 1"},
                               {"ma_table", 8, "-> table"},
                               {"ma_lookup", 8, "lookup function"},
                               {"ma_smalltable", 192, "8 inline entries"},
                               {0}};

static const Field *builtin_fields(const ModelNumbers *n, ModelBuiltin b) {
    bool v312 = n->layout == LAYOUT_312;
    switch (b) {
    case MB_INT:
    case MB_BOOL:
        return n->int_is_fixed ? int27 : v312 ? int312 : int3;
    case MB_FLOAT:
        return float_f;
    case MB_STR:
        return n->str_is_bytes ? str27 : v312 ? str312 : str36;
    case MB_BYTES:
        return bytes_f;
    case MB_TUPLE:
        return tuple_f;
    case MB_LIST:
        return list_f;
    case MB_DICT:
        return n->dict_compact ? dict_f : dict27;
    default:
        return NULL;
    }
}

/* Where the variable part starts: tuple items and int digits right after the fields; bytes
 * and 2.7 str keep their first character (the NUL of an empty one) inside basicsize. */
static MSize items_offset(const ModelNumbers *n, ModelBuiltin b, MSize basicsize) {
    if (b == MB_BYTES || (b == MB_STR && n->str_is_bytes)) return basicsize - 1;
    return basicsize;
}

/* A str object (not a subclass) is compact: PyASCIIObject then the characters inline. */
static bool compact_str(const ModelNumbers *n, const ViewObjectFacts *f) {
    return f->builtin == MB_STR && !n->str_is_bytes && f->nclasses == 0;
}

static MSize emit_fields(ViewLayout *l, const Field *t, MSize limit, const char *from) {
    MSize off = 16;
    for (; t && t->name && off + t->size <= limit; t++) {
        view_layout_add(l, VR_BUILTIN, off, t->size, t->name, t->what, from);
        off += t->size;
    }
    return off;
}

static void var_part(ViewLayout *l, const ViewObjectFacts *f, const ModelNumbers *n, MSize end) {
    const char *from = view_builtin_name(f->builtin);
    const char *what = f->items_text;
    const ModelType *b = &l->chain.base;
    MSize items;
    if (compact_str(n, f) || (f->builtin == MB_STR && n->str_is_bytes) || b->itemsize) {
        MSize at = compact_str(n, f) ? end : items_offset(n, f->builtin, b->basicsize);
        if (view_builtin_sizeof_ignores_subclass(f->builtin))
            items = l->body - at;
        else
            items = f->nitems * b->itemsize + (b->basicsize - at);
        const char *name = f->builtin == MB_INT || f->builtin == MB_BOOL ? "ob_digit"
                           : f->builtin == MB_TUPLE                      ? "ob_item"
                                                                         : "characters";
        if (items > 0) view_layout_add(l, VR_ITEMS, at, items, name, what ? what : "", from);
        return;
    }
    if (f->builtin == MB_STR)
        items = l->body - b->basicsize;
    else if (f->builtin == MB_LIST || f->builtin == MB_DICT || f->builtin == MB_SET ||
             f->builtin == MB_FROZENSET)
        items = l->body - l->type.basicsize;
    else
        return;
    const char *name = f->builtin == MB_STR    ? "characters"
                       : f->builtin == MB_LIST ? "item array"
                                               : "hash table";
    if (items > 0)
        view_layout_add(l, VR_EXTERNAL, 0, items, name, what ? what : "separate block", from);
}

void view_rows_builtin(ViewLayout *l, const ViewObjectFacts *f) {
    const ModelNumbers *n = model_numbers(l->prof);
    const char *from = view_builtin_name(f->builtin);
    char type[64];
    snprintf(type, sizeof type, "-> class %s", f->type_name);
    view_layout_add(l, VR_HEADER, 0, 8, "ob_refcnt", "reference count", "object");
    view_layout_add(l, VR_HEADER, 8, 8, "ob_type", type, "object");
    MSize limit = compact_str(n, f) ? n->str_ascii_head
                                    : items_offset(n, f->builtin, l->chain.base.basicsize);
    const Field *t = builtin_fields(n, f->builtin);
    MSize end = t ? emit_fields(l, t, limit, from) : 16;
    if (!t && limit > 16) {
        char name[40];
        snprintf(name, sizeof name, "%s fields", from);
        view_layout_add(l, VR_BUILTIN, 16, limit - 16, name, "the builtin's own state", from);
        end = limit;
    }
    var_part(l, f, n, end);
}
