/* textio.h: sys.stdin/stdout/stderr (a small io.TextIOWrapper over C stdio; no file access
 * otherwise) and writing text to whatever sys.stdout/sys.stderr currently are. textio.c. */
#ifndef SLOTSCOPE_TEXTIO_H
#define SLOTSCOPE_TEXTIO_H

#include <stdio.h>

#include "vm/interp.h"

typedef struct TextIOObj {
    Obj ob;
    FILE *fp;
    const char *name;   /* "<stdout>" */
    const char *mode;   /* "r" or "w" */
    const char *errors; /* "strict" or "backslashreplace" */
    bool closed;
} TextIOObj;

Obj *textio_new(Interp *I, FILE *fp, const char *name, const char *mode, const char *errors);
/* Write a str to a text stream object: the fast path for a TextIOObj, else stream.write(s). */
bool textio_write_obj(Interp *I, Obj *stream, Obj *s);
bool textio_write_cstr(Interp *I, Obj *stream, const char *s);
bool textio_flush_obj(Interp *I, Obj *stream);
/* sys.stdout / sys.stderr / sys.stdin as they are now (borrowed; NULL with RuntimeError
 * "lost sys.stdout" when missing, as CPython). */
Obj *textio_sys_stream(Interp *I, const char *name);
/* Flush sys.stdout and sys.stderr, ignoring errors (before a traceback, at exit). */
void textio_flush_std(Interp *I);
/* One line from a stream (without losing the newline); '' at EOF. For input(). */
Obj *textio_readline_obj(Interp *I, Obj *stream);

#endif
