/* compile_expr.c: code generation for expressions, assignment targets, calls, and the nested
 * code units made by expressions and definitions: functions, lambdas, classes, comprehensions. */
#include <stdio.h>
#include <string.h>

#include "compile/compiler_int.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

Obj *docstring_of(CompileCtx *c, StmtSeq *body);
bool compile_setup_annotations(CompileCtx *c, StmtSeq *body);

static bool compile_expr_inner(CompileCtx *c, Expr *e);

/* Each expression's own instructions carry its span; children restore it on return. */
bool compile_expr(CompileCtx *c, Expr *e) {
    CodePos saved = c->u->loc;
    set_loc(c, &e->loc);
    bool ok = compile_expr_inner(c, e);
    c->u->loc = saved;
    return ok;
}

Obj *constant_value(CompileCtx *c, Constant *k) {
    Interp *I = c->I;
    switch (k->kind) {
    case CONST_NONE: return NEWREF(I->none);
    case CONST_TRUE: return NEWREF(I->true_);
    case CONST_FALSE: return NEWREF(I->false_);
    case CONST_ELLIPSIS: return NEWREF(I->ellipsis);
    case CONST_INT: return int_from_string(I, k->i.digits, strlen(k->i.digits), k->i.base);
    case CONST_FLOAT: return float_from_double(I, k->f);
    case CONST_IMAG: return err_string(I, I->e_SyntaxError, "complex numbers are not supported");
    case CONST_STR: return str_from_utf8(I, k->s.bytes, (Ssize)k->s.len);
    case CONST_BYTES: return bytes_from(I, k->s.bytes, (Ssize)k->s.len);
    }
    return NULL;
}

/* A constant expression's value (folding tuples of constants and -/+ of numbers), or NULL. */
static Obj *fold_constant(CompileCtx *c, Expr *e) {
    Interp *I = c->I;
    switch (e->kind) {
    case EXPR_CONSTANT:
        if (e->v.constant.kind == CONST_IMAG) return NULL;
        return constant_value(c, &e->v.constant);
    case EXPR_UNARY_OP: {
        if (e->v.unary_op.op != UOP_USUB && e->v.unary_op.op != UOP_UADD && e->v.unary_op.op != UOP_INVERT)
            return NULL;
        Expr *o = e->v.unary_op.operand;
        if (o->kind != EXPR_CONSTANT || (o->v.constant.kind != CONST_INT && o->v.constant.kind != CONST_FLOAT))
            return NULL;
        if (e->v.unary_op.op == UOP_INVERT && o->v.constant.kind != CONST_INT) return NULL;
        Obj *v = constant_value(c, &o->v.constant);
        if (!v) return NULL;
        Obj *r = e->v.unary_op.op == UOP_USUB ? num_neg(I, v) : e->v.unary_op.op == UOP_UADD ? num_pos(I, v)
                                                                                         : num_invert(I, v);
        DECREF(I, v);
        if (!r) err_clear(I);
        return r;
    }
    case EXPR_TUPLE: {
        if (e->v.tuple.ctx != CTX_LOAD) return NULL;
        int n = e->v.tuple.elts.n;
        Obj *t = tuple_new(I, n);
        if (!t) return NULL;
        for (int i = 0; i < n; i++) {
            Expr *x = e->v.tuple.elts.items[i];
            Obj *v = x->kind == EXPR_STARRED ? NULL : fold_constant(c, x);
            if (!v) {
                for (int j = i; j < n; j++) TUPLE_SET(t, j, NEWREF(I->none));
                DECREF(I, t);
                return NULL;
            }
            TUPLE_SET(t, i, v);
        }
        return t;
    }
    default: return NULL;
    }
}

/* ---- 3.8+ compile-time SyntaxWarnings (CPython's check_compare, check_caller,
 * check_subscripter, check_index): literals used where they cannot work, usually a missed
 * comma. "Constant" is what CPython's AST optimizer leaves as one: literals, -/+/~ of a number,
 * tuples of those. */

/* The type name of a constant expression, or NULL. */
static const char *const_type(Expr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "NoneType";
        case CONST_TRUE:
        case CONST_FALSE: return "bool";
        case CONST_ELLIPSIS: return "ellipsis";
        case CONST_INT: return "int";
        case CONST_FLOAT: return "float";
        case CONST_IMAG: return "complex";
        case CONST_STR: return "str";
        case CONST_BYTES: return "bytes";
        }
        return NULL;
    case EXPR_UNARY_OP: {
        Expr *o = e->v.unary_op.operand;
        if (e->v.unary_op.op == UOP_NOT || o->kind != EXPR_CONSTANT) return NULL;
        ConstKind k = o->v.constant.kind;
        if (k == CONST_INT || (k == CONST_FLOAT && e->v.unary_op.op != UOP_INVERT)) return const_type(o);
        if (k == CONST_IMAG && e->v.unary_op.op != UOP_INVERT) return "complex";
        return NULL;
    }
    case EXPR_TUPLE:
        if (e->v.tuple.ctx != CTX_LOAD) return NULL;
        for (int i = 0; i < e->v.tuple.elts.n; i++)
            if (!const_type(e->v.tuple.elts.items[i])) return NULL;
        return "tuple";
    default: return NULL;
    }
}

/* CPython's infer_type: the type of a literal display or constant, or NULL. */
static const char *literal_type(Expr *e) {
    switch (e->kind) {
    case EXPR_TUPLE: return "tuple";
    case EXPR_LIST:
    case EXPR_LIST_COMP: return "list";
    case EXPR_DICT:
    case EXPR_DICT_COMP: return "dict";
    case EXPR_SET:
    case EXPR_SET_COMP: return "set";
    case EXPR_GENERATOR_EXP: return "generator";
    case EXPR_LAMBDA: return "function";
    case EXPR_JOINED_STR:
    case EXPR_FORMATTED_VALUE: return "str";
    default: return const_type(e);
    }
}

static bool is_singleton_const(Expr *e) {
    if (e->kind != EXPR_CONSTANT) return false;
    ConstKind k = e->v.constant.kind;
    return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
}

/* `x is 1`: "is" with a literal (the first one only). */
static bool check_compare(CompileCtx *c, Expr *e) {
    if (!c->I->prof->syntax_warnings_38) return true;
    Expr *left = e->v.compare.left;
    for (int i = 0; i < e->v.compare.ops.n; i++) {
        Expr *right = e->v.compare.comparators.items[i];
        CmpOp op = e->v.compare.ops.items[i];
        if (op == CMPOP_IS || op == CMPOP_ISNOT) {
            Expr *lit = const_type(left) && !is_singleton_const(left)     ? left
                        : const_type(right) && !is_singleton_const(right) ? right
                                                                          : NULL;
            if (lit) {
                bool is = op == CMPOP_IS;
                if (!c->I->prof->is_literal_type_msg)
                    return compile_warning(c, &e->loc, is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                          : "\"is not\" with a literal. Did you mean \"!=\"?");
                return compile_warning(c, &e->loc,
                                       is ? "\"is\" with '%s' literal. Did you mean \"==\"?"
                                          : "\"is not\" with '%s' literal. Did you mean \"!=\"?",
                                       const_type(lit));
            }
        }
        left = right;
    }
    return true;
}

/* `(1, 2) (3, 4)`: calling a literal. */
static bool check_caller(CompileCtx *c, Expr *f) {
    if (!c->I->prof->syntax_warnings_38 || f->kind == EXPR_LAMBDA) return true;
    const char *t = literal_type(f);
    if (!t) return true;
    return compile_warning(c, &f->loc, "'%s' object is not callable; perhaps you missed a comma?", t);
}

/* `5[0]`, `{1, 2}[0]`; `[1, 2]['a']`: subscripting what cannot be, or with what cannot index. */
static bool check_subscript(CompileCtx *c, Expr *v, Expr *index) {
    if (!c->I->prof->syntax_warnings_38) return true;
    const char *t = literal_type(v);
    if (!t) return true;
    bool subscriptable = strcmp(t, "str") == 0 || strcmp(t, "bytes") == 0 || strcmp(t, "tuple") == 0 ||
                         strcmp(t, "list") == 0 || strcmp(t, "dict") == 0;
    if (!subscriptable)
        return compile_warning(c, &v->loc, "'%s' object is not subscriptable; perhaps you missed a comma?", t);
    if (strcmp(t, "dict") == 0) return true;
    const char *it = index->kind == EXPR_SLICE ? NULL : literal_type(index);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0) return true;
    return compile_warning(c, &v->loc, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                           t, it);
}

static bool has_starred(ExprSeq *seq) {
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i]->kind == EXPR_STARRED) return true;
    return false;
}

/* [a, *b, c] / (a, *b) / {a, *b}: build a list item by item; tuple converts at the end. */
static bool compile_sequence(CompileCtx *c, ExprSeq *elts, int build_op) {
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->n; i++)
            if (!compile_expr(c, elts->items[i])) return false;
        return emit(c, build_op, elts->n);
    }
    bool set = build_op == BC_BUILD_SET;
    if (!emit(c, set ? BC_BUILD_SET : BC_BUILD_LIST, 0)) return false;
    for (int i = 0; i < elts->n; i++) {
        Expr *x = elts->items[i];
        if (x->kind == EXPR_STARRED) {
            if (!compile_expr(c, x->v.starred.value)) return false;
            if (!emit(c, set ? BC_SET_UPDATE : BC_LIST_EXTEND, 1)) return false;
        } else {
            if (!compile_expr(c, x)) return false;
            if (!emit(c, set ? BC_SET_ADD : BC_LIST_APPEND, 1)) return false;
        }
    }
    return build_op != BC_BUILD_TUPLE || emit(c, BC_LIST_TO_TUPLE, 0);
}

static bool compile_dict(CompileCtx *c, Expr *e) {
    ExprSeq *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    bool unpack = false;
    for (int i = 0; i < keys->n; i++)
        if (!keys->items[i]) unpack = true;
    if (!unpack) {
        for (int i = 0; i < keys->n; i++)
            if (!compile_expr(c, keys->items[i]) || !compile_expr(c, vals->items[i])) return false;
        return emit(c, BC_BUILD_MAP, keys->n);
    }
    if (!emit(c, BC_BUILD_MAP, 0)) return false;
    for (int i = 0; i < keys->n; i++) {
        if (!keys->items[i]) {
            if (!compile_expr(c, vals->items[i]) || !emit(c, BC_DICT_UPDATE, 1)) return false;
        } else if (!compile_expr(c, keys->items[i]) || !compile_expr(c, vals->items[i]) || !emit(c, BC_MAP_ADD, 1))
            return false;
    }
    return true;
}

static int binop_of(Operator op) {
    static const int map[] = {
        [OP_ADD] = BINOP_ADD, [OP_SUB] = BINOP_SUB, [OP_MULT] = BINOP_MUL, [OP_MATMULT] = BINOP_MATMUL,
        [OP_DIV] = BINOP_TRUEDIV, [OP_MOD] = BINOP_MOD, [OP_POW] = BINOP_POW, [OP_LSHIFT] = BINOP_LSHIFT,
        [OP_RSHIFT] = BINOP_RSHIFT, [OP_BITOR] = BINOP_OR, [OP_BITXOR] = BINOP_XOR,
        [OP_BITAND] = BINOP_AND, [OP_FLOORDIV] = BINOP_FLOORDIV};
    return map[op];
}

static bool emit_cmp(CompileCtx *c, CmpOp op) {
    switch (op) {
    case CMPOP_EQ: return emit(c, BC_COMPARE_OP, CMP_EQ);
    case CMPOP_NOTEQ: return emit(c, BC_COMPARE_OP, CMP_NE);
    case CMPOP_LT: return emit(c, BC_COMPARE_OP, CMP_LT);
    case CMPOP_LTE: return emit(c, BC_COMPARE_OP, CMP_LE);
    case CMPOP_GT: return emit(c, BC_COMPARE_OP, CMP_GT);
    case CMPOP_GTE: return emit(c, BC_COMPARE_OP, CMP_GE);
    case CMPOP_IS: return emit(c, BC_IS_OP, 0);
    case CMPOP_ISNOT: return emit(c, BC_IS_OP, 1);
    case CMPOP_IN: return emit(c, BC_CONTAINS_OP, 0);
    case CMPOP_NOTIN: return emit(c, BC_CONTAINS_OP, 1);
    }
    return false;
}

/* `x in [1, 2]` / `for x in [1, 2]`: a list display of constants is a constant tuple. */
static bool compile_cmp_operand(CompileCtx *c, Expr *e, CmpOp op) {
    if ((op == CMPOP_IN || op == CMPOP_NOTIN) && e->kind == EXPR_LIST && !has_starred(&e->v.list.elts)) {
        bool all = true;
        for (int i = 0; i < e->v.list.elts.n && all; i++) {
            Expr *x = e->v.list.elts.items[i];
            all = x->kind == EXPR_CONSTANT && x->v.constant.kind != CONST_IMAG;
        }
        if (all) {
            Obj *t = tuple_new(c->I, e->v.list.elts.n);
            if (!t) return false;
            for (int i = 0; i < e->v.list.elts.n; i++)
                TUPLE_SET(t, i, constant_value(c, &e->v.list.elts.items[i]->v.constant));
            return emit_load_const(c, t);
        }
    }
    return compile_expr(c, e);
}

static bool compile_compare(CompileCtx *c, Expr *e) {
    if (!check_compare(c, e)) return false;
    int n = e->v.compare.ops.n;
    if (!compile_expr(c, e->v.compare.left)) return false;
    if (n == 1) {
        if (!compile_cmp_operand(c, e->v.compare.comparators.items[0], e->v.compare.ops.items[0])) return false;
        return emit_cmp(c, e->v.compare.ops.items[0]);
    }
    int l_cleanup = new_label(c), l_end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (!compile_expr(c, e->v.compare.comparators.items[i])) return false;
        if (!emit(c, BC_DUP_TOP, 0) || !emit(c, BC_ROT_THREE, 0) || !emit_cmp(c, e->v.compare.ops.items[i]) ||
            !emit_jump(c, BC_JUMP_IF_FALSE_OR_POP, l_cleanup))
            return false;
    }
    if (!compile_cmp_operand(c, e->v.compare.comparators.items[n - 1], e->v.compare.ops.items[n - 1]) ||
        !emit_cmp(c, e->v.compare.ops.items[n - 1]) || !emit_jump(c, BC_JUMP, l_end))
        return false;
    use_label(c, l_cleanup);
    if (!emit(c, BC_ROT_TWO, 0) || !emit(c, BC_POP_TOP, 0)) return false;
    use_label(c, l_end);
    return true;
}

bool compile_jump_if(CompileCtx *c, Expr *e, int label, bool cond) {
    if (e->kind == EXPR_UNARY_OP && e->v.unary_op.op == UOP_NOT)
        return compile_jump_if(c, e->v.unary_op.operand, label, !cond);
    if (e->kind == EXPR_BOOL_OP) {
        ExprSeq *vs = &e->v.bool_op.values;
        bool is_and = e->v.bool_op.op == BOOLOP_AND;
        if (is_and != cond) { /* and+jump-if-false / or+jump-if-true: any operand decides */
            for (int i = 0; i < vs->n; i++)
                if (!compile_jump_if(c, vs->items[i], label, cond)) return false;
            return true;
        }
        int l_next = new_label(c);
        for (int i = 0; i < vs->n - 1; i++)
            if (!compile_jump_if(c, vs->items[i], l_next, !cond)) return false;
        if (!compile_jump_if(c, vs->items[vs->n - 1], label, cond)) return false;
        use_label(c, l_next);
        return true;
    }
    if (!compile_expr(c, e)) return false;
    return emit_jump(c, cond ? BC_POP_JUMP_IF_TRUE : BC_POP_JUMP_IF_FALSE, label);
}

static bool compile_boolop(CompileCtx *c, Expr *e) {
    ExprSeq *vs = &e->v.bool_op.values;
    int l_end = new_label(c);
    int op = e->v.bool_op.op == BOOLOP_AND ? BC_JUMP_IF_FALSE_OR_POP : BC_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < vs->n - 1; i++)
        if (!compile_expr(c, vs->items[i]) || !emit_jump(c, op, l_end)) return false;
    if (!compile_expr(c, vs->items[vs->n - 1])) return false;
    use_label(c, l_end);
    return true;
}

/* Arguments of a call whose callable (and nprefix positional arguments) are on the stack. */
bool compile_call_helper(CompileCtx *c, int nprefix, ExprSeq *args, KeywordSeq *kws, bool method) {
    bool ex = has_starred(args);
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg) ex = true;
    if (!ex) {
        for (int i = 0; i < args->n; i++)
            if (!compile_expr(c, args->items[i])) return false;
        int n = nprefix + args->n + kws->n;
        if (kws->n == 0) return emit(c, method ? BC_CALL_METHOD : BC_CALL, n);
        Obj *names = tuple_new(c->I, kws->n);
        if (!names) return false;
        for (int i = 0; i < kws->n; i++) {
            TUPLE_SET(names, i, str_from_cstr(c->I, kws->items[i]->arg));
            if (!compile_expr(c, kws->items[i]->value)) {
                DECREF(c->I, names);
                return false;
            }
        }
        return emit_load_const(c, names) && emit(c, method ? BC_CALL_METHOD_KW : BC_CALL_KW, n);
    }
    /* f(*a, **k): a tuple of positionals and a dict of keywords. A non-iterable after * is
     * "f() argument after * must be an iterable" (LIST_EXTEND's 0x100: the callable is under
     * the list); from 3.9 only when it is the only positional (CPython passes it as is),
     * else the list display's "Value after * must be an iterable". */
    int star_flag = !c->I->prof->value_after_star || (nprefix == 0 && args->n == 1) ? 0x100 : 0;
    if (!emit(c, BC_BUILD_LIST, nprefix)) return false;
    for (int i = 0; i < args->n; i++) {
        Expr *x = args->items[i];
        if (x->kind == EXPR_STARRED) {
            if (!compile_expr(c, x->v.starred.value) || !emit(c, BC_LIST_EXTEND, 1 | star_flag)) return false;
        } else if (!compile_expr(c, x) || !emit(c, BC_LIST_APPEND, 1))
            return false;
    }
    if (!emit(c, BC_LIST_TO_TUPLE, 0)) return false;
    int flags = 0;
    if (kws->n) {
        flags = 1;
        if (!emit(c, BC_BUILD_MAP, 0)) return false;
        for (int i = 0; i < kws->n; i++) {
            Keyword *k = kws->items[i];
            if (k->arg) {
                if (!emit_load_const(c, str_from_cstr(c->I, k->arg)) || !compile_expr(c, k->value) ||
                    !emit(c, BC_BUILD_MAP, 1))
                    return false;
            } else if (!compile_expr(c, k->value))
                return false;
            if (!emit(c, BC_DICT_MERGE, 1)) return false;
        }
    }
    return emit(c, BC_CALL_FUNCTION_EX, flags);
}

/* 3.11+: an instruction about attribute `a` that starts on an earlier line than the attribute
 * name is reported from the name on (CPython's update_start_location_to_match_attr). */
static void loc_from_attr(CompileCtx *c, Expr *attr) {
    if (!c->I->prof->attr_loc_311) return;
    CodePos *l = &c->u->loc;
    if (l->line == attr->end_lineno) return;
    l->line = attr->end_lineno;
    int len = (int)strlen(attr->v.attribute.attr);
    if (len <= attr->end_col_offset)
        l->col = attr->end_col_offset - len;
    else
        l->col = l->end_col = -1;
    if (l->end_line < l->line) l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col) l->end_col = l->col;
}

static bool compile_call(CompileCtx *c, Expr *e) {
    Expr *f = e->v.call.func;
    if (!check_caller(c, f)) return false;
    bool plain = !has_starred(&e->v.call.args);
    for (int i = 0; i < e->v.call.keywords.n; i++)
        if (!e->v.call.keywords.items[i]->arg) plain = false;
    if (f->kind == EXPR_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD && plain) {
        if (!compile_expr(c, f->v.attribute.value)) return false;
        set_loc(c, &f->loc);
        loc_from_attr(c, f);
        int ni = add_name(c, mangle(c, c->u->ste->private_name, f->v.attribute.attr));
        if (ni < 0 || !emit(c, BC_LOAD_METHOD, ni)) return false;
        set_loc(c, &e->loc);
        loc_from_attr(c, f);
        c->u->loc.anchor_lo = f->end_lineno == c->u->loc.line ? f->end_col_offset : -1;
        if (!compile_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords, true)) return false;
        return true;
    }
    if (!compile_expr(c, f)) return false;
    c->u->loc.anchor_lo = f->end_lineno == e->lineno ? f->end_col_offset : -1;
    return compile_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords, false);
}

static bool compile_joined_str(CompileCtx *c, Expr *e) {
    ExprSeq *vs = &e->v.joined_str.values;
    if (vs->n == 0) return emit_load_const(c, NEWREF(c->I->empty_str));
    for (int i = 0; i < vs->n; i++)
        if (!compile_expr(c, vs->items[i])) return false;
    if (vs->n == 1 && vs->items[0]->kind == EXPR_FORMATTED_VALUE) return true;
    return emit(c, BC_BUILD_STRING, vs->n);
}

static bool compile_formatted(CompileCtx *c, Expr *e) {
    if (!compile_expr(c, e->v.formatted_value.value)) return false;
    int flags = 0;
    switch (e->v.formatted_value.conversion) {
    case 's': flags = FV_STR; break;
    case 'r': flags = FV_REPR; break;
    case 'a': flags = FV_ASCII; break;
    default: break;
    }
    if (e->v.formatted_value.format_spec) {
        if (!compile_expr(c, e->v.formatted_value.format_spec)) return false;
        flags |= FV_SPEC;
    }
    return emit(c, BC_FORMAT_VALUE, flags);
}

static bool compile_slice(CompileCtx *c, Expr *e) {
    Expr *parts[3] = {e->v.slice.lower, e->v.slice.upper, e->v.slice.step};
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i]) {
            if (!compile_expr(c, parts[i])) return false;
        } else if (!emit_none(c))
            return false;
    }
    return emit(c, BC_BUILD_SLICE, n);
}

/* ---- nested code: functions, lambdas, classes, comprehensions ---- */

/* Push the closure tuple for `code` (its free variables' cells) and MAKE_FUNCTION. */
bool make_closure(CompileCtx *c, Obj *code, int flags) {
    CodeObj *co = CODE(code);
    Unit *u = c->u;
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            Obj *name = TUPLE_GET(co->localsplusnames, co->nlocals + co->ncells + i);
            const char *n = str_utf8(c->I, name, NULL);
            int idx = -1;
            for (int j = 0; j < u->ncellvars && idx < 0; j++)
                if (strcmp(u->cellvars[j], n) == 0) idx = u->nvarnames + j;
            for (int j = 0; j < u->nfreevars && idx < 0; j++)
                if (strcmp(u->freevars[j], n) == 0) idx = u->nvarnames + u->ncellvars + j;
            if (idx < 0) {
                DECREF(c->I, code);
                Loc loc = {u->loc.line, 0, u->loc.line, 0};
                return compile_error(c, &loc, "internal compiler error: no cell for free variable '%s'", n);
            }
            if (!emit(c, BC_LOAD_CLOSURE, idx)) return false;
        }
        if (!emit(c, BC_BUILD_TUPLE, co->nfrees)) return false;
        flags |= MF_CLOSURE;
    }
    return emit_load_const(c, code) && emit(c, BC_MAKE_FUNCTION, flags);
}

/* An annotation's value: the expression, or its source text under `from __future__ import
 * annotations`. */
bool compile_annotation(CompileCtx *c, Expr *annotation) {
    if (c->future_annotations) return emit_load_const(c, str_from_cstr(c->I, unparse_expr(c, annotation)));
    return compile_expr(c, annotation);
}

static bool add_ann(CompileCtx *c, const char *name, Expr *ann, int *count) {
    if (!ann) return true;
    const char *m = mangle(c, c->u->ste->private_name, name);
    if (!emit_load_const(c, str_from_cstr(c->I, m)) || !compile_annotation(c, ann)) return false;
    (*count)++;
    return true;
}

static bool compile_annotations(CompileCtx *c, Arguments *a, Expr *returns, int *flags) {
    int n = 0;
    for (int i = 0; i < a->args.n; i++)
        if (!add_ann(c, a->args.items[i]->arg, a->args.items[i]->annotation, &n)) return false;
    for (int i = 0; i < a->posonlyargs.n; i++)
        if (!add_ann(c, a->posonlyargs.items[i]->arg, a->posonlyargs.items[i]->annotation, &n)) return false;
    if (a->vararg && !add_ann(c, a->vararg->arg, a->vararg->annotation, &n)) return false;
    for (int i = 0; i < a->kwonlyargs.n; i++)
        if (!add_ann(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n)) return false;
    if (a->kwarg && !add_ann(c, a->kwarg->arg, a->kwarg->annotation, &n)) return false;
    if (!add_ann(c, "return", returns, &n)) return false;
    if (n) {
        *flags |= MF_ANNOTATIONS;
        return emit(c, BC_BUILD_MAP, n);
    }
    return true;
}

/* Defaults tuple and keyword-only defaults dict (evaluated in the defining scope). */
static bool compile_defaults(CompileCtx *c, Arguments *a, int *flags) {
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            if (!compile_expr(c, a->defaults.items[i])) return false;
        if (!emit(c, BC_BUILD_TUPLE, a->defaults.n)) return false;
        *flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        Expr *d = a->kw_defaults.items[i];
        if (!d) continue;
        const char *m = mangle(c, c->u->ste->private_name, a->kwonlyargs.items[i]->arg);
        if (!emit_load_const(c, str_from_cstr(c->I, m)) || !compile_expr(c, d)) return false;
        nkw++;
    }
    if (nkw) {
        if (!emit(c, BC_BUILD_MAP, nkw)) return false;
        *flags |= MF_KWDEFAULTS;
    }
    return true;
}

static void set_arg_counts(Unit *u, Arguments *a) {
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
}

static bool apply_decorators(CompileCtx *c, ExprSeq *decos) {
    for (int i = decos->n - 1; i >= 0; i--) {
        set_loc(c, &decos->items[i]->loc);
        if (!emit(c, BC_CALL, 1)) return false;
    }
    return true;
}

bool compile_function_def(CompileCtx *c, Stmt *s);
bool compile_function_def(CompileCtx *c, Stmt *s) {
    Arguments *a = s->v.function_def.args;
    ExprSeq *decos = &s->v.function_def.decorator_list;
    int flags = 0;
    for (int i = 0; i < decos->n; i++)
        if (!compile_expr(c, decos->items[i])) return false;
    set_loc(c, &s->loc);
    if (!compile_defaults(c, a, &flags) || !compile_annotations(c, a, s->v.function_def.returns, &flags))
        return false;
    int firstline = decos->n ? decos->items[0]->lineno : s->lineno;
    if (!enter_unit(c, s, s->v.function_def.name, firstline)) return false;
    Unit *u = c->u;
    set_arg_counts(u, a);
    u->doc = docstring_of(c, &s->v.function_def.body);
    int start = u->doc ? 1 : 0;
    for (int i = start; i < s->v.function_def.body.n; i++)
        if (!compile_stmt(c, s->v.function_def.body.items[i])) return false;
    Stmt *last = s->v.function_def.body.items[s->v.function_def.body.n - 1];
    u->loc = (CodePos){last->end_lineno, last->end_lineno, -1, -1, -1, -1};
    int none = add_const(c, NEWREF(c->I->none));
    if (none < 0 || !emit(c, BC_RETURN_CONST, none)) return false;
    Obj *code = leave_unit(c);
    if (!code) return false;
    set_loc(c, &s->loc);
    if (!make_closure(c, code, flags) || !apply_decorators(c, decos)) return false;
    set_loc(c, &s->loc);
    return compile_nameop(c, s->v.function_def.name, CTX_STORE);
}

bool compile_lambda(CompileCtx *c, Expr *e) {
    Arguments *a = e->v.lambda.args;
    int flags = 0;
    if (!compile_defaults(c, a, &flags)) return false;
    if (!enter_unit(c, e, "<lambda>", e->lineno)) return false;
    set_arg_counts(c->u, a);
    if (!compile_expr(c, e->v.lambda.body)) return false;
    set_loc(c, &e->v.lambda.body->loc);
    if (!emit(c, BC_RETURN_VALUE, 0)) return false;
    Obj *code = leave_unit(c);
    return code && make_closure(c, code, flags);
}

bool compile_class_def(CompileCtx *c, Stmt *s);
bool compile_class_def(CompileCtx *c, Stmt *s) {
    ExprSeq *decos = &s->v.class_def.decorator_list;
    for (int i = 0; i < decos->n; i++)
        if (!compile_expr(c, decos->items[i])) return false;
    int firstline = decos->n ? decos->items[0]->lineno : s->lineno;
    if (!enter_unit(c, s, s->v.class_def.name, firstline)) return false;
    Unit *u = c->u;
    set_loc(c, &s->loc);
    int n_name = add_name(c, "__name__"), n_mod = add_name(c, "__module__"), n_qual = add_name(c, "__qualname__");
    if (n_name < 0 || n_mod < 0 || n_qual < 0) return false;
    if (!emit(c, BC_LOAD_NAME, n_name) || !emit(c, BC_STORE_NAME, n_mod)) return false;
    if (c->I->prof->class_firstlineno) { /* 3.13 records where the class starts and what self.<attr> its methods set */
        int nf = add_name(c, "__firstlineno__");
        if (nf < 0 || !emit_load_const(c, int_from_i64(c->I, firstline)) || !emit(c, BC_STORE_NAME, nf))
            return false;
        if (!(u->static_attrs = list_new(c->I, 0))) return false;
    }
    if (!emit_load_const(c, str_from_cstr(c->I, u->qualname)) || !emit(c, BC_STORE_NAME, n_qual)) return false;
    StmtSeq *body = &s->v.class_def.body;
    if (!compile_setup_annotations(c, body)) return false;
    Obj *doc = docstring_of(c, body);
    int start = 0;
    if (doc) {
        int nd = add_name(c, "__doc__");
        set_loc(c, &body->items[0]->loc);
        if (nd < 0 || !emit_load_const(c, doc) || !emit(c, BC_STORE_NAME, nd)) return false;
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        if (!compile_stmt(c, body->items[i])) return false;
    Stmt *last = body->items[body->n - 1];
    u->loc = (CodePos){last->end_lineno, last->end_lineno, -1, -1, -1, -1};
    if (u->static_attrs) {
        int ns = add_name(c, "__static_attributes__");
        if (ns < 0 || !list_sort(c->I, u->static_attrs, NULL, false)) return false;
        if (!emit_load_const(c, list_as_tuple(c->I, u->static_attrs)) || !emit(c, BC_STORE_NAME, ns)) return false;
    }
    if (u->ste->needs_class_closure) {
        int idx = -1;
        for (int j = 0; j < u->ncellvars; j++)
            if (strcmp(u->cellvars[j], "__class__") == 0) idx = u->nvarnames + j;
        int ncell = add_name(c, "__classcell__");
        if (idx < 0 || ncell < 0 || !emit(c, BC_LOAD_CLOSURE, idx) || !emit(c, BC_DUP_TOP, 0) ||
            !emit(c, BC_STORE_NAME, ncell))
            return false;
    } else if (!emit_none(c))
        return false;
    if (!emit(c, BC_RETURN_VALUE, 0)) return false;
    Obj *code = leave_unit(c);
    if (!code) return false;
    set_loc(c, &s->loc);
    if (!emit(c, BC_LOAD_BUILD_CLASS, 0) || !make_closure(c, code, 0) ||
        !emit_load_const(c, str_from_cstr(c->I, s->v.class_def.name)))
        return false;
    if (!compile_call_helper(c, 2, &s->v.class_def.bases, &s->v.class_def.keywords, false)) return false;
    if (!apply_decorators(c, decos)) return false;
    set_loc(c, &s->loc);
    return compile_nameop(c, s->v.class_def.name, CTX_STORE);
}

static bool compile_comp_generator(CompileCtx *c, ComprehensionSeq *gens, int gi, Expr *elt, Expr *val,
                                   ExprKind kind) {
    Comprehension *g = gens->items[gi];
    int l_start = new_label(c), l_end = new_label(c);
    if (gi == 0) {
        if (!emit(c, BC_LOAD_FAST, 0)) return false; /* .0 */
    } else if (!compile_expr(c, g->iter) || !emit(c, BC_GET_ITER, 0))
        return false;
    use_label(c, l_start);
    CodePos saved = c->u->loc;
    set_loc_iteration(c, g->iter);
    if (!emit_jump(c, BC_FOR_ITER, l_end)) return false;
    c->u->loc = saved;
    if (!compile_store(c, g->target)) return false;
    for (int i = 0; i < g->ifs.n; i++)
        if (!compile_jump_if(c, g->ifs.items[i], l_start, false)) return false;
    if (gi + 1 < gens->n) {
        if (!compile_comp_generator(c, gens, gi + 1, elt, val, kind)) return false;
    } else {
        int depth = gens->n + 1;
        switch (kind) {
        case EXPR_GENERATOR_EXP:
            if (!compile_expr(c, elt) || !emit(c, BC_YIELD_VALUE, 0) || !emit(c, BC_POP_TOP, 0)) return false;
            break;
        case EXPR_LIST_COMP:
            if (!compile_expr(c, elt) || !emit(c, BC_LIST_APPEND, depth)) return false;
            break;
        case EXPR_SET_COMP:
            if (!compile_expr(c, elt) || !emit(c, BC_SET_ADD, depth)) return false;
            break;
        default:
            if (!compile_expr(c, elt) || !compile_expr(c, val) || !emit(c, BC_MAP_ADD, depth)) return false;
            break;
        }
    }
    if (!emit_jump(c, BC_JUMP, l_start)) return false;
    use_label(c, l_end);
    return true;
}

/* 3.12+ inline comprehensions (PEP 709): no function object is made, so none is allocated;
 * RUN_COMPREHENSION runs the code with the cells of its free variables and the iterator that
 * are on the stack. */
static bool run_comprehension(CompileCtx *c, Expr *e, ComprehensionSeq *gens, Obj *code) {
    CodeObj *co = CODE(code);
    Unit *u = c->u;
    for (int i = 0; i < co->nfrees; i++) {
        const char *n = str_utf8(c->I, TUPLE_GET(co->localsplusnames, co->nlocals + co->ncells + i), NULL);
        int idx = -1;
        for (int j = 0; j < u->ncellvars && idx < 0; j++)
            if (strcmp(u->cellvars[j], n) == 0) idx = u->nvarnames + j;
        for (int j = 0; j < u->nfreevars && idx < 0; j++)
            if (strcmp(u->freevars[j], n) == 0) idx = u->nvarnames + u->ncellvars + j;
        if (idx < 0) {
            DECREF(c->I, code);
            Loc loc = {e->lineno, 0, e->lineno, 0};
            return compile_error(c, &loc, "internal compiler error: no cell for '%s'", n ? n : "?");
        }
        if (!emit(c, BC_LOAD_CLOSURE, idx)) {
            DECREF(c->I, code);
            return false;
        }
    }
    int k = add_const(c, code);
    if (k < 0 || !compile_expr(c, gens->items[0]->iter)) return false;
    set_loc(c, &e->loc);
    return emit(c, BC_GET_ITER, 0) && emit(c, BC_RUN_COMPREHENSION, k);
}

static bool compile_comprehension(CompileCtx *c, Expr *e, ComprehensionSeq *gens, Expr *elt, Expr *val) {
    const char *name = e->kind == EXPR_LIST_COMP ? "<listcomp>" : e->kind == EXPR_SET_COMP ? "<setcomp>"
                       : e->kind == EXPR_DICT_COMP ? "<dictcomp>" : "<genexpr>";
    if (!enter_unit(c, e, name, e->lineno)) return false;
    c->u->argcount = 1;
    set_loc(c, &e->loc);
    int build = e->kind == EXPR_LIST_COMP ? BC_BUILD_LIST : e->kind == EXPR_SET_COMP ? BC_BUILD_SET
                : e->kind == EXPR_DICT_COMP ? BC_BUILD_MAP : -1;
    if (build >= 0 && !emit(c, build, 0)) return false;
    if (!compile_comp_generator(c, gens, 0, elt, val, e->kind)) return false;
    set_loc(c, &e->loc);
    if (build < 0 && !emit_none(c)) return false;
    if (!emit(c, BC_RETURN_VALUE, 0)) return false;
    Obj *code = leave_unit(c);
    if (!code) return false;
    if (e->kind != EXPR_GENERATOR_EXP && c->I->prof->inline_comprehensions)
        return run_comprehension(c, e, gens, code);
    if (!make_closure(c, code, 0)) return false;
    if (!compile_expr(c, gens->items[0]->iter)) return false;
    set_loc(c, &e->loc);
    return emit(c, BC_GET_ITER, 0) && emit(c, BC_CALL, 1);
}

/* ---- expressions ---- */
static bool compile_expr_inner(CompileCtx *c, Expr *e) {
    switch (e->kind) {
    case EXPR_BOOL_OP: return compile_boolop(c, e);
    case EXPR_NAMED_EXPR:
        if (!compile_expr(c, e->v.named_expr.value) || !emit(c, BC_DUP_TOP, 0)) return false;
        return compile_store(c, e->v.named_expr.target);
    case EXPR_BIN_OP: {
        Expr *l = e->v.bin_op.left, *r = e->v.bin_op.right;
        if (!compile_expr(c, l) || !compile_expr(c, r)) return false;
        if (l->end_lineno == e->lineno) { /* the operator follows the left operand on its line */
            c->u->loc.anchor_lo = l->end_col_offset;
            c->u->loc.anchor_hi = r->lineno == e->lineno ? r->col_offset : INT32_MAX; /* (to the line's end) */
        }
        return emit(c, BC_BINARY_OP, binop_of(e->v.bin_op.op));
    }
    case EXPR_UNARY_OP: {
        Obj *k = fold_constant(c, e);
        if (k) return emit_load_const(c, k);
        if (!compile_expr(c, e->v.unary_op.operand)) return false;
        static const int ops[] = {[UOP_INVERT] = BC_UNARY_INVERT, [UOP_NOT] = BC_UNARY_NOT,
                                  [UOP_UADD] = BC_UNARY_POSITIVE, [UOP_USUB] = BC_UNARY_NEGATIVE};
        return emit(c, ops[e->v.unary_op.op], 0);
    }
    case EXPR_LAMBDA: return compile_lambda(c, e);
    case EXPR_IF_EXP: {
        int l_else = new_label(c), l_end = new_label(c);
        if (!compile_jump_if(c, e->v.if_exp.test, l_else, false) || !compile_expr(c, e->v.if_exp.body) ||
            !emit_jump(c, BC_JUMP, l_end))
            return false;
        use_label(c, l_else);
        if (!compile_expr(c, e->v.if_exp.orelse)) return false;
        use_label(c, l_end);
        return true;
    }
    case EXPR_DICT: return compile_dict(c, e);
    case EXPR_SET: return compile_sequence(c, &e->v.set.elts, BC_BUILD_SET);
    case EXPR_LIST_COMP:
        return compile_comprehension(c, e, &e->v.list_comp.generators, e->v.list_comp.elt, NULL);
    case EXPR_SET_COMP:
        return compile_comprehension(c, e, &e->v.set_comp.generators, e->v.set_comp.elt, NULL);
    case EXPR_GENERATOR_EXP:
        return compile_comprehension(c, e, &e->v.generator_exp.generators, e->v.generator_exp.elt, NULL);
    case EXPR_DICT_COMP:
        return compile_comprehension(c, e, &e->v.dict_comp.generators, e->v.dict_comp.key, e->v.dict_comp.value);
    case EXPR_AWAIT: return compile_error(c, &e->loc, "'await' is not supported");
    case EXPR_YIELD:
        if (e->v.yield.value) {
            if (!compile_expr(c, e->v.yield.value)) return false;
        } else if (!emit_none(c))
            return false;
        return emit(c, BC_YIELD_VALUE, 0);
    case EXPR_YIELD_FROM:
        if (!compile_expr(c, e->v.yield_from.value)) return false;
        return emit(c, BC_GET_YIELD_FROM_ITER, 0) && emit_none(c) && emit(c, BC_YIELD_FROM, 0);
    case EXPR_COMPARE: return compile_compare(c, e);
    case EXPR_CALL: return compile_call(c, e);
    case EXPR_FORMATTED_VALUE: return compile_formatted(c, e);
    case EXPR_JOINED_STR: return compile_joined_str(c, e);
    case EXPR_CONSTANT: {
        Obj *v = constant_value(c, &e->v.constant);
        if (!v) {
            if (err_occurred(c->I)) err_clear(c->I);
            return compile_error(c, &e->loc, "complex numbers are not supported");
        }
        return emit_load_const(c, v);
    }
    case EXPR_ATTRIBUTE: {
        if (!compile_expr(c, e->v.attribute.value)) return false;
        loc_from_attr(c, e);
        int ni = add_name(c, mangle(c, c->u->ste->private_name, e->v.attribute.attr));
        if (ni < 0) return false;
        switch (e->v.attribute.ctx) {
        case CTX_LOAD: return emit(c, BC_LOAD_ATTR, ni);
        case CTX_STORE: return emit(c, BC_STORE_ATTR, ni);
        default: return emit(c, BC_DELETE_ATTR, ni);
        }
    }
    case EXPR_SUBSCRIPT: {
        Expr *v = e->v.subscript.value;
        if (e->v.subscript.ctx == CTX_LOAD && !check_subscript(c, v, e->v.subscript.slice)) return false;
        if (!compile_expr(c, v) || !compile_expr(c, e->v.subscript.slice)) return false;
        if (v->end_lineno == e->lineno) c->u->loc.anchor_lo = v->end_col_offset;
        switch (e->v.subscript.ctx) {
        case CTX_LOAD: return emit(c, BC_BINARY_SUBSCR, 0);
        case CTX_STORE: return emit(c, BC_STORE_SUBSCR, 0);
        default: return emit(c, BC_DELETE_SUBSCR, 0);
        }
    }
    case EXPR_STARRED: return compile_error(c, &e->loc, "can't use starred expression here");
    case EXPR_NAME: return compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case EXPR_LIST:
        if (e->v.list.ctx == CTX_STORE) return compile_store(c, e);
        return compile_sequence(c, &e->v.list.elts, BC_BUILD_LIST);
    case EXPR_TUPLE: {
        if (e->v.tuple.ctx == CTX_STORE) return compile_store(c, e);
        Obj *k = fold_constant(c, e);
        if (k) return emit_load_const(c, k);
        if (err_occurred(c->I)) return false;
        return compile_sequence(c, &e->v.tuple.elts, BC_BUILD_TUPLE);
    }
    case EXPR_SLICE: return compile_slice(c, e);
    }
    return compile_error(c, &e->loc, "unknown expression");
}

/* ---- assignment targets ---- */
/* 3.13's __static_attributes__: `self.X = ...` anywhere inside a class adds X to the nearest
 * enclosing class (CPython's compiler_add_static_attribute_to_class). */
void note_static_attribute(CompileCtx *c, Expr *t) {
    Expr *v = t->v.attribute.value;
    if (v->kind != EXPR_NAME || strcmp(v->v.name.id, "self") != 0) return;
    for (Unit *u = c->u; u; u = u->parent) {
        if (u->ste->kind != SCOPE_CLASS) continue;
        if (!u->static_attrs) return;
        Obj *name = str_from_cstr(c->I, t->v.attribute.attr);
        if (!name) return;
        int has = 0;
        for (Ssize i = 0; i < LIST_LEN(u->static_attrs); i++)
            if (str_eq(LIST_GET(u->static_attrs, i), name)) has = 1;
        if (!has) list_append(c->I, u->static_attrs, name);
        DECREF(c->I, name);
        return;
    }
}

static bool compile_unpack(CompileCtx *c, Expr *t, ExprSeq *elts) {
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind != EXPR_STARRED) continue;
        if (star >= 0) return compile_error(c, &t->loc, "multiple starred expressions in assignment");
        star = i;
    }
    set_loc(c, &t->loc);
    if (star >= 0) {
        int after = elts->n - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return compile_error(c, &t->loc, "too many expressions in star-unpacking assignment");
        if (!emit(c, BC_UNPACK_EX, star | (after << 8))) return false;
    } else if (!emit(c, BC_UNPACK_SEQUENCE, elts->n))
        return false;
    for (int i = 0; i < elts->n; i++) {
        Expr *x = elts->items[i];
        if (!compile_store(c, x->kind == EXPR_STARRED ? x->v.starred.value : x)) return false;
    }
    return true;
}

bool compile_store(CompileCtx *c, Expr *t) {
    CodePos saved = c->u->loc;
    set_loc(c, &t->loc);
    bool ok;
    switch (t->kind) {
    case EXPR_NAME: ok = compile_nameop(c, t->v.name.id, CTX_STORE); break;
    case EXPR_ATTRIBUTE: {
        note_static_attribute(c, t);
        ok = compile_expr(c, t->v.attribute.value);
        loc_from_attr(c, t);
        int ni = ok ? add_name(c, mangle(c, c->u->ste->private_name, t->v.attribute.attr)) : -1;
        ok = ni >= 0 && emit(c, BC_STORE_ATTR, ni);
        break;
    }
    case EXPR_SUBSCRIPT:
        ok = compile_expr(c, t->v.subscript.value) && compile_expr(c, t->v.subscript.slice) &&
             emit(c, BC_STORE_SUBSCR, 0);
        break;
    case EXPR_TUPLE: ok = compile_unpack(c, t, &t->v.tuple.elts); break;
    case EXPR_LIST: ok = compile_unpack(c, t, &t->v.list.elts); break;
    case EXPR_STARRED:
        ok = compile_error(c, &t->loc, "starred assignment target must be in a list or tuple");
        break;
    default: ok = compile_error(c, &t->loc, "cannot assign to expression"); break;
    }
    c->u->loc = saved;
    return ok;
}

bool compile_delete(CompileCtx *c, Expr *t) {
    set_loc(c, &t->loc);
    switch (t->kind) {
    case EXPR_NAME: return compile_nameop(c, t->v.name.id, CTX_DEL);
    case EXPR_ATTRIBUTE: {
        if (!compile_expr(c, t->v.attribute.value)) return false;
        int ni = add_name(c, mangle(c, c->u->ste->private_name, t->v.attribute.attr));
        set_loc(c, &t->loc);
        return ni >= 0 && emit(c, BC_DELETE_ATTR, ni);
    }
    case EXPR_SUBSCRIPT:
        if (!compile_expr(c, t->v.subscript.value) || !compile_expr(c, t->v.subscript.slice)) return false;
        set_loc(c, &t->loc);
        return emit(c, BC_DELETE_SUBSCR, 0);
    case EXPR_TUPLE:
        for (int i = 0; i < t->v.tuple.elts.n; i++)
            if (!compile_delete(c, t->v.tuple.elts.items[i])) return false;
        return true;
    case EXPR_LIST:
        for (int i = 0; i < t->v.list.elts.n; i++)
            if (!compile_delete(c, t->v.list.elts.items[i])) return false;
        return true;
    default: return compile_error(c, &t->loc, "cannot delete expression");
    }
}
