/* builtins.c: the builtins module (CPython's Python/bltinmodule.c and the site module's exit,
 * quit and help): the functions, the constants and every builtin type and exception name. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/modstate.h"
#include "vm/pyver.h"
#include "vm/run.h"
#include "vm/textio.h"
#include "vm/vm.h"

#define UNUSED_ARGS (void)self, (void)args, (void)nargs, (void)kw
#define BUILTIN(name)                                                                              \
    static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)

/* ---------------------------------------------------------------- print, input, open */

static bool check_sep_end(Interp *I, const char *what, Obj *v) {
    if (!v || v == I->none || STR_CHECK(v)) return true;
    err_format(I, I->e_TypeError, "%s must be None or a string, not %s", what, TYPE(v)->name);
    return false;
}

static bool write_piece(Interp *I, Obj *file, Obj *s, const char *dflt) {
    if (s && s != I->none) return textio_write_obj(I, file, s);
    return textio_write_cstr(I, file, dflt);
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False): each piece goes through
 * file.write so that a replaced sys.stdout sees it, as CPython's PyFile_WriteObject. */
BUILTIN(bi_print) {
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush"};
    static const ArgSpec spec = {"print", names, 4, 0, 0, 0};
    Obj *o[4] = {NULL, NULL, NULL, NULL};
    if (kw && TUPLE_LEN(kw) > 0 && !args_parse(I, &spec, args + nargs, 0, kw, o)) return NULL;
    Obj *file = o[2];
    if (!file || file == I->none) {
        if (!(file = textio_sys_stream(I, "stdout"))) return NULL;
        if (file == I->none) RET_NONE(I);
    }
    if (!check_sep_end(I, "sep", o[0]) || !check_sep_end(I, "end", o[1])) return NULL;
    INCREF(file); /* a write may replace sys.stdout */
    bool ok = true;
    for (size_t i = 0; ok && i < nargs; i++) {
        if (i > 0) ok = write_piece(I, file, o[0], " ");
        Obj *s = ok ? obj_str(I, args[i]) : NULL;
        ok = s && textio_write_obj(I, file, s);
        XDECREF(I, s);
    }
    ok = ok && write_piece(I, file, o[1], "\n");
    if (ok && o[3]) {
        int f = obj_is_true(I, o[3]);
        ok = f >= 0 && (f == 0 || textio_flush_obj(I, file));
    }
    DECREF(I, file);
    if (!ok) return NULL;
    RET_NONE(I);
}

/* input([prompt]) without a terminal line editor: the prompt goes to sys.stdout, the line
 * comes from sys.stdin.readline(), as CPython's fallback path. */
BUILTIN(bi_input) {
    (void)self;
    if (!args_no_kw(I, "input", kw) || !args_count(I, "input", nargs, 0, 1)) return NULL;
    Obj *in = textio_sys_stream(I, "stdin"), *out = textio_sys_stream(I, "stdout");
    if (!in || !out) return NULL;
    if (in == I->none) return err_string(I, I->e_RuntimeError, "input(): lost sys.stdin");
    if (out == I->none) return err_string(I, I->e_RuntimeError, "input(): lost sys.stdout");
    Obj *err = textio_sys_stream(I, "stderr");
    if (err && err != I->none && !textio_flush_obj(I, err)) return NULL;
    err_clear(I);
    if (nargs == 1) {
        Obj *p = obj_str(I, args[0]);
        if (!p) return NULL;
        bool ok = textio_write_obj(I, out, p);
        DECREF(I, p);
        if (!ok) return NULL;
    }
    if (!textio_flush_obj(I, out)) return NULL;
    Obj *line = textio_readline_obj(I, in);
    if (!line) return NULL;
    if (!STR_CHECK(line)) {
        DECREF(I, line);
        return err_string(I, I->e_TypeError, "object.readline() returned non-string");
    }
    Ssize n = STR_LEN(line);
    if (n == 0) {
        DECREF(I, line);
        return err_string(I, I->e_EOFError, "EOF when reading a line");
    }
    if (str_char_at(line, n - 1) == '\n') {
        Obj *r = str_substr(I, line, 0, n - 1);
        DECREF(I, line);
        return r;
    }
    return line;
}

/* slotscope runs teaching programs without file access (README: "Files"). */
BUILTIN(bi_open) {
    UNUSED_ARGS;
    return err_string(I, I->e_OSError, "slotscope: file access is disabled");
}

/* ---------------------------------------------------------------- attributes */

/* The attribute name check; 3.11 unified the wording (bpo-46163's getattr change). */
static bool check_attr_name(Interp *I, const char *fname, Obj *name) {
    if (STR_CHECK(name)) return true;
    if (pyver_ge(I, 3, 11) || fname == NULL)
        err_format(I, I->e_TypeError, "attribute name must be string, not '%T'", name);
    else
        err_format(I, I->e_TypeError, "%s(): attribute name must be string", fname);
    return false;
}

BUILTIN(bi_getattr) {
    (void)self;
    if (!args_no_kw(I, "getattr", kw) || !args_count(I, "getattr", nargs, 2, 3)) return NULL;
    if (!check_attr_name(I, "getattr", args[1])) return NULL;
    if (nargs == 2) return obj_getattr(I, args[0], args[1]);
    Obj *r;
    int found = obj_lookup_attr(I, args[0], args[1], &r);
    if (found < 0) return NULL;
    return found ? r : NEWREF(args[2]);
}

BUILTIN(bi_hasattr) {
    (void)self;
    if (!args_no_kw(I, "hasattr", kw) || !args_count(I, "hasattr", nargs, 2, 2)) return NULL;
    if (!check_attr_name(I, "hasattr", args[1])) return NULL;
    Obj *r;
    int found = obj_lookup_attr(I, args[0], args[1], &r);
    if (found < 0) return NULL;
    XDECREF(I, r);
    return BOOL_OBJ(I, found);
}

BUILTIN(bi_setattr) {
    (void)self;
    if (!args_no_kw(I, "setattr", kw) || !args_count(I, "setattr", nargs, 3, 3)) return NULL;
    if (!check_attr_name(I, NULL, args[1])) return NULL;
    if (obj_setattr(I, args[0], args[1], args[2]) < 0) return NULL;
    RET_NONE(I);
}

BUILTIN(bi_delattr) {
    (void)self;
    if (!args_no_kw(I, "delattr", kw) || !args_count(I, "delattr", nargs, 2, 2)) return NULL;
    if (!check_attr_name(I, NULL, args[1])) return NULL;
    if (obj_setattr(I, args[0], args[1], NULL) < 0) return NULL;
    RET_NONE(I);
}

BUILTIN(bi_vars) {
    (void)self;
    if (!args_no_kw(I, "vars", kw) || !args_count(I, "vars", nargs, 0, 1)) return NULL;
    if (nargs == 0) return vm_current_locals(I);
    Obj *d;
    int found = obj_lookup_attr(I, args[0], I->ids.__dict__, &d);
    if (found < 0) return NULL;
    if (!found)
        return err_string(I, I->e_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Obj *sorted_list_of(Interp *I, Obj *iterable) {
    Obj *l = seq_list(I, iterable);
    if (l && !list_sort(I, l, NULL, false)) CLEAR(I, l);
    return l;
}

/* dir(): the caller's local names; dir(o): type(o).__dir__(o), sorted. */
BUILTIN(bi_dir) {
    (void)self;
    if (!args_no_kw(I, "dir", kw) || !args_count(I, "dir", nargs, 0, 1)) return NULL;
    if (nargs == 0) {
        Obj *locals = vm_current_locals(I);
        if (!locals) return NULL;
        Obj *r = DICT_CHECK(locals) ? dict_keys_list(I, locals) : seq_list(I, locals);
        DECREF(I, locals);
        if (r && !list_sort(I, r, NULL, false)) CLEAR(I, r);
        return r;
    }
    Obj *dirfn = type_lookup(I, TYPE(args[0]), I->ids.__dir__);
    if (!dirfn) return err_string(I, I->e_TypeError, "object does not provide __dir__");
    INCREF(dirfn);
    Obj *res = obj_call1(I, dirfn, args[0]);
    DECREF(I, dirfn);
    if (!res) return NULL;
    Obj *r = sorted_list_of(I, res);
    DECREF(I, res);
    return r;
}

/* ---------------------------------------------------------------- numbers */

BUILTIN(bi_abs) {
    (void)self, (void)nargs, (void)kw;
    return num_abs(I, args[0]);
}

BUILTIN(bi_divmod) {
    (void)self;
    if (!args_no_kw(I, "divmod", kw) || !args_count(I, "divmod", nargs, 2, 2)) return NULL;
    return num_divmod(I, args[0], args[1]);
}

BUILTIN(bi_pow) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    /* keyword names from 3.8 (bpo-35664 made pow's arguments nameable) */
    ArgSpec spec = {"pow", names, 3, 3, pyver_ge(I, 3, 8) ? 0 : 3, 2};
    Obj *o[3];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    return num_power(I, o[0], o[1], o[2] ? o[2] : I->none);
}

BUILTIN(bi_round) {
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    static const ArgSpec spec = {"round", names, 2, 2, 0, 1};
    Obj *o[2];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Obj *fn = type_lookup(I, TYPE(o[0]), I->ids.__round__);
    if (!fn)
        return err_format(I, I->e_TypeError, "type %s doesn't define __round__ method",
                          TYPE(o[0])->name);
    INCREF(fn);
    Obj *r = (!o[1] || o[1] == I->none) ? obj_call1(I, fn, o[0]) : obj_call2(I, fn, o[0], o[1]);
    DECREF(I, fn);
    return r;
}

static Obj *base_string(Interp *I, Obj *o, int base) {
    Obj *i = num_index(I, o);
    if (!i) return NULL;
    Obj *r = int_to_base_string(I, i, base, true);
    DECREF(I, i);
    return r;
}

BUILTIN(bi_bin) {
    (void)self, (void)nargs, (void)kw;
    return base_string(I, args[0], 2);
}
BUILTIN(bi_oct) {
    (void)self, (void)nargs, (void)kw;
    return base_string(I, args[0], 8);
}
BUILTIN(bi_hex) {
    (void)self, (void)nargs, (void)kw;
    return base_string(I, args[0], 16);
}

/* sum(): exact ints add in a C accumulator and exact floats in a double (with Neumaier's
 * compensation from 3.12, bpo-100425) before the generic loop, as CPython's builtin_sum. */
typedef struct SumState {
    Obj *result; /* NULL while a fast path holds the value */
    Obj *it;
} SumState;

static bool sum_int_fast(Interp *I, SumState *s, Obj **pending) {
    int64_t acc;
    if (TYPE(s->result) != I->t_int || !int_fits_i64(s->result, &acc)) return true;
    bool bools = pyver_ge(I, 3, 12);
    for (;;) {
        Obj *item = iter_next(I, s->it);
        if (!item) {
            if (err_occurred(I)) return false;
            SETREF(I, s->result, int_from_i64(I, acc));
            return s->result != NULL;
        }
        int64_t b, sum;
        if ((TYPE(item) == I->t_int || (bools && TYPE(item) == I->t_bool)) &&
            int_fits_i64(item, &b) && !__builtin_add_overflow(acc, b, &sum)) {
            acc = sum;
            DECREF(I, item);
            continue;
        }
        SETREF(I, s->result, int_from_i64(I, acc));
        *pending = item;
        return s->result != NULL;
    }
}

static bool sum_float_fast(Interp *I, SumState *s, Obj **pending) {
    if (*pending) {
        /* the int path stopped at this item: add it the generic way first */
        Obj *t = num_binop(I, s->result, *pending, BINOP_ADD);
        CLEAR(I, *pending);
        if (!t) return false;
        SETREF(I, s->result, t);
    }
    if (TYPE(s->result) != I->t_float) return true;
    double f = FLOAT_VAL(s->result), c = 0.0;
    bool neumaier = pyver_ge(I, 3, 12);
    for (;;) {
        Obj *item = iter_next(I, s->it);
        if (!item && err_occurred(I)) return false;
        int64_t v;
        if (item && TYPE(item) == I->t_float) {
            double x = FLOAT_VAL(item), t = f + x;
            if (neumaier) c += fabs(f) >= fabs(x) ? (f - t) + x : (x - t) + f;
            f = t;
            DECREF(I, item);
            continue;
        }
        if (item && INT_CHECK(item) && int_fits_i64(item, &v)) {
            f += (double)v;
            DECREF(I, item);
            continue;
        }
        if (c != 0.0 && isfinite(c)) f += c;
        SETREF(I, s->result, float_from_double(I, f));
        *pending = item;
        return s->result != NULL;
    }
}

static Obj *sum_generic(Interp *I, SumState *s, Obj *item) {
    for (;;) {
        if (!item) {
            if (err_occurred(I)) return NULL;
            Obj *r = s->result;
            s->result = NULL;
            return r;
        }
        Obj *t = num_binop(I, s->result, item, BINOP_ADD);
        DECREF(I, item);
        if (!t) return NULL;
        SETREF(I, s->result, t);
        item = iter_next(I, s->it);
    }
}

static bool sum_check_start(Interp *I, Obj *start) {
    const char *what = STR_CHECK(start)                ? "strings [use ''.join(seq) instead]"
                       : BYTES_CHECK(start)            ? "bytes [use b''.join(seq) instead]"
                       : TYPE(start) == I->t_bytearray ? "bytearray [use b''.join(seq) instead]"
                                                       : NULL;
    if (what) err_format(I, I->e_TypeError, "sum() can't sum %s", what);
    return what == NULL;
}

BUILTIN(bi_sum) {
    (void)self;
    static const char *const names[] = {"", "start"};
    /* start became a keyword in 3.8 (bpo-34637) */
    ArgSpec spec = {"sum", names, 2, 2, pyver_ge(I, 3, 8) ? 1 : 2, 1};
    Obj *o[2];
    if (!pyver_ge(I, 3, 8) && (!args_no_kw(I, "sum", kw) || !args_count(I, "sum", nargs, 1, 2)))
        return NULL;
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Obj *start = o[1] ? o[1] : SMALL_INT(I, 0);
    if (!sum_check_start(I, start)) return NULL;
    SumState s = {NEWREF(start), obj_iter(I, o[0])};
    Obj *r = NULL, *pending = NULL;
    if (s.it && sum_int_fast(I, &s, &pending) && sum_float_fast(I, &s, &pending)) {
        if (!pending && TYPE(s.result) != I->t_int && TYPE(s.result) != I->t_float)
            pending = iter_next(I, s.it);
        r = sum_generic(I, &s, pending);
    } else {
        XDECREF(I, pending);
    }
    XDECREF(I, s.result);
    XDECREF(I, s.it);
    return r;
}

/* ---------------------------------------------------------------- min, max, sorted */

static Obj *min_max(Interp *I, Obj *const *args, size_t nargs, Obj *kw, int op, const char *name) {
    static const char *const names[] = {"key", "default"};
    ArgSpec spec = {name, names, 2, 0, 0, 0};
    Obj *o[2] = {NULL, NULL};
    if (kw && TUPLE_LEN(kw) > 0 && !args_parse(I, &spec, args + nargs, 0, kw, o)) return NULL;
    if (nargs == 0) {
        /* 3.9 reworded it for the new multiple-argument signature */
        return err_format(I, I->e_TypeError, "%s expected %s1 argument%s, got 0", name,
                          pyver_ge(I, 3, 9) ? "at least " : "", pyver_ge(I, 3, 8) ? "" : "s");
    }
    if (o[1] && nargs > 1)
        return err_format(I, I->e_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
    Obj *key = o[0] == I->none && pyver_ge(I, 3, 8) ? NULL : o[0];
    Obj *it = nargs == 1 ? obj_iter(I, args[0]) : NULL;
    if (nargs == 1 && !it) return NULL;
    Obj *best = NULL, *bestval = NULL;
    for (size_t i = 0;; i++) {
        Obj *item = it ? iter_next(I, it) : i < nargs ? NEWREF(args[i]) : NULL;
        if (!item) break;
        Obj *val = key ? obj_call1(I, key, item) : NEWREF(item);
        int better = !val ? -1 : !best ? 1 : obj_richcompare_bool(I, val, bestval, op);
        if (better > 0) {
            SETREF(I, best, item);
            SETREF(I, bestval, val);
            continue;
        }
        DECREF(I, item);
        XDECREF(I, val);
        if (better < 0) break;
    }
    XDECREF(I, it);
    XDECREF(I, bestval);
    if (err_occurred(I)) {
        XDECREF(I, best);
        return NULL;
    }
    if (best) return best;
    if (o[1]) return NEWREF(o[1]);
    /* 3.12 reworded the empty-iterable error (gh-100143) */
    return err_format(I, I->e_ValueError,
                      pyver_ge(I, 3, 12) ? "%s() iterable argument is empty"
                                         : "%s() arg is an empty sequence",
                      name);
}

BUILTIN(bi_min) {
    (void)self;
    return min_max(I, args, nargs, kw, CMP_LT, "min");
}
BUILTIN(bi_max) {
    (void)self;
    return min_max(I, args, nargs, kw, CMP_GT, "max");
}

/* sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(**kw), so keyword
 * errors name sort() as CPython's do. */
BUILTIN(bi_sorted) {
    (void)self;
    size_t nkw = kw ? (size_t)TUPLE_LEN(kw) : 0;
    if (nargs != 1) {
        if (!pyver_ge(I, 3, 7) && nargs == 0)
            return err_format(I, I->e_TypeError,
                              "Function takes at least 1 positional arguments (0 given)");
        return err_format(I, I->e_TypeError, "sorted expected 1 argument%s, got %zu",
                          pyver_ge(I, 3, 8) ? "" : "s", nargs);
    }
    Obj *l = seq_list(I, args[0]);
    if (!l) return NULL;
    Obj *sort = obj_getattr_cstr(I, l, "sort");
    Obj *r = sort ? obj_call(I, sort, args + 1, 0, nkw ? kw : NULL) : NULL;
    XDECREF(I, sort);
    if (!r) {
        DECREF(I, l);
        return NULL;
    }
    DECREF(I, r);
    return l;
}

/* ---------------------------------------------------------------- iteration */

BUILTIN(bi_any) {
    (void)self, (void)nargs, (void)kw;
    Obj *it = obj_iter(I, args[0]);
    if (!it) return NULL;
    int found = 0;
    Obj *item;
    while (found == 0 && (item = iter_next(I, it))) {
        found = obj_is_true(I, item);
        DECREF(I, item);
    }
    DECREF(I, it);
    if (found < 0 || err_occurred(I)) return NULL;
    return BOOL_OBJ(I, found);
}

BUILTIN(bi_all) {
    (void)self, (void)nargs, (void)kw;
    Obj *it = obj_iter(I, args[0]);
    if (!it) return NULL;
    int ok = 1;
    Obj *item;
    while (ok == 1 && (item = iter_next(I, it))) {
        ok = obj_is_true(I, item);
        DECREF(I, item);
    }
    DECREF(I, it);
    if (ok < 0 || err_occurred(I)) return NULL;
    return BOOL_OBJ(I, ok);
}

BUILTIN(bi_iter) {
    (void)self;
    if (!args_no_kw(I, "iter", kw) || !args_count(I, "iter", nargs, 1, 2)) return NULL;
    if (nargs == 1) return obj_iter(I, args[0]);
    if (!obj_callable(args[0])) {
        /* the wording is 3.12's alone (gh-97958, reverted in 3.13) */
        bool v312 = pyver_ge(I, 3, 12) && !pyver_ge(I, 3, 13);
        return err_string(I, I->e_TypeError,
                          v312 ? "iter(object, sentinel): object must be callable"
                               : "iter(v, w): v must be callable");
    }
    return callable_iter_new(I, args[0], args[1]);
}

BUILTIN(bi_next) {
    (void)self;
    if (!args_no_kw(I, "next", kw) || !args_count(I, "next", nargs, 1, 2)) return NULL;
    Obj *it = args[0];
    if (!TYPE(it)->iternext)
        return err_format(I, I->e_TypeError, "'%s' object is not an iterator", TYPE(it)->name);
    Obj *r = TYPE(it)->iternext(I, it);
    if (r || err_occurred(I)) {
        if (!r && nargs == 2 && err_matches(I, I->e_StopIteration)) {
            err_clear(I);
            return NEWREF(args[1]);
        }
        return r;
    }
    if (nargs == 2) return NEWREF(args[1]);
    return err_set_none(I, I->e_StopIteration);
}

/* ---------------------------------------------------------------- misc */

BUILTIN(bi_len) {
    (void)self, (void)nargs, (void)kw;
    Ssize n = obj_len(I, args[0]);
    if (n < 0) return NULL;
    return int_from_i64(I, n);
}

BUILTIN(bi_id) {
    (void)self, (void)nargs, (void)kw;
    return int_from_u64(I, (uint64_t)(uintptr_t)args[0]);
}

BUILTIN(bi_hash) {
    (void)self, (void)nargs, (void)kw;
    Hash h = obj_hash(I, args[0]);
    if (h == -1) return NULL;
    return int_from_i64(I, h);
}

BUILTIN(bi_repr) {
    (void)self, (void)nargs, (void)kw;
    return obj_repr(I, args[0]);
}
BUILTIN(bi_ascii) {
    (void)self, (void)nargs, (void)kw;
    return obj_ascii(I, args[0]);
}
BUILTIN(bi_callable) {
    (void)self, (void)nargs, (void)kw;
    return BOOL_OBJ(I, obj_callable(args[0]));
}

BUILTIN(bi_format) {
    (void)self;
    static const char *const names[] = {"value", "format_spec"};
    static const ArgSpec spec = {"format", names, 2, 2, 2, 1};
    Obj *o[2];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    if (o[1] && !STR_CHECK(o[1]))
        return err_format(I, I->e_TypeError, "format() argument 2 must be str, not %T", o[1]);
    return obj_format(I, o[0], o[1]);
}

BUILTIN(bi_chr) {
    (void)self, (void)nargs, (void)kw;
    Obj *o = args[0];
    if (!INT_CHECK(o) && !pyver_ge(I, 3, 10)) {
        /* before 3.10 chr() went through PyLong_AsLong's __int__ path (bpo-37999) */
        if (TYPE(o) == I->t_float)
            return err_string(I, I->e_TypeError, "integer argument expected, got float");
        if (!type_lookup(I, TYPE(o), I->ids.__index__))
            return err_format(I, I->e_TypeError, "an integer is required (got type %s)",
                              TYPE(o)->name);
    }
    Obj *i = num_index(I, o);
    if (!i) return NULL;
    int64_t v;
    bool fits = int_fits_i64(i, &v) && v >= INT32_MIN && v <= INT32_MAX;
    DECREF(I, i);
    if (!fits) return err_string(I, I->e_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v >= 0x110000)
        return err_string(I, I->e_ValueError, "chr() arg not in range(0x110000)");
    return str_from_char(I, (uint32_t)v);
}

BUILTIN(bi_ord) {
    (void)self, (void)nargs, (void)kw;
    Obj *c = args[0];
    Ssize n;
    if (STR_CHECK(c)) {
        if ((n = STR_LEN(c)) == 1) return int_from_i64(I, str_char_at(c, 0));
    } else if (BYTES_CHECK(c)) {
        if ((n = BYTES_LEN(c)) == 1) return int_from_i64(I, (uint8_t)BYTES_DATA(c)[0]);
    } else {
        return err_format(I, I->e_TypeError, "ord() expected string of length 1, but %s found",
                          TYPE(c)->name);
    }
    return err_format(I, I->e_TypeError,
                      "ord() expected a character, but string of length %zd found", n);
}

BUILTIN(bi_isinstance) {
    (void)self;
    if (!args_no_kw(I, "isinstance", kw) || !args_count(I, "isinstance", nargs, 2, 2)) return NULL;
    int r = obj_isinstance(I, args[0], args[1]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

BUILTIN(bi_issubclass) {
    (void)self;
    if (!args_no_kw(I, "issubclass", kw) || !args_count(I, "issubclass", nargs, 2, 2)) return NULL;
    int r = obj_issubclass(I, args[0], args[1]);
    return r < 0 ? NULL : BOOL_OBJ(I, r);
}

BUILTIN(bi_globals) {
    UNUSED_ARGS;
    Obj *g = vm_current_globals(I);
    if (!g) g = MODULE_DICT(I->main_module);
    return NEWREF(g);
}

BUILTIN(bi_locals) {
    UNUSED_ARGS;
    return vm_current_locals(I);
}

/* ---------------------------------------------------------------- exec, eval, compile */

/* The text of a source argument (str or bytes); *len gets its length in bytes. */
static const char *source_text(Interp *I, Obj *src, const char *fname, Ssize *len) {
    if (STR_CHECK(src)) return str_utf8(I, src, len);
    if (BYTES_CHECK(src)) {
        *len = BYTES_LEN(src);
        return BYTES_DATA(src);
    }
    err_format(I, I->e_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

/* globals/locals defaults and checks shared by exec and eval (builtin_exec_impl). */
static bool exec_namespaces(Interp *I, const char *fname, Obj **globals, Obj **locals) {
    if (*globals == I->none) *globals = NULL;
    if (*locals == I->none) *locals = NULL;
    if (!*globals) {
        *globals = vm_current_globals(I);
        if (!*globals) *globals = MODULE_DICT(I->main_module);
        if (!*locals) {
            Obj *l = vm_current_locals(I);
            if (!l) return false;
            *locals = l; /* the caller drops this reference */
            return true;
        }
    } else if (!*locals) {
        *locals = *globals;
    }
    if (!DICT_CHECK(*globals)) {
        err_format(I, I->e_TypeError, "%s() globals must be a dict, not %T", fname, *globals);
        return false;
    }
    INCREF(*locals);
    return true;
}

static Obj *exec_or_eval(Interp *I, Obj *const *args, size_t nargs, Obj *kw, bool is_eval) {
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals"};
    ArgSpec spec = {fname, names, 3, 3, 3, 1};
    Obj *o[3];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Obj *globals = o[1] ? o[1] : I->none, *locals = o[2] ? o[2] : I->none;
    if (!exec_namespaces(I, fname, &globals, &locals)) return NULL;
    Obj *code = NULL;
    if (TYPE(o[0]) == I->t_code) {
        code = NEWREF(o[0]);
    } else {
        Ssize len;
        const char *text = source_text(I, o[0], fname, &len);
        if (text && is_eval) /* eval() ignores leading blanks */
            while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
        if (text)
            code = compile_source(I, text, (size_t)len, "<string>",
                                  is_eval ? PARSE_EVAL : PARSE_FILE, 0, NULL);
    }
    Obj *r = code ? vm_exec_code(I, code, globals, locals) : NULL;
    XDECREF(I, code);
    DECREF(I, locals);
    if (r && !is_eval) {
        DECREF(I, r);
        RET_NONE(I);
    }
    return r;
}

BUILTIN(bi_exec) {
    (void)self;
    return exec_or_eval(I, args, nargs, kw, false);
}
BUILTIN(bi_eval) {
    (void)self;
    return exec_or_eval(I, args, nargs, kw, true);
}

BUILTIN(bi_compile) {
    (void)self;
    static const char *const names[] = {"source", "filename",     "mode",
                                        "flags",  "dont_inherit", "optimize"};
    static const ArgSpec spec = {"compile", names, 6, 6, 0, 3};
    Obj *o[6];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    if (TYPE(o[0]) == I->t_code) return NEWREF(o[0]);
    if (!STR_CHECK(o[2]))
        return err_format(I, I->e_TypeError, "compile() argument 'mode' must be str, not %T", o[2]);
    int mode = str_eq_cstr(o[2], "exec")     ? PARSE_FILE
               : str_eq_cstr(o[2], "eval")   ? PARSE_EVAL
               : str_eq_cstr(o[2], "single") ? PARSE_SINGLE
                                             : -1;
    if (mode < 0)
        return err_string(I, I->e_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const char *filename = STR_CHECK(o[1]) ? str_utf8(I, o[1], NULL) : NULL;
    if (!filename) {
        if (!err_occurred(I))
            err_format(I, I->e_TypeError, "compile() argument 'filename' must be str, not %T",
                       o[1]);
        return NULL;
    }
    int flags = 0;
    if (o[3]) {
        int64_t f;
        if (!INT_CHECK(o[3]) || !int_fits_i64(o[3], &f))
            return err_string(I, I->e_TypeError, "compile() flags must be an int");
        flags = (int)f;
    }
    Ssize len;
    const char *text = source_text(I, o[0], "compile", &len);
    if (!text) return NULL;
    return compile_source(I, text, (size_t)len, filename, mode, flags, NULL);
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): no packages here, so
 * the top-level module is the answer. */
BUILTIN(bi_import) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    static const ArgSpec spec = {"__import__", names, 5, 5, 0, 1};
    Obj *o[5];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    if (o[4]) {
        int64_t level;
        if (INT_CHECK(o[4]) && int_fits_i64(o[4], &level) && level > 0)
            return err_string(I, I->e_ImportError,
                              "attempted relative import with no known parent package");
    }
    if (!STR_CHECK(o[0]))
        return err_format(I, I->e_TypeError, "module name must be str, not %T", o[0]);
    return import_module(I, o[0]);
}

/* ---------------------------------------------------------------- exit, quit, help */

typedef struct QuitterObj {
    Obj ob;
    const char *name; /* "exit" or "quit" */
} QuitterObj;

static Obj *quitter_repr(Interp *I, Obj *self) {
    return str_from_format(I, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObj *)self)->name);
}

static Obj *quitter_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self;
    static const char *const names[] = {"code"};
    static const ArgSpec spec = {"__call__", names, 1, 1, 0, 0};
    Obj *o[1];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    return err_set(I, I->e_SystemExit, o[0] ? o[0] : I->none);
}

static void plain_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

static const TypeObj quitter_tmpl = {
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObj),
    .dealloc = plain_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
};

static Obj *helper_repr(Interp *I, Obj *self) {
    (void)self;
    return str_from_cstr(
        I, "Type help() for interactive help, or help(object) for help about object.");
}

/* help(obj): the object's docstring (slotscope has no pydoc). */
static Obj *helper_call(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self;
    if (!args_no_kw(I, "help", kw) || !args_count(I, "help", nargs, 0, 1)) return NULL;
    Obj *out = textio_sys_stream(I, "stdout");
    if (!out) return NULL;
    if (nargs == 0) {
        if (!textio_write_cstr(I, out, "slotscope has no interactive help; try help(object).\n"))
            return NULL;
        RET_NONE(I);
    }
    Obj *doc;
    if (obj_lookup_attr(I, args[0], I->ids.__doc__, &doc) < 0) return NULL;
    Obj *text = doc && STR_CHECK(doc) ? NEWREF(doc) : str_from_cstr(I, "No documentation.");
    XDECREF(I, doc);
    bool ok = text && textio_write_obj(I, out, text) && textio_write_cstr(I, out, "\n");
    XDECREF(I, text);
    if (!ok) return NULL;
    RET_NONE(I);
}

static const TypeObj helper_tmpl = {
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(Obj),
    .dealloc = plain_dealloc,
    .repr = helper_repr,
    .call = helper_call,
};

/* ---------------------------------------------------------------- the module */

static const MethodDef builtin_functions[] = {
    {"__build_class__", vm_builtin_build_class, METH_FASTCALL | METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", bi_import, METH_FASTCALL | METH_KEYWORDS, "Import a module."},
    {"abs", bi_abs, METH_O, "Return the absolute value of the argument."},
    {"all", bi_all, METH_O, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", bi_any, METH_O, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", bi_ascii, METH_O, "Return an ASCII-only representation of an object."},
    {"bin", bi_bin, METH_O, "Return the binary representation of an integer."},
    {"callable", bi_callable, METH_O, "Return whether the object is callable."},
    {"chr", bi_chr, METH_O, "Return a Unicode string of one character with ordinal i."},
    {"compile", bi_compile, METH_FASTCALL | METH_KEYWORDS, "Compile source into a code object."},
    {"delattr", bi_delattr, METH_FASTCALL, "Deletes the named attribute from the given object."},
    {"dir", bi_dir, METH_FASTCALL, "Show attributes of an object."},
    {"divmod", bi_divmod, METH_FASTCALL, "Return the tuple (x//y, x%y)."},
    {"eval", bi_eval, METH_FASTCALL | METH_KEYWORDS, "Evaluate the given source."},
    {"exec", bi_exec, METH_FASTCALL | METH_KEYWORDS, "Execute the given source."},
    {"format", bi_format, METH_FASTCALL | METH_KEYWORDS,
     "Return type(value).__format__(value, format_spec)"},
    {"getattr", bi_getattr, METH_FASTCALL, "Get a named attribute from an object."},
    {"globals", bi_globals, METH_NOARGS,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", bi_hasattr, METH_FASTCALL,
     "Return whether the object has an attribute with the given name."},
    {"hash", bi_hash, METH_O, "Return the hash value for the given object."},
    {"hex", bi_hex, METH_O, "Return the hexadecimal representation of an integer."},
    {"id", bi_id, METH_O, "Return the identity of an object."},
    {"input", bi_input, METH_FASTCALL, "Read a string from standard input."},
    {"isinstance", bi_isinstance, METH_FASTCALL,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", bi_issubclass, METH_FASTCALL,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", bi_iter, METH_FASTCALL, "Get an iterator from an object."},
    {"len", bi_len, METH_O, "Return the number of items in a container."},
    {"locals", bi_locals, METH_NOARGS,
     "Return a dictionary containing the current scope's local variables."},
    {"max", bi_max, METH_FASTCALL | METH_KEYWORDS,
     "max(iterable, *[, default=obj, key=func]) -> value"},
    {"min", bi_min, METH_FASTCALL | METH_KEYWORDS,
     "min(iterable, *[, default=obj, key=func]) -> value"},
    {"next", bi_next, METH_FASTCALL, "Return the next item from the iterator."},
    {"oct", bi_oct, METH_O, "Return the octal representation of an integer."},
    {"open", bi_open, METH_FASTCALL | METH_KEYWORDS, "File access is disabled in slotscope."},
    {"ord", bi_ord, METH_O, "Return the Unicode code point for a one-character string."},
    {"pow", bi_pow, METH_FASTCALL | METH_KEYWORDS,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", bi_print, METH_FASTCALL | METH_KEYWORDS,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", bi_repr, METH_O, "Return the canonical string representation of the object."},
    {"round", bi_round, METH_FASTCALL | METH_KEYWORDS,
     "Round a number to a given precision in decimal digits."},
    {"setattr", bi_setattr, METH_FASTCALL,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", bi_sorted, METH_FASTCALL | METH_KEYWORDS,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", bi_sum, METH_FASTCALL | METH_KEYWORDS,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", bi_vars, METH_FASTCALL, "Show vars."},
    {NULL, NULL, 0, NULL},
};

static bool add_type(Interp *I, Obj *d, const char *name, TypeObj *t) {
    return !t || dict_set_cstr(I, d, name, (Obj *)t);
}

static bool add_types(Interp *I, Obj *d) {
    struct {
        const char *name;
        TypeObj *t;
    } types[] = {
        {"bool", I->t_bool},
        {"bytearray", I->t_bytearray},
        {"bytes", I->t_bytes},
        {"classmethod", I->t_classmethod},
        {"dict", I->t_dict},
        {"enumerate", I->t_enumerate},
        {"filter", I->t_filter},
        {"float", I->t_float},
        {"frozenset", I->t_frozenset},
        {"property", I->t_property},
        {"int", I->t_int},
        {"list", I->t_list},
        {"map", I->t_map},
        {"object", I->t_object},
        {"range", I->t_range},
        {"reversed", I->t_reversed},
        {"set", I->t_set},
        {"slice", I->t_slice},
        {"staticmethod", I->t_staticmethod},
        {"str", I->t_str},
        {"super", I->t_super},
        {"tuple", I->t_tuple},
        {"type", I->t_type},
        {"zip", I->t_zip},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!add_type(I, d, types[i].name, types[i].t)) return false;
#define X(n, b)                                                                                    \
    if (!add_type(I, d, #n, I->e_##n)) return false;
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    return add_type(I, d, "EnvironmentError", I->e_OSError) &&
           add_type(I, d, "IOError", I->e_OSError);
}

static Obj *make_helper(Interp *I, TypeObj *t, const char *name) {
    Obj *o = obj_alloc(I, t, 0);
    if (o && name) ((QuitterObj *)o)->name = name;
    return o;
}

static bool add_site_names(Interp *I, Obj *m) {
    TypeObj *q = type_from_template(I, &quitter_tmpl, I->t_object);
    if (!q || !type_ready(I, q)) return false;
    I->mods->t_quitter = q;
    TypeObj *h = type_from_template(I, &helper_tmpl, I->t_object);
    if (!h || !type_ready(I, h)) return false;
    I->mods->t_helper = h;
    return module_add(I, m, "quit", make_helper(I, q, "quit")) &&
           module_add(I, m, "exit", make_helper(I, q, "exit")) &&
           module_add(I, m, "help", make_helper(I, h, NULL));
}

bool mods_init_builtins(Interp *I) {
    Obj *m = module_new_cstr(I, "builtins", true);
    if (!m) return false;
    I->mods->builtins_module = m;
    I->builtins = NEWREF(MODULE_DICT(m));
    Obj *d = I->builtins;
    Obj *doc = str_from_cstr(
        I, "Built-in functions, types, exceptions, and other objects.\n\n"
           "This module provides direct access to all 'built-in'\nidentifiers of Python; for "
           "example, builtins.len is\nthe full name for the built-in function len().\n\nThis "
           "module is not normally accessed explicitly by most\napplications, but can be useful "
           "in modules that provide\nobjects with the same name as a built-in value, but in\n"
           "which the built-in value is also needed.");
    if (!doc || !dict_set(I, d, I->ids.__doc__, doc)) {
        XDECREF(I, doc);
        return false;
    }
    DECREF(I, doc);
    return module_add_functions(I, m, builtin_functions) && dict_set_cstr(I, d, "None", I->none) &&
           dict_set_cstr(I, d, "Ellipsis", I->ellipsis) &&
           dict_set_cstr(I, d, "NotImplemented", I->notimpl) &&
           dict_set_cstr(I, d, "False", I->false_) && dict_set_cstr(I, d, "True", I->true_) &&
           add_types(I, d) && dict_set_cstr(I, d, "__debug__", I->true_) && add_site_names(I, m);
}
