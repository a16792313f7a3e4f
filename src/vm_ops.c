/*
 * vm_ops.c — the slow paths of single instructions of the eval loop: name lookups in locals
 * mappings, unpacking, string building, calls with star and double-star arguments, function creation, imports,
 * raising and matching exceptions (incl. except*), context managers, yield from / await, and
 * structural pattern matching. Each function implements one opcode's semantics (opcodes.def).
 */
#include "interp.h"
#include "vm_internal.h"
#include "size_check.h"
#include "str_impl.h"
#include "type_cache.h"

#define T(id) (vm->types[TYPE_##id])

static bool is_exact(VM *vm, Value v, int type_id) {
    return IS_OBJ(v) && AS_OBJ(v)->type == vm->types[type_id];
}

/* ==== names ==== */

/* 1 found, 0 missing, -1 error: lookup in a mapping (dict fast path). */
static int mapping_get(VM *vm, Value map, ObjStr *name, Value *out) {
    if (is_exact(vm, map, TYPE_DICT)) {
        Value v = tpDict_get_str(vm, AS_DICT(map), name);
        if (IS_NULL(v)) {
            return 0;
        }
        *out = v;
        return 1;
    }
    if (tpObj_getitem(vm, map, OBJ_VAL(name), out) == 0) {
        return 1;
    }
    if (tpErr_matches(vm, EXC_KeyError)) {
        tpErr_clear(vm);
        return 0;
    }
    return -1;
}

int tpOps_load_name(VM *vm, Frame *f, ObjStr *name, Value *out) {
    if (!IS_NULL(f->locals_map)) {
        int r = mapping_get(vm, f->locals_map, name, out);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    Value v = tpDict_get_str(vm, f->globals, name);
    if (IS_NULL(v)) {
        v = tpDict_get_str(vm, f->builtins, name);
    }
    if (IS_NULL(v)) {
        tpErr_format(vm, EXC_NameError, "name '%U' is not defined", name);
        tpExc_set_name_info(vm, name);
        return -1;
    }
    *out = v;
    return 0;
}

int tpOps_store_name(VM *vm, Frame *f, ObjStr *name, Value v) {
    Value map = f->locals_map;
    if (IS_NULL(map)) {
        return tpErr_format(vm, EXC_SystemError, "no locals found when %s '%U'",
                            IS_NULL(v) ? "deleting" : "storing", name);
    }
    if (is_exact(vm, map, TYPE_DICT)) {
        if (!IS_NULL(v)) {
            return tpDict_set_str(vm, AS_DICT(map), name, v);
        }
        int r = tpDict_del(vm, AS_DICT(map), OBJ_VAL(name));
        if (r == 0) {
            tpErr_format(vm, EXC_NameError, "name '%U' is not defined", name);
            tpExc_set_name_info(vm, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (!IS_NULL(v)) {
        return tpObj_setitem(vm, map, OBJ_VAL(name), v);
    }
    if (tpObj_delitem(vm, map, OBJ_VAL(name)) < 0) {
        if (tpErr_matches(vm, EXC_KeyError)) {
            tpErr_clear(vm);
            tpErr_format(vm, EXC_NameError, "name '%U' is not defined", name);
            tpExc_set_name_info(vm, name);
        }
        return -1;
    }
    return 0;
}

int tpOps_load_classderef(VM *vm, Frame *f, int i, Value *out) {
    ObjCode *co = f->code;
    ObjStr *name = i < co->ncells ? AS_STR(co->cellvars->items[i])
                                  : AS_STR(co->freevars->items[i - co->ncells]);
    if (!IS_NULL(f->locals_map)) {
        int r = mapping_get(vm, f->locals_map, name, out);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    Value c = f->base[co->nlocals + i];
    Value v = IS_OBJ(c) ? ((ObjCell *)AS_OBJ(c))->value : NULL_VAL;
    if (IS_NULL(v)) {
        tpErr_format(vm, EXC_NameError,
                     "cannot access free variable '%U' where it is not associated with a "
                     "value in enclosing scope", name);
        tpExc_set_name_info(vm, name);
        return -1;
    }
    *out = v;
    return 0;
}

int tpOps_setup_annotations(VM *vm, Frame *f) {
    if (IS_NULL(f->locals_map)) {
        return tpErr_raise(vm, EXC_SystemError, "no locals found when setting up annotations");
    }
    Value v;
    int r = mapping_get(vm, f->locals_map, vm->names[NAME___annotations__], &v);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    ObjDict *d = tpDict_new(vm);
    if (d == NULL) {
        return -1;
    }
    return tpOps_store_name(vm, f, vm->names[NAME___annotations__], OBJ_VAL(d));
}

/* ==== unpacking ==== */

static int not_iterable_unpack(VM *vm, Value seq) {
    if (tpErr_matches(vm, EXC_TypeError) && tpType_of(vm, seq)->sl.iter == NULL &&
        tpType_of(vm, seq)->sl.getitem == NULL) {
        tpErr_clear(vm);
        return tpErr_format(vm, EXC_TypeError, "cannot unpack non-iterable %T object", seq);
    }
    return -1;
}

int tpOps_unpack(VM *vm, Value seq, int n, Value *dst) {
    Value it, v;
    if (tpObj_iter(vm, seq, &it) < 0) {
        return not_iterable_unpack(vm, seq);
    }
    /* dst overlaps seq's stack slot: keep the iterator alive once that slot is overwritten */
    if (tpGC_push_root(vm, it) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        int r = tpObj_next(vm, it, &v);
        if (r < 0) {
            return -1;
        }
        if (r == 1) {
            return tpErr_format(vm, EXC_ValueError,
                                "not enough values to unpack (expected %d, got %d)", n, i);
        }
        dst[n - 1 - i] = v;
    }
    int r = tpObj_next(vm, it, &v);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        return tpErr_format(vm, EXC_ValueError, "too many values to unpack (expected %d)", n);
    }
    return 0;
}

/* dst[0] holds seq on entry; afterwards dst[0 .. before+after+1) hold the values, last first. */
int tpOps_unpack_ex(VM *vm, Value seq, int before, int after, Value *dst) {
    ObjList *l = tpSeq_list(vm, seq);
    if (l == NULL) {
        return not_iterable_unpack(vm, seq);
    }
    int total = before + after;
    if ((int64_t)l->len < total) {
        return tpErr_format(vm, EXC_ValueError,
                            "not enough values to unpack (expected at least %d, got %zu)", total,
                            l->len);
    }
    size_t nstar = l->len - (size_t)total;
    ObjList *star = tpList_from(vm, nstar, l->items + before);
    if (star == NULL) {
        return -1;
    }
    int n = total + 1;
    int k = n - 1;
    for (int i = 0; i < before; i++) {
        dst[k--] = l->items[i];
    }
    dst[k--] = OBJ_VAL(star);
    for (int i = 0; i < after; i++) {
        dst[k--] = l->items[(size_t)before + nstar + (size_t)i];
    }
    return 0;
}

/* ==== strings ==== */

int tpOps_build_string(VM *vm, Value *items, int n, Value *out) {
    if (n == 0) {
        *out = OBJ_VAL(vm->empty_str);
        return 0;
    }
    if (n == 1 && is_exact(vm, items[0], TYPE_STR)) {
        *out = items[0];
        return 0;
    }
    /* the pieces say the result's size, length and ASCII-ness: one allocation, one copy */
    size_t nbytes = 0, len = 0;
    bool ascii = true;
    for (int i = 0; i < n; i++) {
        ObjStr *p = AS_STR(items[i]);
        if (p->nbytes > TP_MAX_SSIZE - nbytes) {
            return tpErr_no_memory(vm);
        }
        nbytes += p->nbytes;
        len += p->len;
        ascii = ascii && p->ascii;
    }
    if (len <= 1) {   /* one piece at most is not empty: the shared empty or 1-character str */
        int k = 0;
        while (AS_STR(items[k])->nbytes != nbytes) {
            k++;
        }
        ObjStr *one = tpStr_new(vm, AS_STR(items[k])->data, nbytes);
        if (one == NULL) {
            return -1;
        }
        *out = OBJ_VAL(one);
        return 0;
    }
    ObjStr *s = tpStr_alloc_raw(vm, nbytes, len, ascii);
    if (s == NULL) {
        return -1;
    }
    char *dst = s->data;
    for (int i = 0; i < n; i++) {
        memcpy(dst, AS_STR(items[i])->data, AS_STR(items[i])->nbytes);
        dst += AS_STR(items[i])->nbytes;
    }
    *out = OBJ_VAL(s);
    return 0;
}

int tpOps_format_value(VM *vm, Value v, int conv, Value spec, Value *out) {
    Value x = v;
    int r = 0;
    switch (conv) {
    case 1: r = tpObj_str(vm, v, &x); break;
    case 2: r = tpObj_repr(vm, v, &x); break;
    case 3: r = tpObj_ascii(vm, v, &x); break;
    default: break;
    }
    if (r < 0) {
        return -1;
    }
    if (IS_NULL(spec) && is_exact(vm, x, TYPE_STR)) {
        *out = x;
        return 0;
    }
    if (IS_NULL(spec) && (IS_INT(x) || IS_FLOAT(x))) {
        return tpObj_str(vm, x, out);   /* format(x, '') of an exact int or float is str(x) */
    }
    ObjStr *s = IS_NULL(spec) ? vm->empty_str : AS_STR(spec);
    return tpObj_format(vm, x, s, out);
}

/* ==== containers for calls and displays ==== */

int tpOps_list_extend(VM *vm, Value list, Value it) {
    if (tpList_extend(vm, AS_LIST(list), it) == 0) {
        return 0;
    }
    ObjType *t = tpType_of(vm, it);
    if (tpErr_matches(vm, EXC_TypeError) && t->sl.iter == NULL && t->sl.getitem == NULL) {
        tpErr_clear(vm);
        return tpErr_format(vm, EXC_TypeError, "Value after * must be an iterable, not %T", it);
    }
    return -1;
}

static bool has_keys(VM *vm, Value m) {
    return !IS_NULL(tpType_lookup(vm, tpType_of(vm, m), vm->names[NAME_keys]));
}

int tpOps_dict_update(VM *vm, Value dict, Value m) {
    if (!tpObj_is(vm, m, TYPE_DICT) && !has_keys(vm, m)) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not a mapping", m);
    }
    return tpDict_update(vm, AS_DICT(dict), m);
}

int tpOps_dict_merge(VM *vm, Value dict, Value m, Value callable) {
    if (!tpObj_is(vm, m, TYPE_DICT) && !has_keys(vm, m)) {
        ObjStr *fs = tpCall_funcstr(vm, callable);
        if (fs == NULL) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError, "%U argument after ** must be a mapping, not %T", fs,
                            m);
    }
    ObjDict *src = NULL;
    if (tpObj_is(vm, m, TYPE_DICT)) {
        src = AS_DICT(m);
    } else {
        src = tpDict_new(vm);
        if (src == NULL || tpDict_update(vm, src, m) < 0) {
            return -1;
        }
    }
    ObjDict *d = AS_DICT(dict);
    size_t pos = 0;
    Value k, v;
    while (tpDict_next(src, &pos, &k, &v)) {
        Value old;
        int r = tpDict_get(vm, d, k, &old);
        if (r < 0) {
            return -1;
        }
        if (r == 1) {
            ObjStr *fs = tpCall_funcstr(vm, callable);
            if (fs == NULL) {
                return -1;
            }
            if (!tpObj_is(vm, k, TYPE_STR)) {
                return tpErr_format(vm, EXC_TypeError, "%U keywords must be strings", fs);
            }
            return tpErr_format(vm, EXC_TypeError,
                                "%U got multiple values for keyword argument '%U'", fs, AS_STR(k));
        }
        if (tpDict_set(vm, d, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpOps_call_ex_prepare(VM *vm, Value callable, Value self, Value args, Value kwargs,
                          ObjTuple **buf, int *npos, ObjTuple **kwnames) {
    ObjTuple *pos;
    if (tpObj_is(vm, args, TYPE_TUPLE)) {
        pos = AS_TUPLE(args);
    } else {
        ObjType *t = tpType_of(vm, args);
        if (t->sl.iter == NULL && t->sl.getitem == NULL) {
            ObjStr *fs = tpCall_funcstr(vm, callable);
            if (fs == NULL) {
                return -1;
            }
            return tpErr_format(vm, EXC_TypeError,
                                "%U argument after * must be an iterable, not %T", fs, args);
        }
        pos = tpSeq_tuple(vm, args);
        if (pos == NULL) {
            return -1;
        }
    }
    ObjDict *kw = NULL;
    if (!IS_NULL(kwargs)) {
        if (tpObj_is(vm, kwargs, TYPE_DICT)) {
            kw = AS_DICT(kwargs);
        } else {
            kw = tpDict_new(vm);
            if (kw == NULL || tpOps_dict_merge(vm, OBJ_VAL(kw), kwargs, callable) < 0) {
                return -1;
            }
        }
    }
    int nself = IS_NULL(self) ? 0 : 1;
    size_t nkw = kw ? kw->len : 0;
    if (nself == 0 && nkw == 0 && IS_OBJ(callable) && AS_OBJ(callable)->type == vm->types[TYPE_FUNCTION]) {
        /* f(*args) / f(*args, **{}) of a Python function: binding copies the tuple's items into
         * the new frame, so they can be passed in place (natives may use argv as scratch) */
        *buf = pos;
        *npos = (int)pos->len;
        *kwnames = NULL;
        return 0;
    }
    ObjTuple *b = tpTuple_new(vm, (size_t)nself + pos->len + nkw);
    if (b == NULL) {
        return -1;
    }
    size_t k = 0;
    if (nself) {
        b->items[k++] = self;
    }
    for (size_t i = 0; i < pos->len; i++) {
        b->items[k++] = pos->items[i];
    }
    *kwnames = NULL;
    if (nkw > 0) {
        ObjTuple *names = tpTuple_new(vm, nkw);
        if (names == NULL) {
            return -1;
        }
        size_t it = 0, j = 0;
        Value key, val;
        while (tpDict_next(kw, &it, &key, &val)) {
            if (!tpObj_is(vm, key, TYPE_STR)) {
                return tpErr_raise(vm, EXC_TypeError, "keywords must be strings");
            }
            names->items[j++] = key;
            b->items[k++] = val;
        }
        *kwnames = names;
    }
    *buf = b;
    *npos = nself + (int)pos->len;
    return 0;
}

/* ==== functions ==== */

static int annotations_dict(VM *vm, Value ann, ObjDict **out) {
    if (tpObj_is(vm, ann, TYPE_DICT)) {
        *out = AS_DICT(ann);
        return 0;
    }
    ObjDict *d = tpDict_new(vm);
    if (d == NULL) {
        return -1;
    }
    ObjTuple *t = AS_TUPLE(ann);
    for (size_t i = 0; i + 1 < t->len; i += 2) {
        if (tpDict_set(vm, d, t->items[i], t->items[i + 1]) < 0) {
            return -1;
        }
    }
    *out = d;
    return 0;
}

int tpOps_make_function(VM *vm, Frame *f, Value code, Value defaults, Value kwdefaults,
                        Value annotations, Value closure, Value *out) {
    ObjCode *co = (ObjCode *)AS_OBJ(code);
    ObjFunction *fn = tpFunction_new(vm, co, f->globals, co->qualname);
    if (fn == NULL) {
        return -1;
    }
    if (co->consts != NULL && co->consts->len > 0 && (co->flags & CO_OPTIMIZED) &&
        tpObj_is(vm, co->consts->items[0], TYPE_STR)) {
        fn->doc = co->consts->items[0];
    }
    if (!IS_NULL(defaults) && AS_TUPLE(defaults)->len > 0) {
        fn->defaults = AS_TUPLE(defaults);
    }
    if (!IS_NULL(kwdefaults)) {
        fn->kwdefaults = AS_DICT(kwdefaults);
    }
    if (!IS_NULL(closure)) {
        fn->closure = AS_TUPLE(closure);
    }
    if (!IS_NULL(annotations) && annotations_dict(vm, annotations, &fn->annotations) < 0) {
        return -1;
    }
    *out = OBJ_VAL(fn);
    return 0;
}

/* ==== imports ==== */

int tpOps_import_from(VM *vm, Value module, ObjStr *name, Value *out) {
    int r = tpObj_getattr_opt(vm, module, name, out);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    /* a submodule that is being imported: look it up in sys.modules */
    Value pkgname;
    r = tpObj_getattr_opt(vm, module, vm->names[NAME___name__], &pkgname);
    if (r < 0) {
        return -1;
    }
    if (r == 1 && tpObj_is(vm, pkgname, TYPE_STR)) {
        StrBuf b;
        tpBuf_init(&b);
        if (tpBuf_put_str(vm, &b, AS_STR(pkgname)) < 0 || tpBuf_putc(vm, &b, '.') < 0 ||
            tpBuf_put_str(vm, &b, name) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        ObjStr *full = tpBuf_finish(vm, &b);
        if (full == NULL) {
            return -1;
        }
        Value m = tpDict_get_str(vm, vm->modules, full);
        if (!IS_NULL(m)) {
            *out = m;
            return 0;
        }
    } else {
        pkgname = NULL_VAL;
    }
    Value file = NULL_VAL;
    if (tpObj_getattr_opt(vm, module, vm->names[NAME___file__], &file) < 0) {
        tpErr_clear(vm);
        file = NULL_VAL;
    }
    if (IS_NULL(pkgname) || IS_NULL(file) || !tpObj_is(vm, file, TYPE_STR)) {
        tpErr_format(vm, EXC_ImportError, "cannot import name '%U' from '%s' (unknown location)",
                     name, IS_NULL(pkgname) ? "<unknown module name>" : AS_STR(pkgname)->data);
        tpExc_set_import_info(vm, IS_NULL(pkgname) ? NONE_VAL : pkgname, NONE_VAL);
        return -1;
    }
    if (tpImport_initializing(vm, module)) {
        tpErr_format(vm, EXC_ImportError, "cannot import name '%U' from partially initialized "
                     "module '%U' (most likely due to a circular import) (%U)", name,
                     AS_STR(pkgname), AS_STR(file));
    } else {
        tpErr_format(vm, EXC_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                     AS_STR(pkgname), AS_STR(file));
    }
    tpExc_set_import_info(vm, pkgname, file);
    return -1;
}

int tpOps_import_star(VM *vm, Frame *f, Value module) {
    if (IS_NULL(f->locals_map)) {
        return tpErr_raise(vm, EXC_SystemError, "no locals found during 'import *'");
    }
    Value all;
    int r = tpObj_getattr_opt(vm, module, vm->names[NAME___all__], &all);
    if (r < 0) {
        return -1;
    }
    if (r == 1) {
        ObjList *names = tpSeq_list(vm, all);
        if (names == NULL) {
            return -1;
        }
        for (size_t i = 0; i < names->len; i++) {
            Value n = names->items[i], v;
            if (!tpObj_is(vm, n, TYPE_STR)) {
                return tpErr_format(vm, EXC_TypeError,
                                    "Item in __all__ must be str, not %T", n);
            }
            if (tpObj_getattr(vm, module, AS_STR(n), &v) < 0 ||
                tpOps_store_name(vm, f, AS_STR(n), v) < 0) {
                return -1;
            }
        }
        return 0;
    }
    ObjDict *d = tpObj_dict(vm, module, false);
    if (d == NULL) {
        if (tpErr_occurred(vm)) {
            return -1;
        }
        return tpErr_raise(vm, EXC_ImportError,
                           "from-import-* object has no __dict__ and no __all__");
    }
    ObjDict *copy = tpDict_copy(vm, d);
    if (copy == NULL) {
        return -1;
    }
    size_t pos = 0;
    Value k, v;
    while (tpDict_next(copy, &pos, &k, &v)) {
        if (tpObj_is(vm, k, TYPE_STR) && AS_STR(k)->data[0] == '_') {
            continue;
        }
        if (tpObj_is(vm, k, TYPE_STR) && tpOps_store_name(vm, f, AS_STR(k), v) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== exceptions ==== */

int tpOps_raise(VM *vm, Value exc, Value cause) {
    tpErr_set(vm, exc);
    Value e = vm->exc;
    bool ok = e == exc || (tpExc_class_check(vm, exc) &&
                           tpType_is_subtype(tpType_of(vm, e), AS_TYPE(exc)));
    if (ok && !IS_NULL(cause)) {
        Value c = cause;
        if (tpExc_class_check(vm, cause)) {
            vm->exc = NULL_VAL;
            if (tpObj_call(vm, cause, 0, NULL, NULL, &c) < 0) {
                tpVM_chain_context(vm, vm->exc);
                return -1;
            }
            vm->exc = e;
            if (!tpExc_check(vm, c)) {
                tpErr_format(vm, EXC_TypeError, "calling %R should have returned an instance of "
                             "BaseException, not %T", cause, c);
                tpVM_chain_context(vm, vm->exc);
                return -1;
            }
        } else if (!IS_NONE(cause) && !tpExc_check(vm, cause)) {
            tpErr_raise(vm, EXC_TypeError, "exception causes must derive from BaseException");
            tpVM_chain_context(vm, vm->exc);
            return -1;
        }
        AS_EXC(e)->cause = c;
        AS_EXC(e)->suppress_context = true;
    }
    tpVM_chain_context(vm, vm->exc);
    return -1;
}

static bool valid_exc_class(VM *vm, Value t) {
    if (tpExc_class_check(vm, t)) {
        return true;
    }
    if (tpObj_is(vm, t, TYPE_TUPLE)) {
        ObjTuple *tt = AS_TUPLE(t);
        for (size_t i = 0; i < tt->len; i++) {
            if (!tpExc_class_check(vm, tt->items[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static bool given_matches(VM *vm, Value exc, Value t) {
    ObjType *et = tpType_of(vm, exc);
    if (tpObj_is(vm, t, TYPE_TUPLE)) {
        ObjTuple *tt = AS_TUPLE(t);
        for (size_t i = 0; i < tt->len; i++) {
            if (given_matches(vm, exc, tt->items[i])) {
                return true;
            }
        }
        return false;
    }
    return tpObj_is(vm, t, TYPE_TYPE) && tpType_is_subtype(et, AS_TYPE(t));
}

int tpOps_exc_match(VM *vm, Value exc, Value type, int *out) {
    if (!valid_exc_class(vm, type)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "catching classes that do not inherit from BaseException is not allowed");
    }
    *out = given_matches(vm, exc, type);
    return 0;
}

static bool is_group_class(VM *vm, Value t) {
    return tpObj_is(vm, t, TYPE_TYPE) &&
           tpType_is_subtype(AS_TYPE(t), tpExc_type(vm, EXC_BaseExceptionGroup));
}

int tpOps_eg_match(VM *vm, Value exc, Value type, Value *match, Value *rest) {
    if (!valid_exc_class(vm, type)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "catching classes that do not inherit from BaseException is not allowed");
    }
    bool bad = is_group_class(vm, type);
    if (tpObj_is(vm, type, TYPE_TUPLE)) {
        for (size_t i = 0; i < AS_TUPLE(type)->len; i++) {
            bad = bad || is_group_class(vm, AS_TUPLE(type)->items[i]);
        }
    }
    if (bad) {
        return tpErr_raise(vm, EXC_TypeError, "catching ExceptionGroup with except* is not allowed. "
                                              "Use except instead.");
    }
    *match = *rest = NONE_VAL;
    if (IS_NONE(exc)) {
        return 0;
    }
    if (given_matches(vm, exc, type)) {
        if (tpExcGroup_check(vm, exc)) {
            *match = exc;
            return 0;
        }
        /* a naked exception is wrapped in ExceptionGroup('', (exc,)): a tuple, as CPython */
        ObjTuple *t = tpTuple_pack(vm, 1, exc);
        if (t == NULL || tpExcGroup_new(vm, OBJ_VAL(vm->empty_str), OBJ_VAL(t), match) < 0) {
            return -1;
        }
        if (tpExc_check(vm, *match)) {
            AS_EXC(*match)->traceback = AS_EXC(exc)->traceback;
        }
        return 0;
    }
    if (tpExcGroup_check(vm, exc)) {
        return tpExcGroup_split(vm, exc, type, match, rest);
    }
    return 0;
}

/* Collect the leaf exceptions of e (an exception or a group) into l. */
static int collect_leaves(VM *vm, Value e, ObjList *l) {
    if (!tpExcGroup_check(vm, e)) {
        return tpList_append(vm, l, e);
    }
    Value excs;
    if (tpObj_getattr(vm, e, tpStr_intern_cstr(vm, "exceptions"), &excs) < 0) {
        return -1;
    }
    ObjTuple *t = tpSeq_tuple(vm, excs);
    if (t == NULL) {
        return -1;
    }
    for (size_t i = 0; i < t->len; i++) {
        if (collect_leaves(vm, t->items[i], l) < 0) {
            return -1;
        }
    }
    return 0;
}

static bool list_has(ObjList *l, Value v) {
    for (size_t i = 0; i < l->len; i++) {
        if (l->items[i] == v) {
            return true;
        }
    }
    return false;
}

/* Predicate for ExceptionGroup.split: is the leaf among the re-raised ones? */
static int leaf_in_list(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    (void)argc;
    Value self = argv[0];   /* the list of kept leaves (bound self) */
    *out = BOOL_VAL(list_has(AS_LIST(self), argv[1]));
    return 0;
}
static const MethodDef leaf_pred_def = {"_leaf_in", leaf_in_list, 1, 1, 0, 0, NULL};

int tpOps_prep_reraise_star(VM *vm, Value orig, Value list, Value *out) {
    ObjList *excs = AS_LIST(list);
    ObjList *raised = tpList_new(vm, 4), *reraised = tpList_new(vm, 4), *leaves = tpList_new(vm, 8);
    if (raised == NULL || reraised == NULL || leaves == NULL) {
        return -1;
    }
    if (!IS_NONE(orig) && collect_leaves(vm, orig, leaves) < 0) {
        return -1;
    }
    for (size_t i = 0; i < excs->len; i++) {
        Value e = excs->items[i];
        if (IS_NONE(e)) {
            continue;
        }
        ObjList *el = tpList_new(vm, 4);
        if (el == NULL || collect_leaves(vm, e, el) < 0) {
            return -1;
        }
        bool is_reraise = el->len > 0 && list_has(leaves, el->items[0]);
        for (size_t j = 0; is_reraise && j < el->len; j++) {
            if (tpList_append(vm, reraised, el->items[j]) < 0) {
                return -1;
            }
        }
        if (!is_reraise && tpList_append(vm, raised, e) < 0) {
            return -1;
        }
    }
    Value kept = NONE_VAL;
    if (reraised->len > 0) {
        Value pred = tpCFunction_new(vm, &leaf_pred_def, OBJ_VAL(reraised), vm->types[TYPE_LIST]);
        Value rest;
        if (IS_NULL(pred) || tpExcGroup_split(vm, orig, pred, &kept, &rest) < 0) {
            return -1;
        }
    }
    if (raised->len == 0) {
        *out = kept;
        return 0;
    }
    if (!IS_NONE(kept) && tpList_append(vm, raised, kept) < 0) {
        return -1;
    }
    if (raised->len == 1) {
        *out = raised->items[0];
        return 0;
    }
    return tpExcGroup_new(vm, OBJ_VAL(vm->empty_str), OBJ_VAL(raised), out);
}

/* ==== context managers ==== */

int tpOps_lookup_special(VM *vm, Value obj, ObjStr *name, Value *out) {
    ObjType *t = tpType_of(vm, obj);
    if (tpType_ready(vm, t) < 0) {
        return -1;
    }
    Value f = tpType_lookup(vm, t, name);
    if (IS_NULL(f)) {
        return 0;
    }
    ObjType *ft = tpType_of(vm, f);
    if (ft->sl.descr_get != NULL) {
        return ft->sl.descr_get(vm, f, obj, OBJ_VAL(t), out) < 0 ? -1 : 1;
    }
    *out = f;
    return 1;
}

int tpOps_before_with(VM *vm, Value mgr, bool async, Value *exitf, Value *res) {
    ObjStr *en = vm->names[async ? NAME___aenter__ : NAME___enter__];
    ObjStr *ex = vm->names[async ? NAME___aexit__ : NAME___exit__];
    const char *what = async ? "asynchronous context manager" : "context manager";
    Value enter;
    int r = tpOps_lookup_special(vm, mgr, en, &enter);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                         "'%T' object does not support the %s protocol", mgr, what);
    }
    r = tpOps_lookup_special(vm, mgr, ex, exitf);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                         "'%T' object does not support the %s protocol "
                                         "(missed %s method)", mgr, what,
                                         async ? "__aexit__" : "__exit__");
    }
    if (tpGC_push_root(vm, *exitf) < 0) {
        return -1;
    }
    return tpObj_call(vm, enter, 0, NULL, NULL, res);
}

int tpOps_print_expr(VM *vm, Value v) {
    Value hook = tpSys_get(vm, "displayhook");
    if (IS_NULL(hook)) {
        return tpErr_raise(vm, EXC_RuntimeError, "lost sys.displayhook");
    }
    Value r;
    return tpObj_call(vm, hook, 1, &v, NULL, &r);
}

/* ==== generators, coroutines ==== */

int tpOps_yield_from_iter(VM *vm, ObjCode *co, Value v, Value *out) {
    if (is_exact(vm, v, TYPE_COROUTINE)) {
        if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            return tpErr_raise(vm, EXC_TypeError,
                               "cannot 'yield from' a coroutine object in a non-coroutine "
                               "generator");
        }
        *out = v;
        return 0;
    }
    if (is_exact(vm, v, TYPE_GENERATOR)) {
        *out = v;
        return 0;
    }
    return tpObj_iter(vm, v, out);
}

int tpOps_send(VM *vm, Value sub, Value v, Value *out) {
    if (tpGen_check(vm, sub)) {
        int r = tpGen_send(vm, sub, v, NULL_VAL, out);
        return r;
    }
    if (IS_NONE(v)) {
        ObjType *t = tpType_of(vm, sub);
        if (t->flags & TPFLAG_HEAPTYPE) {
            /* A Python __next__: call it directly so that StopIteration(value) keeps its value. */
            goto call_method;
        }
        if (t->sl.next == NULL) {
            return tpErr_format(vm, EXC_TypeError, "'%T' object is not an iterator", sub);
        }
        return tpOps_send_next(vm, t, sub, out);
    }
call_method:
    if (tpObj_call_method(vm, sub, vm->names[IS_NONE(v) ? NAME___next__ : NAME_send],
                          IS_NONE(v) ? 0 : 1, &v, out) == 0) {
        return 0;
    }
    if (tpErr_matches(vm, EXC_StopIteration)) {
        *out = tpExc_stop_value(vm, tpErr_fetch(vm));
        return 1;
    }
    return -1;
}

int tpOps_get_awaitable(VM *vm, Value v, int where, Value *out) {
    if (is_exact(vm, v, TYPE_COROUTINE)) {
        *out = v;
        return 0;
    }
    if (is_exact(vm, v, TYPE_GENERATOR)) {
        ObjGenerator *g = (ObjGenerator *)AS_OBJ(v);
        if (g->frame.code->flags & CO_ITERABLE_COROUTINE) {
            *out = v;
            return 0;
        }
    }
    Value aw;
    int r = tpOps_lookup_special(vm, v, vm->names[NAME___await__], &aw);
    if (r <= 0) {
        if (r < 0) {
            return -1;
        }
        if (where == 1) {
            return tpErr_format(vm, EXC_TypeError, "'async with' received an object from "
                                "__aenter__ that does not implement __await__: %T", v);
        }
        if (where == 2) {
            return tpErr_format(vm, EXC_TypeError, "'async with' received an object from "
                                "__aexit__ that does not implement __await__: %T", v);
        }
        return tpErr_format(vm, EXC_TypeError, "object %T can't be used in 'await' expression", v);
    }
    if (tpObj_call(vm, aw, 0, NULL, NULL, out) < 0) {
        return -1;
    }
    if (is_exact(vm, *out, TYPE_COROUTINE)) {
        return tpErr_raise(vm, EXC_TypeError, "__await__() returned a coroutine");
    }
    if (tpType_of(vm, *out)->sl.next == NULL) {
        return tpErr_format(vm, EXC_TypeError, "__await__() returned non-iterator of type '%T'",
                            *out);
    }
    return 0;
}

int tpOps_get_aiter(VM *vm, Value v, Value *out) {
    Value f;
    int r = tpOps_lookup_special(vm, v, vm->names[NAME___aiter__], &f);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                         "'async for' requires an object with __aiter__ method, "
                                         "got %T", v);
    }
    if (tpObj_call(vm, f, 0, NULL, NULL, out) < 0) {
        return -1;
    }
    if (IS_NULL(tpType_lookup(vm, tpType_of(vm, *out), vm->names[NAME___anext__]))) {
        return tpErr_format(vm, EXC_TypeError, "'async for' received an object from __aiter__ "
                            "that does not implement __anext__: %T", *out);
    }
    return 0;
}

int tpOps_get_anext(VM *vm, Value v, Value *out) {
    Value f, aw;
    int r = tpOps_lookup_special(vm, v, vm->names[NAME___anext__], &f);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError,
                                         "'async for' requires an iterator with __anext__ method, "
                                         "got %T", v);
    }
    if (tpObj_call(vm, f, 0, NULL, NULL, &aw) < 0) {
        return -1;
    }
    if (tpOps_get_awaitable(vm, aw, 0, out) < 0) {
        if (tpErr_matches(vm, EXC_TypeError)) {
            tpErr_clear(vm);
            return tpErr_format(vm, EXC_TypeError,
                                "'async for' received an invalid object from __anext__: %T", aw);
        }
        return -1;
    }
    return 0;
}

int tpOps_async_gen_wrap(VM *vm, Value v, Value *out) {
    /* The value passes through unchanged: obj_gen.c recognises an async generator's own yields
     * by this instruction preceding the YIELD_VALUE it stopped at. */
    *out = v;
    return 0;
}

/* ==== pattern matching ==== */

static bool mro_has_named(ObjType *t, const char *name) {
    if (t->mro == NULL) {
        return false;
    }
    for (size_t i = 0; i < t->mro->len; i++) {
        ObjType *b = AS_TYPE(t->mro->items[i]);
        if (strcmp(tpType_name(b), name) == 0) {
            return true;
        }
    }
    return false;
}

bool tpOps_match_kind(VM *vm, Value subject, bool mapping) {
    ObjType *t = tpType_of(vm, subject);
    if (mapping) {
        return tpType_is_subtype(t, T(DICT)) || tpType_is_subtype(t, T(MAPPINGPROXY)) ||
               mro_has_named(t, "Mapping");
    }
    if (tpType_is_subtype(t, T(STR)) || tpType_is_subtype(t, T(BYTES)) ||
        tpType_is_subtype(t, T(BYTEARRAY))) {
        return false;
    }
    return tpType_is_subtype(t, T(LIST)) || tpType_is_subtype(t, T(TUPLE)) ||
           tpType_is_subtype(t, T(RANGE)) || mro_has_named(t, "Sequence") ||
           mro_has_named(t, "deque") || mro_has_named(t, "memoryview") ||
           mro_has_named(t, "array");
}

static bool match_self_type(VM *vm, ObjType *t) {
    static const int ids[] = {TYPE_BOOL, TYPE_BYTEARRAY, TYPE_BYTES, TYPE_DICT, TYPE_FLOAT,
                              TYPE_FROZENSET, TYPE_INT, TYPE_LIST, TYPE_SET, TYPE_STR, TYPE_TUPLE};
    for (size_t i = 0; i < TP_ARRAY_LEN(ids); i++) {
        if (tpType_is_subtype(t, vm->types[ids[i]])) {
            return true;
        }
    }
    return false;
}

/* getattr for a class pattern: 1 found, 0 missing (no match), -1 error */
static int match_attr(VM *vm, Value subject, Value name, ObjList *seen, Value *out) {
    for (size_t i = 0; i < seen->len; i++) {
        if (tpStr_eq(AS_STR(seen->items[i]), AS_STR(name))) {
            return tpErr_format(vm, EXC_TypeError, "%T() got multiple sub-patterns for attribute %R",
                                subject, name);
        }
    }
    if (tpList_append(vm, seen, name) < 0) {
        return -1;
    }
    return tpObj_getattr_opt(vm, subject, AS_STR(name), out);
}

int tpOps_match_class(VM *vm, Value subject, Value cls, Value names, int nargs, Value *out) {
    if (!tpObj_is(vm, cls, TYPE_TYPE)) {
        return tpErr_raise(vm, EXC_TypeError, "called match pattern must be a type");
    }
    ObjType *type = AS_TYPE(cls);
    *out = NONE_VAL;
    if (!tpType_is_subtype(tpType_of(vm, subject), type)) {
        int inst;
        if (tpObj_isinstance(vm, subject, cls, &inst) < 0) {
            return -1;
        }
        if (!inst) {
            return 0;
        }
    }
    ObjTuple *kw = AS_TUPLE(names);
    ObjList *attrs = tpList_new(vm, (size_t)nargs + kw->len), *seen = tpList_new(vm, 4);
    if (attrs == NULL || seen == NULL) {
        return -1;
    }
    if (nargs > 0) {
        Value ma;
        int r = tpObj_getattr_opt(vm, cls, tpStr_intern_cstr(vm, "__match_args__"), &ma);
        if (r < 0) {
            return -1;
        }
        bool self_match = false;
        int64_t allowed = 0;
        if (r == 1) {
            if (!is_exact(vm, ma, TYPE_TUPLE)) {
                return tpErr_format(vm, EXC_TypeError, "%N.__match_args__ must be a tuple (got %T)",
                                    type, ma);
            }
            allowed = (int64_t)AS_TUPLE(ma)->len;
        } else {
            self_match = match_self_type(vm, type);
            allowed = self_match ? 1 : 0;
        }
        if (allowed < nargs) {
            return tpErr_format(vm, EXC_TypeError, "%N() accepts %lld positional sub-pattern%s (%d "
                                "given)", type, (long long)allowed, allowed == 1 ? "" : "s", nargs);
        }
        if (self_match) {
            if (tpList_append(vm, attrs, subject) < 0) {
                return -1;
            }
        } else {
            for (int i = 0; i < nargs; i++) {
                Value name = AS_TUPLE(ma)->items[i], v;
                if (!tpObj_is(vm, name, TYPE_STR)) {
                    return tpErr_format(vm, EXC_TypeError,
                                        "__match_args__ elements must be strings (got %T)", name);
                }
                int a = match_attr(vm, subject, name, seen, &v);
                if (a <= 0) {
                    return a;
                }
                if (tpList_append(vm, attrs, v) < 0) {
                    return -1;
                }
            }
        }
    }
    for (size_t i = 0; i < kw->len; i++) {
        Value v;
        int a = match_attr(vm, subject, kw->items[i], seen, &v);
        if (a <= 0) {
            return a;
        }
        if (tpList_append(vm, attrs, v) < 0) {
            return -1;
        }
    }
    ObjTuple *t = tpTuple_from(vm, attrs->len, attrs->items);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

int tpOps_match_keys(VM *vm, Value subject, Value keys, Value *out) {
    ObjTuple *kt = AS_TUPLE(keys);
    *out = NONE_VAL;
    if (kt->len == 0) {
        *out = OBJ_VAL(vm->empty_tuple);
        return 0;
    }
    ObjTuple *vals = tpTuple_new(vm, kt->len);
    ObjSet *seen = tpSet_new(vm, false);
    if (vals == NULL || seen == NULL) {
        return -1;
    }
    Value getm;
    if (tpObj_getattr(vm, subject, tpStr_intern_cstr(vm, "get"), &getm) < 0) {
        return -1;
    }
    Value dummy = OBJ_VAL(seen);   /* a private sentinel no mapping can contain */
    for (size_t i = 0; i < kt->len; i++) {
        int dup;
        if (tpSet_contains(vm, seen, kt->items[i], &dup) < 0) {
            return -1;
        }
        if (dup) {
            return tpErr_format(vm, EXC_ValueError, "mapping pattern checks duplicate key (%R)",
                                kt->items[i]);
        }
        if (tpSet_add(vm, seen, kt->items[i]) < 0) {
            return -1;
        }
        Value args[2] = {kt->items[i], dummy}, v;
        if (tpObj_call(vm, getm, 2, args, NULL, &v) < 0) {
            return -1;
        }
        if (v == dummy) {
            return 0;
        }
        vals->items[i] = v;
    }
    *out = OBJ_VAL(vals);
    return 0;
}

int tpOps_copy_dict_without_keys(VM *vm, Value subject, Value keys, Value *out) {
    ObjDict *d = tpDict_new(vm);
    if (d == NULL || tpDict_update(vm, d, subject) < 0) {
        return -1;
    }
    ObjTuple *kt = AS_TUPLE(keys);
    for (size_t i = 0; i < kt->len; i++) {
        if (tpDict_del(vm, d, kt->items[i]) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(d);
    return 0;
}
