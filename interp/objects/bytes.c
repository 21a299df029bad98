/* bytes.c: bytes (immutable) and bytearray (mutable, minimal) with CPython's repr, operators,
 * constructors and the common methods; both share the method bodies, which return an object
 * of the receiver's type. */
#include "objects/bytes.h"

#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define METHOD(name) \
    static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kwnames

/* ------------------------------------------------------------------ creation */

Obj *bytes_new_raw(Interp *I, Ssize len) {
    if (len == 0 && I->empty_bytes) return NEWREF(I->empty_bytes);
    if (len < 0 || len > PTRDIFF_MAX / 2) return err_no_memory(I);
    BytesObj *b = (BytesObj *)obj_alloc(I, I->t_bytes, len);
    if (!b) return NULL;
    b->ob.size = len;
    b->hash = -1;
    if (len == 0) I->empty_bytes = NEWREF(b); /* the shared b'' (CPython's singleton) */
    return OBJ(b);
}

Obj *bytes_from(Interp *I, const char *s, Ssize len) {
    Obj *b = bytes_new_raw(I, len);
    if (b && len) memcpy(BYTES_DATA(b), s, (size_t)len);
    return b;
}

static Obj *bytes_of_type(Interp *I, TypeObj *t, const char *s, Ssize len) {
    if (t == I->t_bytes) return bytes_from(I, s, len);
    BytesObj *b = (BytesObj *)obj_alloc(I, t, len);
    if (!b) return NULL;
    b->ob.size = len;
    b->hash = -1;
    if (len) memcpy(b->data, s, (size_t)len);
    return OBJ(b);
}

static bool ba_reserve(Interp *I, ByteArrayObj *a, Ssize n) {
    if (n + 1 <= a->alloc) return true;
    Ssize na = n + (n >> 3) + 8; /* CPython-like over-allocation */
    char *d = mem_realloc(I, a->data, (size_t)na);
    if (!d) return false;
    a->data = d;
    a->alloc = na;
    return true;
}

Obj *bytearray_from(Interp *I, const char *s, Ssize len) {
    ByteArrayObj *a = (ByteArrayObj *)obj_alloc(I, I->t_bytearray, 0);
    if (!a) return NULL;
    if (len && !ba_reserve(I, a, len)) {
        DECREF(I, a);
        return NULL;
    }
    if (len) {
        memcpy(a->data, s, (size_t)len);
        a->data[len] = 0;
    }
    a->ob.size = len;
    return OBJ(a);
}

static bool is_ba(Interp *I, Obj *o) { return obj_is_instance_of_type(o, I->t_bytearray); }

/* A bytes-like view of o (bytes or bytearray); false (no error) for anything else. */
static bool view(Interp *I, Obj *o, const char **p, Ssize *n) {
    if (BYTES_CHECK(o)) *p = BYTES_DATA(o), *n = BYTES_LEN(o);
    else if (is_ba(I, o)) *p = BYTEARRAY_DATA(o), *n = BYTEARRAY_LEN(o);
    else return false;
    return true;
}

static bool need_view(Interp *I, Obj *o, const char **p, Ssize *n) {
    if (view(I, o, p, n)) return true;
    err_format(I, I->e_TypeError, "a bytes-like object is required, not '%s'", TYPE(o)->name);
    return false;
}

/* A result of the receiver's kind: bytes for bytes, bytearray for bytearray. */
static Obj *like(Interp *I, Obj *self, const char *s, Ssize n) {
    return is_ba(I, self) ? bytearray_from(I, s, n) : bytes_from(I, s, n);
}

/* ------------------------------------------------------------------ repr, hash, compare */

/* bytearray's repr escapes every ' whatever the quote (CPython's bytearray_repr). */
static Obj *repr_buf(Interp *I, const char *p, Ssize n, const char *pre, const char *post) {
    bool ba = pre[0] != 0;
    bool sq = memchr(p, '\'', (size_t)n) != NULL, dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    CpWriter w;
    cw_init(&w);
    bool ok = cw_ascii(I, &w, pre, (Ssize)strlen(pre)) && cw_char(I, &w, 'b') && cw_char(I, &w, (uint8_t)quote);
    for (Ssize i = 0; ok && i < n; i++) {
        uint8_t c = (uint8_t)p[i];
        char e[4] = {'\\', 0, 0, 0};
        int k = 2;
        if (c == (uint8_t)quote || c == '\\' || (ba && c == '\'')) e[1] = (char)c;
        else if (c == '\t') e[1] = 't';
        else if (c == '\n') e[1] = 'n';
        else if (c == '\r') e[1] = 'r';
        else if (c < ' ' || c >= 0x7f) e[1] = 'x', e[2] = hex[c >> 4], e[3] = hex[c & 15], k = 4;
        else e[0] = (char)c, k = 1;
        ok = cw_ascii(I, &w, e, k);
    }
    ok = ok && cw_char(I, &w, (uint8_t)quote) && cw_ascii(I, &w, post, (Ssize)strlen(post));
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

Obj *bytes_repr_of(Interp *I, Obj *b) { return repr_buf(I, BYTES_DATA(b), BYTES_LEN(b), "", ""); }
static Obj *bytes_repr(Interp *I, Obj *b) { return bytes_repr_of(I, b); }

static Obj *bytearray_repr(Interp *I, Obj *b) {
    char pre[128];
    snprintf(pre, sizeof pre, "%s(", TYPE(b)->name);
    return repr_buf(I, BYTEARRAY_DATA(b), BYTEARRAY_LEN(b), pre, ")");
}

static Hash bytes_hash(Interp *I, Obj *o) {
    (void)I;
    BytesObj *b = (BytesObj *)o;
    if (b->hash == -1) b->hash = text_hash_bytes(b->data, (size_t)b->ob.size);
    return b->hash;
}

static Hash bytearray_hash(Interp *I, Obj *o) {
    err_format(I, I->e_TypeError, "unhashable type: '%s'", TYPE(o)->name);
    return -1;
}

static Obj *bytes_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    const char *p, *q;
    Ssize n, m;
    if (!view(I, a, &p, &n) || !view(I, b, &q, &m)) return NEWREF(I->notimpl);
    if ((op == CMP_EQ || op == CMP_NE) && n != m) return BOOL_OBJ(I, op == CMP_NE);
    int c = memcmp(p, q, (size_t)(n < m ? n : m));
    if (c == 0) c = n < m ? -1 : n > m ? 1 : 0;
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return BOOL_OBJ(I, r);
}

/* ------------------------------------------------------------------ sequence protocol */

static Ssize bytes_len(Interp *I, Obj *o) {
    (void)I;
    return VSIZE(o);
}

static const char *data_of(Interp *I, Obj *o) { return is_ba(I, o) ? BYTEARRAY_DATA(o) : BYTES_DATA(o); }

static Obj *bytes_item(Interp *I, Obj *o, Ssize i) {
    if (i < 0 || i >= VSIZE(o)) {
        return err_string(I, I->e_IndexError, is_ba(I, o) ? "bytearray index out of range" : "index out of range");
    }
    return int_from_i64(I, (uint8_t)data_of(I, o)[i]);
}

static Obj *bytes_subscript(Interp *I, Obj *o, Obj *key) {
    if (INT_CHECK(key) || TYPE(key)->nb_index) {
        Ssize i = num_as_ssize(I, key, I->e_IndexError);
        if (i == -1 && err_occurred(I)) return NULL;
        if (i < 0) i += VSIZE(o);
        return bytes_item(I, o, i);
    }
    if (TYPE(key) == I->t_slice) {
        Ssize start, stop, step, n;
        if (!slice_indices(I, key, VSIZE(o), &start, &stop, &step, &n)) return NULL;
        const char *d = data_of(I, o);
        if (step == 1) {
            if (n == VSIZE(o) && TYPE(o) == I->t_bytes) return NEWREF(o);
            return like(I, o, d + start, n);
        }
        char *tmp = mem_alloc(I, (size_t)(n > 0 ? n : 1));
        if (!tmp) return NULL;
        for (Ssize i = 0, j = start; i < n; i++, j += step) tmp[i] = d[j];
        Obj *r = like(I, o, tmp, n);
        mem_free(tmp);
        return r;
    }
    return err_format(I, I->e_TypeError, "%s indices must be integers or slices, not %s",
                      is_ba(I, o) ? "bytearray" : "byte", TYPE(key)->name);
}

/* An int 0..255 from o, or -1 with ValueError "byte must be in range(0, 256)". */
static int byte_value(Interp *I, Obj *o) {
    Ssize v = num_as_ssize(I, o, I->e_ValueError);
    if (v == -1 && err_occurred(I)) return -1;
    if (v < 0 || v > 255) {
        err_string(I, I->e_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

static Ssize find_buf(const char *h, Ssize n, const char *nd, Ssize m, Ssize start, Ssize end, int dir) {
    if (end > n) end = n;
    if (start < 0) start = 0;
    if (end - start < m) return -1;
    if (dir > 0) {
        for (Ssize i = start; i <= end - m; i++)
            if (memcmp(h + i, nd, (size_t)m) == 0) return i;
    } else {
        for (Ssize i = end - m; i >= start; i--)
            if (memcmp(h + i, nd, (size_t)m) == 0) return i;
    }
    return -1;
}

static int bytes_contains(Interp *I, Obj *o, Obj *x) {
    const char *p, *q;
    Ssize n, m;
    p = data_of(I, o), n = VSIZE(o);
    if (INT_CHECK(x) || TYPE(x)->nb_index) {
        int v = byte_value(I, x);
        if (v < 0) return -1;
        return memchr(p, v, (size_t)n) != NULL;
    }
    if (!need_view(I, x, &q, &m)) return -1;
    return find_buf(p, n, q, m, 0, n, 1) >= 0;
}

static Obj *bytes_concat(Interp *I, Obj *a, Obj *b) {
    const char *p, *q;
    Ssize n, m;
    if (!view(I, b, &q, &m) || !view(I, a, &p, &n))
        return err_format(I, I->e_TypeError, "can't concat %s to %s", TYPE(b)->name, TYPE(a)->name);
    char *tmp = mem_alloc(I, (size_t)(n + m + 1));
    if (!tmp) return NULL;
    memcpy(tmp, p, (size_t)n);
    memcpy(tmp + n, q, (size_t)m);
    Obj *r = like(I, a, tmp, n + m);
    mem_free(tmp);
    return r;
}

static Obj *bytes_repeat(Interp *I, Obj *o, Ssize k) {
    Ssize n = VSIZE(o);
    if (k < 0) k = 0;
    if (n && k > PTRDIFF_MAX / 2 / n) return err_no_memory(I);
    if (k == 1 && TYPE(o) == I->t_bytes) return NEWREF(o);
    char *tmp = mem_alloc(I, (size_t)(n * k + 1));
    if (!tmp) return NULL;
    for (Ssize i = 0; i < k; i++) memcpy(tmp + i * n, data_of(I, o), (size_t)n);
    Obj *r = like(I, o, tmp, n * k);
    mem_free(tmp);
    return r;
}

Obj *bytes_mod_format(Interp *I, Obj *fmt, Obj *values) {
    return text_percent_format(I, fmt, values, true);
}

static Obj *bytes_nb_mod(Interp *I, Obj *a, Obj *b) {
    if (!BYTES_CHECK(a) && !is_ba(I, a)) return NEWREF(I->notimpl);
    Obj *r = bytes_mod_format(I, a, b);
    if (r && is_ba(I, a)) SETREF(I, r, bytearray_from(I, BYTES_DATA(r), BYTES_LEN(r)));
    return r;
}

/* ------------------------------------------------------------------ constructors */

/* The bytes of an iterable of ints into a malloc'd buffer. */
static char *ints_to_buf(Interp *I, Obj *iterable, Ssize *len, bool ctor) {
    Obj *it = obj_iter(I, iterable);
    if (!it) return NULL;
    Ssize n = 0, cap = 16;
    char *buf = mem_alloc(I, (size_t)cap);
    Obj *x;
    while (buf && (x = iter_next(I, it))) {
        int v = byte_value(I, x);
        DECREF(I, x);
        if (v < 0) {
            if (ctor && err_matches(I, I->e_ValueError)) { /* the constructors' plural wording */
                err_clear(I);
                err_string(I, I->e_ValueError, "bytes must be in range(0, 256)");
            }
            break;
        }
        if (n + 1 >= cap) {
            char *nb = mem_realloc(I, buf, (size_t)(cap *= 2));
            if (!nb) break;
            buf = nb;
        }
        buf[n++] = (char)v;
    }
    DECREF(I, it);
    if (err_occurred(I)) {
        mem_free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The contents bytes(x, encoding, errors) / bytearray(...) would hold, as a new bytes. */
static Obj *bytes_content(Interp *I, Obj *x, Obj *enc, Obj *errs) {
    if (STR_CHECK(x)) {
        if (!enc) return err_string(I, I->e_TypeError, "string argument without an encoding");
        const char *e = str_utf8(I, enc, NULL), *r = errs ? str_utf8(I, errs, NULL) : NULL;
        if (!e || (errs && !r)) return NULL;
        return str_encode(I, x, e, r);
    }
    if (enc || errs)
        return err_string(I, I->e_TypeError, enc ? "encoding without a string argument"
                                                 : "errors without a string argument");
    const char *p;
    Ssize n;
    if (view(I, x, &p, &n)) return bytes_from(I, p, n);
    if (INT_CHECK(x) || TYPE(x)->nb_index) {
        Ssize k = num_as_ssize(I, x, I->e_OverflowError);
        if (k == -1 && err_occurred(I)) return NULL;
        if (k < 0) return err_string(I, I->e_ValueError, "negative count");
        return bytes_new_raw(I, k);
    }
    if (!TYPE(x)->iter && !TYPE(x)->sq_item)
        return err_format(I, I->e_TypeError, "cannot convert '%s' object to %s", TYPE(x)->name,
                          "bytes");
    char *buf = ints_to_buf(I, x, &n, true);
    if (!buf) return NULL;
    Obj *r = bytes_from(I, buf, n);
    mem_free(buf);
    return r;
}

static bool ctor_args(Interp *I, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, Obj **a) {
    static const char *const names[] = {"source", "encoding", "errors"};
    ArgSpec spec = {fname, names, 3, 3, 0, 0};
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return false;
    for (int i = 1; i < 3; i++)
        if (a[i] && !STR_CHECK(a[i])) {
            err_format(I, I->e_TypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                       TYPE(a[i])->name);
            return false;
        }
    return true;
}

static Obj *bytes_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[3];
    if (!ctor_args(I, "bytes", args, nargs, kwnames, a)) return NULL;
    Obj *r;
    if (!a[0]) {
        if (a[1] || a[2])
            return err_string(I, I->e_TypeError, a[1] ? "encoding without a string argument"
                                                      : "errors without a string argument");
        r = bytes_new_raw(I, 0);
    } else if (!STR_CHECK(a[0]) && !BYTES_CHECK(a[0]) && type_lookup(I, TYPE(a[0]), I->ids.__bytes__)) {
        r = obj_call1(I, type_lookup(I, TYPE(a[0]), I->ids.__bytes__), a[0]);
        if (r && !BYTES_CHECK(r)) {
            err_format(I, I->e_TypeError, "__bytes__ returned non-bytes (type %s)", TYPE(r)->name);
            CLEAR(I, r);
        }
    } else r = bytes_content(I, a[0], a[1], a[2]);
    if (!r || type == I->t_bytes) return r;
    Obj *s = bytes_of_type(I, type, BYTES_DATA(r), BYTES_LEN(r));
    DECREF(I, r);
    return s;
}

static Obj *bytearray_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    ByteArrayObj *a = (ByteArrayObj *)obj_alloc(I, type, 0);
    return OBJ(a);
}

static int bytearray_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[3];
    if (!ctor_args(I, "bytearray", args, nargs, kwnames, a)) return -1;
    Obj *b = a[0] ? bytes_content(I, a[0], a[1], a[2]) : bytes_new_raw(I, 0);
    if (!b) return -1;
    ByteArrayObj *ba = (ByteArrayObj *)self;
    bool ok = ba_reserve(I, ba, BYTES_LEN(b));
    if (ok) {
        memcpy(ba->data, BYTES_DATA(b), (size_t)BYTES_LEN(b));
        ba->data[BYTES_LEN(b)] = 0;
        ba->ob.size = BYTES_LEN(b);
    }
    DECREF(I, b);
    return ok ? 0 : -1;
}

static void bytearray_dealloc(Interp *I, Obj *o) {
    mem_free(((ByteArrayObj *)o)->data);
    obj_free(I, o);
}

static void bytes_dealloc(Interp *I, Obj *o) { obj_free(I, o); }

/* ------------------------------------------------------------------ iterator */

typedef struct BytesIterObj {
    Obj ob;
    Obj *seq;
    Ssize index;
} BytesIterObj;

static Obj *bytes_iter(Interp *I, Obj *o) {
    BytesIterObj *it = (BytesIterObj *)obj_alloc(I, I->t_bytes_iter, 0);
    if (!it) return NULL;
    it->seq = NEWREF(o);
    return OBJ(it);
}

static Obj *bytes_iter_next(Interp *I, Obj *o) {
    BytesIterObj *it = (BytesIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index < VSIZE(it->seq)) return int_from_i64(I, (uint8_t)data_of(I, it->seq)[it->index++]);
    CLEAR(I, it->seq);
    return NULL;
}

static Obj *iter_self(Interp *I, Obj *o) {
    (void)I;
    return NEWREF(o);
}

static void bytes_iter_dealloc(Interp *I, Obj *o) {
    CLEAR(I, ((BytesIterObj *)o)->seq);
    obj_free(I, o);
}

const TypeObj bytes_iter_tmpl = {
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObj),
    .dealloc = bytes_iter_dealloc,
    .iter = iter_self,
    .iternext = bytes_iter_next,
};

/* ------------------------------------------------------------------ methods */

static bool ssize_arg(Interp *I, Obj *o, Ssize *out) {
    Ssize v = num_as_ssize(I, o, I->e_OverflowError);
    if (v == -1 && err_occurred(I)) return false;
    *out = v;
    return true;
}

METHOD(b_decode) {
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"decode", names, 2, 2, 0, 0};
    Obj *a[2];
    const char *e[2] = {NULL, NULL};
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!STR_CHECK(a[i]))
            return err_format(I, I->e_TypeError, "decode() argument '%s' must be str, not %s",
                              names[i], TYPE(a[i])->name);
        if (!(e[i] = str_utf8(I, a[i], NULL))) return NULL;
    }
    return str_decode(I, data_of(I, self), VSIZE(self), e[0], e[1]);
}

METHOD(b_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const ArgSpec spec = {"hex", names, 2, 2, 0, 0};
    Obj *a[2];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    uint32_t sep = 0;
    Ssize per = 1;
    if (a[0]) {
        const char *p;
        Ssize n;
        if (STR_CHECK(a[0]) && STR_LEN(a[0]) == 1) sep = str_char_at(a[0], 0);
        else if (view(I, a[0], &p, &n) && n == 1) sep = (uint8_t)p[0];
        else return err_string(I, I->e_ValueError, "sep must be length 1.");
        if (sep > 127) return err_string(I, I->e_ValueError, "sep must be ASCII.");
    }
    if (a[1] && !ssize_arg(I, a[1], &per)) return NULL;
    static const char hex[] = "0123456789abcdef";
    const char *d = data_of(I, self);
    Ssize n = VSIZE(self), ap = per < 0 ? -per : per;
    CpWriter w;
    cw_init(&w);
    bool ok = true;
    for (Ssize i = 0; ok && i < n; i++) {
        /* separators counted from the right for positive bytes_per_sep, as CPython */
        if (sep && i > 0 && ap > 0 && ((per > 0 ? (n - i) : i) % ap) == 0) ok = cw_char(I, &w, sep);
        char h[2] = {hex[(uint8_t)d[i] >> 4], hex[d[i] & 15]};
        ok = ok && cw_ascii(I, &w, h, 2);
    }
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

static int hexval(uint32_t c) {
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

METHOD(b_fromhex) {
    (void)nargs, (void)kwnames;
    Obj *s = args[0];
    if (!STR_CHECK(s))
        return err_format(I, I->e_TypeError, "fromhex() argument must be str, not %s", TYPE(s)->name);
    Ssize n = STR_LEN(s), k = 0;
    char *buf = mem_alloc(I, (size_t)(n / 2 + 1));
    if (!buf) return NULL;
    for (Ssize i = 0; i < n;) {
        uint32_t c = str_char_at(s, i);
        if (c == ' ' || (c >= 9 && c <= 13)) {
            i++;
            continue;
        }
        int hi = hexval(c), lo = i + 1 < n ? hexval(str_char_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            mem_free(buf);
            return err_format(I, I->e_ValueError,
                              "non-hexadecimal number found in fromhex() arg at position %zd",
                              hi < 0 ? i : i + 1);
        }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    TypeObj *t = (TypeObj *)self; /* METH_CLASS: the class it was called on */
    Obj *r = t == I->t_bytearray ? bytearray_from(I, buf, k) : bytes_of_type(I, t, buf, k);
    mem_free(buf);
    return r;
}

METHOD(b_join) {
    UNUSED_ARGS;
    Obj *seq = seq_list(I, args[0]);
    if (!seq) return NULL;
    Ssize n = LIST_LEN(seq), total = 0, ls = VSIZE(self);
    for (Ssize i = 0; i < n; i++) {
        const char *p;
        Ssize m;
        if (!view(I, LIST_GET(seq, i), &p, &m)) {
            err_format(I, I->e_TypeError, "sequence item %zd: expected a bytes-like object, %s found",
                       i, TYPE(LIST_GET(seq, i))->name);
            DECREF(I, seq);
            return NULL;
        }
        total += m + (i ? ls : 0);
    }
    char *buf = mem_alloc(I, (size_t)total + 1);
    Obj *r = NULL;
    if (buf) {
        Ssize pos = 0;
        for (Ssize i = 0; i < n; i++) {
            const char *p = "";
            Ssize m = 0;
            view(I, LIST_GET(seq, i), &p, &m); /* checked above */
            if (i) memcpy(buf + pos, data_of(I, self), (size_t)ls), pos += ls;
            memcpy(buf + pos, p, (size_t)m), pos += m;
        }
        r = like(I, self, buf, total);
        mem_free(buf);
    }
    DECREF(I, seq);
    return r;
}

static bool is_ws(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

static bool add_piece(Interp *I, Obj *list, Obj *self, const char *p, Ssize n) {
    Obj *x = like(I, self, p, n);
    bool ok = x && list_append(I, list, x);
    XDECREF(I, x);
    return ok;
}

METHOD(b_split) {
    static const char *const names[] = {"sep", "maxsplit"};
    static const ArgSpec spec = {"split", names, 2, 2, 0, 0};
    Obj *a[2];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    Ssize maxsplit = -1;
    if (a[1] && !ssize_arg(I, a[1], &maxsplit)) return NULL;
    if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
    const char *sp = NULL, *d = data_of(I, self);
    Ssize m = 0, n = VSIZE(self), i = 0;
    if (a[0] && a[0] != I->none) {
        if (!need_view(I, a[0], &sp, &m)) return NULL;
        if (m == 0) return err_string(I, I->e_ValueError, "empty separator");
    }
    Obj *list = list_new(I, 0);
    bool ok = list != NULL;
    for (Ssize count = 0; ok; count++) {
        if (!sp) {
            while (i < n && is_ws((uint8_t)d[i])) i++;
            if (i >= n) break;
            Ssize j = i;
            if (count < maxsplit)
                while (j < n && !is_ws((uint8_t)d[j])) j++;
            else j = n;
            ok = add_piece(I, list, self, d + i, j - i);
            i = j;
        } else {
            Ssize k = count < maxsplit ? find_buf(d, n, sp, m, i, n, 1) : -1;
            ok = add_piece(I, list, self, d + i, (k < 0 ? n : k) - i);
            if (k < 0) break;
            i = k + m;
        }
    }
    if (!ok) CLEAR(I, list);
    return list;
}

static Obj *strip_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, const char *name, int which) {
    if (!args_count(I, name, nargs, 0, 1)) return NULL;
    const char *cs = NULL, *d = data_of(I, self);
    Ssize cn = 0, i = 0, j = VSIZE(self);
    if (nargs && args[0] != I->none && !need_view(I, args[0], &cs, &cn)) return NULL;
#define STRIPPED(c) (cs ? memchr(cs, (uint8_t)(c), (size_t)cn) != NULL : is_ws((uint8_t)(c)))
    if (which <= 0)
        while (i < j && STRIPPED(d[i])) i++;
    if (which >= 0)
        while (j > i && STRIPPED(d[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == VSIZE(self) && TYPE(self) == I->t_bytes) return NEWREF(self);
    return like(I, self, d + i, j - i);
}

METHOD(b_strip) { (void)kwnames; return strip_common(I, self, args, nargs, "strip", 0); }
METHOD(b_lstrip) { (void)kwnames; return strip_common(I, self, args, nargs, "lstrip", -1); }
METHOD(b_rstrip) { (void)kwnames; return strip_common(I, self, args, nargs, "rstrip", 1); }

/* The needle of find/count/index: bytes-like or an int 0..255. */
static bool needle(Interp *I, Obj *o, const char **p, Ssize *n, char *one) {
    if (view(I, o, p, n)) return true;
    if (INT_CHECK(o) || TYPE(o)->nb_index) {
        int v = byte_value(I, o);
        if (v < 0) return false;
        *one = (char)v, *p = one, *n = 1;
        return true;
    }
    err_format(I, I->e_TypeError, "argument should be integer or bytes-like object, not '%s'",
               TYPE(o)->name);
    return false;
}

static Obj *find_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, const char *name,
                        int dir, int mode) {
    if (!args_count(I, name, nargs, 1, 3)) return NULL;
    const char *p, *d = data_of(I, self);
    Ssize m, start, end, n = VSIZE(self);
    char one;
    if (!needle(I, args[0], &p, &m, &one) ||
        !str_parse_range(I, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, n, &start, &end))
        return NULL;
    if (mode == 2) { /* count */
        Ssize c = 0;
        if (start <= n && end >= start) {
            if (m == 0) c = end - start + 1;
            else
                for (Ssize k; (k = find_buf(d, n, p, m, start, end, 1)) >= 0; start = k + m) c++;
        }
        return int_from_i64(I, c);
    }
    Ssize r = start > n ? -1 : find_buf(d, n, p, m, start, end, dir);
    if (r < 0 && mode == 1) return err_string(I, I->e_ValueError, "subsection not found");
    return int_from_i64(I, r);
}

METHOD(b_find) { (void)kwnames; return find_common(I, self, args, nargs, "find", 1, 0); }
METHOD(b_rfind) { (void)kwnames; return find_common(I, self, args, nargs, "rfind", -1, 0); }
METHOD(b_index) { (void)kwnames; return find_common(I, self, args, nargs, "index", 1, 1); }
METHOD(b_rindex) { (void)kwnames; return find_common(I, self, args, nargs, "rindex", -1, 1); }
METHOD(b_count) { (void)kwnames; return find_common(I, self, args, nargs, "count", 1, 2); }

static Obj *tail_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, const char *name, int dir) {
    if (!args_count(I, name, nargs, 1, 3)) return NULL;
    Ssize n = VSIZE(self), start, end;
    if (!str_parse_range(I, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, n, &start, &end))
        return NULL;
    Obj *x = args[0];
    Ssize cnt = TUPLE_CHECK(x) ? TUPLE_LEN(x) : 1;
    for (Ssize i = 0; i < cnt; i++) {
        Obj *sub = TUPLE_CHECK(x) ? TUPLE_GET(x, i) : x;
        const char *p;
        Ssize m;
        if (!view(I, sub, &p, &m)) {
            if (TUPLE_CHECK(x))
                return err_format(I, I->e_TypeError, "a bytes-like object is required, not '%s'",
                                  TYPE(sub)->name);
            return err_format(I, I->e_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                              name, TYPE(sub)->name);
        }
        Ssize e = end - m;
        if (e < start) continue;
        if (memcmp(data_of(I, self) + (dir > 0 ? start : e), p, (size_t)m) == 0) return BOOL_OBJ(I, true);
    }
    return BOOL_OBJ(I, false);
}

METHOD(b_startswith) { (void)kwnames; return tail_common(I, self, args, nargs, "startswith", 1); }
METHOD(b_endswith) { (void)kwnames; return tail_common(I, self, args, nargs, "endswith", -1); }

METHOD(b_replace) {
    (void)kwnames;
    if (!args_count(I, "replace", nargs, 2, 3)) return NULL;
    const char *o, *nw, *d = data_of(I, self);
    Ssize om, nm, count = -1, n = VSIZE(self);
    if (!need_view(I, args[0], &o, &om) || !need_view(I, args[1], &nw, &nm)) return NULL;
    if (nargs > 2 && !ssize_arg(I, args[2], &count)) return NULL;
    if (count < 0) count = PTRDIFF_MAX;
    size_t cap = (size_t)n + 16, len = 0;
    char *buf = mem_alloc(I, cap);
    Ssize i = 0, done = 0;
    while (buf && i <= n) {
        Ssize k = done < count ? (om ? find_buf(d, n, o, om, i, n, 1) : i) : -1;
        Ssize upto = k < 0 ? n : k;
        size_t need = len + (size_t)(upto - i) + (size_t)nm + 2;
        if (need > cap) {
            char *nb = mem_realloc(I, buf, cap = need * 2);
            if (!nb) {
                mem_free(buf);
                return NULL;
            }
            buf = nb;
        }
        memcpy(buf + len, d + i, (size_t)(upto - i)), len += (size_t)(upto - i);
        if (k < 0) break;
        memcpy(buf + len, nw, (size_t)nm), len += (size_t)nm;
        done++;
        if (om) i = k + om;
        else {
            if (k < n) buf[len++] = d[k];
            i = k + 1;
        }
    }
    if (!buf) return NULL;
    Obj *r = like(I, self, buf, (Ssize)len);
    mem_free(buf);
    return r;
}

static Obj *case_common(Interp *I, Obj *self, int how) {
    Ssize n = VSIZE(self);
    const char *d = data_of(I, self);
    char *buf = mem_alloc(I, (size_t)n + 1);
    if (!buf) return NULL;
    for (Ssize i = 0; i < n; i++) {
        char c = d[i];
        if (how > 0 && c >= 'a' && c <= 'z') c = (char)(c - 32);
        else if (how < 0 && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        buf[i] = c;
    }
    Obj *r = like(I, self, buf, n);
    mem_free(buf);
    return r;
}

METHOD(b_upper) { UNUSED_ARGS; return case_common(I, self, 1); }
METHOD(b_lower) { UNUSED_ARGS; return case_common(I, self, -1); }

static Obj *bytes_pred(Interp *I, Obj *self, int what) {
    Ssize n = VSIZE(self);
    const uint8_t *d = (const uint8_t *)data_of(I, self);
    if (n == 0) return BOOL_OBJ(I, what == 3);
    for (Ssize i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool dig = c >= '0' && c <= '9', alp = (c | 32) >= 'a' && (c | 32) <= 'z';
        bool ok = what == 0 ? dig : what == 1 ? alp : what == 2 ? is_ws(c) : c < 128;
        if (!ok) return BOOL_OBJ(I, false);
    }
    return BOOL_OBJ(I, true);
}

METHOD(b_isdigit) { UNUSED_ARGS; return bytes_pred(I, self, 0); }
METHOD(b_isalpha) { UNUSED_ARGS; return bytes_pred(I, self, 1); }
METHOD(b_isspace) { UNUSED_ARGS; return bytes_pred(I, self, 2); }
METHOD(b_isascii) { UNUSED_ARGS; return bytes_pred(I, self, 3); }

#define KW (METH_FASTCALL | METH_KEYWORDS)
#define COMMON_METHODS                                                                           \
    {"decode", b_decode, KW, NULL}, {"hex", b_hex, KW, NULL},                                    \
    {"fromhex", b_fromhex, METH_O | METH_CLASS, NULL}, {"join", b_join, METH_O, NULL},           \
    {"split", b_split, KW, NULL}, {"strip", b_strip, METH_FASTCALL, NULL},                       \
    {"lstrip", b_lstrip, METH_FASTCALL, NULL}, {"rstrip", b_rstrip, METH_FASTCALL, NULL},        \
    {"find", b_find, METH_FASTCALL, NULL}, {"rfind", b_rfind, METH_FASTCALL, NULL},              \
    {"index", b_index, METH_FASTCALL, NULL}, {"rindex", b_rindex, METH_FASTCALL, NULL},          \
    {"count", b_count, METH_FASTCALL, NULL}, {"startswith", b_startswith, METH_FASTCALL, NULL},  \
    {"endswith", b_endswith, METH_FASTCALL, NULL}, {"replace", b_replace, METH_FASTCALL, NULL},  \
    {"upper", b_upper, METH_NOARGS, NULL}, {"lower", b_lower, METH_NOARGS, NULL},                \
    {"isdigit", b_isdigit, METH_NOARGS, NULL}, {"isalpha", b_isalpha, METH_NOARGS, NULL},        \
    {"isspace", b_isspace, METH_NOARGS, NULL}, {"isascii", b_isascii, METH_NOARGS, NULL}

static const MethodDef bytes_methods[] = {
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

const TypeObj bytes_tmpl = {
    .name = "bytes",
    .basicsize = offsetof(BytesObj, data) + 1,
    .itemsize = 1,
    .flags = TPF_BASETYPE | TPF_BYTES_SUBCLASS | TPF_IMMUTABLETYPE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .nb_mod = bytes_nb_mod,
    .len = bytes_len,
    .mp_subscript = bytes_subscript,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .methods = bytes_methods,
};

/* ------------------------------------------------------------------ bytearray specifics */

METHOD(ba_append) {
    UNUSED_ARGS;
    ByteArrayObj *a = (ByteArrayObj *)self;
    int v = byte_value(I, args[0]);
    if (v < 0 || !ba_reserve(I, a, a->ob.size + 1)) return NULL;
    a->data[a->ob.size++] = (char)v;
    a->data[a->ob.size] = 0;
    RET_NONE(I);
}

METHOD(ba_extend) {
    UNUSED_ARGS;
    ByteArrayObj *a = (ByteArrayObj *)self;
    const char *p;
    Ssize n;
    char *tmp = NULL;
    if (!view(I, args[0], &p, &n)) {
        if (STR_CHECK(args[0]))
            return err_string(I, I->e_TypeError, "expected iterable of integers; got: 'str'");
        if (!(tmp = ints_to_buf(I, args[0], &n, false))) return NULL;
        p = tmp;
    }
    bool ok = ba_reserve(I, a, a->ob.size + n);
    if (ok && n) {
        memmove(a->data + a->ob.size, p, (size_t)n);
        a->ob.size += n;
        a->data[a->ob.size] = 0;
    }
    mem_free(tmp);
    if (!ok) return NULL;
    RET_NONE(I);
}

METHOD(ba_pop) {
    (void)kwnames;
    ByteArrayObj *a = (ByteArrayObj *)self;
    Ssize i = -1;
    if (!args_count(I, "pop", nargs, 0, 1) || (nargs && !ssize_arg(I, args[0], &i))) return NULL;
    if (a->ob.size == 0) return err_string(I, I->e_IndexError, "pop from empty bytearray");
    if (i < 0) i += a->ob.size;
    if (i < 0 || i >= a->ob.size) return err_string(I, I->e_IndexError, "pop index out of range");
    uint8_t v = (uint8_t)a->data[i];
    memmove(a->data + i, a->data + i + 1, (size_t)(a->ob.size - i));
    a->ob.size--;
    return int_from_i64(I, v);
}

METHOD(ba_clear) {
    UNUSED_ARGS;
    ByteArrayObj *a = (ByteArrayObj *)self;
    a->ob.size = 0;
    if (a->data) a->data[0] = 0;
    RET_NONE(I);
}

static int ba_ass_subscript(Interp *I, Obj *o, Obj *key, Obj *v) {
    ByteArrayObj *a = (ByteArrayObj *)o;
    if (!INT_CHECK(key) && !TYPE(key)->nb_index) {
        err_format(I, I->e_TypeError, "bytearray indices must be integers or slices, not %s",
                   TYPE(key)->name);
        return -1;
    }
    Ssize i = num_as_ssize(I, key, I->e_IndexError);
    if (i == -1 && err_occurred(I)) return -1;
    if (i < 0) i += a->ob.size;
    if (i < 0 || i >= a->ob.size) {
        err_string(I, I->e_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v) {
        memmove(a->data + i, a->data + i + 1, (size_t)(a->ob.size - i));
        a->ob.size--;
        return 0;
    }
    int b = byte_value(I, v);
    if (b < 0) return -1;
    a->data[i] = (char)b;
    return 0;
}

static Obj *ba_inplace_concat(Interp *I, Obj *a, Obj *b) {
    Obj *arg[1] = {b};
    const char *p;
    Ssize n;
    if (!view(I, b, &p, &n))
        return err_format(I, I->e_TypeError, "can't concat %s to %s", TYPE(b)->name, TYPE(a)->name);
    Obj *r = ba_extend(I, a, arg, 1, NULL);
    if (!r) return NULL;
    DECREF(I, r);
    return NEWREF(a);
}

static const MethodDef bytearray_methods[] = {
    COMMON_METHODS,
    {"append", ba_append, METH_O, NULL},
    {"extend", ba_extend, METH_O, NULL},
    {"pop", ba_pop, METH_FASTCALL, NULL},
    {"clear", ba_clear, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj bytearray_tmpl = {
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObj),
    .flags = TPF_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray",
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .hash = bytearray_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .nb_mod = bytes_nb_mod,
    .len = bytes_len,
    .mp_subscript = bytes_subscript,
    .mp_ass_subscript = ba_ass_subscript,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_inplace_concat = ba_inplace_concat,
    .sq_repeat = bytes_repeat,
    .methods = bytearray_methods,
};
