/*
 * runtime.h — the internal API every part of taipan codes against: memory, errors, the object
 * protocols and the constructors of the core types. Include this one header.
 *
 * Return conventions (docs/architecture.md, "one error path"):
 *   int f(...)        0 on success, -1 with an exception raised (some return 1 for a second outcome,
 *                     documented on the function);
 *   T *f(...)         NULL with an exception raised;
 *   Value f(...)      NULL_VAL with an exception raised (only where documented).
 * "Allocates" means the function can run the GC; fresh objects stay pinned in the temp-root arena
 * until the enclosing tpGC_restore(), so C code need not register locals.
 */
#ifndef TP_RUNTIME_H
#define TP_RUNTIME_H

#include "vm.h"

/* ==== memory and GC (gc.c) ==== */
/* Allocate a zeroed object of `size` bytes with its header set to `type`; pinned in the temp arena.
 * NULL on MemoryError. */
TP_INTERNAL TP_MUST_CHECK void *tpGC_alloc(VM *vm, ObjType *type, size_t size);
/* C memory owned by objects (counted towards the GC trigger). NULL + MemoryError on failure.
 * tpMem_realloc(vm, NULL, 0, n) allocates; tpMem_free accepts NULL. */
TP_INTERNAL TP_MUST_CHECK void *tpMem_alloc(VM *vm, size_t n);
TP_INTERNAL TP_MUST_CHECK void *tpMem_realloc(VM *vm, void *p, size_t old_n, size_t new_n);
TP_INTERNAL void tpMem_free(VM *vm, void *p, size_t n);
/* n bytes malloc'd by a library (GMP's limbs) now belong to an object / were freed by it: the
 * GC trigger counts them as it counts tpMem blocks. */
TP_INTERNAL void tpMem_adopt(VM *vm, size_t n);
TP_INTERNAL void tpMem_forget(VM *vm, size_t n);
/* Temp-root arena: pins everything allocated (or pushed) between save and restore. */
static inline size_t tpGC_save(VM *vm) { return vm->ntemps; }
static inline void tpGC_restore(VM *vm, size_t mark) { vm->ntemps = mark; }
/* Pin an existing value until the enclosing restore. Returns -1 only on MemoryError. */
TP_INTERNAL TP_MUST_CHECK int tpGC_push_root_grow(VM *vm, Value v);
/* inline: every allocation pins its result here (a call was ~17 instructions of each) */
static inline TP_MUST_CHECK int tpGC_push_root(VM *vm, Value v) {
    if (vm->ntemps < vm->captemps) {
        vm->temps[vm->ntemps++] = v;
        return 0;
    }
    return tpGC_push_root_grow(vm, v);
}
/* For C loops that allocate per iteration (sum, max, `in` over an iterator...): drop the temps
 * pinned since `mark` and pin the n values still needed, so a long loop does not keep every
 * intermediate object alive until it returns. Returns 0 or -1 (MemoryError). */
static inline int tpGC_restore_keep(VM *vm, size_t mark, int n, const Value *keep) {
    tpGC_restore(vm, mark);
    for (int i = 0; i < n; i++) {
        if (tpGC_push_root(vm, keep[i]) < 0) {
            return -1;
        }
    }
    return 0;
}
/* os.fspath's protocol (mod_posix.c): the result of v's type's __fspath__, checked to be a str
 * or bytes. 1 converted (*out), 0 v's type has no __fspath__, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpOs_fspath(VM *vm, Value v, Value *out);
/* A full collection (gc.collect()); the automatic ones are mostly minor (gc.c). */
TP_INTERNAL void tpGC_collect(VM *vm);
TP_INTERNAL TP_MUST_CHECK int tpGC_bootstrap_done(VM *vm);
/* Write barrier, for types with TPFLAG_GC_BARRIERED: call it on `o` after storing a reference
 * into o, unless o is pinned in the temp arena since the enclosing tpGC_save (gc.c explains). */
TP_INTERNAL void tpGC_remember(VM *vm, Obj *o);
static inline void tpGC_barrier(VM *vm, Obj *o) {
    uint32_t g = o->gc_mark;
    if (!(g & HEAP_GC_REMEMBERED) && tpHeap_is_marked(o, g)) {
        tpGC_remember(vm, o);
    }
}
/* Lists and dicts (exact ones; never the plain barrier for these) say from which item / entry
 * on they were written to: a minor collection traces only those of a big old one. */
static inline void tpGC_barrier_from(VM *vm, Obj *o, size_t *dirty, size_t from) {
    uint32_t g = o->gc_mark;
    if (g & HEAP_GC_REMEMBERED) {
        *dirty = from < *dirty ? from : *dirty;
    } else if (tpHeap_is_marked(o, g)) {
        tpGC_remember(vm, o);
        *dirty = from;
    }
}
static inline void tpGC_barrier_list(VM *vm, ObjList *l, size_t from) {
    tpGC_barrier_from(vm, &l->hdr, &l->gc_dirty, from);
}
static inline void tpGC_barrier_dict(VM *vm, ObjDict *d, size_t from) {
    tpGC_barrier_from(vm, &d->hdr, &d->gc_dirty, from);
}
/* Items of a list moved down to index `to` (deletion, reversal...): a remembered list must
 * trace them again from there. */
static inline void tpGC_list_moved(ObjList *l, size_t to) {
    if ((l->hdr.gc_mark & HEAP_GC_REMEMBERED) && to < l->gc_dirty) {
        l->gc_dirty = to;
    }
}
/* The same for a store of v (ints and other non-objects need no barrier). */
static inline void tpGC_barrier_val(VM *vm, Obj *o, Value v) {
    if (IS_OBJ(v)) {
        tpGC_barrier(vm, o);
    }
}
/* Finalisation bookkeeping (gc.c): an object that got a type with __del__ after it was
 * allocated (__class__ assignment), and a type that just gained a __del__. */
TP_INTERNAL void tpGC_track_finalizable(VM *vm, Obj *o);
TP_INTERNAL void tpGC_type_gained_finalizer(VM *vm, ObjType *t);
/* The object's finaliser has nothing left to do (a generator that finished): when it becomes
 * unreachable it is freed at once instead of being resurrected for its finaliser first. */
TP_INTERNAL void tpGC_finalizer_done(Obj *o);
/* Obj.gc_mark bit an allocator may set: the object references no object but its type (a str
 * whose text is inline, see str_core.c), so the collector sets its mark bit without tracing it. */
#define TP_GC_LEAF 32u
/* For `mark` slots: mark a referenced value / object (NULL and non-objects are ignored). */
TP_INTERNAL void tpGC_mark_value(VM *vm, Value v);
TP_INTERNAL void tpGC_mark_obj(VM *vm, Obj *o);
static inline void tpGC_mark_values(VM *vm, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        /* marking reads each object's header: start the cache misses of the next ones early
         * (a list of a million strs is marked at memory latency otherwise) */
        if (i + 8 < n && IS_OBJ(v[i + 8])) {
            __builtin_prefetch(AS_OBJ(v[i + 8]));
        }
        tpGC_mark_value(vm, v[i]);
    }
}

/* ==== errors (error.c) ==== */
/* Raise a new exception of built-in class EXC_* with a plain message. Always returns -1. */
TP_INTERNAL int tpErr_raise(VM *vm, int exc_id, const char *msg);
/* printf-like; besides %s %d %i %u %ld %lld %zu %zd %x %c %% it understands:
 *   %U  ObjStr*            %R  repr() of a Value     %S  str() of a Value
 *   %T  type name of a Value                         %N  name of an ObjType*
 * Always returns -1. */
TP_INTERNAL int tpErr_format(VM *vm, int exc_id, const char *fmt, ...);
TP_INTERNAL int tpErr_vformat(VM *vm, ObjType *type, const char *fmt, va_list ap);
/* The text of such a format as a new str (NULL on error). */
TP_INTERNAL ObjStr *tpStr_vformat(VM *vm, const char *fmt, va_list ap);
/* A warning (CPython's PyErr_WarnFormat): warnings.warn(message, category EXC_*, stacklevel) of
 * lib/warnings.py, imported on first use, so that its filters and showwarning() apply (the call
 * itself is mod_warnings.c's, CPython's _warnings.warn); stacklevel
 * 1 is the Python code running. 0, or -1 with an exception (a filter turned the warning into an
 * error, or the call failed). */
TP_INTERNAL TP_MUST_CHECK int tpErr_warn(VM *vm, int category, int stacklevel, const char *fmt,
                                         ...);
/* warnings.warn_explicit(msg, category, filename, lineno) without a registry (the compiler's
 * SyntaxWarnings): 0, or -1 with an exception. */
TP_INTERNAL TP_MUST_CHECK int tpErr_warn_explicit(VM *vm, int category, ObjStr *msg,
                                                  ObjStr *filename, int lineno);
/* Raise an exception instance, or an exception class (instantiated with no args). TypeError if
 * v is neither ("exceptions must derive from BaseException"). Always returns -1. */
TP_INTERNAL int tpErr_set(VM *vm, Value v);
/* Raise exception class `type` with args (argc values). Always returns -1. */
TP_INTERNAL int tpErr_set_args(VM *vm, ObjType *type, int argc, Value *argv);
TP_INTERNAL int tpErr_no_memory(VM *vm);
/* Raise OSError (the subclass CPython picks for errno `err`, e.g. FileNotFoundError) with
 * args (err, strerror(err)[, filename[, 0, filename2]]); filename/filename2 may be NULL_VAL.
 * Always returns -1. The one path for every failed system call. */
TP_INTERNAL int tpErr_from_errno(VM *vm, int err, Value filename, Value filename2);
/* Raise SyntaxError/IndentationError/TabError (exc_id) with CPython's attributes: msg, filename,
 * lineno, offset (1-based, in characters), end_lineno, end_offset, text (the source line or NULL).
 * Always returns -1. (obj_exc.c) */
TP_INTERNAL int tpErr_syntax(VM *vm, int exc_id, const char *msg, const char *filename, int lineno,
                             int offset, int end_lineno, int end_offset, const char *text);
static inline bool tpErr_occurred(VM *vm) { return !IS_NULL(vm->exc); }
static inline void tpErr_clear(VM *vm) { vm->exc = NULL_VAL; }
/* Take the pending exception (clears it). The exception stays pinned in the temp-root arena until
 * the enclosing tpGC_restore, since it is no longer reachable from vm->exc. */
static inline Value tpErr_fetch(VM *vm) {
    Value e = vm->exc;
    vm->exc = NULL_VAL;
    if (!IS_NULL(e) && tpGC_push_root(vm, e) < 0) {
        vm->exc = NULL_VAL; /* out of memory while pinning: the MemoryError is dropped */
    }
    return e;
}
/* Is the pending exception an instance of EXC_*? */
TP_INTERNAL bool tpErr_matches(VM *vm, int exc_id);
static inline ObjType *tpExc_type(VM *vm, int exc_id) { return vm->exc_types[exc_id]; }
/* Create an exception instance of `type` (a BaseException subclass) from args. */
TP_INTERNAL TP_MUST_CHECK int tpExc_new(VM *vm, ObjType *type, int argc, Value *argv, Value *out);
/* Is v an exception instance / an exception class? */
TP_INTERNAL bool tpExc_check(VM *vm, Value v);
TP_INTERNAL bool tpExc_class_check(VM *vm, Value v);
/* Print an uncaught exception with its chain and traceback to sys.stderr as CPython 3.11 does
 * (traceback.c). Never raises. */
TP_INTERNAL void tpErr_print(VM *vm, Value exc);
/* CPython's unraisable-exception report, on sys.stderr: "Exception ignored in: <repr of where>"
 * then the traceback of exc (a failing __del__, close at collection, flush at exit). Clears
 * whatever error is pending afterwards. */
TP_INTERNAL void tpErr_write_unraisable(VM *vm, Value exc, Value where);
/* Append a traceback entry for `code` at instruction `lasti` to exc.__traceback__ (traceback.c). */
TP_INTERNAL TP_MUST_CHECK int tpTraceback_add(VM *vm, Value exc, ObjCode *code, int lasti, Frame *f);

/* ==== types and attributes (type.c, protocol.c) ==== */
static inline ObjType *tpType_of(VM *vm, Value v) {
    if (IS_OBJ(v)) {
        return AS_OBJ(v)->type;
    }
    if (IS_INT(v)) {
        return vm->types[TYPE_INT];
    }
    if (IS_FLOAT(v)) {
        return vm->types[TYPE_FLOAT];
    }
    if (IS_BOOL(v)) {
        return vm->types[TYPE_BOOL];
    }
    return vm->types[TYPE_NONE];
}
static inline const char *tpType_name(ObjType *t) { return t->name->data; }
static inline const char *tpObj_typename(VM *vm, Value v) { return tpType_name(tpType_of(vm, v)); }
/* Is `a` the same as or a subclass of `b` (by MRO)? Never fails. */
TP_INTERNAL bool tpType_is_subtype(ObjType *a, ObjType *b);
static inline bool tpObj_is(VM *vm, Value v, int type_id) {
    return tpType_is_subtype(tpType_of(vm, v), vm->types[type_id]);
}
/* Look `name` up along type's MRO; NULL_VAL if missing. Never fails. */
TP_INTERNAL Value tpType_lookup(VM *vm, ObjType *type, ObjStr *name);
/* Build a built-in type object from its spec (start-up). */
TP_INTERNAL TP_MUST_CHECK ObjType *tpType_from_spec(VM *vm, const TypeSpec *spec, ObjType *base);
/* Create a class: metatype(name, bases, ns) semantics incl. slot wrappers for dunders. */
TP_INTERNAL TP_MUST_CHECK int tpType_new_class(VM *vm, ObjType *meta, ObjStr *name, ObjTuple *bases,
                                                ObjDict *ns, ObjTuple *kwnames, Value *kwvals, Value *out);
/* Re-derive slots after a dunder was assigned on a class (type.__setattr__). */
TP_INTERNAL void tpType_update_slot(VM *vm, ObjType *type, ObjStr *name);

/* Attribute access. getattr raises AttributeError with CPython's message when missing. */
TP_INTERNAL TP_MUST_CHECK int tpObj_getattr(VM *vm, Value obj, ObjStr *name, Value *out);
/* Like getattr but a missing attribute is not an error: returns 1 found, 0 missing, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpObj_getattr_opt(VM *vm, Value obj, ObjStr *name, Value *out);
/* dir(obj): the sorted list of what type(obj).__dir__(obj) gives. */
TP_INTERNAL TP_MUST_CHECK int tpObj_dir(VM *vm, Value obj, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_setattr(VM *vm, Value obj, ObjStr *name, Value v);
TP_INTERNAL TP_MUST_CHECK int tpObj_delattr(VM *vm, Value obj, ObjStr *name);
TP_INTERNAL TP_MUST_CHECK int tpObj_generic_getattr(VM *vm, Value obj, ObjStr *name, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_generic_setattr(VM *vm, Value obj, ObjStr *name, Value v);
/* For LOAD_METHOD: 1 if *out is an unbound method to call with obj as first arg, 0 if *out is a
 * plain attribute value, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpObj_get_method(VM *vm, Value obj, ObjStr *name, Value *out);
/* The instance __dict__ (NULL if the object has none); creates it on first use (can fail: NULL with
 * exception — check tpErr_occurred). */
TP_INTERNAL ObjDict *tpObj_dict(VM *vm, Value obj, bool create);
/* The `__dict__` attribute of objects whose type has a dictoffset, with CPython's messages: get
 * makes the dict on first use, set takes a dict, delete is refused. A GetSetDef entry:
 * TP_GETSET_DICT. */
TP_INTERNAL TP_MUST_CHECK int tpObj_get_dict_attr(VM *vm, Value self, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_set_dict_attr(VM *vm, Value self, Value v);
#define TP_GETSET_DICT {"__dict__", tpObj_get_dict_attr, tpObj_set_dict_attr, NULL}

/* ==== the object protocols (protocol.c) ==== */
TP_INTERNAL TP_MUST_CHECK int tpObj_repr(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_str(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_ascii(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_format(VM *vm, Value v, ObjStr *spec, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_hash(VM *vm, Value v, int64_t *out);
/* Rich comparison with CPython's reflection rules and TypeError "'<' not supported between...". */
TP_INTERNAL TP_MUST_CHECK int tpObj_richcmp(VM *vm, Value a, Value b, int op, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_richcmp_bool(VM *vm, Value a, Value b, int op, int *out);
/* a == b as a C truth value, with the identity shortcut used by containers. */
TP_INTERNAL TP_MUST_CHECK int tpObj_eq(VM *vm, Value a, Value b, int *out);
/* a op b (op may be BINOP_INPLACE + x), with CPython's NotImplemented fallback order and its
 * "unsupported operand type(s)" TypeError. */
TP_INTERNAL TP_MUST_CHECK int tpObj_binop(VM *vm, Value a, Value b, int op, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_pow3(VM *vm, Value a, Value b, Value mod, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_unop(VM *vm, Value v, int op, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_truth(VM *vm, Value v, int *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_len(VM *vm, Value v, int64_t *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_iter(VM *vm, Value v, Value *out);
/* 0 with *out, 1 when exhausted (no exception pending), -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpObj_next(VM *vm, Value it, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_getitem(VM *vm, Value obj, Value key, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_setitem(VM *vm, Value obj, Value key, Value v);
TP_INTERNAL TP_MUST_CHECK int tpObj_delitem(VM *vm, Value obj, Value key);
TP_INTERNAL TP_MUST_CHECK int tpObj_contains(VM *vm, Value container, Value x, int *out);
/* Call anything callable from C. argv (argc positional + len(kwnames) keyword values) must be
 * rooted memory (VM stack, an object, or values allocated since the last tpGC_save). */
TP_INTERNAL TP_MUST_CHECK int tpObj_call(VM *vm, Value callable, int argc, Value *argv,
                                         ObjTuple *kwnames, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_call_method(VM *vm, Value self, ObjStr *name, int argc,
                                                Value *argv, Value *out);
TP_INTERNAL bool tpObj_callable(VM *vm, Value v);
TP_INTERNAL TP_MUST_CHECK int tpObj_isinstance(VM *vm, Value obj, Value cls, int *out);
TP_INTERNAL TP_MUST_CHECK int tpObj_issubclass(VM *vm, Value derived, Value cls, int *out);
/* operator.index(v) as a C integer; TypeError "'X' object cannot be interpreted as an integer",
 * OverflowError past int64 ("cannot fit 'int' into an index-sized integer"). */
TP_INTERNAL TP_MUST_CHECK int tpObj_as_index(VM *vm, Value v, int64_t *out);
/* operator.index(v) as an int Value (small or big). */
TP_INTERNAL TP_MUST_CHECK int tpObj_index(VM *vm, Value v, Value *out);
/* Collect any iterable into a new list / tuple. */
TP_INTERNAL ObjList *tpSeq_list(VM *vm, Value iterable);
TP_INTERNAL ObjTuple *tpSeq_tuple(VM *vm, Value iterable);

/* ==== str (str_core.c: storage, hashing, interning; obj_str*.c: methods and formatting) ==== */
/* New str from valid UTF-8 (the caller guarantees validity). */
TP_INTERNAL ObjStr *tpStr_new(VM *vm, const char *utf8, size_t nbytes);
TP_INTERNAL ObjStr *tpStr_from_cstr(VM *vm, const char *s);
/* Validates UTF-8 first: UnicodeDecodeError on invalid input (decoding bytes). */
TP_INTERNAL ObjStr *tpStr_decode_utf8(VM *vm, const char *bytes, size_t n, const char *errors);
TP_INTERNAL ObjStr *tpStr_intern(VM *vm, ObjStr *s);
TP_INTERNAL ObjStr *tpStr_intern_cstr(VM *vm, const char *s);
TP_INTERNAL int64_t tpStr_hash(VM *vm, ObjStr *s);
TP_INTERNAL bool tpStr_eq(ObjStr *a, ObjStr *b);
TP_INTERNAL int tpStr_cmp(ObjStr *a, ObjStr *b);    /* code point order: <0, 0, >0 */
/* The one-code-point string for cp (cached for ASCII). */
TP_INTERNAL ObjStr *tpStr_from_cp(VM *vm, uint32_t cp);
/* Byte offset of code point i (0 <= i <= len). */
TP_INTERNAL size_t tpStr_offset(VM *vm, ObjStr *s, size_t i);
TP_INTERNAL uint32_t tpStr_char_at(VM *vm, ObjStr *s, size_t i);
TP_INTERNAL ObjStr *tpStr_substr(VM *vm, ObjStr *s, size_t start_cp, size_t end_cp);
TP_INTERNAL ObjStr *tpStr_concat(VM *vm, ObjStr *a, ObjStr *b);
/* The `free` slot of str (releases the lazy index). */
TP_INTERNAL void tpStr_free(VM *vm, Obj *o);
/* repr(s) with CPython's quote choice and escapes. */
TP_INTERNAL ObjStr *tpStr_repr(VM *vm, ObjStr *s);
/* Decode one code point from UTF-8 at *p and advance *p (input is valid UTF-8). */
TP_INTERNAL uint32_t tpUtf8_decode(const char **p);
/* Encode cp as UTF-8 into out (4 bytes room); returns the byte count. */
TP_INTERNAL int tpUtf8_encode(uint32_t cp, char *out);
/* Keyed SipHash-1-3 of bytes with the VM's key (also used for bytes). */
TP_INTERNAL int64_t tpHash_bytes(VM *vm, const void *data, size_t n);

/* Growable UTF-8 buffer for building strings (malloc'd; finish or free it). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
    bool borrowed;           /* data is the caller's (tpBuf_init_with), not malloc's */
} StrBuf;
static inline void tpBuf_init(StrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->borrowed = false;
}
/* Start in the caller's `space` (a local array that outlives the buffer), moving to malloc'd
 * memory only if the text outgrows it: short formatting results cost no malloc and free. */
static inline void tpBuf_init_with(StrBuf *b, char *space, size_t n) {
    b->data = space;
    b->len = 0;
    b->cap = n;
    b->borrowed = true;
}
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_grow(VM *vm, StrBuf *b, const char *s, size_t n);
/* inline: formatting appends many short pieces, and the call was a tenth of `"%d" % i` */
static inline TP_MUST_CHECK int tpBuf_put(VM *vm, StrBuf *b, const char *s, size_t n) {
    if (b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        return 0;
    }
    return tpBuf_put_grow(vm, b, s, n);
}
TP_INTERNAL TP_MUST_CHECK int tpBuf_puts(VM *vm, StrBuf *b, const char *s);
static inline TP_MUST_CHECK int tpBuf_putc(VM *vm, StrBuf *b, char c) {
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        return 0;
    }
    return tpBuf_put_grow(vm, b, &c, 1);
}
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_cp(VM *vm, StrBuf *b, uint32_t cp);
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_str(VM *vm, StrBuf *b, ObjStr *s);
TP_INTERNAL TP_MUST_CHECK int tpBuf_printf(VM *vm, StrBuf *b, const char *fmt, ...) TP_PRINTF(3, 4);
/* Append repr(v) / str(v). */
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_repr(VM *vm, StrBuf *b, Value v);
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_strv(VM *vm, StrBuf *b, Value v);
/* *out = a new str formatted by printf rules (C strings only; for %R/%S use StrBuf). */
TP_INTERNAL TP_MUST_CHECK int tpStr_printf(VM *vm, Value *out, const char *fmt, ...)
    TP_PRINTF(3, 4);
/* Turn the buffer into a str (frees the buffer either way). NULL on MemoryError. */
TP_INTERNAL ObjStr *tpBuf_finish(VM *vm, StrBuf *b);
/* The same when the caller knows every byte is ASCII (no measuring pass). */
TP_INTERNAL ObjStr *tpBuf_finish_ascii(VM *vm, StrBuf *b);
TP_INTERNAL void tpBuf_free(StrBuf *b);

/* Format mini-language (obj_str_format.c) */
typedef struct FormatSpec {
    uint32_t fill;           /* code point, default ' ' */
    char align;              /* '<' '>' '^' '=' or 0 */
    char sign;               /* '+' '-' ' ' or 0 */
    bool alt;                /* '#' */
    bool zero;               /* '0' */
    int64_t width;           /* -1 if absent */
    char grouping;           /* ',' '_' or 0 */
    int64_t precision;       /* -1 if absent */
    char type;               /* presentation type or 0 */
} FormatSpec;
TP_INTERNAL TP_MUST_CHECK int tpFormat_parse(VM *vm, ObjStr *spec, FormatSpec *out);
/* Pad `body` (already formatted) per fill/align/width, default alignment `def_align`. */
TP_INTERNAL ObjStr *tpFormat_pad(VM *vm, const FormatSpec *fs, const char *body, size_t nbytes,
                                 char def_align);
/* format % args */
TP_INTERNAL TP_MUST_CHECK int tpStr_mod(VM *vm, ObjStr *fmt, Value args, Value *out);

/* ==== int, bool, float, complex (obj_int.c, bigint.c, obj_float.c, obj_complex.c) ==== */
/* Small or big int from a C integer. NULL_VAL + MemoryError on failure. */
TP_INTERNAL Value tpInt_from_i64(VM *vm, int64_t i);
TP_INTERNAL Value tpInt_from_u64(VM *vm, uint64_t i);
/* Parse digits (no sign handling beyond a leading '-', no underscores) in base 2..36.
 * For the compiler's big literals and int(str) after validation. */
TP_INTERNAL Value tpInt_from_digits(VM *vm, const char *digits, size_t n, int base);
/* int(s, base) with CPython's rules and messages ("invalid literal for int() with base 10: 'x'"). */
TP_INTERNAL TP_MUST_CHECK int tpInt_from_str(VM *vm, ObjStr *s, int base, Value *out);
/* Truncate a double; OverflowError/ValueError for inf/nan as CPython. */
TP_INTERNAL TP_MUST_CHECK int tpInt_from_double(VM *vm, double d, Value *out);
/* Is v an int (small, big, bool or an int subclass instance)? */
TP_INTERNAL bool tpInt_check(VM *vm, Value v);
/* C value of an int; OverflowError "Python int too large to convert to C long". */
TP_INTERNAL TP_MUST_CHECK int tpInt_as_i64(VM *vm, Value v, int64_t *out);
TP_INTERNAL TP_MUST_CHECK int tpInt_as_double(VM *vm, Value v, double *out);
/* Sign of an int: -1, 0, 1. */
TP_INTERNAL int tpInt_sign(VM *vm, Value v);
/* Compare two ints: <0, 0, >0. */
TP_INTERNAL int tpInt_cmp(VM *vm, Value a, Value b);
TP_INTERNAL int64_t tpInt_hash(VM *vm, Value v);
/* str(v) in base 10, or with prefix in base 2/8/16 (bin/oct/hex). */
TP_INTERNAL TP_MUST_CHECK int tpInt_to_str(VM *vm, Value v, int base, Value *out);
/* int/float/bool → double (TypeError "must be real number, not X" otherwise). */
TP_INTERNAL TP_MUST_CHECK int tpNum_as_double(VM *vm, Value v, double *out);
/* repr of a double exactly as CPython (shortest round-trip): writes into buf (>= 32 bytes). */
TP_INTERNAL void tpFloat_repr_buf(double d, char *buf);
TP_INTERNAL int64_t tpFloat_hash(double d);
/* float(s): CPython's accepted syntax and "could not convert string to float: 'x'". */
TP_INTERNAL TP_MUST_CHECK int tpFloat_from_str(VM *vm, ObjStr *s, double *out);
TP_INTERNAL Value tpComplex_new(VM *vm, double real, double imag);

/* ==== tuple, list, dict, set, range, slice (obj_tuple.c, obj_list.c, obj_dict.c, obj_set.c ...) ==== */
/* New tuple of n items, all None. */
TP_INTERNAL ObjTuple *tpTuple_new(VM *vm, size_t n);
TP_INTERNAL ObjTuple *tpTuple_from(VM *vm, size_t n, const Value *items);
TP_INTERNAL ObjTuple *tpTuple_pack(VM *vm, int n, ...);   /* n Values */

TP_INTERNAL ObjList *tpList_new(VM *vm, size_t cap);     /* empty list with room for cap */
TP_INTERNAL ObjList *tpList_from(VM *vm, size_t n, const Value *items);
TP_INTERNAL TP_MUST_CHECK int tpList_append(VM *vm, ObjList *l, Value v);
TP_INTERNAL TP_MUST_CHECK int tpList_extend(VM *vm, ObjList *l, Value iterable);
TP_INTERNAL TP_MUST_CHECK int tpList_sort(VM *vm, ObjList *l, Value key, bool reverse);

TP_INTERNAL ObjDict *tpDict_new(VM *vm);
/* 1 found (*out set), 0 missing, -1 error (hash/eq raised). */
TP_INTERNAL TP_MUST_CHECK int tpDict_get(VM *vm, ObjDict *d, Value key, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpDict_set(VM *vm, ObjDict *d, Value key, Value v);
/* 1 deleted, 0 missing, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpDict_del(VM *vm, ObjDict *d, Value key);
/* String-key fast paths (str keys never raise): NULL_VAL when missing. */
TP_INTERNAL Value tpDict_get_str(VM *vm, ObjDict *d, ObjStr *key);
TP_INTERNAL TP_MUST_CHECK int tpDict_set_str(VM *vm, ObjDict *d, ObjStr *key, Value v);
TP_INTERNAL TP_MUST_CHECK int tpDict_set_cstr(VM *vm, ObjDict *d, const char *key, Value v);
/* Make room for n entries in all, so filling the dict does not resize it step by step. */
TP_INTERNAL TP_MUST_CHECK int tpDict_reserve(VM *vm, ObjDict *d, size_t n);
/* The exact-str key equal to the n bytes at p (str hash `hash`), NULL if none. */
TP_INTERNAL ObjStr *tpDict_find_str_key(VM *vm, ObjDict *d, const char *p, size_t n, int64_t hash);
/* Add an exact-str key known to be absent (with its str hash), without probing for it first. */
TP_INTERNAL TP_MUST_CHECK int tpDict_add_absent_str(VM *vm, ObjDict *d, ObjStr *key, int64_t hash,
                                                    Value v);
/* Iterate: size_t pos = 0; while (tpDict_next(d, &pos, &k, &v)) ... */
TP_INTERNAL bool tpDict_next(ObjDict *d, size_t *pos, Value *key, Value *value);
TP_INTERNAL TP_MUST_CHECK int tpDict_update(VM *vm, ObjDict *d, Value other);
TP_INTERNAL ObjDict *tpDict_copy(VM *vm, ObjDict *d);
TP_INTERNAL void tpDict_clear(VM *vm, ObjDict *d);

TP_INTERNAL ObjSet *tpSet_new(VM *vm, bool frozen);
TP_INTERNAL TP_MUST_CHECK int tpSet_add(VM *vm, ObjSet *s, Value v);
TP_INTERNAL TP_MUST_CHECK int tpSet_contains(VM *vm, ObjSet *s, Value v, int *out);
TP_INTERNAL TP_MUST_CHECK int tpSet_update(VM *vm, ObjSet *s, Value iterable);

TP_INTERNAL Value tpSlice_new(VM *vm, Value start, Value stop, Value step);  /* NULL_VAL on error */
/* Resolve a slice against a sequence length, as PySlice_GetIndicesEx. */
TP_INTERNAL TP_MUST_CHECK int tpSlice_indices(VM *vm, ObjSlice *s, int64_t len, int64_t *start,
                                              int64_t *stop, int64_t *step, int64_t *slicelen);
TP_INTERNAL Value tpRange_new(VM *vm, Value start, Value stop, Value step);  /* NULL_VAL on error */

/* ==== bytes (obj_bytes.c) ==== */
TP_INTERNAL ObjBytes *tpBytes_new(VM *vm, const void *data, size_t n);

/* ==== functions, methods, modules, cells (obj_func.c, obj_module.c) ==== */
TP_INTERNAL ObjFunction *tpFunction_new(VM *vm, ObjCode *code, ObjDict *globals, ObjStr *qualname);
TP_INTERNAL Value tpCFunction_new(VM *vm, const MethodDef *def, Value self, ObjType *owner);
TP_INTERNAL Value tpBoundMethod_new(VM *vm, Value self, Value func);
TP_INTERNAL ObjCell *tpCell_new(VM *vm, Value v);
TP_INTERNAL ObjModule *tpModule_new(VM *vm, ObjStr *name);
/* Add native functions to a module's dict. */
TP_INTERNAL TP_MUST_CHECK int tpModule_add_functions(VM *vm, ObjModule *m, const MethodDef *defs);
/* Check a native's keyword arguments against the names it accepts and sort them into slots:
 * fills out[0..nnames) with the argument values (NULL_VAL for absent), positional first.
 * Raises CPython's TypeError messages for unknown / duplicate keywords. fname is for messages. */
TP_INTERNAL TP_MUST_CHECK int tpArg_parse_kw(VM *vm, const char *fname, int argc, Value *argv,
                                             ObjTuple *kwnames, int npos_max,
                                             const char *const *names, int nnames, Value *out);

/* ==== execution (vm.c, call.c) ==== */
/* Run a module-level code object with globals and an optional locals mapping (NULL_VAL: the
 * globals dict). Re-enters the eval loop. */
TP_INTERNAL TP_MUST_CHECK int tpVM_run_code(VM *vm, ObjCode *code, ObjDict *globals, Value locals,
                                            Value *out);
/* Call a Python function from C (re-enters the eval loop). */
TP_INTERNAL TP_MUST_CHECK int tpVM_call_function(VM *vm, ObjFunction *fn, int argc, Value *argv,
                                                 ObjTuple *kwnames, Value *out);
/* Zero-argument super(): the __class__ cell and first argument of the running function.
 * RuntimeError "super(): no arguments" / "super(): __class__ cell not found" as CPython. */
TP_INTERNAL TP_MUST_CHECK int tpVM_super_args(VM *vm, ObjType **type, Value *obj);
/* The currently handled exception (sys.exc_info()[1]) or None. */
TP_INTERNAL Value tpVM_handled_exception(VM *vm);

/* ==== compile & run (compiler.c, run.c) ==== */
enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE };
/* Parse + compile source text; SyntaxError/IndentationError/TabError raised on bad input. */
TP_INTERNAL ObjCode *tpCompile_source(VM *vm, const char *src, size_t len, const char *filename,
                                      int mode);
/* import machinery (import.c) */
TP_INTERNAL TP_MUST_CHECK int tpImport(VM *vm, ObjStr *name, Value globals, Value fromlist,
                                       int level, Value *out);

/* ==== start-up of modules (mod_*.c) ==== */
TP_INTERNAL TP_MUST_CHECK int tpBuiltins_init(VM *vm);
TP_INTERNAL TP_MUST_CHECK int tpSys_init(VM *vm);
/* Write text to sys.stdout / sys.stderr (whatever they are now). */
TP_INTERNAL TP_MUST_CHECK int tpSys_write(VM *vm, int which_stderr, const char *s, size_t n);

/* ==== VM lifetime (state.c) ==== */
TP_INTERNAL VM *tpVM_new(int argc, char **argv);
TP_INTERNAL void tpVM_free(VM *vm);

#endif
