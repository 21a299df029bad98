/* test_dictview.c: the view's dict series, instance histories, crossover and per-instance
 * costs against FACTS.md (the shared oracle's measured CPython figures). */
#include <stdio.h>
#include <string.h>

#include "view/alloc.h"
#include "view/dictview.h"

int test_dictview_run(void);

static int failures;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                            \
            printf(__VA_ARGS__);                                                                   \
            printf("\n");                                                                          \
        }                                                                                          \
    } while (0)

static const char *const versions[] = {"2.7",  "3.6",  "3.7",  "3.8", "3.9",
                                       "3.10", "3.11", "3.12", "3.13"};
#define NV 9

/* FACTS.md "Dict breakpoints, str keys / int keys / Instance __dict__ breakpoints" */
static const char *const str_breaks[NV] = {
    "0:280 6:1048 22:3352 86:12568",
    "0:248 6:376 11:656 22:1192 43:2288 86:4712 171:9328",
    "0:248 6:376 11:656 22:1192 43:2288 86:4712 171:9328",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:184 6:272 11:464 22:832 43:1584 86:3328 171:6576",
    "0:64 1:184 6:272 11:464 22:832 43:1584 86:3328 171:6576",
    "0:64 1:184 6:272 11:464 22:832 43:1584 86:3328 171:6576"};
static const char *const int_breaks[NV] = {
    "0:280 6:1048 22:3352 86:12568",
    "0:248 6:376 11:656 22:1192 43:2288 86:4712 171:9328",
    "0:248 6:376 11:656 22:1192 43:2288 86:4712 171:9328",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:232 6:360 11:640 22:1176 43:2272 86:4696 171:9312",
    "0:64 1:224 6:352 11:632 22:1168 43:2264 86:4688 171:9304",
    "0:64 1:224 6:352 11:632 22:1168 43:2264 86:4688 171:9304",
    "0:64 1:224 6:352 11:632 22:1168 43:2264 86:4688 171:9304"};
static const char *const inst_breaks[NV] = {"0:280 6:1048 22:3352",
                                            "0:120 6:160 11:248 22:416",
                                            "0:120 6:160 11:248 22:416",
                                            "0:104 6:144 11:232 22:400",
                                            "0:104 6:144 11:232 22:400",
                                            "0:104 6:144 11:232 22:400",
                                            "0:296 30:1584",
                                            "0:296 30:1584",
                                            "0:296 30:1584"};

static void check_series(const Profile *p, ViewDictKind kind, MSize max, const char *want) {
    ViewDictSeries s;
    char buf[512];
    CHECK(view_dict_series(p, kind, max, &s), "series %s", p->name);
    view_dict_breaks_text(&s, buf, sizeof buf);
    CHECK(strcmp(buf, want) == 0, "%s kind %d: got %s, CPython %s", p->name, kind, buf, want);
    view_dict_series_free(&s);
}

/* FACTS.md crossover table: k, K, extra, K_real for the empty and 1-attribute instance */
static const long cross[NV][2][4] = {
    {{35, 37, -1, -1}, {35, 37, -1, -1}}, {{15, 17, 48, 2}, {15, 17, 128, 17}},
    {{15, 17, 48, 2}, {15, 17, 128, 17}}, {{13, 15, 16, 2}, {13, 15, 112, 15}},
    {{13, 15, 16, 2}, {13, 15, 112, 15}}, {{13, 15, 16, 2}, {13, 15, 112, 15}},
    {{37, 40, 40, 5}, {37, 40, 40, 6}},   {{37, 39, 32, 4}, {37, 39, 32, 5}},
    {{37, 39, 40, 5}, {37, 39, 40, 6}}};

static void check_crossover(const Profile *p, int v) {
    for (int a = 0; a < 2; a++) {
        ViewCrossover c;
        CHECK(view_crossover(p, a, &c), "crossover %s", p->name);
        const long *w = cross[v][a];
        CHECK(c.k == w[0] && c.K == w[1], "%s %d attrs: k %lld K %lld, CPython %ld %ld", p->name, a,
              (long long)c.k, (long long)c.K, w[0], w[1]);
        if (w[2] >= 0)
            CHECK(c.extra == w[2] && c.K_real == w[3],
                  "%s %d attrs: extra %lld K_real %lld, "
                  "CPython %ld %ld",
                  p->name, a, (long long)c.extra, (long long)c.K_real, w[2], w[3]);
    }
}

/* FACTS.md probes: __dict__ of the k-th instance of a 2-attribute class (3.11+: 296 down by 8
 * to 88), and 104/120/280 flat before. */
static void check_history(const Profile *p, int v) {
    ViewHistoryStep h[40];
    CHECK(view_instance_history(p, 2, 40, h), "history %s", p->name);
    static const long flat[6] = {280, 120, 120, 104, 104, 104};
    for (int k = 0; k < 40; k++) {
        long want = v < 6 ? flat[v] : k < 27 ? 296 - 8 * k : 88;
        CHECK(h[k].dict_bytes == want, "%s instance %d: %lld, CPython %ld", p->name, k + 1,
              (long long)h[k].dict_bytes, want);
    }
}

/* FACTS.md tracemalloc, 100,000 two-attribute instances: per-instance difference of the
 * no-slots and slots classes (their dicts/values; the ints and the list are the same). */
static void check_cost(const Profile *p, int v) {
    static const long diff[NV] = {-1, 120, 120, 104, 104, 104, 40, 32, 40};
    if (diff[v] < 0) return;
    ModelType base, plain, slots;
    model_type_builtin(p, &base, MB_OBJECT);
    ModelClassSpec sp = {&base, 0, false, true, true}, ss = {&base, 2, true, false, false};
    model_type_heap(p, &plain, &sp);
    model_type_heap(p, &slots, &ss);
    ViewInstanceCost a, b;
    CHECK(view_instance_cost(p, &plain, 2, 1000, &a) && view_instance_cost(p, &slots, 2, 1000, &b),
          "cost %s", p->name);
    CHECK(a.total - b.total == diff[v], "%s: no-slots minus slots %lld, CPython %ld", p->name,
          (long long)(a.total - b.total), diff[v]);
}

int test_dictview_run(void) {
    for (int v = 0; v < NV; v++) {
        const Profile *p = profile_find(versions[v]);
        check_series(p, VD_STR_KEYS, 200, str_breaks[v]);
        check_series(p, VD_GENERAL_KEYS, 200, int_breaks[v]);
        check_series(p, VD_INSTANCE, 40, inst_breaks[v]);
        check_crossover(p, v);
        check_history(p, v);
        check_cost(p, v);
    }
    printf("dict series, histories, crossover, costs: %d failures\n", failures);
    return failures;
}
