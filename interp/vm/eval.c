/* eval.c: the eval loop: one function that runs frames instruction by instruction, calls Python
 * functions without recursing in C, and unwinds exceptions through the block stack. The one
 * allowed giant (DESIGN.md); helpers for the rarer instructions are in eval_help.c. */
#include <string.h>

#include "compile/opcode.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/method.h"
#include "objects/misc.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/eval_help.h"
#include "vm/exceptions.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

/* An exact int of at most two 30-bit digits: its C value (loops, indices, running totals).
 * |v| < 2**60, so a sum or difference of two fits an int64_t. */
static inline bool small_int(Interp *I, Obj *o, int64_t *v) {
    if (TYPE(o) != I->t_int) return false;
    Ssize s = VSIZE(o);
    const Digit *d = ((IntObj *)o)->digits;
    switch (s) {
    case 0: *v = 0; return true;
    case 1: *v = d[0]; return true;
    case -1: *v = -(int64_t)d[0]; return true;
    case 2: *v = (int64_t)d[0] | (int64_t)d[1] << INT_SHIFT; return true;
    case -2: *v = -((int64_t)d[0] | (int64_t)d[1] << INT_SHIFT); return true;
    default: return false;
    }
}

static Obj *fast_binop(Interp *I, Obj *a, Obj *b, int op) {
    int64_t x, y;
    if (small_int(I, a, &x) && small_int(I, b, &y)) {
        switch (op & ~BINOP_INPLACE) {
        case BINOP_ADD: return int_from_i64(I, x + y);
        case BINOP_SUB: return int_from_i64(I, x - y);
        case BINOP_MUL: {
#if defined(__GNUC__)
            int64_t r;
            if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(I, r);
#else
            if (x > -(1 << 30) && x < (1 << 30) && y > -(1 << 30) && y < (1 << 30)) return int_from_i64(I, x * y);
#endif
            break;
        }
        case BINOP_AND: return int_from_i64(I, x & y);
        case BINOP_OR: return int_from_i64(I, x | y);
        case BINOP_XOR: return int_from_i64(I, x ^ y);
        case BINOP_FLOORDIV:
            if (y > 0) return int_from_i64(I, x >= 0 ? x / y : -((-x + y - 1) / y));
            break;
        case BINOP_MOD:
            if (y > 0) return int_from_i64(I, ((x % y) + y) % y);
            break;
        default: break;
        }
    } else if (TYPE(a) == I->t_str && TYPE(b) == I->t_str && (op & ~BINOP_INPLACE) == BINOP_ADD)
        return str_concat(I, a, b);
    if (op & BINOP_INPLACE) return num_inplace(I, a, b, op & ~BINOP_INPLACE);
    return num_binop(I, a, b, op);
}

static Obj *fast_compare(Interp *I, Obj *a, Obj *b, int op) {
    int64_t x, y;
    if (small_int(I, a, &x) && small_int(I, b, &y)) {
        bool r = false;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        case CMP_GE: r = x >= y; break;
        }
        return BOOL_OBJ(I, r);
    }
    return obj_richcompare(I, a, b, op);
}

static inline int truth(Interp *I, Obj *v) {
    if (v == I->true_) return 1;
    if (v == I->false_ || v == I->none) return 0;
    return obj_is_true(I, v);
}

/* A frame for a call of a Python function, arguments bound; NULL with an error set. */
static Frame *call_frame(Interp *I, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    FuncObj *fn = FUNC(func);
    Frame *f = frame_push(I, CODE(fn->code), func, fn->globals, fn->builtins, NULL);
    if (!f) return NULL;
    if (!frame_bind_args(I, f, args, nargs, kwnames)) {
        frame_pop(I, f);
        return NULL;
    }
    return f;
}

/* LOAD_GLOBAL: the cached value while globals (and, for a builtin, builtins) are unchanged. */
static inline Obj *load_global(Interp *I, Frame *f, Obj *name, InlineCache *c) {
    if (c->global.value && c->global.gver == dict_version(f->globals) &&
        (c->global.bver == EVAL_IN_GLOBALS || c->global.bver == dict_version(f->builtins)))
        return NEWREF(c->global.value);
    return eval_load_global(I, f, name, c);
}

/* Can a call with nargs positional arguments and no keywords just move them into the frame? */
static inline bool plain_call(CodeObj *co, size_t nargs) {
    return (size_t)co->argcount == nargs && co->kwonlyargcount == 0 && co->ncells == 0 && co->nfrees == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR));
}

/* The frame of a plain_call: the callable's reference and the arguments' are moved (stolen) from
 * the caller's stack; NULL with MemoryError (nothing stolen then). */
static inline Frame *plain_frame(Interp *I, Obj *func, CodeObj *co, Obj **args, size_t nargs) {
    size_t need = FRAME_BYTES(co);
    StackChunk *ch = I->vm->chunk;
    Frame *f;
    if (ch && (size_t)(ch->end - ch->top) >= need) {
        f = (Frame *)ch->top;
        ch->top += need;
    } else if (!(f = frame_alloc_arena(I, need)))
        return NULL;
    FuncObj *fn = FUNC(func);
    f->code = co;
    INCREF(co);
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->nblocks = 0;
    f->lasti = -1;
    f->gen = NULL;
    f->fobj = NULL;
    f->on_heap = false;
    Obj **lp = f->localsplus;
    for (size_t i = 0; i < nargs; i++) lp[i] = args[i];
    for (int i = (int)nargs; i < co->nlocalsplus; i++) lp[i] = NULL;
    f->sp = lp + co->nlocalsplus;
    f->blocks = (Block *)(f->sp + co->stacksize);
    return f;
}

/* frame_pop for the common function frame (no frame object, no locals dict, in the arena):
 * the references go first (a __del__ may push frames above it), then the memory. */
static inline void pop_plain_frame(Interp *I, Frame *f) {
    for (Obj **p = f->localsplus; p < f->sp; p++) XDECREF(I, *p);
    Obj *func = f->func, *co = OBJ(f->code);
    f->func = NULL;
    f->code = NULL;
    DECREF(I, func);
    DECREF(I, co);
    StackChunk *ch = I->vm->chunk;
    ch->top = (char *)f;
    if (ch->top == ch->data && ch->prev) I->vm->chunk = ch->prev;
}

Obj *vm_call_function(Interp *I, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    CodeObj *co = CODE(FUNC(func)->code);
    if (!kwnames && plain_call(co, nargs)) { /* (calls from C: __init__, sort keys, callbacks) */
        for (size_t i = 0; i < nargs; i++) INCREF(args[i]);
        INCREF(func);
        Frame *f = plain_frame(I, func, co, (Obj **)args, nargs);
        if (!f) {
            for (size_t i = 0; i < nargs; i++) DECREF(I, args[i]);
            DECREF(I, func);
            return NULL;
        }
        Obj *r = vm_eval(I, f, false);
        frame_pop(I, f);
        return r;
    }
    Frame *f = call_frame(I, func, args, nargs, kwnames);
    if (!f) return NULL;
    if (f->code->flags & CO_GENERATOR) return gen_new(I, f, func);
    Obj *r = vm_eval(I, f, false);
    frame_pop(I, f);
    return r;
}

Obj *vm_eval_frame(Interp *I, Frame *f, bool throwflag) {
    Obj *r = vm_eval(I, f, throwflag);
    if (!f->on_heap) frame_pop(I, f);
    return r;
}

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif

Obj *vm_eval(Interp *I, Frame *f, bool throwflag) {
    VmState *vm = I->vm;
    if (!vm_check_c_stack(I)) return NULL;
    /* 3.12+: entering the eval loop from C also costs C recursion (two of CPython's checks) */
    if (vm->c_limit && (vm->c_depth += 2) > vm->c_limit) {
        vm->c_depth -= 2;
        return err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
    }
    if (++I->recursion_depth > I->recursion_limit) {
        I->recursion_depth--;
        if (vm->c_limit) vm->c_depth -= 2;
        return err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
    }
    f->back = vm->frame;
    vm->frame = f;
    f->is_entry = true;
    f->yielded = false;

    CodeObj *co;
    const Word *ip;
    Obj **sp, **lp, *const *consts, *const *names;
    Word w;
    int arg;
    Obj *retval = NULL;
    bool reraise = false;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        co = f->code;                                                                              \
        ip = f->ip;                                                                                \
        sp = f->sp;                                                                                \
        lp = f->localsplus;                                                                        \
        consts = TUPLE_ITEMS(co->consts);                                                          \
        names = TUPLE_ITEMS(co->names);                                                            \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        f->ip = ip;                                                                                \
        f->sp = sp;                                                                                \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define INSTR_INDEX() ((int)(ip - co->code) - 1)
#define CACHE() (&co->cache[ip - co->code - 1])
#define CHECK_INTERRUPT()                                                                          \
    do {                                                                                           \
        if (I->interrupt && *I->interrupt) {                                                       \
            *I->interrupt = 0;                                                                     \
            err_set_none(I, I->e_KeyboardInterrupt);                                               \
            goto error;                                                                            \
        }                                                                                          \
    } while (0)

#ifdef USE_COMPUTED_GOTO
    static const void *const targets[BC_COUNT] = {
#define X(n, k) [BC_##n] = &&L_##n,
        SLOTSCOPE_OPCODES(X)
#undef X
    };
#define TARGET(op) L_##op:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        w = *ip++;                                                                                 \
        arg = (int)WORD_ARG(w);                                                                    \
        goto *targets[WORD_OP(w)];                                                                 \
    } while (0)
#else
#define TARGET(op) case BC_##op:
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME();
    if (throwflag) goto error;

#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    w = *ip++;
    arg = (int)WORD_ARG(w);
    switch (WORD_OP(w)) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        Obj *v = POP();
        XDECREF(I, v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        Obj *a = TOP();
        SET_TOP(SECOND());
        SECOND() = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        Obj *a = TOP(), *b = SECOND(), *c = THIRD();
        SET_TOP(b);
        SECOND() = c;
        THIRD() = a;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        Obj *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        Obj *a = TOP();
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        Obj *a = TOP(), *b = SECOND();
        INCREF(a);
        INCREF(b);
        PUSH(b);
        PUSH(a);
        DISPATCH();
    }
    TARGET(COPY) {
        Obj *a = PEEK(arg);
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(SWAP) {
        Obj *a = TOP();
        SET_TOP(PEEK(arg));
        PEEK(arg) = a;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        Obj *v = consts[arg];
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        retval = NEWREF(consts[arg]);
        goto return_value;
    }
    TARGET(LOAD_FAST) {
        Obj *v = lp[arg];
        if (!v) {
            vm_format_unbound(I, f, arg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Obj *v = POP();
        SETREF(I, lp[arg], v);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!lp[arg]) {
            vm_format_unbound(I, f, arg);
            goto error;
        }
        CLEAR(I, lp[arg]);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Obj *v = CELL_GET(lp[arg]);
        if (!v) {
            vm_format_unbound(I, f, arg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Obj *name = TUPLE_GET(co->localsplusnames, arg);
        Obj *v = NULL;
        if (f->locals) {
            if (eval_mapping_get(I, f->locals, name, &v) < 0) goto error;
        }
        if (!v) {
            v = CELL_GET(lp[arg]);
            if (!v) {
                vm_format_unbound(I, f, arg);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Obj *v = POP();
        cell_set(I, lp[arg], v);
        DECREF(I, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        if (!CELL_GET(lp[arg])) {
            vm_format_unbound(I, f, arg);
            goto error;
        }
        cell_set(I, lp[arg], NULL);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        Obj *c = lp[arg];
        INCREF(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        /* module level: locals are the globals, so the LOAD_GLOBAL cache applies */
        Obj *v = f->locals == f->globals && TYPE(f->globals) == I->t_dict
                     ? load_global(I, f, names[arg], CACHE())
                     : eval_load_name(I, f, names[arg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Obj *v = POP();
        int r = eval_store_name(I, f, names[arg], v);
        DECREF(I, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        if (eval_delete_name(I, f, names[arg]) < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Obj *v = load_global(I, f, names[arg], CACHE());
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Obj *v = POP();
        bool ok = dict_set(I, f->globals, names[arg], v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        int r = dict_del(I, f->globals, names[arg]);
        if (r < 0) goto error;
        if (r == 0) {
            err_name(I, I->e_NameError, names[arg], "name '%U' is not defined", names[arg]);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Obj *o = TOP();
        Obj *v = eval_load_attr(I, o, names[arg], CACHE());
        if (!v) goto error;
        DECREF(I, o);
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Obj *o = TOP(), *v = SECOND();
        int r = eval_store_attr(I, o, names[arg], v, CACHE());
        DECREF(I, o);
        DECREF(I, v);
        sp -= 2;
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Obj *o = POP();
        int r = obj_setattr(I, o, names[arg], NULL);
        DECREF(I, o);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Obj *o = TOP(), *meth = NULL;
        int r = eval_load_method(I, o, names[arg], &meth, CACHE());
        if (r < 0) goto error;
        if (r == 1) { /* [meth, self] */
            SET_TOP(meth);
            PUSH(o);
        } else { /* [NULL, attr] */
            SET_TOP(NULL);
            PUSH(meth);
            DECREF(I, o);
        }
        DISPATCH();
    }
    TARGET(CALL_METHOD) {
        Obj **args = sp - arg;
        Obj *callable = args[-2];
        size_t nargs = (size_t)arg;
        if (callable) {
            args--;
            nargs++;
        } else
            callable = args[-1];
        Obj *kwnames = NULL;
        int consumed = arg + 2;
        goto do_call;
    TARGET(CALL_METHOD_KW)
        kwnames = POP();
        args = sp - arg;
        callable = args[-2];
        nargs = (size_t)arg - (size_t)TUPLE_LEN(kwnames);
        if (callable) {
            args--;
            nargs++;
        } else
            callable = args[-1];
        consumed = arg + 2;
        goto do_call;
    TARGET(CALL_KW)
        kwnames = POP();
        args = sp - arg;
        callable = args[-1];
        nargs = (size_t)arg - (size_t)TUPLE_LEN(kwnames);
        consumed = arg + 1;
        goto do_call;
    TARGET(CALL)
        args = sp - arg;
        callable = args[-1];
        nargs = (size_t)arg;
        kwnames = NULL;
        consumed = arg + 1;
    do_call:
        if (TYPE(callable) == I->t_function && !kwnames && plain_call(CODE(FUNC(callable)->code), nargs)) {
            if (I->recursion_depth + 1 > I->recursion_limit) {
                err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            Frame *nf = plain_frame(I, callable, CODE(FUNC(callable)->code), args, nargs);
            if (!nf) goto error;
            I->recursion_depth++;
            sp -= consumed; /* all moved into the frame (or NULL: CALL_METHOD's empty slot) */
            SAVE_FRAME();
            nf->back = f;
            nf->is_entry = false;
            nf->yielded = false;
            vm->frame = nf;
            f = nf;
            LOAD_FRAME();
            CHECK_INTERRUPT();
            DISPATCH();
        }
        if (TYPE(callable) == I->t_function && !(CODE(FUNC(callable)->code)->flags & CO_GENERATOR)) {
            /* A Python function: run it in this loop, no C recursion. */
            Frame *nf = call_frame(I, callable, args, nargs, kwnames);
            if (!nf) {
                XDECREF(I, kwnames);
                goto error;
            }
            XDECREF(I, kwnames);
            for (int i = 0; i < consumed; i++) {
                Obj *x = POP();
                XDECREF(I, x);
            }
            if (++I->recursion_depth > I->recursion_limit) {
                I->recursion_depth--;
                frame_pop(I, nf);
                err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            SAVE_FRAME();
            nf->back = f;
            nf->is_entry = false;
            nf->yielded = false;
            vm->frame = nf;
            f = nf;
            LOAD_FRAME();
            CHECK_INTERRUPT();
            DISPATCH();
        }
        SAVE_FRAME();
        Obj *res;
        if (TYPE(callable) == I->t_builtin_func) {
            /* a builtin's call counts against the recursion limit (the C one in 3.12+) */
            if (vm_enter_recursive(I, " while calling a Python object") < 0) {
                res = NULL;
            } else {
                res = obj_call(I, callable, args, nargs, kwnames);
                vm_leave_recursive(I);
            }
        } else
            res = obj_call(I, callable, args, nargs, kwnames);
        XDECREF(I, kwnames);
        for (int i = 0; i < consumed; i++) {
            Obj *x = POP();
            XDECREF(I, x);
        }
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(RUN_COMPREHENSION) {
        /* [cells..., iterator]: a frame for the comprehension's code, run in this loop */
        CodeObj *cc = CODE(consts[arg]);
        Frame *nf = frame_push(I, cc, NULL, f->globals, f->builtins, NULL);
        if (!nf) goto error;
        nf->localsplus[0] = POP();
        for (int i = cc->nfrees - 1; i >= 0; i--) nf->localsplus[cc->nlocals + cc->ncells + i] = POP();
        for (int i = 0; i < cc->ncells; i++) nf->localsplus[cc->nlocals + i] = cell_new(I, NULL);
        if (++I->recursion_depth > I->recursion_limit) {
            I->recursion_depth--;
            frame_pop(I, nf);
            err_string(I, I->e_RecursionError, "maximum recursion depth exceeded");
            goto error;
        }
        SAVE_FRAME();
        nf->back = f;
        nf->is_entry = false;
        nf->yielded = false;
        vm->frame = nf;
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        Obj *kw = (arg & 1) ? POP() : NULL;
        Obj *cargs = POP(), *callable = TOP();
        SAVE_FRAME();
        Obj *res = obj_call_tuple_dict(I, callable, cargs, kw);
        DECREF(I, cargs);
        XDECREF(I, kw);
        DECREF(I, callable);
        SET_TOP(res);
        if (!res) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Obj *b = POP(), *a = TOP();
        Obj *r = fast_binop(I, a, b, arg);
        DECREF(I, a);
        DECREF(I, b);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Obj *a = TOP(), *r = num_neg(I, a);
        DECREF(I, a);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Obj *a = TOP(), *r = num_pos(I, a);
        DECREF(I, a);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Obj *a = TOP(), *r = num_invert(I, a);
        DECREF(I, a);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Obj *a = TOP();
        int t = truth(I, a);
        DECREF(I, a);
        if (t < 0) {
            sp--;
            goto error;
        }
        SET_TOP(BOOL_OBJ(I, !t));
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Obj *b = POP(), *a = TOP();
        Obj *r = fast_compare(I, a, b, arg);
        DECREF(I, a);
        DECREF(I, b);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(IS_OP) {
        Obj *b = POP(), *a = TOP();
        bool r = (a == b) ^ (arg != 0);
        DECREF(I, a);
        DECREF(I, b);
        SET_TOP(BOOL_OBJ(I, r));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Obj *b = POP(), *a = TOP();
        int r = seq_contains(I, b, a);
        DECREF(I, a);
        DECREF(I, b);
        if (r < 0) {
            sp--;
            goto error;
        }
        SET_TOP(BOOL_OBJ(I, r ^ (arg != 0)));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Obj *k = POP(), *o = TOP();
        Obj *r;
        int64_t i;
        if (TYPE(o) == I->t_list && small_int(I, k, &i)) {
            if (i < 0) i += LIST_LEN(o);
            if (i >= 0 && i < LIST_LEN(o)) r = NEWREF(LIST_GET(o, i));
            else r = obj_getitem(I, o, k);
        } else if (TYPE(o) == I->t_tuple && small_int(I, k, &i) && i >= 0 && i < TUPLE_LEN(o))
            r = NEWREF(TUPLE_GET(o, i));
        else
            r = obj_getitem(I, o, k);
        DECREF(I, o);
        DECREF(I, k);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Obj *k = TOP(), *o = SECOND(), *v = THIRD();
        sp -= 3;
        int r;
        int64_t i;
        if (TYPE(o) == I->t_list && small_int(I, k, &i) && i >= 0 && i < LIST_LEN(o)) {
            Obj *old = LIST_GET(o, i);
            LIST_SET(o, i, v);
            v = NULL;
            DECREF(I, old);
            r = 0;
        } else
            r = obj_setitem(I, o, k, v);
        XDECREF(I, v);
        DECREF(I, o);
        DECREF(I, k);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Obj *k = POP(), *o = POP();
        int r = obj_delitem(I, o, k);
        DECREF(I, o);
        DECREF(I, k);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Obj *step = arg == 3 ? POP() : NULL;
        Obj *stop = POP(), *start = TOP();
        Obj *s = slice_new(I, start, stop, step);
        DECREF(I, start);
        DECREF(I, stop);
        XDECREF(I, step);
        SET_TOP(s);
        if (!s) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Obj *t = tuple_new(I, arg);
        if (!t) goto error;
        for (int i = arg - 1; i >= 0; i--) TUPLE_SET(t, i, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Obj *l = list_new(I, arg);
        if (!l) goto error;
        for (int i = arg - 1; i >= 0; i--) LIST_SET(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Obj *s = set_new(I, NULL);
        if (!s) goto error;
        bool ok = true;
        for (int i = arg; i > 0; i--)
            if (ok && !set_add(I, s, PEEK(i))) ok = false;
        for (int i = 0; i < arg; i++) DECREF(I, POP());
        if (!ok) {
            DECREF(I, s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Obj *d = dict_new(I);
        if (!d) goto error;
        bool ok = true;
        for (int i = arg; i > 0; i--)
            if (ok && !dict_set(I, d, PEEK(2 * i), PEEK(2 * i - 1))) ok = false;
        for (int i = 0; i < 2 * arg; i++) DECREF(I, POP());
        if (!ok) {
            DECREF(I, d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Obj *s = eval_build_string(I, sp - arg, arg);
        for (int i = 0; i < arg; i++) DECREF(I, POP());
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Obj *v = POP();
        bool ok = list_append(I, PEEK(arg), v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Obj *v = POP();
        bool ok = set_add(I, PEEK(arg), v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Obj *v = POP(), *k = POP();
        bool ok = dict_set(I, PEEK(arg), k, v);
        DECREF(I, v);
        DECREF(I, k);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Obj *v = POP();
        bool ok = eval_list_extend(I, PEEK(arg & 0xFF), v, (arg & 0x100) ? PEEK((arg & 0xFF) + 1) : NULL);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Obj *v = POP();
        bool ok = set_update(I, PEEK(arg), v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Obj *v = POP();
        bool ok = eval_dict_update(I, PEEK(arg), v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Obj *v = POP();
        bool ok = eval_dict_merge(I, PEEK(arg), v, PEEK(arg + 2));
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Obj *l = TOP(), *t = list_as_tuple(I, l);
        if (!t) goto error;
        DECREF(I, l);
        SET_TOP(t);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Obj *spec = (arg & FV_SPEC) ? POP() : NULL;
        Obj *v = TOP();
        Obj *r = eval_format_value(I, v, arg & 3, spec);
        XDECREF(I, spec);
        if (!r) goto error;
        DECREF(I, v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Obj *o = TOP();
        Obj *it = obj_iter(I, o);
        if (!it) goto error;
        DECREF(I, o);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Obj *it = TOP();
        Obj *v = TYPE(it)->iternext ? TYPE(it)->iternext(I, it) : iter_next(I, it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred(I)) {
            if (!err_matches(I, I->e_StopIteration)) goto error;
            err_clear(I);
        }
        DECREF(I, POP());
        ip = co->code + arg;
        DISPATCH();
    }
    TARGET(JUMP) {
        const Word *target = co->code + arg;
        if (target < ip) CHECK_INTERRUPT();
        ip = target;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Obj *v = POP();
        int t = truth(I, v);
        DECREF(I, v);
        if (t < 0) goto error;
        if (!t) ip = co->code + arg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Obj *v = POP();
        int t = truth(I, v);
        DECREF(I, v);
        if (t < 0) goto error;
        if (t) ip = co->code + arg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = truth(I, TOP());
        if (t < 0) goto error;
        if (!t) ip = co->code + arg;
        else DECREF(I, POP());
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = truth(I, TOP());
        if (t < 0) goto error;
        if (t) ip = co->code + arg;
        else DECREF(I, POP());
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Obj *seq = TOP();
        if (TYPE(seq) == I->t_tuple && TUPLE_LEN(seq) == arg) {
            sp--;
            for (int i = arg - 1; i >= 0; i--) PUSH(NEWREF(TUPLE_GET(seq, i)));
        } else if (TYPE(seq) == I->t_list && LIST_LEN(seq) == arg) {
            sp--;
            for (int i = arg - 1; i >= 0; i--) PUSH(NEWREF(LIST_GET(seq, i)));
        } else {
            sp--; /* the items take the sequence's place; on failure nothing was left */
            if (!eval_unpack(I, seq, arg, -1, sp)) {
                DECREF(I, seq);
                goto error;
            }
            sp += arg;
        }
        DECREF(I, seq);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Obj *seq = POP();
        int before = arg & 0xFF, after = arg >> 8;
        if (!eval_unpack(I, seq, before, after, sp)) {
            DECREF(I, seq);
            goto error;
        }
        sp += before + after + 1;
        DECREF(I, seq);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto return_value;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_FRAME();
        f->yielded = true;
        goto exit_eval;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Obj *o = TOP();
        if (TYPE(o) != I->t_generator) {
            Obj *it = obj_iter(I, o);
            if (!it) goto error;
            DECREF(I, o);
            SET_TOP(it);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        Obj *v = POP(), *recv = TOP();
        Obj *res = NULL;
        SAVE_FRAME();
        int st = eval_send(I, recv, v, &res);
        DECREF(I, v);
        if (st < 0) goto error;
        if (st == 1) { /* the delegate yielded: re-run YIELD_FROM when resumed */
            ip--;
            retval = res;
            SAVE_FRAME();
            f->yielded = true;
            goto exit_eval;
        }
        DECREF(I, recv);
        SET_TOP(res);
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        Block *b = &f->blocks[f->nblocks++];
        b->handler = (uint32_t)arg;
        b->level = (uint32_t)(sp - FRAME_STACK_BASE(f));
        DISPATCH();
    }
    TARGET(SETUP_CLEANUP) {
        Block *b = &f->blocks[f->nblocks++];
        b->handler = (uint32_t)arg;
        b->level = (uint32_t)(sp - FRAME_STACK_BASE(f)) - 1;
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(PUSH_EXC_INFO) {
        Obj *exc = TOP();
        Obj *prev = vm->exc_info->exc;
        vm->exc_info->exc = NEWREF(exc);
        SET_TOP(prev ? prev : NEWREF(I->none));
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Obj *prev = POP();
        Obj *old = vm->exc_info->exc;
        if (prev == I->none) {
            DECREF(I, prev);
            prev = NULL;
        }
        vm->exc_info->exc = prev;
        XDECREF(I, old);
        DISPATCH();
    }
    TARGET(RERAISE) {
        Obj *exc = POP();
        err_restore(I, exc);
        reraise = true;
        goto error;
    }
    TARGET(CHECK_EXC_MATCH) {
        Obj *t = POP();
        int r = eval_exc_match(I, TOP(), t);
        DECREF(I, t);
        if (r < 0) goto error;
        PUSH(BOOL_OBJ(I, r));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Obj *mgr = TOP(), *exit = NULL;
        SAVE_FRAME();
        Obj *res = eval_before_with(I, mgr, &exit);
        if (!res) goto error;
        DECREF(I, mgr);
        SET_TOP(exit);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Obj *exc = TOP(), *exit = PEEK(3);
        Obj *tb = exc_get_traceback(exc);
        Obj *args[3] = {OBJ(TYPE(exc)), exc, tb ? tb : I->none};
        SAVE_FRAME();
        Obj *r = obj_call(I, exit, args, 3, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        Obj *cause = arg == 2 ? POP() : NULL;
        Obj *exc = arg >= 1 ? POP() : NULL;
        if (!exc) {
            Obj *h = vm_handled_exception(I);
            if (!h) {
                err_string(I, I->e_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(I, NEWREF(h));
            reraise = true;
            goto error;
        }
        eval_do_raise(I, exc, cause);
        goto error;
    }
    TARGET(MAKE_FUNCTION) {
        Obj *code = POP();
        Obj *fn = func_new(I, code, f->globals, NULL);
        DECREF(I, code);
        if (!fn) goto error;
        FuncObj *fo = FUNC(fn);
        if (arg & MF_CLOSURE) fo->closure = POP();
        if (arg & MF_ANNOTATIONS) fo->annotations = POP();
        if (arg & MF_KWDEFAULTS) fo->kwdefaults = POP();
        if (arg & MF_DEFAULTS) fo->defaults = POP();
        PUSH(fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Obj *bc = dict_get_str(I, f->builtins, I->ids.__build_class__);
        if (!bc) {
            if (err_occurred(I)) goto error;
            bc = vm_build_class_func(I);
            if (!bc) goto error;
        }
        PUSH(NEWREF(bc));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Obj *fromlist = POP(), *level = TOP();
        SAVE_FRAME();
        Obj *m = eval_import_name(I, names[arg], level, fromlist);
        DECREF(I, fromlist);
        DECREF(I, level);
        SET_TOP(m);
        if (!m) {
            sp--;
            goto error;
        }
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Obj *v = eval_import_from(I, TOP(), names[arg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Obj *m = POP();
        bool ok = eval_import_star(I, f, m);
        DECREF(I, m);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (!eval_setup_annotations(I, f)) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Obj *v = POP();
        SAVE_FRAME();
        bool ok = eval_print_expr(I, v);
        DECREF(I, v);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF(I->e_AssertionError));
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        err_string(I, I->e_SystemError, "unknown opcode");
        goto error;
    }
#endif

error:
    /* I->exc is set. A fresh exception gets its context and this frame's traceback entry;
     * a re-raised one keeps the traceback it has. */
    f->lasti = INSTR_INDEX();
    if (!reraise) {
        Obj *exc = I->exc;
        if (exc) {
            if (!exc_get_traceback(exc)) vm_chain_context(I, exc);
            vm_traceback_here(I, f, exc);
        }
    }
    reraise = false;
    if (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        Obj **base = FRAME_STACK_BASE(f) + b->level;
        while (sp > base) {
            Obj *x = POP();
            XDECREF(I, x);
        }
        Obj *exc = err_fetch(I);
        if (!exc) exc = NEWREF(I->none);
        PUSH(exc);
        ip = co->code + b->handler;
        DISPATCH();
    }
    /* No handler: the exception leaves this frame. */
    while (sp > FRAME_STACK_BASE(f)) {
        Obj *x = POP();
        XDECREF(I, x);
    }
    retval = NULL;

return_value:
    if (!f->is_entry) {
        Frame *caller = f->back;
        I->recursion_depth--;
        SAVE_FRAME(); /* where it ended, for its frame object */
        if (f->func && !f->fobj && !f->locals && !f->on_heap)
            pop_plain_frame(I, f);
        else
            frame_pop(I, f);
        f = caller;
        vm->frame = f;
        LOAD_FRAME();
        if (!retval) goto error;
        PUSH(retval);
        DISPATCH();
    }
    while (sp > FRAME_STACK_BASE(f)) {
        Obj *x = POP();
        XDECREF(I, x);
    }
    SAVE_FRAME();

exit_eval:
    vm->frame = f->back;
    if (f->yielded) f->back = NULL; /* a suspended generator's frame has no caller */
    I->recursion_depth--;
    if (vm->c_limit) vm->c_depth -= 2;
    return retval;
}
