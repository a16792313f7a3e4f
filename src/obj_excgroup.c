/*
 * obj_excgroup.c — BaseExceptionGroup / ExceptionGroup (PEP 654): construction with CPython's
 * validation (and BaseExceptionGroup → ExceptionGroup promotion), str, derive/split/subgroup, and
 * the C entry points the VM uses for except*.
 */
#include "cstack.h"
#include "obj_exc.h"
#include "typealias.h"

bool tpExcGroup_check(VM *vm, Value v) {
    return tpType_is_subtype(tpType_of(vm, v), vm->exc_types[EXC_BaseExceptionGroup]);
}

static bool is_sequence(VM *vm, Value v) {
    if (tpObj_is(vm, v, TYPE_LIST) || tpObj_is(vm, v, TYPE_TUPLE)) {
        return true;
    }
    if (tpObj_is(vm, v, TYPE_DICT) || tpObj_is(vm, v, TYPE_SET) || tpObj_is(vm, v, TYPE_FROZENSET)) {
        return false;
    }
    return tpType_of(vm, v)->sl.getitem != NULL;
}

/* Checks of BaseExceptionGroup.__new__; returns the class to instantiate (NULL on error). */
static ObjType *group_check(VM *vm, ObjType *type, Value msg, Value excs, ObjTuple **tuple) {
    if (!tpObj_is(vm, msg, TYPE_STR)) {
        tpErr_format(vm, EXC_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
                     msg);
        return NULL;
    }
    if (!is_sequence(vm, excs)) {
        tpErr_raise(vm, EXC_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    ObjTuple *t = tpSeq_tuple(vm, excs);
    if (t == NULL) {
        return NULL;
    }
    if (t->len == 0) {
        tpErr_raise(vm, EXC_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    bool all_exc = true;
    for (size_t i = 0; i < t->len; i++) {
        if (!tpExc_check(vm, t->items[i])) {
            tpErr_format(vm, EXC_ValueError,
                         "Item %zu of second argument (exceptions) is not an exception", i);
            return NULL;
        }
        if (!tpType_is_subtype(tpType_of(vm, t->items[i]), vm->exc_types[EXC_Exception])) {
            all_exc = false;
        }
    }
    *tuple = t;
    ObjType *beg = vm->exc_types[EXC_BaseExceptionGroup];
    if (type == beg) {
        return all_exc ? vm->exc_types[EXC_ExceptionGroup] : type;
    }
    if (type == vm->exc_types[EXC_ExceptionGroup]) {
        if (!all_exc) {
            tpErr_raise(vm, EXC_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return NULL;
        }
        return type;
    }
    if (!all_exc && tpType_is_subtype(type, vm->exc_types[EXC_Exception])) {
        tpErr_format(vm, EXC_TypeError, "Cannot nest BaseExceptions in '%N'", type);
        return NULL;
    }
    return type;
}

int tpExcGroup_new_slot(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                        Value *out) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError,
                           "BaseExceptionGroup.__new__() takes no keyword arguments");
    }
    if (argc != 2) {
        return tpErr_format(vm, EXC_TypeError,
                            "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                            argc);
    }
    ObjTuple *t = NULL;
    ObjType *cls = group_check(vm, type, argv[0], argv[1], &t);
    if (cls == NULL) {
        return -1;
    }
    /* allocate through the plain exception path, then fill */
    ObjException *eo = tpExc_alloc(vm, cls);
    if (eo == NULL) {
        return -1;
    }
    Value e = OBJ_VAL(eo);
    ObjTuple *args = tpTuple_from(vm, 2, argv);
    if (args == NULL) {
        return -1;
    }
    AS_EXC(e)->args = args;
    Value *x = tpExc_extra(e);
    x[XS_GROUP_MSG] = argv[0];
    x[XS_GROUP_EXCS] = OBJ_VAL(t);
    *out = e;
    return 0;
}

int tpExcGroup_str(VM *vm, Value self, Value *out) {
    Value *x = tpExc_extra(self);
    Value msg = IS_NULL(x[XS_GROUP_MSG]) ? NONE_VAL : x[XS_GROUP_MSG];
    size_t n = IS_NULL(x[XS_GROUP_EXCS]) ? 0 : AS_TUPLE(x[XS_GROUP_EXCS])->len;
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_put_strv(vm, &b, msg);
    rc = rc < 0 ? rc : tpBuf_printf(vm, &b, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
    if (rc < 0) {
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

int tpExcGroup_new(VM *vm, Value msg, Value excs, Value *out) {
    Value args[2] = {msg, excs};
    Value cls = OBJ_VAL(vm->exc_types[EXC_BaseExceptionGroup]);
    return tpObj_call(vm, cls, 2, args, NULL, out);
}

/* ==== matching ==== */

enum { MATCH_TYPE, MATCH_PRED };

static int matcher_kind(VM *vm, Value m, int *kind) {
    if (tpExc_class_check(vm, m)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (tpObj_is(vm, m, TYPE_TUPLE)) {
        ObjTuple *t = AS_TUPLE(m);
        bool ok = true;
        for (size_t i = 0; i < t->len && ok; i++) {
            ok = tpExc_class_check(vm, t->items[i]);
        }
        if (ok) {
            *kind = MATCH_TYPE;
            return 0;
        }
    } else if (tpObj_callable(vm, m) && !tpObj_is(vm, m, TYPE_TYPE)) {
        *kind = MATCH_PRED;
        return 0;
    }
    return tpErr_raise(vm, EXC_TypeError,
                       "expected a function, exception type or tuple of exception types");
}

static int matches(VM *vm, Value exc, Value matcher, int kind, int *out) {
    if (kind == MATCH_TYPE) {
        return tpObj_isinstance(vm, exc, matcher, out);
    }
    Value r;
    if (tpObj_call(vm, matcher, 1, &exc, NULL, &r) < 0) {
        return -1;
    }
    return tpObj_truth(vm, r, out);
}

/* Copy __traceback__, __cause__, __context__ and __notes__ from orig to the derived group. */
static int copy_metadata(VM *vm, Value orig, Value eg) {
    ObjException *o = AS_EXC(orig), *e = AS_EXC(eg);
    e->traceback = o->traceback;
    e->cause = o->cause;
    e->context = o->context;
    ObjStr *notes = tpStr_intern_cstr(vm, "__notes__");
    if (notes == NULL) {
        return -1;
    }
    Value v;
    int rc = tpObj_getattr_opt(vm, orig, notes, &v);
    if (rc <= 0) {
        return rc;
    }
    if (tpObj_is(vm, v, TYPE_LIST) || tpObj_is(vm, v, TYPE_TUPLE)) {
        ObjList *copy = tpSeq_list(vm, v);
        if (copy == NULL) {
            return -1;
        }
        v = OBJ_VAL(copy);
    }
    return tpObj_setattr(vm, eg, notes, v);
}

static int derive_from(VM *vm, Value eg, ObjList *excs, Value *out) {
    if (excs->len == 0) {
        *out = NONE_VAL;
        return 0;
    }
    ObjStr *derive = tpStr_intern_cstr(vm, "derive");
    if (derive == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(excs);
    Value r;
    if (tpObj_call_method(vm, eg, derive, 1, &arg, &r) < 0) {
        return -1;
    }
    if (!tpExcGroup_check(vm, r)) {
        return tpErr_raise(vm, EXC_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    if (copy_metadata(vm, eg, r) < 0) {
        return -1;
    }
    *out = r;
    return 0;
}

/* Recursive split; rest may be NULL (subgroup). */
static int split_rec(VM *vm, Value eg, Value matcher, int kind, Value *match, Value *rest) {
    int m;
    if (matches(vm, eg, matcher, kind, &m) < 0) {
        return -1;
    }
    if (m) {
        *match = eg;
        if (rest != NULL) {
            *rest = NONE_VAL;
        }
        return 0;
    }
    if (!tpExcGroup_check(vm, eg)) {
        *match = NONE_VAL;
        if (rest != NULL) {
            *rest = eg;
        }
        return 0;
    }
    Value excs = tpExc_extra(eg)[XS_GROUP_EXCS];
    ObjList *ml = tpList_new(vm, 0), *rl = tpList_new(vm, 0);
    if (ml == NULL || rl == NULL) {
        return -1;
    }
    ObjTuple *t = AS_TUPLE(excs);
    for (size_t i = 0; i < t->len; i++) {
        Value sm, sr = NONE_VAL;
        /* one guarded level per nested group, as CPython */
        if (tpC_enter(vm, " in exceptiongroup_split_recursive") < 0) {
            return -1;
        }
        int rc = split_rec(vm, t->items[i], matcher, kind, &sm, rest != NULL ? &sr : NULL);
        tpC_leave(vm);
        if (rc < 0) {
            return -1;
        }
        if (!IS_NONE(sm) && tpList_append(vm, ml, sm) < 0) {
            return -1;
        }
        if (!IS_NONE(sr) && tpList_append(vm, rl, sr) < 0) {
            return -1;
        }
    }
    if (derive_from(vm, eg, ml, match) < 0) {
        return -1;
    }
    if (rest != NULL && derive_from(vm, eg, rl, rest) < 0) {
        return -1;
    }
    return 0;
}

int tpExcGroup_split(VM *vm, Value eg, Value matcher, Value *match, Value *rest) {
    int kind;
    if (matcher_kind(vm, matcher, &kind) < 0) {
        return -1;
    }
    return split_rec(vm, eg, matcher, kind, match, rest);
}

/* ==== methods ==== */

static int eg_derive(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value args[2] = {tpExc_extra(argv[0])[XS_GROUP_MSG], argv[1]};
    if (IS_NULL(args[0])) {
        args[0] = NONE_VAL;
    }
    Value cls = OBJ_VAL(vm->exc_types[EXC_BaseExceptionGroup]);
    return tpObj_call(vm, cls, 2, args, NULL, out);
}

static int eg_split(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    Value m, r;
    if (tpExcGroup_split(vm, argv[0], argv[1], &m, &r) < 0) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 2, m, r);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int eg_subgroup(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    int kind;
    if (matcher_kind(vm, argv[1], &kind) < 0) {
        return -1;
    }
    return split_rec(vm, argv[0], argv[1], kind, out, NULL);
}


static const MethodDef eg_methods[] = {
    TP_METHOD("derive", eg_derive, 1, 1),
    TP_METHOD("split", eg_split, 1, 1),
    TP_METHOD("subgroup", eg_subgroup, 1, 1),
    {"__class_getitem__", tpGenericAlias_class_getitem, 1, 1, METH_CLASS, 0, NULL},
    TP_METHOD_END,
};

int tpExcGroup_setup(VM *vm) {
    return tpExc_add_methods(vm, vm->exc_types[EXC_BaseExceptionGroup], eg_methods);
}
