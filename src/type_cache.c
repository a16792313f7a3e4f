/*
 * type_cache.c — version tags for types and a global cache of MRO lookups keyed by
 * (tag, interned name).
 *
 * A tag names one state of a type: its MRO and the contents of every class dict on it. Tags come
 * from a process-wide counter and are never reused, so a cache entry whose tag equals a type's
 * current tag is valid, whichever type or VM filled it, and an entry of a type that has since
 * been modified or freed can never match again. That is why the cache may hold plain pointers:
 * the value of a matching entry is still in a live class dict. Names are interned (immortal).
 *
 * Invalidation is explicit (tpType_modified: setattr/delattr on a class, __bases__, class
 * creation) and walks the subclass lists. As a safety net for C code that writes into a class
 * dict directly, a type also remembers its own dict's version when it got its tag.
 */
#include "internal.h"
#include "type_cache.h"

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct MCacheEntry {
    uint32_t tag;
    ObjStr *name;
    Value value;             /* NULL_VAL caches a miss */
} MCacheEntry;

/* Weak, self-validating entries (see the header): not GC roots. */
static MCacheEntry mcache[MCACHE_SIZE];
static uint32_t next_tag = 1;

uint32_t tpType_version_tag(ObjType *t) {
    if (t->version_tag != 0 && t->dict->version == t->tag_dict_version) {
        return t->version_tag;
    }
    if (t->version_tag != 0) {
        tpType_modified(t);
    }
    if (t->mro == NULL || t->dict == NULL || next_tag == UINT32_MAX) {
        return 0;
    }
    for (size_t i = 1; i < t->mro->len; i++) {
        if (AS_TYPE(t->mro->items[i])->dict == NULL) {
            return 0;  /* a built-in base not filled yet: the uncached walk fills it */
        }
    }
    t->version_tag = next_tag++;
    t->tag_dict_version = t->dict->version;
    return t->version_tag;
}

void tpType_modified(ObjType *t) {
    t->version_tag = 0;
    ObjList *subs = t->subclasses;
    for (size_t i = 0; subs != NULL && i < subs->len; i++) {
        if (IS_OBJ(subs->items[i])) {
            tpType_modified(AS_TYPE(subs->items[i]));
        }
    }
}

/* tpType_version_tag with its common case (a valid tag) inline. */
static inline uint32_t current_tag(ObjType *t) {
    if (t->version_tag != 0 && t->dict->version == t->tag_dict_version) {
        return t->version_tag;
    }
    return tpType_version_tag(t);
}

Value tpType_lookup(VM *vm, ObjType *type, ObjStr *name) {
    uint32_t tag;
    if (!name->interned || type->mro == NULL || (tag = current_tag(type)) == 0) {
        return tpType_lookup_uncached(vm, type, name);
    }
    uint32_t h = (tag * 2654435761u) ^ (uint32_t)((uintptr_t)name >> 3);
    MCacheEntry *e = &mcache[(h ^ (h >> MCACHE_BITS)) & (MCACHE_SIZE - 1)];
    if (e->tag == tag && e->name == name) {
        return e->value;
    }
    Value v = tpType_lookup_uncached(vm, type, name);
    /* MRO dicts only hold exact-str probes here: no Python code ran, the tag is still valid */
    e->tag = tag;
    e->name = name;
    e->value = v;
    return v;
}
