/*
** lexer.c - Python 3.11 tokenizer for taipan.
** Behaviour (token boundaries, INDENT/DEDENT, error messages and their
** reported columns) follows CPython 3.11 so SyntaxErrors match exactly.
** The buffer is assumed to be UTF-8, '\n'-only and to end with '\n'
** (parser.c prepares it).
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#ifndef TP_NO_UTF8PROC
#include <utf8proc.h>
#endif
#include "lexer.h"

const char *const tok_names[T__COUNT] = {
#define TOK(n, s) #n,
#define OP(n, s) #n,
#define KW(n, s) #n,
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
};

const char *const tok_texts[T__COUNT] = {
#define TOK(n, s) s,
#define OP(n, s) s,
#define KW(n, s) s,
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
};

#define EOFC (-1)

/* ---------- UTF-8 ---------- */

int utf8_decode(const char *s, const char *end, int *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    int n, c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xF0) {
        n = 4;
        c &= 0x07;
    } else if (c >= 0xE0) {
        n = 3;
        c &= 0x0F;
    } else if (c >= 0xC0) {
        n = 2;
        c &= 0x1F;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if (s + i >= end || (p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return i;
        }
        c = (c << 6) | (p[i] & 0x3F);
    }
    *cp = c;
    return n;
}

int utf8_encode(char *out, int cp)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Unicode character classes, via utf8proc's general category. */
#ifndef TP_NO_UTF8PROC
static int uni_is_xid_start(int cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        /* Other_ID_Start characters */
        return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C ||
               cp == 0x1885 || cp == 0x1886;
    }
}

static int uni_is_xid_continue(int cp)
{
    if (uni_is_xid_start(cp)) {
        return 1;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) ||
               cp == 0x19DA;
    }
}

static int uni_is_printable(int cp)
{
    if (cp == ' ') {
        return 1;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}
#else
static int uni_is_xid_start(int cp) { return cp >= 0x80 && cp != 0xA0; }
static int uni_is_xid_continue(int cp) { return cp >= 0x80 && cp != 0xA0; }
static int uni_is_printable(int cp) { return cp >= 0x20 && cp != 0x7F && cp != 0xA0; }
#endif

/* ---------- errors ---------- */

void lexer_set_error(ParseError *err, const char *type, int lineno, int col1,
                     int end_lineno, int end_col1, const char *fmt, ...)
{
    va_list ap;
    snprintf(err->type, sizeof err->type, "%s", type);
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->lineno = lineno;
    err->offset = col1;
    err->end_lineno = end_lineno;
    err->end_offset = end_col1;
    err->text = NULL;
    err->text_no_nl = 0;
}

static const char *find_line(const char *buf, const char *end, int lineno, size_t *len)
{
    const char *p = buf;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    const char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
    *len = nl ? (size_t)(nl + 1 - p) : (size_t)(end - p);
    return p;
}

/* CPython converts a 1-based byte column into characters by decoding
   that many bytes of the line (clamped to len+1); a cut multi-byte
   sequence counts as one character. */
static int byte_to_char_col(const char *line, size_t len, int col)
{
    if (col <= 0) {
        return col;
    }
    if ((size_t)col > len + 1) {
        col = (int)len + 1;
    }
    int n = 0;
    for (int i = 0; i < col && (size_t)i < len; i++) {
        if (((unsigned char)line[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    if ((size_t)col > len) {
        n++;   /* the virtual byte past the end */
    }
    return n;
}

void lexer_finish_error(ParseError *err, const char *buf, const char *end, AstArena *arena)
{
    size_t len = 0, elen = 0;
    if (err->lineno <= 0) {
        return;
    }
    const char *line = find_line(buf, end, err->lineno, &len);
    if (err->text != NULL) {
        /* f-string errors: columns are relative to err->text */
        err->offset = byte_to_char_col(err->text, strlen(err->text), err->offset);
        err->end_offset = byte_to_char_col(err->text, strlen(err->text), err->end_offset);
        return;
    }
    err->offset = byte_to_char_col(line, len, err->offset);
    if (err->end_lineno > 0) {
        const char *eline = find_line(buf, end, err->end_lineno, &elen);
        err->end_offset = byte_to_char_col(eline, elen, err->end_offset);
    }
    if (arena != NULL && err->text == NULL && len > 0) {
        bool last = line + len >= end;
        bool strip = err->text_no_nl == 1 || (err->text_no_nl == 2 && !last) ||
                     (err->added_nl && last);
        size_t keep = len - (strip && line[len - 1] == '\n');
        err->text = ast_arena_strndup(arena, line, keep);
    }
}

/* ---------- character stream ---------- */

static int nextc(Lexer *lx)
{
    if (lx->cur >= lx->end) {
        lx->cur = lx->end + 1;   /* so that backup() restores end */
        return EOFC;
    }
    int c = (unsigned char)*lx->cur++;
    if (c == '\n') {
        /* line_start/lineno move when the next line is entered */
    }
    return c;
}

static void backup(Lexer *lx, int c)
{
    (void)c;
    lx->cur--;
}

/* Called whenever the cursor passes a '\n': start the next line. */
static void new_line(Lexer *lx)
{
    lx->lineno++;
    lx->line_start = lx->cur;
}

static int peekc(Lexer *lx)
{
    return lx->cur < lx->end ? (unsigned char)*lx->cur : EOFC;
}

/* End of the current physical line, after its '\n' (CPython's tok->inp). */
static const char *line_end(Lexer *lx)
{
    const char *nl = memchr(lx->line_start, '\n', (size_t)(lx->end - lx->line_start));
    return nl ? nl + 1 : lx->end;
}

/* Error at the cursor: CPython reports col = bytes before the cursor. */
static int err_at_cur(Lexer *lx, const char *type, const char *fmt, ...)
{
    va_list ap;
    char msg[256];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *c = lx->cur > lx->end ? lx->end : lx->cur;
    int col = (int)(c - lx->line_start);
    lexer_set_error(lx->err, type, lx->lineno + lx->lineoffset, col + (lx->lineno == 1 ? lx->coloffset : 0),
                    lx->lineno + lx->lineoffset, col + (lx->lineno == 1 ? lx->coloffset : 0), "%s", msg);
    lx->err->text_no_nl = 1;
    return -1;
}

void lexer_init(Lexer *lx, const char *buf, size_t len, AstArena *arena, ParseError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->buf = buf;
    lx->end = buf + len;
    lx->cur = buf;
    lx->line_start = buf;
    lx->lineno = 1;
    lx->atbol = 1;
    lx->err = err;
    lx->arena = arena;
}

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

/* Check a non-ASCII identifier; on failure report the first bad char. */
static int verify_identifier(Lexer *lx, const char *start)
{
    const char *p = start;
    int first = 1;
    while (p < lx->cur) {
        int cp;
        int n = utf8_decode(p, lx->cur, &cp);
        int ok;
        if (cp < 128) {
            ok = first ? is_id_start(cp) : is_id_char(cp);
        } else {
            ok = first ? uni_is_xid_start(cp) : uni_is_xid_continue(cp);
        }
        if (!ok) {
            lx->cur = p + n;
            if (uni_is_printable(cp)) {
                char ch[5];
                int l = utf8_encode(ch, cp);
                ch[l] = '\0';
                return err_at_cur(lx, "SyntaxError", "invalid character '%s' (U+%04X)", ch, cp);
            }
            return err_at_cur(lx, "SyntaxError", "invalid non-printable character U+%04X", cp);
        }
        first = 0;
        p += n;
    }
    return 0;
}

static int lookahead(Lexer *lx, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(lx->end - lx->cur) >= n && memcmp(lx->cur, s, n) == 0;
}

/* CPython 3.11's SyntaxWarning for a number directly followed by a keyword ("1if x else 2"),
   recorded with the position its SyntaxError would have (an error filter makes it that). */
ParseError *lexer_add_warning(AstArena *arena, ParseWarnings *w)
{
    if (w->n == w->cap) {
        int cap = w->cap ? 2 * w->cap : 4;
        ParseError *a = ast_arena_alloc(arena, sizeof *a * (size_t)cap);
        if (a == NULL) {
            return NULL;
        }
        if (w->n) {
            memcpy(a, w->a, sizeof *a * (size_t)w->n);
        }
        w->a = a;
        w->cap = cap;
    }
    ParseError *e = &w->a[w->n++];
    memset(e, 0, sizeof *e);
    return e;
}

static void note_number_warning(Lexer *lx, const char *kind)
{
    ParseError *w = lexer_add_warning(lx->arena, &lx->warns), *saved = lx->err;
    if (w != NULL) {
        lx->err = w;
        err_at_cur(lx, "SyntaxWarning", "invalid %s literal", kind);
        lx->err = saved;
    }
}

/* A number directly followed by a letter is an error, except for the
   keywords that may legally follow (CPython only warns for those). */
static int verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    int r = 0;
    switch (c) {
    case 'a': r = lookahead(lx, "nd"); break;
    case 'e': r = lookahead(lx, "lse"); break;
    case 'f': r = lookahead(lx, "or"); break;
    case 'o': r = lookahead(lx, "r"); break;
    case 'n': r = lookahead(lx, "ot"); break;
    case 'i': {
        int c2 = peekc(lx);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
        break;
    }
    default: break;
    }
    if (r) {
        backup(lx, c);
        note_number_warning(lx, kind);
        return 0;
    }
    backup(lx, c);
    if (c != EOFC && c < 128 && is_id_char(c)) {
        err_at_cur(lx, "SyntaxError", "invalid %s literal", kind);
        return -1;
    }
    return 0;
}

static int isdig(int c)
{
    return c >= '0' && c <= '9';
}

/* Digits with single underscores between them; returns the next char. */
static int decimal_tail(Lexer *lx, int *bad)
{
    int c;
    for (;;) {
        do {
            c = nextc(lx);
        } while (isdig(c));
        if (c != '_') {
            break;
        }
        c = nextc(lx);
        if (!isdig(c)) {
            backup(lx, c);
            err_at_cur(lx, "SyntaxError", "invalid decimal literal");
            *bad = 1;
            return 0;
        }
    }
    return c;
}

/* Number starting with c (already consumed) or with '.' + digit. */
static int lex_number(Lexer *lx, int c, int after_dot, const char *start)
{
    int bad = 0;
    if (after_dot) {
        goto fraction;
    }
    if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            c = nextc(lx);
            do {
                if (c == '_') {
                    c = nextc(lx);
                }
                int ok = base == 16 ? isxdigit(c) != 0 : base == 8 ? (c >= '0' && c <= '7')
                                                                  : (c == '0' || c == '1');
                if (!ok) {
                    if (base != 16 && isdig(c)) {
                        return err_at_cur(lx, "SyntaxError", "invalid digit '%c' in %s literal", c, kind);
                    }
                    backup(lx, c);
                    return err_at_cur(lx, "SyntaxError", "invalid %s literal", kind);
                }
                for (;;) {
                    c = nextc(lx);
                    ok = base == 16 ? isxdigit(c) != 0 : base == 8 ? (c >= '0' && c <= '7')
                                                                  : (c == '0' || c == '1');
                    if (!ok) {
                        break;
                    }
                }
            } while (c == '_');
            if (base != 16 && isdig(c)) {
                return err_at_cur(lx, "SyntaxError", "invalid digit '%c' in %s literal", c, kind);
            }
            return verify_end_of_number(lx, c, kind);
        }
        /* "0", "00", "0_0", "0.5", "0e1", "0j" ... but not "0123" */
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = nextc(lx);
                if (!isdig(c)) {
                    backup(lx, c);
                    return err_at_cur(lx, "SyntaxError", "invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc(lx);
        }
        const char *zeros_end = lx->cur;
        if (isdig(c)) {
            nonzero = 1;
            c = decimal_tail(lx, &bad);
            if (bad) {
                return -1;
            }
        }
        if (c == '.') {
            c = nextc(lx);
            goto fraction_c;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            /* old-style octal: CPython reports (start+1 .. end of zeros) */
            int add = lx->lineno == 1 ? lx->coloffset : 0;
            lexer_set_error(lx->err, "SyntaxError", lx->lineno + lx->lineoffset,
                            (int)(start - lx->line_start) + 1 + add, lx->lineno + lx->lineoffset,
                            (int)(zeros_end - lx->line_start) + add,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
            return -1;
        }
        return verify_end_of_number(lx, c, "decimal");
    }
    /* decimal */
    c = decimal_tail(lx, &bad);
    if (bad) {
        return -1;
    }
    if (c == '.') {
    fraction:
        c = nextc(lx);
    fraction_c:
        if (isdig(c)) {
            backup(lx, c);
            c = decimal_tail(lx, &bad);
            if (bad) {
                return -1;
            }
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!isdig(c)) {
                backup(lx, c);
                return err_at_cur(lx, "SyntaxError", "invalid decimal literal");
            }
        } else if (!isdig(c)) {
            backup(lx, c);
            if (verify_end_of_number(lx, e, "decimal") < 0) {
                return -1;
            }
            /* "1e" followed by a keyword: the 'e' is not part of the number */
            return 0;
        }
        backup(lx, c);
        c = decimal_tail(lx, &bad);
        if (bad) {
            return -1;
        }
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(lx);
        return verify_end_of_number(lx, c, "imaginary");
    }
    return verify_end_of_number(lx, c, "decimal");
}

static void fill_token(Lexer *lx, Token *t, int type, const char *start, int lineno,
                       const char *line)
{
    t->type = type;
    t->start = start;
    t->len = (int)(lx->cur - start);
    t->lineno = lineno;
    t->col = (int)(start - line);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(lx->cur - lx->line_start);
    t->line = line;
}

/* After a '\\': the next char must be a newline. */
static int continuation_line(Lexer *lx)
{
    int c = nextc(lx);
    if (c != '\n') {
        /* CPython measures this column from the start of the whole
           buffer, not the line (a quirk we reproduce). */
        int col = (int)(lx->cur - lx->buf - 1);
        lexer_set_error(lx->err, "SyntaxError", lx->lineno + lx->lineoffset, col + 1,
                        lx->lineno + lx->lineoffset, 0,
                        "unexpected character after line continuation character");
        return -1;
    }
    new_line(lx);
    c = nextc(lx);
    if (c == EOFC) {
        lx->cur = lx->end;
        lexer_set_error(lx->err, "SyntaxError", lx->lineno - 1 + lx->lineoffset,
                        (int)(lx->end - lx->buf), lx->lineno - 1 + lx->lineoffset, -1,
                        "unexpected EOF while parsing");
        /* column: length of the last line */
        const char *ls = lx->end - 1;
        while (ls > lx->buf && ls[-1] != '\n') {
            ls--;
        }
        lx->err->offset = (int)(lx->end - ls);
        return -1;
    }
    backup(lx, c);
    return 0;
}

static int indent_error(Lexer *lx)
{
    lexer_set_error(lx->err, "TabError", lx->lineno + lx->lineoffset, 1,
                    lx->lineno + lx->lineoffset, 0,
                    "inconsistent use of tabs and spaces in indentation");
    return -1;
}

/* Indentation at the start of a physical line (outside brackets). */
static int lex_indentation(Lexer *lx)
{
    int col = 0, altcol = 0, cont_col = 0, c;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (c == '\014') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* the first backslash fixes the indentation level */
            cont_col = cont_col ? cont_col : col;
            if (continuation_line(lx) < 0) {
                return -1;
            }
        } else {
            break;
        }
    }
    backup(lx, c);
    lx->blankline = 0;
    if (c == '#' || c == '\n') {
        lx->blankline = 1;
    }
    if (lx->blankline || lx->level > 0) {
        return 0;
    }
    if (cont_col) {
        col = altcol = cont_col;
    }
    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altindstack[top]) {
            return indent_error(lx);
        }
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= LEX_MAXINDENT) {
            /* CPython reports column 1 and end column 0 here (no caret is printed) */
            lexer_set_error(lx->err, "IndentationError", lx->lineno + lx->lineoffset, 1,
                            lx->lineno + lx->lineoffset, 0, "too many levels of indentation");
            return -1;
        }
        if (altcol <= lx->altindstack[top]) {
            return indent_error(lx);
        }
        lx->pendin++;
        lx->indent = top + 1;
        lx->indstack[top + 1] = col;
        lx->altindstack[top + 1] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            lexer_set_error(lx->err, "IndentationError", lx->lineno + lx->lineoffset,
                            (int)(line_end(lx) - lx->line_start), lx->lineno + lx->lineoffset,
                            -1, "unindent does not match any outer indentation level");
            return -1;
        }
        if (altcol != lx->altindstack[lx->indent]) {
            return indent_error(lx);
        }
    }
    return 0;
}

static int lex_string(Lexer *lx, Token *t, const char *start, int quote)
{
    int first_lineno = lx->lineno;
    const char *first_line = lx->line_start;
    int qsize = 1, endq = 0, c;
    c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) {
            qsize = 3;
        } else {
            endq = 1;   /* empty string */
        }
    }
    if (c != quote) {
        backup(lx, c);
    }
    while (endq != qsize) {
        c = nextc(lx);
        if (c == EOFC || (qsize == 1 && c == '\n')) {
            int detected = lx->lineno;
            if (c == EOFC && lx->line_start >= lx->end && detected > 1) {
                detected--;   /* CPython is still on the last line at EOF */
            }
            lx->lineno = first_lineno;
            lx->line_start = first_line;
            lx->cur = start + 1;
            if (qsize == 3) {
                return err_at_cur(lx, "SyntaxError",
                                  "unterminated triple-quoted string literal (detected at line %d)",
                                  detected + lx->lineoffset);
            }
            return err_at_cur(lx, "SyntaxError",
                              "unterminated string literal (detected at line %d)",
                              detected + lx->lineoffset);
        }
        if (c == '\n') {
            new_line(lx);
        }
        if (c == quote) {
            endq++;
        } else {
            endq = 0;
            if (c == '\\') {
                c = nextc(lx);
                if (c == '\n') {
                    new_line(lx);
                } else if (c == EOFC) {
                    backup(lx, c);
                }
            }
        }
    }
    fill_token(lx, t, T_STRING, start, first_lineno, first_line);
    return 0;
}

static int keyword_type(const char *s, int len)
{
    /* every NAME token comes here: the first character rules out most keywords at once */
    for (int i = T_FALSE; i < T__COUNT; i++) {
        const char *k = tok_texts[i];
        if (k[0] == s[0] && strncmp(k, s, (size_t)len) == 0 && k[len] == '\0') {
            return i;
        }
    }
    return T_NAME;
}

static int two_char_op(int c1, int c2)
{
    switch (c1) {
    case '=': return c2 == '=' ? T_EQEQUAL : -1;
    case '!': return c2 == '=' ? T_NOTEQUAL : -1;
    case '<': return c2 == '=' ? T_LESSEQUAL : c2 == '<' ? T_LEFTSHIFT : -1;
    case '>': return c2 == '=' ? T_GREATEREQUAL : c2 == '>' ? T_RIGHTSHIFT : -1;
    case '+': return c2 == '=' ? T_PLUSEQUAL : -1;
    case '-': return c2 == '=' ? T_MINEQUAL : c2 == '>' ? T_RARROW : -1;
    case '*': return c2 == '=' ? T_STAREQUAL : c2 == '*' ? T_DOUBLESTAR : -1;
    case '/': return c2 == '=' ? T_SLASHEQUAL : c2 == '/' ? T_DOUBLESLASH : -1;
    case '%': return c2 == '=' ? T_PERCENTEQUAL : -1;
    case '&': return c2 == '=' ? T_AMPEREQUAL : -1;
    case '|': return c2 == '=' ? T_VBAREQUAL : -1;
    case '^': return c2 == '=' ? T_CIRCUMFLEXEQUAL : -1;
    case '@': return c2 == '=' ? T_ATEQUAL : -1;
    case ':': return c2 == '=' ? T_COLONEQUAL : -1;
    default: return -1;
    }
}

static int one_char_op(int c)
{
    switch (c) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case ':': return T_COLON;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '/': return T_SLASH;
    case '|': return T_VBAR;
    case '&': return T_AMPER;
    case '<': return T_LESS;
    case '>': return T_GREATER;
    case '=': return T_EQUAL;
    case '.': return T_DOT;
    case '%': return T_PERCENT;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case '~': return T_TILDE;
    case '^': return T_CIRCUMFLEX;
    case '@': return T_AT;
    default: return T_ERRORTOKEN;
    }
}

/* At EOF CPython's tokenizer is still on the last line, cursor at its end. */
static void eof_position(Lexer *lx, Token *t)
{
    const char *ls = lx->line_start;
    int ln = lx->lineno;
    if (ls == lx->end && ln > 1 && ls > lx->buf) {
        ln--;
        ls--;
        while (ls > lx->buf && ls[-1] != '\n') {
            ls--;
        }
    }
    t->lineno = t->end_lineno = ln;
    t->col = t->end_col = (int)(lx->end - ls);
    t->line = ls;
}

int lexer_next(Lexer *lx, Token *t)
{
    int c;
    memset(t, 0, sizeof *t);
top:
    if (lx->atbol) {
        lx->atbol = 0;
        if (lex_indentation(lx) < 0) {
            return -1;
        }
    }
    if (lx->pendin != 0) {
        /* INDENT/DEDENT/ENDMARKER have no text; col is where the cursor
           is (what CPython reports when an error lands on them). */
        t->type = lx->pendin < 0 ? T_DEDENT : T_INDENT;
        lx->pendin += lx->pendin < 0 ? 1 : -1;
        if (lx->cur >= lx->end) {
            eof_position(lx, t);
        } else {
            t->lineno = t->end_lineno = lx->lineno;
            t->col = t->end_col = (int)(lx->cur - lx->line_start);
            t->line = lx->line_start;
        }
        t->start = lx->cur;
        return 0;
    }
again:
    do {
        c = nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\014');
    const char *start = lx->cur - 1;
    if (c == '#') {
        while (c != EOFC && c != '\n') {
            c = nextc(lx);
        }
    }
    if (c == EOFC) {
        lx->cur = lx->end;
        if (lx->level > 0 && !lx->fstring) {
            lx->eof_in_paren = 1;
            lx->err->msg[0] = '\0';
            return -1;
        }
        t->type = T_ENDMARKER;
        t->start = lx->end;
        eof_position(lx, t);
        lx->done = 1;
        return 0;
    }
    if (is_id_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, nonascii = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = 1;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = 1;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = 1;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = 1;
            } else {
                break;
            }
            c = nextc(lx);
            if (c == '"' || c == '\'') {
                return lex_string(lx, t, start, c);
            }
        }
        while (c != EOFC && is_id_char(c)) {
            if (c >= 128) {
                nonascii = 1;
            }
            c = nextc(lx);
        }
        backup(lx, c);
        if (nonascii && verify_identifier(lx, start) < 0) {
            return -1;
        }
        fill_token(lx, t, T_NAME, start, lx->lineno, lx->line_start);
        t->type = keyword_type(start, t->len);
        return 0;
    }
    if (c == '\n') {
        lx->atbol = 1;
        if (lx->blankline || lx->level > 0) {
            new_line(lx);
            goto top;
        }
        t->type = T_NEWLINE;
        t->start = start;
        t->len = 0;
        t->lineno = t->end_lineno = lx->lineno;
        t->col = t->end_col = (int)(start - lx->line_start);
        t->line = lx->line_start;
        new_line(lx);
        lx->cont_line = 0;
        return 0;
    }
    if (c == '.') {
        c = nextc(lx);
        if (isdig(c)) {
            int r = lex_number(lx, c, 1, start);
            if (r < 0) {
                return -1;
            }
            fill_token(lx, t, T_NUMBER, start, lx->lineno, lx->line_start);
            return 0;
        }
        if (c == '.') {
            c = nextc(lx);
            if (c == '.') {
                fill_token(lx, t, T_ELLIPSIS, start, lx->lineno, lx->line_start);
                return 0;
            }
            backup(lx, c);
            backup(lx, '.');
        } else {
            backup(lx, c);
        }
        fill_token(lx, t, T_DOT, start, lx->lineno, lx->line_start);
        return 0;
    }
    if (isdig(c)) {
        int r = lex_number(lx, c, 0, start);
        if (r < 0) {
            return -1;
        }
        fill_token(lx, t, T_NUMBER, start, lx->lineno, lx->line_start);
        return 0;
    }
    if (c == '"' || c == '\'') {
        return lex_string(lx, t, start, c);
    }
    if (c == '\\') {
        if (continuation_line(lx) < 0) {
            return -1;
        }
        lx->cont_line = 1;
        goto again;
    }
    /* operators */
    int c2 = nextc(lx);
    int type2 = c2 == EOFC ? -1 : two_char_op(c, c2);
    if (type2 >= 0) {
        int c3 = nextc(lx);
        int type3 = -1;
        if (c3 == '=') {
            if (type2 == T_LEFTSHIFT) {
                type3 = T_LEFTSHIFTEQUAL;
            } else if (type2 == T_RIGHTSHIFT) {
                type3 = T_RIGHTSHIFTEQUAL;
            } else if (type2 == T_DOUBLESTAR) {
                type3 = T_DOUBLESTAREQUAL;
            } else if (type2 == T_DOUBLESLASH) {
                type3 = T_DOUBLESLASHEQUAL;
            }
        }
        if (type3 < 0) {
            backup(lx, c3);
        } else {
            type2 = type3;
        }
        fill_token(lx, t, type2, start, lx->lineno, lx->line_start);
        return 0;
    }
    backup(lx, c2);
    switch (c) {
    case '(': case '[': case '{':
        if (lx->level >= LEX_MAXLEVEL) {
            return err_at_cur(lx, "SyntaxError", "too many nested parentheses");
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenlineno[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(start - lx->line_start);
        lx->level++;
        break;
    case ')': case ']': case '}': {
        if (lx->level == 0) {
            return err_at_cur(lx, "SyntaxError", "unmatched '%c'", c);
        }
        lx->level--;
        int open = lx->parenstack[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (lx->parenlineno[lx->level] != lx->lineno) {
                return err_at_cur(lx, "SyntaxError",
                                  "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                  c, open, lx->parenlineno[lx->level] + lx->lineoffset);
            }
            return err_at_cur(lx, "SyntaxError",
                              "closing parenthesis '%c' does not match opening parenthesis '%c'",
                              c, open);
        }
        break;
    }
    default:
        break;
    }
    if (c < 32 || c == 127) {
        return err_at_cur(lx, "SyntaxError", "invalid non-printable character U+%04X", c);
    }
    fill_token(lx, t, one_char_op(c), start, lx->lineno, lx->line_start);
    return 0;
}
