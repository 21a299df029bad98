/* compile.h: AST to code objects. symtable.c resolves scopes, compile.c/compile_expr.c emit
 * instructions, flow.c computes stack depths and assembles, disasm.c prints code. */
#ifndef SLOTSCOPE_COMPILE_H
#define SLOTSCOPE_COMPILE_H

#include <stdio.h>

#include "vm/interp.h"

struct Module;

/* Compile a parsed module. mode is the parse mode (PARSE_FILE, PARSE_SINGLE, PARSE_EVAL);
 * src/len is the source; flags: CO_FUTURE_ANNOTATIONS. source_id: the VM's kept source text
 * for tracebacks (vm_register_source) or -1. diag_filename: NULL, or the name compile-time
 * SyntaxErrors/SyntaxWarnings give instead of filename, with the error's text taken from src
 * (3.13's REPL: "<stdin>-N"); otherwise the text is re-read from the file, as CPython does.
 * NULL with SyntaxError set on a compile-time error. */
Obj *compile_ast(Interp *I, struct Module *m, const char *filename, const char *diag_filename, const char *src,
                 size_t len, int mode, int flags, int source_id);

/* Print a dis-like listing of a code object and the code objects among its constants. */
void code_disassemble(Interp *I, FILE *out, Obj *code);

#endif
