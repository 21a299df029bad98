/* strmethods.c: the methods of str (case mapping, predicates, padding, searching, splitting,
 * joining, replacing, translating, encoding) with CPython 3.12's results and messages. */
#include <stdio.h>
#include <string.h>

#include "model/model.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "vm/errors.h"

#define METHOD(name) \
    static Obj *name(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kwnames

/* ------------------------------------------------------------------ argument helpers */

/* The PyArg_ParseTuple wording some str methods still use: "find() takes at least 1 argument
 * (0 given)". */
static bool old_arity(Interp *I, const char *name, size_t nargs, int min, int max) {
    if ((int)nargs < min) {
        err_format(I, I->e_TypeError, "%s() takes at least %d argument%s (%zu given)", name, min,
                   min == 1 ? "" : "s", nargs);
        return false;
    }
    if ((int)nargs > max) {
        err_format(I, I->e_TypeError, "%s() takes at most %d argument%s (%zu given)", name, max,
                   max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

static bool positional(Interp *I, const char *qualname, Obj *kwnames) {
    return args_no_kw(I, qualname, kwnames);
}

static bool ssize_arg(Interp *I, Obj *o, Ssize *out) {
    Ssize v = num_as_ssize(I, o, I->e_OverflowError);
    if (v == -1 && err_occurred(I)) return false;
    *out = v;
    return true;
}

static bool need_str(Interp *I, Obj *o, const char *fmt) {
    if (STR_CHECK(o)) return true;
    err_format(I, I->e_TypeError, fmt, TYPE(o)->name);
    return false;
}

/* The result for "nothing changed": self for an exact str, else a plain copy. */
static Obj *unchanged(Interp *I, Obj *self) {
    if (TYPE(self) == I->t_str) return NEWREF(self);
    return str_substr(I, self, 0, STR_LEN(self));
}

static bool append_steal(Interp *I, Obj *list, Obj *item) {
    if (!item) return false;
    bool ok = list_append(I, list, item);
    DECREF(I, item);
    return ok;
}

/* ------------------------------------------------------------------ case mapping */

/* Greek capital sigma lowers to final sigma at the end of a word (Unicode's Final_Sigma). */
static uint32_t sigma_lower(Obj *s, Ssize i) {
    Ssize n = STR_LEN(s), j;
    for (j = i - 1; j >= 0 && ud_iscase_ignorable(str_char_at(s, j)); j--) {}
    bool before = j >= 0 && ud_iscased(str_char_at(s, j));
    for (j = i + 1; j < n && ud_iscase_ignorable(str_char_at(s, j)); j++) {}
    bool after = j < n && ud_iscased(str_char_at(s, j));
    return before && !after ? 0x3C2 : 0x3C3;
}

static int lower_at(Obj *s, Ssize i, uint32_t c, uint32_t out[3]) {
    if (c == 0x3A3) {
        out[0] = sigma_lower(s, i);
        return 1;
    }
    return ud_lower_full(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static Obj *ascii_case(Interp *I, Obj *self, int how) {
    Ssize n = STR_LEN(self);
    Obj *r = str_new_raw(I, I->t_str, n, 127);
    if (!r) return NULL;
    const uint8_t *s = STR_DATA(self);
    uint8_t *d = STR_DATA(r);
    bool prev_cased = false;
    for (Ssize i = 0; i < n; i++) {
        uint8_t c = s[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_upper = how == CASE_UPPER || (how == CASE_SWAP && lo) ||
                        (how == CASE_TITLE && !prev_cased) || (how == CASE_CAPITALIZE && i == 0);
        if (to_upper && lo) c = (uint8_t)(c - 32);
        else if (!to_upper && up && how != CASE_SWAP) c = (uint8_t)(c + 32);
        else if (how == CASE_SWAP && up) c = (uint8_t)(c + 32);
        d[i] = c;
        prev_cased = up || lo;
    }
    return str_result(I, r);
}

static Obj *case_map(Interp *I, Obj *self, int how) {
    if (((StrObj *)self)->ascii) return ascii_case(I, self, how);
    CpWriter w;
    cw_init(&w);
    Ssize n = STR_LEN(self);
    bool prev_cased = false;
    for (Ssize i = 0; i < n; i++) {
        uint32_t c = str_char_at(self, i), m[3];
        int k;
        switch (how) {
        case CASE_LOWER: k = lower_at(self, i, c, m); break;
        case CASE_UPPER: k = ud_upper_full(c, m); break;
        case CASE_FOLD: k = ud_fold_full(c, m); break;
        case CASE_SWAP:
            if (ud_isupper(c)) k = lower_at(self, i, c, m);
            else if (ud_islower(c)) k = ud_upper_full(c, m);
            else m[0] = c, k = 1;
            break;
        case CASE_TITLE:
            k = prev_cased ? lower_at(self, i, c, m) : ud_title_full(c, m);
            prev_cased = ud_iscased(c);
            break;
        default: k = i == 0 ? ud_title_full(c, m) : lower_at(self, i, c, m); break;
        }
        for (int j = 0; j < k; j++)
            if (!cw_char(I, &w, m[j])) {
                cw_discard(&w);
                return NULL;
            }
    }
    return cw_finish(I, &w);
}

METHOD(str_lower) { UNUSED_ARGS; return case_map(I, self, CASE_LOWER); }
METHOD(str_upper) { UNUSED_ARGS; return case_map(I, self, CASE_UPPER); }
METHOD(str_casefold) { UNUSED_ARGS; return case_map(I, self, CASE_FOLD); }
METHOD(str_swapcase) { UNUSED_ARGS; return case_map(I, self, CASE_SWAP); }
METHOD(str_title) { UNUSED_ARGS; return case_map(I, self, CASE_TITLE); }
METHOD(str_capitalize) {
    UNUSED_ARGS;
    if (STR_LEN(self) == 0) return unchanged(I, self);
    return case_map(I, self, CASE_CAPITALIZE);
}

/* ------------------------------------------------------------------ predicates */

static Obj *all_chars(Interp *I, Obj *self, bool (*pred)(uint32_t), bool empty) {
    Ssize n = STR_LEN(self);
    if (n == 0) return BOOL_OBJ(I, empty);
    for (Ssize i = 0; i < n; i++)
        if (!pred(str_char_at(self, i))) return BOOL_OBJ(I, false);
    return BOOL_OBJ(I, true);
}

METHOD(str_isalnum) { UNUSED_ARGS; return all_chars(I, self, ud_isalnum, false); }
METHOD(str_isalpha) { UNUSED_ARGS; return all_chars(I, self, ud_isalpha, false); }
METHOD(str_isdecimal) { UNUSED_ARGS; return all_chars(I, self, ud_isdecimal, false); }
METHOD(str_isdigit) { UNUSED_ARGS; return all_chars(I, self, ud_isdigit, false); }
METHOD(str_isnumeric) { UNUSED_ARGS; return all_chars(I, self, ud_isnumeric, false); }
METHOD(str_isspace) { UNUSED_ARGS; return all_chars(I, self, ud_isspace, false); }
METHOD(str_isprintable) { UNUSED_ARGS; return all_chars(I, self, ud_isprintable, true); }
METHOD(str_isascii) { UNUSED_ARGS; return BOOL_OBJ(I, ((StrObj *)self)->ascii); }
METHOD(str_isidentifier) { UNUSED_ARGS; return BOOL_OBJ(I, str_is_identifier(self)); }

static Obj *case_pred(Interp *I, Obj *self, bool want_lower) {
    bool cased = false;
    for (Ssize i = 0; i < STR_LEN(self); i++) {
        uint32_t c = str_char_at(self, i);
        bool lo = ud_islower(c), up = ud_isupper(c) || ud_istitle(c);
        if (want_lower ? up : (lo || ud_istitle(c))) return BOOL_OBJ(I, false);
        if (want_lower ? lo : up) cased = true;
    }
    return BOOL_OBJ(I, cased);
}

METHOD(str_islower) { UNUSED_ARGS; return case_pred(I, self, true); }
METHOD(str_isupper) { UNUSED_ARGS; return case_pred(I, self, false); }

METHOD(str_istitle) {
    UNUSED_ARGS;
    bool cased = false, prev = false;
    for (Ssize i = 0; i < STR_LEN(self); i++) {
        uint32_t c = str_char_at(self, i);
        if (ud_isupper(c) || ud_istitle(c)) {
            if (prev) return BOOL_OBJ(I, false);
            prev = cased = true;
        } else if (ud_islower(c)) {
            if (!prev) return BOOL_OBJ(I, false);
            prev = cased = true;
        } else prev = false;
    }
    return BOOL_OBJ(I, cased);
}

/* ------------------------------------------------------------------ padding */

static Obj *pad(Interp *I, Obj *self, Ssize left, Ssize right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return unchanged(I, self);
    CpWriter w;
    cw_init(&w);
    if (!cw_repeat(I, &w, fill, left) || !cw_str(I, &w, self) || !cw_repeat(I, &w, fill, right)) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

static bool fill_arg(Interp *I, Obj *o, uint32_t *fill) {
    if (!o) return true;
    if (!STR_CHECK(o)) {
        err_format(I, I->e_TypeError, "The fill character must be a unicode character, not %s",
                   TYPE(o)->name);
        return false;
    }
    if (STR_LEN(o) != 1) {
        err_string(I, I->e_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *fill = str_char_at(o, 0);
    return true;
}

static Obj *justify(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                    const char *name, const char *qual, int how) {
    uint32_t fill = ' ';
    Ssize width;
    if (!positional(I, qual, kwnames) || !args_count(I, name, nargs, 1, 2) ||
        !ssize_arg(I, args[0], &width) || !fill_arg(I, nargs > 1 ? args[1] : NULL, &fill))
        return NULL;
    Ssize marg = width - STR_LEN(self);
    if (marg <= 0) return unchanged(I, self);
    if (how < 0) return pad(I, self, 0, marg, fill);
    if (how > 0) return pad(I, self, marg, 0, fill);
    Ssize left = marg / 2 + (marg & width & 1); /* CPython's rounding for odd margins */
    return pad(I, self, left, marg - left, fill);
}

METHOD(str_ljust) { return justify(I, self, args, nargs, kwnames, "ljust", "str.ljust", -1); }
METHOD(str_rjust) { return justify(I, self, args, nargs, kwnames, "rjust", "str.rjust", 1); }
METHOD(str_center) { return justify(I, self, args, nargs, kwnames, "center", "str.center", 0); }

METHOD(str_zfill) {
    (void)nargs, (void)kwnames;
    Ssize width, n = STR_LEN(self);
    if (!ssize_arg(I, args[0], &width)) return NULL;
    if (width <= n) return unchanged(I, self);
    Obj *r = pad(I, self, width - n, 0, '0');
    if (!r || n == 0) return r;
    uint32_t c = str_char_at(self, 0);
    if (c == '+' || c == '-') { /* the sign moves to the front; r is fresh, so editable */
        str_put(STR_DATA(r), STR_KIND(r), 0, c);
        str_put(STR_DATA(r), STR_KIND(r), width - n, '0');
    }
    return r;
}

METHOD(str_expandtabs) {
    static const char *const names[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", names, 1, 1, 0, 0};
    Obj *a[1];
    Ssize tab = 8;
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    if (a[0] && !ssize_arg(I, a[0], &tab)) return NULL;
    CpWriter w;
    cw_init(&w);
    Ssize col = 0;
    bool ok = true;
    for (Ssize i = 0; ok && i < STR_LEN(self); i++) {
        uint32_t c = str_char_at(self, i);
        if (c == '\t') {
            if (tab > 0) {
                Ssize k = tab - col % tab;
                ok = cw_repeat(I, &w, ' ', k);
                col += k;
            }
        } else {
            ok = cw_char(I, &w, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

/* ------------------------------------------------------------------ searching */

/* Parse (sub[, start[, end]]) as find/count/index do. */
static bool find_args(Interp *I, const char *name, const char *qual, Obj *self, Obj *const *args,
                      size_t nargs, Obj *kwnames, Ssize *start, Ssize *end) {
    if (!positional(I, qual, kwnames) || !old_arity(I, name, nargs, 1, 3)) return false;
    if (!need_str(I, args[0], "must be str, not %s")) return false;
    return str_parse_range(I, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                           STR_LEN(self), start, end);
}

static Obj *find_common(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                        const char *name, int dir, bool raise) {
    Ssize start, end;
    char qual[24];
    snprintf(qual, sizeof qual, "str.%s", name);
    if (!find_args(I, name, qual, self, args, nargs, kwnames, &start, &end)) return NULL;
    Ssize r = start > STR_LEN(self) ? -1 : str_find_in(self, args[0], start, end, dir);
    if (r < 0 && raise) return err_string(I, I->e_ValueError, "substring not found");
    return int_from_i64(I, r);
}

METHOD(str_find) { return find_common(I, self, args, nargs, kwnames, "find", 1, false); }
METHOD(str_rfind) { return find_common(I, self, args, nargs, kwnames, "rfind", -1, false); }
METHOD(str_index) { return find_common(I, self, args, nargs, kwnames, "index", 1, true); }
METHOD(str_rindex) { return find_common(I, self, args, nargs, kwnames, "rindex", -1, true); }

static Ssize count_in(Obj *s, Obj *sub, Ssize start, Ssize end, Ssize max) {
    Ssize m = STR_LEN(sub), n = 0;
    if (start > STR_LEN(s) || end < start) return 0;
    if (m == 0) return end - start + 1 < max ? end - start + 1 : max;
    while (n < max) {
        Ssize i = str_find_in(s, sub, start, end, 1);
        if (i < 0) break;
        n++;
        start = i + m;
    }
    return n;
}

METHOD(str_count) {
    Ssize start, end;
    if (!find_args(I, "count", "str.count", self, args, nargs, kwnames, &start, &end)) return NULL;
    return int_from_i64(I, count_in(self, args[0], start, end, PTRDIFF_MAX));
}

static bool tail_match(Obj *s, Obj *sub, Ssize start, Ssize end, int dir) {
    Ssize m = STR_LEN(sub);
    end -= m;
    if (end < start) return false;
    if (m == 0) return true;
    return str_find_in(s, sub, dir > 0 ? start : end, (dir > 0 ? start : end) + m, 1) >= 0;
}

static Obj *starts_ends(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                        const char *name, int dir) {
    char qual[24];
    snprintf(qual, sizeof qual, "str.%s", name);
    if (!positional(I, qual, kwnames) || !old_arity(I, name, nargs, 1, 3)) return NULL;
    Ssize start, end;
    if (!str_parse_range(I, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, STR_LEN(self),
                         &start, &end))
        return NULL;
    Obj *x = args[0];
    if (TUPLE_CHECK(x)) {
        for (Ssize i = 0; i < TUPLE_LEN(x); i++) {
            Obj *sub = TUPLE_GET(x, i);
            if (!STR_CHECK(sub))
                return err_format(I, I->e_TypeError, "tuple for %s must only contain str, not %s",
                                  name, TYPE(sub)->name);
            if (tail_match(self, sub, start, end, dir)) return BOOL_OBJ(I, true);
        }
        return BOOL_OBJ(I, false);
    }
    if (!STR_CHECK(x))
        return err_format(I, I->e_TypeError, "%s first arg must be str or a tuple of str, not %s",
                          name, TYPE(x)->name);
    return BOOL_OBJ(I, tail_match(self, x, start, end, dir));
}

METHOD(str_startswith) { return starts_ends(I, self, args, nargs, kwnames, "startswith", 1); }
METHOD(str_endswith) { return starts_ends(I, self, args, nargs, kwnames, "endswith", -1); }

/* ------------------------------------------------------------------ strip */

static bool in_chars(Obj *chars, uint32_t c) {
    if (!chars) return ud_isspace(c);
    for (Ssize i = 0; i < STR_LEN(chars); i++)
        if (str_char_at(chars, i) == c) return true;
    return false;
}

static Obj *do_strip(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                     const char *name, int which) {
    char qual[24];
    snprintf(qual, sizeof qual, "str.%s", name);
    if (!positional(I, qual, kwnames) || !args_count(I, name, nargs, 0, 1)) return NULL;
    Obj *chars = nargs && args[0] != I->none ? args[0] : NULL;
    if (chars && !STR_CHECK(chars))
        return err_format(I, I->e_TypeError, "%s arg must be None or str", name);
    Ssize i = 0, j = STR_LEN(self);
    if (which <= 0)
        while (i < j && in_chars(chars, str_char_at(self, i))) i++;
    if (which >= 0)
        while (j > i && in_chars(chars, str_char_at(self, j - 1))) j--;
    if (i == 0 && j == STR_LEN(self)) return unchanged(I, self);
    return str_substr(I, self, i, j);
}

METHOD(str_strip) { return do_strip(I, self, args, nargs, kwnames, "strip", 0); }
METHOD(str_lstrip) { return do_strip(I, self, args, nargs, kwnames, "lstrip", -1); }
METHOD(str_rstrip) { return do_strip(I, self, args, nargs, kwnames, "rstrip", 1); }

static Obj *remove_affix(Interp *I, Obj *self, Obj *x, const char *name, int dir) {
    if (!STR_CHECK(x))
        return err_format(I, I->e_TypeError, "%s() argument must be str, not %s", name,
                          TYPE(x)->name);
    Ssize n = STR_LEN(self), m = STR_LEN(x);
    if (m > 0 && tail_match(self, x, 0, n, dir))
        return dir > 0 ? str_substr(I, self, m, n) : str_substr(I, self, 0, n - m);
    return unchanged(I, self);
}

METHOD(str_removeprefix) { UNUSED_ARGS; return remove_affix(I, self, args[0], "removeprefix", 1); }
METHOD(str_removesuffix) { UNUSED_ARGS; return remove_affix(I, self, args[0], "removesuffix", -1); }

/* ------------------------------------------------------------------ split family */

static bool split_args(Interp *I, const char *name, Obj *const *args, size_t nargs, Obj *kwnames,
                       Obj **sep, Ssize *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    ArgSpec spec = {name, names, 2, 2, 0, 0};
    Obj *a[2];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return false;
    *sep = a[0] && a[0] != I->none ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && !ssize_arg(I, a[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
    if (*sep && !STR_CHECK(*sep)) {
        err_format(I, I->e_TypeError, "must be str or None, not %s", TYPE(*sep)->name);
        return false;
    }
    if (*sep && STR_LEN(*sep) == 0) {
        err_string(I, I->e_ValueError, "empty separator");
        return false;
    }
    return true;
}

static bool reverse_list(Obj *list) {
    Ssize n = LIST_LEN(list);
    for (Ssize i = 0; i < n / 2; i++) {
        Obj *t = LIST_GET(list, i);
        LIST_SET(list, i, LIST_GET(list, n - 1 - i));
        LIST_SET(list, n - 1 - i, t);
    }
    return true;
}

static Obj *split_ws(Interp *I, Obj *self, Ssize maxsplit, int dir) {
    Obj *list = list_new(I, 0);
    if (!list) return NULL;
    Ssize n = STR_LEN(self), i = dir > 0 ? 0 : n - 1;
    bool ok = true;
    for (Ssize count = 0; ok; count++) {
        while (i >= 0 && i < n && ud_isspace(str_char_at(self, i))) i += dir;
        if (i < 0 || i >= n) break;
        if (count == maxsplit) { /* the rest, whitespace-trimmed only on the splitting side */
            Ssize a = dir > 0 ? i : 0, b = dir > 0 ? n : i + 1;
            ok = append_steal(I, list, (a == 0 && b == n) ? unchanged(I, self) : str_substr(I, self, a, b));
            break;
        }
        Ssize j = i;
        while (j >= 0 && j < n && !ud_isspace(str_char_at(self, j))) j += dir;
        Ssize a = dir > 0 ? i : j + 1, b = dir > 0 ? j : i + 1;
        ok = append_steal(I, list, (a == 0 && b == n) ? unchanged(I, self) : str_substr(I, self, a, b));
        i = j;
    }
    if (!ok) {
        DECREF(I, list);
        return NULL;
    }
    if (dir < 0) reverse_list(list);
    return list;
}

static Obj *split_sep(Interp *I, Obj *self, Obj *sep, Ssize maxsplit, int dir) {
    Obj *list = list_new(I, 0);
    if (!list) return NULL;
    Ssize n = STR_LEN(self), m = STR_LEN(sep), lo = 0, hi = n;
    bool ok = true;
    for (Ssize count = 0; ok && count < maxsplit; count++) {
        Ssize k = str_find_in(self, sep, lo, hi, dir);
        if (k < 0) break;
        ok = append_steal(I, list, dir > 0 ? str_substr(I, self, lo, k) : str_substr(I, self, k + m, hi));
        if (dir > 0) lo = k + m;
        else hi = k;
    }
    if (ok) ok = append_steal(I, list, (lo == 0 && hi == n) ? unchanged(I, self) : str_substr(I, self, lo, hi));
    if (!ok) {
        DECREF(I, list);
        return NULL;
    }
    if (dir < 0) reverse_list(list);
    return list;
}

METHOD(str_split) {
    Obj *sep;
    Ssize maxsplit;
    if (!split_args(I, "split", args, nargs, kwnames, &sep, &maxsplit)) return NULL;
    return sep ? split_sep(I, self, sep, maxsplit, 1) : split_ws(I, self, maxsplit, 1);
}

METHOD(str_rsplit) {
    Obj *sep;
    Ssize maxsplit;
    if (!split_args(I, "rsplit", args, nargs, kwnames, &sep, &maxsplit)) return NULL;
    return sep ? split_sep(I, self, sep, maxsplit, -1) : split_ws(I, self, maxsplit, -1);
}

METHOD(str_splitlines) {
    static const char *const names[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", names, 1, 1, 0, 0};
    Obj *a[1];
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    int keep = 0;
    if (a[0] && (keep = obj_is_true(I, a[0])) < 0) return NULL;
    Obj *list = list_new(I, 0);
    if (!list) return NULL;
    Ssize n = STR_LEN(self), i = 0;
    while (i < n) {
        Ssize j = i;
        while (j < n && !ud_islinebreak(str_char_at(self, j))) j++;
        Ssize eol = j;
        if (j < n) {
            j += (str_char_at(self, j) == '\r' && j + 1 < n && str_char_at(self, j + 1) == '\n') ? 2 : 1;
            if (keep) eol = j;
        }
        Obj *line = (i == 0 && eol == n) ? unchanged(I, self) : str_substr(I, self, i, eol);
        if (!append_steal(I, list, line)) {
            DECREF(I, list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static Obj *partition(Interp *I, Obj *self, Obj *sep, int dir) {
    if (!need_str(I, sep, "must be str, not %s")) return NULL;
    if (STR_LEN(sep) == 0) return err_string(I, I->e_ValueError, "empty separator");
    Ssize n = STR_LEN(self), k = str_find_in(self, sep, 0, n, dir);
    Obj *a, *b, *c;
    if (k < 0) {
        a = dir > 0 ? unchanged(I, self) : NEWREF(I->empty_str);
        b = NEWREF(I->empty_str);
        c = dir > 0 ? NEWREF(I->empty_str) : unchanged(I, self);
    } else {
        a = str_substr(I, self, 0, k);
        b = NEWREF(sep);
        c = str_substr(I, self, k + STR_LEN(sep), n);
    }
    Obj *t = a && c ? tuple_pack(I, 3, a, b, c) : NULL;
    XDECREF(I, a);
    DECREF(I, b);
    XDECREF(I, c);
    return t;
}

METHOD(str_partition) { UNUSED_ARGS; return partition(I, self, args[0], 1); }
METHOD(str_rpartition) { UNUSED_ARGS; return partition(I, self, args[0], -1); }

/* ------------------------------------------------------------------ join */

Obj *str_join(Interp *I, Obj *sep, Obj *iterable) {
    Obj *seq;
    if (TYPE(iterable) == I->t_list || TYPE(iterable) == I->t_tuple) seq = NEWREF(iterable);
    else {
        Obj *it = obj_iter(I, iterable);
        if (!it) {
            if (err_matches(I, I->e_TypeError)) {
                err_clear(I);
                err_string(I, I->e_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = seq_list(I, it);
        DECREF(I, it);
        if (!seq) return NULL;
    }
    bool is_list = LIST_CHECK(seq);
    Ssize n = is_list ? LIST_LEN(seq) : TUPLE_LEN(seq);
    Obj **items = is_list ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    Ssize total = 0;
    uint32_t m = str_maxchar(sep);
    for (Ssize i = 0; i < n; i++) {
        if (!STR_CHECK(items[i])) {
            err_format(I, I->e_TypeError, "sequence item %zd: expected str instance, %s found", i,
                       TYPE(items[i])->name);
            DECREF(I, seq);
            return NULL;
        }
        total += STR_LEN(items[i]);
        uint32_t k = str_maxchar(items[i]);
        if (k > m) m = k;
    }
    Obj *r;
    if (n == 1 && TYPE(items[0]) == I->t_str) r = NEWREF(items[0]);
    else if (n == 0) r = NEWREF(I->empty_str);
    else if ((r = str_new_raw(I, I->t_str, total + (n - 1) * STR_LEN(sep), n > 1 ? m : str_maxchar(items[0])))) {
        Ssize pos = 0, ls = STR_LEN(sep);
        void *d = STR_DATA(r);
        int k = STR_KIND(r);
        for (Ssize i = 0; i < n; i++) {
            if (i && ls) {
                for (Ssize j = 0; j < ls; j++) str_put(d, k, pos + j, str_char_at(sep, j));
                pos += ls;
            }
            Obj *it = items[i];
            Ssize li = STR_LEN(it);
            if (STR_KIND(it) == k) memcpy((char *)d + pos * k, STR_DATA(it), (size_t)(li * k));
            else
                for (Ssize j = 0; j < li; j++) str_put(d, k, pos + j, str_char_at(it, j));
            pos += li;
        }
        r = str_result(I, r);
    }
    DECREF(I, seq);
    return r;
}

METHOD(str_join_m) { UNUSED_ARGS; return str_join(I, self, args[0]); }

/* ------------------------------------------------------------------ replace */

static Obj *replace(Interp *I, Obj *self, Obj *old, Obj *new_, Ssize count) {
    Ssize n = STR_LEN(self), m = STR_LEN(old);
    Ssize found = count_in(self, old, 0, n, count < 0 ? PTRDIFF_MAX : count);
    if (found == 0 || (m == STR_LEN(new_) && str_eq(old, new_))) return unchanged(I, self);
    CpWriter w;
    cw_init(&w);
    bool ok = true;
    Ssize pos = 0;
    for (Ssize done = 0; ok && done < found; done++) {
        Ssize k;
        if (m == 0) {
            k = pos;
            ok = cw_str(I, &w, new_) && (k >= n || cw_char(I, &w, str_char_at(self, k)));
            pos = k + 1;
            continue;
        }
        k = str_find_in(self, old, pos, n, 1);
        ok = cw_substr(I, &w, self, pos, k) && cw_str(I, &w, new_);
        pos = k + m;
    }
    if (ok && pos < n) ok = cw_substr(I, &w, self, pos, n);
    if (!ok) {
        cw_discard(&w);
        return NULL;
    }
    return cw_finish(I, &w);
}

METHOD(str_replace) {
    if (!positional(I, "str.replace", kwnames) || !args_count(I, "replace", nargs, 2, 3)) return NULL;
    for (int i = 0; i < 2; i++)
        if (!STR_CHECK(args[i]))
            return err_format(I, I->e_TypeError, "replace() argument %d must be str, not %s", i + 1,
                              TYPE(args[i])->name);
    Ssize count = -1;
    if (nargs > 2 && !ssize_arg(I, args[2], &count)) return NULL;
    return replace(I, self, args[0], args[1], count);
}

/* ------------------------------------------------------------------ translate, maketrans */

static bool translate_char(Interp *I, CpWriter *w, Obj *table, uint32_t c) {
    Obj *key = int_from_i64(I, c);
    if (!key) return false;
    Obj *v = obj_getitem(I, table, key);
    DECREF(I, key);
    if (!v) {
        if (!err_matches(I, I->e_LookupError)) return false;
        err_clear(I);
        return cw_char(I, w, c);
    }
    bool ok = true;
    if (v == I->none) {
    } else if (INT_CHECK(v)) {
        int64_t x;
        if (!int_fits_i64(v, &x) || x < 0 || x > 0x10FFFF) {
            err_string(I, I->e_ValueError, "character mapping must be in range(0x110000)");
            ok = false;
        } else ok = cw_char(I, w, (uint32_t)x);
    } else if (STR_CHECK(v)) ok = cw_str(I, w, v);
    else {
        err_string(I, I->e_TypeError, "character mapping must return integer, None or str");
        ok = false;
    }
    DECREF(I, v);
    return ok;
}

METHOD(str_translate) {
    UNUSED_ARGS;
    CpWriter w;
    cw_init(&w);
    for (Ssize i = 0; i < STR_LEN(self); i++)
        if (!translate_char(I, &w, args[0], str_char_at(self, i))) {
            cw_discard(&w);
            return NULL;
        }
    return cw_finish(I, &w);
}

static bool set_ord(Interp *I, Obj *d, uint32_t c, Obj *v) {
    Obj *k = int_from_i64(I, c);
    bool ok = k && dict_set(I, d, k, v);
    XDECREF(I, k);
    return ok;
}

static Obj *maketrans_dict(Interp *I, Obj *x) {
    if (!DICT_CHECK(x))
        return err_string(I, I->e_TypeError,
                          "if you give only one argument to maketrans it must be a dict");
    Obj *d = dict_new(I), *k, *v;
    Ssize pos = 0;
    while (d && dict_next(x, &pos, &k, &v)) {
        bool ok;
        if (STR_CHECK(k)) {
            if (STR_LEN(k) != 1) {
                err_string(I, I->e_ValueError, "string keys in translate table must be of length 1");
                ok = false;
            } else ok = set_ord(I, d, str_char_at(k, 0), v);
        } else if (INT_CHECK(k)) ok = dict_set(I, d, k, v);
        else {
            err_string(I, I->e_TypeError, "keys in translate table must be strings or integers");
            ok = false;
        }
        if (!ok) CLEAR(I, d);
    }
    return d;
}

METHOD(str_maketrans) {
    (void)self;
    if (!positional(I, "str.maketrans", kwnames) || !args_count(I, "maketrans", nargs, 1, 3)) return NULL;
    if (nargs == 1) return maketrans_dict(I, args[0]);
    for (size_t i = 1; i < nargs; i++)
        if (!STR_CHECK(args[i]))
            return err_format(I, I->e_TypeError, "maketrans() argument %zu must be str, not %s",
                              i + 1, TYPE(args[i])->name);
    if (!STR_CHECK(args[0]))
        return err_string(I, I->e_TypeError,
                          "first maketrans argument must be a string if there is a second argument");
    Obj *x = args[0], *y = args[1];
    if (STR_LEN(x) != STR_LEN(y))
        return err_string(I, I->e_ValueError, "the first two maketrans arguments must have equal length");
    Obj *d = dict_new(I);
    for (Ssize i = 0; d && i < STR_LEN(x); i++) {
        Obj *v = int_from_i64(I, str_char_at(y, i));
        bool ok = v && set_ord(I, d, str_char_at(x, i), v);
        XDECREF(I, v);
        if (!ok) CLEAR(I, d);
    }
    for (Ssize i = 0; d && nargs > 2 && i < STR_LEN(args[2]); i++)
        if (!set_ord(I, d, str_char_at(args[2], i), I->none)) CLEAR(I, d);
    return d;
}

/* ------------------------------------------------------------------ encode */

METHOD(str_encode_m) {
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"encode", names, 2, 2, 0, 0};
    Obj *a[2];
    const char *e[2] = {NULL, NULL};
    if (!args_parse(I, &spec, args, nargs, kwnames, a)) return NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!STR_CHECK(a[i]))
            return err_format(I, I->e_TypeError, "encode() argument '%s' must be str, not %s",
                              names[i], TYPE(a[i])->name);
        if (!(e[i] = str_utf8(I, a[i], NULL))) return NULL;
    }
    return str_encode(I, self, e[0], e[1]);
}

/* ------------------------------------------------------------------ __sizeof__ */

/* unicode___sizeof__: the compact layouts for exact strs, the two-block legacy layout for
 * instances of str subclasses; 3.12+ latin-1 singletons carry their UTF-8 (unicodeobject.c
 * _Py_unicode_get_latin1_char fills it at start-up). */
static Obj *str_sizeof(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kw) {
    (void)args, (void)nargs, (void)kw;
    StrObj *s = (StrObj *)self;
    uint32_t maxchar = s->kind == 4 ? 0x10FFFF : s->kind == 2 ? 0xFFFF : s->ascii ? 0x7F : 0xFF;
    bool legacy = TYPE(self) != I->t_str;
    MSize utf8 = 0;
    if (!legacy && I->prof->str_latin1_utf8 && s->length == 1 && maxchar == 0xFF) utf8 = 3;
    return int_from_i64(I, model_str_sizeof(I->prof, s->length, maxchar, utf8, legacy));
}

/* ------------------------------------------------------------------ the table */

Obj *str_method_format(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *str_method_format_map(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *str_method_dunder_format(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#define KW (METH_FASTCALL | METH_KEYWORDS)
const MethodDef str_methods[] = {
    {"__sizeof__", str_sizeof, METH_NOARGS, "Return the size of the string in memory, in bytes."},
    {"encode", str_encode_m, KW, NULL},
    {"replace", str_replace, METH_FASTCALL, NULL},
    {"split", str_split, KW, NULL},
    {"rsplit", str_rsplit, KW, NULL},
    {"join", str_join_m, METH_O, NULL},
    {"capitalize", str_capitalize, METH_NOARGS, NULL},
    {"casefold", str_casefold, METH_NOARGS, NULL},
    {"title", str_title, METH_NOARGS, NULL},
    {"center", str_center, METH_FASTCALL, NULL},
    {"count", str_count, METH_FASTCALL, NULL},
    {"expandtabs", str_expandtabs, KW, NULL},
    {"find", str_find, METH_FASTCALL, NULL},
    {"partition", str_partition, METH_O, NULL},
    {"index", str_index, METH_FASTCALL, NULL},
    {"ljust", str_ljust, METH_FASTCALL, NULL},
    {"lower", str_lower, METH_NOARGS, NULL},
    {"lstrip", str_lstrip, METH_FASTCALL, NULL},
    {"rfind", str_rfind, METH_FASTCALL, NULL},
    {"rindex", str_rindex, METH_FASTCALL, NULL},
    {"rjust", str_rjust, METH_FASTCALL, NULL},
    {"rstrip", str_rstrip, METH_FASTCALL, NULL},
    {"rpartition", str_rpartition, METH_O, NULL},
    {"splitlines", str_splitlines, KW, NULL},
    {"strip", str_strip, METH_FASTCALL, NULL},
    {"swapcase", str_swapcase, METH_NOARGS, NULL},
    {"translate", str_translate, METH_O, NULL},
    {"upper", str_upper, METH_NOARGS, NULL},
    {"startswith", str_startswith, METH_FASTCALL, NULL},
    {"endswith", str_endswith, METH_FASTCALL, NULL},
    {"removeprefix", str_removeprefix, METH_O, NULL},
    {"removesuffix", str_removesuffix, METH_O, NULL},
    {"isascii", str_isascii, METH_NOARGS, NULL},
    {"islower", str_islower, METH_NOARGS, NULL},
    {"isupper", str_isupper, METH_NOARGS, NULL},
    {"istitle", str_istitle, METH_NOARGS, NULL},
    {"isspace", str_isspace, METH_NOARGS, NULL},
    {"isdecimal", str_isdecimal, METH_NOARGS, NULL},
    {"isdigit", str_isdigit, METH_NOARGS, NULL},
    {"isnumeric", str_isnumeric, METH_NOARGS, NULL},
    {"isalpha", str_isalpha, METH_NOARGS, NULL},
    {"isalnum", str_isalnum, METH_NOARGS, NULL},
    {"isidentifier", str_isidentifier, METH_NOARGS, NULL},
    {"isprintable", str_isprintable, METH_NOARGS, NULL},
    {"zfill", str_zfill, METH_O, NULL},
    {"format", str_method_format, KW, NULL},
    {"format_map", str_method_format_map, METH_O, NULL},
    {"__format__", str_method_dunder_format, METH_O, NULL},
    {"maketrans", str_maketrans, METH_FASTCALL | METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};
