/*
 * vm_cache.c — allocation of a code object's inline caches and the fill functions that decide,
 * after a slow path succeeded, what an instruction may remember (see vm_cache.h).
 *
 * The fill functions re-derive the answer from the current state instead of trusting what the
 * slow path saw, because the slow path may have run Python code (__get__, __getattr__) that
 * changed classes under it. They run no Python code themselves: MRO lookups and dict scans
 * compare exact strs only.
 */
#include "internal.h"
#include "objmodel.h"
#include "vm_cache.h"

static bool is_cached_op(Instr in) {
    switch (INSTR_OP(in)) {
    case OP_LOAD_GLOBAL:
    case OP_LOAD_GLOBAL__PUSH_NULL:
    case OP_LOAD_ATTR:
    case OP_LOAD_METHOD:
    case OP_STORE_ATTR:
        return true;
    default:
        return false;
    }
}

static size_t caches_size(ObjCode *co, uint32_t n) {
    size_t head = sizeof(CodeCaches) + (size_t)co->ncode * sizeof(int32_t);
    head = (head + 7) & ~(size_t)7;
    return head + (size_t)n * sizeof(ICache);
}

CodeCaches *tpIC_alloc(VM *vm, ObjCode *co) {
    uint32_t n = 0;
    for (int32_t i = 0; i < co->ncode; i++) {
        n += is_cached_op(co->code[i]) ? IC_WAYS : 0;
    }
    size_t size = caches_size(co, n);
    if (size > INT32_MAX) {   /* map holds int32 byte offsets */
        tpErr_no_memory(vm);
        return NULL;
    }
    CodeCaches *cc = tpMem_alloc(vm, size);
    if (cc == NULL) {
        return NULL;
    }
    memset(cc, 0, size);
    cc->nentries = n;
    cc->entries = (ICache *)((char *)cc + (size - (size_t)n * sizeof(ICache)));
    n = 0;
    for (int32_t i = 0; i < co->ncode; i++) {
        cc->map[i] = is_cached_op(co->code[i])
                         ? (int32_t)((char *)&cc->entries[n] - (char *)cc) : -1;
        n += is_cached_op(co->code[i]) ? IC_WAYS : 0;
    }
    co->caches = cc;
    return cc;
}

void tpIC_free(VM *vm, ObjCode *co) {
    CodeCaches *cc = co->caches;
    if (cc != NULL) {
        tpMem_free(vm, cc, caches_size(co, cc->nentries));
        co->caches = NULL;
    }
}

void tpIC_fill_global(VM *vm, ICache *ic, ObjDict *globals, ObjDict *builtins, ObjStr *name,
                      Value v) {
    (void)vm;
    (void)name;
    ic->kind = IC_GLOBAL;
    ic->ver = globals->version;
    ic->ver2 = builtins->version;
    ic->value = v;
}

/* Index of the entry whose key is the interned `name` itself, or -1. */
static int64_t find_entry(ObjDict *d, ObjStr *name) {
    if (d == NULL) {
        return -1;
    }
    for (size_t i = 0; i < d->nentries && i < UINT32_MAX; i++) {
        if (d->entries[i].key == OBJ_VAL(name)) {
            return (int64_t)i;
        }
    }
    return -1;
}

/* The real instance dict of o, or NULL (none yet, or split storage). */
static ObjDict *instance_dict(VM *vm, Obj *o) {
    size_t off = o->type->dictoffset;
    ObjDict *d = off == 0 ? NULL : *(ObjDict **)((char *)o + off);
    return tpInst_is_split(vm, (Obj *)d) ? NULL : d;
}

/* Index of `name` among the values of o's split storage if that uses o's class's shape, or -1. */
static int64_t split_index(VM *vm, Obj *o, ObjStr *name) {
    size_t off = o->type->dictoffset;
    Obj *s = off == 0 ? NULL : *(Obj **)((char *)o + off);
    if (!tpInst_is_split(vm, s) || ((ObjTuple *)s)->items[0] != OBJ_VAL(o->type->shape)) {
        return -1;
    }
    Value iv = tpDict_get_str(vm, o->type->shape, name);
    return IS_NULL(iv) ? -1 : AS_INT(iv);
}

static bool is_method_like(VM *vm, Value descr) {
    if (!IS_OBJ(descr)) {
        return false;
    }
    ObjType *dt = AS_OBJ(descr)->type;
    if (dt == vm->types[TYPE_FUNCTION]) {
        return true;
    }
    if (dt == vm->types[TYPE_METHOD_DESCR]) {
        const MethodDef *d = ((ObjCFunction *)AS_OBJ(descr))->def;
        return (d->flags & (METH_STATIC | METH_CLASS)) == 0;
    }
    return false;
}

/* t's version tag. A built-in type's dict (and its bases') is made on first need, and nothing
 * about a type can be cached before it exists: filling a cache is such a need (without it, the
 * attributes of a module were looked up uncached for as long as no code had filled `object`'s
 * dict). A fill that runs out of memory just leaves the cache empty. */
static uint32_t cache_tag(VM *vm, ObjType *t) {
    uint32_t tag = tpType_version_tag(t);
    if (tag == 0 && t->mro != NULL) {
        if (tpType_fill_mro_dicts(vm, t) < 0) {
            tpErr_clear(vm);
            return 0;
        }
        tag = tpType_version_tag(t);
    }
    return tag;
}

/* An attribute of a class object itself (`Base.run`, `Cfg.LIMIT`): only plain values and
 * functions (whose __get__ without an instance returns themselves). */
static void fill_class_attr(VM *vm, ICache *ic, ObjType *cls, ObjStr *name) {
    ObjType *meta = vm->types[TYPE_TYPE];
    uint32_t mtag = cache_tag(vm, meta), ctag = cache_tag(vm, cls);
    if (mtag == 0 || ctag == 0 || !IS_NULL(tpType_lookup(vm, meta, name))) {
        return;
    }
    Value v = tpType_lookup(vm, cls, name);
    if (IS_NULL(v)) {
        return;
    }
    ObjType *vt = tpType_of(vm, v);
    if (vt->sl.descr_get != NULL && vt != vm->types[TYPE_FUNCTION]) {
        return;
    }
    ic->tag = mtag;
    ic->ver = ctag;
    ic->value = v;
    ic->kind = IC_CLASS_VALUE;
}

static void fill_module_attr(VM *vm, ICache *ic, ObjModule *m, ObjStr *name) {
    ObjType *t = vm->types[TYPE_MODULE];
    uint32_t tag = cache_tag(vm, t);
    int64_t ix = find_entry(m->dict, name);
    if (tag == 0 || ix < 0 || !IS_NULL(tpType_lookup(vm, t, name))) {
        return;
    }
    ic->tag = tag;
    ic->hint = (uint32_t)ix;
    ic->kind = IC_MODULE;
}

void tpIC_fill_attr(VM *vm, ICache *ic, Value obj, ObjStr *name, bool method) {
    if (ic->kind != IC_EMPTY) {
        ic[1] = ic[0];       /* keep the previous receiver type in the second way */
    }
    ic->kind = IC_EMPTY;
    ic->ver2 = 0;
    if (!IS_OBJ(obj) || !name->interned) {
        return;
    }
    Obj *o = AS_OBJ(obj);
    ObjType *t = o->type;
    if (t == vm->types[TYPE_MODULE]) {
        fill_module_attr(vm, ic, (ObjModule *)o, name);
        return;
    }
    if (t == vm->types[TYPE_TYPE]) {
        fill_class_attr(vm, ic, (ObjType *)o, name);
        return;
    }
    uint32_t tag = cache_tag(vm, t);
    if (t->sl.getattr != NULL || tag == 0 || t->dictoffset == TP_DICT_TAIL) {
        return;
    }
    Value descr = tpType_lookup(vm, t, name);
    ObjType *dt = IS_NULL(descr) ? NULL : tpType_of(vm, descr);
    int64_t ix;
    ic->tag = tag;
    ic->value = descr;
    if (dt != NULL && dt->sl.descr_get != NULL && dt->sl.descr_set != NULL) {
        ic->kind = IC_DATA_DESCR;
    } else if ((ix = split_index(vm, o, name)) >= 0 &&
               (size_t)ix < tpInst_count(*(ObjTuple **)((char *)o + t->dictoffset))) {
        ic->hint = (uint32_t)ix;
        ic->value = OBJ_VAL(t->shape);
        ic->kind = IC_SPLIT;
    } else if ((ix = find_entry(instance_dict(vm, o), name)) >= 0) {
        ic->hint = (uint32_t)ix;
        ic->kind = IC_INSTANCE_DICT;
    } else if (dt != NULL) {
        ic->kind = method && is_method_like(vm, descr) ? IC_METHOD : IC_TYPE_ATTR;
        ObjDict *shape = t->shape;
        ic->ver2 = shape != NULL && IS_NULL(tpDict_get_str(vm, shape, name)) ? shape->version : 0;
    }
}

void tpIC_fill_store(VM *vm, ICache *ic, Value obj, ObjStr *name) {
    if (ic->kind != IC_EMPTY) {
        ic[1] = ic[0];
    }
    ic->kind = IC_EMPTY;
    if (!IS_OBJ(obj) || !name->interned) {
        return;
    }
    Obj *o = AS_OBJ(obj);
    ObjType *t = o->type;
    uint32_t tag = cache_tag(vm, t);
    if (t->sl.setattr != NULL || tag == 0 || t->dictoffset == 0 ||
        t->dictoffset == TP_DICT_TAIL || t == vm->types[TYPE_MODULE]) {
        return;
    }
    Value descr = tpType_lookup(vm, t, name);
    if (!IS_NULL(descr) && tpType_of(vm, descr)->sl.descr_set != NULL) {
        return;
    }
    int64_t ix = split_index(vm, o, name);
    if (ix >= 0) {
        ic->tag = tag;
        ic->hint = (uint32_t)ix;
        ic->value = OBJ_VAL(t->shape);
        ic->kind = IC_SPLIT;
        return;
    }
    ix = find_entry(instance_dict(vm, o), name);
    if (ix >= 0) {
        ic->tag = tag;
        ic->hint = (uint32_t)ix;
        ic->kind = IC_INSTANCE_DICT;
    }
}
