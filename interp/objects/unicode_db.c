/* unicode_db.c: lookups in the generated character tables (see unicode_db.h). */
#include "objects/unicode_db.h"

typedef struct UdbRecord {
    uint32_t flags;
    int32_t lower, upper, title, fold; /* deltas, or an index in udb_specials when EXT_* */
    int8_t decimal, digit;
} UdbRecord;

#include "objects/unicode_db_tables.h"

static const UdbRecord *rec(uint32_t cp) {
    if (cp >= 0x110000) cp = 0xFFFF; /* a non-character: no properties */
    uint32_t blk = udb_index1[cp >> UDB_SHIFT];
    return &udb_records[udb_index2[(blk << UDB_SHIFT) + (cp & ((1u << UDB_SHIFT) - 1))]];
}

static bool has(uint32_t cp, uint32_t flag) { return (rec(cp)->flags & flag) != 0; }

bool ud_isalpha(uint32_t cp) { return has(cp, UDB_ALPHA); }
bool ud_isdecimal(uint32_t cp) { return has(cp, UDB_DECIMAL); }
bool ud_isdigit(uint32_t cp) { return has(cp, UDB_DIGIT); }
bool ud_isnumeric(uint32_t cp) { return has(cp, UDB_NUMERIC); }
bool ud_isspace(uint32_t cp) { return has(cp, UDB_SPACE); }
bool ud_islower(uint32_t cp) { return has(cp, UDB_LOWER); }
bool ud_isupper(uint32_t cp) { return has(cp, UDB_UPPER); }
bool ud_istitle(uint32_t cp) { return has(cp, UDB_TITLE); }
bool ud_isprintable(uint32_t cp) { return has(cp, UDB_PRINTABLE); }
bool ud_isxid_start(uint32_t cp) { return has(cp, UDB_XID_START); }
bool ud_isxid_continue(uint32_t cp) { return has(cp, UDB_XID_CONTINUE); }
bool ud_iscased(uint32_t cp) { return has(cp, UDB_CASED); }
bool ud_iscase_ignorable(uint32_t cp) { return has(cp, UDB_CASE_IGNORABLE); }
bool ud_islinebreak(uint32_t cp) { return has(cp, UDB_LINEBREAK); }
bool ud_isalnum(uint32_t cp) {
    return has(cp, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
int ud_decimal_value(uint32_t cp) { return rec(cp)->decimal; }
int ud_digit_value(uint32_t cp) { return rec(cp)->digit; }

static int mapping(uint32_t cp, int32_t v, bool ext, uint32_t out[3]) {
    if (!ext) {
        out[0] = (uint32_t)((int32_t)cp + v);
        return 1;
    }
    const uint32_t *s = udb_specials[v];
    for (uint32_t i = 0; i < s[0]; i++) out[i] = s[1 + i];
    return (int)s[0];
}

int ud_lower_full(uint32_t cp, uint32_t out[3]) {
    const UdbRecord *r = rec(cp);
    return mapping(cp, r->lower, r->flags & UDB_EXT_LOWER, out);
}
int ud_upper_full(uint32_t cp, uint32_t out[3]) {
    const UdbRecord *r = rec(cp);
    return mapping(cp, r->upper, r->flags & UDB_EXT_UPPER, out);
}
int ud_title_full(uint32_t cp, uint32_t out[3]) {
    const UdbRecord *r = rec(cp);
    return mapping(cp, r->title, r->flags & UDB_EXT_TITLE, out);
}
int ud_fold_full(uint32_t cp, uint32_t out[3]) {
    const UdbRecord *r = rec(cp);
    return mapping(cp, r->fold, r->flags & UDB_EXT_FOLD, out);
}
uint32_t ud_tolower(uint32_t cp) {
    uint32_t out[3] = {cp, 0, 0};
    ud_lower_full(cp, out);
    return out[0];
}
uint32_t ud_toupper(uint32_t cp) {
    uint32_t out[3] = {cp, 0, 0};
    ud_upper_full(cp, out);
    return out[0];
}
