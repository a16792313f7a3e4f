/*
 * io_internal.h — shared by the `_io` files (io_base.c, io_fileio.c, io_buffered.c, io_text.c,
 * io_memory.c, mod_io.c): the instance structs of the layered file objects and the helpers they
 * share (UnsupportedOperation, closed checks, bytes-like arguments, calls on wrapped objects).
 */
#ifndef TP_IO_INTERNAL_H
#define TP_IO_INTERNAL_H

#include "interp.h"
#include "objmodel.h"
#include "str_impl.h"
#include "signals.h"

#include <errno.h>

#define IO_DEFAULT_BUFFER_SIZE 8192

/* Every _io object starts with this: `closed` serves _IOBase's own close() (Python subclasses);
 * the concrete types keep their real state in their own fields. */
typedef struct IOBase {
    Obj hdr;
    bool closed;
    bool finalizing;   /* __del__ running: close() must not be re-entered */
} IOBase;

typedef struct FileIO {
    IOBase b;
    int fd;            /* -1 once closed */
    bool readable, writable, appending, created, closefd;
    int8_t seekable;   /* -1: not asked yet */
    Value name;        /* the file argument as given (str, bytes or int) */
} FileIO;

typedef struct Buffered {
    IOBase b;
    Value raw;
    bool ok;           /* __init__ ran */
    bool detached;
    bool readable, writable;
    bool fast;         /* raw is a FileIO: call the fd directly */
    size_t size;       /* buffer_size */
    uint8_t *rbuf;     /* read-ahead bytes rbuf[rpos..rlen) */
    size_t rpos, rlen;
    uint8_t *wbuf;     /* pending output wbuf[0..wlen) */
    size_t wlen;
} Buffered;

typedef struct TextIO {
    IOBase b;
    Value buffer;
    ObjStr *encoding;  /* as reported by .encoding */
    ObjStr *errors;
    Value newline;     /* the newline argument (None or str) */
    Value mode;        /* set by open() (NULL_VAL: none) */
    int width;         /* bytes per unit of the codec: 1 (utf-8 family: 0), 2, 4 */
    const char *codec; /* what is passed to the codecs (utf-16 becomes -le after the BOM) */
    char codec_buf[24];
    int nl;            /* NL_* */
    bool ok, detached, line_buffering, write_through, eof;
    bool has_read1;
    bool readable_cached, writable_cached;
    bool iterating;    /* next() returned a line: tell() is refused until EOF or seek() */
    char *dec;         /* decoded, not yet translated text (UTF-8): dec[dpos..dlen) unread */
    size_t dpos, dlen, dcap;
    uint8_t *pend;     /* undecoded bytes (an incomplete character at a chunk's end) */
    size_t plen;
    int seen_nl;       /* bit set of kinds read: 1 '\r', 2 '\n', 4 '\r\n' */
    uint8_t *wpend;    /* encoded output not yet handed to the buffer (CPython's pending_bytes) */
    size_t wplen, wpcap;
} TextIO;

enum { NL_UNIVERSAL, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };

typedef struct StringIO {
    IOBase b;
    uint32_t *buf;     /* code points */
    size_t len, cap, pos;
    bool ok, closed;
    int nl;            /* NL_* (NL_LF: no translation, the default) */
    Value newline;
} StringIO;

typedef struct BytesIO {
    IOBase b;
    uint8_t *buf;
    size_t len, cap, pos;
    bool closed;
} BytesIO;

extern const TypeSpec tpBufferedReader_spec, tpBufferedWriter_spec, tpBufferedRandom_spec;

/* ---- io_base.c ---- */
/* Raise io.UnsupportedOperation(msg). Always -1. */
TP_INTERNAL int tpIO_unsupported(VM *vm, const char *msg);
TP_INTERNAL int tpIO_closed_error(VM *vm);
/* Borrow the bytes of a bytes-like argument (bytes, bytearray). TypeError "a bytes-like object
 * is required, not 'X'" otherwise. */
TP_INTERNAL TP_MUST_CHECK int tpIO_bytes_arg(VM *vm, Value v, const uint8_t **p, size_t *n);
/* The buffer readinto() fills: a bytearray or a writable contiguous memoryview (buffer.h).
 * TypeError "readinto() argument must be read-write bytes-like object, not X" otherwise. Call it
 * again after running code that may have released the view. */
TP_INTERNAL TP_MUST_CHECK int tpIO_writable_arg(VM *vm, Value v, uint8_t **p, size_t *n);
/* A size argument: None or missing is -1. */
TP_INTERNAL TP_MUST_CHECK int tpIO_size_arg(VM *vm, int argc, Value *argv, int i, int64_t *out);
/* Call self.name(*args) and return the result. */
/* The method a lookup of a plain name on an exact built-in _io object would find, from the
 * specs (no lookup, no dict filled); NULL if not found that way (io_base.c). */
TP_INTERNAL const MethodDef *tpIO_spec_method(VM *vm, Value self, const char *name);
/* The same, telling "no such attribute" (0) from "cannot tell" (-1); 1 when *out is set. */
TP_INTERNAL int tpIO_spec_lookup(VM *vm, Value self, const char *name, const MethodDef **out);
TP_INTERNAL TP_MUST_CHECK int tpIO_call(VM *vm, Value self, const char *name, int argc,
                                        Value *argv, Value *out);
/* bool(self.closed) of any stream. */
TP_INTERNAL TP_MUST_CHECK int tpIO_is_closed(VM *vm, Value self, bool *out);
/* Run a finaliser's close: report a failure as CPython's "Exception ignored in: <repr>". */
TP_INTERNAL void tpIO_finalize_close(VM *vm, Value self);
/* Add the `__module__ = '_io'` marker to a built-in type. */
TP_INTERNAL TP_MUST_CHECK int tpIO_set_module(VM *vm, ObjType *t);
/* Shared method bodies of the layers. */
TP_INTERNAL int tpIO_enter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpIO_exit(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpIO_iter_slot(VM *vm, Value self, Value *out);
TP_INTERNAL int tpIO_readlines(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpIO_writelines(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpIO_del(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);

/* ---- io_fileio.c ---- */
/* Parse a mode string for FileIO (no 't', 'b' allowed once): flags for open(2). */
TP_INTERNAL TP_MUST_CHECK int tpFileIO_init_args(VM *vm, FileIO *f, Value file, const char *mode,
                                                 bool closefd, Value opener);
/* One read(2) / write(2), retried after EINTR once the signal handlers ran; -1 with errno EINTR
 * when a handler raised (the exception is set: see tpIO_errno). */
TP_INTERNAL int64_t tpFileIO_read_fd(VM *vm, FileIO *f, uint8_t *dst, size_t n);
TP_INTERNAL int64_t tpFileIO_write_fd(VM *vm, FileIO *f, const uint8_t *src, size_t n);
/* Raise OSError for errno e after a failed tpFileIO_*_fd (EINTR: already raised). Always -1. */
static inline int tpIO_errno(VM *vm, int e) {
    return e == EINTR ? -1 : tpErr_from_errno(vm, e, NULL_VAL, NULL_VAL);
}
TP_INTERNAL const char *tpFileIO_mode(FileIO *f);

/* ---- io_buffered.c ---- */
TP_INTERNAL TP_MUST_CHECK int tpBuffered_setup(VM *vm, Buffered *b, Value raw, int64_t size);
/* read up to n bytes (n < 0: to EOF); read1 semantics when one_call. */
TP_INTERNAL TP_MUST_CHECK int tpBuffered_read(VM *vm, Buffered *b, int64_t n, bool one_call,
                                              Value *out);
TP_INTERNAL TP_MUST_CHECK int tpBuffered_write(VM *vm, Buffered *b, const uint8_t *p, size_t n);
TP_INTERNAL TP_MUST_CHECK int tpBuffered_flush(VM *vm, Buffered *b);
TP_INTERNAL bool tpBuffered_check(VM *vm, Value v);
/* Does some buffered writer hold unwritten bytes, one of them dirtied since the last call? */
TP_INTERNAL bool tpBuffered_collect_worthwhile(void);
/* A writer's pending output went from `before` to `after` bytes (the counts above). */
TP_INTERNAL void tpIO_note_pending(size_t before, size_t after);

/* ---- io_text.c ---- */
TP_INTERNAL TP_MUST_CHECK int tpTextIOW_setup(VM *vm, TextIO *t, Value buffer, Value encoding,
                                              Value errors, Value newline, bool line_buffering,
                                              bool write_through);
/* Write UTF-8 text without building a str when nothing needs encoding: 0, -1, or 1 when the
 * caller must go through write() instead. */
TP_INTERNAL TP_MUST_CHECK int tpTextIOW_write_utf8(VM *vm, TextIO *t, const char *s, size_t n);

/* ---- mod_io.c ---- */
TP_INTERNAL int tpIO_open(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);

#endif
