/*
 * obj_str.c — the `str` type object: repr with CPython's quoting, comparison, concatenation and
 * repetition, indexing and slicing by code point, `in`, iteration (str_iterator), str()
 * construction and __format__. Storage, hashing and interning live in str_core.c; the methods in
 * obj_str_methods.c; format mini-language and % formatting in obj_str_format.c.
 */
#include <stdlib.h>

#include "runtime.h"
#include "size_check.h"
#include "seq.h"
#include "str_impl.h"
#include "str_unicode.h"

/* ==== construction helpers ==== */

ObjStr *tpStr_new_typed(VM *vm, ObjType *type, const char *utf8, size_t nbytes) {
    if (type == vm->types[TYPE_STR]) {
        return tpStr_new(vm, utf8, nbytes);
    }
    /* a subclass instance: same layout, header type is the subclass */
    ObjStr *src = tpStr_new(vm, utf8, nbytes);
    if (!src) {
        return NULL;
    }
    /* + room after the text for the __slots__ values and dict pointer of a subclass (objmodel.h) */
    size_t extra = type->size - sizeof(ObjStr) + (type->dictoffset ? sizeof(ObjDict *) : 0) + 8;
    ObjStr *s = tpGC_alloc(vm, type, sizeof(ObjStr) + nbytes + 1 + extra);
    if (!s) {
        return NULL;
    }
    s->hash = -1;
    s->len = src->len;
    s->nbytes = nbytes;
    s->ascii = src->ascii;
    s->interned = 0;
    s->data = s->text;
    memcpy(s->data, utf8, nbytes);
    s->data[nbytes] = '\0';
    return s;
}

ObjStr *tpStr_repeat(VM *vm, ObjStr *s, int64_t n) {
    if (n <= 0 || s->nbytes == 0) {
        return vm->empty_str;
    }
    if (n == 1 && s->hdr.type == vm->types[TYPE_STR]) {
        return s;
    }
    if ((uint64_t)n > TP_MAX_SSIZE / s->len) {
        tpErr_raise(vm, EXC_OverflowError, "repeated string is too long");
        return NULL;
    }
    size_t total = 0;
    if (tpSize_check_items(vm, s->nbytes, (size_t)n, 1) < 0) {
        return NULL;
    }
    total = s->nbytes * (size_t)n;
    if (total == 1) {
        return tpStr_new(vm, s->data, 1);   /* the shared one-character str */
    }
    /* built in place: s's length and ASCII-ness say the result's */
    ObjStr *r = tpStr_alloc_raw(vm, total, s->len * (size_t)n, s->ascii);
    if (r == NULL) {
        return NULL;
    }
    char *buf = r->data;
    memcpy(buf, s->data, s->nbytes);
    size_t done = s->nbytes;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(buf + done, buf, chunk);
        done += chunk;
    }
    return r;
}

/* ==== repr ==== */

static int put_escaped(VM *vm, StrBuf *b, uint32_t cp, char quote, const char *raw, size_t rawn) {
    if (cp == (uint32_t)quote || cp == '\\') {
        char e[2] = {'\\', (char)cp};
        return tpBuf_put(vm, b, e, 2);
    }
    switch (cp) {
    case '\t': return tpBuf_put(vm, b, "\\t", 2);
    case '\n': return tpBuf_put(vm, b, "\\n", 2);
    case '\r': return tpBuf_put(vm, b, "\\r", 2);
    default: break;
    }
    if (cp < 0x20 || cp == 0x7f) {
        return tpBuf_printf(vm, b, "\\x%02x", (unsigned)cp);
    }
    if (cp < 0x80 || tpUni_is(UNI_PRINTABLE, cp)) {
        return tpBuf_put(vm, b, raw, rawn);
    }
    if (cp < 0x100) {
        return tpBuf_printf(vm, b, "\\x%02x", (unsigned)cp);
    }
    if (cp < 0x10000) {
        return tpBuf_printf(vm, b, "\\u%04x", (unsigned)cp);
    }
    return tpBuf_printf(vm, b, "\\U%08x", (unsigned)cp);
}

ObjStr *tpStr_repr(VM *vm, ObjStr *s) {
    bool sq = memchr(s->data, '\'', s->nbytes) != NULL;
    bool dq = memchr(s->data, '"', s->nbytes) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    char space[256];
    tpBuf_init_with(&b, space, sizeof space);
    if (tpBuf_putc(vm, &b, quote) < 0) {
        goto fail;
    }
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        const char *run = p;
        while (p < end && (uint8_t)*p >= 0x20 && (uint8_t)*p < 0x7f && *p != quote && *p != '\\') {
            p++;
        }
        if (p > run && tpBuf_put(vm, &b, run, (size_t)(p - run)) < 0) {
            goto fail;
        }
        if (p >= end) {
            break;
        }
        const char *start = p;
        uint32_t cp = tpUtf8_decode(&p);
        if (put_escaped(vm, &b, cp, quote, start, (size_t)(p - start)) < 0) {
            goto fail;
        }
    }
    if (tpBuf_putc(vm, &b, quote) < 0) {
        goto fail;
    }
    return s->ascii ? tpBuf_finish_ascii(vm, &b) : tpBuf_finish(vm, &b);
fail:
    tpBuf_free(&b);
    return NULL;
}

/* ==== slots ==== */

static int str_repr(VM *vm, Value self, Value *out) {
    ObjStr *r = tpStr_repr(vm, AS_STR(self));
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_str(VM *vm, Value self, Value *out) {
    ObjStr *s = AS_STR(self);
    if (AS_OBJ(self)->type == vm->types[TYPE_STR]) {
        *out = self;
        return 0;
    }
    ObjStr *r = tpStr_new(vm, s->data, s->nbytes);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_hash(VM *vm, Value self, int64_t *out) {
    *out = tpStr_hash(vm, AS_STR(self));
    return 0;
}

static int str_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpStr_check(vm, a) || !tpStr_check(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjStr *x = AS_STR(a), *y = AS_STR(b);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = x == y || tpStr_eq(x, y);
        *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
        return 0;
    }
    int c = tpStr_cmp(x, y);
    *out = BOOL_VAL(tpCmp_holds(op, c, 0));
    return 0;
}

static bool has_slot_index(VM *vm, Value v) {
    return tpType_of(vm, v)->sl.index != NULL;
}

/* s * n or n * s where `other` is the count operand. */
static int str_mul(VM *vm, ObjStr *s, Value other, bool str_is_left, Value *out) {
    if (!has_slot_index(vm, other)) {
        Value a = str_is_left ? OBJ_VAL(s) : other, b = str_is_left ? other : OBJ_VAL(s);
        return tpSeq_binop_fallback(vm, a, b, BINOP_MUL, other,
                                    "can't multiply sequence by non-int of type '%T'", out);
    }
    int64_t n;
    if (tpObj_as_index(vm, other, &n) < 0) {
        return -1;
    }
    ObjStr *r = tpStr_repeat(vm, s, n);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_add(VM *vm, Value a, Value b, Value *out) {
    if (!tpStr_check(vm, a)) {
        *out = vm->not_implemented;
        return 0;
    }
    if (!tpStr_check(vm, b)) {
        return tpSeq_binop_fallback(vm, a, b, BINOP_ADD, b,
                                    "can only concatenate str (not \"%T\") to str", out);
    }
    ObjStr *x = AS_STR(a), *y = AS_STR(b);
    bool exact = AS_OBJ(a)->type == vm->types[TYPE_STR] && AS_OBJ(b)->type == vm->types[TYPE_STR];
    if (exact && y->nbytes == 0) {
        *out = a;
        return 0;
    }
    if (exact && x->nbytes == 0) {
        *out = b;
        return 0;
    }
    ObjStr *r = tpStr_concat(vm, x, y);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_binop(VM *vm, Value a, Value b, int op, Value *out) {
    switch (op) {
    case BINOP_ADD:
        return str_add(vm, a, b, out);
    case BINOP_MUL:
        if (tpStr_check(vm, a)) {
            return str_mul(vm, AS_STR(a), b, true, out);
        }
        return str_mul(vm, AS_STR(b), a, false, out);
    case BINOP_MOD:
        if (tpStr_check(vm, a)) {
            return tpStr_mod(vm, AS_STR(a), b, out);
        }
        break;
    default:
        break;
    }
    *out = vm->not_implemented;
    return 0;
}

static int str_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)AS_STR(self)->len;
    return 0;
}

static int str_slice(VM *vm, ObjStr *s, ObjSlice *sl, Value *out) {
    int64_t start, stop, step, n;
    if (tpSlice_indices(vm, sl, (int64_t)s->len, &start, &stop, &step, &n) < 0) {
        return -1;
    }
    ObjStr *r;
    if (n <= 0) {
        r = vm->empty_str;
    } else if (step == 1) {
        r = tpStr_substr(vm, s, (size_t)start, (size_t)(start + n));
    } else if (s->ascii && n > 1) {   /* one byte per character: fill the result directly */
        r = tpStr_alloc_raw(vm, (size_t)n, (size_t)n, true);
        for (int64_t k = 0, i = start; r != NULL && k < n; k++, i += step) {
            r->data[k] = s->data[i];
        }
    } else {
        StrBuf b;
        tpBuf_init(&b);
        for (int64_t k = 0, i = start; k < n; k++, i += step) {
            int rc = s->ascii ? tpBuf_putc(vm, &b, s->data[i])
                              : tpBuf_put_cp(vm, &b, tpStr_char_at(vm, s, (size_t)i));
            if (rc < 0) {
                tpBuf_free(&b);
                return -1;
            }
        }
        r = tpBuf_finish(vm, &b);
    }
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_getitem(VM *vm, Value self, Value key, Value *out) {
    ObjStr *s = AS_STR(self);
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return str_slice(vm, s, (ObjSlice *)AS_OBJ(key), out);
    }
    if (!has_slot_index(vm, key)) {
        return tpErr_format(vm, EXC_TypeError, "string indices must be integers, not '%T'", key);
    }
    int64_t i;
    if (tpObj_as_index(vm, key, &i) < 0) {
        if (tpErr_matches(vm, EXC_OverflowError)) {
            tpErr_clear(vm);
            return tpErr_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (i < 0) {
        i += (int64_t)s->len;
    }
    if (i < 0 || i >= (int64_t)s->len) {
        return tpErr_raise(vm, EXC_IndexError, "string index out of range");
    }
    uint32_t cp = s->ascii ? (uint8_t)s->data[i] : tpStr_char_at(vm, s, (size_t)i);
    ObjStr *r = tpStr_from_cp(vm, cp);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_contains(VM *vm, Value self, Value x, int *out) {
    if (!tpStr_check(vm, x)) {
        return tpErr_format(vm, EXC_TypeError,
                            "'in <string>' requires string as left operand, not %T", x);
    }
    ObjStr *s = AS_STR(self), *sub = AS_STR(x);
    *out = sub->nbytes == 0 || memmem(s->data, s->nbytes, sub->data, sub->nbytes) != NULL;
    return 0;
}

/* ==== iterator ==== */

typedef struct ObjStrIter {
    Obj hdr;
    ObjStr *s;               /* NULL once exhausted */
    size_t off;              /* byte offset of the next character */
} ObjStrIter;

static int str_iter(VM *vm, Value self, Value *out) {
    /* 3.11 names the iterator of an ASCII string str_ascii_iterator, any other str_iterator */
    int id = AS_STR(self)->ascii ? TYPE_STR_ITER : TYPE_STR_UITER;
    ObjStrIter *it = tpGC_alloc(vm, vm->types[id], sizeof(ObjStrIter));
    if (!it) {
        return -1;
    }
    it->s = AS_STR(self);
    it->off = 0;
    *out = OBJ_VAL(it);
    return 0;
}

static void strit_mark(VM *vm, Obj *o) {
    tpGC_mark_obj(vm, (Obj *)((ObjStrIter *)o)->s);
}

static int strit_iter(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = self;
    return 0;
}

static int strit_next(VM *vm, Value self, Value *out) {
    ObjStrIter *it = (ObjStrIter *)AS_OBJ(self);
    if (!it->s || it->off >= it->s->nbytes) {
        it->s = NULL;
        return 1;
    }
    const char *p = it->s->data + it->off;
    uint32_t cp = (uint8_t)*p < 0x80 ? (uint8_t)*p++ : tpUtf8_decode(&p);
    it->off = (size_t)(p - it->s->data);
    ObjStr *r = tpStr_from_cp(vm, cp);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int strit_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjStrIter *it = (ObjStrIter *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (it->s) {
        const char *p = it->s->data + it->off, *end = it->s->data + it->s->nbytes;
        for (; p < end; p++) {
            n += ((uint8_t)*p & 0xC0) != 0x80;
        }
    }
    (void)vm;
    *out = INT_VAL(n);
    return 0;
}

/* ==== construction: str(object='', encoding='utf-8', errors='strict') ==== */

static int str_arg_cstr(VM *vm, Value v, const char *what, const char **out) {
    *out = NULL;
    if (IS_NULL(v)) {
        *out = NULL;
        return 0;
    }
    if (!tpStr_check(vm, v)) {
        return tpErr_format(vm, EXC_TypeError, "str() argument '%s' must be str, not %s", what,
                            tpArg_type_name(vm, v));
    }
    if (strlen(AS_STR(v)->data) != AS_STR(v)->nbytes) {
        return tpErr_raise(vm, EXC_ValueError, "embedded null character");
    }
    *out = AS_STR(v)->data;
    return 0;
}

static int str_decode_arg(VM *vm, Value obj, const char *enc, const char *errors, ObjStr **out) {
    const uint8_t *data;
    size_t n;
    if (IS_NULL(obj)) {
        *out = vm->empty_str;
        return 0;
    }
    if (!tpBytes_view(vm, obj, &data, &n)) {
        if (tpStr_check(vm, obj)) {
            return tpErr_raise(vm, EXC_TypeError, "decoding str is not supported");
        }
        return tpErr_format(vm, EXC_TypeError,
                            "decoding to str: need a bytes-like object, %T found", obj);
    }
    *out = tpBytes_decode(vm, data, n, enc, errors);
    return *out ? 0 : -1;
}

static int str_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3] = {NULL_VAL, NULL_VAL, NULL_VAL};
    const char *enc = NULL, *errors = NULL;
    if (!kwnames && argc <= 1) {   /* str(x), str(): no encoding to look at */
        a[0] = argc ? argv[0] : NULL_VAL;
    } else if (tpArg_parse_kw(vm, "str", argc, argv, kwnames, 3, names, 3, a) < 0 ||
               str_arg_cstr(vm, a[1], "encoding", &enc) < 0 ||
               str_arg_cstr(vm, a[2], "errors", &errors) < 0) {
        return -1;
    }
    ObjStr *s = NULL;
    if (enc || errors) {
        if (str_decode_arg(vm, a[0], enc, errors, &s) < 0) {
            return -1;
        }
    } else if (IS_NULL(a[0])) {
        s = vm->empty_str;
    } else {
        Value v;
        if (tpObj_str(vm, a[0], &v) < 0) {
            return -1;
        }
        s = AS_STR(v);
    }
    if (type != vm->types[TYPE_STR] || s->hdr.type != type) {
        s = tpStr_new_typed(vm, type, s->data, s->nbytes);
        if (!s) {
            return -1;
        }
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int str_format_slot(VM *vm, Value self, ObjStr *spec, Value *out) {
    return tpStr_format_spec(vm, AS_STR(self), spec, out);
}

const TypeSpec tpStr_spec = {
    .name = "str",
    .id = TYPE_STR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjStr),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC_BARRIERED,
    .slots = {
        .free = tpStr_free,
        .mark = tpStr_mark,
        .repr = str_repr,
        .str = str_str,
        .hash = str_hash,
        .richcmp = str_richcmp,
        .binop = str_binop,
        .len = str_len,
        .iter = str_iter,
        .getitem = str_getitem,
        .contains = str_contains,
        .new_ = str_new,
        .format = str_format_slot,
    },
    .methods = tpStr_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
};

static const MethodDef strit_methods[] = {
    TP_METHOD("__length_hint__", strit_length_hint, 0, 0),
    TP_METHOD_END,
};

#define STRITER_SPEC(sym, tname, tid)                                                              \
    const TypeSpec sym = {                                                                         \
        .name = tname,                                                                             \
        .id = tid,                                                                                 \
        .base = TYPE_OBJECT,                                                                       \
        .size = sizeof(ObjStrIter),                                                                \
        .slots = {.mark = strit_mark, .iter = strit_iter, .next = strit_next},                     \
        .methods = strit_methods,                                                                  \
    }

STRITER_SPEC(tpStrIter_spec, "str_ascii_iterator", TYPE_STR_ITER);
STRITER_SPEC(tpStrUIter_spec, "str_iterator", TYPE_STR_UITER);
