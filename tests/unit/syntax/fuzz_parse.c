/* fuzz_parse.c: the parser must never crash, leak or loop on any input. Mutates the test cases
 * at random (fixed seed, so failures reproduce) and feeds pathological inputs; run it under
 * ASan/UBSan. Usage: fuzz_parse DIR [ITERATIONS] [SEED] */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/parse.h"

typedef struct {
    char *data;
    size_t len;
} Buf;

static uint64_t rng_state;

static uint32_t rnd(void) {
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33);
}

static int bad;

static void parse_all_ways(const char *src, size_t len) {
    static const int versions[] = {38, 39, 310, 312};
    static const int modes[] = {PARSE_FILE, PARSE_SINGLE, PARSE_EVAL, PARSE_FILE | PARSE_FLAG_INCOMPLETE};
    for (int m = 0; m < 4; m++) {
        Arena a;
        arena_init(&a);
        ParseError err;
        Module *mod = parse_source(&a, src, len, "fuzz.py", modes[m], versions[rnd() % 4], &err);
        if (mod) {
            FILE *devnull = fopen("/dev/null", "w");
            ast_dump_ex(devnull, mod, 1);
            fclose(devnull);
        } else if (err.status == PARSE_OK || (err.status == PARSE_ERROR && (!err.type_name || !err.msg[0]))) {
            printf("BAD: failure without a message for input of %zu bytes\n", len);
            bad++;
        }
        arena_free(&a);
    }
}

static Buf load(const char *path) {
    Buf b = {0};
    FILE *f = fopen(path, "rb");
    if (!f) return b;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b.data = malloc((size_t)n + 1);
    b.len = fread(b.data, 1, (size_t)n, f);
    fclose(f);
    return b;
}

static const char *fragments[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", "\n", "    ", "\t", "\\\n", "'", "\"", "'''", "f'{", "}",
    "lambda", "def ", "class ", "if ", "else", "for ", " in ", "yield", "*", "**", "=", ":=", "@",
    "0x", "1e", "1_", "\xff", "\xe2\x82", "\xe2\x82\xac", "#", "\r\n", "f\"{x!r:>{w}}\"", "...", "->",
    "not", "is", "await", "async ", "\\", "b'", "rb'''", "\0",
};

static void mutate(Buf *src, Buf *out) {
    size_t cap = src->len * 2 + 256;
    out->data = malloc(cap);
    memcpy(out->data, src->data, src->len);
    out->len = src->len;
    int edits = 1 + (int)(rnd() % 4);
    for (int e = 0; e < edits; e++) {
        size_t pos = out->len ? rnd() % (out->len + 1) : 0;
        switch (rnd() % 4) {
        case 0: /* flip a byte */
            if (pos < out->len) out->data[pos] = (char)rnd();
            break;
        case 1: { /* delete a range */
            size_t n = rnd() % 16;
            if (pos + n > out->len) n = out->len - pos;
            memmove(out->data + pos, out->data + pos + n, out->len - pos - n);
            out->len -= n;
            break;
        }
        default: { /* insert a fragment */
            const char *f = fragments[rnd() % (sizeof fragments / sizeof fragments[0])];
            size_t n = strlen(f);
            if (f[0] == '\0') n = 1;
            if (out->len + n >= cap) break;
            memmove(out->data + pos + n, out->data + pos, out->len - pos);
            memcpy(out->data + pos, f, n);
            out->len += n;
            break;
        }
        }
    }
}

static void repeat_test(const char *prefix, const char *unit, int times, const char *suffix, int suffix_times) {
    size_t lp = strlen(prefix), lu = strlen(unit), ls = strlen(suffix);
    size_t len = lp + lu * (size_t)times + ls * (size_t)suffix_times;
    char *s = malloc(len + 1);
    char *p = s;
    memcpy(p, prefix, lp);
    p += lp;
    for (int i = 0; i < times; i++, p += lu) memcpy(p, unit, lu);
    for (int i = 0; i < suffix_times; i++, p += ls) memcpy(p, suffix, ls);
    *p = '\0';
    parse_all_ways(s, len);
    free(s);
}

static void pathological(void) {
    repeat_test("x = ", "(", 10000, ")", 10000);
    repeat_test("x = ", "[", 10000, "]", 10000);
    repeat_test("x = ", "-", 10000, "1", 1);
    repeat_test("x = ", "not ", 5000, "1", 1);
    repeat_test("x = 1", "+1", 100000, "\n", 1);
    repeat_test("x = 1", " if 1 else 1", 3000, "\n", 1);
    repeat_test("x = ", "lambda: ", 3000, "1", 1);
    repeat_test("x = ", "a.", 20000, "b\n", 1);
    repeat_test("x = f", "()", 20000, "\n", 1);
    repeat_test("", "if 1:\n", 1, "", 0);
    repeat_test("x = '", "a", 100000, "'\n", 1);
    repeat_test("x = f'", "{x}", 10000, "'\n", 1);
    repeat_test("x = f'{", "f\"{", 1, "1}\"}'\n", 1);
    repeat_test("", "\n", 10000, "x", 1);
    repeat_test("x = ", "1 < ", 10000, "1", 1);
    repeat_test("x = ", "a, ", 50000, "a", 1);
    repeat_test("", "@d\n", 5000, "def f(): pass\n", 1);
    /* 150 nested blocks, then more than CPython's 100 indentation levels. */
    for (int depth = 90; depth <= 110; depth += 20) {
        size_t cap = (size_t)depth * (size_t)depth + 64 * (size_t)depth;
        char *s = malloc(cap), *p = s;
        for (int i = 0; i < depth; i++) {
            for (int j = 0; j < i; j++) *p++ = ' ';
            p += sprintf(p, "if x:\n");
        }
        for (int j = 0; j < depth; j++) *p++ = ' ';
        p += sprintf(p, "pass\n");
        parse_all_ways(s, (size_t)(p - s));
        free(s);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    int iterations = argc > 2 ? atoi(argv[2]) : 2000;
    rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 12345;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/cases", argv[1]);
    Buf seeds[512];
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) && n < 512) {
        size_t l = strlen(e->d_name);
        if (l < 4 || strcmp(e->d_name + l - 3, ".py") != 0) continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        seeds[n] = load(path);
        if (seeds[n].data) n++;
    }
    if (d) closedir(d);
    pathological();
    for (int i = 0; i < iterations && n > 0; i++) {
        Buf m;
        mutate(&seeds[rnd() % (unsigned)n], &m);
        parse_all_ways(m.data, m.len);
        free(m.data);
    }
    for (int i = 0; i < n; i++) free(seeds[i].data);
    printf("fuzz: %d iterations over %d seeds, %d problems\n", iterations, n, bad);
    return bad ? 1 : 0;
}
