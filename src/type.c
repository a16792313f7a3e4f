/*
 * type.c — type objects: built-in types made from their TypeSpec, classes made by `class` or
 * type(name, bases, ns), the C3 MRO, attribute lookup along the MRO, and the `type` type itself
 * (calling a class, attribute access on classes, repr).
 *
 * A class's slots start as a copy of its solid base's and are then re-derived from the dunders
 * visible along its MRO (type_slots.c). Every type keeps a list of its direct subclasses so that a
 * dunder assigned later (A.__add__ = f) re-derives the slots of the whole subtree.
 */
#include <stdlib.h>

#include "internal.h"
#include "interp.h"
#include "objmodel.h"
#include "type_slots.h"
#include "type_cache.h"
#include "inst_values.h"

static ObjDict *dict_quiet(VM *vm, ObjType *t);

/* ==== queries ==== */

bool tpType_is_subtype(ObjType *a, ObjType *b) {
    if (a == b) {
        return true;
    }
    if (a->mro != NULL) {
        for (size_t i = 0; i < a->mro->len; i++) {
            if (AS_TYPE(a->mro->items[i]) == b) {
                return true;
            }
        }
        return false;
    }
    for (ObjType *t = a->base; t != NULL; t = t->base) {
        if (t == b) {
            return true;
        }
    }
    return false;
}

Value tpType_lookup_uncached(VM *vm, ObjType *type, ObjStr *name) {
    if (type->mro == NULL) {
        for (ObjType *t = type; t != NULL; t = t->base) {
            ObjDict *d = dict_quiet(vm, t);
            Value v = d ? tpDict_get_str(vm, d, name) : NULL_VAL;
            if (!IS_NULL(v)) {
                return v;
            }
        }
        return NULL_VAL;
    }
    for (size_t i = 0; i < type->mro->len; i++) {
        ObjType *t = AS_TYPE(type->mro->items[i]);
        ObjDict *d = t->dict != NULL ? t->dict : dict_quiet(vm, t);
        Value v = d ? tpDict_get_str(vm, d, name) : NULL_VAL;
        if (!IS_NULL(v)) {
            return v;
        }
    }
    return NULL_VAL;
}

/* ==== C3 linearisation ==== */

static bool in_tail(ObjList **seqs, size_t *heads, size_t nseq, Value cand) {
    for (size_t i = 0; i < nseq; i++) {
        for (size_t k = heads[i] + 1; k < seqs[i]->len; k++) {
            if (seqs[i]->items[k] == cand) {
                return true;
            }
        }
    }
    return false;
}

static int mro_error(VM *vm, ObjList **seqs, size_t *heads, size_t nseq) {
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    bool first = true;
    for (size_t i = 0; i < nseq - 1 && rc == 0; i++) {
        if (heads[i] < seqs[i]->len) {
            rc = tpBuf_printf(vm, &b, "%s %s", first ? "" : ",",
                              tpType_name(AS_TYPE(seqs[i]->items[heads[i]])));
            first = false;
        }
    }
    ObjStr *s = rc == 0 ? tpBuf_finish(vm, &b) : (tpBuf_free(&b), NULL);
    if (s == NULL) {
        return -1;
    }
    Value a = OBJ_VAL(s);
    return tpErr_set_args(vm, vm->exc_types[EXC_TypeError], 1, &a);
}

ObjTuple *tpType_bases(VM *vm, ObjType *t) {
    if (t->bases == NULL) {
        ObjTuple *b = t->base != NULL ? tpTuple_pack(vm, 1, OBJ_VAL(t->base)) : vm->empty_tuple;
        if (b == NULL) {
            return NULL;
        }
        t->bases = b;
        tpGC_barrier(vm, &t->hdr);
    }
    return t->bases;
}

/* C3 linearisation of type from its bases' MROs (what type.mro() returns, as a tuple). */
int tpType_c3_mro(VM *vm, ObjType *type, ObjTuple **result) {
    if (tpType_bases(vm, type) == NULL) {
        return -1;
    }
    size_t nb = type->bases->len, nseq = nb + 1;
    ObjList **seqs = calloc(nseq, sizeof(ObjList *));
    size_t *heads = calloc(nseq, sizeof(size_t));
    ObjList *out = tpList_new(vm, 8);
    int rc = -1;
    if (seqs == NULL || heads == NULL || out == NULL || tpList_append(vm, out, OBJ_VAL(type)) < 0) {
        goto done;
    }
    for (size_t i = 0; i < nb; i++) {
        ObjType *b = AS_TYPE(type->bases->items[i]);
        seqs[i] = tpList_from(vm, b->mro->len, b->mro->items);
        if (seqs[i] == NULL) {
            goto done;
        }
    }
    seqs[nb] = tpList_from(vm, nb, type->bases->items);
    if (seqs[nb] == NULL) {
        goto done;
    }
    for (;;) {
        bool any = false, found = false;
        for (size_t i = 0; i < nseq && !found; i++) {
            if (heads[i] >= seqs[i]->len) {
                continue;
            }
            any = true;
            Value cand = seqs[i]->items[heads[i]];
            if (in_tail(seqs, heads, nseq, cand)) {
                continue;
            }
            found = true;
            if (tpList_append(vm, out, cand) < 0) {
                goto done;
            }
            for (size_t k = 0; k < nseq; k++) {
                if (heads[k] < seqs[k]->len && seqs[k]->items[heads[k]] == cand) {
                    heads[k]++;
                }
            }
        }
        if (!any) {
            break;
        }
        if (!found) {
            mro_error(vm, seqs, heads, nseq);
            goto done;
        }
    }
    *result = tpTuple_from(vm, out->len, out->items);
    rc = *result ? 0 : -1;
done:
    free(seqs);
    free(heads);
    return rc;
}

/* Does the C layout `layout` (a built-in spec) extend the built-in `want`'s? */
static bool layout_extends(VM *vm, const TypeSpec *layout, const TypeSpec *want) {
    for (ObjType *t = layout ? vm->types[layout->id] : NULL; t != NULL; t = t->base) {
        if (t->spec == want) {
            return true;
        }
    }
    return false;
}

/* The MRO a metaclass's own mro() returned: a sequence of classes whose layouts type's extends,
 * checked with CPython's messages. */
static int check_custom_mro(VM *vm, ObjType *type, Value got, ObjTuple **out) {
    ObjTuple *mro = tpSeq_tuple(vm, got);
    if (mro == NULL) {
        return -1;
    }
    const TypeSpec *layout = type->base != NULL ? type->base->spec : NULL;
    for (size_t i = 0; i < mro->len; i++) {
        Value c = mro->items[i];
        if (!tpObj_is(vm, c, TYPE_TYPE)) {
            return tpErr_format(vm, EXC_TypeError, "mro() returned a non-class ('%T')", c);
        }
        if (AS_TYPE(c) != type && !layout_extends(vm, layout, AS_TYPE(c)->spec)) {
            return tpErr_format(vm, EXC_TypeError,
                                "mro() returned base with unsuitable layout ('%N')", AS_TYPE(c));
        }
    }
    *out = mro;
    return 0;
}

/* Set type->mro: C3, unless the metaclass overrides mro() (CPython calls type(cls).mro(cls)). */
int tpType_compute_mro(VM *vm, ObjType *type) {
    ObjType *meta = type->hdr.type;
    ObjTuple *mro = NULL;
    if (meta != vm->types[TYPE_TYPE]) {
        ObjStr *name = vm->names[NAME_mro];
        Value f = tpType_lookup(vm, meta, name);
        if (!IS_NULL(f) && f != tpType_lookup(vm, vm->types[TYPE_TYPE], name)) {
            Value arg = OBJ_VAL(type), got;
            if (tpObj_call(vm, f, 1, &arg, NULL, &got) < 0 ||
                check_custom_mro(vm, type, got, &mro) < 0) {
                return -1;
            }
        }
    }
    if (mro == NULL && tpType_c3_mro(vm, type, &mro) < 0) {
        return -1;
    }
    type->mro = mro;
    return 0;
}

/* ==== building types ==== */

static bool default_basetype(int id) {
    switch (id) {
    case TYPE_OBJECT: case TYPE_TYPE: case TYPE_INT: case TYPE_FLOAT: case TYPE_COMPLEX:
    case TYPE_STR: case TYPE_BYTES: case TYPE_BYTEARRAY: case TYPE_LIST: case TYPE_TUPLE:
    case TYPE_DICT: case TYPE_SET: case TYPE_FROZENSET: case TYPE_PROPERTY:
    case TYPE_CLASSMETHOD: case TYPE_STATICMETHOD: case TYPE_SUPER: case TYPE_ENUMERATE:
    case TYPE_ZIP: case TYPE_MAP: case TYPE_FILTER: case TYPE_REVERSED:
        return true;
    default:
        return false;
    }
}

static int add_subclass(VM *vm, ObjType *base, ObjType *t) {
    if (base->subclasses == NULL) {
        base->subclasses = tpList_new(vm, 4);
        if (base->subclasses == NULL) {
            return -1;
        }
    }
    return tpList_append(vm, base->subclasses, OBJ_VAL(t));
}

static int add_methods(VM *vm, ObjType *t, const MethodDef *m) {
    for (; m != NULL && m->name != NULL; m++) {
        Value f = tpCFunction_new(vm, m, NULL_VAL, t);
        if (IS_NULL(f) || tpDict_set_cstr(vm, t->dict, m->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static int add_getsets(VM *vm, ObjType *t, const GetSetDef *g) {
    for (; g != NULL && g->name != NULL; g++) {
        ObjGetSetDescr *d = tpGC_alloc(vm, vm->types[TYPE_GETSET_DESCR], sizeof(ObjGetSetDescr));
        if (d == NULL) {
            return -1;
        }
        d->def = g;
        d->owner = t;
        if (tpDict_set_cstr(vm, t->dict, g->name, OBJ_VAL(d)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Copy every non-NULL slot of `own` over `dst`. */
static void override_slots(TypeSlots *dst, const TypeSlots *own) {
    const void *const *src = (const void *const *)own;
    void **d = (void **)dst;
    for (size_t i = 0; i < sizeof(TypeSlots) / sizeof(void *); i++) {
        if (src[i] != NULL) {
            d[i] = (void *)src[i];
        }
    }
}

static int init_common(VM *vm, ObjType *t, const char *name, ObjType *base) {
    t->name = tpStr_intern_cstr(vm, name);
    t->qualname = t->name;
    const char *dot = strrchr(name, '.');
    if (dot != NULL && t->name != NULL) {
        /* a built-in named "types.GenericAlias": that is its name in messages (%T), while
         * __name__/__qualname__ are "GenericAlias" and __module__ is "types" (obj_type.c) */
        t->qualname = tpStr_intern_cstr(vm, dot + 1);
        if (t->qualname == NULL) {
            return -1;
        }
    }
    t->base = base;
    /* (base,) is made on first need (tpType_bases): ~150 tuples less at start-up */
    t->bases = base ? NULL : vm->empty_tuple;
    if (t->name == NULL) {
        return -1;
    }
    if (base != NULL) {
        t->sl = base->sl;
        t->size = base->size;
        t->dictoffset = base->dictoffset;
        t->spec = base->spec;
    }
    size_t nmro = base ? base->mro->len + 1 : 1;
    t->mro = tpTuple_new(vm, nmro);
    if (t->mro == NULL) {
        return -1;
    }
    t->mro->items[0] = OBJ_VAL(t);
    for (size_t i = 1; i < nmro; i++) {
        t->mro->items[i] = base->mro->items[i - 1];
    }
    return base ? add_subclass(vm, base, t) : 0;
}

int tpType_init_builtin(VM *vm, ObjType *t, const TypeSpec *spec, ObjType *base) {
    if (init_common(vm, t, spec->name, base) < 0) {
        return -1;
    }
    t->id = spec->id;
    t->flags = spec->flags | (default_basetype(spec->id) ? TPFLAG_BASETYPE : 0);
    t->size = spec->size;
    if (spec->dictoffset) {
        t->dictoffset = spec->dictoffset;
    } else if (base && base->size != spec->size) {
        t->dictoffset = 0;
    }
    t->spec = spec;
    override_slots(&t->sl, &spec->slots);
    /* a type that inherits its `mark` slot inherits how its references are kept track of */
    if (spec->slots.mark != NULL ? !(t->flags & TPFLAG_GC_BARRIERED)
                                 : (t->sl.mark != NULL &&
                                    (base == NULL || (base->flags & TPFLAG_GC_RESCAN)))) {
        t->flags |= TPFLAG_GC_RESCAN;
    }
    if (spec->slots.new_ == NULL && base != NULL && base->id == TYPE_OBJECT) {
        /* matches CPython: a built-in type that does not define __new__ itself cannot be
         * instantiated from Python ("cannot create 'generator' instances") */
        t->sl.new_ = NULL;
    }
    /* the dict is made from the spec on first need (tpType_fill_dict): most programs look at
     * the attributes of a few of the ~75 built-in types only */
    t->flags |= TPFLAG_DICT_PENDING;
    return 0;
}

/* __doc__, the methods, the getsets, then the slot wrappers not shadowed by a method: the order
 * `int.__dict__` lists them in. */
static int fill_from_spec(VM *vm, ObjType *t, const TypeSpec *spec) {
    size_t nentries = 1 + tpType_count_slot_wrappers(t, &spec->slots);
    for (const MethodDef *m = spec->methods; m != NULL && m->name != NULL; m++) {
        nentries++;
    }
    for (const GetSetDef *g = spec->getsets; g != NULL && g->name != NULL; g++) {
        nentries++;
    }
    if (tpDict_reserve(vm, t->dict, nentries) < 0) {
        return -1;
    }
    Value doc = NONE_VAL;
    if (spec->doc != NULL) {
        ObjStr *d = tpStr_from_cstr(vm, spec->doc);
        if (d == NULL) {
            return -1;
        }
        doc = OBJ_VAL(d);
    }
    if (tpDict_set_str(vm, t->dict, vm->names[NAME___doc__], doc) < 0 ||
        add_methods(vm, t, spec->methods) < 0 || add_getsets(vm, t, spec->getsets) < 0) {
        return -1;
    }
    return tpType_add_slot_wrappers(vm, t, &spec->slots);
}

/* The one place a built-in type's dict gets made (type_cache.h). A failure leaves the type
 * unfilled, so the next reader tries again. Filling adds to no dict anyone has seen, so no
 * version tag or cache entry can be stale: a tag is only handed out once the whole MRO is
 * filled (tpType_version_tag). */
ObjDict *tpType_fill_dict(VM *vm, ObjType *t) {
    if (t->dict != NULL || !(t->flags & TPFLAG_DICT_PENDING)) {
        return t->dict;  /* NULL: a class still being built, whose dict is not set yet */
    }
    t->dict = tpDict_new(vm);
    ObjStr *io = NULL;
    if (t->dict == NULL ||
        ((t->flags & TPFLAG_DICT_DOC_NONE)
             ? tpDict_set_str(vm, t->dict, vm->names[NAME___doc__], NONE_VAL)
             : fill_from_spec(vm, t, t->spec)) < 0 ||
        tpExc_fill_dict_extras(vm, t) < 0 ||
        ((t->flags & TPFLAG_MODULE_IO) &&
         ((io = tpStr_intern_cstr(vm, "_io")) == NULL ||
          tpDict_set_str(vm, t->dict, vm->names[NAME___module__], OBJ_VAL(io)) < 0))) {
        t->dict = NULL;
        return NULL;
    }
    t->flags &= ~(uint32_t)(TPFLAG_DICT_PENDING | TPFLAG_MODULE_IO | TPFLAG_DICT_DOC_NONE);
    return t->dict;
}

Value tpType_stored_module(VM *vm, ObjType *t) {
    if (t->dict == NULL && (t->flags & TPFLAG_MODULE_IO)) {
        /* interned when the flag was set, so found without allocating: cannot fail */
        ObjStr *io = tpStr_intern_cstr(vm, "_io");
        return io != NULL ? OBJ_VAL(io) : NULL_VAL;
    }
    return t->dict != NULL ? tpDict_get_str(vm, t->dict, vm->names[NAME___module__]) : NULL_VAL;
}

int tpType_fill_mro_dicts(VM *vm, ObjType *t) {
    if (t->mro == NULL) {
        return tpType_dict(vm, t) == NULL && (t->flags & TPFLAG_DICT_PENDING) ? -1 : 0;
    }
    for (size_t i = 0; i < t->mro->len; i++) {
        ObjType *b = AS_TYPE(t->mro->items[i]);
        if (b->dict == NULL && (b->flags & TPFLAG_DICT_PENDING) && tpType_fill_dict(vm, b) == NULL) {
            return -1;
        }
    }
    return 0;
}

/* For readers that cannot fail (tpType_lookup): fill, or on failure act as if the dict were
 * empty, leaving the exception state as it was (CPython's _PyType_Lookup clears its errors
 * too). Nothing is cached then: the type has no tag while its MRO is unfilled. */
static ObjDict *dict_quiet(VM *vm, ObjType *t) {
    if (t->dict != NULL || !(t->flags & TPFLAG_DICT_PENDING)) {
        return t->dict;
    }
    Value saved = vm->exc;
    ObjDict *d = tpType_fill_dict(vm, t);
    vm->exc = saved;
    return d;
}

bool tpType_fill_mro_quiet(VM *vm, ObjType *t) {
    for (size_t i = 0; t->mro != NULL && i < t->mro->len; i++) {
        ObjType *b = AS_TYPE(t->mro->items[i]);
        if (b->dict == NULL && (b->flags & TPFLAG_DICT_PENDING) && dict_quiet(vm, b) == NULL) {
            return false;
        }
    }
    return true;
}

ObjType *tpType_new_static(VM *vm, const char *name, ObjType *base, const char *module) {
    ObjType *t = tpGC_alloc(vm, vm->types[TYPE_TYPE], sizeof(ObjType));
    if (t == NULL || init_common(vm, t, name, base) < 0) {
        return NULL;
    }
    t->id = -1;
    /* its dict, {'__doc__': None}, is made on first need too (the ~65 exception classes) */
    t->flags = TPFLAG_BASETYPE | TPFLAG_DICT_PENDING | TPFLAG_DICT_DOC_NONE;
    if (t->sl.mark != NULL) {
        t->flags |= TPFLAG_GC_RESCAN;
    }
    (void)module;
    return t;
}

/* ==== class creation ==== */

/* Built-ins with per-object item sizes in CPython: no non-empty __slots__ in subclasses (str is
 * not one: its __slots__ values go after the text, see tail_slots below). */
static bool is_varsize(ObjType *t) {
    const TypeSpec *s = t->spec;
    return s && (s->id == TYPE_TUPLE || s->id == TYPE_BYTES || s->id == TYPE_INT);
}

/* Those whose payload follows the header in the same allocation here (int keeps its digits out
 * of line, so its instances have a fixed size). */
static bool has_tail(ObjType *t) {
    const TypeSpec *s = t->spec;
    return s && (s->id == TYPE_STR || s->id == TYPE_TUPLE || s->id == TYPE_BYTES);
}

/* The base that decides the instance layout: the one furthest from object. */
static int solid_base(VM *vm, ObjTuple *bases, ObjType **out) {
    ObjType *best = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        ObjType *b = AS_TYPE(bases->items[i]);
        if (best == NULL || tpType_is_subtype(b, best)) {
            best = b;
        } else if (!tpType_is_subtype(best, b) && b->spec != best->spec &&
                   b->spec->id != TYPE_OBJECT && best->spec->id != TYPE_OBJECT) {
            return tpErr_raise(vm, EXC_TypeError, "multiple bases have instance lay-out conflict");
        } else if (best->spec->id == TYPE_OBJECT && b->spec->id != TYPE_OBJECT) {
            best = b;
        }
    }
    *out = best;
    return 0;
}

static int check_bases(VM *vm, ObjTuple *bases) {
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!IS_OBJ(b) || !tpType_is_subtype(tpType_of(vm, b), vm->types[TYPE_TYPE])) {
            return tpErr_format(vm, EXC_TypeError, "bases must be types");
        }
        if (!(AS_TYPE(b)->flags & TPFLAG_BASETYPE)) {
            return tpErr_format(vm, EXC_TypeError, "type '%N' is not an acceptable base type",
                                AS_TYPE(b));
        }
        for (size_t k = 0; k < i; k++) {
            if (bases->items[k] == b) {
                return tpErr_format(vm, EXC_TypeError, "duplicate base class %N", AS_TYPE(b));
            }
        }
    }
    for (size_t i = 0; i < bases->len; i++) {
        /* the new MRO's dicts are read right away (slots, lookups): fill them where a failure
         * can be reported */
        if (tpType_fill_mro_dicts(vm, AS_TYPE(bases->items[i])) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Wrap plain functions stored as __new__ (static), __init_subclass__ and __class_getitem__
 * (class methods), as CPython's type_new does. */
static int wrap_implicit(VM *vm, ObjDict *d, int name, int wrapper_type) {
    Value f = tpDict_get_str(vm, d, vm->names[name]);
    if (!IS_OBJ_TYPE(f, vm->types[TYPE_FUNCTION])) {
        return 0;
    }
    ObjWrapper *w = tpGC_alloc(vm, vm->types[wrapper_type], sizeof(ObjWrapper));
    if (w == NULL) {
        return -1;
    }
    w->func = f;
    return tpDict_set_str(vm, d, vm->names[name], OBJ_VAL(w));
}

static int prepare_namespace(VM *vm, ObjType *t, ObjDict *d) {
    if (IS_NULL(tpDict_get_str(vm, d, vm->names[NAME___module__])) && vm->frame != NULL) {
        Value mod = tpDict_get_str(vm, vm->frame->globals, vm->names[NAME___name__]);
        if (!IS_NULL(mod) && tpDict_set_str(vm, d, vm->names[NAME___module__], mod) < 0) {
            return -1;
        }
    }
    Value qn = tpDict_get_str(vm, d, vm->names[NAME___qualname__]);
    if (!IS_NULL(qn)) {
        if (!IS_OBJ_TYPE(qn, vm->types[TYPE_STR])) {
            return tpErr_format(vm, EXC_TypeError,
                                "type __qualname__ must be a str, not %T", qn);
        }
        t->qualname = AS_STR(qn);
        if (tpDict_del(vm, d, OBJ_VAL(vm->names[NAME___qualname__])) < 0) {
            return -1;
        }
    }
    if (wrap_implicit(vm, d, NAME___new__, TYPE_STATICMETHOD) < 0 ||
        wrap_implicit(vm, d, NAME___init_subclass__, TYPE_CLASSMETHOD) < 0 ||
        wrap_implicit(vm, d, NAME___class_getitem__, TYPE_CLASSMETHOD) < 0) {
        return -1;
    }
    Value cell = tpDict_get_str(vm, d, vm->names[NAME___classcell__]);
    if (!IS_NULL(cell)) {
        if (IS_OBJ_TYPE(cell, vm->types[TYPE_CELL])) {
            ((ObjCell *)AS_OBJ(cell))->value = OBJ_VAL(t);
        }
        if (tpDict_del(vm, d, OBJ_VAL(vm->names[NAME___classcell__])) < 0) {
            return -1;
        }
    }
    return 0;
}

/* After the __slots__ members and the __dict__/__weakref__ descriptors, as CPython orders them:
 * __doc__ (None if absent) and __hash__ = None for a class that defines __eq__ only. */
static int finish_namespace(VM *vm, ObjDict *d) {
    if (IS_NULL(tpDict_get_str(vm, d, vm->names[NAME___doc__])) &&
        tpDict_set_str(vm, d, vm->names[NAME___doc__], NONE_VAL) < 0) {
        return -1;
    }
    if (!IS_NULL(tpDict_get_str(vm, d, vm->names[NAME___eq__])) &&
        IS_NULL(tpDict_get_str(vm, d, vm->names[NAME___hash__])) &&
        tpDict_set_str(vm, d, vm->names[NAME___hash__], NONE_VAL) < 0) {
        return -1;
    }
    return 0;
}

static void set_layout(ObjType *t, ObjType *base) {
    t->spec = base->spec;
    /* a class's attributes live in ObjType.dict, so metaclasses need no instance dict */
    if (base->dictoffset != 0 || base->spec->id == TYPE_TYPE) {
        t->size = base->size;
        t->dictoffset = base->dictoffset;
        return;
    }
    if (has_tail(base)) {
        t->size = base->size;
        t->dictoffset = TP_DICT_TAIL;
        return;
    }
    size_t off = (base->size + 7) & ~(size_t)7;
    t->size = off + sizeof(ObjDict *);
    t->dictoffset = off;
}

/* The `__dict__` attribute that classes introducing an instance dict get (as CPython's
 * subtype_dict). Unlike the built-ins' __dict__, an instance's can be deleted: its attributes go
 * and the next access finds an empty dict (a new one now: the slot may hold split storage). */
static int instance_set_dict(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        ObjDict *d = tpDict_new(vm);
        if (d == NULL) {
            return -1;
        }
        v = OBJ_VAL(d);
    }
    return tpObj_set_dict_attr(vm, self, v);
}

static const GetSetDef instance_dict_getset = {"__dict__", tpObj_get_dict_attr, instance_set_dict,
                                               NULL};

static int add_dict_descriptor(VM *vm, ObjType *t) {
    if (t->dictoffset == 0 || (t->base != NULL && t->base->dictoffset != 0) ||
        !IS_NULL(tpDict_get_str(vm, t->dict, vm->names[NAME___dict__]))) {
        return 0;
    }
    ObjGetSetDescr *d = tpGC_alloc(vm, vm->types[TYPE_GETSET_DESCR], sizeof(ObjGetSetDescr));
    if (d == NULL) {
        return -1;
    }
    d->def = &instance_dict_getset;
    d->owner = t;
    return tpDict_set_str(vm, t->dict, vm->names[NAME___dict__], OBJ_VAL(d));
}

/* `__weakref__`: there are no weak references yet, so it always reads None; it is listed where
 * CPython lists it (classes that add weak-reference support: no __slots__, a base without it). */
static int weakref_get(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static const GetSetDef weakref_getset = {"__weakref__", weakref_get, NULL, NULL};

static bool base_has_weakref(VM *vm, ObjType *base) {
    if (!IS_NULL(tpType_lookup(vm, base, vm->names[NAME___weakref__]))) {
        return true;
    }
    int id = base->spec ? base->spec->id : -1;
    return id == TYPE_SET || id == TYPE_FROZENSET || id == TYPE_TYPE || id == TYPE_INT ||
           id == TYPE_TUPLE || id == TYPE_BYTES;
}

static int put_weakref_getset(VM *vm, ObjType *t) {
    ObjGetSetDescr *d = tpGC_alloc(vm, vm->types[TYPE_GETSET_DESCR], sizeof(ObjGetSetDescr));
    if (d == NULL) {
        return -1;
    }
    d->def = &weakref_getset;
    d->owner = t;
    return tpDict_set_str(vm, t->dict, vm->names[NAME___weakref__], OBJ_VAL(d));
}

static int add_weakref_descriptor(VM *vm, ObjType *t, ObjType *base, bool has_slots) {
    if (has_slots || base_has_weakref(vm, base) ||
        !IS_NULL(tpDict_get_str(vm, t->dict, vm->names[NAME___weakref__]))) {
        return 0;
    }
    return put_weakref_getset(vm, t);
}

/* ==== __slots__ members ==== */

typedef struct ObjMemberDescr {
    Obj hdr;
    ObjType *owner;
    ObjStr *name;
    uint32_t offset;
} ObjMemberDescr;

/* A member offset with this bit is relative to the tail of a str subclass instance: its
 * __slots__ values follow the text (8-aligned), then the dict pointer (objmodel.h). */
#define SLOT_TAIL 0x80000000u

static Value *slot_addr(Obj *o, uint32_t offset) {
    if (offset & SLOT_TAIL) {
        size_t tail = (sizeof(ObjStr) + ((ObjStr *)o)->nbytes + 1 + 7) & ~(size_t)7;
        return (Value *)((char *)o + tail + (offset & ~SLOT_TAIL));
    }
    return (Value *)((char *)o + offset);
}

static Value *member_slot(Value obj, ObjMemberDescr *m) { return slot_addr(AS_OBJ(obj), m->offset); }

static int member_check(VM *vm, ObjMemberDescr *m, Value obj) {
    if (!IS_OBJ(obj) || !tpType_is_subtype(tpType_of(vm, obj), m->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%U' for '%U' objects doesn't apply to a '%T' object",
                            m->name, m->owner->name, obj);
    }
    return 0;
}

static int member_get(VM *vm, Value descr, Value obj, Value type, Value *out) {
    ObjMemberDescr *m = (ObjMemberDescr *)AS_OBJ(descr);
    if (IS_NULL(obj)) {
        *out = descr;
        return 0;
    }
    if (member_check(vm, m, obj) < 0) {
        return -1;
    }
    Value v = *member_slot(obj, m) ^ NULL_VAL;
    if (IS_NULL(v)) {
        return tpErr_format(vm, EXC_AttributeError, "'%T' object has no attribute '%U'", obj,
                            m->name);
    }
    *out = v;
    return 0;
}

static int member_set(VM *vm, Value descr, Value obj, Value v) {
    ObjMemberDescr *m = (ObjMemberDescr *)AS_OBJ(descr);
    if (member_check(vm, m, obj) < 0) {
        return -1;
    }
    Value *slot = member_slot(obj, m);
    if (IS_NULL(v) && IS_NULL(*slot ^ NULL_VAL)) {
        return tpErr_format(vm, EXC_AttributeError, "%U", m->name);  /* 3.11's terse text */
    }
    *slot = v ^ NULL_VAL;
    tpGC_barrier_val(vm, AS_OBJ(obj), v);
    return 0;
}

static int member_repr(VM *vm, Value self, Value *out) {
    ObjMemberDescr *m = (ObjMemberDescr *)AS_OBJ(self);
    return tpStr_printf(vm, out, "<member '%s' of '%s' objects>", m->name->data,
                        m->owner->name->data);
}

static void member_mark(VM *vm, Obj *o) {
    tpGC_mark_obj(vm, (Obj *)((ObjMemberDescr *)o)->owner);
    tpGC_mark_obj(vm, (Obj *)((ObjMemberDescr *)o)->name);
}

static int member_get_name(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(((ObjMemberDescr *)AS_OBJ(self))->name);
    return 0;
}

static int member_get_objclass(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(((ObjMemberDescr *)AS_OBJ(self))->owner);
    return 0;
}

static int member_get_doc(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_name, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpMemberDescr_spec = {
    .getsets = member_getsets,
    .name = "member_descriptor",
    .id = TYPE_MEMBER_DESCR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjMemberDescr),
    .slots = {.mark = member_mark, .descr_get = member_get, .descr_set = member_set,
              .repr = member_repr},
};

static bool is_identifier(ObjStr *s) {
    if (s->nbytes == 0 || (s->data[0] >= '0' && s->data[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < s->nbytes; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (!(c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
                                                                   (c | 0x20) <= 'z'))) {
            return false;
        }
    }
    return true;
}

/* `__x` in __slots__ of class C names the member `_C__x`, as the compiler mangles `self.__x`. */
static ObjStr *mangle_slot(VM *vm, ObjType *t, ObjStr *name) {
    const char *cls = t->name->data;
    while (*cls == '_') {
        cls++;
    }
    size_t n = name->nbytes;
    if (n < 3 || name->data[0] != '_' || name->data[1] != '_' || *cls == '\0' ||
        (name->data[n - 1] == '_' && name->data[n - 2] == '_')) {
        return tpStr_intern(vm, name);
    }
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_printf(vm, &b, "_%s%s", cls, name->data) < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    ObjStr *m = tpBuf_finish(vm, &b);
    return m ? tpStr_intern(vm, m) : NULL;
}

typedef struct SlotState {
    bool want_dict, want_weakref;
    size_t off;              /* offset (or SLOT_TAIL | tail offset) of this class's first slot */
} SlotState;

/* One name of __slots__: `__dict__`, `__weakref__`, or a new member descriptor. */
static int add_slot_name(VM *vm, ObjType *t, ObjType *base, SlotState *st, Value n) {
    if (!IS_OBJ_TYPE(n, vm->types[TYPE_STR])) {
        return tpErr_format(vm, EXC_TypeError, "__slots__ items must be strings, not '%T'", n);
    }
    if (!is_identifier(AS_STR(n))) {
        return tpErr_raise(vm, EXC_TypeError, "__slots__ must be identifiers");
    }
    ObjStr *name = mangle_slot(vm, t, AS_STR(n));
    if (name == NULL) {
        return -1;
    }
    if (strcmp(name->data, "__dict__") == 0) {
        if (st->want_dict || base->dictoffset != 0) {
            return tpErr_raise(vm, EXC_TypeError, "__dict__ slot disallowed: we already got one");
        }
        st->want_dict = true;
        return 0;
    }
    if (strcmp(name->data, "__weakref__") == 0) {
        if (st->want_weakref || base_has_weakref(vm, base)) {
            return tpErr_raise(vm, EXC_TypeError,
                               "__weakref__ slot disallowed: we already got one");
        }
        st->want_weakref = true;
        return put_weakref_getset(vm, t);
    }
    if (!IS_NULL(tpDict_get_str(vm, t->dict, name))) {
        return tpErr_format(vm, EXC_ValueError, "'%U' in __slots__ conflicts with class variable",
                            name);
    }
    ObjMemberDescr *m = tpGC_alloc(vm, vm->types[TYPE_MEMBER_DESCR], sizeof(ObjMemberDescr));
    if (m == NULL) {
        return -1;
    }
    m->owner = t;
    m->name = name;
    m->offset = (uint32_t)(st->off + t->nslots * sizeof(Value));
    t->nslots++;
    return tpDict_set_str(vm, t->dict, name, OBJ_VAL(m));
}

/* Lay out __slots__: one member descriptor per name; `__dict__` in the slots keeps a dict. */
static int setup_slots(VM *vm, ObjType *t, ObjType *base, Value slots) {
    ObjList *names = IS_OBJ_TYPE(slots, vm->types[TYPE_STR]) ? tpList_from(vm, 1, &slots)
                                                             : tpSeq_list(vm, slots);
    if (names == NULL) {
        return -1;
    }
    SlotState st = {false, false, (base->size + 7) & ~(size_t)7};
    bool str_tail = base->spec->id == TYPE_STR;
    if (str_tail) {  /* after the slots of the str subclasses above (base->size counts them) */
        st.off = SLOT_TAIL | (base->size - sizeof(ObjStr));
    }
    if (base->dictoffset == 0) {
        t->dictoffset = 0;
    }
    t->slotoffset = (uint32_t)st.off;
    for (size_t i = 0; i < names->len; i++) {
        if (add_slot_name(vm, t, base, &st, names->items[i]) < 0) {
            return -1;
        }
    }
    if (t->nslots > 0 && is_varsize(base)) {
        return tpErr_format(vm, EXC_TypeError,
                            "nonempty __slots__ not supported for subtype of '%N'", base);
    }
    if (has_tail(base)) {
        /* str subclasses: size records the tail's slot values (allocation, dict position) */
        t->size = base->size + (str_tail ? t->nslots * sizeof(Value) : 0);
        t->dictoffset = st.want_dict && t->dictoffset == 0 ? TP_DICT_TAIL : t->dictoffset;
        return 0;
    }
    t->size = st.off + t->nslots * sizeof(Value);
    if (st.want_dict && t->dictoffset == 0) {
        t->dictoffset = t->size;
        t->size += sizeof(ObjDict *);
    }
    return 0;
}

/* Instances of Python classes: the built-in layout's references, then the instance dict. */
static void heap_mark(VM *vm, Obj *o) {
    ObjType *t = o->type;
    ObjType *b = t;
    while (b != NULL && (b->flags & TPFLAG_HEAPTYPE)) {
        b = b->base;
    }
    /* object's own mark (instance_mark) would only mark the instance storage marked below */
    if (b != NULL && b->sl.mark != NULL && b != vm->types[TYPE_OBJECT]) {
        b->sl.mark(vm, o);
    }
    for (ObjType *h = t; h != b; h = h->base) {
        for (uint32_t i = 0; i < h->nslots; i++) {
            tpGC_mark_value(vm, *slot_addr(o, h->slotoffset + i * (uint32_t)sizeof(Value)) ^
                                    NULL_VAL);
        }
    }
    ObjDict **slot = tpObj_dict_slot(vm, o);
    if (slot != NULL) {
        tpInst_mark_storage(vm, o, *slot);
    }
}

/* 3.11 wraps an exception from __set_name__ in a RuntimeError whose __cause__ is the original. */
static int set_name_failed(VM *vm, ObjType *t, Value name, Value v) {
    Value cause = tpErr_fetch(vm);
    tpErr_format(vm, EXC_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%N'", v,
                 name, t);
    Value exc = vm->exc;
    if (tpExc_check(vm, exc) && tpExc_check(vm, cause)) {
        AS_EXC(exc)->cause = cause;
        AS_EXC(exc)->context = cause;
        AS_EXC(exc)->suppress_context = true;
    }
    return -1;
}

/* Call __set_name__ on every attribute that has one, then the parent's __init_subclass__. */
static int notify_class_created(VM *vm, ObjType *t, ObjTuple *kwnames, Value *kwvals) {
    size_t pos = 0;
    Value k, v;
    ObjDict *snapshot = tpDict_copy(vm, t->dict);
    if (snapshot == NULL) {
        return -1;
    }
    while (tpDict_next(snapshot, &pos, &k, &v)) {
        Value f = tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___set_name__]);
        if (IS_NULL(f)) {
            continue;
        }
        Value args[2] = {OBJ_VAL(t), k}, r;
        if (tpObj_call_method(vm, v, vm->names[NAME___set_name__], 2, args, &r) < 0) {
            return set_name_failed(vm, t, k, v);
        }
    }
    ObjSuper *sup = tpGC_alloc(vm, vm->types[TYPE_SUPER], sizeof(ObjSuper));
    if (sup == NULL) {
        return -1;
    }
    sup->type = t;
    sup->obj = OBJ_VAL(t);
    sup->obj_type = t;
    Value f, r;
    if (tpObj_getattr(vm, OBJ_VAL(sup), vm->names[NAME___init_subclass__], &f) < 0) {
        return -1;
    }
    return tpObj_call(vm, f, 0, kwvals, kwnames, &r);
}

int tpType_new_class(VM *vm, ObjType *meta, ObjStr *name, ObjTuple *bases, ObjDict *ns,
                     ObjTuple *kwnames, Value *kwvals, Value *out) {
    if (bases->len == 0) {
        bases = tpTuple_pack(vm, 1, OBJ_VAL(vm->types[TYPE_OBJECT]));
        if (bases == NULL) {
            return -1;
        }
    }
    ObjType *base = NULL;
    if (check_bases(vm, bases) < 0 || solid_base(vm, bases, &base) < 0) {
        return -1;
    }
    size_t size = meta->size > sizeof(ObjType) ? meta->size : sizeof(ObjType);
    ObjType *t = tpGC_alloc(vm, meta, size);
    if (t == NULL) {
        return -1;
    }
    t->name = name;
    t->qualname = name;
    t->bases = bases;
    t->base = base;
    t->id = -1;
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE;
    t->dict = tpDict_copy(vm, ns);
    if (t->dict == NULL || prepare_namespace(vm, t, t->dict) < 0 ||
        tpType_compute_mro(vm, t) < 0) {
        return -1;
    }
    set_layout(t, base);
    Value slots = tpDict_get_str(vm, t->dict, vm->names[NAME___slots__]);
    if (!IS_NULL(slots) && setup_slots(vm, t, base, slots) < 0) {
        return -1;
    }
    if (add_dict_descriptor(vm, t) < 0 ||
        add_weakref_descriptor(vm, t, base, !IS_NULL(slots)) < 0 ||
        finish_namespace(vm, t->dict) < 0) {
        return -1;
    }
    tpType_modified(t);     /* drop any tag handed out while the dict was being filled */
    t->sl = base->sl;
    tpType_fixup_slots(vm, t);
    t->sl.mark = heap_mark;
    /* the instance dict and __slots__ stores have barriers; the built-in base decides the rest */
    ObjType *solid = base;
    while (solid != NULL && (solid->flags & TPFLAG_HEAPTYPE)) {
        solid = solid->base;
    }
    if (solid == NULL || (solid->flags & TPFLAG_GC_RESCAN)) {
        t->flags |= TPFLAG_GC_RESCAN;
    }
    for (size_t i = 0; i < bases->len; i++) {
        if (add_subclass(vm, AS_TYPE(bases->items[i]), t) < 0) {
            return -1;
        }
    }
    if (notify_class_created(vm, t, kwnames, kwvals) < 0) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* Re-derive slots of `type` and its subclasses after a dunder was (re)assigned. */
void tpType_update_slot(VM *vm, ObjType *type, ObjStr *name) {
    if (!(name->nbytes > 4 && name->data[0] == '_' && name->data[1] == '_') ||
        !tpType_is_slot_name(vm, name)) {
        return;
    }
    if (type->flags & TPFLAG_HEAPTYPE) {
        tpType_fixup_slots(vm, type);
    }
    if (type->subclasses != NULL) {
        for (size_t i = 0; i < type->subclasses->len; i++) {
            tpType_update_slot(vm, AS_TYPE(type->subclasses->items[i]), name);
        }
    }
}

/* ==== assignment to __bases__ ==== */

static void remove_subclass(ObjType *base, ObjType *t) {
    ObjList *l = base->subclasses;
    for (size_t i = 0; l != NULL && i < l->len; i++) {
        if (AS_TYPE(l->items[i]) == t) {
            memmove(&l->items[i], &l->items[i + 1], (l->len - i - 1) * sizeof(Value));
            tpGC_list_moved(l, i);
            l->len--;
            return;
        }
    }
}

/* Recompute the MRO of t and of every class below it (after t's bases changed). */
static int remro_subtree(VM *vm, ObjType *t) {
    tpType_modified(t);
    if (tpType_compute_mro(vm, t) < 0) {
        return -1;
    }
    tpType_fixup_slots(vm, t);
    for (size_t i = 0; t->subclasses != NULL && i < t->subclasses->len; i++) {
        if (remro_subtree(vm, AS_TYPE(t->subclasses->items[i])) < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython lets instances keep working only if the old and new solid bases lay objects out alike. */
static int check_layout_compatible(VM *vm, ObjType *nb, ObjType *ob, const char *attr) {
    if (nb->spec != ob->spec || ((nb->flags ^ ob->flags) & TPFLAG_HEAPTYPE)) {
        return tpErr_format(vm, EXC_TypeError, "%s assignment: '%N' deallocator differs from '%N'",
                            attr, nb, ob);
    }
    if (nb->size != ob->size || nb->dictoffset != ob->dictoffset) {
        return tpErr_format(vm, EXC_TypeError,
                            "%s assignment: '%N' object layout differs from '%N'", attr, nb, ob);
    }
    return 0;
}

int tpType_set_bases(VM *vm, ObjType *t, Value v) {
    if (!(t->flags & TPFLAG_HEAPTYPE) || IS_NULL(v)) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot %s '__bases__' attribute of immutable type '%N'",
                            IS_NULL(v) ? "delete" : "set", t);
    }
    if (!IS_OBJ_TYPE(v, vm->types[TYPE_TUPLE])) {
        return tpErr_format(vm, EXC_TypeError, "can only assign tuple to %N.__bases__, not %T", t,
                            v);
    }
    ObjTuple *nb = AS_TUPLE(v);
    if (nb->len == 0) {
        return tpErr_format(vm, EXC_TypeError,
                            "can only assign non-empty tuple to %N.__bases__, not ()", t);
    }
    for (size_t i = 0; i < nb->len; i++) {
        Value b = nb->items[i];
        if (!IS_OBJ(b) || !tpType_is_subtype(tpType_of(vm, b), vm->types[TYPE_TYPE])) {
            return tpErr_format(vm, EXC_TypeError,
                                "%N.__bases__ must be tuple of classes, not '%T'", t, b);
        }
        if (tpType_is_subtype(AS_TYPE(b), t)) {
            return tpErr_raise(vm, EXC_TypeError, "a __bases__ item causes an inheritance cycle");
        }
    }
    ObjType *newbase;
    if (check_bases(vm, nb) < 0 || solid_base(vm, nb, &newbase) < 0 ||
        check_layout_compatible(vm, newbase, t->base, "__bases__") < 0) {
        return -1;
    }
    ObjTuple *oldbases = tpType_bases(vm, t);
    ObjType *oldbase = t->base;
    if (oldbases == NULL) {
        return -1;
    }
    if (tpGC_push_root(vm, OBJ_VAL(oldbases)) < 0) {  /* unreferenced once replaced */
        return -1;
    }
    t->bases = nb;
    t->base = newbase;
    if (remro_subtree(vm, t) < 0) {
        Value exc = tpErr_fetch(vm);
        t->bases = oldbases;
        t->base = oldbase;
        if (remro_subtree(vm, t) < 0) {
            tpErr_clear(vm);
        }
        vm->exc = exc;
        return -1;
    }
    for (size_t i = 0; i < oldbases->len; i++) {
        remove_subclass(AS_TYPE(oldbases->items[i]), t);
    }
    for (size_t i = 0; i < nb->len; i++) {
        if (add_subclass(vm, AS_TYPE(nb->items[i]), t) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== layout comparison (for __class__ assignment) ==== */

/* Is there, among the __slots__ members that `t` and its Python-defined bases add, one named
 * `name` at `offset`? */
static bool has_member(VM *vm, ObjType *t, ObjStr *name, uint32_t offset) {
    for (ObjType *h = t; h != NULL && (h->flags & TPFLAG_HEAPTYPE); h = h->base) {
        Value v = h->nslots ? tpDict_get_str(vm, h->dict, name) : NULL_VAL;
        if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMBER_DESCR])) {
            ObjMemberDescr *m = (ObjMemberDescr *)AS_OBJ(v);
            if (m->owner == h && m->offset == offset) {
                return true;
            }
        }
    }
    return false;
}

static uint32_t count_slots(ObjType *t) {
    uint32_t n = 0;
    for (ObjType *h = t; h != NULL && (h->flags & TPFLAG_HEAPTYPE); h = h->base) {
        n += h->nslots;
    }
    return n;
}

bool tpType_same_layout(VM *vm, ObjType *a, ObjType *b) {
    if (a == b) {
        return true;
    }
    /* CPython refuses these between two different subclasses of int, tuple and bytes */
    int id = a->spec ? a->spec->id : -1;
    if (id == TYPE_INT || id == TYPE_TUPLE || id == TYPE_BYTES) {
        return false;
    }
    if (a->size != b->size || a->dictoffset != b->dictoffset || a->spec != b->spec ||
        count_slots(a) != count_slots(b)) {
        return false;
    }
    for (ObjType *h = a; h != NULL && (h->flags & TPFLAG_HEAPTYPE); h = h->base) {
        size_t pos = 0;
        Value k, v;
        while (h->nslots && tpDict_next(h->dict, &pos, &k, &v)) {
            if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMBER_DESCR])) {
                ObjMemberDescr *m = (ObjMemberDescr *)AS_OBJ(v);
                if (m->owner == h && !has_member(vm, b, m->name, m->offset)) {
                    return false;
                }
            }
        }
    }
    return true;
}
