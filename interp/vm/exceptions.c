/* exceptions.c: the builtin exception types (CPython's Objects/exceptions.c): BaseException's
 * args/str/repr/traceback/context/cause/notes and the extra fields of StopIteration,
 * SystemExit, ImportError, AttributeError, NameError, SyntaxError, the Unicode errors and
 * OSError. One const template per exception; exceptions_init makes each interpreter's copy. */
#include "vm/exceptions.h"

#include <stdarg.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/modstate.h"
#include "vm/pyver.h"

#define EXC(o) ((ExcObj *)(o))

/* ---------------------------------------------------------------- BaseException */

static Obj *base_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)kwnames; /* BaseException.__new__ accepts and ignores keywords; __init__ refuses them */
    Obj *self = obj_alloc(I, type, 0);
    if (!self) return NULL;
    EXC(self)->args = tuple_from_array(I, args, (Ssize)nargs);
    if (!EXC(self)->args) {
        DECREF(I, self);
        return NULL;
    }
    gc_track(I, self);
    return self;
}

static bool has_kwargs(Obj *kwnames) {
    return kwnames && TUPLE_LEN(kwnames) > 0;
}

static bool refuse_kwargs(Interp *I, Obj *self, Obj *kwnames) {
    if (!has_kwargs(kwnames)) return true;
    /* The wording changed in 3.7 (bpo-31506's argument-clinic style). */
    if (pyver_ge(I, 3, 7))
        err_format(I, I->e_TypeError, "%s() takes no keyword arguments", TYPE(self)->name);
    else
        err_format(I, I->e_TypeError, "%s does not take keyword arguments", TYPE(self)->name);
    return false;
}

static bool set_args(Interp *I, Obj *self, Obj *const *args, size_t nargs) {
    Obj *t = tuple_from_array(I, args, (Ssize)nargs);
    if (!t) return false;
    SETREF(I, EXC(self)->args, t);
    return true;
}

static int base_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (!refuse_kwargs(I, self, kwnames)) return -1;
    return set_args(I, self, args, nargs) ? 0 : -1;
}

/* The name CPython's repr shows: tp_name after its last dot (_PyType_Name). */
static const char *short_type_name(TypeObj *t) {
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static Obj *base_repr(Interp *I, Obj *self) {
    Obj *args = EXC(self)->args;
    const char *name = short_type_name(TYPE(self));
    /* 3.7+ drops the trailing comma of a one-item args tuple (bpo-30399). */
    if (TUPLE_LEN(args) == 1 && pyver_ge(I, 3, 7))
        return str_from_format(I, "%s(%R)", name, TUPLE_GET(args, 0));
    return str_from_format(I, "%s%R", name, args);
}

static Obj *base_str(Interp *I, Obj *self) {
    Obj *args = EXC(self)->args;
    switch (TUPLE_LEN(args)) {
    case 0:
        return NEWREF(I->empty_str);
    case 1:
        return obj_str(I, TUPLE_GET(args, 0));
    default:
        return obj_str(I, args);
    }
}

static int base_traverse(Obj *o, VisitFn visit, void *arg) {
    ExcObj *e = EXC(o);
    VISIT(e->dict);
    VISIT(e->args);
    VISIT(e->traceback);
    VISIT(e->context);
    VISIT(e->cause);
    return 0;
}

static int base_clear(Interp *I, Obj *o) {
    ExcObj *e = EXC(o);
    CLEAR(I, e->dict);
    CLEAR(I, e->args);
    CLEAR(I, e->traceback);
    CLEAR(I, e->context);
    CLEAR(I, e->cause);
    return 0;
}

/* One dealloc per layout: untrack, drop the fields (the layout's clear), free. */
#define DEFINE_DEALLOC(kind)                                                                       \
    static void kind##_dealloc(Interp *I, Obj *o) {                                                \
        if (gc_is_tracked(o)) gc_untrack(I, o);                                                    \
        kind##_clear(I, o);                                                                        \
        obj_free(I, o);                                                                            \
    }
DEFINE_DEALLOC(base)

/* ---- attributes of BaseException */

static Obj *get_args(Interp *I, Obj *o, void *c) {
    (void)c;
    return NEWREF(EXC(o)->args ? EXC(o)->args : I->empty_tuple);
}

static int set_args_attr(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "args may not be deleted");
        return -1;
    }
    Obj *t = seq_tuple(I, v);
    if (!t) return -1;
    SETREF(I, EXC(o)->args, t);
    return 0;
}

static Obj *none_if_null(Interp *I, Obj *o) {
    return NEWREF(o ? o : I->none);
}

static Obj *get_traceback(Interp *I, Obj *o, void *c) {
    (void)c;
    return none_if_null(I, EXC(o)->traceback);
}

static int set_traceback(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != I->none && TYPE(v) != I->t_traceback) {
        err_string(I, I->e_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(I, o, v == I->none ? NULL : v);
    return 0;
}

static Obj *get_context(Interp *I, Obj *o, void *c) {
    (void)c;
    return none_if_null(I, EXC(o)->context);
}

static int set_context(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != I->none && !EXC_CHECK(v)) {
        err_string(I, I->e_TypeError,
                   "exception context must be None or derive from BaseException");
        return -1;
    }
    exc_set_context(I, o, v == I->none ? NULL : NEWREF(v));
    return 0;
}

static Obj *get_cause(Interp *I, Obj *o, void *c) {
    (void)c;
    return none_if_null(I, EXC(o)->cause);
}

static int set_cause(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != I->none && !EXC_CHECK(v)) {
        err_string(I, I->e_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exc_set_cause(I, o, v == I->none ? NULL : NEWREF(v));
    return 0;
}

static Obj *get_dict(Interp *I, Obj *o, void *c) {
    (void)c;
    if (!EXC(o)->dict && !(EXC(o)->dict = dict_new(I))) return NULL;
    return NEWREF(EXC(o)->dict);
}

static int set_dict(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!v) {
        err_string(I, I->e_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!DICT_CHECK(v)) {
        err_format(I, I->e_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    SETREF(I, EXC(o)->dict, NEWREF(v));
    return 0;
}

static Obj *with_traceback(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    if (set_traceback(I, self, args[0], NULL) < 0) return NULL;
    return NEWREF(self);
}

static Obj *add_note(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)nargs, (void)kw;
    Obj *note = args[0];
    if (!STR_CHECK(note))
        return err_format(I, I->e_TypeError, "note must be a str, not '%T'", note);
    Obj *notes;
    int r = obj_lookup_attr(I, self, I->ids.__notes__, &notes);
    if (r < 0) return NULL;
    if (r == 0) {
        if (!(notes = list_new(I, 0))) return NULL;
        if (obj_setattr(I, self, I->ids.__notes__, notes) < 0) {
            DECREF(I, notes);
            return NULL;
        }
    } else if (!LIST_CHECK(notes)) {
        DECREF(I, notes);
        return err_string(I, I->e_TypeError, "Cannot add note: __notes__ is not a list");
    }
    bool ok = list_append(I, notes, note);
    DECREF(I, notes);
    if (!ok) return NULL;
    RET_NONE(I);
}

static Obj *exc_reduce(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    ExcObj *e = EXC(self);
    if (e->dict && dict_len(e->dict) > 0)
        return tuple_pack(I, 3, (Obj *)TYPE(self), e->args, e->dict);
    return tuple_pack(I, 2, (Obj *)TYPE(self), e->args);
}

static const MethodDef base_methods[] = {
    {"__reduce__", exc_reduce, METH_NOARGS, NULL},
    {"with_traceback", with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", add_note, METH_O, "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};
/* The same without add_note (PEP 678, 3.11). */
static const MethodDef base_methods_310[] = {
    {"__reduce__", exc_reduce, METH_NOARGS, NULL},
    {"with_traceback", with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef base_members[] = {
    {"__suppress_context__", MEMBER_BOOL, offsetof(ExcObj, suppress_context), false, NULL},
    {NULL, 0, 0, false, NULL},
};

static const GetSetDef base_getset[] = {
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"args", get_args, set_args_attr, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---------------------------------------------------------------- StopIteration, SystemExit */

static Obj *first_arg_or_none(Interp *I, Obj *const *args, size_t nargs) {
    return NEWREF(nargs > 0 ? args[0] : I->none);
}

static int stopiter_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (base_init(I, self, args, nargs, kw) < 0) return -1;
    SETREF(I, ((StopIterationObj *)self)->value, first_arg_or_none(I, args, nargs));
    return 0;
}

static int stopiter_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((StopIterationObj *)o)->value);
    return base_traverse(o, visit, arg);
}

static int stopiter_clear(Interp *I, Obj *o) {
    CLEAR(I, ((StopIterationObj *)o)->value);
    return base_clear(I, o);
}
DEFINE_DEALLOC(stopiter)

static const MemberDef stopiter_members[] = {
    {"value", MEMBER_OBJECT, offsetof(StopIterationObj, value), false, "generator return value"},
    {NULL, 0, 0, false, NULL},
};

static int sysexit_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (base_init(I, self, args, nargs, kw) < 0) return -1;
    Obj *code = nargs == 1   ? NEWREF(args[0])
                : nargs == 0 ? NEWREF(I->none)
                             : NEWREF(EXC(self)->args);
    SETREF(I, ((SystemExitObj *)self)->code, code);
    return 0;
}

static int sysexit_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((SystemExitObj *)o)->code);
    return base_traverse(o, visit, arg);
}

static int sysexit_clear(Interp *I, Obj *o) {
    CLEAR(I, ((SystemExitObj *)o)->code);
    return base_clear(I, o);
}
DEFINE_DEALLOC(sysexit)

static const MemberDef sysexit_members[] = {
    {"code", MEMBER_OBJECT, offsetof(SystemExitObj, code), false, "exception code"},
    {NULL, 0, 0, false, NULL},
};

/* ---------------------------------------------------------------- keyword-taking inits */

/* Match keyword arguments against names; out[i] gets the value (borrowed). The refusal reads
 * "'x' is an invalid keyword argument for ImportError()" (3.7+) as CPython's getargs.c. */
static bool parse_kwonly(Interp *I, const char *fname, const char *const *names, int n,
                         Obj *const *args, size_t nargs, Obj *kwnames, Obj **out) {
    for (int i = 0; i < n; i++) out[i] = NULL;
    if (!kwnames) return true;
    for (Ssize k = 0; k < TUPLE_LEN(kwnames); k++) {
        Obj *key = TUPLE_GET(kwnames, k);
        int i = 0;
        while (i < n && !str_eq_cstr(key, names[i])) i++;
        if (i == n) {
            if (pyver_ge(I, 3, 7))
                err_format(I, I->e_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                           fname);
            else
                err_format(I, I->e_TypeError,
                           "'%U' is an invalid keyword argument for this function", key);
            return false;
        }
        out[i] = args[nargs + (size_t)k];
    }
    return true;
}

static void set_field(Interp *I, Obj **field, Obj *v) {
    SETREF(I, *field, v ? NEWREF(v) : NULL);
}

static int importerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    static const char *const names[] = {"name", "path", "name_from"};
    Obj *v[3];
    int n = pyver_ge(I, 3, 12) ? 3 : 2;
    if (!parse_kwonly(I, "ImportError", names, n, args, nargs, kw, v)) return -1;
    if (!set_args(I, self, args, nargs)) return -1;
    ImportErrorObj *e = (ImportErrorObj *)self;
    set_field(I, &e->name, v[0]);
    set_field(I, &e->path, v[1]);
    set_field(I, &e->name_from, n == 3 ? v[2] : NULL);
    set_field(I, &e->msg, nargs == 1 ? args[0] : NULL);
    return 0;
}

static Obj *importerr_str(Interp *I, Obj *self) {
    Obj *msg = ((ImportErrorObj *)self)->msg;
    if (msg && TYPE(msg) == I->t_str) return NEWREF(msg);
    return base_str(I, self);
}

static int importerr_traverse(Obj *o, VisitFn visit, void *arg) {
    ImportErrorObj *e = (ImportErrorObj *)o;
    VISIT(e->msg);
    VISIT(e->name);
    VISIT(e->path);
    VISIT(e->name_from);
    return base_traverse(o, visit, arg);
}

static int importerr_clear(Interp *I, Obj *o) {
    ImportErrorObj *e = (ImportErrorObj *)o;
    CLEAR(I, e->msg);
    CLEAR(I, e->name);
    CLEAR(I, e->path);
    CLEAR(I, e->name_from);
    return base_clear(I, o);
}
DEFINE_DEALLOC(importerr)

static const MemberDef importerr_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(ImportErrorObj, msg), false, "exception message"},
    {"name", MEMBER_OBJECT, offsetof(ImportErrorObj, name), false, "module name"},
    {"path", MEMBER_OBJECT, offsetof(ImportErrorObj, path), false, "module path"},
    {"name_from", MEMBER_OBJECT, offsetof(ImportErrorObj, name_from), false,
     "name imported from module"},
    {NULL, 0, 0, false, NULL},
};
/* name_from is visible from 3.12 (gh-91058's suggestions for "from x import y"). */
static const MemberDef importerr_members_311[] = {
    {"msg", MEMBER_OBJECT, offsetof(ImportErrorObj, msg), false, "exception message"},
    {"name", MEMBER_OBJECT, offsetof(ImportErrorObj, name), false, "module name"},
    {"path", MEMBER_OBJECT, offsetof(ImportErrorObj, path), false, "module path"},
    {NULL, 0, 0, false, NULL},
};

/* AttributeError(name=, obj=) and NameError(name=) exist from 3.10 (bpo-38530). */
static int attrerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (!pyver_ge(I, 3, 10)) return base_init(I, self, args, nargs, kw);
    static const char *const names[] = {"name", "obj"};
    Obj *v[2];
    if (!parse_kwonly(I, "AttributeError", names, 2, args, nargs, kw, v)) return -1;
    if (!set_args(I, self, args, nargs)) return -1;
    set_field(I, &((AttributeErrorObj *)self)->name, v[0]);
    set_field(I, &((AttributeErrorObj *)self)->obj, v[1]);
    return 0;
}

static int attrerr_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((AttributeErrorObj *)o)->name);
    VISIT(((AttributeErrorObj *)o)->obj);
    return base_traverse(o, visit, arg);
}

static int attrerr_clear(Interp *I, Obj *o) {
    CLEAR(I, ((AttributeErrorObj *)o)->name);
    CLEAR(I, ((AttributeErrorObj *)o)->obj);
    return base_clear(I, o);
}
DEFINE_DEALLOC(attrerr)

static const MemberDef attrerr_members[] = {
    {"name", MEMBER_OBJECT, offsetof(AttributeErrorObj, name), false, "attribute name"},
    {"obj", MEMBER_OBJECT, offsetof(AttributeErrorObj, obj), false, "object"},
    {NULL, 0, 0, false, NULL},
};

static int nameerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (!pyver_ge(I, 3, 10)) return base_init(I, self, args, nargs, kw);
    static const char *const names[] = {"name"};
    Obj *v[1];
    if (!parse_kwonly(I, "NameError", names, 1, args, nargs, kw, v)) return -1;
    if (!set_args(I, self, args, nargs)) return -1;
    set_field(I, &((NameErrorObj *)self)->name, v[0]);
    return 0;
}

static int nameerr_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((NameErrorObj *)o)->name);
    return base_traverse(o, visit, arg);
}

static int nameerr_clear(Interp *I, Obj *o) {
    CLEAR(I, ((NameErrorObj *)o)->name);
    return base_clear(I, o);
}
DEFINE_DEALLOC(nameerr)

static const MemberDef nameerr_members[] = {
    {"name", MEMBER_OBJECT, offsetof(NameErrorObj, name), false, "name"},
    {NULL, 0, 0, false, NULL},
};

/* ---------------------------------------------------------------- KeyError */

/* str(KeyError(k)) is repr(k): a missing '' key must not print as an empty message. */
static Obj *keyerr_str(Interp *I, Obj *self) {
    Obj *args = EXC(self)->args;
    if (TUPLE_LEN(args) == 1) return obj_repr(I, TUPLE_GET(args, 0));
    return base_str(I, self);
}

/* ---------------------------------------------------------------- SyntaxError */

#define SE(o) ((SyntaxErrorObj *)(o))

static bool syntax_parse_info(Interp *I, SyntaxErrorObj *e, Obj *info_arg) {
    Obj *info = seq_tuple(I, info_arg);
    if (!info) return false;
    Ssize n = TUPLE_LEN(info);
    if (!pyver_ge(I, 3, 10) && n != 4) {
        /* before 3.10 (bpo-43914) the tuple was indexed blindly */
        err_string(I, I->e_IndexError, "tuple index out of range");
        DECREF(I, info);
        return false;
    }
    if (n < 4 || n > 6) {
        err_format(I, I->e_TypeError, "function takes %s %d arguments (%zd given)",
                   n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
        DECREF(I, info);
        return false;
    }
    Obj **fields[] = {&e->filename, &e->lineno,     &e->offset,
                      &e->text,     &e->end_lineno, &e->end_offset};
    for (Ssize i = 0; i < n; i++) set_field(I, fields[i], TUPLE_GET(info, i));
    DECREF(I, info);
    return true;
}

static int syntaxerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (base_init(I, self, args, nargs, kw) < 0) return -1;
    if (nargs >= 1) set_field(I, &SE(self)->msg, args[0]);
    if (nargs == 2 && !syntax_parse_info(I, SE(self), args[1])) return -1;
    return 0;
}

/* "invalid syntax (f.py, line 3)": the file's base name, as CPython's my_basename. */
static Obj *syntaxerr_str(Interp *I, Obj *self) {
    SyntaxErrorObj *e = SE(self);
    Obj *msg = obj_str(I, e->msg ? e->msg : I->none);
    if (!msg) return NULL;
    const char *file = NULL;
    if (e->filename && STR_CHECK(e->filename)) {
        file = str_utf8(I, e->filename, NULL);
        if (!file) {
            DECREF(I, msg);
            return NULL;
        }
        const char *slash = strrchr(file, '/');
        if (slash) file = slash + 1;
    }
    int64_t line = 0;
    bool have_line = e->lineno && INT_CHECK(e->lineno) && int_fits_i64(e->lineno, &line);
    Obj *r;
    if (file && have_line)
        r = str_from_format(I, "%U (%s, line %lld)", msg, file, (long long)line);
    else if (file)
        r = str_from_format(I, "%U (%s)", msg, file);
    else if (have_line)
        r = str_from_format(I, "%U (line %lld)", msg, (long long)line);
    else
        return msg;
    DECREF(I, msg);
    return r;
}

static int syntaxerr_traverse(Obj *o, VisitFn visit, void *arg) {
    SyntaxErrorObj *e = SE(o);
    VISIT(e->msg);
    VISIT(e->filename);
    VISIT(e->lineno);
    VISIT(e->offset);
    VISIT(e->text);
    VISIT(e->end_lineno);
    VISIT(e->end_offset);
    VISIT(e->print_file_and_line);
    return base_traverse(o, visit, arg);
}

static int syntaxerr_clear(Interp *I, Obj *o) {
    SyntaxErrorObj *e = SE(o);
    CLEAR(I, e->msg);
    CLEAR(I, e->filename);
    CLEAR(I, e->lineno);
    CLEAR(I, e->offset);
    CLEAR(I, e->text);
    CLEAR(I, e->end_lineno);
    CLEAR(I, e->end_offset);
    CLEAR(I, e->print_file_and_line);
    return base_clear(I, o);
}
DEFINE_DEALLOC(syntaxerr)

#define SE_MEMBER(n, doc)                                                                          \
    { #n, MEMBER_OBJECT, offsetof(SyntaxErrorObj, n), false, doc }
static const MemberDef syntaxerr_members[] = {
    SE_MEMBER(msg, "exception msg"),
    SE_MEMBER(filename, "exception filename"),
    SE_MEMBER(lineno, "exception lineno"),
    SE_MEMBER(offset, "exception offset"),
    SE_MEMBER(text, "exception text"),
    SE_MEMBER(end_lineno, "exception end lineno"),
    SE_MEMBER(end_offset, "exception end offset"),
    SE_MEMBER(print_file_and_line, "exception print_file_and_line"),
    {NULL, 0, 0, false, NULL},
};
/* Before 3.10 there are no end positions (bpo-43914). */
static const MemberDef syntaxerr_members_39[] = {
    SE_MEMBER(msg, "exception msg"),
    SE_MEMBER(filename, "exception filename"),
    SE_MEMBER(lineno, "exception lineno"),
    SE_MEMBER(offset, "exception offset"),
    SE_MEMBER(text, "exception text"),
    SE_MEMBER(print_file_and_line, "exception print_file_and_line"),
    {NULL, 0, 0, false, NULL},
};

/* ---------------------------------------------------------------- Unicode errors */

#define UE(o) ((UnicodeErrorObj *)(o))

static bool ue_check(Interp *I, Obj *v, int pos, TypeObj *want, const char *wname) {
    if (type_is_subtype(TYPE(v), want)) return true;
    err_format(I, I->e_TypeError, "argument %d must be %s, not %T", pos, wname, v);
    return false;
}

/* (encoding, object, start, end, reason) with the object a bytes (decode) or str (encode). */
static int unicodeerr_init_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw,
                                  bool decode) {
    if (base_init(I, self, args, nargs, kw) < 0) return -1;
    if (nargs != 5) {
        err_format(I, I->e_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (!ue_check(I, args[0], 1, I->t_str, "str")) return -1;
    if (!(decode ? ue_check(I, args[1], 2, I->t_bytes, "bytes-like object")
                 : ue_check(I, args[1], 2, I->t_str, "str")))
        return -1;
    Ssize start = num_as_ssize(I, args[2], I->e_OverflowError);
    if (start == -1 && err_occurred(I)) return -1;
    Ssize end = num_as_ssize(I, args[3], I->e_OverflowError);
    if (end == -1 && err_occurred(I)) return -1;
    if (!ue_check(I, args[4], 5, I->t_str, "str")) return -1;
    UnicodeErrorObj *e = UE(self);
    set_field(I, &e->encoding, args[0]);
    set_field(I, &e->object, args[1]);
    set_field(I, &e->reason, args[4]);
    e->start = start;
    e->end = end;
    return 0;
}

static int decodeerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return unicodeerr_init_common(I, self, args, nargs, kw, true);
}

static int encodeerr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    return unicodeerr_init_common(I, self, args, nargs, kw, false);
}

/* start/end clamped into the object as CPython's PyUnicode*Error_GetStart/GetEnd. */
static void ue_range(UnicodeErrorObj *e, Ssize len, Ssize *start, Ssize *end) {
    *start = e->start < 0 ? 0 : e->start;
    if (*start >= len) *start = len == 0 ? 0 : len - 1;
    *end = e->end < 1 ? 1 : e->end;
    if (*end > len) *end = len;
}

static Obj *decodeerr_str(Interp *I, Obj *self) {
    UnicodeErrorObj *e = UE(self);
    if (!e->object || !BYTES_CHECK(e->object)) return NEWREF(I->empty_str);
    Ssize start, end;
    ue_range(e, BYTES_LEN(e->object), &start, &end);
    if (start < BYTES_LEN(e->object) && end == start + 1)
        return str_from_format(I, "'%U' codec can't decode byte 0x%02x in position %zd: %U",
                               e->encoding, (int)(BYTES_DATA(e->object)[start] & 0xff), start,
                               e->reason);
    return str_from_format(I, "'%U' codec can't decode bytes in position %zd-%zd: %U", e->encoding,
                           start, end - 1, e->reason);
}

static Obj *encodeerr_str(Interp *I, Obj *self) {
    UnicodeErrorObj *e = UE(self);
    if (!e->object || !STR_CHECK(e->object)) return NEWREF(I->empty_str);
    Ssize start, end;
    ue_range(e, STR_LEN(e->object), &start, &end);
    if (start < STR_LEN(e->object) && end == start + 1) {
        uint32_t ch = str_char_at(e->object, start);
        const char *fmt =
            ch <= 0xff     ? "'%U' codec can't encode character '\\x%02x' in position %zd: %U"
            : ch <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in position %zd: %U"
                           : "'%U' codec can't encode character '\\U%08x' in position %zd: %U";
        return str_from_format(I, fmt, e->encoding, (unsigned)ch, start, e->reason);
    }
    return str_from_format(I, "'%U' codec can't encode characters in position %zd-%zd: %U",
                           e->encoding, start, end - 1, e->reason);
}

static int unicodeerr_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(UE(o)->encoding);
    VISIT(UE(o)->object);
    VISIT(UE(o)->reason);
    return base_traverse(o, visit, arg);
}

static int unicodeerr_clear(Interp *I, Obj *o) {
    CLEAR(I, UE(o)->encoding);
    CLEAR(I, UE(o)->object);
    CLEAR(I, UE(o)->reason);
    return base_clear(I, o);
}
DEFINE_DEALLOC(unicodeerr)

static const MemberDef unicodeerr_members[] = {
    {"encoding", MEMBER_OBJECT, offsetof(UnicodeErrorObj, encoding), false, "exception encoding"},
    {"object", MEMBER_OBJECT, offsetof(UnicodeErrorObj, object), false, "exception object"},
    {"start", MEMBER_SSIZE, offsetof(UnicodeErrorObj, start), false, "exception start"},
    {"end", MEMBER_SSIZE, offsetof(UnicodeErrorObj, end), false, "exception end"},
    {"reason", MEMBER_OBJECT, offsetof(UnicodeErrorObj, reason), false, "exception reason"},
    {NULL, 0, 0, false, NULL},
};

/* ---------------------------------------------------------------- OSError (minimal) */

#define OE(o) ((OSErrorObj *)(o))

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]); with a filename the args
 * keep only (errno, strerror), as CPython's oserror_init. */
static int oserr_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    if (base_init(I, self, args, nargs, kw) < 0) return -1;
    if (nargs < 2 || nargs > 5) return 0;
    OSErrorObj *e = OE(self);
    set_field(I, &e->myerrno, args[0]);
    set_field(I, &e->strerror, args[1]);
    if (nargs >= 3 && args[2] != I->none) {
        set_field(I, &e->filename, args[2]);
        if (nargs == 5 && args[4] != I->none) set_field(I, &e->filename2, args[4]);
        if (!set_args(I, self, args, 2)) return -1;
    }
    return 0;
}

static Obj *oserr_str(Interp *I, Obj *self) {
    OSErrorObj *e = OE(self);
    Obj *no = e->myerrno ? e->myerrno : I->none, *se = e->strerror ? e->strerror : I->none;
    if (e->filename && e->filename2)
        return str_from_format(I, "[Errno %S] %S: %R -> %R", no, se, e->filename, e->filename2);
    if (e->filename) return str_from_format(I, "[Errno %S] %S: %R", no, se, e->filename);
    if (e->myerrno && e->strerror) return str_from_format(I, "[Errno %S] %S", no, se);
    return base_str(I, self);
}

static int oserr_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(OE(o)->myerrno);
    VISIT(OE(o)->strerror);
    VISIT(OE(o)->filename);
    VISIT(OE(o)->filename2);
    return base_traverse(o, visit, arg);
}

static int oserr_clear(Interp *I, Obj *o) {
    CLEAR(I, OE(o)->myerrno);
    CLEAR(I, OE(o)->strerror);
    CLEAR(I, OE(o)->filename);
    CLEAR(I, OE(o)->filename2);
    return base_clear(I, o);
}
DEFINE_DEALLOC(oserr)

static const MemberDef oserr_members[] = {
    {"errno", MEMBER_OBJECT, offsetof(OSErrorObj, myerrno), false, "POSIX exception code"},
    {"strerror", MEMBER_OBJECT, offsetof(OSErrorObj, strerror), false, "exception strerror"},
    {"filename", MEMBER_OBJECT, offsetof(OSErrorObj, filename), false, "exception filename"},
    {"filename2", MEMBER_OBJECT, offsetof(OSErrorObj, filename2), false,
     "second exception filename"},
    {NULL, 0, 0, false, NULL},
};

/* ---------------------------------------------------------------- templates */

#define EXC_FLAGS (TPF_BASETYPE | TPF_HAVE_GC | TPF_BASE_EXC_SUBCLASS)
/* Every exception type defines __new__ and __init__ itself, as CPython's do. */
#define EXC_COMMON(tname, ctype, doc_)                                                             \
    .name = #tname, .basicsize = sizeof(ctype), .flags = EXC_FLAGS, .doc = doc_,                   \
    .dictoffset = offsetof(ExcObj, dict), .new_ = base_new
#define SIMPLE(tname, doc_)                                                                        \
    static const TypeObj tname##_etmpl = {EXC_COMMON(tname, ExcObj, doc_), .init = base_init,      \
                                          .dealloc = base_dealloc, .traverse = base_traverse,      \
                                          .clear = base_clear};
#define COMPLEX(tname, kind, ctype, doc_, ...)                                                     \
    static const TypeObj tname##_etmpl = {EXC_COMMON(tname, ctype, doc_),                          \
                                          .dealloc = kind##_dealloc, .traverse = kind##_traverse,  \
                                          .clear = kind##_clear, __VA_ARGS__};

COMPLEX(BaseException, base, ExcObj, "Common base class for all exceptions", .init = base_init,
        .repr = base_repr, .str = base_str, .methods = base_methods, .members = base_members,
        .getset = base_getset)
COMPLEX(SystemExit, sysexit, SystemExitObj, "Request to exit from the interpreter.",
        .init = sysexit_init, .members = sysexit_members)
SIMPLE(KeyboardInterrupt, "Program interrupted by user.")
SIMPLE(GeneratorExit, "Request that a generator exit.")
SIMPLE(Exception, "Common base class for all non-exit exceptions.")
COMPLEX(StopIteration, stopiter, StopIterationObj, "Signal the end from iterator.__next__().",
        .init = stopiter_init, .members = stopiter_members)
SIMPLE(StopAsyncIteration, "Signal the end from iterator.__anext__().")
SIMPLE(ArithmeticError, "Base class for arithmetic errors.")
SIMPLE(FloatingPointError, "Floating point operation failed.")
SIMPLE(OverflowError, "Result too large to be represented.")
SIMPLE(ZeroDivisionError, "Second argument to a division or modulo operation was zero.")
SIMPLE(AssertionError, "Assertion failed.")
COMPLEX(AttributeError, attrerr, AttributeErrorObj, "Attribute not found.", .init = attrerr_init,
        .members = attrerr_members)
SIMPLE(BufferError, "Buffer error.")
SIMPLE(EOFError, "Read beyond end of file.")
COMPLEX(ImportError, importerr, ImportErrorObj,
        "Import can't find module, or can't find name in module.", .init = importerr_init,
        .str = importerr_str, .members = importerr_members)
COMPLEX(ModuleNotFoundError, importerr, ImportErrorObj, "Module not found.", .init = importerr_init)
SIMPLE(LookupError, "Base class for lookup errors.")
SIMPLE(IndexError, "Sequence index out of range.")
COMPLEX(KeyError, base, ExcObj, "Mapping key not found.", .init = base_init, .str = keyerr_str)
SIMPLE(MemoryError, "Out of memory.")
COMPLEX(NameError, nameerr, NameErrorObj, "Name not found globally.", .init = nameerr_init,
        .members = nameerr_members)
COMPLEX(UnboundLocalError, nameerr, NameErrorObj, "Local name referenced but not bound to a value.",
        .init = nameerr_init)
COMPLEX(OSError, oserr, OSErrorObj, "Base class for I/O related errors.", .init = oserr_init,
        .str = oserr_str, .members = oserr_members)
SIMPLE(ReferenceError, "Weak ref proxy used after referent went away.")
SIMPLE(RuntimeError, "Unspecified run-time error.")
SIMPLE(NotImplementedError, "Method or function hasn't been implemented yet.")
SIMPLE(RecursionError, "Recursion limit exceeded.")
COMPLEX(SyntaxError, syntaxerr, SyntaxErrorObj, "Invalid syntax.", .init = syntaxerr_init,
        .str = syntaxerr_str, .members = syntaxerr_members)
COMPLEX(IndentationError, syntaxerr, SyntaxErrorObj, "Improper indentation.",
        .init = syntaxerr_init)
COMPLEX(TabError, syntaxerr, SyntaxErrorObj, "Improper mixture of spaces and tabs.",
        .init = syntaxerr_init)
SIMPLE(SystemError, "Internal error in the Python interpreter.\n\nPlease report this to the "
                    "Python maintainer, along with the traceback,\nthe Python version, and the "
                    "hardware/OS platform and version.")
SIMPLE(TypeError, "Inappropriate argument type.")
SIMPLE(ValueError, "Inappropriate argument value (of correct type).")
SIMPLE(UnicodeError, "Unicode related error.")
COMPLEX(UnicodeDecodeError, unicodeerr, UnicodeErrorObj, "Unicode decoding error.",
        .init = decodeerr_init, .str = decodeerr_str, .members = unicodeerr_members)
COMPLEX(UnicodeEncodeError, unicodeerr, UnicodeErrorObj, "Unicode encoding error.",
        .init = encodeerr_init, .str = encodeerr_str, .members = unicodeerr_members)
SIMPLE(Warning, "Base class for warning categories.")
SIMPLE(DeprecationWarning, "Base class for warnings about deprecated features.")
SIMPLE(RuntimeWarning, "Base class for warnings about dubious runtime behavior.")
SIMPLE(UserWarning, "Base class for warnings generated by user code.")
SIMPLE(SyntaxWarning, "Base class for warnings about dubious syntax.")
SIMPLE(FutureWarning, "Base class for warnings about constructs that will change "
                      "semantically\nin the future.")

/* ---------------------------------------------------------------- start-up */

/* Tables that differ by version are swapped into the interpreter's copy before type_ready. */
static void adjust_for_version(Interp *I, TypeObj *t, const TypeObj *tmpl) {
    if (tmpl == &BaseException_etmpl && !pyver_ge(I, 3, 11)) t->methods = base_methods_310;
    if ((tmpl == &AttributeError_etmpl || tmpl == &NameError_etmpl) && !pyver_ge(I, 3, 10))
        t->members = NULL;
    if (tmpl == &SyntaxError_etmpl && !pyver_ge(I, 3, 10)) t->members = syntaxerr_members_39;
    if (tmpl == &ImportError_etmpl && !pyver_ge(I, 3, 12)) t->members = importerr_members_311;
}

bool exceptions_make(Interp *I) {
    /* BaseException names itself as its base: its real base is object */
#define X(n, b)                                                                                    \
    I->e_##n = type_from_template(I, &n##_etmpl, I->e_##b ? I->e_##b : I->t_object);               \
    if (!I->e_##n) return false;                                                                   \
    adjust_for_version(I, I->e_##n, &n##_etmpl);
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    return true;
}

bool exceptions_ready(Interp *I) {
#define X(n, b)                                                                                    \
    if (!type_ready(I, I->e_##n)) return false;
    SLOTSCOPE_EXCEPTIONS(X)
#undef X
    Obj *mem = exc_new(I, I->e_MemoryError, NULL, 0);
    if (!mem) return false;
    I->mods->memory_error = mem;
    return true;
}

void exceptions_fini(Interp *I) {
    CLEAR(I, I->mods->memory_error);
}

Obj *exc_preallocated_memory_error(Interp *I) {
    return I->mods ? I->mods->memory_error : NULL;
}

/* ---------------------------------------------------------------- errors.h accessors */

Obj *exc_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs) {
    return obj_call(I, (Obj *)type, args, nargs, NULL);
}

Obj *exc_get_traceback(Obj *exc) {
    return EXC(exc)->traceback;
}

void exc_set_traceback(Interp *I, Obj *exc, Obj *tb) {
    SETREF(I, EXC(exc)->traceback, tb ? NEWREF(tb) : NULL);
}

Obj *exc_get_context(Obj *exc) {
    return EXC(exc)->context;
}

void exc_set_context(Interp *I, Obj *exc, Obj *ctx) {
    SETREF(I, EXC(exc)->context, ctx);
}

Obj *exc_get_cause(Obj *exc) {
    return EXC(exc)->cause;
}

void exc_set_cause(Interp *I, Obj *exc, Obj *cause) {
    EXC(exc)->suppress_context = true;
    SETREF(I, EXC(exc)->cause, cause);
}

Obj *exc_get_args(Obj *exc) {
    return EXC(exc)->args;
}

Obj *exc_stopiteration_value(Interp *I, Obj *exc) {
    if (type_is_subtype(TYPE(exc), I->e_StopIteration)) {
        Obj *v = ((StopIterationObj *)exc)->value;
        return NEWREF(v ? v : I->none);
    }
    RET_NONE(I);
}

Obj *exc_systemexit_code(Obj *exc) {
    return ((SystemExitObj *)exc)->code;
}

/* ---------------------------------------------------------------- helpers for raisers */

void exc_set_name_obj(Interp *I, Obj *exc, Obj *name, Obj *obj) {
    if (!pyver_ge(I, 3, 10) || !exc) return;
    if (type_is_subtype(TYPE(exc), I->e_AttributeError)) {
        set_field(I, &((AttributeErrorObj *)exc)->name, name);
        set_field(I, &((AttributeErrorObj *)exc)->obj, obj);
    } else if (type_is_subtype(TYPE(exc), I->e_NameError)) {
        set_field(I, &((NameErrorObj *)exc)->name, name);
    }
}

static Obj *raise_with_name(Interp *I, TypeObj *type, Obj *name, Obj *obj, const char *fmt,
                            va_list ap) {
    Obj *msg = str_from_vformat(I, fmt, ap);
    if (!msg) return NULL;
    err_set(I, type, msg);
    DECREF(I, msg);
    if (I->exc && TYPE(I->exc) == type) exc_set_name_obj(I, I->exc, name, obj);
    return NULL;
}

Obj *err_attribute(Interp *I, Obj *obj, Obj *name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_with_name(I, I->e_AttributeError, name, obj, fmt, ap);
    va_end(ap);
    return NULL;
}

Obj *err_name(Interp *I, TypeObj *type, Obj *name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_with_name(I, type, name, NULL, fmt, ap);
    va_end(ap);
    return NULL;
}

static Obj *int_or_none(Interp *I, int v, bool none_if_zero) {
    if (none_if_zero && v == 0) return NEWREF(I->none);
    return int_from_i64(I, v);
}

static Obj *str_or_none(Interp *I, const char *s) {
    if (!s) return NEWREF(I->none);
    Obj *r = str_from_utf8(I, s, (Ssize)strlen(s));
    if (!r) {
        /* undecodable source text: show no line rather than fail the report */
        err_clear(I);
        return NEWREF(I->none);
    }
    return r;
}

Obj *exc_new_syntax_error(Interp *I, TypeObj *type, const char *msg, const char *filename,
                          int lineno, int offset, const char *text, int end_lineno,
                          int end_offset) {
    Obj *parts[8] = {NULL};
    int n = pyver_ge(I, 3, 10) ? 6 : 4;
    parts[0] = str_or_none(I, msg);
    parts[1] = str_or_none(I, filename);
    parts[2] = int_or_none(I, lineno, false);
    parts[3] = int_or_none(I, offset, false);
    parts[4] = str_or_none(I, text);
    parts[5] = int_or_none(I, end_lineno, true);
    parts[6] = int_or_none(I, end_offset, true);
    Obj *r = NULL;
    bool ok = true;
    for (int i = 0; i < 7; i++) ok = ok && parts[i];
    if (ok) {
        Obj *info = tuple_from_array(I, parts + 1, n);
        if (info) {
            Obj *args[2] = {parts[0], info};
            r = exc_new(I, type, args, 2);
            DECREF(I, info);
        }
    }
    for (int i = 0; i < 7; i++) XDECREF(I, parts[i]);
    return r;
}
