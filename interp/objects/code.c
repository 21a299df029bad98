/* code.c: the code object type: immutable compiled code, its reprs and co_* attributes. */
#include <stddef.h>
#include <string.h>

#include "objects/code.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/list.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

Obj *code_new(Interp *I, Word *code, int32_t ncode, CodePos *pos, Obj *consts, Obj *names,
              Obj *localsplusnames, Obj *filename, Obj *name, Obj *qualname) {
    CodeObj *co = (CodeObj *)obj_alloc(I, I->t_code, 0);
    InlineCache *cache = co ? mem_calloc(I, (size_t)(ncode ? ncode : 1), sizeof(InlineCache)) : NULL;
    if (!co || !cache) {
        if (co) obj_free(I, OBJ(co));
        mem_free(code);
        mem_free(pos);
        DECREF(I, consts);
        DECREF(I, names);
        DECREF(I, localsplusnames);
        DECREF(I, filename);
        DECREF(I, name);
        DECREF(I, qualname);
        return NULL;
    }
    co->code = code;
    co->ncode = ncode;
    co->pos = pos;
    co->cache = cache;
    co->consts = consts;
    co->names = names;
    co->localsplusnames = localsplusnames;
    co->filename = filename;
    co->name = name;
    co->qualname = qualname;
    co->source_id = -1;
    return OBJ(co);
}

int code_line_of(CodeObj *co, int i) {
    if (i < 0 || i >= co->ncode) return co->firstlineno;
    return co->pos[i].line;
}

static void code_dealloc(Interp *I, Obj *o) {
    CodeObj *co = CODE(o);
    mem_free(co->code);
    mem_free(co->pos);
    mem_free(co->cache);
    mem_free(co->cell2arg);
    XDECREF(I, co->consts);
    XDECREF(I, co->names);
    XDECREF(I, co->localsplusnames);
    XDECREF(I, co->filename);
    XDECREF(I, co->name);
    XDECREF(I, co->qualname);
    XDECREF(I, co->doc);
    obj_free(I, o);
}

static Obj *code_repr(Interp *I, Obj *o) {
    CodeObj *co = CODE(o);
    return str_from_format(I, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)o,
                           co->filename, co->firstlineno);
}

static Obj *names_slice(Interp *I, CodeObj *co, int lo, int hi) {
    return tuple_slice(I, co->localsplusnames, lo, hi);
}
static Obj *get_varnames(Interp *I, Obj *o, void *cl) {
    (void)cl;
    return names_slice(I, CODE(o), 0, CODE(o)->nlocals);
}
static Obj *get_cellvars(Interp *I, Obj *o, void *cl) {
    (void)cl;
    CodeObj *co = CODE(o);
    return names_slice(I, co, co->nlocals, co->nlocals + co->ncells);
}
static Obj *get_freevars(Interp *I, Obj *o, void *cl) {
    (void)cl;
    CodeObj *co = CODE(o);
    return names_slice(I, co, co->nlocals + co->ncells, co->nlocalsplus);
}
static Obj *get_code(Interp *I, Obj *o, void *cl) {
    (void)cl;
    CodeObj *co = CODE(o);
    return bytes_from(I, (const char *)co->code, (Ssize)(co->ncode * (int32_t)sizeof(Word)));
}
static Obj *get_flags(Interp *I, Obj *o, void *cl) {
    (void)cl;
    return int_from_i64(I, CODE(o)->flags & 0xFFFFFFF);
}

static const MemberDef code_members[] = {
    {"co_name", MEMBER_OBJECT, offsetof(CodeObj, name), true, NULL},
    {"co_qualname", MEMBER_OBJECT, offsetof(CodeObj, qualname), true, NULL},
    {"co_filename", MEMBER_OBJECT, offsetof(CodeObj, filename), true, NULL},
    {"co_consts", MEMBER_OBJECT, offsetof(CodeObj, consts), true, NULL},
    {"co_names", MEMBER_OBJECT, offsetof(CodeObj, names), true, NULL},
    {"co_argcount", MEMBER_INT, offsetof(CodeObj, argcount), true, NULL},
    {"co_posonlyargcount", MEMBER_INT, offsetof(CodeObj, posonlyargcount), true, NULL},
    {"co_kwonlyargcount", MEMBER_INT, offsetof(CodeObj, kwonlyargcount), true, NULL},
    {"co_nlocals", MEMBER_INT, offsetof(CodeObj, nlocals), true, NULL},
    {"co_stacksize", MEMBER_INT, offsetof(CodeObj, stacksize), true, NULL},
    {"co_firstlineno", MEMBER_INT, offsetof(CodeObj, firstlineno), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Obj *pos_item(Interp *I, int32_t v) { return v < 0 ? NEWREF(I->none) : int_from_i64(I, v); }

/* The comprehensions CPython 3.12+ would inline into co, in order, each followed by its own
 * (their code objects are co's constants). */
static int inlined_size(CodeObj *co) {
    int n = co->ncode;
    Obj *const *k = TUPLE_ITEMS(co->consts);
    for (Ssize i = 0; i < TUPLE_LEN(co->consts); i++)
        if (TYPE(k[i]) == TYPE(OBJ(co)) && (CODE(k[i])->flags & CO_COMPREHENSION)) n += inlined_size(CODE(k[i]));
    return n;
}

static int find_inlined(CodeObj *co, CodeObj *inner, int base) {
    if (co == inner) return base;
    base += co->ncode;
    Obj *const *k = TUPLE_ITEMS(co->consts);
    for (Ssize i = 0; i < TUPLE_LEN(co->consts); i++) {
        if (TYPE(k[i]) != TYPE(OBJ(co)) || !(CODE(k[i])->flags & CO_COMPREHENSION)) continue;
        int r = find_inlined(CODE(k[i]), inner, base);
        if (r >= 0) return r;
        base += inlined_size(CODE(k[i]));
    }
    return -1;
}

int code_inlined_base(CodeObj *outer, CodeObj *inner) { return find_inlined(outer, inner, 0); }

static bool add_positions(Interp *I, Obj *l, CodeObj *co, bool inlined) {
    for (int i = 0; i < co->ncode; i++) {
        CodePos *p = &co->pos[i];
        Obj *t = tuple_new(I, 4);
        if (!t) return false;
        TUPLE_SET(t, 0, pos_item(I, p->line));
        TUPLE_SET(t, 1, pos_item(I, p->end_line));
        TUPLE_SET(t, 2, pos_item(I, p->col));
        TUPLE_SET(t, 3, pos_item(I, p->end_col));
        bool ok = list_append(I, l, t);
        DECREF(I, t);
        if (!ok) return false;
    }
    if (!inlined) return true;
    Obj *const *k = TUPLE_ITEMS(co->consts);
    for (Ssize i = 0; i < TUPLE_LEN(co->consts); i++)
        if (TYPE(k[i]) == TYPE(OBJ(co)) && (CODE(k[i])->flags & CO_COMPREHENSION) &&
            !add_positions(I, l, CODE(k[i]), true))
            return false;
    return true;
}

/* co_positions(): (lineno, end_lineno, col, end_col) per instruction, as CPython 3.11+. From
 * 3.12 the comprehensions follow (code_inlined_base), as if inlined as CPython does. */
static Obj *code_positions(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Obj *l = list_new(I, 0);
    if (!l) return NULL;
    if (!add_positions(I, l, CODE(self), I->prof->inline_comprehensions)) {
        DECREF(I, l);
        return NULL;
    }
    Obj *it = obj_iter(I, l);
    DECREF(I, l);
    return it;
}

static const MethodDef code_methods[] = {
    {"co_positions", code_positions, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getset[] = {
    {"co_varnames", get_varnames, NULL, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL, NULL},
    {"co_code", get_code, NULL, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Hash code_hash(Interp *I, Obj *o) {
    (void)I;
    return (Hash)(((uintptr_t)o >> 4) & 0x7FFFFFFFFFFFFFFF);
}

const TypeObj code_tmpl = {
    .name = "code",
    .basicsize = sizeof(CodeObj),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .members = code_members,
    .getset = code_getset,
    .methods = code_methods,
    .weaklistoffset = offsetof(CodeObj, weakreflist),
};
