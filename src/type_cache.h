/*
 * type_cache.h — type version tags and the MRO lookup cache (type_cache.c), used by type.c's
 * tpType_lookup and by the VM's inline caches (vm_cache.c).
 */
#ifndef TP_TYPE_CACHE_H
#define TP_TYPE_CACHE_H

#include "runtime.h"

/* The tag of `t`'s current state (its MRO and every dict on it), handing out a fresh one if it
 * has none. 0 means "not cacheable" (MRO not computed yet, or the tag space is exhausted). */
TP_INTERNAL uint32_t tpType_version_tag(ObjType *t);

/* `t`'s dict or MRO changed: drop the tags of t and of every subclass. */
TP_INTERNAL void tpType_modified(ObjType *t);

/* MRO lookup through the cache; the uncached walk is tpType_lookup_uncached (type.c). */
TP_INTERNAL Value tpType_lookup_uncached(VM *vm, ObjType *type, ObjStr *name);

/* Built-in types get their dict on first need (type.c): until then `t->dict` is NULL and
 * TPFLAG_DICT_PENDING is set. Every reader of a type's dict goes through tpType_dict (or walks
 * the MRO with tpType_fill_mro_dicts first); a version tag implies a filled MRO. */
#define TPFLAG_DICT_PENDING (1u << 17)
/* ... and its __module__ is '_io', to be added after the spec's entries (tpIO_set_module) */
#define TPFLAG_MODULE_IO (1u << 18)
/* ... and it is just {'__doc__': None}, not its spec's (tpType_new_static: the exceptions) */
#define TPFLAG_DICT_DOC_NONE (1u << 19)

/* Make t's dict from its spec; NULL with MemoryError set on failure (the type stays unfilled).
 * Also NULL, with no exception, for a class whose dict is not set yet (still being built). */
TP_INTERNAL ObjDict *tpType_fill_dict(VM *vm, ObjType *t);

static inline ObjDict *tpType_dict(VM *vm, ObjType *t) {
    return t->dict != NULL ? t->dict : tpType_fill_dict(vm, t);
}

/* The `__module__` entry of t's own dict, or NULL_VAL, without filling it ('_io' for
 * TPFLAG_MODULE_IO): a str there was stored by a class body or C code, never made from a
 * spec. Cannot fail. */
TP_INTERNAL Value tpType_stored_module(VM *vm, ObjType *t);

/* Fill the dict of every type on t's MRO: 0, or -1 with the exception set. */
TP_INTERNAL TP_MUST_CHECK int tpType_fill_mro_dicts(VM *vm, ObjType *t);

/* Before a lookup on t whose "not found" becomes an error (AttributeError...): a fill failing
 * there reports MemoryError instead. One test once t has a tag (its MRO is filled then). */
static inline int tpType_ready(VM *vm, ObjType *t) {
    return t->version_tag != 0 ? 0 : tpType_fill_mro_dicts(vm, t);
}

/* The same for callers that cannot fail: false (exception state untouched) if a fill failed. */
TP_INTERNAL bool tpType_fill_mro_quiet(VM *vm, ObjType *t);

/* obj_dict.c: every dict mutation sets d->version = ++tpDict_version_clock, so equal versions
 * mean the same dict in the same state (inline caches compare versions only). */
extern uint64_t tpDict_version_clock;

#endif
