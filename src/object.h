/*
 * object.h — the heap object model shared by every part of taipan.
 *
 * Owns: the object header, the type object and its slot table, the TypeSpec through which every
 * built-in type is declared (one way to define a type), the struct of each core object, and the
 * cross-file API of the object protocols and constructors. Each obj_*.c implements one type.
 *
 * Conventions (see docs/architecture.md):
 * - fallible functions return int (0 ok, -1 raised) and write results through an out pointer,
 *   or return a pointer that is NULL when an exception was raised; the exception is in vm->exc.
 * - anything that allocates can run the GC. Every object allocated is pinned in the VM's temp-root
 *   arena until the enclosing tpGC_restore() (the VM restores at safe points), so C code may keep
 *   fresh objects in locals without registering them.
 */
#ifndef TP_OBJECT_H
#define TP_OBJECT_H

#include <stdarg.h>
#include <stdio.h>

#include "value.h"

typedef struct VM VM;
typedef struct ObjType ObjType;
typedef struct ObjStr ObjStr;
typedef struct ObjTuple ObjTuple;
typedef struct ObjDict ObjDict;
typedef struct ObjList ObjList;
typedef struct ObjCode ObjCode;
typedef struct ObjFunction ObjFunction;
typedef struct TypeSpec TypeSpec;

/* ==== type and exception ids (X-macros) ==== */
typedef enum TypeId {
#define TYPE(id, spec) TYPE_##id,
#include "types.def"
#undef TYPE
    TYPE__COUNT
} TypeId;

typedef enum ExcId {
#define EXC(name, base) EXC_##name,
#include "exceptions.def"
#undef EXC
    EXC__COUNT
} ExcId;

typedef enum NameId {
#define NAME(id, text) NAME_##id,
#include "names.def"
#undef NAME
    NAME__COUNT
} NameId;

/* ==== the object header ==== */
struct Obj {
    ObjType *type;
    uint32_t gc_mark;
    uint32_t flags; /* per-type use */
};

/* ==== operators ==== */
/* Rich comparison ops, in CPython's order (COMPARE_OP arg). */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };
/* `a op b` for an ordering of integers (or a three-way result c compared with 0) */
static inline bool tpCmp_holds(int op, int64_t a, int64_t b) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
/* Binary ops, in CPython 3.11's BINARY_OP order; in-place forms are BINOP_INPLACE + op. */
enum {
    BINOP_ADD, BINOP_AND, BINOP_FLOORDIV, BINOP_LSHIFT, BINOP_MATMUL, BINOP_MUL, BINOP_MOD,
    BINOP_OR, BINOP_POW, BINOP_RSHIFT, BINOP_SUB, BINOP_TRUEDIV, BINOP_XOR, BINOP_DIVMOD,
    BINOP__COUNT,
    BINOP_INPLACE = 16
};
/* Unary ops (the `unop` slot). */
enum { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_ABS };

/* ==== native functions ====
 * One signature for every builtin function and method: argv[0..argc) are the positional
 * arguments (argv[0] is self for methods), followed by len(kwnames) keyword values when kwnames is
 * not NULL. The result goes to *out. Returns 0, or -1 with an exception raised. argv slots belong
 * to the caller (rooted); a native may overwrite them as scratch space. */
typedef int (*CFunc)(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);

enum {
    METH_KW = 1,       /* accepts keyword arguments; otherwise the caller rejects them */
    METH_STATIC = 2,   /* staticmethod in a type dict: no self */
    METH_CLASS = 4,    /* classmethod in a type dict: argv[0] is the type */
};

typedef struct MethodDef {
    const char *name;
    CFunc fn;
    int16_t min_args;  /* positional count, excluding self */
    int16_t max_args;  /* -1 = any; the caller checks both before calling */
    uint16_t flags;    /* METH_* */
    int16_t magic;     /* lets one C function serve several methods (vm->magic while called) */
    const char *doc;
} MethodDef;

#define TP_METHOD(name, fn, mn, mx) {name, fn, mn, mx, 0, 0, NULL}
#define TP_METHOD_KW(name, fn, mn, mx) {name, fn, mn, mx, METH_KW, 0, NULL}
#define TP_METHOD_MAGIC(name, fn, mn, mx, magic) {name, fn, mn, mx, 0, magic, NULL}
#define TP_METHOD_END {NULL, NULL, 0, 0, 0, 0, NULL}

typedef struct GetSetDef {
    const char *name;
    int (*get)(VM *vm, Value self, Value *out);
    int (*set)(VM *vm, Value self, Value v); /* v == NULL_VAL: delete; NULL set: read-only */
    const char *doc;
} GetSetDef;
#define TP_GETSET_END {NULL, NULL, NULL, NULL}

/* ==== slots: the hot protocols, as C function pointers ====
 * Built-in types fill them from their TypeSpec; a class defined in Python gets generic wrappers
 * that call its dunder methods (type.c), and inherits its base's slots otherwise.
 * A NULL slot means "not supported". `binop`/`richcmp` may return NotImplemented in *out. */
typedef struct TypeSlots {
    void (*mark)(VM *vm, Obj *o);   /* mark every Value/Obj the object references */
    void (*free)(VM *vm, Obj *o);   /* release C memory owned by the object (not the object) */
    int (*repr)(VM *vm, Value self, Value *out);
    int (*str)(VM *vm, Value self, Value *out);
    int (*hash)(VM *vm, Value self, int64_t *out);
    int (*richcmp)(VM *vm, Value a, Value b, int op, Value *out);
    /* `self` is a or b; op is BINOP_*, never in-place */
    int (*binop)(VM *vm, Value a, Value b, int op, Value *out);
    /* in-place form (op is BINOP_*); may return NotImplemented to fall back to binop */
    int (*ibinop)(VM *vm, Value a, Value b, int op, Value *out);
    int (*ternpow)(VM *vm, Value a, Value b, Value mod, Value *out);  /* pow(a, b, mod) */
    int (*unop)(VM *vm, Value self, int op, Value *out);
    int (*truth)(VM *vm, Value self, int *out);       /* __bool__; NULL: use len, else true */
    int (*index)(VM *vm, Value self, Value *out);     /* __index__: must produce an int */
    int (*len)(VM *vm, Value self, int64_t *out);
    int (*iter)(VM *vm, Value self, Value *out);
    /* __next__: 0 with *out set, 1 when exhausted (StopIteration need not be raised), -1 error */
    int (*next)(VM *vm, Value self, Value *out);
    int (*getitem)(VM *vm, Value self, Value key, Value *out);
    int (*setitem)(VM *vm, Value self, Value key, Value v);  /* v == NULL_VAL: delete */
    int (*contains)(VM *vm, Value self, Value x, int *out);
    int (*call)(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out);
    /* attribute access; NULL means the generic algorithm (tpObj_generic_getattr) */
    int (*getattr)(VM *vm, Value self, ObjStr *name, Value *out);
    int (*setattr)(VM *vm, Value self, ObjStr *name, Value v);  /* v == NULL_VAL: delete */
    int (*descr_get)(VM *vm, Value descr, Value obj, Value type, Value *out);
    int (*descr_set)(VM *vm, Value descr, Value obj, Value v);  /* v == NULL_VAL: delete */
    /* type(...) call: create an instance of `type` (argv excludes the type) */
    int (*new_)(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out);
    int (*init)(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames);
    int (*format)(VM *vm, Value self, ObjStr *spec, Value *out);   /* __format__ */
} TypeSlots;

enum {
    TPFLAG_BASETYPE = 1,   /* can be subclassed */
    TPFLAG_HEAPTYPE = 2,   /* created by a class statement or type(...) */
    TPFLAG_ABSTRACT = 4,   /* cannot be instantiated */
    TPFLAG_UNHASHABLE = 8, /* __hash__ is None */
    /* every store of a reference into an instance calls tpGC_barrier (gc.c, "generations");
     * instances of other types with a `mark` slot are traced by every collection */
    TPFLAG_GC_BARRIERED = 16,
};

/* A built-in type declared in C. Each obj_*.c ends with its method table and its spec. */
struct TypeSpec {
    const char *name;        /* e.g. "list"; qualified names like "builtins.list" are not used */
    int id;                  /* TYPE_* */
    int base;                /* TYPE_* of the base (TYPE_OBJECT for most) */
    size_t size;             /* instance size in bytes */
    size_t dictoffset;       /* offset of an ObjDict* __dict__ pointer in the instance, or 0 */
    uint32_t flags;          /* TPFLAG_* */
    TypeSlots slots;
    const MethodDef *methods;
    const GetSetDef *getsets;
    const char *doc;
};

/* ==== the type object ==== */
struct ObjType {
    Obj hdr;
    ObjStr *name;            /* __name__ */
    ObjStr *qualname;        /* __qualname__ */
    ObjType *base;           /* __base__ (solid base for layout); NULL for object */
    ObjTuple *bases;         /* __bases__ */
    ObjTuple *mro;           /* __mro__ (C3) */
    ObjDict *dict;           /* the class namespace */
    ObjList *subclasses;     /* direct subclasses, for __subclasses__ and slot updates */
    int id;                  /* TYPE_* for built-in types, EXC_* + TYPE__COUNT for exceptions, -1 */
    uint32_t flags;          /* TPFLAG_* */
    size_t size;             /* instance size */
    size_t dictoffset;       /* where the instance __dict__ pointer lives, 0 if none */
    const TypeSpec *spec;    /* the built-in spec this type is or derives its layout from */
    uint32_t slotoffset;     /* __slots__ of this class: nslots Values stored from here (the */
    uint32_t nslots;         /* bits XOR NULL_VAL, so zeroed memory reads as "unset") */
    TypeSlots sl;            /* slots, inherited then overridden */
    uint32_t version_tag;    /* type_cache.c: lookup-cache tag, 0 = none; unique per state */
    uint64_t tag_dict_version;  /* dict->version when the tag was handed out */
    ObjDict *shape;          /* inst_values.c: shared attribute-name -> index table, or NULL */
    uint32_t len_tag;        /* type_slots.c: len_fn is the MRO's __len__ while version_tag is */
    Value len_fn;            /* this (not 0); weak: the matching tag proves it alive */
};

/* ==== core objects ==== */
typedef struct ObjInt {      /* a big int, always outside the small-int range (normalised) */
    Obj hdr;
    void *mpz;               /* mpz_t, kept opaque here so that only bigint code needs gmp.h */
} ObjInt;

typedef struct ObjFloatBox { /* only used for float subclass instances */
    Obj hdr;
    double value;
} ObjFloatBox;

typedef struct ObjComplex {
    Obj hdr;
    double real, imag;
} ObjComplex;

/* str: immutable Unicode stored as UTF-8 (NUL-terminated, except a long concatenation result that
 * a later concatenation appended after: see str_concat.c), with cached hash and length.
 * Non-ASCII strings build a lazy index (byte offset of every 64th character) so s[i] is O(1)ish;
 * it lives in a side table (VM.str_index), not in the header: most strs never need one. */
struct ObjStr {
    union {
        Obj hdr;
        struct {  /* the flags live in the header's per-type word (Obj.flags): no padding */
            ObjType *hdr_type_;
            uint32_t hdr_gc_mark_;
            uint8_t ascii;           /* 1 when every byte < 0x80 (then len == nbytes) */
            uint8_t interned;
            uint8_t concat_fresh;    /* made by `+` and not yet appended to (str_concat.c) */
            uint8_t has_index;       /* has a char→byte index in vm->str_index (str_core.c) */
        };
    };
    int64_t hash;            /* -1: not computed yet */
    size_t len;              /* length in code points */
    size_t nbytes;           /* length in UTF-8 bytes */
    char *data;              /* nbytes of UTF-8: `text` below, or a shared concat buffer (str_concat.c) */
    char text[];             /* inline storage: nbytes + '\0' (a concat str keeps its buffer's address here) */
};

typedef struct ObjBytes {    /* bytes (immutable); bytearray uses ObjByteArray */
    Obj hdr;
    int64_t hash;
    size_t len;
    uint8_t data[];          /* len bytes + '\0' */
} ObjBytes;

typedef struct ObjByteArray {
    Obj hdr;
    size_t len, cap;
    uint8_t *data;
    struct TpExports *exports; /* live memoryviews of it (buffer.h); NULL until the first */
} ObjByteArray;

struct ObjTuple {
    Obj hdr;
    int64_t hash;            /* cached; -1 unknown */
    size_t len;
    Value items[];
};

struct ObjList {
    Obj hdr;
    size_t len, cap;
    Value *items;
    size_t gc_dirty;         /* while remembered: the first item written to (gc.c) */
};

/* Compact insertion-ordered dict: `indices` (2^log2size slots of int32, -1 empty, -2 dummy)
 * over a dense `entries` array. `version` changes on every mutation (inline caches). */
typedef struct DictEntry {
    int64_t hash;
    Value key;               /* NULL_VAL for a deleted entry */
    Value value;
} DictEntry;

struct ObjDict {
    Obj hdr;
    size_t len;              /* live entries */
    size_t nentries;         /* used entries (incl. deleted) */
    size_t cap;              /* capacity of entries */
    uint8_t log2size;
    uint64_t version;
    int32_t *indices;
    DictEntry *entries;
    size_t gc_dirty;         /* while remembered: the first entry written to (gc.c) */
};

/* set / frozenset: open addressing laid out like CPython's so iteration order matches */
typedef struct SetEntry {
    int64_t hash;
    Value key;               /* NULL_VAL: empty; a dummy marker: deleted (obj_set.c) */
} SetEntry;

typedef struct ObjSet {
    Obj hdr;
    size_t fill;             /* active + dummy */
    size_t used;             /* active */
    size_t mask;             /* table size - 1 */
    int64_t hash;            /* frozenset cache; -1 */
    size_t finger;           /* for pop() */
    SetEntry *table;
} ObjSet;

typedef struct ObjRange {
    Obj hdr;
    Value start, stop, step, length;  /* ints (small or big) */
} ObjRange;

typedef struct ObjSlice {
    Obj hdr;
    Value start, stop, step;          /* any values, None if omitted */
} ObjSlice;

typedef struct ObjCell {
    Obj hdr;
    Value value;             /* NULL_VAL when empty */
} ObjCell;

typedef struct ObjModule {
    Obj hdr;
    ObjDict *dict;
} ObjModule;

/* a Python function */
struct ObjFunction {
    Obj hdr;
    ObjCode *code;
    ObjDict *globals;
    ObjDict *builtins;       /* builtins namespace dict resolved at creation */
    ObjStr *name;
    ObjStr *qualname;
    Value module;            /* __module__ */
    Value doc;
    ObjTuple *defaults;      /* positional defaults or NULL */
    ObjDict *kwdefaults;     /* keyword-only defaults or NULL */
    ObjTuple *closure;       /* tuple of ObjCell or NULL */
    ObjDict *annotations;    /* or NULL */
    ObjDict *dict;           /* function attributes, or NULL until set */
};

/* a builtin function, or a method of a built-in type (unbound: self NULL_VAL) */
typedef struct ObjCFunction {
    Obj hdr;
    const MethodDef *def;
    Value self;              /* bound self / module, or NULL_VAL */
    ObjType *owner;          /* type that defines it, for methods; NULL for functions */
} ObjCFunction;

typedef struct ObjGetSetDescr {
    Obj hdr;
    const GetSetDef *def;
    ObjType *owner;
} ObjGetSetDescr;

typedef struct ObjBoundMethod {
    Obj hdr;
    Value self;
    Value func;
} ObjBoundMethod;

/* property / classmethod / staticmethod */
typedef struct ObjProperty {
    Obj hdr;
    Value fget, fset, fdel, doc;
    ObjStr *name;
} ObjProperty;

typedef struct ObjWrapper {  /* classmethod, staticmethod */
    Obj hdr;
    Value func;
    ObjDict *dict;
} ObjWrapper;

typedef struct ObjSuper {
    Obj hdr;
    ObjType *type;           /* the class super() was called in */
    Value obj;               /* the instance (or class) */
    ObjType *obj_type;       /* type(obj), or obj itself when it is a class */
} ObjSuper;

/* an instance of a class defined in Python that derives from object only */
typedef struct ObjInstance {
    Obj hdr;
    ObjDict *dict;
} ObjInstance;

/* BaseException and every exception instance */
typedef struct ObjException {
    Obj hdr;
    ObjDict *dict;           /* must stay at the same offset as ObjInstance.dict */
    ObjTuple *args;
    Value traceback;         /* ObjTraceback or None */
    Value cause;             /* None or exception */
    Value context;           /* None or exception */
    bool suppress_context;
} ObjException;

/* one traceback entry */
typedef struct ObjTraceback {
    Obj hdr;
    Value next;              /* ObjTraceback or None */
    Value frame;             /* ObjFrame or None (for debugger / tb_frame) */
    ObjCode *code;
    int lasti;               /* instruction index that raised */
    int lineno;
} ObjTraceback;

/* ==== checked casts ==== */
static inline bool IS_OBJ_TYPE(Value v, const ObjType *t) { return IS_OBJ(v) && AS_OBJ(v)->type == t; }
#define AS_STR(v) ((ObjStr *)AS_OBJ(v))
#define AS_TUPLE(v) ((ObjTuple *)AS_OBJ(v))
#define AS_LIST(v) ((ObjList *)AS_OBJ(v))
#define AS_DICT(v) ((ObjDict *)AS_OBJ(v))
#define AS_SET(v) ((ObjSet *)AS_OBJ(v))
#define AS_TYPE(v) ((ObjType *)AS_OBJ(v))
#define AS_BYTES(v) ((ObjBytes *)AS_OBJ(v))
#define AS_FUNCTION(v) ((ObjFunction *)AS_OBJ(v))
#define AS_EXC(v) ((ObjException *)AS_OBJ(v))

#endif
