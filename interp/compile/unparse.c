/* unparse.c: expression source text for `from __future__ import annotations`, with CPython's
 * precedence-driven parenthesisation (Python/ast_unparse.c). */
#include <stdio.h>
#include <string.h>

#include "compile/compiler_int.h"

typedef struct Buf {
    CompileCtx *c;
    char *s;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        char *v = arena_alloc(&b->c->arena, cap);
        if (b->n) memcpy(v, b->s, b->n);
        b->s = v;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

enum { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
       PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM };

static void unparse(Buf *b, Expr *e, int level);

static void put_str_repr(Buf *b, const char *s, size_t n) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    put(b, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        char tmp[8];
        if (ch == (unsigned char)q || ch == '\\') { tmp[0] = '\\'; tmp[1] = (char)ch; put(b, tmp, 2); }
        else if (ch == '\n') puts_(b, "\\n");
        else if (ch == '\t') puts_(b, "\\t");
        else if (ch == '\r') puts_(b, "\\r");
        else if (ch < 0x20 || ch == 0x7f) { snprintf(tmp, sizeof tmp, "\\x%02x", ch); puts_(b, tmp); }
        else put(b, (const char *)&s[i], 1);
    }
    put(b, &q, 1);
}

static void put_const(Buf *b, Constant *k) {
    char tmp[64];
    switch (k->kind) {
    case CONST_NONE: puts_(b, "None"); break;
    case CONST_TRUE: puts_(b, "True"); break;
    case CONST_FALSE: puts_(b, "False"); break;
    case CONST_ELLIPSIS: puts_(b, "..."); break;
    case CONST_INT:
        if (k->i.base == 16) puts_(b, "0x");
        else if (k->i.base == 8) puts_(b, "0o");
        else if (k->i.base == 2) puts_(b, "0b");
        puts_(b, k->i.digits);
        break;
    case CONST_FLOAT: snprintf(tmp, sizeof tmp, "%.17g", k->f); puts_(b, tmp); break;
    case CONST_IMAG: snprintf(tmp, sizeof tmp, "%.17gj", k->f); puts_(b, tmp); break;
    case CONST_STR: put_str_repr(b, k->s.bytes, k->s.len); break;
    case CONST_BYTES: puts_(b, "b"); put_str_repr(b, k->s.bytes, k->s.len); break;
    }
}

static void put_seq(Buf *b, ExprSeq *s, const char *sep) {
    for (int i = 0; i < s->n; i++) {
        if (i) puts_(b, sep);
        unparse(b, s->items[i], PR_TEST);
    }
}

static const char *binop_str(Operator op, int *prec) {
    switch (op) {
    case OP_ADD: *prec = PR_ARITH; return " + ";
    case OP_SUB: *prec = PR_ARITH; return " - ";
    case OP_MULT: *prec = PR_TERM; return " * ";
    case OP_MATMULT: *prec = PR_TERM; return " @ ";
    case OP_DIV: *prec = PR_TERM; return " / ";
    case OP_MOD: *prec = PR_TERM; return " % ";
    case OP_FLOORDIV: *prec = PR_TERM; return " // ";
    case OP_POW: *prec = PR_POWER; return " ** ";
    case OP_LSHIFT: *prec = PR_SHIFT; return " << ";
    case OP_RSHIFT: *prec = PR_SHIFT; return " >> ";
    case OP_BITOR: *prec = PR_BOR; return " | ";
    case OP_BITXOR: *prec = PR_BXOR; return " ^ ";
    case OP_BITAND: *prec = PR_BAND; return " & ";
    }
    return " ? ";
}

static const char *cmp_str(CmpOp op) {
    static const char *const s[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "};
    return s[op];
}

static void unparse(Buf *b, Expr *e, int level) {
    int prec = PR_ATOM;
    switch (e->kind) {
    case EXPR_CONSTANT: put_const(b, &e->v.constant); return;
    case EXPR_NAME: puts_(b, e->v.name.id); return;
    case EXPR_ATTRIBUTE:
        unparse(b, e->v.attribute.value, PR_ATOM);
        puts_(b, ".");
        puts_(b, e->v.attribute.attr);
        return;
    case EXPR_SUBSCRIPT:
        unparse(b, e->v.subscript.value, PR_ATOM);
        puts_(b, "[");
        if (e->v.subscript.slice->kind == EXPR_TUPLE && e->v.subscript.slice->v.tuple.elts.n)
            put_seq(b, &e->v.subscript.slice->v.tuple.elts, ", ");
        else
            unparse(b, e->v.subscript.slice, PR_TUPLE);
        puts_(b, "]");
        return;
    case EXPR_CALL:
        unparse(b, e->v.call.func, PR_ATOM);
        puts_(b, "(");
        put_seq(b, &e->v.call.args, ", ");
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            Keyword *k = e->v.call.keywords.items[i];
            if (i || e->v.call.args.n) puts_(b, ", ");
            if (k->arg) { puts_(b, k->arg); puts_(b, "="); }
            else puts_(b, "**");
            unparse(b, k->value, PR_TEST);
        }
        puts_(b, ")");
        return;
    case EXPR_BIN_OP: {
        const char *s = binop_str(e->v.bin_op.op, &prec);
        bool rassoc = e->v.bin_op.op == OP_POW;
        if (level > prec) puts_(b, "(");
        unparse(b, e->v.bin_op.left, rassoc ? prec + 1 : prec);
        puts_(b, s);
        unparse(b, e->v.bin_op.right, rassoc ? prec : prec + 1);
        if (level > prec) puts_(b, ")");
        return;
    }
    case EXPR_UNARY_OP: {
        static const char *const ops[] = {"~", "not ", "+", "-"};
        prec = e->v.unary_op.op == UOP_NOT ? PR_NOT : PR_FACTOR;
        if (level > prec) puts_(b, "(");
        puts_(b, ops[e->v.unary_op.op]);
        unparse(b, e->v.unary_op.operand, prec);
        if (level > prec) puts_(b, ")");
        return;
    }
    case EXPR_BOOL_OP:
        prec = e->v.bool_op.op == BOOLOP_AND ? PR_AND : PR_OR;
        if (level > prec) puts_(b, "(");
        for (int i = 0; i < e->v.bool_op.values.n; i++) {
            if (i) puts_(b, prec == PR_AND ? " and " : " or ");
            unparse(b, e->v.bool_op.values.items[i], prec + 1);
        }
        if (level > prec) puts_(b, ")");
        return;
    case EXPR_COMPARE:
        if (level > PR_CMP) puts_(b, "(");
        unparse(b, e->v.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.compare.ops.n; i++) {
            puts_(b, cmp_str(e->v.compare.ops.items[i]));
            unparse(b, e->v.compare.comparators.items[i], PR_CMP + 1);
        }
        if (level > PR_CMP) puts_(b, ")");
        return;
    case EXPR_TUPLE:
        if (e->v.tuple.elts.n == 0) { puts_(b, "()"); return; }
        if (level > PR_TUPLE) puts_(b, "(");
        put_seq(b, &e->v.tuple.elts, ", ");
        if (e->v.tuple.elts.n == 1) puts_(b, ",");
        if (level > PR_TUPLE) puts_(b, ")");
        return;
    case EXPR_LIST: puts_(b, "["); put_seq(b, &e->v.list.elts, ", "); puts_(b, "]"); return;
    case EXPR_SET: puts_(b, "{"); put_seq(b, &e->v.set.elts, ", "); puts_(b, "}"); return;
    case EXPR_DICT:
        puts_(b, "{");
        for (int i = 0; i < e->v.dict.keys.n; i++) {
            if (i) puts_(b, ", ");
            if (e->v.dict.keys.items[i]) {
                unparse(b, e->v.dict.keys.items[i], PR_TEST);
                puts_(b, ": ");
            } else
                puts_(b, "**");
            unparse(b, e->v.dict.values.items[i], PR_TEST);
        }
        puts_(b, "}");
        return;
    case EXPR_STARRED: puts_(b, "*"); unparse(b, e->v.starred.value, PR_EXPR); return;
    case EXPR_IF_EXP:
        if (level > PR_TEST) puts_(b, "(");
        unparse(b, e->v.if_exp.body, PR_TEST + 1);
        puts_(b, " if ");
        unparse(b, e->v.if_exp.test, PR_TEST + 1);
        puts_(b, " else ");
        unparse(b, e->v.if_exp.orelse, PR_TEST);
        if (level > PR_TEST) puts_(b, ")");
        return;
    case EXPR_SLICE:
        if (e->v.slice.lower) unparse(b, e->v.slice.lower, PR_TEST);
        puts_(b, ":");
        if (e->v.slice.upper) unparse(b, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) { puts_(b, ":"); unparse(b, e->v.slice.step, PR_TEST); }
        return;
    default: {
        /* Rare in annotations: fall back to the source text. */
        CompileCtx *c = b->c;
        if (e->lineno == e->end_lineno) {
            const char *p = c->src, *end = c->src + c->srclen;
            for (int l = 1; l < e->lineno && p < end; l++) {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                p = nl ? nl + 1 : end;
            }
            if (p + e->end_col_offset <= end) {
                put(b, p + e->col_offset, (size_t)(e->end_col_offset - e->col_offset));
                return;
            }
        }
        puts_(b, "...");
    }
    }
}

const char *unparse_expr(CompileCtx *c, Expr *e) {
    Buf b = {c, NULL, 0, 0};
    put(&b, "", 0);
    unparse(&b, e, PR_TEST);
    return b.s;
}
