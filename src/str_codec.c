/*
 * str_codec.c — the built-in codecs: str.encode / bytes.decode / str(b, enc, errors) for utf-8,
 * ascii, latin-1, utf-16 and utf-32 (with -le/-be variants), utf-8-sig, the single-byte tables
 * cp1252, iso8859-15 and cp437 ("charmap" errors), unicode_escape / raw_unicode_escape, and the
 * validating UTF-8 decoder tpStr_decode_utf8. Error handlers behave as CPython's: strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass (the
 * two *replace ones raise TypeError when decoding). Names outside CPython's C fast path get its
 * "decoding with 'X' codec failed (...)" wrapping of handler errors; byte-to-byte codecs (rot13,
 * base64...) get "not a text encoding".
 */
#include <ctype.h>
#include <stdio.h>

#include "runtime.h"
#include "str_impl.h"
#include "uniname.h"

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32,
       ENC_UTF32LE, ENC_UTF32BE, ENC_UTF8SIG, ENC_CP1252, ENC_ISO885915, ENC_CP437, ENC_UESC,
       ENC_RAWUESC };
/* the codec names CPython's UnicodeError messages show */
static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                        "utf-8", "charmap", "charmap", "charmap",
                                        "unicodeescape", "rawunicodeescape"};

/* the encodings package's module for each codec */
static const char *const enc_modules[] = {"utf_8", "ascii", "latin_1", "utf_16", "utf_16_le",
                                          "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
                                          "utf_8_sig", "cp1252", "iso8859_15", "cp437",
                                          "unicode_escape", "raw_unicode_escape"};

/* Code points of bytes 0x80..0xFF in the single-byte codecs (0: undefined). Data generated from
 * the published code pages. */
static const uint16_t cp1252_high[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
static const uint16_t iso8859_15_high[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
    0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
    0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AC, 0x00A5, 0x0160, 0x00A7,
    0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7,
    0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
static const uint16_t cp437_high[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

static const uint16_t *charmap_table(int enc) {
    switch (enc) {
    case ENC_CP1252: return cp1252_high;
    case ENC_ISO885915: return iso8859_15_high;
    case ENC_CP437: return cp437_high;
    default: return NULL;
    }
}

/* Codecs with one byte per character (no surrogatepass). */
static bool is_bytewise(int enc) {
    return enc == ENC_ASCII || enc == ENC_LATIN1 || charmap_table(enc) != NULL;
}

/* UTF-16/32 with an explicit byte order: their encoders report each surrogate on its own, and
 * accept only replacement bytes that fill whole code units. */
static bool is_wide(int enc) {
    return enc == ENC_UTF16LE || enc == ENC_UTF16BE || enc == ENC_UTF32LE || enc == ENC_UTF32BE;
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_SURRESCAPE,
       ERR_SURRPASS, ERR_NAMEREPLACE, ERR_UNKNOWN };

typedef struct Alias {
    const char *name;
    int enc;
} Alias;

/* Names in normalized form (see normalize_name): the encodings package's module names and
 * aliases for the codecs above. */
static const Alias aliases[] = {
    {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
    {"cp65001", ENC_UTF8}, {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
    {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
    {"ansi_x3.4_1968", ENC_ASCII}, {"ansi_x3.4_1986", ENC_ASCII}, {"ansi_x3_4_1968", ENC_ASCII},
    {"cp367", ENC_ASCII}, {"csascii", ENC_ASCII}, {"ibm367", ENC_ASCII},
    {"iso646_us", ENC_ASCII}, {"iso_646.irv_1991", ENC_ASCII}, {"iso_ir_6", ENC_ASCII},
    {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1},
    {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1},
    {"iso8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"ibm819", ENC_LATIN1}, {"l1", ENC_LATIN1},
    {"iso_ir_100", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1}, {"iso_8859_1_1987", ENC_LATIN1},
    {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
    {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"unicodelittleunmarked", ENC_UTF16LE},
    {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE}, {"unicodebigunmarked", ENC_UTF16BE},
    {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
    {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE},
    {"utf_32be", ENC_UTF32BE}, {"utf_8_sig", ENC_UTF8SIG}, {"cp1252", ENC_CP1252},
    {"windows_1252", ENC_CP1252}, {"1252", ENC_CP1252}, {"iso8859_15", ENC_ISO885915},
    {"iso_8859_15", ENC_ISO885915}, {"latin9", ENC_ISO885915}, {"l9", ENC_ISO885915},
    {"cp437", ENC_CP437}, {"437", ENC_CP437}, {"ibm437", ENC_CP437},
    {"cspc8codepage437", ENC_CP437}, {"unicode_escape", ENC_UESC},
    {"raw_unicode_escape", ENC_RAWUESC},
};

/* Normalized names CPython's str.encode/bytes.decode handle in C without going through the codec
 * registry: only there do handler errors (TypeError, LookupError) escape unwrapped. */
static const char *const fast_names[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32",
                                         "latin1", "latin_1", "iso_8859_1", "iso8859_1",
                                         "ascii", "us_ascii"};

/* Codecs CPython ships that map bytes to bytes (str.encode refuses them). */
static const char *const binary_codecs[] = {
    "rot13", "rot_13", "base64", "base_64", "base64_codec", "hex", "hex_codec", "zlib", "zip",
    "zlib_codec", "bz2", "bz2_codec", "quopri", "quotedprintable", "quoted_printable",
    "quopri_codec", "uu", "uu_codec",
};

/* Codec names compare after lower-casing and turning each run of characters other than ASCII
 * letters, digits and '.' into one '_' (none at either end). false if it does not fit. */
static bool normalize_name(const char *name, char *out, size_t cap) {
    size_t n = 0;
    bool punct = false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (!(isalnum(*p) || *p == '.') || *p >= 0x80) {
            punct = true;
            continue;
        }
        if (n + 2 >= cap) {
            return false;
        }
        if (punct && n > 0) {
            out[n++] = '_';
        }
        punct = false;
        out[n++] = (char)tolower(*p);
    }
    out[n] = '\0';
    return true;
}

static bool in_list(const char *norm, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (strcmp(norm, list[i]) == 0) {
            return true;
        }
    }
    return false;
}

static int find_alias(const char *norm) {
    for (size_t i = 0; i < TP_ARRAY_LEN(aliases); i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            return aliases[i].enc;
        }
    }
    return -1;
}

/* decoding: the direction named in the "not a text encoding" message; *fast: see fast_names */
static int lookup_encoding(VM *vm, const char *name, bool decoding, int *out, bool *fast) {
    *fast = true;
    if (!name) {
        *out = ENC_UTF8;
        return 0;
    }
    char norm[48];
    if (normalize_name(name, norm, sizeof norm)) {
        *fast = in_list(norm, fast_names, TP_ARRAY_LEN(fast_names));
        int enc = find_alias(norm);
        if (enc < 0 && strchr(norm, '.')) {
            /* the registry retries with '.' as '_', but among aliases only: a module name such
             * as utf_8 spelled "utf.8" is unknown */
            for (char *q = norm; *q; q++) {
                *q = *q == '.' ? '_' : *q;
            }
            enc = find_alias(norm);
            enc = enc >= 0 && strcmp(enc_modules[enc], norm) == 0 ? -1 : enc;
        }
        if (enc >= 0) {
            *out = enc;
            return 0;
        }
        if (in_list(norm, binary_codecs, TP_ARRAY_LEN(binary_codecs))) {
            return tpErr_format(vm, EXC_LookupError,
                                "'%s' is not a text encoding; use codecs.%s() to handle "
                                "arbitrary codecs", name, decoding ? "decode" : "encode");
        }
    }
    return tpErr_format(vm, EXC_LookupError, "unknown encoding: %s", name);
}

static int lookup_errors(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass",
                                        "namereplace"};
    if (!errors) {
        return ERR_STRICT;
    }
    for (size_t i = 0; i < TP_ARRAY_LEN(names); i++) {
        if (strcmp(errors, names[i]) == 0) {
            return (int)i;
        }
    }
    return ERR_UNKNOWN;
}

static int unknown_handler(VM *vm, const char *errors) {
    return tpErr_format(vm, EXC_LookupError, "unknown error handler name '%s'", errors);
}

/* Outside the fast path CPython runs the codec from the registry, which re-raises a TypeError or
 * LookupError from the error handler (or unicode_escape's DeprecationWarning that a filter made
 * an error) as "<direction> with '<name>' codec failed (...)", chained to the original. */
static int wrap_codec_error(VM *vm, const char *name, bool decoding) {
    Value inner = tpErr_fetch(vm);
    if (IS_NULL(inner)) {
        return -1;
    }
    ObjType *t = tpType_of(vm, inner);
    int id = t == tpExc_type(vm, EXC_TypeError)              ? EXC_TypeError
             : t == tpExc_type(vm, EXC_LookupError)          ? EXC_LookupError
             : t == tpExc_type(vm, EXC_DeprecationWarning) ? EXC_DeprecationWarning
                                                             : -1;
    if (id < 0) {
        vm->exc = inner;
        return -1;
    }
    tpErr_format(vm, id, "%s with '%s' codec failed (%N: %S)",
                 decoding ? "decoding" : "encoding", name, t, inner);
    Value outer = vm->exc;
    if (!IS_NULL(outer) && tpType_of(vm, outer) == t) {
        AS_EXC(outer)->cause = inner;
        AS_EXC(outer)->context = inner;
        AS_EXC(outer)->suppress_context = true;
    }
    return -1;
}

static int raise_unicode_error(VM *vm, int exc_id, int enc, Value object, size_t start,
                               size_t end, const char *reason) {
    Value args[5];
    ObjStr *e = tpStr_from_cstr(vm, enc_names[enc]);
    ObjStr *r = e ? tpStr_from_cstr(vm, reason) : NULL;
    if (!r) {
        return -1;
    }
    args[0] = OBJ_VAL(e);
    args[1] = object;
    args[2] = INT_VAL((int64_t)start);
    args[3] = INT_VAL((int64_t)end);
    args[4] = OBJ_VAL(r);
    return tpErr_set_args(vm, tpExc_type(vm, exc_id), 5, args);
}

/* ==== encoding ==== */

static bool is_surrogate(uint32_t cp) {
    return cp >= 0xD800 && cp < 0xE000;
}

/* Append cp in encoding enc; 1 if cp cannot be encoded (nothing written), -1 on error. */
static int enc_put(VM *vm, StrBuf *b, int enc, uint32_t cp, bool surrpass) {
    char tmp[4];
    switch (enc) {
    case ENC_UTF8:
        if (is_surrogate(cp) && !surrpass) {
            return 1;
        }
        return tpBuf_put(vm, b, tmp, (size_t)tpUtf8_encode(cp, tmp));
    case ENC_ASCII:
    case ENC_LATIN1:
        if (cp >= (enc == ENC_ASCII ? 0x80u : 0x100u)) {
            return 1;
        }
        return tpBuf_putc(vm, b, (char)cp);
    case ENC_CP1252:
    case ENC_ISO885915:
    case ENC_CP437: {
        if (cp < 0x80) {
            return tpBuf_putc(vm, b, (char)cp);
        }
        const uint16_t *t = charmap_table(enc);
        for (int i = 0; i < 128; i++) {
            if (t[i] != 0 && t[i] == cp) {
                return tpBuf_putc(vm, b, (char)(0x80 + i));
            }
        }
        return 1;
    }
    case ENC_UTF16LE:
    case ENC_UTF16BE: {
        if (is_surrogate(cp) && !surrpass) {
            return 1;
        }
        uint32_t units[2] = {cp, 0};
        int nu = 1;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int i = 0; i < nu; i++) {
            char lo = (char)(units[i] & 0xFF), hi = (char)(units[i] >> 8);
            tmp[0] = enc == ENC_UTF16LE ? lo : hi;
            tmp[1] = enc == ENC_UTF16LE ? hi : lo;
            if (tpBuf_put(vm, b, tmp, 2) < 0) {
                return -1;
            }
        }
        return 0;
    }
    default: /* UTF-32 LE/BE */
        if (is_surrogate(cp) && !surrpass) {
            return 1;
        }
        for (int i = 0; i < 4; i++) {
            int shift = enc == ENC_UTF32LE ? 8 * i : 8 * (3 - i);
            tmp[i] = (char)((cp >> shift) & 0xFF);
        }
        return tpBuf_put(vm, b, tmp, 4);
    }
}

static int enc_put_ascii(VM *vm, StrBuf *b, int enc, const char *s) {
    for (; *s; s++) {
        if (enc_put(vm, b, enc, (uint8_t)*s, false) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Replacement text for unencodable characters cps[0..n) per the handler; 1 if the handler does
 * not apply (the error must be raised). */
static int enc_handle(VM *vm, StrBuf *b, int enc, int mode, const uint32_t *cps, size_t n) {
    char tmp[128];
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        int rc = 0;
        switch (mode) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            rc = enc_put_ascii(vm, b, enc, "?");
            break;
        case ERR_NAMEREPLACE:
        case ERR_BACKSLASH:
            /* namereplace escapes characters without a name as backslashreplace does */
            if (mode == ERR_NAMEREPLACE && (tpUni_block_name(cp, tmp + 3, sizeof tmp - 4) ||
                                             tpUni_name_of(cp, tmp + 3, sizeof tmp - 4))) {
                memcpy(tmp, "\\N{", 3);
                strcat(tmp, "}");
            } else {
                snprintf(tmp, sizeof tmp, cp < 0x100 ? "\\x%02x"
                         : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
            }
            rc = enc_put_ascii(vm, b, enc, tmp);
            break;
        case ERR_XMLCHAR:
            snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)cp);
            rc = enc_put_ascii(vm, b, enc, tmp);
            break;
        case ERR_SURRESCAPE:
            if (cp < 0xDC80 || cp > 0xDCFF || is_wide(enc)) {
                return 1;
            }
            rc = tpBuf_putc(vm, b, (char)(cp - 0xDC00));
            break;
        case ERR_SURRPASS:
            if (!is_surrogate(cp) || is_bytewise(enc)) {
                return 1;
            }
            rc = enc_put(vm, b, enc, cp, true);
            break;
        default:
            return 1;
        }
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static const char *enc_reason(int enc) {
    switch (enc) {
    case ENC_ASCII: return "ordinal not in range(128)";
    case ENC_LATIN1: return "ordinal not in range(256)";
    case ENC_CP1252: case ENC_ISO885915: case ENC_CP437: return "character maps to <undefined>";
    default: return "surrogates not allowed";
    }
}

/* Can enc encode cp? (probes into a scratch buffer) */
static bool encodable(VM *vm, int enc, uint32_t cp) {
    StrBuf probe;
    tpBuf_init(&probe);
    int r = enc_put(vm, &probe, enc, cp, false);
    tpBuf_free(&probe);
    return r != 1;
}

/* The unencodable run s[start, start+n) (its UTF-8 at *run) met the error handler. */
static int enc_error(VM *vm, ObjStr *s, int enc, int name_enc, const char *errors, StrBuf *b,
                     const char *run, size_t start, size_t n) {
    int mode = lookup_errors(errors);
    if (mode == ERR_UNKNOWN) {
        return unknown_handler(vm, errors);
    }
    if (mode == ERR_SURRESCAPE && (enc == ENC_ASCII || enc == ENC_LATIN1 || enc == ENC_UTF8)) {
        /* CPython's fast path for these escapes the leading smuggled bytes, then reports only
         * the rest of the run */
        const char *q = run;
        uint32_t cp;
        while (n > 0 && (cp = tpUtf8_decode(&q)) >= 0xDC80 && cp <= 0xDCFF) {
            if (tpBuf_putc(vm, b, (char)(cp - 0xDC00)) < 0) {
                return -1;
            }
            run = q;
            start++;
            n--;
        }
        if (n == 0) {
            return 0;
        }
    }
    for (size_t i = 0, k = 0; i < n; i += k) {
        uint32_t cps[64];
        for (k = 0; k < TP_ARRAY_LEN(cps) && i + k < n; k++) {
            cps[k] = tpUtf8_decode(&run);
        }
        int rc = mode == ERR_STRICT ? 1 : enc_handle(vm, b, enc, mode, cps, k);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return raise_unicode_error(vm, EXC_UnicodeEncodeError, name_enc, OBJ_VAL(s), start,
                                       start + n, enc_reason(enc));
        }
    }
    return 0;
}

/* name_enc: the codec named in errors (utf-16 and utf-32 write a BOM, then run as -le). */
static int encode_loop(VM *vm, ObjStr *s, int enc, int name_enc, const char *errors,
                       StrBuf *b) {
    const char *p = s->data, *end = s->data + s->nbytes;
    size_t pos = 0;
    while (p < end) {
        const char *run = p;
        uint32_t cp = tpUtf8_decode(&p);
        int rc = enc_put(vm, b, enc, cp, false);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0) {
            pos++;
            continue;
        }
        /* a run of unencodable characters starts at pos */
        size_t start = pos, n = 1;
        pos++;
        while (p < end && !is_wide(enc)) {
            const char *q = p;
            if (encodable(vm, enc, tpUtf8_decode(&q))) {
                break;
            }
            p = q;
            pos++;
            n++;
        }
        if (enc_error(vm, s, enc, name_enc, errors, b, run, start, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static bool has_surrogate_bytes(ObjStr *s) {
    const uint8_t *p = (const uint8_t *)s->data;
    for (size_t i = 0; i + 1 < s->nbytes; i++) {
        if (p[i] == 0xED && p[i + 1] >= 0xA0) {
            return true;
        }
    }
    return false;
}

/* unicode_escape (raw: raw_unicode_escape) of s: never fails but for MemoryError. */
static int escape_encode(VM *vm, ObjStr *s, bool raw, StrBuf *b) {
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        uint32_t cp = tpUtf8_decode(&p);
        int rc;
        if (raw ? cp < 0x100 : (cp >= 0x20 && cp < 0x7F && cp != '\\')) {
            rc = tpBuf_putc(vm, b, (char)cp);
        } else if (cp >= 0x10000) {
            rc = tpBuf_printf(vm, b, "\\U%08x", (unsigned)cp);
        } else if (cp >= 0x100) {
            rc = tpBuf_printf(vm, b, "\\u%04x", (unsigned)cp);
        } else if (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r') {
            rc = tpBuf_printf(vm, b, "\\%c", cp == '\\' ? '\\' : cp == '\t' ? 't'
                                             : cp == '\n' ? 'n' : 'r');
        } else {
            rc = tpBuf_printf(vm, b, "\\x%02x", (unsigned)cp);
        }
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int encode_with(VM *vm, ObjStr *s, int enc, const char *errors, Value *out) {
    bool plain = enc == ENC_UTF8 || (enc == ENC_LATIN1 && s->ascii) || (enc == ENC_ASCII);
    if (plain && (s->ascii || (enc == ENC_UTF8 && !has_surrogate_bytes(s)))) {
        ObjBytes *r = tpBytes_new(vm, s->data, s->nbytes);
        if (!r) {
            return -1;
        }
        *out = OBJ_VAL(r);
        return 0;
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = 0, name_enc = enc == ENC_UTF8SIG ? ENC_UTF8 : enc;
    if (enc == ENC_UTF16 || enc == ENC_UTF32 || enc == ENC_UTF8SIG) {
        enc = enc == ENC_UTF16 ? ENC_UTF16LE : enc == ENC_UTF32 ? ENC_UTF32LE : ENC_UTF8;
        rc = enc_put(vm, &b, enc, 0xFEFF, false);
    }
    if (rc == 0) {
        rc = enc == ENC_UESC || enc == ENC_RAWUESC ? escape_encode(vm, s, enc == ENC_RAWUESC, &b)
                                                   : encode_loop(vm, s, enc, name_enc, errors, &b);
    }
    ObjBytes *r = rc < 0 ? NULL : tpBytes_new(vm, b.data ? b.data : "", b.len);
    tpBuf_free(&b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

int tpStr_encode(VM *vm, ObjStr *s, const char *encoding, const char *errors, Value *out) {
    int enc;
    bool fast;
    if (lookup_encoding(vm, encoding, false, &enc, &fast) < 0) {
        return -1;
    }
    if (encode_with(vm, s, enc, errors, out) < 0) {
        return fast ? -1 : wrap_codec_error(vm, encoding, false);
    }
    return 0;
}

int tpStr_encode_stream(VM *vm, ObjStr *s, const char *encoding, const char *errors, Value *out) {
    int enc;
    bool fast;
    if (lookup_encoding(vm, encoding, false, &enc, &fast) < 0) {
        return -1;
    }
    return encode_with(vm, s, enc, errors, out);
}

/* ==== decoding ==== */

/* One decoding step: a code point and its length, or an error (reason set) spanning len bytes. */
typedef struct Step {
    uint32_t cp;
    size_t len;
    const char *reason;
} Step;

static Step step_error(size_t len, const char *reason) {
    Step s = {0, len, reason};
    return s;
}

static Step step_utf8(const uint8_t *p, size_t n) {
    uint8_t b0 = p[0];
    Step s = {b0, 1, NULL};
    if (b0 < 0x80) {
        return s;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        s.cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        s.cp = b0 & 0x0F;
        lo = b0 == 0xE0 ? 0xA0 : 0x80;
        hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        s.cp = b0 & 0x07;
        lo = b0 == 0xF0 ? 0x90 : 0x80;
        hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
        return step_error(1, "invalid start byte");
    }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= n) {
            return step_error((size_t)i, "unexpected end of data");
        }
        uint8_t c = p[i];
        if (c < lo || c > hi) {
            return step_error((size_t)i, "invalid continuation byte");
        }
        lo = 0x80;
        hi = 0xBF;
        s.cp = (s.cp << 6) | (c & 0x3F);
    }
    s.len = (size_t)need + 1;
    return s;
}

static uint32_t read_unit(const uint8_t *p, int size, bool be) {
    uint32_t v = 0;
    for (int i = 0; i < size; i++) {
        int k = be ? i : size - 1 - i;
        v = (v << 8) | p[k];
    }
    return v;
}

static Step step_utf16(const uint8_t *p, size_t n, bool be) {
    if (n < 2) {
        return step_error(n, "truncated data");
    }
    uint32_t u = read_unit(p, 2, be);
    Step s = {u, 2, NULL};
    if (u < 0xD800 || u >= 0xE000) {
        return s;
    }
    if (u >= 0xDC00) {
        return step_error(2, "illegal encoding");
    }
    if (n < 4) {
        return step_error(n, "unexpected end of data");
    }
    uint32_t u2 = read_unit(p + 2, 2, be);
    if (u2 < 0xDC00 || u2 >= 0xE000) {
        return step_error(2, "illegal UTF-16 surrogate");
    }
    s.cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
    s.len = 4;
    return s;
}

static Step step_utf32(const uint8_t *p, size_t n, bool be) {
    if (n < 4) {
        return step_error(n, "truncated data");
    }
    uint32_t u = read_unit(p, 4, be);
    Step s = {u, 4, NULL};
    if (u > 0x10FFFF) {
        return step_error(4, "code point not in range(0x110000)");
    }
    if (is_surrogate(u)) {
        return step_error(4, "code point in surrogate code point range(0xd800, 0xe000)");
    }
    return s;
}

static Step dec_step(int enc, const uint8_t *p, size_t n) {
    switch (enc) {
    case ENC_UTF8: return step_utf8(p, n);
    case ENC_ASCII: {
        Step s = {p[0], 1, NULL};
        return p[0] < 0x80 ? s : step_error(1, "ordinal not in range(128)");
    }
    case ENC_LATIN1: {
        Step s = {p[0], 1, NULL};
        return s;
    }
    case ENC_CP1252:
    case ENC_ISO885915:
    case ENC_CP437: {
        Step s = {p[0] < 0x80 ? p[0] : charmap_table(enc)[p[0] - 0x80], 1, NULL};
        return s.cp != 0 || p[0] == 0 ? s : step_error(1, "character maps to <undefined>");
    }
    case ENC_UTF16LE:
    case ENC_UTF16BE: return step_utf16(p, n, enc == ENC_UTF16BE);
    default: return step_utf32(p, n, enc == ENC_UTF32BE);
    }
}

static int raise_decode(VM *vm, int enc, const uint8_t *data, size_t n, size_t start, size_t end,
                        const char *reason) {
    ObjBytes *obj = tpBytes_new(vm, data, n);
    if (!obj) {
        return -1;
    }
    return raise_unicode_error(vm, EXC_UnicodeDecodeError, enc, OBJ_VAL(obj), start, end, reason);
}

/* surrogatepass on decoding: the one encoded surrogate at p[0..n) in enc; its byte length, or 0
 * when there is none (then the original error stands). */
static size_t surrpass_decode(int enc, const uint8_t *p, size_t n, uint32_t *cp) {
    size_t len = enc == ENC_UTF8 ? 3 : (enc == ENC_UTF16LE || enc == ENC_UTF16BE) ? 2
                 : (enc == ENC_UTF32LE || enc == ENC_UTF32BE) ? 4 : 0;
    if (len == 0 || n < len) {
        return 0;
    }
    if (enc == ENC_UTF8) {
        if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) {
            return 0;
        }
        *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    } else {
        *cp = read_unit(p, (int)len, enc == ENC_UTF16BE || enc == ENC_UTF32BE);
    }
    return is_surrogate(*cp) ? len : 0;
}

/* The decoding error data[start..end) (reason) met handler `mode`: append its replacement and
 * set *next to where decoding resumes, or raise (-1). Handlers work as CPython's: surrogateescape
 * takes up to 4 bytes >= 0x80 from start, surrogatepass one encoded surrogate. */
static int dec_error(VM *vm, StrBuf *b, int enc, int mode, const char *errors,
                     const uint8_t *data, size_t n, size_t start, size_t end, const char *reason,
                     size_t *next) {
    *next = end;
    uint32_t cp;
    size_t k = 0;
    switch (mode) {
    case ERR_UNKNOWN:
        return unknown_handler(vm, errors);
    case ERR_XMLCHAR:
    case ERR_NAMEREPLACE:
        return tpErr_raise(vm, EXC_TypeError,
                           "don't know how to handle UnicodeDecodeError in error callback");
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return tpBuf_put_cp(vm, b, 0xFFFD);
    case ERR_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            if (tpBuf_printf(vm, b, "\\x%02x", data[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case ERR_SURRESCAPE:
        while (k < 4 && start + k < end && data[start + k] >= 0x80) {
            if (tpBuf_put_cp(vm, b, 0xDC00 + data[start + k]) < 0) {
                return -1;
            }
            k++;
        }
        break;
    case ERR_SURRPASS:
        k = surrpass_decode(enc, data + start, n - start, &cp);
        if (k > 0 && tpBuf_put_cp(vm, b, cp) < 0) {
            return -1;
        }
        break;
    default:
        break;
    }
    if (k == 0) {
        return raise_decode(vm, enc, data, n, start, end, reason);
    }
    *next = start + k;
    return 0;
}

static int decode_loop(VM *vm, int enc, const uint8_t *data, size_t n, size_t i,
                       const char *errors, StrBuf *b) {
    int mode = lookup_errors(errors);
    while (i < n) {
        Step s = dec_step(enc, data + i, n - i);
        if (!s.reason) {
            int rc = s.cp < 0x80 ? tpBuf_putc(vm, b, (char)s.cp) : tpBuf_put_cp(vm, b, s.cp);
            if (rc < 0) {
                return -1;
            }
            i += s.len;
            continue;
        }
        if (dec_error(vm, b, enc, mode, errors, data, n, i, i + s.len, s.reason, &i) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Resolve utf-16 / utf-32 (BOM-detected) to an explicit byte order; *skip gets the BOM size. */
static int resolve_bom(int enc, const uint8_t *data, size_t n, size_t *skip) {
    *skip = 0;
    if (enc == ENC_UTF16) {
        if (n >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
            *skip = 2;
            return ENC_UTF16BE;
        }
        *skip = (n >= 2 && data[0] == 0xFF && data[1] == 0xFE) ? 2 : 0;
        return ENC_UTF16LE;
    }
    if (enc == ENC_UTF32) {
        if (n >= 4 && !data[0] && !data[1] && data[2] == 0xFE && data[3] == 0xFF) {
            *skip = 4;
            return ENC_UTF32BE;
        }
        *skip = (n >= 4 && data[0] == 0xFF && data[1] == 0xFE && !data[2] && !data[3]) ? 4 : 0;
        return ENC_UTF32LE;
    }
    return enc;
}

static bool valid_utf8(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        Step s = step_utf8(p + i, n - i);
        if (s.reason) {
            return false;
        }
        i += s.len;
    }
    return true;
}

/* A run of up to `want` hex digits at p[0..n): the count read, the value in *v. */
static size_t hex_run(const uint8_t *p, size_t n, size_t want, uint32_t *v) {
    size_t k = 0;
    *v = 0;
    while (k < want && k < n && isxdigit(p[k])) {
        int d = isdigit(p[k]) ? p[k] - '0' : (tolower(p[k]) - 'a' + 10);
        *v = (*v << 4) | (uint32_t)d;
        k++;
    }
    return k;
}

/* One backslash escape at data[i] (data[i] == '\\'): *cp (or -1 for "nothing", -2 for "keep
 * the backslash and the letter") and *end; a reason string when it is malformed. */
static const char *escape_at(const uint8_t *data, size_t n, size_t i, bool raw, int64_t *cp,
                             size_t *end) {
    static const char esc_from[] = "\\'\"abfnrtv", esc_to[] = "\\'\"\a\b\f\n\r\t\v";
    if (i + 1 >= n) {
        *end = n;
        return "\\ at end of string";
    }
    uint8_t e = data[i + 1];
    *end = i + 2;
    const char *hit = e ? strchr(esc_from, e) : NULL;
    if (!raw && e == '\n') {
        *cp = -1;
    } else if (!raw && hit != NULL) {
        *cp = (uint8_t)esc_to[hit - esc_from];
    } else if (!raw && e >= '0' && e <= '7') {
        uint32_t v = 0;
        size_t k = i + 1;
        while (k < n && k < i + 4 && data[k] >= '0' && data[k] <= '7') {
            v = v * 8 + (uint32_t)(data[k++] - '0');
        }
        *cp = v;
        *end = k;
    } else if ((!raw && e == 'x') || e == 'u' || e == 'U') {
        size_t want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v;
        size_t got = hex_run(data + i + 2, n - i - 2, want, &v);
        *end = i + 2 + got;
        if (got < want) {
            return e == 'x' ? "truncated \\xXX escape"
                   : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        }
        if (v > 0x10FFFF) {
            return raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
        }
        *cp = v;
    } else if (!raw && e == 'N') {
        /* names come from the parser's small \N{...} table */
        const uint8_t *close = memchr(data + i, '}', n - i);
        *end = close ? (size_t)(close - data) + 1 : n;
        if (!close || i + 2 >= n || data[i + 2] != '{') {
            return "malformed \\N character escape";
        }
        int found = tpUni_lookup_name((const char *)data + i + 3, (size_t)(close - data) - i - 3);
        if (found < 0) {
            return "unknown Unicode character name";
        }
        *cp = found;
    } else {
        *cp = -2;
    }
    return NULL;
}

/* unicode_escape's DeprecationWarning for the first invalid escape it decoded (an unknown one,
 * or an octal one above \377), as CPython: the byte after the backslash is named as the latin-1
 * character it is. */
static int warn_invalid_escape(VM *vm, const uint8_t *bad, bool octal) {
    if (octal) {
        return tpErr_warn(vm, EXC_DeprecationWarning, 1, "invalid octal escape sequence '\\%.3s'",
                          (const char *)bad);
    }
    char ch[5] = {0};
    tpUtf8_encode(bad[0], ch);
    return tpErr_warn(vm, EXC_DeprecationWarning, 1, "invalid escape sequence '\\%s'", ch);
}

/* unicode_escape / raw_unicode_escape decoding; other bytes are latin-1. */
static ObjStr *escape_decode(VM *vm, const uint8_t *data, size_t n, int enc, const char *errors) {
    bool raw = enc == ENC_RAWUESC;
    int mode = lookup_errors(errors);
    StrBuf b;
    tpBuf_init(&b);
    size_t i = 0;
    const uint8_t *bad = NULL;
    bool bad_octal = false;
    while (i < n) {
        int rc = 0;
        if (data[i] != '\\') {
            rc = tpBuf_put_cp(vm, &b, data[i++]);
        } else if (raw && (i + 1 >= n || (data[i + 1] != 'u' && data[i + 1] != 'U'))) {
            /* raw: a backslash escapes only u/U, and a doubled one nothing */
            size_t k = i + 1 < n && data[i + 1] == '\\' ? 2 : 1;
            rc = tpBuf_put(vm, &b, "\\\\", k);
            i += k;
        } else {
            int64_t cp = 0;
            size_t end;
            const char *why = escape_at(data, n, i, raw, &cp, &end);
            if (why == NULL) {
                if (bad == NULL && (cp == -2 || (cp > 0377 && data[i + 1] >= '0' &&
                                                 data[i + 1] <= '7'))) {
                    bad = data + i + 1;
                    bad_octal = cp != -2;
                }
                /* -2 keeps the backslash and the byte after it (a latin-1 character) */
                rc = cp == -1 ? 0
                     : cp == -2 ? (tpBuf_putc(vm, &b, '\\') < 0 ? -1
                                   : tpBuf_put_cp(vm, &b, data[i + 1]))
                                : tpBuf_put_cp(vm, &b, (uint32_t)cp);
                i = end;
            } else {
                rc = dec_error(vm, &b, enc, mode, errors, data, n, i, end, why, &i);
            }
        }
        if (rc < 0) {
            tpBuf_free(&b);
            return NULL;
        }
    }
    if (bad != NULL) {
        /* the octal digits stay readable: the escape is at most 3 of them, within the data */
        char oct[4] = {0};
        if (bad_octal) {
            memcpy(oct, bad, (size_t)(data + n - bad) < 3 ? (size_t)(data + n - bad) : 3);
        }
        if (warn_invalid_escape(vm, bad_octal ? (const uint8_t *)oct : bad, bad_octal) < 0) {
            tpBuf_free(&b);
            return NULL;
        }
    }
    return tpBuf_finish(vm, &b);
}

static ObjStr *decode_with(VM *vm, const uint8_t *data, size_t n, int enc, const char *errors) {
    if (enc == ENC_UTF8SIG) {
        if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
            data += 3;   /* errors are reported relative to the text after the BOM */
            n -= 3;
        }
        enc = ENC_UTF8;
    }
    if (enc == ENC_UESC || enc == ENC_RAWUESC) {
        return escape_decode(vm, data, n, enc, errors);
    }
    if (enc == ENC_UTF8 || enc == ENC_ASCII) {
        bool ok = true;
        for (size_t i = 0; i < n && ok; i++) {
            ok = data[i] < 0x80;
        }
        if (ok || (enc == ENC_UTF8 && valid_utf8(data, n))) {
            return tpStr_new(vm, (const char *)data, n);
        }
    }
    size_t skip;
    enc = resolve_bom(enc, data, n, &skip);
    StrBuf b;
    tpBuf_init(&b);
    if (decode_loop(vm, enc, data, n, skip, errors, &b) < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    if (b.len == 0) {
        tpBuf_free(&b);
        return vm->empty_str;
    }
    return tpBuf_finish(vm, &b);
}

ObjStr *tpBytes_decode(VM *vm, const uint8_t *data, size_t n, const char *encoding,
                       const char *errors) {
    int enc;
    bool fast;
    if (lookup_encoding(vm, encoding, true, &enc, &fast) < 0) {
        return NULL;
    }
    ObjStr *r = decode_with(vm, data, n, enc, errors);
    if (!r && !fast) {
        wrap_codec_error(vm, encoding, true);
    }
    return r;
}

ObjStr *tpBytes_decode_stream(VM *vm, const uint8_t *data, size_t n, const char *encoding,
                              const char *errors) {
    int enc;
    bool fast;
    if (lookup_encoding(vm, encoding, true, &enc, &fast) < 0) {
        return NULL;
    }
    return decode_with(vm, data, n, enc, errors);
}

ObjStr *tpStr_decode_utf8(VM *vm, const char *bytes, size_t n, const char *errors) {
    return tpBytes_decode(vm, (const uint8_t *)bytes, n, NULL, errors);
}
