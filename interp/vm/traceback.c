/* traceback.c: traceback objects and the printing of uncaught exceptions exactly as CPython of
 * the profile prints them: frames, source lines, 3.11+ carets, chained exceptions, SyntaxError's
 * form, and the "Did you mean" suggestions. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "compile/opcode.h"
#include "vm/errors.h"
#include "vm/run.h"
#include "vm/vm.h"
#include "vm/vm_int.h"

/* ---- traceback objects ---- */
typedef struct TbObj {
    TracebackObj tb;
    Obj *globals, *builtins, *locals; /* for NameError suggestions (innermost entry only) */
    Obj *frame;                       /* tb_frame: the frame object, or NULL */
} TbObj;

Obj *traceback_new(Interp *I, Obj *next, Obj *code, int lasti, int lineno) {
    TbObj *t = (TbObj *)obj_alloc(I, I->t_traceback, 0);
    if (!t) return NULL;
    t->tb.next = next ? NEWREF(next) : NULL;
    t->tb.code = NEWREF(code);
    t->tb.lasti = lasti;
    t->tb.lineno = lineno;
    gc_track(I, OBJ(t));
    return OBJ(t);
}

/* Is this error leaving an inlined comprehension into its function at RUN_COMPREHENSION? 3.12+
 * CPython has one frame for both, so the comprehension's entry (code, instruction, line) is
 * the function's entry too. */
static bool from_inlined_comprehension(Interp *I, Frame *f, Obj *old) {
    if (!I->prof->inline_comprehensions || !old || f->lasti < 0 || f->lasti >= f->code->ncode) return false;
    if (WORD_OP(f->code->code[f->lasti]) != BC_RUN_COMPREHENSION) return false;
    return (CODE(((TracebackObj *)old)->code)->flags & CO_COMPREHENSION) != 0;
}

void vm_traceback_here(Interp *I, Frame *f, Obj *exc) {
    Obj *old = exc_get_traceback(exc);
    if (from_inlined_comprehension(I, f, old)) return;
    Obj *tb = traceback_new(I, old, OBJ(f->code), f->lasti, frame_lineno(f));
    if (!tb) return;
    ((TbObj *)tb)->globals = f->globals ? NEWREF(f->globals) : NULL;
    Obj *fo = frameobj_of(I, f);
    if (fo) ((TbObj *)tb)->frame = NEWREF(fo);
    else err_restore(I, NEWREF(exc)); /* no memory for it: the exception in flight stays */
    if (!old && I->prof->did_you_mean && exc_matches(I, exc, I->e_NameError)) {
        TbObj *t = (TbObj *)tb;
        t->builtins = f->builtins ? NEWREF(f->builtins) : NULL;
        Obj *saved = err_fetch(I);
        t->locals = frame_locals_dict(I, f);
        if (!t->locals) err_clear(I);
        err_restore(I, saved);
    }
    exc_set_traceback(I, exc, tb);
    DECREF(I, tb);
}

static void tb_dealloc(Interp *I, Obj *o) {
    TbObj *t = (TbObj *)o;
    gc_untrack(I, o);
    CLEAR(I, t->tb.next);
    CLEAR(I, t->tb.code);
    CLEAR(I, t->globals);
    CLEAR(I, t->builtins);
    CLEAR(I, t->locals);
    CLEAR(I, t->frame);
    obj_free(I, o);
}

static int tb_traverse(Obj *o, VisitFn visit, void *arg) {
    TbObj *t = (TbObj *)o;
    VISIT(t->tb.next);
    VISIT(t->tb.code);
    VISIT(t->globals);
    VISIT(t->builtins);
    VISIT(t->locals);
    VISIT(t->frame);
    return 0;
}

static Obj *tb_get_next(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj *n = ((TbObj *)o)->tb.next;
    return NEWREF(n ? n : I->none);
}

/* CPython's tb_lasti is a byte offset of 2-byte code units: instruction index * 2; inside an
 * inlined comprehension, counted in its function's code (code_inlined_base, co_positions). */
static Obj *tb_get_lasti(Interp *I, Obj *o, void *c) {
    (void)c;
    TbObj *t = (TbObj *)o;
    int64_t lasti = t->tb.lasti;
    if (t->frame && frameobj_code(t->frame) != t->tb.code) {
        int base = code_inlined_base(CODE(frameobj_code(t->frame)), CODE(t->tb.code));
        if (base >= 0) lasti += base;
    }
    return int_from_i64(I, lasti * 2);
}

static Obj *tb_get_frame(Interp *I, Obj *o, void *c) {
    (void)c;
    Obj *f = ((TbObj *)o)->frame;
    return NEWREF(f ? f : I->none);
}

/* tb_next is writable from 3.7 (None or a traceback, no loops), as tb_next_set. */
static int tb_set_next(Interp *I, Obj *o, Obj *v, void *c) {
    (void)c;
    if (!I->prof->tb_next_writable) {
        err_string(I, I->e_AttributeError, "readonly attribute"); /* a READONLY member before 3.7 */
        return -1;
    }
    if (!v) {
        err_string(I, I->e_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == I->none) {
        v = NULL;
    } else if (TYPE(v) != I->t_traceback) {
        err_format(I, I->e_TypeError, "expected traceback object, got '%s'", TYPE(v)->name);
        return -1;
    }
    for (Obj *cur = v; cur; cur = ((TbObj *)cur)->tb.next) {
        if (cur == o) {
            err_string(I, I->e_ValueError, "traceback loop detected");
            return -1;
        }
    }
    Obj *old = ((TbObj *)o)->tb.next;
    ((TbObj *)o)->tb.next = v ? NEWREF(v) : NULL;
    XDECREF(I, old);
    return 0;
}

static const MemberDef tb_members[] = {
    {"tb_lineno", MEMBER_INT, offsetof(TracebackObj, lineno), true, NULL},
    {NULL, 0, 0, false, NULL},
};
static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

const TypeObj traceback_tmpl = {
    .name = "traceback",
    .basicsize = sizeof(TbObj),
    .flags = TPF_HAVE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .members = tb_members,
    .getset = tb_getset,
};

/* ---- source lines ---- */
int vm_register_source(Interp *I, const char *filename, const char *src, size_t len, bool toplevel) {
    VmState *vm = I->vm;
    if (!vm) return -1;
    size_t fl = strlen(filename);
    bool pseudo = fl >= 2 && filename[0] == '<' && filename[fl - 1] == '>';
    if (pseudo && !(toplevel && I->prof->source_for_stdin)) return -1;
    int id = -1;
    if (!pseudo) /* a file compiled again replaces its text, as linecache would */
        for (int i = 0; i < vm->nsrcs; i++)
            if (strcmp(vm->srcs[i].filename, filename) == 0) id = i;
    char *text = malloc(len + 1);
    if (!text) return -1;
    memcpy(text, src, len);
    text[len] = 0;
    if (id >= 0) {
        free(vm->srcs[id].text);
        vm->srcs[id].text = text;
        vm->srcs[id].len = len;
        return id;
    }
    if (vm->nsrcs == vm->capsrcs) {
        int cap = vm->capsrcs ? vm->capsrcs * 2 : 8;
        struct VmSource *v = realloc(vm->srcs, sizeof *v * (size_t)cap);
        if (!v) {
            free(text);
            return -1;
        }
        vm->srcs = v;
        vm->capsrcs = cap;
    }
    char *fn = malloc(fl + 1);
    if (!fn) {
        free(text);
        return -1;
    }
    memcpy(fn, filename, fl + 1);
    vm->srcs[vm->nsrcs] = (struct VmSource){fn, text, len};
    return vm->nsrcs++;
}

/* Line `lineno` of the code's source (UTF-8, without newline) into buf; false if unknown. */
static bool source_line(Interp *I, CodeObj *co, int lineno, char *buf, size_t cap) {
    VmState *vm = I->vm;
    if (co->source_id < 0 || co->source_id >= vm->nsrcs) return false;
    const char *p = vm->srcs[co->source_id].text;
    const char *end = p + vm->srcs[co->source_id].len;
    if (p + 3 <= end && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t len = (size_t)((nl ? nl : end) - p);
    if (len && p[len - 1] == '\r') len--;
    if (len >= cap) len = cap - 1;
    memcpy(buf, p, len);
    buf[len] = 0;
    return true;
}

static int char_count(const char *s, int nbytes) {
    int n = 0;
    for (int i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* ---- carets (3.11+) ---- */
static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Decide the caret line for one frame line; returns false when none is printed. */
static bool caret_line(Interp *I, CodeObj *co, int lasti, const char *line, char *out, size_t cap) {
    if (lasti < 0 || lasti >= co->ncode) return false;
    CodePos *p = &co->pos[lasti];
    if (p->col < 0 || p->end_col < 0) return false;
    int len = (int)strlen(line);
    int start = p->col, end = p->end_line > p->line ? len : p->end_col;
    if (start > len || end > len || end <= start) return false;
    int op = WORD_OP(co->code[lasti]);
    int lo = -1, hi = -1; /* the primary (^) range inside [start, end) */
    if (op == BC_BINARY_OP && p->anchor_lo >= start && p->anchor_hi <= end && p->anchor_hi > p->anchor_lo) {
        int a = p->anchor_lo;
        while (a < p->anchor_hi && (is_ws(line[a]) || line[a] == ')' || line[a] == '\\')) a++;
        if (a < end && line[a] == '#') return false;
        lo = a;
        hi = a + 1;
        if (hi < end && !is_ws(line[hi]) && line[hi] != '(' && hi < p->anchor_hi) {
            char c0 = line[a], c1 = line[hi];
            bool two = (c0 == '*' && c1 == '*') || (c0 == '/' && c1 == '/') || (c0 == '<' && c1 == '<') ||
                       (c0 == '>' && c1 == '>') || c1 == '=';
            if (two) hi++;
        }
    } else if ((op == BC_BINARY_SUBSCR || op == BC_STORE_SUBSCR || op == BC_DELETE_SUBSCR) &&
               p->anchor_lo >= start && p->anchor_lo < end && p->end_line == p->line) {
        int a = p->anchor_lo;
        while (a < end && line[a] != '[') a++;
        if (a < end) {
            lo = a;
            hi = end;
        }
    } else if (I->prof->traceback_py_313 &&
               (op == BC_CALL || op == BC_CALL_KW || op == BC_CALL_METHOD || op == BC_CALL_METHOD_KW ||
                op == BC_CALL_FUNCTION_EX || op == BC_FOR_ITER) &&
               p->anchor_lo > start && p->anchor_lo < end && p->end_line == p->line) {
        int a = p->anchor_lo;
        while (a < end && line[a] != '(') a++;
        if (a < end) {
            lo = a;
            hi = end;
        }
    }
    if (lo < 0) { /* no anchors: nothing to show when the span is the whole line */
        int s = 0;
        while (s < len && is_ws(line[s])) s++;
        int e = len;
        while (e > s && (is_ws(line[e - 1]) || line[e - 1] == '\n')) e--;
        if (start <= s && end >= e) return false;
    }
    int indent = 0;
    while (indent < len && is_ws(line[indent])) indent++;
    size_t n = 0;
    int cstart = char_count(line, start) - char_count(line, indent);
    for (int i = 0; i < 4 + cstart && n + 1 < cap; i++) out[n++] = ' ';
    for (int b = start; b < end && n + 1 < cap; b++) {
        if (((unsigned char)line[b] & 0xC0) == 0x80) continue;
        out[n++] = (lo < 0 || (b >= lo && b < hi)) ? '^' : '~';
    }
    out[n] = 0;
    return true;
}

/* 3.13 shows no carets for `return f(...)` / `x = f(...)` whose call is the whole value. */
static bool call_is_whole_value(CodeObj *co, int lasti, const char *line) {
    int op = WORD_OP(co->code[lasti]);
    if (op != BC_CALL && op != BC_CALL_KW && op != BC_CALL_FUNCTION_EX) return false;
    CodePos *p = &co->pos[lasti];
    const char *s = line;
    while (is_ws(*s)) s++;
    size_t rest = strlen(line + p->end_col);
    for (size_t i = 0; i < rest; i++)
        if (!is_ws(line[p->end_col + i])) return false;
    if (strncmp(s, "return ", 7) == 0) s += 7;
    else {
        const char *q = s;
        while (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
               ((unsigned char)*q >= 0x80))
            q++;
        while (is_ws(*q)) q++;
        if (q == s || *q != '=' || q[1] == '=') return false;
        s = q + 1;
    }
    while (is_ws(*s)) s++;
    if ((int)(s - line) != p->col) return false;
    /* the callee must be a plain name */
    const char *q = s;
    while (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
           ((unsigned char)*q >= 0x80))
        q++;
    return q > s && *q == '(';
}

/* ---- 3.13: spans over several lines ---- */
typedef struct Anchors {
    int left_line, left_col, right_line, right_col; /* in dedented lines, characters */
    char primary, secondary;
} Anchors;

static int char_col(const char *line, int byte_col) { return char_count(line, byte_col); }

/* Lines line..end_line of the code's source, with the common indentation removed. */
static int gather_lines(Interp *I, CodeObj *co, int first, int last, char lines[][1024], int max, int *dedent) {
    int n = 0;
    for (int l = first; l <= last && n < max; l++, n++)
        if (!source_line(I, co, l, lines[n], sizeof lines[n])) return 0;
    int margin = 1 << 30;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (lines[i][k] == ' ') k++;
        if (lines[i][k] && k < margin) margin = k;
    }
    if (margin == 1 << 30) margin = 0;
    for (int i = 0; i < n; i++) {
        int k = (int)strlen(lines[i]) < margin ? (int)strlen(lines[i]) : margin;
        memmove(lines[i], lines[i] + k, strlen(lines[i] + k) + 1);
    }
    *dedent = margin;
    return n;
}

/* Are characters [from, to) of s (to < 0: to the end) all blanks? */
static bool blank_chars(const char *s, int from, int to) {
    int i = 0;
    for (const char *q = s; *q; q++) {
        if (((unsigned char)*q & 0xC0) == 0x80) continue;
        if (i >= from && (to < 0 || i < to) && !is_ws(*q) && *q != '\n' && *q != '\r') return false;
        i++;
    }
    return true;
}

static void print_multiline_313(Interp *I, FILE *out, CodeObj *co, int lasti) {
    CodePos *p = &co->pos[lasti];
    enum { MAXL = 64 };
    static const int maxl = MAXL;
    char (*lines)[1024] = mem_alloc(I, sizeof(char[1024]) * MAXL);
    if (!lines) {
        err_clear(I);
        return;
    }
    char first_orig[1024], last_orig[1024];
    int dedent = 0;
    int n = p->end_line - p->line + 1 <= maxl ? gather_lines(I, co, p->line, p->end_line, lines, maxl, &dedent) : 0;
    if (n < 2 || !source_line(I, co, p->line, first_orig, sizeof first_orig) ||
        !source_line(I, co, p->end_line, last_orig, sizeof last_orig)) {
        mem_free(lines);
        return;
    }
    int start = char_col(first_orig, p->col) - dedent, end = char_col(last_orig, p->end_col) - dedent;
    if (start < 0) start = 0;
    if (end < 0) end = 0;
    Anchors a = {0, 0, 0, 0, '^', '^'};
    bool has_anchors = false;
    int op = WORD_OP(co->code[lasti]);
    bool is_call = op == BC_CALL || op == BC_CALL_KW || op == BC_CALL_METHOD || op == BC_CALL_METHOD_KW ||
                   op == BC_CALL_FUNCTION_EX || op == BC_FOR_ITER;
    if ((is_call || op == BC_BINARY_SUBSCR) && p->anchor_lo >= 0) {
        /* the callee / subscripted value ends on the first line: '(' or '[' starts the rest */
        const char *l0 = first_orig;
        int b = p->anchor_lo;
        char want = is_call ? '(' : '[';
        while (l0[b] && l0[b] != want) b++;
        if (l0[b]) {
            a = (Anchors){0, char_col(l0, b) - dedent, n - 1, end, '~', '^'};
            has_anchors = true;
        }
    } else if (op == BC_BINARY_OP && p->anchor_lo >= 0 && p->anchor_hi > p->anchor_lo) {
        const char *l0 = first_orig;
        int b = p->anchor_lo;
        while (b < p->anchor_hi && (is_ws(l0[b]) || l0[b] == ')')) b++;
        if (b < p->anchor_hi) {
            int e = b + 1;
            if (l0[e] && !is_ws(l0[e]) && l0[e] != '(' && e < p->anchor_hi) e++;
            a = (Anchors){0, char_col(l0, b) - dedent, 0, char_col(l0, e) - dedent, '~', '^'};
            has_anchors = true;
        }
    }
    /* carets unless `return f(...)` / `x = f(...)` spans the whole statement */
    bool show = true;
    if (is_call && !has_anchors) show = true;
    if (is_call) {
        const char *s0 = lines[0];
        while (is_ws(*s0)) s0++;
        const char *q = s0;
        if (strncmp(q, "return ", 7) == 0) q += 7;
        else {
            const char *r = q;
            while (*r == '_' || (*r >= 'a' && *r <= 'z') || (*r >= 'A' && *r <= 'Z') || (*r >= '0' && *r <= '9')) r++;
            while (is_ws(*r)) r++;
            q = (r > q && *r == '=' && r[1] != '=') ? r + 1 : NULL;
        }
        if (q) {
            while (is_ws(*q)) q++;
            const char *r = q;
            while (*r == '_' || (*r >= 'a' && *r <= 'z') || (*r >= 'A' && *r <= 'Z') || (*r >= '0' && *r <= '9')) r++;
            const char *tail = lines[n - 1] + end;
            while (is_ws(*tail)) tail++;
            if (char_col(lines[0], (int)(q - lines[0])) == start && r > q && *r == '(' && !*tail) show = false;
        }
    }
    /* without anchors, carets only when the span leaves text on its first or last line
     * (3.13's _should_show_carets): a whole class or for statement gets none */
    if (show && !has_anchors && blank_chars(lines[0], 0, start) && blank_chars(lines[n - 1], end, -1)) show = false;
    bool sig[MAXL] = {false};
    sig[0] = sig[n - 1] = true;
    if (has_anchors)
        for (int d = -1; d <= 1; d++) {
            if (a.left_line + d >= 0 && a.left_line + d < n) sig[a.left_line + d] = true;
            if (a.right_line + d >= 0 && a.right_line + d < n) sig[a.right_line + d] = true;
        }
    int prev = -1;
    for (int i = 0; i < n; i++) {
        if (!sig[i]) continue;
        if (prev >= 0 && i - prev == 2) sig[i - 1] = true;
        prev = i;
    }
    prev = -1;
    for (int i = 0; i < n; i++) {
        if (!sig[i]) continue;
        if (prev >= 0 && i - prev > 1) fprintf(out, "    ...<%d lines>...\n", i - prev - 1);
        prev = i;
        fprintf(out, "    %s\n", lines[i]);
        if (!show) continue;
        int spaces = 0;
        while (lines[i][spaces] == ' ') spaces++;
        int ncar = i == n - 1 ? end : char_count(lines[i], (int)strlen(lines[i]));
        fputs("    ", out);
        for (int col = 0; col < ncar; col++) {
            char ch;
            if (col < spaces || (i == 0 && col < start)) ch = ' ';
            else if (has_anchors && (i > a.left_line || (i == a.left_line && col >= a.left_col)) &&
                     (i < a.right_line || (i == a.right_line && col < a.right_col)))
                ch = a.secondary;
            else
                ch = has_anchors ? a.primary : '^';
            fputc(ch, out);
        }
        fputc('\n', out);
    }
    mem_free(lines);
}

static void print_frame(Interp *I, FILE *out, CodeObj *co, int lasti, int lineno, Obj *name_code) {
    const char *fn = str_utf8(I, co->filename, NULL);
    const char *name = str_utf8(I, CODE(name_code)->name, NULL);
    fprintf(out, "  File \"%s\", line %d, in %s\n", fn ? fn : "?", lineno, name ? name : "?");
    char line[4096];
    if (I->prof->traceback_py_313 && lasti >= 0 && lasti < co->ncode &&
        co->pos[lasti].line == lineno && co->pos[lasti].end_line > lineno && co->pos[lasti].col >= 0) {
        print_multiline_313(I, out, co, lasti);
        return;
    }
    if (!source_line(I, co, lineno, line, sizeof line)) return;
    const char *s = line;
    while (is_ws(*s)) s++;
    size_t n = strlen(s);
    while (n && is_ws(s[n - 1])) n--;
    if (!n) return;
    fprintf(out, "    %.*s\n", (int)n, s);
    if (!I->prof->traceback_carets || co->pos[lasti < 0 ? 0 : lasti].line != lineno) return;
    if (I->prof->traceback_py_313 && lasti >= 0 && lasti < co->ncode && call_is_whole_value(co, lasti, line)) return;
    char carets[4200];
    if (caret_line(I, co, lasti, line, carets, sizeof carets)) fprintf(out, "%s\n", carets);
}

typedef struct TbEntry {
    CodeObj *code;      /* where the line comes from */
    Obj *name_code;     /* whose name is printed */
    int lasti, lineno;
} TbEntry;

static void print_tb(Interp *I, Obj *tb, FILE *out) {
    int n = 0;
    for (Obj *t = tb; t; t = ((TracebackObj *)t)->next) n++;
    TbEntry *e = mem_alloc(I, sizeof *e * (size_t)(n + 1));
    if (!e) {
        err_clear(I);
        return;
    }
    int m = 0;
    for (Obj *t = tb; t; t = ((TracebackObj *)t)->next) {
        TracebackObj *x = (TracebackObj *)t;
        CodeObj *co = CODE(x->code);
        /* an inlined comprehension's entry is its function's (named after it) */
        Obj *fo = ((TbObj *)t)->frame, *name_code = fo ? frameobj_code(fo) : OBJ(co);
        e[m++] = (TbEntry){co, name_code, x->lasti, x->lineno};
    }
    int first = m > 1000 ? m - 1000 : 0;
    Obj *last_file = NULL, *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (int i = first; i < m; i++) {
        Obj *name = CODE(e[i].name_code)->name;
        if (!last_file || e[i].code->filename != last_file || e[i].lineno != last_line || name != last_name) {
            if (cnt > 3) fprintf(out, "  [Previous line repeated %d more time%s]\n", cnt - 3, cnt - 3 > 1 ? "s" : "");
            last_file = e[i].code->filename;
            last_line = e[i].lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= 3) print_frame(I, out, e[i].code, e[i].lasti, e[i].lineno, e[i].name_code);
    }
    if (cnt > 3) fprintf(out, "  [Previous line repeated %d more time%s]\n", cnt - 3, cnt - 3 > 1 ? "s" : "");
    mem_free(e);
}

/* ---- suggestions (CPython's Python/suggestions.c) ---- */
enum { MAX_CANDIDATES = 750, MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buffer[MAX_STRING];
    while (an && bn && a[0] == b[0]) a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING || bn > MAX_STRING) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++, tmp += MOVE_COST) buffer[i] = tmp;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest candidate of a list of strs (borrowed) or NULL. */
static Obj *closest(Interp *I, Obj *list, Obj *name) {
    if (!list || LIST_LEN(list) >= MAX_CANDIDATES) return NULL;
    Ssize nn;
    const char *ns = str_utf8(I, name, &nn);
    if (!ns) return NULL;
    Obj *best = NULL;
    size_t best_d = (size_t)-1;
    for (Ssize i = 0; i < LIST_LEN(list); i++) {
        Obj *item = LIST_GET(list, i);
        if (!STR_CHECK(item) || str_eq(item, name)) continue;
        Ssize in;
        const char *is = str_utf8(I, item, &in);
        if (!is) continue;
        size_t maxd = ((size_t)nn + (size_t)in + 3) * MOVE_COST / 6;
        if (best_d - 1 < maxd) maxd = best_d - 1;
        size_t d = levenshtein(ns, (size_t)nn, is, (size_t)in, maxd);
        if (d > maxd) continue;
        if (!best || d < best_d) {
            best = item;
            best_d = d;
        }
    }
    return best;
}

static Obj *closest_in_dict(Interp *I, Obj *d, Obj *name) {
    if (!d || !DICT_CHECK(d)) return NULL;
    Obj *keys = dict_keys_list(I, d);
    if (!keys) return NULL;
    Obj *r = closest(I, keys, name);
    XINCREF(r);
    DECREF(I, keys);
    return r;
}

static const char *const stdlib_names[] = {
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "cmath",
    "collections", "contextlib", "copy", "csv", "ctypes", "dataclasses", "datetime", "decimal", "difflib",
    "dis", "enum", "errno", "fractions", "functools", "gc", "glob", "hashlib", "heapq", "html", "http",
    "inspect", "io", "itertools", "json", "keyword", "logging", "math", "operator", "os", "pathlib",
    "pickle", "platform", "pprint", "queue", "random", "re", "shutil", "signal", "socket", "sqlite3",
    "statistics", "string", "struct", "subprocess", "sys", "tempfile", "textwrap", "threading", "time",
    "timeit", "tkinter", "traceback", "types", "typing", "unicodedata", "unittest", "urllib", "uuid",
    "warnings", "weakref", "xml", "zipfile", "zlib", "tracemalloc", NULL};

static bool is_stdlib(Interp *I, Obj *name) {
    const char *s = str_utf8(I, name, NULL);
    if (!s) return false;
    for (int i = 0; stdlib_names[i]; i++)
        if (strcmp(stdlib_names[i], s) == 0) return true;
    return false;
}

static Obj *name_suggestion(Interp *I, Obj *exc, Obj *name) {
    Obj *tb = exc_get_traceback(exc);
    if (!tb) return NULL;
    while (((TracebackObj *)tb)->next) tb = ((TracebackObj *)tb)->next;
    TbObj *t = (TbObj *)tb;
    Obj *r = closest_in_dict(I, t->locals, name);
    if (r) return r;
    if (t->locals) {
        Obj *self = dict_get_cstr(I, t->locals, "self");
        if (self) {
            int has = obj_hasattr(I, self, name);
            if (has > 0) return str_from_format(I, "self.%U", name);
            err_clear(I);
        }
    }
    if ((r = closest_in_dict(I, t->globals, name))) return r;
    return closest_in_dict(I, t->builtins, name);
}

/* ". Did you mean: 'x'?" and friends for NameError/AttributeError (3.10+). */
static void print_suggestion(Interp *I, Obj *exc, FILE *out) {
    bool is_name = exc_matches(I, exc, I->e_NameError), is_attr = exc_matches(I, exc, I->e_AttributeError);
    if (!is_name && !is_attr) return;
    Obj *saved = err_fetch(I);
    Obj *name = NULL;
    if (obj_lookup_attr(I, exc, I->ids.name, &name) <= 0 || !name || !STR_CHECK(name)) {
        XDECREF(I, name);
        err_clear(I);
        err_restore(I, saved);
        return;
    }
    Obj *sugg = NULL;
    if (is_name)
        sugg = name_suggestion(I, exc, name);
    else {
        Obj *obj = NULL;
        if (obj_lookup_attr(I, exc, I->ids.obj, &obj) > 0 && obj && obj != I->none) {
            Obj *dir = type_dir_for_suggestions(I, obj);
            Obj *c = dir && LIST_CHECK(dir) ? closest(I, dir, name) : NULL;
            sugg = c ? NEWREF(c) : NULL;
            XDECREF(I, dir);
        }
        XDECREF(I, obj);
    }
    err_clear(I);
    const char *s = sugg ? str_utf8(I, sugg, NULL) : NULL;
    if (s) fprintf(out, ". Did you mean: '%s'?", s);
    if (is_name && I->prof->did_you_mean_import && !exc_matches(I, exc, I->e_UnboundLocalError) &&
        is_stdlib(I, name)) {
        const char *n = str_utf8(I, name, NULL);
        if (s) fprintf(out, " Or did you forget to import '%s'?", n);
        else fprintf(out, ". Did you forget to import '%s'?", n);
    }
    XDECREF(I, sugg);
    DECREF(I, name);
    err_clear(I);
    err_restore(I, saved);
}

/* ---- the exception line ---- */
/* "module.qualname" as CPython names an exception type: 3.8 module.name, 3.9-3.10 prefix all
 * but builtins, 3.11+ also leave out __main__. */
static void print_type_name(Interp *I, TypeObj *t, FILE *out) {
    const Profile *ft = I->prof;
    Obj *qual = ft->exc_type_qualname ? type_qualname(I, t) : str_from_cstr(I, type_name(t));
    Obj *mod = NULL;
    if (TYPE_HAS(t, TPF_HEAPTYPE)) {
        mod = dict_get_str(I, t->dict, I->ids.__module__);
        XINCREF(mod);
    } else {
        const char *dot = strrchr(t->name, '.');
        if (dot) mod = str_from_utf8(I, t->name, dot - t->name);
    }
    const char *q = qual ? str_utf8(I, qual, NULL) : t->name;
    const char *m = mod && STR_CHECK(mod) ? str_utf8(I, mod, NULL) : NULL;
    bool prefix = m && strcmp(m, "builtins") != 0 && !(ft->exc_type_main_omitted && strcmp(m, "__main__") == 0);
    if (prefix)
        fprintf(out, "%s.%s", m, q ? q : "?");
    else
        fprintf(out, "%s", q ? q : "?");
    XDECREF(I, qual);
    XDECREF(I, mod);
    err_clear(I);
}

static Obj *attr_or_null(Interp *I, Obj *o, const char *name) {
    Obj *v = obj_getattr_cstr(I, o, name);
    if (!v) err_clear(I);
    return v;
}

static Ssize attr_ssize(Interp *I, Obj *o, const char *name, Ssize dflt) {
    Obj *v = attr_or_null(I, o, name);
    int64_t r = dflt;
    if (v && INT_CHECK(v) && !int_fits_i64(v, &r)) r = dflt;
    XDECREF(I, v);
    return (Ssize)r;
}

/* CPython's print_error_text (pythonrun.c): offsets are applied to the UTF-8 bytes. */
static void print_error_text(FILE *out, Ssize offset, Ssize end_offset, bool with_end, const char *text) {
    Ssize reps = with_end && end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    Ssize len = (Ssize)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        Ssize inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    fprintf(out, "    %s", text);
    if (text[len] != '\n') fputc('\n', out);
    if (offset < 0) return;
    fputs("    ", out);
    while (--offset >= 0) fputc(' ', out);
    for (Ssize i = 0; i < reps; i++) fputc('^', out);
    fputc('\n', out);
}

/* CPython 3.8's print_error_text (and 3.7's, 2.7's): the offset is never clipped to the text, and
 * a caret at offset 1 or 0 both sit in the first column. */
static void print_error_text_38(FILE *out, Ssize offset, const char *text) {
    if (offset >= 0) {
        if (offset > 0 && (size_t)offset == strlen(text) && text[offset - 1] == '\n') offset--;
        for (;;) {
            const char *nl = strchr(text, '\n');
            if (!nl || nl - text >= offset) break;
            offset -= nl + 1 - text;
            text = nl + 1;
        }
        while (*text == ' ' || *text == '\t' || *text == '\f') {
            text++;
            offset--;
        }
    }
    fprintf(out, "    %s", text);
    if (*text == '\0' || text[strlen(text) - 1] != '\n') fputc('\n', out);
    if (offset == -1) return;
    fputs("    ", out);
    while (--offset > 0) fputc(' ', out);
    fputs("^\n", out);
}

/* Characters (code points) in the n UTF-8 bytes at s. */
static Ssize utf8_chars(const char *s, Ssize n) {
    Ssize c = 0;
    for (Ssize i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* 3.13's traceback.py (TracebackException._format_syntax_error): offsets index the str (code
 * points), only ' \n\f' are stripped, whitespace before the caret is kept as it is (tabs), and
 * an error that spans lines is marked to the end of its first line. offset < 0: None;
 * same_line: lineno == end_lineno. */
static void print_error_text_313(FILE *out, const char *text, Ssize offset, Ssize end_offset, bool same_line) {
    Ssize tb = (Ssize)strlen(text), rb = tb, sp = 0;
    while (rb > 0 && text[rb - 1] == '\n') rb--;
    while (sp < rb && (text[sp] == ' ' || text[sp] == '\n' || text[sp] == '\f')) sp++;
    const char *lt = text + sp;
    fprintf(out, "    %.*s\n", (int)(rb - sp), lt);
    if (offset < 0) return;
    Ssize tlen = utf8_chars(text, tb), rlen = utf8_chars(text, rb);
    end_offset = !same_line ? rlen + 1 : end_offset > 0 ? end_offset : offset;
    if (tlen && offset > tlen) offset = rlen + 1;
    if (tlen && end_offset > tlen) end_offset = rlen + 1;
    if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
    Ssize colno = offset - 1 - sp, end_colno = end_offset - 1 - sp;
    if (colno < 0) return;
    fputs("    ", out);
    const char *q = lt, *qe = text + rb;
    for (Ssize i = 0; i < colno && q < qe; i++) {
        unsigned char ch = (unsigned char)*q++;
        fputc(ch < 0x80 && (strchr(" \t\n\v\f\r\x1c\x1d\x1e\x1f", ch) && ch) ? ch : ' ', out);
        while (q < qe && ((unsigned char)*q & 0xC0) == 0x80) q++;
    }
    for (Ssize i = colno; i < end_colno; i++) fputc('^', out);
    fputc('\n', out);
}

/* SyntaxError: File/line, the text and the caret line, then "SyntaxError: msg". A SyntaxError
 * without a line number (SyntaxError(msg), as 3.9+'s "Non-UTF-8 code" error) prints the last
 * line only: CPython prints the location only when print_file_and_line was set with it. */
static void print_syntax_error(Interp *I, Obj *exc, FILE *out) {
    /* IndentationError (and TabError) always get a single caret */
    bool with_end = I->prof->syntax_errors_310 && !exc_matches(I, exc, I->e_IndentationError);
    Obj *fn = attr_or_null(I, exc, "filename"), *text = attr_or_null(I, exc, "text"), *msg = attr_or_null(I, exc, "msg");
    Ssize lineno = attr_ssize(I, exc, "lineno", -1), offset = attr_ssize(I, exc, "offset", -1);
    Ssize end_lineno = attr_ssize(I, exc, "end_lineno", lineno), end_offset = attr_ssize(I, exc, "end_offset", -1);
    const char *f = fn && STR_CHECK(fn) ? str_utf8(I, fn, NULL) : NULL;
    if (lineno >= 0) fprintf(out, "  File \"%s\", line %zd\n", f ? f : "<string>", lineno);
    if (lineno < 0) {
        /* no location: the message alone */
    } else if (text && STR_CHECK(text) && !I->prof->error_text_clipped) {
        const char *t = str_utf8(I, text, NULL);
        if (t) print_error_text_38(out, offset, t);
    } else if (text && STR_CHECK(text) && I->prof->traceback_py_313) {
        const char *t = str_utf8(I, text, NULL);
        Obj *el = attr_or_null(I, exc, "end_lineno");
        bool same_line = el && INT_CHECK(el) && end_lineno == lineno;
        XDECREF(I, el);
        if (t) print_error_text_313(out, t, offset, end_offset, same_line);
    } else if (text && STR_CHECK(text)) {
        Ssize size;
        const char *t = str_utf8(I, text, &size);
        if (t) {
            if (with_end && end_lineno > lineno) end_offset = size;
            if (with_end && end_offset > size + 1) end_offset = size + 1;
            print_error_text(out, offset, end_offset, with_end, t);
        }
    }
    print_type_name(I, TYPE(exc), out);
    Obj *s = msg && msg != I->none ? obj_str(I, msg) : NULL;
    const char *m = s ? str_utf8(I, s, NULL) : NULL;
    if (m && *m) fprintf(out, ": %s", m);
    fputc('\n', out);
    XDECREF(I, s);
    XDECREF(I, fn);
    XDECREF(I, text);
    XDECREF(I, msg);
    err_clear(I);
}

static void print_exception_line(Interp *I, Obj *exc, FILE *out) {
    if (exc_matches(I, exc, I->e_SyntaxError)) {
        print_syntax_error(I, exc, out);
        return;
    }
    print_type_name(I, TYPE(exc), out);
    Obj *s = obj_str(I, exc);
    if (!s) {
        err_clear(I);
        fprintf(out, ": <exception str() failed>\n");
        return;
    }
    Ssize n;
    const char *u = str_utf8(I, s, &n);
    if (u && n) {
        fputs(": ", out);
        fwrite(u, 1, (size_t)n, out);
    }
    DECREF(I, s);
    err_clear(I);
    if (I->prof->did_you_mean) print_suggestion(I, exc, out);
    fputc('\n', out);
}

static void print_one(Interp *I, Obj *exc, FILE *out) {
    Obj *tb = exc_get_traceback(exc);
    if (tb) {
        fprintf(out, "Traceback (most recent call last):\n");
        print_tb(I, tb, out);
    }
    print_exception_line(I, exc, out);
}

static void print_chain(Interp *I, Obj *exc, FILE *out, Obj *seen) {
    Obj *id = int_from_i64(I, (int64_t)(intptr_t)exc);
    if (id) {
        set_add(I, seen, id);
        DECREF(I, id);
    }
    err_clear(I);
    Obj *cause = exc_get_cause(exc), *ctx = exc_get_context(exc);
    bool suppress = false;
    Obj *sc = attr_or_null(I, exc, "__suppress_context__");
    if (sc) {
        suppress = sc == I->true_;
        DECREF(I, sc);
    }
    Obj *next = NULL;
    const char *msg = NULL;
    if (cause && cause != I->none) {
        next = cause;
        msg = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (ctx && ctx != I->none && !suppress) {
        next = ctx;
        msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (next && EXC_CHECK(next)) {
        Obj *nid = int_from_i64(I, (int64_t)(intptr_t)next);
        int in = nid ? set_contains(I, seen, nid) : 1;
        XDECREF(I, nid);
        err_clear(I);
        if (in == 0) {
            print_chain(I, next, out, seen);
            fputs(msg, out);
        }
    }
    print_one(I, exc, out);
}

void vm_print_exception(Interp *I, Obj *exc, FILE *out) {
    Obj *saved = err_fetch(I);
    fflush(stdout);
    if (!EXC_CHECK(exc)) {
        fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n", TYPE(exc)->name);
        err_restore(I, saved);
        return;
    }
    Obj *seen = I->prof->exc_chaining ? set_new(I, NULL) : NULL;
    if (seen) {
        print_chain(I, exc, out, seen);
        DECREF(I, seen);
    } else
        print_one(I, exc, out);
    fflush(out);
    err_clear(I);
    err_restore(I, saved);
}
