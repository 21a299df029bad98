/* textio.c: sys.stdin/stdout/stderr as small TextIOWrapper look-alikes over C stdio. C stdio's
 * buffering matches CPython's for these streams: stdout line-buffered on a terminal and
 * block-buffered otherwise, stderr written at once; the front end adds the flushes CPython
 * does (before a traceback, after each interactive statement, at exit). */
#define _POSIX_C_SOURCE 200809L /* getline, fileno, isatty */
#include "vm/textio.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/modstate.h"
#include "vm/pyver.h"

#define TIO(o) ((TextIOObj *)(o))

Obj *textio_new(Interp *I, FILE *fp, const char *name, const char *mode, const char *errors) {
    Obj *o = obj_alloc(I, I->t_textio, 0);
    if (!o) return NULL;
    TIO(o)->fp = fp;
    TIO(o)->name = name;
    TIO(o)->mode = mode;
    TIO(o)->errors = errors;
    return o;
}

static bool check_open(Interp *I, Obj *self) {
    if (!TIO(self)->closed) return true;
    err_string(I, I->e_ValueError, "I/O operation on closed file.");
    return false;
}

/* backslashreplace for what UTF-8 cannot carry (lone surrogates), as sys.stderr does. */
static void write_backslashreplace(FILE *fp, Obj *s) {
    for (Ssize i = 0; i < STR_LEN(s); i++) {
        uint32_t c = str_char_at(s, i);
        char buf[16];
        int n;
        if (c >= 0xd800 && c <= 0xdfff) {
            n = snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        } else if (c < 0x80) {
            buf[0] = (char)c, n = 1;
        } else if (c < 0x800) {
            buf[0] = (char)(0xc0 | (c >> 6)), buf[1] = (char)(0x80 | (c & 0x3f)), n = 2;
        } else if (c < 0x10000) {
            buf[0] = (char)(0xe0 | (c >> 12)), buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
            buf[2] = (char)(0x80 | (c & 0x3f)), n = 3;
        } else {
            buf[0] = (char)(0xf0 | (c >> 18)), buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
            buf[2] = (char)(0x80 | ((c >> 6) & 0x3f)), buf[3] = (char)(0x80 | (c & 0x3f)), n = 4;
        }
        fwrite(buf, 1, (size_t)n, fp);
    }
}

static bool raw_write(Interp *I, Obj *self, Obj *s) {
    if (!check_open(I, self)) return false;
    Ssize len;
    const char *u = str_utf8(I, s, &len);
    if (!u) {
        if (strcmp(TIO(self)->errors, "backslashreplace") != 0) return false;
        err_clear(I);
        write_backslashreplace(TIO(self)->fp, s);
        return true;
    }
    if (len > 0) fwrite(u, 1, (size_t)len, TIO(self)->fp);
    return true;
}

static Obj *tio_write(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    Obj *s = args[0];
    if (!STR_CHECK(s))
        return err_format(I, I->e_TypeError, "write() argument must be str, not %T", s);
    if (!raw_write(I, self, s)) return NULL;
    return int_from_i64(I, STR_LEN(s));
}

static Obj *tio_flush(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    if (!check_open(I, self)) return NULL;
    fflush(TIO(self)->fp);
    RET_NONE(I);
}

/* One line including its newline; "" at end of input. */
static Obj *read_line(Interp *I, Obj *self) {
    if (!check_open(I, self)) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, TIO(self)->fp);
    if (n < 0) {
        free(line);
        clearerr(TIO(self)->fp);
        return NEWREF(I->empty_str);
    }
    Obj *r = str_from_utf8(I, line, (Ssize)n);
    free(line);
    return r;
}

static Obj *tio_readline(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args;
    if (!args_no_kw(I, "readline", kw) || !args_count(I, "readline", nargs, 0, 1)) return NULL;
    return read_line(I, self);
}

static Obj *tio_read(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args;
    if (!args_no_kw(I, "read", kw) || !args_count(I, "read", nargs, 0, 1)) return NULL;
    if (!check_open(I, self)) return NULL;
    StrBuilder b;
    sb_init(&b);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, TIO(self)->fp)) > 0)
        if (!sb_add_utf8(I, &b, buf, n)) {
            sb_discard(&b);
            return NULL;
        }
    clearerr(TIO(self)->fp);
    return sb_finish(I, &b);
}

static Obj *tio_isatty(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    if (!check_open(I, self)) return NULL;
    return BOOL_OBJ(I, isatty(fileno(TIO(self)->fp)));
}

static Obj *tio_fileno(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return int_from_i64(I, fileno(TIO(self)->fp));
}

static Obj *tio_readable(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return BOOL_OBJ(I, TIO(self)->mode[0] == 'r');
}

static Obj *tio_writable(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return BOOL_OBJ(I, TIO(self)->mode[0] == 'w');
}

static Obj *tio_iternext(Interp *I, Obj *self) {
    Obj *line = read_line(I, self);
    if (line && STR_LEN(line) == 0) {
        DECREF(I, line);
        return NULL;
    }
    return line;
}

static Obj *tio_iter(Interp *I, Obj *self) {
    if (!check_open(I, self)) return NULL;
    return NEWREF(self);
}

/* 3.6 and 3.7 report the locale's codec name as the C library spells it (bpo-29240's UTF-8
 * mode normalised it in 3.8). */
static const char *encoding_name(Interp *I) {
    return pyver_ge(I, 3, 8) ? "utf-8" : "UTF-8";
}

static Obj *tio_repr(Interp *I, Obj *self) {
    return str_from_format(I, "<_io.TextIOWrapper name='%s' mode='%s' encoding='%s'>",
                           TIO(self)->name, TIO(self)->mode, encoding_name(I));
}

static Obj *get_cstr(Interp *I, Obj *self, void *closure) {
    const char *s = *(const char **)((char *)self + (size_t)closure);
    return str_from_cstr(I, s);
}

static Obj *get_encoding(Interp *I, Obj *self, void *closure) {
    (void)self, (void)closure;
    return str_from_cstr(I, encoding_name(I));
}

static Obj *get_closed(Interp *I, Obj *self, void *closure) {
    (void)closure;
    return BOOL_OBJ(I, TIO(self)->closed);
}

static void tio_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

static const MethodDef tio_methods[] = {
    {"write", tio_write, METH_O, NULL},
    {"flush", tio_flush, METH_NOARGS, NULL},
    {"readline", tio_readline, METH_FASTCALL, NULL},
    {"read", tio_read, METH_FASTCALL, NULL},
    {"isatty", tio_isatty, METH_NOARGS, NULL},
    {"fileno", tio_fileno, METH_NOARGS, NULL},
    {"readable", tio_readable, METH_NOARGS, NULL},
    {"writable", tio_writable, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef tio_getset[] = {
    {"name", get_cstr, NULL, NULL, (void *)offsetof(TextIOObj, name)},
    {"mode", get_cstr, NULL, NULL, (void *)offsetof(TextIOObj, mode)},
    {"errors", get_cstr, NULL, NULL, (void *)offsetof(TextIOObj, errors)},
    {"encoding", get_encoding, NULL, NULL, NULL},
    {"closed", get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj textio_tmpl = {
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextIOObj),
    .flags = 0,
    .dealloc = tio_dealloc,
    .repr = tio_repr,
    .iter = tio_iter,
    .iternext = tio_iternext,
    .methods = tio_methods,
    .getset = tio_getset,
};

/* ---------------------------------------------------------------- helpers */

bool textio_write_obj(Interp *I, Obj *stream, Obj *s) {
    if (TYPE(stream) == I->t_textio) return raw_write(I, stream, s);
    Obj *r = obj_call_method(I, stream, I->ids.write, &s, 1);
    if (!r) return false;
    DECREF(I, r);
    return true;
}

bool textio_write_cstr(Interp *I, Obj *stream, const char *s) {
    if (TYPE(stream) == I->t_textio) {
        if (!check_open(I, stream)) return false;
        fputs(s, TIO(stream)->fp);
        return true;
    }
    Obj *o = str_from_cstr(I, s);
    if (!o) return false;
    bool ok = textio_write_obj(I, stream, o);
    DECREF(I, o);
    return ok;
}

bool textio_flush_obj(Interp *I, Obj *stream) {
    if (TYPE(stream) == I->t_textio) {
        if (!TIO(stream)->closed) fflush(TIO(stream)->fp);
        return true;
    }
    Obj *r = obj_call_method(I, stream, I->ids.flush, NULL, 0);
    if (!r) return false;
    DECREF(I, r);
    return true;
}

Obj *textio_sys_stream(Interp *I, const char *name) {
    Obj *d = I->mods && I->mods->sys ? MODULE_DICT(I->mods->sys) : NULL;
    Obj *s = d ? dict_get_cstr(I, d, name) : NULL;
    if (!s && !err_occurred(I)) err_format(I, I->e_RuntimeError, "lost sys.%s", name);
    return s;
}

void textio_flush_std(Interp *I) {
    Obj *saved = err_fetch(I);
    static const char *const names[] = {"stderr", "stdout"};
    for (int i = 0; i < 2; i++) {
        Obj *s = textio_sys_stream(I, names[i]);
        if (s && s != I->none) textio_flush_obj(I, s);
        err_clear(I);
    }
    fflush(stdout);
    fflush(stderr);
    err_restore(I, saved);
}

Obj *textio_readline_obj(Interp *I, Obj *stream) {
    if (TYPE(stream) == I->t_textio) return read_line(I, stream);
    Obj *name = str_intern_cstr(I, "readline");
    if (!name) return NULL;
    Obj *r = obj_call_method(I, stream, name, NULL, 0);
    DECREF(I, name);
    return r;
}
