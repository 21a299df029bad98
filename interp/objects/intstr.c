/* intstr.c: int <-> text: decimal conversion through base 10**9 (quadratic, as CPython's
 * long_to_decimal_string), power-of-two bases by bit packing, parsing with int()'s rules
 * (sign, whitespace, underscores, 0x/0o/0b prefixes) and the 3.11+ 4300-digit limit. */
#include <stdio.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/longarith.h"
#include "objects/str.h"
#include "vm/errors.h"

#define DEC_SHIFT 9
#define DEC_BASE 1000000000u

static Ssize str_limit(Interp *I) {
    return I->prof->int_max_str_digits && I->num ? I->num->max_str_digits : 0;
}

Obj *int_str_limit_error(Interp *I, Ssize ndigits, bool parsing) {
    Ssize lim = I->num->max_str_digits;
    const char *unit = I->prof->int_str_limit_unit ? " digits" : "";
    if (parsing)
        return err_format(I, I->e_ValueError,
                          "Exceeds the limit (%zd%s) for integer string conversion: value has "
                          "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                          lim, unit, ndigits);
    return err_format(I, I->e_ValueError,
                      "Exceeds the limit (%zd%s) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      lim, unit);
}

char *la_to_decimal(Interp *I, Obj *a, bool check, size_t *len) {
    Ssize n = int_absize(a), lim = check ? str_limit(I) : 0;
    /* CPython refuses before converting when the size alone proves the limit is passed */
    if (lim > 0 && n >= 10 * lim / (3 * INT_SHIFT) + 2) {
        int_str_limit_error(I, 0, false);
        return NULL;
    }
    Ssize cap = 1 + n + n / 99; /* base-10**9 digits needed, as CPython's bound */
    Digit *out = mem_alloc(I, (size_t)cap * sizeof(Digit));
    if (!out) return NULL;
    Ssize size = 0;
    const Digit *d = IDIG(a);
    for (Ssize i = n - 1; i >= 0; i--) {
        Digit hi = d[i];
        for (Ssize j = 0; j < size; j++) {
            TwoDigits z = ((TwoDigits)out[j] << INT_SHIFT) | hi;
            hi = (Digit)(z / DEC_BASE);
            out[j] = (Digit)(z - (TwoDigits)hi * DEC_BASE);
        }
        while (hi) {
            out[size++] = hi % DEC_BASE;
            hi /= DEC_BASE;
        }
    }
    if (size == 0) out[size++] = 0;
    char top[16];
    int tl = snprintf(top, sizeof top, "%u", out[size - 1]);
    size_t nd = (size_t)tl + (size_t)(size - 1) * DEC_SHIFT;
    if (lim > 0 && nd > (size_t)lim) {
        mem_free(out);
        int_str_limit_error(I, 0, false);
        return NULL;
    }
    char *buf = mem_alloc(I, nd + 1);
    if (!buf) {
        mem_free(out);
        return NULL;
    }
    memcpy(buf, top, (size_t)tl);
    char *p = buf + tl;
    for (Ssize j = size - 2; j >= 0; j--, p += DEC_SHIFT) {
        Digit v = out[j];
        for (int k = DEC_SHIFT - 1; k >= 0; k--, v /= 10) p[k] = (char)('0' + v % 10);
    }
    *p = 0;
    mem_free(out);
    *len = nd;
    return buf;
}

Obj *int_to_decimal_string(Interp *I, Obj *o) {
    int64_t v;
    if (int_small2(o, &v)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
        return str_from_ascii(I, buf, n);
    }
    size_t len;
    char *s = la_to_decimal(I, o, true, &len);
    if (!s) return NULL;
    Obj *r;
    if (VSIZE(o) < 0) {
        char *t = mem_alloc(I, len + 2);
        if (!t) {
            mem_free(s);
            return NULL;
        }
        t[0] = '-';
        memcpy(t + 1, s, len + 1);
        r = str_from_ascii(I, t, (Ssize)len + 1);
        mem_free(t);
    } else {
        r = str_from_ascii(I, s, (Ssize)len);
    }
    mem_free(s);
    return r;
}

Obj *int_to_base_string(Interp *I, Obj *o, int base, bool prefix) {
    if (base == 10) return int_to_decimal_string(I, o);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    Ssize nbits = la_bit_length_mag(IDIG(o), int_absize(o));
    size_t ndig = nbits == 0 ? 1 : (size_t)(nbits + bits - 1) / (size_t)bits;
    char *buf = mem_alloc(I, ndig + 4);
    if (!buf) return NULL;
    char *p = buf + ndig + 3;
    const Digit *d = IDIG(o);
    TwoDigits acc = 0;
    int accbits = 0;
    Ssize i = 0, n = int_absize(o);
    for (size_t k = 0; k < ndig; k++) {
        if (accbits < bits && i < n) {
            acc |= (TwoDigits)d[i++] << accbits;
            accbits += INT_SHIFT;
        }
        *--p = "0123456789abcdef"[acc & (TwoDigits)(base - 1)];
        acc >>= bits;
        accbits -= bits;
    }
    if (prefix) {
        *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        *--p = '0';
    }
    if (VSIZE(o) < 0) *--p = '-';
    Obj *r = str_from_ascii(I, p, (Ssize)(buf + ndig + 3 - p));
    mem_free(buf);
    return r;
}

/* ---- parsing */

Obj *invalid_literal_error(Interp *I, const char *what, int base, Obj *orig) {
    Obj *r = orig ? obj_repr(I, orig) : NULL;
    if (!r) return NULL;
    Ssize n;
    const char *u = str_utf8(I, r, &n);
    if (!u) {
        DECREF(I, r);
        return NULL;
    }
    /* "%.200R": at most 200 code points of the repr */
    Ssize cut = 0, cps = 0;
    while (cut < n && cps < 200) {
        cut++;
        while (cut < n && ((unsigned char)u[cut] & 0xC0) == 0x80) cut++;
        cps++;
    }
    Obj *msg = str_from_format(I, "invalid literal for %s() with base %d: ", what, base);
    Obj *tail = str_from_utf8(I, u, cut);
    Obj *full = msg && tail ? str_concat(I, msg, tail) : NULL;
    XDECREF(I, msg);
    XDECREF(I, tail);
    DECREF(I, r);
    if (full) {
        err_set(I, I->e_ValueError, full);
        DECREF(I, full);
    }
    return NULL;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Validate digits (with single underscores between them) and copy their values to out;
 * returns the count, or -1 if the text is not a valid run of digits. */
static Ssize scan_digits(const char *s, const char *end, int base, unsigned char *out) {
    Ssize n = 0;
    bool prev_us = true; /* no leading underscore */
    for (; s < end; s++) {
        if (*s == '_') {
            if (prev_us) return -1;
            prev_us = true;
            continue;
        }
        int v = digit_value(*s);
        if (v >= base) return -1;
        out[n++] = (unsigned char)v;
        prev_us = false;
    }
    return prev_us || n == 0 ? -1 : n;
}

static Obj *build_pow2(Interp *I, const unsigned char *dv, Ssize n, int base) {
    int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
    Ssize nd = ((Ssize)bits * n + INT_SHIFT - 1) / INT_SHIFT;
    IntObj *v = la_alloc(I, nd);
    if (!v) return NULL;
    TwoDigits acc = 0;
    int accbits = 0;
    Ssize k = 0;
    for (Ssize i = n - 1; i >= 0; i--) {
        acc |= (TwoDigits)dv[i] << accbits;
        accbits += bits;
        if (accbits >= INT_SHIFT) {
            v->digits[k++] = (Digit)(acc & INT_MASK);
            acc >>= INT_SHIFT;
            accbits -= INT_SHIFT;
        }
    }
    if (accbits) v->digits[k++] = (Digit)acc;
    return la_norm(I, v);
}

static Obj *build_general(Interp *I, const unsigned char *dv, Ssize n, int base) {
    /* chunks of k digits with base**k < 2**30, folded in by one multiply-add each */
    int k = 1;
    Digit bk = (Digit)base;
    while ((TwoDigits)bk * (Digit)base < INT_BASE) {
        bk *= (Digit)base;
        k++;
    }
    Ssize cap = n / k + 2;
    IntObj *v = la_alloc(I, cap);
    if (!v) return NULL;
    Ssize size = 0;
    for (Ssize i = 0; i < n;) {
        Digit chunk = 0, mul = 1;
        for (int j = 0; j < k && i < n; j++, i++) {
            chunk = chunk * (Digit)base + dv[i];
            mul *= (Digit)base;
        }
        Digit carry = la_muladd1(v->digits, v->digits, size, mul, chunk);
        if (carry) v->digits[size++] = carry;
    }
    VSIZE(v) = size;
    return la_norm(I, v);
}

Obj *int_parse(Interp *I, const char *s, size_t len, int base, bool limit, Obj *orig) {
    const char *p = s, *end = s + len;
    int b = base;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    bool after_prefix = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        if ((c == 'x' && (b == 16 || b == 0)) || (c == 'o' && (b == 8 || b == 0)) ||
            (c == 'b' && (b == 2 || b == 0))) {
            b = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            p += 2;
            after_prefix = true;
        }
    }
    unsigned char small[64], *dv = end - p <= 64 ? small : mem_alloc(I, (size_t)(end - p));
    if (!dv) return NULL;
    Ssize n = -1;
    if (p < end) n = scan_digits(after_prefix && *p == '_' ? p + 1 : p, end, b ? b : 10, dv);
    if (n > 0 && b == 0) { /* base 0 without a prefix: decimal, and no leading zeros */
        b = 10;
        if (dv[0] == 0)
            for (Ssize i = 0; i < n; i++)
                if (dv[i]) {
                    n = -1;
                    break;
                }
    }
    Obj *r = NULL;
    if (n < 0) {
        invalid_literal_error(I, "int", base, orig);
    } else if (limit && (b & (b - 1)) != 0 && str_limit(I) > 0 && n > str_limit(I)) {
        int_str_limit_error(I, n, true);
    } else {
        r = (b & (b - 1)) == 0 ? build_pow2(I, dv, n, b) : build_general(I, dv, n, b);
        if (r && neg && VSIZE(r) != 0) SETREF(I, r, la_neg(I, r));
    }
    if (dv != small) mem_free(dv);
    return r;
}

Obj *int_from_string(Interp *I, const char *s, size_t len, int base) {
    Obj *orig = str_from_utf8(I, s, (Ssize)len);
    if (!orig) return NULL;
    Obj *r = int_parse(I, s, len, base, true, orig);
    DECREF(I, orig);
    return r;
}

Obj *int_from_literal(Interp *I, const char *s, size_t len) {
    Obj *orig = str_from_utf8(I, s, (Ssize)len);
    if (!orig) return NULL;
    Obj *r = int_parse(I, s, len, 0, false, orig);
    DECREF(I, orig);
    return r;
}
