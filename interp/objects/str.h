/* str.h: text objects, stored as CPython's PEP 393 compact strings (1, 2 or 4 bytes per code
 * point, by the largest code point), with the hash cached and interning. Implemented in str.c
 * (the type, methods), strformat.c (str.format, % formatting, format specs for str). */
#ifndef SLOTSCOPE_STR_H
#define SLOTSCOPE_STR_H

#include <stdarg.h>

#include "vm/interp.h"

typedef struct StrObj {
    Obj ob;
    Ssize length;        /* in code points */
    Hash hash;           /* -1: not computed yet */
    uint8_t kind;        /* 1, 2 or 4 bytes per code point */
    bool ascii;          /* all code points < 128: data is also valid UTF-8 */
    bool interned;
    char *utf8;          /* cached UTF-8 (NUL-terminated) for non-ASCII strs, or NULL */
    Ssize utf8_len;
    /* the code points follow, NUL-terminated, in `kind`-byte units */
} StrObj;

#define STR_DATA(o) ((void *)(((StrObj *)(o)) + 1))
#define STR_LEN(o) (((StrObj *)(o))->length)
#define STR_KIND(o) (((StrObj *)(o))->kind)
uint32_t str_char_at(Obj *s, Ssize i);

Obj *str_from_utf8(Interp *I, const char *s, Ssize len);      /* UnicodeDecodeError if invalid */
Obj *str_from_cstr(Interp *I, const char *s);
Obj *str_from_ascii(Interp *I, const char *s, Ssize len);     /* trusted ASCII */
Obj *str_from_codepoints(Interp *I, const uint32_t *cps, Ssize n);
Obj *str_from_char(Interp *I, uint32_t cp);                   /* chr(); latin-1 are cached */
Obj *str_from_format(Interp *I, const char *fmt, ...);        /* formats as err_format */
/* UTF-8 of s (borrowed, lives as long as s); *len may be NULL. NULL + UnicodeEncodeError for
 * lone surrogates. */
const char *str_utf8(Interp *I, Obj *s, Ssize *len);
Obj *str_intern(Interp *I, Obj *s);            /* steals s, returns the interned one */
Obj *str_intern_cstr(Interp *I, const char *s); /* new reference to an interned str */
Hash str_hash(Obj *s);                          /* SipHash-1-3 as CPython would use; cached */
bool str_eq(Obj *a, Obj *b);                    /* equal contents (fast path: identity) */
bool str_eq_cstr(Obj *a, const char *s);
int str_compare(Obj *a, Obj *b);                /* by code points: -1/0/1 */
Obj *str_concat(Interp *I, Obj *a, Obj *b);
Obj *str_join(Interp *I, Obj *sep, Obj *iterable);
Obj *str_repr_of(Interp *I, Obj *s);            /* repr() of a str */
bool str_is_identifier(Obj *s);
/* A growable builder for C code producing text. */
typedef struct StrBuilder {
    char *buf;
    size_t len, cap;
    uint32_t maxchar;
} StrBuilder;
void sb_init(StrBuilder *b);
bool sb_add_utf8(Interp *I, StrBuilder *b, const char *s, size_t n);
bool sb_add_cstr(Interp *I, StrBuilder *b, const char *s);
bool sb_add_str(Interp *I, StrBuilder *b, Obj *s);
bool sb_add_char(Interp *I, StrBuilder *b, uint32_t cp);
Obj *sb_finish(Interp *I, StrBuilder *b);       /* the str; frees the buffer */
void sb_discard(StrBuilder *b);

/* format(s, spec) for str; str.format(*args, **kw); fmt % values. */
Obj *str_format_spec(Interp *I, Obj *s, Obj *spec);
Obj *str_mod_format(Interp *I, Obj *fmt, Obj *values);


/* ---- Start-up and shutdown (called by vm/interp.c once I->t_str exists): the intern table,
 * I->empty_str, I->latin1[] and every I->ids.NAME. text_fini drops the interned strings. */
bool text_init(Interp *I);
void text_fini(Interp *I);

/* f-strings: concatenate n strs (the VM's BUILD_STRING). */
Obj *str_build(Interp *I, Obj *const *parts, Ssize n);
Obj *str_from_vformat(Interp *I, const char *fmt, va_list ap);
/* str.format(*args, **kwargs) as a C call (args/kwargs: tuple and dict, kwargs may be NULL). */
Obj *str_format_args(Interp *I, Obj *fmt, Obj *args, Obj *kwargs);

/* ---- Shared by the text files (str.c, strmethods.c, strformat.c, bytes.c). */
/* A new exact-or-subclass str of len code points, all <= maxchar, data uninitialised (zeroed). */
Obj *str_new_raw(Interp *I, TypeObj *type, Ssize len, uint32_t maxchar);
static inline void str_put(void *data, int kind, Ssize i, uint32_t cp) {
    if (kind == 1) ((uint8_t *)data)[i] = (uint8_t)cp;
    else if (kind == 2) ((uint16_t *)data)[i] = (uint16_t)cp;
    else ((uint32_t *)data)[i] = cp;
}
static inline uint32_t str_get(const void *data, int kind, Ssize i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
uint32_t str_maxchar(Obj *s);                    /* largest code point (0 for '') */
Obj *str_substr(Interp *I, Obj *s, Ssize start, Ssize end); /* s[start:end], bounds valid */
/* Make a freshly built str canonical for sharing: '' and one latin-1 char become the cached
 * singletons (as CPython's unicode_result). Steals s. */
Obj *str_result(Interp *I, Obj *s);
Hash text_hash_bytes(const void *p, size_t n);   /* the hash of str and bytes data */
/* Index of sub in s[start:end) (dir > 0: first, dir < 0: last), or -1. */
Ssize str_find_in(Obj *s, Obj *sub, Ssize start, Ssize end, int dir);
/* Resolve start/end arguments of find()/count() as CPython's ADJUST_INDICES (None allowed). */
bool str_parse_range(Interp *I, Obj *start_o, Obj *end_o, Ssize len, Ssize *start, Ssize *end);

/* A code-point writer for building strs of unknown size and width. */
typedef struct CpWriter {
    uint32_t *buf;
    Ssize len, cap;
    uint32_t maxchar;
} CpWriter;
void cw_init(CpWriter *w);
bool cw_char(Interp *I, CpWriter *w, uint32_t cp);
bool cw_repeat(Interp *I, CpWriter *w, uint32_t cp, Ssize n);
bool cw_ascii(Interp *I, CpWriter *w, const char *s, Ssize n);
bool cw_str(Interp *I, CpWriter *w, Obj *s);
bool cw_substr(Interp *I, CpWriter *w, Obj *s, Ssize start, Ssize end);
Obj *cw_finish(Interp *I, CpWriter *w);          /* the str; frees the buffer */
void cw_discard(CpWriter *w);

/* Codecs: utf-8 (utf8, u8...), ascii, latin-1 (latin1, iso-8859-1...). errors: strict, replace,
 * ignore, backslashreplace, surrogateescape (decode), xmlcharrefreplace (encode). NULLs mean
 * utf-8 / strict. LookupError "unknown encoding: x" for others. */
Obj *str_decode(Interp *I, const char *s, Ssize len, const char *encoding, const char *errors);
Obj *str_encode(Interp *I, Obj *s, const char *encoding, const char *errors); /* -> bytes */
/* Raise UnicodeDecodeError/UnicodeEncodeError with CPython's five arguments. */
Obj *text_unicode_error(Interp *I, TypeObj *type, const char *encoding, Obj *object, Ssize start,
                        Ssize end, const char *reason);

/* The method table of str (strmethods.c) and the % operator slot (strformat.c). */
extern const MethodDef str_methods[];
Obj *str_nb_mod(Interp *I, Obj *a, Obj *b);
/* Version-dependent wording, in one place until the profile grows named flags for them. */
enum {
    TXT_CONCAT_37,        /* 3.7+: can only concatenate str (not "int") to str */
    TXT_REPLACEMENT_38,   /* 3.8+: Replacement index 1 out of range for positional args tuple */
    TXT_REAL_NUMBER_310,  /* 3.10+: "%d format: a real number is required"; '0' pads strs */
    TXT_INDICES_311,      /* 3.11+: string indices must be integers, not 'float' */
    TXT_SPACE_39,         /* 3.9+: "Space not allowed in string format specifier" */
    TXT_SPEC_311,         /* 3.11+: 'z' in format specs; "Invalid format specifier 'x' for ..." */
};
/* Percent formatting shared by str and bytes: fmt is a str, or bytes when as_bytes. */
Obj *text_percent_format(Interp *I, Obj *fmt, Obj *values, bool as_bytes);
bool text_feature(Interp *I, int feature);

#endif
