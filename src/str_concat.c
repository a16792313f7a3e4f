/*
 * str_concat.c — `str + str` in amortised O(len(b)) for the `s += piece` loop.
 *
 * A tracing GC cannot tell (as a refcount of 1 would) that the left operand of a concatenation is
 * about to die, so it cannot be grown in place. Instead a long result of an append chain points
 * into a separate, growable buffer object (ObjStrBuf) with room to spare. `a + b` where `a` ends
 * exactly at the buffer's used length — nobody has appended after `a` — writes b's bytes there and
 * returns a new small header over the same buffer; every str sharing the buffer still sees its own
 * prefix unchanged, since bytes before `used` are never written again. When the tail's buffer is
 * full the bytes move to a fresh buffer of twice the size, so a loop of appends copies O(n) bytes
 * in total. Buffers never move (no realloc): strs hold plain pointers into them. Concatenations
 * that do not continue a chain (see continues_chain) make plain inline strs as before.
 *
 * Such a str's `data` points into the buffer and its inline `text` holds the buffer's address for
 * the GC mark. The text of `a` is no longer followed by '\0' once something is appended after
 * it; code that needs a C string of a str that may be long uses tpStr_terminated (names are
 * interned as unshared copies, see tpStr_intern). Short results (the names, numbers and keys
 * that C code reads as C strings) are always plain inline strs.
 */
#include <stdlib.h>

#include "runtime.h"
#include "size_check.h"
#include "str_impl.h"

/* Results shorter than this are copied as before: small copies are cheap and keep short strs
 * (names, keys, numbers) NUL-terminated and compact. */
#define CONCAT_SHARE_MIN 128

_Static_assert(offsetof(ObjStr, ascii) == offsetof(Obj, flags), "str flags overlay Obj.flags");

typedef struct ObjStrBuf {
    Obj hdr;
    size_t used;   /* bytes written; data[used] == '\0' */
    size_t cap;    /* bytes data can hold before its '\0' */
    bool moved;    /* its tail was copied to a bigger buffer: later appends to it are branches */
    char data[];
} ObjStrBuf;

static ObjStrBuf *owner_of(ObjStr *s) {
    if (s->data == s->text) {
        return NULL;
    }
    ObjStrBuf *b;
    memcpy(&b, s->text, sizeof b);
    return b;
}

void tpStr_mark(VM *vm, Obj *o) {
    ObjStrBuf *b = owner_of((ObjStr *)o);
    if (b != NULL) {
        tpGC_mark_obj(vm, (Obj *)b);
    }
}

/* A str header (exact type) over nbytes of buf starting at its beginning. */
static ObjStr *shared_header(VM *vm, size_t nbytes) {
    ObjStr *s = tpGC_alloc(vm, vm->types[TYPE_STR], offsetof(ObjStr, text) + sizeof(ObjStrBuf *));
    if (s != NULL) {
        s->hash = -1;
        s->nbytes = nbytes;
        s->data = s->text;  /* until it is given a buffer: a GC in between sees an inline str */
    }
    return s;
}

static void attach(ObjStr *s, ObjStrBuf *b) {
    memcpy(s->text, &b, sizeof b);
    s->data = b->data;
}

static bool is_tail(ObjStr *a, ObjStrBuf *buf) {
    return a->data + a->nbytes == buf->data + buf->used;
}

/* a + b as a header over a's buffer with b appended in place when it fits, else over a new
 * buffer of twice the size. (Fresh objects stay pinned in the temp-root arena.) */
static ObjStr *concat_shared(VM *vm, ObjStr *a, ObjStr *b, size_t n) {
    ObjStr *r = shared_header(vm, n);
    if (r == NULL) {
        return NULL;
    }
    /* checked after the allocation, which may have run finalisers that appended after a */
    ObjStrBuf *buf = owner_of(a);
    if (buf == NULL || !is_tail(a, buf) || n > buf->cap) {
        size_t cap = n <= TP_MAX_SSIZE / 2 ? 2 * n : n;
        ObjStrBuf *old = buf;
        buf = tpGC_alloc(vm, vm->types[TYPE_STR_BUF], offsetof(ObjStrBuf, data) + cap + 1);
        if (buf == NULL) {
            return NULL;
        }
        if (old != NULL) {
            old->moved = true;
        }
        buf->cap = cap;
        memcpy(buf->data, a->data, a->nbytes);
    }
    memcpy(buf->data + a->nbytes, b->data, b->nbytes);
    buf->used = n;
    buf->data[n] = '\0';
    attach(r, buf);
    return r;
}

/* a + b as a plain inline str, marked as a concatenation result no one has appended to yet. */
static ObjStr *concat_copy(VM *vm, ObjStr *a, ObjStr *b, size_t n) {
    ObjStr *r = tpStr_alloc_raw(vm, n, a->len + b->len, a->ascii && b->ascii);
    if (r != NULL) {
        memcpy(r->data, a->data, a->nbytes);
        memcpy(r->data + a->nbytes, b->data, b->nbytes);
        r->concat_fresh = 1;
    }
    return r;
}

/* Whether a + b continues an append chain (a `+=` loop), which is worth a shared buffer: a is
 * the tail of a buffer it has not been moved out of, or an inline concatenation result that
 * nothing has been appended to. Anything else (`prefix + x` for many x) is copied into a plain
 * str, which costs no more memory than before and stays NUL-terminated. */
static bool continues_chain(ObjStr *a) {
    ObjStrBuf *buf = owner_of(a);
    if (buf != NULL) {
        return !buf->moved && is_tail(a, buf);
    }
    return a->concat_fresh;
}

ObjStr *tpStr_concat(VM *vm, ObjStr *a, ObjStr *b) {
    if (a->nbytes == 0) {
        return b;
    }
    if (b->nbytes == 0) {
        return a;
    }
    if (b->nbytes > TP_MAX_SSIZE - a->nbytes) {
        tpErr_no_memory(vm);
        return NULL;
    }
    size_t n = a->nbytes + b->nbytes;
    if (n < CONCAT_SHARE_MIN || !continues_chain(a)) {
        return concat_copy(vm, a, b, n);
    }
    a->concat_fresh = 0;
    ObjStr *r = concat_shared(vm, a, b, n);
    if (r != NULL) {
        r->len = a->len + b->len;
        r->ascii = a->ascii && b->ascii;
    }
    return r;
}

ObjStr *tpStr_terminated(VM *vm, ObjStr *s) {
    if (s->data[s->nbytes] == '\0') {
        return s;
    }
    return tpStr_new(vm, s->data, s->nbytes);
}

const TypeSpec tpStrBuf_spec = {
    .name = "str_buffer",
    .id = TYPE_STR_BUF,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjStrBuf),
    .flags = 0,
    .doc = "internal: the shared, append-only text of long concatenated strs",
};
