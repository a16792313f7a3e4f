/*
 * io_buffered.c — _io.BufferedReader, BufferedWriter and BufferedRandom: one struct and one set
 * of functions (three specs that differ in name and method table). A read-ahead buffer and a
 * pending-output buffer over a raw stream; at most one holds data at a time, so the logical
 * position is raw position - unread bytes + pending bytes. A raw FileIO is driven through its
 * descriptor directly; any other raw object through its methods.
 */
#include <errno.h>
#include <unistd.h>

#include "io_internal.h"

#define BUF(v) ((Buffered *)AS_OBJ(v))

/* How many buffered writers hold unwritten bytes (in any VM of the process). open() uses it to
 * decide whether a collection could flush a file nobody references any more, as CPython's
 * reference counting would have by then. A count, not a Value: nothing to mark. */
static long dirty_writers;
/* Writers that became dirty since open() last collected: a writer that stays dirty (a log file
 * kept open) does not make every open() collect again. */
static long newly_dirty;

bool tpBuffered_collect_worthwhile(void) {
    bool worth = dirty_writers > 0 && newly_dirty > 0;
    newly_dirty = 0;
    return worth;
}

void tpIO_note_pending(size_t before, size_t after) {
    newly_dirty += after > 0 && before == 0;
    dirty_writers += (after > 0) - (before > 0);
}

static void set_wlen(Buffered *b, size_t n) {
    tpIO_note_pending(b->wlen, n);
    b->wlen = n;
}

static void bf_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((Buffered *)o)->raw); }

static void bf_free(VM *vm, Obj *o) {
    Buffered *b = (Buffered *)o;
    set_wlen(b, 0);
    tpMem_free(vm, b->rbuf, b->size);
    tpMem_free(vm, b->wbuf, b->size);
    b->rbuf = b->wbuf = NULL;
}

bool tpBuffered_check(VM *vm, Value v) {
    ObjType *t = tpType_of(vm, v);
    return t->spec == &tpBufferedReader_spec || t->spec == &tpBufferedWriter_spec ||
           t->spec == &tpBufferedRandom_spec;
}

static int bf_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = tpGC_alloc(vm, type, type->size);
    if (b == NULL) {
        return -1;
    }
    b->raw = NONE_VAL;
    *out = OBJ_VAL(b);
    return 0;
}

/* ==== the raw side ==== */

static FileIO *fast_raw(VM *vm, Buffered *b) {
    return b->fast ? (FileIO *)AS_OBJ(b->raw) : NULL;
}

/* Read up to n bytes into dst: *got is the count, 0 at EOF, -2 when the raw stream returned None
 * (non-blocking, no data). */
static int raw_read(VM *vm, Buffered *b, uint8_t *dst, size_t n, int64_t *got) {
    FileIO *f = fast_raw(vm, b);
    if (f != NULL) {
        if (f->fd < 0) {
            return tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file");
        }
        int64_t r = tpFileIO_read_fd(vm, f, dst, n);
        if (r < 0) {
            return errno == EAGAIN ? (*got = -2, 0) : tpIO_errno(vm, errno);
        }
        *got = r;
        return 0;
    }
    Value arg = tpInt_from_i64(vm, (int64_t)n), r;
    const uint8_t *p;
    size_t len;
    if (tpIO_call(vm, b->raw, "read", 1, &arg, &r) < 0) {
        return -1;
    }
    if (IS_NONE(r)) {
        *got = -2;
        return 0;
    }
    if (tpIO_bytes_arg(vm, r, &p, &len) < 0) {
        return -1;
    }
    if (len > n) {
        return tpErr_format(vm, EXC_OSError, "raw read() returned invalid length %zu (should "
                                             "have been between 0 and %zu)", len, n);
    }
    memcpy(dst, p, len);
    *got = (int64_t)len;
    return 0;
}

static int raw_write(VM *vm, Buffered *b, const uint8_t *src, size_t n, int64_t *put) {
    FileIO *f = fast_raw(vm, b);
    if (f != NULL) {
        if (f->fd < 0) {
            return tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file");
        }
        int64_t r = tpFileIO_write_fd(vm, f, src, n);
        if (r < 0) {
            return tpIO_errno(vm, errno);
        }
        *put = r;
        return 0;
    }
    ObjBytes *data = tpBytes_new(vm, src, n);
    if (data == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(data), r;
    if (tpIO_call(vm, b->raw, "write", 1, &arg, &r) < 0) {
        return -1;
    }
    if (IS_NONE(r)) {
        *put = 0;
        return 0;
    }
    return tpObj_as_index(vm, r, put);
}

static int raw_seek(VM *vm, Buffered *b, int64_t off, int whence, int64_t *pos) {
    FileIO *f = fast_raw(vm, b);
    if (f != NULL) {
        if (f->fd < 0) {
            return tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file");
        }
        off_t r = lseek(f->fd, (off_t)off, whence);
        if (r < 0) {
            return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
        }
        *pos = (int64_t)r;
        return 0;
    }
    Value args[2] = {tpInt_from_i64(vm, off), INT_VAL(whence)}, r;
    if (IS_NULL(args[0]) || tpIO_call(vm, b->raw, "seek", 2, args, &r) < 0) {
        return -1;
    }
    return tpObj_as_index(vm, r, pos);
}

static int raw_tell(VM *vm, Buffered *b, int64_t *pos) {
    if (fast_raw(vm, b) != NULL) {
        return raw_seek(vm, b, 0, SEEK_CUR, pos);
    }
    Value r;
    if (tpIO_call(vm, b->raw, "tell", 0, NULL, &r) < 0) {
        return -1;
    }
    return tpObj_as_index(vm, r, pos);
}

/* ==== state checks ==== */

static int check_ok(VM *vm, Buffered *b) {
    if (!b->ok) {
        return tpErr_raise(vm, b->detached ? EXC_ValueError : EXC_ValueError,
                           b->detached ? "raw stream has been detached"
                                       : "I/O operation on uninitialized object");
    }
    return 0;
}

static int raw_closed(VM *vm, Buffered *b, bool *closed) {
    FileIO *f = fast_raw(vm, b);
    if (f != NULL) {
        *closed = f->fd < 0;
        return 0;
    }
    return tpIO_is_closed(vm, b->raw, closed);
}

/* ok + not closed; `what` names the operation in "<what> of closed file" */
static int check_open(VM *vm, Buffered *b, const char *what) {
    bool closed;
    if (check_ok(vm, b) < 0 || raw_closed(vm, b, &closed) < 0) {
        return -1;
    }
    if (closed) {
        return tpErr_format(vm, EXC_ValueError, "%s closed file", what);
    }
    return 0;
}

static int alloc_buffers(VM *vm, Buffered *b) {
    if (b->readable && b->rbuf == NULL && (b->rbuf = tpMem_alloc(vm, b->size)) == NULL) {
        return -1;
    }
    if (b->writable && b->wbuf == NULL && (b->wbuf = tpMem_alloc(vm, b->size)) == NULL) {
        return -1;
    }
    return 0;
}

int tpBuffered_setup(VM *vm, Buffered *b, Value raw, int64_t size) {
    if (size <= 0) {
        return tpErr_raise(vm, EXC_ValueError, "buffer size must be strictly positive");
    }
    const TypeSpec *spec = AS_OBJ(OBJ_VAL(b))->type->spec;
    bool want_r = spec != &tpBufferedWriter_spec, want_w = spec != &tpBufferedReader_spec;
    Value r;
    int t;
    if (want_r && (tpIO_call(vm, raw, "readable", 0, NULL, &r) < 0 || tpObj_truth(vm, r, &t) < 0)) {
        return -1;
    }
    if (want_r && !t) {
        return tpIO_unsupported(vm, "File or stream is not readable.");
    }
    if (want_w && (tpIO_call(vm, raw, "writable", 0, NULL, &r) < 0 || tpObj_truth(vm, r, &t) < 0)) {
        return -1;
    }
    if (want_w && !t) {
        return tpIO_unsupported(vm, "File or stream is not writable.");
    }
    bf_free(vm, (Obj *)b);
    b->raw = raw;
    b->readable = want_r;
    b->writable = want_w;
    b->size = (size_t)size;
    b->rpos = b->rlen = 0;
    set_wlen(b, 0);
    b->fast = IS_OBJ_TYPE(raw, vm->types[TYPE_IO_FILEIO]);
    b->detached = false;
    if (alloc_buffers(vm, b) < 0) {
        return -1;
    }
    b->ok = true;
    return 0;
}

static int bf_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"raw", "buffer_size"};
    Value a[2];
    /* the built-in's own name, as CPython's argument parser has it, also for subclasses */
    ObjType *bt = tpType_of(vm, self);
    while (bt->flags & TPFLAG_HEAPTYPE) {
        bt = bt->base;
    }
    const char *fname = bt->qualname->data;
    if (tpArg_parse_kw(vm, fname, argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_format(vm, EXC_TypeError, "%s() missing required argument 'raw' (pos 1)",
                            fname);
    }
    int64_t size = IO_DEFAULT_BUFFER_SIZE;
    if (!IS_NULL(a[1]) && tpObj_as_index(vm, a[1], &size) < 0) {
        return -1;
    }
    return tpBuffered_setup(vm, BUF(self), a[0], size);
}

/* ==== writing ==== */

/* Write out the pending bytes; what could not be written stays pending. */
static int flush_wbuf(VM *vm, Buffered *b) {
    size_t done = 0;
    int rc = 0;
    while (done < b->wlen) {
        int64_t put;
        if (raw_write(vm, b, b->wbuf + done, b->wlen - done, &put) < 0) {
            rc = -1;
            break;
        }
        if (put <= 0) {
            rc = tpErr_from_errno(vm, EAGAIN, NULL_VAL, NULL_VAL);
            break;
        }
        done += (size_t)put;
    }
    memmove(b->wbuf, b->wbuf + done, b->wlen - done);
    set_wlen(b, b->wlen - done);
    return rc;
}

/* Before writing after reading: put the raw position back where the reader is. */
static int drop_read_ahead(VM *vm, Buffered *b) {
    size_t unread = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    int64_t pos;
    return unread == 0 ? 0 : raw_seek(vm, b, -(int64_t)unread, SEEK_CUR, &pos);
}

int tpBuffered_write(VM *vm, Buffered *b, const uint8_t *p, size_t n) {
    if (check_ok(vm, b) < 0) {
        return -1;
    }
    bool closed;
    if (raw_closed(vm, b, &closed) < 0) {
        return -1;
    }
    if (closed) {
        return tpErr_raise(vm, EXC_ValueError, "write to closed file");
    }
    if (drop_read_ahead(vm, b) < 0) {
        return -1;
    }
    if (b->wlen + n > b->size) {
        if (flush_wbuf(vm, b) < 0) {
            return -1;
        }
    }
    if (n >= b->size) {
        size_t done = 0;
        while (done < n) {
            int64_t put;
            if (raw_write(vm, b, p + done, n - done, &put) < 0) {
                return -1;
            }
            if (put <= 0) {
                return tpErr_from_errno(vm, EAGAIN, NULL_VAL, NULL_VAL);
            }
            done += (size_t)put;
        }
        return 0;
    }
    memcpy(b->wbuf + b->wlen, p, n);
    set_wlen(b, b->wlen + n);
    return 0;
}

int tpBuffered_flush(VM *vm, Buffered *b) {
    if (check_open(vm, b, "flush of") < 0) {
        return -1;
    }
    return b->writable ? flush_wbuf(vm, b) : 0;
}

static int bf_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    const uint8_t *p;
    size_t n;
    if (check_ok(vm, BUF(argv[0])) < 0 || tpIO_bytes_arg(vm, argv[1], &p, &n) < 0) {
        return -1;
    }
    if (!tpBytes_check(vm, argv[1])) {   /* a bytearray's buffer may move if raw code runs */
        ObjBytes *copy = tpBytes_new(vm, p, n);
        if (copy == NULL) {
            return -1;
        }
        p = copy->data;
    }
    if (tpBuffered_write(vm, BUF(argv[0]), p, n) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, (int64_t)n);
    return IS_NULL(*out) ? -1 : 0;
}

static int bf_flush(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = NONE_VAL;
    return tpBuffered_flush(vm, BUF(argv[0]));
}

/* ==== reading ==== */

/* Refill the (empty) read buffer with one raw read: 1 data, 0 EOF, 2 None, -1 error. */
static int fill(VM *vm, Buffered *b) {
    int64_t got = 0;
    b->rpos = b->rlen = 0;
    if (raw_read(vm, b, b->rbuf, b->size, &got) < 0) {
        return -1;
    }
    if (got == -2) {
        return 2;
    }
    b->rlen = (size_t)got;
    return got > 0 ? 1 : 0;
}

static int prepare_read(VM *vm, Buffered *b, const char *what) {
    if (check_open(vm, b, what) < 0) {
        return -1;
    }
    return b->writable ? flush_wbuf(vm, b) : 0;
}

static int take(VM *vm, StrBuf *sb, Buffered *b, size_t n) {
    int rc = tpBuf_put(vm, sb, (const char *)b->rbuf + b->rpos, n);
    b->rpos += n;
    return rc;
}

static int finish_bytes(VM *vm, StrBuf *sb, Value *out) {
    ObjBytes *res = tpBytes_new(vm, sb->data ? sb->data : "", sb->len);
    tpBuf_free(sb);
    if (res == NULL) {
        return -1;
    }
    *out = OBJ_VAL(res);
    return 0;
}

int tpBuffered_read(VM *vm, Buffered *b, int64_t n, bool one_call, Value *out) {
    if (prepare_read(vm, b, "read of") < 0) {
        return -1;
    }
    StrBuf sb;
    tpBuf_init(&sb);
    if (one_call && n < 0) {
        n = (int64_t)b->size;
    }
    size_t avail = b->rlen - b->rpos;
    size_t first = n >= 0 && (size_t)n < avail ? (size_t)n : avail;
    if (take(vm, &sb, b, first) < 0) {
        return -1;
    }
    bool got_none = false;
    while ((n < 0 || sb.len < (size_t)n) && !(one_call && sb.len > 0)) {
        int rc = fill(vm, b);
        if (rc < 0) {
            tpBuf_free(&sb);
            return -1;
        }
        if (rc != 1) {
            got_none = rc == 2;
            break;
        }
        size_t want = n < 0 ? b->rlen : (size_t)n - sb.len;
        if (take(vm, &sb, b, want < b->rlen ? want : b->rlen) < 0) {
            return -1;
        }
    }
    if (got_none && sb.len == 0) {
        tpBuf_free(&sb);
        *out = NONE_VAL;
        return 0;
    }
    return finish_bytes(vm, &sb, out);
}

static int bf_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    if (n < -1) {
        return tpErr_raise(vm, EXC_ValueError, "read length must be non-negative or -1");
    }
    return tpBuffered_read(vm, BUF(argv[0]), n, false, out);
}

static int bf_read1(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    if (n == 0) {
        *out = OBJ_VAL(tpBytes_new(vm, "", 0));
        return AS_OBJ(*out) == NULL ? -1 : 0;
    }
    return tpBuffered_read(vm, BUF(argv[0]), n, true, out);
}

static int bf_peek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    if (prepare_read(vm, b, "peek of") < 0) {
        return -1;
    }
    if (b->rpos == b->rlen && fill(vm, b) < 0) {
        return -1;
    }
    ObjBytes *res = tpBytes_new(vm, b->rbuf + b->rpos, b->rlen - b->rpos);
    if (res == NULL) {
        return -1;
    }
    *out = OBJ_VAL(res);
    return 0;
}

static int bf_readline(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    int64_t limit;
    if (tpIO_size_arg(vm, argc, argv, 1, &limit) < 0 || prepare_read(vm, b, "readline of") < 0) {
        return -1;
    }
    StrBuf sb;
    tpBuf_init(&sb);
    for (;;) {
        if (b->rpos == b->rlen) {
            int rc = fill(vm, b);
            if (rc < 0) {
                tpBuf_free(&sb);
                return -1;
            }
            if (rc != 1) {
                break;
            }
        }
        size_t avail = b->rlen - b->rpos;
        if (limit >= 0 && avail > (size_t)limit - sb.len) {
            avail = (size_t)limit - sb.len;
        }
        uint8_t *nl = memchr(b->rbuf + b->rpos, '\n', avail);
        size_t n = nl ? (size_t)(nl - (b->rbuf + b->rpos)) + 1 : avail;
        if (take(vm, &sb, b, n) < 0) {
            return -1;
        }
        if (nl != NULL || (limit >= 0 && sb.len >= (size_t)limit)) {
            break;
        }
    }
    return finish_bytes(vm, &sb, out);
}

static int bf_next(VM *vm, Value self, Value *out) {
    Value args[1] = {self};
    if (bf_readline(vm, 1, args, NULL, out) < 0) {
        return -1;
    }
    return AS_BYTES(*out)->len == 0 ? 1 : 0;
}

static int bf_readinto(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    uint8_t *dst;
    size_t cap;
    if (tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {
        return -1;
    }
    Value r;
    if (tpBuffered_read(vm, BUF(argv[0]), (int64_t)cap, vm->magic == 1, &r) < 0 ||
        tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {   /* raw code may have run */
        return -1;
    }
    if (IS_NONE(r)) {
        *out = NONE_VAL;
        return 0;
    }
    size_t n = AS_BYTES(r)->len <= cap ? AS_BYTES(r)->len : cap;
    if (n > 0) {
        memcpy(dst, AS_BYTES(r)->data, n);
    }
    *out = INT_VAL((int64_t)n);
    return 0;
}

/* ==== positioning ==== */

static int bf_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    int64_t pos;
    if (check_ok(vm, b) < 0 || raw_tell(vm, b, &pos) < 0) {
        return -1;
    }
    pos = pos - (int64_t)(b->rlen - b->rpos) + (int64_t)b->wlen;
    *out = tpInt_from_i64(vm, pos < 0 ? 0 : pos);
    return IS_NULL(*out) ? -1 : 0;
}

static int bf_seek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    int64_t pos, whence = 0;
    if (tpObj_as_index(vm, argv[1], &pos) < 0 ||
        (argc > 2 && tpObj_as_index(vm, argv[2], &whence) < 0)) {
        return -1;
    }
    if (whence < 0 || whence > 2) {
        return tpErr_format(vm, EXC_ValueError, "whence value %lld unsupported",
                            (long long)whence);
    }
    if (check_open(vm, b, "seek of") < 0) {
        return -1;
    }
    if (b->writable && flush_wbuf(vm, b) < 0) {
        return -1;
    }
    if (whence == SEEK_CUR) {
        pos -= (int64_t)(b->rlen - b->rpos);
    }
    b->rpos = b->rlen = 0;
    int64_t np;
    if (raw_seek(vm, b, pos, (int)whence, &np) < 0) {
        return -1;
    }
    *out = tpInt_from_i64(vm, np);
    return IS_NULL(*out) ? -1 : 0;
}

static int bf_truncate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    if (check_open(vm, b, "truncate of") < 0 || (b->writable && flush_wbuf(vm, b) < 0) ||
        drop_read_ahead(vm, b) < 0) {
        return -1;
    }
    Value pos = argc > 1 ? argv[1] : NONE_VAL;
    if (IS_NONE(pos)) {
        int64_t p;
        if (raw_tell(vm, b, &p) < 0) {
            return -1;
        }
        pos = tpInt_from_i64(vm, p);
    }
    return tpIO_call(vm, b->raw, "truncate", 1, &pos, out);
}

/* ==== closing, detaching, delegation to raw ==== */

static int bf_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    bool closed;
    *out = NONE_VAL;
    if (check_ok(vm, b) < 0 || raw_closed(vm, b, &closed) < 0) {
        return -1;
    }
    if (closed) {
        return 0;
    }
    int rc = b->writable ? flush_wbuf(vm, b) : 0;
    Value flush_exc = rc < 0 ? tpErr_fetch(vm) : NULL_VAL;
    set_wlen(b, 0);
    Value r;
    if (tpIO_call(vm, b->raw, "close", 0, NULL, &r) < 0) {
        /* as CPython: the raw close's error wins, with the flush's as its context */
        if (!IS_NULL(flush_exc) && tpExc_check(vm, vm->exc) && vm->exc != flush_exc) {
            AS_EXC(vm->exc)->context = flush_exc;
        }
        return -1;
    }
    b->b.closed = true;
    if (!IS_NULL(flush_exc)) {
        return tpErr_set(vm, flush_exc);
    }
    return 0;
}

static int bf_detach(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Buffered *b = BUF(argv[0]);
    if (tpBuffered_flush(vm, b) < 0) {
        return -1;
    }
    *out = b->raw;
    b->ok = false;
    b->detached = true;
    b->raw = NONE_VAL;
    return 0;
}

/* fileno / isatty / readable / writable / seekable: the raw stream's answer */
static int bf_delegate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"fileno", "isatty", "readable", "writable", "seekable"};
    Buffered *b = BUF(argv[0]);
    if (check_ok(vm, b) < 0) {
        return -1;
    }
    return tpIO_call(vm, b->raw, names[vm->magic], 0, NULL, out);
}

static int bf_get_closed(VM *vm, Value self, Value *out) {
    bool closed;
    if (check_ok(vm, BUF(self)) < 0 || raw_closed(vm, BUF(self), &closed) < 0) {
        return -1;
    }
    *out = BOOL_VAL(closed);
    return 0;
}

static int bf_get_raw(VM *vm, Value self, Value *out) {
    if (check_ok(vm, BUF(self)) < 0) {
        return -1;
    }
    *out = BUF(self)->raw;
    return 0;
}

/* name / mode (magic via the getter pair) */
static int bf_get_attr(VM *vm, Value self, const char *name, Value *out) {
    if (check_ok(vm, BUF(self)) < 0) {
        return -1;
    }
    ObjStr *n = tpStr_intern_cstr(vm, name);
    return n == NULL ? -1 : tpObj_getattr(vm, BUF(self)->raw, n, out);
}

static int bf_get_name(VM *vm, Value self, Value *out) {
    return bf_get_attr(vm, self, "name", out);
}

static int bf_get_mode(VM *vm, Value self, Value *out) {
    return bf_get_attr(vm, self, "mode", out);
}

static int bf_repr(VM *vm, Value self, Value *out) {
    const char *tn = tpType_name(tpType_of(vm, self));
    Value name;
    ObjStr *key = tpStr_intern_cstr(vm, "name");
    int rc = key == NULL ? -1 : tpObj_getattr_opt(vm, self, key, &name);
    if (rc < 0) {
        if (!tpErr_matches(vm, EXC_ValueError)) {
            return -1;
        }
        tpErr_clear(vm);
        rc = 0;
    }
    if (rc == 0) {
        return tpStr_printf(vm, out, "<%s>", tn);
    }
    StrBuf sb;
    tpBuf_init(&sb);
    rc = tpBuf_printf(vm, &sb, "<%s name=", tn);
    rc = rc < 0 ? rc : tpBuf_put_repr(vm, &sb, name);
    rc = rc < 0 ? rc : tpBuf_puts(vm, &sb, ">");
    ObjStr *s = rc < 0 ? (tpBuf_free(&sb), NULL) : tpBuf_finish(vm, &sb);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

#define COMMON_METHODS                                                                             \
    TP_METHOD("tell", bf_tell, 0, 0), TP_METHOD("seek", bf_seek, 1, 2),                           \
        TP_METHOD("close", bf_close, 0, 0), TP_METHOD("detach", bf_detach, 0, 0),                 \
        TP_METHOD("flush", bf_flush, 0, 0), TP_METHOD("truncate", bf_truncate, 0, 1),             \
        TP_METHOD_MAGIC("fileno", bf_delegate, 0, 0, 0),                                          \
        TP_METHOD_MAGIC("isatty", bf_delegate, 0, 0, 1),                                          \
        TP_METHOD_MAGIC("seekable", bf_delegate, 0, 0, 4)
#define READ_METHODS                                                                               \
    TP_METHOD("read", bf_read, 0, 1), TP_METHOD("read1", bf_read1, 0, 1),                         \
        TP_METHOD("peek", bf_peek, 0, 1), TP_METHOD("readline", bf_readline, 0, 1),               \
        TP_METHOD_MAGIC("readinto", bf_readinto, 1, 1, 0),                                        \
        TP_METHOD_MAGIC("readinto1", bf_readinto, 1, 1, 1),                                       \
        TP_METHOD_MAGIC("readable", bf_delegate, 0, 0, 2)
#define WRITE_METHODS                                                                              \
    TP_METHOD("write", bf_write, 1, 1), TP_METHOD_MAGIC("writable", bf_delegate, 0, 0, 3)

static const MethodDef reader_methods[] = {COMMON_METHODS, READ_METHODS, TP_METHOD_END};
static const MethodDef writer_methods[] = {COMMON_METHODS, WRITE_METHODS, TP_METHOD_END};
static const MethodDef random_methods[] = {COMMON_METHODS, READ_METHODS, WRITE_METHODS,
                                           TP_METHOD_END};

static const GetSetDef bf_getsets[] = {
    {"closed", bf_get_closed, NULL, NULL},
    {"raw", bf_get_raw, NULL, NULL},
    {"name", bf_get_name, NULL, NULL},
    {"mode", bf_get_mode, NULL, NULL},
    TP_GETSET_END,
};

#define BUFFERED_SPEC(sym, tname, tid, meths, nextslot)                                            \
    const TypeSpec sym = {                                                                         \
        .name = tname,                                                                             \
        .id = tid,                                                                                 \
        .base = TYPE_IO_BUFBASE,                                                                   \
        .size = sizeof(Buffered),                                                                  \
        .flags = TPFLAG_BASETYPE | TPFLAG_HAS_DEL,                                                 \
        .slots = {.mark = bf_mark, .free = bf_free, .new_ = bf_new, .init = bf_init,              \
                  .repr = bf_repr, .next = nextslot},                                              \
        .methods = meths,                                                                          \
        .getsets = bf_getsets,                                                                     \
    }

BUFFERED_SPEC(tpBufferedReader_spec, "_io.BufferedReader", TYPE_IO_BUFREADER, reader_methods, bf_next);
BUFFERED_SPEC(tpBufferedWriter_spec, "_io.BufferedWriter", TYPE_IO_BUFWRITER, writer_methods, NULL);
BUFFERED_SPEC(tpBufferedRandom_spec, "_io.BufferedRandom", TYPE_IO_BUFRANDOM, random_methods, bf_next);
