/*
 * call.c — binding the arguments of a call to a Python function's parameters: positional-only,
 * defaults, *args, keyword-only, **kwargs, with CPython 3.11's TypeError messages (which name the
 * function by its __qualname__). Also the "module.qualname()" naming used by call-site errors.
 */
#include "vm_internal.h"

static ObjStr *varname(ObjCode *co, int i) { return AS_STR(co->varnames->items[i]); }

/* Append "'a'", "'a' and 'b'" or "'a', 'b', and 'c'" for the names in idx[0..n). */
static int put_name_list(VM *vm, StrBuf *b, ObjCode *co, const int *idx, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) {
                if (tpBuf_puts(vm, b, " and ") < 0) {
                    return -1;
                }
            } else if (tpBuf_puts(vm, b, i == n - 1 ? ", and " : ", ") < 0) {
                return -1;
            }
        }
        if (tpBuf_putc(vm, b, '\'') < 0 || tpBuf_put_str(vm, b, varname(co, idx[i])) < 0 ||
            tpBuf_putc(vm, b, '\'') < 0) {
            return -1;
        }
    }
    return 0;
}

static int raise_buf(VM *vm, StrBuf *b) {
    ObjStr *s = tpBuf_finish(vm, b);
    if (s == NULL) {
        return -1;
    }
    Value v = OBJ_VAL(s);
    return tpErr_set_args(vm, tpExc_type(vm, EXC_TypeError), 1, &v);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static int missing_args(VM *vm, ObjFunction *fn, Value *locals, int from, int to, bool kwonly) {
    ObjCode *co = fn->code;
    int idx[64];
    int n = 0, total = 0;
    for (int i = from; i < to; i++) {
        if (IS_NULL(locals[i])) {
            if (kwonly && fn->kwdefaults != NULL &&
                !IS_NULL(tpDict_get_str(vm, fn->kwdefaults, varname(co, i)))) {
                continue;
            }
            if (n < 64) {
                idx[n++] = i;
            }
            total++;
        }
    }
    if (total == 0) {
        return 0;
    }
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_put_str(vm, &b, fn->qualname) < 0 ||
        tpBuf_printf(vm, &b, "() missing %d required %s argument%s: ", total,
                     kwonly ? "keyword-only" : "positional", total == 1 ? "" : "s") < 0 ||
        put_name_list(vm, &b, co, idx, n) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return raise_buf(vm, &b);
}

static int too_many_positional(VM *vm, ObjFunction *fn, Value *locals, int given) {
    ObjCode *co = fn->code;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (!IS_NULL(locals[i])) {
            kwonly_given++;
        }
    }
    StrBuf b;
    tpBuf_init(&b);
    int r = tpBuf_put_str(vm, &b, fn->qualname);
    if (r == 0 && ndef > 0) {
        /* with defaults the count is a range: always "arguments" (as CPython) */
        r = tpBuf_printf(vm, &b, "() takes from %d to %d positional arguments but %d",
                         co->argcount - ndef, co->argcount, given);
    } else if (r == 0) {
        r = tpBuf_printf(vm, &b, "() takes %d positional argument%s but %d", co->argcount,
                         co->argcount == 1 ? "" : "s", given);
    }
    if (r == 0 && kwonly_given > 0) {
        r = tpBuf_printf(vm, &b, " positional argument%s (and %d keyword-only argument%s)",
                         given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    }
    if (r == 0) {
        r = tpBuf_puts(vm, &b, given == 1 && kwonly_given == 0 ? " was given" : " were given");
    }
    if (r < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return raise_buf(vm, &b);
}

/* Index of parameter `name` among varnames[lo..hi), or -1. */
static int find_param(ObjCode *co, ObjStr *name, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
        if (varname(co, i) == name) {
            return i;
        }
    }
    for (int i = lo; i < hi; i++) {
        if (tpStr_eq(varname(co, i), name)) {
            return i;
        }
    }
    return -1;
}

/* The keyword arguments of a call: names and values (after the positional ones), or the
 * entries of a dict whose keys are all exact strs (f(*args, **kwargs), see tpCall_bind_dict). */
typedef struct KwArgs {
    ObjTuple *names;
    Value *vals;
    ObjDict *dict;
} KwArgs;

static bool kw_next(const KwArgs *kw, size_t *it, Value *key, Value *val) {
    if (kw->dict != NULL) {
        return tpDict_next(kw->dict, it, key, val);
    }
    if (*it >= kw->names->len) {
        return false;
    }
    *key = kw->names->items[*it];
    *val = kw->vals[*it];
    (*it)++;
    return true;
}

/* Keyword names that match positional-only parameters, when there is no **kwargs. */
static int posonly_as_keyword(VM *vm, ObjFunction *fn, const KwArgs *kw) {
    ObjCode *co = fn->code;
    StrBuf b;
    tpBuf_init(&b);
    int n = 0;
    size_t it = 0;
    Value key, val;
    while (kw_next(kw, &it, &key, &val)) {
        ObjStr *name = AS_STR(key);
        if (find_param(co, name, 0, co->posonlyargcount) < 0) {
            continue;
        }
        if ((n++ > 0 && tpBuf_puts(vm, &b, ", ") < 0) || tpBuf_put_str(vm, &b, name) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    if (n == 0) {
        tpBuf_free(&b);
        return 0;
    }
    ObjStr *names = tpBuf_finish(vm, &b);
    if (names == NULL) {
        return -1;
    }
    return tpErr_format(vm, EXC_TypeError,
                        "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                        fn->qualname, names);
}

static int bind_keywords(VM *vm, ObjFunction *fn, Value *locals, const KwArgs *kw,
                         ObjDict *kwdict) {
    ObjCode *co = fn->code;
    int total = co->argcount + co->kwonlyargcount;
    size_t it = 0;
    Value key, val;
    while (kw_next(kw, &it, &key, &val)) {
        if (!IS_OBJ(key) || !tpObj_is(vm, key, TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "%U() keywords must be strings", fn->qualname);
        }
        ObjStr *name = AS_STR(key);
        int j = find_param(co, name, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict != NULL) {
                if (tpDict_set(vm, kwdict, key, val) < 0) {
                    return -1;
                }
                continue;
            }
            if (co->posonlyargcount > 0 && posonly_as_keyword(vm, fn, kw) < 0) {
                return -1;
            }
            return tpErr_format(vm, EXC_TypeError, "%U() got an unexpected keyword argument '%U'",
                                fn->qualname, name);
        }
        if (!IS_NULL(locals[j])) {
            return tpErr_format(vm, EXC_TypeError, "%U() got multiple values for argument '%U'",
                                fn->qualname, name);
        }
        locals[j] = val;
    }
    return 0;
}

static int fill_defaults(VM *vm, ObjFunction *fn, Value *locals, int argc) {
    ObjCode *co = fn->code;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    if (argc < co->argcount) {
        int first_def = co->argcount - ndef;
        if (missing_args(vm, fn, locals, argc, first_def, false) < 0) {
            return -1;
        }
        for (int i = first_def > argc ? first_def : argc; i < co->argcount; i++) {
            if (IS_NULL(locals[i])) {
                locals[i] = fn->defaults->items[i - first_def];
            }
        }
    }
    int total = co->argcount + co->kwonlyargcount;
    if (co->kwonlyargcount > 0) {
        if (missing_args(vm, fn, locals, co->argcount, total, true) < 0) {
            return -1;
        }
        for (int i = co->argcount; i < total; i++) {
            if (IS_NULL(locals[i])) {
                locals[i] = tpDict_get_str(vm, fn->kwdefaults, varname(co, i));
            }
        }
    }
    return 0;
}

/* `def f(*args, **kwargs)` (the forwarding wrapper of decorators, TP_CODE_FORWARDER): every
 * argument goes into the tuple or the dict, there is no parameter to match. The same steps as
 * bind's, in the same order (the dict, the tuple, then the keywords). */
static int bind_forwarder(VM *vm, ObjFunction *fn, Value *locals, int argc, Value *argv,
                          ObjTuple *kwnames) {
    ObjDict *kwdict = tpDict_new(vm);
    if (kwdict == NULL) {
        return -1;
    }
    locals[1] = OBJ_VAL(kwdict);
    ObjTuple *rest = vm->empty_tuple;
    if (argc > 0 && (rest = tpTuple_from(vm, (size_t)argc, argv)) == NULL) {
        return -1;
    }
    locals[0] = OBJ_VAL(rest);
    if (kwnames == NULL) {
        return 0;
    }
    int nkw = (int)kwnames->len;
    for (int i = 0; i < nkw; i++) {
        Value key = kwnames->items[i];
        if (!IS_OBJ(key) || !tpObj_is(vm, key, TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "%U() keywords must be strings", fn->qualname);
        }
        if (tpDict_set(vm, kwdict, key, argv[argc + i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* (The keyword source goes by pointer: a struct passed by value is rebuilt on the stack at
 * each call, a store-forwarding stall on the hottest path of calls with keywords.) */
static int bind(VM *vm, ObjFunction *fn, Value *locals, int argc, Value *argv,
                const KwArgs *kw) {
    ObjCode *co = fn->code;
    int total = co->argcount + co->kwonlyargcount;
    int nkw = kw->dict != NULL ? (int)kw->dict->len : kw->names != NULL ? (int)kw->names->len : 0;
    /* the common case: exact positional call */
    if (nkw == 0 && argc == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        for (int i = 0; i < argc; i++) {
            locals[i] = argv[i];
        }
        return 0;
    }
    ObjDict *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = tpDict_new(vm);
        if (kwdict == NULL) {
            return -1;
        }
        locals[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = OBJ_VAL(kwdict);
    }
    int npos = argc < co->argcount ? argc : co->argcount;
    for (int i = 0; i < npos; i++) {
        locals[i] = argv[i];
    }
    if (co->flags & CO_VARARGS) {
        ObjTuple *rest;
        if (argc > npos) {
            rest = tpTuple_from(vm, (size_t)(argc - npos), argv + npos);
            if (rest == NULL) {
                return -1;
            }
        } else {
            rest = vm->empty_tuple;
        }
        locals[total] = OBJ_VAL(rest);
    }
    if (nkw > 0 && bind_keywords(vm, fn, locals, kw, kwdict) < 0) {
        return -1;
    }
    if (argc > co->argcount && !(co->flags & CO_VARARGS)) {
        return too_many_positional(vm, fn, locals, argc);
    }
    return fill_defaults(vm, fn, locals, argc);
}

int tpCall_bind(VM *vm, ObjFunction *fn, Value *locals, int argc, Value *argv, ObjTuple *kwnames) {
    if (fn->code->hdr.flags & TP_CODE_FORWARDER) {   /* decorator wrappers */
        return bind_forwarder(vm, fn, locals, argc, argv,
                              kwnames != NULL && kwnames->len > 0 ? kwnames : NULL);
    }
    KwArgs kw = {kwnames, argv != NULL ? argv + argc : NULL, NULL};   /* (NULL + 0 is UB) */
    return bind(vm, fn, locals, argc, argv, &kw);
}

bool tpCall_str_keys(VM *vm, ObjDict *d) {
    size_t it = 0;
    Value key, val;
    while (tpDict_next(d, &it, &key, &val)) {
        if (!IS_OBJ(key) || AS_OBJ(key)->type != vm->types[TYPE_STR]) {
            return false;
        }
    }
    return true;
}

int tpCall_bind_dict(VM *vm, ObjFunction *fn, Value *locals, int argc, Value *argv, ObjDict *kw) {
    KwArgs k = {NULL, NULL, kw};
    return bind(vm, fn, locals, argc, argv, &k);
}

ObjStr *tpCall_funcstr(VM *vm, Value callable) {
    /* as CPython's _PyObject_FunctionStr: a missing attribute falls back, any other error
     * (a failing __getattr__, MemoryError) propagates */
    Value qn, mod;
    int r = tpObj_getattr_opt(vm, callable, vm->names[NAME___qualname__], &qn);
    if (r < 0) {
        return NULL;
    }
    StrBuf b;
    tpBuf_init(&b);
    int e = 0;
    if (r == 1 && IS_OBJ(qn) && tpObj_is(vm, qn, TYPE_STR)) {
        int m = tpObj_getattr_opt(vm, callable, vm->names[NAME___module__], &mod);
        if (m < 0) {
            return NULL;
        }
        if (m == 1 && IS_OBJ(mod) && tpObj_is(vm, mod, TYPE_STR) &&
            strcmp(AS_STR(mod)->data, "builtins") != 0) {
            e = tpBuf_put_str(vm, &b, AS_STR(mod)) < 0 || tpBuf_putc(vm, &b, '.') < 0;
        }
        e = e || tpBuf_put_str(vm, &b, AS_STR(qn)) < 0 || tpBuf_puts(vm, &b, "()") < 0;
    } else {
        e = tpBuf_put_strv(vm, &b, callable) < 0;
    }
    if (e) {
        tpBuf_free(&b);
        return NULL;
    }
    return tpBuf_finish(vm, &b);
}
