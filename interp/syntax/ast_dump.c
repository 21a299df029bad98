/* ast_dump.c: prints a tree exactly as CPython 3.12's ast.dump() does, so CPython is the oracle
 * for the parser's tests. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/parse.h"
#include "syntax/unicode.h"

typedef struct Dumper {
    FILE *out;
    bool attrs;
    bool first; /* no ", " before the next field */
} Dumper;

/* ---- Python's repr() of the constant types ---- */

static void repr_str(FILE *out, const char *s, size_t n) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    fputc(q, out);
    const char *end = s + n;
    while (s < end) {
        uint32_t cp;
        int len = utf8_decode(s, end, &cp);
        if (cp == (uint32_t)q || cp == '\\') fprintf(out, "\\%c", (char)cp);
        else if (cp == '\t') fputs("\\t", out);
        else if (cp == '\n') fputs("\\n", out);
        else if (cp == '\r') fputs("\\r", out);
        else if (cp < ' ' || cp == 0x7f) fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp < 0x7f || unicode_is_printable(cp)) fwrite(s, 1, (size_t)len, out);
        else if (cp <= 0xff) fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp <= 0xffff) fprintf(out, "\\u%04x", (unsigned)cp);
        else fprintf(out, "\\U%08x", (unsigned)cp);
        s += len;
    }
    fputc(q, out);
}

static void repr_bytes(FILE *out, const char *s, size_t n) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < ' ' || c >= 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc(q, out);
}

/* repr(float): the shortest digits that round-trip, laid out as Python's float_repr_style
 * 'short' does (scientific below 1e-4 and from 1e16 on). */
static void format_float(char *buf, size_t size, double d, bool imag) {
    if (isinf(d)) {
        snprintf(buf, size, "%s", d > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(d)) {
        snprintf(buf, size, "nan");
        return;
    }
    char tmp[40];
    int prec = 1;
    for (; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d) break;
    }
    /* tmp is d.ddde[+-]XX: split into digits and exponent. */
    char digits[40];
    int nd = 0;
    const char *p = tmp;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = '\0';
    char *o = buf;
    size_t left = size;
#define OUT(...) do { int w_ = snprintf(o, left, __VA_ARGS__); o += w_; left -= (size_t)w_; } while (0)
    if (neg) OUT("-");
    if (exp10 < -4 || exp10 >= 16) {
        OUT("%c", digits[0]);
        if (nd > 1) OUT(".%s", digits + 1);
        OUT("e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (exp10 < 0) {
        OUT("0.");
        for (int i = 0; i < -exp10 - 1; i++) OUT("0");
        OUT("%s", digits);
    } else {
        for (int i = 0; i <= exp10; i++) OUT("%c", i < nd ? digits[i] : '0');
        if (nd > exp10 + 1) OUT(".%s", digits + exp10 + 1);
        else if (!imag) OUT(".0");
    }
#undef OUT
}

/* Arbitrary-precision base conversion for int literals: digits in base 2..16 to decimal. */
static void print_int(FILE *out, const char *digits, int base) {
    if (base == 10) {
        fputs(digits, out);
        return;
    }
    size_t n = strlen(digits);
    size_t cap = n * 2 + 2; /* decimal digits needed never exceed 1.21 per hex digit */
    unsigned char *dec = calloc(cap, 1); /* little-endian decimal digits */
    if (!dec) return;
    size_t used = 1;
    for (size_t i = 0; i < n; i++) {
        char ch = digits[i];
        int v = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        int carry = v;
        for (size_t j = 0; j < used; j++) {
            int x = dec[j] * base + carry;
            dec[j] = (unsigned char)(x % 10);
            carry = x / 10;
        }
        while (carry) {
            dec[used++] = (unsigned char)(carry % 10);
            carry /= 10;
        }
    }
    while (used > 1 && dec[used - 1] == 0) used--;
    for (size_t j = used; j-- > 0;) fputc('0' + dec[j], out);
    free(dec);
}

static void dump_constant(FILE *out, const Constant *c) {
    char buf[64];
    switch (c->kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: print_int(out, c->i.digits, c->i.base); break;
    case CONST_FLOAT: format_float(buf, sizeof buf, c->f, false); fputs(buf, out); break;
    case CONST_IMAG: format_float(buf, sizeof buf, c->f, true); fprintf(out, "%sj", buf); break;
    case CONST_STR: repr_str(out, c->s.bytes, c->s.len); break;
    case CONST_BYTES: repr_bytes(out, c->s.bytes, c->s.len); break;
    }
}

/* ---- node printing ---- */

static void open_node(Dumper *d, const char *name) {
    fprintf(d->out, "%s(", name);
    d->first = true;
}

static void field(Dumper *d, const char *name) {
    if (!d->first) fputs(", ", d->out);
    d->first = false;
    fprintf(d->out, "%s=", name);
}

static void close_node(Dumper *d, const Loc *loc) {
    if (d->attrs && loc) {
        field(d, "lineno"); fprintf(d->out, "%d", loc->lineno);
        field(d, "col_offset"); fprintf(d->out, "%d", loc->col_offset);
        field(d, "end_lineno"); fprintf(d->out, "%d", loc->end_lineno);
        field(d, "end_col_offset"); fprintf(d->out, "%d", loc->end_col_offset);
    }
    fputc(')', d->out);
    d->first = false;
}

static void dump_expr(Dumper *d, const Expr *e);
static void dump_stmts(Dumper *d, const char *name, StmtSeq s);

static void dump_exprs(Dumper *d, const char *name, ExprSeq s) {
    field(d, name);
    fputc('[', d->out);
    for (int i = 0; i < s.n; i++) {
        if (i) fputs(", ", d->out);
        if (s.items[i]) dump_expr(d, s.items[i]);
        else fputs("None", d->out);
    }
    fputc(']', d->out);
    d->first = false;
}

static void dump_opt_expr(Dumper *d, const char *name, const Expr *e) {
    if (!e) return;
    field(d, name);
    dump_expr(d, e);
    d->first = false;
}

static void dump_ident(Dumper *d, const char *name, const char *id) {
    if (!id) return;
    field(d, name);
    repr_str(d->out, id, strlen(id));
}

static void dump_simple(Dumper *d, const char *name) {
    fprintf(d->out, "%s()", name);
    d->first = false;
}

static const char *ctx_name(ExprContext c) { return c == CTX_LOAD ? "Load" : c == CTX_STORE ? "Store" : "Del"; }

static void dump_ctx(Dumper *d, ExprContext c) {
    field(d, "ctx");
    dump_simple(d, ctx_name(c));
}

static const char *op_name(Operator op) {
    static const char *names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return names[op];
}

static const char *cmp_name(CmpOp op) {
    static const char *names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[op];
}

static void dump_arg(Dumper *d, const Arg *a) {
    open_node(d, "arg");
    dump_ident(d, "arg", a->arg);
    dump_opt_expr(d, "annotation", a->annotation);
    close_node(d, &a->loc);
}

static void dump_args_seq(Dumper *d, const char *name, ArgSeq s) {
    field(d, name);
    fputc('[', d->out);
    for (int i = 0; i < s.n; i++) {
        if (i) fputs(", ", d->out);
        dump_arg(d, s.items[i]);
    }
    fputc(']', d->out);
    d->first = false;
}

static void dump_arguments(Dumper *d, const Arguments *a) {
    field(d, "args");
    open_node(d, "arguments");
    dump_args_seq(d, "posonlyargs", a->posonlyargs);
    dump_args_seq(d, "args", a->args);
    if (a->vararg) {
        field(d, "vararg");
        dump_arg(d, a->vararg);
    }
    dump_args_seq(d, "kwonlyargs", a->kwonlyargs);
    dump_exprs(d, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        field(d, "kwarg");
        dump_arg(d, a->kwarg);
    }
    dump_exprs(d, "defaults", a->defaults);
    close_node(d, NULL);
}

static void dump_keywords(Dumper *d, KeywordSeq s) {
    field(d, "keywords");
    fputc('[', d->out);
    for (int i = 0; i < s.n; i++) {
        if (i) fputs(", ", d->out);
        open_node(d, "keyword");
        dump_ident(d, "arg", s.items[i]->arg);
        dump_opt_expr(d, "value", s.items[i]->value);
        close_node(d, &s.items[i]->loc);
    }
    fputc(']', d->out);
    d->first = false;
}

static void dump_generators(Dumper *d, ComprehensionSeq s) {
    field(d, "generators");
    fputc('[', d->out);
    for (int i = 0; i < s.n; i++) {
        if (i) fputs(", ", d->out);
        open_node(d, "comprehension");
        dump_opt_expr(d, "target", s.items[i]->target);
        dump_opt_expr(d, "iter", s.items[i]->iter);
        dump_exprs(d, "ifs", s.items[i]->ifs);
        field(d, "is_async");
        fprintf(d->out, "%d", s.items[i]->is_async ? 1 : 0);
        close_node(d, NULL);
    }
    fputc(']', d->out);
    d->first = false;
}

static void dump_expr(Dumper *d, const Expr *e) {
    switch (e->kind) {
    case EXPR_BOOL_OP:
        open_node(d, "BoolOp");
        field(d, "op");
        dump_simple(d, e->v.bool_op.op == BOOLOP_AND ? "And" : "Or");
        dump_exprs(d, "values", e->v.bool_op.values);
        break;
    case EXPR_NAMED_EXPR:
        open_node(d, "NamedExpr");
        dump_opt_expr(d, "target", e->v.named_expr.target);
        dump_opt_expr(d, "value", e->v.named_expr.value);
        break;
    case EXPR_BIN_OP:
        open_node(d, "BinOp");
        dump_opt_expr(d, "left", e->v.bin_op.left);
        field(d, "op");
        dump_simple(d, op_name(e->v.bin_op.op));
        dump_opt_expr(d, "right", e->v.bin_op.right);
        break;
    case EXPR_UNARY_OP: {
        static const char *names[] = {"Invert", "Not", "UAdd", "USub"};
        open_node(d, "UnaryOp");
        field(d, "op");
        dump_simple(d, names[e->v.unary_op.op]);
        dump_opt_expr(d, "operand", e->v.unary_op.operand);
        break;
    }
    case EXPR_LAMBDA:
        open_node(d, "Lambda");
        dump_arguments(d, e->v.lambda.args);
        dump_opt_expr(d, "body", e->v.lambda.body);
        break;
    case EXPR_IF_EXP:
        open_node(d, "IfExp");
        dump_opt_expr(d, "test", e->v.if_exp.test);
        dump_opt_expr(d, "body", e->v.if_exp.body);
        dump_opt_expr(d, "orelse", e->v.if_exp.orelse);
        break;
    case EXPR_DICT:
        open_node(d, "Dict");
        dump_exprs(d, "keys", e->v.dict.keys);
        dump_exprs(d, "values", e->v.dict.values);
        break;
    case EXPR_SET:
        open_node(d, "Set");
        dump_exprs(d, "elts", e->v.set.elts);
        break;
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_GENERATOR_EXP:
        open_node(d, e->kind == EXPR_LIST_COMP ? "ListComp" : e->kind == EXPR_SET_COMP ? "SetComp" : "GeneratorExp");
        dump_opt_expr(d, "elt", e->v.list_comp.elt);
        dump_generators(d, e->v.list_comp.generators);
        break;
    case EXPR_DICT_COMP:
        open_node(d, "DictComp");
        dump_opt_expr(d, "key", e->v.dict_comp.key);
        dump_opt_expr(d, "value", e->v.dict_comp.value);
        dump_generators(d, e->v.dict_comp.generators);
        break;
    case EXPR_AWAIT:
        open_node(d, "Await");
        dump_opt_expr(d, "value", e->v.await.value);
        break;
    case EXPR_YIELD:
        open_node(d, "Yield");
        dump_opt_expr(d, "value", e->v.yield.value);
        break;
    case EXPR_YIELD_FROM:
        open_node(d, "YieldFrom");
        dump_opt_expr(d, "value", e->v.yield_from.value);
        break;
    case EXPR_COMPARE:
        open_node(d, "Compare");
        dump_opt_expr(d, "left", e->v.compare.left);
        field(d, "ops");
        fputc('[', d->out);
        for (int i = 0; i < e->v.compare.ops.n; i++) {
            if (i) fputs(", ", d->out);
            dump_simple(d, cmp_name(e->v.compare.ops.items[i]));
        }
        fputc(']', d->out);
        dump_exprs(d, "comparators", e->v.compare.comparators);
        break;
    case EXPR_CALL:
        open_node(d, "Call");
        dump_opt_expr(d, "func", e->v.call.func);
        dump_exprs(d, "args", e->v.call.args);
        dump_keywords(d, e->v.call.keywords);
        break;
    case EXPR_FORMATTED_VALUE:
        open_node(d, "FormattedValue");
        dump_opt_expr(d, "value", e->v.formatted_value.value);
        field(d, "conversion");
        fprintf(d->out, "%d", e->v.formatted_value.conversion);
        dump_opt_expr(d, "format_spec", e->v.formatted_value.format_spec);
        break;
    case EXPR_JOINED_STR:
        open_node(d, "JoinedStr");
        dump_exprs(d, "values", e->v.joined_str.values);
        break;
    case EXPR_CONSTANT:
        open_node(d, "Constant");
        field(d, "value");
        dump_constant(d->out, &e->v.constant);
        if (e->v.constant.u_prefix && e->v.constant.kind == CONST_STR) {
            field(d, "kind");
            fputs("'u'", d->out);
        }
        break;
    case EXPR_ATTRIBUTE:
        open_node(d, "Attribute");
        dump_opt_expr(d, "value", e->v.attribute.value);
        dump_ident(d, "attr", e->v.attribute.attr);
        dump_ctx(d, e->v.attribute.ctx);
        break;
    case EXPR_SUBSCRIPT:
        open_node(d, "Subscript");
        dump_opt_expr(d, "value", e->v.subscript.value);
        dump_opt_expr(d, "slice", e->v.subscript.slice);
        dump_ctx(d, e->v.subscript.ctx);
        break;
    case EXPR_STARRED:
        open_node(d, "Starred");
        dump_opt_expr(d, "value", e->v.starred.value);
        dump_ctx(d, e->v.starred.ctx);
        break;
    case EXPR_NAME:
        open_node(d, "Name");
        dump_ident(d, "id", e->v.name.id);
        dump_ctx(d, e->v.name.ctx);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        open_node(d, e->kind == EXPR_LIST ? "List" : "Tuple");
        dump_exprs(d, "elts", e->v.list.elts);
        dump_ctx(d, e->kind == EXPR_LIST ? e->v.list.ctx : e->v.tuple.ctx);
        break;
    case EXPR_SLICE:
        open_node(d, "Slice");
        dump_opt_expr(d, "lower", e->v.slice.lower);
        dump_opt_expr(d, "upper", e->v.slice.upper);
        dump_opt_expr(d, "step", e->v.slice.step);
        break;
    }
    close_node(d, &e->loc);
}

static void dump_stmt(Dumper *d, const Stmt *s) {
    switch (s->kind) {
    case STMT_FUNCTION_DEF:
        open_node(d, s->v.function_def.is_async ? "AsyncFunctionDef" : "FunctionDef");
        dump_ident(d, "name", s->v.function_def.name);
        dump_arguments(d, s->v.function_def.args);
        dump_stmts(d, "body", s->v.function_def.body);
        dump_exprs(d, "decorator_list", s->v.function_def.decorator_list);
        dump_opt_expr(d, "returns", s->v.function_def.returns);
        field(d, "type_params");
        fputs("[]", d->out);
        break;
    case STMT_CLASS_DEF:
        open_node(d, "ClassDef");
        dump_ident(d, "name", s->v.class_def.name);
        dump_exprs(d, "bases", s->v.class_def.bases);
        dump_keywords(d, s->v.class_def.keywords);
        dump_stmts(d, "body", s->v.class_def.body);
        dump_exprs(d, "decorator_list", s->v.class_def.decorator_list);
        field(d, "type_params");
        fputs("[]", d->out);
        break;
    case STMT_RETURN:
        open_node(d, "Return");
        dump_opt_expr(d, "value", s->v.return_.value);
        break;
    case STMT_DELETE:
        open_node(d, "Delete");
        dump_exprs(d, "targets", s->v.delete_.targets);
        break;
    case STMT_ASSIGN:
        open_node(d, "Assign");
        dump_exprs(d, "targets", s->v.assign.targets);
        dump_opt_expr(d, "value", s->v.assign.value);
        break;
    case STMT_AUG_ASSIGN:
        open_node(d, "AugAssign");
        dump_opt_expr(d, "target", s->v.aug_assign.target);
        field(d, "op");
        dump_simple(d, op_name(s->v.aug_assign.op));
        dump_opt_expr(d, "value", s->v.aug_assign.value);
        break;
    case STMT_ANN_ASSIGN:
        open_node(d, "AnnAssign");
        dump_opt_expr(d, "target", s->v.ann_assign.target);
        dump_opt_expr(d, "annotation", s->v.ann_assign.annotation);
        dump_opt_expr(d, "value", s->v.ann_assign.value);
        field(d, "simple");
        fprintf(d->out, "%d", s->v.ann_assign.simple);
        break;
    case STMT_FOR:
        open_node(d, s->v.for_.is_async ? "AsyncFor" : "For");
        dump_opt_expr(d, "target", s->v.for_.target);
        dump_opt_expr(d, "iter", s->v.for_.iter);
        dump_stmts(d, "body", s->v.for_.body);
        dump_stmts(d, "orelse", s->v.for_.orelse);
        break;
    case STMT_WHILE:
    case STMT_IF:
        open_node(d, s->kind == STMT_WHILE ? "While" : "If");
        dump_opt_expr(d, "test", s->v.if_.test);
        dump_stmts(d, "body", s->v.if_.body);
        dump_stmts(d, "orelse", s->v.if_.orelse);
        break;
    case STMT_WITH:
        open_node(d, s->v.with.is_async ? "AsyncWith" : "With");
        field(d, "items");
        fputc('[', d->out);
        for (int i = 0; i < s->v.with.items.n; i++) {
            if (i) fputs(", ", d->out);
            open_node(d, "withitem");
            dump_opt_expr(d, "context_expr", s->v.with.items.items[i]->context_expr);
            dump_opt_expr(d, "optional_vars", s->v.with.items.items[i]->optional_vars);
            close_node(d, NULL);
        }
        fputc(']', d->out);
        d->first = false;
        dump_stmts(d, "body", s->v.with.body);
        break;
    case STMT_RAISE:
        open_node(d, "Raise");
        dump_opt_expr(d, "exc", s->v.raise.exc);
        dump_opt_expr(d, "cause", s->v.raise.cause);
        break;
    case STMT_TRY:
        open_node(d, "Try");
        dump_stmts(d, "body", s->v.try_.body);
        field(d, "handlers");
        fputc('[', d->out);
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const ExceptHandler *h = s->v.try_.handlers.items[i];
            if (i) fputs(", ", d->out);
            open_node(d, "ExceptHandler");
            dump_opt_expr(d, "type", h->type);
            dump_ident(d, "name", h->name);
            dump_stmts(d, "body", h->body);
            close_node(d, &h->loc);
        }
        fputc(']', d->out);
        d->first = false;
        dump_stmts(d, "orelse", s->v.try_.orelse);
        dump_stmts(d, "finalbody", s->v.try_.finalbody);
        break;
    case STMT_ASSERT:
        open_node(d, "Assert");
        dump_opt_expr(d, "test", s->v.assert_.test);
        dump_opt_expr(d, "msg", s->v.assert_.msg);
        break;
    case STMT_IMPORT:
    case STMT_IMPORT_FROM: {
        bool from = s->kind == STMT_IMPORT_FROM;
        AliasSeq names = from ? s->v.import_from.names : s->v.import.names;
        open_node(d, from ? "ImportFrom" : "Import");
        if (from) dump_ident(d, "module", s->v.import_from.module);
        field(d, "names");
        fputc('[', d->out);
        for (int i = 0; i < names.n; i++) {
            if (i) fputs(", ", d->out);
            open_node(d, "alias");
            dump_ident(d, "name", names.items[i]->name);
            dump_ident(d, "asname", names.items[i]->asname);
            close_node(d, &names.items[i]->loc);
        }
        fputc(']', d->out);
        d->first = false;
        if (from) {
            field(d, "level");
            fprintf(d->out, "%d", s->v.import_from.level);
        }
        break;
    }
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        open_node(d, s->kind == STMT_GLOBAL ? "Global" : "Nonlocal");
        field(d, "names");
        fputc('[', d->out);
        for (int i = 0; i < s->v.global.names.n; i++) {
            if (i) fputs(", ", d->out);
            repr_str(d->out, s->v.global.names.items[i], strlen(s->v.global.names.items[i]));
        }
        fputc(']', d->out);
        break;
    case STMT_EXPR:
        open_node(d, "Expr");
        dump_opt_expr(d, "value", s->v.expr.value);
        break;
    case STMT_PASS: open_node(d, "Pass"); break;
    case STMT_BREAK: open_node(d, "Break"); break;
    case STMT_CONTINUE: open_node(d, "Continue"); break;
    }
    close_node(d, &s->loc);
}

static void dump_stmts(Dumper *d, const char *name, StmtSeq s) {
    field(d, name);
    fputc('[', d->out);
    for (int i = 0; i < s.n; i++) {
        if (i) fputs(", ", d->out);
        dump_stmt(d, s.items[i]);
    }
    fputc(']', d->out);
    d->first = false;
}

void ast_dump_ex(FILE *out, const Module *m, int include_attributes) {
    Dumper d = {out, include_attributes != 0, true};
    switch (m->kind) {
    case MOD_MODULE:
        open_node(&d, "Module");
        dump_stmts(&d, "body", m->body);
        field(&d, "type_ignores");
        fputs("[]", out);
        break;
    case MOD_INTERACTIVE:
        open_node(&d, "Interactive");
        dump_stmts(&d, "body", m->body);
        break;
    case MOD_EXPRESSION:
        open_node(&d, "Expression");
        dump_opt_expr(&d, "body", m->expr);
        break;
    }
    fputs(")\n", out);
}

void ast_dump(FILE *out, const Module *m) { ast_dump_ex(out, m, 0); }
