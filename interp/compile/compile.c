/* compile.c: code generation for statements, code units (one per function, class body,
 * comprehension, module) and the fblock unwinding that gives return/break/continue their
 * meaning inside try/finally, with and except blocks (as CPython's compile.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compiler_int.h"
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/textio.h"

/* ---- errors ---- */
/* The text of line `lineno` of the file `filename` (malloc'd, with its newline), or NULL: as
 * CPython's PyErr_ProgramTextObject, compile-time SyntaxErrors re-read the source FILE, so code
 * compiled from a string ("<string>", "<stdin>", a name that is no file) has no text. */
static char *program_text(const char *filename, int lineno) {
    if (!filename || lineno < 1) return NULL;
    FILE *f = fopen(filename, "rb");
    if (!f) return NULL;
    size_t cap = 128, n = 0;
    char *buf = malloc(cap);
    int line = 1, ch = 0;
    while (buf && line <= lineno && (ch = fgetc(f)) != EOF) {
        if (line == lineno) {
            if (n + 2 > cap) {
                char *nb = realloc(buf, cap *= 2);
                if (!nb) free(buf);
                buf = nb;
                if (!buf) break;
            }
            buf[n++] = (char)ch;
        }
        if (ch == '\n') line++;
    }
    fclose(f);
    if (buf && n == 0) {
        free(buf);
        return NULL;
    }
    if (buf) buf[n] = 0;
    return buf;
}

/* Line `lineno` of the compiled source (malloc'd), or NULL. */
static char *src_line(CompileCtx *c, int lineno) {
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl + 1 : end) - p);
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, p, n);
        r[n] = 0;
    }
    return r;
}

/* The file name compile-time errors and warnings name: 3.13's REPL compiles each entry as
 * "<stdin>-N" (its text then comes with the error), the code itself stays "<stdin>". */
static const char *diag_filename(CompileCtx *c) { return c->diag_filename ? c->diag_filename : c->filename; }

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) with the offsets
 * CPython's compiler and symtable give: 3.8+ the byte column + 1 (bytes: the printers of 3.8-3.12
 * index the UTF-8 text with it), 3.6/3.7 the byte column itself, 2.7 none; 3.10+ an end. */
static Obj *compile_syntax_error(CompileCtx *c, const char *msg, const Loc *loc, const char *text) {
    Interp *I = c->I;
    const Profile *p = I->prof;
    if (p->syntax_offset_none) {
        Obj *parts[4] = {str_from_cstr(I, diag_filename(c)), int_from_i64(I, loc->lineno), NEWREF(I->none),
                         text ? str_from_cstr(I, text) : NEWREF(I->none)};
        Obj *m = str_from_cstr(I, msg);
        Obj *info = parts[0] && parts[1] && parts[3] ? tuple_from_array(I, parts, 4) : NULL;
        Obj *exc = m && info ? obj_call2(I, (Obj *)I->e_SyntaxError, m, info) : NULL;
        for (int i = 0; i < 4; i++) XDECREF(I, parts[i]);
        XDECREF(I, m);
        XDECREF(I, info);
        return exc;
    }
    int base = p->syntax_offset_1based ? 1 : 0;
    int end_lineno = 0, end_offset = 0;
    if (p->syntax_errors_310 && loc->end_lineno > 0) {
        end_lineno = loc->end_lineno;
        end_offset = loc->end_col_offset + base;
    }
    return exc_new_syntax_error(I, I->e_SyntaxError, msg, diag_filename(c), loc->lineno, loc->col_offset + base, text,
                                end_lineno, end_offset);
}

bool compile_error(CompileCtx *c, const Loc *loc, const char *fmt, ...) {
    if (c->failed) return false;
    c->failed = true;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *text = c->diag_filename ? src_line(c, loc->lineno) : program_text(c->filename, loc->lineno);
    Obj *exc = compile_syntax_error(c, msg, loc, text);
    free(text);
    if (exc) err_restore(c->I, exc);
    return false;
}

/* The warnings module if the program imported it (borrowed), else NULL. */
static Obj *warnings_module(Interp *I) {
    if (!I->modules || TYPE(I->modules) != I->t_dict) return NULL;
    return dict_get_cstr(I, I->modules, "warnings");
}

static bool write_warning(CompileCtx *c, const Loc *loc, const char *msg) {
    Interp *I = c->I;
    Obj *err = textio_sys_stream(I, "stderr");
    if (!err) return false;
    char head[600];
    snprintf(head, sizeof head, "%s:%d: SyntaxWarning: %s\n", diag_filename(c), loc->lineno, msg);
    bool ok = textio_write_cstr(I, err, head);
    char *line = c->diag_filename ? NULL : program_text(c->filename, loc->lineno);
    if (ok && line) {
        /* formatwarning shows the line stripped of whitespace */
        char *p = line, *e = line + strlen(line);
        while (*p && strchr(" \t\n\r\f\v", *p)) p++;
        while (e > p && strchr(" \t\n\r\f\v", e[-1])) e--;
        *e = 0;
        if (*p) ok = textio_write_cstr(I, err, "  ") && textio_write_cstr(I, err, p) && textio_write_cstr(I, err, "\n");
    }
    free(line);
    return ok;
}

bool compile_warning(CompileCtx *c, const Loc *loc, const char *fmt, ...) {
    if (c->failed) return false;
    Interp *I = c->I;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Obj *w = warnings_module(I);
    if (!w) {
        if (write_warning(c, loc, msg)) return true;
        err_clear(I); /* no stderr to write to: the warning is lost, as CPython's would be */
        return true;
    }
    Obj *m = str_from_cstr(I, msg), *fn = str_from_cstr(I, diag_filename(c)), *ln = int_from_i64(I, loc->lineno);
    Obj *name = str_from_cstr(I, "warn_explicit");
    Obj *we = name ? obj_getattr(I, w, name) : NULL;
    XDECREF(I, name);
    Obj *r = NULL;
    if (m && fn && ln && we) {
        Obj *args[4] = {m, OBJ(I->e_SyntaxWarning), fn, ln};
        r = obj_call(I, we, args, 4, NULL);
    }
    XDECREF(I, m);
    XDECREF(I, fn);
    XDECREF(I, ln);
    XDECREF(I, we);
    if (r) {
        DECREF(I, r);
        return true;
    }
    if (!err_matches(I, I->e_SyntaxWarning)) {
        c->failed = true;
        return false;
    }
    /* an "error" filter: CPython reports it as a SyntaxError at the place */
    err_clear(I);
    return compile_error(c, loc, "%s", msg);
}

/* ---- instruction emission ---- */
int new_label(CompileCtx *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *v = mem_realloc(c->I, u->labels, sizeof *v * (size_t)cap);
        if (!v) return -1;
        u->labels = v;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void use_label(CompileCtx *c, int label) {
    if (label >= 0) c->u->labels[label] = c->u->ninstrs;
}

bool emit(CompileCtx *c, int op, int arg) {
    Unit *u = c->u;
    if (arg < 0 || arg > 0xFFFFFF) {
        Loc loc = {u->loc.line, 0, u->loc.line, 0};
        return compile_error(c, &loc, "too many constants or names in one code object");
    }
    if (u->ninstrs == u->capinstrs) {
        int cap = u->capinstrs ? u->capinstrs * 2 : 64;
        Instr *v = mem_realloc(c->I, u->instrs, sizeof *v * (size_t)cap);
        if (!v) return false;
        u->instrs = v;
        u->capinstrs = cap;
    }
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->pos = u->loc;
    return true;
}

bool emit_jump(CompileCtx *c, int op, int label) { return label >= 0 && emit(c, op, label); }

void set_loc(CompileCtx *c, const Loc *loc) {
    CodePos *p = &c->u->loc;
    p->line = loc->lineno;
    p->end_line = loc->end_lineno;
    p->col = loc->col_offset;
    p->end_col = loc->end_col_offset;
    p->anchor_lo = p->anchor_hi = -1;
}

/* ---- constants: merged across the whole compilation as CPython's const cache does ---- */
static bool const_same(Obj *a, Obj *b) {
    if (a == b) return true;
    if (TYPE(a) != TYPE(b)) return false;
    TypeObj *t = TYPE(a);
    if (t->flags & TPF_INT_SUBCLASS) return int_compare(a, b) == 0;
    if (t->flags & TPF_STR_SUBCLASS) return str_eq(a, b);
    if (t->flags & TPF_BYTES_SUBCLASS)
        return BYTES_LEN(a) == BYTES_LEN(b) && memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_LEN(a)) == 0;
    if (t->flags & TPF_TUPLE_SUBCLASS) {
        if (TUPLE_LEN(a) != TUPLE_LEN(b)) return false;
        for (Ssize i = 0; i < TUPLE_LEN(a); i++)
            if (!const_same(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
        return true;
    }
    if (t->basicsize == (Ssize)sizeof(FloatObj) && t->name && strcmp(t->name, "float") == 0)
        return memcmp(&FLOAT_VAL(a), &FLOAT_VAL(b), sizeof(double)) == 0;
    return false;
}

static bool all_name_chars(Obj *s) {
    for (Ssize i = 0; i < STR_LEN(s); i++) {
        uint32_t ch = str_char_at(s, i);
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return false;
    }
    return true;
}

static Obj *merge_const(CompileCtx *c, Obj *v) {
    Interp *I = c->I;
    if (TYPE(v) == I->t_code) return v;
    for (Ssize i = 0; i < LIST_LEN(c->const_cache); i++) {
        Obj *k = LIST_GET(c->const_cache, i);
        if (const_same(k, v)) {
            DECREF(I, v);
            return NEWREF(k);
        }
    }
    if (TYPE(v) == I->t_str && all_name_chars(v)) v = str_intern(I, v);
    if (!v || !list_append(I, c->const_cache, v)) return NULL;
    return v;
}

int add_const(CompileCtx *c, Obj *v) {
    Interp *I = c->I;
    if (!v) return -1;
    v = merge_const(c, v);
    if (!v) return -1;
    Obj *consts = c->u->consts;
    for (Ssize i = 0; i < LIST_LEN(consts); i++)
        if (LIST_GET(consts, i) == v) {
            DECREF(I, v);
            return (int)i;
        }
    bool ok = list_append(I, consts, v);
    DECREF(I, v);
    return ok ? (int)LIST_LEN(consts) - 1 : -1;
}

bool emit_load_const(CompileCtx *c, Obj *v) {
    int i = add_const(c, v);
    return i >= 0 && emit(c, BC_LOAD_CONST, i);
}

bool emit_none(CompileCtx *c) { return emit_load_const(c, NEWREF(c->I->none)); }

int add_name(CompileCtx *c, const char *name) {
    Interp *I = c->I;
    Unit *u = c->u;
    Obj *s = str_intern_cstr(I, name);
    if (!s) return -1;
    Obj *idx = dict_get(I, u->names_index, s);
    if (idx) {
        DECREF(I, s);
        return (int)int_as_i64(I, idx);
    }
    Obj *n = int_from_i64(I, LIST_LEN(u->names));
    bool ok = n && dict_set(I, u->names_index, s, n) && list_append(I, u->names, s);
    XDECREF(I, n);
    DECREF(I, s);
    return ok ? (int)LIST_LEN(u->names) - 1 : -1;
}

/* ---- names ---- */
static int index_of(const char **v, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(v[i], name) == 0) return i;
    return -1;
}

/* The localsplus index of a cell or free variable. */
static int deref_index(Unit *u, const char *name) {
    int i = index_of(u->cellvars, u->ncellvars, name);
    if (i >= 0) return u->nvarnames + i;
    i = index_of(u->freevars, u->nfreevars, name);
    return i >= 0 ? u->nvarnames + u->ncellvars + i : -1;
}

bool compile_nameop(CompileCtx *c, const char *name, ExprContext ctx) {
    Unit *u = c->u;
    Scope *s = u->ste;
    name = mangle(c, s->private_name, name);
    Symbol *sym = scope_lookup(s, name);
    int scope = sym ? sym->scope : SC_GLOBAL_IMPLICIT;
    enum { K_FAST, K_DEREF, K_GLOBAL, K_NAME } kind = K_NAME;
    switch (scope) {
    case SC_FREE: case SC_CELL: kind = K_DEREF; break;
    case SC_LOCAL: kind = s->kind == SCOPE_FUNCTION ? K_FAST : K_NAME; break;
    case SC_GLOBAL_IMPLICIT: kind = s->kind == SCOPE_FUNCTION ? K_GLOBAL : K_NAME; break;
    case SC_GLOBAL_EXPLICIT: kind = K_GLOBAL; break;
    }
    if (kind == K_DEREF) {
        int i = deref_index(u, name);
        if (i < 0) kind = K_NAME;
        else if (ctx == CTX_LOAD)
            return emit(c, s->kind == SCOPE_CLASS ? BC_LOAD_CLASSDEREF : BC_LOAD_DEREF, i);
        else
            return emit(c, ctx == CTX_STORE ? BC_STORE_DEREF : BC_DELETE_DEREF, i);
    }
    if (kind == K_FAST) {
        int i = index_of(u->varnames, u->nvarnames, name);
        if (i >= 0)
            return emit(c, ctx == CTX_LOAD ? BC_LOAD_FAST : ctx == CTX_STORE ? BC_STORE_FAST : BC_DELETE_FAST, i);
        kind = K_NAME;
    }
    int ni = add_name(c, name);
    if (ni < 0) return false;
    if (kind == K_GLOBAL)
        return emit(c, ctx == CTX_LOAD ? BC_LOAD_GLOBAL : ctx == CTX_STORE ? BC_STORE_GLOBAL : BC_DELETE_GLOBAL, ni);
    return emit(c, ctx == CTX_LOAD ? BC_LOAD_NAME : ctx == CTX_STORE ? BC_STORE_NAME : BC_DELETE_NAME, ni);
}

/* ---- units ---- */
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void add_varname(CompileCtx *c, Unit *u, const char *name) {
    if (index_of(u->varnames, u->nvarnames, name) >= 0) return;
    if (u->nvarnames == u->capvarnames) {
        int cap = u->capvarnames ? u->capvarnames * 2 : 16;
        const char **v = arena_alloc(&c->arena, sizeof *v * (size_t)cap);
        if (u->nvarnames) memcpy(v, u->varnames, sizeof *v * (size_t)u->nvarnames);
        u->varnames = v;
        u->capvarnames = cap;
    }
    u->varnames[u->nvarnames++] = name;
}

static void collect_names(CompileCtx *c, Unit *u) {
    Scope *s = u->ste;
    for (int i = 0; i < s->nparams; i++) add_varname(c, u, s->params[i]);
    if (s->kind == SCOPE_FUNCTION)
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_LOCAL) add_varname(c, u, s->syms[i].name);
    u->cellvars = arena_alloc(&c->arena, sizeof(char *) * (size_t)(s->nsyms + 1));
    u->freevars = arena_alloc(&c->arena, sizeof(char *) * (size_t)(s->nsyms + 1));
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SC_CELL) u->cellvars[u->ncellvars++] = sym->name;
        else if (sym->scope == SC_FREE || (sym->flags & DEF_FREE_CLASS)) u->freevars[u->nfreevars++] = sym->name;
    }
    if (s->needs_class_closure) u->cellvars[u->ncellvars++] = "__class__";
    qsort(u->cellvars, (size_t)u->ncellvars, sizeof(char *), cmp_str);
    qsort(u->freevars, (size_t)u->nfreevars, sizeof(char *), cmp_str);
}

static const char *make_qualname(CompileCtx *c, Unit *parent, Scope *s, const char *name) {
    if (!parent || parent->ste->kind == SCOPE_MODULE) return name;
    Scope *ps = parent->ste;
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_CLASS) {
        Symbol *sym = scope_lookup(ps, mangle(c, ps->private_name, name));
        if (sym && sym->scope == SC_GLOBAL_EXPLICIT) return name;
    }
    const char *base = parent->qualname;
    const char *sep = ps->kind == SCOPE_FUNCTION ? ".<locals>." : ".";
    size_t n = strlen(base) + strlen(sep) + strlen(name) + 1;
    char *q = arena_alloc(&c->arena, n);
    snprintf(q, n, "%s%s%s", base, sep, name);
    return q;
}

bool enter_unit(CompileCtx *c, const void *key, const char *name, int lineno) {
    Interp *I = c->I;
    Scope *s = c->u ? scope_child(c->u->ste, key) : c->top;
    if (!s) {
        Loc loc = {lineno, 0, lineno, 0};
        return compile_error(c, &loc, "internal compiler error: no scope for %s", name);
    }
    Unit *u = arena_alloc(&c->arena, sizeof *u);
    u->parent = c->u;
    u->ste = s;
    u->name = name;
    u->qualname = make_qualname(c, c->u, s, name);
    u->firstlineno = lineno;
    u->consts = list_new(I, 0);
    u->names = list_new(I, 0);
    u->names_index = dict_new(I);
    if (!u->consts || !u->names || !u->names_index) {
        XDECREF(I, u->consts);
        XDECREF(I, u->names);
        XDECREF(I, u->names_index);
        return false;
    }
    if (s->kind == SCOPE_FUNCTION) {
        u->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (s->nested) u->flags |= CO_NESTED;
        if (s->generator) u->flags |= CO_GENERATOR;
        if (s->has_varargs) u->flags |= CO_VARARGS;
        if (s->has_varkw) u->flags |= CO_VARKEYWORDS;
        if (s->comprehension && !s->genexp) u->flags |= CO_COMPREHENSION;
    } else if (s->kind == SCOPE_CLASS)
        u->flags |= CO_CLASSBODY;
    if (c->future_annotations) u->flags |= CO_FUTURE_ANNOTATIONS;
    collect_names(c, u);
    u->loc = (CodePos){lineno, lineno, -1, -1, -1, -1};
    c->u = u;
    return true;
}

static void free_unit(Interp *I, Unit *u) {
    mem_free(u->instrs);
    mem_free(u->labels);
    XDECREF(I, u->consts);
    XDECREF(I, u->names);
    XDECREF(I, u->names_index);
    XDECREF(I, u->doc);
    XDECREF(I, u->static_attrs);
}

Obj *leave_unit(CompileCtx *c) {
    Unit *u = c->u;
    Obj *code = c->failed ? NULL : assemble(c, u);
    free_unit(c->I, u);
    c->u = u->parent;
    return code;
}

/* ---- fblocks ---- */
bool push_fblock(CompileCtx *c, FBlockKind kind, int l_cont, int l_exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        Loc loc = {u->loc.line, u->loc.col, u->loc.end_line, u->loc.end_col};
        return compile_error(c, &loc, "too many statically nested blocks");
    }
    u->fblocks[u->nfblocks++] = (FBlock){kind, l_cont, l_exit, datum};
    return true;
}

void pop_fblock(CompileCtx *c) { c->u->nfblocks--; }

static bool store_none_and_delete(CompileCtx *c, const char *name) {
    return emit_none(c) && compile_nameop(c, name, CTX_STORE) && compile_nameop(c, name, CTX_DEL);
}

static bool call_exit_none(CompileCtx *c) {
    return emit_none(c) && emit_none(c) && emit_none(c) && emit(c, BC_CALL, 3) && emit(c, BC_POP_TOP, 0);
}

/* Emit what leaving fblock fb early needs (return/break/continue). preserve_tos: the value
 * to return is on top of the stack and must stay there. */
static bool unwind_fblock(CompileCtx *c, FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE: return true;
    case FB_FOR:
    case FB_POP_VALUE:
        return (!preserve_tos || emit(c, BC_ROT_TWO, 0)) && emit(c, BC_POP_TOP, 0);
    case FB_TRY_EXCEPT: return emit(c, BC_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        if (!emit(c, BC_POP_BLOCK, 0)) return false;
        return compile_body(c, (StmtSeq *)fb->datum);
    }
    case FB_FINALLY_END:
        if (!emit(c, BC_POP_BLOCK, 0)) return false;
        if (preserve_tos)
            return emit(c, BC_ROT_TWO, 0) && emit(c, BC_POP_TOP, 0) && emit(c, BC_ROT_TWO, 0) &&
                   emit(c, BC_POP_EXCEPT, 0);
        return emit(c, BC_POP_TOP, 0) && emit(c, BC_POP_EXCEPT, 0);
    case FB_HANDLER:
        return emit(c, BC_POP_BLOCK, 0) && (!preserve_tos || emit(c, BC_ROT_TWO, 0)) &&
               emit(c, BC_POP_EXCEPT, 0);
    case FB_HANDLER_NAMED:
        return emit(c, BC_POP_BLOCK, 0) && store_none_and_delete(c, (const char *)fb->datum);
    case FB_WITH: {
        CodePos saved = c->u->loc;
        if (fb->datum) set_loc(c, (const Loc *)fb->datum);
        bool ok = emit(c, BC_POP_BLOCK, 0) && (!preserve_tos || emit(c, BC_ROT_TWO, 0)) && call_exit_none(c);
        c->u->loc = saved;
        return ok;
    }
    }
    return true;
}

/* Unwind every fblock up to (not including) the innermost loop, or all if loop is NULL. */
static bool unwind_fblock_stack(CompileCtx *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->kind == FB_WHILE || top->kind == FB_FOR)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

/* ---- statements ---- */
bool compile_body(CompileCtx *c, StmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        if (!compile_stmt(c, body->items[i])) return false;
    return true;
}

static bool is_const_true(Expr *e) {
    if (e->kind != EXPR_CONSTANT) return false;
    Constant *k = &e->v.constant;
    if (k->kind == CONST_TRUE) return true;
    if (k->kind == CONST_INT) {
        for (const char *p = k->i.digits; *p; p++)
            if (*p != '0') return true;
    }
    return false;
}

static bool compile_if(CompileCtx *c, Stmt *s) {
    int l_else = new_label(c), l_end = new_label(c);
    if (!compile_jump_if(c, s->v.if_.test, l_else, false) || !compile_body(c, &s->v.if_.body))
        return false;
    if (s->v.if_.orelse.n) {
        if (!emit_jump(c, BC_JUMP, l_end)) return false;
        use_label(c, l_else);
        if (!compile_body(c, &s->v.if_.orelse)) return false;
    } else
        use_label(c, l_else);
    use_label(c, l_end);
    return true;
}

static bool compile_while(CompileCtx *c, Stmt *s) {
    int l_start = new_label(c), l_else = new_label(c), l_end = new_label(c);
    use_label(c, l_start);
    if (!is_const_true(s->v.while_.test) && !compile_jump_if(c, s->v.while_.test, l_else, false))
        return false;
    if (!push_fblock(c, FB_WHILE, l_start, l_end, NULL)) return false;
    if (!compile_body(c, &s->v.while_.body)) return false;
    pop_fblock(c);
    set_loc(c, &s->loc);
    if (!emit_jump(c, BC_JUMP, l_start)) return false;
    use_label(c, l_else);
    if (!compile_body(c, &s->v.while_.orelse)) return false;
    use_label(c, l_end);
    return true;
}

void set_loc_iteration(CompileCtx *c, Expr *it) {
    if (!c->I->prof->for_error_at_iterable) return;
    set_loc(c, &it->loc);
    if (it->kind == EXPR_CALL && it->v.call.func->end_lineno == it->lineno)
        c->u->loc.anchor_lo = it->v.call.func->end_col_offset;
}

static bool compile_for(CompileCtx *c, Stmt *s) {
    int l_start = new_label(c), l_cleanup = new_label(c), l_end = new_label(c);
    if (!compile_expr(c, s->v.for_.iter) || !emit(c, BC_GET_ITER, 0)) return false;
    use_label(c, l_start);
    set_loc_iteration(c, s->v.for_.iter);
    if (!emit_jump(c, BC_FOR_ITER, l_cleanup)) return false;
    set_loc(c, &s->loc);
    if (!push_fblock(c, FB_FOR, l_start, l_end, NULL)) return false;
    if (!compile_store(c, s->v.for_.target) || !compile_body(c, &s->v.for_.body)) return false;
    pop_fblock(c);
    set_loc(c, &s->loc);
    if (!emit_jump(c, BC_JUMP, l_start)) return false;
    use_label(c, l_cleanup);
    if (!compile_body(c, &s->v.for_.orelse)) return false;
    use_label(c, l_end);
    return true;
}

static bool compile_return(CompileCtx *c, Stmt *s) {
    Expr *v = s->v.return_.value;
    if (v) {
        if (!compile_expr(c, v)) return false;
    } else if (!emit_none(c))
        return false;
    set_loc(c, &s->loc);
    if (!unwind_fblock_stack(c, true, NULL)) return false;
    set_loc(c, &s->loc);
    return emit(c, BC_RETURN_VALUE, 0);
}

static bool compile_break_continue(CompileCtx *c, Stmt *s, bool is_break) {
    FBlock *loop = NULL;
    if (!is_break && !c->I->prof->continue_in_finally) /* before 3.8 (bpo-32489) */
        for (int i = c->u->nfblocks - 1; i >= 0; i--) {
            FBlockKind k = c->u->fblocks[i].kind;
            if (k == FB_WHILE || k == FB_FOR) break;
            if (k == FB_FINALLY_END) return compile_error(c, &s->loc, "'continue' not supported inside 'finally' clause");
        }
    if (!unwind_fblock_stack(c, false, &loop)) return false;
    if (!loop)
        return compile_error(c, &s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    set_loc(c, &s->loc);
    if (is_break) {
        if (!unwind_fblock(c, loop, false)) return false;
        return emit_jump(c, BC_JUMP, loop->label_exit);
    }
    return emit_jump(c, BC_JUMP, loop->label_continue);
}

/* The handler that restores the previously handled exception and re-raises (stack: prev exc). */
static bool emit_cleanup_reraise(CompileCtx *c) {
    return emit(c, BC_ROT_TWO, 0) && emit(c, BC_POP_EXCEPT, 0) && emit(c, BC_RERAISE, 0);
}

static bool compile_handler(CompileCtx *c, ExceptHandler *h, int l_end) {
    set_loc(c, &h->loc);
    int l_next = new_label(c);
    if (h->type) {
        if (!compile_expr(c, h->type)) return false;
        set_loc(c, &h->loc);
        if (!emit(c, BC_CHECK_EXC_MATCH, 0) || !emit_jump(c, BC_POP_JUMP_IF_FALSE, l_next)) return false;
    }
    if (h->name) {
        int l_clean = new_label(c);
        if (!compile_nameop(c, h->name, CTX_STORE)) return false;
        if (!emit_jump(c, BC_SETUP_FINALLY, l_clean)) return false;
        if (!push_fblock(c, FB_HANDLER, -1, -1, NULL)) return false;
        if (!push_fblock(c, FB_HANDLER_NAMED, -1, -1, h->name)) return false;
        if (!compile_body(c, &h->body)) return false;
        pop_fblock(c);
        pop_fblock(c);
        set_loc(c, &h->loc);
        if (!emit(c, BC_POP_BLOCK, 0) || !store_none_and_delete(c, h->name)) return false;
        if (!emit(c, BC_POP_BLOCK, 0) || !emit(c, BC_POP_EXCEPT, 0) || !emit_jump(c, BC_JUMP, l_end))
            return false;
        use_label(c, l_clean);
        if (!store_none_and_delete(c, h->name) || !emit(c, BC_RERAISE, 0)) return false;
    } else {
        if (!emit(c, BC_POP_TOP, 0)) return false;
        if (!push_fblock(c, FB_HANDLER, -1, -1, NULL)) return false;
        if (!compile_body(c, &h->body)) return false;
        pop_fblock(c);
        set_loc(c, &h->loc);
        if (!emit(c, BC_POP_BLOCK, 0) || !emit(c, BC_POP_EXCEPT, 0) || !emit_jump(c, BC_JUMP, l_end))
            return false;
    }
    use_label(c, l_next);
    return true;
}

static bool compile_try_except(CompileCtx *c, Stmt *s) {
    int l_except = new_label(c), l_cleanup = new_label(c), l_end = new_label(c);
    if (!emit_jump(c, BC_SETUP_FINALLY, l_except)) return false;
    if (!push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL)) return false;
    if (!compile_body(c, &s->v.try_.body)) return false;
    pop_fblock(c);
    set_loc(c, &s->loc);
    if (!emit(c, BC_POP_BLOCK, 0)) return false;
    if (!compile_body(c, &s->v.try_.orelse)) return false;
    if (!emit_jump(c, BC_JUMP, l_end)) return false;
    use_label(c, l_except);
    ExceptHandler *h0 = s->v.try_.handlers.items[0];
    set_loc(c, &h0->loc);
    if (!emit(c, BC_PUSH_EXC_INFO, 0) || !emit_jump(c, BC_SETUP_CLEANUP, l_cleanup)) return false;
    for (int i = 0; i < s->v.try_.handlers.n; i++) {
        ExceptHandler *h = s->v.try_.handlers.items[i];
        if (!h->type && i + 1 < s->v.try_.handlers.n)
            return compile_error(c, &h->loc, "default 'except:' must be last");
        if (!compile_handler(c, h, l_end)) return false;
    }
    if (!emit(c, BC_RERAISE, 0)) return false;
    use_label(c, l_cleanup);
    if (!emit_cleanup_reraise(c)) return false;
    use_label(c, l_end);
    return true;
}

static bool compile_try_finally(CompileCtx *c, Stmt *s) {
    int l_fin = new_label(c), l_cleanup = new_label(c), l_end = new_label(c);
    StmtSeq *fin = &s->v.try_.finalbody;
    if (!emit_jump(c, BC_SETUP_FINALLY, l_fin)) return false;
    if (!push_fblock(c, FB_FINALLY_TRY, -1, -1, fin)) return false;
    bool ok = s->v.try_.handlers.n ? compile_try_except(c, s) : compile_body(c, &s->v.try_.body);
    if (!ok) return false;
    pop_fblock(c);
    if (!emit(c, BC_POP_BLOCK, 0) || !compile_body(c, fin) || !emit_jump(c, BC_JUMP, l_end)) return false;
    use_label(c, l_fin);
    if (!emit(c, BC_PUSH_EXC_INFO, 0) || !emit_jump(c, BC_SETUP_CLEANUP, l_cleanup)) return false;
    if (!push_fblock(c, FB_FINALLY_END, -1, -1, NULL)) return false;
    if (!compile_body(c, fin)) return false;
    pop_fblock(c);
    if (!emit(c, BC_RERAISE, 0)) return false;
    use_label(c, l_cleanup);
    if (!emit_cleanup_reraise(c)) return false;
    use_label(c, l_end);
    return true;
}

/* Where __exit__ is called, as tracebacks show it: 3.13 at the item's context expression,
 * 3.10-3.12 at the with statement, before (NULL) at the last line compiled in the body. */
static const Loc *with_exit_loc(CompileCtx *c, Stmt *s, WithItem *w) {
    if (c->I->prof->with_exit_at_item) return &w->context_expr->loc;
    if (c->I->prof->with_exit_at_stmt) return &s->loc;
    return NULL;
}

static bool compile_with(CompileCtx *c, Stmt *s, int item) {
    WithItem *w = s->v.with.items.items[item];
    const Loc *exit_loc = with_exit_loc(c, s, w);
    int l_exc = new_label(c), l_cleanup = new_label(c), l_suppress = new_label(c), l_end = new_label(c);
    if (!compile_expr(c, w->context_expr)) return false;
    set_loc(c, &s->loc);
    if (!emit(c, BC_BEFORE_WITH, 0) || !emit_jump(c, BC_SETUP_CLEANUP, l_exc)) return false;
    if (w->optional_vars) {
        if (!compile_store(c, w->optional_vars)) return false;
    } else if (!emit(c, BC_POP_TOP, 0))
        return false;
    if (!push_fblock(c, FB_WITH, -1, -1, exit_loc)) return false;
    bool ok = item + 1 < s->v.with.items.n ? compile_with(c, s, item + 1) : compile_body(c, &s->v.with.body);
    if (!ok) return false;
    pop_fblock(c);
    if (exit_loc) set_loc(c, exit_loc);
    if (!emit(c, BC_POP_BLOCK, 0) || !call_exit_none(c) || !emit_jump(c, BC_JUMP, l_end)) return false;
    use_label(c, l_exc);
    if (!emit(c, BC_PUSH_EXC_INFO, 0) || !emit_jump(c, BC_SETUP_CLEANUP, l_cleanup)) return false;
    if (!emit(c, BC_WITH_EXCEPT_START, 0) || !emit_jump(c, BC_POP_JUMP_IF_TRUE, l_suppress)) return false;
    if (!emit(c, BC_RERAISE, 0)) return false;
    use_label(c, l_suppress);
    if (!emit(c, BC_POP_TOP, 0) || !emit(c, BC_POP_BLOCK, 0) || !emit(c, BC_POP_EXCEPT, 0) ||
        !emit(c, BC_POP_TOP, 0) || !emit_jump(c, BC_JUMP, l_end))
        return false;
    use_label(c, l_cleanup);
    if (!emit_cleanup_reraise(c)) return false;
    use_label(c, l_end);
    return true;
}

static bool compile_raise(CompileCtx *c, Stmt *s) {
    int n = 0;
    if (s->v.raise.exc) {
        if (!compile_expr(c, s->v.raise.exc)) return false;
        n = 1;
        if (s->v.raise.cause) {
            if (!compile_expr(c, s->v.raise.cause)) return false;
            n = 2;
        }
    }
    set_loc(c, &s->loc);
    return emit(c, BC_RAISE_VARARGS, n);
}

static bool compile_assert(CompileCtx *c, Stmt *s) {
    Expr *test = s->v.assert_.test;
    /* assert (x, "msg"): a non-empty tuple is always true */
    if (test->kind == EXPR_TUPLE && test->v.tuple.elts.n > 0 &&
        !compile_warning(c, &s->loc, "assertion is always true, perhaps remove parentheses?"))
        return false;
    int l_end = new_label(c);
    if (!compile_jump_if(c, s->v.assert_.test, l_end, true)) return false;
    /* where the raise is reported: 3.11 the test (with a message), 3.12 the statement,
     * 3.13 the test */
    const Profile *p = c->I->prof;
    bool at_test = p->assert_error_at_test || (p->assert_msg_error_at_test && s->v.assert_.msg);
    const Loc *where = at_test ? &s->v.assert_.test->loc : &s->loc;
    set_loc(c, where);
    if (!emit(c, BC_LOAD_ASSERTION_ERROR, 0)) return false;
    if (s->v.assert_.msg) {
        if (!compile_expr(c, s->v.assert_.msg)) return false;
        set_loc(c, where);
        if (!emit(c, BC_CALL, 1)) return false;
    }
    if (!emit(c, BC_RAISE_VARARGS, 1)) return false;
    use_label(c, l_end);
    return true;
}

static bool emit_import_name(CompileCtx *c, const char *name, int level, Obj *fromlist) {
    if (!emit_load_const(c, int_from_i64(c->I, level)) || !emit_load_const(c, fromlist)) return false;
    int ni = add_name(c, name);
    return ni >= 0 && emit(c, BC_IMPORT_NAME, ni);
}

static bool compile_import(CompileCtx *c, Stmt *s) {
    for (int i = 0; i < s->v.import.names.n; i++) {
        Alias *a = s->v.import.names.items[i];
        if (!emit_import_name(c, a->name, 0, NEWREF(c->I->none))) return false;
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            /* import a.b.c as d: walk the attributes from the top package */
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                const char *part = dot ? arena_strndup(&c->arena, start, (size_t)(dot - start)) : start;
                int ni = add_name(c, part);
                if (ni < 0 || !emit(c, BC_IMPORT_FROM, ni) || !emit(c, BC_ROT_TWO, 0) || !emit(c, BC_POP_TOP, 0))
                    return false;
            }
            if (!compile_nameop(c, a->asname, CTX_STORE)) return false;
        } else {
            const char *store = dot ? arena_strndup(&c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!compile_nameop(c, store, CTX_STORE)) return false;
        }
    }
    return true;
}

static bool compile_import_from(CompileCtx *c, Stmt *s) {
    Interp *I = c->I;
    const char *mod = s->v.import_from.module ? s->v.import_from.module : "";
    if (strcmp(mod, "__future__") == 0) return true; /* features were handled before compiling */
    AliasSeq *names = &s->v.import_from.names;
    Obj *fromlist = tuple_new(I, names->n);
    if (!fromlist) return false;
    for (int i = 0; i < names->n; i++) TUPLE_SET(fromlist, i, str_from_cstr(I, names->items[i]->name));
    if (!emit_import_name(c, mod, s->v.import_from.level, fromlist)) return false;
    if (names->n == 1 && strcmp(names->items[0]->name, "*") == 0) return emit(c, BC_IMPORT_STAR, 0);
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        int ni = add_name(c, a->name);
        if (ni < 0 || !emit(c, BC_IMPORT_FROM, ni)) return false;
        if (!compile_nameop(c, a->asname ? a->asname : a->name, CTX_STORE)) return false;
    }
    set_loc(c, &s->loc);
    return emit(c, BC_POP_TOP, 0);
}

static bool compile_aug_assign(CompileCtx *c, Stmt *s) {
    Expr *t = s->v.aug_assign.target;
    int op = (int)s->v.aug_assign.op;
    static const int opmap[] = {
        [OP_ADD] = BINOP_ADD, [OP_SUB] = BINOP_SUB, [OP_MULT] = BINOP_MUL, [OP_MATMULT] = BINOP_MATMUL,
        [OP_DIV] = BINOP_TRUEDIV, [OP_MOD] = BINOP_MOD, [OP_POW] = BINOP_POW, [OP_LSHIFT] = BINOP_LSHIFT,
        [OP_RSHIFT] = BINOP_RSHIFT, [OP_BITOR] = BINOP_OR, [OP_BITXOR] = BINOP_XOR,
        [OP_BITAND] = BINOP_AND, [OP_FLOORDIV] = BINOP_FLOORDIV};
    int binop = opmap[op] | BINOP_INPLACE;
    switch (t->kind) {
    case EXPR_NAME:
        set_loc(c, &t->loc);
        if (!compile_nameop(c, t->v.name.id, CTX_LOAD) || !compile_expr(c, s->v.aug_assign.value)) return false;
        set_loc(c, &s->loc);
        if (!emit(c, BC_BINARY_OP, binop)) return false;
        set_loc(c, &t->loc);
        return compile_nameop(c, t->v.name.id, CTX_STORE);
    case EXPR_ATTRIBUTE: {
        int ni = add_name(c, mangle(c, c->u->ste->private_name, t->v.attribute.attr));
        if (ni < 0 || !compile_expr(c, t->v.attribute.value)) return false;
        set_loc(c, &t->loc);
        if (!emit(c, BC_DUP_TOP, 0) || !emit(c, BC_LOAD_ATTR, ni)) return false;
        if (!compile_expr(c, s->v.aug_assign.value)) return false;
        set_loc(c, &s->loc);
        if (!emit(c, BC_BINARY_OP, binop)) return false;
        set_loc(c, &t->loc);
        return emit(c, BC_ROT_TWO, 0) && emit(c, BC_STORE_ATTR, ni);
    }
    case EXPR_SUBSCRIPT:
        if (!compile_expr(c, t->v.subscript.value) || !compile_expr(c, t->v.subscript.slice)) return false;
        set_loc(c, &t->loc);
        if (!emit(c, BC_DUP_TOP_TWO, 0) || !emit(c, BC_BINARY_SUBSCR, 0)) return false;
        if (!compile_expr(c, s->v.aug_assign.value)) return false;
        set_loc(c, &s->loc);
        if (!emit(c, BC_BINARY_OP, binop)) return false;
        set_loc(c, &t->loc);
        return emit(c, BC_ROT_THREE, 0) && emit(c, BC_STORE_SUBSCR, 0);
    default:
        return compile_error(c, &t->loc, "'%s' is an illegal expression for augmented assignment", "expression");
    }
}

static bool compile_ann_assign(CompileCtx *c, Stmt *s) {
    Expr *t = s->v.ann_assign.target;
    if (s->v.ann_assign.value) {
        if (!compile_expr(c, s->v.ann_assign.value) || !compile_store(c, t)) return false;
    }
    set_loc(c, &s->loc);
    Scope *sc = c->u->ste;
    if (t->kind == EXPR_NAME && s->v.ann_assign.simple && sc->kind != SCOPE_FUNCTION) {
        if (!compile_annotation(c, s->v.ann_assign.annotation)) return false;
        int ni = add_name(c, "__annotations__");
        const char *name = mangle(c, sc->private_name, t->v.name.id);
        return ni >= 0 && emit(c, sc->kind == SCOPE_MODULE && 0 ? BC_LOAD_GLOBAL : BC_LOAD_NAME, ni) &&
               emit_load_const(c, str_from_cstr(c->I, name)) && emit(c, BC_STORE_SUBSCR, 0);
    }
    if (t->kind != EXPR_NAME && sc->kind != SCOPE_FUNCTION && !c->future_annotations) {
        if (!compile_expr(c, s->v.ann_assign.annotation)) return false;
        return emit(c, BC_POP_TOP, 0);
    }
    return true;
}

static bool compile_expr_stmt(CompileCtx *c, Stmt *s) {
    Expr *v = s->v.expr.value;
    if (c->interactive && c->u->ste->kind == SCOPE_MODULE) {
        if (!compile_expr(c, v)) return false;
        set_loc(c, &s->loc);
        return emit(c, BC_PRINT_EXPR, 0);
    }
    if (v->kind == EXPR_CONSTANT) return true; /* a docstring-like statement does nothing */
    if (!compile_expr(c, v)) return false;
    set_loc(c, &s->loc);
    return emit(c, BC_POP_TOP, 0);
}

bool compile_stmt(CompileCtx *c, Stmt *s) {
    set_loc(c, &s->loc);
    switch (s->kind) {
    case STMT_FUNCTION_DEF: {
        extern bool compile_function_def(CompileCtx *c, Stmt *s);
        return compile_function_def(c, s);
    }
    case STMT_CLASS_DEF: {
        extern bool compile_class_def(CompileCtx *c, Stmt *s);
        return compile_class_def(c, s);
    }
    case STMT_RETURN: return compile_return(c, s);
    case STMT_DELETE:
        for (int i = 0; i < s->v.delete_.targets.n; i++)
            if (!compile_delete(c, s->v.delete_.targets.items[i])) return false;
        return true;
    case STMT_ASSIGN: {
        ExprSeq *ts = &s->v.assign.targets;
        if (!compile_expr(c, s->v.assign.value)) return false;
        for (int i = 0; i < ts->n; i++) {
            set_loc(c, &s->loc);
            if (i + 1 < ts->n && !emit(c, BC_DUP_TOP, 0)) return false;
            if (!compile_store(c, ts->items[i])) return false;
        }
        return true;
    }
    case STMT_AUG_ASSIGN: return compile_aug_assign(c, s);
    case STMT_ANN_ASSIGN: return compile_ann_assign(c, s);
    case STMT_FOR: return compile_for(c, s);
    case STMT_WHILE: return compile_while(c, s);
    case STMT_IF: return compile_if(c, s);
    case STMT_WITH: return compile_with(c, s, 0);
    case STMT_RAISE: return compile_raise(c, s);
    case STMT_TRY:
        if (s->v.try_.finalbody.n) return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case STMT_ASSERT: return compile_assert(c, s);
    case STMT_IMPORT: return compile_import(c, s);
    case STMT_IMPORT_FROM: return compile_import_from(c, s);
    case STMT_GLOBAL: case STMT_NONLOCAL: case STMT_PASS: return true;
    case STMT_EXPR: return compile_expr_stmt(c, s);
    case STMT_BREAK: return compile_break_continue(c, s, true);
    case STMT_CONTINUE: return compile_break_continue(c, s, false);
    }
    return true;
}

/* ---- modules ---- */
static bool find_ann(StmtSeq *body) {
    for (int i = 0; i < body->n; i++) {
        Stmt *s = body->items[i];
        switch (s->kind) {
        case STMT_ANN_ASSIGN: return true;
        case STMT_FOR: if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse)) return true; break;
        case STMT_WHILE: if (find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse)) return true; break;
        case STMT_IF: if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse)) return true; break;
        case STMT_WITH: if (find_ann(&s->v.with.body)) return true; break;
        case STMT_TRY:
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) || find_ann(&s->v.try_.finalbody))
                return true;
            for (int j = 0; j < s->v.try_.handlers.n; j++)
                if (find_ann(&s->v.try_.handlers.items[j]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

Obj *docstring_of(CompileCtx *c, StmtSeq *body);
Obj *docstring_of(CompileCtx *c, StmtSeq *body) {
    if (body->n == 0 || body->items[0]->kind != STMT_EXPR) return NULL;
    Expr *e = body->items[0]->v.expr.value;
    if (e->kind != EXPR_CONSTANT || e->v.constant.kind != CONST_STR) return NULL;
    return constant_value(c, &e->v.constant);
}

bool compile_setup_annotations(CompileCtx *c, StmtSeq *body);
bool compile_setup_annotations(CompileCtx *c, StmtSeq *body) {
    return !find_ann(body) || emit(c, BC_SETUP_ANNOTATIONS, 0);
}

/* from __future__ import ... : only at the top (after the docstring). */
static bool check_future(CompileCtx *c, Module *m) {
    if (m->kind == MOD_EXPRESSION) return true;
    bool at_top = true;
    for (int i = 0; i < m->body.n; i++) {
        Stmt *s = m->body.items[i];
        bool is_future = s->kind == STMT_IMPORT_FROM && s->v.import_from.module &&
                         strcmp(s->v.import_from.module, "__future__") == 0;
        if (i == 0 && s->kind == STMT_EXPR && s->v.expr.value->kind == EXPR_CONSTANT &&
            s->v.expr.value->v.constant.kind == CONST_STR)
            continue;
        if (!is_future) {
            at_top = false;
            continue;
        }
        Loc point = {s->lineno, s->col_offset, s->lineno, s->col_offset}; /* a single caret */
        if (!at_top)
            return compile_error(c, &s->loc, "from __future__ imports must occur at the beginning of the file");
        static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                            "with_statement", "print_function", "unicode_literals",
                                            "barry_as_FLUFL", "generator_stop", "annotations"};
        for (int j = 0; j < s->v.import_from.names.n; j++) {
            const char *f = s->v.import_from.names.items[j]->name;
            bool ok = false;
            for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
                if (strcmp(f, known[k]) == 0) ok = true;
            if (strcmp(f, "braces") == 0) return compile_error(c, &point, "not a chance");
            if (!ok) return compile_error(c, &point, "future feature %s is not defined", f);
            if (strcmp(f, "annotations") == 0) c->future_annotations = true;
        }
    }
    return true;
}

static bool compile_module_body(CompileCtx *c, Module *m) {
    if (m->kind == MOD_EXPRESSION) {
        if (!compile_expr(c, m->expr)) return false;
        return emit(c, BC_RETURN_VALUE, 0);
    }
    if (!compile_setup_annotations(c, &m->body)) return false;
    int start = 0;
    Obj *doc = c->interactive ? NULL : docstring_of(c, &m->body);
    if (doc) {
        set_loc(c, &m->body.items[0]->loc);
        if (!emit_load_const(c, doc)) return false;
        int ni = add_name(c, "__doc__");
        if (ni < 0 || !emit(c, BC_STORE_NAME, ni)) return false;
        start = 1;
    }
    for (int i = start; i < m->body.n; i++)
        if (!compile_stmt(c, m->body.items[i])) return false;
    if (m->body.n) {
        Stmt *last = m->body.items[m->body.n - 1];
        c->u->loc = (CodePos){last->end_lineno, last->end_lineno, -1, -1, -1, -1};
    }
    int none = add_const(c, NEWREF(c->I->none));
    return none >= 0 && emit(c, BC_RETURN_CONST, none);
}

Obj *compile_ast(Interp *I, Module *m, const char *filename, const char *diag_filename, const char *src,
                 size_t len, int mode, int flags, int source_id) {
    CompileCtx c = {0};
    c.I = I;
    arena_init(&c.arena);
    c.filename = filename;
    c.diag_filename = diag_filename;
    c.src = src;
    c.srclen = len;
    c.mode = mode & 0xFF;
    c.flags = flags;
    c.source_id = source_id;
    c.interactive = m->kind == MOD_INTERACTIVE;
    c.future_annotations = (flags & CO_FUTURE_ANNOTATIONS) != 0;
    c.const_cache = list_new(I, 0);
    Obj *code = NULL;
    if (c.const_cache && check_future(&c, m) && symtable_build(&c, m) &&
        enter_unit(&c, m, "<module>", 1)) {
        if (c.interactive) c.u->flags |= CO_INTERACTIVE;
        compile_module_body(&c, m);
        code = leave_unit(&c);
    }
    while (c.u) {
        Unit *u = c.u;
        free_unit(I, u);
        c.u = u->parent;
    }
    XDECREF(I, c.const_cache);
    arena_free(&c.arena);
    if (!code && !err_occurred(I)) err_string(I, I->e_SystemError, "compiler failed");
    return code;
}
