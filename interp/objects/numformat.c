/* numformat.c: the format-spec mini-language for int and float (CPython's
 * Python/formatter_unicode.c rules: [[fill]align][sign][z][#][0][width][,|_][.precision][type]),
 * with its exact error messages per version, and the `%` operator's number conversions. */
#include <limits.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/longarith.h"
#include "objects/str.h"
#include "vm/errors.h"

typedef struct Spec {
    uint32_t fill, type;
    char align, sign;
    bool alt, no_neg_0;
    char thousands;         /* 0, ',' or '_' */
    int group;              /* digits between separators: 3, or 4 for '_' with b/o/x/X */
    Ssize width, precision; /* -1: not given */
} Spec;

static Obj *value_error(Interp *I, const char *msg) {
    return err_string(I, I->e_ValueError, msg);
}

/* Digits of a width or precision; -1 on overflow (error set), else the count consumed. */
static Ssize get_integer(Interp *I, Obj *s, Ssize *pos, Ssize end, Ssize *out) {
    Ssize acc = 0, n = 0;
    for (; *pos < end; (*pos)++, n++) {
        uint32_t c = str_char_at(s, *pos);
        if (c < '0' || c > '9') break;
        if (acc > (PTRDIFF_MAX - (Ssize)(c - '0')) / 10) {
            value_error(I, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + (Ssize)(c - '0');
    }
    *out = acc;
    return n;
}

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static void bad_thousands(Interp *I, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        err_format(I, I->e_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        err_format(I, I->e_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static bool check_thousands(Interp *I, Spec *f) {
    if (!f->thousands) return true;
    switch (f->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
        return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        if (f->thousands == '_') {
            f->group = 4;
            return true;
        }
        /* fall through */
    default:
        bad_thousands(I, f->thousands, f->type);
        return false;
    }
}

static bool parse_spec(Interp *I, Obj *obj, Obj *s, Spec *f, uint32_t default_type) {
    Ssize pos = 0, end = STR_LEN(s), n;
    bool fill_given = false, align_given = false;
    *f = (Spec){
        .fill = ' ', .align = '>', .type = default_type, .group = 3, .width = -1, .precision = -1};
    if (end - pos >= 2 && is_align(str_char_at(s, pos + 1))) {
        f->align = (char)str_char_at(s, pos + 1);
        f->fill = str_char_at(s, pos);
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(str_char_at(s, pos))) {
        f->align = (char)str_char_at(s, pos++);
        align_given = true;
    }
    uint32_t c = pos < end ? str_char_at(s, pos) : 0;
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = (char)c;
        c = ++pos < end ? str_char_at(s, pos) : 0;
    }
    if (c == 'z' && I->prof->format_z) {
        f->no_neg_0 = true;
        c = ++pos < end ? str_char_at(s, pos) : 0;
    }
    if (c == '#') {
        f->alt = true;
        c = ++pos < end ? str_char_at(s, pos) : 0;
    }
    if (!fill_given && c == '0') {
        f->fill = '0';
        if (!align_given) f->align = '=';
        pos++;
    }
    if ((n = get_integer(I, s, &pos, end, &f->width)) < 0) return false;
    if (n == 0) f->width = -1;
    if (pos < end && str_char_at(s, pos) == ',') {
        f->thousands = ',', pos++;
    }
    if (pos < end && str_char_at(s, pos) == '_') {
        if (f->thousands) return value_error(I, "Cannot specify both ',' and '_'."), false;
        f->thousands = '_', pos++;
    }
    if (pos < end && str_char_at(s, pos) == ',' &&
        (f->thousands == '_' || !I->prof->format_comma_type_39))
        return value_error(I, "Cannot specify both ',' and '_'."), false;
    if (pos < end && str_char_at(s, pos) == '.') {
        pos++;
        if ((n = get_integer(I, s, &pos, end, &f->precision)) < 0) return false;
        if (n == 0) return value_error(I, "Format specifier missing precision"), false;
    }
    if (end - pos > 1) {
        if (I->prof->format_z)
            err_format(I, I->e_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                       s, TYPE(obj)->name);
        else
            value_error(I, "Invalid format specifier");
        return false;
    }
    if (end - pos == 1) f->type = str_char_at(s, pos);
    return check_thousands(I, f);
}

static Obj *unknown_code(Interp *I, uint32_t type, const char *tname) {
    if (type > 32 && type < 128)
        return err_format(I, I->e_ValueError, "Unknown format code '%c' for object of type '%s'",
                          (int)type, tname);
    return err_format(I, I->e_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)type, tname);
}

/* ---- layout: [lpad][sign][prefix][spad][grouped digits][decimal][remainder][rpad] */

typedef struct Number {
    char sign;          /* '-' if negative, else 0 */
    const char *prefix; /* "0x"... */
    const char *digits; /* integer digits (ASCII) */
    Ssize ndigits;
    bool has_decimal;
    const char *rest; /* fraction, exponent, '%'... */
    Ssize nrest;
    bool is_char; /* 'c': rest_char stands in place of rest */
    uint32_t rest_char;
} Number;

/* Insert separators every `group` digits from the right, padding with zeros up to
 * min_width (CPython's _PyUnicode_InsertThousandsGrouping). out has room enough; filled
 * right to left ending at out_end. Returns the length. */
static Ssize group_digits(char *out_end, const char *d, Ssize n, Ssize min_width, int group,
                          char sep) {
    char *p = out_end;
    const char *src = d + n;
    Ssize remaining = n, count = 0;
    bool use_sep = false;
    if (min_width < 0) min_width = 0;
    for (;;) {
        Ssize want = remaining > min_width ? remaining : min_width;
        if (want < 1) want = 1;
        Ssize len = group > 0 && group < want ? group : want;
        Ssize nzeros = len > remaining ? len - remaining : 0;
        Ssize nchars = remaining < len ? remaining : len;
        if (nchars < 0) nchars = 0;
        if (use_sep) {
            *--p = sep;
            count++;
        }
        for (Ssize i = 0; i < nchars; i++) *--p = *--src;
        for (Ssize i = 0; i < nzeros; i++) *--p = '0';
        count += nzeros + nchars;
        if (group <= 0) return count;
        use_sep = true;
        remaining -= nchars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) return count;
        min_width -= 1; /* the separator's width */
    }
}

static bool add_fill(Interp *I, StrBuilder *b, uint32_t fill, Ssize n) {
    for (Ssize i = 0; i < n; i++)
        if (!sb_add_char(I, b, fill)) return false;
    return true;
}

static Obj *layout_number(Interp *I, const Spec *f, const Number *num, bool upper) {
    Ssize nsign = 0;
    char sign = 0;
    if (f->sign == '+') {
        nsign = 1;
        sign = num->sign == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        nsign = 1;
        sign = num->sign == '-' ? '-' : ' ';
    } else if (num->sign == '-') {
        nsign = 1;
        sign = '-';
    }
    Ssize nprefix = num->prefix ? (Ssize)strlen(num->prefix) : 0;
    Ssize nrest = num->is_char ? 1 : num->nrest, ndec = num->has_decimal;
    Ssize non_digit = nsign + nprefix + ndec + nrest;
    Ssize min_width = f->fill == '0' && f->align == '=' ? f->width - non_digit : 0;
    int group = f->thousands ? f->group : 0;
    Ssize cap = num->ndigits + (min_width > 0 ? min_width : 0) + 8;
    cap += cap / 3;
    char *gbuf = mem_alloc(I, (size_t)cap);
    if (!gbuf) return NULL;
    Ssize ng = num->ndigits == 0 ? 0
                                 : group_digits(gbuf + cap, num->digits, num->ndigits, min_width,
                                                group, f->thousands);
    Ssize pad = f->width - (non_digit + ng), lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        if (f->align == '<')
            rpad = pad;
        else if (f->align == '^') {
            lpad = pad / 2;
            rpad = pad - lpad;
        } else if (f->align == '=')
            spad = pad;
        else
            lpad = pad;
    }
    StrBuilder b;
    sb_init(&b);
    char pre[4] = {0};
    if (nprefix) {
        memcpy(pre, num->prefix, (size_t)nprefix);
        if (upper) pre[1] = (char)(pre[1] - 32);
    }
    if (upper)
        for (Ssize i = 0; i < ng; i++)
            if (gbuf[cap - ng + i] >= 'a' && gbuf[cap - ng + i] <= 'f') gbuf[cap - ng + i] -= 32;
    bool ok = add_fill(I, &b, f->fill, lpad) && (!nsign || sb_add_char(I, &b, (uint32_t)sign)) &&
              sb_add_utf8(I, &b, pre, (size_t)nprefix) && add_fill(I, &b, f->fill, spad) &&
              sb_add_utf8(I, &b, gbuf + cap - ng, (size_t)ng) &&
              (!ndec || sb_add_char(I, &b, '.')) &&
              (num->is_char ? sb_add_char(I, &b, num->rest_char)
                            : sb_add_utf8(I, &b, num->rest ? num->rest : "", (size_t)num->nrest)) &&
              add_fill(I, &b, f->fill, rpad);
    mem_free(gbuf);
    if (!ok) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(I, &b);
}

/* ---- floats */

static Obj *format_float_spec(Interp *I, double v, const Spec *f) {
    if (f->precision > INT_MAX) return value_error(I, "precision too big");
    int prec = (int)f->precision, flags = 0;
    uint32_t type = f->type;
    if (f->alt) flags |= DTSF_ALT;
    if (f->no_neg_0) flags |= DTSF_NO_NEG_0;
    int default_prec = 6;
    if (type == 0) {
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') type = 'g';
    bool pct = type == '%';
    if (pct) {
        type = 'f';
        v *= 100;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    size_t len;
    char *s = num_double_to_string(I, v, (char)type, prec, flags, &len);
    if (!s) return NULL;
    Number num = {0};
    const char *p = s;
    if (*p == '-') {
        num.sign = '-';
        p++;
    }
    num.digits = p;
    while (*p >= '0' && *p <= '9') p++;
    num.ndigits = p - num.digits;
    if (*p == '.') {
        num.has_decimal = true;
        p++;
    }
    num.rest = p;
    num.nrest = (Ssize)(s + len - p);
    Obj *r;
    if (pct) {
        char *t = mem_alloc(I, (size_t)num.nrest + 2);
        if (!t) {
            mem_free(s);
            return NULL;
        }
        memcpy(t, num.rest, (size_t)num.nrest);
        t[num.nrest] = '%';
        num.rest = t;
        num.nrest++;
        r = layout_number(I, f, &num, false);
        mem_free(t);
    } else {
        r = layout_number(I, f, &num, false);
    }
    mem_free(s);
    return r;
}

static bool is_float_type(uint32_t t) {
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
           t == 'n' || t == '%';
}

Obj *num_format_float(Interp *I, double v, Obj *spec) {
    if (STR_LEN(spec) == 0) {
        char buf[40];
        size_t n = float_repr_buf(v, buf);
        return str_from_ascii(I, buf, (Ssize)n);
    }
    /* the object is only used for its type name in messages */
    Obj *fo = float_from_double(I, v);
    if (!fo) return NULL;
    Spec f;
    Obj *r = NULL;
    if (parse_spec(I, fo, spec, &f, 0)) {
        if (is_float_type(f.type))
            r = format_float_spec(I, v, &f);
        else
            unknown_code(I, f.type, "float");
    }
    DECREF(I, fo);
    return r;
}

/* ---- ints */

static Obj *format_int_char(Interp *I, Obj *v, const Spec *f) {
    if (f->sign) return value_error(I, "Sign not allowed with integer format specifier 'c'");
    if (f->alt)
        return value_error(I, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x = int_as_i64(I, v);
    if (x == -1 && err_occurred(I)) return NULL;
    if (x < 0 || x > 0x10ffff)
        return err_string(I, I->e_OverflowError, "%c arg not in range(0x110000)");
    Number num = {.is_char = true, .rest_char = (uint32_t)x};
    return layout_number(I, f, &num, false);
}

static Obj *format_int_spec(Interp *I, Obj *v, const Spec *f) {
    if (f->precision != -1)
        return value_error(I, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return value_error(I, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') return format_int_char(I, v, f);
    int base = f->type == 'b'                       ? 2
               : f->type == 'o'                     ? 8
               : (f->type == 'x' || f->type == 'X') ? 16
                                                    : 10;
    char *digits;
    size_t len;
    Obj *tmp = NULL;
    if (base == 10) {
        if (!(digits = la_to_decimal(I, v, true, &len))) return NULL;
    } else {
        if (!(tmp = int_to_base_string(I, v, base, false))) return NULL;
        digits = (char *)STR_DATA(tmp); /* ASCII: one byte a character */
        len = (size_t)STR_LEN(tmp);
        if (*digits == '-') digits++, len--;
    }
    Number num = {.sign = VSIZE(v) < 0 ? '-' : 0, .digits = digits, .ndigits = (Ssize)len};
    if (f->alt && base != 10) num.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    Obj *r = layout_number(I, f, &num, f->type == 'X');
    if (tmp)
        DECREF(I, tmp);
    else
        mem_free(digits);
    return r;
}

Obj *num_format_int(Interp *I, Obj *v, Obj *spec) {
    if (STR_LEN(spec) == 0)
        return TYPE(v) == I->t_int ? int_to_decimal_string(I, v) : obj_str(I, v);
    Spec f;
    if (!parse_spec(I, v, spec, &f, 'd')) return NULL;
    switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        return format_int_spec(I, v, &f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double d = int_as_double(I, v);
        if (d == -1.0 && err_occurred(I)) return NULL;
        return format_float_spec(I, d, &f);
    }
    default:
        return unknown_code(I, f.type, TYPE(v)->name);
    }
}

/* ---- the % operator */

static Obj *percent_wrong_type(Interp *I, char type, Obj *v) {
    if (type == 'o' || type == 'x' || type == 'X')
        return err_format(I, I->e_TypeError, "%%%c format: an integer is required, not %T", type,
                          v);
    return err_format(I, I->e_TypeError, "%%%c format: a %snumber is required, not %T", type,
                      I->prof->real_number_msg ? "real " : "", v);
}

static Obj *percent_int_value(Interp *I, Obj *v, char type) {
    if (INT_CHECK(v)) return NEWREF(v);
    TypeObj *t = TYPE(v);
    if (!t->nb_index && !t->nb_int && !t->nb_float) return percent_wrong_type(I, type, v);
    Obj *r = (type == 'o' || type == 'x' || type == 'X') ? num_index(I, v) : int_from_object(I, v);
    if (!r && err_matches(I, I->e_TypeError)) {
        err_clear(I);
        return percent_wrong_type(I, type, v);
    }
    return r;
}

/* "%x" digits: sign, precision zero padding, the # prefix (CPython's _PyUnicode_FormatLong). */
static char *percent_int_text(Interp *I, Obj *iv, char type, int flags, Ssize prec, size_t *len) {
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    size_t nd;
    char *d = NULL;
    Obj *tmp = NULL;
    if (base == 10) {
        if (!(d = la_to_decimal(I, iv, true, &nd))) return NULL;
    } else {
        if (!(tmp = int_to_base_string(I, iv, base, false))) return NULL;
        d = (char *)STR_DATA(tmp);
        nd = (size_t)STR_LEN(tmp);
        if (*d == '-') d++, nd--;
    }
    size_t zeros = prec > 0 && (size_t)prec > nd ? (size_t)prec - nd : 0;
    char *out = mem_alloc(I, nd + zeros + 8), *p = out;
    if (out) {
        if (VSIZE(iv) < 0) *p++ = '-';
        if ((flags & NUMF_ALT) && base != 10) {
            *p++ = '0';
            *p++ = type == 'o' ? 'o' : type;
        }
        memset(p, '0', zeros);
        p += zeros;
        memcpy(p, d, nd);
        p += nd;
        *p = 0;
        if (type == 'X')
            for (char *q = out; q < p; q++)
                if (*q >= 'a' && *q <= 'f') *q -= 32;
        *len = (size_t)(p - out);
    }
    if (tmp)
        DECREF(I, tmp);
    else
        mem_free(d);
    return out;
}

/* Width, '-' and '0' flags around a signed number text (unicode_format_arg_output). */
static Obj *percent_pad(Interp *I, const char *s, size_t len, char type, int flags, Ssize width) {
    char sign = 0;
    if (*s == '-' || *s == '+') {
        sign = *s++;
        len--;
    } else if (flags & NUMF_SIGN)
        sign = '+';
    else if (flags & NUMF_BLANK)
        sign = ' ';
    size_t npre =
        (flags & NUMF_ALT) && (type == 'x' || type == 'X' || type == 'o') && len >= 2 && s[0] == '0'
            ? 2
            : 0;
    Ssize total = (Ssize)len + (sign != 0);
    Ssize pad = width > total ? width - total : 0;
    bool zero = (flags & NUMF_ZERO) && !(flags & NUMF_LJUST);
    StrBuilder b;
    sb_init(&b);
    bool ok = true;
    if (!(flags & NUMF_LJUST) && !zero) ok = add_fill(I, &b, ' ', pad);
    if (ok && sign) ok = sb_add_char(I, &b, (uint32_t)sign);
    if (ok && npre) ok = sb_add_utf8(I, &b, s, npre);
    if (ok && zero) ok = add_fill(I, &b, '0', pad);
    if (ok) ok = sb_add_utf8(I, &b, s + npre, len - npre);
    if (ok && (flags & NUMF_LJUST)) ok = add_fill(I, &b, ' ', pad);
    if (!ok) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(I, &b);
}

Obj *num_percent_format(Interp *I, Obj *v, char type, int flags, Ssize width, Ssize prec) {
    char *s;
    size_t len;
    if (type == 'd' || type == 'i' || type == 'u' || type == 'o' || type == 'x' || type == 'X') {
        Obj *iv = percent_int_value(I, v, type);
        if (!iv) return NULL;
        s = percent_int_text(I, iv, type, flags, prec, &len);
        DECREF(I, iv);
    } else {
        double d = float_as_double(I, v);
        if (d == -1.0 && err_occurred(I)) return NULL;
        s = num_double_to_string(I, d, type, prec < 0 ? 6 : (int)prec,
                                 (flags & NUMF_ALT) ? DTSF_ALT : 0, &len);
    }
    if (!s) return NULL;
    Obj *r = percent_pad(I, s, len, type, flags, width);
    mem_free(s);
    return r;
}
