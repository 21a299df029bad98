/* disasm.c: a dis-like listing of code objects, for debugging and as a teaching command:
 * line numbers, instruction offsets, opcode names and what their arguments mean. */
#include <stdio.h>
#include <string.h>

#include "compile/compiler_int.h"
#include "objects/abstract.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

static void put_obj(Interp *I, FILE *out, Obj *o) {
    Obj *r = obj_repr(I, o);
    const char *s = r ? str_utf8(I, r, NULL) : NULL;
    fprintf(out, "%s", s ? s : "?");
    XDECREF(I, r);
    err_clear(I);
}

static void put_name(Interp *I, FILE *out, Obj *tuple, int i) {
    if (i >= 0 && i < TUPLE_LEN(tuple)) {
        const char *s = str_utf8(I, TUPLE_GET(tuple, i), NULL);
        fprintf(out, "%s", s ? s : "?");
    }
}

static const char *const binop_names[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void describe_arg(Interp *I, FILE *out, CodeObj *co, int op, int arg) {
    switch (op) {
    case BC_LOAD_CONST: case BC_RETURN_CONST: put_obj(I, out, TUPLE_GET(co->consts, arg)); break;
    case BC_LOAD_FAST: case BC_STORE_FAST: case BC_DELETE_FAST: case BC_LOAD_DEREF: case BC_STORE_DEREF:
    case BC_DELETE_DEREF: case BC_LOAD_CLASSDEREF: case BC_LOAD_CLOSURE:
        put_name(I, out, co->localsplusnames, arg);
        break;
    case BC_LOAD_NAME: case BC_STORE_NAME: case BC_DELETE_NAME: case BC_LOAD_GLOBAL: case BC_STORE_GLOBAL:
    case BC_DELETE_GLOBAL: case BC_LOAD_ATTR: case BC_STORE_ATTR: case BC_DELETE_ATTR: case BC_LOAD_METHOD:
    case BC_IMPORT_NAME: case BC_IMPORT_FROM:
        put_name(I, out, co->names, arg);
        break;
    case BC_BINARY_OP:
        if ((arg & ~BINOP_INPLACE) < (int)(sizeof binop_names / sizeof *binop_names))
            fprintf(out, "%s%s", binop_names[arg & ~BINOP_INPLACE], (arg & BINOP_INPLACE) ? "=" : "");
        break;
    case BC_COMPARE_OP:
        if (arg < 6) fprintf(out, "%s", cmp_names[arg]);
        break;
    case BC_IS_OP: fprintf(out, "%s", arg ? "is not" : "is"); break;
    case BC_CONTAINS_OP: fprintf(out, "%s", arg ? "not in" : "in"); break;
    default:
        if (opcode_kinds[op] == 2) fprintf(out, "to %d", arg);
        break;
    }
}

static void disassemble_one(Interp *I, FILE *out, CodeObj *co) {
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        int op = WORD_OP(co->code[i]), arg = (int)WORD_ARG(co->code[i]);
        int line = co->pos[i].line;
        if (line != last_line) {
            if (i) fputc('\n', out);
            fprintf(out, "%4d ", line);
            last_line = line;
        } else
            fprintf(out, "     ");
        const char *name = op < BC_COUNT ? opcode_names[op] : "???";
        if (op < BC_COUNT && opcode_kinds[op] == 0) {
            fprintf(out, "%6d %s\n", i, name);
            continue;
        }
        fprintf(out, "%6d %-20s %4d", i, name, arg);
        fprintf(out, " (");
        describe_arg(I, out, co, op, arg);
        fprintf(out, ")\n");
    }
}

void code_disassemble(Interp *I, FILE *out, Obj *code) {
    CodeObj *co = CODE(code);
    disassemble_one(I, out, co);
    for (Ssize i = 0; i < TUPLE_LEN(co->consts); i++) {
        Obj *k = TUPLE_GET(co->consts, i);
        if (TYPE(k) != I->t_code) continue;
        fprintf(out, "\nDisassembly of ");
        put_obj(I, out, k);
        fprintf(out, ":\n");
        code_disassemble(I, out, k);
    }
}
