/* strformat.c: format specs for str (format(s, spec)), str.format / format_map (PEP 3101
 * field syntax), and printf-style % formatting shared by str and bytes, with CPython's
 * messages (Objects/stringlib/unicode_format.h, Python/formatter_unicode.c,
 * Objects/unicodeobject.c's PyUnicode_Format in 3.12). */
#include <stdio.h>
#include <string.h>

#include "model/ledger.h"
#include "model/model.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "vm/errors.h"

/* ------------------------------------------------------------------ format specs for str */

typedef struct FmtSpec {
    uint32_t fill, align, sign, type;
    bool alternate, no_neg_0, fill_given;
    char sep;          /* ',' '_' or 0 */
    Ssize width, precision; /* -1: not given */
} FmtSpec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Digits at *pos (Unicode decimals count, as CPython's get_integer); returns how many. */
static int spec_int(Interp *I, Obj *s, Ssize *pos, Ssize *out) {
    Ssize v = 0;
    int n = 0;
    for (; *pos < STR_LEN(s); (*pos)++, n++) {
        int d = ud_decimal_value(str_char_at(s, *pos));
        if (d < 0) break;
        if (v > (PTRDIFF_MAX - d) / 10) {
            err_string(I, I->e_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return n;
}

static void sep_type_error(Interp *I, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        err_format(I, I->e_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else err_format(I, I->e_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static bool parse_spec(Interp *I, Obj *spec, Obj *obj, uint32_t default_align, uint32_t default_type,
                       FmtSpec *f) {
    Ssize pos = 0, end = STR_LEN(spec);
    bool align_given = false;
    *f = (FmtSpec){' ', default_align, 0, default_type, false, false, false, 0, -1, -1};
#define AT(i) str_char_at(spec, (i))
    if (end - pos >= 2 && is_align(AT(pos + 1))) {
        f->fill = AT(pos), f->align = AT(pos + 1), pos += 2;
        f->fill_given = align_given = true;
    } else if (end - pos >= 1 && is_align(AT(pos))) {
        f->align = AT(pos++), align_given = true;
    }
    if (pos < end && (AT(pos) == '+' || AT(pos) == '-' || AT(pos) == ' ')) f->sign = AT(pos++);
    if (pos < end && AT(pos) == 'z' && text_feature(I, TXT_SPEC_311)) f->no_neg_0 = true, pos++;
    if (pos < end && AT(pos) == '#') f->alternate = true, pos++;
    if (!f->fill_given && pos < end && AT(pos) == '0') {
        f->fill = '0';
        if (!align_given && (default_align == '>' || !text_feature(I, TXT_REAL_NUMBER_310)))
            f->align = '=';
        pos++;
    }
    int n = spec_int(I, spec, &pos, &f->width);
    if (n < 0) return false;
    if (n == 0) f->width = -1;
    if (pos < end && AT(pos) == ',') f->sep = ',', pos++;
    if (pos < end && AT(pos) == '_') {
        if (f->sep) goto both;
        f->sep = '_', pos++;
    }
    if (pos < end && AT(pos) == ',' && f->sep == '_') goto both;
    if (pos < end && AT(pos) == '.') {
        pos++;
        if ((n = spec_int(I, spec, &pos, &f->precision)) < 0) return false;
        if (n == 0) {
            err_string(I, I->e_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (end - pos > 1) {
        if (text_feature(I, TXT_SPEC_311))
            err_format(I, I->e_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                       spec, TYPE(obj)->name);
        else err_string(I, I->e_ValueError, "Invalid format specifier");
        return false;
    }
    if (end - pos == 1) f->type = AT(pos);
#undef AT
    if (f->sep) {
        const char *ok = strchr("defgEG%F", (int)f->type);
        bool based = f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X';
        if (!(f->type == 0 || (f->type < 128 && ok && f->type) || (based && f->sep == '_'))) {
            sep_type_error(I, f->sep, f->type);
            return false;
        }
    }
    return true;
both:
    err_string(I, I->e_ValueError, "Cannot specify both ',' and '_'.");
    return false;
}

static Obj *unknown_code(Interp *I, uint32_t type, Obj *obj) {
    if (type > 32 && type < 128)
        return err_format(I, I->e_ValueError, "Unknown format code '%c' for object of type '%s'",
                          (int)type, TYPE(obj)->name);
    return err_format(I, I->e_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)type, TYPE(obj)->name);
}

/* Write s[0:len) padded to width by fill and align ('<' '>' '^'). */
static bool write_padded(Interp *I, CpWriter *w, Obj *s, Ssize len, Ssize width, uint32_t fill,
                         uint32_t align) {
    Ssize pad = width > len ? width - len : 0, left = 0;
    if (align == '>') left = pad;
    else if (align == '^') left = pad / 2;
    return cw_repeat(I, w, fill, left) && cw_substr(I, w, s, 0, len) &&
           cw_repeat(I, w, fill, pad - left);
}

static bool format_str_into(Interp *I, CpWriter *w, Obj *s, Obj *spec) {
    FmtSpec f;
    if (!parse_spec(I, spec, s, '<', 's', &f)) return false;
    if (f.type != 's') return unknown_code(I, f.type, s) != NULL;
    const char *err = NULL;
    if (f.sign == ' ' && text_feature(I, TXT_SPACE_39)) err = "Space not allowed in string format specifier";
    else if (f.sign) err = "Sign not allowed in string format specifier";
    else if (f.no_neg_0) err = "Negative zero coercion (z) not allowed in string format specifier";
    else if (f.alternate) err = "Alternate form (#) not allowed in string format specifier";
    else if (f.align == '=') err = "'=' alignment not allowed in string format specifier";
    if (err) {
        err_string(I, I->e_ValueError, err);
        return false;
    }
    Ssize len = STR_LEN(s);
    if (f.precision >= 0 && f.precision < len) len = f.precision;
    return write_padded(I, w, s, len, f.width, f.fill, f.align);
}

Obj *str_format_spec(Interp *I, Obj *s, Obj *spec) {
    if (!spec || STR_LEN(spec) == 0) {
        if (TYPE(s) == I->t_str) return NEWREF(s);
        return str_substr(I, s, 0, STR_LEN(s));
    }
    CpWriter w;
    cw_init(&w);
    if (!format_str_into(I, &w, s, spec)) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

Obj *str_method_dunder_format(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)nargs, (void)kwnames;
    if (!STR_CHECK(args[0]))
        return err_format(I, I->e_TypeError, "__format__() argument must be str, not %s",
                          TYPE(args[0])->name);
    return str_format_spec(I, self, args[0]);
}

/* ------------------------------------------------------------------ str.format */

typedef struct FormatCtx {
    Obj *args, *kwargs; /* args NULL: format_map */
    int auto_state;     /* 0 unset, 1 automatic, 2 manual */
    Ssize auto_next;
} FormatCtx;

static bool build_into(Interp *I, CpWriter *w, Obj *s, Ssize start, Ssize end, FormatCtx *c,
                       int depth);

/* A decimal integer filling s[a:b), or -1 (empty or not all digits). */
static Ssize field_int(Interp *I, Obj *s, Ssize a, Ssize b) {
    if (a >= b) return -1;
    Ssize v = 0;
    for (Ssize i = a; i < b; i++) {
        int d = ud_decimal_value(str_char_at(s, i));
        if (d < 0) return -1;
        if (v > (PTRDIFF_MAX - d) / 10) {
            err_string(I, I->e_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    return v;
}

static Obj *first_object(Interp *I, Obj *s, Ssize a, Ssize b, FormatCtx *c) {
    Ssize idx = field_int(I, s, a, b);
    if (idx == -1 && err_occurred(I)) return NULL;
    bool empty = a >= b, numeric = empty || idx != -1;
    if (numeric) {
        if (c->auto_state == 0) c->auto_state = empty ? 1 : 2;
        if (c->auto_state == 2 && empty)
            return err_string(I, I->e_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == 1 && !empty)
            return err_string(I, I->e_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->auto_next++;
    }
    if (idx == -1) {
        Obj *key = str_substr(I, s, a, b);
        if (!key) return NULL;
        Obj *r = c->kwargs ? obj_getitem(I, c->kwargs, key) : err_set(I, I->e_KeyError, key);
        DECREF(I, key);
        return r;
    }
    if (!c->args) return err_string(I, I->e_ValueError, "Format string contains positional fields");
    if (idx >= TUPLE_LEN(c->args)) {
        if (text_feature(I, TXT_REPLACEMENT_38))
            return err_format(I, I->e_IndexError,
                              "Replacement index %zd out of range for positional args tuple", idx);
        return err_string(I, I->e_IndexError, "tuple index out of range");
    }
    return NEWREF(TUPLE_GET(c->args, idx));
}

/* Apply ".attr" and "[key]" parts in s[i:b) to obj (stolen). */
static Obj *field_rest(Interp *I, Obj *s, Ssize i, Ssize b, Obj *obj) {
    while (obj && i < b) {
        uint32_t ch = str_char_at(s, i++);
        Ssize a = i;
        Obj *next = NULL;
        if (ch == '.') {
            while (i < b && str_char_at(s, i) != '.' && str_char_at(s, i) != '[') i++;
            if (a == i) {
                DECREF(I, obj);
                return err_string(I, I->e_ValueError, "Empty attribute in format string");
            }
            Obj *name = str_substr(I, s, a, i);
            if (name) next = obj_getattr(I, obj, name);
            XDECREF(I, name);
        } else if (ch == '[') {
            while (i < b && str_char_at(s, i) != ']') i++;
            if (i >= b) {
                DECREF(I, obj);
                return err_string(I, I->e_ValueError, "Missing ']' in format string");
            }
            if (a == i) {
                DECREF(I, obj);
                return err_string(I, I->e_ValueError, "Empty attribute in format string");
            }
            Ssize idx = field_int(I, s, a, i);
            Obj *key = idx == -1 ? (err_occurred(I) ? NULL : str_substr(I, s, a, i)) : int_from_i64(I, idx);
            if (key) next = obj_getitem(I, obj, key);
            XDECREF(I, key);
            i++;
        } else {
            DECREF(I, obj);
            return err_string(I, I->e_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
        }
        DECREF(I, obj);
        obj = next;
    }
    return obj;
}

static Obj *get_field(Interp *I, Obj *s, Ssize a, Ssize b, FormatCtx *c) {
    Ssize i = a;
    while (i < b && str_char_at(s, i) != '.' && str_char_at(s, i) != '[') i++;
    Obj *obj = first_object(I, s, a, i, c);
    return obj ? field_rest(I, s, i, b, obj) : NULL;
}

static Obj *convert(Interp *I, Obj *o, uint32_t conv) {
    switch (conv) {
    case 'r': return obj_repr(I, o);
    case 's': return obj_str(I, o);
    case 'a': return obj_ascii(I, o);
    default:
        if (conv > 32 && conv < 127)
            return err_format(I, I->e_ValueError, "Unknown conversion specifier %c", (int)conv);
        return err_format(I, I->e_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

static bool render(Interp *I, CpWriter *w, Obj *obj, Obj *spec) {
    if (TYPE(obj) == I->t_str) {
        if (!spec || STR_LEN(spec) == 0) return cw_str(I, w, obj);
        return format_str_into(I, w, obj, spec);
    }
    Obj *r = obj_format(I, obj, spec ? spec : I->empty_str);
    bool ok = r && cw_str(I, w, r);
    XDECREF(I, r);
    return ok;
}

/* The replacement field s[*pos..] (just after its '{'); *pos moves past its '}'. */
static bool do_field(Interp *I, CpWriter *w, Obj *s, Ssize *pos, Ssize end, FormatCtx *c, int depth) {
    Ssize i = *pos, name_a = i;
    uint32_t ch = 0, conv = 0;
    while (i < end) {
        ch = str_char_at(s, i++);
        if (ch == '{') return err_string(I, I->e_ValueError, "unexpected '{' in field name") != NULL;
        if (ch == '[') {
            while (i < end && str_char_at(s, i) != ']') i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    Ssize name_b = i - 1, spec_a = 0, spec_b = 0;
    bool expand = false, has_spec = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (i >= end)
                return err_string(I, I->e_ValueError, "end of string while looking for conversion specifier") != NULL;
            conv = str_char_at(s, i++);
            if (i < end) {
                uint32_t n = str_char_at(s, i++);
                if (n == '}') goto parsed;
                if (n != ':')
                    return err_string(I, I->e_ValueError, "expected ':' after conversion specifier") != NULL;
            }
        }
        has_spec = true;
        spec_a = i;
        for (int count = 1; i < end;) {
            uint32_t n = str_char_at(s, i++);
            if (n == '{') expand = true, count++;
            else if (n == '}' && --count == 0) {
                spec_b = i - 1;
                goto parsed;
            }
        }
        return err_string(I, I->e_ValueError, "unmatched '{' in format spec") != NULL;
    } else if (ch != '}') {
        return err_string(I, I->e_ValueError, "expected '}' before end of string") != NULL;
    }
parsed:
    *pos = i;
    Obj *obj = get_field(I, s, name_a, name_b, c);
    if (obj && conv) SETREF(I, obj, convert(I, obj, conv));
    if (!obj) return false;
    Obj *spec = NULL;
    if (has_spec && expand) {
        CpWriter sw;
        cw_init(&sw);
        if (depth <= 1) err_string(I, I->e_ValueError, "Max string recursion exceeded");
        else if (build_into(I, &sw, s, spec_a, spec_b, c, depth - 1)) spec = cw_finish(I, &sw);
        if (!spec) {
            cw_discard(&sw);
            DECREF(I, obj);
            return false;
        }
    } else if (has_spec && !(spec = str_substr(I, s, spec_a, spec_b))) {
        DECREF(I, obj);
        return false;
    }
    bool ok = render(I, w, obj, spec);
    XDECREF(I, spec);
    DECREF(I, obj);
    return ok;
}

static bool build_into(Interp *I, CpWriter *w, Obj *s, Ssize start, Ssize end, FormatCtx *c,
                       int depth) {
    Ssize i = start;
    while (i < end) {
        Ssize lit = i;
        uint32_t ch = 0;
        while (i < end && (ch = str_char_at(s, i)) != '{' && ch != '}') i++;
        if (!cw_substr(I, w, s, lit, i)) return false;
        if (i >= end) break;
        i++;
        bool doubled = i < end && str_char_at(s, i) == ch;
        if (ch == '}' && !doubled)
            return err_string(I, I->e_ValueError, "Single '}' encountered in format string") != NULL;
        if (ch == '{' && i >= end)
            return err_string(I, I->e_ValueError, "Single '{' encountered in format string") != NULL;
        if (doubled) {
            if (!cw_char(I, w, ch)) return false;
            i++;
            continue;
        }
        if (!do_field(I, w, s, &i, end, c, depth)) return false;
    }
    return true;
}

static Obj *format_with(Interp *I, Obj *fmt, Obj *args, Obj *kwargs) {
    FormatCtx c = {args, kwargs, 0, 0};
    CpWriter w;
    cw_init(&w);
    if (!build_into(I, &w, fmt, 0, STR_LEN(fmt), &c, 2)) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

Obj *str_format_args(Interp *I, Obj *fmt, Obj *args, Obj *kwargs) {
    return format_with(I, fmt, args ? args : I->empty_tuple, kwargs);
}

Obj *str_method_format(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *t = tuple_from_array(I, args, (Ssize)nargs), *kw = NULL;
    if (!t) return NULL;
    if (kwnames && TUPLE_LEN(kwnames)) {
        kw = dict_new(I);
        for (Ssize i = 0; kw && i < TUPLE_LEN(kwnames); i++)
            if (!dict_set(I, kw, TUPLE_GET(kwnames, i), args[nargs + (size_t)i])) CLEAR(I, kw);
        if (!kw) {
            DECREF(I, t);
            return NULL;
        }
    }
    Obj *r = format_with(I, self, t, kw);
    DECREF(I, t);
    XDECREF(I, kw);
    return r;
}

Obj *str_method_format_map(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)nargs, (void)kwnames;
    return format_with(I, self, NULL, args[0]);
}

/* ------------------------------------------------------------------ % formatting */

enum { F_LJUST = NUMF_LJUST, F_SIGN = NUMF_SIGN, F_BLANK = NUMF_BLANK, F_ALT = NUMF_ALT, F_ZERO = NUMF_ZERO };

typedef struct PctCtx {
    Obj *fmt;
    const void *data;
    int kind;
    Ssize len, pos;
    Obj *args, *dict;  /* args: the current argument source (tuple or single value) */
    Ssize arglen, argidx;
    bool as_bytes;
    Obj *held; /* the owned value of the last %(key) lookup */
    MTrace buf_trace; /* tracemalloc: CPython's writer buffer (see pct_trace_buffer) */
    MSize buf_size;
} PctCtx;

static uint32_t pc_char(PctCtx *p, Ssize i) { return str_get(p->data, p->kind, i); }

static Obj *next_arg(Interp *I, PctCtx *p) {
    Ssize i = p->argidx;
    if (i < p->arglen) {
        p->argidx++;
        return p->arglen < 0 ? p->args : TUPLE_GET(p->args, i);
    }
    return err_string(I, I->e_TypeError, "not enough arguments for format string");
}

/* '*' width or precision from the arguments. */
static bool star_arg(Interp *I, PctCtx *p, Ssize *out) {
    Obj *v = next_arg(I, p);
    if (!v) return false;
    if (!INT_CHECK(v)) {
        err_string(I, I->e_TypeError, "* wants int");
        return false;
    }
    int64_t x;
    if (!int_fits_i64(v, &x) || x > PTRDIFF_MAX / 2 || x < -(PTRDIFF_MAX / 2)) {
        err_string(I, I->e_ValueError, "width too big");
        return false;
    }
    *out = (Ssize)x;
    return true;
}

static bool pct_digits(Interp *I, PctCtx *p, Ssize *out, const char *what) {
    Ssize v = 0;
    while (p->pos < p->len) {
        uint32_t c = pc_char(p, p->pos);
        if (c < '0' || c > '9') break;
        if (v > (PTRDIFF_MAX / 2 - (c - '0')) / 10) {
            err_format(I, I->e_ValueError, "%s too big", what);
            return false;
        }
        v = v * 10 + (c - '0');
        p->pos++;
    }
    *out = v;
    return true;
}

/* A %(key) lookup: the key's value becomes the only argument for this directive. */
static bool pct_key(Interp *I, PctCtx *p) {
    if (!p->dict) {
        err_string(I, I->e_TypeError, "format requires a mapping");
        return false;
    }
    Ssize start = ++p->pos, depth = 1;
    while (p->pos < p->len && depth) {
        uint32_t c = pc_char(p, p->pos++);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth) {
        err_string(I, I->e_ValueError, "incomplete format key");
        return false;
    }
    Obj *key;
    if (p->as_bytes) key = bytes_from(I, (const char *)p->data + start, p->pos - 1 - start);
    else key = str_substr(I, p->fmt, start, p->pos - 1);
    if (!key) return false;
    Obj *v = obj_getitem(I, p->dict, key);
    DECREF(I, key);
    if (!v) return false;
    XDECREF(I, p->held);
    p->held = p->args = v;
    p->arglen = -1;
    p->argidx = -2;
    return true;
}

typedef struct PctSpec {
    int flags;
    Ssize width, prec;
    uint32_t conv;
} PctSpec;

static bool write_field(Interp *I, CpWriter *w, Obj *s, Ssize len, const PctSpec *sp) {
    return write_padded(I, w, s, len, sp->width, ' ', (sp->flags & F_LJUST) ? '<' : '>');
}

/* %s %r %a (and %b in bytes): text, truncated by the precision. */
static bool pct_text(Interp *I, CpWriter *w, PctCtx *p, Obj *v, const PctSpec *sp) {
    Obj *s;
    if (p->as_bytes && (sp->conv == 's' || sp->conv == 'b')) {
        if (BYTES_CHECK(v) || TYPE(v) == I->t_bytearray) {
            const char *d = BYTES_CHECK(v) ? BYTES_DATA(v) : BYTEARRAY_DATA(v);
            s = str_decode(I, d, VSIZE(v), "latin-1", NULL);
        } else {
            Obj *m = type_lookup(I, TYPE(v), I->ids.__bytes__);
            Obj *b = m ? obj_call1(I, m, v) : NULL;
            if (!m)
                err_format(I, I->e_TypeError, "%%b requires a bytes-like object, or an object that "
                           "implements __bytes__, not '%s'", TYPE(v)->name);
            if (b && !BYTES_CHECK(b)) {
                err_format(I, I->e_TypeError, "__bytes__ returned non-bytes (type %s)", TYPE(b)->name);
                CLEAR(I, b);
            }
            s = b ? str_decode(I, BYTES_DATA(b), BYTES_LEN(b), "latin-1", NULL) : NULL;
            XDECREF(I, b);
        }
    } else if (sp->conv == 's') s = obj_str(I, v);
    else if (sp->conv == 'r' && !p->as_bytes) s = obj_repr(I, v);
    else s = obj_ascii(I, v);
    if (!s) return false;
    Ssize len = STR_LEN(s);
    if (sp->prec >= 0 && sp->prec < len) len = sp->prec;
    bool ok = write_field(I, w, s, len, sp);
    DECREF(I, s);
    return ok;
}

/* d i u o x X e E f F g G: the numbers part's converter (int.h) does the digits and padding. */
static bool pct_num(Interp *I, CpWriter *w, Obj *v, const PctSpec *sp) {
    Obj *r = num_percent_format(I, v, (char)sp->conv, sp->flags, sp->width, sp->prec);
    bool ok = r && cw_str(I, w, r);
    XDECREF(I, r);
    return ok;
}

static bool pct_char(Interp *I, CpWriter *w, PctCtx *p, Obj *v, const PctSpec *sp) {
    uint32_t ch;
    if (p->as_bytes) {
        int64_t x;
        if (BYTES_CHECK(v) && BYTES_LEN(v) == 1) ch = (uint8_t)BYTES_DATA(v)[0];
        else if (TYPE(v) == I->t_bytearray && VSIZE(v) == 1) ch = (uint8_t)BYTEARRAY_DATA(v)[0];
        else if (INT_CHECK(v)) {
            if (!int_fits_i64(v, &x) || x < 0 || x > 255) {
                err_string(I, I->e_OverflowError, "%c arg not in range(256)");
                return false;
            }
            ch = (uint32_t)x;
        } else {
            err_string(I, I->e_TypeError, "%c requires an integer in range(256) or a single byte");
            return false;
        }
    } else if (STR_CHECK(v)) {
        if (STR_LEN(v) != 1) goto bad;
        ch = str_char_at(v, 0);
    } else if (INT_CHECK(v) || TYPE(v)->nb_index) {
        Obj *iv = num_index(I, v);
        if (!iv) return false;
        int64_t x;
        bool fits = int_fits_i64(iv, &x);
        DECREF(I, iv);
        if (!fits || x < 0 || x > 0x10FFFF) {
            err_string(I, I->e_OverflowError, "%c arg not in range(0x110000)");
            return false;
        }
        ch = (uint32_t)x;
    } else goto bad;
    Obj *s = str_from_char(I, ch);
    bool ok = s && write_field(I, w, s, 1, sp);
    XDECREF(I, s);
    return ok;
bad:
    err_string(I, I->e_TypeError, "%c requires int or char");
    return false;
}

static bool pct_spec(Interp *I, PctCtx *p, PctSpec *sp) {
    sp->flags = 0, sp->width = -1, sp->prec = -1;
    for (; p->pos < p->len; p->pos++) {
        uint32_t c = pc_char(p, p->pos);
        int f = c == '-' ? F_LJUST : c == '+' ? F_SIGN : c == ' ' ? F_BLANK : c == '#' ? F_ALT
              : c == '0' ? F_ZERO : 0;
        if (!f) break;
        sp->flags |= f;
    }
    if (p->pos < p->len && pc_char(p, p->pos) == '*') {
        p->pos++;
        if (!star_arg(I, p, &sp->width)) return false;
        if (sp->width < 0) sp->flags |= F_LJUST, sp->width = -sp->width;
    } else if (!pct_digits(I, p, &sp->width, "width")) return false;
    if (p->pos < p->len && pc_char(p, p->pos) == '.') {
        p->pos++;
        if (p->pos < p->len && pc_char(p, p->pos) == '*') {
            p->pos++;
            if (!star_arg(I, p, &sp->prec)) return false;
            if (sp->prec < 0) sp->prec = 0;
        } else if (!pct_digits(I, p, &sp->prec, "precision")) return false;
    }
    if (p->pos < p->len) {
        uint32_t c = pc_char(p, p->pos);
        if (c == 'h' || c == 'l' || c == 'L') p->pos++;
    }
    if (p->pos >= p->len) {
        err_string(I, I->e_ValueError, "incomplete format");
        return false;
    }
    sp->conv = pc_char(p, p->pos++);
    return true;
}

/* ---- tracemalloc: PyUnicode_Format writes into a _PyUnicodeWriter whose first buffer holds
 * at least len(fmt) + 100 characters (min_length), realloc'd to the result at the end; an
 * exact int under a plain %d is written by long_to_decimal_string_internal through a scratch
 * int of 1 + n + n/99 digits (n: its 30-bit digits), freed at once. Only ASCII formats are
 * modelled (a wider character re-allocates the buffer). */
static void pct_trace_buffer(Interp *I, PctCtx *p) {
    if (p->buf_trace || p->as_bytes || !I->model || !I->model->ledger.tracing) return;
    if (!STR_CHECK(p->fmt) || STR_KIND(p->fmt) != 1) return;
    MSize chars = (MSize)p->len + 100;
    p->buf_size = model_str_sizeof(I->prof, chars, 127, 0, false);
    p->buf_trace = ledger_alloc(&I->model->ledger, p->buf_size);
}

static void pct_trace_buffer_done(Interp *I, PctCtx *p) {
    if (p->buf_trace) ledger_free(&I->model->ledger, p->buf_trace, p->buf_size);
    p->buf_trace = 0;
}

/* true: the digits are written as CPython writes them (the scratch int is traced), so the
 * caller leaves our own temporary digit string untraced */
static bool pct_trace_scratch(Interp *I, PctCtx *p, Obj *v, const PctSpec *sp) {
    if (!p->buf_trace || TYPE(v) != I->t_int || sp->width > 0 || sp->prec != -1) return false;
    if (sp->flags & (F_SIGN | F_BLANK)) return false;
    MSize n = (MSize)int_ndigits(v);
    ModelLedger *L = &I->model->ledger;
    MSize size = 24 + 4 * (1 + n + n / 99);
    ledger_free(L, ledger_alloc(L, size), size);
    return true;
}

static bool pct_int_direct(Interp *I, CpWriter *w, PctCtx *p, Obj *v, const PctSpec *sp) {
    pct_trace_buffer(I, p);
    if (sp->conv == 'u' || !pct_trace_scratch(I, p, v, sp)) return pct_num(I, w, v, sp);
    ModelLedger *L = &I->model->ledger;
    L->tracing = false; /* CPython writes the digits straight into its buffer */
    bool ok = pct_num(I, w, v, sp);
    L->tracing = true;
    return ok;
}

static bool pct_directive(Interp *I, CpWriter *w, PctCtx *p) {
    p->pos++; /* the '%' */
    if (p->pos < p->len && pc_char(p, p->pos) == '%') { /* only "%%" itself is an escape */
        p->pos++;
        return cw_char(I, w, '%');
    }
    if (p->pos < p->len && pc_char(p, p->pos) == '(' && !pct_key(I, p)) return false;
    PctSpec sp;
    if (!pct_spec(I, p, &sp)) return false;
    Obj *v = next_arg(I, p);
    if (!v) return false;
    switch (sp.conv) {
    case 's': case 'r': case 'a': return pct_text(I, w, p, v, &sp);
    case 'b': if (p->as_bytes) return pct_text(I, w, p, v, &sp); break;
    case 'd': case 'i': case 'u': return pct_int_direct(I, w, p, v, &sp);
    case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return pct_num(I, w, v, &sp);
    case 'c': return pct_char(I, w, p, v, &sp);
    default: break;
    }
    uint32_t c = sp.conv;
    err_format(I, I->e_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
               (c >= 31 && c <= 126) ? (int)c : '?', (unsigned)c, p->pos - 1);
    return false;
}

static Obj *pct_finish(Interp *I, CpWriter *w, bool as_bytes) {
    if (!as_bytes) return cw_finish(I, w);
    Obj *b = bytes_new_raw(I, w->len);
    if (b)
        for (Ssize i = 0; i < w->len; i++) BYTES_DATA(b)[i] = (char)w->buf[i];
    cw_discard(w);
    return b;
}

Obj *text_percent_format(Interp *I, Obj *fmt, Obj *values, bool as_bytes) {
    PctCtx p = {fmt, NULL, 1, 0, 0, values, NULL, -1, -2, as_bytes, NULL, 0, 0};
    if (as_bytes) {
        p.data = BYTES_CHECK(fmt) ? BYTES_DATA(fmt) : BYTEARRAY_DATA(fmt);
        p.len = VSIZE(fmt);
    } else {
        p.data = STR_DATA(fmt), p.kind = STR_KIND(fmt), p.len = STR_LEN(fmt);
    }
    if (TUPLE_CHECK(values)) p.arglen = TUPLE_LEN(values), p.argidx = 0;
    bool seqlike = STR_CHECK(values) || BYTES_CHECK(values) || TYPE(values) == I->t_bytearray;
    if (TYPE(values)->mp_subscript && !TUPLE_CHECK(values) && !(as_bytes ? seqlike : STR_CHECK(values)))
        p.dict = values;
    CpWriter w;
    cw_init(&w);
    bool ok = true;
    while (ok && p.pos < p.len) {
        Ssize lit = p.pos;
        while (p.pos < p.len && pc_char(&p, p.pos) != '%') p.pos++;
        if (p.pos > lit) pct_trace_buffer(I, &p);
        for (Ssize i = lit; ok && i < p.pos; i++) ok = cw_char(I, &w, pc_char(&p, i));
        if (!ok || p.pos >= p.len) break;
        ok = pct_directive(I, &w, &p);
    }
    if (ok && p.argidx < p.arglen && !p.dict) {
        err_string(I, I->e_TypeError, "not all arguments converted during string formatting");
        ok = false;
    }
    XDECREF(I, p.held);
    pct_trace_buffer_done(I, &p); /* realloc'd into the result: the old block's trace goes first */
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return pct_finish(I, &w, as_bytes);
}

Obj *str_mod_format(Interp *I, Obj *fmt, Obj *values) {
    return text_percent_format(I, fmt, values, false);
}

Obj *str_nb_mod(Interp *I, Obj *a, Obj *b) {
    if (!STR_CHECK(a)) return NEWREF(I->notimpl);
    return str_mod_format(I, a, b);
}
