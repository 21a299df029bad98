/* stubs.c: test-only stand-ins for the parts of the interpreter the numbers code touches
 * (allocation, errors, a byte-string str, tuples, bytes, argument parsing, a few protocols),
 * so that int/float/format can be tested before the whole interpreter links. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "stubs.h"
#include "vm/errors.h"

/* ---- memory */
void *mem_alloc(Interp *I, size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) err_no_memory(I);
    return p;
}
void *mem_calloc(Interp *I, size_t c, size_t n) {
    void *p = calloc(c ? c : 1, n ? n : 1);
    if (!p) err_no_memory(I);
    return p;
}
void *mem_realloc(Interp *I, void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) err_no_memory(I);
    return q;
}
void mem_free(void *p) {
    free(p);
}

Obj *obj_alloc(Interp *I, TypeObj *t, Ssize n) {
    Obj *o = calloc(1, (size_t)(t->basicsize + n * t->itemsize) + 8);
    if (!o) return err_no_memory(I);
    o->refcnt = 1;
    o->type = t;
    return o;
}
/* tracemalloc's ledger is not part of this test: allocations are untraced. */
Obj *obj_alloc_untraced(Interp *I, TypeObj *t, Ssize n) { return obj_alloc(I, t, n); }
void obj_trace_alloc(Interp *I, Obj *o, ptrdiff_t size) { (void)I, (void)o, (void)size; }
void obj_trace_from(Interp *I, Obj *o, int freelist, ptrdiff_t size) {
    (void)I, (void)o, (void)freelist, (void)size;
}
void obj_trace_to(Interp *I, Obj *o, int freelist) { (void)I, (void)o, (void)freelist; }
ptrdiff_t obj_model_size(Interp *I, TypeObj *t, Ssize nitems) {
    (void)I, (void)t, (void)nitems;
    return 0;
}
void obj_free(Interp *I, Obj *o) {
    (void)I;
    free(o);
}
void obj_dealloc(Interp *I, Obj *o) {
    o->type->dealloc(I, o);
}
void gc_track(Interp *I, Obj *o) {
    (void)I, (void)o;
}

/* ---- types */
static void plain_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

static TypeObj *mk_type(const char *name, TypeObj *base, Ssize basicsize, Ssize itemsize,
                        uint32_t flags) {
    TypeObj *t = calloc(1, sizeof *t);
    t->name = name;
    t->base = base;
    t->basicsize = basicsize;
    t->itemsize = itemsize;
    t->flags = flags;
    t->dealloc = plain_dealloc;
    return t;
}

static TypeObj *from_tmpl(const TypeObj *tmpl, TypeObj *base) {
    TypeObj *t = malloc(sizeof *t);
    memcpy(t, tmpl, sizeof *t);
    t->base = base;
    if (base) { /* the slot inheritance the tests need */
#define INH(f)                                                                                     \
    if (!t->f) t->f = base->f;
        INH(repr)
        INH(hash) INH(richcompare) INH(nb_add) INH(nb_sub) INH(nb_mul) INH(nb_truediv)
            INH(nb_floordiv) INH(nb_mod) INH(nb_divmod) INH(nb_pow) INH(nb_lshift) INH(nb_rshift)
                INH(nb_and) INH(nb_or) INH(nb_xor) INH(nb_neg) INH(nb_pos) INH(nb_abs)
                    INH(nb_invert) INH(nb_int) INH(nb_float) INH(nb_index) INH(nb_bool)
#undef INH
                        t->flags |= base->flags & TPF_INT_SUBCLASS;
    }
    return t;
}

static Obj *notimpl_repr(Interp *I, Obj *o) {
    (void)o;
    return str_from_cstr(I, "NotImplemented");
}
static Obj *str_repr_slot(Interp *I, Obj *o) {
    return str_repr_of(I, o);
}
static Obj *bytes_repr_slot(Interp *I, Obj *o) {
    return bytes_repr_of(I, o);
}

Interp *stub_interp(const char *version) {
    Interp *I = calloc(1, sizeof *I);
    I->prof = profile_find(version);
    I->t_object = mk_type("object", NULL, sizeof(Obj), 0, 0);
    I->t_str = mk_type("str", I->t_object, sizeof(StrObj), 1, TPF_STR_SUBCLASS);
    I->t_str->repr = str_repr_slot;
    I->t_bytes = mk_type("bytes", I->t_object, offsetof(BytesObj, data) + 1, 1, TPF_BYTES_SUBCLASS);
    I->t_bytes->repr = bytes_repr_slot;
    I->t_tuple =
        mk_type("tuple", I->t_object, offsetof(TupleObj, items), sizeof(Obj *), TPF_TUPLE_SUBCLASS);
    I->t_none = mk_type("NoneType", I->t_object, sizeof(Obj), 0, 0);
    I->t_notimpl = mk_type("NotImplementedType", I->t_object, sizeof(Obj), 0, 0);
    I->t_notimpl->repr = notimpl_repr;
    I->t_int = from_tmpl(&int_tmpl, I->t_object);
    I->t_bool = from_tmpl(&bool_tmpl, I->t_int);
    I->t_float = from_tmpl(&float_tmpl, I->t_object);
#define X(n, b) I->e_##n = mk_type(#n, NULL, sizeof(Obj), 0, TPF_BASE_EXC_SUBCLASS);
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    I->none = obj_alloc(I, I->t_none, 0);
    I->notimpl = obj_alloc(I, I->t_notimpl, 0);
    I->ids.__trunc__ = str_from_cstr(I, "__trunc__");
    if (!num_init(I)) return NULL;
    return I;
}

void stub_interp_free(Interp *I) {
    err_clear(I);
    num_fini(I);
    DECREF(I, I->ids.__trunc__);
    free(I->none);
    free(I->notimpl);
    TypeObj *ts[] = {I->t_object,  I->t_str, I->t_bytes, I->t_tuple, I->t_none,
                     I->t_notimpl, I->t_int, I->t_bool,  I->t_float};
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++) free(ts[i]);
#define X(n, b) free(I->e_##n);
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    free(I);
}

/* ---- a byte-string str (tests use ASCII and compare UTF-8 bytes) */
static void str_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}
Obj *str_from_utf8(Interp *I, const char *s, Ssize len) {
    StrObj *o = (StrObj *)obj_alloc(I, I->t_str, len + 1);
    if (!o) return NULL;
    I->t_str->dealloc = str_dealloc;
    o->length = len;
    o->kind = 1;
    o->ascii = true;
    o->hash = -1;
    memcpy(STR_DATA(o), s, (size_t)len);
    ((char *)STR_DATA(o))[len] = 0;
    return OBJ(o);
}
Obj *str_from_ascii(Interp *I, const char *s, Ssize len) {
    return str_from_utf8(I, s, len);
}
Obj *str_from_cstr(Interp *I, const char *s) {
    return str_from_utf8(I, s, (Ssize)strlen(s));
}
const char *str_utf8(Interp *I, Obj *s, Ssize *len) {
    (void)I;
    if (len) *len = STR_LEN(s);
    return STR_DATA(s);
}
uint32_t str_char_at(Obj *s, Ssize i) {
    return ((unsigned char *)STR_DATA(s))[i];
}
bool str_eq_cstr(Obj *a, const char *s) {
    return strcmp(STR_DATA(a), s) == 0;
}
Obj *str_concat(Interp *I, Obj *a, Obj *b) {
    Ssize n = STR_LEN(a) + STR_LEN(b);
    char *t = malloc((size_t)n + 1);
    memcpy(t, STR_DATA(a), (size_t)STR_LEN(a));
    memcpy(t + STR_LEN(a), STR_DATA(b), (size_t)STR_LEN(b));
    Obj *r = str_from_utf8(I, t, n);
    free(t);
    return r;
}
Obj *str_repr_of(Interp *I, Obj *s) {
    Ssize n = STR_LEN(s);
    char *t = malloc((size_t)n + 3);
    t[0] = '\'';
    memcpy(t + 1, STR_DATA(s), (size_t)n);
    t[n + 1] = '\'';
    Obj *r = str_from_utf8(I, t, n + 2);
    free(t);
    return r;
}

void sb_init(StrBuilder *b) {
    memset(b, 0, sizeof *b);
}
bool sb_add_utf8(Interp *I, StrBuilder *b, const char *s, size_t n) {
    (void)I;
    if (n == 0) return true;
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->buf = realloc(b->buf, b->cap);
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    return true;
}
bool sb_add_char(Interp *I, StrBuilder *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 63));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | ((cp >> 6) & 63));
        u[2] = (char)(0x80 | (cp & 63));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18);
        u[1] = (char)(0x80 | ((cp >> 12) & 63));
        u[2] = (char)(0x80 | ((cp >> 6) & 63));
        u[3] = (char)(0x80 | (cp & 63));
        n = 4;
    }
    return sb_add_utf8(I, b, u, n);
}
Obj *sb_finish(Interp *I, StrBuilder *b) {
    Obj *r = str_from_utf8(I, b->buf ? b->buf : "", (Ssize)b->len);
    free(b->buf);
    return r;
}
void sb_discard(StrBuilder *b) {
    free(b->buf);
}

/* ---- errors: I->exc is a str "TypeName: message" */
static Obj *raise_msg(Interp *I, TypeObj *t, const char *msg) {
    char *buf = malloc(strlen(t->name) + strlen(msg) + 3);
    sprintf(buf, "%s: %s", t->name, msg);
    err_clear(I);
    I->exc = str_from_cstr(I, buf);
    free(buf);
    return NULL;
}
Obj *err_string(Interp *I, TypeObj *t, const char *msg) {
    return raise_msg(I, t, msg);
}
Obj *err_no_memory(Interp *I) {
    return raise_msg(I, I->e_MemoryError, "");
}
void err_clear(Interp *I) {
    CLEAR(I, I->exc);
}
bool err_matches(Interp *I, TypeObj *t) {
    return I->exc && strncmp(STR_DATA(I->exc), t->name, strlen(t->name)) == 0 &&
           ((char *)STR_DATA(I->exc))[strlen(t->name)] == ':';
}
Obj *err_set(Interp *I, TypeObj *t, Obj *v) {
    if (STR_CHECK(v)) return raise_msg(I, t, STR_DATA(v));
    /* a tuple of (int, str): OverflowError(34, '...') as str() shows it */
    Obj *a = obj_repr(I, TUPLE_GET(v, 0)), *b = obj_repr(I, TUPLE_GET(v, 1));
    char buf[200];
    snprintf(buf, sizeof buf, "(%s, %s)", (char *)STR_DATA(a), (char *)STR_DATA(b));
    DECREF(I, a);
    DECREF(I, b);
    return raise_msg(I, t, buf);
}

/* printf subset with %T %R %U %S as PyUnicode_FromFormat */
static void vformat(Interp *I, char *out, size_t cap, const char *fmt, va_list ap) {
    size_t k = 0;
    for (const char *p = fmt; *p && k + 1 < cap; p++) {
        if (*p != '%') {
            out[k++] = *p;
            continue;
        }
        p++;
        char tmp[256];
        tmp[0] = 0;
        if (*p == 'z') {
            p++;
            snprintf(tmp, sizeof tmp, "%zd", va_arg(ap, Ssize));
        } else if (*p == 'd')
            snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int));
        else if (*p == 'u')
            snprintf(tmp, sizeof tmp, "%u", va_arg(ap, unsigned));
        else if (*p == 'x')
            snprintf(tmp, sizeof tmp, "%x", va_arg(ap, unsigned));
        else if (*p == 'c')
            snprintf(tmp, sizeof tmp, "%c", va_arg(ap, int));
        else if (*p == 's')
            snprintf(tmp, sizeof tmp, "%s", va_arg(ap, const char *));
        else if (*p == '%')
            strcpy(tmp, "%");
        else if (*p == 'T')
            snprintf(tmp, sizeof tmp, "%s", TYPE(va_arg(ap, Obj *))->name);
        else if (*p == 'U')
            snprintf(tmp, sizeof tmp, "%s", (char *)STR_DATA(va_arg(ap, Obj *)));
        else if (*p == 'R' || *p == 'S') {
            Obj *r = obj_repr(I, va_arg(ap, Obj *));
            snprintf(tmp, sizeof tmp, "%s", r ? (char *)STR_DATA(r) : "?");
            XDECREF(I, r);
        }
        size_t n = strlen(tmp);
        if (k + n >= cap) n = cap - k - 1;
        memcpy(out + k, tmp, n);
        k += n;
    }
    out[k] = 0;
}
Obj *err_format(Interp *I, TypeObj *t, const char *fmt, ...) {
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    vformat(I, buf, sizeof buf, fmt, ap);
    va_end(ap);
    return raise_msg(I, t, buf);
}
Obj *str_from_format(Interp *I, const char *fmt, ...) {
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    vformat(I, buf, sizeof buf, fmt, ap);
    va_end(ap);
    return str_from_cstr(I, buf);
}

/* ---- containers */
static void tuple_dealloc(Interp *I, Obj *o) {
    for (Ssize i = 0; i < TUPLE_LEN(o); i++) XDECREF(I, TUPLE_GET(o, i));
    obj_free(I, o);
}
Obj *tuple_new(Interp *I, Ssize n) {
    Obj *t = obj_alloc(I, I->t_tuple, n);
    I->t_tuple->dealloc = tuple_dealloc;
    if (t) VSIZE(t) = n;
    return t;
}
Obj *tuple_pack(Interp *I, Ssize n, ...) {
    Obj *t = tuple_new(I, n);
    va_list ap;
    va_start(ap, n);
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(va_arg(ap, Obj *)));
    va_end(ap);
    return t;
}
Obj *bytes_from(Interp *I, const char *s, Ssize len) {
    Obj *b = obj_alloc(I, I->t_bytes, len);
    if (!b) return NULL;
    VSIZE(b) = len;
    ((BytesObj *)b)->hash = -1;
    memcpy(BYTES_DATA(b), s, (size_t)len);
    return b;
}
Obj *bytes_repr_of(Interp *I, Obj *b) {
    char buf[1024];
    size_t k = 0;
    buf[k++] = 'b';
    buf[k++] = '\'';
    for (Ssize i = 0; i < BYTES_LEN(b) && k < 1000; i++)
        k += (size_t)snprintf(buf + k, 8, "\\x%02x", (unsigned char)BYTES_DATA(b)[i]);
    buf[k++] = '\'';
    return str_from_utf8(I, buf, (Ssize)k);
}

/* ---- protocols */
Obj *obj_repr(Interp *I, Obj *o) {
    return TYPE(o)->repr(I, o);
}
Obj *obj_str(Interp *I, Obj *o) {
    return TYPE(o)->str ? TYPE(o)->str(I, o) : obj_repr(I, o);
}
int obj_is_true(Interp *I, Obj *o) {
    if (o == I->none) return 0;
    return TYPE(o)->nb_bool ? TYPE(o)->nb_bool(I, o) : 1;
}
Obj *num_index(Interp *I, Obj *o) {
    if (INT_CHECK(o)) return int_exact(I, o);
    return err_format(I, I->e_TypeError, "'%T' object cannot be interpreted as an integer", o);
}
Ssize num_as_ssize(Interp *I, Obj *o, TypeObj *exc) {
    (void)exc;
    Obj *i = num_index(I, o);
    if (!i) return -1;
    Ssize v = (Ssize)int_as_i64(I, i);
    DECREF(I, i);
    return v;
}
bool type_is_subtype(TypeObj *a, TypeObj *b) {
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}
Obj *type_lookup(Interp *I, TypeObj *t, Obj *name) {
    (void)I, (void)t, (void)name;
    return NULL;
}
Obj *obj_call_method(Interp *I, Obj *o, Obj *name, Obj *const *a, size_t n) {
    (void)o, (void)name, (void)a, (void)n;
    return err_string(I, I->e_TypeError, "stub: no calls");
}
Obj *obj_call1(Interp *I, Obj *c, Obj *a) {
    (void)c, (void)a;
    return err_string(I, I->e_TypeError, "stub: no calls");
}
Obj *seq_list(Interp *I, Obj *o) {
    (void)o;
    return err_string(I, I->e_TypeError, "stub: no iteration");
}
Obj *seq_tuple(Interp *I, Obj *o) {
    (void)o;
    return err_string(I, I->e_TypeError, "stub: no iteration");
}

bool args_no_kw(Interp *I, const char *f, Obj *kw) {
    if (kw && TUPLE_LEN(kw))
        return err_format(I, I->e_TypeError, "%s() takes no keyword arguments", f), false;
    return true;
}
bool args_count(Interp *I, const char *f, size_t n, int min, int max) {
    if ((int)n < min || (max >= 0 && (int)n > max))
        return err_format(I, I->e_TypeError, "%s expected at most %d arguments, got %d", f, max,
                          (int)n),
               false;
    return true;
}
bool args_parse(Interp *I, const ArgSpec *spec, Obj *const *args, size_t nargs, Obj *kwnames,
                Obj **out) {
    for (int i = 0; i < spec->n; i++) out[i] = NULL;
    if ((int)nargs > spec->npos)
        return err_format(I, I->e_TypeError, "%s: too many arguments", spec->fname), false;
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    Ssize nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (Ssize k = 0; k < nk; k++) {
        int j = 0;
        for (; j < spec->n; j++)
            if (str_eq_cstr(TUPLE_GET(kwnames, k), spec->names[j])) break;
        if (j == spec->n)
            return err_format(I, I->e_TypeError, "%s: bad keyword", spec->fname), false;
        out[j] = args[nargs + (size_t)k];
    }
    for (int i = 0; i < spec->nrequired; i++)
        if (!out[i])
            return err_format(I, I->e_TypeError, "%s() missing required argument '%s' (pos %d)",
                              spec->fname, spec->names[i], i + 1),
                   false;
    return true;
}

/* gc.h's trashcan: these tests free no deep chains, so frees happen at once. */
bool gc_trash_begin(Interp *I, Obj *o) {
    (void)I, (void)o;
    return true;
}
void gc_trash_end(Interp *I) { (void)I; }
