/* unicode_db.h: character properties for str methods (isalpha, upper, casefold, ...).
 * The tables (unicode_db_tables.h) are generated from CPython 3.12's own str methods over every
 * code point, so answers are CPython 3.12's (Unicode 15.0) for all of Unicode; older profiles
 * differ only for characters added in later Unicode versions. Limits: "cased" and
 * "case-ignorable" (used only by the final-sigma rule of lower()) are approximated from the
 * general category. */
#ifndef SLOTSCOPE_UNICODE_DB_H
#define SLOTSCOPE_UNICODE_DB_H

#include <stdbool.h>
#include <stdint.h>

bool ud_isalpha(uint32_t cp);
bool ud_isdecimal(uint32_t cp);
bool ud_isdigit(uint32_t cp);
bool ud_isnumeric(uint32_t cp);
bool ud_isspace(uint32_t cp);
bool ud_islower(uint32_t cp);
bool ud_isupper(uint32_t cp);
bool ud_istitle(uint32_t cp);     /* general category Lt only */
bool ud_isprintable(uint32_t cp);
bool ud_isxid_start(uint32_t cp);  /* as chr(cp).isidentifier(): '_' counts */
bool ud_isxid_continue(uint32_t cp);
bool ud_iscased(uint32_t cp);
bool ud_iscase_ignorable(uint32_t cp);
bool ud_islinebreak(uint32_t cp);  /* str.splitlines() boundaries */
bool ud_isalnum(uint32_t cp);
int ud_decimal_value(uint32_t cp); /* 0..9 or -1 */
int ud_digit_value(uint32_t cp);   /* 0..9 or -1 */

/* Full case mappings: write 1..3 code points to out, return how many. */
int ud_lower_full(uint32_t cp, uint32_t out[3]);
int ud_upper_full(uint32_t cp, uint32_t out[3]);
int ud_title_full(uint32_t cp, uint32_t out[3]);
int ud_fold_full(uint32_t cp, uint32_t out[3]);
/* Simple (one code point) mappings; for a character with a multi-character mapping, the first
 * code point of it. */
uint32_t ud_tolower(uint32_t cp);
uint32_t ud_toupper(uint32_t cp);

#endif
