/* mod_sys.c: the sys module (CPython's Python/sysmodule.c): argv, version and version_info,
 * the text streams, modules, refcounts, the recursion limit, getsizeof (asking the memory
 * model), and the struct sequences (version_info, flags, hash_info) and namespace it shows. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "model/model.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
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

#define SYSFN(name) static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw)

/* ---------------------------------------------------------------- struct sequences */

/* Named tuples made in C (CPython's structseq.c): a tuple subclass whose fields are also
 * attributes, with repr "sys.version_info(major=3, ...)". The field names come from the
 * getset table, in order. */
static Obj *structseq_get(Interp *I, Obj *o, void *closure) {
    (void)I;
    return NEWREF(TUPLE_GET(o, (intptr_t)closure));
}

static Obj *structseq_repr(Interp *I, Obj *o) {
    StrBuilder b;
    sb_init(&b);
    bool ok = sb_add_cstr(I, &b, TYPE(o)->name) && sb_add_cstr(I, &b, "(");
    const GetSetDef *gs = TYPE(o)->getset;
    for (Ssize i = 0; ok && i < TUPLE_LEN(o) && gs[i].name; i++) {
        Obj *r = obj_repr(I, TUPLE_GET(o, i));
        ok = r && (i == 0 || sb_add_cstr(I, &b, ", ")) && sb_add_cstr(I, &b, gs[i].name) &&
             sb_add_cstr(I, &b, "=") && sb_add_str(I, &b, r);
        XDECREF(I, r);
    }
    if (!ok || !sb_add_cstr(I, &b, ")")) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(I, &b);
}

static Obj *structseq_new(Interp *I, TypeObj *t, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    return err_format(I, I->e_TypeError, "cannot create '%s' instances", t->name);
}

static void structseq_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    for (Ssize i = 0; i < TUPLE_LEN(o); i++) XDECREF(I, TUPLE_GET(o, i));
    obj_free(I, o);
}

static int structseq_traverse(Obj *o, VisitFn visit, void *arg) {
    for (Ssize i = 0; i < TUPLE_LEN(o); i++) VISIT(TUPLE_GET(o, i));
    return 0;
}

#define F(n, i)                                                                                    \
    { #n, structseq_get, NULL, NULL, (void *)(intptr_t)(i) }
#define GS_END                                                                                     \
    { NULL, NULL, NULL, NULL, NULL }
static const GetSetDef version_info_fields[] = {F(major, 0),        F(minor, 1),  F(micro, 2),
                                                F(releaselevel, 3), F(serial, 4), GS_END};
static const GetSetDef flags_fields[] = {F(debug, 0),
                                         F(inspect, 1),
                                         F(interactive, 2),
                                         F(optimize, 3),
                                         F(dont_write_bytecode, 4),
                                         F(no_user_site, 5),
                                         F(no_site, 6),
                                         F(ignore_environment, 7),
                                         F(verbose, 8),
                                         F(bytes_warning, 9),
                                         F(quiet, 10),
                                         F(hash_randomization, 11),
                                         F(isolated, 12),
                                         F(dev_mode, 13),
                                         F(utf8_mode, 14),
                                         F(warn_default_encoding, 15),
                                         F(safe_path, 16),
                                         F(int_max_str_digits, 17),
                                         GS_END};
static const GetSetDef hash_info_fields[] = {
    F(width, 0),     F(modulus, 1),   F(inf, 2),       F(nan, 3),    F(imag, 4),
    F(algorithm, 5), F(hash_bits, 6), F(seed_bits, 7), F(cutoff, 8), GS_END};
#undef F

#define STRUCTSEQ_TMPL(var, tname, fields)                                                         \
    static const TypeObj var = {.name = tname,                                                     \
                                .basicsize = offsetof(TupleObj, items),                            \
                                .itemsize = sizeof(Obj *),                                         \
                                .flags = TPF_HAVE_GC | TPF_TUPLE_SUBCLASS,                         \
                                .dealloc = structseq_dealloc,                                      \
                                .repr = structseq_repr,                                            \
                                .new_ = structseq_new,                                             \
                                .traverse = structseq_traverse,                                    \
                                .getset = fields};
STRUCTSEQ_TMPL(version_info_tmpl, "sys.version_info", version_info_fields)
STRUCTSEQ_TMPL(flags_tmpl, "sys.flags", flags_fields)
STRUCTSEQ_TMPL(hash_info_tmpl, "sys.hash_info", hash_info_fields)

static TypeObj *make_type(Interp *I, const TypeObj *tmpl, TypeObj *base) {
    TypeObj *t = type_from_template(I, tmpl, base);
    if (t && !type_ready(I, t)) return NULL;
    return t;
}

/* A struct sequence from a printf-like description: 'i' int64, 's' C string, 'b' bool. */
static Obj *structseq_build(Interp *I, TypeObj *t, const char *desc, const void *const *vals) {
    Ssize n = (Ssize)strlen(desc);
    Obj *o = obj_alloc(I, t, n);
    if (!o) return NULL;
    VSIZE(o) = n;
    for (Ssize i = 0; i < n; i++) {
        Obj *v = desc[i] == 'i'   ? int_from_i64(I, *(const int64_t *)vals[i])
                 : desc[i] == 'b' ? BOOL_OBJ(I, *(const bool *)vals[i])
                                  : str_from_cstr(I, (const char *)vals[i]);
        if (!v) {
            DECREF(I, o);
            return NULL;
        }
        TUPLE_SET(o, i, v);
    }
    gc_track(I, o);
    return o;
}

static Obj *make_version_info(Interp *I) {
    int64_t major = I->prof->major, minor = I->prof->minor, micro = I->prof->micro, serial = 0;
    const void *v[] = {&major, &minor, &micro, "final", &serial};
    return structseq_build(I, I->mods->t_version_info, "iiisi", v);
}

static Obj *make_flags(Interp *I) {
    int64_t zero = 0, one = 1, inspect = I->mods->interactive;
    int64_t maxdigits = pyver_ge(I, 3, 12) ? 4300 : -1;
    bool no = false;
    const void *v[] = {&zero, &inspect, &inspect, &zero, &zero, &zero, &zero, &zero, &zero,
                       &zero, &zero,    &one,     &zero, &no,   &zero, &zero, &no,   &maxdigits};
    return structseq_build(I, I->mods->t_flags, "iiiiiiiiiiiiibiibi", v);
}

static Obj *make_hash_info(Interp *I) {
    int64_t width = 64, modulus = 2305843009213693951LL, inf = 314159, nan = 0, imag = 1000003;
    int64_t bits = 64, seed = 128, cutoff = 0;
    /* SipHash-1-3 replaced SipHash-2-4 in 3.11 (PEP 456 follow-up, bpo-29410) */
    const char *alg = pyver_ge(I, 3, 11) ? "siphash13" : "siphash24";
    const void *v[] = {&width, &modulus, &inf, &nan, &imag, alg, &bits, &seed, &cutoff};
    return structseq_build(I, I->mods->t_hash_info, "iiiiisiii", v);
}

/* ---------------------------------------------------------------- SimpleNamespace */

typedef struct NamespaceObj {
    Obj ob;
    Obj *dict;
} NamespaceObj;

static Obj *namespace_repr(Interp *I, Obj *o) {
    Obj *d = ((NamespaceObj *)o)->dict;
    const char *name = TYPE(o) == I->mods->t_namespace ? "namespace" : TYPE(o)->name;
    int rc = cont_repr_enter(I, o);
    if (rc != 0) return rc > 0 ? str_from_format(I, "%s(...)", name) : NULL;
    StrBuilder b;
    sb_init(&b);
    bool ok = sb_add_cstr(I, &b, name) && sb_add_cstr(I, &b, "(");
    Ssize pos = 0, i = 0;
    Obj *k, *v;
    while (ok && d && dict_next(d, &pos, &k, &v)) {
        if (!STR_CHECK(k)) continue; /* CPython shows only the str keys */
        INCREF(v);
        Obj *r = obj_repr(I, v);
        DECREF(I, v);
        ok = r && (i++ == 0 || sb_add_cstr(I, &b, ", ")) && sb_add_str(I, &b, k) &&
             sb_add_cstr(I, &b, "=") && sb_add_str(I, &b, r);
        XDECREF(I, r);
    }
    cont_repr_leave(I, o);
    if (!ok || !sb_add_cstr(I, &b, ")")) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(I, &b);
}

/* The instance dict, made on first use. */
static Obj *namespace_dict(Interp *I, Obj *o) {
    Obj **dp = &((NamespaceObj *)o)->dict;
    if (!*dp) *dp = dict_new(I);
    return *dp;
}

/* SimpleNamespace(**kwargs); 3.13+ also takes one mapping or iterable of pairs first. */
static int namespace_init(Interp *I, Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    bool positional = pyver_ge(I, 3, 13);
    if (nargs > (positional ? 1u : 0u)) {
        if (positional)
            err_format(I, I->e_TypeError,
                       "SimpleNamespace expected at most 1 positional argument, got %zd",
                       (Ssize)nargs);
        else
            err_string(I, I->e_TypeError, "no positional arguments expected");
        return -1;
    }
    Obj *d = namespace_dict(I, o);
    if (!d) return -1;
    if (nargs == 1) {
        Obj *tmp = dict_new(I);
        bool ok = tmp && dict_update(I, tmp, args[0]);
        Ssize pos = 0;
        Obj *k, *v;
        while (ok && dict_next(tmp, &pos, &k, &v)) {
            if (!STR_CHECK(k)) {
                err_format(I, I->e_TypeError, "keywords must be strings, not '%T'", k);
                ok = false;
            }
        }
        ok = ok && dict_update(I, d, tmp);
        XDECREF(I, tmp);
        if (!ok) return -1;
    }
    Ssize nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (Ssize i = 0; i < nk; i++)
        if (!dict_set(I, d, TUPLE_GET(kwnames, i), args[nargs + (size_t)i])) return -1;
    return 0;
}

/* Equal when both are namespaces with equal dicts. */
static Obj *namespace_richcompare(Interp *I, Obj *a, Obj *b, int op) {
    TypeObj *t = I->mods->t_namespace;
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(TYPE(a), t) ||
        !type_is_subtype(TYPE(b), t))
        return NEWREF(I->notimpl);
    Obj *da = namespace_dict(I, a), *db = da ? namespace_dict(I, b) : NULL;
    return db ? obj_richcompare(I, da, db, op) : NULL;
}

/* __reduce__: (type(self), (), self.__dict__), which copy and pickle use. */
static Obj *namespace_reduce(Interp *I, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Obj *d = namespace_dict(I, self), *empty = d ? tuple_new(I, 0) : NULL;
    Obj *r = empty ? tuple_pack(I, 3, OBJ(TYPE(self)), empty, d) : NULL;
    XDECREF(I, empty);
    return r;
}

static const MethodDef namespace_methods[] = {
    {"__reduce__", namespace_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const MemberDef namespace_members[] = {
    {"__dict__", MEMBER_OBJECT, offsetof(NamespaceObj, dict), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static void namespace_dealloc(Interp *I, Obj *o) {
    if (gc_is_tracked(o)) gc_untrack(I, o);
    CLEAR(I, ((NamespaceObj *)o)->dict);
    obj_free(I, o);
}

static int namespace_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((NamespaceObj *)o)->dict);
    return 0;
}

static int namespace_clear(Interp *I, Obj *o) {
    CLEAR(I, ((NamespaceObj *)o)->dict);
    return 0;
}

static const TypeObj namespace_tmpl = {
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObj),
    .flags = TPF_HAVE_GC | TPF_BASETYPE,
    .dealloc = namespace_dealloc,
    .repr = namespace_repr,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
    .dictoffset = offsetof(NamespaceObj, dict),
    .init = namespace_init,
    .richcompare = namespace_richcompare,
    .hash = hash_not_implemented,
    .methods = namespace_methods,
    .members = namespace_members,
};

static Obj *make_implementation(Interp *I) {
    Obj *ns = obj_alloc(I, I->mods->t_namespace, 0);
    if (!ns) return NULL;
    Obj *d = ((NamespaceObj *)ns)->dict = dict_new(I);
    gc_track(I, ns);
    char tag[32];
    snprintf(tag, sizeof tag, "cpython-%d%d", I->prof->major, I->prof->minor);
    int64_t hex =
        ((int64_t)I->prof->major << 24) | (I->prof->minor << 16) | (I->prof->micro << 8) | 0xf0;
    /* name is 'cpython': programs branch on it, and they should take CPython's branch */
    Obj *vals[5] = {str_from_cstr(I, "cpython"), str_from_cstr(I, tag), make_version_info(I),
                    int_from_i64(I, hex), str_from_cstr(I, "x86_64-linux-gnu")};
    static const char *const keys[] = {"name", "cache_tag", "version", "hexversion", "_multiarch"};
    bool good = d != NULL;
    for (int i = 0; i < 5; i++) {
        good = good && vals[i] && dict_set_cstr(I, d, keys[i], vals[i]);
        XDECREF(I, vals[i]);
    }
    if (!good) CLEAR(I, ns);
    return ns;
}

/* ---------------------------------------------------------------- functions */

SYSFN(sys_exit) {
    (void)self;
    if (!args_no_kw(I, "exit", kw) || !args_count(I, "exit", nargs, 0, 1)) return NULL;
    return err_set(I, I->e_SystemExit, nargs ? args[0] : I->none);
}

/* 3.12's immortal objects (PEP 683) report a fixed count. */
static bool is_immortal(Interp *I, Obj *o) {
    if (o == I->none || o == I->true_ || o == I->false_ || o == I->notimpl || o == I->ellipsis ||
        o == I->empty_tuple || o == I->empty_str)
        return true;
    if (TYPE(o) == I->t_int) {
        int64_t v;
        return int_fits_i64(o, &v) && v >= -5 && v <= 256;
    }
    if (TYPE(o) == I->t_str) return ((StrObj *)o)->interned || STR_LEN(o) == 1;
    if (TYPE_CHECK(o)) return !TYPE_HAS((TypeObj *)o, TPF_HEAPTYPE);
    return false;
}

/* The VM holds a reference to the argument while the call runs, as CPython's stack does, so
 * the count already includes the "+1" CPython's documentation mentions. */
SYSFN(sys_getrefcount) {
    (void)self, (void)nargs, (void)kw;
    if (pyver_ge(I, 3, 12) && is_immortal(I, args[0])) return int_from_i64(I, 4294967295LL);
    return int_from_i64(I, args[0]->refcnt);
}

SYSFN(sys_getrecursionlimit) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return int_from_i64(I, I->recursion_limit);
}

SYSFN(sys_setrecursionlimit) {
    (void)self, (void)nargs, (void)kw;
    Obj *o = args[0];
    if (TYPE(o) == I->t_float || !INT_CHECK(o))
        return err_format(I, I->e_TypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE(o)->name);
    int64_t n;
    if (!int_fits_i64(o, &n) || n > INT32_MAX || n < INT32_MIN)
        return err_string(I, I->e_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        return err_string(I, I->e_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= I->recursion_depth)
        return err_format(I, I->e_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the "
                          "limit is too low",
                          (int)n, I->recursion_depth);
    I->recursion_limit = (int)n;
    RET_NONE(I);
}

/* sys.getsizeof: __sizeof__() plus what CPython X.Y puts before the object (GC header,
 * managed dict/weakref pointers), which only the memory model knows. */
SYSFN(sys_getsizeof) {
    (void)self;
    static const char *const names[] = {"object", "default"};
    static const ArgSpec spec = {"getsizeof", names, 2, 2, 0, 1};
    Obj *o[2];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Obj *meth = type_lookup(I, TYPE(o[0]), I->ids.__sizeof__);
    Obj *res = NULL;
    if (!meth) {
        err_format(I, I->e_TypeError, "Type %s doesn't define __sizeof__", TYPE(o[0])->name);
    } else {
        INCREF(meth);
        res = obj_call1(I, meth, o[0]);
        DECREF(I, meth);
    }
    Ssize size = -1;
    if (res) {
        size = num_as_ssize(I, res, I->e_OverflowError);
        DECREF(I, res);
        if (size < 0 && !err_occurred(I))
            err_string(I, I->e_ValueError, "__sizeof__() should return >= 0");
    }
    if (size < 0) {
        if (o[1] && err_matches(I, I->e_TypeError)) {
            err_clear(I);
            return NEWREF(o[1]);
        }
        return NULL;
    }
    const struct ModelType *mt = TYPE(o[0])->model;
    if (mt) size += model_preheader(I->prof, mt);
    return int_from_i64(I, size);
}

SYSFN(sys_intern) {
    (void)self, (void)nargs, (void)kw;
    if (TYPE(args[0]) != I->t_str)
        return err_format(I, I->e_TypeError, "intern() argument must be str, not %s",
                          TYPE(args[0])->name);
    return str_intern(I, NEWREF(args[0]));
}

SYSFN(sys_exc_info) {
    (void)self, (void)args, (void)nargs, (void)kw;
    Obj *e = vm_handled_exception(I);
    if (!e) return tuple_pack(I, 3, I->none, I->none, I->none);
    Obj *tb = exc_get_traceback(e);
    return tuple_pack(I, 3, (Obj *)TYPE(e), e, tb ? tb : I->none);
}

SYSFN(sys_exception) {
    (void)self, (void)args, (void)nargs, (void)kw;
    Obj *e = vm_handled_exception(I);
    return NEWREF(e ? e : I->none);
}

SYSFN(sys_utf8) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return str_from_cstr(I, "utf-8");
}

SYSFN(sys_get_int_max_str_digits) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return int_from_i64(I, int_get_max_str_digits(I));
}

SYSFN(sys_set_int_max_str_digits) {
    (void)self;
    static const char *const names[] = {"maxdigits"};
    static const ArgSpec spec = {"set_int_max_str_digits", names, 1, 1, 0, 1};
    Obj *o[1];
    if (!args_parse(I, &spec, args, nargs, kw, o)) return NULL;
    Ssize n = num_as_ssize(I, o[0], I->e_OverflowError);
    if (n == -1 && err_occurred(I)) return NULL;
    if (!int_set_max_str_digits(I, n)) return NULL;
    RET_NONE(I);
}

SYSFN(sys_displayhook) {
    (void)self, (void)nargs, (void)kw;
    if (!vm_display_value(I, args[0])) return NULL;
    RET_NONE(I);
}

SYSFN(sys_excepthook) {
    (void)self;
    if (!args_no_kw(I, "excepthook", kw) || !args_count(I, "excepthook", nargs, 3, 3)) return NULL;
    if (EXC_CHECK(args[1])) {
        textio_flush_std(I);
        vm_print_exception(I, args[1], stderr);
    }
    RET_NONE(I);
}

/* sys._getframe([depth]): the VM's snapshot of a frame (CPython's private but widely used). */
SYSFN(sys_getframe) {
    (void)self;
    if (!args_no_kw(I, "_getframe", kw) || !args_count(I, "_getframe", nargs, 0, 1))
        return NULL;
    Ssize depth = 0;
    if (nargs == 1) {
        depth = num_as_ssize(I, args[0], I->e_OverflowError);
        if (depth == -1 && err_occurred(I)) return NULL;
    }
    if (depth < 0 || depth > 1000000) depth = 1000000; /* CPython: "not deep enough" */
    return vm_get_frame(I, (int)depth);
}

/* sys._getsource(filename): the source text slotscope kept for a file it compiled, or None.
 * slotscope's own hook (it reads no files): lib/traceback.py uses it for source lines. */
SYSFN(sys_getsource) {
    (void)self, (void)nargs, (void)kw;
    Obj *filename = args[0];
    if (!STR_CHECK(filename))
        return err_format(I, I->e_TypeError, "_getsource() argument must be str, not %T", filename);
    return vm_source_text(I, filename);
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, METH_FASTCALL, "Exit the interpreter by raising SystemExit(status)."},
    {"_getframe", sys_getframe, METH_FASTCALL, "Return a frame object from the call stack."},
    {"_getsource", sys_getsource, METH_O, "The source text slotscope kept for a file, or None."},
    {"getrefcount", sys_getrefcount, METH_O, "Return the reference count of object."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"getsizeof", sys_getsizeof, METH_FASTCALL | METH_KEYWORDS,
     "Return the size of object in bytes."},
    {"intern", sys_intern, METH_O, "``Intern'' the given string."},
    {"exc_info", sys_exc_info, METH_NOARGS,
     "Return current exception information: (type, value, traceback)."},
    {"getdefaultencoding", sys_utf8, METH_NOARGS,
     "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_utf8, METH_NOARGS,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"displayhook", sys_displayhook, METH_O,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sys_excepthook, METH_FASTCALL,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sys_functions_311[] = {
    {"exception", sys_exception, METH_NOARGS, "Return the current exception."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef sys_functions_digits[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_FASTCALL | METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {NULL, NULL, 0, NULL},
};

/* ---------------------------------------------------------------- the module */

static Obj *make_argv(Interp *I, const InterpConfig *cfg) {
    Obj *l = list_new(I, 0);
    for (int i = 0; l && i < cfg->argc; i++) {
        Obj *s = str_from_utf8(I, cfg->argv[i], (Ssize)strlen(cfg->argv[i]));
        if (!s || !list_append(I, l, s)) CLEAR(I, l);
        XDECREF(I, s);
    }
    if (l && cfg->argc == 0) {
        /* no program: CPython's sys.argv is [''] */
        if (!list_append(I, l, I->empty_str)) CLEAR(I, l);
    }
    return l;
}

static bool make_streams(Interp *I, Obj *m) {
    struct ModState *s = I->mods;
    s->sys_stdin = textio_new(I, stdin, "<stdin>", "r", "strict");
    s->sys_stdout = textio_new(I, stdout, "<stdout>", "w", "strict");
    s->sys_stderr = textio_new(I, stderr, "<stderr>", "w", "backslashreplace");
    if (!s->sys_stdin || !s->sys_stdout || !s->sys_stderr) return false;
    Obj *d = MODULE_DICT(m);
    return dict_set_cstr(I, d, "stdin", s->sys_stdin) &&
           dict_set_cstr(I, d, "stdout", s->sys_stdout) &&
           dict_set_cstr(I, d, "stderr", s->sys_stderr) &&
           dict_set_cstr(I, d, "__stdin__", s->sys_stdin) &&
           dict_set_cstr(I, d, "__stdout__", s->sys_stdout) &&
           dict_set_cstr(I, d, "__stderr__", s->sys_stderr);
}

static bool make_types(Interp *I) {
    struct ModState *s = I->mods;
    return (s->t_version_info = make_type(I, &version_info_tmpl, I->t_tuple)) &&
           (s->t_flags = make_type(I, &flags_tmpl, I->t_tuple)) &&
           (s->t_hash_info = make_type(I, &hash_info_tmpl, I->t_tuple)) &&
           (s->t_namespace = make_type(I, &namespace_tmpl, I->t_object));
}

static bool add_values(Interp *I, Obj *m, const InterpConfig *cfg) {
    const Profile *p = I->prof;
    int64_t hex = ((int64_t)p->major << 24) | (p->minor << 16) | (p->micro << 8) | 0xf0;
    /* 2.7's platform string still carried the kernel's major version */
    const char *platform = p->major == 2 ? "linux2" : "linux";
    return module_add(I, m, "argv", make_argv(I, cfg)) &&
           module_add(I, m, "version", str_from_cstr(I, p->sys_version)) &&
           module_add(I, m, "version_info", make_version_info(I)) &&
           module_add(I, m, "hexversion", int_from_i64(I, hex)) &&
           module_add(I, m, "implementation", make_implementation(I)) &&
           module_add(I, m, "maxsize", int_from_i64(I, INT64_MAX)) &&
           module_add(I, m, "maxunicode", int_from_i64(I, 0x10ffff)) &&
           module_add(I, m, "byteorder", str_from_cstr(I, "little")) &&
           module_add(I, m, "platform", str_from_cstr(I, platform)) &&
           module_add(I, m, "executable", str_from_cstr(I, "")) &&
           module_add(I, m, "path", list_new(I, 0)) && module_add(I, m, "flags", make_flags(I)) &&
           module_add(I, m, "hash_info", make_hash_info(I)) &&
           dict_set_cstr(I, MODULE_DICT(m), "modules", I->modules);
}

bool mods_init_sys(Interp *I, const InterpConfig *cfg) {
    if (!(I->modules = dict_new(I)) || !make_types(I)) return false;
    Obj *m = module_new_cstr(I, "sys", true);
    if (!m) return false;
    I->mods->sys = m;
    if (!add_values(I, m, cfg) || !make_streams(I, m) || !module_add_functions(I, m, sys_functions))
        return false;
    if (pyver_ge(I, 3, 11) && !module_add_functions(I, m, sys_functions_311)) return false;
    if (I->prof->int_max_str_digits && !module_add_functions(I, m, sys_functions_digits))
        return false;
    return dict_set_cstr(I, I->modules, "sys", m) &&
           dict_set_cstr(I, I->modules, "builtins", I->mods->builtins_module);
}

void mods_set_interactive(Interp *I, bool on) {
    I->mods->interactive = on;
    /* sys.flags.inspect/interactive follow -i (python -i sets both) */
    if (I->mods->sys && !module_add(I, I->mods->sys, "flags", make_flags(I))) err_clear(I);
}

void mods_fini_sys(Interp *I) {
    struct ModState *s = I->mods;
    CLEAR(I, s->sys_stdin);
    CLEAR(I, s->sys_stdout);
    CLEAR(I, s->sys_stderr);
    CLEAR(I, s->sys);
    type_extra_clear(I); /* GenericAlias, UnionType: their dicts go with the other types' */
}
