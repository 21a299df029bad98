/* longarith.c: magnitude arithmetic on 30-bit digit arrays (add, sub, Karatsuba multiply,
 * Knuth's algorithm D) and the signed int operations built on it. The algorithms are the
 * textbook ones CPython's longobject.c also uses; the code is slotscope's own. */
#include "objects/longarith.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/errors.h"

#define KARATSUBA_CUTOFF 70
#define KARATSUBA_SQUARE_CUTOFF (2 * KARATSUBA_CUTOFF)

IntObj *la_alloc(Interp *I, Ssize n) {
    /* n < 0: |n| digits of a negative number (room for all of them, not just one) */
    Ssize digits = n < 0 ? -n : n;
    IntObj *v = (IntObj *)obj_alloc(I, I->t_int, digits > 0 ? digits : 1);
    if (v) VSIZE(v) = n;
    return v;
}

Obj *la_norm(Interp *I, IntObj *v) {
    Ssize s = VSIZE(v), n = s < 0 ? -s : s;
    while (n > 0 && v->digits[n - 1] == 0) n--;
    VSIZE(v) = s < 0 ? -n : n;
    if (n <= 1) {
        int64_t x = n == 0 ? 0 : (s < 0 ? -(int64_t)v->digits[0] : (int64_t)v->digits[0]);
        if (x >= -5 && x <= 256) {
            DECREF(I, v);
            return NEWREF(SMALL_INT(I, x));
        }
    }
    return OBJ(v);
}

Obj *la_from_digits(Interp *I, const Digit *d, Ssize n, bool neg) {
    IntObj *v = la_alloc(I, n);
    if (!v) return NULL;
    if (n) memcpy(v->digits, d, (size_t)n * sizeof(Digit));
    if (neg) VSIZE(v) = -n;
    return la_norm(I, v);
}

Obj *la_copy(Interp *I, Obj *v) {
    if (TYPE(v) == I->t_int) return NEWREF(v);
    Ssize n = int_absize(v);
    return la_from_digits(I, IDIG(v), n, VSIZE(v) < 0);
}

int la_cmp(const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (Ssize i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

static int bits_in_digit(Digit d) {
    return d ? 32 - __builtin_clz(d) : 0;
}

Ssize la_bit_length_mag(const Digit *d, Ssize n) {
    while (n > 0 && d[n - 1] == 0) n--;
    if (n == 0) return 0;
    return (n - 1) * INT_SHIFT + bits_in_digit(d[n - 1]);
}

/* r[0..na] = a + b (na >= nb); r may alias a. */
static void add_arrays(Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    Digit carry = 0;
    Ssize i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        r[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    r[na] = carry;
}

/* r[0..na) = a - b with a >= b (na >= nb); r may alias a. */
static void sub_arrays(Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    Digit borrow = 0;
    Ssize i = 0;
    for (; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        r[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        r[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
}

/* r[0..nr) += x[0..nx) (nr >= nx, the sum fits); returns the carry out of r. */
static Digit add_into(Digit *r, Ssize nr, const Digit *x, Ssize nx) {
    Digit carry = 0;
    Ssize i = 0;
    for (; i < nx; i++) {
        carry += r[i] + x[i];
        r[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    return carry;
}

/* r[0..nr) -= x[0..nx) (r >= x); returns the borrow. */
static Digit sub_into(Digit *r, Ssize nr, const Digit *x, Ssize nx) {
    Digit borrow = 0;
    Ssize i = 0;
    for (; i < nx; i++) {
        borrow = r[i] - x[i] - borrow;
        r[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    for (; borrow && i < nr; i++) {
        borrow = r[i] - borrow;
        r[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    return borrow;
}

IntObj *la_add_mag(Interp *I, Obj *a, Obj *b) {
    Ssize na = int_absize(a), nb = int_absize(b);
    if (na < nb) {
        Obj *t = a;
        a = b;
        b = t;
        Ssize tn = na;
        na = nb;
        nb = tn;
    }
    IntObj *r = la_alloc(I, na + 1);
    if (r) add_arrays(r->digits, IDIG(a), na, IDIG(b), nb);
    return r;
}

IntObj *la_sub_mag(Interp *I, Obj *a, Obj *b) {
    Ssize na = int_absize(a), nb = int_absize(b);
    int c = la_cmp(IDIG(a), na, IDIG(b), nb);
    bool neg = c < 0;
    if (neg) {
        Obj *t = a;
        a = b;
        b = t;
        Ssize tn = na;
        na = nb;
        nb = tn;
    }
    IntObj *r = la_alloc(I, na);
    if (!r) return NULL;
    sub_arrays(r->digits, IDIG(a), na, IDIG(b), nb);
    if (neg) VSIZE(r) = -na;
    return r;
}

/* ---- multiplication */

/* r[0..na+nb) = a * b, r zeroed beforehand and not aliasing a or b. */
static void mul_school(Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    for (Ssize i = 0; i < na; i++) {
        TwoDigits carry = 0, f = a[i];
        if (f == 0) continue;
        Digit *pr = r + i;
        for (Ssize j = 0; j < nb; j++) {
            carry += pr[j] + b[j] * f;
            pr[j] = (Digit)(carry & INT_MASK);
            carry >>= INT_SHIFT;
        }
        for (Ssize j = nb; carry; j++) {
            carry += pr[j];
            pr[j] = (Digit)(carry & INT_MASK);
            carry >>= INT_SHIFT;
        }
    }
}

static bool kmul(Interp *I, Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb);

/* a much longer than b: multiply b by slices of a of b's length (Karatsuba is balanced). */
static bool kmul_lopsided(Interp *I, Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    Digit *t = mem_alloc(I, (size_t)(2 * nb) * sizeof(Digit));
    if (!t) return false;
    for (Ssize off = 0; off < na; off += nb) {
        Ssize n = na - off < nb ? na - off : nb;
        memset(t, 0, (size_t)(n + nb) * sizeof(Digit));
        if (!kmul(I, t, a + off, n, b, nb)) {
            mem_free(t);
            return false;
        }
        add_into(r + off, na + nb - off, t, n + nb);
    }
    mem_free(t);
    return true;
}

/* Karatsuba: (a1 B^h + a0)(b1 B^h + b0) = z2 B^2h + ((a0+a1)(b0+b1) - z0 - z2) B^h + z0.
 * na >= nb; r[0..na+nb) zeroed. */
static bool kmul(Interp *I, Digit *r, const Digit *a, Ssize na, const Digit *b, Ssize nb) {
    if (na < nb) {
        const Digit *t = a;
        a = b;
        b = t;
        Ssize tn = na;
        na = nb;
        nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return true;
    }
    if (2 * nb <= na) return kmul_lopsided(I, r, a, na, b, nb);
    Ssize h = na / 2; /* nb > h, so both split in two nonempty halves */
    Ssize na1 = na - h, nb1 = nb - h, ns = na1 + 1;
    Digit *buf = mem_calloc(I, (size_t)(4 * ns + 2 * (na1 + nb1) + 4 * h), sizeof(Digit));
    if (!buf) return false;
    Digit *sa = buf, *sb = sa + ns, *z1 = sb + ns; /* z1: 2*ns digits */
    Digit *z0 = z1 + 2 * ns, *z2 = z0 + 2 * h;     /* z2: na1+nb1 digits */
    bool ok = kmul(I, z0, a, h, b, h) && kmul(I, z2, a + h, na1, b + h, nb1);
    if (ok) {
        memcpy(sa, a + h, (size_t)na1 * sizeof(Digit));
        add_into(sa, ns, a, h);
        memcpy(sb, b + h, (size_t)nb1 * sizeof(Digit));
        add_into(sb, ns, b, h);
        ok = kmul(I, z1, sa, ns, sb, ns);
    }
    if (ok) {
        sub_into(z1, 2 * ns, z0, 2 * h);
        sub_into(z1, 2 * ns, z2, na1 + nb1);
        memcpy(r, z0, (size_t)(2 * h) * sizeof(Digit));
        memcpy(r + 2 * h, z2, (size_t)(na1 + nb1) * sizeof(Digit));
        Ssize n1 = 2 * ns;
        while (n1 > 0 && z1[n1 - 1] == 0) n1--;
        add_into(r + h, na + nb - h, z1, n1);
    }
    mem_free(buf);
    return ok;
}

IntObj *la_mul_mag(Interp *I, Obj *a, Obj *b) {
    Ssize na = int_absize(a), nb = int_absize(b);
    IntObj *r = la_alloc(I, na + nb);
    if (!r) return NULL;
    if (na == 0 || nb == 0) return r;
    if (!kmul(I, r->digits, IDIG(a), na, IDIG(b), nb)) {
        DECREF(I, r);
        return NULL;
    }
    return r;
}

/* ---- division */

Digit la_divrem1(Digit *out, const Digit *in, Ssize n, Digit d) {
    TwoDigits rem = 0;
    for (Ssize i = n - 1; i >= 0; i--) {
        rem = (rem << INT_SHIFT) | in[i];
        Digit q = (Digit)(rem / d);
        rem -= (TwoDigits)q * d;
        out[i] = q;
    }
    return (Digit)rem;
}

Digit la_muladd1(Digit *out, const Digit *in, Ssize n, Digit m, Digit add) {
    TwoDigits carry = add;
    for (Ssize i = 0; i < n; i++) {
        carry += (TwoDigits)in[i] * m;
        out[i] = (Digit)(carry & INT_MASK);
        carry >>= INT_SHIFT;
    }
    return (Digit)carry;
}

/* Shift n digits left by s bits (0 <= s < 30) into out; returns the bits shifted out. */
static Digit shl_digits(Digit *out, const Digit *in, Ssize n, int s) {
    Digit carry = 0;
    for (Ssize i = 0; i < n; i++) {
        TwoDigits acc = ((TwoDigits)in[i] << s) | carry;
        out[i] = (Digit)(acc & INT_MASK);
        carry = (Digit)(acc >> INT_SHIFT);
    }
    return carry;
}

static void shr_digits(Digit *out, const Digit *in, Ssize n, int s) {
    Digit carry = 0;
    Digit mask = ((Digit)1 << s) - 1;
    for (Ssize i = n - 1; i >= 0; i--) {
        TwoDigits acc = ((TwoDigits)carry << INT_SHIFT) | in[i];
        carry = in[i] & mask;
        out[i] = (Digit)(acc >> s) & INT_MASK;
    }
}

/* Knuth, TAOCP vol. 2, 4.3.1, algorithm D, on normalised copies of a (na >= nb >= 2). */
static bool divrem_knuth(Interp *I, const Digit *a, Ssize na, const Digit *b, Ssize nb, IntObj **pq,
                         IntObj **pr) {
    int s = INT_SHIFT - bits_in_digit(b[nb - 1]);
    IntObj *q = la_alloc(I, na - nb + 1), *r = la_alloc(I, nb);
    Digit *u = mem_alloc(I, (size_t)(na + 1) * sizeof(Digit));
    if (!q || !r || !u) goto fail;
    Digit *v = r->digits;
    shl_digits(v, b, nb, s);
    u[na] = shl_digits(u, a, na, s);
    Digit vtop = v[nb - 1], vnext = v[nb - 2];
    for (Ssize j = na - nb; j >= 0; j--) {
        Digit *uj = u + j;
        TwoDigits top = ((TwoDigits)uj[nb] << INT_SHIFT) | uj[nb - 1];
        TwoDigits qhat = top / vtop, rhat = top - qhat * vtop;
        while (qhat >= INT_BASE || qhat * vnext > ((rhat << INT_SHIFT) | uj[nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= INT_BASE) break;
        }
        /* uj[0..nb] -= qhat * v */
        STwoDigits borrow = 0;
        TwoDigits carry = 0;
        for (Ssize i = 0; i < nb; i++) {
            carry += qhat * v[i];
            STwoDigits t = (STwoDigits)uj[i] - (STwoDigits)(carry & INT_MASK) + borrow;
            carry >>= INT_SHIFT;
            uj[i] = (Digit)t & INT_MASK;
            borrow = t >> INT_SHIFT; /* 0 or -1: arithmetic shift of a negative value */
        }
        STwoDigits t = (STwoDigits)uj[nb] - (STwoDigits)carry + borrow;
        uj[nb] = (Digit)t & INT_MASK;
        if (t < 0) { /* qhat was one too big: add v back */
            qhat--;
            Digit c = add_into(uj, nb, v, nb);
            uj[nb] = (uj[nb] + c) & INT_MASK;
        }
        q->digits[j] = (Digit)qhat;
    }
    shr_digits(r->digits, u, nb, s);
    mem_free(u);
    *pq = q;
    *pr = r;
    return true;
fail:
    mem_free(u);
    XDECREF(I, q);
    XDECREF(I, r);
    return false;
}

bool la_divrem_mag(Interp *I, Obj *a, Obj *b, IntObj **pq, IntObj **pr) {
    Ssize na = int_absize(a), nb = int_absize(b);
    if (la_cmp(IDIG(a), na, IDIG(b), nb) < 0) {
        *pq = la_alloc(I, 0);
        *pr = la_alloc(I, na);
        if (!*pq || !*pr) {
            XDECREF(I, *pq);
            XDECREF(I, *pr);
            return false;
        }
        if (na) memcpy((*pr)->digits, IDIG(a), (size_t)na * sizeof(Digit));
        return true;
    }
    if (nb == 1) {
        IntObj *q = la_alloc(I, na), *r = la_alloc(I, 1);
        if (!q || !r) {
            XDECREF(I, q);
            XDECREF(I, r);
            return false;
        }
        r->digits[0] = la_divrem1(q->digits, IDIG(a), na, IDIG(b)[0]);
        *pq = q;
        *pr = r;
        return true;
    }
    return divrem_knuth(I, IDIG(a), na, IDIG(b), nb, pq, pr);
}

/* ---- signed operations */

Obj *la_neg(Interp *I, Obj *a) {
    int64_t v;
    if (int_small2(a, &v)) return int_from_i64(I, -v);
    Ssize n = int_absize(a);
    return la_from_digits(I, IDIG(a), n, VSIZE(a) > 0);
}

Obj *la_abs(Interp *I, Obj *a) {
    if (VSIZE(a) < 0) return la_neg(I, a);
    return la_copy(I, a);
}

Obj *la_add(Interp *I, Obj *a, Obj *b) {
    int64_t x, y;
    if (int_small2(a, &x) && int_small2(b, &y)) return int_from_i64(I, x + y);
    IntObj *r;
    if (VSIZE(a) < 0) {
        if (VSIZE(b) < 0) {
            r = la_add_mag(I, a, b);
            if (r) VSIZE(r) = -VSIZE(r);
        } else {
            r = la_sub_mag(I, b, a);
        }
    } else {
        r = VSIZE(b) < 0 ? la_sub_mag(I, a, b) : la_add_mag(I, a, b);
    }
    return r ? la_norm(I, r) : NULL;
}

Obj *la_sub(Interp *I, Obj *a, Obj *b) {
    int64_t x, y;
    if (int_small2(a, &x) && int_small2(b, &y)) return int_from_i64(I, x - y);
    IntObj *r;
    if (VSIZE(a) < 0) {
        if (VSIZE(b) < 0) {
            r = la_sub_mag(I, b, a);
        } else {
            r = la_add_mag(I, a, b);
            if (r) VSIZE(r) = -VSIZE(r);
        }
    } else {
        r = VSIZE(b) < 0 ? la_add_mag(I, a, b) : la_sub_mag(I, a, b);
    }
    return r ? la_norm(I, r) : NULL;
}

Obj *la_mul(Interp *I, Obj *a, Obj *b) {
    int64_t x, y, p;
    if (int_small2(a, &x) && int_small2(b, &y) && !__builtin_mul_overflow(x, y, &p))
        return int_from_i64(I, p);
    IntObj *r = la_mul_mag(I, a, b);
    if (!r) return NULL;
    if ((VSIZE(a) < 0) != (VSIZE(b) < 0)) VSIZE(r) = -VSIZE(r);
    return la_norm(I, r);
}

static Obj *one_int(Interp *I) {
    return SMALL_INT(I, 1);
}

bool la_floordivmod(Interp *I, Obj *a, Obj *b, Obj **pq, Obj **pr) {
    int64_t x, y;
    if (int_small2(a, &x) && int_small2(b, &y)) {
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        if (pq && !(*pq = int_from_i64(I, q))) return false;
        if (pr && !(*pr = int_from_i64(I, r))) {
            if (pq) CLEAR(I, *pq);
            return false;
        }
        return true;
    }
    IntObj *qm, *rm;
    if (!la_divrem_mag(I, a, b, &qm, &rm)) return false;
    bool aneg = VSIZE(a) < 0, bneg = VSIZE(b) < 0;
    if (aneg != bneg) VSIZE(qm) = -VSIZE(qm);
    if (aneg) VSIZE(rm) = -VSIZE(rm);
    Obj *q = la_norm(I, qm), *r = la_norm(I, rm);
    if (VSIZE(r) != 0 && ((VSIZE(r) < 0) != bneg)) { /* truncated -> floored */
        Obj *q2 = la_sub(I, q, one_int(I)), *r2 = q2 ? la_add(I, r, b) : NULL;
        DECREF(I, q);
        DECREF(I, r);
        if (!r2) {
            XDECREF(I, q2);
            return false;
        }
        q = q2;
        r = r2;
    }
    if (pq)
        *pq = q;
    else
        DECREF(I, q);
    if (pr)
        *pr = r;
    else
        DECREF(I, r);
    return true;
}

Obj *la_lshift(Interp *I, Obj *a, uint64_t n) {
    int64_t x;
    if (VSIZE(a) == 0) return NEWREF(SMALL_INT(I, 0));
    if (n < 62 && int_small2(a, &x)) {
        int64_t ax = x < 0 ? -x : x;
        if (ax < ((int64_t)1 << (62 - n))) return int_from_i64(I, x < 0 ? -(ax << n) : ax << n);
    }
    uint64_t wshift = n / INT_SHIFT;
    int bshift = (int)(n % INT_SHIFT);
    Ssize na = int_absize(a);
    if (wshift > (uint64_t)(PTRDIFF_MAX / 8 - na - 1)) return err_no_memory(I);
    IntObj *r = la_alloc(I, na + (Ssize)wshift + 1);
    if (!r) return NULL;
    Digit *rd = r->digits + wshift;
    rd[na] = shl_digits(rd, IDIG(a), na, bshift);
    if (VSIZE(a) < 0) VSIZE(r) = -VSIZE(r);
    return la_norm(I, r);
}

Obj *la_rshift(Interp *I, Obj *a, uint64_t n) {
    int64_t x;
    if (int_small2(a, &x)) return int_from_i64(I, n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    Ssize na = int_absize(a);
    uint64_t wshift = n / INT_SHIFT;
    if (wshift >= (uint64_t)na) return NEWREF(SMALL_INT(I, VSIZE(a) < 0 ? -1 : 0));
    int bshift = (int)(n % INT_SHIFT);
    Ssize nr = na - (Ssize)wshift;
    if (VSIZE(a) < 0) {
        /* floor semantics: a >> n == -(((|a| - 1) >> n) + 1) */
        Obj *m = la_neg(I, a), *m1 = m ? la_sub(I, m, SMALL_INT(I, 1)) : NULL;
        XDECREF(I, m);
        Obj *t = m1 ? la_rshift(I, m1, n) : NULL;
        XDECREF(I, m1);
        if (!t) return NULL;
        Obj *res = la_sub(I, SMALL_INT(I, -1), t);
        DECREF(I, t);
        return res;
    }
    IntObj *r = la_alloc(I, nr);
    if (!r) return NULL;
    shr_digits(r->digits, IDIG(a) + wshift, nr, bshift);
    return la_norm(I, r);
}

/* Two's complement of a magnitude over n digits, in place. */
static void complement(Digit *d, Ssize n) {
    Digit carry = 1;
    for (Ssize i = 0; i < n; i++) {
        carry += d[i] ^ INT_MASK;
        d[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
}

Obj *la_bitop(Interp *I, Obj *a, Obj *b, char op) {
    int64_t x, y;
    if (int_small2(a, &x) && int_small2(b, &y))
        return int_from_i64(I, op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    Ssize na = int_absize(a), nb = int_absize(b), n = (na > nb ? na : nb) + 1;
    bool an = VSIZE(a) < 0, bn = VSIZE(b) < 0;
    Digit *t = mem_calloc(I, (size_t)(2 * n), sizeof(Digit));
    IntObj *r = t ? la_alloc(I, n) : NULL;
    if (!r) {
        mem_free(t);
        return NULL;
    }
    Digit *da = t, *db = t + n;
    memcpy(da, IDIG(a), (size_t)na * sizeof(Digit));
    memcpy(db, IDIG(b), (size_t)nb * sizeof(Digit));
    if (an) complement(da, n);
    if (bn) complement(db, n);
    bool rn = op == '&' ? (an && bn) : op == '|' ? (an || bn) : (an != bn);
    for (Ssize i = 0; i < n; i++)
        r->digits[i] = op == '&' ? (da[i] & db[i]) : op == '|' ? (da[i] | db[i]) : (da[i] ^ db[i]);
    mem_free(t);
    if (rn) {
        complement(r->digits, n);
        VSIZE(r) = -n;
    }
    return la_norm(I, r);
}

/* ---- conversion to double */

double la_frexp(Obj *a, int64_t *e) {
    /* Take the top 55 bits (53 + a guard bit + a sticky bit) and round half to even. */
    Ssize n = int_absize(a);
    const Digit *d = IDIG(a);
    Ssize nbits = la_bit_length_mag(d, n);
    if (nbits == 0) {
        *e = 0;
        return 0.0;
    }
    uint64_t m = 0;
    bool sticky = false;
    if (nbits <= 55) {
        for (Ssize i = n - 1; i >= 0; i--) m = (m << INT_SHIFT) | d[i];
        m <<= (55 - nbits);
    } else {
        Ssize shift = nbits - 55; /* bits to drop */
        Ssize wd = shift / INT_SHIFT;
        int bs = (int)(shift % INT_SHIFT);
        /* gather digits wd..n-1 into m (at most 3 digits hold 55+bs bits... use 128-bit) */
        unsigned __int128 acc = 0;
        for (Ssize i = n - 1; i >= wd; i--) acc = (acc << INT_SHIFT) | d[i];
        m = (uint64_t)(acc >> bs);
        if (acc & (((unsigned __int128)1 << bs) - 1)) sticky = true;
        for (Ssize i = 0; i < wd && !sticky; i++) sticky = d[i] != 0;
    }
    if (sticky) m |= 1;
    /* m has 55 significant bits; round off 2 of them, half-even */
    uint64_t low = m & 3;
    m >>= 2;
    if (low > 2 || (low == 2 && (m & 1))) m++;
    double dm = ldexp((double)m, -53); /* in [0.5, 1] */
    *e = nbits;
    if (dm == 1.0) {
        dm = 0.5;
        (*e)++;
    }
    return VSIZE(a) < 0 ? -dm : dm;
}

bool la_to_double(Obj *a, double *out) {
    int64_t x;
    if (int_small2(a, &x)) {
        *out = (double)x;
        return true;
    }
    int64_t e;
    double m = la_frexp(a, &e);
    if (e > 1024) return false;
    *out = ldexp(m, (int)e);
    return true;
}

/* ---- power and true division */

/* x mod m with the sign of m (Python's %), consuming x. */
static Obj *mod_steal(Interp *I, Obj *x, Obj *m) {
    if (!x) return NULL;
    Obj *r = NULL;
    bool ok = la_floordivmod(I, x, m, NULL, &r);
    DECREF(I, x);
    return ok ? r : NULL;
}

Obj *la_pow(Interp *I, Obj *base, Obj *exp, Obj *mod) {
    Obj *b = mod ? mod_steal(I, NEWREF(base), mod) : NEWREF(base);
    if (!b) return NULL;
    Obj *z = NEWREF(SMALL_INT(I, 1));
    Ssize nbits = la_bit_length_mag(IDIG(exp), int_absize(exp));
    for (Ssize i = nbits - 1; i >= 0 && z; i--) {
        Obj *t = la_mul(I, z, z);
        DECREF(I, z);
        z = mod ? mod_steal(I, t, mod) : t;
        if (z && (IDIG(exp)[i / INT_SHIFT] >> (i % INT_SHIFT)) & 1) {
            t = la_mul(I, z, b);
            DECREF(I, z);
            z = mod ? mod_steal(I, t, mod) : t;
        }
    }
    DECREF(I, b);
    if (z && mod && nbits == 0) z = mod_steal(I, z, mod); /* pow(x, 0, 1) == 0 */
    return z;
}

bool la_truediv(Interp *I, Obj *a, Obj *b, double *out) {
    bool neg = (VSIZE(a) < 0) != (VSIZE(b) < 0);
    Ssize abits = la_bit_length_mag(IDIG(a), int_absize(a));
    Ssize bbits = la_bit_length_mag(IDIG(b), int_absize(b));
    if (abits == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        /* both exact as doubles: one IEEE division is correctly rounded */
        double x, y;
        la_to_double(a, &x);
        la_to_double(b, &y);
        *out = x / y;
        return true;
    }
    Ssize diff = abits - bbits; /* a/b in [2**(diff-1), 2**(diff+1)) */
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    /* Scale so that the quotient has DBL_MANT_DIG + 2 or + 3 bits (or fewer for subnormals),
     * take the truncated quotient plus a sticky bit, and round once. */
    Ssize shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    Obj *x, *aa = la_abs(I, a), *bb = aa ? la_abs(I, b) : NULL;
    if (!bb) {
        XDECREF(I, aa);
        return false;
    }
    if (shift <= 0) {
        x = la_lshift(I, aa, (uint64_t)-shift);
    } else {
        x = la_rshift(I, aa, (uint64_t)shift);
        /* bits shifted out make the result inexact */
        Ssize wd = shift / INT_SHIFT;
        for (Ssize i = 0; i < wd && !inexact; i++) inexact = IDIG(aa)[i] != 0;
        if (!inexact && (IDIG(aa)[wd] & ((1u << (shift % INT_SHIFT)) - 1))) inexact = true;
    }
    DECREF(I, aa);
    Obj *q = NULL, *r = NULL;
    bool ok = x && la_floordivmod(I, x, bb, &q, &r);
    XDECREF(I, x);
    DECREF(I, bb);
    if (!ok) return false;
    if (VSIZE(r) != 0) inexact = true;
    DECREF(I, r);
    int64_t qv = 0;
    int_small2(q, &qv); /* q < 2**(DBL_MANT_DIG + 3) */
    DECREF(I, q);
    uint64_t m = (uint64_t)qv;
    int qbits = 64 - __builtin_clzll(m);
    Ssize lim = DBL_MIN_EXP - shift;
    int extra = (int)((qbits > lim ? qbits : lim) - DBL_MANT_DIG);
    uint64_t half = (uint64_t)1 << (extra - 1), low = m | inexact;
    if ((low & half) && (low & (3 * half - 1))) m += half;
    m &= ~(2 * half - 1);
    double dx = (double)m; /* exact */
    if (shift + qbits >= DBL_MAX_EXP && (shift + qbits > DBL_MAX_EXP || dx == ldexp(1.0, qbits)))
        goto overflow;
    *out = ldexp(dx, (int)shift);
    if (neg) *out = -*out;
    return true;
overflow:
    err_string(I, I->e_OverflowError, "integer division result too large for a float");
    return false;
}
