/* str.h: text objects, stored as CPython's PEP 393 compact strings (1, 2 or 4 bytes per code
 * point, by the largest code point), with the hash cached and interning. Implemented in str.c
 * (the type, methods), strformat.c (str.format, % formatting, format specs for str). */
#ifndef SLOTSCOPE_STR_H
#define SLOTSCOPE_STR_H

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

#endif
