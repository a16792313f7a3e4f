/*
 * obj_str_format.c — string formatting: the format-spec mini-language (tpFormat_parse*,
 * tpFormat_pad, str.__format__), str.format / str.format_map (auto and manual field numbering,
 * attribute and index lookups, !r/!s/!a, nested specs) and printf-style `%` formatting for both
 * str (tpStr_mod) and bytes/bytearray (tpBytes_mod). Number conversions of `%` are rendered here
 * from the int's digits / C's correctly rounded printf, which agree with CPython's output.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"
#include "bigint.h"
#include "size_check.h"
#include "str_format.h"
#include "str_impl.h"

/* ==== format-spec parsing ==== */

static int toupper_ascii(int c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
}

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static int parse_digits(VM *vm, const char *s, size_t n, size_t *i, int64_t *out) {
    int64_t v = 0;
    size_t start = *i;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10 || v > 0x7fffffffffffLL) {
            return tpErr_raise(vm, EXC_ValueError, "Too many decimal digits in format string");
        }
        v = v * 10 + (s[*i] - '0');
        (*i)++;
    }
    *out = *i > start ? v : -1;
    return 0;
}

static bool grouping_ok(char grouping, char type) {
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return true;
    case 'b': case 'o': case 'x': case 'X':
        return grouping == '_';
    default:
        return false;
    }
}

static void parse_fill_align(const char *s, size_t n, size_t *i, FormatSpec *fs, bool *fill_given) {
    const char *p = s;
    if (n > 0) {
        uint32_t c0 = tpUtf8_decode(&p);
        size_t l0 = (size_t)(p - s);
        if (l0 < n && is_align((uint8_t)s[l0])) {
            fs->fill = c0;
            fs->align = s[l0];
            *fill_given = true;
            *i = l0 + 1;
            return;
        }
        if (is_align(c0)) {
            fs->align = (char)c0;
            *i = 1;
        }
    }
}

static int parse_grouping(VM *vm, const char *s, size_t n, size_t *i, FormatSpec *fs) {
    if (*i < n && (s[*i] == ',' || s[*i] == '_')) {
        fs->grouping = s[(*i)++];
        if (*i < n && (s[*i] == ',' || s[*i] == '_') && s[*i] != fs->grouping) {
            return tpErr_raise(vm, EXC_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    return 0;
}

int tpFormat_parse_ex(VM *vm, ObjStr *spec, const char *tname, char deftype, FormatSpec *fs,
                      bool *z) {
    const char *s = spec->data;
    size_t n = spec->nbytes, i = 0;
    bool fill_given = false;
    *fs = (FormatSpec){.fill = ' ', .width = -1, .precision = -1};
    if (z) {
        *z = false;
    }
    parse_fill_align(s, n, &i, fs, &fill_given);
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
        fs->sign = s[i++];
    }
    if (i < n && s[i] == 'z') {
        i++;
        if (z) {
            *z = true;
        }
    }
    if (i < n && s[i] == '#') {
        fs->alt = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        fs->zero = true;
        if (!fill_given) {
            fs->fill = '0';
        }
        i++;
    }
    if (parse_digits(vm, s, n, &i, &fs->width) < 0 || parse_grouping(vm, s, n, &i, fs) < 0) {
        return -1;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (parse_digits(vm, s, n, &i, &fs->precision) < 0) {
            return -1;
        }
        if (fs->precision < 0) {
            return tpErr_raise(vm, EXC_ValueError, "Format specifier missing precision");
        }
    }
    if (i < n) {
        const char *p = s + i;
        uint32_t t = tpUtf8_decode(&p);
        if (p != s + n) {
            if (tname) {
                return tpErr_format(vm, EXC_ValueError,
                                    "Invalid format specifier '%U' for object of type '%s'", spec,
                                    tname);
            }
            return tpErr_raise(vm, EXC_ValueError, "Invalid format specifier");
        }
        if (t >= 0x80) {
            return tpErr_format(vm, EXC_ValueError,
                                "Unknown format code '\\x%x' for object of type '%s'", (unsigned)t,
                                tname ? tname : "object");
        }
    }
    if (i < n) {
        fs->type = s[i];
    }
    if (fs->grouping && !grouping_ok(fs->grouping, fs->type ? fs->type : deftype)) {
        char t = fs->type ? fs->type : deftype;
        return tpErr_format(vm, EXC_ValueError, "Cannot specify '%c' with '%c'.", fs->grouping, t);
    }
    return 0;
}

int tpFormat_parse(VM *vm, ObjStr *spec, FormatSpec *out) {
    return tpFormat_parse_ex(vm, spec, NULL, 0, out, NULL);
}

static size_t count_cps(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        k += ((uint8_t)s[i] & 0xC0) != 0x80;
    }
    return k;
}

static int put_fill_n(VM *vm, StrBuf *b, uint32_t fill, int64_t n) {
    return tpBuf_put_fill(vm, b, fill, n);
}

/* For '=' alignment: the length of the sign and radix prefix at the start of a number. */
static size_t numeric_prefix(const char *body, size_t n) {
    size_t k = 0;
    if (k < n && (body[k] == '+' || body[k] == '-' || body[k] == ' ')) {
        k++;
    }
    if (k + 1 < n && body[k] == '0' && strchr("xXoObB", body[k + 1])) {
        k += 2;
    }
    return k;
}

ObjStr *tpFormat_pad(VM *vm, const FormatSpec *fs, const char *body, size_t nbytes,
                     char def_align) {
    int64_t len = (int64_t)count_cps(body, nbytes);
    if (fs->width <= len) {
        return tpStr_new(vm, body, nbytes);
    }
    int64_t padn = fs->width - len, left;
    char align = fs->align ? fs->align : def_align;
    size_t pre = 0;
    switch (align) {
    case '<': left = 0; break;
    case '^': left = padn / 2; break;
    case '=': left = padn; pre = numeric_prefix(body, nbytes); break;
    default: left = padn; break;
    }
    StrBuf b;
    char space[256];
    tpBuf_init_with(&b, space, sizeof space);
    if (tpBuf_put(vm, &b, body, pre) < 0 || put_fill_n(vm, &b, fs->fill, left) < 0 ||
        tpBuf_put(vm, &b, body + pre, nbytes - pre) < 0 ||
        put_fill_n(vm, &b, fs->fill, padn - left) < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    return tpBuf_finish(vm, &b);
}

/* str.__format__ */
int tpStr_format_spec(VM *vm, ObjStr *s, ObjStr *spec, Value *out) {
    if (spec->nbytes == 0) {
        return tpObj_str(vm, OBJ_VAL(s), out);
    }
    FormatSpec fs;
    bool z;
    if (tpFormat_parse_ex(vm, spec, "str", 's', &fs, &z) < 0) {
        return -1;
    }
    if (fs.type && fs.type != 's') {
        return tpErr_format(vm, EXC_ValueError, "Unknown format code '%c' for object of type 'str'",
                            fs.type);
    }
    if (fs.sign) {
        return tpErr_raise(vm, EXC_ValueError, fs.sign == ' '
                                                   ? "Space not allowed in string format specifier"
                                                   : "Sign not allowed in string format specifier");
    }
    if (z) {
        return tpErr_raise(vm, EXC_ValueError,
                           "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (fs.alt) {
        return tpErr_raise(vm, EXC_ValueError,
                           "Alternate form (#) not allowed in string format specifier");
    }
    if (fs.align == '=') {
        return tpErr_raise(vm, EXC_ValueError,
                           "'=' alignment not allowed in string format specifier");
    }
    size_t nbytes = s->nbytes;
    if (fs.precision >= 0 && (size_t)fs.precision < s->len) {
        nbytes = tpStr_offset(vm, s, (size_t)fs.precision);
    }
    ObjStr *r = tpFormat_pad(vm, &fs, s->data, nbytes, '<');
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== str.format ==== */

typedef struct FmtCtx {
    VM *vm;
    const Value *args;       /* NULL for format_map */
    int nargs;
    Value kwargs;            /* mapping or NULL_VAL */
    int auto_state;          /* 0 unused, 1 automatic, 2 manual */
    int64_t next_auto;
} FmtCtx;

typedef struct Slice {
    const char *p;
    size_t n;
} Slice;

static int format_string(FmtCtx *c, const char *s, size_t n, int depth, StrBuf *out);

static bool all_digits(Slice s) {
    if (s.n == 0) {
        return false;
    }
    for (size_t i = 0; i < s.n; i++) {
        if (s.p[i] < '0' || s.p[i] > '9') {
            return false;
        }
    }
    return true;
}

static int slice_index(VM *vm, Slice s, int64_t *out) {
    size_t i = 0;
    return parse_digits(vm, s.p, s.n, &i, out);
}

static int positional(FmtCtx *c, int64_t idx, Value *out) {
    if (!c->args) {
        return tpErr_raise(c->vm, EXC_ValueError, "Format string contains positional fields");
    }
    if (idx >= c->nargs) {
        return tpErr_format(c->vm, EXC_IndexError,
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
    }
    *out = c->args[idx];
    return 0;
}

static int keyword(FmtCtx *c, Slice name, Value *out) {
    ObjStr *key = tpStr_new(c->vm, name.p, name.n);
    if (!key) {
        return -1;
    }
    if (IS_NULL(c->kwargs)) {
        Value k = OBJ_VAL(key);
        return tpErr_set_args(c->vm, tpExc_type(c->vm, EXC_KeyError), 1, &k);
    }
    return tpObj_getitem(c->vm, c->kwargs, OBJ_VAL(key), out);
}

/* The object named by the first part of a field name. */
static int first_object(FmtCtx *c, Slice first, Value *out) {
    if (first.n == 0) {
        if (c->auto_state == 2) {
            return tpErr_raise(c->vm, EXC_ValueError, "cannot switch from manual field "
                                                      "specification to automatic field numbering");
        }
        c->auto_state = 1;
        return positional(c, c->next_auto++, out);
    }
    if (all_digits(first)) {
        int64_t idx;
        if (slice_index(c->vm, first, &idx) < 0) {
            return -1;
        }
        if (c->auto_state == 1) {
            return tpErr_raise(c->vm, EXC_ValueError, "cannot switch from automatic field "
                                                      "numbering to manual field specification");
        }
        c->auto_state = 2;
        return positional(c, idx, out);
    }
    return keyword(c, first, out);
}

static int lookup_attr(VM *vm, Value obj, Slice name, Value *out) {
    ObjStr *s = tpStr_new(vm, name.p, name.n);
    if (!s) {
        return -1;
    }
    s = tpStr_intern(vm, s);
    return s ? tpObj_getattr(vm, obj, s, out) : -1;
}

static int lookup_item(VM *vm, Value obj, Slice key, Value *out) {
    Value k;
    if (all_digits(key)) {
        int64_t idx;
        if (slice_index(vm, key, &idx) < 0) {
            return -1;
        }
        k = INT_VAL(idx);
    } else {
        ObjStr *s = tpStr_new(vm, key.p, key.n);
        if (!s) {
            return -1;
        }
        k = OBJ_VAL(s);
    }
    return tpObj_getitem(vm, obj, k, out);
}

/* Resolve "name(.attr|[key])*" */
static int resolve_field(FmtCtx *c, Slice f, Value *out) {
    VM *vm = c->vm;
    size_t i = 0;
    while (i < f.n && f.p[i] != '.' && f.p[i] != '[') {
        i++;
    }
    if (first_object(c, (Slice){f.p, i}, out) < 0) {
        return -1;
    }
    while (i < f.n) {
        char kind = f.p[i++];
        size_t start = i;
        if (kind == '.') {
            while (i < f.n && f.p[i] != '.' && f.p[i] != '[') {
                i++;
            }
        } else {
            while (i < f.n && f.p[i] != ']') {
                i++;
            }
            if (i >= f.n) {
                return tpErr_raise(vm, EXC_ValueError, "Missing ']' in format string");
            }
        }
        Slice part = {f.p + start, i - start};
        if (part.n == 0) {
            return tpErr_raise(vm, EXC_ValueError, "Empty attribute in format string");
        }
        int rc = kind == '.' ? lookup_attr(vm, *out, part, out) : lookup_item(vm, *out, part, out);
        if (rc < 0) {
            return -1;
        }
        if (kind == '[') {
            i++;
            if (i < f.n && f.p[i] != '.' && f.p[i] != '[') {
                return tpErr_raise(vm, EXC_ValueError,
                                   "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
    return 0;
}

typedef struct Field {
    Slice name;
    uint32_t conv;           /* 0 or the conversion character */
    Slice spec;
    bool spec_nested;        /* the spec contains '{' and must be expanded */
} Field;

/* Parse a replacement field starting after its '{'; *pos is advanced past the closing '}'. */
static int parse_field(VM *vm, const char *s, size_t n, size_t *pos, Field *f) {
    size_t i = *pos;
    char c = 0;
    *f = (Field){{s + i, 0}, 0, {s + i, 0}, false};
    while (i < n) {
        c = s[i++];
        if (c == '{') {
            return tpErr_raise(vm, EXC_ValueError, "unexpected '{' in field name");
        }
        if (c == '[') {
            while (i < n && s[i] != ']') {
                i++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
        c = 0;
    }
    f->name.n = (size_t)(s + i - f->name.p) - (c ? 1 : 0);
    if (c == '}') {
        *pos = i;
        return 0;
    }
    if (c != '!' && c != ':') {
        return tpErr_raise(vm, EXC_ValueError, "expected '}' before end of string");
    }
    if (c == '!') {
        if (i >= n) {
            return tpErr_raise(vm, EXC_ValueError,
                               "end of string while looking for conversion specifier");
        }
        const char *p = s + i;
        f->conv = tpUtf8_decode(&p);
        i = (size_t)(p - s);
        if (i < n) {
            char d = s[i++];
            if (d == '}') {
                *pos = i;
                return 0;
            }
            if (d != ':') {
                return tpErr_raise(vm, EXC_ValueError, "expected ':' after conversion specifier");
            }
        }
    }
    f->spec.p = s + i;
    int depth = 1;
    while (i < n) {
        char d = s[i++];
        if (d == '{') {
            f->spec_nested = true;
            depth++;
        } else if (d == '}' && --depth == 0) {
            f->spec.n = (size_t)(s + i - 1 - f->spec.p);
            *pos = i;
            return 0;
        }
    }
    return tpErr_raise(vm, EXC_ValueError, "unmatched '{' in format spec");
}

static int convert(VM *vm, uint32_t conv, Value v, Value *out) {
    switch (conv) {
    case 0: *out = v; return 0;
    case 'r': return tpObj_repr(vm, v, out);
    case 's': return tpObj_str(vm, v, out);
    case 'a': return tpObj_ascii(vm, v, out);
    default:
        if (conv < 128) {
            return tpErr_format(vm, EXC_ValueError, "Unknown conversion specifier %c", (int)conv);
        }
        return tpErr_format(vm, EXC_ValueError, "Unknown conversion specifier \\x%x", (int)conv);
    }
}

static int render_field(FmtCtx *c, Field *f, int depth, StrBuf *out) {
    VM *vm = c->vm;
    Value obj, conv;
    if (resolve_field(c, f->name, &obj) < 0 || convert(vm, f->conv, obj, &conv) < 0) {
        return -1;
    }
    ObjStr *spec;
    if (f->spec_nested) {
        StrBuf sb;
        tpBuf_init(&sb);
        if (format_string(c, f->spec.p, f->spec.n, depth - 1, &sb) < 0) {
            tpBuf_free(&sb);
            return -1;
        }
        spec = tpBuf_finish(vm, &sb);
    } else {
        spec = tpStr_new(vm, f->spec.p, f->spec.n);
    }
    if (!spec) {
        return -1;
    }
    Value r;
    if (spec->nbytes == 0 && IS_OBJ_TYPE(conv, vm->types[TYPE_STR])) {
        r = conv;
    } else if (tpObj_format(vm, conv, spec, &r) < 0) {
        return -1;
    }
    return tpBuf_put_str(vm, out, AS_STR(r));
}

static int format_string(FmtCtx *c, const char *s, size_t n, int depth, StrBuf *out) {
    VM *vm = c->vm;
    if (depth <= 0) {
        return tpErr_raise(vm, EXC_ValueError, "Max string recursion exceeded");
    }
    size_t i = 0;
    while (i < n) {
        size_t lit = i;
        while (i < n && s[i] != '{' && s[i] != '}') {
            i++;
        }
        if (i > lit && tpBuf_put(vm, out, s + lit, i - lit) < 0) {
            return -1;
        }
        if (i >= n) {
            break;
        }
        char c0 = s[i++];
        if (i < n && s[i] == c0) {
            i++;
            if (tpBuf_putc(vm, out, c0) < 0) {
                return -1;
            }
            continue;
        }
        if (c0 == '}') {
            return tpErr_raise(vm, EXC_ValueError, "Single '}' encountered in format string");
        }
        if (i >= n) {
            return tpErr_raise(vm, EXC_ValueError, "Single '{' encountered in format string");
        }
        Field f;
        if (parse_field(vm, s, n, &i, &f) < 0 || render_field(c, &f, depth, out) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpStr_format(VM *vm, ObjStr *fmt, int argc, const Value *args, Value kwargs, Value *out) {
    FmtCtx c = {vm, args, argc, kwargs, 0, 0};
    StrBuf b;
    char space[256];
    tpBuf_init_with(&b, space, sizeof space);
    if (format_string(&c, fmt->data, fmt->nbytes, 2, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *r = tpBuf_finish(vm, &b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== printf-style formatting: str % args and bytes % args ==== */

typedef struct ModCtx {
    VM *vm;
    bool bytes;              /* bytes % args: raw bytes in and out */
    const char *fmt;
    size_t n;
    Value args;
    const Value *items;      /* the tuple's items, or &args */
    int64_t nitems;          /* -1: args is a single (non-tuple) value */
    int64_t argidx;
    Value dict;              /* mapping for %(key)s, or NULL_VAL */
    bool ascii;              /* str % args: every piece so far is ASCII (no measuring at the end) */
} ModCtx;

typedef struct Conv {
    bool left, plus, space, alt, zero;
    int64_t width, prec;
    char ch;
} Conv;

static int next_arg(ModCtx *m, Value *out) {
    if (m->nitems < 0) {
        if (m->argidx == 0) {
            m->argidx = 1;
            *out = m->args;
            return 0;
        }
    } else if (m->argidx < m->nitems) {
        *out = m->items[m->argidx++];
        return 0;
    }
    return tpErr_raise(m->vm, EXC_TypeError, "not enough arguments for format string");
}

/* A '*' width (a C ssize_t in CPython) or precision (a C int). */
static int star_arg(ModCtx *m, bool is_prec, int64_t *out) {
    Value v;
    if (next_arg(m, &v) < 0) {
        return -1;
    }
    if (!tpInt_check(m->vm, v)) {
        return tpErr_raise(m->vm, EXC_TypeError, "* wants int");
    }
    return tpSize_arg(m->vm, v, is_prec, out);
}

/* %(key): look the key up in the mapping. */
static int mapping_key(ModCtx *m, size_t *i, Value *arg) {
    VM *vm = m->vm;
    size_t start = ++*i;
    int depth = 1;
    while (*i < m->n) {
        char c = m->fmt[*i];
        if (c == '(') {
            depth++;
        } else if (c == ')' && --depth == 0) {
            break;
        }
        (*i)++;
    }
    if (depth > 0) {
        return tpErr_raise(vm, EXC_ValueError, "incomplete format key");
    }
    if (IS_NULL(m->dict)) {
        return tpErr_raise(vm, EXC_TypeError, "format requires a mapping");
    }
    Value key;
    if (m->bytes) {
        ObjBytes *k = tpBytes_new(vm, m->fmt + start, *i - start);
        key = k ? OBJ_VAL(k) : NULL_VAL;
    } else {
        ObjStr *k = tpStr_new(vm, m->fmt + start, *i - start);
        key = k ? OBJ_VAL(k) : NULL_VAL;
    }
    (*i)++;
    if (IS_NULL(key)) {
        return -1;
    }
    return tpObj_getitem(vm, m->dict, key, arg);
}

static int parse_num_or_star(ModCtx *m, bool is_prec, size_t *i, int64_t *out) {
    if (*i < m->n && m->fmt[*i] == '*') {
        (*i)++;
        return star_arg(m, is_prec, out);
    }
    int64_t v = -1, max = is_prec ? INT32_MAX : INT64_MAX;
    while (*i < m->n && m->fmt[*i] >= '0' && m->fmt[*i] <= '9') {
        int d = m->fmt[*i] - '0';
        if (v > (max - d) / 10) {
            return tpErr_raise(m->vm, EXC_ValueError,
                               is_prec ? "precision too big" : "width too big");
        }
        v = (v < 0 ? 0 : v * 10) + d;
        (*i)++;
    }
    *out = v;
    return 0;
}

/* Parse flags, width, precision and the conversion character after '%' (and any key). */
static int parse_conv(ModCtx *m, size_t *i, Conv *cv) {
    *cv = (Conv){.width = -1, .prec = -1};
    for (; *i < m->n; (*i)++) {
        char c = m->fmt[*i];
        if (c == '-') {
            cv->left = true;
        } else if (c == '+') {
            cv->plus = true;
        } else if (c == ' ') {
            cv->space = true;
        } else if (c == '#') {
            cv->alt = true;
        } else if (c == '0') {
            cv->zero = true;
        } else {
            break;
        }
    }
    if (parse_num_or_star(m, false, i, &cv->width) < 0) {
        return -1;
    }
    if (cv->width < -1) {
        cv->left = true;
        cv->width = -cv->width;
    }
    if (*i < m->n && m->fmt[*i] == '.') {
        (*i)++;
        if (parse_num_or_star(m, true, i, &cv->prec) < 0) {
            return -1;
        }
        if (cv->prec < 0) {
            cv->prec = 0;
        }
    }
    /* one length modifier is skipped, as in CPython ('%lld' is an error) */
    if (*i < m->n && (m->fmt[*i] == 'h' || m->fmt[*i] == 'l' || m->fmt[*i] == 'L')) {
        (*i)++;
    }
    if (*i >= m->n) {
        return tpErr_raise(m->vm, EXC_ValueError, "incomplete format");
    }
    cv->ch = m->fmt[(*i)++];
    return 0;
}

/* Append body padded to the conversion's width (length in characters for str, bytes for bytes). */
static int put_padded(ModCtx *m, StrBuf *out, const Conv *cv, const char *body, size_t n) {
    if (cv->width <= 0) {   /* no width: no need to count characters */
        return tpBuf_put(m->vm, out, body, n);
    }
    int64_t len = m->bytes ? (int64_t)n : (int64_t)count_cps(body, n);
    int64_t padn = cv->width > len ? cv->width - len : 0;
    if (!cv->left && put_fill_n(m->vm, out, ' ', padn) < 0) {
        return -1;
    }
    if (tpBuf_put(m->vm, out, body, n) < 0) {
        return -1;
    }
    return cv->left ? put_fill_n(m->vm, out, ' ', padn) : 0;
}

/* Sign, prefix, zero padding and width around the digits of a number. */
static int put_number(ModCtx *m, StrBuf *out, const Conv *cv, bool neg, const char *prefix,
                      const char *digits, size_t nd) {
    VM *vm = m->vm;
    char sign = neg ? '-' : cv->plus ? '+' : cv->space ? ' ' : 0;
    size_t plen = strlen(prefix);
    int64_t len = (int64_t)(nd + plen + (sign ? 1 : 0));
    int64_t padn = cv->width > len ? cv->width - len : 0;
    bool zeros = cv->zero && !cv->left;
    if (!zeros && !cv->left && put_fill_n(vm, out, ' ', padn) < 0) {
        return -1;
    }
    if ((sign && tpBuf_putc(vm, out, sign) < 0) || tpBuf_put(vm, out, prefix, plen) < 0) {
        return -1;
    }
    if (zeros && put_fill_n(vm, out, '0', padn) < 0) {
        return -1;
    }
    if (tpBuf_put(vm, out, digits, nd) < 0) {
        return -1;
    }
    return cv->left ? put_fill_n(vm, out, ' ', padn) : 0;
}

/* The integer argument for %d/%x/...; *out is a plain int Value. */
static int int_arg(ModCtx *m, Value v, char ch, Value *out) {
    VM *vm = m->vm;
    if (IS_BOOL(v)) {
        *out = INT_VAL(v == TRUE_VAL);
        return 0;
    }
    if (IS_INT(v) || IS_OBJ_TYPE(v, vm->types[TYPE_INT])) {
        *out = v;
        return 0;
    }
    bool is_float = IS_FLOAT(v) || (IS_OBJ(v) && tpObj_is(vm, v, TYPE_FLOAT));
    if (is_float && (ch == 'd' || ch == 'i' || ch == 'u')) {
        double d;
        return tpNum_as_double(vm, v, &d) < 0 ? -1 : tpInt_from_double(vm, d, out);
    }
    if (tpType_of(vm, v)->sl.index != NULL) {
        return tpObj_index(vm, v, out);
    }
    if (ch == 'd' || ch == 'i' || ch == 'u') {
        return tpErr_format(vm, EXC_TypeError, "%%%c format: a real number is required, not %T",
                            ch, v);
    }
    return tpErr_format(vm, EXC_TypeError, "%%%c format: an integer is required, not %T", ch, v);
}

static int fmt_int(ModCtx *m, StrBuf *out, const Conv *cv, Value v) {
    VM *vm = m->vm;
    Value iv, s;
    if (int_arg(m, v, cv->ch, &iv) < 0) {
        return -1;
    }
    int base = cv->ch == 'x' || cv->ch == 'X' ? 16 : cv->ch == 'o' ? 8 : 10;
    char small[80];
    const char *d;
    if (IS_INT(iv)) {   /* no temporary str for the common case */
        d = tpInt_small_text(AS_INT(iv), base, small + sizeof small - 1);
        small[sizeof small - 1] = '\0';
    } else if (tpInt_to_str(vm, iv, base, &s) < 0) {
        return -1;
    } else {
        d = AS_STR(s)->data;
    }
    bool neg = *d == '-';
    d += neg;
    if (base != 10) {
        d += 2;   /* tpInt_to_str adds the 0x / 0o prefix */
    }
    size_t nd = IS_INT(iv) ? (size_t)(small + sizeof small - 1 - d) : strlen(d);
    int64_t extra = cv->prec > (int64_t)nd ? cv->prec - (int64_t)nd : 0;
    const char *prefix = !cv->alt ? "" : cv->ch == 'x' ? "0x" : cv->ch == 'X' ? "0X" :
                         cv->ch == 'o' ? "0o" : "";
    if (extra == 0 && cv->ch != 'X') {   /* the digits as they are: no copy */
        return put_number(m, out, cv, neg, prefix, d, nd);
    }
    char stack[128];
    size_t need = nd + (size_t)extra + 1;
    char *buf = need <= sizeof stack ? stack : malloc(need);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    memset(buf, '0', (size_t)extra);
    for (size_t k = 0; k < nd; k++) {
        buf[extra + (int64_t)k] = cv->ch == 'X' ? (char)toupper_ascii(d[k]) : d[k];
    }
    int rc = put_number(m, out, cv, neg, prefix, buf, nd + (size_t)extra);
    if (buf != stack) {
        free(buf);
    }
    return rc;
}

static int fmt_float(ModCtx *m, StrBuf *out, const Conv *cv, Value v) {
    VM *vm = m->vm;
    double d;
    if (tpNum_as_double(vm, v, &d) < 0) {
        if (m->bytes && tpErr_matches(vm, EXC_TypeError)) {
            tpErr_clear(vm);
            return tpErr_format(vm, EXC_TypeError, "float argument required, not %T", v);
        }
        return -1;
    }
    int prec = cv->prec < 0 ? 6 : (int)cv->prec;
    char ch = cv->ch == 'F' ? 'f' : cv->ch;
    char cfmt[8];
    snprintf(cfmt, sizeof cfmt, "%%%s.*%c", cv->alt ? "#" : "", ch);
    char stack[512];
    size_t cap = (size_t)prec + 420;
    char *buf = cap <= sizeof stack ? stack : malloc(cap);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    bool neg = signbit(d) && !isnan(d);
    int n = snprintf(buf, cap, cfmt, prec, fabs(d));
    if (cv->ch == 'F') {
        for (int k = 0; k < n; k++) {
            buf[k] = (char)toupper_ascii(buf[k]);
        }
    }
    int rc = put_number(m, out, cv, neg, "", buf, (size_t)n);
    if (buf != stack) {
        free(buf);
    }
    return rc;
}

/* %s %r %a (and %b for bytes): the text of v. */
static int text_arg(ModCtx *m, char ch, Value v, Value *out) {
    VM *vm = m->vm;
    if (!m->bytes) {
        if (ch == 's') {
            return tpObj_str(vm, v, out);
        }
        return ch == 'r' ? tpObj_repr(vm, v, out) : tpObj_ascii(vm, v, out);
    }
    if (ch == 'r' || ch == 'a') {
        Value a;
        return tpObj_ascii(vm, v, &a) < 0 ? -1 : tpStr_encode(vm, AS_STR(a), "ascii", NULL, out);
    }
    const uint8_t *d;
    size_t n;
    if (tpBytes_view(vm, v, &d, &n)) {
        *out = v;
        return 0;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {   /* strided (or released: ValueError) */
        StrBuf b;
        tpBuf_init(&b);
        ObjBytes *copy = tpBuffer_append(vm, v, &b) < 0 ? NULL : tpBytes_new(vm, b.data, b.len);
        tpBuf_free(&b);
        *out = copy ? OBJ_VAL(copy) : NULL_VAL;
        return copy ? 0 : -1;
    }
    ObjStr *name = tpStr_intern_cstr(vm, "__bytes__");
    if (name && !IS_NULL(tpType_lookup(vm, tpType_of(vm, v), name))) {
        if (tpObj_call_method(vm, v, name, 0, NULL, out) < 0) {
            return -1;
        }
        if (!tpBytes_check(vm, *out)) {
            return tpErr_format(vm, EXC_TypeError, "__bytes__ returned non-bytes (type %T)", *out);
        }
        return 0;
    }
    return tpErr_format(vm, EXC_TypeError, "%%b requires a bytes-like object, or an object that "
                                           "implements __bytes__, not '%T'", v);
}

static int fmt_text(ModCtx *m, StrBuf *out, const Conv *cv, Value v) {
    Value t;
    if (text_arg(m, cv->ch, v, &t) < 0) {
        return -1;
    }
    const char *body;
    size_t n;
    if (m->bytes) {
        const uint8_t *d;
        tpBytes_view(m->vm, t, &d, &n);
        body = (const char *)d;
        if (cv->prec >= 0 && (size_t)cv->prec < n) {
            n = (size_t)cv->prec;
        }
    } else {
        ObjStr *s = AS_STR(t);
        body = s->data;
        n = s->nbytes;
        m->ascii = m->ascii && s->ascii;
        if (cv->prec >= 0 && (size_t)cv->prec < s->len) {
            n = tpStr_offset(m->vm, s, (size_t)cv->prec);
        }
    }
    return put_padded(m, out, cv, body, n);
}

static int char_arg_str(ModCtx *m, Value v, char *enc, size_t *n) {
    VM *vm = m->vm;
    if (tpStr_check(vm, v)) {
        if (AS_STR(v)->len != 1) {
            return tpErr_raise(vm, EXC_TypeError, "%c requires int or char");
        }
        *n = AS_STR(v)->nbytes;
        memcpy(enc, AS_STR(v)->data, *n);
        return 0;
    }
    if (tpType_of(vm, v)->sl.index == NULL || IS_FLOAT(v)) {
        return tpErr_raise(vm, EXC_TypeError, "%c requires int or char");
    }
    int64_t c;
    if (tpObj_as_index(vm, v, &c) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        c = -1;
    }
    if (c < 0 || c > 0x10FFFF) {
        return tpErr_raise(vm, EXC_OverflowError, "%c arg not in range(0x110000)");
    }
    *n = (size_t)tpUtf8_encode((uint32_t)c, enc);
    return 0;
}

static int char_arg_bytes(ModCtx *m, Value v, char *enc, size_t *n) {
    VM *vm = m->vm;
    const uint8_t *d;
    size_t len;
    if (tpBytes_view(vm, v, &d, &len)) {
        if (len != 1) {
            return tpErr_raise(vm, EXC_TypeError,
                               "%c requires an integer in range(256) or a single byte");
        }
        enc[0] = (char)d[0];
        *n = 1;
        return 0;
    }
    if (tpType_of(vm, v)->sl.index == NULL || IS_FLOAT(v)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "%c requires an integer in range(256) or a single byte");
    }
    int64_t c;
    if (tpObj_as_index(vm, v, &c) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        c = -1;
    }
    if (c < 0 || c > 255) {
        return tpErr_raise(vm, EXC_OverflowError, "%c arg not in range(256)");
    }
    enc[0] = (char)c;
    *n = 1;
    return 0;
}

static int fmt_char(ModCtx *m, StrBuf *out, const Conv *cv, Value v) {
    char enc[4];
    size_t n = 0;
    if ((m->bytes ? char_arg_bytes(m, v, enc, &n) : char_arg_str(m, v, enc, &n)) < 0) {
        return -1;
    }
    m->ascii = m->ascii && n == 1 && (uint8_t)enc[0] < 0x80;
    return put_padded(m, out, cv, enc, n);
}

static int bad_conv(ModCtx *m, size_t at) {
    uint8_t c = (uint8_t)m->fmt[at];
    uint32_t cp = c;
    if (!m->bytes && c >= 0x80) {
        const char *p = m->fmt + at;
        cp = tpUtf8_decode(&p);
    }
    size_t index = m->bytes ? at : count_cps(m->fmt, at);
    return tpErr_format(m->vm, EXC_ValueError,
                        "unsupported format character '%c' (0x%x) at index %zu",
                        cp >= 32 && cp < 127 ? (int)cp : '?', (unsigned)cp, index);
}

static int one_conversion(ModCtx *m, size_t *i, StrBuf *out) {
    Value arg = NULL_VAL;
    size_t start = *i;
    if (*i < m->n && m->fmt[*i] == '(') {
        if (mapping_key(m, i, &arg) < 0) {
            return -1;
        }
        /* as in CPython, the looked-up value becomes the only argument left: a '*' or a later
         * positional conversion takes it, the next one finds nothing */
        m->args = arg;
        m->items = &m->args;
        m->nitems = -1;
        m->argidx = 0;
        arg = NULL_VAL;
    }
    Conv cv;
    char c = *i < m->n ? m->fmt[*i] : '\0';
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && c != 'h' && c != 'l' && c != 'L') {
        cv = (Conv){.width = -1, .prec = -1, .ch = c};   /* "%s", "%d": nothing to parse */
        (*i)++;
    } else if (parse_conv(m, i, &cv) < 0) {
        return -1;
    }
    if (cv.ch == '%' && *i == start + 1) {
        return tpBuf_putc(m->vm, out, '%');
    }
    if (IS_NULL(arg) && next_arg(m, &arg) < 0) {
        return -1;
    }
    switch (cv.ch) {
    case 's': case 'r': case 'a':
        return fmt_text(m, out, &cv, arg);
    case 'b':
        if (!m->bytes) {
            break;
        }
        cv.ch = 's';
        return fmt_text(m, out, &cv, arg);
    case 'c':
        return fmt_char(m, out, &cv, arg);
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return fmt_int(m, out, &cv, arg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return fmt_float(m, out, &cv, arg);
    default:
        break;
    }
    return bad_conv(m, *i - 1);
}

static int mod_run(ModCtx *m, StrBuf *out) {
    VM *vm = m->vm;
    Value a = m->args;
    if (IS_OBJ(a) && tpObj_is(vm, a, TYPE_TUPLE)) {
        m->items = AS_TUPLE(a)->items;
        m->nitems = (int64_t)AS_TUPLE(a)->len;
    } else {
        m->items = &m->args;
        m->nitems = -1;
        bool textual = tpStr_check(vm, a) || tpBytes_check(vm, a) || tpByteArray_check(vm, a);
        if (tpType_of(vm, a)->sl.getitem != NULL && !textual) {
            m->dict = a;
        }
    }
    size_t i = 0;
    while (i < m->n) {
        const char *pct = memchr(m->fmt + i, '%', m->n - i);
        size_t lit_end = pct ? (size_t)(pct - m->fmt) : m->n;
        if (lit_end > i && tpBuf_put(vm, out, m->fmt + i, lit_end - i) < 0) {
            return -1;
        }
        if (!pct) {
            break;
        }
        i = lit_end + 1;
        if (one_conversion(m, &i, out) < 0) {
            return -1;
        }
    }
    bool unused = m->nitems < 0 ? m->argidx == 0 : m->argidx < m->nitems;
    if (unused && IS_NULL(m->dict)) {
        return tpErr_raise(vm, EXC_TypeError,
                           m->bytes ? "not all arguments converted during bytes formatting"
                                    : "not all arguments converted during string formatting");
    }
    return 0;
}

int tpStr_mod(VM *vm, ObjStr *fmt, Value args, Value *out) {
    ModCtx m = {vm, false, fmt->data, fmt->nbytes, args, NULL, 0, 0, NULL_VAL, fmt->ascii};
    StrBuf b;
    char space[256];
    tpBuf_init_with(&b, space, sizeof space);
    if (mod_run(&m, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *r = m.ascii ? tpBuf_finish_ascii(vm, &b) : tpBuf_finish(vm, &b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

int tpBytes_mod(VM *vm, const uint8_t *fmt, size_t n, Value args, bool as_bytearray, Value *out) {
    /* the format may live in a bytearray that a conversion mutates: work on a copy */
    ObjBytes *copy = tpBytes_new(vm, fmt, n);
    if (!copy) {
        return -1;
    }
    ModCtx m = {vm, true, (const char *)copy->data, n, args, NULL, 0, 0, NULL_VAL, false};
    StrBuf b;
    tpBuf_init(&b);
    if (mod_run(&m, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    const char *data = b.data ? b.data : "";
    Obj *r = as_bytearray ? (Obj *)tpByteArray_new(vm, data, b.len)
                          : (Obj *)tpBytes_new(vm, data, b.len);
    tpBuf_free(&b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}
