/* args.c: argument checking for builtin functions, with the messages of CPython's
 * Python/getargs.c (_PyArg_UnpackKeywords, _PyArg_CheckPositional, _PyArg_NoKeywords). */
#include "objects/args.h"

#include <string.h>

#include "model/profile.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

bool args_no_kw(Interp *I, const char *fname, Obj *kwnames) {
    if (!kwnames || TUPLE_LEN(kwnames) == 0) return true;
    err_format(I, I->e_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool args_count(Interp *I, const char *fname, size_t nargs, int min, int max) {
    if ((Ssize)nargs < min) {
        err_format(I, I->e_TypeError, "%s expected %s%d argument%s, got %zu", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (max >= 0 && (Ssize)nargs > max) {
        err_format(I, I->e_TypeError, "%s expected %s%d argument%s, got %zu", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

/* Index of the keyword value named `name` among kwnames, or -1. */
static Ssize find_kw(Obj *kwnames, const char *name) {
    for (Ssize i = 0; i < TUPLE_LEN(kwnames); i++)
        if (str_eq_cstr(TUPLE_GET(kwnames, i), name)) return i;
    return -1;
}

static bool known_kw(const ArgSpec *s, Obj *key) {
    for (int i = s->nposonly; i < s->n; i++)
        if (s->names[i][0] && str_eq_cstr(key, s->names[i])) return true;
    return false;
}

static void unexpected_kw(Interp *I, const ArgSpec *s, Obj *kwnames) {
    Ssize n = TUPLE_LEN(kwnames);
    for (Ssize i = 0; i < n; i++) {
        Obj *key = TUPLE_GET(kwnames, i);
        if (known_kw(s, key) && i + 1 < n) continue; /* the last one is reported regardless */
        if (I->prof->unexpected_kw_313)
            err_format(I, I->e_TypeError, "%s() got an unexpected keyword argument '%U'", s->fname,
                       key);
        else
            err_format(I, I->e_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                       s->fname);
        return;
    }
}

static bool check_positional(Interp *I, const ArgSpec *s, size_t nargs, size_t nkw) {
    int minpos = s->nrequired < s->npos ? s->nrequired : s->npos;
    int minposonly = s->nrequired < s->nposonly ? s->nrequired : s->nposonly;
    if (nargs + nkw > (size_t)s->n) {
        err_format(I, I->e_TypeError, "%s() takes at most %d %sargument%s (%zu given)", s->fname,
                   s->n, nargs == 0 ? "keyword " : "", s->n == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > (size_t)s->npos) {
        if (s->npos == 0)
            err_format(I, I->e_TypeError, "%s() takes no positional arguments", s->fname);
        else
            err_format(I, I->e_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                       s->fname, minpos < s->npos ? "at most" : "exactly", s->npos,
                       s->npos == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs < (size_t)minposonly) {
        err_format(I, I->e_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                   s->fname, minposonly < s->npos ? "at least" : "exactly", minposonly,
                   minposonly == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

bool args_parse(Interp *I, const ArgSpec *s, Obj *const *args, size_t nargs, Obj *kwnames,
                Obj **out) {
    size_t nkw = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    if (!check_positional(I, s, nargs, nkw)) return false;
    for (int i = 0; i < s->n; i++) out[i] = i < (int)nargs ? args[i] : NULL;
    size_t left = nkw;
    int start = (int)nargs > s->nposonly ? (int)nargs : s->nposonly;
    for (int i = start; i < s->n; i++) {
        if (left == 0 && i >= s->nrequired) break;
        Ssize k = left && s->names[i][0] ? find_kw(kwnames, s->names[i]) : -1;
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            left--;
        } else if (i < s->nrequired) {
            err_format(I, I->e_TypeError, "%s() missing required argument '%s' (pos %d)", s->fname,
                       s->names[i], i + 1);
            return false;
        }
    }
    if (left == 0) return true;
    for (int i = s->nposonly; i < (int)nargs; i++) {
        if (s->names[i][0] && find_kw(kwnames, s->names[i]) >= 0) {
            err_format(I, I->e_TypeError,
                       "argument for %s() given by name ('%s') and position (%d)", s->fname,
                       s->names[i], i + 1);
            return false;
        }
    }
    unexpected_kw(I, s, kwnames);
    return false;
}
