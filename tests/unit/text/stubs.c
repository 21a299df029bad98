/* stubs.c: test-only stand-ins for the parts of the interpreter the text unit test needs but
 * does not test (allocation, errors, ints and floats, tuple, list, dict, slices, argument
 * parsing, generic protocols). Minimal on purpose: small ints only, a linear dict. */
#include "stubs.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "model/profile.h"
#include "objects/typeobject.h"
#include "vm/errors.h"

/* ------------------------------------------------------------------ memory, objects */

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
void mem_free(void *p) { free(p); }

Obj *obj_alloc(Interp *I, TypeObj *type, Ssize nitems) {
    size_t n = (size_t)type->basicsize + (size_t)(nitems * type->itemsize);
    Obj *o = mem_calloc(I, 1, n);
    if (!o) return NULL;
    o->refcnt = 1;
    o->type = type;
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
void obj_free(Interp *I, Obj *o) { (void)I; free(o); }
void obj_dealloc(Interp *I, Obj *o) {
    if (o->type->dealloc) o->type->dealloc(I, o);
    else free(o);
}
void gc_track(Interp *I, Obj *o) { (void)I, (void)o; }
void gc_untrack(Interp *I, Obj *o) { (void)I, (void)o; }

/* ------------------------------------------------------------------ exceptions */

typedef struct ExcObj {
    Obj ob;
    Obj *args;
} ExcObj;

static void exc_dealloc(Interp *I, Obj *o) {
    XDECREF(I, ((ExcObj *)o)->args);
    free(o);
}

Obj *err_set(Interp *I, TypeObj *type, Obj *value) {
    ExcObj *e = (ExcObj *)obj_alloc(I, type, 0);
    if (value && TUPLE_CHECK(value)) e->args = NEWREF(value);
    else if (value) e->args = tuple_pack(I, 1, value);
    else e->args = tuple_new(I, 0);
    XDECREF(I, I->exc);
    I->exc = OBJ(e);
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
    Obj *s = str_from_vformat(I, fmt, ap);
    va_end(ap);
    if (!s) return NULL;
    err_set(I, type, s);
    DECREF(I, s);
    return NULL;
}
Obj *err_no_memory(Interp *I) {
    fprintf(stderr, "out of memory\n");
    (void)I;
    abort();
}
bool type_is_subtype(TypeObj *a, TypeObj *b) {
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}
bool err_matches(Interp *I, TypeObj *type) { return I->exc && type_is_subtype(TYPE(I->exc), type); }
void err_clear(Interp *I) { CLEAR(I, I->exc); }
Obj *err_fetch(Interp *I) {
    Obj *e = I->exc;
    I->exc = NULL;
    return e;
}
void err_restore(Interp *I, Obj *exc) {
    XDECREF(I, I->exc);
    I->exc = exc;
}
Obj *exc_get_args(Obj *exc) { return ((ExcObj *)exc)->args; }

/* ------------------------------------------------------------------ ints and floats */

Obj *int_from_i64(Interp *I, int64_t v) {
    if (v >= -5 && v <= 256 && SMALL_INT(I, v)) return NEWREF(SMALL_INT(I, v));
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    IntObj *o = (IntObj *)obj_alloc(I, I->t_int, 3);
    int n = 0;
    while (a) {
        o->digits[n++] = (Digit)(a & ((1u << INT_SHIFT) - 1));
        a >>= INT_SHIFT;
    }
    o->ob.size = v < 0 ? -n : n;
    return OBJ(o);
}
bool int_fits_i64(Obj *o, int64_t *out) {
    IntObj *x = (IntObj *)o;
    Ssize n = x->ob.size < 0 ? -x->ob.size : x->ob.size;
    uint64_t a = 0;
    for (Ssize i = n - 1; i >= 0; i--) a = (a << INT_SHIFT) | x->digits[i];
    *out = x->ob.size < 0 ? -(int64_t)a : (int64_t)a;
    return true;
}
int64_t int_as_i64(Interp *I, Obj *o) {
    (void)I;
    int64_t v;
    int_fits_i64(o, &v);
    return v;
}
int int_sign(Obj *o) { return VSIZE(o) < 0 ? -1 : VSIZE(o) > 0; }
Obj *int_to_decimal_string(Interp *I, Obj *o) {
    char b[32];
    snprintf(b, sizeof b, "%lld", (long long)int_as_i64(I, o));
    return str_from_cstr(I, b);
}
Obj *int_to_base_string(Interp *I, Obj *o, int base, bool prefix) {
    int64_t v = int_as_i64(I, o);
    char b[40];
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    snprintf(b, sizeof b, base == 16 ? "%s%s%llx" : "%s%s%llo", v < 0 ? "-" : "",
             prefix ? (base == 16 ? "0x" : "0o") : "", (unsigned long long)a);
    return str_from_cstr(I, b);
}
Obj *bool_from(Interp *I, bool b) { return BOOL_OBJ(I, b); }

Obj *float_from_double(Interp *I, double v) {
    FloatObj *f = (FloatObj *)obj_alloc(I, I->t_float, 0);
    f->value = v;
    return OBJ(f);
}
double float_as_double(Interp *I, Obj *o) {
    if (TYPE(o) == I->t_float) return FLOAT_VAL(o);
    if (INT_CHECK(o)) return (double)int_as_i64(I, o);
    err_format(I, I->e_TypeError, "must be real number, not %s", TYPE(o)->name);
    return -1.0;
}
size_t float_repr_buf(double v, char *buf) {
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, 32, "%.*g", p, v);
        if (strtod(buf, NULL) == v) break;
    }
    if (!strpbrk(buf, ".eni")) strcat(buf, ".0");
    return strlen(buf);
}

/* The float spec subset strformat.c produces: [<][+ ][#][0][width].prec type */
Obj *num_format_float(Interp *I, double v, Obj *spec) {
    const char *s = str_utf8(I, spec, NULL);
    char fmt[64] = "%", *f = fmt + 1;
    if (*s == '<') *f++ = '-', s++;
    while (*s == '+' || *s == ' ' || *s == '#' || *s == '0') *f++ = *s++;
    while (*s && *s != '.') *f++ = *s++;
    while (*s) *f++ = *s++;
    *f = 0;
    char out[512];
    snprintf(out, sizeof out, fmt, v);
    return str_from_cstr(I, out);
}
Obj *num_format_int(Interp *I, Obj *v, Obj *spec) {
    const char *s = str_utf8(I, spec, NULL);
    char fmt[64] = "%", *f = fmt + 1, type = 'd';
    if (*s == '<') *f++ = '-', s++;
    else if (*s == '>') s++;
    while (*s >= '0' && *s <= '9') *f++ = *s++;
    if (*s) type = *s;
    if (type == 's') return err_string(I, I->e_ValueError, "Unknown format code 's' for object of type 'int'");
    strcpy(f, type == 'x' ? "llx" : "lld");
    char out[128];
    snprintf(out, sizeof out, fmt, (long long)int_as_i64(I, v));
    return str_from_cstr(I, out);
}


/* ------------------------------------------------------------------ % number conversions */

enum { F_LJUST = NUMF_LJUST, F_SIGN = NUMF_SIGN, F_BLANK = NUMF_BLANK, F_ALT = NUMF_ALT, F_ZERO = NUMF_ZERO };
typedef struct PctSpec {
    int flags;
    Ssize width, prec;
    uint32_t conv;
} PctSpec;

/* Lay out sign + prefix + zeros + digits (ASCII) into the field. */
static bool pct_number(Interp *I, CpWriter *w, const char *sign, const char *prefix,
                       const char *digits, Ssize nd, const PctSpec *sp, bool zero_ok) {
    Ssize zeros = sp->prec > nd ? sp->prec - nd : 0;
    Ssize body = (Ssize)strlen(sign) + (Ssize)strlen(prefix) + zeros + nd;
    Ssize pad = sp->width > body ? sp->width - body : 0;
    bool ok = true;
    if (!(sp->flags & F_LJUST) && !((sp->flags & F_ZERO) && zero_ok)) ok = cw_repeat(I, w, ' ', pad);
    ok = ok && cw_ascii(I, w, sign, (Ssize)strlen(sign)) && cw_ascii(I, w, prefix, (Ssize)strlen(prefix));
    if (ok && !(sp->flags & F_LJUST) && (sp->flags & F_ZERO) && zero_ok) ok = cw_repeat(I, w, '0', pad);
    ok = ok && cw_repeat(I, w, '0', zeros) && cw_ascii(I, w, digits, nd);
    if (ok && (sp->flags & F_LJUST)) ok = cw_repeat(I, w, ' ', pad);
    return ok;
}

static bool has_number_slots(Interp *I, Obj *v) {
    TypeObj *t = TYPE(v);
    return INT_CHECK(v) || t == I->t_float || t->nb_int || t->nb_float || t->nb_index;
}

static bool pct_int(Interp *I, CpWriter *w, Obj *v, const PctSpec *sp) {
    uint32_t c = sp->conv;
    Obj *iv;
    if (INT_CHECK(v)) iv = NEWREF(v);
    else if (c == 'x' || c == 'X' || c == 'o') {
        if (!TYPE(v)->nb_index) {
            err_format(I, I->e_TypeError, "%%%c format: an integer is required, not %s", (int)c,
                       TYPE(v)->name);
            return false;
        }
        iv = num_index(I, v);
    } else if (has_number_slots(I, v)) iv = num_int(I, v);
    else {
        err_format(I, I->e_TypeError, text_feature(I, TXT_REAL_NUMBER_310)
                       ? "%%%c format: a real number is required, not %s"
                       : "%%%c format: a number is required, not %s", (int)c, TYPE(v)->name);
        return false;
    }
    if (!iv) return false;
    Obj *ds = (c == 'x' || c == 'X') ? int_to_base_string(I, iv, 16, false)
            : c == 'o' ? int_to_base_string(I, iv, 8, false) : int_to_decimal_string(I, iv);
    bool neg = int_sign(iv) < 0;
    DECREF(I, iv);
    if (!ds) return false;
    Ssize nd = STR_LEN(ds);
    char *buf = mem_alloc(I, (size_t)nd + 1); /* a private copy: 'X' upper-cases it */
    if (!buf) {
        DECREF(I, ds);
        return false;
    }
    memcpy(buf, STR_DATA(ds), (size_t)nd);
    DECREF(I, ds);
    char *d = buf;
    if (*d == '-') d++, nd--;
    if (d[0] == '0' && (d[1] == 'x' || d[1] == 'o')) d += 2, nd -= 2; /* tolerate prefixed output */
    if (c == 'X')
        for (Ssize i = 0; i < nd; i++)
            if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
    const char *sign = neg ? "-" : (sp->flags & F_SIGN) ? "+" : (sp->flags & F_BLANK) ? " " : "";
    const char *prefix = !(sp->flags & F_ALT) ? "" : c == 'x' ? "0x" : c == 'X' ? "0X" : c == 'o' ? "0o" : "";
    bool ok = pct_number(I, w, sign, prefix, d, nd, sp, true);
    mem_free(buf);
    return ok;
}

static bool pct_float(Interp *I, CpWriter *w, Obj *v, const PctSpec *sp) {
    double d;
    if (!(INT_CHECK(v) || TYPE(v) == I->t_float || TYPE(v)->nb_float || TYPE(v)->nb_index)) {
        err_format(I, I->e_TypeError, "must be real number, not %s", TYPE(v)->name);
        return false;
    }
    d = float_as_double(I, v);
    if (d == -1.0 && err_occurred(I)) return false;
    char spec[80], width[24] = "";
    int f = sp->flags;
    if (sp->width > 0) snprintf(width, sizeof width, "%zd", sp->width);
    /* the same layout in format()'s mini-language: [<][sign][#][0][width].prec type */
    snprintf(spec, sizeof spec, "%s%s%s%s%s.%zd%c", (f & F_LJUST) ? "<" : "",
             (f & F_SIGN) ? "+" : (f & F_BLANK) ? " " : "", (f & F_ALT) ? "#" : "",
             ((f & F_ZERO) && !(f & F_LJUST)) ? "0" : "", width,
             sp->prec >= 0 ? sp->prec : 6, (char)sp->conv);
    Obj *so = str_from_ascii(I, spec, (Ssize)strlen(spec));
    if (!so) return false;
    Obj *r = num_format_float(I, d, so);
    DECREF(I, so);
    bool ok = r && cw_str(I, w, r);
    XDECREF(I, r);
    return ok;
}

Obj *num_percent_format(Interp *I, Obj *v, char type, int flags, Ssize width, Ssize prec) {
    PctSpec sp = {flags, width, prec, (uint8_t)type};
    CpWriter w;
    cw_init(&w);
    bool ok = strchr("diuoxX", type) ? pct_int(I, &w, v, &sp) : pct_float(I, &w, v, &sp);
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

/* ------------------------------------------------------------------ tuple, list, dict */

Obj *tuple_new(Interp *I, Ssize n) {
    if (n == 0 && I->empty_tuple) return NEWREF(I->empty_tuple);
    Obj *t = obj_alloc(I, I->t_tuple, n);
    VSIZE(t) = n;
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
Obj *tuple_from_array(Interp *I, Obj *const *items, Ssize n) {
    Obj *t = tuple_new(I, n);
    for (Ssize i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(items[i]));
    return t;
}
static void tuple_dealloc(Interp *I, Obj *o) {
    for (Ssize i = 0; i < TUPLE_LEN(o); i++) XDECREF(I, TUPLE_GET(o, i));
    free(o);
}

Obj *list_new(Interp *I, Ssize n) {
    ListObj *l = (ListObj *)obj_alloc(I, I->t_list, 0);
    l->items = calloc((size_t)(n ? n : 1), sizeof(Obj *));
    l->allocated = n;
    l->ob.size = n;
    return OBJ(l);
}
bool list_append(Interp *I, Obj *list, Obj *v) {
    (void)I;
    ListObj *l = (ListObj *)list;
    if (l->ob.size >= l->allocated) {
        l->allocated = l->allocated * 2 + 4;
        l->items = realloc(l->items, (size_t)l->allocated * sizeof(Obj *));
    }
    l->items[l->ob.size++] = NEWREF(v);
    return true;
}
static void list_dealloc(Interp *I, Obj *o) {
    for (Ssize i = 0; i < LIST_LEN(o); i++) XDECREF(I, LIST_GET(o, i));
    free(LIST_ITEMS(o));
    free(o);
}

typedef struct DictObj {
    Obj ob;
    Ssize n, cap;
    Obj **keys, **vals;
} DictObj;

Obj *dict_new(Interp *I) { return obj_alloc(I, I->t_dict, 0); }
static bool key_eq(Interp *I, Obj *a, Obj *b) {
    if (a == b) return true;
    if (STR_CHECK(a) && STR_CHECK(b)) return str_eq(a, b);
    if (INT_CHECK(a) && INT_CHECK(b)) return int_as_i64(I, a) == int_as_i64(I, b);
    if (BYTES_CHECK(a) && BYTES_CHECK(b))
        return BYTES_LEN(a) == BYTES_LEN(b) && !memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_LEN(a));
    return false;
}
static Ssize dict_find(Interp *I, Obj *d, Obj *key) {
    DictObj *x = (DictObj *)d;
    for (Ssize i = 0; i < x->n; i++)
        if (key_eq(I, x->keys[i], key)) return i;
    return -1;
}
Obj *dict_get(Interp *I, Obj *d, Obj *key) {
    Ssize i = dict_find(I, d, key);
    return i < 0 ? NULL : ((DictObj *)d)->vals[i];
}
bool dict_set(Interp *I, Obj *d, Obj *key, Obj *value) {
    DictObj *x = (DictObj *)d;
    Ssize i = dict_find(I, d, key);
    if (i >= 0) {
        SETREF(I, x->vals[i], NEWREF(value));
        return true;
    }
    if (x->n == x->cap) {
        x->cap = x->cap * 2 + 4;
        x->keys = realloc(x->keys, (size_t)x->cap * sizeof(Obj *));
        x->vals = realloc(x->vals, (size_t)x->cap * sizeof(Obj *));
    }
    x->keys[x->n] = NEWREF(key);
    x->vals[x->n++] = NEWREF(value);
    return true;
}
bool dict_next(Obj *d, Ssize *pos, Obj **key, Obj **value) {
    DictObj *x = (DictObj *)d;
    if (*pos >= x->n) return false;
    *key = x->keys[*pos];
    *value = x->vals[*pos];
    (*pos)++;
    return true;
}
Ssize dict_len(Obj *d) { return ((DictObj *)d)->n; }
static void dict_dealloc(Interp *I, Obj *o) {
    DictObj *x = (DictObj *)o;
    for (Ssize i = 0; i < x->n; i++) DECREF(I, x->keys[i]), DECREF(I, x->vals[i]);
    free(x->keys);
    free(x->vals);
    free(o);
}
static Obj *stub_dict_subscript(Interp *I, Obj *d, Obj *key) {
    Obj *v = dict_get(I, d, key);
    if (!v) return err_set(I, I->e_KeyError, key);
    return NEWREF(v);
}

/* ------------------------------------------------------------------ slices */

Obj *slice_new(Interp *I, Obj *start, Obj *stop, Obj *step) {
    SliceObj *s = (SliceObj *)obj_alloc(I, I->t_slice, 0);
    s->start = NEWREF(start ? start : I->none);
    s->stop = NEWREF(stop ? stop : I->none);
    s->step = NEWREF(step ? step : I->none);
    return OBJ(s);
}
static void slice_dealloc(Interp *I, Obj *o) {
    SliceObj *s = (SliceObj *)o;
    DECREF(I, s->start), DECREF(I, s->stop), DECREF(I, s->step);
    free(o);
}
bool slice_indices(Interp *I, Obj *slice, Ssize len, Ssize *start, Ssize *stop, Ssize *step,
                   Ssize *slicelen) {
    SliceObj *s = (SliceObj *)slice;
    *step = s->step == I->none ? 1 : (Ssize)int_as_i64(I, s->step);
    if (*step == 0) {
        err_string(I, I->e_ValueError, "slice step cannot be zero");
        return false;
    }
    Ssize lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    Ssize defstart = *step < 0 ? hi : lo, defstop = *step < 0 ? lo : hi;
    Obj *bounds[2] = {s->start, s->stop};
    Ssize *outs[2] = {start, stop}, defs[2] = {defstart, defstop};
    for (int k = 0; k < 2; k++) {
        if (bounds[k] == I->none) {
            *outs[k] = defs[k];
            continue;
        }
        Ssize v = (Ssize)int_as_i64(I, bounds[k]);
        if (v < 0) {
            v += len;
            if (v < lo) v = lo;
        } else if (v > hi) v = hi;
        *outs[k] = v;
    }
    if (*step < 0) *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

/* ------------------------------------------------------------------ protocols */

Ssize num_as_ssize(Interp *I, Obj *o, TypeObj *exc) {
    (void)exc;
    if (INT_CHECK(o)) return (Ssize)int_as_i64(I, o);
    err_format(I, I->e_TypeError, "'%s' object cannot be interpreted as an integer", TYPE(o)->name);
    return -1;
}
Obj *num_index(Interp *I, Obj *o) {
    if (INT_CHECK(o)) return NEWREF(o);
    return err_format(I, I->e_TypeError, "'%s' object cannot be interpreted as an integer", TYPE(o)->name);
}
Obj *num_int(Interp *I, Obj *o) {
    if (INT_CHECK(o)) return NEWREF(o);
    if (TYPE(o) == I->t_float) return int_from_i64(I, (int64_t)FLOAT_VAL(o));
    return err_format(I, I->e_TypeError, "int() argument must be a string, not '%s'", TYPE(o)->name);
}
int obj_is_true(Interp *I, Obj *o) {
    if (o == I->none || o == I->false_) return 0;
    if (INT_CHECK(o)) return int_as_i64(I, o) != 0;
    if (STR_CHECK(o)) return STR_LEN(o) != 0;
    return 1;
}
bool obj_is_instance_of_type(Obj *o, TypeObj *t) { return type_is_subtype(TYPE(o), t); }
Obj *type_lookup(Interp *I, TypeObj *t, Obj *name) { (void)I, (void)t, (void)name; return NULL; }
Obj *obj_call1(Interp *I, Obj *c, Obj *a) { (void)c, (void)a; return err_string(I, I->e_TypeError, "no calls in stubs"); }

static Obj *seq_repr(Interp *I, Obj *const *items, Ssize n, const char *open, const char *close) {
    CpWriter w;
    cw_init(&w);
    cw_ascii(I, &w, open, (Ssize)strlen(open));
    for (Ssize i = 0; i < n; i++) {
        if (i) cw_ascii(I, &w, ", ", 2);
        Obj *r = obj_repr(I, items[i]);
        if (!r) {
            cw_discard(&w);
            return NULL;
        }
        cw_str(I, &w, r);
        DECREF(I, r);
    }
    if (n == 1 && !strcmp(open, "(")) cw_char(I, &w, ',');
    cw_ascii(I, &w, close, (Ssize)strlen(close));
    return cw_finish(I, &w);
}

Obj *obj_repr(Interp *I, Obj *o) {
    if (o == I->none) return str_from_cstr(I, "None");
    if (o == I->true_) return str_from_cstr(I, "True");
    if (o == I->false_) return str_from_cstr(I, "False");
    if (INT_CHECK(o)) return int_to_decimal_string(I, o);
    if (TYPE(o) == I->t_float) {
        char b[40];
        float_repr_buf(FLOAT_VAL(o), b);
        return str_from_cstr(I, b);
    }
    if (TYPE(o) == I->t_tuple) return seq_repr(I, TUPLE_ITEMS(o), TUPLE_LEN(o), "(", ")");
    if (TYPE(o) == I->t_list) return seq_repr(I, LIST_ITEMS(o), LIST_LEN(o), "[", "]");
    if (TYPE(o) == I->t_dict) {
        DictObj *d = (DictObj *)o;
        CpWriter w;
        cw_init(&w);
        cw_char(I, &w, '{');
        for (Ssize i = 0; i < d->n; i++) {
            Obj *k = obj_repr(I, d->keys[i]), *v = obj_repr(I, d->vals[i]);
            if (i) cw_ascii(I, &w, ", ", 2);
            cw_str(I, &w, k), cw_ascii(I, &w, ": ", 2), cw_str(I, &w, v);
            DECREF(I, k), DECREF(I, v);
        }
        cw_char(I, &w, '}');
        return cw_finish(I, &w);
    }
    if (TYPE(o)->repr) return TYPE(o)->repr(I, o);
    return str_from_format(I, "<%s object>", TYPE(o)->name);
}
Obj *obj_str(Interp *I, Obj *o) {
    if (TYPE(o)->str) return TYPE(o)->str(I, o);
    return obj_repr(I, o);
}
Obj *obj_ascii(Interp *I, Obj *o) {
    Obj *r = obj_repr(I, o);
    if (!r || ((StrObj *)r)->ascii) return r;
    CpWriter w;
    cw_init(&w);
    for (Ssize i = 0; i < STR_LEN(r); i++) {
        uint32_t c = str_char_at(r, i);
        char b[12];
        if (c < 128) cw_char(I, &w, c);
        else {
            int n = snprintf(b, sizeof b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            cw_ascii(I, &w, b, n);
        }
    }
    DECREF(I, r);
    return cw_finish(I, &w);
}
Obj *obj_format(Interp *I, Obj *o, Obj *spec) {
    if (STR_CHECK(o)) return str_format_spec(I, o, spec);
    if (spec && STR_LEN(spec)) {
        if (INT_CHECK(o) && o != I->true_ && o != I->false_) return num_format_int(I, o, spec);
        if (TYPE(o) == I->t_float) return num_format_float(I, FLOAT_VAL(o), spec);
        return err_format(I, I->e_TypeError, "unsupported format string passed to %s.__format__",
                          TYPE(o)->name);
    }
    return obj_str(I, o);
}
Obj *obj_getattr(Interp *I, Obj *o, Obj *name) {
    if (INT_CHECK(o) && str_eq_cstr(name, "real")) return NEWREF(o);
    return err_format(I, I->e_AttributeError, "'%s' object has no attribute '%U'", TYPE(o)->name, name);
}
Obj *obj_getitem(Interp *I, Obj *o, Obj *key) {
    if ((TYPE(o) == I->t_tuple || TYPE(o) == I->t_list) && INT_CHECK(key)) {
        int64_t i = int_as_i64(I, key);
        Ssize n = VSIZE(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n)
            return err_format(I, I->e_IndexError, "%s index out of range", TYPE(o)->name);
        return NEWREF(TYPE(o) == I->t_tuple ? TUPLE_GET(o, i) : LIST_GET(o, i));
    }
    if (TYPE(o)->mp_subscript) return TYPE(o)->mp_subscript(I, o, key);
    return err_format(I, I->e_TypeError, "'%s' object is not subscriptable", TYPE(o)->name);
}

typedef struct SeqIter {
    Obj ob;
    Obj *seq;
    Ssize i;
} SeqIter;
static Obj *seqiter_next(Interp *I, Obj *o) {
    SeqIter *it = (SeqIter *)o;
    (void)I;
    if (it->i >= VSIZE(it->seq)) return NULL;
    Obj *x = TYPE(it->seq) == I->t_tuple ? TUPLE_GET(it->seq, it->i) : LIST_GET(it->seq, it->i);
    it->i++;
    return NEWREF(x);
}
static void seqiter_dealloc(Interp *I, Obj *o) {
    DECREF(I, ((SeqIter *)o)->seq);
    free(o);
}
static Obj *seq_iter(Interp *I, Obj *o) {
    SeqIter *it = (SeqIter *)obj_alloc(I, I->t_tuple_iter, 0);
    it->seq = NEWREF(o);
    return OBJ(it);
}
Obj *obj_iter(Interp *I, Obj *o) {
    if (TYPE(o)->iter) return TYPE(o)->iter(I, o);
    return err_format(I, I->e_TypeError, "'%s' object is not iterable", TYPE(o)->name);
}
Obj *iter_next(Interp *I, Obj *it) { return TYPE(it)->iternext(I, it); }
Obj *seq_list(Interp *I, Obj *iterable) {
    Obj *it = obj_iter(I, iterable);
    if (!it) return NULL;
    Obj *l = list_new(I, 0), *x;
    while ((x = iter_next(I, it))) {
        list_append(I, l, x);
        DECREF(I, x);
    }
    DECREF(I, it);
    if (err_occurred(I)) CLEAR(I, l);
    return l;
}

/* ------------------------------------------------------------------ argument parsing */

bool args_no_kw(Interp *I, const char *fname, Obj *kwnames) {
    if (!kwnames || TUPLE_LEN(kwnames) == 0) return true;
    err_format(I, I->e_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}
bool args_count(Interp *I, const char *fname, size_t nargs, int min, int max) {
    if ((int)nargs < min) {
        err_format(I, I->e_TypeError, "%s expected at least %d argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
        return false;
    }
    if (max >= 0 && (int)nargs > max) {
        err_format(I, I->e_TypeError, "%s expected at most %d argument%s, got %zu", fname, max,
                   max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}
bool args_parse(Interp *I, const ArgSpec *spec, Obj *const *args, size_t nargs, Obj *kwnames,
                Obj **out) {
    for (int i = 0; i < spec->n; i++) out[i] = NULL;
    if ((int)nargs > spec->npos) {
        err_format(I, I->e_TypeError, "%s() takes at most %d arguments (%zu given)", spec->fname,
                   spec->npos, nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (Ssize k = 0; kwnames && k < TUPLE_LEN(kwnames); k++) {
        int j = 0;
        while (j < spec->n && !str_eq_cstr(TUPLE_GET(kwnames, k), spec->names[j])) j++;
        if (j == spec->n) {
            err_format(I, I->e_TypeError, "'%U' is an invalid keyword argument for %s()",
                       TUPLE_GET(kwnames, k), spec->fname);
            return false;
        }
        out[j] = args[nargs + (size_t)k];
    }
    return true;
}

/* ------------------------------------------------------------------ the test interpreter */

static Obj *bool_repr(Interp *I, Obj *o) { return obj_repr(I, o); }

static TypeObj *mk_type(const char *name, TypeObj *base, Ssize basicsize, Ssize itemsize,
                        uint32_t flags) {
    TypeObj *t = calloc(1, sizeof(TypeObj));
    t->name = name;
    t->base = base;
    t->basicsize = basicsize;
    t->itemsize = itemsize;
    t->flags = flags;
    return t;
}

static TypeObj *copy_type(const TypeObj *tmpl, TypeObj *base) {
    TypeObj *t = malloc(sizeof(TypeObj));
    *t = *tmpl;
    t->base = base;
    return t;
}

Interp *stub_interp_new(const char *version) {
    Interp *I = calloc(1, sizeof(Interp));
    I->prof = version ? profile_find(version) : profile_default();
    TypeObj *object = mk_type("object", NULL, sizeof(Obj), 0, TPF_BASETYPE);
    I->t_object = object;
    I->t_int = mk_type("int", object, offsetof(IntObj, digits), sizeof(Digit), TPF_INT_SUBCLASS);
    I->t_bool = mk_type("bool", I->t_int, offsetof(IntObj, digits), sizeof(Digit), TPF_INT_SUBCLASS);
    I->t_bool->repr = bool_repr;
    I->t_float = mk_type("float", object, sizeof(FloatObj), 0, 0);
    I->t_none = mk_type("NoneType", object, sizeof(Obj), 0, 0);
    I->t_notimpl = mk_type("NotImplementedType", object, sizeof(Obj), 0, 0);
    I->t_tuple = mk_type("tuple", object, offsetof(TupleObj, items), sizeof(Obj *), TPF_TUPLE_SUBCLASS);
    I->t_tuple->dealloc = tuple_dealloc;
    I->t_tuple->iter = seq_iter;
    I->t_list = mk_type("list", object, sizeof(ListObj), 0, TPF_LIST_SUBCLASS);
    I->t_list->dealloc = list_dealloc;
    I->t_list->iter = seq_iter;
    I->t_list->mp_subscript = obj_getitem; /* makes lists "mappings" for % as in CPython */
    I->t_tuple_iter = mk_type("tuple_iterator", object, sizeof(SeqIter), 0, 0);
    I->t_tuple_iter->iternext = seqiter_next;
    I->t_tuple_iter->dealloc = seqiter_dealloc;
    I->t_dict = mk_type("dict", object, sizeof(DictObj), 0, TPF_DICT_SUBCLASS);
    I->t_dict->dealloc = dict_dealloc;
    I->t_dict->mp_subscript = stub_dict_subscript;
    I->t_slice = mk_type("slice", object, sizeof(SliceObj), 0, 0);
    I->t_slice->dealloc = slice_dealloc;
    I->t_str = copy_type(&str_tmpl, object);
    I->t_str_iter = copy_type(&str_iter_tmpl, object);
    I->t_bytes = copy_type(&bytes_tmpl, object);
    I->t_bytes_iter = copy_type(&bytes_iter_tmpl, object);
    I->t_bytearray = copy_type(&bytearray_tmpl, object);
#define X(n, b)                                                                              \
    I->e_##n = mk_type(#n, NULL, sizeof(ExcObj), 0, TPF_BASE_EXC_SUBCLASS);                    \
    I->e_##n->dealloc = exc_dealloc;
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
#define X(n, b) if (I->e_##n != I->e_##b) I->e_##n->base = I->e_##b;
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    I->e_BaseException->base = object;
    I->none = obj_alloc(I, I->t_none, 0);
    I->notimpl = obj_alloc(I, I->t_notimpl, 0);
    for (int v = -5; v <= 256; v++) SMALL_INT(I, v) = int_from_i64(I, v);
    I->true_ = obj_alloc(I, I->t_bool, 1);
    VSIZE(I->true_) = 1;
    ((IntObj *)I->true_)->digits[0] = 1;
    I->false_ = obj_alloc(I, I->t_bool, 1);
    I->empty_tuple = tuple_new(I, 0);
    if (!text_init(I)) {
        fprintf(stderr, "text_init failed\n");
        abort();
    }
    return I;
}

void stub_interp_free(Interp *I) {
    err_clear(I);
    text_fini(I);
    for (int v = -5; v <= 256; v++) DECREF(I, SMALL_INT(I, v));
    DECREF(I, I->none), DECREF(I, I->notimpl), DECREF(I, I->true_), DECREF(I, I->false_);
    DECREF(I, I->empty_tuple);
    TypeObj *types[] = {I->t_object, I->t_int, I->t_bool, I->t_float, I->t_none, I->t_notimpl,
                        I->t_tuple, I->t_list, I->t_tuple_iter, I->t_dict, I->t_slice, I->t_str,
                        I->t_str_iter, I->t_bytes, I->t_bytes_iter, I->t_bytearray};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) free(types[i]);
#define X(n, b) free(I->e_##n);
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    free(I);
}

/* Call a method of the str/bytes method tables by name. */
Obj *stub_call_method(Interp *I, Obj *self, const char *name, Obj *const *args, size_t nargs,
                      Obj *kwnames) {
    for (const MethodDef *m = TYPE(self)->methods; m->name; m++) {
        if (strcmp(m->name, name)) continue;
        if ((m->flags & METH_NOARGS) && nargs)
            return err_format(I, I->e_TypeError, "%s.%s() takes no arguments (%zu given)",
                              TYPE(self)->name, name, nargs);
        if ((m->flags & METH_O) && nargs != 1)
            return err_format(I, I->e_TypeError, "%s.%s() takes exactly one argument (%zu given)",
                              TYPE(self)->name, name, nargs);
        Obj *s = (m->flags & METH_CLASS) ? OBJ(TYPE(self)) : (m->flags & METH_STATIC) ? NULL : self;
        return m->fn(I, s, args, nargs, kwnames);
    }
    return err_format(I, I->e_AttributeError, "no method %s", name);
}

/* tracemalloc's ledger (model/ledger.c) is not linked: I->model is NULL here, never traced. */
#include "model/ledger.h"
MTrace ledger_alloc(ModelLedger *L, MSize size) {
    (void)L, (void)size;
    return 0;
}
void ledger_free(ModelLedger *L, MTrace t, MSize size) { (void)L, (void)t, (void)size; }
size_t int_ndigits(Obj *o) {
    (void)o;
    return 1;
}

/* gc.h's trashcan: these tests free no deep chains, so frees happen at once. */
bool gc_trash_begin(Interp *I, Obj *o) {
    (void)I, (void)o;
    return true;
}
void gc_trash_end(Interp *I) { (void)I; }
