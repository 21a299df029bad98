/* eval_help.c: the eval loop's helpers for names, globals, displays, unpacking, raising,
 * `with`, imports and the REPL echo: everything too long to sit inline in eval.c. */
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/method.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/eval_help.h"
#include "vm/exceptions.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

int eval_mapping_get(Interp *I, Obj *d, Obj *key, Obj **out) {
    *out = NULL;
    if (TYPE(d) == I->t_dict) {
        Obj *v = TYPE(key) == I->t_str ? dict_get_str(I, d, key) : dict_get(I, d, key);
        if (!v) return err_occurred(I) ? -1 : 0;
        *out = NEWREF(v);
        return 1;
    }
    Obj *v = obj_getitem(I, d, key);
    if (!v) {
        if (!err_matches(I, I->e_KeyError)) return -1;
        err_clear(I);
        return 0;
    }
    *out = v;
    return 1;
}

static Obj *name_error(Interp *I, Obj *name) {
    return err_name(I, I->e_NameError, name, "name '%U' is not defined", name);
}

Obj *eval_load_name(Interp *I, Frame *f, Obj *name) {
    Obj *v;
    if (f->locals) {
        int r = eval_mapping_get(I, f->locals, name, &v);
        if (r) return r > 0 ? v : NULL;
    }
    if (f->globals != f->locals) {
        v = dict_get(I, f->globals, name);
        if (v) return NEWREF(v);
        if (err_occurred(I)) return NULL;
    }
    v = dict_get(I, f->builtins, name);
    if (v) return NEWREF(v);
    if (err_occurred(I)) return NULL;
    return name_error(I, name);
}

int eval_store_name(Interp *I, Frame *f, Obj *name, Obj *v) {
    Obj *ns = f->locals ? f->locals : f->globals;
    if (TYPE(ns) == I->t_dict) return dict_set(I, ns, name, v) ? 0 : -1;
    return obj_setitem(I, ns, name, v);
}

int eval_delete_name(Interp *I, Frame *f, Obj *name) {
    Obj *ns = f->locals ? f->locals : f->globals;
    if (TYPE(ns) == I->t_dict) {
        int r = dict_del(I, ns, name);
        if (r < 0) return -1;
        if (r == 0) {
            name_error(I, name);
            return -1;
        }
        return 0;
    }
    if (obj_delitem(I, ns, name) < 0) {
        if (err_matches(I, I->e_KeyError)) {
            err_clear(I);
            name_error(I, name);
        }
        return -1;
    }
    return 0;
}

/* The cache holds the value found for the versions of globals and builtins it was found at
 * (builtins: EVAL_IN_GLOBALS when found in globals, which shadow them); dict_version changes on
 * every store and is unique across dicts, so a hit is always current. The hit test is
 * eval.c's. */
Obj *eval_load_global(Interp *I, Frame *f, Obj *name, InlineCache *c) {
    uint64_t gv = dict_version(f->globals), bv = EVAL_IN_GLOBALS;
    Obj *v = dict_get_str(I, f->globals, name);
    if (!v) {
        if (err_occurred(I)) return NULL;
        bv = dict_version(f->builtins);
        v = dict_get_str(I, f->builtins, name);
        if (!v) {
            if (err_occurred(I)) return NULL;
            return name_error(I, name);
        }
    }
    c->global.gver = gv;
    c->global.bver = bv;
    c->global.value = v;
    return NEWREF(v);
}

Obj *eval_build_string(Interp *I, Obj **items, int n) {
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < n; i++)
        if (!sb_add_str(I, &b, items[i])) {
            sb_discard(&b);
            return NULL;
        }
    return sb_finish(I, &b);
}

/* 3.9+'s _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins or no module),
 * str(func) when it has no __qualname__ (an instance with __call__). */
static Obj *function_str(Interp *I, Obj *func) {
    Obj *q = NULL, *m = NULL, *r = NULL;
    if (obj_lookup_attr(I, func, I->ids.__qualname__, &q) < 0) return NULL;
    if (!q) return obj_str(I, func);
    if (obj_lookup_attr(I, func, I->ids.__module__, &m) >= 0) {
        bool builtin = !m || m == I->none || (STR_CHECK(m) && str_eq_cstr(m, "builtins"));
        r = builtin ? str_from_format(I, "%S()", q) : str_from_format(I, "%S.%S()", m, q);
    }
    DECREF(I, q);
    XDECREF(I, m);
    return r;
}

/* Before 3.9, PyEval_GetFuncName + PyEval_GetFuncDesc: a function's or builtin's name and "()",
 * a bound method's function's, anything else "<type name> object". */
static Obj *func_name_desc(Interp *I, Obj *func) {
    while (TYPE(func) == I->t_method) func = METHOD(func)->func;
    if (TYPE(func) == I->t_function) return str_from_format(I, "%U()", FUNC(func)->name);
    if (TYPE(func) == I->t_builtin_func) {
        Obj *n = obj_getattr(I, func, I->ids.__name__);
        Obj *r = n ? str_from_format(I, "%S()", n) : NULL;
        XDECREF(I, n);
        return r;
    }
    return str_from_format(I, "%s object", TYPE(func)->name);
}

Obj *eval_func_desc(Interp *I, Obj *func) {
    Obj *r = I->prof->func_desc_module ? function_str(I, func) : func_name_desc(I, func);
    if (!r) {
        err_clear(I);
        r = str_from_format(I, "%s object", TYPE(func)->name);
    }
    return r;
}

static bool is_iterable(Interp *I, Obj *v) {
    TypeObj *t = TYPE(v);
    (void)I;
    return t->iter || t->sq_item || t->mp_subscript;
}

bool eval_list_extend(Interp *I, Obj *list, Obj *v, Obj *func) {
    if (list_extend(I, list, v)) return true;
    if (err_matches(I, I->e_TypeError) && !is_iterable(I, v)) {
        if (func) {
            err_clear(I);
            Obj *d = eval_func_desc(I, func);
            if (d) err_format(I, I->e_TypeError, "%U argument after * must be an iterable, not %T", d, v);
            XDECREF(I, d);
        } else if (I->prof->value_after_star) {
            err_clear(I);
            err_format(I, I->e_TypeError, "Value after * must be an iterable, not %T", v);
        }
    }
    return false;
}

bool eval_dict_update(Interp *I, Obj *d, Obj *v) {
    if (!DICT_CHECK(v) && !obj_hasattr(I, v, I->ids.keys)) {
        err_format(I, I->e_TypeError, "'%T' object is not a mapping", v);
        return false;
    }
    return dict_merge(I, d, v, 1);
}

bool eval_dict_merge(Interp *I, Obj *d, Obj *v, Obj *func) {
    if (!DICT_CHECK(v) && !obj_hasattr(I, v, I->ids.keys)) {
        Obj *desc = eval_func_desc(I, func);
        if (desc) err_format(I, I->e_TypeError, "%U argument after ** must be a mapping, not %T", desc, v);
        XDECREF(I, desc);
        return false;
    }
    if (dict_merge(I, d, v, 2)) return true;
    if (err_matches(I, I->e_KeyError)) {
        Obj *exc = err_fetch(I);
        Obj *args = exc_get_args(exc);
        Obj *key = args && TUPLE_LEN(args) == 1 ? TUPLE_GET(args, 0) : NULL;
        Obj *desc = eval_func_desc(I, func);
        if (desc && key && STR_CHECK(key))
            err_format(I, I->e_TypeError, "%U got multiple values for keyword argument '%U'", desc, key);
        else if (desc && key)
            err_format(I, I->e_TypeError, "%U keywords must be strings", desc);
        else
            err_restore(I, NEWREF(exc));
        XDECREF(I, desc);
        DECREF(I, exc);
    }
    return false;
}

Obj *eval_format_value(Interp *I, Obj *v, int conv, Obj *spec) {
    Obj *c = NULL;
    switch (conv) {
    case 1: c = obj_str(I, v); break;
    case 2: c = obj_repr(I, v); break;
    case 3: c = obj_ascii(I, v); break;
    default: c = NEWREF(v); break;
    }
    if (!c) return NULL;
    if (TYPE(c) == I->t_str && (!spec || STR_LEN(spec) == 0)) return c;
    Obj *r = obj_format(I, c, spec);
    DECREF(I, c);
    return r;
}

bool eval_unpack(Interp *I, Obj *seq, int before, int after, Obj **out) {
    Obj *it = obj_iter(I, seq);
    if (!it) {
        if (err_matches(I, I->e_TypeError) && !is_iterable(I, seq)) {
            err_clear(I);
            err_format(I, I->e_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return false;
    }
    int total = before + (after >= 0 ? after + 1 : 0);
    Obj **top = out + total; /* items go to out[total-1] (first) down to out[0] (last) */
    int i = 0;
    for (; i < before; i++) {
        Obj *v = iter_next(I, it);
        if (!v) {
            if (!err_occurred(I)) {
                if (after < 0)
                    err_format(I, I->e_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    err_format(I, I->e_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)", before + after, i);
            }
            goto fail;
        }
        top[-1 - i] = v;
    }
    if (after < 0) {
        Obj *v = iter_next(I, it);
        if (v) {
            DECREF(I, v);
            err_format(I, I->e_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (err_occurred(I)) goto fail;
        DECREF(I, it);
        return true;
    }
    Obj *rest = seq_list(I, it);
    if (!rest) goto fail;
    if (LIST_LEN(rest) < after) {
        err_format(I, I->e_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                   before + after, (Ssize)before + LIST_LEN(rest));
        DECREF(I, rest);
        goto fail;
    }
    for (int j = 0; j < after; j++) {
        Ssize k = LIST_LEN(rest) - after + j;
        out[after - 1 - j] = LIST_GET(rest, k);
        LIST_SET(rest, k, NULL);
    }
    VSIZE(rest) -= after;
    top[-1 - before] = rest;
    DECREF(I, it);
    return true;
fail:
    for (int j = 0; j < i; j++) DECREF(I, top[-1 - j]);
    DECREF(I, it);
    return false;
}

int eval_send(Interp *I, Obj *recv, Obj *v, Obj **res) {
    *res = NULL;
    if (TYPE(recv) == I->t_generator) return gen_send_ex(I, recv, v, res);
    Obj *r;
    if (v == I->none && TYPE(recv)->iternext)
        r = TYPE(recv)->iternext(I, recv);
    else
        r = obj_call_method(I, recv, I->ids.send, &v, 1);
    if (r) {
        *res = r;
        return 1;
    }
    if (!err_occurred(I)) {
        *res = NEWREF(I->none);
        return 0;
    }
    if (err_matches(I, I->e_StopIteration)) {
        Obj *exc = err_fetch(I);
        *res = exc_stopiteration_value(I, exc);
        DECREF(I, exc);
        return *res ? 0 : -1;
    }
    return -1;
}

static bool valid_exc_class(Interp *I, Obj *t) {
    return TYPE_CHECK(t) && type_is_subtype((TypeObj *)t, I->e_BaseException);
}

int eval_exc_match(Interp *I, Obj *exc, Obj *type) {
    if (TUPLE_CHECK(type)) {
        for (Ssize i = 0; i < TUPLE_LEN(type); i++)
            if (!valid_exc_class(I, TUPLE_GET(type, i))) goto bad;
        for (Ssize i = 0; i < TUPLE_LEN(type); i++)
            if (type_is_subtype(TYPE(exc), (TypeObj *)TUPLE_GET(type, i))) return 1;
        return 0;
    }
    if (!valid_exc_class(I, type)) goto bad;
    return type_is_subtype(TYPE(exc), (TypeObj *)type);
bad:
    err_string(I, I->e_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

Obj *eval_before_with(Interp *I, Obj *mgr, Obj **exit) {
    bool v311 = I->prof->context_manager_msg_311;
    Obj *enter = type_lookup(I, TYPE(mgr), I->ids.__enter__);
    if (!enter) {
        if (v311) return err_format(I, I->e_TypeError, "'%T' object does not support the context manager protocol", mgr);
        return err_attribute(I, mgr, I->ids.__enter__, "__enter__");
    }
    Obj *ex = type_lookup(I, TYPE(mgr), I->ids.__exit__);
    if (!ex) {
        if (v311)
            return err_format(I, I->e_TypeError,
                              "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
        return err_attribute(I, mgr, I->ids.__exit__, "__exit__");
    }
    INCREF(enter);
    INCREF(ex);
    Obj *bound_exit = TYPE(ex)->descr_get ? TYPE(ex)->descr_get(I, ex, mgr, OBJ(TYPE(mgr))) : NEWREF(ex);
    DECREF(I, ex);
    if (!bound_exit) {
        DECREF(I, enter);
        return NULL;
    }
    Obj *bound_enter = TYPE(enter)->descr_get ? TYPE(enter)->descr_get(I, enter, mgr, OBJ(TYPE(mgr))) : NEWREF(enter);
    DECREF(I, enter);
    Obj *res = bound_enter ? obj_call0(I, bound_enter) : NULL;
    XDECREF(I, bound_enter);
    if (!res) {
        DECREF(I, bound_exit);
        return NULL;
    }
    *exit = bound_exit;
    return res;
}

/* An exception instance from `raise X`: X itself or X() for a class. */
static Obj *make_exception(Interp *I, Obj *x, const char *what) {
    if (TYPE_CHECK(x) && type_is_subtype((TypeObj *)x, I->e_BaseException)) {
        Obj *v = obj_call0(I, x);
        if (!v) return NULL;
        if (!EXC_CHECK(v)) {
            err_format(I, I->e_TypeError, "calling %R should have returned an instance of BaseException, not %T",
                       x, v);
            DECREF(I, v);
            return NULL;
        }
        return v;
    }
    if (EXC_CHECK(x)) return NEWREF(x);
    err_string(I, I->e_TypeError, what);
    return NULL;
}

void eval_do_raise(Interp *I, Obj *exc, Obj *cause) {
    Obj *value = make_exception(I, exc, "exceptions must derive from BaseException");
    DECREF(I, exc);
    if (!value) {
        XDECREF(I, cause);
        return;
    }
    if (cause) {
        Obj *c = cause == I->none ? NEWREF(I->none)
                                  : make_exception(I, cause, "exception causes must derive from BaseException");
        DECREF(I, cause);
        if (!c) {
            DECREF(I, value);
            return;
        }
        exc_set_cause(I, value, c == I->none ? (DECREF(I, c), NULL) : c);
    }
    vm_chain_context(I, value);
    err_restore(I, value);
}

Obj *eval_import_name(Interp *I, Obj *name, Obj *level, Obj *fromlist) {
    if (level != I->small_ints[5]) /* level 0 */
        return err_string(I, I->e_ImportError, "attempted relative import with no known parent package");
    Obj *m = import_module(I, name);
    if (!m || fromlist != I->none) return m;
    Ssize n = STR_LEN(name);
    for (Ssize i = 0; i < n; i++)
        if (str_char_at(name, i) == '.') {
            const char *u = str_utf8(I, name, NULL);
            Obj *top = u ? str_from_utf8(I, u, i) : NULL;
            DECREF(I, m);
            if (!top) return NULL;
            m = import_module(I, top);
            DECREF(I, top);
            return m;
        }
    return m;
}

Obj *eval_import_from(Interp *I, Obj *module, Obj *name) {
    Obj *v = NULL;
    int r = obj_lookup_attr(I, module, name, &v);
    if (r != 0) return v;
    Obj *mname = NULL;
    if (obj_lookup_attr(I, module, I->ids.__name__, &mname) < 0) return NULL;
    if (mname && STR_CHECK(mname)) {
        Obj *full = str_from_format(I, "%U.%U", mname, name);
        Obj *sub = full ? dict_get(I, I->modules, full) : NULL;
        XDECREF(I, full);
        if (sub) {
            DECREF(I, mname);
            return NEWREF(sub);
        }
        if (err_occurred(I)) err_clear(I);
    }
    Obj *file = NULL;
    if (obj_lookup_attr(I, module, I->ids.__file__, &file) < 0) err_clear(I);
    if (file && STR_CHECK(file))
        err_format(I, I->e_ImportError, "cannot import name '%U' from '%V' (%U)", name,
                   mname && STR_CHECK(mname) ? mname : NULL, "<unknown module name>", file);
    else
        err_format(I, I->e_ImportError, "cannot import name '%U' from '%V' (unknown location)", name,
                   mname && STR_CHECK(mname) ? mname : NULL, "<unknown module name>");
    XDECREF(I, file);
    XDECREF(I, mname);
    return NULL;
}

bool eval_import_star(Interp *I, Frame *f, Obj *module) {
    Obj *ns = f->locals ? f->locals : f->globals;
    Obj *all = NULL;
    if (obj_lookup_attr(I, module, I->ids.__all__, &all) < 0) return false;
    Obj *names;
    bool skip_private = false;
    if (all) {
        names = seq_list(I, all);
        DECREF(I, all);
    } else {
        Obj *d = NULL;
        if (obj_lookup_attr(I, module, I->ids.__dict__, &d) < 0) return false;
        if (!d) {
            err_string(I, I->e_ImportError, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        names = DICT_CHECK(d) ? dict_keys_list(I, d) : seq_list(I, d);
        DECREF(I, d);
        skip_private = true;
    }
    if (!names) return false;
    bool ok = true;
    for (Ssize i = 0; ok && i < LIST_LEN(names); i++) {
        Obj *name = LIST_GET(names, i);
        if (skip_private && STR_CHECK(name) && STR_LEN(name) && str_char_at(name, 0) == '_') continue;
        Obj *v = obj_getattr(I, module, name);
        ok = v && (DICT_CHECK(ns) ? dict_set(I, ns, name, v) : obj_setitem(I, ns, name, v) == 0);
        XDECREF(I, v);
    }
    DECREF(I, names);
    return ok;
}

bool eval_setup_annotations(Interp *I, Frame *f) {
    Obj *ns = f->locals ? f->locals : f->globals;
    Obj *v = NULL;
    int r = eval_mapping_get(I, ns, I->ids.__annotations__, &v);
    if (r < 0) return false;
    if (r > 0) {
        DECREF(I, v);
        return true;
    }
    Obj *d = dict_new(I);
    if (!d) return false;
    bool ok = DICT_CHECK(ns) ? dict_set(I, ns, I->ids.__annotations__, d)
                             : obj_setitem(I, ns, I->ids.__annotations__, d) == 0;
    DECREF(I, d);
    return ok;
}

bool eval_print_expr(Interp *I, Obj *v) {
    Obj *sys = dict_get_cstr(I, I->modules, "sys");
    Obj *hook = NULL, *hname = str_intern_cstr(I, "displayhook");
    if (sys && hname && obj_lookup_attr(I, sys, hname, &hook) < 0) err_clear(I);
    XDECREF(I, hname);
    if (hook) {
        Obj *r = obj_call1(I, hook, v);
        DECREF(I, hook);
        XDECREF(I, r);
        return r != NULL;
    }
    if (err_occurred(I)) err_clear(I);
    return vm_display_value(I, v);
}
