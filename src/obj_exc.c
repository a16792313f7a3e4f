/*
 * obj_exc.c — BaseException and the behaviour of every built-in exception class.
 *
 * All exception classes share one layout (ObjExcExt: ObjException + 8 extra slots). The meaning of
 * the extra slots depends on the class family (StopIteration.value, OSError.errno..., see XS_*),
 * found by walking the MRO (exc_kind). The shared new/init/str slots dispatch on that family, and
 * tpExc_fill_dict_extras puts per-family getset descriptors (and ExceptionGroup's methods) into the
 * class dicts when they are made (tpType_fill_dict). NULL_VAL in an extra slot means "unset" (reads as None).
 * Exception groups (split/subgroup/derive) live in obj_excgroup.c.
 */
#include <errno.h>

#include "interp.h"
#include "obj_exc.h"
#include "internal.h"
#include "type_cache.h"
#include "vm_internal.h"

#define NEXTRA 8

typedef struct ObjExcExt {
    ObjException base;
    Value x[NEXTRA];
} ObjExcExt;

#define XS(v) (((ObjExcExt *)AS_OBJ(v))->x)

/* ==== family of an exception class ==== */

static const struct {
    int exc_id;
    int kind;
} kind_table[] = {
    {EXC_StopIteration, EK_STOP},        {EXC_SystemExit, EK_EXIT},
    {EXC_ModuleNotFoundError, EK_IMPORT}, {EXC_ImportError, EK_IMPORT},
    {EXC_UnboundLocalError, EK_NAME},    {EXC_NameError, EK_NAME},
    {EXC_AttributeError, EK_ATTR},       {EXC_OSError, EK_OS},
    {EXC_TabError, EK_SYNTAX},           {EXC_IndentationError, EK_SYNTAX},
    {EXC_SyntaxError, EK_SYNTAX},        {EXC_UnicodeDecodeError, EK_UDECODE},
    {EXC_UnicodeEncodeError, EK_UENCODE}, {EXC_UnicodeTranslateError, EK_UTRANSLATE},
    {EXC_BaseExceptionGroup, EK_GROUP},  {EXC_ExceptionGroup, EK_GROUP},
    {EXC_KeyError, EK_KEY},
};

int tpExc_kind(VM *vm, ObjType *type) {
    ObjTuple *mro = type->mro;
    if (mro == NULL) {
        return EK_BASE;
    }
    for (size_t i = 0; i < mro->len; i++) {
        ObjType *t = AS_TYPE(mro->items[i]);
        if (t == vm->exc_types[EXC_BaseException] || t == vm->exc_types[EXC_Exception]) {
            return EK_BASE;
        }
        for (size_t k = 0; k < TP_ARRAY_LEN(kind_table); k++) {
            if (t == vm->exc_types[kind_table[k].exc_id]) {
                return kind_table[k].kind;
            }
        }
    }
    return EK_BASE;
}

Value *tpExc_extra(Value exc) { return XS(exc); }

/* ==== allocation ==== */

ObjException *tpExc_alloc(VM *vm, ObjType *type) {
    size_t size = type->size < sizeof(ObjExcExt) ? sizeof(ObjExcExt) : type->size;
    ObjExcExt *e = tpGC_alloc(vm, type, size);
    if (e == NULL) {
        return NULL;
    }
    e->base.dict = NULL;
    e->base.args = vm->empty_tuple;
    e->base.traceback = NONE_VAL;
    e->base.cause = NONE_VAL;
    e->base.context = NONE_VAL;
    e->base.suppress_context = false;
    for (int i = 0; i < NEXTRA; i++) {
        e->x[i] = NULL_VAL;
    }
    return &e->base;
}

static int set_args(VM *vm, ObjException *e, int argc, Value *argv) {
    if (argc == 0) {
        e->args = vm->empty_tuple;
        return 0;
    }
    e->args = tpTuple_from(vm, (size_t)argc, argv);
    return e->args == NULL ? -1 : 0;
}

/* ==== per-family initialisation from positional args ==== */

static int oserror_fill(VM *vm, Value self, int argc, Value *argv) {
    Value *x = XS(self);
    if (argc < 2 || argc > 5) {
        return 0;
    }
    x[XS_OS_ERRNO] = argv[0];
    x[XS_OS_STRERROR] = argv[1];
    if (argc >= 3 && !IS_NONE(argv[2])) {
        if (AS_OBJ(self)->type == vm->exc_types[EXC_BlockingIOError] && tpInt_check(vm, argv[2])) {
            x[XS_OS_WRITTEN] = argv[2];
        } else {
            x[XS_OS_FILENAME] = argv[2];
            if (argc == 5) {
                x[XS_OS_FILENAME2] = argv[4];
            }
            ObjTuple *t = tpTuple_from(vm, 2, argv);
            if (t == NULL) {
                return -1;
            }
            AS_EXC(self)->args = t;
        }
    }
    return 0;
}

static int syntax_fill(VM *vm, Value self, int argc, Value *argv) {
    Value *x = XS(self);
    if (argc >= 1) {
        x[XS_SYN_MSG] = argv[0];
    }
    if (argc != 2) {
        return 0;
    }
    ObjTuple *info = tpSeq_tuple(vm, argv[1]);
    if (info == NULL) {
        return -1;
    }
    if (info->len < 4) {
        return tpErr_format(vm, EXC_TypeError, "function takes at least 4 arguments (%zu given)",
                            info->len);
    }
    if (info->len > 6) {
        return tpErr_format(vm, EXC_TypeError, "function takes at most 6 arguments (%zu given)",
                            info->len);
    }
    x[XS_SYN_FILENAME] = info->items[0];
    x[XS_SYN_LINENO] = info->items[1];
    x[XS_SYN_OFFSET] = info->items[2];
    x[XS_SYN_TEXT] = info->items[3];
    if (info->len >= 5) {
        x[XS_SYN_END_LINENO] = info->items[4];
    }
    if (info->len >= 6) {
        x[XS_SYN_END_OFFSET] = info->items[5];
    }
    return 0;
}

static int unicode_fill(VM *vm, Value self, int kind, int argc, Value *argv) {
    Value *x = XS(self);
    int need = kind == EK_UTRANSLATE ? 4 : 5;
    if (argc != need) {
        return tpErr_format(vm, EXC_TypeError, "function takes exactly %d arguments (%d given)",
                            need, argc);
    }
    int i = 0;
    if (kind != EK_UTRANSLATE) {
        if (!tpObj_is(vm, argv[0], TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "argument 1 must be str, not %T", argv[0]);
        }
        x[XS_UNI_ENCODING] = argv[0];
        i = 1;
    }
    Value obj = argv[i];
    if (kind == EK_UDECODE) {
        if (tpObj_is(vm, obj, TYPE_BYTEARRAY)) {
            ObjByteArray *ba = (ObjByteArray *)AS_OBJ(obj);
            ObjBytes *b = tpBytes_new(vm, ba->data, ba->len);
            if (b == NULL) {
                return -1;
            }
            obj = OBJ_VAL(b);
        } else if (!tpObj_is(vm, obj, TYPE_BYTES)) {
            return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'",
                                obj);
        }
    } else if (!tpObj_is(vm, obj, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "argument %d must be str, not %T", i + 1, obj);
    }
    x[XS_UNI_OBJECT] = obj;
    int64_t start, end;
    if (tpObj_as_index(vm, argv[i + 1], &start) < 0 || tpObj_as_index(vm, argv[i + 2], &end) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, argv[i + 3], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "argument %d must be str, not %T", i + 4,
                            argv[i + 3]);
    }
    x[XS_UNI_START] = tpInt_from_i64(vm, start);
    x[XS_UNI_END] = tpInt_from_i64(vm, end);
    x[XS_UNI_REASON] = argv[i + 3];
    return 0;
}

/* Positional-argument part of __init__ for every family (also used by tpExc_new). */
static int exc_fill(VM *vm, Value self, int kind, int argc, Value *argv) {
    Value *x = XS(self);
    switch (kind) {
    case EK_STOP:
        x[XS_VALUE] = argc > 0 ? argv[0] : NONE_VAL;
        return 0;
    case EK_EXIT:
        if (argc == 0) {
            x[XS_CODE] = NONE_VAL;
        } else if (argc == 1) {
            x[XS_CODE] = argv[0];
        } else {
            x[XS_CODE] = OBJ_VAL(AS_EXC(self)->args);
        }
        return 0;
    case EK_IMPORT:
        x[XS_IMP_MSG] = argc == 1 ? argv[0] : NONE_VAL;
        return 0;
    case EK_OS:
        return oserror_fill(vm, self, argc, argv);
    case EK_SYNTAX:
        return syntax_fill(vm, self, argc, argv);
    case EK_UDECODE:
    case EK_UENCODE:
    case EK_UTRANSLATE:
        return unicode_fill(vm, self, kind, argc, argv);
    default:
        return 0;
    }
}

static ObjType *oserror_subclass(VM *vm, ObjType *type, int argc, Value *argv);

int tpExc_new(VM *vm, ObjType *type, int argc, Value *argv, Value *out) {
    int kind = tpExc_kind(vm, type);
    if (kind == EK_GROUP) {
        return tpExcGroup_new_slot(vm, type, argc, argv, NULL, out);
    }
    if (kind == EK_OS) { /* from C too (tpErr_from_errno): OSError(ENOENT, ...) is the subclass */
        type = oserror_subclass(vm, type, argc, argv);
    }
    ObjException *e = tpExc_alloc(vm, type);
    if (e == NULL || set_args(vm, e, argc, argv) < 0) {
        return -1;
    }
    Value v = OBJ_VAL(e);
    if (kind != EK_BASE && kind != EK_KEY && exc_fill(vm, v, kind, argc, argv) < 0) {
        return -1;
    }
    *out = v;
    return 0;
}

bool tpExc_check(VM *vm, Value v) {
    return tpType_is_subtype(tpType_of(vm, v), vm->exc_types[EXC_BaseException]);
}

bool tpExc_class_check(VM *vm, Value v) {
    return tpObj_is(vm, v, TYPE_TYPE) &&
           tpType_is_subtype(AS_TYPE(v), vm->exc_types[EXC_BaseException]);
}

/* ==== new / init ==== */

/* OSError(errno, strerror) picks the subclass matching errno, as CPython does. */
static ObjType *oserror_subclass(VM *vm, ObjType *type, int argc, Value *argv) {
    static const struct {
        int err;
        int exc;
    } map[] = {
        {EAGAIN, EXC_BlockingIOError},       {EALREADY, EXC_BlockingIOError},
        {EINPROGRESS, EXC_BlockingIOError},  {EWOULDBLOCK, EXC_BlockingIOError},
        {EPIPE, EXC_BrokenPipeError},        {ESHUTDOWN, EXC_BrokenPipeError},
        {ECHILD, EXC_ChildProcessError},     {ECONNABORTED, EXC_ConnectionAbortedError},
        {ECONNREFUSED, EXC_ConnectionRefusedError}, {ECONNRESET, EXC_ConnectionResetError},
        {EEXIST, EXC_FileExistsError},       {ENOENT, EXC_FileNotFoundError},
        {EISDIR, EXC_IsADirectoryError},     {ENOTDIR, EXC_NotADirectoryError},
        {EINTR, EXC_InterruptedError},       {EACCES, EXC_PermissionError},
        {EPERM, EXC_PermissionError},        {ESRCH, EXC_ProcessLookupError},
        {ETIMEDOUT, EXC_TimeoutError},
    };
    if (type != vm->exc_types[EXC_OSError] || argc < 2 || argc > 5 || !IS_INT(argv[0])) {
        return type;
    }
    int64_t err = AS_INT(argv[0]);
    for (size_t i = 0; i < TP_ARRAY_LEN(map); i++) {
        if (map[i].err == err) {
            return vm->exc_types[map[i].exc];
        }
    }
    return type;
}

static int exc_new_slot(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                        Value *out) {
    (void)kwnames;
    int kind = tpExc_kind(vm, type);
    if (kind == EK_GROUP) {
        return tpExcGroup_new_slot(vm, type, argc, argv, kwnames, out);
    }
    if (kind == EK_OS) {
        type = oserror_subclass(vm, type, argc, argv);
    }
    ObjException *e = tpExc_alloc(vm, type);
    if (e == NULL || set_args(vm, e, argc, argv) < 0) {
        return -1;
    }
    *out = OBJ_VAL(e);
    if (kind == EK_OS) {
        return oserror_fill(vm, *out, argc, argv);
    }
    return 0;
}

/* Keyword arguments of ImportError / NameError / AttributeError __init__. */
static int exc_init_kw(VM *vm, Value self, int kind, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const imp_names[] = {"name", "path"};
    static const char *const name_names[] = {"name"};
    static const char *const attr_names[] = {"name", "obj"};
    const char *const *names = kind == EK_IMPORT ? imp_names
                               : kind == EK_NAME ? name_names
                                                 : attr_names;
    int n = kind == EK_NAME ? 1 : 2;
    Value got[2] = {NULL_VAL, NULL_VAL};
    for (size_t k = 0; k < kwnames->len; k++) {
        ObjStr *kw = AS_STR(kwnames->items[k]);
        int idx = -1;
        for (int i = 0; i < n; i++) {
            if (strcmp(kw->data, names[i]) == 0) {
                idx = i;
            }
        }
        if (idx < 0) {
            return tpErr_format(vm, EXC_TypeError, "'%U' is an invalid keyword argument for %N()",
                                kw, AS_OBJ(self)->type);
        }
        got[idx] = argv[argc + (int)k];
    }
    Value *x = XS(self);
    if (kind == EK_IMPORT) {
        x[XS_IMP_NAME] = IS_NULL(got[0]) ? NONE_VAL : got[0];
        x[XS_IMP_PATH] = IS_NULL(got[1]) ? NONE_VAL : got[1];
    } else {
        x[XS_NAME] = got[0];
        if (kind == EK_ATTR) {
            x[XS_ATTR_OBJ] = got[1];
        }
    }
    return 0;
}

static int exc_init_slot(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    ObjType *type = AS_OBJ(self)->type;
    int kind = tpExc_kind(vm, type);
    bool has_kw = kwnames != NULL && kwnames->len > 0;
    if (has_kw && kind != EK_IMPORT && kind != EK_NAME && kind != EK_ATTR) {
        return tpErr_format(vm, EXC_TypeError, "%N() takes no keyword arguments", type);
    }
    if (set_args(vm, AS_EXC(self), argc, argv) < 0) {
        return -1;
    }
    if (kind == EK_IMPORT || kind == EK_NAME || kind == EK_ATTR) {
        if (has_kw) {
            if (exc_init_kw(vm, self, kind, argc, argv, kwnames) < 0) {
                return -1;
            }
        } else {
            /* NameError/AttributeError keep name/obj unset (read as None) so that the failed
             * lookup that raises them can still fill them in */
            Value *x = XS(self);
            Value unset = kind == EK_IMPORT ? NONE_VAL : NULL_VAL;
            x[0] = unset;
            x[1] = unset;
            if (kind == EK_IMPORT) {
                x[2] = NONE_VAL;
            }
        }
        if (kind != EK_IMPORT) {
            return 0;
        }
    }
    if (kind == EK_BASE || kind == EK_KEY || kind == EK_GROUP) {
        return 0;
    }
    return exc_fill(vm, self, kind, argc, argv);
}

/* ==== str / repr ==== */

static int str_result(VM *vm, StrBuf *b, int rc, Value *out) {
    if (rc < 0) {
        tpBuf_free(b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int generic_str(VM *vm, Value self, Value *out) {
    ObjTuple *args = AS_EXC(self)->args;
    if (args->len == 0) {
        *out = OBJ_VAL(vm->empty_str);
        return 0;
    }
    if (args->len == 1) {
        return tpObj_str(vm, args->items[0], out);
    }
    return tpObj_str(vm, OBJ_VAL(args), out);
}

static int oserror_str(VM *vm, Value self, Value *out) {
    Value *x = XS(self);
    StrBuf b;
    tpBuf_init(&b);
    int rc;
    Value en = IS_NULL(x[XS_OS_ERRNO]) ? NONE_VAL : x[XS_OS_ERRNO];
    Value se = IS_NULL(x[XS_OS_STRERROR]) ? NONE_VAL : x[XS_OS_STRERROR];
    if (!IS_NULL(x[XS_OS_FILENAME]) && !IS_NONE(x[XS_OS_FILENAME])) {
        rc = tpBuf_puts(vm, &b, "[Errno ");
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, en);
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, "] ");
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, se);
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, ": ");
        rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, x[XS_OS_FILENAME]);
        if (!IS_NULL(x[XS_OS_FILENAME2]) && !IS_NONE(x[XS_OS_FILENAME2])) {
            rc = rc < 0 ? rc : tpBuf_puts(vm, &b, " -> ");
            rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, x[XS_OS_FILENAME2]);
        }
        return str_result(vm, &b, rc, out);
    }
    if (!IS_NULL(x[XS_OS_ERRNO]) && !IS_NULL(x[XS_OS_STRERROR])) {
        rc = tpBuf_puts(vm, &b, "[Errno ");
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, en);
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, "] ");
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, se);
        return str_result(vm, &b, rc, out);
    }
    return generic_str(vm, self, out);
}

static int syntax_str(VM *vm, Value self, Value *out) {
    Value *x = XS(self);
    Value msg = IS_NULL(x[XS_SYN_MSG]) ? NONE_VAL : x[XS_SYN_MSG];
    Value fn = x[XS_SYN_FILENAME], ln = x[XS_SYN_LINENO];
    bool have_fn = !IS_NULL(fn) && tpObj_is(vm, fn, TYPE_STR);
    bool have_ln = !IS_NULL(ln) && (IS_INT(ln) || tpType_of(vm, ln) == vm->types[TYPE_INT]);
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_put_strv(vm, &b, msg);
    const char *base = NULL;
    if (have_fn) {
        const char *p = AS_STR(fn)->data;
        const char *slash = strrchr(p, '/');
        base = slash ? slash + 1 : p;
    }
    if (rc == 0 && have_fn && have_ln) {
        rc = tpBuf_printf(vm, &b, " (%s, line ", base);
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, ln);
        rc = rc < 0 ? rc : tpBuf_putc(vm, &b, ')');
    } else if (rc == 0 && have_fn) {
        rc = tpBuf_printf(vm, &b, " (%s)", base);
    } else if (rc == 0 && have_ln) {
        rc = tpBuf_puts(vm, &b, " (line ");
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, ln);
        rc = rc < 0 ? rc : tpBuf_putc(vm, &b, ')');
    }
    return str_result(vm, &b, rc, out);
}

static int put_char_escape(VM *vm, StrBuf *b, uint32_t cp) {
    if (cp <= 0xff) {
        return tpBuf_printf(vm, b, "\\x%02x", cp);
    }
    if (cp <= 0xffff) {
        return tpBuf_printf(vm, b, "\\u%04x", cp);
    }
    return tpBuf_printf(vm, b, "\\U%08x", cp);
}

static int unicode_str(VM *vm, Value self, int kind, Value *out) {
    Value *x = XS(self);
    if (IS_NULL(x[XS_UNI_OBJECT]) || IS_NULL(x[XS_UNI_REASON]) || !IS_INT(x[XS_UNI_START]) ||
        !IS_INT(x[XS_UNI_END])) {
        *out = OBJ_VAL(vm->empty_str);
        return 0;
    }
    /* .object may have been replaced by anything: only read it as bytes/str when it is one */
    bool obj_ok = kind == EK_UDECODE ? tpObj_is(vm, x[XS_UNI_OBJECT], TYPE_BYTES)
                                     : tpObj_is(vm, x[XS_UNI_OBJECT], TYPE_STR);
    int64_t start = AS_INT(x[XS_UNI_START]), end = AS_INT(x[XS_UNI_END]);
    static const char *const verbs[] = {"decode", "encode", "translate"};
    const char *verb = verbs[kind == EK_UDECODE ? 0 : kind == EK_UENCODE ? 1 : 2];
    int64_t len = !obj_ok               ? 0 /* then only the range form is printed */
                  : kind == EK_UDECODE ? (int64_t)AS_BYTES(x[XS_UNI_OBJECT])->len
                                       : (int64_t)AS_STR(x[XS_UNI_OBJECT])->len;
    StrBuf b;
    tpBuf_init(&b);
    int rc = 0;
    if (kind != EK_UTRANSLATE) {
        rc = tpBuf_putc(vm, &b, '\'');
        rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, x[XS_UNI_ENCODING]);
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, "' codec ");
    }
    rc = rc < 0 ? rc : tpBuf_printf(vm, &b, "can't %s ", verb);
    if (start >= 0 && start < len && end == start + 1) {
        if (kind == EK_UDECODE) {
            rc = rc < 0 ? rc
                        : tpBuf_printf(vm, &b, "byte 0x%02x",
                                       AS_BYTES(x[XS_UNI_OBJECT])->data[start]);
        } else {
            rc = rc < 0 ? rc : tpBuf_puts(vm, &b, "character '");
            rc = rc < 0 ? rc
                        : put_char_escape(vm, &b,
                                          tpStr_char_at(vm, AS_STR(x[XS_UNI_OBJECT]), (size_t)start));
            rc = rc < 0 ? rc : tpBuf_putc(vm, &b, '\'');
        }
        rc = rc < 0 ? rc : tpBuf_printf(vm, &b, " in position %lld: ", (long long)start);
    } else {
        rc = rc < 0 ? rc
                    : tpBuf_printf(vm, &b, "%s in position %lld-%lld: ",
                                   kind == EK_UDECODE ? "bytes" : "characters", (long long)start,
                                   (long long)(end - 1));
    }
    rc = rc < 0 ? rc : tpBuf_put_strv(vm, &b, x[XS_UNI_REASON]);
    return str_result(vm, &b, rc, out);
}

static int exc_str_slot(VM *vm, Value self, Value *out) {
    int kind = tpExc_kind(vm, AS_OBJ(self)->type);
    ObjTuple *args = AS_EXC(self)->args;
    switch (kind) {
    case EK_KEY:
        if (args->len == 1) {
            return tpObj_repr(vm, args->items[0], out);
        }
        break;
    case EK_OS:
        return oserror_str(vm, self, out);
    case EK_SYNTAX:
        return syntax_str(vm, self, out);
    case EK_IMPORT: {
        Value msg = XS(self)[XS_IMP_MSG];
        if (!IS_NULL(msg) && !IS_NONE(msg)) {
            return tpObj_str(vm, msg, out);
        }
        break;
    }
    case EK_UDECODE:
    case EK_UENCODE:
    case EK_UTRANSLATE:
        return unicode_str(vm, self, kind, out);
    case EK_GROUP:
        return tpExcGroup_str(vm, self, out);
    default:
        break;
    }
    return generic_str(vm, self, out);
}

static int exc_repr_slot(VM *vm, Value self, Value *out) {
    ObjTuple *args = AS_EXC(self)->args;
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_put_str(vm, &b, AS_OBJ(self)->type->name);
    if (rc == 0 && args->len == 1) {
        rc = tpBuf_putc(vm, &b, '(');
        rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, args->items[0]);
        rc = rc < 0 ? rc : tpBuf_putc(vm, &b, ')');
    } else if (rc == 0) {
        rc = tpBuf_put_repr(vm, &b, OBJ_VAL(args));
    }
    return str_result(vm, &b, rc, out);
}

/* ==== GC ==== */

static void exc_mark(VM *vm, Obj *o) {
    ObjExcExt *e = (ObjExcExt *)o;
    tpGC_mark_obj(vm, (Obj *)e->base.dict);
    tpGC_mark_obj(vm, (Obj *)e->base.args);
    tpGC_mark_value(vm, e->base.traceback);
    tpGC_mark_value(vm, e->base.cause);
    tpGC_mark_value(vm, e->base.context);
    tpGC_mark_values(vm, e->x, NEXTRA);
}

/* ==== methods ==== */

static int exc_with_traceback(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value tb = argv[1];
    if (!IS_NONE(tb) && !tpObj_is(vm, tb, TYPE_TRACEBACK)) {
        return tpErr_raise(vm, EXC_TypeError, "__traceback__ must be a traceback or None");
    }
    AS_EXC(argv[0])->traceback = tb;
    *out = argv[0];
    return 0;
}

static int exc_add_note(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value note = argv[1];
    if (!tpObj_is(vm, note, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "note must be a str, not '%T'", note);
    }
    ObjStr *notes_name = tpStr_intern_cstr(vm, "__notes__");
    if (notes_name == NULL) {
        return -1;
    }
    Value notes;
    int rc = tpObj_getattr_opt(vm, argv[0], notes_name, &notes);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        ObjList *l = tpList_new(vm, 1);
        if (l == NULL) {
            return -1;
        }
        notes = OBJ_VAL(l);
        if (tpObj_setattr(vm, argv[0], notes_name, notes) < 0) {
            return -1;
        }
    }
    if (!tpObj_is(vm, notes, TYPE_LIST)) {
        return tpErr_raise(vm, EXC_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (tpList_append(vm, AS_LIST(notes), note) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

static int exc_reduce(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjException *e = AS_EXC(argv[0]);
    Value type = OBJ_VAL(AS_OBJ(argv[0])->type);
    ObjTuple *t;
    if (e->dict != NULL && e->dict->len > 0) {
        t = tpTuple_pack(vm, 3, type, OBJ_VAL(e->args), OBJ_VAL(e->dict));
    } else {
        t = tpTuple_pack(vm, 2, type, OBJ_VAL(e->args));
    }
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int exc_setstate(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value st = argv[1];
    if (!IS_NONE(st)) {
        if (!tpObj_is(vm, st, TYPE_DICT)) {
            return tpErr_raise(vm, EXC_TypeError, "state is not a dictionary");
        }
        size_t pos = 0;
        Value k, v;
        while (tpDict_next(AS_DICT(st), &pos, &k, &v)) {
            if (!tpObj_is(vm, k, TYPE_STR)) {
                continue;
            }
            if (tpObj_setattr(vm, argv[0], AS_STR(k), v) < 0) {
                return -1;
            }
        }
    }
    *out = NONE_VAL;
    return 0;
}

static const MethodDef exc_methods[] = {
    TP_METHOD("with_traceback", exc_with_traceback, 1, 1),
    TP_METHOD("add_note", exc_add_note, 1, 1),
    TP_METHOD("__reduce__", exc_reduce, 0, 0),
    TP_METHOD("__setstate__", exc_setstate, 1, 1),
    TP_METHOD_END,
};

/* ==== getsets shared by all exceptions ==== */

static int get_args(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = OBJ_VAL(AS_EXC(self)->args);
    return 0;
}

static int set_args_attr(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "args may not be deleted");
    }
    ObjTuple *t = tpSeq_tuple(vm, v);
    if (t == NULL) {
        return -1;
    }
    AS_EXC(self)->args = t;
    return 0;
}

static int get_tb(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = AS_EXC(self)->traceback;
    return 0;
}

static int set_tb(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "__traceback__ may not be deleted");
    }
    if (!IS_NONE(v) && !tpObj_is(vm, v, TYPE_TRACEBACK)) {
        return tpErr_raise(vm, EXC_TypeError, "__traceback__ must be a traceback or None");
    }
    AS_EXC(self)->traceback = v;
    return 0;
}

static int get_cause(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = AS_EXC(self)->cause;
    return 0;
}

static int set_cause(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "__cause__ may not be deleted");
    }
    if (!IS_NONE(v) && !tpExc_check(vm, v)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "exception cause must be None or derive from BaseException");
    }
    AS_EXC(self)->cause = v;
    AS_EXC(self)->suppress_context = true;
    return 0;
}

static int get_context(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = AS_EXC(self)->context;
    return 0;
}

static int set_context(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "__context__ may not be deleted");
    }
    if (!IS_NONE(v) && !tpExc_check(vm, v)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "exception context must be None or derive from BaseException");
    }
    AS_EXC(self)->context = v;
    return 0;
}

static int get_suppress(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = BOOL_VAL(AS_EXC(self)->suppress_context);
    return 0;
}

static int set_suppress(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "can't delete __suppress_context__ attribute");
    }
    if (!IS_BOOL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "attribute value type must be bool");
    }
    AS_EXC(self)->suppress_context = AS_BOOL(v);
    return 0;
}

static const GetSetDef exc_getsets[] = {
    {"args", get_args, set_args_attr, NULL},
    {"__traceback__", get_tb, set_tb, NULL},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__context__", get_context, set_context, "exception context"},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    TP_GETSET_DICT,
    TP_GETSET_END,
};

const TypeSpec tpBaseException_spec = {
    .name = "BaseException",
    .id = TYPE__COUNT + EXC_BaseException,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjExcExt),
    .dictoffset = offsetof(ObjException, dict),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = exc_mark,
              .new_ = exc_new_slot,
              .init = exc_init_slot,
              .str = exc_str_slot,
              .repr = exc_repr_slot},
    .methods = exc_methods,
    .getsets = exc_getsets,
    .doc = "Common base class for all exceptions",
};

/* ==== per-family attribute descriptors ==== */

#define SLOT_ACCESSORS(i)                                                                          \
    static int get_x##i(VM *vm, Value self, Value *out) {                                          \
        (void)vm;                                                                                  \
        *out = IS_NULL(XS(self)[i]) ? NONE_VAL : XS(self)[i];                                      \
        return 0;                                                                                  \
    }                                                                                              \
    static int set_x##i(VM *vm, Value self, Value v) {                                             \
        (void)vm;                                                                                  \
        XS(self)[i] = IS_NULL(v) ? NONE_VAL : v;                                                   \
        return 0;                                                                                  \
    }
SLOT_ACCESSORS(0)
SLOT_ACCESSORS(1)
SLOT_ACCESSORS(2)
SLOT_ACCESSORS(3)
SLOT_ACCESSORS(4)
SLOT_ACCESSORS(5)
SLOT_ACCESSORS(6)
SLOT_ACCESSORS(7)

#define GS(name, i) {name, get_x##i, set_x##i, NULL}

static int get_written(VM *vm, Value self, Value *out) {
    if (IS_NULL(XS(self)[XS_OS_WRITTEN])) {
        return tpErr_raise(vm, EXC_AttributeError, "characters_written");
    }
    *out = XS(self)[XS_OS_WRITTEN];
    return 0;
}

static int set_written(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        if (IS_NULL(XS(self)[XS_OS_WRITTEN])) {
            return tpErr_raise(vm, EXC_AttributeError, "characters_written");
        }
        XS(self)[XS_OS_WRITTEN] = NULL_VAL;
        return 0;
    }
    int64_t n;
    if (tpObj_as_index(vm, v, &n) < 0) {
        return -1;
    }
    XS(self)[XS_OS_WRITTEN] = tpInt_from_i64(vm, n);
    return 0;
}

static int get_ro(VM *vm, Value self, int i, Value *out) {
    (void)vm;
    *out = IS_NULL(XS(self)[i]) ? NONE_VAL : XS(self)[i];
    return 0;
}
static int get_group_msg(VM *vm, Value self, Value *out) { return get_ro(vm, self, 0, out); }
static int get_group_excs(VM *vm, Value self, Value *out) { return get_ro(vm, self, 1, out); }

static const GetSetDef stop_gs[] = {GS("value", 0), TP_GETSET_END};
static const GetSetDef exit_gs[] = {GS("code", 0), TP_GETSET_END};
static const GetSetDef import_gs[] = {GS("msg", 0), GS("name", 1), GS("path", 2), TP_GETSET_END};
static const GetSetDef name_gs[] = {GS("name", 0), TP_GETSET_END};
static const GetSetDef attr_gs[] = {GS("name", 0), GS("obj", 1), TP_GETSET_END};
/* characters_written belongs to every OSError (unset unless a BlockingIOError was given it) */
static const GetSetDef os_gs[] = {GS("errno", 0), GS("strerror", 1), GS("filename", 2),
                                  GS("filename2", 3),
                                  {"characters_written", get_written, set_written, NULL},
                                  TP_GETSET_END};
static const GetSetDef syntax_gs[] = {
    GS("msg", 0),    GS("filename", 1),   GS("lineno", 2),     GS("offset", 3),
    GS("text", 4),   GS("end_lineno", 5), GS("end_offset", 6), GS("print_file_and_line", 7),
    TP_GETSET_END,
};
static const GetSetDef unicode_gs[] = {GS("encoding", 0), GS("object", 1), GS("start", 2),
                                       GS("end", 3), GS("reason", 4), TP_GETSET_END};
static const GetSetDef group_gs[] = {
    {"message", get_group_msg, NULL, "exception message"},
    {"exceptions", get_group_excs, NULL, "nested exceptions"},
    TP_GETSET_END,
};

static int add_getsets(VM *vm, ObjType *type, const GetSetDef *defs) {
    for (const GetSetDef *d = defs; d->name != NULL; d++) {
        ObjGetSetDescr *g = tpGC_alloc(vm, vm->types[TYPE_GETSET_DESCR], sizeof(ObjGetSetDescr));
        if (g == NULL) {
            return -1;
        }
        g->def = d;
        g->owner = type;
        ObjDict *td = tpType_dict(vm, type);
        if (td == NULL || tpDict_set_cstr(vm, td, d->name, OBJ_VAL(g)) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpExc_add_methods(VM *vm, ObjType *type, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name != NULL; d++) {
        ObjCFunction *f = tpMethodDescr_new(vm, d, type);
        ObjDict *td = f == NULL ? NULL : tpType_dict(vm, type);
        if (td == NULL || tpDict_set_cstr(vm, td, d->name, OBJ_VAL(f)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* exceptions.def can express one base only; ExceptionGroup is (BaseExceptionGroup, Exception). */
static int fix_exception_group(VM *vm) {
    ObjType *eg = vm->exc_types[EXC_ExceptionGroup];
    ObjType *beg = vm->exc_types[EXC_BaseExceptionGroup];
    if (tpType_is_subtype(eg, beg)) {
        return 0;
    }
    ObjTuple *bases = tpTuple_pack(vm, 2, OBJ_VAL(beg), OBJ_VAL(vm->exc_types[EXC_Exception]));
    if (bases == NULL) {
        return -1;
    }
    eg->bases = bases;
    eg->base = beg;
    if (tpType_compute_mro(vm, eg) < 0) {
        return -1;
    }
    if (beg->subclasses == NULL && (beg->subclasses = tpList_new(vm, 1)) == NULL) {
        return -1;
    }
    return tpList_append(vm, beg->subclasses, OBJ_VAL(eg));
}

int tpExc_setup_classes(VM *vm) { return fix_exception_group(vm); }

/* Called by tpType_fill_dict once t's dict holds its `__doc__`: the per-family getset descriptors
 * (and BaseExceptionGroup's methods) of the 11 classes that have them, in the order start-up once
 * added them. Made with the dict, so a program that never looks at these classes' dicts or
 * attributes does not pay for them. */
int tpExc_fill_dict_extras(VM *vm, ObjType *t) {
    static const struct {
        int exc_id;
        const GetSetDef *gs;
    } table[] = {
        {EXC_StopIteration, stop_gs},     {EXC_SystemExit, exit_gs},
        {EXC_ImportError, import_gs},     {EXC_NameError, name_gs},
        {EXC_AttributeError, attr_gs},    {EXC_OSError, os_gs},
        {EXC_SyntaxError, syntax_gs},
        {EXC_UnicodeDecodeError, unicode_gs}, {EXC_UnicodeEncodeError, unicode_gs},
        {EXC_UnicodeTranslateError, unicode_gs}, {EXC_BaseExceptionGroup, group_gs},
    };
    for (size_t i = 0; i < TP_ARRAY_LEN(table); i++) {
        if (vm->exc_types[table[i].exc_id] == t) {
            if (add_getsets(vm, t, table[i].gs) < 0) {
                return -1;
            }
            return table[i].exc_id == EXC_BaseExceptionGroup ? tpExcGroup_setup(vm) : 0;
        }
    }
    return 0;
}

/* ==== helpers for other parts ==== */

Value tpExc_stop_value(VM *vm, Value exc) {
    if (tpExc_kind(vm, tpType_of(vm, exc)) != EK_STOP || IS_NULL(XS(exc)[XS_VALUE])) {
        return NONE_VAL;
    }
    return XS(exc)[XS_VALUE];
}

Value tpExc_exit_code(VM *vm, Value exc) {
    if (tpExc_kind(vm, tpType_of(vm, exc)) != EK_EXIT || IS_NULL(XS(exc)[XS_CODE])) {
        return NONE_VAL;
    }
    return XS(exc)[XS_CODE];
}

void tpExc_set_attribute_info(VM *vm, Value obj, ObjStr *name) {
    Value e = vm->exc;
    if (IS_NULL(e) || tpExc_kind(vm, tpType_of(vm, e)) != EK_ATTR) {
        return;
    }
    /* as CPython, what the raiser (or an inner lookup) recorded is kept */
    if (!IS_NULL(XS(e)[XS_NAME]) || !IS_NULL(XS(e)[XS_ATTR_OBJ])) {
        return;
    }
    XS(e)[XS_NAME] = OBJ_VAL(name);
    XS(e)[XS_ATTR_OBJ] = obj;
}

void tpExc_set_name_info(VM *vm, ObjStr *name) {
    Value e = vm->exc;
    if (IS_NULL(e) || tpExc_kind(vm, tpType_of(vm, e)) != EK_NAME) {
        return;
    }
    XS(e)[XS_NAME] = OBJ_VAL(name);
}

void tpExc_set_import_info(VM *vm, Value name, Value path) {
    Value e = vm->exc;
    if (IS_NULL(e) || tpExc_kind(vm, tpType_of(vm, e)) != EK_IMPORT) {
        return;
    }
    XS(e)[XS_IMP_NAME] = name;
    XS(e)[XS_IMP_PATH] = path;
}

static Value opt_str(VM *vm, const char *s) {
    if (s == NULL) {
        return NONE_VAL;
    }
    ObjStr *o = tpStr_decode_utf8(vm, s, strlen(s), "replace");
    return o == NULL ? NULL_VAL : OBJ_VAL(o);   /* only MemoryError: the caller raises it */
}

int tpErr_syntax(VM *vm, int exc_id, const char *msg, const char *filename, int lineno, int offset,
                 int end_lineno, int end_offset, const char *text) {
    Value info[6];
    info[0] = opt_str(vm, filename);
    info[1] = INT_VAL(lineno);
    info[2] = INT_VAL(offset);
    info[3] = opt_str(vm, text);
    info[4] = end_lineno > 0 ? INT_VAL(end_lineno) : NONE_VAL;
    info[5] = end_lineno > 0 ? INT_VAL(end_offset) : NONE_VAL;
    if (IS_NULL(info[0]) || IS_NULL(info[3])) {
        return -1;
    }
    ObjTuple *t = tpTuple_from(vm, 6, info);
    ObjStr *m = tpStr_from_cstr(vm, msg);
    if (t == NULL || m == NULL) {
        return -1;
    }
    Value args[2] = {OBJ_VAL(m), OBJ_VAL(t)};
    return tpErr_set_args(vm, vm->exc_types[exc_id], 2, args);
}
