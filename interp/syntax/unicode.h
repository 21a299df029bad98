/* unicode.h: the little UTF-8 and character-class knowledge the front end needs. */
#ifndef SLOTSCOPE_SYNTAX_UNICODE_H
#define SLOTSCOPE_SYNTAX_UNICODE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

/* Decodes one code point at s (s < end). Returns its byte length; malformed input yields
 * U+FFFD and length 1. */
int utf8_decode(const char *s, const char *end, uint32_t *cp);
/* Encodes cp (surrogates too, as CPython's internal form would need) into out; returns 1..4. */
int utf8_encode(uint32_t cp, char *out);

/* Finds the first malformed sequence in s[0..len). Returns false when all is well; otherwise
 * *pos is its offset, *nbytes how many bytes Python's decoder blames, and *reason is one of
 * "invalid start byte", "invalid continuation byte", "unexpected end of data". */
bool utf8_find_error(const char *s, size_t len, size_t *pos, int *nbytes, const char **reason);

/* Approximations of the Unicode identifier classes (XID_Start, XID_Continue) and of
 * str.isprintable(): exact for ASCII and Latin-1, close enough for the common scripts. */
bool unicode_is_xid_start(uint32_t cp);
bool unicode_is_xid(uint32_t cp);
bool unicode_is_printable(uint32_t cp);

#endif
