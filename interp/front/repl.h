/* repl.h: the interactive loop (>>> and ... prompts on stderr, echo of expression values,
 * tracebacks that keep the session going, colon commands). Lines come from a LineReader: a
 * terminal line editor supplied by main.c (libedit stays in front/main.c, the only file built
 * with it) or plain line reading from stdin. */
#ifndef SLOTSCOPE_REPL_H
#define SLOTSCOPE_REPL_H

#include <signal.h>
#include <stdbool.h>

#include "vm/interp.h"

enum { LINE_OK, LINE_EOF, LINE_INTERRUPTED };

typedef struct LineReader {
    /* One line with its prompt shown; *line is malloc'd, without its newline (LINE_OK). */
    int (*read)(void *ctx, const char *prompt, char **line);
    void (*remember)(void *ctx, const char *line); /* history; may be NULL */
    void *ctx;
} LineReader;

typedef struct ReplOptions {
    bool banner;                      /* print the "Python X.Y ..." banner first */
    const LineReader *reader;         /* NULL: plain lines from stdin, prompts on stderr */
    volatile sig_atomic_t *interrupt; /* set by the SIGINT handler */
} ReplOptions;

/* Run the loop until EOF, exit() or SystemExit; returns the exit status. */
int repl_run(Interp *I, const ReplOptions *o);

/* The plain reader: prompt to stderr, a line from stdin. */
int repl_read_plain(void *ctx, const char *prompt, char **line);

#endif
