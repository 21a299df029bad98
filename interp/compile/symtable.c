/* symtable.c: the compiler's first pass: which names each scope binds, uses, declares global or
 * nonlocal, then CPython's analysis deciding local / global / free / cell (Python/symtable.c). */
#include <string.h>

#include "compile/compiler_int.h"
#include "model/profile.h"

typedef struct ST {
    CompileCtx *c;
    Scope *cur;
    const Loc *def_loc; /* the def/lambda whose parameters are being declared */
} ST;

static bool visit_stmts(ST *st, StmtSeq *body);
static bool visit_stmt(ST *st, Stmt *s);
static bool visit_expr(ST *st, Expr *e);
static bool visit_exprs(ST *st, ExprSeq *seq);

/* ---- small sets of names (arena arrays; scopes are small) ---- */
typedef struct NameSet {
    const char **v;
    int n, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], name) == 0) return true;
    return false;
}
static void set_add(CompileCtx *c, NameSet *s, const char *name) {
    if (set_has(s, name)) return;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        const char **v = arena_alloc(&c->arena, sizeof *v * (size_t)cap);
        if (s->n) memcpy(v, s->v, sizeof *v * (size_t)s->n);
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = name;
}
static void set_discard(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], name) == 0) {
            s->v[i] = s->v[--s->n];
            return;
        }
}
static void set_union(CompileCtx *c, NameSet *dst, const NameSet *src) {
    for (int i = 0; i < src->n; i++) set_add(c, dst, src->v[i]);
}
static NameSet set_copy(CompileCtx *c, const NameSet *src) {
    NameSet s = {0};
    set_union(c, &s, src);
    return s;
}

/* ---- scopes ---- */
Symbol *scope_lookup(Scope *s, const char *name) {
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

Scope *scope_child(Scope *s, const void *key) {
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->key == key) return s->children[i];
    return NULL;
}

const char *mangle(CompileCtx *c, const char *private_name, const char *name) {
    size_t n = strlen(name);
    if (!private_name || n < 2 || name[0] != '_' || name[1] != '_') return name;
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name; /* __dunder__ */
    if (strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name; /* a class called only underscores */
    size_t pn = strlen(private_name);
    char *r = arena_alloc(&c->arena, pn + n + 2);
    r[0] = '_';
    memcpy(r + 1, private_name, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static Symbol *add_sym(ST *st, Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    if (sym) return sym;
    if (s->nsyms == s->capsyms) {
        int cap = s->capsyms ? s->capsyms * 2 : 16;
        Symbol *v = arena_alloc(&st->c->arena, sizeof *v * (size_t)cap);
        if (s->nsyms) memcpy(v, s->syms, sizeof *v * (size_t)s->nsyms);
        s->syms = v;
        s->capsyms = cap;
    }
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = SC_NONE;
    return sym;
}

/* Record a use or binding of a (not yet mangled) name in the current scope. */
static bool add_def(ST *st, const char *name, int flag, const Loc *loc) {
    Scope *s = st->cur;
    name = mangle(st->c, s->private_name, name);
    Symbol *sym = scope_lookup(s, name);
    if (sym && (flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        /* before 3.10 the error points at the def statement */
        const Loc *where = !st->c->I->prof->syntax_errors_310 && st->def_loc ? st->def_loc : loc;
        return compile_error(st->c, where, "duplicate argument '%s' in function definition", name);
    }
    sym = add_sym(st, s, name);
    sym->flags |= flag;
    if (flag & DEF_PARAM) {
        const char **v = arena_alloc(&st->c->arena, sizeof *v * (size_t)(s->nparams + 1));
        if (s->nparams) memcpy(v, s->params, sizeof *v * (size_t)s->nparams);
        v[s->nparams++] = name;
        s->params = v;
    }
    /* A walrus or comprehension variable of a module is global there too. */
    return true;
}

static Scope *new_scope(ST *st, ScopeKind kind, const char *name, const void *key, int lineno) {
    CompileCtx *c = st->c;
    Scope *s = arena_alloc(&c->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->key = key;
    s->lineno = lineno;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren ? p->capchildren * 2 : 4;
            Scope **v = arena_alloc(&c->arena, sizeof *v * (size_t)cap);
            if (p->nchildren) memcpy(v, p->children, sizeof *v * (size_t)p->nchildren);
            p->children = v;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
        s->nested = p->nested || p->kind == SCOPE_FUNCTION;
        s->private_name = p->private_name;
    }
    return s;
}

/* ---- visiting ---- */
static bool visit_args(ST *st, ArgSeq *a) {
    for (int i = 0; i < a->n; i++)
        if (!add_def(st, a->items[i]->arg, DEF_PARAM, &a->items[i]->loc)) return false;
    return true;
}

static bool visit_params(ST *st, Arguments *args) {
    if (!visit_args(st, &args->posonlyargs) || !visit_args(st, &args->args) ||
        !visit_args(st, &args->kwonlyargs))
        return false;
    if (args->vararg) {
        if (!add_def(st, args->vararg->arg, DEF_PARAM, &args->vararg->loc)) return false;
        st->cur->has_varargs = true;
    }
    if (args->kwarg) {
        if (!add_def(st, args->kwarg->arg, DEF_PARAM, &args->kwarg->loc)) return false;
        st->cur->has_varkw = true;
    }
    return true;
}

static bool visit_annotation(ST *st, Expr *a) {
    if (!a || st->c->future_annotations) return true;
    return visit_expr(st, a);
}

static bool visit_arg_annotations(ST *st, ArgSeq *a) {
    for (int i = 0; i < a->n; i++)
        if (!visit_annotation(st, a->items[i]->annotation)) return false;
    return true;
}

/* Defaults and annotations are evaluated in the defining scope. */
static bool visit_def_outer(ST *st, Arguments *args, Expr *returns) {
    if (!visit_exprs(st, &args->defaults)) return false;
    for (int i = 0; i < args->kw_defaults.n; i++)
        if (args->kw_defaults.items[i] && !visit_expr(st, args->kw_defaults.items[i])) return false;
    if (!visit_arg_annotations(st, &args->posonlyargs) || !visit_arg_annotations(st, &args->args) ||
        !visit_arg_annotations(st, &args->kwonlyargs))
        return false;
    if (args->vararg && !visit_annotation(st, args->vararg->annotation)) return false;
    if (args->kwarg && !visit_annotation(st, args->kwarg->annotation)) return false;
    return visit_annotation(st, returns);
}

static bool visit_function(ST *st, Stmt *s) {
    Arguments *args = s->v.function_def.args;
    if (!add_def(st, s->v.function_def.name, DEF_LOCAL, &s->loc)) return false;
    if (!visit_exprs(st, &s->v.function_def.decorator_list)) return false;
    if (!visit_def_outer(st, args, s->v.function_def.returns)) return false;
    Scope *outer = st->cur;
    st->cur = new_scope(st, SCOPE_FUNCTION, s->v.function_def.name, s, s->lineno);
    st->cur->is_async = s->v.function_def.is_async;
    st->def_loc = &s->loc;
    bool ok = visit_params(st, args) && visit_stmts(st, &s->v.function_def.body);
    st->cur = outer;
    return ok;
}

static bool visit_class(ST *st, Stmt *s) {
    if (!add_def(st, s->v.class_def.name, DEF_LOCAL, &s->loc)) return false;
    if (!visit_exprs(st, &s->v.class_def.bases)) return false;
    for (int i = 0; i < s->v.class_def.keywords.n; i++)
        if (!visit_expr(st, s->v.class_def.keywords.items[i]->value)) return false;
    if (!visit_exprs(st, &s->v.class_def.decorator_list)) return false;
    Scope *outer = st->cur;
    st->cur = new_scope(st, SCOPE_CLASS, s->v.class_def.name, s, s->lineno);
    st->cur->private_name = s->v.class_def.name;
    bool ok = visit_stmts(st, &s->v.class_def.body);
    st->cur = outer;
    return ok;
}

static bool visit_global_nonlocal(ST *st, Stmt *s, bool global) {
    IdentSeq *names = global ? &s->v.global.names : &s->v.nonlocal.names;
    Scope *cur = st->cur;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names->n; i++) {
        const char *name = mangle(st->c, cur->private_name, names->items[i]);
        Symbol *sym = scope_lookup(cur, name);
        int cur_flags = sym ? sym->flags : 0;
        if (global && (cur_flags & (DEF_PARAM | DEF_LOCAL | USE)) && st->c->I->prof->global_after_use_warns) {
            if (cur_flags & DEF_PARAM) { /* 2.7 reports it at the function */
                Loc at = {cur->lineno, 0, cur->lineno, 0};
                return compile_error(st->c, &at, "name '%s' is local and global", name);
            }
            bool ok = compile_warning(st->c, &s->loc,
                                      (cur_flags & DEF_LOCAL) ? "name '%s' is assigned to before global declaration"
                                                              : "name '%s' is used prior to global declaration",
                                      name);
            if (!ok) return false;
        } else if (cur_flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            if (cur_flags & DEF_PARAM)
                return compile_error(st->c, &s->loc, "name '%s' is parameter and %s", name, what);
            if (cur_flags & USE)
                return compile_error(st->c, &s->loc, "name '%s' is used prior to %s declaration",
                                     name, what);
            if (cur_flags & DEF_ANNOT)
                return compile_error(st->c, &s->loc, "annotated name '%s' can't be %s", name, what);
            return compile_error(st->c, &s->loc, "name '%s' is assigned to before %s declaration",
                                 name, what);
        }
        sym = add_sym(st, cur, name);
        sym->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!sym->decl.lineno) sym->decl = s->loc; /* errors point at the first directive */
    }
    return true;
}

static bool visit_alias(ST *st, Alias *a) {
    const char *store = a->asname;
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE)
            return compile_error(st->c, &a->loc, "import * only allowed at module level");
        return true;
    }
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? arena_strndup(&st->c->arena, a->name, (size_t)(dot - a->name)) : a->name;
    }
    return add_def(st, store, DEF_IMPORT, &a->loc);
}

static bool visit_stmt(ST *st, Stmt *s) {
    switch (s->kind) {
    case STMT_FUNCTION_DEF: return visit_function(st, s);
    case STMT_CLASS_DEF: return visit_class(st, s);
    case STMT_RETURN:
        if (st->cur->kind != SCOPE_FUNCTION)
            return compile_error(st->c, &s->loc, "'return' outside function");
        return !s->v.return_.value || visit_expr(st, s->v.return_.value);
    case STMT_DELETE: return visit_exprs(st, &s->v.delete_.targets);
    case STMT_ASSIGN: return visit_exprs(st, &s->v.assign.targets) && visit_expr(st, s->v.assign.value);
    case STMT_AUG_ASSIGN:
        if (s->v.aug_assign.target->kind == EXPR_NAME) {
            const char *n = s->v.aug_assign.target->v.name.id;
            if (!add_def(st, n, DEF_LOCAL | USE, &s->loc)) return false;
        } else if (!visit_expr(st, s->v.aug_assign.target))
            return false;
        return visit_expr(st, s->v.aug_assign.value);
    case STMT_ANN_ASSIGN: {
        Expr *t = s->v.ann_assign.target;
        if (t->kind == EXPR_NAME) {
            const char *name = mangle(st->c, st->cur->private_name, t->v.name.id);
            Symbol *sym = scope_lookup(st->cur, name);
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && s->v.ann_assign.simple)
                return compile_error(st->c, &s->loc, "annotated name '%s' can't be %s", name,
                                     (sym->flags & DEF_GLOBAL) ? "global" : "nonlocal");
            int f = s->v.ann_assign.simple ? DEF_ANNOT | DEF_LOCAL : DEF_LOCAL;
            if (!s->v.ann_assign.value && s->v.ann_assign.simple) f = DEF_ANNOT;
            if (!add_def(st, t->v.name.id, f, &t->loc)) return false;
        } else if (!visit_expr(st, t))
            return false;
        if (!visit_annotation(st, s->v.ann_assign.annotation)) return false;
        return !s->v.ann_assign.value || visit_expr(st, s->v.ann_assign.value);
    }
    case STMT_FOR:
        return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
               visit_stmts(st, &s->v.for_.body) && visit_stmts(st, &s->v.for_.orelse);
    case STMT_WHILE:
        return visit_expr(st, s->v.while_.test) && visit_stmts(st, &s->v.while_.body) &&
               visit_stmts(st, &s->v.while_.orelse);
    case STMT_IF:
        return visit_expr(st, s->v.if_.test) && visit_stmts(st, &s->v.if_.body) &&
               visit_stmts(st, &s->v.if_.orelse);
    case STMT_WITH:
        for (int i = 0; i < s->v.with.items.n; i++) {
            WithItem *w = s->v.with.items.items[i];
            if (!visit_expr(st, w->context_expr)) return false;
            if (w->optional_vars && !visit_expr(st, w->optional_vars)) return false;
        }
        return visit_stmts(st, &s->v.with.body);
    case STMT_RAISE:
        return (!s->v.raise.exc || visit_expr(st, s->v.raise.exc)) &&
               (!s->v.raise.cause || visit_expr(st, s->v.raise.cause));
    case STMT_TRY:
        if (!visit_stmts(st, &s->v.try_.body)) return false;
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type && !visit_expr(st, h->type)) return false;
            if (h->name && !add_def(st, h->name, DEF_LOCAL, &h->loc)) return false;
            if (!visit_stmts(st, &h->body)) return false;
        }
        return visit_stmts(st, &s->v.try_.orelse) && visit_stmts(st, &s->v.try_.finalbody);
    case STMT_ASSERT:
        return visit_expr(st, s->v.assert_.test) &&
               (!s->v.assert_.msg || visit_expr(st, s->v.assert_.msg));
    case STMT_IMPORT:
        for (int i = 0; i < s->v.import.names.n; i++)
            if (!visit_alias(st, s->v.import.names.items[i])) return false;
        return true;
    case STMT_IMPORT_FROM:
        for (int i = 0; i < s->v.import_from.names.n; i++)
            if (!visit_alias(st, s->v.import_from.names.items[i])) return false;
        return true;
    case STMT_GLOBAL: return visit_global_nonlocal(st, s, true);
    case STMT_NONLOCAL: return visit_global_nonlocal(st, s, false);
    case STMT_EXPR: return visit_expr(st, s->v.expr.value);
    case STMT_PASS: case STMT_BREAK: case STMT_CONTINUE: return true;
    }
    return true;
}

static bool visit_stmts(ST *st, StmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        if (!visit_stmt(st, body->items[i])) return false;
    return true;
}

static bool visit_exprs(ST *st, ExprSeq *seq) {
    for (int i = 0; i < seq->n; i++)
        if (!visit_expr(st, seq->items[i])) return false;
    return true;
}

static const char *comp_name(ExprKind k) {
    switch (k) {
    case EXPR_LIST_COMP: return "<listcomp>";
    case EXPR_SET_COMP: return "<setcomp>";
    case EXPR_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static bool visit_comprehension(ST *st, Expr *e, ComprehensionSeq *gens, Expr *elt, Expr *value) {
    Comprehension *first = gens->items[0];
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, first->iter);
    st->cur->comp_iter_expr--;
    if (!ok) return false;
    Scope *outer = st->cur;
    Scope *s = new_scope(st, SCOPE_FUNCTION, comp_name(e->kind), e, e->lineno);
    s->comprehension = true;
    s->genexp = e->kind == EXPR_GENERATOR_EXP;
    s->generator = s->genexp;
    st->cur = s;
    ok = add_def(st, ".0", DEF_PARAM, &e->loc);
    for (int i = 0; ok && i < gens->n; i++) {
        Comprehension *g = gens->items[i];
        if (i > 0) {
            s->comp_iter_expr++;
            ok = visit_expr(st, g->iter);
            s->comp_iter_expr--;
        }
        ok = ok && visit_expr(st, g->target) && visit_exprs(st, &g->ifs);
    }
    ok = ok && (!value || visit_expr(st, value)) && visit_expr(st, elt);
    st->cur = outer;
    return ok;
}

/* Where 3.8/3.9 point the walrus errors: the node's column itself (no +1), no end. */
static const Loc *walrus_loc(ST *st, const Loc *loc, Loc *buf) {
    if (st->c->I->prof->syntax_errors_310) return loc;
    *buf = *loc;
    if (buf->col_offset > 0) buf->col_offset--;
    return buf;
}

/* PEP 572: a walrus inside a comprehension binds in the nearest enclosing function or module. */
static bool visit_named_target(ST *st, Expr *e) {
    const char *name = e->v.named_expr.target->v.name.id;
    const Loc *tloc = &e->v.named_expr.target->loc;
    Loc buf;
    Scope *s = st->cur;
    if (s->comp_iter_expr > 0)
        return compile_error(st->c, walrus_loc(st, &e->loc, &buf),
                             "assignment expression cannot be used in a comprehension iterable expression");
    if (!s->comprehension) return add_def(st, name, DEF_LOCAL, &e->v.named_expr.target->loc);
    for (Scope *p = s; p; p = p->parent) {
        Symbol *own = scope_lookup(p, name);
        if (p->comprehension && own && (own->flags & DEF_COMP_ITER))
            return compile_error(st->c, walrus_loc(st, tloc, &buf),
                                 "assignment expression cannot rebind comprehension iteration variable '%s'",
                                 name);
        if (p->comprehension) continue;
        if (p->kind == SCOPE_CLASS)
            return compile_error(st->c, walrus_loc(st, tloc, &buf),
                                 "assignment expression within a comprehension cannot be used in a class body");
        Symbol *sym = add_sym(st, p, name);
        sym->flags |= DEF_LOCAL;
        int flag = p->kind == SCOPE_MODULE ? DEF_GLOBAL : DEF_NONLOCAL;
        for (Scope *q = s; q != p; q = q->parent) add_sym(st, q, name)->flags |= flag;
        if (p->kind == SCOPE_MODULE) add_sym(st, p, name)->flags |= DEF_GLOBAL;
        return true;
    }
    return true;
}

static bool visit_expr(ST *st, Expr *e) {
    switch (e->kind) {
    case EXPR_BOOL_OP: return visit_exprs(st, &e->v.bool_op.values);
    case EXPR_NAMED_EXPR:
        return visit_expr(st, e->v.named_expr.value) && visit_named_target(st, e);
    case EXPR_BIN_OP: return visit_expr(st, e->v.bin_op.left) && visit_expr(st, e->v.bin_op.right);
    case EXPR_UNARY_OP: return visit_expr(st, e->v.unary_op.operand);
    case EXPR_LAMBDA: {
        Arguments *args = e->v.lambda.args;
        if (!visit_exprs(st, &args->defaults)) return false;
        for (int i = 0; i < args->kw_defaults.n; i++)
            if (args->kw_defaults.items[i] && !visit_expr(st, args->kw_defaults.items[i])) return false;
        Scope *outer = st->cur;
        st->cur = new_scope(st, SCOPE_FUNCTION, "<lambda>", e, e->lineno);
        st->cur->lambda = true;
        st->def_loc = &e->loc;
        bool ok = visit_params(st, args) && visit_expr(st, e->v.lambda.body);
        st->cur = outer;
        return ok;
    }
    case EXPR_IF_EXP:
        return visit_expr(st, e->v.if_exp.test) && visit_expr(st, e->v.if_exp.body) &&
               visit_expr(st, e->v.if_exp.orelse);
    case EXPR_DICT:
        for (int i = 0; i < e->v.dict.keys.n; i++)
            if (e->v.dict.keys.items[i] && !visit_expr(st, e->v.dict.keys.items[i])) return false;
        return visit_exprs(st, &e->v.dict.values);
    case EXPR_SET: return visit_exprs(st, &e->v.set.elts);
    case EXPR_LIST_COMP:
        return visit_comprehension(st, e, &e->v.list_comp.generators, e->v.list_comp.elt, NULL);
    case EXPR_SET_COMP:
        return visit_comprehension(st, e, &e->v.set_comp.generators, e->v.set_comp.elt, NULL);
    case EXPR_GENERATOR_EXP:
        return visit_comprehension(st, e, &e->v.generator_exp.generators, e->v.generator_exp.elt,
                                   NULL);
    case EXPR_DICT_COMP:
        return visit_comprehension(st, e, &e->v.dict_comp.generators, e->v.dict_comp.value,
                                   e->v.dict_comp.key);
    case EXPR_AWAIT:
        if (st->cur->kind != SCOPE_FUNCTION)
            return compile_error(st->c, &e->loc, "'await' outside function");
        if (!st->cur->is_async) return compile_error(st->c, &e->loc, "'await' outside async function");
        return visit_expr(st, e->v.await.value);
    case EXPR_YIELD:
    case EXPR_YIELD_FROM: {
        Scope *s = st->cur;
        if (s->kind != SCOPE_FUNCTION)
            return compile_error(st->c, &e->loc, "'yield' outside function");
        if (s->comprehension) {
            const char *what = s->genexp ? "generator expression"
                               : strcmp(s->name, "<listcomp>") == 0 ? "list comprehension"
                               : strcmp(s->name, "<setcomp>") == 0  ? "set comprehension"
                                                                    : "dict comprehension";
            /* before 3.10 the error points at the comprehension */
            const Loc *where = st->c->I->prof->syntax_errors_310 ? &e->loc : &((const Expr *)s->key)->loc;
            return compile_error(st->c, where, "'yield' inside %s", what);
        }
        s->generator = true;
        Expr *v = e->kind == EXPR_YIELD ? e->v.yield.value : e->v.yield_from.value;
        return !v || visit_expr(st, v);
    }
    case EXPR_COMPARE:
        return visit_expr(st, e->v.compare.left) && visit_exprs(st, &e->v.compare.comparators);
    case EXPR_CALL:
        if (!visit_expr(st, e->v.call.func) || !visit_exprs(st, &e->v.call.args)) return false;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (!visit_expr(st, e->v.call.keywords.items[i]->value)) return false;
        return true;
    case EXPR_FORMATTED_VALUE:
        return visit_expr(st, e->v.formatted_value.value) &&
               (!e->v.formatted_value.format_spec || visit_expr(st, e->v.formatted_value.format_spec));
    case EXPR_JOINED_STR: return visit_exprs(st, &e->v.joined_str.values);
    case EXPR_CONSTANT: return true;
    case EXPR_ATTRIBUTE: return visit_expr(st, e->v.attribute.value);
    case EXPR_SUBSCRIPT: return visit_expr(st, e->v.subscript.value) && visit_expr(st, e->v.subscript.slice);
    case EXPR_STARRED: return visit_expr(st, e->v.starred.value);
    case EXPR_NAME: {
        const char *id = e->v.name.id;
        int flag = e->v.name.ctx == CTX_LOAD ? USE : DEF_LOCAL;
        if (flag == DEF_LOCAL && st->cur->comprehension && st->cur->comp_iter_expr == 0)
            flag |= DEF_COMP_ITER;
        if (!add_def(st, id, flag, &e->loc)) return false;
        /* super() and __class__ in a method need the class cell */
        if (e->v.name.ctx == CTX_LOAD && st->cur->kind == SCOPE_FUNCTION &&
            strcmp(id, "super") == 0)
            return add_def(st, "__class__", USE, &e->loc);
        return true;
    }
    case EXPR_LIST: return visit_exprs(st, &e->v.list.elts);
    case EXPR_TUPLE: return visit_exprs(st, &e->v.tuple.elts);
    case EXPR_SLICE:
        return (!e->v.slice.lower || visit_expr(st, e->v.slice.lower)) &&
               (!e->v.slice.upper || visit_expr(st, e->v.slice.upper)) &&
               (!e->v.slice.step || visit_expr(st, e->v.slice.step));
    }
    return true;
}

/* ---- analysis (CPython's analyze_block) ---- */
static bool analyze_name(CompileCtx *c, Scope *s, Symbol *sym, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) return compile_error(c, &sym->decl, "name '%s' is nonlocal and global", name);
        sym->scope = SC_GLOBAL_EXPLICIT;
        set_add(c, global, name);
        set_discard(bound, name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (s->kind == SCOPE_MODULE)
            return compile_error(c, &sym->decl, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name)) return compile_error(c, &sym->decl, "no binding for nonlocal '%s' found", name);
        sym->scope = SC_FREE;
        s->free = true;
        set_add(c, free, name);
        return true;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        set_add(c, local, name);
        set_discard(global, name);
        return true;
    }
    if (set_has(bound, name)) {
        sym->scope = SC_FREE;
        s->free = true;
        set_add(c, free, name);
        return true;
    }
    if (s->nested) s->free = true;
    sym->scope = SC_GLOBAL_IMPLICIT;
    return true;
}

static bool analyze_block(CompileCtx *c, Scope *s, NameSet *bound, NameSet *free, NameSet *global);

static bool analyze_child(CompileCtx *c, Scope *child, NameSet *bound, NameSet *global,
                          NameSet *allfree) {
    NameSet b = set_copy(c, bound), g = set_copy(c, global), f = {0};
    if (!analyze_block(c, child, &b, &f, &g)) return false;
    set_union(c, allfree, &f);
    return true;
}

/* Free names of children that this scope binds become cells; the others pass through. */
static void update_symbols(CompileCtx *c, Scope *s, NameSet *bound, NameSet *newfree) {
    for (int i = 0; i < newfree->n; i++) {
        const char *name = newfree->v[i];
        Symbol *sym = scope_lookup(s, name);
        if (sym) {
            if (s->kind == SCOPE_CLASS && sym->scope != SC_FREE) sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (!set_has(bound, name)) continue; /* a global */
        sym = add_sym(&(ST){c, s}, s, name);
        sym->scope = SC_FREE;
    }
}

static bool analyze_block(CompileCtx *c, Scope *s, NameSet *bound, NameSet *free, NameSet *global) {
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, allfree = {0};
    if (s->kind == SCOPE_CLASS) {
        set_union(c, &newglobal, global);
        set_union(c, &newbound, bound);
    }
    for (int i = 0; i < s->nsyms; i++)
        if (!analyze_name(c, s, &s->syms[i], bound, &local, free, global)) return false;
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION) set_union(c, &newbound, &local);
        set_union(c, &newbound, bound);
        set_union(c, &newglobal, global);
    } else {
        set_add(c, &newbound, "__class__");
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *ch = s->children[i];
        if (!analyze_child(c, ch, &newbound, &newglobal, &allfree)) return false;
        if (ch->free || ch->child_free) s->child_free = true;
    }
    set_union(c, &newfree, &allfree);
    if (s->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SC_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = SC_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (s->kind == SCOPE_CLASS && set_has(&newfree, "__class__")) {
        s->needs_class_closure = true;
        set_discard(&newfree, "__class__");
    }
    update_symbols(c, s, bound, &newfree);
    set_union(c, free, &newfree);
    return true;
}

bool symtable_build(CompileCtx *c, Module *m) {
    ST st = {c, NULL};
    st.cur = new_scope(&st, SCOPE_MODULE, "top", m, 1);
    c->top = st.cur;
    bool ok;
    if (m->kind == MOD_EXPRESSION)
        ok = visit_expr(&st, m->expr);
    else
        ok = visit_stmts(&st, &m->body);
    if (!ok) return false;
    NameSet bound = {0}, free = {0}, global = {0};
    return analyze_block(c, c->top, &bound, &free, &global);
}
