#define _POSIX_C_SOURCE 200809L
/* test_cont.c: unit test of the containers (tuple, list, dict, set, range, slice, iterators)
 * against values generated from CPython 3.12 (expected.h), on a hand-built interpreter with
 * the stubs of stubs.c. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expected.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "stubs.h"
#include "vm/errors.h"

static Interp *I;
static int failures, checks;

#define CHECK(cond, ...)                                              \
    do {                                                              \
        checks++;                                                     \
        if (!(cond)) {                                                \
            failures++;                                               \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);     \
            fprintf(stderr, __VA_ARGS__);                             \
            fputc('\n', stderr);                                      \
        }                                                             \
    } while (0)

/* ---- Interpreter set-up */

static TypeObj object_type = {.name = "object"};
static TypeObj none_type = {.name = "NoneType", .basicsize = sizeof(Obj)};
static TypeObj notimpl_type = {.name = "NotImplementedType", .basicsize = sizeof(Obj)};
static TypeObj float_type = {.name = "float"};

static Obj *none_repr(Interp *in, Obj *o) { (void)o; return str_from_cstr(in, "None"); }
static Hash none_hash(Interp *in, Obj *o) { (void)in, (void)o; return 4238894112; /* 3.12's constant */ }

static TypeObj *from_tmpl(const TypeObj *tmpl) {
    TypeObj *t = calloc(1, sizeof(TypeObj));
    *t = *tmpl;
    t->ob.ob.refcnt = 1 << 30;
    t->ob.ob.type = &stub_type_type;
    t->base = &object_type;
    return t;
}

static Obj *mkbool(TypeObj *t, int v) {
    Obj *o = obj_alloc(NULL, t, 0);
    *(int64_t *)((char *)o + sizeof(VarObj)) = v;
    return o;
}

static void setup(void) {
    I = calloc(1, sizeof(Interp));
    I->prof = profile_find("3.12");
    static TypeObj excs[64];
    int ne = 0;
#define EXC(name, base) (stub_init_exc_type(&excs[ne], #name, base), I->e_##name = &excs[ne++])
    EXC(BaseException, NULL);
    EXC(Exception, I->e_BaseException);
    EXC(LookupError, I->e_Exception);
    EXC(IndexError, I->e_LookupError);
    EXC(KeyError, I->e_LookupError);
    EXC(TypeError, I->e_Exception);
    EXC(ValueError, I->e_Exception);
    EXC(RuntimeError, I->e_Exception);
    EXC(OverflowError, I->e_Exception);
    EXC(StopIteration, I->e_Exception);
    EXC(AttributeError, I->e_Exception);
    EXC(MemoryError, I->e_Exception);
    EXC(SystemError, I->e_Exception);
#undef EXC
    stub_type_type.ob.ob.refcnt = 1 << 30;
    I->t_type = &stub_type_type;
    I->t_object = &object_type;
    I->t_int = &stub_int_type;
    I->t_bool = &stub_bool_type;
    I->t_str = &stub_str_type;
    I->t_float = &float_type;
    none_type.repr = none_repr;
    none_type.hash = none_hash;
#define X(n, b) if (!I->t_##n) I->t_##n = from_tmpl(&n##_tmpl);
    X(tuple, object) X(list, object) X(dict, object) X(set, object) X(frozenset, object)
    X(range, object) X(slice, object) X(tuple_iter, object) X(list_iter, object)
    X(list_reviter, object) X(dict_keys, object) X(dict_values, object) X(dict_items, object)
    X(dict_keyiter, object) X(dict_valueiter, object) X(dict_itemiter, object)
    X(dict_revkeyiter, object) X(set_iter, object) X(range_iter, object) X(seq_iter, object)
    X(callable_iter, object) X(enumerate, object) X(zip, object) X(map, object)
    X(filter, object) X(reversed, object)
#undef X
    I->none = obj_alloc(I, &none_type, 0);
    I->notimpl = obj_alloc(I, &notimpl_type, 0);
    I->true_ = mkbool(&stub_bool_type, 1);
    I->false_ = mkbool(&stub_bool_type, 0);
    for (int v = -5; v <= 256; v++) I->small_ints[v + 5] = int_from_i64(I, v);
#define X(n) I->ids.n = str_from_cstr(I, #n);
    SLOTSCOPE_IDS(X)
#undef X
    if (!cont_init(I)) abort();
}

/* ---- Helpers */

static Obj *iobj(int64_t v) { return int_from_i64(I, v); }
static int64_t ival(Obj *o) { int64_t v; int_fits_i64(o, &v); return v; }

static char *repr_c(Obj *o) {
    Obj *r = obj_repr(I, o);
    if (!r) return strdup("<error>");
    char *s = strndup(STR_DATA(r), (size_t)STR_LEN(r));
    DECREF(I, r);
    return s;
}

#define CHECK_REPR(o, expect)                                                   \
    do {                                                                        \
        char *s_ = repr_c(o);                                                   \
        CHECK(strcmp(s_, expect) == 0, "repr %s, expected %s", s_, expect);     \
        free(s_);                                                               \
    } while (0)

/* The pending error: its type name and message; clears it. */
static char *take_error(void) {
    if (!I->exc) return strdup("<no error>");
    StubExc *e = (StubExc *)I->exc;
    char buf[512];
    char *msg = e->arg ? repr_c(e->arg) : strdup("");
    snprintf(buf, sizeof buf, "%s: %s", TYPE(e)->name, msg);
    free(msg);
    err_clear(I);
    return strdup(buf);
}

#define CHECK_ERROR(expr, expect)                                               \
    do {                                                                        \
        Obj *r_ = (Obj *)(expr);                                                \
        CHECK(r_ == NULL, "no error from %s", #expr);                           \
        if (r_) DECREF(I, r_);                                                  \
        char *e_ = take_error();                                                \
        CHECK(strcmp(e_, expect) == 0, "error %s, expected %s", e_, expect);    \
        free(e_);                                                               \
    } while (0)

static Obj *list_of(const int64_t *v, int n) {
    Obj *l = list_new(I, n);
    for (int i = 0; i < n; i++) LIST_SET(l, i, iobj(v[i]));
    return l;
}

static Obj *call(Obj *self, const char *meth, Obj *const *args, size_t n) {
    Obj *name = str_from_cstr(I, meth);
    Obj *r = obj_call_method(I, self, name, args, n);
    DECREF(I, name);
    return r;
}

/* ---- Sets */

static void test_set_order(void) {
    int ncases = (int)(sizeof set_cases / sizeof set_cases[0]);
    for (int c = 0; c < ncases; c++) {
        Obj *s = set_new(I, NULL);
        for (int k = 0; k < set_cases[c].nops; k++) {
            const int64_t *op = &set_ops[set_cases[c].ops + 2 * k];
            Obj *v = iobj(op[1]);
            if (op[0] == 0) CHECK(set_add(I, s, v), "set_add");
            else CHECK(set_discard(I, s, v) == 1, "set_discard");
            DECREF(I, v);
        }
        CHECK(set_len(s) == set_cases[c].norder, "set case %d: len %zd vs %d", c, set_len(s), set_cases[c].norder);
        Ssize pos = 0;
        Obj *key;
        int i = 0;
        bool same = true;
        while (set_next(s, &pos, &key)) same &= i < set_cases[c].norder && ival(key) == set_orders[set_cases[c].order + i++];
        CHECK(same && i == set_cases[c].norder, "set case %d: iteration order differs", c);
        DECREF(I, s);
    }
    /* print({3, 1, 2, 100, 33}) */
    int64_t v[] = {3, 1, 2, 100, 33};
    Obj *l = list_of(v, 5), *s = set_new(I, l);
    CHECK_REPR(s, "{1, 2, 3, 100, 33}");
    Obj *f = frozenset_new(I, s);
    CHECK_REPR(f, "frozenset({1, 2, 3, 100, 33})");
    DECREF(I, f);
    DECREF(I, s);
    DECREF(I, l);
}

static void test_set_ops(void) {
    int ncases = (int)(sizeof sop_cases / sizeof sop_cases[0]);
    for (int c = 0; c < ncases; c++) {
        const int64_t *d = &sop_data[sop_cases[c].base];
        Obj *la = list_of(d, sop_cases[c].na), *lb = list_of(d + sop_cases[c].na, sop_cases[c].nb);
        Obj *a = set_new(I, la), *b = set_new(I, lb);
        TypeObj *t = I->t_set;
        BinaryFn fn = sop_cases[c].op == 0 ? t->nb_or : sop_cases[c].op == 1 ? t->nb_and
                    : sop_cases[c].op == 2 ? t->nb_sub : t->nb_xor;
        Obj *r = fn(I, a, b);
        const int64_t *exp = d + sop_cases[c].na + sop_cases[c].nb;
        Ssize pos = 0;
        Obj *key;
        int i = 0;
        bool same = r != NULL;
        while (r && set_next(r, &pos, &key)) same &= i < sop_cases[c].nr && ival(key) == exp[i++];
        CHECK(same && i == sop_cases[c].nr, "set op case %d (op %d): result order differs", c, sop_cases[c].op);
        XDECREF(I, r);
        DECREF(I, a), DECREF(I, b), DECREF(I, la), DECREF(I, lb);
    }
}

/* ---- Hashes */

static Obj *build_tokens(const int64_t **p) {
    int64_t t = *(*p)++;
    if (t == INT64_MIN + 1 || t == INT64_MIN + 2) {
        int64_t n = *(*p)++;
        Obj *items = list_new(I, n);
        for (int64_t i = 0; i < n; i++) LIST_SET(items, i, t == INT64_MIN + 1 ? build_tokens(p) : iobj(*(*p)++));
        Obj *r = t == INT64_MIN + 1 ? list_as_tuple(I, items) : frozenset_new(I, items);
        DECREF(I, items);
        return r;
    }
    return iobj(t);
}

static void test_hashes(void) {
    int ncases = (int)(sizeof hash_cases / sizeof hash_cases[0]);
    for (int c = 0; c < ncases; c++) {
        const int64_t *p = &hash_tokens[hash_cases[c].tok];
        Obj *o = build_tokens(&p);
        Hash h = obj_hash(I, o);
        CHECK(h == hash_cases[c].hash, "hash case %d: %" PRId64 " vs %" PRId64, c, (int64_t)h, hash_cases[c].hash);
        DECREF(I, o);
    }
    Obj *t = tuple_new(I, 0);
    CHECK(obj_hash(I, t) == 5740354900026072187LL, "hash(())");
    CHECK(t == I->empty_tuple, "the empty tuple is shared");
    DECREF(I, t);
    Obj *r = range_new_i64(I, 0, 10, 1);
    CHECK(obj_hash(I, r) == -7546101314042312252LL, "hash(range(10))");
    DECREF(I, r);
    r = range_new_i64(I, 1, 10, 2);
    CHECK(obj_hash(I, r) == -8580228179051518038LL, "hash(range(1, 10, 2))");
    CHECK_REPR(r, "range(1, 10, 2)");
    DECREF(I, r);
    r = range_new_i64(I, 5, 5, 1);
    CHECK(obj_hash(I, r) == 2676694398852732306LL, "hash(range(5, 5))");
    DECREF(I, r);
    r = range_new_i64(I, 7, 8, 1);
    CHECK(obj_hash(I, r) == 6095237322599586476LL, "hash(range(7, 8))");
    DECREF(I, r);
    Obj *one = iobj(1), *two = iobj(2), *sl = slice_new(I, one, two, NULL);
    CHECK(obj_hash(I, sl) == -2178470213028018262LL, "hash(slice(1, 2, None))");
    CHECK_REPR(sl, "slice(1, 2, None)");
    DECREF(I, sl), DECREF(I, one), DECREF(I, two);
    Obj *f = frozenset_new(I, NULL);
    CHECK(obj_hash(I, f) == 133146708735736LL, "hash(frozenset())");
    CHECK_REPR(f, "frozenset()");
    DECREF(I, f);
}

/* ---- List growth */

static void test_list_growth(void) {
    Obj *l = list_new(I, 0);
    int n = (int)(sizeof list_script / sizeof list_script[0]);
    for (int k = 0; k < n; k++) {
        int a = list_script[k].a, b = list_script[k].b;
        Obj *x = NULL, *arg[2];
        switch (list_script[k].op) {
        case 0: x = iobj(0); list_append(I, l, x); break;
        case 1: x = call(l, "pop", NULL, 0); break;
        case 2: x = list_new(I, a); for (int i = 0; i < a; i++) LIST_SET(x, i, iobj(0)); list_extend(I, l, x); break;
        case 3: x = range_new_i64(I, 0, a, 1); list_extend(I, l, x); break;
        case 4: arg[0] = iobj(0), arg[1] = iobj(1); x = call(l, "insert", arg, 2); DECREF(I, arg[0]), DECREF(I, arg[1]); break;
        case 5: arg[0] = iobj(a), arg[1] = iobj(b); x = slice_new(I, arg[0], arg[1], NULL);
                I->t_list->mp_ass_subscript(I, l, x, NULL); DECREF(I, arg[0]), DECREF(I, arg[1]); break;
        case 6: x = call(l, "clear", NULL, 0); break;
        case 7: x = I->t_list->sq_inplace_repeat(I, l, a); break;
        case 8: x = range_new_i64(I, 0, a, 1); DECREF(I, l); l = seq_list(I, x); break;
        case 9: x = list_new(I, 1); LIST_SET(x, 0, iobj(0)); DECREF(I, l); l = I->t_list->sq_repeat(I, x, a); break;
        }
        XDECREF(I, x);
        CHECK(!I->exc, "list step %d raised", k);
        CHECK(((ListObj *)l)->allocated == list_script[k].alloc, "list step %d (op %d): allocated %zd, CPython %ld", k,
              list_script[k].op, ((ListObj *)l)->allocated, list_script[k].alloc);
        Obj *so = call(l, "__sizeof__", NULL, 0);
        CHECK(so && ival(so) == 40 + 8 * list_script[k].alloc, "list step %d: __sizeof__", k);
        XDECREF(I, so);
    }
    DECREF(I, l);
}

/* ---- Dicts */

static Obj *dkey(int mode, int64_t k) {
    if (mode == 1 || (mode == 2 && k >= 30)) {
        char b[24];
        snprintf(b, sizeof b, "%lld", (long long)k);
        return str_from_cstr(I, b);
    }
    return iobj(k);
}

static long dict_getsizeof(Obj *d) {
    DictLayout L;
    dict_layout(d, &L);
    if (L.empty_keys) return 64;
    long size = 1L << L.log2_size;
    long ixbytes = L.log2_size <= 7 ? 1 : L.log2_size <= 15 ? 2 : 4;
    return 64 + 32 + ixbytes * size + ((size << 1) / 3) * (L.unicode ? 16 : 24);
}

static void test_dict_script(void) {
    int n = (int)(sizeof dict_script / sizeof dict_script[0]);
    Obj *d = NULL;
    int run = -1;
    for (int k = 0; k < n; k++) {
        if (dict_script[k].run != run) {
            XDECREF(I, d);
            d = dict_new(I);
            run = dict_script[k].run;
        }
        int mode = dict_script[k].mode;
        Obj *key = dkey(mode, dict_script[k].key), *x = NULL;
        switch (dict_script[k].op) {
        case 0: x = iobj(k); CHECK(dict_set(I, d, key, x), "dict_set"); break;
        case 1: CHECK(dict_del(I, d, key) == 1, "dict_del step %d", k); break;
        case 2: x = call(d, "popitem", NULL, 0); break;
        case 3: dict_clear(I, d); break;
        case 4: x = d; d = dict_copy(I, d); break;
        }
        XDECREF(I, x);
        DECREF(I, key);
        Ssize pos = 0;
        Obj *kk, *vv;
        int i = 0;
        bool same = true;
        while (dict_next(d, &pos, &kk, &vv)) {
            int64_t kv = STR_CHECK(kk) ? strtoll(STR_DATA(kk), NULL, 10) : ival(kk);
            same &= i < dict_script[k].norder && kv == dict_orders[dict_script[k].order + i++];
        }
        CHECK(same && i == dict_script[k].norder, "dict step %d: order differs", k);
        CHECK(dict_getsizeof(d) == dict_script[k].size, "dict step %d (op %d): size %ld, CPython %ld", k,
              dict_script[k].op, dict_getsizeof(d), dict_script[k].size);
        /* what sys.getsizeof reports: __sizeof__ (the model's shadow) plus the GC header */
        Obj *so = call(d, "__sizeof__", NULL, 0);
        CHECK(so && ival(so) + 16 == dict_script[k].size, "dict step %d (op %d): __sizeof__ %ld + 16, CPython %ld", k,
              dict_script[k].op, so ? (long)ival(so) : -1L, dict_script[k].size);
        XDECREF(I, so);
    }
    XDECREF(I, d);
}

/* ---- Sorting: a type whose < logs the comparisons */

typedef struct KObj {
    Obj ob;
    int64_t v, i;
} KObj;
static long klog_n;
static uint64_t klog_hash;
static Obj *kmutate; /* a list to append to from inside a comparison */

static void fnv(int64_t x) { klog_hash = (klog_hash ^ (uint64_t)x) * 1099511628211ULL; }
static void k_dealloc(Interp *in, Obj *o) { obj_free(in, o); }
static Obj *k_richcompare(Interp *in, Obj *a, Obj *b, int op) {
    if (op != CMP_LT) return NEWREF(in->notimpl);
    klog_n++;
    fnv(((KObj *)a)->v);
    fnv(((KObj *)b)->v);
    if (kmutate) list_append(in, kmutate, a);
    return BOOL_OBJ(in, ((KObj *)a)->v < ((KObj *)b)->v);
}
static TypeObj k_type = {.name = "K", .basicsize = sizeof(KObj), .dealloc = k_dealloc, .richcompare = k_richcompare};

static void test_sort(void) {
    int n = (int)(sizeof sort_cases / sizeof sort_cases[0]);
    for (int c = 0; c < n; c++) {
        int len = sort_cases[c].n;
        const int64_t *vals = &sort_data[sort_cases[c].base], *order = vals + len;
        Obj *l = list_new(I, len);
        for (int i = 0; i < len; i++) {
            KObj *k = (KObj *)obj_alloc(I, &k_type, 0);
            k->v = vals[i], k->i = i;
            LIST_SET(l, i, OBJ(k));
        }
        klog_n = 0;
        klog_hash = 1469598103934665603ULL;
        CHECK(list_sort(I, l, NULL, sort_cases[c].reverse), "sort case %d failed", c);
        CHECK(klog_n == sort_cases[c].ncmp && klog_hash == sort_cases[c].hash,
              "sort case %d (n=%d): %ld comparisons, CPython %ld (or a different sequence)", c, len, klog_n,
              sort_cases[c].ncmp);
        bool same = true;
        for (int i = 0; i < len; i++) same &= ((KObj *)LIST_GET(l, i))->i == order[i];
        CHECK(same, "sort case %d: result differs (stability)", c);
        DECREF(I, l);
    }
    /* comparison errors propagate; the list keeps its items */
    Obj *l = list_new(I, 2);
    LIST_SET(l, 0, iobj(1));
    LIST_SET(l, 1, str_from_cstr(I, "a"));
    CHECK(!list_sort(I, l, NULL, false), "mixed sort must fail");
    char *e = take_error();
    CHECK(strcmp(e, "TypeError: ''<' not supported between instances of 'str' and 'int''") == 0, "%s", e);
    free(e);
    CHECK(LIST_LEN(l) == 2, "items kept");
    DECREF(I, l);
    /* list modified during sort */
    l = list_new(I, 3);
    for (int i = 0; i < 3; i++) {
        KObj *k = (KObj *)obj_alloc(I, &k_type, 0);
        k->v = 3 - i, k->i = i;
        LIST_SET(l, i, OBJ(k));
    }
    kmutate = l;
    CHECK(!list_sort(I, l, NULL, false), "mutating sort must fail");
    kmutate = NULL;
    e = take_error();
    CHECK(strcmp(e, "ValueError: 'list modified during sort'") == 0, "%s", e);
    free(e);
    CHECK(LIST_LEN(l) == 3, "items kept after mutation");
    DECREF(I, l);
}

/* ---- Slices */

static void test_slices(void) {
    int n = (int)(sizeof slice_cases / sizeof slice_cases[0]);
    for (int c = 0; c < n; c++) {
        int64_t repl[5] = {100, 101, 102, 103, 104};
        Obj *rg = range_new_i64(I, 0, slice_cases[c].n, 1), *l = seq_list(I, rg); /* list(range(n)) */
        DECREF(I, rg);
        Obj *a = slice_cases[c].start == INT64_MIN ? NULL : iobj(slice_cases[c].start);
        Obj *b = slice_cases[c].stop == INT64_MIN ? NULL : iobj(slice_cases[c].stop);
        Obj *s = slice_cases[c].step == INT64_MIN ? NULL : iobj(slice_cases[c].step);
        Obj *sl = slice_new(I, a, b, s);
        XDECREF(I, a);
        XDECREF(I, b);
        XDECREF(I, s);
        Obj *result = NULL;
        int rc = 0;
        if (slice_cases[c].op == 0) {
            result = I->t_list->mp_subscript(I, l, sl);
            rc = result ? 0 : -1;
        } else if (slice_cases[c].op == 1) {
            Obj *r = list_of(repl, slice_cases[c].m);
            rc = I->t_list->mp_ass_subscript(I, l, sl, r);
            DECREF(I, r);
        } else {
            rc = I->t_list->mp_ass_subscript(I, l, sl, NULL);
        }
        if (!result) result = NEWREF(l);
        if (slice_cases[c].err) {
            char *e = take_error(), want[256];
            snprintf(want, sizeof want, "ValueError: '%s'", slice_cases[c].msg);
            CHECK(rc < 0 && strcmp(e, want) == 0, "slice case %d: %s, expected %s", c, e, want);
            free(e);
        } else {
            CHECK(rc == 0 && !I->exc, "slice case %d raised", c);
            bool same = LIST_LEN(result) == slice_cases[c].len;
            for (int i = 0; same && i < slice_cases[c].len; i++)
                same = ival(LIST_GET(result, i)) == slice_data[slice_cases[c].base + i];
            CHECK(same, "slice case %d: result differs", c);
            if (slice_cases[c].alloc >= 0)
                CHECK(((ListObj *)l)->allocated == slice_cases[c].alloc, "slice case %d: allocated %zd, CPython %ld", c,
                      ((ListObj *)l)->allocated, slice_cases[c].alloc);
        }
        DECREF(I, result);
        DECREF(I, sl);
        DECREF(I, l);
    }
}

/* ---- Reprs and messages */

static void test_reprs_and_errors(void) {
    int64_t v[] = {1, 2, 3};
    Obj *l = list_of(v, 3), *t = list_as_tuple(I, l);
    CHECK_REPR(l, "[1, 2, 3]");
    CHECK_REPR(t, "(1, 2, 3)");
    Obj *t1 = tuple_slice(I, t, 0, 1);
    CHECK_REPR(t1, "(1,)");
    list_append(I, l, l);
    CHECK_REPR(l, "[1, 2, 3, [...]]");
    CHECK_ERROR(I->t_tuple->sq_concat(I, t, l), "TypeError: 'can only concatenate tuple (not \"list\") to tuple'");
    CHECK_ERROR(I->t_list->sq_concat(I, l, t), "TypeError: 'can only concatenate list (not \"tuple\") to list'");
    Obj *nine = iobj(9);
    CHECK_ERROR(call(t, "index", &nine, 1), "ValueError: 'tuple.index(x): x not in tuple'");
    CHECK_ERROR(call(l, "index", &nine, 1), "ValueError: '9 is not in list'");
    CHECK_ERROR(call(l, "remove", &nine, 1), "ValueError: 'list.remove(x): x not in list'");
    CHECK_ERROR(call(l, "pop", &nine, 1), "IndexError: 'pop index out of range'");
    CHECK_ERROR(I->t_list->sq_item(I, l, 9), "IndexError: 'list index out of range'");
    CHECK_ERROR(I->t_tuple->sq_item(I, t, 9), "IndexError: 'tuple index out of range'");
    Obj *e = list_new(I, 0);
    CHECK_ERROR(call(e, "pop", NULL, 0), "IndexError: 'pop from empty list'");
    CHECK_REPR(e, "[]");
    Obj *r3 = list_new(I, 2), *s3;
    LIST_SET(r3, 0, iobj(1)), LIST_SET(r3, 1, iobj(2));
    Obj *st = iobj(2);
    s3 = slice_new(I, NULL, NULL, st);
    DECREF(I, st);
    Obj *big = list_of((int64_t[]){0, 1, 2, 3, 4, 5}, 6);
    CHECK(I->t_list->mp_ass_subscript(I, big, s3, r3) < 0, "extended slice size mismatch");
    char *msg = take_error();
    CHECK(strcmp(msg, "ValueError: 'attempt to assign sequence of size 2 to extended slice of size 3'") == 0, "%s", msg);
    free(msg);
    DECREF(I, big), DECREF(I, s3), DECREF(I, r3);

    /* dicts */
    Obj *d = dict_new(I), *one = iobj(1), *two = iobj(2);
    CHECK_REPR(d, "{}");
    CHECK_ERROR(call(d, "popitem", NULL, 0), "KeyError: 'popitem(): dictionary is empty'");
    CHECK_ERROR(dict_subscript(I, d, t), "KeyError: (1, 2, 3)");
    dict_set(I, d, one, two);
    dict_set(I, d, two, d);
    CHECK_REPR(d, "{1: 2, 2: {...}}");
    Obj *keys = call(d, "keys", NULL, 0), *items = call(d, "items", NULL, 0);
    CHECK_REPR(keys, "dict_keys([1, 2])");
    dict_del(I, d, two);
    CHECK_REPR(items, "dict_items([(1, 2)])");
    Obj *it = obj_iter(I, d);
    dict_set(I, d, nine, nine);
    CHECK_ERROR(iter_next(I, it), "RuntimeError: 'dictionary changed size during iteration'");
    DECREF(I, it);
    /* keys() - [1] is a set */
    Obj *l1 = list_of((int64_t[]){1}, 1), *diff = I->t_dict_keys->nb_sub(I, keys, l1);
    CHECK_REPR(diff, "{9}");
    DECREF(I, diff), DECREF(I, l1);
    CHECK_ERROR(dict_pop(I, d, two, NULL), "KeyError: 2");
    Obj *seq = list_new(I, 1), *bad = list_of(v, 3);
    LIST_SET(seq, 0, bad);
    CHECK(!dict_update(I, d, seq), "bad update");
    msg = take_error();
    CHECK(strcmp(msg, "ValueError: 'dictionary update sequence element #0 has length 3; 2 is required'") == 0, "%s", msg);
    free(msg);
    DECREF(I, seq);
    /* merge with override 2 reports the duplicate key as KeyError(key) */
    Obj *d2 = dict_new(I);
    dict_set(I, d2, one, one);
    CHECK(!dict_merge(I, d2, d, 2), "duplicate merge");
    msg = take_error();
    CHECK(strcmp(msg, "KeyError: 1") == 0, "%s", msg);
    free(msg);
    DECREF(I, d2), DECREF(I, keys), DECREF(I, items), DECREF(I, d);

    /* sets */
    Obj *s = set_new(I, NULL);
    CHECK_REPR(s, "set()");
    CHECK_ERROR(call(s, "pop", NULL, 0), "KeyError: 'pop from an empty set'");
    CHECK_ERROR(call(s, "remove", &nine, 1), "KeyError: 9");
    set_add(I, s, s == NULL ? NULL : nine);
    CHECK(!set_add(I, s, l), "list is unhashable");
    msg = take_error();
    CHECK(strcmp(msg, "TypeError: 'unhashable type: 'list''") == 0, "%s", msg);
    free(msg);
    DECREF(I, s);

    /* range */
    Obj *args3[3] = {one, two, SMALL_INT(I, 0)};
    CHECK_ERROR(I->t_range->new_(I, I->t_range, args3, 3, NULL), "ValueError: 'range() arg 3 must not be zero'");
    Obj *r = range_new_i64(I, 0, 5, 1);
    CHECK_REPR(r, "range(0, 5)");
    CHECK(I->t_range->len(I, r) == 5, "len(range(5))");
    CHECK(I->t_range->sq_contains(I, r, two) == 1 && I->t_range->sq_contains(I, r, nine) == 0, "in range");
    CHECK_ERROR(I->t_range->sq_item(I, r, 9), "IndexError: 'range object index out of range'");
    CHECK_ERROR(call(r, "index", &nine, 1), "ValueError: '9 is not in range'");
    Obj *rl = seq_list(I, r);
    CHECK_REPR(rl, "[0, 1, 2, 3, 4]");
    CHECK(((ListObj *)rl)->allocated == 6, "list(range(5)) allocates 6");
    Obj *rv = call(r, "__reversed__", NULL, 0), *rvl = seq_list(I, rv);
    CHECK_REPR(rvl, "[4, 3, 2, 1, 0]");
    DECREF(I, rv), DECREF(I, rvl), DECREF(I, rl), DECREF(I, r);
    Obj *neg = range_new_i64(I, 10, -3, -4), *negl = seq_list(I, neg);
    CHECK_REPR(negl, "[10, 6, 2, -2]");
    DECREF(I, neg), DECREF(I, negl);

    /* iterators */
    Obj *zl = list_of(v, 3), *zs = list_of(v, 2), *zargs[3] = {zl, zs, I->true_};
    Obj *kwn = tuple_pack(I, 1, I->ids.strict);
    Obj *z = I->t_zip->new_(I, I->t_zip, zargs, 2, kwn);
    Obj *zlst = seq_list(I, z);
    CHECK(zlst == NULL, "strict zip must fail");
    msg = take_error();
    CHECK(strcmp(msg, "ValueError: 'zip() argument 2 is shorter than argument 1'") == 0, "%s", msg);
    free(msg);
    DECREF(I, z), DECREF(I, kwn), DECREF(I, zl), DECREF(I, zs);
    Obj *en = I->t_enumerate->new_(I, I->t_enumerate, (Obj *[]){t, nine}, 2, NULL), *enl = seq_list(I, en);
    CHECK_REPR(enl, "[(9, 1), (10, 2), (11, 3)]");
    DECREF(I, en), DECREF(I, enl);
    Obj *rev = reversed_new(I, t), *revl = seq_list(I, rev);
    CHECK_REPR(revl, "[3, 2, 1]");
    DECREF(I, rev), DECREF(I, revl);
    CHECK_ERROR(reversed_new(I, nine), "TypeError: ''int' object is not reversible'");
    Obj *fl = list_of((int64_t[]){0, 1, 0, 2}, 4);
    Obj *flt = I->t_filter->new_(I, I->t_filter, (Obj *[]){I->none, fl}, 2, NULL), *fll = seq_list(I, flt);
    CHECK_REPR(fll, "[1, 2]");
    DECREF(I, flt), DECREF(I, fll), DECREF(I, fl);

    DECREF(I, one), DECREF(I, two), DECREF(I, nine);
    list_tmpl.clear(I, l); /* break the cycle */
    DECREF(I, e), DECREF(I, t1), DECREF(I, t), DECREF(I, l);
}

int main(void) {
    setup();
    long base = stub_live_objects;
    test_set_order();
    test_set_ops();
    test_hashes();
    test_list_growth();
    test_dict_script();
    test_sort();
    test_slices();
    test_reprs_and_errors();
    CHECK(!I->exc, "an error is left set");
    /* freelists may keep objects: drop them before counting */
    cont_fini(I);
    cont_init(I);
    CHECK(stub_live_objects <= base + 1, "leaked %ld objects", stub_live_objects - base);
    printf("cont: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
