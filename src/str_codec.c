/*
 * str_codec.c — the built-in codecs: str.encode / bytes.decode / str(b, enc, errors) for utf-8,
 * ascii, latin-1, utf-16 and utf-32 (with -le/-be variants), the error handlers strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass, and the
 * validating UTF-8 decoder tpStr_decode_utf8. Errors raise UnicodeEncodeError/UnicodeDecodeError
 * with CPython's (encoding, object, start, end, reason) arguments.
 */
#include <ctype.h>
#include <stdio.h>

#include "runtime.h"
#include "str_impl.h"

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32,
       ENC_UTF32LE, ENC_UTF32BE };
static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_SURRESCAPE,
       ERR_SURRPASS, ERR_UNKNOWN };

typedef struct Alias {
    const char *name;
    int enc;
} Alias;

static const Alias aliases[] = {
    {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
    {"cp65001", ENC_UTF8}, {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII}, {"646", ENC_ASCII},
    {"us", ENC_ASCII}, {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1},
    {"iso-8859-1", ENC_LATIN1}, {"iso8859-1", ENC_LATIN1}, {"8859", ENC_LATIN1},
    {"cp819", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"iso-ir-100", ENC_LATIN1},
    {"utf-16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"utf-16-le", ENC_UTF16LE},
    {"utf-16le", ENC_UTF16LE}, {"utf-16-be", ENC_UTF16BE}, {"utf-16be", ENC_UTF16BE},
    {"utf-32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"utf-32-le", ENC_UTF32LE},
    {"utf-32le", ENC_UTF32LE}, {"utf-32-be", ENC_UTF32BE}, {"utf-32be", ENC_UTF32BE},
};

static int lookup_encoding(VM *vm, const char *name, int *out) {
    if (!name) {
        *out = ENC_UTF8;
        return 0;
    }
    char norm[32];
    size_t n = 0;
    const char *p = name;
    while (*p == ' ') {
        p++;
    }
    for (; *p && n < sizeof norm - 1; p++) {
        char c = (char)tolower((unsigned char)*p);
        norm[n++] = (c == '_' || c == ' ') ? '-' : c;
    }
    while (n > 0 && norm[n - 1] == '-') {
        n--;
    }
    norm[n] = '\0';
    if (!*p) {
        for (size_t i = 0; i < TP_ARRAY_LEN(aliases); i++) {
            if (strcmp(norm, aliases[i].name) == 0) {
                *out = aliases[i].enc;
                return 0;
            }
        }
    }
    return tpErr_format(vm, EXC_LookupError, "unknown encoding: %s", name);
}

static int lookup_errors(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
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
    char tmp[16];
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        int rc = 0;
        switch (mode) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            rc = enc_put_ascii(vm, b, enc, "?");
            break;
        case ERR_BACKSLASH:
            snprintf(tmp, sizeof tmp, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)cp);
            rc = enc_put_ascii(vm, b, enc, tmp);
            break;
        case ERR_XMLCHAR:
            snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)cp);
            rc = enc_put_ascii(vm, b, enc, tmp);
            break;
        case ERR_SURRESCAPE:
            if (cp < 0xDC80 || cp > 0xDCFF) {
                return 1;
            }
            rc = tpBuf_putc(vm, b, (char)(cp - 0xDC00));
            break;
        case ERR_SURRPASS:
            if (!is_surrogate(cp) || enc == ENC_ASCII || enc == ENC_LATIN1) {
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
    default: return "surrogates not allowed";
    }
}

static int encode_loop(VM *vm, ObjStr *s, int enc, const char *errors, StrBuf *b) {
    const char *p = s->data, *end = s->data + s->nbytes;
    size_t pos = 0;
    uint32_t run[64];
    while (p < end) {
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
        size_t start = pos, n = 0;
        run[n++] = cp;
        pos++;
        while (p < end) {
            const char *q = p;
            uint32_t c2 = tpUtf8_decode(&q);
            StrBuf probe;
            tpBuf_init(&probe);
            int r2 = enc_put(vm, &probe, enc, c2, false);
            tpBuf_free(&probe);
            if (r2 != 1 || n == TP_ARRAY_LEN(run)) {
                break;
            }
            run[n++] = c2;
            p = q;
            pos++;
        }
        int mode = lookup_errors(errors);
        if (mode == ERR_UNKNOWN) {
            return unknown_handler(vm, errors);
        }
        rc = mode == ERR_STRICT ? 1 : enc_handle(vm, b, enc, mode, run, n);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return raise_unicode_error(vm, EXC_UnicodeEncodeError, enc, OBJ_VAL(s), start,
                                       start + n, enc_reason(enc));
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

int tpStr_encode(VM *vm, ObjStr *s, const char *encoding, const char *errors, Value *out) {
    int enc;
    if (lookup_encoding(vm, encoding, &enc) < 0) {
        return -1;
    }
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
    int rc = 0;
    if (enc == ENC_UTF16 || enc == ENC_UTF32) {
        enc = enc == ENC_UTF16 ? ENC_UTF16LE : ENC_UTF32LE;
        rc = enc_put(vm, &b, enc, 0xFEFF, false);
    }
    if (rc == 0) {
        rc = encode_loop(vm, s, enc, errors, &b);
    }
    ObjBytes *r = rc < 0 ? NULL : tpBytes_new(vm, b.data ? b.data : "", b.len);
    tpBuf_free(&b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
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

static Step step_utf8(const uint8_t *p, size_t n, bool surrpass) {
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
        hi = (b0 == 0xED && !surrpass) ? 0x9F : 0xBF;
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

static Step step_utf16(const uint8_t *p, size_t n, bool be, bool surrpass) {
    if (n < 2) {
        return step_error(n, "truncated data");
    }
    uint32_t u = read_unit(p, 2, be);
    Step s = {u, 2, NULL};
    if (u < 0xD800 || u >= 0xE000) {
        return s;
    }
    if (u >= 0xDC00) {
        return surrpass ? s : step_error(2, "illegal encoding");
    }
    if (n < 4) {
        return step_error(n, "unexpected end of data");
    }
    uint32_t u2 = read_unit(p + 2, 2, be);
    if (u2 < 0xDC00 || u2 >= 0xE000) {
        return surrpass ? s : step_error(2, "illegal UTF-16 surrogate");
    }
    s.cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
    s.len = 4;
    return s;
}

static Step step_utf32(const uint8_t *p, size_t n, bool be, bool surrpass) {
    if (n < 4) {
        return step_error(n, "truncated data");
    }
    uint32_t u = read_unit(p, 4, be);
    Step s = {u, 4, NULL};
    if (u > 0x10FFFF) {
        return step_error(4, "code point not in range(0x110000)");
    }
    if (is_surrogate(u) && !surrpass) {
        return step_error(4, "code point in surrogate code point range(0xd800, 0xe000)");
    }
    return s;
}

static Step dec_step(int enc, const uint8_t *p, size_t n, bool surrpass) {
    switch (enc) {
    case ENC_UTF8: return step_utf8(p, n, surrpass);
    case ENC_ASCII: {
        Step s = {p[0], 1, NULL};
        return p[0] < 0x80 ? s : step_error(1, "ordinal not in range(128)");
    }
    case ENC_LATIN1: {
        Step s = {p[0], 1, NULL};
        return s;
    }
    case ENC_UTF16LE:
    case ENC_UTF16BE: return step_utf16(p, n, enc == ENC_UTF16BE, surrpass);
    default: return step_utf32(p, n, enc == ENC_UTF32BE, surrpass);
    }
}

static int dec_handle(VM *vm, StrBuf *b, int mode, const uint8_t *p, size_t len) {
    switch (mode) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return tpBuf_put_cp(vm, b, 0xFFFD);
    case ERR_BACKSLASH:
        for (size_t i = 0; i < len; i++) {
            if (tpBuf_printf(vm, b, "\\x%02x", p[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case ERR_SURRESCAPE:
        for (size_t i = 0; i < len; i++) {
            if (p[i] < 0x80) {
                return 1;
            }
        }
        for (size_t i = 0; i < len; i++) {
            if (tpBuf_put_cp(vm, b, 0xDC00 + p[i]) < 0) {
                return -1;
            }
        }
        return 0;
    default:
        return 1;
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

static int decode_loop(VM *vm, int enc, const uint8_t *data, size_t n, size_t i,
                       const char *errors, StrBuf *b) {
    int mode = lookup_errors(errors);
    bool surrpass = mode == ERR_SURRPASS && enc != ENC_ASCII && enc != ENC_LATIN1;
    while (i < n) {
        Step s = dec_step(enc, data + i, n - i, surrpass);
        if (!s.reason) {
            int rc = s.cp < 0x80 ? tpBuf_putc(vm, b, (char)s.cp) : tpBuf_put_cp(vm, b, s.cp);
            if (rc < 0) {
                return -1;
            }
            i += s.len;
            continue;
        }
        if (mode == ERR_UNKNOWN) {
            return unknown_handler(vm, errors);
        }
        int rc = mode == ERR_STRICT ? 1 : dec_handle(vm, b, mode, data + i, s.len);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return raise_decode(vm, enc, data, n, i, i + s.len, s.reason);
        }
        i += s.len;
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
        Step s = step_utf8(p + i, n - i, false);
        if (s.reason) {
            return false;
        }
        i += s.len;
    }
    return true;
}

ObjStr *tpBytes_decode(VM *vm, const uint8_t *data, size_t n, const char *encoding,
                       const char *errors) {
    int enc;
    if (lookup_encoding(vm, encoding, &enc) < 0) {
        return NULL;
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

ObjStr *tpStr_decode_utf8(VM *vm, const char *bytes, size_t n, const char *errors) {
    return tpBytes_decode(vm, (const uint8_t *)bytes, n, NULL, errors);
}
