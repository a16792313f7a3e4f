/*
 * io_text.c — _io.TextIOWrapper: str over a binary buffer. Writing encodes and hands the bytes
 * to the buffer at once (no pending text here, so only the buffered layer holds unwritten data
 * and its finaliser is the one that matters). Reading decodes chunks into `dec` (UTF-8, not yet
 * newline-translated); translation happens as characters are consumed, so tell() can re-encode
 * the unread rest to find the byte position: cookies are plain byte offsets.
 */
#include <ctype.h>

#include "io_internal.h"
#include "str_impl.h"

#define TXT(v) ((TextIO *)AS_OBJ(v))
#define CHUNK_SIZE 8192

static void tx_mark(VM *vm, Obj *o) {
    TextIO *t = (TextIO *)o;
    tpGC_mark_value(vm, t->buffer);
    tpGC_mark_obj(vm, (Obj *)t->encoding);
    tpGC_mark_obj(vm, (Obj *)t->errors);
    tpGC_mark_value(vm, t->newline);
    tpGC_mark_value(vm, t->mode);
}

static void tx_free(VM *vm, Obj *o) {
    TextIO *t = (TextIO *)o;
    tpMem_free(vm, t->dec, t->dcap);
    tpMem_free(vm, t->pend, t->plen);
    tpMem_free(vm, t->wpend, t->wpcap);
    tpIO_note_pending(t->wplen, 0);
    t->wpend = NULL;
    t->wplen = t->wpcap = 0;
    t->dec = NULL;
    t->pend = NULL;
    t->dcap = t->dlen = t->dpos = t->plen = 0;
}

static int tx_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = tpGC_alloc(vm, type, type->size);
    if (t == NULL) {
        return -1;
    }
    t->buffer = t->newline = NONE_VAL;
    t->mode = NULL_VAL;
    *out = OBJ_VAL(t);
    return 0;
}

static void after_bom(TextIO *t, const uint8_t *p, size_t n);

/* ==== set-up ==== */

static int nl_kind(VM *vm, Value newline, int *out) {
    if (IS_NONE(newline)) {
        *out = NL_UNIVERSAL;
        return 0;
    }
    const char *s = AS_STR(newline)->data;
    *out = !*s ? NL_EMPTY : !strcmp(s, "\n") ? NL_LF : !strcmp(s, "\r") ? NL_CR
           : !strcmp(s, "\r\n") ? NL_CRLF : -1;
    if (*out < 0) {
        return tpErr_format(vm, EXC_ValueError, "illegal newline value: %s", s);
    }
    return 0;
}

/* The width class of a codec: 0 for the UTF-8 family, 1 single-byte, 2/4 UTF-16/32. */
static int codec_width(const char *name) {
    char n[32];
    size_t k = 0;
    for (const char *p = name; *p && k < sizeof n - 1; p++) {
        if (isalnum((unsigned char)*p)) {
            n[k++] = (char)tolower((unsigned char)*p);
        }
    }
    n[k] = '\0';
    if (strstr(n, "16")) {
        return 2;
    }
    if (strstr(n, "32")) {
        return 4;
    }
    return strncmp(n, "utf8", 4) == 0 || strcmp(n, "u8") == 0 ? 0 : 1;
}

static int str_or_none(VM *vm, Value v, const char *arg) {
    if (!IS_NULL(v) && !IS_NONE(v) && !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError,
                            "TextIOWrapper() argument '%s' must be str or None, not %T", arg, v);
    }
    return 0;
}

static int ask_bool(VM *vm, Value obj, const char *meth, bool *out) {
    Value r;
    int t;
    if (tpIO_call(vm, obj, meth, 0, NULL, &r) < 0 || tpObj_truth(vm, r, &t) < 0) {
        return -1;
    }
    *out = t != 0;
    return 0;
}

int tpTextIOW_setup(VM *vm, TextIO *t, Value buffer, Value encoding, Value errors,
                    Value newline, bool line_buffering, bool write_through) {
    if (str_or_none(vm, encoding, "encoding") < 0 || str_or_none(vm, errors, "errors") < 0 ||
        str_or_none(vm, newline, "newline") < 0) {
        return -1;
    }
    newline = IS_NULL(newline) ? NONE_VAL : newline;
    int nl;
    if (nl_kind(vm, newline, &nl) < 0) {
        return -1;
    }
    bool dflt = IS_NULL(encoding) || IS_NONE(encoding);
    ObjStr *enc = dflt ? tpStr_intern_cstr(vm, "UTF-8") : AS_STR(encoding);
    ObjStr *err = IS_NULL(errors) || IS_NONE(errors) ? tpStr_intern_cstr(vm, "strict")
                                                     : AS_STR(errors);
    Value probe;
    if (enc == NULL || err == NULL ||
        (!dflt && strcmp(enc->data, "utf-8") != 0 &&   /* an unknown codec: LookupError */
         tpStr_encode(vm, vm->empty_str, enc->data, NULL, &probe) < 0)) {
        return -1;
    }
    if (t->buffer != buffer) {   /* reconfigure() keeps what was read ahead */
        tx_free(vm, (Obj *)t);
        if (tpBuffered_check(vm, buffer)) {
            /* our close() flushes the text still pending, then closes the buffer: its own
             * finaliser must not close it first */
            tpGC_skip_exit_finalizer(vm, AS_OBJ(buffer), true);
        }
    }
    t->buffer = buffer;
    t->encoding = enc;
    t->errors = err;
    t->newline = newline;
    t->nl = nl;
    snprintf(t->codec_buf, sizeof t->codec_buf, "%s", dflt ? "utf-8" : enc->data);
    t->codec = t->codec_buf;
    t->width = codec_width(t->codec);
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    t->eof = false;
    t->seen_nl = 0;
    ObjStr *r1 = tpStr_intern_cstr(vm, "read1");
    Value tmp;
    const MethodDef *m;
    int has = r1 == NULL ? -1 : tpIO_spec_lookup(vm, buffer, "read1", &m);
    if (has < 0 && r1 != NULL) {
        has = tpObj_getattr_opt(vm, buffer, r1, &tmp);
    }
    if (has < 0) {
        return -1;
    }
    FileIO *f = tpBuffered_check(vm, buffer) && ((Buffered *)AS_OBJ(buffer))->fast
                    ? (FileIO *)AS_OBJ(((Buffered *)AS_OBJ(buffer))->raw)
                    : NULL;
    if (f != NULL && f->fd >= 0) {
        /* what readable() / writable() would answer: the FileIO's mode (start-up speed) */
        t->readable_cached = f->readable;
        t->writable_cached = f->writable;
    } else if (ask_bool(vm, buffer, "readable", &t->readable_cached) < 0 ||
               ask_bool(vm, buffer, "writable", &t->writable_cached) < 0) {
        return -1;
    }
    t->has_read1 = has == 1;
    t->ok = true;
    t->detached = false;
    return 0;
}

static int tx_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline",
                                        "line_buffering", "write_through"};
    Value a[6];
    if (tpArg_parse_kw(vm, "TextIOWrapper", argc, argv, kwnames, 6, names, 6, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "TextIOWrapper() missing required argument 'buffer' (pos 1)");
    }
    int lb = 0, wt = 0;
    if ((!IS_NULL(a[4]) && tpObj_truth(vm, a[4], &lb) < 0) ||
        (!IS_NULL(a[5]) && tpObj_truth(vm, a[5], &wt) < 0)) {
        return -1;
    }
    return tpTextIOW_setup(vm, TXT(self), a[0], a[1], a[2], a[3], lb != 0, wt != 0);
}

/* ==== checks ==== */

static int check_ok(VM *vm, TextIO *t) {
    if (!t->ok) {
        return tpErr_raise(vm, EXC_ValueError, t->detached ? "underlying buffer has been detached"
                                                           : "I/O operation on uninitialized "
                                                             "object");
    }
    return 0;
}

static int check_open(VM *vm, TextIO *t) {
    bool closed;
    if (check_ok(vm, t) < 0 || tpIO_is_closed(vm, t->buffer, &closed) < 0) {
        return -1;
    }
    return closed ? tpIO_closed_error(vm) : 0;
}

/* Hand the pending output to the buffer (without flushing the buffer). */
static int write_pending(VM *vm, TextIO *t) {
    if (t->wplen == 0) {
        return 0;
    }
    size_t n = t->wplen;
    tpIO_note_pending(n, 0);
    t->wplen = 0;   /* emptied first: a write() that re-enters must not send it twice */
    if (tpBuffered_check(vm, t->buffer)) {
        return tpBuffered_write(vm, (Buffered *)AS_OBJ(t->buffer), t->wpend, n);
    }
    ObjBytes *data = tpBytes_new(vm, t->wpend, n);
    if (data == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(data), r;
    return tpObj_call_method(vm, t->buffer, vm->names[NAME_write], 1, &arg, &r);
}

static int buffer_flush(VM *vm, TextIO *t) {
    if (write_pending(vm, t) < 0) {
        return -1;
    }
    if (tpBuffered_check(vm, t->buffer)) {
        return tpBuffered_flush(vm, (Buffered *)AS_OBJ(t->buffer));
    }
    Value r;  /* tpIO_call: no lookup for a bare FileIO (-u), which every exit flushes */
    return tpIO_call(vm, t->buffer, "flush", 0, NULL, &r);
}

/* Queue encoded output as CPython does: the buffer sees it once CHUNK_SIZE bytes wait, at a
 * flush, or at once when write-through / line-buffered with a line end (then also flushed), so
 * sys.stdout.buffer.write() overtakes text still pending. */
static int queue_output(VM *vm, TextIO *t, const uint8_t *p, size_t n, bool line_end) {
    if (n == 0) {
        return 0;
    }
    if (t->wplen + n > CHUNK_SIZE && write_pending(vm, t) < 0) {
        return -1;
    }
    if (t->wplen + n > t->wpcap) {
        size_t cap = t->wplen + n < CHUNK_SIZE ? CHUNK_SIZE : t->wplen + n;
        uint8_t *nb = tpMem_realloc(vm, t->wpend, t->wpcap, cap);
        if (nb == NULL) {
            return -1;
        }
        t->wpend = nb;
        t->wpcap = cap;
    }
    memcpy(t->wpend + t->wplen, p, n);
    tpIO_note_pending(t->wplen, t->wplen + n);
    t->wplen += n;
    bool flush = t->line_buffering && line_end;
    if (t->wplen >= CHUNK_SIZE || t->write_through || flush) {
        if (write_pending(vm, t) < 0) {
            return -1;
        }
    }
    return flush ? buffer_flush(vm, t) : 0;
}

/* ==== decoding ==== */

/* How many of the n bytes form whole characters (the rest waits for the next chunk). */
static size_t complete_prefix(TextIO *t, const uint8_t *p, size_t n) {
    if (t->width >= 2) {
        return n - n % (size_t)t->width;
    }
    if (t->width == 1 || n == 0) {
        return n;
    }
    size_t i = n, back = 0;
    while (i > 0 && back < 4 && (p[i - 1] & 0xC0) == 0x80) {
        i--;
        back++;
    }
    if (i == 0) {
        return n;
    }
    uint8_t lead = p[i - 1];
    size_t need = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3
                : (lead & 0xF8) == 0xF0 ? 4 : 1;
    return (i - 1) + need > n ? i - 1 : n;
}

static int dec_append(VM *vm, TextIO *t, const char *s, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (t->dpos > 0) {
        memmove(t->dec, t->dec + t->dpos, t->dlen - t->dpos);
        t->dlen -= t->dpos;
        t->dpos = 0;
    }
    if (t->dlen + n > t->dcap) {
        size_t cap = t->dcap ? t->dcap : 256;
        while (cap < t->dlen + n) {
            cap *= 2;
        }
        char *d = tpMem_realloc(vm, t->dec, t->dcap, cap);
        if (d == NULL) {
            return -1;
        }
        t->dec = d;
        t->dcap = cap;
    }
    memcpy(t->dec + t->dlen, s, n);
    t->dlen += n;
    return 0;
}

static int set_pending(VM *vm, TextIO *t, const uint8_t *p, size_t n) {
    uint8_t *np = n ? tpMem_alloc(vm, n) : NULL;
    if (n && np == NULL) {
        return -1;
    }
    if (n) {
        memcpy(np, p, n);
    }
    tpMem_free(vm, t->pend, t->plen);
    t->pend = np;
    t->plen = n;
    return 0;
}

/* Read and decode one chunk (all the rest when `all`): 1 if text was added, 0 at EOF. */
static int refill(VM *vm, TextIO *t, bool all) {
    if (t->eof) {
        return 0;
    }
    Value r;
    if (tpBuffered_check(vm, t->buffer)) {
        r = NONE_VAL;
        if (tpBuffered_read(vm, (Buffered *)AS_OBJ(t->buffer), all ? -1 : CHUNK_SIZE,
                            !all && t->has_read1, &r) < 0) {
            return -1;
        }
    } else {
        Value n = INT_VAL(all ? -1 : CHUNK_SIZE);
        if (tpIO_call(vm, t->buffer, t->has_read1 && !all ? "read1" : "read", 1, &n, &r) < 0) {
            return -1;
        }
    }
    if (IS_NONE(r)) {
        return 0;
    }
    if (!tpObj_is(vm, r, TYPE_BYTES)) {
        return tpErr_format(vm, EXC_TypeError, "underlying %s() should have returned a bytes-like "
                                               "object, not '%T'",
                            t->has_read1 && !all ? "read1" : "read", r);
    }
    ObjBytes *b = AS_BYTES(r);
    t->eof = b->len == 0 || all;
    StrBuf raw;
    tpBuf_init(&raw);
    if ((t->plen > 0 && tpBuf_put(vm, &raw, (const char *)t->pend, t->plen) < 0) ||
        tpBuf_put(vm, &raw, (const char *)b->data, b->len) < 0) {
        tpBuf_free(&raw);
        return -1;
    }
    const uint8_t *p = (const uint8_t *)(raw.data ? raw.data : "");
    size_t use = t->eof ? raw.len : complete_prefix(t, p, raw.len);
    ObjStr *s = tpBytes_decode_stream(vm, p, use, t->codec, t->errors->data);
    if (s != NULL && use > 0) {
        after_bom(t, p, use);
    }
    int rc = s == NULL || dec_append(vm, t, s->data, s->nbytes) < 0 ||
                     set_pending(vm, t, p + use, raw.len - use) < 0
                 ? -1
                 : 0;
    tpBuf_free(&raw);
    if (rc < 0) {
        return -1;
    }
    return t->eof && s->nbytes == 0 ? 0 : 1;
}

/* Codecs that start with a BOM (utf-8-sig, utf-16, utf-32) write or strip it once: after the
 * first chunk, continue with the variant that has none (the byte order the BOM gave). */
static void after_bom(TextIO *t, const uint8_t *p, size_t n) {
    char n0[32];
    size_t k = 0;
    for (const char *c = t->codec; *c && k < sizeof n0 - 1; c++) {
        if (isalnum((unsigned char)*c)) {
            n0[k++] = (char)tolower((unsigned char)*c);
        }
    }
    n0[k] = '\0';
    bool be = n >= 2 && p[0] == 0xFE && p[1] == 0xFF;
    if (t->width == 4) {
        be = n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF;
    }
    if (strcmp(n0, "utf8sig") == 0) {
        snprintf(t->codec_buf, sizeof t->codec_buf, "utf-8");
    } else if (strcmp(n0, "utf16") == 0 || strcmp(n0, "utf32") == 0) {
        snprintf(t->codec_buf, sizeof t->codec_buf, "utf-%d-%s", t->width * 8, be ? "be" : "le");
    }
}

/* ==== consuming decoded text ==== */

static size_t utf8_len(unsigned char c) {
    return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
}

/* A '\r' at dec[dpos] in universal, '' or '\r\n' mode: take it (and a following '\n').
 * Returns 1 when it ended a line, 0 otherwise, -1 on error; 2 when a "\r\n" would pass the limit. */
static int take_cr(VM *vm, TextIO *t, int64_t limit, int64_t *got, StrBuf *out) {
    bool crlf = t->dpos + 1 < t->dlen && t->dec[t->dpos + 1] == '\n';
    if (t->nl == NL_CRLF && !crlf) {
        t->dpos++;
        (*got)++;
        return tpBuf_putc(vm, out, '\r');
    }
    if (t->nl != NL_CRLF) {
        t->seen_nl |= crlf ? 4 : 1;
    }
    if (t->nl == NL_UNIVERSAL) {
        t->dpos += crlf ? 2 : 1;
        (*got)++;
        return tpBuf_putc(vm, out, '\n') < 0 ? -1 : 1;
    }
    size_t k = crlf ? 2 : 1;
    if (crlf && limit >= 0 && *got + 2 > limit && *got > 0) {
        return 2;
    }
    if (tpBuf_put(vm, out, t->dec + t->dpos, k) < 0) {
        return -1;
    }
    t->dpos += k;
    *got += (int64_t)k;
    return 1;
}

/* Take characters into out: at most `limit` (< 0: no limit), stopping after a line end when
 * `line`. Newlines are translated (universal mode) and recorded for .newlines. */
static int consume(VM *vm, TextIO *t, int64_t limit, bool line, StrBuf *out) {
    int64_t got = 0;
    for (;;) {
        while (t->dpos < t->dlen && (limit < 0 || got < limit)) {
            char c = t->dec[t->dpos];
            /* untranslated modes group "\r\n" only to end lines; read(n) counts it as two */
            bool cr_mode = t->nl == NL_UNIVERSAL || (line && (t->nl == NL_EMPTY ||
                                                              t->nl == NL_CRLF));
            if (c == '\r' && cr_mode) {
                if (t->dpos + 1 == t->dlen && !t->eof) {
                    break;   /* need the next character to know what this \r ends */
                }
                int rc = take_cr(vm, t, limit, &got, out);
                if (rc < 0 || rc == 2 || (rc == 1 && line)) {
                    return rc < 0 ? -1 : 0;
                }
                continue;
            }
            size_t k = utf8_len((unsigned char)c);
            if (tpBuf_put(vm, out, t->dec + t->dpos, k) < 0) {
                return -1;
            }
            t->dpos += k;
            got++;
            if (c == '\n' && (t->nl == NL_UNIVERSAL || t->nl == NL_EMPTY)) {
                t->seen_nl |= 2;
            }
            if (line && ((c == '\n' && t->nl != NL_CR && t->nl != NL_CRLF) ||
                         (c == '\r' && t->nl == NL_CR))) {
                return 0;
            }
        }
        if (limit >= 0 && got >= limit) {
            return 0;
        }
        int rc = refill(vm, t, !line && limit < 0);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0 && t->dpos >= t->dlen) {
            return 0;
        }
    }
}

static int read_text(VM *vm, TextIO *t, int64_t limit, bool line, Value *out) {
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!t->readable_cached) {
        return tpIO_unsupported(vm, "not readable");
    }
    if (t->writable_cached && buffer_flush(vm, t) < 0) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    if (consume(vm, t, limit, line, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    if (b.len == 0) {
        tpBuf_free(&b);
        *out = OBJ_VAL(vm->empty_str);
        return 0;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int tx_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (check_ok(vm, TXT(argv[0])) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    return read_text(vm, TXT(argv[0]), n, false, out);
}

static int tx_readline(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n = -1;
    if (check_ok(vm, TXT(argv[0])) < 0) {
        return -1;
    }
    if (argc > 1) {
        if (!tpInt_check(vm, argv[1])) {
            return tpErr_format(vm, EXC_TypeError, "'%T' object cannot be interpreted as an "
                                                   "integer", argv[1]);
        }
        if (tpObj_as_index(vm, argv[1], &n) < 0) {
            return -1;
        }
    }
    return read_text(vm, TXT(argv[0]), n, true, out);
}

static int tx_next(VM *vm, Value self, Value *out) {
    if (read_text(vm, TXT(self), -1, true, out) < 0) {
        return -1;
    }
    TXT(self)->iterating = AS_STR(*out)->len != 0;
    return AS_STR(*out)->len == 0 ? 1 : 0;
}

/* ==== positions ==== */

/* Bytes the unread decoded text came from. */
static int unread_bytes(VM *vm, TextIO *t, int64_t *out) {
    size_t n = t->dlen - t->dpos;
    *out = (int64_t)t->plen;
    if (n == 0) {
        return 0;
    }
    if (t->width == 0) {
        *out += (int64_t)n;
        return 0;
    }
    ObjStr *s = tpStr_decode_utf8(vm, t->dec + t->dpos, n, "surrogatepass");
    Value e;
    if (s == NULL) {
        return -1;
    }
    if (t->width == 1) {
        *out += (int64_t)s->len;
        return 0;
    }
    if (tpStr_encode_stream(vm, s, t->codec, t->errors->data, &e) < 0) {
        return -1;
    }
    *out += (int64_t)AS_BYTES(e)->len;
    return 0;
}

static void drop_decoded(VM *vm, TextIO *t) {
    t->dpos = t->dlen = 0;
    tpMem_free(vm, t->pend, t->plen);
    t->pend = NULL;
    t->plen = 0;
    t->eof = false;
}

static int check_seekable(VM *vm, TextIO *t) {
    bool ok;
    if (ask_bool(vm, t->buffer, "seekable", &ok) < 0) {
        return -1;
    }
    return ok ? 0 : tpIO_unsupported(vm, "underlying stream is not seekable");
}

static int text_tell(VM *vm, TextIO *t, int64_t *pos) {
    Value r;
    int64_t unread;
    if (check_open(vm, t) < 0 || check_seekable(vm, t) < 0 ||
        (t->writable_cached && buffer_flush(vm, t) < 0) ||
        tpIO_call(vm, t->buffer, "tell", 0, NULL, &r) < 0 || tpObj_as_index(vm, r, pos) < 0 ||
        unread_bytes(vm, t, &unread) < 0) {
        return -1;
    }
    *pos -= unread;
    return 0;
}

static int tx_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t pos;
    if (check_ok(vm, TXT(argv[0])) < 0) {
        return -1;
    }
    if (TXT(argv[0])->iterating) {
        return tpErr_raise(vm, EXC_OSError, "telling position disabled by next() call");
    }
    if (text_tell(vm, TXT(argv[0]), &pos) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, pos);
    return IS_NULL(*out) ? -1 : 0;
}

static int tx_seek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    int64_t cookie, whence = 0;
    if (tpObj_is(vm, argv[1], TYPE_FLOAT)) {
        return tpErr_raise(vm, EXC_TypeError, "an integer is required");
    }
    if (check_open(vm, t) < 0 || tpObj_as_index(vm, argv[1], &cookie) < 0 ||
        (argc > 2 && tpObj_as_index(vm, argv[2], &whence) < 0)) {
        return -1;
    }
    if (check_seekable(vm, t) < 0) {
        return -1;
    }
    t->iterating = false;
    if (whence == 1) {
        if (cookie != 0) {
            return tpIO_unsupported(vm, "can't do nonzero cur-relative seeks");
        }
        if (text_tell(vm, t, &cookie) < 0) {
            return -1;
        }
    } else if (whence == 2) {
        if (cookie != 0) {
            return tpIO_unsupported(vm, "can't do nonzero end-relative seeks");
        }
        Value args[2] = {INT_VAL(0), INT_VAL(2)};
        if (buffer_flush(vm, t) < 0) {
            return -1;
        }
        drop_decoded(vm, t);
        return tpIO_call(vm, t->buffer, "seek", 2, args, out);
    } else if (whence != 0) {
        return tpErr_format(vm, EXC_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                            (long long)whence);
    }
    if (cookie < 0) {
        return tpErr_format(vm, EXC_ValueError, "negative seek position %lld", (long long)cookie);
    }
    if (buffer_flush(vm, t) < 0) {
        return -1;
    }
    drop_decoded(vm, t);
    Value arg = tpInt_from_i64(vm, cookie), r;
    if (tpIO_call(vm, t->buffer, "seek", 1, &arg, &r) < 0) {
        return -1;
    }
    *out = arg;
    return 0;
}

/* ==== writing ==== */

static ObjStr *translate_out(VM *vm, TextIO *t, ObjStr *s) {
    if ((t->nl != NL_CR && t->nl != NL_CRLF) || memchr(s->data, '\n', s->nbytes) == NULL) {
        return s;
    }
    StrBuf b;
    tpBuf_init(&b);
    for (size_t i = 0; i < s->nbytes; i++) {
        int rc = s->data[i] != '\n' ? tpBuf_putc(vm, &b, s->data[i])
                 : t->nl == NL_CR   ? tpBuf_putc(vm, &b, '\r')
                                    : tpBuf_put(vm, &b, "\r\n", 2);
        if (rc < 0) {
            tpBuf_free(&b);
            return NULL;
        }
    }
    return tpBuf_finish(vm, &b);
}

/* Writing after reading in a read/write file drops what was decoded ahead, and the bytes go
 * where the buffer is (after the chunk read), as in CPython. */
static int rewind_read_ahead(VM *vm, TextIO *t) {
    if (t->dpos != t->dlen || t->plen != 0) {
        drop_decoded(vm, t);
    }
    return 0;
}

static int write_bytes(VM *vm, TextIO *t, Value data, bool line_end) {
    const uint8_t *p;
    size_t n;
    if (tpIO_bytes_arg(vm, data, &p, &n) < 0) {
        return -1;
    }
    return queue_output(vm, t, p, n, line_end);
}

static int tx_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, argv[1], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "write() argument must be str, not %T", argv[1]);
    }
    if (!t->writable_cached) {
        return tpIO_unsupported(vm, "not writable");
    }
    ObjStr *s = AS_STR(argv[1]);
    ObjStr *tr = translate_out(vm, t, s);
    Value data;
    if (tr == NULL || rewind_read_ahead(vm, t) < 0 ||
        tpStr_encode_stream(vm, tr, t->codec, t->errors->data, &data) < 0) {
        return -1;
    }
    after_bom(t, NULL, 0);
    bool line_end = memchr(s->data, '\n', s->nbytes) || memchr(s->data, '\r', s->nbytes);
    if (write_bytes(vm, t, data, line_end) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, (int64_t)s->len);
    return IS_NULL(*out) ? -1 : 0;
}

/* print() and the C writers: text already UTF-8 goes straight into a buffered writer when the
 * codec is utf-8, no newline translation applies and there is no surrogate to encode (0xED
 * starts its encoding). 1: not taken, the caller goes through write(). */
int tpTextIOW_write_utf8(VM *vm, TextIO *t, const char *s, size_t n) {
    if (!t->ok || t->width != 0 || strcmp(t->codec, "utf-8") != 0 || !t->writable_cached ||
        t->nl == NL_CR || t->nl == NL_CRLF || t->dpos != t->dlen || t->plen != 0 ||
        !tpBuffered_check(vm, t->buffer) || memchr(s, 0xED, n) != NULL) {
        return 1;
    }
    if (check_open(vm, t) < 0) {
        return -1;
    }
    return queue_output(vm, t, (const uint8_t *)s, n, memchr(s, '\n', n) || memchr(s, '\r', n));
}

static int tx_flush(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    *out = NONE_VAL;
    if (check_open(vm, t) < 0) {
        return -1;
    }
    return buffer_flush(vm, t);
}

static int tx_truncate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    if (check_open(vm, t) < 0 || buffer_flush(vm, t) < 0) {
        return -1;
    }
    Value pos = argc > 1 ? argv[1] : NONE_VAL;
    return tpIO_call(vm, t->buffer, "truncate", 1, &pos, out);
}

static int tx_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    bool closed;
    *out = NONE_VAL;
    if (check_ok(vm, t) < 0 || tpIO_is_closed(vm, t->buffer, &closed) < 0) {
        return -1;
    }
    if (closed) {
        return 0;
    }
    int rc = buffer_flush(vm, t);
    Value exc = rc < 0 ? tpErr_fetch(vm) : NULL_VAL;
    Value r;
    if (tpIO_call(vm, t->buffer, "close", 0, NULL, &r) < 0) {
        /* as CPython: the buffer's error wins, with the flush's as its context */
        if (!IS_NULL(exc) && tpExc_check(vm, vm->exc) && vm->exc != exc) {
            AS_EXC(vm->exc)->context = exc;
        }
        return -1;
    }
    if (!IS_NULL(exc)) {
        return tpErr_set(vm, exc);
    }
    return 0;
}

static int tx_detach(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    TextIO *t = TXT(argv[0]);
    if (check_ok(vm, t) < 0 || tx_flush(vm, argc, argv, kw, out) < 0) {
        return -1;
    }
    *out = t->buffer;
    if (tpBuffered_check(vm, t->buffer)) {
        tpGC_skip_exit_finalizer(vm, AS_OBJ(t->buffer), false);
    }
    t->buffer = NONE_VAL;
    t->ok = false;
    t->detached = true;
    return 0;
}

/* fileno / isatty / readable / writable / seekable: the buffer's answer */
static int tx_delegate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"fileno", "isatty", "readable", "writable", "seekable"};
    if (check_ok(vm, TXT(argv[0])) < 0) {
        return -1;
    }
    return tpIO_call(vm, TXT(argv[0])->buffer, names[vm->magic], 0, NULL, out);
}

static int tx_reconfigure(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering",
                                        "write_through"};
    TextIO *t = TXT(argv[0]);
    Value a[5];
    if (tpArg_parse_kw(vm, "reconfigure", argc - 1, argv + 1, kwnames, 0, names, 5, a) < 0 ||
        check_ok(vm, t) < 0 || tx_flush(vm, 1, argv, NULL, out) < 0) {
        return -1;
    }
    int lb = t->line_buffering, wt = t->write_through;
    if ((!IS_NULL(a[3]) && !IS_NONE(a[3]) && tpObj_truth(vm, a[3], &lb) < 0) ||
        (!IS_NULL(a[4]) && !IS_NONE(a[4]) && tpObj_truth(vm, a[4], &wt) < 0)) {
        return -1;
    }
    Value enc = IS_NULL(a[0]) ? OBJ_VAL(t->encoding) : a[0];
    Value err = IS_NULL(a[1]) ? (IS_NULL(a[0]) ? OBJ_VAL(t->errors) : NONE_VAL) : a[1];
    Value nl = IS_NULL(a[2]) ? t->newline : a[2];
    Value mode = t->mode;
    if (tpTextIOW_setup(vm, t, t->buffer, enc, err, nl, lb != 0, wt != 0) < 0) {
        return -1;
    }
    t->mode = mode;
    *out = NONE_VAL;
    return 0;
}

/* ==== attributes ==== */

static int tx_repr(VM *vm, Value self, Value *out) {
    TextIO *t = TXT(self);
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, "<_io.TextIOWrapper");
    Value name;
    ObjStr *key = tpStr_intern_cstr(vm, "name");
    int has = key == NULL || !t->ok ? 0 : tpObj_getattr_opt(vm, t->buffer, key, &name);
    if (has < 0) {
        if (!tpErr_matches(vm, EXC_ValueError)) {
            tpBuf_free(&b);
            return -1;
        }
        tpErr_clear(vm);
        has = 0;
    }
    if (has == 1) {
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, " name=");
        rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, name);
    }
    if (!IS_NULL(t->mode)) {
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, " mode=");
        rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, t->mode);
    }
    if (t->encoding != NULL) {
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, " encoding=");
        rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, OBJ_VAL(t->encoding));
    }
    rc = rc < 0 ? rc : tpBuf_puts(vm, &b, ">");
    ObjStr *s = rc < 0 ? (tpBuf_free(&b), NULL) : tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int get_closed(VM *vm, Value self, Value *out) {
    bool closed;
    if (check_ok(vm, TXT(self)) < 0 || tpIO_is_closed(vm, TXT(self)->buffer, &closed) < 0) {
        return -1;
    }
    *out = BOOL_VAL(closed);
    return 0;
}

static int get_buffer(VM *vm, Value self, Value *out) {
    if (check_ok(vm, TXT(self)) < 0) {
        return -1;
    }
    *out = TXT(self)->buffer;
    return 0;
}

static int get_name(VM *vm, Value self, Value *out) {
    ObjStr *n = tpStr_intern_cstr(vm, "name");
    if (n == NULL || check_ok(vm, TXT(self)) < 0) {
        return -1;
    }
    return tpObj_getattr(vm, TXT(self)->buffer, n, out);
}

static int get_mode(VM *vm, Value self, Value *out) {
    if (IS_NULL(TXT(self)->mode)) {
        return tpErr_raise(vm, EXC_AttributeError,
                           "'_io.TextIOWrapper' object has no attribute 'mode'");
    }
    *out = TXT(self)->mode;
    return 0;
}

static int set_mode(VM *vm, Value self, Value v) {
    TXT(self)->mode = v;
    return 0;
}

static int get_encoding(VM *vm, Value self, Value *out) {
    *out = TXT(self)->encoding ? OBJ_VAL(TXT(self)->encoding) : NONE_VAL;
    return 0;
}

static int get_errors(VM *vm, Value self, Value *out) {
    *out = TXT(self)->errors ? OBJ_VAL(TXT(self)->errors) : NONE_VAL;
    return 0;
}

static int get_line_buffering(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(TXT(self)->line_buffering);
    return 0;
}

static int get_write_through(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(TXT(self)->write_through);
    return 0;
}

static int get_newlines(VM *vm, Value self, Value *out) {
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    int seen = TXT(self)->seen_nl, n = 0;
    Value items[3];
    for (int i = 0; i < 3; i++) {
        if (seen & (1 << i)) {
            ObjStr *s = tpStr_from_cstr(vm, kinds[i]);
            if (s == NULL) {
                return -1;
            }
            items[n++] = OBJ_VAL(s);
        }
    }
    if (n <= 1) {
        *out = n == 0 ? NONE_VAL : items[0];
        return 0;
    }
    ObjTuple *tup = tpTuple_from(vm, (size_t)n, items);
    if (tup == NULL) {
        return -1;
    }
    *out = OBJ_VAL(tup);
    return 0;
}

static const MethodDef tx_methods[] = {
    TP_METHOD("read", tx_read, 0, 1),
    TP_METHOD("readline", tx_readline, 0, 1),
    TP_METHOD("write", tx_write, 1, 1),
    TP_METHOD("flush", tx_flush, 0, 0),
    TP_METHOD("close", tx_close, 0, 0),
    TP_METHOD("tell", tx_tell, 0, 0),
    TP_METHOD("seek", tx_seek, 1, 2),
    TP_METHOD("truncate", tx_truncate, 0, 1),
    TP_METHOD("detach", tx_detach, 0, 0),
    TP_METHOD_KW("reconfigure", tx_reconfigure, 0, 0),
    TP_METHOD_MAGIC("fileno", tx_delegate, 0, 0, 0),
    TP_METHOD_MAGIC("isatty", tx_delegate, 0, 0, 1),
    TP_METHOD_MAGIC("readable", tx_delegate, 0, 0, 2),
    TP_METHOD_MAGIC("writable", tx_delegate, 0, 0, 3),
    TP_METHOD_MAGIC("seekable", tx_delegate, 0, 0, 4),
    TP_METHOD_END,
};

static const GetSetDef tx_getsets[] = {
    {"closed", get_closed, NULL, NULL},
    {"buffer", get_buffer, NULL, NULL},
    {"name", get_name, NULL, NULL},
    {"mode", get_mode, set_mode, NULL},
    {"encoding", get_encoding, NULL, NULL},
    {"errors", get_errors, NULL, NULL},
    {"line_buffering", get_line_buffering, NULL, NULL},
    {"write_through", get_write_through, NULL, NULL},
    {"newlines", get_newlines, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpTextIOWrapper_spec = {
    .name = "_io.TextIOWrapper",
    .id = TYPE_IO_TEXTWRAPPER,
    .base = TYPE_IO_TEXTBASE,
    .size = sizeof(TextIO),
    .flags = TPFLAG_BASETYPE | TPFLAG_HAS_DEL,
    .slots = {.mark = tx_mark, .free = tx_free, .new_ = tx_new, .init = tx_init,
              .repr = tx_repr, .next = tx_next},
    .methods = tx_methods,
    .getsets = tx_getsets,
};
