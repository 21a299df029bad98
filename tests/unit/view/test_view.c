/* test_view.c: the views for representative classes under 3.8, 3.11, 3.12 and 3.13, built from
 * hand-made model inputs: every byte map adds up to the model's sys.getsizeof and to CPython's
 * own figure (measured with the pyenv builds FACTS.md names); every rendering stays within its
 * width, ASCII mode is pure ASCII, colour only when asked; SVG is well-formed; and the outputs
 * match the golden files (argv[1]; `--regen` as argv[2] rewrites them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/dictmodel.h"
#include "view/render.h"
#include "xmlcheck.h"

int test_dictview_run(void);

static int failures;
static const char *golden_dir;
static bool regen;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                            \
            printf(__VA_ARGS__);                                                                   \
            printf("\n");                                                                          \
        }                                                                                          \
    } while (0)

static const char *const versions[] = {"3.8", "3.11", "3.12", "3.13"};
#define NV 4

static const char *const xy[] = {"x", "y"};
static const char *const xyz[] = {"x", "y", "z"};
static const char *const v12[] = {"int 1", "int 2"};
static const char *const v123[] = {"int 1", "str 'a'", NULL};

typedef struct Sample {
    const char *file, *type_name;
    ModelBuiltin builtin;
    ViewClassFacts classes[2];
    int nclasses;
    MSize nattrs;       /* attributes set through the instance dict */
    long getsizeof[NV]; /* CPython 3.8, 3.11, 3.12, 3.13 (sys.getsizeof of the instance) */
} Sample;

static const Sample samples[] = {
    {"plain", "Point", MB_OBJECT, {{"Point"}}, 1, 2, {48, 56, 48, 48}},
    {"slots", "SlotPoint", MB_OBJECT, {{"SlotPoint", xy, v12, 2, true}}, 1, 0, {48, 48, 48, 48}},
    {"slots_dict",
     "Hybrid",
     MB_OBJECT,
     {{"Hybrid", xy, v12, 2, true, true}},
     1,
     1,
     {56, 64, 64, 64}},
    {"child_of_unslotted",
     "Child",
     MB_OBJECT,
     {{"Child", xy, v12, 2, true}, {"Base"}},
     2,
     0,
     {64, 72, 64, 64}},
    {"dataclass_slots", "Vec", MB_OBJECT, {{"Vec", xyz, v123, 3, true}}, 1, 0, {56, 56, 56, 56}},
    {"str_subclass", "Name", MB_STR, {{"Name", NULL, NULL, 0, true}}, 1, 0, {102, 102, 86, 86}},
};
#define NS (int)(sizeof samples / sizeof samples[0])

/* ---- instance facts as the interpreter would fill them, by replaying the model */

static MSize dict_getsizeof(const Profile *p, const ModelDict *d) {
    ModelType dt;
    model_type_builtin(p, &dt, MB_DICT);
    return model_dict_sizeof(p, d, dt.basicsize) + model_gc_header(p, &dt);
}

static void instance_facts(const Profile *p, const Sample *s, const ModelType *t,
                           ViewObjectFacts *f, char *dict_text, size_t size) {
    view_object_facts_init(f, s->type_name, s->builtin, s->classes, s->nclasses);
    f->instance = true;
    if (s->builtin == MB_STR) {
        f->sizeof_body = model_str_sizeof(p, 5, 'o', 0, true);
        f->items_text = "'hello' and a NUL";
    }
    if (!t->has_dict) return;
    ModelSharedKeys *keys = model_class_keys_new(p);
    ModelDict d;
    MSize before = keys ? keys->nentries + keys->usable : 0;
    model_instance_created(p, keys, &d, t->inline_values);
    bool values_era = p->major == 3 && p->minor >= 11;
    if (!values_era && s->nattrs > 0) model_instance_dict(p, &keys, &d);
    for (MSize i = 0; i < s->nattrs; i++)
        model_instance_setattr(p, &keys, &d, (uintptr_t)(i + 1), true);
    if (d.materialized || (!values_era && s->nattrs > 0)) {
        f->dict_bytes = dict_getsizeof(p, &d);
        snprintf(dict_text, size, "dict, %lld keys, %lld bytes", (long long)d.used,
                 (long long)f->dict_bytes);
        f->dict_text = dict_text;
    } else if (values_era) {
        f->values_capacity = d.values_cap;
        f->values_used = d.used;
        f->values_bytes =
            view_values_array_bytes(p, t->inline_values ? before : d.values_cap, t->inline_values);
    }
    model_dict_release(&d);
    model_keys_decref(keys);
}

/* ---- output checks */

/* ANSI colour sequences take no columns */
static void strip_ansi(char *s) {
    char *out = s;
    while (*s) {
        if (*s == '\033' && s[1] == '[') {
            s += 2;
            while (*s && *s != 'm') s++;
            if (*s) s++;
            continue;
        }
        *out++ = *s++;
    }
    *out = '\0';
}

static int max_line_width(const char *text, bool *ascii_only) {
    int best = 0;
    *ascii_only = true;
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        char line[2048];
        if (n >= sizeof line) n = sizeof line - 1;
        memcpy(line, text, n);
        line[n] = '\0';
        for (size_t i = 0; i < n; i++) *ascii_only = *ascii_only && (unsigned char)line[i] < 0x80;
        strip_ansi(line);
        int w = view_text_width(line);
        if (w > best) best = w;
        text += n + (nl ? 1 : 0);
    }
    return best;
}

static void check_width(const char *what, const char *text, const ViewOptions *opt) {
    bool ascii;
    int w = max_line_width(text, &ascii);
    CHECK(w <= opt->width, "%s: a line of %d columns at width %d", what, w, opt->width);
    if (getenv("VIEW_TEST_SHOW") && (w > opt->width || (opt->ascii && !ascii))) printf("%s", text);
    if (opt->ascii) CHECK(ascii, "%s: non-ASCII output in ASCII mode", what);
    CHECK(opt->color == (strchr(text, '\033') != NULL), "%s: colour %s", what,
          opt->color ? "missing" : "without being asked");
}

/* ---- goldens */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

static void first_difference(const char *name, const char *want, const char *got) {
    int line = 1;
    const char *w = want, *g = got;
    while (*w && *w == *g) {
        if (*w == '\n') line++;
        w++, g++;
    }
    printf("FAIL golden %s differs at line %d\n", name, line);
}

static void golden(const char *name, const char *got) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", golden_dir, name);
    if (regen) {
        FILE *f = fopen(path, "wb");
        CHECK(f && fputs(got, f) >= 0, "cannot write %s", path);
        if (f) fclose(f);
        return;
    }
    char *want = read_file(path);
    if (!want) {
        failures++;
        printf("FAIL golden %s missing\n", path);
        return;
    }
    if (strcmp(want, got) != 0) {
        failures++;
        first_difference(name, want, got);
    }
    free(want);
}

/* ---- renderings */

typedef void (*LayoutRenderer)(ViewOut *, const ViewLayout *, const ViewOptions *);

static void render_checked(ViewOut *all, const char *what, LayoutRenderer fn, const ViewLayout *l,
                           const ViewOptions *opt) {
    ViewOut o;
    view_out_buffer(&o);
    fn(&o, l, opt);
    CHECK(!o.failed, "%s: output failed", what);
    check_width(what, view_out_text(&o), opt);
    if (all) view_puts(all, view_out_text(&o));
    view_out_free(&o);
}

/* Every form at several widths, ASCII and colour, checked; the 80-column forms kept. */
static void render_forms(ViewOut *all, const ViewLayout *l, const char *what) {
    static const int widths[] = {40, 60, 80, 100, 132};
    ViewOptions opt;
    view_options_default(&opt);
    for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++) {
        for (int mode = 0; mode < 4; mode++) {
            opt.width = widths[i];
            opt.ascii = mode & 1;
            opt.color = mode == 2;
            opt.proportional = mode == 3;
            bool keep = widths[i] == 80 && mode != 2;
            render_checked(keep ? all : NULL, what, view_render_table, l, &opt);
            render_checked(keep && mode != 3 ? all : NULL, what, view_render_boxes, l, &opt);
        }
    }
}

static void check_svg(const char *what, const char *svg) {
    const char *err = xml_check(svg);
    CHECK(err == NULL, "%s: SVG not well-formed: %s", what, err ? err : "");
}

static void sample_version(const Sample *s, int v, ViewOut *text, ViewOut *svg) {
    const Profile *p = profile_find(versions[v]);
    ViewChain chain;
    CHECK(view_chain_build(p, s->builtin, s->classes, s->nclasses, &chain), "chain %s", s->file);
    ViewObjectFacts f;
    char dict_text[96];
    instance_facts(p, s, &chain.types[0], &f, dict_text, sizeof dict_text);
    ViewLayout l;
    CHECK(view_layout_build(p, &f, &chain.types[0], &l), "layout %s %s", s->file, p->name);
    MSize model = model_preheader(p, &chain.types[0]) +
                  (f.sizeof_body ? f.sizeof_body : model_object_sizeof(&chain.types[0], 0));
    CHECK(view_layout_counted(&l) == l.getsizeof, "%s %s: rows add up to %lld, getsizeof %lld",
          s->file, p->name, (long long)view_layout_counted(&l), (long long)l.getsizeof);
    CHECK(l.getsizeof == model, "%s %s: view %lld, model %lld", s->file, p->name,
          (long long)l.getsizeof, (long long)model);
    CHECK(l.getsizeof == s->getsizeof[v], "%s %s: %lld bytes, CPython %ld", s->file, p->name,
          (long long)l.getsizeof, s->getsizeof[v]);
    char what[96];
    snprintf(what, sizeof what, "%s %s", s->file, p->name);
    view_printf(text, "=== %s, CPython %s ===\n", s->type_name, p->name);
    render_forms(text, &l, what);
    ViewOptions opt;
    view_options_default(&opt);
    ViewOut o;
    view_out_buffer(&o);
    view_svg_layout(&o, &l, &opt);
    check_svg(what, view_out_text(&o));
    if (v == 2) view_puts(svg, view_out_text(&o)); /* the 3.12 diagram is kept */
    view_out_free(&o);
    view_layout_free(&l);
}

static void test_samples(void) {
    for (int i = 0; i < NS; i++) {
        ViewOut text, svg;
        view_out_buffer(&text);
        view_out_buffer(&svg);
        for (int v = 0; v < NV; v++) sample_version(&samples[i], v, &text, &svg);
        char name[96];
        snprintf(name, sizeof name, "%s.txt", samples[i].file);
        golden(name, view_out_text(&text));
        snprintf(name, sizeof name, "%s.svg", samples[i].file);
        golden(name, view_out_text(&svg));
        view_out_free(&text);
        view_out_free(&svg);
    }
}

/* ---- charts, versions, crossover, comparison */

static void chart(ViewOut *all, const char *ver, ViewDictKind kind, MSize max, bool keep_svg) {
    const Profile *p = profile_find(ver);
    ViewDictSeries s;
    CHECK(view_dict_series(p, kind, max, &s), "series %s", ver);
    ViewOptions opt;
    view_options_default(&opt);
    for (int w = 40; w <= 140; w += 20) {
        for (int mode = 0; mode < 3; mode++) {
            ViewOut o;
            view_out_buffer(&o);
            opt.width = w;
            opt.ascii = mode == 1;
            opt.color = mode == 2;
            view_render_chart(&o, &s, &opt);
            check_width("chart", view_out_text(&o), &opt);
            if (w == 80 && mode < 2) view_puts(all, view_out_text(&o));
            view_out_free(&o);
        }
    }
    ViewOut o;
    view_out_buffer(&o);
    opt.ascii = opt.color = false;
    view_svg_chart(&o, &s, &opt);
    check_svg("chart svg", view_out_text(&o));
    if (keep_svg) golden("chart.svg", view_out_text(&o));
    view_out_free(&o);
    view_dict_series_free(&s);
}

static void test_charts(void) {
    ViewOut all;
    view_out_buffer(&all);
    chart(&all, "3.12", VD_STR_KEYS, 24, true);
    chart(&all, "3.11", VD_GENERAL_KEYS, 12, false);
    chart(&all, "3.8", VD_INSTANCE, 24, false);
    chart(&all, "3.13", VD_INSTANCE, 32, false);
    chart(&all, "2.7", VD_GENERAL_KEYS, 200, false);
    golden("charts.txt", view_out_text(&all));
    view_out_free(&all);
}

typedef void (*Paint)(ViewOut *, const void *, const ViewOptions *);

static void at_widths(ViewOut *all, const char *what, Paint fn, const void *arg) {
    ViewOptions opt;
    view_options_default(&opt);
    for (int w = 40; w <= 140; w += 20) {
        for (int mode = 0; mode < 3; mode++) {
            ViewOut o;
            view_out_buffer(&o);
            opt.width = w;
            opt.ascii = mode == 1;
            opt.color = mode == 2;
            fn(&o, arg, &opt);
            check_width(what, view_out_text(&o), &opt);
            if (w == 80 && mode == 0) view_puts(all, view_out_text(&o));
            view_out_free(&o);
        }
    }
}

static void paint_versions(ViewOut *o, const void *v, const ViewOptions *opt) {
    view_render_versions(o, v, opt);
}

typedef struct Cross {
    ViewCrossover c[9];
    int n;
} Cross;
static void paint_cross(ViewOut *o, const void *c, const ViewOptions *opt) {
    view_render_crossover(o, ((const Cross *)c)->c, ((const Cross *)c)->n, opt);
}

typedef struct Cols {
    ViewCompareColumn c[3];
    int n;
} Cols;
static void paint_compare(ViewOut *o, const void *c, const ViewOptions *opt) {
    view_render_compare(o, ((const Cols *)c)->c, ((const Cols *)c)->n, opt);
}

static void compare_columns(const char *ver, Cols *cols) {
    const Profile *p = profile_find(ver);
    cols->n = 3;
    for (int i = 0; i < 3; i++) {
        const Sample *s = &samples[i];
        ViewChain ch;
        view_chain_build(p, s->builtin, s->classes, s->nclasses, &ch);
        cols->c[i].name = s->type_name;
        cols->c[i].prof = p;
        CHECK(view_instance_cost(p, &ch.types[0], 2, 10000, &cols->c[i].cost), "cost");
    }
}

static void test_tables(void) {
    static const char *const all_versions[] = {"2.7",  "3.6",  "3.7",  "3.8", "3.9",
                                               "3.10", "3.11", "3.12", "3.13"};
    ViewOut all;
    view_out_buffer(&all);
    for (int i = 0; i < 2; i++) {
        ViewObjectFacts f;
        view_object_facts_init(&f, samples[i].type_name, MB_OBJECT, samples[i].classes, 1);
        ViewVersions v;
        CHECK(view_versions(&f, 2, &v) && v.n == 9, "versions");
        at_widths(&all, "versions", paint_versions, &v);
    }
    for (MSize a = 0; a < 2; a++) {
        Cross c = {.n = 9};
        for (int i = 0; i < 9; i++) view_crossover(profile_find(all_versions[i]), a, &c.c[i]);
        at_widths(&all, "crossover", paint_cross, &c);
    }
    static const char *const cmp[] = {"3.8", "3.12", "3.13"};
    for (int i = 0; i < 3; i++) {
        Cols cols;
        compare_columns(cmp[i], &cols);
        at_widths(&all, "compare", paint_compare, &cols);
    }
    golden("tables.txt", view_out_text(&all));
    view_out_free(&all);
}

/* A wider terminal gives the table more room for what the fields hold. */
static void test_wider(void) {
    const Sample *s = &samples[3];
    const Profile *p = profile_find("3.12");
    ViewObjectFacts f;
    view_object_facts_init(&f, s->type_name, s->builtin, s->classes, s->nclasses);
    f.instance = true;
    f.dict_text = "dict, 7 keys, a long description of what this dict holds, 360 bytes";
    ViewLayout l;
    view_layout_build(p, &f, NULL, &l);
    ViewOptions opt;
    view_options_default(&opt);
    ViewOut narrow, wide;
    view_out_buffer(&narrow);
    view_out_buffer(&wide);
    view_render_table(&narrow, &l, &opt);
    opt.width = 132;
    view_render_table(&wide, &l, &opt);
    bool a;
    CHECK(max_line_width(view_out_text(&wide), &a) > max_line_width(view_out_text(&narrow), &a),
          "a 132-column table is no wider than an 80-column one");
    CHECK(strstr(view_out_text(&wide), "360 bytes") != NULL, "the long value is cut at 132");
    view_out_free(&narrow);
    view_out_free(&wide);
    view_layout_free(&l);
}

int main(int argc, char **argv) {
    golden_dir = argc > 1 ? argv[1] : "tests/unit/view/golden";
    regen = argc > 2 && strcmp(argv[2], "--regen") == 0;
    failures += test_dictview_run();
    test_samples();
    test_charts();
    test_tables();
    test_wider();
    printf("test_view: %d failures%s\n", failures, regen ? " (goldens rewritten)" : "");
    return failures != 0;
}
