/*
 * buffer.h — taipan's internal buffer protocol (CPython's Py_buffer, reduced to what the
 * buffer-providing types need). Providers: bytes (read-only), bytearray (writable, counts its
 * exports so that it refuses to resize while a memoryview of it is alive) and memoryview
 * (obj_memoryview.c, which implements the functions below). C consumers take a transient view
 * with tpBytes_view (str_impl.h: contiguous buffers) or the functions here; only memoryviews
 * hold an export beyond the C call that made them.
 */
#ifndef TP_BUFFER_H
#define TP_BUFFER_H

#include "runtime.h"

/* The export count of a bytearray, shared by the bytearray and its memoryviews (each holds a
 * reference): a view that dies in the same sweep as its bytearray must not touch the freed
 * bytearray, so the count lives outside both and is freed with the last reference. */
typedef struct TpExports {
    size_t views;   /* memoryviews of the bytearray not yet released */
    size_t refs;    /* the bytearray + every view holding this block */
} TpExports;

static inline bool tpBuffer_exported(const ObjByteArray *ba) {
    return ba->exports != NULL && ba->exports->views > 0;
}
/* Drop one reference to an export block (freed with the last). */
TP_INTERNAL void tpBuffer_exports_unref(VM *vm, TpExports *e);

/* Contiguous bytes of a live, C-contiguous memoryview (false if released or strided): used
 * by tpBytes_view (str_impl.h). */
TP_INTERNAL bool tpMemoryView_view(VM *vm, Value v, const uint8_t **data, size_t *len);

/* Append the bytes of any buffer (a strided memoryview gathered in order) to b:
 * 1 appended, 0 v provides no buffer (nothing raised), -1 error (released view, MemoryError). */
TP_INTERNAL TP_MUST_CHECK int tpBuffer_append(VM *vm, Value v, StrBuf *b);

/* After tpBytes_view refused v: when v is a memoryview, raise what CPython's request for a
 * contiguous buffer raises (released: ValueError; strided: BufferError) and return -1; 0 when v
 * is not a memoryview (the caller raises its own TypeError). */
TP_INTERNAL int tpBuffer_error(VM *vm, Value v);

/* A writable contiguous buffer (bytearray, writable memoryview) for readinto(): 1 found,
 * 0 v is not one (nothing raised: a read-only, released or strided view is not one). */
TP_INTERNAL TP_MUST_CHECK int tpBuffer_writable(VM *vm, Value v, uint8_t **data, size_t *len);

#endif
