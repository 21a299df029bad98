/* code.h: code objects, the compiler's output and the VM's input: word code, constants, names,
 * the position table, inline caches. Implemented in code.c. */
#ifndef SLOTSCOPE_CODE_H
#define SLOTSCOPE_CODE_H

#include "vm/interp.h"

/* co_flags, CPython's values where CPython has the flag. */
enum {
    CO_OPTIMIZED = 0x1,      /* locals are fast (a function) */
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_FUTURE_ANNOTATIONS = 0x1000000,
    /* slotscope's own */
    CO_CLASSBODY = 0x10000000,     /* a class body: locals are the namespace dict */
    CO_COMPREHENSION = 0x20000000, /* a list/set/dict comprehension (3.12 inlines them) */
    CO_INTERACTIVE = 0x40000000,   /* a REPL entry */
};

/* One instruction word: 8-bit opcode, 24-bit argument (jump arguments are absolute instruction
 * indices). See compile/opcode.h. */
typedef uint32_t Word;
#define WORD_OP(w) ((w) & 0xFF)
#define WORD_ARG(w) ((w) >> 8)
#define WORD(op, arg) ((Word)(op) | ((Word)(arg) << 8))

/* Source span of one instruction: 1-based lines, 0-based UTF-8 byte columns (-1: unknown),
 * plus two anchors (byte columns on `line`, -1 if none) that 3.11+ tracebacks use to put
 * '^' under the operator of a BinOp or the [..] of a subscript / (..) of a call (a BinOp's
 * anchor_hi is INT32_MAX when its right operand starts on a later line). */
typedef struct CodePos {
    int32_t line, end_line, col, end_col;
    int32_t anchor_lo, anchor_hi;
} CodePos;

/* Per-instruction inline cache (used by LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD). */
typedef struct InlineCache {
    union {
        struct { uint64_t gver, bver; Obj *value; } global;       /* value borrowed */
        struct { TypeObj *type; uint32_t tag; uint32_t kind; Ssize off; Obj *value; } attr;
    };
} InlineCache;

typedef struct CodeObj {
    Obj ob;
    Word *code;
    int32_t ncode;
    CodePos *pos;            /* ncode entries */
    InlineCache *cache;      /* ncode entries, zeroed */
    Obj *consts;             /* tuple */
    Obj *names;              /* tuple of str: globals, attributes, LOAD_NAME names */
    Obj *localsplusnames;    /* tuple of str: nlocals fast locals (args first), ncells, nfrees */
    Obj *filename, *name, *qualname; /* str */
    Obj *doc;                /* the docstring or NULL */
    Obj *weakreflist;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfrees, nlocalsplus;
    int stacksize, maxblocks, firstlineno, flags;
    int32_t *cell2arg;       /* ncells entries: index of the argument a cell starts from, or -1 */
    int32_t source_id;       /* the VM's kept source text (vm_register_source) or -1 */
} CodeObj;

#define CODE(o) ((CodeObj *)(o))

/* Takes ownership of code/pos/cell2arg (malloc'd with mem_alloc) and references to the objects. */
Obj *code_new(Interp *I, Word *code, int32_t ncode, CodePos *pos, Obj *consts, Obj *names,
              Obj *localsplusnames, Obj *filename, Obj *name, Obj *qualname);
/* The line of instruction i (-1 if none). */
int code_line_of(CodeObj *co, int i);
/* 3.12+ inline comprehensions: the index at which inner's instructions start when outer's
 * comprehensions (recursively) are laid out after its own, as co_positions() lists them
 * (tb_lasti of an error inside one); -1 if inner is not one of them. */
int code_inlined_base(CodeObj *outer, CodeObj *inner);

#endif
