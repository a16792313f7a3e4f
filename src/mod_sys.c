/*
 * mod_sys.c — the sys module: interpreter parameters (argv, path, modules, version...), the
 * standard streams, exit, recursion limit, exc_info, getsizeof, intern and friends.
 * The struct-sequence values (version_info, flags, float_info...) are tuple subclasses built by a
 * few lines of Python run at start-up (structseq_src); if that fails they degrade to tuples.
 */
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "interp.h"
#include "io_internal.h"
#include "profile.h"
#include "vm_internal.h"

static ObjDict *sys_dict(VM *vm) {
    if (!IS_OBJ(vm->sys_module)) {
        return NULL;
    }
    return ((ObjModule *)AS_OBJ(vm->sys_module))->dict;
}

Value tpSys_get(VM *vm, const char *name) {
    ObjDict *d = sys_dict(vm);
    if (d == NULL) {
        return NULL_VAL;
    }
    /* the streams (print's lookup) need no allocation, so they are found even when memory is
     * out: a failed lookup would make print() silently print nothing */
    ObjStr *s = strcmp(name, "stdout") == 0   ? vm->names[NAME_stdout]
                : strcmp(name, "stderr") == 0 ? vm->names[NAME_stderr]
                : strcmp(name, "stdin") == 0  ? vm->names[NAME_stdin]
                                              : tpStr_intern_cstr(vm, name);
    if (s == NULL) {
        tpErr_clear(vm);
        return NULL_VAL;
    }
    return tpDict_get_str(vm, d, s);
}

int tpSys_write(VM *vm, int which_stderr, const char *s, size_t n) {
    ObjDict *d = sys_dict(vm);
    Value stream = NULL_VAL;
    if (d != NULL) {
        stream = tpDict_get_str(vm, d, vm->names[which_stderr ? NAME_stderr : NAME_stdout]);
    }
    if (IS_NULL(stream)) {
        FILE *f = which_stderr ? stderr : stdout;
        fwrite(s, 1, n, f);
        return 0;
    }
    if (IS_NONE(stream)) {
        return 0;
    }
    return tpTextIO_write_raw(vm, stream, s, n);
}

void tpSys_flush_std(VM *vm) {
    ObjDict *d = sys_dict(vm);
    if (d != NULL) {
        tpTextIO_flush_value(vm, tpDict_get_str(vm, d, vm->names[NAME_stdout]));
        tpTextIO_flush_value(vm, tpDict_get_str(vm, d, vm->names[NAME_stderr]));
    }
    tpTextIO_flush_value(vm, vm->sys_stdout);
    tpTextIO_flush_value(vm, vm->sys_stderr);
    fflush(stdout);   /* what C code printed through stdio (usage text, dis) */
    fflush(stderr);
}

/* Is stream.closed true? An error reading it counts as open (as CPython's exit flush). */
static bool stream_closed(VM *vm, Value stream) {
    bool closed = false;   /* (an _io stream answers without a lookup: no type dict filled) */
    if (tpIO_is_closed(vm, stream, &closed) < 0) {
        tpErr_clear(vm);
        return false;
    }
    return closed;
}

/* Flush one of sys.stdout/sys.stderr at exit: -1 when its flush() raised (reported if
 * `report`). */
static int flush_at_exit(VM *vm, Value stream, bool report) {
    if (IS_NULL(stream) || IS_NONE(stream) || stream_closed(vm, stream)) {
        return 0;
    }
    Value r;
    if (tpIO_call(vm, stream, "flush", 0, NULL, &r) == 0) {
        return 0;
    }
    Value exc = tpErr_fetch(vm);
    if (report) {
        tpErr_write_unraisable(vm, exc, stream);
    }
    return -1;
}

int tpSys_flush_std_at_exit(VM *vm) {
    Value saved = tpErr_fetch(vm);
    ObjDict *d = sys_dict(vm);
    int rc = 0;
    if (d != NULL) {
        if (flush_at_exit(vm, tpDict_get_str(vm, d, vm->names[NAME_stdout]), true) < 0) {
            rc = -1;
        }
        if (flush_at_exit(vm, tpDict_get_str(vm, d, vm->names[NAME_stderr]), false) < 0) {
            rc = -1;
        }
    }
    tpSys_flush_std(vm);   /* the original streams, if replaced: silently */
    vm->exc = saved;
    return rc;
}

/* ==== functions ==== */

static int sys_exit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    (void)out;
    return tpErr_set_args(vm, vm->exc_types[EXC_SystemExit], argc, argv);
}

static int sys_getrecursionlimit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = INT_VAL(vm->recursion_limit);
    return 0;
}

static int sys_setrecursionlimit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (tpObj_is(vm, argv[0], TYPE_FLOAT)) {
        return tpErr_raise(vm, EXC_TypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t n;
    if (tpObj_as_index(vm, argv[0], &n) < 0) {
        return -1;
    }
    if (n < 1) {
        return tpErr_raise(vm, EXC_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (n > INT_MAX) {
        return tpErr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    if (n <= vm->depth) {
        return tpErr_format(vm, EXC_RecursionError,
                            "cannot set the recursion limit to %d at the recursion depth %d: "
                            "the limit is too low",
                            (int)n, vm->depth);
    }
    vm->recursion_limit = (int)n;
    *out = NONE_VAL;
    return 0;
}

static int exc_triple(VM *vm, Value exc, Value *out) {
    ObjTuple *t;
    if (IS_NULL(exc) || IS_NONE(exc)) {
        t = tpTuple_pack(vm, 3, NONE_VAL, NONE_VAL, NONE_VAL);
    } else {
        t = tpTuple_pack(vm, 3, OBJ_VAL(tpType_of(vm, exc)), exc, AS_EXC(exc)->traceback);
    }
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int sys_exc_info(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    return exc_triple(vm, tpVM_handled_exception(vm), out);
}

static int sys_exception(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    Value e = tpVM_handled_exception(vm);
    *out = IS_NULL(e) ? NONE_VAL : e;
    return 0;
}

static int64_t approx_size(VM *vm, Value v) {
    ObjType *t = tpType_of(vm, v);
    if (IS_INT(v) || IS_BOOL(v)) {
        int64_t x = IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v);
        uint64_t m = x < 0 ? (uint64_t)(-x) : (uint64_t)x;
        int digits = 0;
        while (m) {
            digits++;
            m >>= 30;
        }
        return 24 + 4 * (digits == 0 && !IS_BOOL(v) ? 1 : digits);
    }
    if (IS_FLOAT(v)) {
        return 24;
    }
    if (IS_NONE(v)) {
        return 16;
    }
    if (t == vm->types[TYPE_STR]) {
        ObjStr *s = AS_STR(v);
        return s->ascii ? 49 + (int64_t)s->len : 74 + (int64_t)s->len * 2;
    }
    if (t == vm->types[TYPE_BYTES]) {
        return 33 + (int64_t)AS_BYTES(v)->len;
    }
    if (t == vm->types[TYPE_LIST]) {
        return 56 + 8 * (int64_t)AS_LIST(v)->cap;
    }
    if (t == vm->types[TYPE_TUPLE]) {
        return 40 + 8 * (int64_t)AS_TUPLE(v)->len;
    }
    if (t == vm->types[TYPE_DICT]) {
        ObjDict *d = AS_DICT(v);
        return d->len == 0 ? 64 : 64 + (int64_t)((size_t)1 << d->log2size) + 24 * (int64_t)d->cap;
    }
    if (t == vm->types[TYPE_SET] || t == vm->types[TYPE_FROZENSET]) {
        ObjSet *s = AS_SET(v);
        return 216 + (s->mask + 1 > 8 ? 16 * (int64_t)(s->mask + 1) : 0);
    }
    return (int64_t)t->size + 16;
}

static int sys_getsizeof(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    *out = tpInt_from_i64(vm, approx_size(vm, argv[0]));
    return 0;
}

static int sys_intern(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (!IS_OBJ_TYPE(argv[0], vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "intern() argument must be str, not %T", argv[0]);
    }
    ObjStr *s = tpStr_intern(vm, AS_STR(argv[0]));
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int sys_getrefcount(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)vm;
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = INT_VAL(2);
    return 0;
}

static int sys_utf8(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ObjStr *s = tpStr_intern_cstr(vm, "utf-8");
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int sys_getframe(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    int64_t depth = 0;
    if (argc > 0 && tpObj_as_index(vm, argv[0], &depth) < 0) {
        return -1;
    }
    Frame *f = tpVM_current_frame(vm);
    while (f != NULL && depth > 0) {
        f = f->prev;
        depth--;
    }
    if (f == NULL) {
        return tpErr_raise(vm, EXC_ValueError, "call stack is not deep enough");
    }
    ObjFrame *fo = tpFrame_object(vm, f);
    if (fo == NULL) {
        return -1;
    }
    *out = OBJ_VAL(fo);
    return 0;
}

static int sys_settrace(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    vm->trace_func = IS_NONE(argv[0]) ? NULL_VAL : argv[0];
    *out = NONE_VAL;
    return 0;
}

static int sys_setprofile(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    *out = NONE_VAL;
    return tpProfile_set(vm, argv[0]);
}

static int sys_getprofile(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = tpProfile_get(vm);
    return 0;
}

static int sys_gettrace(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = IS_NULL(vm->trace_func) ? NONE_VAL : vm->trace_func;
    return 0;
}

static int sys_excepthook(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (tpExc_check(vm, argv[1])) {
        tpErr_print(vm, argv[1]);
    } else {
        Value s;
        if (tpObj_str(vm, argv[1], &s) < 0) {
            return -1;
        }
        if (tpSys_write(vm, 1, AS_STR(s)->data, AS_STR(s)->nbytes) < 0 ||
            tpSys_write(vm, 1, "\n", 1) < 0) {
            return -1;
        }
    }
    *out = NONE_VAL;
    return 0;
}

static int sys_displayhook(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    *out = NONE_VAL;
    if (IS_NONE(argv[0])) {
        return 0;
    }
    if (tpDict_set_str(vm, vm->builtins, vm->names[NAME__], NONE_VAL) < 0) {
        return -1;
    }
    Value r;
    if (tpObj_repr(vm, argv[0], &r) < 0) {
        return -1;
    }
    if (tpSys_write(vm, 0, AS_STR(r)->data, AS_STR(r)->nbytes) < 0 ||
        tpSys_write(vm, 0, "\n", 1) < 0) {
        return -1;
    }
    return tpDict_set_str(vm, vm->builtins, vm->names[NAME__], argv[0]);
}

static int sys_get_int_digits(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = INT_VAL(vm->int_max_str_digits);
    return 0;
}

/* The limit on decimal digits of int<->str conversions and int literals; 0 lifts it. */
static int sys_set_int_digits(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"maxdigits"};
    Value arg = argc > 0 ? argv[0] : NULL_VAL;
    bool named = false;
    for (int i = 0; kwnames != NULL && i < (int)kwnames->len; i++) {
        named |= strcmp(AS_STR(kwnames->items[i])->data, "maxdigits") == 0;
    }
    int given = argc + (kwnames != NULL ? (int)kwnames->len : 0);
    if (given > 1) {
        return tpErr_format(vm, EXC_TypeError,
                            "set_int_max_str_digits() takes at most 1 argument (%d given)", given);
    }
    if (argc == 0 && !named) {
        return tpErr_raise(vm, EXC_TypeError,
                           "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    if (kwnames != NULL && kwnames->len > 0 &&
        tpArg_parse_kw(vm, "set_int_max_str_digits", argc, argv, kwnames, 1, names, 1, &arg) < 0) {
        return -1;
    }
    Value iv;
    int64_t n;
    if (tpObj_index(vm, arg, &iv) < 0) {
        return -1;
    }
    if (IS_BOOL(iv)) {
        iv = INT_VAL(AS_BOOL(iv));
    }
    if (!IS_INT(iv) || AS_INT(iv) > INT_MAX || AS_INT(iv) < INT_MIN) {
        return tpErr_raise(vm, EXC_OverflowError, "Python int too large to convert to C int");
    }
    n = AS_INT(iv);
    if (n != 0 && n < 640) {
        return tpErr_raise(vm, EXC_ValueError, "maxdigits must be 0 or larger than 640");
    }
    vm->int_max_str_digits = (int)n;
    *out = NONE_VAL;
    return 0;
}

static int sys_is_finalizing(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = BOOL_VAL(vm->finalizing);
    return 0;
}

static int sys_getfsencodeerrors(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ObjStr *s = tpStr_intern_cstr(vm, "surrogateescape");
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int sys_getswitchinterval(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = FLOAT_VAL(1e-6 * vm->switch_interval);
    return 0;
}

/* The interval is kept in whole microseconds, as CPython keeps it (an unsigned long): what
 * getswitchinterval() gives back is truncated the same way, out-of-range values included
 * (x86-64's conversion: NaN gives 2**63, 2**64 and more give 0). */
static int sys_setswitchinterval(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    double x;
    if (tpNum_as_double(vm, argv[0], &x) < 0) {
        return -1;
    }
    if (x <= 0.0) {
        return tpErr_raise(vm, EXC_ValueError, "switch interval must be strictly positive");
    }
    double us = 1e6 * x;
    uint64_t v;
    if (us != us) {
        v = (uint64_t)1 << 63;
    } else if (us >= 18446744073709551616.0) {
        v = 0;
    } else {
        v = (uint64_t)us;
    }
    vm->switch_interval = (double)v;
    *out = NONE_VAL;
    return 0;
}

static int sys_call_tracing(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    if (argc != 2) {
        return tpErr_format(vm, EXC_TypeError, "call_tracing expected 2 arguments, got %d", argc);
    }
    if (!tpObj_is(vm, argv[1], TYPE_TUPLE)) {
        return tpErr_format(vm, EXC_TypeError,
                            "call_tracing() argument 2 must be tuple, not %T", argv[1]);
    }
    ObjTuple *t = AS_TUPLE(argv[1]);
    return tpObj_call(vm, argv[0], (int)t->len, t->items, NULL, out);
}

/* ==== unraisable exceptions (sys.unraisablehook) ==== */

/* The default hook's report, built whole and written at once (so that a failing write cannot
 * cut it midline); `oom` records that memory ran out while formatting it. */
typedef struct {
    VM *vm;
    StrBuf b;
    bool oom;
} Report;

static void rep_put(Report *r, const char *s, size_t n) {
    if (tpBuf_put(r->vm, &r->b, s, n) < 0) {
        tpErr_clear(r->vm);
        r->oom = true;
    }
}

static void rep_puts(Report *r, const char *s) { rep_put(r, s, strlen(s)); }

/* A failed formatting step: the pending error is dropped (as CPython's hook drops it); running
 * out of memory is remembered. */
static void rep_failed(Report *r) {
    if (tpErr_matches(r->vm, EXC_MemoryError)) {
        r->oom = true;
    }
    tpErr_clear(r->vm);
}

/* str(v) (or repr), or `fallback` when that raises. */
static void rep_obj(Report *r, Value v, bool repr, const char *fallback) {
    Value s;
    int rc = repr ? tpObj_repr(r->vm, v, &s) : tpObj_str(r->vm, v, &s);
    if (rc == 0 && tpObj_is(r->vm, s, TYPE_STR)) {
        rep_put(r, AS_STR(s)->data, AS_STR(s)->nbytes);
    } else {
        rep_failed(r);
        rep_puts(r, fallback);
    }
}

/* "module." (unless builtins or __main__) and the qualified name of an exception class. */
static void rep_type_name(Report *r, Value type) {
    VM *vm = r->vm;
    Value mod, qn;
    if (tpObj_getattr(vm, type, vm->names[NAME___module__], &mod) < 0 ||
        !tpObj_is(vm, mod, TYPE_STR)) {
        rep_failed(r);
        rep_puts(r, "<unknown>");
    } else if (strcmp(AS_STR(mod)->data, "builtins") != 0 &&
               strcmp(AS_STR(mod)->data, "__main__") != 0) {
        rep_put(r, AS_STR(mod)->data, AS_STR(mod)->nbytes);
        rep_puts(r, ".");
    }
    if (!tpObj_is(vm, type, TYPE_TYPE) ||
        tpObj_getattr(vm, type, vm->names[NAME___qualname__], &qn) < 0 ||
        !tpObj_is(vm, qn, TYPE_STR)) {
        rep_failed(r);
        rep_puts(r, "<unknown>");
    } else {
        rep_put(r, AS_STR(qn)->data, AS_STR(qn)->nbytes);
    }
}

/* sys.__unraisablehook__'s report on sys.stderr: "<err_msg>: <repr(obj)>" (err_msg defaulting
 * to "Exception ignored in"), the traceback, then "Type: str(value)". Never raises. When memory
 * runs out on the way, the report keeps CPython's stand-ins ("<object repr() failed>"...) and
 * ends with a "MemoryError" line saying why; a report sys.stderr cannot take goes to the C
 * stream. */
static void unraisable_default(VM *vm, Value type, Value value, Value tb, Value msg, Value obj) {
    Value saved = tpErr_fetch(vm);
    Report r = {.vm = vm, .oom = false};
    tpBuf_init(&r.b);
    bool has_msg = !IS_NULL(msg) && !IS_NONE(msg);
    if (!IS_NULL(obj) && !IS_NONE(obj)) {
        if (has_msg) {
            rep_obj(&r, msg, false, "");
            rep_puts(&r, ": ");
        } else {
            rep_puts(&r, "Exception ignored in: ");
        }
        rep_obj(&r, obj, true, "<object repr() failed>");
        rep_puts(&r, "\n");
    } else if (has_msg) {
        rep_obj(&r, msg, false, "");
        rep_puts(&r, ":\n");
    }
    if (tpObj_is(vm, tb, TYPE_TRACEBACK) && tpTraceback_format(vm, tb, &r.b) < 0) {
        r.oom = true;
    }
    if (!IS_NULL(type) && !IS_NONE(type)) {
        rep_type_name(&r, type);
        if (!IS_NULL(value) && !IS_NONE(value)) {
            rep_puts(&r, ": ");
            rep_obj(&r, value, false, "<exception str() failed>");
        }
        rep_puts(&r, "\n");
    }
    tpSys_flush_std(vm);
    bool midline = r.b.len > 0 && r.b.data[r.b.len - 1] != '\n';
    if (r.b.data != NULL && tpSys_write(vm, 1, r.b.data, r.b.len) < 0) {
        tpErr_clear(vm);
        fwrite(r.b.data, 1, r.b.len, stderr);
    }
    tpSys_flush_std(vm);
    if (r.oom) {
        fprintf(stderr, "%sMemoryError\n", midline ? "\n" : "");
        fflush(stderr);
    }
    tpBuf_free(&r.b);
    vm->exc = saved;
}

static void unraisable_default_exc(VM *vm, Value exc, Value msg, Value obj) {
    Value tb = tpExc_check(vm, exc) ? AS_EXC(exc)->traceback : NONE_VAL;
    unraisable_default(vm, OBJ_VAL(tpType_of(vm, exc)), exc, IS_NULL(tb) ? NONE_VAL : tb, msg,
                       obj);
}

/* An UnraisableHookArgs instance for (exc, msg, obj). */
static int unraisable_args(VM *vm, Value exc, Value msg, Value obj, Value *out) {
    if (tpSys_ensure_extras(vm) < 0) {
        return -1;
    }
    if (!IS_OBJ(vm->unraisable_args_type)) {
        return tpErr_raise(vm, EXC_RuntimeError, "UnraisableHookArgs is not available");
    }
    Value tb = AS_EXC(exc)->traceback;
    ObjTuple *t = tpTuple_pack(vm, 5, OBJ_VAL(tpType_of(vm, exc)), exc,
                               IS_NULL(tb) ? NONE_VAL : tb, msg, IS_NULL(obj) ? NONE_VAL : obj);
    if (t == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(t);
    return tpObj_call(vm, vm->unraisable_args_type, 1, &arg, NULL, out);
}

void tpSys_unraisable(VM *vm, Value exc, const char *err_msg, Value obj) {
    if (IS_NULL(exc) || !tpExc_check(vm, exc)) {
        tpErr_clear(vm);
        return;
    }
    size_t mark = tpGC_save(vm);
    if (tpGC_push_root(vm, exc) < 0) {
        tpErr_clear(vm);
    }
    Value msg = NONE_VAL;
    if (err_msg != NULL) {
        ObjStr *s = tpStr_from_cstr(vm, err_msg);
        if (s == NULL) {
            tpErr_clear(vm);
        } else {
            msg = OBJ_VAL(s);
        }
    }
    Value hook = tpSys_get(vm, "unraisablehook");
    Value args, r;
    tpErr_clear(vm);
    if (IS_NULL(hook) || IS_NONE(hook)) {
        unraisable_default_exc(vm, exc, msg, obj);
    } else if (unraisable_args(vm, exc, msg, obj, &args) < 0 ||
               tpObj_call(vm, hook, 1, &args, NULL, &r) < 0) {
        Value e2 = tpErr_fetch(vm);
        if (!IS_NULL(e2)) {
            ObjStr *m2 = tpStr_from_cstr(vm, "Exception ignored in sys.unraisablehook");
            tpErr_clear(vm);
            unraisable_default_exc(vm, e2, m2 == NULL ? NONE_VAL : OBJ_VAL(m2), hook);
        }
    }
    tpErr_clear(vm);
    tpGC_restore(vm, mark);
}

static int sys_unraisablehook(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (tpSys_ensure_extras(vm) < 0) {
        return -1;
    }
    if (!IS_OBJ(vm->unraisable_args_type) ||
        !IS_OBJ_TYPE(argv[0], AS_TYPE(vm->unraisable_args_type))) {
        return tpErr_raise(vm, EXC_TypeError,
                           "sys.unraisablehook argument type must be UnraisableHookArgs");
    }
    ObjTuple *t = AS_TUPLE(argv[0]);
    if (t->len != 5) {
        return tpErr_raise(vm, EXC_TypeError,
                           "sys.unraisablehook argument type must be UnraisableHookArgs");
    }
    unraisable_default(vm, t->items[0], t->items[1], t->items[2], t->items[3], t->items[4]);
    *out = NONE_VAL;
    return 0;
}

/* ==== breakpoint() and sys.breakpointhook ==== */

/* Was the interpreter started with -E / -I (sys.flags.ignore_environment)? */
static bool ignore_environment(VM *vm) {
    Value flags, v;
    ObjStr *name = tpStr_intern_cstr(vm, "ignore_environment");
    int truth = 0;
    if (tpSys_ensure_extras(vm) < 0 || name == NULL ||
        IS_NULL(flags = tpSys_get(vm, "flags")) || tpObj_getattr(vm, flags, name, &v) < 0 ||
        tpObj_truth(vm, v, &truth) < 0) {
        tpErr_clear(vm);
        return false;
    }
    return truth != 0;
}


/* Is the pending exception an instance of exception class `id`? */
static bool pending_is(VM *vm, int id) {
    return !IS_NULL(vm->exc) && tpType_is_subtype(tpType_of(vm, vm->exc), vm->exc_types[id]);
}

/* module.attr named by $PYTHONBREAKPOINT (a name without a dot is a builtin): 1 and *out set, 0
 * when it cannot be imported (no module, no such attribute, a leading dot), -1 for another
 * error (raised by the module's code, say), which propagates as in CPython. */
static int breakpoint_target(VM *vm, const char *spec, Value *out) {
    const char *dot = strrchr(spec, '.');
    if (dot == spec) {
        return 0;
    }
    ObjStr *modname = dot != NULL ? tpStr_new(vm, spec, (size_t)(dot - spec))
                                  : tpStr_from_cstr(vm, "builtins");
    ObjStr *attr = tpStr_from_cstr(vm, dot != NULL ? dot + 1 : spec);
    ObjStr *doc = tpStr_intern_cstr(vm, "__doc__");
    ObjTuple *fromlist = doc == NULL ? NULL : tpTuple_pack(vm, 1, OBJ_VAL(doc));
    if (modname == NULL || attr == NULL || fromlist == NULL) {
        return -1;
    }
    Value mod;   /* with a fromlist, the leaf module (as CPython's PyImport_Import) */
    if (tpImport(vm, modname, NONE_VAL, OBJ_VAL(fromlist), 0, &mod) < 0) {
        return pending_is(vm, EXC_ImportError) ? 0 : -1;
    }
    if (tpObj_getattr(vm, mod, attr, out) < 0) {
        return pending_is(vm, EXC_AttributeError) ? 0 : -1;
    }
    return 1;
}

/* The default hook: $PYTHONBREAKPOINT names the function to call ("0": none; unset or empty:
 * pdb.set_trace); one that cannot be imported gives a RuntimeWarning and None. */
static int sys_breakpointhook(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    const char *env = ignore_environment(vm) ? NULL : getenv("PYTHONBREAKPOINT");
    if (env == NULL || *env == '\0') {
        env = "pdb.set_trace";
    } else if (strcmp(env, "0") == 0) {
        *out = NONE_VAL;
        return 0;
    }
    Value hook;
    int found = breakpoint_target(vm, env, &hook);
    if (found < 0) {
        return -1;
    }
    if (found > 0) {
        return tpObj_call(vm, hook, argc, argv, kwnames, out);
    }
    tpErr_clear(vm);
    *out = NONE_VAL;
    return tpErr_warn(vm, EXC_RuntimeWarning, 0, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"",
                      env);
}

int tpSys_breakpoint(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value hook = tpSys_get(vm, "breakpointhook");
    if (IS_NULL(hook)) {
        return tpErr_raise(vm, EXC_RuntimeError, "lost sys.breakpointhook");
    }
    return tpObj_call(vm, hook, argc, argv, kwnames, out);
}

static const MethodDef sys_functions[] = {
    TP_METHOD("exit", sys_exit, 0, 1),
    TP_METHOD("getrecursionlimit", sys_getrecursionlimit, 0, 0),
    TP_METHOD("setrecursionlimit", sys_setrecursionlimit, 1, 1),
    TP_METHOD("exc_info", sys_exc_info, 0, 0),
    TP_METHOD("exception", sys_exception, 0, 0),
    TP_METHOD("getsizeof", sys_getsizeof, 1, 2),
    TP_METHOD("intern", sys_intern, 1, 1),
    TP_METHOD("getrefcount", sys_getrefcount, 1, 1),
    TP_METHOD("getdefaultencoding", sys_utf8, 0, 0),
    TP_METHOD("getfilesystemencoding", sys_utf8, 0, 0),
    TP_METHOD("_getframe", sys_getframe, 0, 1),
    TP_METHOD("settrace", sys_settrace, 1, 1),
    TP_METHOD("gettrace", sys_gettrace, 0, 0),
    TP_METHOD("setprofile", sys_setprofile, 1, 1),
    TP_METHOD("getprofile", sys_getprofile, 0, 0),
    TP_METHOD("excepthook", sys_excepthook, 3, 3),
    TP_METHOD("displayhook", sys_displayhook, 1, 1),
    {"unraisablehook", sys_unraisablehook, 1, 1, 0, 0,
     "Handle an unraisable exception.\n\nThe unraisable argument has the following "
     "attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n"
     "* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be "
     "None.\n* object: Object causing the exception, can be None."},
    TP_METHOD_KW("breakpointhook", sys_breakpointhook, 0, -1),
    TP_METHOD("is_finalizing", sys_is_finalizing, 0, 0),
    TP_METHOD("getfilesystemencodeerrors", sys_getfsencodeerrors, 0, 0),
    TP_METHOD("getswitchinterval", sys_getswitchinterval, 0, 0),
    TP_METHOD("setswitchinterval", sys_setswitchinterval, 1, 1),
    TP_METHOD("call_tracing", sys_call_tracing, 0, -1),
    TP_METHOD("get_int_max_str_digits", sys_get_int_digits, 0, 0),
    TP_METHOD_KW("set_int_max_str_digits", sys_set_int_digits, 0, -1),
    TP_METHOD_END,
};

/* ==== attributes ==== */

static int set_cstr(VM *vm, ObjDict *d, const char *name, const char *value) {
    ObjStr *s = tpStr_from_cstr(vm, value);
    return s == NULL ? -1 : tpDict_set_cstr(vm, d, name, OBJ_VAL(s));
}

static int set_int(VM *vm, ObjDict *d, const char *name, int64_t v) {
    Value iv = tpInt_from_i64(vm, v);
    return IS_NULL(iv) ? -1 : tpDict_set_cstr(vm, d, name, iv);
}

static ObjList *cstr_list(VM *vm, int n, char **items) {
    ObjList *l = tpList_new(vm, (size_t)(n > 0 ? n : 0));
    if (l == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        ObjStr *s = tpStr_decode_utf8(vm, items[i], strlen(items[i]), "surrogateescape");
        if (s == NULL) {
            tpErr_clear(vm);
            s = tpStr_from_cstr(vm, "?");
        }
        if (s == NULL || tpList_append(vm, l, OBJ_VAL(s)) < 0) {
            return NULL;
        }
    }
    return l;
}

/* Directory holding the executable, resolved ("" if unknown). */
static void exe_path(char *buf, size_t n) {
    ssize_t k = readlink("/proc/self/exe", buf, n - 1);
    buf[k > 0 ? k : 0] = '\0';
}

/* os.path.abspath of the first n bytes of p: made absolute against the cwd, ".", ".." and
 * repeated or trailing slashes removed. CPython stores PYTHONPATH entries this way. */
static void abs_normal(const char *p, size_t n, char *out, size_t cap) {
    char tmp[8192];
    char cwd[4096];
    if (n == 0 || p[0] != '/') {
        snprintf(tmp, sizeof tmp, "%s/%.*s", getcwd(cwd, sizeof cwd) ? cwd : "", (int)n, p);
    } else {
        snprintf(tmp, sizeof tmp, "%.*s", (int)n, p);
    }
    size_t len = 0;
    out[0] = '\0';
    for (char *seg = strtok(tmp, "/"); seg != NULL; seg = strtok(NULL, "/")) {
        if (strcmp(seg, ".") == 0) {
            continue;
        }
        if (strcmp(seg, "..") == 0) {
            char *slash = strrchr(out, '/');
            len = slash ? (size_t)(slash - out) : 0;
            out[len] = '\0';
            continue;
        }
        len += (size_t)snprintf(out + len, len < cap ? cap - len : 0, "/%s", seg);
        if (len >= cap) {
            len = cap - 1;
        }
    }
    if (len == 0) {
        snprintf(out, cap, "/");
    }
}

static bool list_has(ObjList *l, size_t from, const char *s) {
    for (size_t i = from; i < l->len; i++) {
        if (IS_OBJ(l->items[i]) && strcmp(AS_STR(l->items[i])->data, s) == 0) {
            return true;
        }
    }
    return false;
}

/* sys.path without its first entry: PYTHONPATH's entries (unless use_env is false), then the
 * embedded standard library (TP_LIB_PREFIX), as CPython puts its stdlib after PYTHONPATH.
 * Entries are absolute; `dedupe` drops repeated ones (CPython's site module does that). */
static int fill_path(VM *vm, ObjList *path, bool use_env, bool dedupe) {
    const char *pp = use_env ? getenv("PYTHONPATH") : NULL;
    size_t first = path->len;
    if (pp != NULL && *pp) {
        const char *p = pp;
        for (;;) {
            const char *colon = strchr(p, ':');
            size_t len = colon ? (size_t)(colon - p) : strlen(p);
            char abs[4096], cwd[4096];
            if (dedupe || (len > 0 && p[0] == '/')) {
                abs_normal(p, len, abs, sizeof abs);
            } else if (getcwd(cwd, sizeof cwd) != NULL) {
                /* without site, CPython joins a relative entry to the cwd as it is */
                if (snprintf(abs, sizeof abs, "%s%s%.*s", cwd, len ? "/" : "", (int)len, p) >=
                    (int)sizeof abs) {
                    abs[0] = '\0';
                }
            } else {
                snprintf(abs, sizeof abs, "%.*s", (int)len, p);
            }
            if (!(dedupe && list_has(path, first, abs))) {
                ObjStr *s = tpStr_from_cstr(vm, abs);
                if (s == NULL || tpList_append(vm, path, OBJ_VAL(s)) < 0) {
                    return -1;
                }
            }
            if (colon == NULL) {
                break;
            }
            p = colon + 1;
        }
    }
    ObjStr *lib = tpStr_from_cstr(vm, TP_LIB_PREFIX);
    return lib == NULL ? -1 : tpList_append(vm, path, OBJ_VAL(lib));
}

static ObjList *build_path(VM *vm) {
    ObjList *path = tpList_new(vm, 4);
    return path == NULL || fill_path(vm, path, true, true) < 0 ? NULL : path;
}

int tpSys_setup_path(VM *vm, const char *path0, bool use_env, bool dedupe) {
    Value path = tpSys_get(vm, "path");
    if (IS_NULL(path) || !tpObj_is(vm, path, TYPE_LIST)) {
        return 0;
    }
    ObjList *pl = AS_LIST(path);
    pl->len = 0;
    if (path0 != NULL) {
        ObjStr *p0 = tpStr_from_cstr(vm, path0);
        if (p0 == NULL || tpList_append(vm, pl, OBJ_VAL(p0)) < 0) {
            return -1;
        }
    }
    return fill_path(vm, pl, use_env, dedupe);
}

/* The command-line flags given before sys.flags exists: applied when it is made. A plain static
 * (ints and pointers to static names, no Values): there is one interpreter per process. */
static struct {
    int n;
    const char *const *names;
    int values[32];
} pending_flags;

int tpSys_set_flags(VM *vm, int n, const char *const *names, const int *values) {
    if (!vm->sys_ready) {
        pending_flags.n = n < 32 ? n : 32;
        pending_flags.names = names;
        memcpy(pending_flags.values, values, (size_t)pending_flags.n * sizeof(int));
        return 0;
    }
    Value flags = tpSys_get(vm, "flags"), fields, r;
    ObjStr *fname = tpStr_intern_cstr(vm, "__match_args__");
    if (IS_NULL(flags) || !tpObj_is(vm, flags, TYPE_TUPLE) || fname == NULL ||
        tpObj_getattr(vm, OBJ_VAL(tpType_of(vm, flags)), fname, &fields) < 0 ||
        !tpObj_is(vm, fields, TYPE_TUPLE)) {
        tpErr_clear(vm);
        return 0; /* plain-tuple fallback: nothing to update */
    }
    ObjList *vals = tpSeq_list(vm, flags);
    if (vals == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        for (size_t k = 0; k < AS_TUPLE(fields)->len && k < vals->len; k++) {
            Value f = AS_TUPLE(fields)->items[k];
            if (tpObj_is(vm, f, TYPE_STR) && strcmp(AS_STR(f)->data, names[i]) == 0) {
                bool is_bool = IS_BOOL(vals->items[k]);
                vals->items[k] = is_bool ? BOOL_VAL(values[i] != 0) : INT_VAL(values[i]);
            }
        }
    }
    /* tuple.__new__(type(flags), vals): the type itself refuses to make instances */
    Value tnew = tpType_lookup(vm, vm->types[TYPE_TUPLE], vm->names[NAME___new__]);
    Value args[2] = {OBJ_VAL(tpType_of(vm, flags)), OBJ_VAL(vals)};
    if (IS_NULL(tnew) || tpObj_call(vm, tnew, 2, args, NULL, &r) < 0) {
        return IS_NULL(tnew) ? 0 : -1;
    }
    ObjStr *key = tpStr_intern_cstr(vm, "flags");
    return key == NULL ? -1 : tpDict_set_str(vm, sys_dict(vm), key, r);
}

int tpSys_set_argv(VM *vm, int argc, char **argv, const char *path0) {
    ObjDict *d = sys_dict(vm);
    ObjList *l;
    if (argc == 0) {
        static char empty[] = "";
        char *one[1] = {empty};
        l = cstr_list(vm, 1, one);
    } else {
        l = cstr_list(vm, argc, argv);
    }
    if (l == NULL || tpDict_set_cstr(vm, d, "argv", OBJ_VAL(l)) < 0) {
        return -1;
    }
    if (path0 == NULL) {
        return 0;
    }
    Value path = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "path"));
    if (IS_NULL(path) || !tpObj_is(vm, path, TYPE_LIST)) {
        return 0;
    }
    ObjStr *p0 = tpStr_from_cstr(vm, path0);
    if (p0 == NULL) {
        return -1;
    }
    ObjList *pl = AS_LIST(path);
    if (tpList_append(vm, pl, NONE_VAL) < 0) {
        return -1;
    }
    memmove(pl->items + 1, pl->items, (pl->len - 1) * sizeof(Value));
    pl->items[0] = OBJ_VAL(p0);
    tpGC_barrier_list(vm, pl, 0);
    return 0;
}

static const char *const std_names[] = {"stdin", "stdout", "stderr"};

static int publish_streams(VM *vm, ObjDict *d, Value *vals, int from) {
    vm->sys_stdin = vals[0];
    vm->sys_stdout = vals[1];
    vm->sys_stderr = vals[2];
    for (int i = from; i < 3; i++) {
        char dunder[32];
        snprintf(dunder, sizeof dunder, "__%s__", std_names[i]);
        if (tpDict_set_cstr(vm, d, std_names[i], vals[i]) < 0 ||
            tpDict_set_cstr(vm, d, dunder, vals[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int init_streams(VM *vm, ObjDict *d) {
    Value vals[3];
    if (tpIO_std_streams(vm, false, vals) < 0) {
        return -1;
    }
    return publish_streams(vm, d, vals, 0);
}

int tpSys_set_unbuffered(VM *vm) {
    ObjDict *d = sys_dict(vm);
    if (d == NULL) {
        return 0;
    }
    tpSys_flush_std(vm);
    Value vals[3];
    if (tpIO_std_streams(vm, true, vals) < 0) {
        return -1;
    }
    vals[0] = vm->sys_stdin;
    return publish_streams(vm, d, vals, 1);
}

static int init_lists(VM *vm, ObjDict *d) {
    ObjList *orig = cstr_list(vm, vm->argc, vm->argv);
    ObjList *path = build_path(vm);
    ObjList *argv = tpList_new(vm, 1);
    ObjList *empty1 = tpList_new(vm, 0), *empty2 = tpList_new(vm, 0), *empty3 = tpList_new(vm, 0);
    ObjDict *xopts = tpDict_new(vm), *cache = tpDict_new(vm);
    if (orig == NULL || path == NULL || argv == NULL || empty1 == NULL || empty2 == NULL ||
        empty3 == NULL || xopts == NULL || cache == NULL ||
        tpList_append(vm, argv, OBJ_VAL(vm->empty_str)) < 0) {
        return -1;
    }
    int n;
    const BuiltinModuleDef *mods = tpImport_builtin_table(&n);
    ObjList *names = tpList_new(vm, (size_t)n);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        ObjStr *s = tpStr_from_cstr(vm, mods[i].name);
        if (s == NULL || tpList_append(vm, names, OBJ_VAL(s)) < 0) {
            return -1;
        }
    }
    if (tpList_sort(vm, names, NULL_VAL, false) < 0) {
        return -1;
    }
    ObjTuple *bnames = tpSeq_tuple(vm, OBJ_VAL(names));
    if (bnames == NULL || tpDict_set_cstr(vm, d, "orig_argv", OBJ_VAL(orig)) < 0 ||
        tpDict_set_cstr(vm, d, "path", OBJ_VAL(path)) < 0 ||
        tpDict_set_cstr(vm, d, "argv", OBJ_VAL(argv)) < 0 ||
        tpDict_set_cstr(vm, d, "warnoptions", OBJ_VAL(empty1)) < 0 ||
        tpDict_set_cstr(vm, d, "meta_path", OBJ_VAL(empty2)) < 0 ||
        tpDict_set_cstr(vm, d, "path_hooks", OBJ_VAL(empty3)) < 0 ||
        tpDict_set_cstr(vm, d, "path_importer_cache", OBJ_VAL(cache)) < 0 ||
        tpDict_set_cstr(vm, d, "_xoptions", OBJ_VAL(xopts)) < 0 ||
        tpDict_set_cstr(vm, d, "builtin_module_names", OBJ_VAL(bnames)) < 0 ||
        tpDict_set_cstr(vm, d, "modules", OBJ_VAL(vm->modules)) < 0) {
        return -1;
    }
    return 0;
}

static int init_scalars(VM *vm, ObjDict *d) {
    char exe[4096];
    exe_path(exe, sizeof exe);
    if (set_cstr(vm, d, "version", TP_VERSION " (taipan, Jan 1 2024, 00:00:00) [GCC]") < 0 ||
        set_cstr(vm, d, "platform", "linux") < 0 || set_cstr(vm, d, "byteorder", "little") < 0 ||
        set_cstr(vm, d, "executable", exe) < 0 || set_cstr(vm, d, "_base_executable", exe) < 0 ||
        set_cstr(vm, d, "prefix", "/usr/local") < 0 ||
        set_cstr(vm, d, "base_prefix", "/usr/local") < 0 ||
        set_cstr(vm, d, "exec_prefix", "/usr/local") < 0 ||
        set_cstr(vm, d, "base_exec_prefix", "/usr/local") < 0 ||
        set_cstr(vm, d, "platlibdir", "lib") < 0 || set_cstr(vm, d, "abiflags", "") < 0 ||
        set_cstr(vm, d, "float_repr_style", "short") < 0 ||
        set_cstr(vm, d, "copyright", "Copyright (c) taipan authors.") < 0 ||
        set_cstr(vm, d, "pycache_prefix", "") < 0 ||
        set_int(vm, d, "maxsize", INT64_MAX) < 0 || set_int(vm, d, "maxunicode", 0x10FFFF) < 0 ||
        set_int(vm, d, "hexversion", 0x030B07F0) < 0 || set_int(vm, d, "api_version", 1013) < 0 ||
        tpDict_set_cstr(vm, d, "dont_write_bytecode", TRUE_VAL) < 0 ||
        tpDict_set_cstr(vm, d, "pycache_prefix", NONE_VAL) < 0) {
        return -1;
    }
    return 0;
}

/* Python source defining the struct sequences; run in a scratch namespace. */
static const char structseq_src[] =
    "class _member:\n"
    "    __slots__ = ('_i', '_name', '_owner')\n"
    "    def __init__(self, i, name, owner):\n"
    "        self._i = i\n"
    "        self._name = name\n"
    "        self._owner = owner\n"
    "    def __get__(self, obj, cls=None):\n"
    "        if obj is None:\n"
    "            return self\n"
    "        return tuple.__getitem__(obj, self._i)\n"
    "    def __set__(self, obj, value):\n"
    "        raise AttributeError('readonly attribute')\n"
    "    def __delete__(self, obj):\n"
    "        raise AttributeError('readonly attribute')\n"
    "    def __repr__(self):\n"
    "        return \"<member '\" + self._name + \"' of '\" + self._owner + \"' objects>\"\n"
    "_member.__name__ = _member.__qualname__ = 'member_descriptor'\n"
    "_member.__module__ = 'builtins'\n"
    "_missing = object()\n"
    "def _structseq_type(name, fields, module='sys', doc=None, creatable=True):\n"
    "    n = len(fields)\n"
    "    short = name.rpartition('.')[2]\n"
    "    def __new__(cls, *args, **kw):\n"
    "        if not creatable:\n"
    "            raise TypeError(f\"cannot create '{name}' instances\")\n"
    "        given = len(args) + len(kw)\n"
    "        if given > 2:\n"
    "            raise TypeError(f'structseq() takes at most 2 arguments ({given} given)')\n"
    "        vals = list(args) + [_missing] * (2 - len(args))\n"
    "        for i, k in enumerate(('sequence', 'dict')):\n"
    "            if k in kw:\n"
    "                if i < len(args):\n"
    "                    raise TypeError('argument for structseq() given by name '\n"
    "                                    f\"('{k}') and position ({i + 1})\")\n"
    "                vals[i] = kw[k]\n"
    "        seq, d = vals\n"
    "        if seq is _missing:\n"
    "            raise TypeError(\"structseq() missing required argument 'sequence' (pos 1)\")\n"
    "        for k in kw:\n"
    "            if k not in ('sequence', 'dict'):\n"
    "                raise TypeError(f\"'{k}' is an invalid keyword argument for structseq()\")\n"
    "        if d is not _missing and not isinstance(d, dict):\n"
    "            raise TypeError(f'{name}() takes a dict as second arg, if any')\n"
    "        try:\n"
    "            t = tuple(seq)\n"
    "        except TypeError:\n"
    "            t = None\n"
    "        if t is None:\n"
    "            raise TypeError('constructor requires a sequence')\n"
    "        if len(t) != n:\n"
    "            raise TypeError(f'{name}() takes a {n}-sequence ({len(t)}-sequence given)')\n"
    "        return tuple.__new__(cls, t)\n"
    "    def __repr__(self):\n"
    "        return name + '(' + ', '.join([f + '=' + repr(v) for f, v in zip(fields, self)]) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (tuple(self), {}))\n"
    "    def __init_subclass__(cls, **kw):\n"
    "        raise TypeError(f\"type '{name}' is not an acceptable base type\")\n"
    "    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,\n"
    "          '__init_subclass__': __init_subclass__,\n"
    "          '__module__': module, '__doc__': doc, '__slots__': (), 'n_fields': n,\n"
    "          'n_sequence_fields': n, 'n_unnamed_fields': 0, '__match_args__': tuple(fields)}\n"
    "    for i, f in enumerate(fields):\n"
    "        ns[f] = _member(i, f, name)\n"
    "    return type(short, (tuple,), ns)\n"
    "def _structseq(name, fields, values, creatable=True):\n"
    "    return tuple.__new__(_structseq_type(name, fields, creatable=creatable), values)\n"
    "UnraisableHookArgs = _structseq_type('UnraisableHookArgs', ['exc_type', 'exc_value',\n"
    "    'exc_traceback', 'err_msg', 'object'], 'builtins',\n"
    "    'UnraisableHookArgs\\n\\nType used to pass arguments to sys.unraisablehook.')\n"
    "class _namespace:\n"
    "    def __init__(self, **kw):\n"
    "        for k, v in kw.items():\n"
    "            setattr(self, k, v)\n"
    "    def __repr__(self):\n"
    "        return 'namespace(' + ', '.join([k + '=' + repr(v) for k, v in vars(self).items()]) + ')'\n"
    "_namespace.__module__ = 'types'\n"
    "_namespace.__name__ = _namespace.__qualname__ = 'SimpleNamespace'\n"
    "version_info = _structseq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel',\n"
    "    'serial'], (3, 11, 7, 'final', 0), False)\n"
    "flags = _structseq('sys.flags', ['debug', 'inspect', 'interactive', 'optimize',\n"
    "    'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose',\n"
    "    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',\n"
    "    'warn_default_encoding', 'safe_path', 'int_max_str_digits'],\n"
    "    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1), False)\n"
    "float_info = _structseq('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp',\n"
    "    'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],\n"
    "    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,\n"
    "     2.220446049250313e-16, 2, 1))\n"
    "hash_info = _structseq('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag',\n"
    "    'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],\n"
    "    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))\n"
    "int_info = _structseq('sys.int_info', ['bits_per_digit', 'sizeof_digit',\n"
    "    'default_max_str_digits', 'str_digits_check_threshold'], (30, 4, 4300, 640))\n"
    "thread_info = _structseq('sys.thread_info', ['name', 'lock', 'version'],\n"
    "    ('pthread', 'semaphore', _pthread_version))\n"
    "implementation = _namespace(name='taipan', cache_tag=None, version=version_info,\n"
    "    hexversion=51054576, _multiarch='x86_64-linux-gnu')\n";

static const char *const stdlib_names[] = {
#include "sys_stdlib_names.inc"
};

/* sys.stdlib_module_names: a frozenset of the names CPython 3.11 lists. */
static int init_stdlib_names(VM *vm, ObjDict *d) {
    ObjSet *s = tpSet_new(vm, true);
    if (s == NULL) {
        return -1;
    }
    for (size_t i = 0; i < TP_ARRAY_LEN(stdlib_names); i++) {
        ObjStr *n = tpStr_intern_cstr(vm, stdlib_names[i]);
        if (n == NULL || tpSet_add(vm, s, OBJ_VAL(n)) < 0) {
            return -1;
        }
    }
    return tpDict_set_cstr(vm, d, "stdlib_module_names", OBJ_VAL(s));
}

/* The threading library's version for sys.thread_info ("NPTL 2.36"), or None. */
static Value pthread_version(VM *vm) {
    char buf[128];
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, buf, sizeof buf);
    if (n == 0 || n > sizeof buf) {
        return NONE_VAL;
    }
    ObjStr *s = tpStr_from_cstr(vm, buf);
    return s == NULL ? NULL_VAL : OBJ_VAL(s);
}

static int init_structseqs(VM *vm, ObjDict *d) {
    static const char *const names[] = {"version_info", "flags", "float_info", "hash_info",
                                        "int_info", "implementation", "thread_info"};
    ObjDict *ns = tpDict_new(vm);
    if (ns == NULL || tpDict_set_str(vm, ns, vm->names[NAME___builtins__], vm->builtins_module) < 0 ||
        tpDict_set_cstr(vm, ns, "__name__", OBJ_VAL(vm->names[NAME_sys])) < 0) {
        return -1;
    }
    Value ptv = pthread_version(vm);
    if (IS_NULL(ptv) || tpDict_set_cstr(vm, ns, "_pthread_version", ptv) < 0) {
        return -1;
    }
    ObjCode *code = tpCompile_source(vm, structseq_src, sizeof structseq_src - 1, "<sys>",
                                     COMPILE_EXEC);
    Value r;
    if (code == NULL || tpVM_run_code(vm, code, ns, NULL_VAL, &r) < 0) {
        return -1; /* only running out of memory gets here: start-up fails (a plain-tuple
                    * fallback would hide that and give sys.version_info the wrong type) */
    }
    ObjStr *uname = tpStr_intern_cstr(vm, "UnraisableHookArgs");
    if (uname == NULL) {
        return -1;
    }
    vm->unraisable_args_type = tpDict_get_str(vm, ns, uname);
    for (size_t i = 0; i < TP_ARRAY_LEN(names); i++) {
        ObjStr *n = tpStr_intern_cstr(vm, names[i]);
        if (n == NULL) {
            return -1;
        }
        Value v = tpDict_get_str(vm, ns, n);
        /* a value the program stored before anything looked at sys stays */
        if (!IS_NULL(v) && IS_NULL(tpDict_get_str(vm, d, n)) && tpDict_set_str(vm, d, n, v) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpSys_init(VM *vm) {
    ObjModule *m = tpModule_new(vm, vm->names[NAME_sys]);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    tpProfile_sync(vm);   /* no profile function: the eval loop's fast calls of built-ins */
    vm->sys_module = OBJ_VAL(m);
    ObjDict *d = m->dict;
    if (tpModule_add_functions(vm, m, sys_functions) < 0 || init_streams(vm, d) < 0 ||
        init_lists(vm, d) < 0 || init_scalars(vm, d) < 0 ||
        tpDict_set_str(vm, vm->modules, vm->names[NAME_sys], OBJ_VAL(m)) < 0) {
        return -1;
    }
    Value hook = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "excepthook"));
    Value dhook = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "displayhook"));
    Value uhook = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "unraisablehook"));
    Value bhook = tpDict_get_str(vm, d, tpStr_intern_cstr(vm, "breakpointhook"));
    if (tpDict_set_cstr(vm, d, "__excepthook__", hook) < 0 ||
        tpDict_set_cstr(vm, d, "__displayhook__", dhook) < 0 ||
        tpDict_set_cstr(vm, d, "__unraisablehook__", uhook) < 0 ||
        tpDict_set_cstr(vm, d, "__breakpointhook__", bhook) < 0) {
        return -1;
    }
    return 0;
}

/* The struct sequences cost a compile and six classes, so start-up leaves them out: the first look
 * at sys's attributes, __dict__, dir() or repr makes them (obj_module.c). */
int tpSys_ensure_extras(VM *vm) {
    if (vm->sys_ready) {
        return 0;
    }
    vm->sys_ready = true;
    if (init_structseqs(vm, sys_dict(vm)) < 0 || init_stdlib_names(vm, sys_dict(vm)) < 0) {
        vm->sys_ready = false;
        return -1;
    }
    return pending_flags.n == 0 ? 0
                                : tpSys_set_flags(vm, pending_flags.n, pending_flags.names,
                                                  pending_flags.values);
}
