/* str.c: the str type (PEP 393 compact storage), its creation, hashing, interning, comparison,
 * slicing, iteration and repr; the per-interpreter text state. Methods are in strmethods.c,
 * formatting in strformat.c, codecs in strcodec.c. */
#include "objects/str.h"

#include "model/ledger.h"
#include "objects/gc.h"

#include <stdio.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "vm/errors.h"

struct TextState {
    Obj **interned; /* open-addressing set of interned strs (strong references) */
    Ssize cap, count;
};

/* Named profile flags where the profile has them; the rest compare versions here only. */
bool text_feature(Interp *I, int feature) {
    int v = I->prof->major * 100 + I->prof->minor;
    switch (feature) {
    case TXT_REAL_NUMBER_310: return I->prof->real_number_msg;
    case TXT_SPEC_311: return I->prof->format_z;
    case TXT_CONCAT_37: return v >= 307;
    case TXT_REPLACEMENT_38: return v >= 308;
    case TXT_INDICES_311: return v >= 311;
    case TXT_SPACE_39: return v >= 309;
    default: return true;
    }
}

/* ------------------------------------------------------------------ allocation */

static int kind_for(uint32_t maxchar) { return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4; }

Obj *str_new_raw(Interp *I, TypeObj *type, Ssize len, uint32_t maxchar) {
    int kind = kind_for(maxchar);
    if (len < 0 || len > (Ssize)(PTRDIFF_MAX / 8)) return err_no_memory(I);
    if (!type) type = I->t_str;
    StrObj *s = (StrObj *)obj_alloc_untraced(I, type, (len + 1) * kind);
    if (!s) return NULL;
    if (I->model && I->model->ledger.tracing) {
        /* the compact layout for str; a subclass instance and its separate character block */
        MSize size = type == I->t_str ? model_str_sizeof(I->prof, len, maxchar, 0, false)
                                      : obj_model_size(I, type, 0) + (len + 1) * kind;
        obj_trace_alloc(I, OBJ(s), size);
    }
    s->length = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = maxchar < 128;
    s->interned = false;
    s->utf8 = NULL;
    s->utf8_len = 0;
    return OBJ(s);
}

uint32_t str_char_at(Obj *s, Ssize i) { return str_get(STR_DATA(s), STR_KIND(s), i); }

static uint32_t maxchar_of(const void *data, int kind, Ssize start, Ssize end) {
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (Ssize i = start; i < end; i++) m |= p[i];
        return m >= 128 ? 255 : m;
    }
    for (Ssize i = start; i < end; i++) {
        uint32_t c = str_get(data, kind, i);
        if (c > m) m = c;
    }
    return m;
}

uint32_t str_maxchar(Obj *s) {
    StrObj *o = (StrObj *)s;
    if (o->ascii) return 127;
    if (o->kind == 1) return 255;
    return maxchar_of(STR_DATA(s), o->kind, 0, o->length);
}

/* Copy n code points from src[spos..] to dst (kind dkind) at dpos; dkind can hold them all. */
static void copy_chars(void *dst, int dkind, Ssize dpos, Obj *src, Ssize spos, Ssize n) {
    int skind = STR_KIND(src);
    const char *sd = STR_DATA(src);
    if (skind == dkind) {
        memcpy((char *)dst + dpos * dkind, sd + spos * skind, (size_t)(n * skind));
        return;
    }
    for (Ssize i = 0; i < n; i++) str_put(dst, dkind, dpos + i, str_get(sd, skind, spos + i));
}

Obj *str_result(Interp *I, Obj *s) {
    if (TYPE(s) != I->t_str) return s;
    if (STR_LEN(s) == 0 && I->empty_str && s != I->empty_str) {
        DECREF(I, s);
        return NEWREF(I->empty_str);
    }
    if (STR_LEN(s) == 1 && STR_KIND(s) == 1) {
        Obj *c = I->latin1[str_char_at(s, 0)];
        if (c && c != s) {
            DECREF(I, s);
            return NEWREF(c);
        }
    }
    return s;
}

Obj *str_substr(Interp *I, Obj *s, Ssize start, Ssize end) {
    Ssize n = end - start;
    if (n <= 0) return NEWREF(I->empty_str);
    if (n == STR_LEN(s) && TYPE(s) == I->t_str) return NEWREF(s);
    int kind = STR_KIND(s);
    if (n == 1) return str_from_char(I, str_char_at(s, start));
    uint32_t m = ((StrObj *)s)->ascii ? 127 : maxchar_of(STR_DATA(s), kind, start, end);
    Obj *r = str_new_raw(I, I->t_str, n, m);
    if (!r) return NULL;
    copy_chars(STR_DATA(r), STR_KIND(r), 0, s, start, n);
    return r;
}

Obj *str_from_codepoints(Interp *I, const uint32_t *cps, Ssize n) {
    uint32_t m = 0;
    for (Ssize i = 0; i < n; i++)
        if (cps[i] > m) m = cps[i];
    if (n == 1 && m < 256 && I->latin1[m]) return NEWREF(I->latin1[m]);
    if (n == 0 && I->empty_str) return NEWREF(I->empty_str);
    Obj *r = str_new_raw(I, I->t_str, n, m);
    if (!r) return NULL;
    void *d = STR_DATA(r);
    int k = STR_KIND(r);
    for (Ssize i = 0; i < n; i++) str_put(d, k, i, cps[i]);
    return r;
}

Obj *str_from_char(Interp *I, uint32_t cp) {
    if (cp < 256 && I->latin1[cp]) return NEWREF(I->latin1[cp]);
    Obj *r = str_new_raw(I, I->t_str, 1, cp);
    if (!r) return NULL;
    str_put(STR_DATA(r), STR_KIND(r), 0, cp);
    return r;
}

Obj *str_from_ascii(Interp *I, const char *s, Ssize len) {
    if (len == 0 && I->empty_str) return NEWREF(I->empty_str);
    if (len == 1 && I->latin1[(uint8_t)s[0]]) return NEWREF(I->latin1[(uint8_t)s[0]]);
    Obj *r = str_new_raw(I, I->t_str, len, 127);
    if (r) memcpy(STR_DATA(r), s, (size_t)len);
    return r;
}

Obj *str_from_utf8(Interp *I, const char *s, Ssize len) { return str_decode(I, s, len, NULL, NULL); }

Obj *str_from_cstr(Interp *I, const char *s) { return str_from_utf8(I, s, (Ssize)strlen(s)); }

/* ------------------------------------------------------------------ hashing (SipHash-1-3) */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                 \
    do {                                                                                         \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);                              \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                                 \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                                 \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);                              \
    } while (0)

/* A fixed key: str_hash has no interpreter to hold a random one, and CPython's randomised
 * hashes mean no program may depend on the values anyway. */
static uint64_t siphash13(const uint8_t *p, size_t len) {
    const uint64_t k0 = 0x0706050403020100ull, k1 = 0x0f0e0d0c0b0a0908ull;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
    uint64_t b = (uint64_t)len << 56;
    for (; len >= 8; len -= 8, p += 8) {
        uint64_t m;
        memcpy(&m, p, 8); /* little-endian hosts only; the value needs only be stable */
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    for (size_t i = 0; i < len; i++) b |= (uint64_t)p[i] << (8 * i);
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

Hash text_hash_bytes(const void *p, size_t n) {
    if (n == 0) return 0;
    Hash h = (Hash)siphash13(p, n);
    return h == -1 ? -2 : h;
}

Hash str_hash(Obj *s) {
    StrObj *o = (StrObj *)s;
    if (o->hash == -1) o->hash = text_hash_bytes(STR_DATA(s), (size_t)(o->length * o->kind));
    return o->hash;
}

static Hash str_hash_slot(Interp *I, Obj *s) {
    (void)I;
    return str_hash(s);
}

/* ------------------------------------------------------------------ comparison */

bool str_eq(Obj *a, Obj *b) {
    if (a == b) return true;
    StrObj *x = (StrObj *)a, *y = (StrObj *)b;
    if (x->length != y->length || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    if (x->interned && y->interned) return false;
    return memcmp(STR_DATA(a), STR_DATA(b), (size_t)(x->length * x->kind)) == 0;
}

bool str_eq_cstr(Obj *a, const char *s) {
    size_t n = strlen(s);
    if (((StrObj *)a)->ascii) return (size_t)STR_LEN(a) == n && memcmp(STR_DATA(a), s, n) == 0;
    const char *u = ((StrObj *)a)->utf8;
    if (u) return (size_t)((StrObj *)a)->utf8_len == n && memcmp(u, s, n) == 0;
    /* compare by decoding s on the fly */
    Ssize i = 0, len = STR_LEN(a);
    const uint8_t *p = (const uint8_t *)s, *e = p + n;
    while (p < e) {
        uint32_t c = *p;
        int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (p + k > e) return false;
        if (k == 2) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        else if (k == 3) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        else if (k == 4)
            c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        if (i >= len || str_char_at(a, i) != c) return false;
        i++;
        p += k;
    }
    return i == len;
}

int str_compare(Obj *a, Obj *b) {
    if (a == b) return 0;
    Ssize la = STR_LEN(a), lb = STR_LEN(b), n = la < lb ? la : lb;
    int ka = STR_KIND(a), kb = STR_KIND(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        const void *da = STR_DATA(a), *db = STR_DATA(b);
        for (Ssize i = 0; i < n; i++) {
            uint32_t x = str_get(da, ka, i), y = str_get(db, kb, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

static Obj *str_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    if (!STR_CHECK(a) || !STR_CHECK(b)) return NEWREF(I->notimpl);
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_eq(a, b) == (op == CMP_EQ);
    } else {
        int c = str_compare(a, b);
        r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    }
    return BOOL_OBJ(I, r);
}

/* ------------------------------------------------------------------ interning */

static bool intern_grow(Interp *I, struct TextState *ts) {
    Ssize ncap = ts->cap ? ts->cap * 2 : 1024;
    Obj **n = mem_calloc(I, (size_t)ncap, sizeof(Obj *));
    if (!n) return false;
    for (Ssize i = 0; i < ts->cap; i++) {
        Obj *s = ts->interned[i];
        if (!s) continue;
        size_t j = (size_t)str_hash(s) & (size_t)(ncap - 1);
        while (n[j]) j = (j + 1) & (size_t)(ncap - 1);
        n[j] = s;
    }
    mem_free(ts->interned);
    ts->interned = n;
    ts->cap = ncap;
    return true;
}

Obj *str_intern(Interp *I, Obj *s) {
    if (!s || ((StrObj *)s)->interned || TYPE(s) != I->t_str) return s;
    struct TextState *ts = I->text;
    if ((ts->count + 1) * 2 > ts->cap && !intern_grow(I, ts)) {
        err_clear(I); /* interning is an optimisation: a failure leaves s as it is */
        return s;
    }
    size_t mask = (size_t)(ts->cap - 1), j = (size_t)str_hash(s) & mask;
    for (; ts->interned[j]; j = (j + 1) & mask) {
        if (str_eq(ts->interned[j], s)) {
            Obj *r = NEWREF(ts->interned[j]);
            DECREF(I, s);
            return r;
        }
    }
    ts->interned[j] = NEWREF(s); /* the table's own reference: interned strs live on */
    ts->count++;
    ((StrObj *)s)->interned = true;
    return s;
}

Obj *str_intern_cstr(Interp *I, const char *s) {
    Obj *o = str_from_cstr(I, s);
    return o ? str_intern(I, o) : NULL;
}

bool text_init(Interp *I) {
    I->text = mem_calloc(I, 1, sizeof(struct TextState));
    if (!I->text) return false;
    Obj *e = str_new_raw(I, I->t_str, 0, 0);
    if (!e) return false;
    I->empty_str = str_intern(I, e);
    for (uint32_t c = 0; c < 256; c++) {
        Obj *o = str_new_raw(I, I->t_str, 1, c);
        if (!o) return false;
        ((uint8_t *)STR_DATA(o))[0] = (uint8_t)c;
        I->latin1[c] = str_intern(I, o);
    }
#define X(n)                                                                                     \
    if (!(I->ids.n = str_intern_cstr(I, #n))) return false;
    SLOTSCOPE_IDS(X)
#undef X
    return true;
}

void text_fini(Interp *I) {
    struct TextState *ts = I->text;
    if (!ts) return;
#define X(n) CLEAR(I, I->ids.n);
    SLOTSCOPE_IDS(X)
#undef X
    for (int c = 0; c < 256; c++) CLEAR(I, I->latin1[c]);
    CLEAR(I, I->empty_str);
    CLEAR(I, I->empty_bytes);
    for (Ssize i = 0; i < ts->cap; i++) {
        Obj *s = ts->interned[i];
        if (!s) continue;
        ts->interned[i] = NULL;
        ((StrObj *)s)->interned = false;
        DECREF(I, s);
    }
    mem_free(ts->interned);
    mem_free(ts);
    I->text = NULL;
}

/* ------------------------------------------------------------------ concatenation */

static uint32_t kind_max(Obj *s) {
    StrObj *o = (StrObj *)s;
    return o->ascii ? 127 : o->kind == 1 ? 255 : o->kind == 2 ? 0xFFFF : 0x10FFFF;
}

Obj *str_concat(Interp *I, Obj *a, Obj *b) {
    if (STR_LEN(a) == 0 && TYPE(b) == I->t_str) return NEWREF(b);
    if (STR_LEN(b) == 0 && TYPE(a) == I->t_str) return NEWREF(a);
    Ssize la = STR_LEN(a), lb = STR_LEN(b);
    uint32_t ma = kind_max(a), mb = kind_max(b);
    Obj *r = str_new_raw(I, I->t_str, la + lb, ma > mb ? ma : mb);
    if (!r) return NULL;
    copy_chars(STR_DATA(r), STR_KIND(r), 0, a, 0, la);
    copy_chars(STR_DATA(r), STR_KIND(r), la, b, 0, lb);
    return r;
}

Obj *str_build(Interp *I, Obj *const *parts, Ssize n) {
    Ssize total = 0;
    uint32_t m = 0;
    for (Ssize i = 0; i < n; i++) {
        total += STR_LEN(parts[i]);
        uint32_t k = kind_max(parts[i]);
        if (k > m) m = k;
    }
    if (n == 1 && TYPE(parts[0]) == I->t_str) return NEWREF(parts[0]);
    Obj *r = str_new_raw(I, I->t_str, total, m);
    if (!r) return NULL;
    Ssize pos = 0;
    for (Ssize i = 0; i < n; i++) {
        copy_chars(STR_DATA(r), STR_KIND(r), pos, parts[i], 0, STR_LEN(parts[i]));
        pos += STR_LEN(parts[i]);
    }
    return str_result(I, r);
}

static Obj *str_sq_concat(Interp *I, Obj *a, Obj *b) {
    if (!STR_CHECK(b)) {
        if (text_feature(I, TXT_CONCAT_37))
            return err_format(I, I->e_TypeError, "can only concatenate str (not \"%s\") to str",
                              TYPE(b)->name);
        return err_format(I, I->e_TypeError, "must be str, not %s", TYPE(b)->name);
    }
    return str_concat(I, a, b);
}

static Obj *str_repeat(Interp *I, Obj *s, Ssize n) {
    Ssize len = STR_LEN(s);
    if (n <= 0 || len == 0) return NEWREF(I->empty_str);
    if (n == 1 && TYPE(s) == I->t_str) return NEWREF(s);
    if (len > PTRDIFF_MAX / 4 / n)
        return err_string(I, I->e_OverflowError, "repeated string is too long");
    Obj *r = str_new_raw(I, I->t_str, len * n, kind_max(s));
    if (!r) return NULL;
    int k = STR_KIND(r);
    char *d = STR_DATA(r);
    if (len == 1 && k == 1) {
        memset(d, ((uint8_t *)STR_DATA(s))[0], (size_t)n);
        return r;
    }
    size_t unit = (size_t)(len * k), done = unit, all = unit * (size_t)n;
    memcpy(d, STR_DATA(s), unit);
    while (done < all) { /* doubling copies */
        size_t c = done < all - done ? done : all - done;
        memcpy(d + done, d, c);
        done += c;
    }
    return r;
}

/* ------------------------------------------------------------------ sequence protocol */

static Ssize str_len(Interp *I, Obj *s) {
    (void)I;
    return STR_LEN(s);
}

static Obj *str_item(Interp *I, Obj *s, Ssize i) {
    if (i < 0 || i >= STR_LEN(s)) return err_string(I, I->e_IndexError, "string index out of range");
    return str_from_char(I, str_char_at(s, i));
}

static bool has_index(Obj *o) { return INT_CHECK(o) || TYPE(o)->nb_index != NULL; }

static Obj *str_subscript(Interp *I, Obj *s, Obj *key) {
    if (has_index(key)) {
        Ssize i = num_as_ssize(I, key, I->e_IndexError);
        if (i == -1 && err_occurred(I)) return NULL;
        if (i < 0) i += STR_LEN(s);
        return str_item(I, s, i);
    }
    if (TYPE(key) == I->t_slice) {
        Ssize start, stop, step, n;
        if (!slice_indices(I, key, STR_LEN(s), &start, &stop, &step, &n)) return NULL;
        if (step == 1) return str_substr(I, s, start, start + n);
        if (n <= 0) return NEWREF(I->empty_str);
        int k = STR_KIND(s);
        const void *d = STR_DATA(s);
        uint32_t m = 0;
        for (Ssize i = 0, j = start; i < n; i++, j += step) {
            uint32_t c = str_get(d, k, j);
            if (c > m) m = c;
        }
        Obj *r = str_new_raw(I, I->t_str, n, m);
        if (!r) return NULL;
        for (Ssize i = 0, j = start; i < n; i++, j += step)
            str_put(STR_DATA(r), STR_KIND(r), i, str_get(d, k, j));
        return str_result(I, r);
    }
    if (text_feature(I, TXT_INDICES_311))
        return err_format(I, I->e_TypeError, "string indices must be integers, not '%s'",
                          TYPE(key)->name);
    return err_string(I, I->e_TypeError, "string indices must be integers");
}

static int str_contains(Interp *I, Obj *s, Obj *sub) {
    if (!STR_CHECK(sub)) {
        err_format(I, I->e_TypeError, "'in <string>' requires string as left operand, not %s",
                   TYPE(sub)->name);
        return -1;
    }
    return str_find_in(s, sub, 0, STR_LEN(s), 1) >= 0;
}

/* ------------------------------------------------------------------ searching */

static Ssize find_char(Obj *s, uint32_t c, Ssize start, Ssize end, int dir) {
    int k = STR_KIND(s);
    const void *d = STR_DATA(s);
    if (dir > 0) {
        if (k == 1) {
            if (c > 255) return -1;
            const uint8_t *p = memchr((const uint8_t *)d + start, (int)c, (size_t)(end - start));
            return p ? p - (const uint8_t *)d : -1;
        }
        for (Ssize i = start; i < end; i++)
            if (str_get(d, k, i) == c) return i;
    } else {
        for (Ssize i = end - 1; i >= start; i--)
            if (str_get(d, k, i) == c) return i;
    }
    return -1;
}

static bool match_at(Obj *s, Obj *sub, Ssize i) {
    int k = STR_KIND(s), ks = STR_KIND(sub);
    Ssize m = STR_LEN(sub);
    const void *d = STR_DATA(s), *ds = STR_DATA(sub);
    if (k == ks) return memcmp((const char *)d + i * k, ds, (size_t)(m * k)) == 0;
    for (Ssize j = 0; j < m; j++)
        if (str_get(d, k, i + j) != str_get(ds, ks, j)) return false;
    return true;
}

Ssize str_find_in(Obj *s, Obj *sub, Ssize start, Ssize end, int dir) {
    Ssize m = STR_LEN(sub);
    if (end > STR_LEN(s)) end = STR_LEN(s);
    if (start < 0) start = 0;
    if (end - start < m) return -1;
    if (m == 0) return dir > 0 ? start : end;
    if (STR_KIND(sub) > STR_KIND(s)) return -1; /* canonical kinds: sub has a wider char */
    uint32_t first = str_char_at(sub, 0);
    if (m == 1) return find_char(s, first, start, end, dir);
    if (dir > 0) {
        for (Ssize i = start; i <= end - m; i++) {
            i = find_char(s, first, i, end - m + 1, 1);
            if (i < 0) return -1;
            if (match_at(s, sub, i)) return i;
        }
    } else {
        for (Ssize i = end - m; i >= start; i--)
            if (str_char_at(s, i) == first && match_at(s, sub, i)) return i;
    }
    return -1;
}

static bool slice_index(Interp *I, Obj *o, Ssize *out) {
    if (o == NULL || o == I->none) return true;
    if (!has_index(o)) {
        err_string(I, I->e_TypeError,
                   "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Ssize v = num_as_ssize(I, o, NULL);
    if (v == -1 && err_occurred(I)) return false;
    *out = v;
    return true;
}

bool str_parse_range(Interp *I, Obj *start_o, Obj *end_o, Ssize len, Ssize *start, Ssize *end) {
    *start = 0;
    *end = PTRDIFF_MAX;
    if (!slice_index(I, start_o, start) || !slice_index(I, end_o, end)) return false;
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return true;
}

/* ------------------------------------------------------------------ repr */

Obj *str_repr_of(Interp *I, Obj *s) {
    Ssize n = STR_LEN(s);
    int k = STR_KIND(s);
    const void *d = STR_DATA(s);
    bool sq = false, dq = false;
    for (Ssize i = 0; i < n; i++) {
        uint32_t c = str_get(d, k, i);
        if (c == '\'') sq = true;
        else if (c == '"') dq = true;
    }
    uint32_t quote = (sq && !dq) ? '"' : '\'';
    CpWriter w;
    cw_init(&w);
    static const char hex[] = "0123456789abcdef";
    bool ok = cw_char(I, &w, quote);
    for (Ssize i = 0; ok && i < n; i++) {
        uint32_t c = str_get(d, k, i);
        char esc[12];
        int en = 0;
        if (c == quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            en = 2;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[0] = '\\';
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            en = 2;
        } else if (c < ' ' || c == 0x7f || (c >= 0x80 && !ud_isprintable(c))) {
            int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
            esc[0] = '\\';
            esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int j = 0; j < digits; j++) esc[2 + j] = hex[(c >> (4 * (digits - 1 - j))) & 0xF];
            en = 2 + digits;
        }
        ok = en ? cw_ascii(I, &w, esc, en) : cw_char(I, &w, c);
    }
    if (!ok || !cw_char(I, &w, quote)) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

static Obj *str_repr(Interp *I, Obj *s) { return str_repr_of(I, s); }

/* str(s): the same object for an exact str, a plain copy for a subclass instance. */
static Obj *str_str(Interp *I, Obj *s) {
    if (TYPE(s) == I->t_str) return NEWREF(s);
    return str_substr(I, s, 0, STR_LEN(s));
}

bool str_is_identifier(Obj *s) {
    Ssize n = STR_LEN(s);
    if (n == 0) return false;
    if (!ud_isxid_start(str_char_at(s, 0))) return false;
    for (Ssize i = 1; i < n; i++)
        if (!ud_isxid_continue(str_char_at(s, i))) return false;
    return true;
}

/* ------------------------------------------------------------------ CpWriter */

void cw_init(CpWriter *w) {
    w->buf = NULL;
    w->len = w->cap = 0;
    w->maxchar = 0;
}

static bool cw_reserve(Interp *I, CpWriter *w, Ssize extra) {
    if (w->len + extra <= w->cap) return true;
    Ssize ncap = w->cap ? w->cap * 2 : 32;
    while (ncap < w->len + extra) ncap *= 2;
    uint32_t *nb = mem_realloc(I, w->buf, (size_t)ncap * sizeof(uint32_t));
    if (!nb) return false;
    w->buf = nb;
    w->cap = ncap;
    return true;
}

bool cw_char(Interp *I, CpWriter *w, uint32_t cp) {
    if (!cw_reserve(I, w, 1)) return false;
    w->buf[w->len++] = cp;
    if (cp > w->maxchar) w->maxchar = cp;
    return true;
}

bool cw_repeat(Interp *I, CpWriter *w, uint32_t cp, Ssize n) {
    if (n <= 0) return true;
    if (!cw_reserve(I, w, n)) return false;
    for (Ssize i = 0; i < n; i++) w->buf[w->len++] = cp;
    if (cp > w->maxchar) w->maxchar = cp;
    return true;
}

bool cw_ascii(Interp *I, CpWriter *w, const char *s, Ssize n) {
    if (!cw_reserve(I, w, n)) return false;
    for (Ssize i = 0; i < n; i++) {
        uint32_t c = (uint8_t)s[i];
        w->buf[w->len++] = c;
        if (c > w->maxchar) w->maxchar = c;
    }
    return true;
}

bool cw_substr(Interp *I, CpWriter *w, Obj *s, Ssize start, Ssize end) {
    if (end <= start) return true;
    if (!cw_reserve(I, w, end - start)) return false;
    int k = STR_KIND(s);
    const void *d = STR_DATA(s);
    uint32_t m = w->maxchar;
    for (Ssize i = start; i < end; i++) {
        uint32_t c = str_get(d, k, i);
        w->buf[w->len++] = c;
        if (c > m) m = c;
    }
    w->maxchar = m;
    return true;
}

bool cw_str(Interp *I, CpWriter *w, Obj *s) { return cw_substr(I, w, s, 0, STR_LEN(s)); }

Obj *cw_finish(Interp *I, CpWriter *w) {
    Obj *r;
    if (w->len == 0) r = NEWREF(I->empty_str);
    else if (w->len == 1 && w->buf[0] < 256) r = NEWREF(I->latin1[w->buf[0]]);
    else {
        r = str_new_raw(I, I->t_str, w->len, w->maxchar);
        if (r) {
            void *d = STR_DATA(r);
            int k = STR_KIND(r);
            if (k == 4) memcpy(d, w->buf, (size_t)w->len * 4);
            else
                for (Ssize i = 0; i < w->len; i++) str_put(d, k, i, w->buf[i]);
        }
    }
    cw_discard(w);
    return r;
}

void cw_discard(CpWriter *w) {
    mem_free(w->buf);
    cw_init(w);
}

/* ------------------------------------------------------------------ StrBuilder (UTF-8) */

void sb_init(StrBuilder *b) {
    b->buf = NULL;
    b->len = b->cap = 0;
    b->maxchar = 0;
}

bool sb_add_utf8(Interp *I, StrBuilder *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1) ncap *= 2;
        char *nb = mem_realloc(I, b->buf, ncap);
        if (!nb) return false;
        b->buf = nb;
        b->cap = ncap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)s[i] >= 0x80) b->maxchar = 0x80; /* marks "not ASCII" */
    return true;
}

bool sb_add_cstr(Interp *I, StrBuilder *b, const char *s) { return sb_add_utf8(I, b, s, strlen(s)); }

/* Encode one code point, surrogates included (the builder's text is decoded leniently). */
static int encode_cp(uint32_t c, char *o) {
    if (c < 0x80) { o[0] = (char)c; return 1; }
    if (c < 0x800) { o[0] = (char)(0xC0 | (c >> 6)); o[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

bool sb_add_char(Interp *I, StrBuilder *b, uint32_t cp) {
    char tmp[4];
    return sb_add_utf8(I, b, tmp, (size_t)encode_cp(cp, tmp));
}

bool sb_add_str(Interp *I, StrBuilder *b, Obj *s) {
    if (((StrObj *)s)->ascii) return sb_add_utf8(I, b, STR_DATA(s), (size_t)STR_LEN(s));
    for (Ssize i = 0; i < STR_LEN(s); i++)
        if (!sb_add_char(I, b, str_char_at(s, i))) return false;
    return true;
}

Obj *sb_finish(Interp *I, StrBuilder *b) {
    Obj *r = b->maxchar < 0x80 ? str_from_ascii(I, b->buf ? b->buf : "", (Ssize)b->len)
                               : str_decode(I, b->buf, (Ssize)b->len, "utf-8", "surrogatepass");
    sb_discard(b);
    return r;
}

void sb_discard(StrBuilder *b) {
    mem_free(b->buf);
    sb_init(b);
}

/* ------------------------------------------------------------------ str_from_format */

static bool fmt_obj(Interp *I, CpWriter *w, Obj *o, char conv, Ssize prec) {
    Obj *s = conv == 'R' ? obj_repr(I, o) : conv == 'S' ? obj_str(I, o) : NEWREF(o);
    if (!s) return false;
    Ssize n = STR_LEN(s);
    if (prec >= 0 && prec < n) n = prec;
    bool ok = cw_substr(I, w, s, 0, n);
    DECREF(I, s);
    return ok;
}

static bool fmt_utf8(Interp *I, CpWriter *w, const char *s, Ssize prec) {
    size_t n = strlen(s);
    Obj *o = str_decode(I, s, (Ssize)n, "utf-8", "replace");
    if (!o) return false;
    bool ok = fmt_obj(I, w, o, 'U', prec);
    DECREF(I, o);
    return ok;
}

/* One %-directive of fmt (after the '%'); returns the number of fmt chars used or -1. */
static int fmt_directive(Interp *I, CpWriter *w, const char *f, va_list *ap) {
    const char *p = f;
    Ssize width = 0, prec = -1;
    bool zero = *p == '0'; /* "%02x" pads with zeros */
    while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    if (*p == '.') {
        prec = 0;
        for (p++; *p >= '0' && *p <= '9'; p++) prec = prec * 10 + (*p - '0');
    }
    int lng = 0;
    bool z = false;
    while (*p == 'l') { lng++; p++; }
    if (*p == 'z') { z = true; p++; }
    char buf[64];
    int n = -1;
    bool ok = true;
    switch (*p) {
    case '%': ok = cw_char(I, w, '%'); break;
    case 'c': ok = cw_char(I, w, (uint32_t)va_arg(*ap, int)); break;
    case 'd': case 'i':
        if (z) n = snprintf(buf, sizeof buf, "%zd", va_arg(*ap, ptrdiff_t));
        else if (lng >= 2) n = snprintf(buf, sizeof buf, "%lld", va_arg(*ap, long long));
        else if (lng == 1) n = snprintf(buf, sizeof buf, "%ld", va_arg(*ap, long));
        else n = snprintf(buf, sizeof buf, "%d", va_arg(*ap, int));
        break;
    case 'u':
        if (z) n = snprintf(buf, sizeof buf, "%zu", va_arg(*ap, size_t));
        else if (lng >= 2) n = snprintf(buf, sizeof buf, "%llu", va_arg(*ap, unsigned long long));
        else if (lng == 1) n = snprintf(buf, sizeof buf, "%lu", va_arg(*ap, unsigned long));
        else n = snprintf(buf, sizeof buf, "%u", va_arg(*ap, unsigned));
        break;
    case 'x': n = snprintf(buf, sizeof buf, "%x", va_arg(*ap, unsigned)); break;
    case 'p': n = snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *)); break;
    case 's': ok = fmt_utf8(I, w, va_arg(*ap, const char *), prec); break;
    case 'R': case 'S': case 'U': ok = fmt_obj(I, w, va_arg(*ap, Obj *), *p, prec); break;
    case 'T': ok = fmt_utf8(I, w, TYPE(va_arg(*ap, Obj *))->name, prec); break;
    case 'N': ok = fmt_utf8(I, w, va_arg(*ap, TypeObj *)->name, prec); break;
    case 'V': {
        Obj *o = va_arg(*ap, Obj *);
        const char *c = va_arg(*ap, const char *);
        ok = o ? fmt_obj(I, w, o, 'U', prec) : fmt_utf8(I, w, c, prec);
        break;
    }
    default: /* unknown: copy it verbatim */
        ok = cw_char(I, w, '%') && cw_ascii(I, w, f, p - f + (*p != 0));
        return ok ? (int)(p - f + (*p != 0)) : -1;
    }
    if (n >= 0) {
        if (width > n) ok = cw_repeat(I, w, zero ? '0' : ' ', width - n);
        ok = ok && cw_ascii(I, w, buf, n);
    }
    return ok ? (int)(p - f + 1) : -1;
}

Obj *str_from_vformat(Interp *I, const char *fmt, va_list ap) {
    CpWriter w;
    cw_init(&w);
    va_list cp;
    va_copy(cp, ap);
    const char *p = fmt;
    bool ok = true;
    while (ok && *p) {
        const char *q = strchr(p, '%');
        if (!q) q = p + strlen(p);
        if (q > p) {
            Obj *lit = str_decode(I, p, q - p, "utf-8", "replace");
            ok = lit && cw_str(I, &w, lit);
            XDECREF(I, lit);
        }
        p = q;
        if (ok && *p == '%') {
            int used = fmt_directive(I, &w, p + 1, &cp);
            ok = used >= 0;
            p += 1 + (used > 0 ? used : 0);
        }
    }
    va_end(cp);
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

Obj *str_from_format(Interp *I, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *r = str_from_vformat(I, fmt, ap);
    va_end(ap);
    return r;
}

/* ------------------------------------------------------------------ str.__new__ */

static Obj *copy_to_subtype(Interp *I, TypeObj *type, Obj *s) {
    Obj *r = str_new_raw(I, type, STR_LEN(s), str_maxchar(s));
    if (!r) return NULL;
    copy_chars(STR_DATA(r), STR_KIND(r), 0, s, 0, STR_LEN(s));
    ((StrObj *)r)->ascii = ((StrObj *)s)->ascii;
    return r;
}

static Obj *str_decode_object(Interp *I, Obj *o, Obj *enc, Obj *errs) {
    const char *e = NULL, *r = NULL;
    if (enc && !STR_CHECK(enc))
        return err_format(I, I->e_TypeError, "str() argument 'encoding' must be str, not %s",
                          TYPE(enc)->name);
    if (errs && !STR_CHECK(errs))
        return err_format(I, I->e_TypeError, "str() argument 'errors' must be str, not %s",
                          TYPE(errs)->name);
    if (enc && !(e = str_utf8(I, enc, NULL))) return NULL;
    if (errs && !(r = str_utf8(I, errs, NULL))) return NULL;
    if (STR_CHECK(o)) return err_string(I, I->e_TypeError, "decoding str is not supported");
    if (BYTES_CHECK(o) || TYPE(o) == I->t_bytearray) {
        const char *data = BYTES_CHECK(o) ? BYTES_DATA(o) : BYTEARRAY_DATA(o);
        Ssize n = BYTES_CHECK(o) ? BYTES_LEN(o) : VSIZE(o);
        return str_decode(I, data, n, e, r);
    }
    return err_format(I, I->e_TypeError, "decoding to str: need a bytes-like object, %s found",
                      TYPE(o)->name);
}

static Obj *str_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    static const ArgSpec spec = {"str", names, 3, 3, 0, 0};
    Obj *a[3];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    Obj *s;
    if (!a[0]) s = NEWREF(I->empty_str);
    else if (a[1] || a[2]) s = str_decode_object(I, a[0], a[1], a[2]);
    else s = obj_str(I, a[0]);
    if (!s || type == I->t_str) return s;
    Obj *r = copy_to_subtype(I, type, s);
    DECREF(I, s);
    return r;
}

/* ------------------------------------------------------------------ dealloc, iterator */

static void str_dealloc(Interp *I, Obj *o) {
    mem_free(((StrObj *)o)->utf8);
    obj_free(I, o);
}

typedef struct StrIterObj {
    Obj ob;
    Obj *seq; /* NULL once exhausted */
    Ssize index;
} StrIterObj;

static Obj *str_iter(Interp *I, Obj *s) {
    StrIterObj *it = (StrIterObj *)obj_alloc(I, I->t_str_iter, 0);
    if (!it) return NULL;
    it->seq = NEWREF(s);
    it->index = 0;
    return OBJ(it);
}

static Obj *str_iter_next(Interp *I, Obj *o) {
    StrIterObj *it = (StrIterObj *)o;
    if (!it->seq) return NULL;
    if (it->index < STR_LEN(it->seq)) return str_from_char(I, str_char_at(it->seq, it->index++));
    CLEAR(I, it->seq);
    return NULL;
}

static Obj *str_iter_self(Interp *I, Obj *o) {
    (void)I;
    return NEWREF(o);
}

static void str_iter_dealloc(Interp *I, Obj *o) {
    CLEAR(I, ((StrIterObj *)o)->seq);
    obj_free(I, o);
}

static Obj *str_iter_length_hint(Interp *I, Obj *self, Obj *const *args, size_t nargs,
                                 Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    StrIterObj *it = (StrIterObj *)self;
    return int_from_i64(I, it->seq ? STR_LEN(it->seq) - it->index : 0);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeObj str_iter_tmpl = {
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

const TypeObj str_tmpl = {
    .name = "str",
    .basicsize = sizeof(StrObj),
    .itemsize = 1,
    .flags = TPF_BASETYPE | TPF_STR_SUBCLASS | TPF_IMMUTABLETYPE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .nb_mod = str_nb_mod,
    .len = str_len,
    .mp_subscript = str_subscript,
    .sq_item = str_item,
    .sq_contains = str_contains,
    .sq_concat = str_sq_concat,
    .sq_repeat = str_repeat,
    .methods = str_methods,
};
