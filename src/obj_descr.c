/*
 * obj_descr.c — the descriptor types of builtins: property, classmethod, staticmethod, and super
 * (attribute lookup that starts after a given class in the instance's MRO).
 */
#include "cstack.h"
#include "interp.h"
#include "type_cache.h"

/* ==== property ==== */

#define PROP(v) ((ObjProperty *)AS_OBJ(v))

static void prop_mark(VM *vm, Obj *o) {
    ObjProperty *p = (ObjProperty *)o;
    tpGC_mark_value(vm, p->fget);
    tpGC_mark_value(vm, p->fset);
    tpGC_mark_value(vm, p->fdel);
    tpGC_mark_value(vm, p->doc);
    tpGC_mark_obj(vm, (Obj *)p->name);
}

static int prop_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    size_t size = type->size < sizeof(ObjProperty) ? sizeof(ObjProperty) : type->size;
    ObjProperty *p = tpGC_alloc(vm, type, size);
    if (p == NULL) {
        return -1;
    }
    p->fget = p->fset = p->fdel = p->doc = NONE_VAL;
    p->name = NULL;
    *out = OBJ_VAL(p);
    return 0;
}

static int prop_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (tpArg_parse_kw(vm, "property", argc, argv, kwnames, 4, names, 4, a) < 0) {
        return -1;
    }
    ObjProperty *p = PROP(self);
    p->fget = IS_NULL(a[0]) ? NONE_VAL : a[0];
    p->fset = IS_NULL(a[1]) ? NONE_VAL : a[1];
    p->fdel = IS_NULL(a[2]) ? NONE_VAL : a[2];
    p->doc = IS_NULL(a[3]) ? NONE_VAL : a[3];
    if (IS_NONE(p->doc) && !IS_NONE(p->fget)) {
        Value d;
        int rc = tpObj_getattr_opt(vm, p->fget, vm->names[NAME___doc__], &d);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            p->doc = d;
        }
    }
    if (AS_OBJ(self)->type != vm->types[TYPE_PROPERTY] && !IS_NONE(p->doc)) {
        /* a subclass instance has a __dict__: __doc__ lives there, as in CPython */
        ObjDict *d = tpObj_dict(vm, self, true);
        if (d != NULL && tpDict_set_str(vm, d, vm->names[NAME___doc__], p->doc) < 0) {
            return -1;
        }
        if (d == NULL && tpErr_occurred(vm)) {
            return -1;
        }
    }
    return 0;
}

static int prop_error(VM *vm, Value self, Value obj, const char *what) {
    ObjProperty *p = PROP(self);
    ObjType *t = tpType_of(vm, obj);
    ObjStr *qn = t->qualname != NULL ? t->qualname : t->name;
    if (p->name != NULL) {
        return tpErr_format(vm, EXC_AttributeError, "property %R of %R object has no %s",
                            OBJ_VAL(p->name), OBJ_VAL(qn), what);
    }
    return tpErr_format(vm, EXC_AttributeError, "property of %R object has no %s", OBJ_VAL(qn),
                        what);
}

static int prop_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    (void)type;
    if (IS_NULL(obj) || IS_NONE(obj)) {
        *out = descr;
        return 0;
    }
    ObjProperty *p = PROP(descr);
    if (IS_NONE(p->fget)) {
        return prop_error(vm, descr, obj, "getter");
    }
    return tpObj_call(vm, p->fget, 1, &obj, NULL, out);
}

static int prop_set(VM *vm, Value descr, Value obj, Value v) {
    ObjProperty *p = PROP(descr);
    Value r;
    if (IS_NULL(v)) {
        if (IS_NONE(p->fdel)) {
            return prop_error(vm, descr, obj, "deleter");
        }
        return tpObj_call(vm, p->fdel, 1, &obj, NULL, &r);
    }
    if (IS_NONE(p->fset)) {
        return prop_error(vm, descr, obj, "setter");
    }
    Value args[2] = {obj, v};
    return tpObj_call(vm, p->fset, 2, args, NULL, &r);
}

/* getter / setter / deleter (magic 0/1/2): a copy of the property with one function replaced. */
static int prop_copy(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjProperty *p = PROP(argv[0]);
    Value args[4] = {p->fget, p->fset, p->fdel, NONE_VAL};
    args[vm->magic] = argv[1];
    /* keep an explicit doc unless it came from the old getter */
    if (vm->magic != 0 || IS_NONE(p->fget)) {
        args[3] = p->doc;
    } else {
        Value old;
        int rc = tpObj_getattr_opt(vm, p->fget, vm->names[NAME___doc__], &old);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0 || old != p->doc) {
            args[3] = p->doc;
        }
    }
    Value cls = OBJ_VAL(AS_OBJ(argv[0])->type);
    if (tpObj_call(vm, cls, 4, args, NULL, out) < 0) {
        return -1;
    }
    if (tpObj_is(vm, *out, TYPE_PROPERTY)) {
        PROP(*out)->name = p->name;
    }
    return 0;
}

static int prop_set_name(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (tpObj_is(vm, argv[2], TYPE_STR)) {
        PROP(argv[0])->name = AS_STR(argv[2]);
    }
    *out = NONE_VAL;
    return 0;
}

static int prop_get_fget(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = PROP(self)->fget;
    return 0;
}

static int prop_get_fset(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = PROP(self)->fset;
    return 0;
}

static int prop_get_fdel(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = PROP(self)->fdel;
    return 0;
}

static int prop_get_doc(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = PROP(self)->doc;
    return 0;
}

static int prop_set_doc(VM *vm, Value self, Value v) {
    (void)vm;
    PROP(self)->doc = IS_NULL(v) ? NONE_VAL : v;
    return 0;
}

static int prop_get_abstract(VM *vm, Value self, Value *out) {
    ObjProperty *p = PROP(self);
    Value fns[3] = {p->fget, p->fset, p->fdel};
    ObjStr *name = tpStr_intern_cstr(vm, "__isabstractmethod__");
    if (name == NULL) {
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        Value v;
        int rc = IS_NONE(fns[i]) ? 0 : tpObj_getattr_opt(vm, fns[i], name, &v);
        if (rc < 0) {
            return -1;
        }
        int t = 0;
        if (rc == 1 && tpObj_truth(vm, v, &t) < 0) {
            return -1;
        }
        if (t) {
            *out = TRUE_VAL;
            return 0;
        }
    }
    *out = FALSE_VAL;
    return 0;
}

static const MethodDef prop_methods[] = {
    TP_METHOD_MAGIC("getter", prop_copy, 1, 1, 0),
    TP_METHOD_MAGIC("setter", prop_copy, 1, 1, 1),
    TP_METHOD_MAGIC("deleter", prop_copy, 1, 1, 2),
    TP_METHOD("__set_name__", prop_set_name, 2, 2),
    TP_METHOD_END,
};

static const GetSetDef prop_getsets[] = {
    {"fget", prop_get_fget, NULL, NULL},
    {"fset", prop_get_fset, NULL, NULL},
    {"fdel", prop_get_fdel, NULL, NULL},
    {"__doc__", prop_get_doc, prop_set_doc, NULL},
    {"__isabstractmethod__", prop_get_abstract, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpProperty_spec = {
    .name = "property",
    .id = TYPE_PROPERTY,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjProperty),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = prop_mark,
              .new_ = prop_new,
              .init = prop_init,
              .descr_get = prop_get,
              .descr_set = prop_set},
    .methods = prop_methods,
    .getsets = prop_getsets,
};

/* ==== classmethod / staticmethod ==== */

#define WRAP(v) ((ObjWrapper *)AS_OBJ(v))

static void wrap_mark(VM *vm, Obj *o) {
    ObjWrapper *w = (ObjWrapper *)o;
    tpGC_mark_value(vm, w->func);
    tpGC_mark_obj(vm, (Obj *)w->dict);
}

static int wrap_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    size_t size = type->size < sizeof(ObjWrapper) ? sizeof(ObjWrapper) : type->size;
    ObjWrapper *w = tpGC_alloc(vm, type, size);
    if (w == NULL) {
        return -1;
    }
    w->func = NONE_VAL;
    *out = OBJ_VAL(w);
    return 0;
}

/* 3.10+: copy __module__, __name__, __qualname__, __doc__ (and __annotations__) of the function. */
static int wrap_copy_attrs(VM *vm, ObjWrapper *w) {
    static const int ids[] = {NAME___module__, NAME___name__, NAME___qualname__, NAME___doc__,
                              NAME___annotations__};
    for (size_t i = 0; i < TP_ARRAY_LEN(ids); i++) {
        Value v;
        int rc = tpObj_getattr_opt(vm, w->func, vm->names[ids[i]], &v);
        if (rc < 0) {
            return -1;
        }
        if (rc == 0) {
            continue;
        }
        if (w->dict == NULL) {
            w->dict = tpDict_new(vm);
            if (w->dict == NULL) {
                return -1;
            }
        }
        if (tpDict_set_str(vm, w->dict, vm->names[ids[i]], v) < 0) {
            return -1;
        }
    }
    return 0;
}

static int wrap_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    const char *name = tpType_of(vm, self) == vm->types[TYPE_STATICMETHOD] ||
                               tpObj_is(vm, self, TYPE_STATICMETHOD)
                           ? "staticmethod"
                           : "classmethod";
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_format(vm, EXC_TypeError, "%s() takes no keyword arguments", name);
    }
    if (argc != 1) {
        return tpErr_format(vm, EXC_TypeError, "%s expected 1 argument, got %d", name, argc);
    }
    WRAP(self)->func = argv[0];
    return wrap_copy_attrs(vm, WRAP(self));
}

static int wrap_repr(VM *vm, Value self, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_printf(vm, &b, "<%s(", tpObj_typename(vm, self));
    rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, WRAP(self)->func);
    rc = rc < 0 ? rc : tpBuf_puts(vm, &b, ")>");
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

static int cm_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    if (IS_NULL(type) || IS_NONE(type)) {
        type = OBJ_VAL(tpType_of(vm, obj));
    }
    Value f = WRAP(descr)->func;
    ObjType *ft = tpType_of(vm, f);
    if (ft->sl.descr_get != NULL) {
        /* classmethod(classmethod(...)) chains: one level of C recursion each */
        return tpC_check_stack(vm) < 0 ? -1 : ft->sl.descr_get(vm, f, type, type, out);
    }
    *out = tpBoundMethod_new(vm, type, f);
    return IS_NULL(*out) ? -1 : 0;
}

static int sm_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    (void)vm;
    (void)obj;
    (void)type;
    *out = WRAP(descr)->func;
    return 0;
}

static int sm_call(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    return tpObj_call(vm, WRAP(self)->func, argc, argv, kwnames, out);
}

static int wrap_get_func(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = WRAP(self)->func;
    return 0;
}

static int wrap_get_abstract(VM *vm, Value self, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "__isabstractmethod__");
    if (name == NULL) {
        return -1;
    }
    Value v;
    int rc = tpObj_getattr_opt(vm, WRAP(self)->func, name, &v);
    if (rc < 0) {
        return -1;
    }
    int t = 0;
    if (rc == 1 && tpObj_truth(vm, v, &t) < 0) {
        return -1;
    }
    *out = BOOL_VAL(t);
    return 0;
}

static const GetSetDef wrap_getsets[] = {
    TP_GETSET_DICT,
    {"__func__", wrap_get_func, NULL, NULL},
    {"__wrapped__", wrap_get_func, NULL, NULL},
    {"__isabstractmethod__", wrap_get_abstract, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpClassMethod_spec = {
    .name = "classmethod",
    .id = TYPE_CLASSMETHOD,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjWrapper),
    .dictoffset = offsetof(ObjWrapper, dict),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = wrap_mark,
              .new_ = wrap_new,
              .init = wrap_init,
              .repr = wrap_repr,
              .descr_get = cm_get},
    .getsets = wrap_getsets,
};

const TypeSpec tpStaticMethod_spec = {
    .name = "staticmethod",
    .id = TYPE_STATICMETHOD,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjWrapper),
    .dictoffset = offsetof(ObjWrapper, dict),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = wrap_mark,
              .new_ = wrap_new,
              .init = wrap_init,
              .repr = wrap_repr,
              .descr_get = sm_get,
              .call = sm_call},
    .getsets = wrap_getsets,
};

/* ==== super ==== */

#define SUP(v) ((ObjSuper *)AS_OBJ(v))

static void super_mark(VM *vm, Obj *o) {
    ObjSuper *s = (ObjSuper *)o;
    tpGC_mark_obj(vm, (Obj *)s->type);
    tpGC_mark_value(vm, s->obj);
    tpGC_mark_obj(vm, (Obj *)s->obj_type);
}

static int super_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    size_t size = type->size < sizeof(ObjSuper) ? sizeof(ObjSuper) : type->size;
    ObjSuper *s = tpGC_alloc(vm, type, size);
    if (s == NULL) {
        return -1;
    }
    s->obj = NULL_VAL;
    *out = OBJ_VAL(s);
    return 0;
}

/* type(obj) if obj is an instance of type, obj if it is a subclass of type. */
static ObjType *super_check(VM *vm, ObjType *type, Value obj) {
    if (tpObj_is(vm, obj, TYPE_TYPE) && tpType_is_subtype(AS_TYPE(obj), type)) {
        return AS_TYPE(obj);
    }
    ObjType *t = tpType_of(vm, obj);
    if (tpType_is_subtype(t, type)) {
        return t;
    }
    /* a proxy's __class__ may still qualify */
    Value cls;
    int rc = tpObj_getattr_opt(vm, obj, vm->names[NAME___class__], &cls);
    if (rc < 0) {
        return NULL;
    }
    if (rc == 1 && tpObj_is(vm, cls, TYPE_TYPE) && AS_TYPE(cls) != t &&
        tpType_is_subtype(AS_TYPE(cls), type)) {
        return AS_TYPE(cls);
    }
    tpErr_raise(vm, EXC_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "super() takes no keyword arguments");
    }
    if (argc > 2) {
        return tpErr_format(vm, EXC_TypeError, "super() takes at most 2 arguments (%d given)", argc);
    }
    ObjType *type;
    Value obj = NULL_VAL;
    if (argc == 0) {
        if (tpVM_super_args(vm, &type, &obj) < 0) {
            return -1;
        }
    } else {
        if (!tpObj_is(vm, argv[0], TYPE_TYPE)) {
            return tpErr_format(vm, EXC_TypeError, "super() argument 1 must be a type, not %T",
                                argv[0]);
        }
        type = AS_TYPE(argv[0]);
        if (argc == 2 && !IS_NONE(argv[1])) {
            obj = argv[1];
        }
    }
    ObjType *obj_type = NULL;
    if (!IS_NULL(obj)) {
        obj_type = super_check(vm, type, obj);
        if (obj_type == NULL) {
            return -1;
        }
    }
    ObjSuper *s = SUP(self);
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return 0;
}

static int super_getattr(VM *vm, Value self, ObjStr *name, Value *out) {
    ObjSuper *s = SUP(self);
    if (s->obj_type != NULL && name != vm->names[NAME___class__]) {
        ObjTuple *mro = s->obj_type->mro;
        size_t i = 0;
        while (i < mro->len && AS_TYPE(mro->items[i]) != s->type) {
            i++;
        }
        for (i++; i < mro->len; i++) {
            ObjType *t = AS_TYPE(mro->items[i]);
            ObjDict *td = tpType_dict(vm, t);
            if (td == NULL) {
                return -1;
            }
            Value res = tpDict_get_str(vm, td, name);
            if (IS_NULL(res)) {
                continue;
            }
            ObjType *rt = tpType_of(vm, res);
            if (rt->sl.descr_get != NULL) {
                Value inst = s->obj == OBJ_VAL(s->obj_type) ? NULL_VAL : s->obj;
                return rt->sl.descr_get(vm, res, inst, OBJ_VAL(s->obj_type), out);
            }
            *out = res;
            return 0;
        }
    }
    return tpObj_generic_getattr(vm, self, name, out);
}

static int super_descr_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    (void)type;
    ObjSuper *s = SUP(descr);
    if (IS_NULL(obj) || IS_NONE(obj) || !IS_NULL(s->obj)) {
        *out = descr;
        return 0;
    }
    Value args[2] = {OBJ_VAL(s->type), obj};
    return tpObj_call(vm, OBJ_VAL(AS_OBJ(descr)->type), 2, args, NULL, out);
}

static int super_repr(VM *vm, Value self, Value *out) {
    ObjSuper *s = SUP(self);
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, "<super: ");
    /* CPython prints the bare tp_name here, not the class repr */
    rc = rc < 0 ? rc : tpBuf_printf(vm, &b, "<class '%s'>", tpType_name(s->type));
    if (s->obj_type != NULL) {
        rc = rc < 0 ? rc : tpBuf_printf(vm, &b, ", <%s object>>", tpType_name(s->obj_type));
    } else {
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, ", NULL>");
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *str = tpBuf_finish(vm, &b);
    if (str == NULL) {
        return -1;
    }
    *out = OBJ_VAL(str);
    return 0;
}

static int super_get_thisclass(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = SUP(self)->type ? OBJ_VAL(SUP(self)->type) : NONE_VAL;
    return 0;
}

static int super_get_self(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = IS_NULL(SUP(self)->obj) ? NONE_VAL : SUP(self)->obj;
    return 0;
}

static int super_get_self_class(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = SUP(self)->obj_type ? OBJ_VAL(SUP(self)->obj_type) : NONE_VAL;
    return 0;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, NULL},
    {"__self__", super_get_self, NULL, NULL},
    {"__self_class__", super_get_self_class, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpSuper_spec = {
    .name = "super",
    .id = TYPE_SUPER,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjSuper),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = super_mark,
              .new_ = super_new,
              .init = super_init,
              .repr = super_repr,
              .getattr = super_getattr,
              .descr_get = super_descr_get},
    .getsets = super_getsets,
};
