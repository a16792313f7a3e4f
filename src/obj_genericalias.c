/*
 * obj_genericalias.c — types.GenericAlias, the object `list[int]` evaluates to (PEP 585).
 * It records the origin class and the subscript; calling it calls the origin, class statements
 * use the origin as base (__mro_entries__), and any other attribute is read from the origin.
 * The repr helpers here are shared with types.UnionType (obj_union.c).
 */
#include "interp.h"
#include "typealias.h"

typedef struct ObjGenericAlias {
    Obj hdr;
    Value origin;
    ObjTuple *args;
    ObjTuple *params; /* __parameters__, computed on first use */
    bool starred;     /* *tuple[int] (PEP 646): what iterating an alias yields */
} ObjGenericAlias;

#define GA(v) ((ObjGenericAlias *)AS_OBJ(v))

static bool is_alias(VM *vm, Value v) { return IS_OBJ_TYPE(v, vm->types[TYPE_GENERIC_ALIAS]); }

Value tpGenericAlias_new(VM *vm, Value origin, Value args) {
    ObjTuple *t;
    if (IS_OBJ_TYPE(args, vm->types[TYPE_TUPLE])) {
        t = AS_TUPLE(args);
    } else {
        t = tpTuple_pack(vm, 1, args);
        if (t == NULL) {
            return NULL_VAL;
        }
    }
    ObjGenericAlias *ga = tpGC_alloc(vm, vm->types[TYPE_GENERIC_ALIAS], sizeof(ObjGenericAlias));
    if (ga == NULL) {
        return NULL_VAL;
    }
    ga->origin = origin;
    ga->args = t;
    ga->params = NULL;
    ga->starred = false;
    return OBJ_VAL(ga);
}

int tpGenericAlias_class_getitem(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    *out = tpGenericAlias_new(vm, argv[0], argv[1]);
    return IS_NULL(*out) ? -1 : 0;
}

/* ==== repr ==== */

/* An attribute that may be missing: 1 found, 0 missing, -1 error. */
static int opt_attr(VM *vm, Value v, const char *name, Value *out) {
    ObjStr *n = tpStr_intern_cstr(vm, name);
    return n == NULL ? -1 : tpObj_getattr_opt(vm, v, n, out);
}

int tpTypeAlias_repr_item(VM *vm, StrBuf *b, Value v) {
    if (v == vm->ellipsis) {
        return tpBuf_puts(vm, b, "...");
    }
    Value origin, args, qn, mod;
    int r = opt_attr(vm, v, "__origin__", &origin);
    if (r == 1) {
        r = opt_attr(vm, v, "__args__", &args);
    }
    if (r < 0) {
        return -1;
    }
    if (r == 1) {
        return tpBuf_put_repr(vm, b, v);  /* another alias */
    }
    if ((r = opt_attr(vm, v, "__qualname__", &qn)) == 1) {
        r = opt_attr(vm, v, "__module__", &mod);
    }
    if (r < 0) {
        return -1;
    }
    if (r == 0 || IS_NONE(mod)) {
        return tpBuf_put_repr(vm, b, v);
    }
    if (IS_OBJ_TYPE(mod, vm->types[TYPE_STR]) && strcmp(AS_STR(mod)->data, "builtins") == 0) {
        return tpBuf_put_strv(vm, b, qn);
    }
    if (tpBuf_put_strv(vm, b, mod) < 0 || tpBuf_putc(vm, b, '.') < 0) {
        return -1;
    }
    return tpBuf_put_strv(vm, b, qn);
}

/* A list among the arguments (Callable[[int], str]) prints as [a, b]. */
static int repr_arg(VM *vm, StrBuf *b, Value v) {
    if (!IS_OBJ_TYPE(v, vm->types[TYPE_LIST])) {
        return tpTypeAlias_repr_item(vm, b, v);
    }
    ObjList *l = AS_LIST(v);
    if (tpBuf_putc(vm, b, '[') < 0) {
        return -1;
    }
    for (size_t i = 0; i < l->len; i++) {
        if ((i > 0 && tpBuf_puts(vm, b, ", ") < 0) ||
            tpTypeAlias_repr_item(vm, b, l->items[i]) < 0) {
            return -1;
        }
    }
    return tpBuf_putc(vm, b, ']');
}

static int ga_repr_into(VM *vm, StrBuf *b, ObjGenericAlias *ga) {
    if (ga->starred && tpBuf_putc(vm, b, '*') < 0) {
        return -1;
    }
    if (tpTypeAlias_repr_item(vm, b, ga->origin) < 0 || tpBuf_putc(vm, b, '[') < 0) {
        return -1;
    }
    if (ga->args->len == 0 && tpBuf_puts(vm, b, "()") < 0) {
        return -1;
    }
    for (size_t i = 0; i < ga->args->len; i++) {
        if ((i > 0 && tpBuf_puts(vm, b, ", ") < 0) || repr_arg(vm, b, ga->args->items[i]) < 0) {
            return -1;
        }
    }
    return tpBuf_putc(vm, b, ']');
}

static int ga_repr(VM *vm, Value self, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    int rc = ga_repr_into(vm, &b, GA(self));  /* nested aliases: guarded by tpObj_repr */
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

/* ==== __parameters__ ==== */

static int add_param(VM *vm, ObjList *acc, Value p) {
    for (size_t i = 0; i < acc->len; i++) {
        if (acc->items[i] == p) {
            return 0;
        }
    }
    return tpList_append(vm, acc, p);
}

/* Type variables are the objects with __typing_subst__; aliases contribute their own. */
static int collect_params(VM *vm, ObjList *acc, Value a) {
    Value x;
    if (tpObj_is(vm, a, TYPE_TYPE)) {
        return 0;
    }
    int r = opt_attr(vm, a, "__typing_subst__", &x);
    if (r != 0) {
        return r < 0 ? -1 : add_param(vm, acc, a);
    }
    if ((r = opt_attr(vm, a, "__parameters__", &x)) <= 0) {
        return r;
    }
    if (IS_OBJ_TYPE(x, vm->types[TYPE_TUPLE])) {
        for (size_t i = 0; i < AS_TUPLE(x)->len; i++) {
            if (add_param(vm, acc, AS_TUPLE(x)->items[i]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

ObjTuple *tpTypeAlias_parameters(VM *vm, ObjTuple *args) {
    ObjList *acc = tpList_new(vm, 0);
    if (acc == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < args->len; i++) {
        if (collect_params(vm, acc, args->items[i]) < 0) {
            return NULL;
        }
    }
    return tpTuple_from(vm, acc->len, acc->items);
}

static int ga_get_params(VM *vm, Value self, Value *out) {
    ObjGenericAlias *ga = GA(self);
    if (ga->params == NULL) {
        ga->params = tpTypeAlias_parameters(vm, ga->args);
        if (ga->params == NULL) {
            return -1;
        }
    }
    *out = OBJ_VAL(ga->params);
    return 0;
}

/* ==== protocols ==== */

static void ga_mark(VM *vm, Obj *o) {
    ObjGenericAlias *ga = (ObjGenericAlias *)o;
    tpGC_mark_value(vm, ga->origin);
    tpGC_mark_obj(vm, (Obj *)ga->args);
    tpGC_mark_obj(vm, (Obj *)ga->params);
}

static int ga_hash(VM *vm, Value self, int64_t *out) {
    int64_t h1, h2;
    if (tpObj_hash(vm, GA(self)->origin, &h1) < 0 ||
        tpObj_hash(vm, OBJ_VAL(GA(self)->args), &h2) < 0) {
        return -1;
    }
    *out = h1 ^ h2;
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

static int ga_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_alias(vm, a) || !is_alias(vm, b) || (op != CMP_EQ && op != CMP_NE)) {
        *out = vm->not_implemented;
        return 0;
    }
    int eq = GA(a)->starred == GA(b)->starred;
    if (eq && tpObj_eq(vm, GA(a)->origin, GA(b)->origin, &eq) < 0) {
        return -1;
    }
    if (eq && tpObj_eq(vm, OBJ_VAL(GA(a)->args), OBJ_VAL(GA(b)->args), &eq) < 0) {
        return -1;
    }
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

/* Iterating list[int] gives the one unpacked alias *list[int] (for tuple[*Ts] and the like). */
static int ga_iter(VM *vm, Value self, Value *out) {
    Value star = tpGenericAlias_new(vm, GA(self)->origin, OBJ_VAL(GA(self)->args));
    if (IS_NULL(star)) {
        return -1;
    }
    GA(star)->starred = true;
    ObjTuple *one = tpTuple_pack(vm, 1, star);
    return one == NULL ? -1 : tpObj_iter(vm, OBJ_VAL(one), out);
}

/* Subscripting an alias or a union: taipan has no type variables to substitute, so this is
 * always CPython's error for `list[int][str]` / `(int | str)[int]`. */
int tpTypeAlias_subscript_error(VM *vm, Value self, size_t nparams) {
    Value r;
    if (tpObj_repr(vm, self, &r) < 0) {
        return -1;
    }
    return tpErr_format(vm, EXC_TypeError, "%U%s", AS_STR(r),
                        nparams == 0 ? " is not a generic class" : " cannot be substituted here");
}

static int ga_getitem(VM *vm, Value self, Value key, Value *out) {
    (void)key;
    Value params;
    if (ga_get_params(vm, self, &params) < 0) {
        return -1;
    }
    return tpTypeAlias_subscript_error(vm, self, AS_TUPLE(params)->len);
}

/* Calling the alias makes an instance of the origin and tags it with __orig_class__ when the
 * instance allows it (a list does not: that is not an error). */
static int ga_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (tpObj_call(vm, GA(self)->origin, argc, argv, kwnames, out) < 0) {
        return -1;
    }
    ObjStr *n = tpStr_intern_cstr(vm, "__orig_class__");
    if (n == NULL) {
        return -1;
    }
    if (tpObj_setattr(vm, *out, n, self) < 0) {
        if (!tpErr_matches(vm, EXC_AttributeError) && !tpErr_matches(vm, EXC_TypeError)) {
            return -1;
        }
        tpErr_clear(vm);
    }
    return 0;
}

/* The alias's own attributes; every other name is looked up on the origin. */
static bool own_attr(const char *n) {
    static const char *const names[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__",
    };
    for (size_t i = 0; i < TP_ARRAY_LEN(names); i++) {
        if (strcmp(n, names[i]) == 0) {
            return true;
        }
    }
    return false;
}

static int ga_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    if (own_attr(name->data)) {
        return tpObj_generic_getattr(vm, self, name, out);
    }
    return tpObj_getattr(vm, GA(self)->origin, name, out);
}

static int ga_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "GenericAlias() takes no keyword arguments");
    }
    if (argc != 2) {
        return tpErr_format(vm, EXC_TypeError, "GenericAlias expected 2 arguments, got %d", argc);
    }
    *out = tpGenericAlias_new(vm, argv[0], argv[1]);
    return IS_NULL(*out) ? -1 : 0;
}

/* ==== methods and getters ==== */

static int ga_mro_entries(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTuple *t = tpTuple_pack(vm, 1, GA(argv[0])->origin);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* pickling support: GenericAlias(origin, args) rebuilds it */
static int ga_reduce(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTuple *args = tpTuple_pack(vm, 2, GA(argv[0])->origin, OBJ_VAL(GA(argv[0])->args));
    ObjTuple *t = args ? tpTuple_pack(vm, 2, OBJ_VAL(vm->types[TYPE_GENERIC_ALIAS]),
                                      OBJ_VAL(args))
                       : NULL;
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int ga_instancecheck(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc, (void)argv, (void)kwnames, (void)out;
    return tpErr_raise(vm, EXC_TypeError,
                       "isinstance() argument 2 cannot be a parameterized generic");
}

static int ga_subclasscheck(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc, (void)argv, (void)kwnames, (void)out;
    return tpErr_raise(vm, EXC_TypeError,
                       "issubclass() argument 2 cannot be a parameterized generic");
}

static int ga_get_origin(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = GA(self)->origin;
    return 0;
}

static int ga_get_args(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = OBJ_VAL(GA(self)->args);
    return 0;
}

static int ga_get_unpacked(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = BOOL_VAL(GA(self)->starred);
    return 0;
}

static int ga_get_unpacked_args(VM *vm, Value self, Value *out) {
    ObjGenericAlias *ga = GA(self);
    bool tuple = ga->starred && ga->origin == OBJ_VAL(vm->types[TYPE_TUPLE]);
    *out = tuple ? OBJ_VAL(ga->args) : NONE_VAL;
    return 0;
}

static const MethodDef ga_methods[] = {
    TP_METHOD("__mro_entries__", ga_mro_entries, 1, 1),
    TP_METHOD("__reduce__", ga_reduce, 0, 0),
    TP_METHOD("__instancecheck__", ga_instancecheck, 1, 1),
    TP_METHOD("__subclasscheck__", ga_subclasscheck, 1, 1),
    TP_METHOD_END,
};

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", ga_get_params, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpGenericAlias_spec = {
    .name = "types.GenericAlias",
    .id = TYPE_GENERIC_ALIAS,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenericAlias),
    .slots = {
        .mark = ga_mark,
        .repr = ga_repr,
        .hash = ga_hash,
        .richcmp = ga_richcmp,
        .binop = tpUnion_binop,
        .getitem = ga_getitem,
        .iter = ga_iter,
        .call = ga_call,
        .getattr = ga_getattr,
        .new_ = ga_new,
    },
    .methods = ga_methods,
    .getsets = ga_getsets,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
};
