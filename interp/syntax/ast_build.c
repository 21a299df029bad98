/* ast_build.c: AST constructors for the grammar actions: positions, targets, argument lists. */
#include "syntax/ast_build.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "python.h"

#define V(ctx) ((ctx)->si->version)

/* ---- positions ---- */

Loc ast_token_loc(Token t) { return (Loc){t.lineno, t.col, t.end_lineno, t.end_col}; }

static Loc span(Loc a, Loc b) { return (Loc){a.lineno, a.col_offset, b.end_lineno, b.end_col_offset}; }

static bool parenthesized(const Expr *e) {
    return e->outer.lineno != e->lineno || e->outer.col_offset != e->col_offset;
}

bool ast_error_at(ParseCtx *ctx, Loc loc, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return syntax_error(ctx->si, "SyntaxError", loc.lineno, loc.col_offset, loc.end_lineno,
                        loc.end_col_offset, "%s", msg);
}

Expr *ast_new_expr(ParseCtx *ctx, ExprKind kind, Loc loc) {
    Expr *e = arena_alloc(ctx->arena, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    e->outer = loc;
    ctx->last_expr = e;
    return e;
}

/* Deeper expressions would overflow the C stack of every recursive tree walker after us;
 * CPython's compiler gives up in the same way. */
enum { MAX_EXPR_DEPTH = 3000 };

static Expr *chain(ParseCtx *ctx, Expr *e, const Expr *a, const Expr *b) {
    int d = a->depth;
    if (b && b->depth > d) d = b->depth;
    e->depth = d + 1;
    if (e->depth > MAX_EXPR_DEPTH)
        syntax_error(ctx->si, "RecursionError", e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                     "maximum recursion depth exceeded during compilation");
    return e;
}

static Stmt *new_stmt(ParseCtx *ctx, StmtKind kind, Loc loc) {
    Stmt *s = arena_alloc(ctx->arena, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

static const char *ident(ParseCtx *ctx, Token t) { return arena_strndup(ctx->arena, t.s, (size_t)t.len); }

/* ---- lists ---- */

AstList *ast_list_new(ParseCtx *ctx) { return arena_alloc(ctx->arena, sizeof(AstList)); }

AstList *ast_list_append(ParseCtx *ctx, AstList *l, void *item) {
    if (l->n == l->cap) {
        /* Arena memory cannot grow in place: copy to a block twice the size. */
        int cap = l->cap ? l->cap * 2 : 4;
        void **items = arena_alloc(ctx->arena, sizeof *items * (size_t)cap);
        if (l->n) memcpy(items, l->items, sizeof *items * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = item;
    return l;
}

AstList *ast_list_of(ParseCtx *ctx, void *item) { return ast_list_append(ctx, ast_list_new(ctx), item); }

AstList *ast_list_pair(ParseCtx *ctx, void *a, void *b) { return ast_list_append(ctx, ast_list_of(ctx, a), b); }

AstList *ast_list_append_comma(ParseCtx *ctx, AstList *l, void *item) {
    l->comma = true;
    return ast_list_append(ctx, l, item);
}

AstList *ast_list_comma(ParseCtx *ctx, AstList *l, Token comma) {
    (void)ctx;
    l->comma = l->trailing_comma = true;
    l->end_lineno = comma.end_lineno;
    l->end_col = comma.end_col;
    return l;
}

AstList *ast_list_extend(ParseCtx *ctx, AstList *l, AstList *more) {
    for (int i = 0; i < more->n; i++) ast_list_append(ctx, l, more->items[i]);
    return l;
}

AstList *ast_token_list(ParseCtx *ctx, AstList *l, Token t) {
    Token *copy = arena_alloc(ctx->arena, sizeof *copy);
    *copy = t;
    return ast_list_append(ctx, l ? l : ast_list_new(ctx), copy);
}

#define SEQ(type, l) ((type){(l) ? (l)->n : 0, (l) ? (void *)(l)->items : NULL})

static StmtSeq stmt_seq(AstList *l) { return SEQ(StmtSeq, l); }
static ExprSeq expr_seq(AstList *l) { return SEQ(ExprSeq, l); }

static Loc last_stmt_end(AstList *body) {
    Stmt *s = body->items[body->n - 1];
    return s->loc;
}

/* ---- modules ---- */

static Module *new_module(ParseCtx *ctx, ModKind kind) {
    Module *m = arena_alloc(ctx->arena, sizeof *m);
    m->kind = kind;
    ctx->module = m;
    return m;
}

void ast_module(ParseCtx *ctx, AstList *body) { new_module(ctx, MOD_MODULE)->body = stmt_seq(body); }
void ast_interactive(ParseCtx *ctx, AstList *body) { new_module(ctx, MOD_INTERACTIVE)->body = stmt_seq(body); }
void ast_expression(ParseCtx *ctx, Expr *e) { new_module(ctx, MOD_EXPRESSION)->expr = e; }
void ast_fstring_result(ParseCtx *ctx, Expr *e) { ctx->fstring_expr = e; }

/* ---- what CPython calls an expression in its target error messages ---- */

static const char *expr_name(ParseCtx *ctx, const Expr *e);
const char *ast_expr_name(ParseCtx *ctx, const Expr *e) { return expr_name(ctx, e); }

static const char *expr_name(ParseCtx *ctx, const Expr *e) {
    bool new_names = V(ctx) >= 310;
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOL_OP: case EXPR_BIN_OP: case EXPR_UNARY_OP: return new_names ? "expression" : "operator";
    case EXPR_GENERATOR_EXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_DICT: return new_names ? "dict literal" : "dict display";
    case EXPR_SET: return "set display";
    case EXPR_JOINED_STR: case EXPR_FORMATTED_VALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return new_names ? "ellipsis" : "Ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IF_EXP: return "conditional expression";
    case EXPR_NAMED_EXPR: return "named expression";
    case EXPR_SLICE: return "slice";
    }
    return "expression";
}

/* CPython's grammar level `bitwise_or`: what may stand left of `=` in its "Maybe you meant '=='"
 * rule (anything in parentheses, or an expression without boolean, comparison, ternary, lambda,
 * starred or yield at its top). */
static bool is_bitwise_or(const Expr *e) {
    if (parenthesized(e)) return true;
    switch (e->kind) {
    case EXPR_BOOL_OP: case EXPR_COMPARE: case EXPR_IF_EXP: case EXPR_LAMBDA: case EXPR_STARRED:
    case EXPR_YIELD: case EXPR_YIELD_FROM: case EXPR_NAMED_EXPR:
        return false;
    case EXPR_TUPLE: return false; /* a bare tuple: its first element is the bitwise_or */
    case EXPR_UNARY_OP: return e->v.unary_op.op != UOP_NOT;
    default: return true;
    }
}

/* Does e start with a bitwise_or that is followed by something other than `=`? */
static const Expr *leading_bitwise_or(const Expr *e) {
    while (!parenthesized(e)) {
        switch (e->kind) {
        case EXPR_TUPLE: if (e->v.tuple.elts.n == 0) return NULL; e = e->v.tuple.elts.items[0]; continue;
        case EXPR_BOOL_OP: e = e->v.bool_op.values.items[0]; continue;
        case EXPR_COMPARE: e = e->v.compare.left; continue;
        case EXPR_IF_EXP: e = e->v.if_exp.body; continue;
        default: break;
        }
        break;
    }
    return is_bitwise_or(e) ? e : NULL;
}

typedef enum { TGT_ASSIGN, TGT_ASSIGN_HERE, TGT_DEL, TGT_FOR } TargetMode;

static bool target_error(ParseCtx *ctx, const Expr *e, TargetMode mode) {
    if (mode == TGT_DEL) return ast_error_at(ctx, e->loc, "cannot delete %s", expr_name(ctx, e));
    if (mode == TGT_ASSIGN_HERE && V(ctx) >= 310)
        return ast_error_at(ctx, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                            expr_name(ctx, e));
    return ast_error_at(ctx, e->loc, "cannot assign to %s", expr_name(ctx, e));
}

/* Turns a Load expression into a Store/Del target in place, as CPython's set_context does. */
static bool set_context(ParseCtx *ctx, Expr *e, ExprContext c, TargetMode mode, bool nested) {
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = c; return true;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = c; return true;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = c; return true;
    case EXPR_STARRED:
        if (c == CTX_DEL) return target_error(ctx, e, TGT_DEL);
        if (!nested) return ast_error_at(ctx, e->loc, "starred assignment target must be in a list or tuple");
        e->v.starred.ctx = c;
        return set_context(ctx, e->v.starred.value, c, mode == TGT_ASSIGN_HERE ? TGT_ASSIGN : mode, true);
    case EXPR_LIST:
    case EXPR_TUPLE: {
        ExprSeq *elts = e->kind == EXPR_LIST ? &e->v.list.elts : &e->v.tuple.elts;
        if (e->kind == EXPR_LIST) e->v.list.ctx = c;
        else e->v.tuple.ctx = c;
        int stars = 0;
        for (int i = 0; i < elts->n; i++) {
            if (!set_context(ctx, elts->items[i], c, mode == TGT_ASSIGN_HERE ? TGT_ASSIGN : mode, true))
                return false;
            stars += elts->items[i]->kind == EXPR_STARRED;
        }
        if (stars > 1 && c == CTX_STORE)
            return ast_error_at(ctx, e->loc, V(ctx) >= 39 ? "multiple starred expressions in assignment"
                                                          : "two starred expressions in assignment");
        return true;
    }
    default:
        return target_error(ctx, e, mode);
    }
}

static bool no_bare_star(ParseCtx *ctx, const Expr *e) {
    if (e && e->kind == EXPR_STARRED && !parenthesized(e))
        return ast_error_at(ctx, e->loc, "can't use starred expression here");
    return true;
}

/* ---- statements ---- */

Stmt *ast_expr_stmt(ParseCtx *ctx, Expr *e) {
    no_bare_star(ctx, e);
    Stmt *s = new_stmt(ctx, STMT_EXPR, e->outer);
    s->v.expr.value = e;
    return s;
}

/* CPython's invalid_named_expression rule decides whether the message ends in "here. Maybe you
 * meant '==' instead of '='?": only for the first target, when it is a bitwise_or other than a
 * list, tuple, genexp or True/False/None, and the value starts with a bitwise_or not followed by
 * another `=`. */
static bool maybe_meant_eq(const Expr *target, const Expr *value, int chain_len) {
    if (!is_bitwise_or(target)) return false;
    switch (target->kind) {
    case EXPR_LIST: case EXPR_TUPLE: case EXPR_GENERATOR_EXP: return false;
    case EXPR_CONSTANT:
        if (target->v.constant.kind == CONST_NONE || target->v.constant.kind == CONST_TRUE ||
            target->v.constant.kind == CONST_FALSE)
            return false;
        break;
    default: break;
    }
    const Expr *lead = leading_bitwise_or(value);
    if (!lead) return false;
    return !(lead == value && chain_len > 2);
}

Stmt *ast_assign(ParseCtx *ctx, AstList *chain) {
    int nt = chain->n - 1;
    Expr *value = chain->items[nt];
    for (int i = 0; i < nt; i++) {
        Expr *t = chain->items[i];
        if (t->kind == EXPR_YIELD || t->kind == EXPR_YIELD_FROM) {
            if (!parenthesized(t)) {
                ast_error_at(ctx, t->loc, "assignment to yield expression not possible");
                break;
            }
        }
        /* The expression right before `=` is the one CPython's rule looks at. */
        Expr *cand = t;
        if (t->kind == EXPR_TUPLE && !parenthesized(t) && t->v.tuple.elts.n) cand = t->v.tuple.elts.items[t->v.tuple.elts.n - 1];
        bool bad = cand->kind != EXPR_NAME && cand->kind != EXPR_ATTRIBUTE && cand->kind != EXPR_SUBSCRIPT &&
                   cand->kind != EXPR_STARRED && cand->kind != EXPR_LIST && cand->kind != EXPR_TUPLE;
        if (i == 0 && bad && maybe_meant_eq(cand, chain->items[1], chain->n)) {
            target_error(ctx, cand, TGT_ASSIGN_HERE);
            break;
        }
        if (!set_context(ctx, t, CTX_STORE, TGT_ASSIGN, false)) break;
    }
    no_bare_star(ctx, value);
    Stmt *s = new_stmt(ctx, STMT_ASSIGN, span(((Expr *)chain->items[0])->outer, value->outer));
    s->v.assign.targets = (ExprSeq){nt, (Expr **)chain->items};
    s->v.assign.value = value;
    return s;
}

static Operator aug_operator(int tk) {
    switch (tk) {
    case TK_PLUSEQUAL: case TK_PLUS: return OP_ADD;
    case TK_MINEQUAL: case TK_MINUS: return OP_SUB;
    case TK_STAREQUAL: case TK_STAR: return OP_MULT;
    case TK_ATEQUAL: case TK_AT: return OP_MATMULT;
    case TK_SLASHEQUAL: case TK_SLASH: return OP_DIV;
    case TK_PERCENTEQUAL: case TK_PERCENT: return OP_MOD;
    case TK_AMPEREQUAL: case TK_AMPER: return OP_BITAND;
    case TK_VBAREQUAL: case TK_VBAR: return OP_BITOR;
    case TK_CIRCUMFLEXEQUAL: case TK_CIRCUMFLEX: return OP_BITXOR;
    case TK_LEFTSHIFTEQUAL: case TK_LEFTSHIFT: return OP_LSHIFT;
    case TK_RIGHTSHIFTEQUAL: case TK_RIGHTSHIFT: return OP_RSHIFT;
    case TK_DOUBLESTAREQUAL: case TK_DOUBLESTAR: return OP_POW;
    default: return OP_FLOORDIV;
    }
}

Stmt *ast_aug_assign(ParseCtx *ctx, Expr *target, Token op, Expr *value) {
    switch (target->kind) {
    case EXPR_NAME: case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        set_context(ctx, target, CTX_STORE, TGT_ASSIGN, false);
        break;
    default:
        if (V(ctx) >= 39)
            ast_error_at(ctx, target->loc, "'%s' is an illegal expression for augmented assignment",
                         expr_name(ctx, target));
        else if ((target->kind == EXPR_TUPLE || target->kind == EXPR_LIST) &&
                 set_context(ctx, target, CTX_STORE, TGT_ASSIGN, false))
            /* 3.8 checks the target like an assignment's first, then its kind */
            ast_error_at(ctx, target->loc, "illegal expression for augmented assignment");
        else
            target_error(ctx, target, TGT_ASSIGN);
    }
    no_bare_star(ctx, value);
    Stmt *s = new_stmt(ctx, STMT_AUG_ASSIGN, span(target->outer, value->outer));
    s->v.aug_assign.target = target;
    s->v.aug_assign.op = aug_operator(op.type);
    s->v.aug_assign.value = value;
    return s;
}

Stmt *ast_ann_assign(ParseCtx *ctx, Expr *target, Expr *annotation, Expr *value) {
    int simple = 0;
    switch (target->kind) {
    case EXPR_NAME:
        simple = !parenthesized(target);
        /* fallthrough */
    case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        set_context(ctx, target, CTX_STORE, TGT_ASSIGN, false);
        break;
    case EXPR_TUPLE: case EXPR_LIST:
        ast_error_at(ctx, target->outer, "only single target (not %s) can be annotated",
                     target->kind == EXPR_TUPLE ? "tuple" : "list");
        break;
    default:
        ast_error_at(ctx, target->loc, "illegal target for annotation");
    }
    Stmt *s = new_stmt(ctx, STMT_ANN_ASSIGN, span(target->outer, (value ? value : annotation)->outer));
    s->v.ann_assign.target = target;
    s->v.ann_assign.annotation = annotation;
    s->v.ann_assign.value = value;
    s->v.ann_assign.simple = simple;
    return s;
}

Stmt *ast_keyword_stmt(ParseCtx *ctx, Token kw, StmtKind kind) { return new_stmt(ctx, kind, ast_token_loc(kw)); }

Stmt *ast_return(ParseCtx *ctx, Token kw, Expr *value) {
    Stmt *s = new_stmt(ctx, STMT_RETURN, value ? span(ast_token_loc(kw), value->outer) : ast_token_loc(kw));
    s->v.return_.value = value;
    return s;
}

Stmt *ast_raise(ParseCtx *ctx, Token kw, Expr *exc, Expr *cause) {
    Expr *last = cause ? cause : exc;
    Stmt *s = new_stmt(ctx, STMT_RAISE, last ? span(ast_token_loc(kw), last->outer) : ast_token_loc(kw));
    s->v.raise.exc = exc;
    s->v.raise.cause = cause;
    return s;
}

Stmt *ast_global(ParseCtx *ctx, Token kw, AstList *names, StmtKind kind) {
    Token *last = names->items[names->n - 1];
    Stmt *s = new_stmt(ctx, kind, span(ast_token_loc(kw), ast_token_loc(*last)));
    const char **ids = arena_alloc(ctx->arena, sizeof *ids * (size_t)names->n);
    for (int i = 0; i < names->n; i++) ids[i] = ident(ctx, *(Token *)names->items[i]);
    s->v.global.names = (IdentSeq){names->n, ids};
    return s;
}

Stmt *ast_assert(ParseCtx *ctx, Token kw, Expr *test, Expr *msg) {
    Stmt *s = new_stmt(ctx, STMT_ASSERT, span(ast_token_loc(kw), (msg ? msg : test)->outer));
    s->v.assert_.test = test;
    s->v.assert_.msg = msg;
    return s;
}

Stmt *ast_delete(ParseCtx *ctx, Token kw, AstList *targets) {
    for (int i = 0; i < targets->n; i++)
        if (!set_context(ctx, targets->items[i], CTX_DEL, TGT_DEL, false)) break;
    Loc end = ((Expr *)targets->items[targets->n - 1])->outer;
    if (targets->trailing_comma) end.end_lineno = targets->end_lineno, end.end_col_offset = targets->end_col;
    Stmt *s = new_stmt(ctx, STMT_DELETE, span(ast_token_loc(kw), end));
    s->v.delete_.targets = expr_seq(targets);
    return s;
}

/* ---- imports ---- */

Alias *ast_dotted_name(ParseCtx *ctx, Alias *prefix, Token name) {
    if (!prefix) {
        Alias *a = arena_alloc(ctx->arena, sizeof *a);
        a->loc = ast_token_loc(name);
        a->name = ident(ctx, name);
        return a;
    }
    size_t n = strlen(prefix->name);
    char *s = arena_alloc(ctx->arena, n + 1 + (size_t)name.len + 1);
    memcpy(s, prefix->name, n);
    s[n] = '.';
    memcpy(s + n + 1, name.s, (size_t)name.len);
    prefix->name = s;
    prefix->end_lineno = name.end_lineno;
    prefix->end_col_offset = name.end_col;
    return prefix;
}

Alias *ast_alias_as(ParseCtx *ctx, Alias *a, Token asname) {
    a->asname = ident(ctx, asname);
    a->end_lineno = asname.end_lineno;
    a->end_col_offset = asname.end_col;
    return a;
}

Alias *ast_import_alias(ParseCtx *ctx, Token name, Token asname) {
    return ast_alias_as(ctx, ast_dotted_name(ctx, NULL, name), asname);
}

FromModule *ast_from_module(ParseCtx *ctx, int level, Alias *name) {
    FromModule *m = arena_alloc(ctx->arena, sizeof *m);
    m->level = level;
    m->name = name;
    return m;
}

Stmt *ast_import(ParseCtx *ctx, Token kw, AstList *aliases) {
    Alias *last = aliases->items[aliases->n - 1];
    Stmt *s = new_stmt(ctx, STMT_IMPORT, span(ast_token_loc(kw), last->loc));
    s->v.import.names = SEQ(AliasSeq, aliases);
    return s;
}

Stmt *ast_import_from(ParseCtx *ctx, Token kw, FromModule *m, AstList *aliases, Token last) {
    if (!aliases) {
        Alias *star = arena_alloc(ctx->arena, sizeof *star);
        star->loc = ast_token_loc(last);
        star->name = "*";
        aliases = ast_list_of(ctx, star);
    }
    Stmt *s = new_stmt(ctx, STMT_IMPORT_FROM, span(ast_token_loc(kw), ast_token_loc(last)));
    s->v.import_from.module = m->name ? m->name->name : NULL;
    s->v.import_from.level = m->level;
    s->v.import_from.names = SEQ(AliasSeq, aliases);
    return s;
}

Stmt *ast_import_from_bare(ParseCtx *ctx, Token kw, FromModule *m, AstList *aliases) {
    Alias *last = aliases->items[aliases->n - 1];
    Token t = {0};
    t.lineno = last->lineno;
    t.col = last->col_offset;
    t.end_lineno = last->end_lineno;
    t.end_col = last->end_col_offset;
    return ast_import_from(ctx, kw, m, aliases, t);
}

/* ---- compound statements ---- */

Stmt *ast_if(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse) {
    Loc end = last_stmt_end(orelse->n ? orelse : body);
    Stmt *s = new_stmt(ctx, STMT_IF, span(ast_token_loc(kw), end));
    s->v.if_.test = test;
    s->v.if_.body = stmt_seq(body);
    s->v.if_.orelse = stmt_seq(orelse);
    return s;
}

AstList *ast_elif(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse) {
    return ast_list_of(ctx, ast_if(ctx, kw, test, body, orelse));
}

Stmt *ast_while(ParseCtx *ctx, Token kw, Expr *test, AstList *body, AstList *orelse) {
    Stmt *s = ast_if(ctx, kw, test, body, orelse);
    s->kind = STMT_WHILE;
    return s;
}

static Expr *target_of(ParseCtx *ctx, AstList *l) {
    if (l->n == 1 && !l->comma) return l->items[0];
    return ast_bare_tuple(ctx, l);
}

Stmt *ast_for(ParseCtx *ctx, Token kw, AstList *target, Expr *iter, AstList *body, AstList *orelse) {
    Expr *t = target_of(ctx, target);
    set_context(ctx, t, CTX_STORE, TGT_FOR, false);
    Stmt *s = new_stmt(ctx, STMT_FOR, span(ast_token_loc(kw), last_stmt_end(orelse->n ? orelse : body)));
    s->v.for_.target = t;
    s->v.for_.iter = iter;
    s->v.for_.body = stmt_seq(body);
    s->v.for_.orelse = stmt_seq(orelse);
    return s;
}

Stmt *ast_try(ParseCtx *ctx, Token kw, AstList *body, AstList *handlers, AstList *orelse,
              AstList *finalbody) {
    Loc end;
    if (finalbody && finalbody->n) end = last_stmt_end(finalbody);
    else if (orelse && orelse->n) end = last_stmt_end(orelse);
    else if (handlers && handlers->n) end = ((ExceptHandler *)handlers->items[handlers->n - 1])->loc;
    else end = last_stmt_end(body);
    Stmt *s = new_stmt(ctx, STMT_TRY, span(ast_token_loc(kw), end));
    s->v.try_.body = stmt_seq(body);
    s->v.try_.handlers = SEQ(ExceptHandlerSeq, handlers);
    s->v.try_.orelse = stmt_seq(orelse);
    s->v.try_.finalbody = stmt_seq(finalbody);
    return s;
}

ExceptHandler *ast_except_handler(ParseCtx *ctx, Token kw, Expr *type, const Token *name, AstList *body) {
    ExceptHandler *h = arena_alloc(ctx->arena, sizeof *h);
    h->loc = span(ast_token_loc(kw), last_stmt_end(body));
    h->type = type;
    h->name = name ? ident(ctx, *name) : NULL;
    h->body = stmt_seq(body);
    return h;
}

Stmt *ast_with(ParseCtx *ctx, Token kw, AstList *items, AstList *body) {
    Stmt *s = new_stmt(ctx, STMT_WITH, span(ast_token_loc(kw), last_stmt_end(body)));
    s->v.with.items = SEQ(WithItemSeq, items);
    s->v.with.body = stmt_seq(body);
    return s;
}

WithItem *ast_with_item(ParseCtx *ctx, Expr *context, Expr *vars) {
    if (vars) set_context(ctx, vars, CTX_STORE, TGT_FOR, false);
    WithItem *w = arena_alloc(ctx->arena, sizeof *w);
    w->context_expr = context;
    w->optional_vars = vars;
    return w;
}

/* Splits a call's or class's argument list into positional arguments and keywords, with
 * CPython's ordering rules. */
static void split_args(ParseCtx *ctx, AstList *items, ExprSeq *args, KeywordSeq *kws) {
    int n = items ? items->n : 0;
    Expr **a = arena_alloc(ctx->arena, sizeof *a * (size_t)(n ? n : 1));
    Keyword **k = arena_alloc(ctx->arena, sizeof *k * (size_t)(n ? n : 1));
    int na = 0, nk = 0;
    bool seen_kw = false, seen_dstar = false;
    for (int i = 0; i < n; i++) {
        ArgItem *it = items->items[i];
        switch (it->kind) {
        case ARG_GENEXP:
            if (n > 1) ast_error_at(ctx, it->value->loc, "Generator expression must be parenthesized");
            /* fallthrough */
        case ARG_POSITIONAL:
            if (seen_dstar || seen_kw) {
                /* CPython points just past the offending argument. */
                Loc after = {it->loc.end_lineno, it->loc.end_col_offset, it->loc.end_lineno, it->loc.end_col_offset + 1};
                ast_error_at(ctx, after, seen_dstar ? "positional argument follows keyword argument unpacking"
                                                    : "positional argument follows keyword argument");
            }
            a[na++] = it->value;
            break;
        case ARG_STAR:
            if (seen_dstar) {
                Loc star = {it->loc.lineno, it->loc.col_offset, it->loc.lineno, it->loc.col_offset + 1};
                ast_error_at(ctx, star, "iterable argument unpacking follows keyword argument unpacking");
            }
            a[na++] = it->value;
            break;
        case ARG_KEYWORD:
        case ARG_DOUBLESTAR: {
            Keyword *kw = arena_alloc(ctx->arena, sizeof *kw);
            kw->loc = it->loc;
            kw->value = it->value;
            if (it->kind == ARG_KEYWORD) {
                seen_kw = true;
                kw->arg = it->key->v.name.id;
                for (int j = 0; j < nk; j++)
                    if (k[j]->arg && strcmp(k[j]->arg, kw->arg) == 0)
                        ast_error_at(ctx, it->loc, V(ctx) >= 39 ? "keyword argument repeated: %s"
                                                                 : "keyword argument repeated%.0s", kw->arg);
            } else {
                seen_dstar = true;
            }
            k[nk++] = kw;
            break;
        }
        }
    }
    *args = (ExprSeq){na, a};
    *kws = (KeywordSeq){nk, k};
}

Stmt *ast_class_def(ParseCtx *ctx, Token kw, Token name, AstList *args, AstList *body) {
    Stmt *s = new_stmt(ctx, STMT_CLASS_DEF, span(ast_token_loc(kw), last_stmt_end(body)));
    s->v.class_def.name = ident(ctx, name);
    split_args(ctx, args, &s->v.class_def.bases, &s->v.class_def.keywords);
    s->v.class_def.body = stmt_seq(body);
    return s;
}

Stmt *ast_function_def(ParseCtx *ctx, Token kw, Token name, Arguments *args, Expr *returns, AstList *body) {
    Stmt *s = new_stmt(ctx, STMT_FUNCTION_DEF, span(ast_token_loc(kw), last_stmt_end(body)));
    s->v.function_def.name = ident(ctx, name);
    s->v.function_def.args = args;
    s->v.function_def.returns = returns;
    s->v.function_def.body = stmt_seq(body);
    return s;
}

Stmt *ast_decorated(ParseCtx *ctx, AstList *decorators, Stmt *def) {
    (void)ctx;
    if (def->kind == STMT_FUNCTION_DEF) def->v.function_def.decorator_list = expr_seq(decorators);
    else def->v.class_def.decorator_list = expr_seq(decorators);
    return def;
}

/* ---- parameters ---- */

ParamItem *ast_param(ParseCtx *ctx, ParamKind kind, Token first, Token name, Expr *annotation, Expr *dflt) {
    ParamItem *p = arena_alloc(ctx->arena, sizeof *p);
    p->kind = kind;
    p->tok = first;
    p->dflt = dflt;
    if (kind != PARAM_BARE_STAR && kind != PARAM_SLASH) {
        Arg *a = arena_alloc(ctx->arena, sizeof *a);
        a->arg = ident(ctx, name);
        a->annotation = annotation;
        a->loc = annotation ? span(ast_token_loc(name), annotation->outer) : ast_token_loc(name);
        p->arg = a;
    }
    return p;
}

static bool param_error(ParseCtx *ctx, Token t, const char *new_msg) {
    Loc l = ast_token_loc(t);
    return ast_error_at(ctx, l, "%s", V(ctx) >= 310 ? new_msg : "invalid syntax");
}

typedef struct {
    AstList *pos, *kwonly, *defaults, *kw_defaults;
} ParamLists;

static bool add_param(ParseCtx *ctx, Arguments *r, ParamLists *pl, ParamItem *p, bool *seen_star,
                      bool *seen_slash, bool *seen_default, ParamItem **bare) {
    if (r->kwarg) return param_error(ctx, p->tok, "arguments cannot follow var-keyword argument");
    switch (p->kind) {
    case PARAM_SLASH:
        if (*seen_slash) return param_error(ctx, p->tok, "/ may appear only once");
        if (*seen_star) return param_error(ctx, p->tok, "/ must be ahead of *");
        if (pl->pos->n == 0) return param_error(ctx, p->tok, "at least one argument must precede /");
        *seen_slash = true;
        r->posonlyargs = SEQ(ArgSeq, pl->pos);
        pl->pos = ast_list_new(ctx);
        return true;
    case PARAM_PLAIN:
        if (*seen_star) {
            ast_list_append(ctx, pl->kwonly, p->arg);
            ast_list_append(ctx, pl->kw_defaults, p->dflt);
            *bare = NULL;
            return true;
        }
        if (p->dflt) {
            *seen_default = true;
            ast_list_append(ctx, pl->defaults, p->dflt);
        } else if (*seen_default) {
            return ast_error_at(ctx, p->arg->loc, "%s",
                                V(ctx) >= 312 ? "parameter without a default follows parameter with a default"
                                              : "non-default argument follows default argument");
        }
        ast_list_append(ctx, pl->pos, p->arg);
        return true;
    case PARAM_BARE_STAR:
    case PARAM_STAR:
        if (*seen_star) return param_error(ctx, p->tok, "* argument may appear only once");
        if (p->dflt) {
            Token t = p->tok;
            t.lineno = t.end_lineno = p->arg->end_lineno;
            t.col = p->arg->end_col_offset;
            t.end_col = t.col + 1;
            return param_error(ctx, t, "var-positional argument cannot have default value");
        }
        *seen_star = true;
        if (p->kind == PARAM_STAR) r->vararg = p->arg;
        else *bare = p;
        return true;
    case PARAM_DOUBLESTAR:
        if (p->dflt) {
            Token t = p->tok;
            t.lineno = t.end_lineno = p->arg->end_lineno;
            t.col = p->arg->end_col_offset;
            t.end_col = t.col + 1;
            return param_error(ctx, t, "var-keyword argument cannot have default value");
        }
        r->kwarg = p->arg;
        return true;
    }
    return true;
}

Arguments *ast_arguments(ParseCtx *ctx, AstList *params) {
    Arguments *r = arena_alloc(ctx->arena, sizeof *r);
    ParamLists pl = {ast_list_new(ctx), ast_list_new(ctx), ast_list_new(ctx), ast_list_new(ctx)};
    bool seen_star = false, seen_slash = false, seen_default = false;
    ParamItem *bare = NULL;
    for (int i = 0; params && i < params->n; i++) {
        if (!add_param(ctx, r, &pl, params->items[i], &seen_star, &seen_slash, &seen_default, &bare)) break;
        if (bare && ((ParamItem *)params->items[i])->kind == PARAM_DOUBLESTAR) break;
    }
    if (bare) {
        Loc l = ast_token_loc(bare->tok);
        ast_error_at(ctx, l, "named arguments must follow bare *");
    }
    r->args = SEQ(ArgSeq, pl.pos);
    r->kwonlyargs = SEQ(ArgSeq, pl.kwonly);
    r->kw_defaults = expr_seq(pl.kw_defaults);
    r->defaults = expr_seq(pl.defaults);
    return r;
}

/* ---- expressions ---- */

Expr *ast_name(ParseCtx *ctx, Token name) {
    Expr *e = ast_new_expr(ctx, EXPR_NAME, ast_token_loc(name));
    e->v.name.id = ident(ctx, name);
    e->v.name.ctx = CTX_LOAD;
    return e;
}

/* The lexer has validated the literal; this only normalises it. */
Expr *ast_number(ParseCtx *ctx, Token num) {
    Expr *e = ast_new_expr(ctx, EXPR_CONSTANT, ast_token_loc(num));
    Constant *c = &e->v.constant;
    char *buf = arena_alloc(ctx->arena, (size_t)num.len + 1);
    int n = 0;
    for (int i = 0; i < num.len; i++)
        if (num.s[i] != '_') buf[n++] = num.s[i];
    buf[n] = '\0';
    char last = (char)(buf[n - 1] | 0x20);
    int base = 10;
    if (n > 1 && buf[0] == '0') {
        char p = (char)(buf[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    }
    if (base == 10 && last == 'j') {
        buf[n - 1] = '\0';
        c->kind = CONST_IMAG;
        c->f = strtod(buf, NULL);
    } else if (base == 10 && strpbrk(buf, ".eE")) {
        c->kind = CONST_FLOAT;
        c->f = strtod(buf, NULL);
    } else {
        char *d = base == 10 ? buf : buf + 2;
        while (d[0] == '0' && d[1]) d++;
        for (char *q = d; *q; q++)
            if (*q >= 'A' && *q <= 'F') *q = (char)(*q | 0x20);
        c->kind = CONST_INT;
        c->i.digits = d;
        c->i.base = base;
    }
    return e;
}

Expr *ast_singleton(ParseCtx *ctx, Token kw, ConstKind kind) {
    Expr *e = ast_new_expr(ctx, EXPR_CONSTANT, ast_token_loc(kw));
    e->v.constant.kind = kind;
    return e;
}

Expr *ast_bin_op(ParseCtx *ctx, Expr *l, Token op, Expr *r) {
    Expr *e = ast_new_expr(ctx, EXPR_BIN_OP, span(l->outer, r->outer));
    e->v.bin_op.left = l;
    e->v.bin_op.op = aug_operator(op.type);
    e->v.bin_op.right = r;
    return chain(ctx, e, l, r);
}

Expr *ast_unary_op(ParseCtx *ctx, Token op, UnaryOpKind kind, Expr *operand) {
    Expr *e = ast_new_expr(ctx, EXPR_UNARY_OP, span(ast_token_loc(op), operand->outer));
    e->v.unary_op.op = kind;
    e->v.unary_op.operand = operand;
    return e;
}

Expr *ast_bool_op(ParseCtx *ctx, Expr *l, BoolOpKind op, Expr *r) {
    if (l->kind == EXPR_BOOL_OP && l->v.bool_op.op == op && !parenthesized(l)) {
        AstList tmp = {l->v.bool_op.values.n, l->v.bool_op.values.n, (void **)l->v.bool_op.values.items, 0, 0, 0, 0};
        ast_list_append(ctx, &tmp, r);
        l->v.bool_op.values = (ExprSeq){tmp.n, (Expr **)tmp.items};
        l->end_lineno = l->outer.end_lineno = r->outer.end_lineno;
        l->end_col_offset = l->outer.end_col_offset = r->outer.end_col_offset;
        ctx->last_expr = l;
        return l;
    }
    Expr *e = ast_new_expr(ctx, EXPR_BOOL_OP, span(l->outer, r->outer));
    e->v.bool_op.op = op;
    e->v.bool_op.values = expr_seq(ast_list_pair(ctx, l, r));
    return e;
}

Expr *ast_compare(ParseCtx *ctx, Expr *l, CmpOp op, Expr *r) {
    Expr *e = l;
    if (l->kind != EXPR_COMPARE || parenthesized(l)) {
        e = ast_new_expr(ctx, EXPR_COMPARE, l->outer);
        e->v.compare.left = l;
    }
    /* Chains are short: grow both arrays by copying. */
    int n = e->v.compare.ops.n;
    CmpOp *ops = arena_alloc(ctx->arena, sizeof *ops * (size_t)(n + 1));
    Expr **cmp = arena_alloc(ctx->arena, sizeof *cmp * (size_t)(n + 1));
    if (n) {
        memcpy(ops, e->v.compare.ops.items, sizeof *ops * (size_t)n);
        memcpy(cmp, e->v.compare.comparators.items, sizeof *cmp * (size_t)n);
    }
    ops[n] = op;
    cmp[n] = r;
    e->v.compare.ops = (CmpOpSeq){n + 1, ops};
    e->v.compare.comparators = (ExprSeq){n + 1, cmp};
    e->end_lineno = e->outer.end_lineno = r->outer.end_lineno;
    e->end_col_offset = e->outer.end_col_offset = r->outer.end_col_offset;
    ctx->last_expr = e;
    return e;
}

Expr *ast_if_exp(ParseCtx *ctx, Expr *body, Expr *test, Expr *orelse) {
    Expr *e = ast_new_expr(ctx, EXPR_IF_EXP, span(body->outer, orelse->outer));
    e->v.if_exp.test = test;
    e->v.if_exp.body = body;
    e->v.if_exp.orelse = orelse;
    return e;
}

Expr *ast_lambda(ParseCtx *ctx, Token kw, Arguments *args, Expr *body) {
    Expr *e = ast_new_expr(ctx, EXPR_LAMBDA, span(ast_token_loc(kw), body->outer));
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

Expr *ast_named_expr(ParseCtx *ctx, Token name, Expr *value) {
    Expr *target = ast_name(ctx, name);
    target->v.name.ctx = CTX_STORE;
    Expr *e = ast_new_expr(ctx, EXPR_NAMED_EXPR, span(target->loc, value->outer));
    e->v.named_expr.target = target;
    e->v.named_expr.value = value;
    return e;
}

Expr *ast_starred(ParseCtx *ctx, Token star, Expr *value) {
    Expr *e = ast_new_expr(ctx, EXPR_STARRED, span(ast_token_loc(star), value->outer));
    e->v.starred.value = value;
    e->v.starred.ctx = CTX_LOAD;
    return e;
}

ArgItem *ast_arg_item(ParseCtx *ctx, ArgKind kind, Expr *key, Expr *value) {
    ArgItem *it = arena_alloc(ctx->arena, sizeof *it);
    it->kind = kind;
    it->key = key;
    it->value = value;
    it->loc = key ? span(key->outer, value->outer) : value->outer;
    return it;
}

ArgItem *ast_arg_keyword(ParseCtx *ctx, Expr *key, Token eq, Expr *value) {
    ArgItem *it = arena_alloc(ctx->arena, sizeof *it);
    it->kind = ARG_KEYWORD;
    it->key = key;
    it->value = value;
    it->loc = span(key->outer, value->outer);
    if (key->kind != EXPR_NAME || parenthesized(key)) {
        if (key->kind == EXPR_CONSTANT && !parenthesized(key) &&
            (key->v.constant.kind == CONST_TRUE || key->v.constant.kind == CONST_FALSE ||
             key->v.constant.kind == CONST_NONE) && V(ctx) != 39)
            ast_error_at(ctx, span(key->loc, ast_token_loc(eq)), "cannot assign to %s", expr_name(ctx, key));
        else
            ast_error_at(ctx, span(key->outer, ast_token_loc(eq)),
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    return it;
}

ArgItem *ast_arg_genexp(ParseCtx *ctx, Expr *elt, AstList *generators) {
    Expr *g = ast_comprehension(ctx, EXPR_GENERATOR_EXP, NULL, elt, NULL, generators, NULL);
    return ast_arg_item(ctx, ARG_GENEXP, NULL, g);
}

ArgItem *ast_arg_star(ParseCtx *ctx, ArgKind kind, Token star, Expr *value) {
    if (kind == ARG_STAR) return ast_arg_item(ctx, kind, NULL, ast_starred(ctx, star, value));
    ArgItem *it = ast_arg_item(ctx, kind, NULL, value);
    it->loc = span(ast_token_loc(star), value->outer);
    return it;
}

Expr *ast_call(ParseCtx *ctx, Expr *func, Token lpar, AstList *args, Token rpar) {
    Expr *e = ast_new_expr(ctx, EXPR_CALL, span(func->outer, ast_token_loc(rpar)));
    e->v.call.func = func;
    /* A generator expression that is the only argument borrows the call's parentheses. */
    if (args && args->n == 1 && ((ArgItem *)args->items[0])->kind == ARG_GENEXP) {
        Expr *g = ((ArgItem *)args->items[0])->value;
        g->loc = g->outer = span(ast_token_loc(lpar), ast_token_loc(rpar));
    }
    split_args(ctx, args, &e->v.call.args, &e->v.call.keywords);
    ctx->last_expr = e;
    return chain(ctx, e, func, NULL);
}

static Expr *new_tuple(ParseCtx *ctx, AstList *elts, Loc loc) {
    Expr *e = ast_new_expr(ctx, EXPR_TUPLE, loc);
    e->v.tuple.elts = expr_seq(elts);
    e->v.tuple.ctx = CTX_LOAD;
    return e;
}

Expr *ast_bare_tuple(ParseCtx *ctx, AstList *elts) {
    if (elts->n == 1 && !elts->comma) return elts->items[0];
    Loc loc = span(((Expr *)elts->items[0])->outer, ((Expr *)elts->items[elts->n - 1])->outer);
    if (elts->trailing_comma) loc.end_lineno = elts->end_lineno, loc.end_col_offset = elts->end_col;
    return new_tuple(ctx, elts, loc);
}

Expr *ast_subscript(ParseCtx *ctx, Expr *value, AstList *slices, Token rsqb) {
    /* `a[*b]` is a[(*b,)] (3.11+): a lone starred item still makes a tuple. */
    Expr *only = slices->items[0];
    bool single = slices->n == 1 && !slices->comma && !(only->kind == EXPR_STARRED && !parenthesized(only));
    Expr *slice = single ? only : new_tuple(ctx, slices, span(only->outer, ((Expr *)slices->items[slices->n - 1])->outer));
    if (!single && slices->trailing_comma) {
        slice->end_lineno = slice->outer.end_lineno = slices->end_lineno;
        slice->end_col_offset = slice->outer.end_col_offset = slices->end_col;
    }
    Expr *e = ast_new_expr(ctx, EXPR_SUBSCRIPT, span(value->outer, ast_token_loc(rsqb)));
    e->v.subscript.value = value;
    e->v.subscript.slice = slice;
    e->v.subscript.ctx = CTX_LOAD;
    return chain(ctx, e, value, slice);
}

Expr *ast_slice(ParseCtx *ctx, Expr *lower, Token colon, Expr *upper, const Token *colon2, Expr *step) {
    Loc start = lower ? lower->outer : ast_token_loc(colon);
    Loc end = step ? step->outer : colon2 ? ast_token_loc(*colon2) : upper ? upper->outer : ast_token_loc(colon);
    Expr *e = ast_new_expr(ctx, EXPR_SLICE, span(start, end));
    e->v.slice.lower = lower;
    e->v.slice.upper = upper;
    e->v.slice.step = step;
    return e;
}

Expr *ast_attribute(ParseCtx *ctx, Expr *value, Token name) {
    Expr *e = ast_new_expr(ctx, EXPR_ATTRIBUTE, span(value->outer, ast_token_loc(name)));
    e->v.attribute.value = value;
    e->v.attribute.attr = ident(ctx, name);
    e->v.attribute.ctx = CTX_LOAD;
    return chain(ctx, e, value, NULL);
}

Expr *ast_paren(ParseCtx *ctx, Token lpar, AstList *elts, Token rpar) {
    Loc loc = span(ast_token_loc(lpar), ast_token_loc(rpar));
    if (elts && elts->n == 1 && !elts->comma) {
        Expr *e = elts->items[0];
        if (e->kind == EXPR_STARRED && !parenthesized(e))
            ast_error_at(ctx, e->loc, V(ctx) >= 312 ? "cannot use starred expression here"
                                                    : "can't use starred expression here");
        e->outer = loc;
        ctx->last_expr = e;
        return e;
    }
    return new_tuple(ctx, elts ? elts : ast_list_new(ctx), loc);
}

Expr *ast_paren_expr(ParseCtx *ctx, Token lpar, Expr *e, Token rpar) {
    e->outer = span(ast_token_loc(lpar), ast_token_loc(rpar));
    ctx->last_expr = e;
    return e;
}

Expr *ast_display(ParseCtx *ctx, ExprKind kind, Token open, AstList *elts, Token close) {
    Expr *e = ast_new_expr(ctx, kind, span(ast_token_loc(open), ast_token_loc(close)));
    if (kind == EXPR_LIST) {
        e->v.list.elts = expr_seq(elts);
        e->v.list.ctx = CTX_LOAD;
    } else {
        e->v.set.elts = expr_seq(elts);
    }
    return e;
}

DictItem *ast_dict_item(ParseCtx *ctx, Expr *key, Expr *value) {
    DictItem *d = arena_alloc(ctx->arena, sizeof *d);
    d->key = key;
    d->value = value;
    return d;
}

Expr *ast_dict(ParseCtx *ctx, Token open, AstList *items, Token close) {
    Expr *e = ast_new_expr(ctx, EXPR_DICT, span(ast_token_loc(open), ast_token_loc(close)));
    int n = items ? items->n : 0;
    Expr **keys = arena_alloc(ctx->arena, sizeof *keys * (size_t)(n ? n : 1));
    Expr **values = arena_alloc(ctx->arena, sizeof *values * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        DictItem *d = items->items[i];
        keys[i] = d->key;
        values[i] = d->value;
    }
    e->v.dict.keys = (ExprSeq){n, keys};
    e->v.dict.values = (ExprSeq){n, values};
    return e;
}

Expr *ast_comprehension(ParseCtx *ctx, ExprKind kind, const Token *open, Expr *elt, Expr *value,
                        AstList *generators, const Token *close) {
    if (elt->kind == EXPR_STARRED && !parenthesized(elt))
        ast_error_at(ctx, elt->loc, "iterable unpacking cannot be used in comprehension");
    Loc loc = open ? span(ast_token_loc(*open), ast_token_loc(*close)) : elt->outer;
    if (!open) {
        Comprehension *last = generators->items[generators->n - 1];
        Expr *end = last->ifs.n ? last->ifs.items[last->ifs.n - 1] : last->iter;
        loc = span(elt->outer, end->outer);
    }
    Expr *e = ast_new_expr(ctx, kind, loc);
    ComprehensionSeq gens = SEQ(ComprehensionSeq, generators);
    if (kind == EXPR_DICT_COMP) {
        e->v.dict_comp.key = elt;
        e->v.dict_comp.value = value;
        e->v.dict_comp.generators = gens;
    } else {
        e->v.list_comp.elt = elt;
        e->v.list_comp.generators = gens;
    }
    return e;
}

AstList *ast_comp_for(ParseCtx *ctx, AstList *l, Token kw, AstList *target, Expr *iter) {
    (void)kw;
    Comprehension *c = arena_alloc(ctx->arena, sizeof *c);
    c->target = target_of(ctx, target);
    set_context(ctx, c->target, CTX_STORE, TGT_FOR, false);
    c->iter = iter;
    return l ? ast_list_append(ctx, l, c) : ast_list_of(ctx, c);
}

AstList *ast_comp_if(ParseCtx *ctx, AstList *l, Expr *cond) {
    Comprehension *c = l->items[l->n - 1];
    AstList tmp = {c->ifs.n, c->ifs.n, (void **)c->ifs.items, 0, 0, 0, 0};
    ast_list_append(ctx, &tmp, cond);
    c->ifs = (ExprSeq){tmp.n, (Expr **)tmp.items};
    return l;
}

Expr *ast_yield(ParseCtx *ctx, Token kw, Expr *value) {
    Expr *e = ast_new_expr(ctx, EXPR_YIELD, value ? span(ast_token_loc(kw), value->outer) : ast_token_loc(kw));
    e->v.yield.value = value;
    return e;
}

Expr *ast_yield_from(ParseCtx *ctx, Token kw, Expr *value) {
    Expr *e = ast_new_expr(ctx, EXPR_YIELD_FROM, span(ast_token_loc(kw), value->outer));
    e->v.yield_from.value = value;
    return e;
}
