/* test_vm.c: the compiler and VM through run_source/compile_source on a real interpreter:
 * values of expressions, compile-time SyntaxErrors with CPython's attributes, incomplete REPL
 * input, the disassembler, deep recursion with a raised limit, locations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/run.h"
#include "vm/vm.h"

static int failures;
#define CHECK(cond, ...)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            failures++;                                                                    \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                           \
            fprintf(stderr, __VA_ARGS__);                                                  \
            fputc('\n', stderr);                                                           \
        }                                                                                  \
    } while (0)

static Obj *eval(Interp *I, Obj *g, const char *src) {
    return run_source(I, src, strlen(src), "<test>", PARSE_EVAL, g, NULL);
}

static bool exec_ok(Interp *I, Obj *g, const char *src) {
    Obj *r = run_source(I, src, strlen(src), "<test>", PARSE_FILE, g, NULL);
    if (!r) {
        Obj *e = err_fetch(I);
        if (e) vm_print_exception(I, e, stderr);
        XDECREF(I, e);
        return false;
    }
    DECREF(I, r);
    return true;
}

static int64_t eval_int(Interp *I, Obj *g, const char *src) {
    Obj *r = eval(I, g, src);
    int64_t v = -999999;
    if (r && INT_CHECK(r)) v = int_as_i64(I, r);
    if (!r) err_clear(I);
    XDECREF(I, r);
    return v;
}

static void test_values(Interp *I, Obj *g) {
    CHECK(eval_int(I, g, "1 + 2 * 3") == 7, "arith");
    CHECK(exec_ok(I, g, "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\n"), "def fib");
    CHECK(eval_int(I, g, "fib(20)") == 6765, "fib(20)");
    CHECK(exec_ok(I, g, "def gen(n):\n    for i in range(n):\n        yield i * i\n"), "def gen");
    CHECK(eval_int(I, g, "sum(gen(10))") == 285, "generator sum");
    CHECK(eval_int(I, g, "len([x for x in range(100) if x % 7 == 0])") == 15, "listcomp");
    CHECK(exec_ok(I, g, "class C:\n    def __init__(self, v): self.v = v\n    def get(self): return self.v\n"),
          "class");
    CHECK(eval_int(I, g, "C(41).get() + 1") == 42, "method call");
    CHECK(eval_int(I, g, "(lambda *a, **k: len(a) * 10 + len(k))(1, 2, x=3)") == 21, "varargs");
}

static void test_syntax_error(Interp *I, Obj *g) {
    const char *src = "x = 1\nreturn x\n";
    Obj *r = run_source(I, src, strlen(src), "f.py", PARSE_FILE, g, NULL);
    CHECK(!r && err_matches(I, I->e_SyntaxError), "'return' outside function raises SyntaxError");
    Obj *e = err_fetch(I);
    if (!e) return;
    Obj *msg = obj_getattr_cstr(I, e, "msg");
    CHECK(msg && str_eq_cstr(msg, "'return' outside function"), "message");
    Obj *lineno = obj_getattr_cstr(I, e, "lineno"), *offset = obj_getattr_cstr(I, e, "offset");
    CHECK(lineno && int_as_i64(I, lineno) == 2, "lineno");
    CHECK(offset && int_as_i64(I, offset) == 1, "offset");
    XDECREF(I, msg);
    XDECREF(I, lineno);
    XDECREF(I, offset);
    DECREF(I, e);
    err_clear(I);
    const char *src2 = "def f():\n    x = 1\n    def g():\n        nonlocal y\n";
    r = run_source(I, src2, strlen(src2), "f.py", PARSE_FILE, g, NULL);
    CHECK(!r && err_matches(I, I->e_SyntaxError), "nonlocal without binding");
    err_clear(I);
}

static void test_incomplete(Interp *I, Obj *g) {
    bool incomplete = false;
    const char *src = "if True:\n";
    Obj *r = run_source(I, src, strlen(src), "<stdin>", PARSE_SINGLE, g, &incomplete);
    CHECK(!r && incomplete && !err_occurred(I), "incomplete input");
    err_clear(I);
}

static void test_disassembly(Interp *I) {
    const char *src = "def f(a):\n    return a.b + 1\n";
    Obj *code = compile_source(I, src, strlen(src), "d.py", PARSE_FILE, 0, NULL);
    CHECK(code != NULL, "compile");
    if (!code) return;
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    code_disassemble(I, mf, code);
    fclose(mf);
    CHECK(buf && strstr(buf, "MAKE_FUNCTION"), "module makes the function");
    CHECK(buf && strstr(buf, "LOAD_ATTR") && strstr(buf, "(b)"), "LOAD_ATTR b");
    CHECK(buf && strstr(buf, "BINARY_OP") && strstr(buf, "(+)"), "BINARY_OP +");
    free(buf);
    DECREF(I, code);
}

static void test_deep_recursion(Interp *I, Obj *g) {
    int old = I->recursion_limit;
    I->recursion_limit = 100050;
    CHECK(exec_ok(I, g, "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n"), "def down");
    CHECK(eval_int(I, g, "down(100000)") == 100000, "100000-deep Python recursion");
    I->recursion_limit = old;
    Obj *r = eval(I, g, "down(5000)");
    CHECK(!r && err_matches(I, I->e_RecursionError), "RecursionError at the limit");
    err_clear(I);
    XDECREF(I, r);
    CHECK(exec_ok(I, g, "class R:\n    def __getattr__(self, n): return getattr(self, n)\n"), "class R");
    r = eval(I, g, "R().x");
    CHECK(!r && err_matches(I, I->e_RecursionError), "recursion through __getattr__");
    err_clear(I);
}

int main(void) {
    InterpConfig cfg = {0};
    cfg.version = "3.12";
    Interp *I = interp_new(&cfg);
    if (!I) return 1;
    Obj *g = dict_new(I);
    dict_set_cstr(I, g, "__name__", I->ids.__main__);
    const char *file = NULL;
    CHECK(!vm_current_location(I, &file, NULL), "no location outside frames");
    test_values(I, g);
    test_syntax_error(I, g);
    test_incomplete(I, g);
    test_disassembly(I);
    test_deep_recursion(I, g);
    DECREF(I, g);
    interp_free(I);
    if (failures) fprintf(stderr, "%d failure(s)\n", failures);
    else printf("vm: all tests passed\n");
    return failures != 0;
}
