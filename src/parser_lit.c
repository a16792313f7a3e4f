/*
** parser_lit.c - literals: numbers, strings (all prefixes and escapes),
** implicit concatenation and f-strings (3.11 semantics: the replacement
** fields are re-lexed in place from the source buffer, so nodes get
** their true positions; errors mimic CPython's "f-string: ..." reports).
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser_int.h"
#include "uniname.h"

/* ---------- numbers ---------- */

/* Convert digits in `base` to a decimal digit string (for big ints). */
static const char *to_decimal(Parser *p, const char *d, int n, int base)
{
    /* little-endian array of base-10^9 limbs */
    int cap = n + 2, len = 1;
    unsigned int *limb = palloc(p, sizeof(unsigned int) * (size_t)cap);
    for (int i = 0; i < n; i++) {
        int c = d[i];
        unsigned long long carry = (unsigned long long)(isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
        for (int j = 0; j < len; j++) {
            unsigned long long v = (unsigned long long)limb[j] * (unsigned)base + carry;
            limb[j] = (unsigned int)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limb[len++] = (unsigned int)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = palloc(p, (size_t)len * 9 + 2);
    char *o = out;
    o += sprintf(o, "%u", limb[len - 1]);
    for (int j = len - 2; j >= 0; j--) {
        o += sprintf(o, "%09u", limb[j]);
    }
    return out;
}

Expr *parse_number(Parser *p, Token *t)
{
    char stackbuf[128];
    char *s = t->len < (int)sizeof stackbuf ? stackbuf : palloc(p, (size_t)t->len + 1);
    int n = 0;
    for (int i = 0; i < t->len; i++) {
        if (t->start[i] != '_') {
            s[n++] = t->start[i];
        }
    }
    s[n] = '\0';
    Expr *e = new_expr(p, EXPR_Constant, t);
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
    ConstValue *cv = &e->v.Constant.value;
    char last = s[n - 1];
    if (last == 'j' || last == 'J') {
        s[n - 1] = '\0';
        cv->kind = CONST_COMPLEX;
        cv->v.f = strtod(s, NULL);
        return e;
    }
    int base = 10;
    const char *digits = s;
    if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL) {
        base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        digits = s + 2;
    } else if (strpbrk(s, ".eE") != NULL) {
        cv->kind = CONST_FLOAT;
        cv->v.f = strtod(s, NULL);
        return e;
    }
    if (base == 10 && p->int_max_digits > 0 && (int)strlen(digits) > p->int_max_digits) {
        lexer_set_error(p->err, "SyntaxError", t->lineno, 0, t->end_lineno, 0,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%d digits; use sys.set_int_max_str_digits() to increase the limit - "
                        "Consider hexadecimal for huge integer literals to avoid decimal "
                        "conversion limits.", p->int_max_digits, (int)strlen(digits));
        fail(p);
    }
    /* integer: try int64 first */
    uint64_t v = 0;
    int overflow = 0;
    for (const char *q = digits; *q; q++) {
        int d = isdigit((unsigned char)*q) ? *q - '0' : tolower((unsigned char)*q) - 'a' + 10;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) {
            overflow = 1;
            break;
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (!overflow && v <= (uint64_t)INT64_MAX) {
        cv->kind = CONST_INT;
        cv->v.i = (int64_t)v;
        return e;
    }
    cv->kind = CONST_BIGINT;
    const char *dec = to_decimal(p, digits, (int)strlen(digits), base);
    cv->v.str.s = dec;
    cv->v.str.len = strlen(dec);
    return e;
}

/* ---------- \N{...} names ---------- */

typedef struct { const char *name; int cp; } UniName;
static const UniName uni_names[] = {
    { "ALMOST EQUAL TO", 0x2248 },
    { "AMPERSAND", 0x0026 },
    { "ANGSTROM SIGN", 0x212B },
    { "APOSTROPHE", 0x0027 },
    { "ARABIC LETTER ALEF", 0x0627 },
    { "ASTERISK", 0x002A },
    { "BACKSPACE", 0x0008 },
    { "BALLOT X", 0x2717 },
    { "BELL", 0x1F514 },
    { "BLACK CIRCLE", 0x25CF },
    { "BLACK HEART SUIT", 0x2665 },
    { "BLACK RIGHT-POINTING TRIANGLE", 0x25B6 },
    { "BLACK SMALL SQUARE", 0x25AA },
    { "BLACK SQUARE", 0x25A0 },
    { "BLACK STAR", 0x2605 },
    { "BOX DRAWINGS LIGHT HORIZONTAL", 0x2500 },
    { "BOX DRAWINGS LIGHT VERTICAL", 0x2502 },
    { "BULLET", 0x2022 },
    { "BYTE ORDER MARK", 0xFEFF },
    { "CARRIAGE RETURN", 0x000D },
    { "CAT FACE", 0x1F431 },
    { "CENT SIGN", 0x00A2 },
    { "CHARACTER TABULATION", 0x0009 },
    { "CHECK MARK", 0x2713 },
    { "CIRCLED DIGIT ONE", 0x2460 },
    { "CIRCUMFLEX ACCENT", 0x005E },
    { "CJK UNIFIED IDEOGRAPH-4E2D", 0x4E2D },
    { "CLOUD", 0x2601 },
    { "COLON", 0x003A },
    { "COMBINING ACUTE ACCENT", 0x0301 },
    { "COMBINING DIAERESIS", 0x0308 },
    { "COMBINING GRAVE ACCENT", 0x0300 },
    { "COMMA", 0x002C },
    { "COMMERCIAL AT", 0x0040 },
    { "COPYRIGHT SIGN", 0x00A9 },
    { "CROSS MARK", 0x274C },
    { "CYRILLIC CAPITAL LETTER A", 0x0410 },
    { "CYRILLIC CAPITAL LETTER ZHE", 0x0416 },
    { "CYRILLIC SMALL LETTER A", 0x0430 },
    { "CYRILLIC SMALL LETTER BE", 0x0431 },
    { "CYRILLIC SMALL LETTER IE", 0x0435 },
    { "DAGGER", 0x2020 },
    { "DARK SHADE", 0x2593 },
    { "DEGREE SIGN", 0x00B0 },
    { "DELETE", 0x007F },
    { "DEVANAGARI LETTER A", 0x0905 },
    { "DIGIT EIGHT", 0x0038 },
    { "DIGIT FIVE", 0x0035 },
    { "DIGIT FOUR", 0x0034 },
    { "DIGIT NINE", 0x0039 },
    { "DIGIT ONE", 0x0031 },
    { "DIGIT SEVEN", 0x0037 },
    { "DIGIT SIX", 0x0036 },
    { "DIGIT THREE", 0x0033 },
    { "DIGIT TWO", 0x0032 },
    { "DIGIT ZERO", 0x0030 },
    { "DIVISION SIGN", 0x00F7 },
    { "DOG FACE", 0x1F436 },
    { "DOLLAR SIGN", 0x0024 },
    { "DOUBLE DAGGER", 0x2021 },
    { "DOUBLE PRIME", 0x2033 },
    { "DOUBLE-STRUCK CAPITAL N", 0x2115 },
    { "DOUBLE-STRUCK CAPITAL R", 0x211D },
    { "DOUBLE-STRUCK CAPITAL Z", 0x2124 },
    { "DOWNWARDS ARROW", 0x2193 },
    { "EARTH GLOBE EUROPE-AFRICA", 0x1F30D },
    { "EIGHTH NOTE", 0x266A },
    { "ELEMENT OF", 0x2208 },
    { "EM DASH", 0x2014 },
    { "EM SPACE", 0x2003 },
    { "EMPTY SET", 0x2205 },
    { "EN DASH", 0x2013 },
    { "EN SPACE", 0x2002 },
    { "EQUALS SIGN", 0x003D },
    { "ESCAPE", 0x001B },
    { "EURO SIGN", 0x20AC },
    { "EXCLAMATION MARK", 0x0021 },
    { "FACE WITH TEARS OF JOY", 0x1F602 },
    { "FIRE", 0x1F525 },
    { "FOR ALL", 0x2200 },
    { "FORM FEED", 0x000C },
    { "FULL BLOCK", 0x2588 },
    { "FULL STOP", 0x002E },
    { "FULLWIDTH LATIN CAPITAL LETTER A", 0xFF21 },
    { "GHOST", 0x1F47B },
    { "GLOBE WITH MERIDIANS", 0x1F310 },
    { "GRAVE ACCENT", 0x0060 },
    { "GREATER-THAN OR EQUAL TO", 0x2265 },
    { "GREATER-THAN SIGN", 0x003E },
    { "GREEK CAPITAL LETTER ALPHA", 0x0391 },
    { "GREEK CAPITAL LETTER BETA", 0x0392 },
    { "GREEK CAPITAL LETTER CHI", 0x03A7 },
    { "GREEK CAPITAL LETTER DELTA", 0x0394 },
    { "GREEK CAPITAL LETTER EPSILON", 0x0395 },
    { "GREEK CAPITAL LETTER ETA", 0x0397 },
    { "GREEK CAPITAL LETTER GAMMA", 0x0393 },
    { "GREEK CAPITAL LETTER IOTA", 0x0399 },
    { "GREEK CAPITAL LETTER KAPPA", 0x039A },
    { "GREEK CAPITAL LETTER LAMDA", 0x039B },
    { "GREEK CAPITAL LETTER MU", 0x039C },
    { "GREEK CAPITAL LETTER NU", 0x039D },
    { "GREEK CAPITAL LETTER OMEGA", 0x03A9 },
    { "GREEK CAPITAL LETTER OMICRON", 0x039F },
    { "GREEK CAPITAL LETTER PHI", 0x03A6 },
    { "GREEK CAPITAL LETTER PI", 0x03A0 },
    { "GREEK CAPITAL LETTER PSI", 0x03A8 },
    { "GREEK CAPITAL LETTER RHO", 0x03A1 },
    { "GREEK CAPITAL LETTER SIGMA", 0x03A3 },
    { "GREEK CAPITAL LETTER TAU", 0x03A4 },
    { "GREEK CAPITAL LETTER THETA", 0x0398 },
    { "GREEK CAPITAL LETTER UPSILON", 0x03A5 },
    { "GREEK CAPITAL LETTER XI", 0x039E },
    { "GREEK CAPITAL LETTER ZETA", 0x0396 },
    { "GREEK SMALL LETTER ALPHA", 0x03B1 },
    { "GREEK SMALL LETTER BETA", 0x03B2 },
    { "GREEK SMALL LETTER CHI", 0x03C7 },
    { "GREEK SMALL LETTER DELTA", 0x03B4 },
    { "GREEK SMALL LETTER EPSILON", 0x03B5 },
    { "GREEK SMALL LETTER ETA", 0x03B7 },
    { "GREEK SMALL LETTER FINAL SIGMA", 0x03C2 },
    { "GREEK SMALL LETTER GAMMA", 0x03B3 },
    { "GREEK SMALL LETTER IOTA", 0x03B9 },
    { "GREEK SMALL LETTER KAPPA", 0x03BA },
    { "GREEK SMALL LETTER LAMDA", 0x03BB },
    { "GREEK SMALL LETTER MU", 0x03BC },
    { "GREEK SMALL LETTER NU", 0x03BD },
    { "GREEK SMALL LETTER OMEGA", 0x03C9 },
    { "GREEK SMALL LETTER OMICRON", 0x03BF },
    { "GREEK SMALL LETTER PHI", 0x03C6 },
    { "GREEK SMALL LETTER PI", 0x03C0 },
    { "GREEK SMALL LETTER PSI", 0x03C8 },
    { "GREEK SMALL LETTER RHO", 0x03C1 },
    { "GREEK SMALL LETTER SIGMA", 0x03C3 },
    { "GREEK SMALL LETTER TAU", 0x03C4 },
    { "GREEK SMALL LETTER THETA", 0x03B8 },
    { "GREEK SMALL LETTER UPSILON", 0x03C5 },
    { "GREEK SMALL LETTER XI", 0x03BE },
    { "GREEK SMALL LETTER ZETA", 0x03B6 },
    { "GRINNING FACE", 0x1F600 },
    { "HEAVY BLACK HEART", 0x2764 },
    { "HEAVY CHECK MARK", 0x2714 },
    { "HEAVY MINUS SIGN", 0x2796 },
    { "HEAVY PLUS SIGN", 0x2795 },
    { "HEBREW LETTER ALEF", 0x05D0 },
    { "HIGH VOLTAGE SIGN", 0x26A1 },
    { "HIRAGANA LETTER A", 0x3042 },
    { "HORIZONTAL ELLIPSIS", 0x2026 },
    { "HOT BEVERAGE", 0x2615 },
    { "HOURGLASS", 0x231B },
    { "HYPHEN", 0x2010 },
    { "HYPHEN BULLET", 0x2043 },
    { "HYPHEN-MINUS", 0x002D },
    { "IDEOGRAPHIC SPACE", 0x3000 },
    { "INCREMENT", 0x2206 },
    { "INFINITY", 0x221E },
    { "INTEGRAL", 0x222B },
    { "INTERSECTION", 0x2229 },
    { "INVERTED EXCLAMATION MARK", 0x00A1 },
    { "INVERTED QUESTION MARK", 0x00BF },
    { "KELVIN SIGN", 0x212A },
    { "LATIN CAPITAL LETTER A", 0x0041 },
    { "LATIN CAPITAL LETTER B", 0x0042 },
    { "LATIN CAPITAL LETTER C", 0x0043 },
    { "LATIN CAPITAL LETTER D", 0x0044 },
    { "LATIN CAPITAL LETTER E", 0x0045 },
    { "LATIN CAPITAL LETTER E WITH ACUTE", 0x00C9 },
    { "LATIN CAPITAL LETTER F", 0x0046 },
    { "LATIN CAPITAL LETTER G", 0x0047 },
    { "LATIN CAPITAL LETTER H", 0x0048 },
    { "LATIN CAPITAL LETTER I", 0x0049 },
    { "LATIN CAPITAL LETTER J", 0x004A },
    { "LATIN CAPITAL LETTER K", 0x004B },
    { "LATIN CAPITAL LETTER L", 0x004C },
    { "LATIN CAPITAL LETTER M", 0x004D },
    { "LATIN CAPITAL LETTER N", 0x004E },
    { "LATIN CAPITAL LETTER O", 0x004F },
    { "LATIN CAPITAL LETTER P", 0x0050 },
    { "LATIN CAPITAL LETTER Q", 0x0051 },
    { "LATIN CAPITAL LETTER R", 0x0052 },
    { "LATIN CAPITAL LETTER S", 0x0053 },
    { "LATIN CAPITAL LETTER T", 0x0054 },
    { "LATIN CAPITAL LETTER U", 0x0055 },
    { "LATIN CAPITAL LETTER V", 0x0056 },
    { "LATIN CAPITAL LETTER W", 0x0057 },
    { "LATIN CAPITAL LETTER X", 0x0058 },
    { "LATIN CAPITAL LETTER Y", 0x0059 },
    { "LATIN CAPITAL LETTER Z", 0x005A },
    { "LATIN SMALL LETTER A", 0x0061 },
    { "LATIN SMALL LETTER A WITH ACUTE", 0x00E1 },
    { "LATIN SMALL LETTER A WITH DIAERESIS", 0x00E4 },
    { "LATIN SMALL LETTER A WITH GRAVE", 0x00E0 },
    { "LATIN SMALL LETTER B", 0x0062 },
    { "LATIN SMALL LETTER C", 0x0063 },
    { "LATIN SMALL LETTER C WITH CEDILLA", 0x00E7 },
    { "LATIN SMALL LETTER D", 0x0064 },
    { "LATIN SMALL LETTER DOTLESS I", 0x0131 },
    { "LATIN SMALL LETTER E", 0x0065 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0x00E9 },
    { "LATIN SMALL LETTER E WITH GRAVE", 0x00E8 },
    { "LATIN SMALL LETTER F", 0x0066 },
    { "LATIN SMALL LETTER G", 0x0067 },
    { "LATIN SMALL LETTER H", 0x0068 },
    { "LATIN SMALL LETTER I", 0x0069 },
    { "LATIN SMALL LETTER J", 0x006A },
    { "LATIN SMALL LETTER K", 0x006B },
    { "LATIN SMALL LETTER L", 0x006C },
    { "LATIN SMALL LETTER M", 0x006D },
    { "LATIN SMALL LETTER N", 0x006E },
    { "LATIN SMALL LETTER N WITH TILDE", 0x00F1 },
    { "LATIN SMALL LETTER O", 0x006F },
    { "LATIN SMALL LETTER O WITH DIAERESIS", 0x00F6 },
    { "LATIN SMALL LETTER P", 0x0070 },
    { "LATIN SMALL LETTER Q", 0x0071 },
    { "LATIN SMALL LETTER R", 0x0072 },
    { "LATIN SMALL LETTER S", 0x0073 },
    { "LATIN SMALL LETTER SHARP S", 0x00DF },
    { "LATIN SMALL LETTER T", 0x0074 },
    { "LATIN SMALL LETTER U", 0x0075 },
    { "LATIN SMALL LETTER U WITH DIAERESIS", 0x00FC },
    { "LATIN SMALL LETTER V", 0x0076 },
    { "LATIN SMALL LETTER W", 0x0077 },
    { "LATIN SMALL LETTER X", 0x0078 },
    { "LATIN SMALL LETTER Y", 0x0079 },
    { "LATIN SMALL LETTER Z", 0x007A },
    { "LATIN SMALL LIGATURE FI", 0xFB01 },
    { "LEFT CURLY BRACKET", 0x007B },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C },
    { "LEFT PARENTHESIS", 0x0028 },
    { "LEFT SINGLE QUOTATION MARK", 0x2018 },
    { "LEFT SQUARE BRACKET", 0x005B },
    { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0x00AB },
    { "LEFTWARDS ARROW", 0x2190 },
    { "LESS-THAN OR EQUAL TO", 0x2264 },
    { "LESS-THAN SIGN", 0x003C },
    { "LIGHT SHADE", 0x2591 },
    { "LINE FEED", 0x000A },
    { "LINE SEPARATOR", 0x2028 },
    { "LINE TABULATION", 0x000B },
    { "LOGICAL AND", 0x2227 },
    { "LOGICAL OR", 0x2228 },
    { "LOW LINE", 0x005F },
    { "MATHEMATICAL BOLD CAPITAL A", 0x1D400 },
    { "MEDIUM SHADE", 0x2592 },
    { "MICRO SIGN", 0x00B5 },
    { "MIDDLE DOT", 0x00B7 },
    { "MULTIPLICATION SIGN", 0x00D7 },
    { "MUSICAL NOTE", 0x1F3B5 },
    { "N-ARY SUMMATION", 0x2211 },
    { "NABLA", 0x2207 },
    { "NARROW NO-BREAK SPACE", 0x202F },
    { "NO-BREAK SPACE", 0x00A0 },
    { "NOT EQUAL TO", 0x2260 },
    { "NULL", 0x0000 },
    { "NUMBER SIGN", 0x0023 },
    { "OHM SIGN", 0x2126 },
    { "PARAGRAPH SEPARATOR", 0x2029 },
    { "PARTY POPPER", 0x1F389 },
    { "PER MILLE SIGN", 0x2030 },
    { "PERCENT SIGN", 0x0025 },
    { "PILCROW SIGN", 0x00B6 },
    { "PILE OF POO", 0x1F4A9 },
    { "PLANCK CONSTANT", 0x210E },
    { "PLUS SIGN", 0x002B },
    { "PLUS-MINUS SIGN", 0x00B1 },
    { "POUND SIGN", 0x00A3 },
    { "PRIME", 0x2032 },
    { "QUESTION MARK", 0x003F },
    { "QUOTATION MARK", 0x0022 },
    { "RED APPLE", 0x1F34E },
    { "REGISTERED SIGN", 0x00AE },
    { "REPLACEMENT CHARACTER", 0xFFFD },
    { "REVERSE SOLIDUS", 0x005C },
    { "RIGHT CURLY BRACKET", 0x007D },
    { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "RIGHT PARENTHESIS", 0x0029 },
    { "RIGHT SINGLE QUOTATION MARK", 0x2019 },
    { "RIGHT SQUARE BRACKET", 0x005D },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0x00BB },
    { "RIGHTWARDS ARROW", 0x2192 },
    { "ROBOT FACE", 0x1F916 },
    { "ROCKET", 0x1F680 },
    { "ROMAN NUMERAL ONE", 0x2160 },
    { "SCRIPT SMALL L", 0x2113 },
    { "SECTION SIGN", 0x00A7 },
    { "SEMICOLON", 0x003B },
    { "SKULL", 0x1F480 },
    { "SMILING FACE WITH SMILING EYES", 0x1F60A },
    { "SNAKE", 0x1F40D },
    { "SNOWMAN", 0x2603 },
    { "SOFT HYPHEN", 0x00AD },
    { "SOLIDUS", 0x002F },
    { "SPACE", 0x0020 },
    { "SPARKLES", 0x2728 },
    { "SQUARE ROOT", 0x221A },
    { "SUBSET OF", 0x2282 },
    { "SUN WITH FACE", 0x1F31E },
    { "SUPERSCRIPT ONE", 0x00B9 },
    { "SUPERSCRIPT THREE", 0x00B3 },
    { "SUPERSCRIPT TWO", 0x00B2 },
    { "SUPERSET OF", 0x2283 },
    { "THERE EXISTS", 0x2203 },
    { "THIN SPACE", 0x2009 },
    { "THUMBS UP SIGN", 0x1F44D },
    { "TILDE", 0x007E },
    { "TRADE MARK SIGN", 0x2122 },
    { "TRIANGULAR BULLET", 0x2023 },
    { "UMBRELLA", 0x2602 },
    { "UNION", 0x222A },
    { "UPWARDS ARROW", 0x2191 },
    { "VERTICAL LINE", 0x007C },
    { "VULGAR FRACTION ONE HALF", 0x00BD },
    { "VULGAR FRACTION ONE QUARTER", 0x00BC },
    { "WARNING SIGN", 0x26A0 },
    { "WHITE BULLET", 0x25E6 },
    { "WHITE CIRCLE", 0x25CB },
    { "WHITE HEAVY CHECK MARK", 0x2705 },
    { "WHITE SMILING FACE", 0x263A },
    { "WHITE SQUARE", 0x25A1 },
    { "WHITE STAR", 0x2606 },
    { "YEN SIGN", 0x00A5 },
    { "ZERO WIDTH JOINER", 0x200D },
    { "ZERO WIDTH NO-BREAK SPACE", 0xFEFF },
    { "ZERO WIDTH NON-JOINER", 0x200C },
    { "ZERO WIDTH SPACE", 0x200B },
};

static int lookup_uniname(const char *s, int n)
{
    char buf[128];
    if (n <= 0 || n >= (int)sizeof buf) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        buf[i] = (char)toupper((unsigned char)s[i]);
    }
    buf[n] = '\0';
    if (strncmp(buf, "CJK UNIFIED IDEOGRAPH-", 22) == 0 && n >= 26) {
        char *endp;
        long cp = strtol(buf + 22, &endp, 16);
        if (*endp == '\0' && ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                              (cp >= 0x20000 && cp <= 0x2A6DF))) {
            return (int)cp;
        }
    }
    int lo = 0, hi = (int)(sizeof uni_names / sizeof uni_names[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(buf, uni_names[mid].name);
        if (c == 0) {
            return uni_names[mid].cp;
        }
        if (c < 0) {
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    return -1;
}

int tpUni_lookup_name(const char *s, size_t n)
{
    return n > 127 ? -1 : lookup_uniname(s, (int)n);
}

bool tpUni_name_of(uint32_t cp, char *buf, size_t cap)
{
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x20000 && cp <= 0x2A6DF)) {
        snprintf(buf, cap, "CJK UNIFIED IDEOGRAPH-%04X", (unsigned)cp);
        return true;
    }
    /* control characters have no name (the table holds their aliases), nor has BYTE ORDER MARK
     * (an alias of ZERO WIDTH NO-BREAK SPACE) */
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        return false;
    }
    for (size_t i = 0; i < sizeof uni_names / sizeof uni_names[0]; i++) {
        if ((uint32_t)uni_names[i].cp == cp && strcmp(uni_names[i].name, "BYTE ORDER MARK") != 0) {
            snprintf(buf, cap, "%s", uni_names[i].name);
            return true;
        }
    }
    return false;
}

/* ---------- string decoding ---------- */

typedef struct { char *a; size_t n, cap; } Buf;

static void buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1) {
            cap *= 2;
        }
        char *na = palloc(p, cap);
        if (b->n) {
            memcpy(na, b->a, b->n);
        }
        b->a = na;
        b->cap = cap;
    }
    memcpy(b->a + b->n, s, n);
    b->n += n;
    b->a[b->n] = '\0';
}

static void buf_cp(Parser *p, Buf *b, int cp)
{
    char tmp[4];
    buf_put(p, b, tmp, (size_t)utf8_encode(tmp, cp));
}

/* Errors reported "after the strings": CPython points at the token that
   follows the last STRING (what its parser had fetched by then). */
static _Noreturn void error_after(Parser *p, int after, const char *fmt, const char *arg)
{
    Token *t = &p->toks[after];
    if (t->type == TK_LEXERR) {
        fail(p);   /* unreachable: peek() already reported it */
    }
    if (implicit_newline(p, t)) {
        /* no token position: CPython takes the tokenizer's column at the end, no end column */
        lexer_set_error(p->err, "SyntaxError", t->lineno, t->col, t->lineno, -1, fmt, arg);
        fail(p);
    }
    error_at_token(p, t, fmt, arg);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = tolower(c);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

/* CPython 3.11's DeprecationWarning for the first invalid escape of a literal (or of an
   f-string's literal part): an unknown escape, or an octal one above \377. Recorded with the
   token's position; run.c issues it. */
static void note_invalid_escape(Parser *p, int tok, const char *bad, int octal)
{
    char msg[64];
    if (octal) {
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'", bad);
    } else {
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", *bad);
    }
    Token *t = &p->toks[tok];
    ParseError w;
    memset(&w, 0, sizeof w);
    lexer_set_error(&w, "DeprecationWarning", t->lineno, t->col + 1, t->end_lineno,
                    t->end_col + 1, "%s", msg);
    lexer_finish_error(&w, p->buf, p->end, p->arena);
    /* a literal decoded again after a speculative parse gives the same warning: once */
    for (int k = 0; k < p->warns.n; k++) {
        ParseError *e = &p->warns.a[k];
        if (e->lineno == w.lineno && e->offset == w.offset && e->end_lineno == w.end_lineno &&
            e->end_offset == w.end_offset && strcmp(e->msg, w.msg) == 0) {
            return;
        }
    }
    ParseError *slot = lexer_add_warning(p->arena, &p->warns);
    if (slot != NULL) {
        *slot = w;
    }
}

/* Decode the body of a non-raw literal.  `after` = token index used
   for error positions, `tok` = the literal's token (for warnings). */
static void decode_escapes(Parser *p, Buf *b, const char *s, size_t n, int is_bytes, int after,
                           int tok)
{
    size_t i = 0;
    char msg[200];
    const char *bad = NULL;   /* the first invalid escape: after its backslash */
    int bad_octal = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        buf_put(p, b, s + i, run);
        i += run;
        if (i >= n) {
            break;
        }
        size_t start = i;
        i++;   /* backslash */
        if (i >= n) {
            buf_put(p, b, "\\", 1);
            break;
        }
        int c = (unsigned char)s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_put(p, b, "\\", 1); break;
        case '\'': buf_put(p, b, "'", 1); break;
        case '"': buf_put(p, b, "\"", 1); break;
        case 'a': buf_put(p, b, "\a", 1); break;
        case 'b': buf_put(p, b, "\b", 1); break;
        case 'f': buf_put(p, b, "\f", 1); break;
        case 'n': buf_put(p, b, "\n", 1); break;
        case 'r': buf_put(p, b, "\r", 1); break;
        case 't': buf_put(p, b, "\t", 1); break;
        case 'v': buf_put(p, b, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (s[i++] - '0');
            }
            if (v > 0377 && bad == NULL) {
                bad = s + start + 1;
                bad_octal = 1;
            }
            if (is_bytes) {
                char ch = (char)(v & 0xFF);
                buf_put(p, b, &ch, 1);
            } else {
                buf_cp(p, b, v);
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            if (is_bytes && c != 'x') {
                buf_put(p, b, s + start, 2);
                bad = bad ? bad : s + start + 1;
                break;
            }
            int need = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;   /* \UXXXXXXXX: up to 0xFFFFFFFF (an int overflowed) */
            int k;
            for (k = 0; k < need && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
            }
            if (k < need) {
                if (is_bytes) {
                    snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %zu", start);
                } else {
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                             start, i - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                error_after(p, after, "%s", msg);
            }
            if (is_bytes) {
                char ch = (char)v;
                buf_put(p, b, &ch, 1);
            } else {
                if (v > 0x10FFFF) {
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                             start, i - 1);
                    error_after(p, after, "%s", msg);
                }
                buf_cp(p, b, v);
            }
            break;
        }
        case 'N':
            if (!is_bytes) {
                const char *close = NULL;
                if (i < n && s[i] == '{') {
                    close = memchr(s + i, '}', n - i);
                }
                int cp = -1;
                if (close == NULL || close == s + i + 1) {
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                             start, close ? (size_t)(close - s) : i - 1);
                    error_after(p, after, "%s", msg);
                }
                cp = lookup_uniname(s + i + 1, (int)(close - (s + i + 1)));
                if (cp < 0) {
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: unknown Unicode character name",
                             start, (size_t)(close - s));
                    error_after(p, after, "%s", msg);
                }
                buf_cp(p, b, cp);
                i = (size_t)(close - s) + 1;
                break;
            }
            buf_put(p, b, s + start, 2);   /* bytes keep \N literally */
            bad = bad ? bad : s + start + 1;
            break;
        default:
            /* unknown escape: kept as is (CPython warns, but not for a non-ASCII character) */
            buf_put(p, b, s + start, 2);
            if (c < 0x80 && bad == NULL) {
                bad = s + start + 1;
            }
            if (c >= 0x80) {
                /* keep the rest of a multi-byte character */
                while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
                    buf_put(p, b, s + i, 1);
                    i++;
                }
            }
            break;
        }
    }
    if (bad != NULL) {
        note_invalid_escape(p, tok, bad, bad_octal);
    }
}

typedef struct {
    int bytes, raw, fmt, u;
    const char *body;      /* between the quotes */
    size_t len;
    int qlen;
} StrTok;

static void split_string(Token *t, StrTok *st)
{
    memset(st, 0, sizeof *st);
    const char *s = t->start;
    int i = 0;
    while (s[i] != '\'' && s[i] != '"') {
        switch (s[i]) {
        case 'b': case 'B': st->bytes = 1; break;
        case 'r': case 'R': st->raw = 1; break;
        case 'f': case 'F': st->fmt = 1; break;
        case 'u': st->u = 1; break;   /* only lowercase u sets kind='u' */
        default: break;
        }
        i++;
    }
    int q = (t->len - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
    st->qlen = q;
    st->body = s + i + q;
    st->len = (size_t)(t->len - i - 2 * q);
}

/* ---------- f-strings ---------- */

typedef struct {
    Parser *p;
    Vec *parts;          /* Expr* (Constant / FormattedValue) */
    Buf lit;             /* pending literal text */
    int after;           /* token index for error positions */
    Token *tok;          /* current STRING token */
    Token *first, *last; /* whole concatenation */
    int in_spec;         /* constants in a format spec span only their token */
} FState;

static void fs_error(FState *fs, const char *msg)
{
    error_after(fs->p, fs->after, "%s", msg);
}

/* Constant or FormattedValue positioned over the whole concatenation. */
static void span_all(FState *fs, Expr *e)
{
    e->lineno = fs->first->lineno;
    e->col_offset = fs->first->col;
    e->end_lineno = fs->last->end_lineno;
    e->end_col_offset = fs->last->end_col;
}

static Expr *make_str_const(FState *fs, const char *s, size_t n)
{
    Expr *c = new_expr(fs->p, EXPR_Constant, NULL);
    c->v.Constant.value.kind = CONST_STR;
    c->v.Constant.value.v.str.s = ast_arena_strndup(fs->p->arena, s, n);
    c->v.Constant.value.v.str.len = n;
    span_all(fs, c);
    return c;
}

static void flush_lit(FState *fs, Vec *parts)
{
    if (fs->lit.n > 0) {
        Expr *c = make_str_const(fs, fs->lit.a, fs->lit.n);
        if (fs->in_spec) {
            c->lineno = fs->tok->lineno;
            c->col_offset = fs->tok->col;
            c->end_lineno = fs->tok->end_lineno;
            c->end_col_offset = fs->tok->end_col;
        }
        vec_push(fs->p, parts, c);
        fs->lit.n = 0;
    }
}

/* Position (line, line start) of a pointer inside the current token. */
static void locate(FState *fs, const char *ptr, int *lineno, const char **line)
{
    int ln = fs->tok->lineno;
    const char *ls = fs->tok->line;
    for (const char *q = fs->tok->start; q < ptr; q++) {
        if (*q == '\n') {
            ln++;
            ls = q + 1;
        }
    }
    *lineno = ln;
    *line = ls;
}

/* Compile one replacement-field expression [s, e) from the source. */
static Expr *fs_compile_expr(FState *fs, const char *s, const char *e)
{
    Parser *p = fs->p;
    int lineno;
    const char *line;
    locate(fs, s, &lineno, &line);
    Expr *out = NULL;
    parse_fstring_expr(p, s, (size_t)(e - s), lineno, (int)(s - line), &out);
    return out;
}

static void fs_parse(FState *fs, const char **ps, const char *end, int raw, int depth, Vec *parts);

/* Parse "{...}" starting after '{'; *ps points after the '{'. */
static void fs_field(FState *fs, const char **ps, const char *end, int raw, int depth, Vec *parts)
{
    Parser *p = fs->p;
    const char *s = *ps;
    if (depth >= 2) {
        fs_error(fs, "f-string: expressions nested too deeply");
    }
    const char *expr_start = s;
    char stack[200];
    int nest = 0;
    int quote = 0, qlen = 0;
    while (s < end) {
        int ch = (unsigned char)*s;
        if (ch == '\\') {
            fs_error(fs, "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (ch == quote) {
                if (qlen == 3) {
                    if (s + 2 < end && s[1] == quote && s[2] == quote) {
                        s += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    quote = 0;
                }
            }
            s++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qlen = 3;
                s += 3;
            } else {
                qlen = 1;
                s++;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (nest >= 200) {
                fs_error(fs, "f-string: too many nested parenthesis");
            }
            stack[nest++] = (char)ch;
            s++;
            continue;
        }
        if (ch == '#') {
            fs_error(fs, "f-string expression part cannot include '#'");
        }
        if (nest == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s += 2;   /* ==, !=, <=, >= */
                continue;
            }
            if (ch == '<' || ch == '>') {
                s++;
                continue;
            }
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (nest == 0) {
                char m[64];
                snprintf(m, sizeof m, "f-string: unmatched '%c'", ch);
                fs_error(fs, m);
            }
            int open = stack[--nest];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                char m[100];
                snprintf(m, sizeof m,
                         "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         ch, open);
                fs_error(fs, m);
            }
            s++;
            continue;
        }
        s++;
    }
    const char *expr_end = s;
    if (quote) {
        fs_error(fs, "f-string: unterminated string");
    }
    if (nest > 0) {
        char m[64];
        snprintf(m, sizeof m, "f-string: unmatched '%c'", stack[nest - 1]);
        fs_error(fs, "f-string: expecting '}'");
        (void)m;
    }
    if (s >= end) {
        fs_error(fs, "f-string: expecting '}'");
    }
    /* empty expression? */
    const char *q = expr_start;
    while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) {
        q++;
    }
    if (q == expr_end) {
        if (*s == '=' || *s == '!' || *s == ':') {
            char m[48];
            snprintf(m, sizeof m, "f-string: expression required before '%c'", *s);
            fs_error(fs, m);
        }
        fs_error(fs, "f-string: empty expression not allowed");
    }
    Expr *value = fs_compile_expr(fs, expr_start, expr_end);
    int conversion = -1;
    Expr *spec = NULL;
    int selfdoc = 0;
    const char *doc_end = NULL;
    if (*s == '=') {
        s++;
        selfdoc = 1;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) {
            s++;
        }
        doc_end = s;
        if (s >= end) {
            fs_error(fs, "f-string: expecting '}'");
        }
    }
    if (*s == '!') {
        s++;
        if (s >= end) {
            fs_error(fs, "f-string: expecting '}'");
        }
        int c = (unsigned char)*s;
        if (c != 's' && c != 'r' && c != 'a') {
            fs_error(fs, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = c;
        s++;
        if (s >= end) {
            fs_error(fs, "f-string: expecting '}'");
        }
    }
    if (*s == ':') {
        s++;
        Vec sp = {0};
        Token *tok = fs->tok;
        fs_parse(fs, &s, end, raw, depth + 1, &sp);
        spec = new_expr(p, EXPR_JoinedStr, tok);
        spec->end_lineno = tok->end_lineno;
        spec->end_col_offset = tok->end_col;
        spec->v.JoinedStr.values = AS_LIST(ExprList, sp);
    }
    if (s >= end || *s != '}') {
        fs_error(fs, "f-string: expecting '}'");
    }
    s++;
    if (selfdoc) {
        buf_put(p, &fs->lit, expr_start, (size_t)(doc_end - expr_start));
        if (conversion == -1 && spec == NULL) {
            conversion = 'r';
        }
    }
    flush_lit(fs, parts);
    Expr *fv = new_expr(p, EXPR_FormattedValue, NULL);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    span_all(fs, fv);
    vec_push(p, parts, fv);
    *ps = s;
}

/* Literal text and fields until `end` (depth 0) or an unmatched '}'
   (inside a format spec, depth > 0). */
static void fs_parse(FState *fs, const char **ps, const char *end, int raw, int depth, Vec *parts)
{
    Parser *p = fs->p;
    const char *s = *ps;
    Buf saved = fs->lit;
    int saved_spec = fs->in_spec;
    if (depth > 0) {
        /* a format spec collects its own literal pieces */
        fs->lit = (Buf){0};
        fs->in_spec = 1;
    }
    while (s < end) {
        const char *lit_start = s;
        /* find next brace */
        while (s < end && *s != '{' && *s != '}') {
            if (!raw && *s == '\\' && s + 1 < end) {
                /* \N{...} contains braces that are not fields */
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    const char *c = memchr(s + 2, '}', (size_t)(end - s - 2));
                    s = c ? c + 1 : end;
                    continue;
                }
                s += 2;
                continue;
            }
            s++;
        }
        if (s > lit_start) {
            if (raw) {
                buf_put(p, &fs->lit, lit_start, (size_t)(s - lit_start));
            } else {
                decode_escapes(p, &fs->lit, lit_start, (size_t)(s - lit_start), 0, fs->after,
                               (int)(fs->tok - p->toks));
            }
        }
        if (s >= end) {
            break;
        }
        if (*s == '}') {
            if (depth > 0) {
                break;   /* end of the format spec */
            }
            if (s + 1 < end && s[1] == '}') {
                buf_put(p, &fs->lit, "}", 1);
                s += 2;
                continue;
            }
            fs_error(fs, "f-string: single '}' is not allowed");
        }
        /* '{' */
        if (depth == 0 && s + 1 < end && s[1] == '{') {
            buf_put(p, &fs->lit, "{", 1);
            s += 2;
            continue;
        }
        s++;
        fs_field(fs, &s, end, raw, depth, parts);
    }
    if (depth > 0) {
        flush_lit(fs, parts);
        fs->lit = saved;
        fs->in_spec = saved_spec;
    }
    *ps = s;
}

/* ---------- concatenation ---------- */

Expr *parse_strings(Parser *p)
{
    int first_i = p->pos;
    while (peek(p)->type == T_STRING) {
        next(p);
    }
    int last_i = p->pos - 1;
    int after = p->pos;   /* peek() above validated this token */
    Token *first = &p->toks[first_i], *last = &p->toks[last_i];
    int any_bytes = 0, any_fmt = 0, all_bytes = 1;
    StrTok st;
    for (int i = first_i; i <= last_i; i++) {
        split_string(&p->toks[i], &st);
        any_bytes |= st.bytes;
        all_bytes &= st.bytes;
        any_fmt |= st.fmt;
    }
    if (any_bytes && !all_bytes) {
        error_after(p, after, "%s", "cannot mix bytes and nonbytes literals");
    }
    split_string(first, &st);
    int first_u = st.u;
    if (!any_fmt) {
        Buf b = {0};
        for (int i = first_i; i <= last_i; i++) {
            Token *t = &p->toks[i];
            split_string(t, &st);
            if (st.bytes) {
                for (size_t k = 0; k < st.len; k++) {
                    if ((unsigned char)st.body[k] >= 0x80) {
                        error_at_token(p, t, "bytes can only contain ASCII literal characters");
                    }
                }
            }
            if (st.raw) {
                buf_put(p, &b, st.body, st.len);
            } else {
                decode_escapes(p, &b, st.body, st.len, st.bytes, after, i);
            }
        }
        Expr *e = new_expr(p, EXPR_Constant, first);
        e->v.Constant.value.kind = all_bytes ? CONST_BYTES : CONST_STR;
        if (b.a == NULL) {
            buf_put(p, &b, "", 0);
        }
        e->v.Constant.value.v.str.s = b.a;
        e->v.Constant.value.v.str.len = b.n;
        e->v.Constant.kind = first_u ? "u" : NULL;
        e->end_lineno = last->end_lineno;
        e->end_col_offset = last->end_col;
        return e;
    }
    FState fs;
    memset(&fs, 0, sizeof fs);
    fs.p = p;
    fs.after = after;
    fs.first = first;
    fs.last = last;
    Vec parts = {0};
    for (int i = first_i; i <= last_i; i++) {
        Token *t = &p->toks[i];
        split_string(t, &st);
        fs.tok = t;
        if (!st.fmt) {
            if (st.raw) {
                buf_put(p, &fs.lit, st.body, st.len);
            } else {
                decode_escapes(p, &fs.lit, st.body, st.len, 0, after, i);
            }
            continue;
        }
        const char *s = st.body;
        fs_parse(&fs, &s, st.body + st.len, st.raw, 0, &parts);
    }
    flush_lit(&fs, &parts);
    /* the 'u' kind sticks to the first constant when the first token is u"" */
    if (first_u && parts.n > 0 && ((Expr *)parts.a[0])->kind == EXPR_Constant) {
        ((Expr *)parts.a[0])->v.Constant.kind = "u";
    }
    Expr *e = new_expr(p, EXPR_JoinedStr, first);
    e->v.JoinedStr.values = AS_LIST(ExprList, parts);
    e->end_lineno = last->end_lineno;
    e->end_col_offset = last->end_col;
    return e;
}
