/* probe.c: a developer tool (not a test): parses a file as one CPython version would and prints the
 * SyntaxError's attributes in the format of tests/unit/syntax/errors/NAME.err (plus the text), to
 * compare with the real interpreters while writing expectations.
 *
 * Usage: syntax_probe VERSION FILE [file|exec|single|eval]
 *   VERSION  38, 39, 310 ... 313
 *   file     parse as a script read from a file (PARSE_FLAG_FILE); exec (default) as compile() */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/parse.h"

/* Python's repr() of a str: single quotes unless the text has ' and no ". */
static void print_text(const char *t) {
    if (!t) {
        fputs("None", stdout);
        return;
    }
    char q = strchr(t, '\'') && !strchr(t, '"') ? '"' : '\'';
    putchar(q);
    for (; *t; t++) {
        if (*t == '\n') fputs("\\n", stdout);
        else if (*t == '\r') fputs("\\r", stdout);
        else if (*t == '\t') fputs("\\t", stdout);
        else if (*t == '\\') fputs("\\\\", stdout);
        else if (*t == q) printf("\\%c", q);
        else if ((unsigned char)*t < 0x20 || *t == 0x7f) printf("\\x%02x", (unsigned char)*t);
        else if (!strncmp(t, "\xc2\xa0", 2)) fputs("\\xa0", stdout), t++;
        else if (!strncmp(t, "\xe2\x80\x8b", 3)) fputs("\\u200b", stdout), t += 2;
        else putchar(*t);
    }
    putchar(q);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s VERSION FILE [file|exec|single|eval]\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) return 2;
    static char buf[1 << 20];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    const char *how = argc > 3 ? argv[3] : "exec";
    int mode = !strcmp(how, "single") ? PARSE_SINGLE : !strcmp(how, "eval") ? PARSE_EVAL : PARSE_FILE;
#ifdef PARSE_FLAG_FILE
    if (!strcmp(how, "file")) mode |= PARSE_FLAG_FILE;
#endif
    Arena a;
    arena_init(&a);
    ParseError err;
    Module *m = parse_source(&a, buf, len, argv[2], mode, atoi(argv[1]), &err);
    if (m) {
        puts("OK");
    } else if (err.status == PARSE_INCOMPLETE) {
        puts("INCOMPLETE");
    } else {
        printf("%s|%s|", err.type_name, err.msg);
        if (err.lineno) printf("%d|%d|", err.lineno, err.offset);
        else printf("None|None|");
        if (err.end_lineno || err.end_offset) printf("%d|%d|", err.end_lineno, err.end_offset);
        else printf("None|None|");
        print_text(err.text);
        putchar('\n');
    }
    arena_free(&a);
    return 0;
}
