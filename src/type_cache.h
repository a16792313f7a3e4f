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

/* obj_dict.c: every dict mutation sets d->version = ++tpDict_version_clock, so equal versions
 * mean the same dict in the same state (inline caches compare versions only). */
extern uint64_t tpDict_version_clock;

#endif
