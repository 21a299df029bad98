/* flow.c: the assembler: resolves labels, finds the deepest value stack and block stack by
 * following every path (as CPython's stackdepth()), and builds the code object. */
#include <string.h>

#include "compile/compiler_int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

#define X(n, k) #n,
const char *const opcode_names[BC_COUNT] = {SLOTSCOPE_OPCODES(X)};
#undef X
#define X(n, k) k,
const unsigned char opcode_kinds[BC_COUNT] = {SLOTSCOPE_OPCODES(X)};
#undef X

/* Stack effect of an instruction; jump: along the jump edge. nfrees: RUN_COMPREHENSION's
 * cells on the stack. */
static int stack_effect(int op, int arg, bool jump, int nfrees) {
    switch (op) {
    case BC_RUN_COMPREHENSION: return -nfrees;
    case BC_NOP: case BC_ROT_TWO: case BC_ROT_THREE: case BC_ROT_FOUR: case BC_SWAP: return 0;
    case BC_POP_TOP: return -1;
    case BC_DUP_TOP: case BC_COPY: return 1;
    case BC_DUP_TOP_TWO: return 2;
    case BC_LOAD_CONST: case BC_LOAD_FAST: case BC_LOAD_DEREF: case BC_LOAD_CLASSDEREF:
    case BC_LOAD_CLOSURE: case BC_LOAD_NAME: case BC_LOAD_GLOBAL: return 1;
    case BC_STORE_FAST: case BC_STORE_DEREF: case BC_STORE_NAME: case BC_STORE_GLOBAL: return -1;
    case BC_DELETE_FAST: case BC_DELETE_DEREF: case BC_DELETE_NAME: case BC_DELETE_GLOBAL: return 0;
    case BC_LOAD_ATTR: return 0;
    case BC_STORE_ATTR: return -2;
    case BC_DELETE_ATTR: return -1;
    case BC_LOAD_METHOD: return 1;
    case BC_CALL: return -arg;
    case BC_CALL_KW: return -arg - 1;
    case BC_CALL_METHOD: return -arg - 1;
    case BC_CALL_METHOD_KW: return -arg - 2;
    case BC_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case BC_BINARY_OP: case BC_COMPARE_OP: case BC_IS_OP: case BC_CONTAINS_OP: case BC_BINARY_SUBSCR: return -1;
    case BC_UNARY_NEGATIVE: case BC_UNARY_POSITIVE: case BC_UNARY_NOT: case BC_UNARY_INVERT: return 0;
    case BC_STORE_SUBSCR: return -3;
    case BC_DELETE_SUBSCR: return -2;
    case BC_BUILD_SLICE: case BC_BUILD_TUPLE: case BC_BUILD_LIST: case BC_BUILD_SET: case BC_BUILD_STRING:
        return 1 - arg;
    case BC_BUILD_MAP: return 1 - 2 * arg;
    case BC_LIST_APPEND: case BC_SET_ADD: case BC_LIST_EXTEND: case BC_SET_UPDATE: case BC_DICT_UPDATE:
    case BC_DICT_MERGE: return -1;
    case BC_MAP_ADD: return -2;
    case BC_LIST_TO_TUPLE: case BC_GET_ITER: case BC_GET_YIELD_FROM_ITER: return 0;
    case BC_FORMAT_VALUE: return (arg & FV_SPEC) ? -1 : 0;
    case BC_FOR_ITER: return jump ? -1 : 1;
    case BC_JUMP: return 0;
    case BC_POP_JUMP_IF_FALSE: case BC_POP_JUMP_IF_TRUE: return -1;
    case BC_JUMP_IF_FALSE_OR_POP: case BC_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case BC_UNPACK_SEQUENCE: return arg - 1;
    case BC_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case BC_RETURN_VALUE: return -1;
    case BC_RETURN_CONST: return 0;
    case BC_YIELD_VALUE: return 0;
    case BC_YIELD_FROM: return -1;
    case BC_SETUP_FINALLY: return jump ? 1 : 0;
    case BC_SETUP_CLEANUP: return 0;
    case BC_POP_BLOCK: return 0;
    case BC_PUSH_EXC_INFO: return 1;
    case BC_POP_EXCEPT: case BC_RERAISE: return -1;
    case BC_CHECK_EXC_MATCH: return 0;
    case BC_BEFORE_WITH: case BC_WITH_EXCEPT_START: return 1;
    case BC_RAISE_VARARGS: return -arg;
    case BC_MAKE_FUNCTION:
        return -((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_ANNOTATIONS) != 0) -
               ((arg & MF_CLOSURE) != 0);
    case BC_LOAD_BUILD_CLASS: case BC_LOAD_ASSERTION_ERROR: return 1;
    case BC_IMPORT_NAME: return -1;
    case BC_IMPORT_FROM: return 1;
    case BC_IMPORT_STAR: case BC_PRINT_EXPR: return -1;
    case BC_SETUP_ANNOTATIONS: return 0;
    }
    return 0;
}

static bool no_fallthrough(int op) {
    return op == BC_JUMP || op == BC_RETURN_VALUE || op == BC_RETURN_CONST || op == BC_RERAISE ||
           op == BC_RAISE_VARARGS;
}

typedef struct Depth {
    int stack, blocks;
} Depth;

/* Propagate depths along every edge; returns false if the code is inconsistent. */
static bool compute_depths(CompileCtx *c, Unit *u, int *maxstack, int *maxblocks) {
    int n = u->ninstrs;
    Depth *d = mem_alloc(c->I, sizeof *d * (size_t)(n + 1));
    int *work = mem_alloc(c->I, sizeof *work * (size_t)(n + 1) * 2);
    if (!d || !work) {
        mem_free(d);
        mem_free(work);
        return false;
    }
    for (int i = 0; i <= n; i++) d[i].stack = -1;
    int nwork = 0, ms = 0, mb = 0;
    bool ok = true;
#define VISIT_AT(target, s, b)                                                  \
    do {                                                                        \
        int t_ = (target);                                                      \
        if (t_ < 0 || t_ > n) { ok = false; break; }                            \
        if (d[t_].stack < 0) {                                                  \
            d[t_].stack = (s);                                                  \
            d[t_].blocks = (b);                                                 \
            work[nwork++] = t_;                                                 \
        }                                                                       \
    } while (0)
    VISIT_AT(0, 0, 0);
    while (nwork && ok) {
        int i = work[--nwork];
        int s = d[i].stack, b = d[i].blocks;
        for (; i < n && ok; i++) {
            Instr *in = &u->instrs[i];
            if (s > ms) ms = s;
            if (b > mb) mb = b;
            int kind = opcode_kinds[in->op];
            int nfrees = in->op == BC_RUN_COMPREHENSION ? CODE(LIST_GET(u->consts, in->arg))->nfrees : 0;
            if (kind == 2) {
                int target_s = s + stack_effect(in->op, in->arg, true, 0), target_b = b;
                if (in->op == BC_SETUP_CLEANUP) target_s = s;
                VISIT_AT(in->arg, target_s, target_b);
            }
            s += stack_effect(in->op, in->arg, false, nfrees);
            if (in->op == BC_SETUP_FINALLY || in->op == BC_SETUP_CLEANUP) b++;
            if (in->op == BC_POP_BLOCK) b--;
            if (s < 0 || b < 0) ok = false;
            if (no_fallthrough(in->op)) break;
            if (i + 1 < n && d[i + 1].stack >= 0) break; /* already visited */
            if (i + 1 < n) {
                d[i + 1].stack = s;
                d[i + 1].blocks = b;
            }
        }
        if (s > ms) ms = s;
    }
#undef VISIT_AT
    mem_free(d);
    mem_free(work);
    *maxstack = ms;
    *maxblocks = mb;
    return ok;
}

static Obj *names_tuple(Interp *I, const char **v, int n, Obj *into, int at) {
    for (int i = 0; i < n; i++) {
        Obj *s = str_intern_cstr(I, v[i]);
        if (!s) return NULL;
        TUPLE_SET(into, at + i, s);
    }
    return into;
}

Obj *assemble(CompileCtx *c, Unit *u) {
    Interp *I = c->I;
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        if (opcode_kinds[in->op] == 2) in->arg = u->labels[in->arg];
    }
    int maxstack, maxblocks;
    if (!compute_depths(c, u, &maxstack, &maxblocks)) {
        Loc loc = {u->firstlineno, 0, u->firstlineno, 0};
        return compile_error(c, &loc, "internal compiler error: inconsistent stack in %s", u->name), NULL;
    }
    int n = u->ninstrs;
    Word *code = mem_alloc(I, sizeof(Word) * (size_t)(n ? n : 1));
    CodePos *pos = mem_alloc(I, sizeof(CodePos) * (size_t)(n ? n : 1));
    int nlp = u->nvarnames + u->ncellvars + u->nfreevars;
    int32_t *cell2arg = mem_alloc(I, sizeof(int32_t) * (size_t)(u->ncellvars + 1));
    Obj *consts = list_as_tuple(I, u->consts);
    Obj *names = list_as_tuple(I, u->names);
    Obj *lpn = tuple_new(I, nlp);
    Obj *filename = str_from_cstr(I, c->filename), *name = str_intern_cstr(I, u->name);
    Obj *qualname = str_from_cstr(I, u->qualname);
    if (!code || !pos || !cell2arg || !consts || !names || !lpn || !filename || !name || !qualname) goto fail;
    for (int i = 0; i < nlp; i++) TUPLE_SET(lpn, i, NULL);
    if (!names_tuple(I, u->varnames, u->nvarnames, lpn, 0) ||
        !names_tuple(I, u->cellvars, u->ncellvars, lpn, u->nvarnames) ||
        !names_tuple(I, u->freevars, u->nfreevars, lpn, u->nvarnames + u->ncellvars))
        goto fail;
    for (int i = 0; i < n; i++) {
        code[i] = WORD(u->instrs[i].op, u->instrs[i].arg);
        pos[i] = u->instrs[i].pos;
    }
    for (int i = 0; i < u->ncellvars; i++) {
        cell2arg[i] = -1;
        for (int j = 0; j < u->ste->nparams; j++)
            if (strcmp(u->ste->params[j], u->cellvars[i]) == 0) cell2arg[i] = j;
    }
    Obj *co = code_new(I, code, n, pos, consts, names, lpn, filename, name, qualname);
    if (!co) {
        mem_free(cell2arg);
        c->failed = true;
        return NULL;
    }
    CodeObj *k = CODE(co);
    k->argcount = u->argcount;
    k->posonlyargcount = u->posonlyargcount;
    k->kwonlyargcount = u->kwonlyargcount;
    k->nlocals = u->nvarnames;
    k->ncells = u->ncellvars;
    k->nfrees = u->nfreevars;
    k->nlocalsplus = nlp;
    k->stacksize = maxstack;
    k->maxblocks = maxblocks;
    k->firstlineno = u->firstlineno;
    k->flags = u->flags | (u->nfreevars == 0 ? CO_NOFREE : 0);
    k->cell2arg = cell2arg;
    k->source_id = c->source_id;
    k->doc = u->doc;
    u->doc = NULL;
    return co;
fail:
    mem_free(code);
    mem_free(pos);
    mem_free(cell2arg);
    XDECREF(I, consts);
    XDECREF(I, names);
    XDECREF(I, lpn);
    XDECREF(I, filename);
    XDECREF(I, name);
    XDECREF(I, qualname);
    c->failed = true;
    return NULL;
}
