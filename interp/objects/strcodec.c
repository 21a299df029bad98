/* strcodec.c: the codecs str and bytes need (utf-8, ascii, latin-1) with CPython's error
 * handlers and its UnicodeDecodeError/UnicodeEncodeError arguments. */
#include <stdio.h>
#include <string.h>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_BACKSLASH, ERR_SURROGATEESCAPE, ERR_XMLREF,
       ERR_SURROGATEPASS, ERR_UNKNOWN };

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

/* Normalise as the codec registry does: case-insensitive, '_' and ' ' same as '-'. */
static int find_encoding(Interp *I, const char *name) {
    if (!name) return ENC_UTF8;
    char n[32];
    size_t i = 0;
    for (; name[i] && i < sizeof n - 1; i++) {
        char c = name[i];
        n[i] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    n[i] = 0;
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                         "cp819", "l1", "latin", "iso-ir-100", NULL};
    const char *const *tables[] = {utf8, ascii, latin1};
    if (!name[i])
        for (int t = 0; t < 3; t++)
            for (const char *const *p = tables[t]; *p; p++)
                if (!strcmp(n, *p)) return t;
    err_format(I, I->e_LookupError, "unknown encoding: %s", name);
    return -1;
}

static int find_errors(const char *name) {
    static const char *const names[] = {"strict", "replace", "ignore", "backslashreplace",
                                        "surrogateescape", "xmlcharrefreplace", "surrogatepass"};
    if (!name) return ERR_STRICT;
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (!strcmp(name, names[i])) return i;
    return ERR_UNKNOWN;
}

static Obj *unknown_handler(Interp *I, const char *name) {
    return err_format(I, I->e_LookupError, "unknown error handler name '%s'", name);
}

Obj *text_unicode_error(Interp *I, TypeObj *type, const char *encoding, Obj *object, Ssize start,
                        Ssize end, const char *reason) {
    Obj *e = str_from_cstr(I, encoding), *s = int_from_i64(I, start), *t = int_from_i64(I, end);
    Obj *r = str_from_cstr(I, reason);
    Obj *args = e && s && t && r ? tuple_pack(I, 5, e, object, s, t, r) : NULL;
    XDECREF(I, e);
    XDECREF(I, s);
    XDECREF(I, t);
    XDECREF(I, r);
    if (args) {
        err_set(I, type, args);
        DECREF(I, args);
    }
    return NULL;
}

/* ------------------------------------------------------------------ decoding */

/* One UTF-8 sequence at p: its length (>0) and *cp, or minus the number of bytes Python's
 * decoder blames, with *reason. */
static int utf8_step(const uint8_t *p, const uint8_t *e, uint32_t *cp, const char **reason,
                     bool surrogatepass) {
    uint32_t c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint32_t lo = 0x80, hi = 0xBF;
    if (c < 0xC2) need = 0;
    else if (c < 0xE0) need = 1, c &= 0x1F;
    else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED && !surrogatepass) hi = 0x9F;
        c &= 0x0F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        c &= 0x07;
    } else need = 0;
    if (need == 0) {
        *reason = "invalid start byte";
        return -1;
    }
    for (int i = 1; i <= need; i++) {
        if (p + i >= e) {
            *reason = "unexpected end of data";
            return -(int)(e - p);
        }
        uint32_t b = p[i];
        if (b < lo || b > hi) {
            *reason = "invalid continuation byte";
            return -i;
        }
        lo = 0x80, hi = 0xBF;
        c = (c << 6) | (b & 0x3F);
    }
    *cp = c;
    return need + 1;
}

static bool decode_error(Interp *I, CpWriter *w, int errs, const char *errname, int enc,
                         const char *s, Ssize len, Ssize pos, Ssize n, const char *reason) {
    static const char hex[] = "0123456789abcdef";
    switch (errs) {
    case ERR_REPLACE: return cw_char(I, w, 0xFFFD);
    case ERR_IGNORE: return true;
    case ERR_SURROGATEESCAPE:
        for (Ssize i = 0; i < n; i++) {
            uint8_t b = (uint8_t)s[pos + i];
            if (b < 128) break; /* CPython refuses to escape ASCII: fall to strict below */
            if (!cw_char(I, w, 0xDC00 + b)) return false;
            if (i == n - 1) return true;
        }
        break;
    case ERR_BACKSLASH:
        for (Ssize i = 0; i < n; i++) {
            uint8_t b = (uint8_t)s[pos + i];
            char esc[4] = {'\\', 'x', hex[b >> 4], hex[b & 15]};
            if (!cw_ascii(I, w, esc, 4)) return false;
        }
        return true;
    case ERR_UNKNOWN: unknown_handler(I, errname); return false;
    default: break;
    }
    Obj *b = bytes_from(I, s, len);
    if (!b) return false;
    text_unicode_error(I, I->e_UnicodeDecodeError, enc_names[enc], b, pos, pos + n, reason);
    DECREF(I, b);
    return false;
}

static Obj *decode_nonascii(Interp *I, const char *s, Ssize len, int enc, int errs,
                            const char *errname) {
    CpWriter w;
    cw_init(&w);
    const uint8_t *p = (const uint8_t *)s, *e = p + len;
    bool ok = true;
    while (ok && p < e) {
        uint32_t c = *p;
        int n = 1;
        const char *reason = NULL;
        if (enc == ENC_UTF8) n = utf8_step(p, e, &c, &reason, errs == ERR_SURROGATEPASS);
        else if (enc == ENC_ASCII && c >= 128) n = -1, reason = "ordinal not in range(128)";
        if (n > 0) {
            ok = cw_char(I, &w, c);
            p += n;
        } else {
            ok = decode_error(I, &w, errs, errname, enc, s, len, (const char *)p - s, -n, reason);
            p += -n;
        }
    }
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

Obj *str_decode(Interp *I, const char *s, Ssize len, const char *encoding, const char *errors) {
    int enc = find_encoding(I, encoding);
    if (enc < 0) return NULL;
    Ssize i = 0;
    while (i < len && (uint8_t)s[i] < 128) i++;
    if (i == len) return str_from_ascii(I, s, len);
    if (enc == ENC_LATIN1) {
        Obj *r = str_new_raw(I, I->t_str, len, 255);
        if (r) memcpy(STR_DATA(r), s, (size_t)len);
        return r ? str_result(I, r) : NULL;
    }
    return decode_nonascii(I, s, len, enc, find_errors(errors), errors);
}

/* ------------------------------------------------------------------ encoding */

typedef struct ByteBuf {
    char *p;
    size_t len, cap;
} ByteBuf;

static bool bb_add(Interp *I, ByteBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n + 1) nc *= 2;
        char *np = mem_realloc(I, b->p, nc);
        if (!np) return false;
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    return true;
}

static int put_utf8(uint32_t c, char *o) {
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

static bool encodable(int enc, uint32_t c) {
    if (enc == ENC_UTF8) return c < 0xD800 || c > 0xDFFF;
    return c < (enc == ENC_ASCII ? 128u : 256u);
}

/* Handle the run s[start:end) of characters the codec cannot encode. */
static bool encode_error(Interp *I, ByteBuf *b, int enc, int errs, const char *errname, Obj *s,
                         Ssize start, Ssize end) {
    static const char *const reasons[] = {"surrogates not allowed", "ordinal not in range(128)",
                                          "ordinal not in range(256)"};
    for (Ssize i = start; i < end && errs != ERR_STRICT; i++) {
        uint32_t c = str_char_at(s, i);
        char tmp[16];
        int n = 0;
        if (errs == ERR_REPLACE) tmp[0] = '?', n = 1;
        else if (errs == ERR_IGNORE) n = 0;
        else if (errs == ERR_BACKSLASH)
            n = snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        else if (errs == ERR_XMLREF) n = snprintf(tmp, sizeof tmp, "&#%u;", c);
        else if (errs == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) tmp[0] = (char)(c - 0xDC00), n = 1;
        else if (errs == ERR_SURROGATEPASS && enc == ENC_UTF8) n = put_utf8(c, tmp);
        else if (errs == ERR_UNKNOWN) {
            unknown_handler(I, errname);
            return false;
        } else break; /* the handler cannot deal with it: raise */
        if (!bb_add(I, b, tmp, (size_t)n)) return false;
        if (i == end - 1) return true;
    }
    text_unicode_error(I, I->e_UnicodeEncodeError, enc_names[enc], s, start, end, reasons[enc]);
    return false;
}

static bool encode_into(Interp *I, ByteBuf *b, Obj *s, int enc, int errs, const char *errname) {
    Ssize n = STR_LEN(s);
    for (Ssize i = 0; i < n;) {
        uint32_t c = str_char_at(s, i);
        if (encodable(enc, c)) {
            char tmp[4];
            int k = enc == ENC_UTF8 ? put_utf8(c, tmp) : (tmp[0] = (char)c, 1);
            if (!bb_add(I, b, tmp, (size_t)k)) return false;
            i++;
            continue;
        }
        Ssize j = i + 1;
        while (j < n && !encodable(enc, str_char_at(s, j))) j++;
        if (!encode_error(I, b, enc, errs, errname, s, i, j)) return false;
        i = j;
    }
    return true;
}

Obj *str_encode(Interp *I, Obj *s, const char *encoding, const char *errors) {
    int enc = find_encoding(I, encoding);
    if (enc < 0) return NULL;
    StrObj *o = (StrObj *)s;
    if (o->ascii) return bytes_from(I, STR_DATA(s), o->length);
    if (enc == ENC_LATIN1 && o->kind == 1) return bytes_from(I, STR_DATA(s), o->length);
    if (enc == ENC_UTF8 && o->utf8) return bytes_from(I, o->utf8, o->utf8_len);
    ByteBuf b = {NULL, 0, 0};
    Obj *r = NULL;
    if (encode_into(I, &b, s, enc, find_errors(errors), errors)) r = bytes_from(I, b.p ? b.p : "", (Ssize)b.len);
    mem_free(b.p);
    return r;
}

const char *str_utf8(Interp *I, Obj *s, Ssize *len) {
    StrObj *o = (StrObj *)s;
    if (o->ascii) {
        if (len) *len = o->length;
        return STR_DATA(s);
    }
    if (!o->utf8) {
        ByteBuf b = {NULL, 0, 0};
        if (!encode_into(I, &b, s, ENC_UTF8, ERR_STRICT, NULL)) {
            mem_free(b.p);
            return NULL;
        }
        if (!bb_add(I, &b, "", 0)) {
            mem_free(b.p);
            return NULL;
        }
        b.p[b.len] = 0;
        o->utf8 = b.p;
        o->utf8_len = (Ssize)b.len;
    }
    if (len) *len = o->utf8_len;
    return o->utf8;
}
