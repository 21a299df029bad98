/* repl.c: the interactive loop, as CPython's PyRun_InteractiveLoop behaves when its input is a
 * terminal or a pipe: prompts on stderr, one statement at a time (more lines while it is
 * incomplete; a compound statement ends at an empty line), values echoed, tracebacks that keep
 * the session, stdout flushed after each statement, a newline on stderr at EOF. */
#define _POSIX_C_SOURCE 200809L /* getline */
#include "front/repl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/cli.h"
#include "model/profile.h"
#include "objects/module.h"
#include "syntax/parse.h"
#include "vm/errors.h"
#include "vm/run.h"
#include "vm/textio.h"

int repl_read_plain(void *ctx, const char *prompt, char **line) {
    volatile sig_atomic_t *interrupt = ctx;
    fputs(prompt, stderr);
    fflush(stderr);
    char *buf = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&buf, &cap, stdin);
    if (n < 0) {
        free(buf);
        if (errno == EINTR || (interrupt && *interrupt)) {
            clearerr(stdin);
            return LINE_INTERRUPTED;
        }
        return LINE_EOF;
    }
    if (n > 0 && buf[n - 1] == '\n') buf[--n] = '\0';
    *line = buf;
    return LINE_OK;
}

/* A growing buffer for the lines of one statement. */
typedef struct Pending {
    char *text;
    size_t len, cap;
} Pending;

static bool pending_add(Pending *p, const char *line) {
    size_t n = strlen(line);
    if (p->len + n + 2 > p->cap) {
        size_t cap = (p->len + n + 2) * 2;
        char *t = realloc(p->text, cap);
        if (!t) return false;
        p->text = t;
        p->cap = cap;
    }
    memcpy(p->text + p->len, line, n);
    p->len += n;
    p->text[p->len++] = '\n';
    p->text[p->len] = '\0';
    return true;
}

/* A first line with nothing but blanks or a comment just gets a new prompt. */
static bool is_blank_or_comment(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == '\0' || *s == '#';
}

/* ---------------------------------------------------------------- colon commands */

/* Lines starting with ':' are slotscope's own commands (:mem and friends arrive with the
 * memory views); this is where they are dispatched. */
static void colon_command(Interp *I, const char *line) {
    (void)I;
    const char *cmd = line + 1;
    size_t n = strcspn(cmd, " \t");
    if (n == 4 && strncmp(cmd, "help", 4) == 0) {
        fputs(":help    this list\n"
              "Python statements are run as in python3's interactive mode; exit() or Ctrl-D "
              "leaves.\n",
              stdout);
        fflush(stdout);
        return;
    }
    fprintf(stderr, ":%.*s: unknown command (try :help)\n", (int)n, cmd);
}

/* ---------------------------------------------------------------- running one statement */

typedef enum { STMT_DONE, STMT_MORE, STMT_EXIT } StmtOutcome;

/* Run the statement in p; *status gets the exit status on STMT_EXIT. at_eof: the input ended,
 * so incomplete input is completed (a compound statement) or reported as an error. */
static StmtOutcome run_statement(Interp *I, Pending *p, bool at_eof, int *status) {
    Obj *globals = MODULE_DICT(I->main_module);
    bool incomplete = false;
    Obj *r = run_source(I, p->text, p->len, "<stdin>", PARSE_SINGLE, globals, &incomplete);
    if (!r && incomplete && at_eof) {
        /* end of input closes an open block as an empty line would; what is still open is
         * reported as the file-mode parser sees it ("'(' was never closed") */
        if (pending_add(p, ""))
            r = run_source(I, p->text, p->len, "<stdin>", PARSE_SINGLE, globals, &incomplete);
        if (!r && incomplete)
            r = run_source(I, p->text, p->len, "<stdin>", PARSE_FILE, globals, NULL);
    } else if (!r && incomplete) {
        return STMT_MORE;
    }
    StmtOutcome out = STMT_DONE;
    if (r) {
        DECREF(I, r);
    } else if (err_occurred(I)) {
        RunResult rr = cli_report_exception(I, err_fetch(I), false);
        if (rr.exit_now) {
            *status = rr.status;
            out = STMT_EXIT;
        }
    }
    textio_flush_std(I);
    return out;
}

static void print_banner(Interp *I) {
    /* 2.7's platform string is linux2 */
    fprintf(stderr,
            "Python %s on %s\nType \"help\", \"copyright\", \"credits\" or \"license\" "
            "for more information.\n",
            I->prof->sys_version, I->prof->major == 2 ? "linux2" : "linux");
}

int repl_run(Interp *I, const ReplOptions *o) {
    LineReader plain = {repl_read_plain, NULL, (void *)o->interrupt};
    const LineReader *rd = o->reader ? o->reader : &plain;
    if (o->banner) print_banner(I);
    Pending p = {NULL, 0, 0};
    int status = 0;
    for (;;) {
        char *line = NULL;
        int got = rd->read(rd->ctx, p.len ? "... " : ">>> ", &line);
        if (got == LINE_INTERRUPTED) {
            if (o->interrupt) *o->interrupt = 0;
            fputs("\nKeyboardInterrupt\n", stderr);
            p.len = 0;
            continue;
        }
        if (got == LINE_EOF) {
            fputs("\n", stderr);
            if (p.len == 0) break;
            StmtOutcome out = run_statement(I, &p, true, &status);
            p.len = 0;
            if (out == STMT_EXIT) break;
            continue;
        }
        if (p.len == 0 && is_blank_or_comment(line)) {
            free(line);
            continue;
        }
        if (rd->remember) rd->remember(rd->ctx, line);
        if (p.len == 0 && line[0] == ':') {
            colon_command(I, line);
            free(line);
            continue;
        }
        bool ok = pending_add(&p, line);
        free(line);
        if (!ok) {
            fputs("slotscope: out of memory\n", stderr);
            status = 1;
            break;
        }
        StmtOutcome out = run_statement(I, &p, false, &status);
        if (out == STMT_MORE) continue;
        p.len = 0;
        if (out == STMT_EXIT) break;
    }
    free(p.text);
    return status;
}
