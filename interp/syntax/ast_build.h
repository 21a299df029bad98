/* ast_build.h: the AST constructors the grammar actions call, one per action. They compute
 * CPython's node positions, turn expressions into assignment targets and check what CPython's
 * parser checks (targets, argument order, parameter order), recording the first error. */
#ifndef SLOTSCOPE_SYNTAX_AST_BUILD_H
#define SLOTSCOPE_SYNTAX_AST_BUILD_H

#include "syntax/parse_ctx.h"

/* A growable list of pointers in the arena, the value of every repetition in the grammar. */
typedef struct AstList {
    int n, cap;
    void **items;
    bool comma;          /* a comma was seen: `x,` is a tuple, `x` is not */
    bool trailing_comma;
    int end_lineno, end_col; /* end of the trailing comma, when there is one */
} AstList;

typedef enum { PARAM_PLAIN, PARAM_BARE_STAR, PARAM_STAR, PARAM_DOUBLESTAR, PARAM_SLASH } ParamKind;
typedef struct ParamItem {
    ParamKind kind;
    Token tok;     /* the first token (for error positions) */
    Arg *arg;      /* NULL for `*` and `/` */
    Expr *dflt;
} ParamItem;

typedef enum { ARG_POSITIONAL, ARG_GENEXP, ARG_KEYWORD, ARG_STAR, ARG_DOUBLESTAR } ArgKind;
typedef struct ArgItem {
    ArgKind kind;
    Expr *key;   /* the expression left of `=` for ARG_KEYWORD */
    Expr *value; /* Starred for ARG_STAR, the mapping for ARG_DOUBLESTAR */
    Loc loc;     /* the whole argument: `a=1`, `**m` */
} ArgItem;

typedef struct DictItem {
    Expr *key; /* NULL for **mapping */
    Expr *value;
} DictItem;

typedef struct FromModule {
    int level;
    Alias *name; /* NULL for `from . import x` */
} FromModule;

/* ---- lists ---- */
AstList *ast_list_new(ParseCtx *ctx);
AstList *ast_list_of(ParseCtx *ctx, void *item);
AstList *ast_list_pair(ParseCtx *ctx, void *a, void *b);
AstList *ast_list_append(ParseCtx *ctx, AstList *l, void *item);
AstList *ast_list_append_comma(ParseCtx *ctx, AstList *l, void *item); /* after a comma */
AstList *ast_list_comma(ParseCtx *ctx, AstList *l, Token comma);        /* a trailing comma */
AstList *ast_list_extend(ParseCtx *ctx, AstList *l, AstList *more);
AstList *ast_token_list(ParseCtx *ctx, AstList *l, Token t);            /* items are Token * */

/* ---- modules ---- */
void ast_module(ParseCtx *ctx, AstList *body);
void ast_interactive(ParseCtx *ctx, AstList *body);
void ast_expression(ParseCtx *ctx, Expr *e);
void ast_fstring_result(ParseCtx *ctx, Expr *e);

/* ---- statements ---- */
Stmt *ast_expr_stmt(ParseCtx *ctx, Expr *e);
Stmt *ast_assign(ParseCtx *ctx, AstList *chain); /* targets..., value */
Stmt *ast_aug_assign(ParseCtx *ctx, Expr *target, Token op, Expr *value);
Stmt *ast_ann_assign(ParseCtx *ctx, Expr *target, Expr *annotation, Expr *value);
Stmt *ast_keyword_stmt(ParseCtx *ctx, Token kw, StmtKind kind); /* pass, break, continue */
Stmt *ast_return(ParseCtx *ctx, Token kw, Expr *value);
Stmt *ast_raise(ParseCtx *ctx, Token kw, Expr *exc, Expr *cause);
Stmt *ast_global(ParseCtx *ctx, Token kw, AstList *names, StmtKind kind);
Stmt *ast_assert(ParseCtx *ctx, Token kw, Expr *test, Expr *msg);
Stmt *ast_delete(ParseCtx *ctx, Token kw, AstList *targets);
Stmt *ast_import(ParseCtx *ctx, Token kw, AstList *aliases);
Stmt *ast_import_from(ParseCtx *ctx, Token kw, FromModule *m, AstList *aliases, Token last);
Stmt *ast_import_from_bare(ParseCtx *ctx, Token kw, FromModule *m, AstList *aliases);
Alias *ast_dotted_name(ParseCtx *ctx, Alias *prefix, Token name);
Alias *ast_alias_as(ParseCtx *ctx, Alias *a, Token asname);
Alias *ast_import_alias(ParseCtx *ctx, Token name, Token asname);
FromModule *ast_from_module(ParseCtx *ctx, int level, Alias *name);
Stmt *ast_if(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse);
AstList *ast_elif(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse); /* [If] */
Stmt *ast_while(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse);
Stmt *ast_for(ParseCtx *ctx, Token kw, AstList *target, Expr *iter, AstList *body, AstList *orelse);
Stmt *ast_try(ParseCtx *ctx, Token kw, AstList *body, AstList *handlers, AstList *orelse,
              AstList *finalbody);
ExceptHandler *ast_except_handler(ParseCtx *ctx, Token kw, Expr *type, const Token *name, AstList *body);
Stmt *ast_with(ParseCtx *ctx, Token kw, AstList *items, AstList *body);
WithItem *ast_with_item(ParseCtx *ctx, Expr *context, Expr *vars);
Stmt *ast_function_def(ParseCtx *ctx, Token kw, Token name, Arguments *args, Expr *returns, AstList *body);
Stmt *ast_class_def(ParseCtx *ctx, Token kw, Token name, AstList *args, AstList *body);
Stmt *ast_decorated(ParseCtx *ctx, AstList *decorators, Stmt *def);
ParamItem *ast_param(ParseCtx *ctx, ParamKind kind, Token first, Token name, Expr *annotation, Expr *dflt);
Arguments *ast_arguments(ParseCtx *ctx, AstList *params);

/* ---- expressions ---- */
Expr *ast_name(ParseCtx *ctx, Token name);
Expr *ast_number(ParseCtx *ctx, Token num);
Expr *ast_strings(ParseCtx *ctx, AstList *tokens); /* in strings.c */
Expr *ast_singleton(ParseCtx *ctx, Token kw, ConstKind kind);
Expr *ast_bin_op(ParseCtx *ctx, Expr *l, Token op, Expr *r);
Expr *ast_unary_op(ParseCtx *ctx, Token op, UnaryOpKind kind, Expr *operand);
Expr *ast_bool_op(ParseCtx *ctx, Expr *l, BoolOpKind op, Expr *r);
Expr *ast_compare(ParseCtx *ctx, Expr *l, CmpOp op, Expr *r);
Expr *ast_if_exp(ParseCtx *ctx, Expr *body, Expr *test, Expr *orelse);
Expr *ast_lambda(ParseCtx *ctx, Token kw, Arguments *args, Expr *body);
Expr *ast_named_expr(ParseCtx *ctx, Token name, Expr *value);
Expr *ast_starred(ParseCtx *ctx, Token star, Expr *value);
Expr *ast_call(ParseCtx *ctx, Expr *func, Token lpar, AstList *args, Token rpar);
ArgItem *ast_arg_item(ParseCtx *ctx, ArgKind kind, Expr *key, Expr *value); /* positional */
ArgItem *ast_arg_keyword(ParseCtx *ctx, Expr *key, Token eq, Expr *value); /* name=value */
ArgItem *ast_arg_genexp(ParseCtx *ctx, Expr *elt, AstList *generators);     /* f(x for x in y) */
ArgItem *ast_arg_star(ParseCtx *ctx, ArgKind kind, Token star, Expr *value); /* *a, **m */
Expr *ast_subscript(ParseCtx *ctx, Expr *value, AstList *slices, Token rsqb);
Expr *ast_slice(ParseCtx *ctx, Expr *lower, Token colon, Expr *upper, const Token *colon2, Expr *step);
Expr *ast_attribute(ParseCtx *ctx, Expr *value, Token name);
Expr *ast_paren(ParseCtx *ctx, Token lpar, AstList *elts, Token rpar);
Expr *ast_paren_expr(ParseCtx *ctx, Token lpar, Expr *e, Token rpar);
Expr *ast_display(ParseCtx *ctx, ExprKind kind, Token open, AstList *elts, Token close);
Expr *ast_dict(ParseCtx *ctx, Token open, AstList *items, Token close);
DictItem *ast_dict_item(ParseCtx *ctx, Expr *key, Expr *value);
/* kind: EXPR_GENERATOR_EXP / LIST_COMP / SET_COMP / DICT_COMP (key, value); brackets NULL for
 * the bare generator expression that is a call's only argument. */
Expr *ast_comprehension(ParseCtx *ctx, ExprKind kind, const Token *open, Expr *elt, Expr *value,
                        AstList *generators, const Token *close);
AstList *ast_comp_for(ParseCtx *ctx, AstList *l, Token kw, AstList *target, Expr *iter);
AstList *ast_comp_if(ParseCtx *ctx, AstList *l, Expr *cond);
Expr *ast_bare_tuple(ParseCtx *ctx, AstList *elts);
Expr *ast_yield(ParseCtx *ctx, Token kw, Expr *value);
Expr *ast_yield_from(ParseCtx *ctx, Token kw, Expr *value);

/* ---- shared with strings.c and parse.c ---- */
/* What CPython calls e in "cannot assign to %s" ("function call", "literal", ...). */
const char *ast_expr_name(ParseCtx *ctx, const Expr *e);
Expr *ast_new_expr(ParseCtx *ctx, ExprKind kind, Loc loc);
Loc ast_token_loc(Token t);
/* Records an error spanning `loc` (byte columns). */
bool ast_error_at(ParseCtx *ctx, Loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
