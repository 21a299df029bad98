/* layoutrows.h: the byte map of one object (or of a class's instances) for a CPython version:
 * one row per field with its offset from the object pointer (pre-header fields negative, as
 * CPython's Objects/object_layout.md draws them), its size, what it holds and which class put it
 * there; the sys.getsizeof total and what it leaves out; notes that explain the surprises.
 * Built only from the model (interp/model/) and facts the interpreter hands over. */
#ifndef SLOTSCOPE_VIEW_LAYOUTROWS_H
#define SLOTSCOPE_VIEW_LAYOUTROWS_H

#include "model/model.h"

#define VIEW_MAX_CLASSES 32
#define VIEW_MAX_NOTES 12
#define VIEW_MAX_OMITS 4

/* One class of the solid-base chain (each class's layout base is the next one), as declared. */
typedef struct ViewClassFacts {
    const char *name;
    const char *const *slots;  /* __slots__ names as stored (mangled), in order, repeats kept,
                                  without '__dict__' and '__weakref__' */
    const char *const *values; /* per slot, the instance's value as short text ("int 1"); NULL
                                  for a class view; a NULL entry: the slot is unset */
    int nslots;
    bool has_slots;     /* the class body defines __slots__ */
    bool slots_dict;    /* '__dict__' is one of its __slots__ */
    bool slots_weakref; /* '__weakref__' is one of its __slots__ */
} ViewClassFacts;

/* What the view is asked to show. Only `type_name`, `builtin` and the classes are required. */
typedef struct ViewObjectFacts {
    const char *type_name;         /* "Point" (for a builtin: "str") */
    ModelBuiltin builtin;          /* the builtin layout at the bottom of the chain */
    const ViewClassFacts *classes; /* heap classes, most derived first; 0 for a builtin object */
    int nclasses;
    bool instance;            /* the values describe a live instance */
    MSize nitems;             /* ob_size of a variable-size object (tuple items, digits) */
    MSize sizeof_body;        /* its __sizeof__ when the builtin has its own rule (str, int:
                                 model_str_sizeof...); 0: basicsize + nitems * itemsize */
    const char *items_text;   /* what the items hold ("'hello'", "3 items") or NULL */
    const char *dict_text;    /* the __dict__ row's value ("dict, 3 keys, 232 bytes") */
    const char *weakref_text; /* the __weakref__ row's value (NULL: "no weak references") */
    MSize dict_bytes;         /* sys.getsizeof(obj.__dict__) if it exists, else -1 */
    MSize values_bytes;       /* 3.11+: bytes of the values array (separate, or inline in
                                 3.13), -1 if none or not known */
    MSize values_capacity;    /* its slots (ModelDict.values_cap), 0 if not known */
    MSize values_used;        /* attributes held in it */
    MSize referents_bytes;    /* what the fields point to, if the caller summed it; else -1 */
} ViewObjectFacts;

/* Start facts with every optional figure "not known". */
void view_object_facts_init(ViewObjectFacts *f, const char *type_name, ModelBuiltin builtin,
                            const ViewClassFacts *classes, int nclasses);

typedef enum {
    VR_PREHEADER, /* before the object: GC header, managed dict/values/weakref pointers */
    VR_HEADER,    /* ob_refcnt, ob_type */
    VR_BUILTIN,   /* a field of the builtin base (ob_size, length, hash...) */
    VR_ITEMS,     /* the variable part: tuple items, int digits, bytes characters */
    VR_SLOT,      /* a __slots__ member */
    VR_DICT,      /* the __dict__ pointer (in the object or managed) */
    VR_WEAKREF,   /* the __weakref__ list pointer */
    VR_VALUES,    /* 3.13 inline values: inside the allocation, not in sys.getsizeof */
    VR_EXTERNAL   /* a separate block that __sizeof__ counts (a str subclass's characters) */
} ViewRowKind;

typedef struct ViewRow {
    ViewRowKind kind;
    MSize offset; /* from the object pointer (negative: pre-header); for VR_EXTERNAL 0 */
    MSize size;
    bool counted;   /* part of sys.getsizeof */
    char field[40]; /* "ob_refcnt", "x", "__dict__", "GC next" */
    char value[96]; /* what it holds or points to: "int 1", "<unset>", "dict, 3 keys" */
    char from[40];  /* who put it there: a class name, "object", "GC", "3.12 pre-header" */
} ViewRow;

/* Something sys.getsizeof leaves out, with its size when known (-1 otherwise). */
typedef struct ViewOmit {
    char what[80];
    MSize bytes;
} ViewOmit;

/* The layout of each class of a chain for a version, as type_new would compute it (which class
 * adds __dict__/__weakref__ follows the chain's slots and the base's layout). types[i] belongs to
 * classes[i]; base is the builtin at the bottom. false: more than VIEW_MAX_CLASSES classes. */
typedef struct ViewChain {
    ModelType base;
    ModelType types[VIEW_MAX_CLASSES];
    bool add_dict[VIEW_MAX_CLASSES], add_weak[VIEW_MAX_CLASSES];
    int n;
} ViewChain;

typedef struct ViewLayout {
    const Profile *prof;
    char type_name[48];
    ModelType type; /* the layout the rows were built from */
    ViewRow *rows;  /* sorted by offset; external blocks last */
    int nrows, cap;
    MSize preheader; /* bytes before the object (model_preheader) */
    MSize body;      /* __sizeof__ (model_object_sizeof or the builtin's rule) */
    MSize getsizeof; /* preheader + body */
    MSize allocated; /* what the object's own allocation really holds (adds 3.13's
                        inline values) */
    ViewOmit omits[VIEW_MAX_OMITS];
    int nomits;
    char notes[VIEW_MAX_NOTES][200];
    int nnotes;
    bool failed;        /* out of memory while building */
    ViewChain chain;    /* the chain's layouts for this version */
    char dict_from[40]; /* the class that added __dict__ ("" if none) */
    char weak_from[40]; /* the class that added __weakref__ ("" if none) */
} ViewLayout;

bool view_chain_build(const Profile *p, ModelBuiltin builtin, const ViewClassFacts *classes, int n,
                      ViewChain *out);

/* Build the byte map of f for version p. `type` is the interpreter's ModelType for the object's
 * type, or NULL to compute it from the chain. false when out of memory (the layout is then
 * empty but safe to free). */
bool view_layout_build(const Profile *p, const ViewObjectFacts *f, const ModelType *type,
                       ViewLayout *out);
void view_layout_free(ViewLayout *l);

/* Helpers for the builders of rows (fields.c, notes.c). */
ViewRow *view_layout_add(ViewLayout *l, ViewRowKind kind, MSize offset, MSize size,
                         const char *field, const char *value, const char *from);
void view_layout_note(ViewLayout *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void view_layout_omit(ViewLayout *l, const char *what, MSize bytes);

/* The sum of the counted rows' sizes (equals getsizeof when the rows are complete). */
MSize view_layout_counted(const ViewLayout *l);

/* "object", "int", "str" ... */
const char *view_builtin_name(ModelBuiltin b);

#endif
