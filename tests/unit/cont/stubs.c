/* stubs.c: test-only stand-ins for the parts the containers depend on (object allocation, errors,
 * the abstract protocols, a 64-bit int and an ASCII str), so the container unit test runs
 * before the real ones link. Semantics are kept to what the container code relies on. */
#include "objects/gc.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "stubs.h"
#include "vm/errors.h"

long stub_live_objects;

/* ---- Memory and GC */

typedef struct GcHead {
    int64_t tracked;
    int64_t pad;
} GcHead;

Obj *obj_alloc(Interp *I, TypeObj *type, Ssize nitems) {
    (void)I;
    size_t size = (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
    GcHead *h = calloc(1, sizeof(GcHead) + size);
    if (!h) abort();
    Obj *o = (Obj *)(h + 1);
    o->refcnt = 1;
    o->type = type;
    if (type->itemsize) VSIZE(o) = nitems;
    stub_live_objects++;
    return o;
}

void obj_free(Interp *I, Obj *o) {
    (void)I;
    stub_live_objects--;
    free((GcHead *)o - 1);
}

/* tracemalloc's hooks (objects/gc.h): the containers' unit test does not trace */
Obj *obj_alloc_untraced(Interp *I, TypeObj *type, Ssize nitems) { return obj_alloc(I, type, nitems); }
void obj_trace_alloc(Interp *I, Obj *o, ptrdiff_t size) { (void)I, (void)o, (void)size; }
void obj_trace_free(Interp *I, Obj *o) { (void)I, (void)o; }
void obj_trace_from(Interp *I, Obj *o, int fl, ptrdiff_t size) { (void)I, (void)o, (void)fl, (void)size; }
void obj_trace_to(Interp *I, Obj *o, int fl) { (void)I, (void)o, (void)fl; }
ptrdiff_t obj_model_size(Interp *I, TypeObj *t, Ssize nitems) { (void)I, (void)t, (void)nitems; return 0; }

void obj_dealloc(Interp *I, Obj *o) { o->type->dealloc(I, o); }
void gc_track(Interp *I, Obj *o) { (void)I, ((GcHead *)o - 1)->tracked = 1; }
void gc_untrack(Interp *I, Obj *o) { (void)I, ((GcHead *)o - 1)->tracked = 0; }
bool gc_is_tracked(Obj *o) { return ((GcHead *)o - 1)->tracked; }
void *mem_alloc(Interp *I, size_t n) { (void)I; void *p = malloc(n ? n : 1); if (!p) abort(); return p; }
void *mem_calloc(Interp *I, size_t c, size_t n) { (void)I; void *p = calloc(c ? c : 1, n ? n : 1); if (!p) abort(); return p; }
void *mem_realloc(Interp *I, void *p, size_t n) { (void)I; p = realloc(p, n ? n : 1); if (!p) abort(); return p; }
void mem_free(void *p) { free(p); }

/* ---- Simple objects */

static void simple_dealloc(Interp *I, Obj *o) { obj_free(I, o); }

Obj *stub_new_simple(Interp *I, TypeObj *t) { return obj_alloc(I, t, 0); }

/* ---- int: a 64-bit stand-in with CPython's hash */

typedef struct StubInt {
    VarObj ob;
    int64_t v;
} StubInt;
#define IV(o) (((StubInt *)(o))->v)

static Obj *int_make(Interp *I, TypeObj *t, int64_t v) {
    Obj *o = obj_alloc(I, t, 0);
    IV(o) = v;
    return o;
}

Obj *int_from_i64(Interp *I, int64_t v) {
    if (v >= -5 && v <= 256 && I->small_ints[v + 5]) return NEWREF(SMALL_INT(I, v));
    return int_make(I, I->t_int, v);
}
bool int_fits_i64(Obj *o, int64_t *out) { *out = IV(o); return true; }
int int_sign(Obj *o) { return IV(o) < 0 ? -1 : IV(o) > 0; }
int int_compare(Obj *a, Obj *b) { return IV(a) < IV(b) ? -1 : IV(a) > IV(b); }
Hash int_hash_value(Obj *o) {
    /* CPython: x mod (2**61 - 1) with the sign, -1 -> -2 */
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    int64_t v = IV(o);
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(a % P);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}
static Hash int_hash(Interp *I, Obj *o) { (void)I; return int_hash_value(o); }
static Obj *int_repr(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_bool) return str_from_cstr(I, IV(o) ? "True" : "False");
    char b[32];
    snprintf(b, sizeof b, "%lld", (long long)IV(o));
    return str_from_cstr(I, b);
}
static Obj *int_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!INT_CHECK(a) || !INT_CHECK(b)) return NEWREF(I->notimpl);
    int c = int_compare(a, b);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return BOOL_OBJ(I, r);
}
static Obj *int_index(Interp *I, Obj *o) { (void)I; return NEWREF(o); }
static int int_bool(Interp *I, Obj *o) { (void)I; return IV(o) != 0; }

TypeObj stub_int_type = {.name = "int", .basicsize = sizeof(StubInt), .flags = TPF_INT_SUBCLASS | TPF_BASETYPE,
                         .dealloc = simple_dealloc, .repr = int_repr, .hash = int_hash,
                         .richcompare = int_richcompare, .nb_index = int_index, .nb_bool = int_bool};
TypeObj stub_bool_type = {.name = "bool", .basicsize = sizeof(StubInt), .flags = TPF_INT_SUBCLASS,
                          .dealloc = simple_dealloc, .repr = int_repr, .hash = int_hash,
                          .richcompare = int_richcompare, .nb_index = int_index, .nb_bool = int_bool,
                          .base = &stub_int_type};

static int64_t floordiv(int64_t a, int64_t b) { int64_t q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }

Obj *num_binop(Interp *I, Obj *a, Obj *b, int op) {
    if (!INT_CHECK(a) || !INT_CHECK(b)) return err_format(I, I->e_TypeError, "stub num_binop: %T, %T", a, b);
    int64_t x = IV(a), y = IV(b), r;
    switch (op) {
    case BINOP_ADD: r = x + y; break;
    case BINOP_SUB: r = x - y; break;
    case BINOP_MUL: r = x * y; break;
    case BINOP_FLOORDIV: r = floordiv(x, y); break;
    case BINOP_MOD: r = x - floordiv(x, y) * y; break;
    default: return err_string(I, I->e_TypeError, "stub num_binop op");
    }
    return int_from_i64(I, r);
}
Obj *num_neg(Interp *I, Obj *o) { return int_from_i64(I, -IV(o)); }
Obj *num_index(Interp *I, Obj *o) {
    if (INT_CHECK(o)) return NEWREF(o);
    return err_format(I, I->e_TypeError, "'%T' object cannot be interpreted as an integer", o);
}
Ssize num_as_ssize(Interp *I, Obj *o, TypeObj *exc) {
    (void)exc;
    Obj *i = num_index(I, o);
    if (!i) return -1;
    Ssize v = (Ssize)IV(i);
    DECREF(I, i);
    return v;
}

/* ---- str: ASCII only */

static Obj *str_alloc(Interp *I, Ssize len) {
    TypeObj *t = I->t_str;
    Obj *o = obj_alloc(I, t, 0);
    /* the stub str type has basicsize covering StrObj only: reallocate with room */
    obj_free(I, o);
    GcHead *h = calloc(1, sizeof(GcHead) + sizeof(StrObj) + (size_t)len + 1);
    o = (Obj *)(h + 1);
    stub_live_objects++;
    o->refcnt = 1;
    o->type = t;
    StrObj *s = (StrObj *)o;
    s->length = len;
    s->hash = -1;
    s->kind = 1;
    s->ascii = true;
    return o;
}
Obj *str_from_ascii(Interp *I, const char *s, Ssize len) {
    Obj *o = str_alloc(I, len);
    memcpy(STR_DATA(o), s, (size_t)len);
    return o;
}
Obj *str_from_cstr(Interp *I, const char *s) { return str_from_ascii(I, s, (Ssize)strlen(s)); }
Obj *str_from_utf8(Interp *I, const char *s, Ssize len) { return str_from_ascii(I, s, len); }
Obj *str_intern_cstr(Interp *I, const char *s) { return str_from_cstr(I, s); }
Obj *str_intern(Interp *I, Obj *s) { (void)I; return s; }
const char *str_utf8(Interp *I, Obj *s, Ssize *len) { (void)I; if (len) *len = STR_LEN(s); return STR_DATA(s); }
Hash str_hash(Obj *s) {
    StrObj *so = (StrObj *)s;
    if (so->hash != -1) return so->hash;
    uint64_t h = 1469598103934665603ULL;
    for (Ssize i = 0; i < so->length; i++) h = (h ^ ((unsigned char *)STR_DATA(s))[i]) * 1099511628211ULL;
    Hash r = (Hash)h;
    if (r == -1) r = -2;
    return so->hash = r;
}
bool str_eq(Obj *a, Obj *b) { return a == b || (STR_LEN(a) == STR_LEN(b) && memcmp(STR_DATA(a), STR_DATA(b), (size_t)STR_LEN(a)) == 0); }
bool str_eq_cstr(Obj *a, const char *s) { return (size_t)STR_LEN(a) == strlen(s) && memcmp(STR_DATA(a), s, strlen(s)) == 0; }
int str_compare(Obj *a, Obj *b) {
    Ssize n = STR_LEN(a) < STR_LEN(b) ? STR_LEN(a) : STR_LEN(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return STR_LEN(a) < STR_LEN(b) ? -1 : STR_LEN(a) > STR_LEN(b);
}
Obj *str_substr(Interp *I, Obj *s, Ssize start, Ssize end) { return str_from_ascii(I, (char *)STR_DATA(s) + start, end - start); }
Obj *str_repr_of(Interp *I, Obj *s) {
    StrBuilder b;
    sb_init(&b);
    sb_add_char(I, &b, '\'');
    sb_add_str(I, &b, s);
    sb_add_char(I, &b, '\'');
    return sb_finish(I, &b);
}
static Hash str_hash_slot(Interp *I, Obj *o) { (void)I; return str_hash(o); }
static Obj *str_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!STR_CHECK(a) || !STR_CHECK(b)) return NEWREF(I->notimpl);
    int c = str_compare(a, b);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return BOOL_OBJ(I, r);
}
TypeObj stub_str_type = {.name = "str", .basicsize = sizeof(StrObj), .flags = TPF_STR_SUBCLASS | TPF_BASETYPE,
                         .dealloc = simple_dealloc, .repr = str_repr_of, .hash = str_hash_slot,
                         .richcompare = str_richcompare};

void sb_init(StrBuilder *b) { memset(b, 0, sizeof *b); }
bool sb_add_utf8(Interp *I, StrBuilder *b, const char *s, size_t n) {
    (void)I;
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->buf = realloc(b->buf, b->cap);
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    return true;
}
bool sb_add_cstr(Interp *I, StrBuilder *b, const char *s) { return sb_add_utf8(I, b, s, strlen(s)); }
bool sb_add_str(Interp *I, StrBuilder *b, Obj *s) { return sb_add_utf8(I, b, STR_DATA(s), (size_t)STR_LEN(s)); }
bool sb_add_char(Interp *I, StrBuilder *b, uint32_t cp) { char c = (char)cp; return sb_add_utf8(I, b, &c, 1); }
Obj *sb_finish(Interp *I, StrBuilder *b) {
    Obj *s = str_from_ascii(I, b->buf ? b->buf : "", (Ssize)b->len);
    free(b->buf);
    return s;
}
void sb_discard(StrBuilder *b) { free(b->buf); }

/* The formatter of err_format / str_from_format (the subset the containers use). */
static Obj *vformat(Interp *I, const char *fmt, va_list ap) {
    StrBuilder b;
    sb_init(&b);
    char tmp[64];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { sb_add_char(I, &b, (unsigned char)*p); continue; }
        p++;
        if (*p == 'z' && (p[1] == 'd' || p[1] == 'u')) {
            p++;
            snprintf(tmp, sizeof tmp, *p == 'd' ? "%zd" : "%zu", va_arg(ap, size_t));
            sb_add_cstr(I, &b, tmp);
        } else if (*p == 'd' || *p == 'i') {
            snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int));
            sb_add_cstr(I, &b, tmp);
        } else if (*p == 's') {
            sb_add_cstr(I, &b, va_arg(ap, const char *));
        } else if (*p == 'p') {
            snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            sb_add_cstr(I, &b, tmp);
        } else if (*p == 'R' || *p == 'S') {
            Obj *r = obj_repr(I, va_arg(ap, Obj *));
            if (!r) { sb_discard(&b); return NULL; }
            sb_add_str(I, &b, r);
            DECREF(I, r);
        } else if (*p == 'U') {
            sb_add_str(I, &b, va_arg(ap, Obj *));
        } else if (*p == 'T') {
            sb_add_cstr(I, &b, TYPE(va_arg(ap, Obj *))->name);
        } else if (*p == '%') {
            sb_add_char(I, &b, '%');
        } else {
            abort();
        }
    }
    return sb_finish(I, &b);
}

Obj *str_from_format(Interp *I, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *r = vformat(I, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- Errors: I->exc is a StubExc */

static void exc_dealloc(Interp *I, Obj *o) {
    XDECREF(I, ((StubExc *)o)->arg);
    obj_free(I, o);
}
void stub_init_exc_type(TypeObj *t, const char *name, TypeObj *base) {
    memset(t, 0, sizeof *t);
    t->ob.ob.refcnt = 1 << 30;
    t->name = name;
    t->basicsize = sizeof(StubExc);
    t->dealloc = exc_dealloc;
    t->base = base;
    t->flags = TPF_BASE_EXC_SUBCLASS;
}

Obj *err_set(Interp *I, TypeObj *type, Obj *value) {
    StubExc *e = (StubExc *)obj_alloc(I, type, 0);
    if (value && TUPLE_CHECK(value) && TUPLE_LEN(value) == 1) value = TUPLE_GET(value, 0);
    e->arg = value ? NEWREF(value) : NULL;
    err_restore(I, OBJ(e));
    return NULL;
}
Obj *err_set_none(Interp *I, TypeObj *type) { return err_set(I, type, NULL); }
Obj *err_string(Interp *I, TypeObj *type, const char *msg) {
    Obj *s = str_from_cstr(I, msg);
    err_set(I, type, s);
    DECREF(I, s);
    return NULL;
}
Obj *err_format(Interp *I, TypeObj *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = vformat(I, fmt, ap);
    va_end(ap);
    if (!s) return NULL;
    err_set(I, type, s);
    DECREF(I, s);
    return NULL;
}
Obj *err_no_memory(Interp *I) { return err_string(I, I->e_MemoryError, ""); }
Obj *err_bad_internal_call(Interp *I, const char *where) { return err_string(I, I->e_SystemError, where); }
bool err_matches(Interp *I, TypeObj *type) { return I->exc && type_is_subtype(TYPE(I->exc), type); }
void err_clear(Interp *I) { CLEAR(I, I->exc); }
Obj *err_fetch(Interp *I) { Obj *e = I->exc; I->exc = NULL; return e; }
void err_restore(Interp *I, Obj *exc) { SETREF(I, I->exc, exc); }

/* ---- Types and protocols */

bool type_is_subtype(TypeObj *a, TypeObj *b) {
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}
const char *type_name(TypeObj *t) { return t->name; }
Hash hash_not_implemented(Interp *I, Obj *o) {
    err_format(I, I->e_TypeError, "unhashable type: '%T'", o);
    return -1;
}
Obj *mappingproxy_new(Interp *I, Obj *mapping) { (void)I; return NEWREF(mapping); }
Obj **obj_dict_ptr(Interp *I, Obj *o) { (void)I, (void)o; return NULL; }

static const MethodDef *find_method(TypeObj *t, Obj *name) {
    for (; t; t = t->base)
        for (const MethodDef *m = t->methods; m && m->name; m++)
            if (str_eq_cstr(name, m->name)) return m;
    return NULL;
}
static Obj stub_marker = {1 << 30, NULL};
Obj *type_lookup(Interp *I, TypeObj *t, Obj *name) {
    (void)I;
    return find_method(t, name) ? &stub_marker : NULL;
}
int obj_lookup_attr(Interp *I, Obj *o, Obj *name, Obj **out) {
    (void)I;
    *out = find_method(TYPE(o), name) ? NEWREF(&stub_marker) : NULL;
    return *out != NULL;
}
Obj *obj_call_method(Interp *I, Obj *o, Obj *name, Obj *const *args, size_t nargs) {
    const MethodDef *m = find_method(TYPE(o), name);
    if (!m) return err_format(I, I->e_AttributeError, "no method %U", name);
    return m->fn(I, o, args, nargs, NULL);
}

Obj *obj_repr(Interp *I, Obj *o) {
    if (TYPE(o)->repr) return TYPE(o)->repr(I, o);
    return str_from_format(I, "<%s object>", TYPE(o)->name);
}
Hash obj_hash(Interp *I, Obj *o) {
    if (TYPE(o)->hash) return TYPE(o)->hash(I, o);
    return (Hash)((uintptr_t)o >> 4);
}
int obj_is_true(Interp *I, Obj *o) {
    if (o == I->true_) return 1;
    if (o == I->false_ || o == I->none) return 0;
    if (TYPE(o)->nb_bool) return TYPE(o)->nb_bool(I, o);
    if (TYPE(o)->len) { Ssize n = TYPE(o)->len(I, o); return n < 0 ? -1 : n > 0; }
    return 1;
}

static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const opstr[] = {"<", "<=", "==", "!=", ">", ">="};
Obj *obj_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    Obj *r;
    if (TYPE(a)->richcompare) {
        if (!(r = TYPE(a)->richcompare(I, a, b, op))) return NULL;
        if (r != I->notimpl) return r;
        DECREF(I, r);
    }
    if (TYPE(b)->richcompare) {
        if (!(r = TYPE(b)->richcompare(I, b, a, swapped[op]))) return NULL;
        if (r != I->notimpl) return r;
        DECREF(I, r);
    }
    if (op == CMP_EQ) return BOOL_OBJ(I, a == b);
    if (op == CMP_NE) return BOOL_OBJ(I, a != b);
    return err_format(I, I->e_TypeError, "'%s' not supported between instances of '%T' and '%T'", opstr[op], a, b);
}
int obj_richcompare_bool(Interp *I, Obj *a, Obj *b, int op) {
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return op == CMP_EQ;
    Obj *r = obj_richcompare(I, a, b, op);
    if (!r) return -1;
    int t = obj_is_true(I, r);
    DECREF(I, r);
    return t;
}

Obj *obj_iter(Interp *I, Obj *o) {
    if (TYPE(o)->iter) return TYPE(o)->iter(I, o);
    if (TYPE(o)->sq_item) return seq_iter_new(I, o);
    return err_format(I, I->e_TypeError, "'%T' object is not iterable", o);
}
Obj *iter_next(Interp *I, Obj *it) { return TYPE(it)->iternext(I, it); }
Ssize obj_len(Interp *I, Obj *o) {
    if (TYPE(o)->len) return TYPE(o)->len(I, o);
    err_format(I, I->e_TypeError, "object of type '%T' has no len()", o);
    return -1;
}
int seq_contains(Interp *I, Obj *seq, Obj *item) {
    if (TYPE(seq)->sq_contains) return TYPE(seq)->sq_contains(I, seq, item);
    Obj *it = obj_iter(I, seq), *x;
    if (!it) return -1;
    int r = 0;
    while (!r && (x = iter_next(I, it))) {
        r = obj_richcompare_bool(I, x, item, CMP_EQ);
        DECREF(I, x);
    }
    DECREF(I, it);
    return err_occurred(I) ? -1 : r;
}
Obj *seq_list(Interp *I, Obj *iterable) {
    Obj *l = list_new(I, 0);
    if (l && !list_extend(I, l, iterable)) CLEAR(I, l);
    return l;
}
Obj *seq_tuple(Interp *I, Obj *iterable) {
    if (TYPE(iterable) == I->t_tuple) return NEWREF(iterable);
    Obj *l = seq_list(I, iterable);
    if (!l) return NULL;
    Obj *t = list_as_tuple(I, l);
    DECREF(I, l);
    return t;
}
Obj *obj_getitem(Interp *I, Obj *o, Obj *key) {
    if (TYPE(o)->mp_subscript) return TYPE(o)->mp_subscript(I, o, key);
    return err_format(I, I->e_TypeError, "'%T' object is not subscriptable", o);
}
int obj_setitem(Interp *I, Obj *o, Obj *key, Obj *v) {
    if (TYPE(o)->mp_ass_subscript) return TYPE(o)->mp_ass_subscript(I, o, key, v);
    err_format(I, I->e_TypeError, "'%T' object does not support item assignment", o);
    return -1;
}
Obj *obj_call(Interp *I, Obj *c, Obj *const *args, size_t nargs, Obj *kw) {
    if (TYPE(c)->call) return TYPE(c)->call(I, c, args, nargs, kw);
    if (type_is_subtype(TYPE(c), &stub_type_type)) {
        TypeObj *t = (TypeObj *)c;
        Obj *o = t->new_(I, t, args, nargs, kw);
        if (o && t->init && t->init(I, o, args, nargs, kw) < 0) CLEAR(I, o);
        return o;
    }
    return err_format(I, I->e_TypeError, "'%T' object is not callable", c);
}
Obj *obj_call0(Interp *I, Obj *c) { return obj_call(I, c, NULL, 0, NULL); }
Obj *obj_call1(Interp *I, Obj *c, Obj *a) { return obj_call(I, c, &a, 1, NULL); }
Obj *obj_call2(Interp *I, Obj *c, Obj *a, Obj *b) { Obj *v[2] = {a, b}; return obj_call(I, c, v, 2, NULL); }

TypeObj stub_type_type = {.name = "type"};

/* gc.h's trashcan: these tests free no deep chains, so frees happen at once. */
bool gc_trash_begin(Interp *I, Obj *o) {
    (void)I, (void)o;
    return true;
}
void gc_trash_end(Interp *I) { (void)I; }
