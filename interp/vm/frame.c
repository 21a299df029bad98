/* frame.c: frames on the per-interpreter stack arena, argument binding with CPython's messages,
 * cells and closures, and the locals() snapshot. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "vm/frame.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

/* ---- the arena ---- */
static size_t frame_bytes(CodeObj *co) {
    return sizeof(Frame) + sizeof(Obj *) * (size_t)(co->nlocalsplus + co->stacksize) +
           sizeof(Block) * (size_t)co->maxblocks;
}

static void *arena_take(Interp *I, size_t need) {
    VmState *vm = I->vm;
    need = (need + 15) & ~(size_t)15;
    StackChunk *ch = vm->chunk;
    if (ch && (size_t)(ch->end - ch->top) >= need) {
        void *p = ch->top;
        ch->top += need;
        return p;
    }
    /* A spare chunk kept from before, or a new one. */
    StackChunk *next = ch ? ch->next : NULL;
    if (!next || (size_t)(next->end - next->data) < need) {
        size_t size = need > CHUNK_SIZE ? need : CHUNK_SIZE;
        StackChunk *n = mem_alloc(I, sizeof(StackChunk) + size);
        if (!n) return NULL;
        n->end = n->data + size;
        n->prev = ch;
        n->next = next;
        if (ch) ch->next = n;
        next = n;
    }
    next->top = next->data + need;
    vm->chunk = next;
    return next->data;
}

Frame *frame_alloc_arena(Interp *I, size_t bytes) { return arena_take(I, bytes); }

static void arena_give_back(Interp *I, void *p) {
    VmState *vm = I->vm;
    StackChunk *ch = vm->chunk;
    ch->top = p;
    if (ch->top == ch->data && ch->prev) vm->chunk = ch->prev;
}

static void frame_init(Frame *f, CodeObj *co, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    f->back = NULL;
    f->code = co;
    INCREF(co);
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    if (func) {
        INCREF(func); /* which holds globals and builtins */
    } else {
        XINCREF(globals);
        XINCREF(builtins);
    }
    f->locals = locals;
    XINCREF(locals);
    f->ip = co->code;
    f->nblocks = 0;
    f->lasti = -1;
    f->gen = NULL;
    f->fobj = NULL;
    f->is_entry = false;
    int n = co->nlocalsplus;
    for (int i = 0; i < n; i++) f->localsplus[i] = NULL;
    f->sp = f->localsplus + n;
    f->blocks = (Block *)(f->localsplus + n + co->stacksize);
}

Frame *frame_push(Interp *I, CodeObj *co, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    Frame *f;
    if (co->flags & CO_GENERATOR) {
        f = mem_alloc(I, frame_bytes(co));
        if (!f) return NULL;
        frame_init(f, co, func, globals, builtins, locals);
        f->on_heap = true;
        return f;
    }
    f = arena_take(I, frame_bytes(co));
    if (!f) return NULL;
    frame_init(f, co, func, globals, builtins, locals);
    f->on_heap = false;
    return f;
}

static void frame_clear(Interp *I, Frame *f) {
    if (f->fobj) frameobj_detach(I, f);
    Obj **p = f->localsplus;
    Obj **end = f->sp;
    for (; p < end; p++) XDECREF(I, *p);
    f->sp = f->localsplus;
    CLEAR(I, f->locals);
    if (!f->func) {
        CLEAR(I, f->builtins);
        CLEAR(I, f->globals);
    } else {
        f->builtins = f->globals = NULL;
        CLEAR(I, f->func);
    }
    Obj *co = OBJ(f->code);
    f->code = NULL;
    XDECREF(I, co);
}

void frame_pop(Interp *I, Frame *f) {
    frame_clear(I, f);
    if (f->on_heap)
        mem_free(f);
    else
        arena_give_back(I, f);
}

void frame_free_heap(Interp *I, Frame *f) {
    frame_clear(I, f);
    mem_free(f);
}

int frame_traverse(Frame *f, VisitFn visit, void *arg) {
    for (Obj **p = f->localsplus; p < f->sp; p++) VISIT(*p);
    VISIT(f->code);
    VISIT(f->func);
    if (!f->func) {
        VISIT(f->globals);
        VISIT(f->builtins);
    }
    VISIT(f->locals);
    VISIT(f->fobj);
    return 0;
}

int frame_lineno(Frame *f) {
    int i = f->lasti >= 0 ? f->lasti : 0;
    return code_line_of(f->code, i);
}

/* ---- cells ---- */
void frame_init_cells(Interp *I, Frame *f, Obj *closure) {
    CodeObj *co = f->code;
    Obj **lp = f->localsplus;
    for (int i = 0; i < co->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        Obj *v = arg >= 0 ? lp[arg] : NULL;
        lp[co->nlocals + i] = cell_new(I, v);
        if (arg >= 0) CLEAR(I, lp[arg]);
    }
    if (closure)
        for (int i = 0; i < co->nfrees; i++) lp[co->nlocals + co->ncells + i] = NEWREF(TUPLE_GET(closure, i));
}

/* ---- argument binding ---- */
static Obj *fname(Interp *I, Frame *f) { return func_display_name(I, f->func); }

/* 'a' / 'a' and 'b' / 'a', 'b', and 'c' */
static Obj *join_names(Interp *I, Obj **names, int n) {
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n > 2) sb_add_cstr(I, &b, ",");
            if (i == n - 1) sb_add_cstr(I, &b, " and");
            sb_add_cstr(I, &b, " ");
        }
        Obj *r = str_repr_of(I, names[i]);
        if (!r) {
            sb_discard(&b);
            return NULL;
        }
        sb_add_str(I, &b, r);
        DECREF(I, r);
    }
    return sb_finish(I, &b);
}

static bool missing_args(Interp *I, Frame *f, bool kwonly) {
    CodeObj *co = f->code;
    int lo = kwonly ? co->argcount : 0, hi = kwonly ? co->argcount + co->kwonlyargcount : co->argcount;
    Obj *names[64];
    int n = 0;
    for (int i = lo; i < hi && n < 64; i++)
        if (!f->localsplus[i]) names[n++] = TUPLE_GET(co->localsplusnames, i);
    Obj *joined = join_names(I, names, n);
    Obj *name = fname(I, f);
    if (joined && name)
        err_format(I, I->e_TypeError, "%U() missing %d required %s argument%s: %U", name, n,
                   kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", joined);
    XDECREF(I, joined);
    XDECREF(I, name);
    return false;
}

static bool too_many_positional(Interp *I, Frame *f, size_t given, int ndefaults) {
    CodeObj *co = f->code;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (f->localsplus[i]) kwonly_given++;
    char sig[64], kwsig[128] = "";
    if (ndefaults)
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndefaults, co->argcount);
    else
        snprintf(sig, sizeof sig, "%d", co->argcount);
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    Obj *name = fname(I, f);
    if (name)
        err_format(I, I->e_TypeError, "%U() takes %s positional argument%s but %zu%s %s given", name, sig,
                   co->argcount != 1 ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
    XDECREF(I, name);
    return false;
}

static int find_param(CodeObj *co, Obj *key, int from, int total) {
    Obj *const *names = TUPLE_ITEMS(co->localsplusnames);
    for (int i = from; i < total; i++)
        if (names[i] == key) return i;
    for (int i = from; i < total; i++)
        if (str_eq(names[i], key)) return i;
    return -1;
}

static bool bind_keywords(Interp *I, Frame *f, Obj *const *kwvals, Obj *kwnames, Obj *kwdict) {
    CodeObj *co = f->code;
    int total = co->argcount + co->kwonlyargcount;
    Obj *posonly_names[32];
    int nposonly = 0;
    for (Ssize k = 0; k < TUPLE_LEN(kwnames); k++) {
        Obj *key = TUPLE_GET(kwnames, k), *val = kwvals[k];
        if (!STR_CHECK(key)) {
            Obj *name = fname(I, f);
            if (name) err_format(I, I->e_TypeError, "%U() keywords must be strings", name);
            XDECREF(I, name);
            return false;
        }
        int i = find_param(co, key, co->posonlyargcount, total);
        if (i < 0) {
            if (kwdict) {
                if (!dict_set(I, kwdict, key, val)) return false;
                continue;
            }
            if (find_param(co, key, 0, co->posonlyargcount) >= 0) {
                if (nposonly < 32) posonly_names[nposonly++] = key;
                continue;
            }
            Obj *name = fname(I, f);
            if (name) err_format(I, I->e_TypeError, "%U() got an unexpected keyword argument '%U'", name, key);
            XDECREF(I, name);
            return false;
        }
        if (f->localsplus[i]) {
            Obj *name = fname(I, f);
            if (name) err_format(I, I->e_TypeError, "%U() got multiple values for argument '%U'", name, key);
            XDECREF(I, name);
            return false;
        }
        f->localsplus[i] = NEWREF(val);
    }
    if (nposonly) {
        Obj *sep = str_from_cstr(I, ", ");
        Obj *lst = tuple_from_array(I, posonly_names, nposonly);
        Obj *joined = sep && lst ? str_join(I, sep, lst) : NULL;
        Obj *name = fname(I, f);
        if (joined && name)
            err_format(I, I->e_TypeError,
                       "%U() got some positional-only arguments passed as keyword arguments: '%U'", name, joined);
        XDECREF(I, sep);
        XDECREF(I, lst);
        XDECREF(I, joined);
        XDECREF(I, name);
        return false;
    }
    return true;
}

static bool fill_defaults(Interp *I, Frame *f, size_t nargs) {
    CodeObj *co = f->code;
    FuncObj *fn = FUNC(f->func);
    Obj **lp = f->localsplus;
    int ndef = fn->defaults ? (int)TUPLE_LEN(fn->defaults) : 0;
    if ((int)nargs < co->argcount) {
        int first_def = co->argcount - ndef;
        bool missing = false;
        for (int i = (int)nargs; i < co->argcount; i++) {
            if (lp[i]) continue;
            if (i >= first_def) lp[i] = NEWREF(TUPLE_GET(fn->defaults, i - first_def));
            else missing = true;
        }
        if (missing) return missing_args(I, f, false);
    }
    if (co->kwonlyargcount) {
        bool missing = false;
        for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
            if (lp[i]) continue;
            Obj *d = fn->kwdefaults ? dict_get_str(I, fn->kwdefaults, TUPLE_GET(co->localsplusnames, i)) : NULL;
            if (d) lp[i] = NEWREF(d);
            else missing = true;
        }
        if (missing) return missing_args(I, f, true);
    }
    return true;
}

bool frame_bind_args(Interp *I, Frame *f, Obj *const *args, size_t nargs, Obj *kwnames) {
    CodeObj *co = f->code;
    FuncObj *fn = FUNC(f->func);
    Obj **lp = f->localsplus;
    size_t argcount = (size_t)co->argcount;
    /* Fast path: exact positional call of a plain function. */
    if (!kwnames && nargs == argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) lp[i] = NEWREF(args[i]);
        if (co->kwonlyargcount && !fill_defaults(I, f, nargs)) return false;
        if (co->ncells || co->nfrees) frame_init_cells(I, f, fn->closure);
        return true;
    }
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++) lp[i] = NEWREF(args[i]);
    int extra = co->argcount + co->kwonlyargcount;
    if (co->flags & CO_VARARGS) {
        Obj *t = nargs > argcount ? tuple_from_array(I, args + argcount, (Ssize)(nargs - argcount))
                                  : NEWREF(I->empty_tuple);
        if (!t) return false;
        lp[extra++] = t;
    }
    Obj *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(I);
        if (!kwdict) return false;
        lp[extra] = kwdict;
    }
    if (kwnames && !bind_keywords(I, f, args + nargs, kwnames, kwdict)) return false;
    if (nargs > argcount && !(co->flags & CO_VARARGS))
        return too_many_positional(I, f, nargs, fn->defaults ? (int)TUPLE_LEN(fn->defaults) : 0);
    if (!fill_defaults(I, f, nargs)) return false;
    if (co->ncells || co->nfrees) frame_init_cells(I, f, fn->closure);
    return true;
}

Frame *frame_to_heap(Interp *I, Frame *f) {
    size_t bytes = frame_bytes(f->code);
    Frame *h = mem_alloc(I, bytes);
    if (!h) return NULL;
    memcpy(h, f, bytes);
    h->on_heap = true;
    h->sp = h->localsplus + (f->sp - f->localsplus);
    h->blocks = (Block *)(h->localsplus + f->code->nlocalsplus + f->code->stacksize);
    h->ip = f->ip;
    if (h->fobj) frameobj_moved(h->fobj, h);
    arena_give_back(I, f);
    return h;
}

/* ---- locals() ---- */
Obj *frame_locals_dict(Interp *I, Frame *f) {
    CodeObj *co = f->code;
    if (f->locals && !(co->flags & CO_OPTIMIZED)) return NEWREF(f->locals);
    Obj *d = dict_new(I);
    if (!d) return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Obj *v = f->localsplus[i];
        if (i >= co->nlocals) {
            if (i >= co->nlocals + co->ncells && (co->flags & CO_CLASSBODY)) continue;
            v = v ? CELL_GET(v) : NULL;
        }
        if (v && !dict_set(I, d, TUPLE_GET(co->localsplusnames, i), v)) {
            DECREF(I, d);
            return NULL;
        }
    }
    return d;
}
