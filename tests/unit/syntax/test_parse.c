/* test_parse.c: checks the front end against expectations recorded from CPython.
 *
 *   cases/NAME.py     parsed as a file; ast_dump() must equal cases/NAME.ast (CPython 3.12's
 *                     ast.dump(ast.parse(src))), and cases/NAME.attrs when present (the same with
 *                     include_attributes=True: positions).
 *   errors/NAME.py    must fail; errors/NAME.err holds one line per Python version:
 *                     "VERSION|Type|msg|lineno|offset|end_lineno|end_offset" (None for no end),
 *                     as compile(src, "f.py", "exec") raises it; "VERSIONf|..." for the source
 *                     run as a script file (PARSE_FLAG_FILE; recorded through sys.excepthook).
 *                     b_*.py are beginners' mistakes, checked against 3.8 ... 3.13.
 *   repl/cases.txt    lines "STATUS<TAB>input": STATUS is OK, ERROR or INCOMPLETE for PARSE_SINGLE;
 *                     the input uses \n, \t and \\ escapes.
 *
 * Usage: test_parse DIR [NAME-substring]
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/parse.h"

static int failures, checks;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorted names of DIR's files ending in `ext` (without the extension). */
static char **list_files(const char *dir, const char *ext, int *count) {
    DIR *d = opendir(dir);
    int n = 0, cap = 64;
    char **names = malloc(sizeof *names * (size_t)cap);
    struct dirent *e;
    size_t el = strlen(ext);
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= el || strcmp(e->d_name + l - el, ext) != 0) continue;
        if (n == cap) names = realloc(names, sizeof *names * (size_t)(cap *= 2));
        names[n] = malloc(l - el + 1);
        memcpy(names[n], e->d_name, l - el);
        names[n][l - el] = '\0';
        n++;
    }
    if (d) closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    *count = n;
    return names;
}

static void free_list(char **names, int n) {
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
}

static char *dump_to_string(const Module *m, int attrs) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ast_dump_ex(f, m, attrs);
    fclose(f);
    return buf;
}

static void trim(char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
}

static void check_dump(const char *dir, const char *name, const Module *m, const char *ext, int attrs) {
    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%s/cases/%s%s", dir, name, ext);
    char *want = read_file(path, &len);
    if (!want) return;
    checks++;
    char *got = dump_to_string(m, attrs);
    trim(want);
    trim(got);
    if (strcmp(want, got) != 0) {
        failures++;
        size_t i = 0;
        while (want[i] && want[i] == got[i]) i++;
        size_t from = i > 60 ? i - 60 : 0;
        printf("FAIL %s%s: dumps differ at byte %zu\n  want ...%.160s\n  got  ...%.160s\n", name, ext, i, want + from,
               got + from);
    }
    free(got);
    free(want);
}

static void run_cases(const char *dir, const char *filter) {
    char path[1024];
    snprintf(path, sizeof path, "%s/cases", dir);
    int n;
    char **names = list_files(path, ".py", &n);
    for (int i = 0; i < n; i++) {
        if (filter && !strstr(names[i], filter)) continue;
        size_t len;
        snprintf(path, sizeof path, "%s/cases/%s.py", dir, names[i]);
        char *src = read_file(path, &len);
        Arena a;
        arena_init(&a);
        ParseError err;
        Module *m = parse_source(&a, src, len, path, PARSE_FILE, 312, &err);
        if (!m) {
            checks++;
            failures++;
            printf("FAIL %s: %s: %s at %d:%d\n", names[i], err.type_name, err.msg, err.lineno, err.offset);
        } else {
            check_dump(dir, names[i], m, ".ast", 0);
            check_dump(dir, names[i], m, ".attrs", 1);
        }
        arena_free(&a);
        free(src);
    }
    free_list(names, n);
}

static void run_errors(const char *dir, const char *filter) {
    char path[1024];
    snprintf(path, sizeof path, "%s/errors", dir);
    int n;
    char **names = list_files(path, ".py", &n);
    for (int i = 0; i < n; i++) {
        if (filter && !strstr(names[i], filter)) continue;
        size_t len, elen;
        snprintf(path, sizeof path, "%s/errors/%s.py", dir, names[i]);
        char *src = read_file(path, &len);
        snprintf(path, sizeof path, "%s/errors/%s.err", dir, names[i]);
        char *exp = read_file(path, &elen);
        if (!exp) {
            printf("FAIL %s: no .err file\n", names[i]);
            failures++;
            free(src);
            continue;
        }
        for (char *line = strtok(exp, "\n"); line; line = strtok(NULL, "\n")) {
            int version = atoi(line);
            const char *want = strchr(line, '|');
            if (!version || !want) continue;
            bool from_file = want[-1] == 'f';
            want++;
            Arena a;
            arena_init(&a);
            ParseError err;
            Module *m = parse_source(&a, src, len, "f.py", PARSE_FILE | (from_file ? PARSE_FLAG_FILE : 0), version, &err);
            char got[600];
            if (m) {
                snprintf(got, sizeof got, "OK");
            } else {
                char end_line[16] = "None", end_off[16] = "None";
                if (err.end_lineno || err.end_offset) {
                    snprintf(end_line, sizeof end_line, "%d", err.end_lineno);
                    snprintf(end_off, sizeof end_off, "%d", err.end_offset);
                }
                if (err.lineno == 0) /* the exception carries its message only */
                    snprintf(got, sizeof got, "%s|%s|None|None|%s|%s", err.type_name, err.msg, end_line, end_off);
                else
                    snprintf(got, sizeof got, "%s|%s|%d|%d|%s|%s", err.type_name, err.msg, err.lineno, err.offset,
                             end_line, end_off);
            }
            checks++;
            if (strcmp(got, want) != 0) {
                failures++;
                printf("FAIL errors/%s (%d)\n  want %s\n  got  %s\n", names[i], version, want, got);
            }
            arena_free(&a);
        }
        free(exp);
        free(src);
    }
    free_list(names, n);
}

static void unescape(char *s) {
    char *o = s;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *o++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
        } else {
            *o++ = *s;
        }
    }
    *o = '\0';
}

static void run_repl(const char *dir) {
    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%s/repl/cases.txt", dir);
    char *text = read_file(path, &len);
    if (!text) return;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#') continue;
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        *tab = '\0';
        char *input = tab + 1;
        char shown[256];
        snprintf(shown, sizeof shown, "%s", input);
        unescape(input);
        int want = strcmp(line, "OK") == 0 ? PARSE_OK : strcmp(line, "INCOMPLETE") == 0 ? PARSE_INCOMPLETE : PARSE_ERROR;
        Arena a;
        arena_init(&a);
        ParseError err;
        parse_source(&a, input, strlen(input), "<stdin>", PARSE_SINGLE, 312, &err);
        checks++;
        if (err.status != want) {
            failures++;
            printf("FAIL repl %s: want %s, got status %d (%s: %s)\n", shown, line, err.status,
                   err.type_name ? err.type_name : "-", err.msg);
        }
        arena_free(&a);
    }
    free(text);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR [filter]\n", argv[0]);
        return 2;
    }
    const char *filter = argc > 2 ? argv[2] : NULL;
    run_cases(argv[1], filter);
    run_errors(argv[1], filter);
    if (!filter) run_repl(argv[1]);
    printf("%d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
