/* ast.h: the abstract syntax tree, a C mirror of CPython 3.12's `ast` module (Parser/Python.asdl).
 *
 * Reading guide for the compiler:
 *  - Names follow the ASDL: node `BinOp` is `Expr` with kind EXPR_BIN_OP and fields in
 *    `e->v.bin_op.{left,op,right}`; a field called `orelse` in Python is `orelse` here, etc.
 *  - Optional fields (`expr?`, `identifier?`) are NULL when absent.
 *  - Sequences (`expr*`) are `{ int n; T **items; }` with n >= 0; items may be NULL when n == 0.
 *    Entries are never NULL except where the ASDL allows it: Dict.keys (NULL for `**d`) and
 *    arguments.kw_defaults (NULL for a keyword-only parameter without default).
 *  - Identifiers are NUL-terminated UTF-8 strings. Everything (nodes, sequences, strings) lives in
 *    the Arena passed to the parser and is freed with it; nothing here is ever freed one by one.
 *  - Every Stmt, Expr, ExceptHandler, Arg, Keyword and Alias carries a location: 1-based lines and
 *    0-based UTF-8 byte columns, end exclusive, exactly as CPython's lineno/col_offset/end_lineno/
 *    end_col_offset. They are reachable both as `node->lineno` and as the `node->loc` struct.
 *  - The ASDL's `type_comment`, `type_ignores` and 3.12 `type_params` are not represented (always
 *    empty for the programs we accept); async variants are a flag on the sync node.
 */
#ifndef SLOTSCOPE_SYNTAX_AST_H
#define SLOTSCOPE_SYNTAX_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "syntax/arena.h"

typedef struct Loc {
    int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

/* C11 anonymous members: `node->lineno` and `node->loc` name the same storage. */
#define AST_LOC_FIELDS \
    union { \
        Loc loc; \
        struct { int lineno, col_offset, end_lineno, end_col_offset; }; \
    }

typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Arg Arg;
typedef struct Arguments Arguments;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct ExceptHandler ExceptHandler;
typedef struct Comprehension Comprehension;

typedef struct { int n; Stmt **items; } StmtSeq;
typedef struct { int n; Expr **items; } ExprSeq;
typedef struct { int n; Arg **items; } ArgSeq;
typedef struct { int n; Keyword **items; } KeywordSeq;
typedef struct { int n; Alias **items; } AliasSeq;
typedef struct { int n; WithItem **items; } WithItemSeq;
typedef struct { int n; ExceptHandler **items; } ExceptHandlerSeq;
typedef struct { int n; Comprehension **items; } ComprehensionSeq;
typedef struct { int n; const char **items; } IdentSeq;

/* ---- small enums (ASDL sum types without fields) ---- */

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

typedef enum { BOOLOP_AND, BOOLOP_OR } BoolOpKind;

typedef enum {
    OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV
} Operator;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;

typedef enum {
    CMPOP_EQ, CMPOP_NOTEQ, CMPOP_LT, CMPOP_LTE, CMPOP_GT, CMPOP_GTE, CMPOP_IS, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN
} CmpOp;

typedef struct { int n; CmpOp *items; } CmpOpSeq;

/* ---- mod ---- */

typedef enum { MOD_MODULE, MOD_INTERACTIVE, MOD_EXPRESSION } ModKind;

/* Module(stmt* body) / Interactive(stmt* body) use `body`; Expression(expr body) uses `expr`. */
typedef struct Module {
    ModKind kind;
    StmtSeq body;
    Expr *expr;
} Module;

/* ---- constants ---- */

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,   /* i.digits: the literal's digits without prefix or underscores, lower case, in i.base */
    CONST_FLOAT, /* f */
    CONST_IMAG,  /* f is the imaginary part: `2.5j` is 0+2.5j */
    CONST_STR,   /* s: decoded UTF-8 (lone surrogates from \ud800 escapes as 3-byte sequences) */
    CONST_BYTES  /* s: raw bytes */
} ConstKind;

typedef struct Constant {
    ConstKind kind;
    bool u_prefix; /* a str literal written u'...': CPython shows kind='u' in ast.dump */
    union {
        struct { const char *digits; int base; } i; /* base is 2, 8, 10 or 16; digits NUL-terminated */
        double f;
        struct { const char *bytes; size_t len; } s; /* also NUL-terminated; may contain NUL */
    };
} Constant;

/* ---- statements ---- */

typedef enum {
    STMT_FUNCTION_DEF, STMT_CLASS_DEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN, STMT_AUG_ASSIGN,
    STMT_ANN_ASSIGN, STMT_FOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_RAISE, STMT_TRY, STMT_ASSERT,
    STMT_IMPORT, STMT_IMPORT_FROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR, STMT_PASS, STMT_BREAK,
    STMT_CONTINUE
} StmtKind;

struct Stmt {
    StmtKind kind;
    AST_LOC_FIELDS;
    union {
        struct { const char *name; Arguments *args; StmtSeq body; ExprSeq decorator_list;
                 Expr *returns; bool is_async; } function_def;
        struct { const char *name; ExprSeq bases; KeywordSeq keywords; StmtSeq body;
                 ExprSeq decorator_list; } class_def;
        struct { Expr *value; } return_;                      /* value may be NULL */
        struct { ExprSeq targets; } delete_;                  /* targets have CTX_DEL */
        struct { ExprSeq targets; Expr *value; } assign;      /* a = b = v: targets [a, b] */
        struct { Expr *target; Operator op; Expr *value; } aug_assign;
        struct { Expr *target; Expr *annotation; Expr *value; int simple; } ann_assign;
        struct { Expr *target; Expr *iter; StmtSeq body; StmtSeq orelse; bool is_async; } for_;
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } while_;
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } if_;   /* elif: orelse = [If] */
        struct { WithItemSeq items; StmtSeq body; bool is_async; } with;
        struct { Expr *exc; Expr *cause; } raise;             /* both may be NULL */
        struct { StmtSeq body; ExceptHandlerSeq handlers; StmtSeq orelse; StmtSeq finalbody; } try_;
        struct { Expr *test; Expr *msg; } assert_;            /* msg may be NULL */
        struct { AliasSeq names; } import;
        struct { const char *module; AliasSeq names; int level; } import_from; /* module may be NULL */
        struct { IdentSeq names; } global, nonlocal;
        struct { Expr *value; } expr;
    } v;
};

/* ---- expressions ---- */

typedef enum {
    EXPR_BOOL_OP, EXPR_NAMED_EXPR, EXPR_BIN_OP, EXPR_UNARY_OP, EXPR_LAMBDA, EXPR_IF_EXP, EXPR_DICT,
    EXPR_SET, EXPR_LIST_COMP, EXPR_SET_COMP, EXPR_DICT_COMP, EXPR_GENERATOR_EXP, EXPR_AWAIT,
    EXPR_YIELD, EXPR_YIELD_FROM, EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTED_VALUE, EXPR_JOINED_STR,
    EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME, EXPR_LIST, EXPR_TUPLE,
    EXPR_SLICE
} ExprKind;

struct Expr {
    ExprKind kind;
    AST_LOC_FIELDS;
    union {
        struct { BoolOpKind op; ExprSeq values; } bool_op;      /* a or b or c: one node, 3 values */
        struct { Expr *target; Expr *value; } named_expr;
        struct { Expr *left; Operator op; Expr *right; } bin_op;
        struct { UnaryOpKind op; Expr *operand; } unary_op;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } if_exp;
        struct { ExprSeq keys; ExprSeq values; } dict;          /* keys[i] NULL for **values[i] */
        struct { ExprSeq elts; } set;
        struct { Expr *elt; ComprehensionSeq generators; } list_comp, set_comp, generator_exp;
        struct { Expr *key; Expr *value; ComprehensionSeq generators; } dict_comp;
        struct { Expr *value; } await, yield, yield_from;       /* yield's value may be NULL */
        struct { Expr *left; CmpOpSeq ops; ExprSeq comparators; } compare;
        struct { Expr *func; ExprSeq args; KeywordSeq keywords; } call;
        /* conversion: -1 none, 's', 'r' or 'a'; format_spec: a JoinedStr or NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } formatted_value;
        struct { ExprSeq values; } joined_str;                  /* Constant(str) and FormattedValue */
        Constant constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value; Expr *slice; ExprContext ctx; } subscript; /* a[1:2, 3]: Tuple slice */
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { ExprSeq elts; ExprContext ctx; } list, tuple;
        struct { Expr *lower; Expr *upper; Expr *step; } slice;  /* each may be NULL */
    } v;
    /* Parser bookkeeping, safe to ignore: the span including redundant parentheses around the
     * expression (`(a)` is Name a at columns 1..2, outer 0..3); equal to loc without them. */
    Loc outer;
    int depth; /* parser bookkeeping: nesting of left-recursive chains (a.b.c, f()(), 1+2+3) */
};

/* ---- the product types ---- */

struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprSeq ifs;
    bool is_async;
};

struct ExceptHandler {
    AST_LOC_FIELDS;
    Expr *type;       /* NULL for a bare `except:` */
    const char *name; /* NULL unless `except E as name` */
    StmtSeq body;
};

struct Arguments {
    ArgSeq posonlyargs;
    ArgSeq args;
    Arg *vararg;         /* *args, or NULL */
    ArgSeq kwonlyargs;
    ExprSeq kw_defaults; /* same length as kwonlyargs, NULL entries for "no default" */
    Arg *kwarg;          /* **kw, or NULL */
    ExprSeq defaults;    /* for the last defaults.n of posonlyargs + args */
};

struct Arg {
    AST_LOC_FIELDS;
    const char *arg;
    Expr *annotation; /* may be NULL */
};

struct Keyword {
    AST_LOC_FIELDS;
    const char *arg; /* NULL for **mapping */
    Expr *value;
};

struct Alias {
    AST_LOC_FIELDS;
    const char *name;   /* dotted: "a.b.c", or "*" */
    const char *asname; /* may be NULL */
};

struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; /* may be NULL; a Store-context target otherwise */
};

#endif
