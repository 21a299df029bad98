/* cli.c: python3's command line for slotscope, running the program in __main__, and the
 * top-level handling of uncaught exceptions (CPython's pymain_run_python and PyErr_Print). */
#define _POSIX_C_SOURCE 200809L /* getcwd */
#include "front/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "syntax/parse.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/run.h"
#include "vm/textio.h"

#define USAGE "usage: slotscope [--python X.Y] [-i] [-q] [-c cmd | file | -] [arg] ..."

static void usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "slotscope: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s\nTry 'slotscope --help' for more information.\n", USAGE);
}

static void print_help(void) {
    printf("%s\n\n"
           "Runs Python programs as CPython X.Y would, showing what happens in memory.\n\n"
           "Options:\n"
           "  --python X.Y  imitate CPython X.Y (%s; default 3.12)\n"
           "  -c cmd        run the program passed as a string\n"
           "  -i            inspect interactively after running the program\n"
           "  -q            don't print the version banner in interactive mode\n"
           "  -h, --help    print this help and exit\n"
           "  --version     print slotscope's version and exit\n\n"
           "Arguments:\n"
           "  file          the program to run (- or nothing: read it from standard input;\n"
           "                interactive mode when standard input is a terminal)\n"
           "  arg ...       passed on in sys.argv[1:]\n",
           USAGE, profile_list());
}

static int print_version(const char *version) {
    const Profile *p = version ? profile_find(version) : profile_default();
    if (!p) p = profile_default();
    printf("slotscope 0.1 (imitating CPython %d.%d.%d)\n", p->major, p->minor, p->micro);
    return 0;
}

static bool check_version(const char *v) {
    if (profile_find(v)) return true;
    fprintf(stderr, "slotscope: unknown Python version '%s' (choose from %s)\n%s\n", v,
            profile_list(), USAGE);
    return false;
}

/* Single-letter flags CPython accepts that change nothing here. */
static bool ignored_flag(char c) {
    return c && strchr("uBEsSOIdv", c) != NULL;
}

/* One "-xyz" cluster of single-letter options; *i may advance past an argument of -c. */
static int parse_short(int argc, char **argv, int *i, CliOptions *o, bool *version, bool *help) {
    const char *a = argv[*i];
    for (int k = 1; a[k]; k++) {
        char c = a[k];
        if (c == 'i')
            o->inspect = true;
        else if (c == 'q')
            o->quiet = true;
        else if (c == 'h' || c == '?')
            *help = true;
        else if (c == 'V')
            *version = true;
        else if (ignored_flag(c))
            continue;
        else if (c == 'c') {
            if (a[k + 1])
                o->command = a + k + 1;
            else if (*i + 1 < argc)
                o->command = argv[++*i];
            else {
                usage_error("option -c needs an argument", "");
                return 2;
            }
            return -1;
        } else {
            char opt[3] = {'-', c, 0};
            usage_error("unknown option %s", opt);
            return 2;
        }
    }
    return -1;
}

/* --python X.Y or --python=X.Y */
static int parse_python(int argc, char **argv, int *i, CliOptions *o) {
    const char *a = argv[*i];
    if (strncmp(a, "--python=", 9) == 0)
        o->version = a + 9;
    else if (*i + 1 < argc)
        o->version = argv[++*i];
    else {
        usage_error("option --python needs an argument (X.Y, one of %s)", profile_list());
        return 2;
    }
    return check_version(o->version) ? -1 : 2;
}

int cli_parse(int argc, char **argv, CliOptions *o) {
    memset(o, 0, sizeof *o);
    bool version = false, help = false;
    int i = 1;
    for (; i < argc && !o->command; i++) {
        const char *a = argv[i];
        int r = -1;
        if (strcmp(a, "--python") == 0 || strncmp(a, "--python=", 9) == 0)
            r = parse_python(argc, argv, &i, o);
        else if (strcmp(a, "--version") == 0)
            version = true;
        else if (strcmp(a, "--help") == 0)
            help = true;
        else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (a[0] == '-' && a[1] == '-') {
            usage_error("unknown option %s", a);
            r = 2;
        } else if (a[0] == '-' && a[1])
            r = parse_short(argc, argv, &i, o, &version, &help);
        else
            break; /* the script (or "-"): the rest is its argv */
        if (r >= 0) return r;
    }
    if (help) {
        print_help();
        return 0;
    }
    if (version) return print_version(o->version);
    if (o->command) {
        /* sys.argv[0] is '-c', then whatever follows the command */
        o->argc = argc - i + 1;
        o->argv = argv + i - 1;
        o->argv[0] = (char *)"-c";
    } else if (i < argc) {
        o->file = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
    }
    return -1;
}

bool cli_wants_repl(const CliOptions *o, bool stdin_is_tty) {
    if (o->inspect) return true;
    return !o->command && !o->file && stdin_is_tty;
}

/* ---------------------------------------------------------------- running */

/* SystemExit's status: None 0, an int itself, anything else printed to stderr and 1. */
static int system_exit_status(Interp *I, Obj *exc) {
    Obj *code = exc_systemexit_code(exc);
    if (!code || code == I->none) return 0;
    if (INT_CHECK(code)) {
        int64_t v;
        return int_fits_i64(code, &v) ? (int)v : -1;
    }
    Obj *err = textio_sys_stream(I, "stderr");
    err_clear(I);
    Obj *s = obj_str(I, code);
    bool ok = s && err && err != I->none && textio_write_obj(I, err, s) &&
              textio_write_cstr(I, err, "\n");
    if (!ok) {
        err_clear(I);
        const char *u = s ? str_utf8(I, s, NULL) : NULL;
        fprintf(stderr, "%s\n", u ? u : "");
        err_clear(I);
    }
    XDECREF(I, s);
    textio_flush_std(I);
    return 1;
}

RunResult cli_report_exception(Interp *I, Obj *exc, bool inspect) {
    RunResult r = {1, false, false};
    textio_flush_std(I);
    if (exc_matches(I, exc, I->e_SystemExit) && !inspect) {
        r.status = system_exit_status(I, exc);
        r.exit_now = true;
    } else {
        vm_print_exception(I, exc, stderr);
        fflush(stderr);
        /* 3.8+ ends by SIGINT after an uncaught KeyboardInterrupt (bpo-1054041) */
        if (exc_matches(I, exc, I->e_KeyboardInterrupt) && I->prof->sigint_exit_38) {
            r.interrupted = true;
            r.status = 130;
        }
    }
    DECREF(I, exc);
    err_clear(I);
    return r;
}

/* mode: PARSE_FILE for -c; PARSE_FILE | PARSE_FLAG_FILE for a script or a program on stdin,
 * which CPython reads with its file tokenizer (its own Non-UTF-8 and end-of-input errors). */
static RunResult run_text(Interp *I, const char *src, size_t len, const char *filename, int mode,
                          bool inspect) {
    RunResult ok = {0, false, false};
    Obj *r = run_source(I, src, len, filename, mode, MODULE_DICT(I->main_module), NULL);
    if (r) {
        DECREF(I, r);
        return ok;
    }
    Obj *exc = err_fetch(I);
    if (!exc) return ok;
    return cli_report_exception(I, exc, inspect);
}

/* Read a whole stream; NULL on a read error (errno set). */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) free(buf);
            buf = nb;
        }
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The path tracebacks and __file__ show: absolute from 3.9 (bpo-20443), as given before. */
static char *script_path(Interp *I, const char *file) {
    if (file[0] == '/' || !I->prof->script_path_absolute) return strdup(file);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return strdup(file);
    const char *f = strncmp(file, "./", 2) == 0 ? file + 2 : file;
    size_t n = strlen(cwd) + strlen(f) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", cwd, f);
    return p;
}

static bool set_main_file(Interp *I, const char *path) {
    Obj *d = MODULE_DICT(I->main_module);
    Obj *s = str_from_cstr(I, path);
    bool ok = s && import_set_loader(I, I->main_module, true) &&
              dict_set(I, d, I->ids.__file__, s) && dict_set(I, d, I->ids.__cached__, I->none);
    XDECREF(I, s);
    if (!ok) err_clear(I);
    return ok;
}

static RunResult run_file(Interp *I, const CliOptions *o) {
    RunResult r = {2, true, false};
    char *path = script_path(I, o->file);
    if (!path) return r;
    FILE *f = fopen(o->file, "rb");
    size_t len = 0;
    char *src = f ? read_all(f, &len) : NULL;
    if (!src) {
        int e = errno;
        fprintf(stderr, "slotscope: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        if (f) fclose(f);
        free(path);
        return r;
    }
    fclose(f);
    set_main_file(I, path);
    r = run_text(I, src, len, path, PARSE_FILE | PARSE_FLAG_FILE, o->inspect);
    /* CPython flushes after running a file (flush_io), before -i's first prompt */
    textio_flush_std(I);
    free(src);
    free(path);
    return r;
}

RunResult cli_run_program(Interp *I, const CliOptions *o, bool stdin_is_tty) {
    RunResult none = {0, false, false};
    if (o->command) return run_text(I, o->command, strlen(o->command), "<string>", PARSE_FILE, o->inspect);
    bool from_stdin = o->file ? strcmp(o->file, "-") == 0 : !stdin_is_tty && !o->inspect;
    if (from_stdin) {
        size_t len = 0;
        char *src = read_all(stdin, &len);
        if (!src) {
            fprintf(stderr, "slotscope: can't read standard input: %s\n", strerror(errno));
            RunResult bad = {2, true, false};
            return bad;
        }
        RunResult r = run_text(I, src, len, "<stdin>", PARSE_FILE | PARSE_FLAG_FILE, o->inspect);
        free(src);
        return r;
    }
    if (o->file) return run_file(I, o);
    return none;
}
