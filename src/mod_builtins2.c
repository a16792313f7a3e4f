/*
 * mod_builtins2.c — the builtins that run code or inspect namespaces: eval, exec, compile,
 * globals, locals, vars, dir, __build_class__ (metaclass calculation, __prepare__, running the
 * class body against its namespace) and __import__.
 */
#include "mod_builtins.h"
#include "str_impl.h"
#include "vm_internal.h"

/* ==== namespaces ==== */

ObjDict *tpBuiltins_globals(VM *vm) {
    Frame *f = tpVM_current_frame(vm);
    if (f != NULL && f->globals != NULL) {
        return f->globals;
    }
    if (IS_OBJ(vm->main_module)) {
        return ((ObjModule *)AS_OBJ(vm->main_module))->dict;
    }
    return vm->builtins;
}

int tpBuiltins_locals(VM *vm, Value *out) {
    Frame *f = tpVM_current_frame(vm);
    if (f == NULL) {
        *out = OBJ_VAL(tpBuiltins_globals(vm));
        return 0;
    }
    return tpFrame_locals(vm, f, out);
}

static int bi_globals(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    *out = OBJ_VAL(tpBuiltins_globals(vm));
    return 0;
}

static int bi_locals(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    return tpBuiltins_locals(vm, out);
}

static int bi_vars(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    if (argc == 0) {
        return tpBuiltins_locals(vm, out);
    }
    int rc = tpObj_getattr_opt(vm, argv[0], vm->names[NAME___dict__], out);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0 && tpType_of(vm, argv[0])->dictoffset != 0) {
        /* instances whose type exposes no __dict__ descriptor still have one */
        ObjDict *d = tpObj_dict(vm, argv[0], true);
        if (d == NULL) {
            return -1;
        }
        *out = OBJ_VAL(d);
        return 0;
    }
    if (rc == 0) {
        return tpErr_raise(vm, EXC_TypeError, "vars() argument must have __dict__ attribute");
    }
    return 0;
}

static int sorted_names(VM *vm, Value names, Value *out) {
    ObjList *l = tpSeq_list(vm, names);
    if (l == NULL || tpList_sort(vm, l, NULL_VAL, false) < 0) {
        return -1;
    }
    *out = OBJ_VAL(l);
    return 0;
}

int tpObj_dir(VM *vm, Value obj, Value *out) {
    ObjType *t = tpType_of(vm, obj);
    Value fn = tpType_lookup(vm, t, vm->names[NAME___dir__]);
    if (IS_NULL(fn)) {
        return tpErr_raise(vm, EXC_TypeError, "object does not provide __dir__");
    }
    Value names;
    if (tpObj_call(vm, fn, 1, &obj, NULL, &names) < 0) {
        return -1;
    }
    return sorted_names(vm, names, out);
}

static int bi_dir(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    if (argc != 0) {
        return tpObj_dir(vm, argv[0], out);
    }
    Value loc, names;
    if (tpBuiltins_locals(vm, &loc) < 0 ||
        tpObj_call_method(vm, loc, vm->names[NAME_keys], 0, NULL, &names) < 0) {
        return -1;
    }
    return sorted_names(vm, names, out);
}

/* ==== compile / eval / exec ==== */

static bool has_nul(const char *s, size_t n) { return memchr(s, '\0', n) != NULL; }

/* The source text of str/bytes/bytearray; 0 ok, 1 not text, -1 error. */
static int source_text(VM *vm, Value src, const char **text, size_t *len) {
    if (tpObj_is(vm, src, TYPE_STR)) {
        *text = AS_STR(src)->data;
        *len = AS_STR(src)->nbytes;
    } else if (tpObj_is(vm, src, TYPE_BYTES)) {
        *text = (const char *)AS_BYTES(src)->data;
        *len = AS_BYTES(src)->len;
        ObjStr *s = tpStr_decode_utf8(vm, *text, *len, "strict");
        if (s == NULL) {
            return -1;
        }
        *text = s->data;
        *len = s->nbytes;
    } else if (tpObj_is(vm, src, TYPE_BYTEARRAY) || IS_OBJ_TYPE(src, vm->types[TYPE_MEMORYVIEW])) {
        const uint8_t *d;
        size_t n;
        if (!tpBytes_view(vm, src, &d, &n)) {   /* a released or strided memoryview */
            return tpBuffer_error(vm, src);
        }
        ObjStr *s = tpStr_decode_utf8(vm, (const char *)d, n, "strict");
        if (s == NULL) {
            return -1;
        }
        *text = s->data;
        *len = s->nbytes;
    } else {
        return 1;
    }
    if (has_nul(*text, *len)) {
        /* no location at all: every position attribute stays None, as in CPython */
        return tpErr_raise(vm, EXC_SyntaxError, "source code string cannot contain null bytes");
    }
    return 0;
}

static int mode_of(VM *vm, Value m, int *mode) {
    if (!tpObj_is(vm, m, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "compile() argument 'mode' must be str, not %T", m);
    }
    const char *s = AS_STR(m)->data;
    if (strcmp(s, "exec") == 0) {
        *mode = COMPILE_EXEC;
    } else if (strcmp(s, "eval") == 0) {
        *mode = COMPILE_EVAL;
    } else if (strcmp(s, "single") == 0) {
        *mode = COMPILE_SINGLE;
    } else {
        return tpErr_raise(vm, EXC_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    return 0;
}

static int bi_compile(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"source", "filename", "mode", "flags",
                                        "dont_inherit", "optimize", "_feature_version"};
    Value a[7];
    if (argc > 6) {
        return tpErr_format(vm, EXC_TypeError,
                            "compile() takes at most 6 positional arguments (%d given)", argc);
    }
    if (tpArg_parse_kw(vm, "compile", argc, argv, kwnames, 6, names, 7, a) < 0) {
        return -1;
    }
    static const char *const req[] = {"source", "filename", "mode"};
    for (int i = 0; i < 3; i++) {
        if (IS_NULL(a[i])) {
            return tpErr_format(vm, EXC_TypeError,
                                "compile() missing required argument '%s' (pos %d)", req[i], i + 1);
        }
    }
    const char *fname;
    if (tpObj_is(vm, a[1], TYPE_STR)) {
        fname = AS_STR(a[1])->data;
    } else if (tpObj_is(vm, a[1], TYPE_BYTES)) {
        fname = (const char *)AS_BYTES(a[1])->data;
    } else {
        return tpErr_format(vm, EXC_TypeError,
                            "expected str, bytes or os.PathLike object, not %T", a[1]);
    }
    int mode = COMPILE_EXEC;
    if (mode_of(vm, a[2], &mode) < 0) {
        return -1;
    }
    if (tpObj_is(vm, a[0], TYPE_CODE)) {
        *out = a[0];
        return 0;
    }
    const char *text;
    size_t len;
    int rc = source_text(vm, a[0], &text, &len);
    if (rc < 0) {
        return -1;
    }
    if (rc == 1) {
        return tpErr_raise(vm, EXC_TypeError,
                           "compile() arg 1 must be a string, bytes or AST object");
    }
    ObjCode *code = tpCompile_source(vm, text, len, fname, mode);
    if (code == NULL) {
        return -1;
    }
    *out = OBJ_VAL(code);
    return 0;
}

static bool is_mapping(VM *vm, Value v) {
    if (tpObj_is(vm, v, TYPE_DICT)) {
        return true;
    }
    return tpType_of(vm, v)->sl.getitem != NULL && !tpObj_is(vm, v, TYPE_LIST) &&
           !tpObj_is(vm, v, TYPE_TUPLE) && !tpObj_is(vm, v, TYPE_STR);
}

/* Shared by eval (magic 0) and exec (magic 1). */
static int run_source(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    bool is_exec = vm->magic == 1;
    const char *fname = is_exec ? "exec" : "eval";
    static const char *const names[] = {"source", "globals", "locals", "closure"};
    Value a[4] = {NULL_VAL, NULL_VAL, NULL_VAL, NULL_VAL};
    if (argc > 3) {
        return tpErr_format(vm, EXC_TypeError, "%s() takes at most 3 positional arguments (%d given)",
                            fname, argc);
    }
    if (kwnames != NULL && kwnames->len > 0) {
        if (!is_exec) {
            return tpErr_raise(vm, EXC_TypeError, "eval() takes no keyword arguments");
        }
        Value tmp[4];
        if (tpArg_parse_kw(vm, fname, 0, argv + argc, kwnames, 0, names + 3, 1, tmp) < 0) {
            return -1;
        }
    }
    if (argc < 1) {
        if (is_exec) {
            return tpErr_raise(vm, EXC_TypeError,
                               "exec() takes at least 1 positional argument (0 given)");
        }
        return tpErr_raise(vm, EXC_TypeError, "eval expected at least 1 argument, got 0");
    }
    for (int i = 0; i < argc; i++) {
        a[i] = argv[i];
    }
    Value globals = IS_NULL(a[1]) ? NONE_VAL : a[1];
    Value locals = IS_NULL(a[2]) ? NONE_VAL : a[2];
    if (!IS_NONE(globals) && !tpObj_is(vm, globals, TYPE_DICT)) {
        if (is_exec) {
            return tpErr_format(vm, EXC_TypeError, "exec() globals must be a dict, not %T",
                                globals);
        }
        return tpErr_raise(vm, EXC_TypeError,
                           is_mapping(vm, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                   : "globals must be a dict");
    }
    if (!IS_NONE(locals) && !is_mapping(vm, locals)) {
        if (is_exec) {
            return tpErr_format(vm, EXC_TypeError, "locals must be a mapping or None, not %T",
                                locals);
        }
        return tpErr_raise(vm, EXC_TypeError, "locals must be a mapping");
    }
    if (IS_NONE(globals)) {
        globals = OBJ_VAL(tpBuiltins_globals(vm));
        if (IS_NONE(locals) && tpBuiltins_locals(vm, &locals) < 0) {
            return -1;
        }
    } else if (IS_NONE(locals)) {
        locals = globals;
    }
    ObjDict *g = AS_DICT(globals);
    if (IS_NULL(tpDict_get_str(vm, g, vm->names[NAME___builtins__])) &&
        tpDict_set_str(vm, g, vm->names[NAME___builtins__], vm->builtins_module) < 0) {
        return -1;
    }
    ObjCode *code;
    if (tpObj_is(vm, a[0], TYPE_CODE)) {
        code = (ObjCode *)AS_OBJ(a[0]);
    } else {
        const char *text;
        size_t len;
        int rc = source_text(vm, a[0], &text, &len);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return tpErr_format(vm, EXC_TypeError, "%s() arg 1 must be a string, bytes or code object",
                                fname);
        }
        if (!is_exec) {
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        code = tpCompile_source(vm, text, len, "<string>", is_exec ? COMPILE_EXEC : COMPILE_EVAL);
        if (code == NULL) {
            return -1;
        }
    }
    Value r;
    if (tpVM_run_code(vm, code, g, locals == globals ? NULL_VAL : locals, &r) < 0) {
        return -1;
    }
    *out = is_exec ? NONE_VAL : r;
    return 0;
}

/* ==== __build_class__ ==== */

/* Replace non-class bases by their __mro_entries__ (PEP 560). *changed tells if any did. */
static ObjTuple *resolve_bases(VM *vm, ObjTuple *orig, bool *changed) {
    *changed = false;
    ObjList *out = NULL;
    ObjStr *me = vm->names[NAME___mro_entries__];
    for (size_t i = 0; i < orig->len; i++) {
        Value b = orig->items[i];
        Value fn = NULL_VAL;
        if (!tpObj_is(vm, b, TYPE_TYPE)) {
            int rc = tpObj_getattr_opt(vm, b, me, &fn);
            if (rc < 0) {
                return NULL;
            }
        }
        if (IS_NULL(fn)) {
            if (out != NULL && tpList_append(vm, out, b) < 0) {
                return NULL;
            }
            continue;
        }
        if (out == NULL) {
            out = tpList_from(vm, i, orig->items);
            if (out == NULL) {
                return NULL;
            }
        }
        Value arg = OBJ_VAL(orig), r;
        if (tpObj_call(vm, fn, 1, &arg, NULL, &r) < 0) {
            return NULL;
        }
        if (!tpObj_is(vm, r, TYPE_TUPLE)) {
            tpErr_raise(vm, EXC_TypeError, "__mro_entries__ must return a tuple");
            return NULL;
        }
        if (tpList_extend(vm, out, r) < 0) {
            return NULL;
        }
        *changed = true;
    }
    if (out == NULL) {
        return orig;
    }
    return tpSeq_tuple(vm, OBJ_VAL(out));
}

/* The most derived metaclass among meta and the bases' types. */
static ObjType *calculate_metaclass(VM *vm, ObjType *meta, ObjTuple *bases) {
    ObjType *winner = meta;
    for (size_t i = 0; i < bases->len; i++) {
        ObjType *t = tpType_of(vm, bases->items[i]);
        if (tpType_is_subtype(winner, t)) {
            continue;
        }
        if (tpType_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        tpErr_raise(vm, EXC_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Split __build_class__'s keywords into metaclass and the rest (kept in argv order). */
static int split_kwargs(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *meta,
                        ObjTuple **rest_names, Value **rest_vals, int *nrest) {
    *meta = NULL_VAL;
    *rest_names = NULL;
    *nrest = 0;
    if (kwnames == NULL || kwnames->len == 0) {
        return 0;
    }
    size_t n = kwnames->len;
    ObjList *names = tpList_new(vm, n);
    ObjTuple *vals = tpTuple_new(vm, n);   /* holds the values rooted */
    if (names == NULL || vals == NULL) {
        return -1;
    }
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        Value name = kwnames->items[i];
        if (AS_STR(name) == vm->names[NAME_metaclass] ||
            strcmp(AS_STR(name)->data, "metaclass") == 0) {
            *meta = argv[argc + (int)i];
            continue;
        }
        if (tpList_append(vm, names, name) < 0) {
            return -1;
        }
        vals->items[k++] = argv[argc + (int)i];
    }
    if (k > 0) {
        *rest_names = tpSeq_tuple(vm, OBJ_VAL(names));
        if (*rest_names == NULL) {
            return -1;
        }
    }
    *rest_vals = vals->items;
    *nrest = k;
    return 0;
}

static int call_prepare(VM *vm, Value meta, bool is_class, Value name, ObjTuple *bases,
                        ObjTuple *kwn, Value *kwv, int nkw, Value *ns) {
    Value prep;
    int rc = tpObj_getattr_opt(vm, meta, vm->names[NAME___prepare__], &prep);
    if (rc < 0) {
        return -1;
    }
    if (rc == 0) {
        ObjDict *d = tpDict_new(vm);
        if (d == NULL) {
            return -1;
        }
        *ns = OBJ_VAL(d);
        return 0;
    }
    ObjTuple *args = tpTuple_new(vm, 2 + (size_t)nkw);
    if (args == NULL) {
        return -1;
    }
    args->items[0] = name;
    args->items[1] = OBJ_VAL(bases);
    for (int i = 0; i < nkw; i++) {
        args->items[2 + i] = kwv[i];
    }
    if (tpObj_call(vm, prep, 2, args->items, kwn, ns) < 0) {
        return -1;
    }
    if (!is_mapping(vm, *ns)) {
        if (is_class) {
            return tpErr_format(vm, EXC_TypeError, "%N.__prepare__() must return a mapping, not %T",
                                AS_TYPE(meta), *ns);
        }
        return tpErr_format(vm, EXC_TypeError,
                            "<metaclass>.__prepare__() must return a mapping, not %T", *ns);
    }
    return 0;
}

static int check_classcell(VM *vm, Value cell, Value name, Value cls) {
    if (!IS_OBJ_TYPE(cell, vm->types[TYPE_CELL]) || !tpObj_is(vm, cls, TYPE_TYPE)) {
        return 0;
    }
    ObjCell *c = (ObjCell *)AS_OBJ(cell);
    if (IS_NULL(c->value)) {
        /* a metaclass that did not pass __classcell__ on to type.__new__ (an error since 3.8) */
        return tpErr_format(vm, EXC_RuntimeError,
                            "__class__ not set defining %R as %R. Was __classcell__ propagated "
                            "to type.__new__?", name, cls);
    }
    if (c->value != cls) {
        return tpErr_format(vm, EXC_TypeError, "__class__ set to %R defining %R as %R", c->value,
                            name, cls);
    }
    return 0;
}

static int bi_build_class(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (argc < 2) {
        return tpErr_raise(vm, EXC_TypeError, "__build_class__: not enough arguments");
    }
    if (!tpObj_is(vm, argv[0], TYPE_FUNCTION)) {
        return tpErr_raise(vm, EXC_TypeError, "__build_class__: func must be a function");
    }
    if (!tpObj_is(vm, argv[1], TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "__build_class__: name is not a string");
    }
    Value name = argv[1];
    ObjTuple *orig = tpTuple_from(vm, (size_t)(argc - 2), argv + 2);
    bool changed;
    ObjTuple *bases = orig ? resolve_bases(vm, orig, &changed) : NULL;
    if (bases == NULL) {
        return -1;
    }
    Value meta;
    ObjTuple *kwn;
    Value *kwv = NULL;
    int nkw;
    if (split_kwargs(vm, argc, argv, kwnames, &meta, &kwn, &kwv, &nkw) < 0) {
        return -1;
    }
    bool is_class = true;
    if (IS_NULL(meta)) {
        meta = bases->len > 0 ? OBJ_VAL(tpType_of(vm, bases->items[0]))
                              : OBJ_VAL(vm->types[TYPE_TYPE]);
    } else {
        is_class = tpObj_is(vm, meta, TYPE_TYPE);
    }
    if (is_class) {
        ObjType *w = calculate_metaclass(vm, AS_TYPE(meta), bases);
        if (w == NULL) {
            return -1;
        }
        meta = OBJ_VAL(w);
    }
    Value ns, cell;
    if (call_prepare(vm, meta, is_class, name, bases, kwn, kwv, nkw, &ns) < 0 ||
        tpGC_push_root(vm, ns) < 0) {
        return -1;
    }
    if (tpVM_call_with_locals(vm, AS_FUNCTION(argv[0]), ns, &cell) < 0) {
        return -1;
    }
    if (changed) {
        ObjStr *ob = tpStr_intern_cstr(vm, "__orig_bases__");
        if (ob == NULL || tpObj_setitem(vm, ns, OBJ_VAL(ob), OBJ_VAL(orig)) < 0) {
            return -1;
        }
    }
    ObjTuple *args = tpTuple_new(vm, 3 + (size_t)nkw);
    if (args == NULL) {
        return -1;
    }
    args->items[0] = name;
    args->items[1] = OBJ_VAL(bases);
    args->items[2] = ns;
    for (int i = 0; i < nkw; i++) {
        args->items[3 + i] = kwv[i];
    }
    if (tpObj_call(vm, meta, 3, args->items, kwn, out) < 0) {
        return -1;
    }
    return check_classcell(vm, cell, name, *out);
}

/* ==== __import__ ==== */

static int bi_import(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (tpArg_parse_kw(vm, "__import__", argc, argv, kwnames, 5, names, 5, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "__import__() missing required argument 'name' (pos 1)");
    }
    if (!tpObj_is(vm, a[0], TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "module name must be a string");
    }
    int64_t level = 0;
    if (!IS_NULL(a[4]) && tpObj_as_index(vm, a[4], &level) < 0) {
        return -1;
    }
    if (level < 0) {
        return tpErr_raise(vm, EXC_ValueError, "level must be >= 0");
    }
    if (AS_STR(a[0])->len == 0 && level == 0) {
        return tpErr_raise(vm, EXC_ValueError, "Empty module name");
    }
    Value globals = IS_NULL(a[1]) ? NONE_VAL : a[1];
    Value fromlist = IS_NULL(a[3]) ? NONE_VAL : a[3];
    return tpImport(vm, AS_STR(a[0]), globals, fromlist, (int)level, out);
}

/* open() is _io.open (mod_io.c) */
TP_INTERNAL int tpIO_open(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);

static const MethodDef more_functions[] = {
    TP_METHOD("globals", bi_globals, 0, 0),
    TP_METHOD("locals", bi_locals, 0, 0),
    TP_METHOD("vars", bi_vars, 0, 1),
    TP_METHOD("dir", bi_dir, 0, 1),
    TP_METHOD_KW("compile", bi_compile, 0, -1),
    {"eval", run_source, 0, -1, METH_KW, 0, NULL},
    {"exec", run_source, 0, -1, METH_KW, 1, NULL},
    TP_METHOD_KW("__build_class__", bi_build_class, 0, -1),
    TP_METHOD_KW("__import__", bi_import, 0, -1),
    TP_METHOD_KW("open", tpIO_open, 0, -1),
    TP_METHOD_KW("breakpoint", tpSys_breakpoint, 0, -1),
    TP_METHOD_END,
};

int tpBuiltins_add_more(VM *vm, ObjModule *m) { return tpModule_add_functions(vm, m, more_functions); }
