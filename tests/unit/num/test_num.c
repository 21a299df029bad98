/* test_num.c: unit test of int, bool, float and number formatting against values generated
 * from CPython 3.12 (expected.h, made by gen_expected.py), plus round-trips, identities and
 * the version-dependent messages of 3.8, 3.11, 3.12 and 3.13. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/profile.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/longarith.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "stubs.h"
#include "vm/errors.h"

#include "expected.h"

static int failures, checks;
static Interp *I;

/* The text of a result: the str, or "!Type: message" for an exception (consumed). */
static char *text_of(Obj *o) {
    char *r;
    if (!o) {
        const char *e = I->exc ? (const char *)STR_DATA(I->exc) : "(no exception)";
        r = malloc(strlen(e) + 2);
        sprintf(r, "!%s", e);
        err_clear(I);
        return r;
    }
    Obj *s = STR_CHECK(o) ? NEWREF(o) : TYPE(o)->repr(I, o);
    if (!s) {
        DECREF(I, o);
        return text_of(NULL);
    }
    r = malloc((size_t)STR_LEN(s) + 1);
    memcpy(r, STR_DATA(s), (size_t)STR_LEN(s) + 1);
    DECREF(I, s);
    DECREF(I, o);
    return r;
}

/* Compare; expected "!msg" without a type matches "!Type: msg". */
static void expect(const char *what, const char *got, const char *want) {
    checks++;
    bool ok = strcmp(got, want) == 0 && strlen(want) > 0;
    if (!ok && !*want && !*got) ok = true;
    if (!ok && want[0] == '!' && got[0] == '!') {
        const char *colon = strstr(got, ": ");
        ok = colon && strcmp(colon + 2, want + 1) == 0;
    }
    if (!ok) {
        failures++;
        if (failures < 60) {
            size_t gl = strlen(got), wl = strlen(want);
            fprintf(stderr, "FAIL %s\n  got:  %.300s%s\n  want: %.300s%s\n", what, got,
                    gl > 300 ? "..." : "", want, wl > 300 ? "..." : "");
        }
    }
}

static void expect_obj(const char *what, Obj *o, const char *want) {
    char *t = text_of(o);
    expect(what, t, want);
    free(t);
}

static Obj *P(const char *s) {
    Obj *o = int_from_string(I, s, strlen(s), 10);
    if (!o) {
        fprintf(stderr, "cannot parse %s\n", s);
        exit(2);
    }
    return o;
}

static Obj *S(const char *s) {
    return str_from_cstr(I, s);
}

static void test_float_repr(void) {
    for (size_t i = 0; i < sizeof float_reprs / sizeof float_reprs[0]; i++) {
        char buf[40], what[64];
        float_repr_buf(float_reprs[i].v, buf);
        snprintf(what, sizeof what, "repr(float #%zu)", i);
        expect(what, buf, float_reprs[i].repr);
    }
}

static void test_int_ops(void) {
    TypeObj *t = I->t_int;
    for (size_t i = 0; i < sizeof int_ops / sizeof int_ops[0]; i++) {
        Obj *a = P(int_ops[i].a), *b = P(int_ops[i].b);
        char what[64];
#define OP(slot, field)                                                                            \
    snprintf(what, sizeof what, "int_ops[%zu] " #slot, i);                                         \
    expect_obj(what, t->slot(I, a, b), int_ops[i].field);
        OP(nb_add, add)
        OP(nb_sub, sub) OP(nb_mul, mul) OP(nb_and, and_) OP(nb_or, or_)
            OP(nb_xor, xor_) if (VSIZE(b) != 0) {
            OP(nb_floordiv, fdiv) OP(nb_mod, mod) OP(nb_truediv, truediv)
        }
#undef OP
        if (VSIZE(b) != 0) { /* divmod agrees with // and % */
            Obj *d = t->nb_divmod(I, a, b);
            snprintf(what, sizeof what, "int_ops[%zu] divmod", i);
            expect_obj(what, NEWREF(TUPLE_GET(d, 0)), int_ops[i].fdiv);
            expect_obj(what, NEWREF(TUPLE_GET(d, 1)), int_ops[i].mod);
            DECREF(I, d);
        }
        DECREF(I, a);
        DECREF(I, b);
    }
    for (size_t i = 0; i < sizeof int_shifts / sizeof int_shifts[0]; i++) {
        Obj *a = P(int_shifts[i].a), *n = int_from_i64(I, int_shifts[i].n);
        char what[64];
        snprintf(what, sizeof what, "int_shifts[%zu] <<", i);
        expect_obj(what, t->nb_lshift(I, a, n), int_shifts[i].lsh);
        snprintf(what, sizeof what, "int_shifts[%zu] >>", i);
        expect_obj(what, t->nb_rshift(I, a, n), int_shifts[i].rsh);
        DECREF(I, a);
        DECREF(I, n);
    }
    for (size_t i = 0; i < sizeof int_pows / sizeof int_pows[0]; i++) {
        Obj *b = P(int_pows[i].b), *e = P(int_pows[i].e),
            *m = int_pows[i].m ? P(int_pows[i].m) : NEWREF(I->none);
        char what[64];
        snprintf(what, sizeof what, "int_pows[%zu]", i);
        expect_obj(what, t->nb_pow(I, b, e, m), int_pows[i].r);
        DECREF(I, b);
        DECREF(I, e);
        DECREF(I, m);
    }
}

static void test_hashes(void) {
    for (size_t i = 0; i < sizeof int_hashes / sizeof int_hashes[0]; i++) {
        Obj *v = P(int_hashes[i].v);
        char got[32], want[32], what[64];
        snprintf(got, sizeof got, "%lld", (long long)I->t_int->hash(I, v));
        snprintf(want, sizeof want, "%lld", int_hashes[i].h);
        snprintf(what, sizeof what, "hash(%s)", int_hashes[i].v);
        expect(what, got, want);
        DECREF(I, v);
    }
    for (size_t i = 0; i < sizeof float_hashes / sizeof float_hashes[0]; i++) {
        char got[32], want[32], what[64];
        snprintf(got, sizeof got, "%lld", (long long)float_hash_value(float_hashes[i].v));
        snprintf(want, sizeof want, "%lld", float_hashes[i].h);
        snprintf(what, sizeof what, "hash(float %g)", float_hashes[i].v);
        expect(what, got, want);
    }
}

static void test_parse(void) {
    for (size_t i = 0; i < sizeof int_parses / sizeof int_parses[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "int(%.20s, %d)", int_parses[i].s, int_parses[i].base);
        expect_obj(what,
                   int_from_string(I, int_parses[i].s, strlen(int_parses[i].s), int_parses[i].base),
                   int_parses[i].r);
    }
    for (size_t i = 0; i < sizeof float_parses / sizeof float_parses[0]; i++) {
        Obj *s = S(float_parses[i].s);
        char what[64];
        snprintf(what, sizeof what, "float(%.20s)", float_parses[i].s);
        expect_obj(what, float_from_string(I, s), float_parses[i].r);
        DECREF(I, s);
    }
}

static Obj *call_method_kw(TypeObj *t, const char *name, Obj *self, Obj *const *args, size_t n,
                           Obj *kw) {
    for (const MethodDef *m = t->methods; m->name; m++)
        if (strcmp(m->name, name) == 0) return m->fn(I, self, args, n, kw);
    fprintf(stderr, "no method %s\n", name);
    exit(2);
}

static Obj *call_method(TypeObj *t, const char *name, Obj *self, Obj *const *args, size_t n) {
    return call_method_kw(t, name, self, args, n, NULL);
}

static void test_round(void) {
    for (size_t i = 0; i < sizeof float_rounds / sizeof float_rounds[0]; i++) {
        Obj *x = float_from_double(I, float_rounds[i].v), *n = int_from_i64(I, float_rounds[i].n);
        char what[64];
        snprintf(what, sizeof what, "round(%g, %d)", float_rounds[i].v, float_rounds[i].n);
        Obj *args[1] = {n};
        expect_obj(what, call_method(I->t_float, "__round__", x, args, 1), float_rounds[i].r);
        DECREF(I, x);
        DECREF(I, n);
    }
    for (size_t i = 0; i < sizeof int_rounds / sizeof int_rounds[0]; i++) {
        Obj *x = P(int_rounds[i].v), *n = int_from_i64(I, int_rounds[i].n);
        char what[64];
        snprintf(what, sizeof what, "round(%s, %d)", int_rounds[i].v, int_rounds[i].n);
        Obj *args[1] = {n};
        expect_obj(what, call_method(I->t_int, "__round__", x, args, 1), int_rounds[i].r);
        DECREF(I, x);
        DECREF(I, n);
    }
    Obj *x = float_from_double(I, 2.5);
    expect_obj("round(2.5)", call_method(I->t_float, "__round__", x, NULL, 0), "2");
    DECREF(I, x);
    x = float_from_double(I, -3.5);
    expect_obj("round(-3.5)", call_method(I->t_float, "__round__", x, NULL, 0), "-4");
    DECREF(I, x);
}

static void test_format(void) {
    for (size_t i = 0; i < sizeof fmt_cases / sizeof fmt_cases[0]; i++) {
        Obj *spec = S(fmt_cases[i].spec), *r;
        char what[96];
        snprintf(what, sizeof what, "format(%.30s, '%s')", fmt_cases[i].v, fmt_cases[i].spec);
        if (fmt_cases[i].kind == 'i') {
            Obj *v = P(fmt_cases[i].v);
            r = num_format_int(I, v, spec);
            DECREF(I, v);
        } else {
            r = num_format_float(I, strtod(fmt_cases[i].v, NULL), spec);
        }
        expect_obj(what, r, fmt_cases[i].r);
        DECREF(I, spec);
    }
    for (size_t i = 0; i < sizeof pct_cases / sizeof pct_cases[0]; i++) {
        Obj *v = pct_cases[i].kind == 'i' ? P(pct_cases[i].v)
                                          : float_from_double(I, strtod(pct_cases[i].v, NULL));
        char what[64];
        snprintf(what, sizeof what, "pct_cases[%zu]", i);
        expect_obj(what,
                   num_percent_format(I, v, pct_cases[i].type, pct_cases[i].flags,
                                      pct_cases[i].width, pct_cases[i].prec),
                   pct_cases[i].r);
        DECREF(I, v);
    }
}

/* ---- generated round-trips and identities */

static uint64_t rng = 88172645463325252ULL;
static uint64_t next_rand(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static char *rand_digits(size_t n) {
    char *s = malloc(n + 2), *p = s;
    if (next_rand() % 3 == 0) *p++ = '-';
    *p++ = (char)('1' + next_rand() % 9);
    for (size_t i = 1; i < n; i++) *p++ = (char)('0' + next_rand() % 10);
    *p = 0;
    return s;
}

static void test_roundtrips(void) {
    int_set_max_str_digits(I, 0);
    for (int k = 0; k < 200; k++) {
        size_t n = 1 + next_rand() % (k < 150 ? 300 : 5000);
        char *s = rand_digits(n);
        Obj *v = P(s);
        expect_obj("str(int(s)) == s", int_to_decimal_string(I, v), s);
        /* hex round trip */
        Obj *h = int_to_base_string(I, v, 16, false);
        char *ht = text_of(h);
        Obj *v2 = int_from_string(I, ht, strlen(ht), 16);
        expect_obj("int(hex(v), 16) == v", int_to_decimal_string(I, v2), s);
        free(ht);
        DECREF(I, v2);
        DECREF(I, v);
        free(s);
    }
    for (int k = 0; k < 150; k++) { /* (a*b)//b == a, q*b + r == a, r has b's sign */
        char *sa = rand_digits(1 + next_rand() % 600), *sb = rand_digits(1 + next_rand() % 300);
        Obj *a = P(sa), *b = P(sb), *p = I->t_int->nb_mul(I, a, b);
        expect_obj("(a*b)//b == a", I->t_int->nb_floordiv(I, p, b), sa);
        Obj *q = I->t_int->nb_floordiv(I, a, b), *r = I->t_int->nb_mod(I, a, b);
        Obj *qb = I->t_int->nb_mul(I, q, b), *back = I->t_int->nb_add(I, qb, r);
        expect_obj("q*b + r == a", back, sa);
        checks++;
        if (VSIZE(r) != 0 && (VSIZE(r) < 0) != (VSIZE(b) < 0)) {
            failures++;
            fprintf(stderr, "FAIL mod sign\n");
        }
        DECREF(I, a);
        DECREF(I, b);
        DECREF(I, p);
        DECREF(I, q);
        DECREF(I, r);
        DECREF(I, qb);
        free(sa);
        free(sb);
    }
    int_set_max_str_digits(I, 4300);
}

static void test_misc(void) {
    Obj *a = int_from_i64(I, 256), *b = int_from_i64(I, 256);
    checks++;
    if (a != b) {
        failures++;
        fprintf(stderr, "FAIL 256 is 256\n");
    }
    DECREF(I, a);
    DECREF(I, b);
    a = int_from_i64(I, 257), b = int_from_i64(I, 257);
    checks++;
    if (a == b) {
        failures++;
        fprintf(stderr, "FAIL 257 is not 257\n");
    }
    DECREF(I, a);
    DECREF(I, b);
    expect_obj("repr(True)", I->t_bool->repr(I, NEWREF(I->true_)), "True");
    DECREF(I, I->true_);
    Obj *t = NEWREF(I->true_), *f = NEWREF(I->false_);
    expect_obj("True & False", I->t_bool->nb_and(I, t, f), "False");
    expect_obj("True + True", I->t_bool->nb_add(I, t, t), "2");
    Obj *one = int_from_i64(I, 1);
    expect_obj("True | 1", I->t_bool->nb_or(I, t, one), "1");
    expect_obj("~True", I->t_bool->nb_invert(I, t), "-2");
    DECREF(I, t);
    DECREF(I, f);
    DECREF(I, one);
    /* exact int/float comparison */
    Obj *big = P("9007199254740993"), *fl = float_from_double(I, 9007199254740992.0);
    expect_obj("2**53+1 == float(2**53)", I->t_float->richcompare(I, fl, big, CMP_EQ), "False");
    expect_obj("float(2**53) < 2**53+1", I->t_float->richcompare(I, fl, big, CMP_LT), "True");
    expect_obj("int.__eq__(2**53+1, float)", I->t_int->richcompare(I, big, fl, CMP_EQ),
               "NotImplemented");
    DECREF(I, big);
    DECREF(I, fl);
    big = P("1"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "000000000000");
    fl = float_from_double(I, INFINITY);
    expect_obj("10**340 < inf", I->t_float->richcompare(I, fl, big, CMP_GT), "True");
    DECREF(I, fl);
    fl = float_from_double(I, 1e308);
    expect_obj("1e308 < 10**340", I->t_float->richcompare(I, fl, big, CMP_LT), "True");
    expect_obj("float(10**340)", I->t_int->nb_float(I, big),
               "!OverflowError: int too large to convert to float");
    expect_obj("1e308 * 10**340", I->t_float->nb_mul(I, fl, big),
               "!OverflowError: int too large to convert to float");
    DECREF(I, big);
    DECREF(I, fl);
    fl = float_from_double(I, 10.0);
    Obj *e = float_from_double(I, 400.0);
    expect_obj("10.0**400", I->t_float->nb_pow(I, fl, e, I->none),
               "!OverflowError: (34, 'Numerical result out of range')");
    DECREF(I, fl);
    DECREF(I, e);
    /* int(float) */
    expect_obj("int(1e308)", int_from_double(I, 1e308),
               "10000000000000000109790636294404554174049230967731184633681068290315758540491149153"
               "71633289784946888990612496697211725156115902837431400883283070091981460460312716645"
               "02933027185697489699588559043338384466165001178426897626212945177628091195786707458"
               "122783970171784415105291802893207873272974885715430223118336");
    expect_obj("int(-1e20)", int_from_double(I, -1e20), "-100000000000000000000");
    expect_obj("int(inf)", int_from_double(I, INFINITY),
               "!OverflowError: cannot convert float infinity to integer");
    expect_obj("int(nan)", int_from_double(I, NAN),
               "!ValueError: cannot convert float NaN to integer");
    /* to_bytes / from_bytes */
    Obj *v = int_from_i64(I, -129), *n2 = int_from_i64(I, 2), *big_s = S("big");
    Obj *args[3] = {n2, big_s, I->true_};
    Obj *sig = S("signed"), *kw = tuple_pack(I, 1, sig);
    expect_obj("(-129).to_bytes(2, 'big', signed=True)",
               call_method_kw(I->t_int, "to_bytes", v, args, 2, kw), "b'\\xff\\x7f'");
    expect_obj(
        "(-129).to_bytes(1, 'big', signed=True)",
        call_method_kw(I->t_int, "to_bytes", v, (Obj *[]){SMALL_INT(I, 1), big_s, I->true_}, 2, kw),
        "!OverflowError: int too big to convert");
    expect_obj("(-129).to_bytes(2)", call_method(I->t_int, "to_bytes", v, args, 1),
               "!OverflowError: can't convert negative int to unsigned");
    Obj *bts = bytes_from(I, "\xff\x7f", 2);
    expect_obj("int.from_bytes(b'\\xff\\x7f', signed=True)",
               call_method_kw(I->t_int, "from_bytes", OBJ(I->t_int),
                              (Obj *[]){bts, big_s, I->true_}, 2, kw),
               "-129");
    expect_obj("int.from_bytes(b'\\xff\\x7f')",
               call_method(I->t_int, "from_bytes", OBJ(I->t_int), (Obj *[]){bts}, 1), "65407");
    DECREF(I, bts);
    DECREF(I, kw);
    DECREF(I, sig);
    DECREF(I, v);
    DECREF(I, n2);
    DECREF(I, big_s);
}

/* one interpreter per version: the messages that differ */
static void test_versions(void) {
    const char *vers[] = {"3.8", "3.11", "3.12", "3.13"}; /* k == 0: 3.8 */
    const char *mod0[] = {"integer division or modulo by zero", "integer modulo by zero",
                          "integer modulo by zero", "integer modulo by zero"};
    const char *fmod0[] = {"float modulo", "float modulo", "float modulo", "float modulo by zero"};
    const char *ffd0[] = {"float divmod()", "float floor division by zero",
                          "float floor division by zero", "float floor division by zero"};
    const char *lim[] = {"(4300)", "(4300 digits)", "(4300 digits)", "(4300 digits)"};
    Interp *saved = I;
    for (int k = 0; k < 4; k++) {
        I = stub_interp(vers[k]);
        char want[200];
        Obj *one = int_from_i64(I, 1), *zero = int_from_i64(I, 0),
            *fone = float_from_double(I, 1.0);
        snprintf(want, sizeof want, "!ZeroDivisionError: %s", mod0[k]);
        expect_obj("1 % 0", I->t_int->nb_mod(I, one, zero), want);
        expect_obj("1 // 0", I->t_int->nb_floordiv(I, one, zero),
                   "!ZeroDivisionError: integer division or modulo by zero");
        expect_obj("divmod(1, 0)", I->t_int->nb_divmod(I, one, zero),
                   "!ZeroDivisionError: integer division or modulo by zero");
        expect_obj("1 / 0", I->t_int->nb_truediv(I, one, zero),
                   "!ZeroDivisionError: division by zero");
        snprintf(want, sizeof want, "!ZeroDivisionError: %s", fmod0[k]);
        expect_obj("1.0 % 0", I->t_float->nb_mod(I, fone, zero), want);
        snprintf(want, sizeof want, "!ZeroDivisionError: %s", ffd0[k]);
        expect_obj("1.0 // 0", I->t_float->nb_floordiv(I, fone, zero), want);
        expect_obj("1.0 / 0", I->t_float->nb_truediv(I, fone, zero),
                   "!ZeroDivisionError: float division by zero");
        Obj *m1 = int_from_i64(I, -1);
        expect_obj("0 ** -1", I->t_int->nb_pow(I, zero, m1, I->none),
                   "!ZeroDivisionError: 0.0 cannot be raised to a negative power");
        DECREF(I, m1);
        char *digits = malloc(5001);
        memset(digits, '5', 5000);
        digits[5000] = 0;
        snprintf(want, sizeof want,
                 "!ValueError: Exceeds the limit %s for integer string conversion: value has 5000 "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 lim[k]);
        expect_obj("int('5'*5000)", int_from_string(I, digits, 5000, 10), want);
        int_set_max_str_digits(I, 0);
        Obj *huge = int_from_string(I, digits, 5000, 10);
        int_set_max_str_digits(I, 4300);
        snprintf(want, sizeof want,
                 "!ValueError: Exceeds the limit %s for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 lim[k]);
        expect_obj("str(5...5)", int_to_decimal_string(I, huge), want);
        DECREF(I, huge);
        free(digits);
        /* format-spec messages that changed in 3.9 and 3.11 */
        Obj *sp = S("x,");
        expect_obj("format(1, 'x,')", num_format_int(I, one, sp),
                   k == 0 ? "!ValueError: Invalid format specifier"
                          : "!ValueError: Invalid format specifier 'x,' for object of type 'int'");
        DECREF(I, sp);
        sp = S("z");
        expect_obj("format(-0.0, 'z')", num_format_float(I, -0.0, sp),
                   k == 0 ? "!ValueError: Unknown format code 'z' for object of type 'float'"
                          : "0.0");
        expect_obj("format(1, 'z')", num_format_int(I, one, sp),
                   k == 0 ? "!ValueError: Unknown format code 'z' for object of type 'int'"
                          : "!ValueError: Negative zero coercion (z) not allowed in integer format "
                            "specifier");
        DECREF(I, sp);
        sp = S(",,");
        expect_obj("format(1, ',,')", num_format_int(I, one, sp),
                   k == 0 ? "!ValueError: Cannot specify both ',' and '_'."
                          : "!ValueError: Cannot specify ',' with ','.");
        DECREF(I, sp);
        Obj *m3 = int_from_i64(I, -1), *seven = int_from_i64(I, 7), *three = int_from_i64(I, 3);
        expect_obj("pow(3, -1, 7)", I->t_int->nb_pow(I, three, m3, seven), "5");
        DECREF(I, m3);
        DECREF(I, seven);
        DECREF(I, three);
        DECREF(I, one);
        DECREF(I, zero);
        DECREF(I, fone);
        stub_interp_free(I);
    }
    I = saved;
}

static void test_speed(void) {
    int_set_max_str_digits(I, 0);
    Obj *two = int_from_i64(I, 2), *e = int_from_i64(I, 100000);
    clock_t t0 = clock();
    Obj *p = I->t_int->nb_pow(I, two, e, I->none);
    Obj *s = int_to_decimal_string(I, p);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    checks++;
    if (!s || STR_LEN(s) != 30103 || secs > 2.0) {
        failures++;
        fprintf(stderr, "FAIL str(2**100000): %.2fs\n", secs);
    }
    Obj *back = int_from_string(I, STR_DATA(s), (size_t)STR_LEN(s), 10);
    checks++;
    if (!back || int_compare(back, p) != 0) {
        failures++;
        fprintf(stderr, "FAIL int(str(2**100000))\n");
    }
    XDECREF(I, back);
    XDECREF(I, s);
    DECREF(I, p);
    DECREF(I, two);
    DECREF(I, e);
    int_set_max_str_digits(I, 4300);
}

int main(void) {
    I = stub_interp("3.12");
    if (!I) {
        fprintf(stderr, "stub interpreter failed\n");
        return 2;
    }
    test_float_repr();
    test_int_ops();
    test_hashes();
    test_parse();
    test_round();
    test_format();
    test_roundtrips();
    test_misc();
    test_versions();
    test_speed();
    stub_interp_free(I);
    printf("num: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
