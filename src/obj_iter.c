/*
 * obj_iter.c — the generic iterator types: the __getitem__-protocol iterator ("iterator"),
 * iter(callable, sentinel) ("callable_iterator"), and the builtins enumerate, zip (with strict=),
 * map, filter and reversed (which defers to __reversed__ or walks a sequence backwards).
 */
#include "seq.h"

/* Does the pending exception end a __getitem__ walk (IndexError or StopIteration)? */
static bool ends_walk(VM *vm) {
    if (tpErr_matches(vm, EXC_IndexError) || tpErr_matches(vm, EXC_StopIteration)) {
        tpErr_clear(vm);
        return true;
    }
    return false;
}

static bool has_kwargs(ObjTuple *kwnames) { return kwnames != NULL && kwnames->len > 0; }

/* ==== iterator (sequence protocol) ==== */

typedef struct SeqIter {
    Obj hdr;
    Value seq;               /* NULL_VAL once exhausted */
    int64_t i;
} SeqIter;

Value tpSeqIter_new(VM *vm, Value seq) {
    SeqIter *it = tpGC_alloc(vm, vm->types[TYPE_SEQ_ITER], sizeof(SeqIter));
    if (it == NULL) {
        return NULL_VAL;
    }
    it->seq = seq;
    it->i = 0;
    return OBJ_VAL(it);
}

/* Only for the runtime's own use (tpObj_iter): iterator(seq). */
static int seqiter_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                       Value *out) {
    (void)type;
    if (argc != 1 || (kwnames != NULL && kwnames->len > 0)) {
        return tpErr_raise(vm, EXC_TypeError, "cannot create 'iterator' instances");
    }
    *out = tpSeqIter_new(vm, argv[0]);
    return IS_NULL(*out) ? -1 : 0;
}

static void seqiter_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((SeqIter *)o)->seq); }

static int seqiter_next(VM *vm, Value self, Value *out) {
    SeqIter *it = (SeqIter *)AS_OBJ(self);
    if (IS_NULL(it->seq)) {
        return 1;
    }
    Value idx = tpInt_from_i64(vm, it->i);
    if (IS_NULL(idx)) {
        return -1;
    }
    if (tpObj_getitem(vm, it->seq, idx, out) < 0) {
        if (ends_walk(vm)) {
            it->seq = NULL_VAL;
            return 1;
        }
        return -1;
    }
    it->i++;
    return 0;
}

const TypeSpec tpSeqIter_spec = {
    .name = "iterator",
    .id = TYPE_SEQ_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(SeqIter),
    .slots = {
        .mark = seqiter_mark,
        .iter = tpSeq_iter_self,
        .next = seqiter_next,
        .new_ = seqiter_new,
    },
};

/* ==== callable_iterator ==== */

typedef struct CallIter {
    Obj hdr;
    Value fn;                /* NULL_VAL once exhausted */
    Value sentinel;
} CallIter;

Value tpCallIter_new(VM *vm, Value callable, Value sentinel) {
    CallIter *it = tpGC_alloc(vm, vm->types[TYPE_CALL_ITER], sizeof(CallIter));
    if (it == NULL) {
        return NULL_VAL;
    }
    it->fn = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static void calliter_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((CallIter *)o)->fn);
    tpGC_mark_value(vm, ((CallIter *)o)->sentinel);
}

static int calliter_next(VM *vm, Value self, Value *out) {
    CallIter *it = (CallIter *)AS_OBJ(self);
    if (IS_NULL(it->fn)) {
        return 1;
    }
    if (tpObj_call(vm, it->fn, 0, NULL, NULL, out) < 0) {
        if (tpErr_matches(vm, EXC_StopIteration)) {
            tpErr_clear(vm);
            it->fn = NULL_VAL;
            return 1;
        }
        return -1;
    }
    int eq;
    if (tpGC_push_root(vm, *out) < 0 || tpObj_eq(vm, it->sentinel, *out, &eq) < 0) {
        return -1;
    }
    if (eq) {
        it->fn = NULL_VAL;
        return 1;
    }
    return 0;
}

const TypeSpec tpCallIter_spec = {
    .name = "callable_iterator",
    .id = TYPE_CALL_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(CallIter),
    .slots = {
        .mark = calliter_mark,
        .iter = tpSeq_iter_self,
        .next = calliter_next,
    },
};

/* ==== enumerate ==== */

typedef struct Enumerate {
    Obj hdr;
    Value it;
    Value count;             /* the next index (an int Value) */
} Enumerate;

static int enumerate_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                         Value *out) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (tpArg_parse_kw(vm, "enumerate", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "enumerate() missing required argument 'iterable'");
    }
    Value start = INT_VAL(0), it;
    if (!IS_NULL(a[1]) && tpObj_index(vm, a[1], &start) < 0) {
        return -1;
    }
    if (tpObj_iter(vm, a[0], &it) < 0) {
        return -1;
    }
    Enumerate *e = tpGC_alloc(vm, type, type->size);
    if (e == NULL) {
        return -1;
    }
    e->it = it;
    e->count = start;
    *out = OBJ_VAL(e);
    return 0;
}

static void enumerate_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((Enumerate *)o)->it);
    tpGC_mark_value(vm, ((Enumerate *)o)->count);
}

static int enumerate_next(VM *vm, Value self, Value *out) {
    Enumerate *e = (Enumerate *)AS_OBJ(self);
    Value item, next;
    int rc = tpObj_next(vm, e->it, &item);
    if (rc != 0) {
        return rc;
    }
    if (tpGC_push_root(vm, item) < 0) {
        return -1;
    }
    Value idx = e->count;
    if (IS_INT(idx) && AS_INT(idx) < SMALLINT_MAX) {
        next = INT_VAL(AS_INT(idx) + 1);
    } else if (tpObj_binop(vm, idx, INT_VAL(1), BINOP_ADD, &next) < 0) {
        return -1;
    }
    e->count = next;
    ObjTuple *t = tpTuple_pack(vm, 2, idx, item);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static const MethodDef enumerate_methods[] = {
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

const TypeSpec tpEnumerate_spec = {
    .name = "enumerate",
    .id = TYPE_ENUMERATE,
    .base = TYPE_OBJECT,
    .size = sizeof(Enumerate),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = enumerate_mark,
        .iter = tpSeq_iter_self,
        .next = enumerate_next,
        .new_ = enumerate_new,
    },
    .methods = enumerate_methods,
    .doc = "Return an enumerate object.",
};

/* ==== zip ==== */

typedef struct Zip {
    Obj hdr;
    ObjTuple *iters;
    bool strict;
} Zip;

/* Iterators of argv[0..argc) as a tuple. */
static ObjTuple *iter_all(VM *vm, int argc, Value *argv) {
    ObjTuple *t = tpTuple_new(vm, (size_t)argc);
    for (int i = 0; t != NULL && i < argc; i++) {
        if (tpObj_iter(vm, argv[i], &t->items[i]) < 0) {
            return NULL;
        }
    }
    return t;
}

static int zip_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    int strict = 0;
    if (has_kwargs(kwnames)) {
        for (size_t k = 0; k < kwnames->len; k++) {
            ObjStr *name = AS_STR(kwnames->items[k]);
            if (strcmp(name->data, "strict") != 0) {
                return tpErr_format(vm, EXC_TypeError,
                                    "'%U' is an invalid keyword argument for zip()", name);
            }
            if (tpObj_truth(vm, argv[argc + (int)k], &strict) < 0) {
                return -1;
            }
        }
    }
    ObjTuple *iters = iter_all(vm, argc, argv);
    if (iters == NULL) {
        return -1;
    }
    Zip *z = tpGC_alloc(vm, type, type->size);
    if (z == NULL) {
        return -1;
    }
    z->iters = iters;
    z->strict = strict != 0;
    *out = OBJ_VAL(z);
    return 0;
}

static void zip_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((Zip *)o)->iters); }

/* strict=True: iterator i ran out; raise unless every other one ran out at the same time. */
static int zip_strict_check(VM *vm, Zip *z, size_t i) {
    if (i > 0) {
        return tpErr_format(vm, EXC_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                            i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (size_t j = 1; j < z->iters->len; j++) {
        Value v;
        int rc = tpObj_next(vm, z->iters->items[j], &v);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0) {
            return tpErr_format(vm, EXC_ValueError,
                                "zip() argument %zu is longer than argument%s%zu", j + 1,
                                j == 1 ? " " : "s 1-", j);
        }
    }
    return 1;
}

static int zip_next(VM *vm, Value self, Value *out) {
    Zip *z = (Zip *)AS_OBJ(self);
    size_t n = z->iters->len;
    if (n == 0) {
        return 1;
    }
    ObjTuple *t = tpTuple_new(vm, n);
    if (t == NULL) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        int rc = tpObj_next(vm, z->iters->items[i], &t->items[i]);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            return z->strict ? zip_strict_check(vm, z, i) : 1;
        }
    }
    *out = OBJ_VAL(t);
    return 0;
}

const TypeSpec tpZip_spec = {
    .name = "zip",
    .id = TYPE_ZIP,
    .base = TYPE_OBJECT,
    .size = sizeof(Zip),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = zip_mark,
        .iter = tpSeq_iter_self,
        .next = zip_next,
        .new_ = zip_new,
    },
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* ==== map ==== */

typedef struct Map {
    Obj hdr;
    Value fn;
    ObjTuple *iters;
} Map;

static int map_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (has_kwargs(kwnames) && type == vm->types[TYPE_MAP]) {
        return tpErr_raise(vm, EXC_TypeError, "map() takes no keyword arguments");
    }
    if (argc < 2) {
        return tpErr_raise(vm, EXC_TypeError, "map() must have at least two arguments.");
    }
    ObjTuple *iters = iter_all(vm, argc - 1, argv + 1);
    if (iters == NULL) {
        return -1;
    }
    Map *m = tpGC_alloc(vm, type, type->size);
    if (m == NULL) {
        return -1;
    }
    m->fn = argv[0];
    m->iters = iters;
    *out = OBJ_VAL(m);
    return 0;
}

static void map_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((Map *)o)->fn);
    tpGC_mark_obj(vm, (Obj *)((Map *)o)->iters);
}

static int map_next(VM *vm, Value self, Value *out) {
    Map *m = (Map *)AS_OBJ(self);
    size_t n = m->iters->len;
    ObjTuple *args = tpTuple_new(vm, n);
    if (args == NULL) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        int rc = tpObj_next(vm, m->iters->items[i], &args->items[i]);
        if (rc != 0) {
            return rc;
        }
    }
    return tpObj_call(vm, m->fn, (int)n, args->items, NULL, out);
}

const TypeSpec tpMap_spec = {
    .name = "map",
    .id = TYPE_MAP,
    .base = TYPE_OBJECT,
    .size = sizeof(Map),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = map_mark,
        .iter = tpSeq_iter_self,
        .next = map_next,
        .new_ = map_new,
    },
    .doc = "map(func, *iterables) --> map object",
};

/* ==== filter ==== */

typedef struct Filter {
    Obj hdr;
    Value fn;
    Value it;
} Filter;

static int filter_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                      Value *out) {
    if (has_kwargs(kwnames) && type == vm->types[TYPE_FILTER]) {
        return tpErr_raise(vm, EXC_TypeError, "filter() takes no keyword arguments");
    }
    if (argc != 2) {
        return tpErr_format(vm, EXC_TypeError, "filter expected 2 arguments, got %d", argc);
    }
    Value it;
    if (tpObj_iter(vm, argv[1], &it) < 0) {
        return -1;
    }
    Filter *f = tpGC_alloc(vm, type, type->size);
    if (f == NULL) {
        return -1;
    }
    f->fn = argv[0];
    f->it = it;
    *out = OBJ_VAL(f);
    return 0;
}

static void filter_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((Filter *)o)->fn);
    tpGC_mark_value(vm, ((Filter *)o)->it);
}

static int filter_next(VM *vm, Value self, Value *out) {
    Filter *f = (Filter *)AS_OBJ(self);
    bool plain = IS_NONE(f->fn) || f->fn == OBJ_VAL(vm->types[TYPE_BOOL]);
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value item, r;
        int ok;
        int rc = tpObj_next(vm, f->it, &item);
        if (rc != 0) {
            return rc;
        }
        if (plain) {
            r = item;
        } else if (tpGC_push_root(vm, item) < 0 || tpObj_call(vm, f->fn, 1, &item, NULL, &r) < 0) {
            return -1;
        }
        if (tpObj_truth(vm, r, &ok) < 0) {
            return -1;
        }
        if (ok) {
            *out = item;
            return 0;
        }
        tpGC_restore(vm, mark);
    }
}

const TypeSpec tpFilter_spec = {
    .name = "filter",
    .id = TYPE_FILTER,
    .base = TYPE_OBJECT,
    .size = sizeof(Filter),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = filter_mark,
        .iter = tpSeq_iter_self,
        .next = filter_next,
        .new_ = filter_new,
    },
    .doc = "filter(function or None, iterable) --> filter object",
};

/* ==== reversed ==== */

typedef struct Reversed {
    Obj hdr;
    Value seq;               /* NULL_VAL once exhausted */
    int64_t index;           /* next index to fetch */
} Reversed;

static int reversed_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                        Value *out) {
    if (has_kwargs(kwnames) && type == vm->types[TYPE_REVERSED]) {
        return tpErr_raise(vm, EXC_TypeError, "reversed() takes no keyword arguments");
    }
    if (argc != 1) {
        return tpErr_format(vm, EXC_TypeError, "reversed expected 1 argument, got %d", argc);
    }
    Value seq = argv[0];
    ObjType *st = tpType_of(vm, seq);
    Value meth = tpType_lookup(vm, st, vm->names[NAME___reversed__]);
    if (IS_NONE(meth)) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not reversible", seq);
    }
    if (!IS_NULL(meth)) {
        return tpObj_call_method(vm, seq, vm->names[NAME___reversed__], 0, NULL, out);
    }
    if (st->sl.getitem == NULL || tpType_is_subtype(st, vm->types[TYPE_DICT])) {
        return tpErr_format(vm, EXC_TypeError, "'%T' object is not reversible", seq);
    }
    int64_t n;
    if (tpObj_len(vm, seq, &n) < 0) {
        return -1;
    }
    Reversed *r = tpGC_alloc(vm, type, type->size);
    if (r == NULL) {
        return -1;
    }
    r->seq = seq;
    r->index = n - 1;
    *out = OBJ_VAL(r);
    return 0;
}

static void reversed_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((Reversed *)o)->seq); }

static int reversed_next(VM *vm, Value self, Value *out) {
    Reversed *r = (Reversed *)AS_OBJ(self);
    if (IS_NULL(r->seq) || r->index < 0) {
        r->seq = NULL_VAL;
        return 1;
    }
    if (tpObj_getitem(vm, r->seq, INT_VAL(r->index), out) < 0) {
        if (ends_walk(vm)) {
            r->seq = NULL_VAL;
            r->index = -1;
            return 1;
        }
        return -1;
    }
    r->index--;
    return 0;
}

static int reversed_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    Reversed *r = (Reversed *)AS_OBJ(argv[0]);
    *out = INT_VAL(IS_NULL(r->seq) ? 0 : r->index + 1);
    return 0;
}

static const MethodDef reversed_methods[] = {
    TP_METHOD("__length_hint__", reversed_length_hint, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpReversed_spec = {
    .name = "reversed",
    .id = TYPE_REVERSED,
    .base = TYPE_OBJECT,
    .size = sizeof(Reversed),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = reversed_mark,
        .iter = tpSeq_iter_self,
        .next = reversed_next,
        .new_ = reversed_new,
    },
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
