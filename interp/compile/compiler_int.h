/* compiler_int.h: what the compiler's files share (not for other parts): scopes from
 * symtable.c and the code-generation state of compile.c / compile_expr.c / flow.c. */
#ifndef SLOTSCOPE_COMPILER_INT_H
#define SLOTSCOPE_COMPILER_INT_H

#include "compile/compile.h"
#include "compile/opcode.h"
#include "objects/code.h"
#include "syntax/arena.h"
#include "syntax/ast.h"

/* ---- symbol tables ---- */
typedef enum { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;

enum { /* what a block does with a name */
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
    DEF_FREE_CLASS = 32, DEF_IMPORT = 64, DEF_ANNOT = 128, DEF_COMP_ITER = 256,
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef struct Symbol {
    const char *name;
    int flags, scope;
    Loc decl;                   /* where a global/nonlocal declaration was made */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;           /* "top", function/class name, "<lambda>", "<listcomp>" ... */
    const void *key;            /* the AST node that opened it */
    Scope *parent;
    Scope **children;
    int nchildren, capchildren;
    Symbol *syms;
    int nsyms, capsyms;
    const char **params;        /* parameter names in CPython's varnames order */
    int nparams;
    int lineno;
    bool generator, comprehension, genexp, lambda, nested, child_free, free;
    bool needs_class_closure;   /* a class whose methods use __class__ / super() */
    bool has_varargs, has_varkw, is_async;
    bool mangle_skip;
    const char *private_name;   /* class name used for mangling __names, or NULL */
    int comp_iter_expr;         /* >0 while visiting a comprehension's iterable */
};

typedef struct CompileCtx CompileCtx;

bool symtable_build(CompileCtx *c, Module *m);
Symbol *scope_lookup(Scope *s, const char *name);
Scope *scope_child(Scope *s, const void *key);
/* The mangled form of name in a class called private_name ("__x" -> "_C__x"). */
const char *mangle(CompileCtx *c, const char *private_name, const char *name);

/* ---- code generation ---- */
typedef struct Instr {
    int op, arg;                /* jumps: a label number until flow.c resolves it */
    CodePos pos;
} Instr;

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER,
    FB_HANDLER_NAMED, FB_WITH, FB_POP_VALUE
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int label_continue, label_exit;  /* loops */
    const void *datum;               /* finally body (StmtSeq *), handler name */
} FBlock;

#define MAX_FBLOCKS 20

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *ste;
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels;                /* label -> instruction index, -1 until placed */
    int nlabels, caplabels;
    Obj *consts;                /* list */
    Obj *names;                 /* list of str */
    Obj *names_index;           /* dict str -> int index */
    const char **varnames, **cellvars, **freevars;
    int nvarnames, ncellvars, nfreevars, capvarnames;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    CodePos loc;                /* location given to emitted instructions */
    const char *name, *qualname;
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno;
    Obj *doc;
    Obj *static_attrs;          /* class bodies (3.13): a list of names stored as self.<name> */
    bool in_interactive;
};

struct CompileCtx {
    Interp *I;
    Arena arena;                /* symtable and unit memory */
    const char *filename;
    const char *diag_filename;  /* for compile-time errors/warnings when not filename (3.13 REPL) */
    const char *src;
    size_t srclen;
    int mode, flags, source_id;
    Scope *top;
    Unit *u;
    Obj *const_cache;           /* list of constants made by this compilation (merged) */
    int interactive;
    bool future_annotations;
    bool failed;
};

/* Record a SyntaxError at loc (the first one wins); returns false. */
bool compile_error(CompileCtx *c, const Loc *loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* A SyntaxWarning at loc, as CPython's compiler_warn: through warnings.warn_explicit when the
 * program imported warnings (its filters apply; an "error" filter makes it this SyntaxError),
 * else "file:line: SyntaxWarning: msg" and the stripped source line on sys.stderr. false: the
 * compilation fails (the error is set). */
bool compile_warning(CompileCtx *c, const Loc *loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* compile.c */
int new_label(CompileCtx *c);
void use_label(CompileCtx *c, int label);
bool emit(CompileCtx *c, int op, int arg);
bool emit_jump(CompileCtx *c, int op, int label);
int add_const(CompileCtx *c, Obj *v);        /* steals v; -1 on error */
int add_name(CompileCtx *c, const char *name);
bool emit_load_const(CompileCtx *c, Obj *v); /* steals v */
bool emit_none(CompileCtx *c);
bool compile_nameop(CompileCtx *c, const char *name, ExprContext ctx);
bool compile_body(CompileCtx *c, StmtSeq *body);
bool compile_stmt(CompileCtx *c, Stmt *s);
bool enter_unit(CompileCtx *c, const void *key, const char *name, int lineno);
Obj *leave_unit(CompileCtx *c);             /* assembles: the code object */
bool make_closure(CompileCtx *c, Obj *code, int flags);
void set_loc(CompileCtx *c, const Loc *loc);
/* 3.13 reports a failing iteration (FOR_ITER) at the iterable: set the location for it. */
void set_loc_iteration(CompileCtx *c, Expr *iter);
bool push_fblock(CompileCtx *c, FBlockKind kind, int l_cont, int l_exit, const void *datum);
void pop_fblock(CompileCtx *c);
bool compile_function_args(CompileCtx *c, Arguments *args, int *flags, Expr *returns, ArgSeq *ann_args_unused);

/* compile_expr.c */
bool compile_expr(CompileCtx *c, Expr *e);
bool compile_store(CompileCtx *c, Expr *target);     /* value on top of the stack */
bool compile_delete(CompileCtx *c, Expr *target);
void note_static_attribute(CompileCtx *c, Expr *attribute_target);
bool compile_jump_if(CompileCtx *c, Expr *e, int label, bool cond); /* jump when truth == cond */
bool compile_call_helper(CompileCtx *c, int nprefix, ExprSeq *args, KeywordSeq *kws, bool method);
Obj *constant_value(CompileCtx *c, Constant *k);     /* new reference */
bool compile_lambda(CompileCtx *c, Expr *e);
bool compile_annotation(CompileCtx *c, Expr *annotation);
const char *unparse_expr(CompileCtx *c, Expr *e);

/* flow.c */
Obj *assemble(CompileCtx *c, Unit *u);

#endif
