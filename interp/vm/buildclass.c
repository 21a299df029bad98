/* buildclass.c: __build_class__, what a class statement calls: resolve __mro_entries__, pick the
 * metaclass, __prepare__ the namespace, run the body in it, call the metaclass, fill
 * __class__'s cell (CPython's builtin___build_class__). */
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

/* PEP 560: a base that is not a class may stand for others via __mro_entries__. */
static Obj *update_bases(Interp *I, Obj *bases, bool *changed) {
    *changed = false;
    Obj *out = NULL;
    for (Ssize i = 0; i < TUPLE_LEN(bases); i++) {
        Obj *b = TUPLE_GET(bases, i);
        Obj *meth = NULL;
        if (TYPE_CHECK(b) || obj_lookup_attr(I, b, I->ids.__mro_entries__, &meth) == 0) {
            if (out && !list_append(I, out, b)) goto fail;
            continue;
        }
        if (!meth) goto fail;
        Obj *r = obj_call1(I, meth, bases);
        DECREF(I, meth);
        if (!r) goto fail;
        if (!TUPLE_CHECK(r)) {
            err_string(I, I->e_TypeError, "__mro_entries__ must return a tuple");
            DECREF(I, r);
            goto fail;
        }
        if (!out) {
            out = list_new(I, 0);
            for (Ssize j = 0; out && j < i; j++)
                if (!list_append(I, out, TUPLE_GET(bases, j))) goto fail;
            if (!out) goto fail;
        }
        bool ok = list_extend(I, out, r);
        DECREF(I, r);
        if (!ok) goto fail;
        *changed = true;
    }
    if (!out) return NEWREF(bases);
    Obj *t = list_as_tuple(I, out);
    DECREF(I, out);
    return t;
fail:
    XDECREF(I, out);
    return NULL;
}

/* 2.7's build_class: a TypeError the metaclass call raised with a plain message (C code's
 * PyErr_SetString: here, one that passed no Python frame yet) gets "Error when calling the
 * metaclass bases" in front: the user probably gave a module or an instance as a base. */
static void prefix_metaclass_error(Interp *I) {
    Obj *exc = err_fetch(I);
    if (exc && TYPE(exc) == I->e_TypeError && !exc_get_traceback(exc)) {
        Obj *args = ((ExcObj *)exc)->args;
        if (args && TUPLE_LEN(args) == 1 && STR_CHECK(TUPLE_GET(args, 0))) {
            Obj *m = str_from_format(I, "Error when calling the metaclass bases\n    %U", TUPLE_GET(args, 0));
            Obj *e = m ? exc_new(I, I->e_TypeError, &m, 1) : NULL;
            XDECREF(I, m);
            if (e) {
                DECREF(I, exc);
                exc = e;
            }
        }
    }
    err_restore(I, exc);
}

/* The most derived metaclass of meta and the bases' metaclasses. */
static Obj *calculate_meta(Interp *I, Obj *meta, Obj *bases) {
    TypeObj *winner = (TypeObj *)meta;
    for (Ssize i = 0; i < TUPLE_LEN(bases); i++) {
        TypeObj *t = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return err_string(I, I->e_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                          "subclass of the metaclasses of all its bases");
    }
    return NEWREF(winner);
}

/* Run the class body with ns as its locals; returns what the body returns (the cell or None). */
static Obj *run_body(Interp *I, Obj *func, Obj *ns) {
    FuncObj *fn = FUNC(func);
    Frame *f = frame_push(I, CODE(fn->code), func, fn->globals, fn->builtins, ns);
    if (!f) return NULL;
    frame_init_cells(I, f, fn->closure);
    Obj *r = vm_eval(I, f, false);
    frame_pop(I, f);
    return r;
}

static Obj *make_namespace(Interp *I, Obj *meta, Obj *name, Obj *bases, Obj *const *kwv, Obj *kwnames) {
    Obj *prep = NULL;
    if (obj_lookup_attr(I, meta, I->ids.__prepare__, &prep) < 0) return NULL;
    if (!prep) return dict_new(I);
    Obj *args[2 + 16];
    size_t nkw = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    if (nkw > 16) {
        DECREF(I, prep);
        return err_string(I, I->e_TypeError, "too many class keywords");
    }
    args[0] = name;
    args[1] = bases;
    for (size_t i = 0; i < nkw; i++) args[2 + i] = kwv[i];
    Obj *ns = obj_call(I, prep, args, 2, nkw ? kwnames : NULL);
    DECREF(I, prep);
    if (ns && !DICT_CHECK(ns) && !TYPE(ns)->mp_subscript) {
        if (TYPE_CHECK(meta))
            err_format(I, I->e_TypeError, "%s.__prepare__() must return a mapping, not %T",
                       type_name((TypeObj *)meta), ns);
        else
            err_format(I, I->e_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T", ns);
        DECREF(I, ns);
        return NULL;
    }
    return ns;
}

/* Split off metaclass= from the keywords: *meta gets it (or NULL), the rest are compacted. */
static Obj *split_metaclass(Interp *I, Obj *const *kwv, Obj *kwnames, Obj **meta, Obj **kwv_out) {
    *meta = NULL;
    if (!kwnames) return NULL;
    Ssize n = TUPLE_LEN(kwnames), m = 0;
    Obj *names = tuple_new(I, n);
    if (!names) return NULL;
    for (Ssize i = 0; i < n; i++) {
        Obj *k = TUPLE_GET(kwnames, i);
        if (str_eq(k, I->ids.metaclass)) {
            *meta = kwv[i];
            continue;
        }
        TUPLE_SET(names, m, NEWREF(k));
        kwv_out[m++] = kwv[i];
    }
    VSIZE(names) = m;
    if (m == 0) {
        DECREF(I, names);
        return NEWREF(I->empty_tuple);
    }
    return names;
}

Obj *vm_builtin_build_class(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (nargs < 2) return err_string(I, I->e_TypeError, "__build_class__: not enough arguments");
    Obj *func = args[0], *name = args[1];
    if (TYPE(func) != I->t_function) return err_string(I, I->e_TypeError, "__build_class__: func must be a function");
    if (!STR_CHECK(name)) return err_string(I, I->e_TypeError, "__build_class__: name is not a string");
    Obj *orig_bases = tuple_from_array(I, args + 2, (Ssize)nargs - 2);
    if (!orig_bases) return NULL;
    size_t nkw = kwnames ? (size_t)TUPLE_LEN(kwnames) : 0;
    Obj *kwv[64];
    if (nkw > 64) {
        DECREF(I, orig_bases);
        return err_string(I, I->e_TypeError, "too many class keywords");
    }
    Obj *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL, *bases = NULL;
    Obj *kw = split_metaclass(I, args + nargs, kwnames, &meta, kwv);
    if (kwnames && !kw) goto done;
    if (kw && TUPLE_LEN(kw) == 0) CLEAR(I, kw);
    bool changed;
    bases = update_bases(I, orig_bases, &changed);
    if (!bases) goto done;
    if (!meta) meta = TUPLE_LEN(bases) ? OBJ(TYPE(TUPLE_GET(bases, 0))) : OBJ(I->t_type);
    INCREF(meta);
    if (TYPE_CHECK(meta)) {
        Obj *w = calculate_meta(I, meta, bases);
        DECREF(I, meta);
        meta = w;
        if (!meta) goto done;
    }
    ns = make_namespace(I, meta, name, bases, kwv, kw);
    if (!ns) goto done;
    cell = run_body(I, func, ns);
    if (!cell) goto done;
    if (changed) {
        int r = DICT_CHECK(ns) ? (dict_set(I, ns, I->ids.__orig_bases__, orig_bases) ? 0 : -1)
                               : obj_setitem(I, ns, I->ids.__orig_bases__, orig_bases);
        if (r < 0) goto done;
    }
    Obj *cargs[3 + 64] = {name, bases, ns};
    for (Ssize i = 0; kw && i < TUPLE_LEN(kw); i++) cargs[3 + i] = kwv[i];
    cls = obj_call(I, meta, cargs, 3, kw);
    if (!cls && I->prof->metaclass_error_prefix) prefix_metaclass_error(I);
    if (cls && TYPE_CHECK(cls) && TYPE(cell) == I->t_cell) {
        Obj *cur = CELL_GET(cell);
        if (!cur)
            cell_set(I, cell, cls);
        else if (cur != cls) {
            err_format(I, I->e_TypeError, "__class__ set to %R defining %R as %R", cur, name, cls);
            CLEAR(I, cls);
        }
    }
done:
    XDECREF(I, orig_bases);
    XDECREF(I, bases);
    XDECREF(I, meta);
    XDECREF(I, ns);
    XDECREF(I, cell);
    XDECREF(I, kw);
    return cls;
}

static const MethodDef build_class_def = {"__build_class__", vm_builtin_build_class,
                                          METH_FASTCALL | METH_KEYWORDS, NULL};

Obj *vm_build_class_func(Interp *I) {
    VmState *vm = I->vm;
    if (!vm->build_class) vm->build_class = cfunc_new(I, &build_class_def, NULL);
    return vm->build_class;
}
