/* main.c: the slotscope program: command line, the interpreter, the program, the REPL. The
 * only file built with libedit (HAVE_LIBEDIT), which it lends to the REPL as a LineReader. */
#define _POSIX_C_SOURCE 200809L /* sigaction, kill */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front/cli.h"
#include "front/repl.h"
#include "vm/interp.h"
#include "vm/modstate.h"

#ifdef HAVE_LIBEDIT
#include <editline/readline.h>
#endif

/* Set by SIGINT, read by the VM (InterpConfig.interrupt) and the REPL: the one piece of
 * static mutable state slotscope has, because a signal handler can reach nothing else. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

/* No SA_RESTART: a Ctrl-C at the prompt must interrupt the read. */
static void install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

#ifdef HAVE_LIBEDIT
typedef struct EditState {
    char history[4096];
} EditState;

static int edit_read(void *ctx, const char *prompt, char **line) {
    (void)ctx;
    interrupted = 0;
    char *l = readline(prompt);
    if (!l) {
        if (interrupted) {
            interrupted = 0;
            return LINE_INTERRUPTED;
        }
        return LINE_EOF;
    }
    if (interrupted) { /* Ctrl-C while editing: drop the line */
        free(l);
        interrupted = 0;
        return LINE_INTERRUPTED;
    }
    *line = l;
    return LINE_OK;
}

static void edit_remember(void *ctx, const char *line) {
    (void)ctx;
    if (line[0]) add_history(line);
}

/* History lives in ~/.slotscope_history; failing to read or write it is not an error. */
static void history_path(EditState *s) {
    const char *home = getenv("HOME");
    s->history[0] = '\0';
    if (home) snprintf(s->history, sizeof s->history, "%s/.slotscope_history", home);
}
#endif

static int run_repl(Interp *I, const CliOptions *o, bool tty) {
    ReplOptions ro = {
        .banner = !o->quiet && !o->command && !o->file, .reader = NULL, .interrupt = &interrupted};
#ifdef HAVE_LIBEDIT
    EditState es;
    LineReader editor = {edit_read, edit_remember, &es};
    if (tty && isatty(STDERR_FILENO)) {
        history_path(&es);
        if (es.history[0]) read_history(es.history);
        ro.reader = &editor;
        rl_outstream = stderr; /* prompts go to stderr, as python3's */
    }
    int status = repl_run(I, &ro);
    if (ro.reader && es.history[0]) write_history(es.history);
    return status;
#else
    (void)tty;
    return repl_run(I, &ro);
#endif
}

int main(int argc, char **argv) {
    CliOptions o;
    int rc = cli_parse(argc, argv, &o);
    if (rc >= 0) return rc;
    InterpConfig cfg = {
        .version = o.version, .argc = o.argc, .argv = o.argv, .interrupt = &interrupted};
    Interp *I = interp_new(&cfg);
    if (!I) return 1;
    bool tty = isatty(STDIN_FILENO);
    bool repl = cli_wants_repl(&o, tty);
    mods_set_interactive(I, repl && o.inspect);
    install_sigint();
    RunResult r = cli_run_program(I, &o, tty);
    int status = r.status;
    if (repl && !r.exit_now) status = run_repl(I, &o, tty);
    interp_free(I);
    fflush(stdout);
    if (r.interrupted && !repl) {
        /* as CPython 3.8+: die of the SIGINT so that the parent sees it */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status & 0xff;
}
