/*
 * str_impl.h — helpers shared by the str / bytes implementation files (obj_str*.c, obj_bytes*.c,
 * str_codec.c). Not part of the public runtime API; other areas use runtime.h.
 */
#ifndef TP_STR_IMPL_H
#define TP_STR_IMPL_H

#include "buffer.h"
#include "runtime.h"

static inline bool tpStr_check(VM *vm, Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == vm->types[TYPE_STR] ||
                         tpType_is_subtype(AS_OBJ(v)->type, vm->types[TYPE_STR]));
}
static inline bool tpBytes_check(VM *vm, Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == vm->types[TYPE_BYTES] ||
                         tpType_is_subtype(AS_OBJ(v)->type, vm->types[TYPE_BYTES]));
}
static inline bool tpByteArray_check(VM *vm, Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == vm->types[TYPE_BYTEARRAY] ||
                         tpType_is_subtype(AS_OBJ(v)->type, vm->types[TYPE_BYTEARRAY]));
}
/* n bytes at a and b equal: short runs (the usual dict keys and identifiers) are compared
 * with two overlapping word loads instead of a call to memcmp. */
static inline bool tpStr_bytes_eq(const char *a, const char *b, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t a0, b0, a1, b1;
        memcpy(&a0, a, 8);
        memcpy(&b0, b, 8);
        memcpy(&a1, a + n - 8, 8);
        memcpy(&b1, b + n - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, b0, a1, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return a0 == b0 && a1 == b1;
    }
    if (n < 4) {
        for (size_t i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
    return memcmp(a, b, n) == 0;
}

/* tpStr_eq, inline: used on the dict lookup paths. */
static inline bool tpStr_eq_inline(ObjStr *a, ObjStr *b) {
    if (a == b) {
        return true;
    }
    if (a->nbytes != b->nbytes || (a->interned && b->interned)) {
        return false;
    }
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
        return false;
    }
    return tpStr_bytes_eq(a->data, b->data, a->nbytes);
}

/* The type of a bad argument as CPython's argument clinic names it: None is "None". */
static inline const char *tpArg_type_name(VM *vm, Value v) {
    return IS_NONE(v) ? "None" : tpObj_typename(vm, v);
}

/* bytes, bytearray or contiguous memoryview contents (a view that is invalidated when a
 * bytearray resizes). */
static inline bool tpBytes_view(VM *vm, Value v, const uint8_t **data, size_t *len) {
    if (tpBytes_check(vm, v)) {
        *data = AS_BYTES(v)->data;
        *len = AS_BYTES(v)->len;
        return true;
    }
    if (tpByteArray_check(vm, v)) {
        ObjByteArray *ba = (ObjByteArray *)AS_OBJ(v);
        *data = ba->data ? ba->data : (const uint8_t *)"";
        *len = ba->len;
        return true;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {   /* buffer.h */
        return tpMemoryView_view(vm, v, data, len);
    }
    *data = NULL;
    *len = 0;
    return false;
}

/* ---- obj_str_methods.c / obj_bytes_methods.c: the method tables ---- */
extern const MethodDef tpStr_methods[];
extern const MethodDef tpBytes_methods[];
extern const MethodDef tpByteArray_methods[];
/* bytes.hex(sep, bytes_per_sep) of argv[0], a bytes-like (also memoryview.hex). */
TP_INTERNAL int tpBytes_hex(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);

/* ---- str_core.c ---- */
/* A str of nbytes uninitialised UTF-8 bytes (NUL-terminated) whose length in code points and ASCII
 * flag the caller already knows; the caller fills data before the str can be seen. */
TP_INTERNAL ObjStr *tpStr_alloc_raw(VM *vm, size_t nbytes, size_t len, bool ascii);
/* tpStr_new of bytes the caller knows to be ASCII (a piece of an ASCII str): no measuring. */
TP_INTERNAL ObjStr *tpStr_new_ascii(VM *vm, const char *ascii, size_t nbytes);
/* A str of utf8[0..nbytes) whose length and ASCII-ness the caller knows (no measuring). */
TP_INTERNAL ObjStr *tpStr_new_known(VM *vm, const char *utf8, size_t nbytes, size_t len,
                                    bool ascii);

/* ---- str_concat.c ---- */
/* The `mark` slot of str: a concatenation result keeps its shared buffer alive. */
TP_INTERNAL void tpStr_mark(VM *vm, Obj *o);
/* s itself when its text is followed by '\0', else an unshared copy (a concatenation result that
 * another concatenation has appended after); for code that needs a C string. */
TP_INTERNAL ObjStr *tpStr_terminated(VM *vm, ObjStr *s);

/* ---- obj_str.c ---- */
/* A str of type `type` (str or a subclass) holding a copy of s. */
TP_INTERNAL ObjStr *tpStr_new_typed(VM *vm, ObjType *type, const char *utf8, size_t nbytes);
/* s * n (n >= 0), with "repeated string is too long" on overflow. */
TP_INTERNAL ObjStr *tpStr_repeat(VM *vm, ObjStr *s, int64_t n);

/* ---- str_codec.c ---- */
/* s.encode(encoding, errors) -> bytes; NULL encoding/errors mean the defaults. */
TP_INTERNAL TP_MUST_CHECK int tpStr_encode(VM *vm, ObjStr *s, const char *encoding,
                                           const char *errors, Value *out);
/* bytes.decode(encoding, errors) -> str. */
TP_INTERNAL ObjStr *tpBytes_decode(VM *vm, const uint8_t *data, size_t n, const char *encoding,
                                   const char *errors);
/* The same for TextIOWrapper, which runs CPython's incremental codecs: a TypeError/LookupError
 * from the error handler is never wrapped in "decoding with 'X' codec failed (...)". */
TP_INTERNAL TP_MUST_CHECK int tpStr_encode_stream(VM *vm, ObjStr *s, const char *encoding,
                                                  const char *errors, Value *out);
TP_INTERNAL ObjStr *tpBytes_decode_stream(VM *vm, const uint8_t *data, size_t n,
                                          const char *encoding, const char *errors);

/* ---- obj_str_format.c ---- */
/* fmt.format(*args, **kwargs): kwargs is a mapping Value or NULL_VAL. */
TP_INTERNAL TP_MUST_CHECK int tpStr_format(VM *vm, ObjStr *fmt, int argc, const Value *args,
                                           Value kwargs, Value *out);
/* bytes % args; the result is bytes, or a bytearray when as_bytearray. */
TP_INTERNAL TP_MUST_CHECK int tpBytes_mod(VM *vm, const uint8_t *fmt, size_t n, Value args,
                                          bool as_bytearray, Value *out);
/* str.__format__(spec) for a str value. */
TP_INTERNAL TP_MUST_CHECK int tpStr_format_spec(VM *vm, ObjStr *s, ObjStr *spec, Value *out);

/* ---- obj_bytes.c ---- */
TP_INTERNAL ObjByteArray *tpByteArray_new(VM *vm, const void *data, size_t n);
/* bytes repr of data (b'...' form), with the given prefix/suffix wrapped around it
 * (e.g. "bytearray(" and ")"). */
/* bytearray mutators (methods; argv[0] is self) */
TP_INTERNAL int tpByteArray_append(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_extend(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_pop(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_insert(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_remove(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_clear(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_reverse(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpByteArray_copy(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL ObjStr *tpBytes_repr(VM *vm, const uint8_t *data, size_t n, const char *prefix,
                                 const char *suffix);

#endif
