/*
 * obj_func.c — callables and their descriptors: Python functions, cells, bound methods,
 * built-in functions/methods (ObjCFunction), method descriptors of built-in types and
 * get/set descriptors (GetSetDef).
 * Calling a Python function lives in vm.c/call.c; calling a native in vm.c (tpVM_call_native).
 */
#include <stdio.h>
#include <string.h>

#include "interp.h"
#include "vm_internal.h"

#define T(id) (vm->types[TYPE_##id])

/* ==== function ==== */

ObjFunction *tpFunction_new(VM *vm, ObjCode *code, ObjDict *globals, ObjStr *qualname) {
    ObjFunction *fn = tpGC_alloc(vm, T(FUNCTION), sizeof(ObjFunction));
    if (fn == NULL) {
        return NULL;
    }
    fn->code = code;
    fn->globals = globals;
    fn->name = code->name;
    fn->qualname = qualname != NULL ? qualname : code->qualname;
    if (fn->qualname == NULL) {
        fn->qualname = code->name;
    }
    fn->doc = NONE_VAL;
    fn->module = NONE_VAL;
    Value m = tpDict_get_str(vm, globals, vm->names[NAME___name__]);
    if (!IS_NULL(m)) {
        fn->module = m;
    }
    Value b = tpDict_get_str(vm, globals, vm->names[NAME___builtins__]);
    if (!IS_NULL(b) && IS_OBJ(b)) {
        if (AS_OBJ(b)->type == T(DICT)) {
            fn->builtins = AS_DICT(b);
        } else if (AS_OBJ(b)->type == T(MODULE)) {
            fn->builtins = ((ObjModule *)AS_OBJ(b))->dict;
        }
    }
    if (fn->builtins == NULL) {
        fn->builtins = vm->builtins;
    }
    return fn;
}

static void func_mark(VM *vm, Obj *o) {
    ObjFunction *f = (ObjFunction *)o;
    tpGC_mark_obj(vm, (Obj *)f->code);
    tpGC_mark_obj(vm, (Obj *)f->globals);
    tpGC_mark_obj(vm, (Obj *)f->builtins);
    tpGC_mark_obj(vm, (Obj *)f->name);
    tpGC_mark_obj(vm, (Obj *)f->qualname);
    tpGC_mark_value(vm, f->module);
    tpGC_mark_value(vm, f->doc);
    tpGC_mark_obj(vm, (Obj *)f->defaults);
    tpGC_mark_obj(vm, (Obj *)f->kwdefaults);
    tpGC_mark_obj(vm, (Obj *)f->closure);
    tpGC_mark_obj(vm, (Obj *)f->annotations);
    tpGC_mark_obj(vm, (Obj *)f->dict);
}

static int func_repr(VM *vm, Value self, Value *out) {
    ObjFunction *f = AS_FUNCTION(self);
    return tpStr_printf(vm, out, "<function %s at %p>", f->qualname->data, (void *)f);
}

static int func_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    return tpVM_call_function(vm, AS_FUNCTION(self), argc, argv, kwnames, out);
}

static int func_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    if (IS_NULL(obj) || IS_NONE(obj)) {
        *out = descr;
        return 0;
    }
    *out = tpBoundMethod_new(vm, obj, descr);
    return IS_NULL(*out) ? -1 : 0;
}

static int need_str(VM *vm, Value v, const char *what) {
    if (!IS_OBJ(v) || !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "%s must be set to a string object", what);
    }
    return 0;
}

static int fget_name(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FUNCTION(self)->name);
    return 0;
}
static int fset_name(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || need_str(vm, v, "__name__") < 0) {
        return IS_NULL(v) ? need_str(vm, NONE_VAL, "__name__") : -1;
    }
    AS_FUNCTION(self)->name = AS_STR(v);
    return 0;
}
static int fget_qualname(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FUNCTION(self)->qualname);
    return 0;
}
static int fset_qualname(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || need_str(vm, v, "__qualname__") < 0) {
        return IS_NULL(v) ? need_str(vm, NONE_VAL, "__qualname__") : -1;
    }
    AS_FUNCTION(self)->qualname = AS_STR(v);
    return 0;
}
static int fget_doc(VM *vm, Value self, Value *out) {
    *out = AS_FUNCTION(self)->doc;
    return 0;
}
static int fset_doc(VM *vm, Value self, Value v) {
    AS_FUNCTION(self)->doc = IS_NULL(v) ? NONE_VAL : v;
    return 0;
}
static int fget_module(VM *vm, Value self, Value *out) {
    *out = AS_FUNCTION(self)->module;
    return 0;
}
static int fset_module(VM *vm, Value self, Value v) {
    AS_FUNCTION(self)->module = IS_NULL(v) ? NONE_VAL : v;
    return 0;
}
static int fget_defaults(VM *vm, Value self, Value *out) {
    ObjTuple *d = AS_FUNCTION(self)->defaults;
    *out = d != NULL ? OBJ_VAL(d) : NONE_VAL;
    return 0;
}
static int fset_defaults(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || IS_NONE(v)) {
        AS_FUNCTION(self)->defaults = NULL;
        return 0;
    }
    if (!IS_OBJ(v) || !tpObj_is(vm, v, TYPE_TUPLE)) {
        return tpErr_raise(vm, EXC_TypeError, "__defaults__ must be set to a tuple object");
    }
    AS_FUNCTION(self)->defaults = AS_TUPLE(v)->len ? AS_TUPLE(v) : NULL;
    return 0;
}
static int fget_kwdefaults(VM *vm, Value self, Value *out) {
    ObjDict *d = AS_FUNCTION(self)->kwdefaults;
    *out = d != NULL ? OBJ_VAL(d) : NONE_VAL;
    return 0;
}
static int fset_kwdefaults(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || IS_NONE(v)) {
        AS_FUNCTION(self)->kwdefaults = NULL;
        return 0;
    }
    if (!IS_OBJ(v) || !tpObj_is(vm, v, TYPE_DICT)) {
        return tpErr_raise(vm, EXC_TypeError, "__kwdefaults__ must be set to a dict object");
    }
    AS_FUNCTION(self)->kwdefaults = AS_DICT(v);
    return 0;
}
static int fget_code(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FUNCTION(self)->code);
    return 0;
}
static int fset_code(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || !IS_OBJ_TYPE(v, T(CODE))) {
        return tpErr_raise(vm, EXC_TypeError, "__code__ must be set to a code object");
    }
    ObjFunction *f = AS_FUNCTION(self);
    ObjCode *c = (ObjCode *)AS_OBJ(v);
    int64_t nclosure = f->closure ? (int64_t)f->closure->len : 0;
    if (c->nfrees != nclosure) {
        return tpErr_format(vm, EXC_ValueError,
                            "%U() requires a code object with %lld free vars, not %d",
                            f->name, (long long)nclosure, (int)c->nfrees);
    }
    f->code = c;
    return 0;
}
static int fget_globals(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FUNCTION(self)->globals);
    return 0;
}
static int fget_builtins(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FUNCTION(self)->builtins);
    return 0;
}
static int fget_closure(VM *vm, Value self, Value *out) {
    ObjTuple *c = AS_FUNCTION(self)->closure;
    *out = c != NULL && c->len > 0 ? OBJ_VAL(c) : NONE_VAL;
    return 0;
}
static int fget_annotations(VM *vm, Value self, Value *out) {
    ObjFunction *f = AS_FUNCTION(self);
    if (f->annotations == NULL) {
        f->annotations = tpDict_new(vm);
        if (f->annotations == NULL) {
            return -1;
        }
    }
    *out = OBJ_VAL(f->annotations);
    return 0;
}
static int fset_annotations(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || IS_NONE(v)) {
        AS_FUNCTION(self)->annotations = NULL;
        return 0;
    }
    if (!IS_OBJ(v) || !tpObj_is(vm, v, TYPE_DICT)) {
        return tpErr_raise(vm, EXC_TypeError, "__annotations__ must be set to a dict object");
    }
    AS_FUNCTION(self)->annotations = AS_DICT(v);
    return 0;
}

static const GetSetDef func_getsets[] = {
    TP_GETSET_DICT,
    {"__name__", fget_name, fset_name, NULL},
    {"__qualname__", fget_qualname, fset_qualname, NULL},
    {"__doc__", fget_doc, fset_doc, NULL},
    {"__module__", fget_module, fset_module, NULL},
    {"__defaults__", fget_defaults, fset_defaults, NULL},
    {"__kwdefaults__", fget_kwdefaults, fset_kwdefaults, NULL},
    {"__code__", fget_code, fset_code, NULL},
    {"__globals__", fget_globals, NULL, NULL},
    {"__builtins__", fget_builtins, NULL, NULL},
    {"__closure__", fget_closure, NULL, NULL},
    {"__annotations__", fget_annotations, fset_annotations, NULL},
    TP_GETSET_END,
};

/* function(code, globals, name=None, argdefs=None, closure=None), as types.FunctionType. */
static int func_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure"};
    Value a[5];
    if (tpArg_parse_kw(vm, "function", argc, argv, kwnames, 5, names, 5, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "function() missing required argument 'code' (pos 1)");
    }
    if (!IS_OBJ_TYPE(a[0], T(CODE))) {
        return tpErr_format(vm, EXC_TypeError, "function() argument 'code' must be code, not %T",
                            a[0]);
    }
    if (IS_NULL(a[1])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "function() missing required argument 'globals' (pos 2)");
    }
    if (!IS_OBJ_TYPE(a[1], T(DICT))) {
        return tpErr_format(vm, EXC_TypeError, "function() argument 'globals' must be dict, not %T",
                            a[1]);
    }
    bool has_name = !IS_NULL(a[2]) && !IS_NONE(a[2]);
    if (has_name && !IS_OBJ_TYPE(a[2], T(STR))) {
        return tpErr_raise(vm, EXC_TypeError, "arg 3 (name) must be None or string");
    }
    bool has_defs = !IS_NULL(a[3]) && !IS_NONE(a[3]);
    if (has_defs && !IS_OBJ_TYPE(a[3], T(TUPLE))) {
        return tpErr_raise(vm, EXC_TypeError, "arg 4 (defaults) must be None or tuple");
    }
    bool has_closure = !IS_NULL(a[4]) && !IS_NONE(a[4]);
    if (has_closure && !IS_OBJ_TYPE(a[4], T(TUPLE))) {
        return tpErr_raise(vm, EXC_TypeError, "arg 5 (closure) must be None or tuple");
    }
    ObjCode *code = (ObjCode *)AS_OBJ(a[0]);
    size_t nclosure = has_closure ? AS_TUPLE(a[4])->len : 0;
    if (code->nfrees > 0 && !has_closure) {
        return tpErr_raise(vm, EXC_TypeError, "arg 5 (closure) must be tuple");
    }
    if ((size_t)code->nfrees != nclosure) {
        return tpErr_format(vm, EXC_ValueError, "%U requires closure of length %d, not %zu",
                            code->name, (int)code->nfrees, nclosure);
    }
    for (size_t i = 0; i < nclosure; i++) {
        if (!IS_OBJ_TYPE(AS_TUPLE(a[4])->items[i], T(CELL))) {
            return tpErr_format(vm, EXC_TypeError, "arg 5 (closure) expected cell, found %T",
                                AS_TUPLE(a[4])->items[i]);
        }
    }
    ObjFunction *fn = tpFunction_new(vm, code, AS_DICT(a[1]), NULL);
    if (fn == NULL) {
        return -1;
    }
    if (has_name) {
        fn->name = AS_STR(a[2]);
    }
    fn->defaults = has_defs ? AS_TUPLE(a[3]) : NULL;
    fn->closure = has_closure ? AS_TUPLE(a[4]) : NULL;
    (void)type;
    *out = OBJ_VAL(fn);
    return 0;
}

const TypeSpec tpFunction_spec = {
    .name = "function",
    .id = TYPE_FUNCTION,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjFunction),
    .dictoffset = offsetof(ObjFunction, dict),
    .flags = 0,
    .slots = {.mark = func_mark, .repr = func_repr, .call = func_call,
              .descr_get = func_descr_get, .new_ = func_new},
    .methods = NULL,
    .getsets = func_getsets,
    .doc = "Create a function object.",
};

/* ==== cell ==== */

ObjCell *tpCell_new(VM *vm, Value v) {
    ObjCell *c = tpGC_alloc(vm, T(CELL), sizeof(ObjCell));
    if (c == NULL) {
        return NULL;
    }
    c->value = v;
    return c;
}

static void cell_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((ObjCell *)o)->value); }

static int cell_repr(VM *vm, Value self, Value *out) {
    ObjCell *c = (ObjCell *)AS_OBJ(self);
    if (IS_NULL(c->value)) {
        return tpStr_printf(vm, out, "<cell at %p: empty>", (void *)c);
    }
    void *addr = IS_OBJ(c->value) ? (void *)AS_OBJ(c->value) : (void *)c;
    return tpStr_printf(vm, out, "<cell at %p: %s object at %p>", (void *)c,
                        tpObj_typename(vm, c->value), addr);
}

static int cell_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!IS_OBJ_TYPE(a, T(CELL)) || !IS_OBJ_TYPE(b, T(CELL))) {
        *out = vm->not_implemented;
        return 0;
    }
    Value x = ((ObjCell *)AS_OBJ(a))->value, y = ((ObjCell *)AS_OBJ(b))->value;
    if (IS_NULL(x) || IS_NULL(y)) {
        int cx = !IS_NULL(x), cy = !IS_NULL(y);
        int res;
        switch (op) {
        case CMP_LT: res = cx < cy; break;
        case CMP_LE: res = cx <= cy; break;
        case CMP_EQ: res = cx == cy; break;
        case CMP_NE: res = cx != cy; break;
        case CMP_GT: res = cx > cy; break;
        default: res = cx >= cy; break;
        }
        *out = BOOL_VAL(res);
        return 0;
    }
    return tpObj_richcmp(vm, x, y, op, out);
}

static int cell_get_contents(VM *vm, Value self, Value *out) {
    Value v = ((ObjCell *)AS_OBJ(self))->value;
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_ValueError, "Cell is empty");
    }
    *out = v;
    return 0;
}
static int cell_set_contents(VM *vm, Value self, Value v) {
    ((ObjCell *)AS_OBJ(self))->value = v;
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    TP_GETSET_END,
};

const TypeSpec tpCell_spec = {
    .name = "cell",
    .id = TYPE_CELL,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjCell),
    .flags = TPFLAG_UNHASHABLE,
    .slots = {.mark = cell_mark, .repr = cell_repr, .richcmp = cell_richcmp},
    .getsets = cell_getsets,
};

/* ==== bound method ==== */

Value tpBoundMethod_new(VM *vm, Value self, Value func) {
    ObjBoundMethod *m = tpGC_alloc(vm, T(BOUND_METHOD), sizeof(ObjBoundMethod));
    if (m == NULL) {
        return NULL_VAL;
    }
    m->self = self;
    m->func = func;
    return OBJ_VAL(m);
}

#define AS_BM(v) ((ObjBoundMethod *)AS_OBJ(v))

static void bm_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjBoundMethod *)o)->self);
    tpGC_mark_value(vm, ((ObjBoundMethod *)o)->func);
}

static int bm_repr(VM *vm, Value self, Value *out) {
    ObjBoundMethod *m = AS_BM(self);
    Value name;
    int r = tpObj_getattr_opt(vm, m->func, vm->names[NAME___qualname__], &name);
    if (r == 0) {
        r = tpObj_getattr_opt(vm, m->func, vm->names[NAME___name__], &name);
    }
    if (r < 0) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_puts(vm, &b, "<bound method ") < 0 ||
        (r == 1 ? tpBuf_put_strv(vm, &b, name) : tpBuf_putc(vm, &b, '?')) < 0 ||
        tpBuf_puts(vm, &b, " of ") < 0 || tpBuf_put_repr(vm, &b, m->self) < 0 ||
        tpBuf_putc(vm, &b, '>') < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int bm_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjBoundMethod *m = AS_BM(self);
    int nkw = kwnames ? (int)kwnames->len : 0;
    size_t mark = tpGC_save(vm);
    ObjTuple *buf = tpTuple_new(vm, (size_t)(argc + nkw + 1));
    if (buf == NULL) {
        return -1;
    }
    buf->items[0] = m->self;
    for (int i = 0; i < argc + nkw; i++) {
        buf->items[i + 1] = argv[i];
    }
    int r;
    if (IS_OBJ_TYPE(m->func, T(FUNCTION))) {
        r = tpVM_call_function(vm, AS_FUNCTION(m->func), argc + 1, buf->items, kwnames, out);
    } else {
        r = tpObj_call(vm, m->func, argc + 1, buf->items, kwnames, out);
    }
    if (r == 0) {
        tpGC_restore(vm, mark);
        if (tpGC_push_root(vm, *out) < 0) {
            return -1;
        }
    }
    return r;
}

static int bm_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    int r = tpObj_generic_getattr(vm, self, name, out);
    if (r == 0 || !tpErr_matches(vm, EXC_AttributeError)) {
        return r;
    }
    Value saved = tpErr_fetch(vm);
    r = tpObj_getattr_opt(vm, AS_BM(self)->func, name, out);
    if (r == 1) {
        return 0;
    }
    if (r == 0) {
        vm->exc = saved;
    }
    return -1;
}

static int bm_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ_TYPE(a, T(BOUND_METHOD)) ||
        !IS_OBJ_TYPE(b, T(BOUND_METHOD))) {
        *out = vm->not_implemented;
        return 0;
    }
    int eq = AS_BM(a)->self == AS_BM(b)->self;
    if (eq && tpObj_eq(vm, AS_BM(a)->func, AS_BM(b)->func, &eq) < 0) {
        return -1;
    }
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

static int bm_hash(VM *vm, Value self, int64_t *out) {
    int64_t h1, h2;
    if (tpObj_hash(vm, AS_BM(self)->func, &h2) < 0) {
        return -1;
    }
    h1 = (int64_t)(AS_BM(self)->self >> 4);
    int64_t h = h1 ^ h2;
    *out = h == -1 ? -2 : h;
    return 0;
}

static int bm_get_self(VM *vm, Value self, Value *out) {
    *out = AS_BM(self)->self;
    return 0;
}
static int bm_get_func(VM *vm, Value self, Value *out) {
    *out = AS_BM(self)->func;
    return 0;
}
static int bm_get_doc(VM *vm, Value self, Value *out) {
    return tpObj_getattr(vm, AS_BM(self)->func, vm->names[NAME___doc__], out);
}

static const GetSetDef bm_getsets[] = {
    {"__self__", bm_get_self, NULL, NULL},
    {"__func__", bm_get_func, NULL, NULL},
    {"__doc__", bm_get_doc, NULL, NULL},
    TP_GETSET_END,
};

/* types.MethodType(func, obj) */
static int bm_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "method() takes no keyword arguments");
    }
    if (argc != 2) {
        return tpErr_format(vm, EXC_TypeError, "method expected 2 arguments, got %d", argc);
    }
    if (!tpObj_callable(vm, argv[0])) {
        return tpErr_raise(vm, EXC_TypeError, "first argument must be callable");
    }
    if (IS_NONE(argv[1])) {
        return tpErr_raise(vm, EXC_TypeError, "instance must not be None");
    }
    *out = tpBoundMethod_new(vm, argv[1], argv[0]);
    return IS_NULL(*out) ? -1 : 0;
}

const TypeSpec tpBoundMethod_spec = {
    .name = "method",
    .id = TYPE_BOUND_METHOD,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjBoundMethod),
    .slots = {.mark = bm_mark, .repr = bm_repr, .call = bm_call, .getattr = bm_getattr,
              .richcmp = bm_richcmp, .hash = bm_hash, .new_ = bm_new},
    .getsets = bm_getsets,
};

/* ==== builtin functions and methods ==== */

#define AS_CF(v) ((ObjCFunction *)AS_OBJ(v))

Value tpCFunction_new(VM *vm, const MethodDef *def, Value self, ObjType *owner) {
    ObjType *t = (IS_NULL(self) && owner != NULL && !(def->flags & METH_STATIC))
                     ? T(METHOD_DESCR) : T(CFUNCTION);
    ObjCFunction *cf = tpGC_alloc(vm, t, sizeof(ObjCFunction));
    if (cf == NULL) {
        return NULL_VAL;
    }
    cf->def = def;
    cf->self = self;
    cf->owner = owner;
    return OBJ_VAL(cf);
}

ObjCFunction *tpMethodDescr_new(VM *vm, const MethodDef *def, ObjType *owner) {
    ObjCFunction *cf = tpGC_alloc(vm, T(METHOD_DESCR), sizeof(ObjCFunction));
    if (cf == NULL) {
        return NULL;
    }
    cf->def = def;
    cf->self = NULL_VAL;
    cf->owner = owner;
    return cf;
}

int tpCFunction_fullname(VM *vm, ObjCFunction *cf, char *buf, size_t n) {
    if (cf->owner != NULL) {
        return snprintf(buf, n, "%s.%s", tpType_name(cf->owner), cf->def->name);
    }
    /* a module's function is named with its module ("time.time() takes no arguments"),
     * except the builtins', as CPython's _PyObject_FunctionStr does */
    if (tpObj_is(vm, cf->self, TYPE_MODULE)) {
        const char *mod = tpModule_name(vm, (ObjModule *)AS_OBJ(cf->self));
        if (strcmp(mod, "builtins") != 0 && strcmp(mod, "?") != 0) {
            return snprintf(buf, n, "%s.%s", mod, cf->def->name);
        }
    }
    return snprintf(buf, n, "%s", cf->def->name);
}

static void cf_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjCFunction *)o)->self);
    tpGC_mark_obj(vm, (Obj *)((ObjCFunction *)o)->owner);
}

static int finish_buf(VM *vm, StrBuf *b, int r, Value *out) {
    if (r < 0) {
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

static int cf_repr(VM *vm, Value self, Value *out) {
    ObjCFunction *cf = AS_CF(self);
    StrBuf b;
    tpBuf_init(&b);
    int r;
    if (cf->owner == NULL || IS_NULL(cf->self)) {
        r = tpBuf_printf(vm, &b, "<built-in function %s>", cf->def->name);
    } else if (IS_OBJ(cf->self) && AS_OBJ(cf->self)->type == T(TYPE)) {
        r = tpBuf_printf(vm, &b, "<built-in method %s of type object at %p>", cf->def->name,
                         (void *)AS_OBJ(cf->self));
    } else {
        void *addr = IS_OBJ(cf->self) ? (void *)AS_OBJ(cf->self) : (void *)cf;
        r = tpBuf_printf(vm, &b, "<built-in method %s of %s object at %p>", cf->def->name,
                         tpObj_typename(vm, cf->self), addr);
    }
    return finish_buf(vm, &b, r, out);
}

static int cf_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    return tpVM_call_native(vm, self, argc, argv, kwnames, out);
}

static int cf_get_name(VM *vm, Value self, Value *out) {
    ObjStr *s = tpStr_from_cstr(vm, AS_CF(self)->def->name);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}
static int cf_get_qualname(VM *vm, Value self, Value *out) {
    char buf[256];
    ObjCFunction *cf = AS_CF(self);
    if (cf->owner != NULL) {
        snprintf(buf, sizeof buf, "%s.%s", tpType_name(cf->owner), cf->def->name);
    } else {
        snprintf(buf, sizeof buf, "%s", cf->def->name);
    }
    ObjStr *s = tpStr_from_cstr(vm, buf);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}
static int cf_get_doc(VM *vm, Value self, Value *out) {
    const char *d = AS_CF(self)->def->doc;
    if (d == NULL) {
        *out = NONE_VAL;
        return 0;
    }
    ObjStr *s = tpStr_from_cstr(vm, d);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}
static int cf_get_self(VM *vm, Value self, Value *out) {
    Value s = AS_CF(self)->self;
    *out = IS_NULL(s) ? NONE_VAL : s;
    return 0;
}
static int cf_get_module(VM *vm, Value self, Value *out) {
    ObjCFunction *cf = AS_CF(self);
    if (cf->owner == NULL && IS_OBJ_TYPE(cf->self, T(MODULE))) {
        ObjModule *m = (ObjModule *)AS_OBJ(cf->self);
        Value n = tpDict_get_str(vm, m->dict, vm->names[NAME___name__]);
        *out = IS_NULL(n) ? NONE_VAL : n;
        return 0;
    }
    if (cf->owner == NULL) {
        ObjStr *s = tpStr_from_cstr(vm, "builtins");
        if (s == NULL) {
            return -1;
        }
        *out = OBJ_VAL(s);
        return 0;
    }
    *out = NONE_VAL;
    return 0;
}
static int cf_get_objclass(VM *vm, Value self, Value *out) {
    ObjCFunction *cf = AS_CF(self);
    if (cf->owner == NULL) {
        return tpErr_format(vm, EXC_AttributeError,
                            "'builtin_function_or_method' object has no attribute '__objclass__'");
    }
    *out = OBJ_VAL(cf->owner);
    return 0;
}

static int cf_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ(a) || !IS_OBJ(b) ||
        AS_OBJ(a)->type != AS_OBJ(b)->type) {
        *out = vm->not_implemented;
        return 0;
    }
    bool eq = AS_CF(a)->def == AS_CF(b)->def && AS_CF(a)->self == AS_CF(b)->self;
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

static int cf_hash(VM *vm, Value self, int64_t *out) {
    int64_t h = (int64_t)((uintptr_t)AS_CF(self)->def >> 4) ^ (int64_t)(AS_CF(self)->self >> 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

static const GetSetDef cf_getsets[] = {
    {"__name__", cf_get_name, NULL, NULL},
    {"__qualname__", cf_get_qualname, NULL, NULL},
    {"__doc__", cf_get_doc, NULL, NULL},
    {"__self__", cf_get_self, NULL, NULL},
    {"__module__", cf_get_module, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpCFunction_spec = {
    .name = "builtin_function_or_method",
    .id = TYPE_CFUNCTION,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjCFunction),
    .slots = {.mark = cf_mark, .repr = cf_repr, .call = cf_call, .richcmp = cf_richcmp,
              .hash = cf_hash},
    .getsets = cf_getsets,
};

/* ---- method descriptor: an unbound method of a built-in type ---- */

static int md_repr(VM *vm, Value self, Value *out) {
    ObjCFunction *cf = AS_CF(self);
    StrBuf b;
    tpBuf_init(&b);
    int r = tpBuf_printf(vm, &b, "<method '%s' of '%s' objects>", cf->def->name,
                         cf->owner ? tpType_name(cf->owner) : "?");
    return finish_buf(vm, &b, r, out);
}

static int md_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    ObjCFunction *cf = AS_CF(descr);
    if (cf->def->flags & METH_CLASS) {
        Value t = type;
        if (IS_NULL(t) || IS_NONE(t)) {
            t = OBJ_VAL(tpType_of(vm, obj));
        }
        *out = tpCFunction_new(vm, cf->def, t, cf->owner);
        return IS_NULL(*out) ? -1 : 0;
    }
    if (cf->def->flags & METH_STATIC) {
        *out = tpCFunction_new(vm, cf->def, NULL_VAL, NULL);
        return IS_NULL(*out) ? -1 : 0;
    }
    if (IS_NULL(obj) || (IS_NONE(obj) && cf->owner != T(NONE))) {
        *out = descr;
        return 0;
    }
    if (cf->owner != NULL && !tpType_is_subtype(tpType_of(vm, obj), cf->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                            cf->def->name, cf->owner, obj);
    }
    *out = tpCFunction_new(vm, cf->def, obj, cf->owner);
    return IS_NULL(*out) ? -1 : 0;
}

static const GetSetDef md_getsets[] = {
    {"__name__", cf_get_name, NULL, NULL},
    {"__qualname__", cf_get_qualname, NULL, NULL},
    {"__doc__", cf_get_doc, NULL, NULL},
    {"__objclass__", cf_get_objclass, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpMethodDescr_spec = {
    .name = "method_descriptor",
    .id = TYPE_METHOD_DESCR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjCFunction),
    .slots = {.mark = cf_mark, .repr = md_repr, .call = cf_call, .descr_get = md_descr_get},
    .getsets = md_getsets,
};

/* ==== get/set descriptor ==== */

#define AS_GS(v) ((ObjGetSetDescr *)AS_OBJ(v))

static void gs_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ObjGetSetDescr *)o)->owner); }

static int gs_repr(VM *vm, Value self, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    int r = tpBuf_printf(vm, &b, "<attribute '%s' of '%s' objects>", AS_GS(self)->def->name,
                         AS_GS(self)->owner ? tpType_name(AS_GS(self)->owner) : "?");
    return finish_buf(vm, &b, r, out);
}

static int gs_check(VM *vm, ObjGetSetDescr *d, Value obj) {
    if (d->owner != NULL && !tpType_is_subtype(tpType_of(vm, obj), d->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                            d->def->name, d->owner, obj);
    }
    return 0;
}

static int gs_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    ObjGetSetDescr *d = AS_GS(descr);
    if (IS_NULL(obj) || (IS_NONE(obj) && d->owner != T(NONE) && d->owner != T(OBJECT))) {
        *out = descr;
        return 0;
    }
    if (gs_check(vm, d, obj) < 0) {
        return -1;
    }
    if (d->def->get == NULL) {
        return tpErr_format(vm, EXC_AttributeError, "attribute '%s' of '%N' objects is not readable",
                            d->def->name, d->owner);
    }
    return d->def->get(vm, obj, out);
}

static int gs_descr_set(VM *vm, Value descr, Value obj, Value v) {
    ObjGetSetDescr *d = AS_GS(descr);
    if (gs_check(vm, d, obj) < 0) {
        return -1;
    }
    if (d->def->set == NULL) {
        return tpErr_format(vm, EXC_AttributeError, "attribute '%s' of '%N' objects is not writable",
                            d->def->name, d->owner);
    }
    return d->def->set(vm, obj, v);
}

static int gs_get_name(VM *vm, Value self, Value *out) {
    ObjStr *s = tpStr_from_cstr(vm, AS_GS(self)->def->name);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}
static int gs_get_doc(VM *vm, Value self, Value *out) {
    const char *d = AS_GS(self)->def->doc;
    if (d == NULL) {
        *out = NONE_VAL;
        return 0;
    }
    ObjStr *s = tpStr_from_cstr(vm, d);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}
static int gs_get_objclass(VM *vm, Value self, Value *out) {
    ObjType *t = AS_GS(self)->owner;
    *out = t ? OBJ_VAL(t) : NONE_VAL;
    return 0;
}

static const GetSetDef gs_getsets[] = {
    {"__name__", gs_get_name, NULL, NULL},
    {"__qualname__", gs_get_name, NULL, NULL},
    {"__doc__", gs_get_doc, NULL, NULL},
    {"__objclass__", gs_get_objclass, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpGetSetDescr_spec = {
    .name = "getset_descriptor",
    .id = TYPE_GETSET_DESCR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGetSetDescr),
    .slots = {.mark = gs_mark, .repr = gs_repr, .descr_get = gs_descr_get,
              .descr_set = gs_descr_set},
    .getsets = gs_getsets,
};
