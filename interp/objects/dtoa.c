/* dtoa.c: floats to decimal text with CPython's rules (Python/pystrtod.c, format_float_short):
 * the shortest round-tripping repr, 'e'/'f'/'g' with a precision, the ".0" of repr(1.0), the
 * 1e16 switch to exponent form, and decimal rounding for round(x, n). The digits come from the
 * C library's correctly rounded printf/strtod (glibc), so no dtoa of our own is needed. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/longarith.h"
#include "vm/errors.h"

/* Digits of v > 0 with p significant digits (correctly rounded), and the decimal point
 * position: v ~ 0.d1d2... * 10**decpt. Returns the digit count (trailing zeros kept). */
static int digits_e(double v, int p, char *out, size_t cap, int *decpt) {
    char tmp[48];
    char *buf = (size_t)p + 16 <= sizeof tmp ? tmp : malloc((size_t)p + 16);
    if (!buf) return -1;
    snprintf(buf, (size_t)p + 16, "%.*e", p - 1, v);
    int n = 0;
    char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s != '.' && (size_t)n < cap) out[n++] = *s;
    *decpt = atoi(s + 1) + 1;
    if (buf != tmp) free(buf);
    return n;
}

static bool round_trips(const char *d, int n, int decpt, double v) {
    char buf[48];
    snprintf(buf, sizeof buf, "0.%.*se%d", n, d, decpt);
    return strtod(buf, NULL) == v;
}

/* Add delta (+1/-1) to the last of n digits; false if that leaves n digits impossible. */
static bool bump_digits(char *d, int n, int delta, int *decpt) {
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) {
            d[0] = '1';
            memset(d + 1, '0', (size_t)n - 1);
            (*decpt)++;
            return true;
        }
        d[i]++;
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        if (i < 0 || (i == 0 && d[0] == '1' && n > 1)) return false;
        d[i]--;
    }
    return true;
}

/* Is there a p-digit decimal reading back as v? The nearest one is tried first; beside a
 * power of two the rounding interval is lopsided and a neighbour may read back when the
 * nearest does not. On success d holds the digits. */
static bool shortest_try(double v, int p, bool lopsided, char *d, int *decpt) {
    int n = digits_e(v, p, d, 24, decpt);
    if (round_trips(d, n, *decpt, v)) return true;
    if (!lopsided) return false;
    for (int delta = 1; delta >= -1; delta -= 2) {
        char t[24];
        int dp = *decpt;
        memcpy(t, d, (size_t)n);
        if (bump_digits(t, n, delta, &dp) && round_trips(t, n, dp, v)) {
            memcpy(d, t, (size_t)n);
            *decpt = dp;
            return true;
        }
    }
    return false;
}

/* The shortest digits reading back as v > 0 (CPython's repr: dtoa mode 0). Round-tripping
 * is monotonic in the digit count, so a binary search over 1..17 finds the least. */
static int shortest_digits(double v, char *out, int *decpt) {
    int e;
    bool lopsided = frexp(v, &e) == 0.5;
    int lo = 1, hi = 17, best_dp = 0, best_n = 0;
    char best[24], d[24];
    best_n = digits_e(v, 17, best, 24, &best_dp);
    while (lo < hi) {
        int mid = (lo + hi) / 2, dp;
        if (shortest_try(v, mid, lopsided, d, &dp)) {
            hi = mid;
            memcpy(best, d, (size_t)mid);
            best_n = mid;
            best_dp = dp;
        } else {
            lo = mid + 1;
        }
    }
    while (best_n > 1 && best[best_n - 1] == '0') best_n--;
    memcpy(out, best, (size_t)best_n);
    *decpt = best_dp;
    return best_n;
}

/* Digits of v >= 0 with prec digits after the point ("%.*f"); leading zeros stripped. */
static char *digits_f(Interp *I, double v, int prec, int *n, int *decpt) {
    size_t cap = (size_t)prec + 330;
    char *buf = mem_alloc(I, cap);
    if (!buf) return NULL;
    snprintf(buf, cap, "%.*f", prec, v);
    char *dot = strchr(buf, '.');
    int ip = dot ? (int)(dot - buf) : (int)strlen(buf);
    if (dot) memmove(dot, dot + 1, strlen(dot + 1) + 1);
    int len = (int)strlen(buf), lead = 0;
    while (lead < len && buf[lead] == '0') lead++;
    memmove(buf, buf + lead, (size_t)(len - lead) + 1);
    *n = len - lead;
    *decpt = ip - lead;
    return buf;
}

/* Digits and decimal point of |v| for the mode: Gay's mode 0 ('r'), 2 (prec significant
 * digits: 'e', 'g') or 3 (prec digits after the point: 'f'); trailing zeros stripped as
 * _Py_dg_dtoa does, zero as "0" with decpt 1. */
static char *get_digits(Interp *I, double v, char code, int prec, int *n, int *decpt) {
    char *d;
    v = fabs(v);
    if (code == 'r') {
        d = mem_alloc(I, 24);
        if (!d) return NULL;
        if (v == 0) {
            d[0] = '0';
            *n = 1;
            *decpt = 1;
            return d;
        }
        *n = shortest_digits(v, d, decpt);
        return d;
    }
    if (code == 'f') {
        d = digits_f(I, v, prec, n, decpt);
    } else {
        d = mem_alloc(I, (size_t)prec + 8);
        if (d && (*n = digits_e(v, prec, d, (size_t)prec + 8, decpt)) < 0) {
            mem_free(d);
            err_no_memory(I);
            return NULL;
        }
    }
    if (!d) return NULL;
    while (*n > 0 && d[*n - 1] == '0') (*n)--;
    if (*n == 0) {
        d[0] = '0';
        *n = 1;
        *decpt = 1;
    }
    return d;
}

static char *special_value(Interp *I, double v, bool upper, int flags, size_t *len) {
    char *buf = mem_alloc(I, 8), *p = buf;
    if (!buf) return NULL;
    if (isinf(v) && v < 0)
        *p++ = '-';
    else if (flags & DTSF_SIGN)
        *p++ = '+';
    memcpy(p, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 4);
    *len = strlen(buf);
    return buf;
}

/* Lay the digits out as format_float_short does: [sign][zeros]digits[zeros][exponent]. */
char *num_double_to_string(Interp *I, double v, char code, int prec, int flags, size_t *len) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper) code = (char)(code + ('a' - 'A'));
    if (!isfinite(v)) return special_value(I, v, upper, flags, len);
    bool add_dot_0 = flags & DTSF_ADD_DOT_0, alt = flags & DTSF_ALT;
    if (code == 'e') prec++;
    if (code == 'g' && prec == 0) prec = 1;
    int n, decpt;
    char *d = get_digits(I, v, code, prec, &n, &decpt);
    if (!d) return NULL;
    bool neg = signbit(v);
    if (neg && (flags & DTSF_NO_NEG_0) && n == 1 && d[0] == '0') neg = false;
    Ssize vend = n, exp = 0;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = prec;
        break;
    case 'f':
        vend = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec)) use_exp = true;
        if (alt) vend = prec;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    Ssize vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    size_t cap = (size_t)(vend - vstart) + 16;
    char *buf = mem_alloc(I, cap), *p = buf;
    if (!buf) {
        mem_free(d);
        return NULL;
    }
    if (neg)
        *p++ = '-';
    else if (flags & DTSF_SIGN)
        *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (0 < decpt && decpt <= n) {
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(n - decpt));
        p += n - decpt;
    } else {
        memcpy(p, d, (size_t)n);
        p += n;
    }
    if (n < decpt) {
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - n));
        p += vend - n;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += snprintf(p, 16, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    *p = 0;
    mem_free(d);
    *len = (size_t)(p - buf);
    return buf;
}

size_t float_repr_buf(double v, char *buf) {
    if (!isfinite(v)) {
        strcpy(buf, isnan(v) ? "nan" : v < 0 ? "-inf" : "inf");
        return strlen(buf);
    }
    char d[24];
    int n, decpt;
    if (v == 0) {
        d[0] = '0';
        n = 1;
        decpt = 1;
    } else
        n = shortest_digits(fabs(v), d, &decpt);
    char *p = buf;
    if (signbit(v)) *p++ = '-';
    if (decpt <= -4 || decpt > 16) { /* d.ddde+XX */
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)n - 1);
            p += n - 1;
        }
        p += sprintf(p, "e%+.02d", decpt - 1);
    } else if (decpt <= 0) { /* 0.000ddd */
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, d, (size_t)n);
        p += n;
    } else if (decpt >= n) { /* ddd000.0 */
        memcpy(p, d, (size_t)n);
        p += n;
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        *p++ = '.';
        *p++ = '0';
    } else { /* ddd.ddd */
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = 0;
    return (size_t)(p - buf);
}

/* ---- round(x, n) */

/* n < 0: round to a multiple of 10**-n on the exact value, ties to even. */
static bool round_negative(Interp *I, double x, Ssize ndigits, double *out) {
    double ip, fp = modf(fabs(x), &ip);
    Obj *y = int_from_double(I, ip), *k = y ? int_from_i64(I, -ndigits) : NULL;
    Obj *p = k ? la_pow(I, SMALL_INT(I, 10), k, NULL) : NULL;
    Obj *q = NULL, *r = NULL, *twice = NULL, *res = NULL;
    bool ok = false;
    if (!p || !la_floordivmod(I, y, p, &q, &r) || !(twice = la_add(I, r, r))) goto done;
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && (fp != 0 || (IDIG(q)[0] & 1))))
        SETREF(I, q, la_add(I, q, SMALL_INT(I, 1)));
    if (!q || !(res = la_mul(I, q, p))) goto done;
    if (!la_to_double(res, out) || isinf(*out)) {
        err_string(I, I->e_OverflowError, "rounded value too large to represent");
        goto done;
    }
    *out = copysign(*out, x);
    ok = true;
done:
    XDECREF(I, y);
    XDECREF(I, k);
    XDECREF(I, p);
    XDECREF(I, q);
    XDECREF(I, r);
    XDECREF(I, twice);
    XDECREF(I, res);
    return ok;
}

bool num_double_round(Interp *I, double x, Ssize ndigits, double *out) {
    /* beyond these, the result is x itself or a zero (CPython's NDIGITS_MAX/MIN) */
    const Ssize nmax = (Ssize)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const Ssize nmin = -(Ssize)((DBL_MAX_EXP + 1) * 0.30103);
    if (x == 0.0 || !isfinite(x) || ndigits > nmax) {
        *out = x;
        return true;
    }
    if (ndigits < nmin) {
        *out = 0.0 * x;
        return true;
    }
    if (ndigits < 0) return round_negative(I, x, ndigits, out);
    size_t cap = (size_t)ndigits + 330;
    char *buf = mem_alloc(I, cap);
    if (!buf) return false;
    snprintf(buf, cap, "%.*f", (int)ndigits, x); /* glibc: exact, ties to even */
    *out = strtod(buf, NULL);
    mem_free(buf);
    return true;
}
