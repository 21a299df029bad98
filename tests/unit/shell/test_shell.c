/* test_shell.c: unit tests of the shell part (errors, exceptions, builtins, sys, modules, weak
 * references, interp_new/interp_free) against the real object system, with the VM stubbed.
 * Expected texts were produced by CPython 3.12.1 / 3.11.7 / 3.6.15. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/modstate.h"
#include "vm/vm.h"
#include "vm/weakref.h"

static int failures, checks;

static void fail(int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "test_shell.c:%d: ", line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    failures++;
}

/* The pending exception as "Type: message" (cleared), or "" if none. */
static void take_error(Interp *I, char *buf, size_t n) {
    buf[0] = '\0';
    Obj *e = err_fetch(I);
    if (!e) return;
    Obj *s = obj_str(I, e);
    snprintf(buf, n, "%s: %s", TYPE(e)->name, s ? str_utf8(I, s, NULL) : "<str failed>");
    XDECREF(I, s);
    DECREF(I, e);
    err_clear(I);
}

/* Check str(o) or repr(o) (o stolen; NULL means an error was expected to be set instead). */
static void check_text(Interp *I, int line, Obj *o, bool repr, const char *want) {
    checks++;
    char got[600];
    if (!o) {
        take_error(I, got, sizeof got);
        if (strcmp(got, want) != 0) fail(line, "error: want [%s] got [%s]", want, got);
        return;
    }
    Obj *s = repr ? obj_repr(I, o) : obj_str(I, o);
    DECREF(I, o);
    if (!s) {
        take_error(I, got, sizeof got);
        fail(line, "str/repr failed: %s", got);
        return;
    }
    const char *u = str_utf8(I, s, NULL);
    if (strcmp(u, want) != 0) fail(line, "want [%s] got [%s]", want, u);
    DECREF(I, s);
}
#define STR(o, want) check_text(I, __LINE__, (o), false, (want))
#define REPR(o, want) check_text(I, __LINE__, (o), true, (want))

static Obj *S(Interp *I, const char *s) {
    return str_from_cstr(I, s);
}
static Obj *N(Interp *I, int64_t v) {
    return int_from_i64(I, v);
}

/* Call a builtin (or a function of a module) with owned arguments (stolen). */
static Obj *callv(Interp *I, Obj *dict, const char *name, int n, Obj **args) {
    Obj *f = dict_get_cstr(I, dict, name);
    Obj *r =
        f ? obj_call(I, f, args, (size_t)n, NULL) : err_format(I, I->e_NameError, "no %s", name);
    for (int i = 0; i < n; i++) XDECREF(I, args[i]);
    return r;
}
#define CALL(name, ...)                                                                            \
    callv(I, I->builtins, name, (int)(sizeof((Obj *[]){__VA_ARGS__}) / sizeof(Obj *)),             \
          (Obj *[]){__VA_ARGS__})
#define CALL0(name) callv(I, I->builtins, name, 0, NULL)

static Obj *exc(Interp *I, TypeObj *t, int n, Obj **args) {
    Obj *e = exc_new(I, t, args, (size_t)n);
    for (int i = 0; i < n; i++) XDECREF(I, args[i]);
    return e;
}
#define EXC(t, ...)                                                                                \
    exc(I, I->e_##t, (int)(sizeof((Obj *[]){__VA_ARGS__}) / sizeof(Obj *)), (Obj *[]){__VA_ARGS__})
#define EXC0(t) exc(I, I->e_##t, 0, NULL)

static Obj *list_of(Interp *I, int n, Obj **items) {
    Obj *l = list_new(I, 0);
    for (int i = 0; i < n; i++) {
        list_append(I, l, items[i]);
        DECREF(I, items[i]);
    }
    return l;
}
#define LIST(...)                                                                                  \
    list_of(I, (int)(sizeof((Obj *[]){__VA_ARGS__}) / sizeof(Obj *)), (Obj *[]){__VA_ARGS__})

static Obj *attr(Interp *I, Obj *o, const char *name) {
    Obj *r = obj_getattr_cstr(I, o, name);
    DECREF(I, o);
    return r;
}

static Obj *fmt_error(Interp *I, TypeObj *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vformat(I, fmt, ap);
    va_end(ap);
    if (msg) {
        err_set(I, t, msg);
        DECREF(I, msg);
    }
    return NULL;
}

static Interp *make(const char *version) {
    InterpConfig cfg = {.version = version, .argc = 0, .argv = NULL, .interrupt = NULL};
    Interp *I = interp_new(&cfg);
    if (!I) {
        fprintf(stderr, "interp_new(%s) failed\n", version);
        failures++;
    }
    return I;
}

/* ---------------------------------------------------------------- errors.c */

static void test_err_format(Interp *I) {
    Obj *s = S(I, "abc"), *n = N(I, 42);
    err_format(I, I->e_TypeError, "x %d %s %R %S %U %T %N %zd %c%% %x", 5, "cs", s, s, s, n,
               I->t_list, (Ssize)-3, 'Z', 255);
    STR(NULL, "TypeError: x 5 cs 'abc' abc abc int list -3 Z% ff");
    err_format(I, I->e_ValueError, "%V|%V", s, "unused", NULL, "fallback");
    STR(NULL, "ValueError: abc|fallback");
    err_string(I, I->e_KeyError, "k");
    checks++;
    if (!err_matches(I, I->e_LookupError) || err_matches(I, I->e_IndexError))
        fail(__LINE__, "err_matches");
    STR(NULL, "KeyError: 'k'");
    err_set(I, I->e_ValueError, NULL);
    STR(NULL, "ValueError: ");
    Obj *t = tuple_pack(I, 2, s, n);
    err_set(I, I->e_ValueError, t);
    STR(NULL, "ValueError: ('abc', 42)");
    DECREF(I, t);
    err_raise_object(I, n);
    STR(NULL, "TypeError: exceptions must derive from BaseException");
    err_raise_object(I, (Obj *)I->e_StopIteration);
    STR(NULL, "StopIteration: ");
    fmt_error(I, I->e_OverflowError, "%s", "via str_from_vformat");
    STR(NULL, "OverflowError: via str_from_vformat");
    DECREF(I, s);
    DECREF(I, n);
}

/* ---------------------------------------------------------------- exceptions.c */

static void test_exceptions_312(Interp *I) {
    REPR(EXC(ValueError, S(I, "x")), "ValueError('x')");
    REPR(EXC0(ValueError), "ValueError()");
    REPR(EXC(ValueError, S(I, "a"), N(I, 1)), "ValueError('a', 1)");
    REPR(EXC(KeyError, S(I, "a")), "KeyError('a')");
    STR(EXC(KeyError, S(I, "a")), "'a'");
    STR(EXC0(KeyError), "");
    STR(EXC(KeyError, S(I, "a"), S(I, "b")), "('a', 'b')");
    STR(EXC0(ValueError), "");
    STR(EXC(ValueError, N(I, 1), N(I, 2)), "(1, 2)");
    REPR(attr(I, EXC(StopIteration, N(I, 5)), "value"), "5");
    REPR(attr(I, EXC0(StopIteration), "value"), "None");
    REPR(attr(I, EXC0(SystemExit), "code"), "None");
    REPR(attr(I, EXC(SystemExit, N(I, 1), N(I, 2)), "code"), "(1, 2)");
    /* keyword arguments */
    Obj *kw = tuple_pack(I, 1, I->ids.name);
    Obj *args[2] = {S(I, "m"), S(I, "n")};
    Obj *e = obj_call(I, (Obj *)I->e_ImportError, args, 1, kw);
    REPR(e ? NEWREF(e) : NULL, "ImportError('m')");
    if (e) REPR(attr(I, NEWREF(e), "name"), "'n'");
    if (e) STR(e, "m");
    e = obj_call(I, (Obj *)I->e_ValueError, args, 1, kw);
    STR(e, "TypeError: ValueError() takes no keyword arguments");
    DECREF(I, args[0]), DECREF(I, args[1]), DECREF(I, kw);
    /* SyntaxError */
    Obj *info = tuple_pack(I, 4, S(I, "/a/f.py"), N(I, 3), N(I, 4), S(I, "x y\n"));
    for (Ssize i = 0; i < 4; i++) DECREF(I, TUPLE_GET(info, i));
    Obj *se = EXC(SyntaxError, S(I, "invalid syntax"), info);
    STR(se ? NEWREF(se) : NULL, "invalid syntax (f.py, line 3)");
    REPR(se ? NEWREF(se) : NULL, "SyntaxError('invalid syntax', ('/a/f.py', 3, 4, 'x y\\n'))");
    REPR(attr(I, NEWREF(se), "offset"), "4");
    REPR(attr(I, NEWREF(se), "end_lineno"), "None");
    DECREF(I, se);
    STR(EXC(SyntaxError, S(I, "m")), "m");
    STR(EXC0(SyntaxError), "None");
    se = exc_new_syntax_error(I, I->e_IndentationError, "unexpected indent", "<stdin>", 1, 3,
                              "  3\n", 0, 0);
    STR(se, "unexpected indent (<stdin>, line 1)");
    /* Unicode errors */
    STR(EXC(UnicodeDecodeError, S(I, "utf-8"), bytes_from(I, "\xff\xfe", 2), N(I, 0), N(I, 1),
            S(I, "invalid start byte")),
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    STR(EXC(UnicodeDecodeError, S(I, "utf-8"), bytes_from(I, "\xff\xfe", 2), N(I, 0), N(I, 2),
            S(I, "bad")),
        "'utf-8' codec can't decode bytes in position 0-1: bad");
    STR(EXC(UnicodeEncodeError, S(I, "ascii"), S(I, "\xc3\xa9x"), N(I, 0), N(I, 1),
            S(I, "ordinal not in range(128)")),
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    /* OSError */
    STR(EXC(OSError, N(I, 2), S(I, "No such file or directory")),
        "[Errno 2] No such file or directory");
    STR(EXC(OSError, N(I, 2), S(I, "No such file or directory"), S(I, "x")),
        "[Errno 2] No such file or directory: 'x'");
    STR(EXC(OSError, S(I, "a")), "a");
    REPR(attr(I, EXC(OSError, N(I, 2), S(I, "x"), S(I, "f")), "args"), "(2, 'x')");
    /* attributes */
    e = EXC(ValueError, N(I, 1));
    REPR(attr(I, NEWREF(e), "__dict__"), "{}");
    REPR(attr(I, NEWREF(e), "__traceback__"), "None");
    REPR(attr(I, NEWREF(e), "__suppress_context__"), "False");
    Obj *note = S(I, "a note");
    Obj *add = obj_getattr_cstr(I, e, "add_note");
    Obj *r = add ? obj_call1(I, add, note) : NULL;
    XDECREF(I, r);
    XDECREF(I, add);
    DECREF(I, note);
    REPR(attr(I, NEWREF(e), "__notes__"), "['a note']");
    add = obj_getattr_cstr(I, e, "add_note");
    r = add ? obj_call1(I, add, SMALL_INT(I, 1)) : NULL;
    XDECREF(I, add);
    STR(r, "TypeError: note must be a str, not 'int'");
    Obj *cause = EXC0(KeyError);
    obj_setattr(I, e, I->ids.__cause__, cause);
    REPR(attr(I, NEWREF(e), "__suppress_context__"), "True");
    obj_setattr(I, e, I->ids.__context__, SMALL_INT(I, 3));
    STR(NULL, "TypeError: exception context must be None or derive from BaseException");
    DECREF(I, cause);
    DECREF(I, e);
    checks++;
    if (!type_is_subtype(I->e_ModuleNotFoundError, I->e_ImportError) ||
        !type_is_subtype(I->e_TabError, I->e_SyntaxError) ||
        type_is_subtype(I->e_KeyboardInterrupt, I->e_Exception))
        fail(__LINE__, "hierarchy");
    REPR((Obj *)NEWREF(I->e_ZeroDivisionError), "<class 'ZeroDivisionError'>");
    REPR(attr(I, (Obj *)NEWREF(I->e_ValueError), "__doc__"),
         "'Inappropriate argument value (of correct type).'");
}

static void test_exceptions_36(Interp *I) {
    REPR(EXC(ValueError, S(I, "x")), "ValueError('x',)");
    REPR(EXC(KeyError, EXC(KeyError, S(I, "x"))), "KeyError(KeyError('x',),)");
    Obj *kw = tuple_pack(I, 1, I->ids.name);
    Obj *a = S(I, "m");
    Obj *e = obj_call(I, (Obj *)I->e_ValueError, &a, 0, kw);
    STR(e, "TypeError: ValueError does not take keyword arguments");
    DECREF(I, a), DECREF(I, kw);
    e = EXC0(ValueError);
    Obj *m = e ? obj_getattr_cstr(I, e, "add_note") : NULL;
    STR(m, "AttributeError: 'ValueError' object has no attribute 'add_note'");
    XDECREF(I, e);
}

/* ---------------------------------------------------------------- builtins.c */

static void test_builtins_312(Interp *I) {
    STR(CALL("max", N(I, 0)), "TypeError: 'int' object is not iterable");
    STR(CALL("max", list_new(I, 0)), "ValueError: max() iterable argument is empty");
    STR(CALL0("max"), "TypeError: max expected at least 1 argument, got 0");
    REPR(CALL("max", N(I, 3), N(I, 9), N(I, 4)), "9");
    REPR(CALL("min", LIST(N(I, 3), N(I, 1), N(I, 2))), "1");
    STR(CALL("sum", LIST(S(I, "a")), S(I, "")),
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    REPR(CALL("sum", LIST(N(I, 1), N(I, 2), N(I, 3))), "6");
    REPR(CALL("sum", LIST(N(I, INT64_MAX), N(I, 1))), "9223372036854775808");
    Obj *tenth = float_from_double(I, 0.1);
    Obj *l = list_new(I, 0);
    for (int i = 0; i < 10; i++) list_append(I, l, tenth);
    DECREF(I, tenth);
    REPR(CALL("sum", NEWREF(l)), "1.0"); /* Neumaier summation, 3.12 */
    REPR(CALL("sum", LIST(N(I, 1), float_from_double(I, 0.5))), "1.5");
    REPR(CALL("sum", LIST(LIST(N(I, 1))), list_new(I, 0)), "[1]");
    DECREF(I, l);
    STR(CALL("chr", N(I, -1)), "ValueError: chr() arg not in range(0x110000)");
    STR(CALL("chr", S(I, "a")), "TypeError: 'str' object cannot be interpreted as an integer");
    REPR(CALL("chr", N(I, 65)), "'A'");
    STR(CALL("ord", S(I, "ab")),
        "TypeError: ord() expected a character, but string of length 2 found");
    STR(CALL("ord", N(I, 1)), "TypeError: ord() expected string of length 1, but int found");
    REPR(CALL("ord", S(I, "a")), "97");
    STR(CALL("getattr", N(I, 1)), "TypeError: getattr expected at least 2 arguments, got 1");
    STR(CALL("getattr", N(I, 1), N(I, 2)), "TypeError: attribute name must be string, not 'int'");
    REPR(CALL("getattr", N(I, 1), S(I, "x"), N(I, 5)), "5");
    REPR(CALL("hasattr", N(I, 1), S(I, "real")), "True");
    STR(CALL("vars", N(I, 1)), "TypeError: vars() argument must have __dict__ attribute");
    STR(CALL("next", N(I, 1)), "TypeError: 'int' object is not an iterator");
    STR(CALL("iter", N(I, 1), N(I, 2)),
        "TypeError: iter(object, sentinel): object must be callable");
    STR(CALL("round", S(I, "a")), "TypeError: type str doesn't define __round__ method");
    REPR(CALL("sorted", LIST(N(I, 3), N(I, 1), N(I, 2))), "[1, 2, 3]");
    REPR(CALL("hex", N(I, 255)), "'0xff'");
    REPR(CALL("bin", N(I, -5)), "'-0b101'");
    REPR(CALL("divmod", N(I, 7), N(I, 2)), "(3, 1)");
    REPR(CALL("any", LIST(N(I, 0), N(I, 1))), "True");
    REPR(CALL("all", list_new(I, 0)), "True");
    REPR(CALL("abs", N(I, -4)), "4");
    REPR(CALL("len", S(I, "abcd")), "4");
    STR(CALL("len", N(I, 1)), "TypeError: object of type 'int' has no len()");
    REPR(CALL("isinstance", N(I, 1), (Obj *)NEWREF(I->t_int)), "True");
    STR(CALL("open", S(I, "x")), "OSError: slotscope: file access is disabled");
    REPR(dict_get_cstr(I, I->builtins, "exit") ? NEWREF(dict_get_cstr(I, I->builtins, "exit"))
                                               : NULL,
         "Use exit() or Ctrl-D (i.e. EOF) to exit");
    STR(CALL("exit", N(I, 3)), "SystemExit: 3");
    REPR(CALL("__import__", S(I, "sys")), "<module 'sys' (built-in)>");
    STR(CALL("__import__", S(I, "nosuch")), "ModuleNotFoundError: No module named 'nosuch'");
    STR(CALL("__import__", S(I, "sys.x")),
        "ModuleNotFoundError: No module named 'sys.x'; 'sys' is not a package");
    REPR(CALL("repr", S(I, "a")), "\"'a'\"");
}

static void test_builtins_old(Interp *I, bool v36) {
    STR(CALL("max", list_new(I, 0)), "ValueError: max() arg is an empty sequence");
    Obj *tenth = float_from_double(I, 0.1);
    Obj *l = list_new(I, 0);
    for (int i = 0; i < 10; i++) list_append(I, l, tenth);
    DECREF(I, tenth);
    REPR(CALL("sum", l), "0.9999999999999999");
    if (v36) {
        STR(CALL0("max"), "TypeError: max expected 1 arguments, got 0");
        STR(CALL("getattr", N(I, 1), N(I, 2)),
            "TypeError: getattr(): attribute name must be string");
        STR(CALL("chr", S(I, "a")), "TypeError: an integer is required (got type str)");
        STR(CALL("iter", N(I, 1), N(I, 2)), "TypeError: iter(v, w): v must be callable");
    }
}

/* ---------------------------------------------------------------- sys, modules */

static Obj *sysattr(Interp *I, const char *name) {
    return obj_getattr_cstr(I, I->mods->sys, name);
}

static void test_sys(Interp *I, const char *vi) {
    REPR(sysattr(I, "version_info"), vi);
    Obj *v = sysattr(I, "version_info");
    Obj *t = tuple_pack(I, 2, SMALL_INT(I, 3), SMALL_INT(I, 8));
    checks++;
    if (obj_richcompare_bool(I, v, t, CMP_GE) != 1) fail(__LINE__, "version_info >= (3, 8)");
    REPR(obj_getitem(I, v, SMALL_INT(I, 0)), "3");
    REPR(attr(I, NEWREF(v), "minor"), "12");
    DECREF(I, t), DECREF(I, v);
    REPR(sysattr(I, "argv"), "['']");
    REPR(sysattr(I, "maxsize"), "9223372036854775807");
    REPR(sysattr(I, "platform"), "'linux'");
    REPR(sysattr(I, "stdout"), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    REPR(callv(I, MODULE_DICT(I->mods->sys), "getrecursionlimit", 0, NULL), "1000");
    Obj *zero = N(I, 0);
    STR(callv(I, MODULE_DICT(I->mods->sys), "setrecursionlimit", 1, &zero),
        "ValueError: recursion limit must be greater or equal than 1");
    Obj *none = NEWREF(I->none);
    REPR(callv(I, MODULE_DICT(I->mods->sys), "getrefcount", 1, &none), "4294967295");
    Obj *one = N(I, 1);
    STR(callv(I, MODULE_DICT(I->mods->sys), "intern", 1, &one),
        "TypeError: intern() argument must be str, not int");
    REPR(callv(I, MODULE_DICT(I->mods->sys), "exc_info", 0, NULL), "(None, None, None)");
    REPR(attr(I, sysattr(I, "implementation"), "name"), "'cpython'");
    REPR(sysattr(I, "hash_info"),
         "sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, "
         "algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)");
    Obj *m = sysattr(I, "modules");
    checks++;
    if (!m || !dict_get_cstr(I, m, "sys") || !dict_get_cstr(I, m, "builtins") ||
        !dict_get_cstr(I, m, "__main__"))
        fail(__LINE__, "sys.modules");
    XDECREF(I, m);
    REPR(NEWREF(I->main_module),
         "<module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>");
    STR(sysattr(I, "nosuch"), "AttributeError: module 'sys' has no attribute 'nosuch'");
    Obj *mname = S(I, "math");
    Obj *math = import_module(I, mname);
    DECREF(I, mname);
    REPR(math ? obj_getattr_cstr(I, math, "pi") : NULL, "3.141592653589793");
    Obj *x = float_from_double(I, 2.5);
    REPR(math ? callv(I, MODULE_DICT(math), "floor", 1, &x) : NULL, "2");
    x = N(I, -1);
    STR(math ? callv(I, MODULE_DICT(math), "sqrt", 1, &x) : NULL, "ValueError: math domain error");
    XDECREF(I, math);
    Obj *tmname = S(I, "tracemalloc");
    Obj *tm = import_module(I, tmname);
    DECREF(I, tmname);
    REPR(tm ? callv(I, MODULE_DICT(tm), "get_traced_memory", 0, NULL) : NULL, "(0, 0)");
    REPR(tm ? callv(I, MODULE_DICT(tm), "is_tracing", 0, NULL) : NULL, "False");
    XDECREF(I, tm);
}

/* ---------------------------------------------------------------- weak references */

static Obj *weak_log; /* a list the callback appends to (test-only state) */

static Obj *record_cb(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)self, (void)nargs, (void)kw;
    list_append(I, weak_log, weakref_get(args[0]) ? I->true_ : I->false_);
    RET_NONE(I);
}

static const MethodDef record_def = {"record", record_cb, METH_O, NULL};

static void test_weakref(Interp *I) {
    Obj *m = module_new_cstr(I, "victim", false);
    Obj *r1 = weakref_new_ref(I, I->t_weakref, m, NULL);
    Obj *r2 = weakref_new_ref(I, I->t_weakref, m, NULL);
    checks++;
    if (r1 != r2) fail(__LINE__, "basic ref not reused");
    weak_log = list_new(I, 0);
    Obj *cb = cfunc_new(I, &record_def, NULL);
    Obj *r3 = weakref_new_ref(I, I->t_weakref, m, cb);
    checks++;
    if (weakref_count(m) != 2) fail(__LINE__, "getweakrefcount %zd", weakref_count(m));
    Obj *got = obj_call0(I, r1);
    checks++;
    if (got != m) fail(__LINE__, "ref() is not the referent");
    XDECREF(I, got);
    DECREF(I, m); /* the module dies: r3's callback runs with a dead ref */
    REPR(NEWREF(weak_log), "[False]");
    REPR(obj_call0(I, r1), "None");
    Obj *one = N(I, 1);
    STR(weakref_new_ref(I, I->t_weakref, one, NULL),
        "TypeError: cannot create weak reference to 'int' object");
    DECREF(I, one);
    Obj *m2 = module_new_cstr(I, "victim2", false);
    Obj *p = weakref_new_proxy(I, m2, NULL);
    REPR(p ? obj_getattr_cstr(I, p, "__name__") : NULL, "'victim2'");
    DECREF(I, m2);
    STR(p ? obj_getattr_cstr(I, p, "__name__") : NULL,
        "ReferenceError: weakly-referenced object no longer exists");
    XDECREF(I, p);
    DECREF(I, r1), DECREF(I, r2), DECREF(I, r3), DECREF(I, cb);
    CLEAR(I, weak_log);
}

int main(void) {
    Interp *I = make(NULL);
    if (I) {
        test_err_format(I);
        test_exceptions_312(I);
        test_builtins_312(I);
        test_sys(I, "sys.version_info(major=3, minor=12, micro=1, releaselevel='final', serial=0)");
        test_weakref(I);
        interp_free(I);
    }
    if ((I = make("3.11"))) {
        test_builtins_old(I, false);
        interp_free(I);
    }
    if ((I = make("3.6"))) {
        test_exceptions_36(I);
        test_builtins_old(I, true);
        interp_free(I);
    }
    InterpConfig bad = {.version = "4.0"};
    checks++;
    if (interp_new(&bad)) fail(__LINE__, "interp_new accepted 4.0");
    printf("%d checks, %d failures\n", checks, failures);
    return failures != 0;
}
