/* cli.h: the command line (python3's, plus --python X.Y) and running a program from a file,
 * -c or standard input, with CPython's exit statuses and uncaught-exception reports. */
#ifndef SLOTSCOPE_CLI_H
#define SLOTSCOPE_CLI_H

#include <stdbool.h>

#include "vm/interp.h"

typedef struct CliOptions {
    const char *version; /* --python X.Y, or NULL for the default */
    bool inspect;        /* -i: interactive mode after the program */
    bool quiet;          /* -q: no banner */
    const char *command; /* -c CODE, or NULL */
    const char *file;    /* the script, "-" for standard input, or NULL */
    int argc;            /* sys.argv */
    char **argv;
} CliOptions;

/* Parse argv. Returns -1 to go on, or an exit status after printing help, the version or a
 * usage error (status 2, "usage: slotscope ..." on stderr). */
int cli_parse(int argc, char **argv, CliOptions *out);

/* What running a piece of the program came to. */
typedef struct RunResult {
    int status;       /* the process exit status so far */
    bool exit_now;    /* SystemExit: leave, even in -i mode */
    bool interrupted; /* an uncaught KeyboardInterrupt (3.8+ ends by SIGINT) */
} RunResult;

/* Run the program the options name (file, -c, or stdin when it is not a terminal) in
 * __main__. Nothing to run (REPL only) gives status 0. */
RunResult cli_run_program(Interp *I, const CliOptions *o, bool stdin_is_tty);

/* Report an uncaught exception (stolen) as CPython's PyErr_Print does at top level:
 * SystemExit's code and message, a traceback otherwise (stdout flushed first). inspect:
 * -i mode, where SystemExit from the program is shown as a traceback and not obeyed. */
RunResult cli_report_exception(Interp *I, Obj *exc, bool inspect);

/* Should the REPL run after the program? */
bool cli_wants_repl(const CliOptions *o, bool stdin_is_tty);

#endif
