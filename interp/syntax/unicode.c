/* unicode.c: UTF-8 decoding and approximate character classes for identifiers and repr(). */
#include "syntax/unicode.h"

/* The byte ranges a well-formed sequence may continue with after lead byte b (Unicode Table 3-7);
 * they make E0 80, ED A0 (surrogates) and F4 90 ill-formed exactly where Python's decoder says. */
static void second_range(unsigned char b, unsigned char *lo, unsigned char *hi) {
    *lo = 0x80;
    *hi = 0xBF;
    if (b == 0xE0) *lo = 0xA0;
    else if (b == 0xED) *hi = 0x9F;
    else if (b == 0xF0) *lo = 0x90;
    else if (b == 0xF4) *hi = 0x8F;
}

static int seq_len(unsigned char b) {
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return 0;
}

/* Length of the valid sequence at s, or 0; on 0, *bad is the number of bytes blamed and
 * *why the reason. */
static int check_seq(const unsigned char *s, size_t avail, int *bad, const char **why) {
    int n = seq_len(s[0]);
    if (n == 0) {
        *bad = 1;
        *why = "invalid start byte";
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((size_t)i >= avail) {
            *bad = i;
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1) second_range(s[0], &lo, &hi);
        if (s[i] < lo || s[i] > hi) {
            *bad = i;
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

int utf8_decode(const char *s, const char *end, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    int bad;
    const char *why;
    int n = check_seq(u, (size_t)(end - s), &bad, &why);
    switch (n) {
    case 1: *cp = u[0]; return 1;
    case 2: *cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F); return 2;
    case 3: *cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F); return 3;
    case 4:
        *cp = (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 | (uint32_t)(u[2] & 0x3F) << 6 |
              (u[3] & 0x3F);
        return 4;
    default:
        /* Lone surrogates written by our own escape decoder (ED A0..BF xx) decode too. */
        if (u[0] == 0xED && end - s >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
            *cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
            return 3;
        }
        *cp = 0xFFFD;
        return 1;
    }
}

int utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool utf8_find_error(const char *s, size_t len, size_t *pos, int *nbytes, const char **reason) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int n = check_seq(u + i, len - i, nbytes, reason);
        if (n == 0) {
            *pos = i;
            return true;
        }
        i += (size_t)n;
    }
    return false;
}

typedef struct { uint32_t lo, hi; } Range;

/* Code points that are never identifier characters although they are not ASCII: Latin-1
 * punctuation and symbols, general punctuation, currency, arrows, maths and technical symbols,
 * box drawing, dingbats, CJK punctuation, fullwidth ASCII punctuation, emoji. */
static const Range non_ident[] = {
    {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7},
    {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x2101},
    {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118}, {0x211E, 0x2123},
    {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x2190, 0x2BFF}, {0x2E00, 0x2E7F},
    {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE32},
    {0xFE35, 0xFE4C}, {0xFE50, 0xFE6F}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0xD800, 0xDFFF},
    {0x1F000, 0x1FAFF},
};

static bool in_ranges(uint32_t cp, const Range *r, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return true;
    return false;
}

bool unicode_is_xid(uint32_t cp) {
    if (cp < 0x80)
        return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return cp <= 0x10FFFF && !in_ranges(cp, non_ident, sizeof non_ident / sizeof non_ident[0]);
}

bool unicode_is_xid_start(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    /* Combining marks and the middle dot continue a name but cannot start one. */
    if ((cp >= 0x300 && cp <= 0x36F) || cp == 0xB7) return false;
    return unicode_is_xid(cp);
}

/* Not printable for str.isprintable(): controls, Latin-1 no-break space and soft hyphen,
 * separators and format characters, surrogates, private use, noncharacters. */
static const Range non_printable[] = {
    {0x00, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
    {0x70F, 0x70F}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x2064},
    {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB},
    {0xFFFE, 0xFFFF}, {0xE0000, 0x10FFFF},
};

bool unicode_is_printable(uint32_t cp) {
    if (cp >= 0x20 && cp < 0x7F) return true;
    return !in_ranges(cp, non_printable, sizeof non_printable / sizeof non_printable[0]);
}
