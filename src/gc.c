/*
 * gc.c — the precise, non-moving mark-and-sweep collector and the allocator it sits on.
 *
 * Objects live in the paged heap of heap.h (small ones in size-classed pages, large ones malloc'd). A collection marks from the roots (the VM's constant tables,
 * modules, the frames' slot ranges, the pending exceptions and the temp-root arena), tracing through
 * each type's `mark` slot with an explicit gray stack (no C recursion), then sweeps in two passes:
 * first every dead object's `free` slot runs (while all type objects are still intact), then the
 * memory is released. Collection happens only inside tpGC_alloc, when the bytes allocated since the
 * last collection pass a threshold (or at every allocation in a TP_GC_STRESS build).
 *
 * Finalisation (__del__): after marking, every unreachable object whose type defines __del__ and
 * that was never finalised is flagged "pending" and resurrected (marked, with everything it
 * reaches) before the sweep. The VM runs pending finalisers at its next safe point
 * (tpGC_run_finalizers); an object that is still unreachable afterwards is freed by a later
 * collection, and __del__ never runs twice for one object, as in CPython.
 */
#include <malloc.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "faultinject.h"
#include "interp.h"
#include "objmodel.h"
#include "runtime.h"
#include "vm_internal.h"

/* Under ASan, the body of a free slot is poisoned so that a use after free is still reported
 * although slots are recycled by the heap rather than by malloc. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer) && !defined(__SANITIZE_ADDRESS__)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON_SLOT(p, n)                                                                          \
    ASAN_POISON_MEMORY_REGION((char *)(p) + sizeof(FreeSlot), (n) - sizeof(FreeSlot))
#define UNPOISON_SLOT(p, n) ASAN_UNPOISON_MEMORY_REGION((char *)(p), (n))
#else
#define POISON_SLOT(p, n) ((void)0)
#define UNPOISON_SLOT(p, n) ((void)0)
#endif


/* Obj.gc_mark bits */
#define GC_MARKED HEAP_GC_MARKED
#define GC_FINALIZED 2u   /* __del__ was (or is about to be) called */
#define GC_PENDING 4u     /* queued for __del__: a root until it has run */
#define GC_IN_FIN 8u      /* on vm->heap.fin */
#define GC_IS_TYPE 16u    /* a type object: released after the rest of a sweep */
/* TP_GC_LEAF (32u, runtime.h): references nothing but its type */
#define GC_REMEMBERED HEAP_GC_REMEMBERED
#define GC_RESCAN 128u    /* on Heap.rescan */
#define GC_CLASS_SHIFT HEAP_GC_CLASS_SHIFT
#define GC_INDEX_SHIFT HEAP_GC_INDEX_SHIFT

static size_t block_size(void *p) { return p ? malloc_usable_size(p) : 0; }

/* ==== C memory owned by objects ====
 * Callers pass the size they allocated (old_n / n), and the GC trigger counts those sizes:
 * asking malloc (malloc_usable_size) cost a cache miss on the next chunk's header per call,
 * 5-15 % of allocation-heavy programs.
 *
 * Blocks up to POOL_MAX bytes (a list's items, a dict's table, a big int's limbs) come from
 * per-VM free lists, one per 8-byte class, carved from heap pages: sweeps free them by the
 * thousand, which overflowed malloc's per-thread cache and sent every malloc and free through
 * its slow paths (15 % of `s.split(":")` in a loop). Pool pages are never swept and stay the
 * pool's until shutdown (tpGC_free_all frees their chunks). Larger blocks use malloc.
 * Debug builds put the block's class in a header before each pool block and check it when the
 * block is freed (and every claimed size of a malloc'd block against malloc's); ASan builds use
 * malloc for every block, so that it sees a use after free. */

#if defined(__SANITIZE_ADDRESS__)
#define POOL_MAX 0u
#else
#define POOL_MAX (POOL_GRAIN * POOL_NCLASSES)
#endif
#ifdef TP_DEBUG
#define POOL_HDR 16u
#define POOL_MAGIC 0x706f6f6cu
#else
#define POOL_HDR 0u
#endif

typedef struct PoolBlock {
    struct PoolBlock *next;
} PoolBlock;

static HeapPage *take_page(Heap *h);

static bool pooled(size_t n) { return POOL_MAX > 0 && n <= POOL_MAX; }

static unsigned pool_class(size_t n) {
    return n == 0 ? 1u : (unsigned)((n + POOL_GRAIN - 1) / POOL_GRAIN);
}

static void *pool_get(Heap *h, unsigned cls) {
    PoolBlock *b = h->pool_free[cls];
    if (b != NULL) {
        h->pool_free[cls] = b->next;
    } else {
        size_t size = cls * POOL_GRAIN + POOL_HDR;
        if (h->pool_left < size) {   /* the rest of the page (< 512 bytes) is left unused */
            HeapPage *pg = take_page(h);
            if (pg == NULL) {
                return NULL;
            }
            h->pool_next = (char *)pg;
            h->pool_left = HEAP_PAGE_BYTES;
        }
        b = (PoolBlock *)h->pool_next;
        h->pool_next += size;
        h->pool_left -= size;
    }
#ifdef TP_DEBUG
    ((uint32_t *)b)[0] = POOL_MAGIC;
    ((uint32_t *)b)[1] = cls;
#endif
    return (char *)b + POOL_HDR;
}

static void pool_check(void *p, unsigned cls) {
#ifdef TP_DEBUG
    const uint32_t *hdr = (const uint32_t *)((char *)p - POOL_HDR);
    if (hdr[0] != POOL_MAGIC || hdr[1] != cls) {
        fprintf(stderr, "taipan: tpMem size mismatch: pool block of class %u freed as class %u\n",
                hdr[0] == POOL_MAGIC ? hdr[1] : 0u, cls);
        abort();
    }
#else
    (void)p;
    (void)cls;
#endif
}

static void pool_put(Heap *h, void *p, unsigned cls) {
    pool_check(p, cls);
    PoolBlock *b = (PoolBlock *)((char *)p - POOL_HDR);
    b->next = h->pool_free[cls];
    h->pool_free[cls] = b;
}

#ifdef TP_DEBUG
static void check_size(void *p, size_t n) {
    size_t real = p ? malloc_usable_size(p) : 0;
    size_t want = n ? n : 1;
    /* malloc may hand out a whole free chunk when splitting it would leave less than its
     * minimum chunk (32 bytes): a 4-byte block can have 40 usable bytes */
    if (p != NULL && want < 65536 && (real < want || real > want + 48)) {
        fprintf(stderr, "taipan: tpMem size mismatch: block of %zu bytes freed as %zu\n", real, n);
        abort();
    }
}
#else
#define check_size(p, n) ((void)0)
#endif

static void count_freed(VM *vm, size_t n) {
    vm->bytes_allocated -= n < vm->bytes_allocated ? n : vm->bytes_allocated;
}

void *tpMem_alloc(VM *vm, size_t n) { return tpMem_realloc(vm, NULL, 0, n); }

void *tpMem_realloc(VM *vm, void *p, size_t old_n, size_t new_n) {
    if (TP_FAULT_ALLOC_FAILS(vm, new_n)) {
        tpErr_no_memory(vm);
        return NULL;
    }
    bool old_pooled = p != NULL && pooled(old_n);
    void *q;
    if (old_pooled && pooled(new_n) && pool_class(old_n) == pool_class(new_n)) {
        pool_check(p, pool_class(old_n));
        q = p;   /* the block has room already */
    } else if (pooled(new_n) || old_pooled) {
        q = pooled(new_n) ? pool_get(&vm->heap, pool_class(new_n)) : malloc(new_n);
        if (q == NULL) {
            tpErr_no_memory(vm);
            return NULL;
        }
        if (p != NULL) {
            memcpy(q, p, old_n < new_n ? old_n : new_n);
            if (old_pooled) {
                pool_put(&vm->heap, p, pool_class(old_n));
            } else {
                check_size(p, old_n);
                free(p);
            }
        }
    } else {
        check_size(p, old_n);
        q = realloc(p, new_n ? new_n : 1);
        if (q == NULL) {
            tpErr_no_memory(vm);
            return NULL;
        }
    }
    count_freed(vm, p ? old_n : 0);
    vm->bytes_allocated += new_n;
    return q;
}

void tpMem_adopt(VM *vm, size_t n) { vm->bytes_allocated += n; }

void tpMem_forget(VM *vm, size_t n) { count_freed(vm, n); }

void tpMem_free(VM *vm, void *p, size_t n) {
    if (p == NULL) {
        return;
    }
    count_freed(vm, n);
    if (pooled(n)) {
        pool_put(&vm->heap, p, pool_class(n));
        return;
    }
    check_size(p, n);
    free(p);
}

/* ==== the temp-root arena ==== */

int tpGC_push_root_grow(VM *vm, Value v) {
    if (vm->ntemps == vm->captemps) {
        size_t cap = vm->captemps ? vm->captemps * 2 : 1024;
        Value *t = realloc(vm->temps, cap * sizeof(Value));
        if (t == NULL) {
            return tpErr_no_memory(vm);
        }
        vm->temps = t;
        vm->captemps = cap;
    }
    vm->temps[vm->ntemps++] = v;
    return 0;
}

/* ==== the paged heap ==== */

#define PAGE_SLOTS(pg) ((unsigned char *)(pg) + (pg)->slot_off)
#define PAGE_SLOT(pg, i) ((Obj *)(PAGE_SLOTS(pg) + (size_t)(i) * (pg)->slot_size))
#define page_of tpHeap_page_of

static inline bool is_marked(const Obj *o) { return tpHeap_is_marked(o, o->gc_mark); }

static inline void set_marked(Obj *o) {
    uint32_t g = o->gc_mark;
    if (((g >> GC_CLASS_SHIFT) & 0xFFu) == 0) {
        o->gc_mark = g | GC_MARKED;
        return;
    }
    uint32_t i = g >> GC_INDEX_SHIFT;
    PAGE_MARKS(page_of(o))[i >> 6] |= (uint64_t)1 << (i & 63);
}

/* ceil(2^32 / slot size) per class: a slot's number from its offset without a division (exact
 * for offsets below 2^18). A constant table: no state shared between VMs. */
#define RECIP(c) (((uint64_t)1 << 32) / ((c) * HEAP_GRAIN) + 1)
#define RECIP4(c) RECIP(c), RECIP(c + 1), RECIP(c + 2), RECIP(c + 3)
#define RECIP16(c) RECIP4(c), RECIP4(c + 4), RECIP4(c + 8), RECIP4(c + 12)
static const uint64_t slot_recip[HEAP_NCLASSES + 1] = {
    0, RECIP16(1), RECIP16(17), RECIP16(33), RECIP16(49),
};
#undef RECIP16
#undef RECIP4
#undef RECIP
_Static_assert(HEAP_NCLASSES == 64, "slot_recip lists 64 classes");

/* Aligned pages are carved from chunks of HEAP_CHUNK_PAGES (one aligned_alloc each: aligning
 * every 16 KiB page on its own made malloc waste about a third of the heap), in order, so a
 * page's memory is first touched when it is used. Chunks are freed at shutdown only; empty pages
 * go to the spare pool. */
static HeapPage *new_page(Heap *h) {
    if (h->chunk_left == 0) {
        if (h->nchunks == h->capchunks) {
            size_t cap = h->capchunks ? h->capchunks * 2 : 16;
            void **c = realloc(h->chunks, cap * sizeof(void *));
            if (c == NULL) {
                return NULL;
            }
            h->chunks = c;
            h->capchunks = cap;
        }
        void *chunk = aligned_alloc(HEAP_PAGE_BYTES, (size_t)HEAP_CHUNK_PAGES * HEAP_PAGE_BYTES);
        if (chunk == NULL) {
            return NULL;
        }
        h->chunks[h->nchunks++] = chunk;
        h->chunk_next = chunk;
        h->chunk_left = HEAP_CHUNK_PAGES;
    }
    HeapPage *pg = (HeapPage *)h->chunk_next;
    h->chunk_next += HEAP_PAGE_BYTES;
    h->chunk_left--;
    return pg;
}

/* A page for a size class or the tpMem pool: a spare one, else a new one. */
static HeapPage *take_page(Heap *h) {
    HeapPage *pg = h->spare;
    if (pg != NULL) {
        h->spare = pg->next;
        h->nspare--;
        return pg;
    }
    return new_page(h);
}

/* A new page for size class `cls`, at the head of the class's pages. Its slots are carved off
 * one by one when the free list is empty (alloc_small), not threaded onto the list here: memory
 * a program never uses is then never touched (page faults were a good part of start-up). */
static __attribute__((noinline)) bool add_page(VM *vm, unsigned cls) {
    Heap *h = &vm->heap;
    HeapPage *pg = take_page(h);
    if (pg == NULL) {
        return false;
    }
    pg->slot_size = cls * HEAP_GRAIN;
    size_t most = (HEAP_PAGE_BYTES - offsetof(HeapPage, bits)) / pg->slot_size;
    pg->nwords = (uint16_t)((most + 63) / 64);
    pg->slot_off = (uint16_t)((offsetof(HeapPage, bits) + 2u * pg->nwords * sizeof(uint64_t) +
                               HEAP_GRAIN - 1) / HEAP_GRAIN * HEAP_GRAIN);
    memset(pg->bits, 0, 2u * pg->nwords * sizeof(uint64_t));
    pg->nslots = 0;
    pg->young = 0;
    pg->capacity = (uint32_t)((HEAP_PAGE_BYTES - pg->slot_off) / pg->slot_size);
    POISON_SLOT(PAGE_SLOTS(pg), (size_t)pg->capacity * pg->slot_size);
    pg->next = h->pages[cls];
    h->pages[cls] = pg;
    h->npages++;
    return true;
}

/* pg gets its first object since the last collection: the next minor sweep visits it (walking
 * every page's header instead was a cache miss per page per collection, 4 % of `strings`). */
static __attribute__((noinline, cold)) void note_young(Heap *h, HeapPage *pg) {
    pg->young = 1;
    if (h->nyoung == h->capyoung) {
        size_t cap = h->capyoung ? 2 * h->capyoung : 256;
        HeapPage **a = realloc(h->young, cap * sizeof *a);
        if (a == NULL) {
            h->young_overflow = true;
            return;
        }
        h->young = a;
        h->capyoung = cap;
    }
    h->young[h->nyoung++] = pg;
}

/* A slot of class `cls`: from the free list, else the next uncarved slot of the class's newest
 * page (only the head page is ever partly carved: a page is added when the head is full, and
 * sweeps keep the order of pages). */
static inline __attribute__((always_inline)) Obj *alloc_small(VM *vm, unsigned cls) {
    Heap *h = &vm->heap;
    FreeSlot *f = h->free[cls];
    HeapPage *pg;
    uint32_t idx;
    if (f != NULL) {
        h->free[cls] = f->next;
        pg = page_of((Obj *)f);
        idx = (uint32_t)(((uint64_t)((unsigned char *)f - PAGE_SLOTS(pg)) * slot_recip[cls]) >> 32);
    } else {
        pg = h->pages[cls];
        if ((pg == NULL || pg->nslots == pg->capacity) && !add_page(vm, cls)) {
            return NULL;
        }
        pg = h->pages[cls];
        idx = pg->nslots++;
        f = (FreeSlot *)PAGE_SLOT(pg, idx);
    }
    PAGE_USED(pg)[idx >> 6] |= (uint64_t)1 << (idx & 63);
    if (!pg->young) {
        note_young(h, pg);
    }
    UNPOISON_SLOT(f, cls * HEAP_GRAIN);
    /* zero the slot 16 bytes at a time (and the odd word): `rep stos`, which memset or a
     * word-at-a-time loop becomes for a variable size, has a start-up cost larger than clearing
     * a typical 64-byte object (half of heap_alloc's time when it crept in) */
    uint64_t *w = (uint64_t *)f;
    if (cls > 16) {   /* a type object, a big frame: there memset's start-up cost pays */
        memset(w, 0, (size_t)cls * HEAP_GRAIN);
    } else {
        for (unsigned k = 0; k < cls / 2; k++) {
        w[2 * k] = 0;
        w[2 * k + 1] = 0;
    }
        if (cls & 1) {
            w[cls - 1] = 0;
        }
    }
    ((Obj *)f)->gc_mark = (cls << GC_CLASS_SHIFT) | (idx << GC_INDEX_SHIFT);
    return (Obj *)f;
}

static bool grow_array(Obj ***arr, size_t *cap, size_t need) {
    if (need <= *cap) {
        return true;
    }
    size_t ncap = *cap ? *cap * 2 : 256;
    Obj **a = realloc(*arr, ncap * sizeof(Obj *));
    if (a == NULL) {
        return false;
    }
    *arr = a;
    *cap = ncap;
    return true;
}

static Obj *alloc_large(VM *vm, size_t size) {
    Heap *h = &vm->heap;
    if (!grow_array(&h->large, &h->caplarge, h->nlarge + 1)) {
        return NULL;
    }
    Obj *o = calloc(1, size);
    if (o != NULL) {
        h->large[h->nlarge++] = o;
    }
    return o;
}

/* The size class of a small object (a slot holds at least a FreeSlot: two words). */
static inline unsigned size_class(size_t size) {
    return size <= HEAP_MIN_SLOT ? HEAP_MIN_SLOT / HEAP_GRAIN
                                 : (unsigned)((size + HEAP_GRAIN - 1) / HEAP_GRAIN);
}

static size_t obj_size(Obj *o, size_t size) {
    return size <= HEAP_MAX_SMALL ? (size_t)size_class(size) * HEAP_GRAIN : block_size(o);
}

/* inlined into tpGC_alloc: the call and its register saves were a fifth of an allocation */
static inline __attribute__((always_inline)) Obj *heap_alloc(VM *vm, size_t size) {
    if (size <= HEAP_MAX_SMALL) {
        return alloc_small(vm, size_class(size));
    }
    return alloc_large(vm, size);
}

/* Put `o` on the finalisable list (idempotent): objects whose type defines __del__ (or is a
 * generator kind), in allocation order, so a collection finds them without walking the heap. */
void tpGC_track_finalizable(VM *vm, Obj *o) {
    Heap *h = &vm->heap;
    if ((o->gc_mark & GC_IN_FIN) || !grow_array(&h->fin, &h->capfin, h->nfin + 1)) {
        return;
    }
    o->gc_mark |= GC_IN_FIN;
    h->fin[h->nfin++] = o;
}

static void track_instances(VM *vm, ObjType *t, HeapPage *pg) {
    for (uint32_t i = 0; i < pg->nslots; i++) {
        Obj *o = PAGE_SLOT(pg, i);
        if (o->type == t) {
            tpGC_track_finalizable(vm, o);
        }
    }
}

void tpGC_finalizer_done(Obj *o) { o->gc_mark |= GC_FINALIZED; }

/* Type t just gained a __del__: its existing instances become finalisable. */
void tpGC_type_gained_finalizer(VM *vm, ObjType *t) {
    Heap *h = &vm->heap;
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
        for (HeapPage *pg = h->pages[c]; pg != NULL; pg = pg->next) {
            track_instances(vm, t, pg);
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        if (h->large[i]->type == t) {
            tpGC_track_finalizable(vm, h->large[i]);
        }
    }
}

/* ==== allocation ==== */

static void collect(VM *vm, bool full);
static bool track_rescan(VM *vm, Obj *o);

static void *alloc_tracked(VM *vm, ObjType *type, size_t size);

void *tpGC_alloc(VM *vm, ObjType *type, size_t size) {
    if (TP_FAULT_ALLOC_FAILS(vm, size)) {
        tpErr_no_memory(vm);
        return NULL;
    }
#ifdef TP_GC_STRESS
    if (!vm->gc_paused && !vm->gc_running) {
        collect(vm, ++vm->heap.stress_count % 16 == 0 || vm->heap.full_needed ||
                        vm->bytes_allocated > vm->heap.next_full);
    }
#else
    if (vm->bytes_allocated > vm->next_gc && !vm->gc_paused && !vm->gc_running) {
        collect(vm, vm->heap.full_needed || vm->bytes_allocated > vm->heap.next_full);
    }
#endif
    /* the common case: a small object of a type the collector need not track */
    if (size < sizeof(ObjType) && type != NULL &&
        !(type->flags & (TPFLAG_GC_RESCAN | TPFLAG_HAS_DEL))) {
        unsigned cls = size_class(size);
        Obj *o = alloc_small(vm, cls);
        if (o != NULL) {
            o->type = type;
            vm->heap.nobjects++;
            vm->bytes_allocated += (size_t)cls * HEAP_GRAIN;
            return tpGC_push_root(vm, OBJ_VAL(o)) < 0 ? NULL : o;
        }
    }
    return alloc_tracked(vm, type, size);
}

/* tpGC_alloc's other cases: type objects, objects the collector tracks (rescan list,
 * finalisers), large objects, and a retry after a full collection when memory ran out. */
static void *alloc_tracked(VM *vm, ObjType *type, size_t size) {
    Obj *o = heap_alloc(vm, size);
    if (o == NULL && !vm->gc_running) {
        collect(vm, true);
        o = heap_alloc(vm, size);
    }
    if (o == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    o->type = type;
    bool rescan = type != NULL && (type->flags & TPFLAG_GC_RESCAN);
    if (size >= sizeof(ObjType) &&
        (type == NULL || tpType_is_subtype(type, vm->types[TYPE_TYPE]))) {
        o->gc_mark |= GC_IS_TYPE;   /* NULL: a built-in type allocated before `type` exists */
        rescan = true;
    }
    vm->heap.nobjects++;
    vm->bytes_allocated += obj_size(o, size);
    if (rescan && !track_rescan(vm, o)) {
        tpErr_no_memory(vm);
        return NULL;   /* stays on the heap, unreachable: the next sweep frees it */
    }
    if (likely(vm->ntemps < vm->captemps)) {   /* tpGC_push_root, inline */
        vm->temps[vm->ntemps++] = OBJ_VAL(o);
    } else if (tpGC_push_root(vm, OBJ_VAL(o)) < 0) {
        return NULL;   /* the same */
    }
    if (type != NULL && (type->flags & TPFLAG_HAS_DEL)) {
        tpGC_track_finalizable(vm, o);
    }
    return o;
}

/* ==== marking ==== */

static void push_gray(VM *vm, Obj *o);
#ifdef TP_GC_STRESS
static void verify_ref(VM *vm, Obj *o);
#endif

void tpGC_mark_obj(VM *vm, Obj *o) {
#ifdef TP_GC_STRESS
    if (vm->heap.verifying) {
        verify_ref(vm, o);
        return;
    }
#endif
    if (o == NULL || is_marked(o)) {
        return;
    }
    set_marked(o);
    /* a leaf whose type is marked already has nothing left to trace: most of a big live heap
     * (strs, ints in lists), which then never goes through the gray stack */
    if ((o->gc_mark & TP_GC_LEAF) && is_marked(&o->type->hdr)) {
        return;
    }
    push_gray(vm, o);
}

/* Queue o for tracing (its type and what its `mark` slot reaches). */
static void push_gray(VM *vm, Obj *o) {
    if (vm->ngray == vm->capgray) {
        size_t cap = vm->capgray ? vm->capgray * 2 : 4096;
        Obj **g = realloc(vm->gray, cap * sizeof(Obj *));
        if (g == NULL) {
            /* Cannot grow the mark stack: fall back to marking recursively (rare). */
            tpGC_mark_obj(vm, (Obj *)o->type);
            if (o->type && o->type->sl.mark) {
                o->type->sl.mark(vm, o);
            }
            return;
        }
        vm->gray = g;
        vm->capgray = cap;
    }
    vm->gray[vm->ngray++] = o;
}

void tpGC_mark_value(VM *vm, Value v) {
    if (IS_OBJ(v)) {
        tpGC_mark_obj(vm, AS_OBJ(v));
    }
}

static void mark_frame(VM *vm, Frame *f) {
    tpGC_mark_obj(vm, (Obj *)f->code);
    tpGC_mark_obj(vm, (Obj *)f->func);
    tpGC_mark_obj(vm, (Obj *)f->globals);
    tpGC_mark_obj(vm, (Obj *)f->builtins);
    tpGC_mark_value(vm, f->locals_map);
    tpGC_mark_value(vm, f->handled_exc);
    tpGC_mark_obj(vm, f->gen);
    tpGC_mark_obj(vm, f->frame_obj);
    if (f->base != NULL && f->code != NULL) {
        tpGC_mark_values(vm, f->base, (size_t)(f->code->nlocalsplus + f->code->stacksize));
    }
}

static void mark_roots(VM *vm) {
    for (int i = 0; i < TYPE__COUNT; i++) {
        tpGC_mark_obj(vm, (Obj *)vm->types[i]);
    }
    for (int i = 0; i < EXC__COUNT; i++) {
        tpGC_mark_obj(vm, (Obj *)vm->exc_types[i]);
    }
    for (int i = 0; i < NAME__COUNT; i++) {
        tpGC_mark_obj(vm, (Obj *)vm->names[i]);
    }
    for (int i = 0; i < 128; i++) {
        tpGC_mark_obj(vm, (Obj *)vm->char_cache[i]);
    }
    tpGC_mark_obj(vm, (Obj *)vm->interned);
    tpGC_mark_obj(vm, (Obj *)vm->empty_tuple);
    tpGC_mark_obj(vm, (Obj *)vm->empty_str);
    tpGC_mark_obj(vm, (Obj *)vm->modules);
    tpGC_mark_obj(vm, (Obj *)vm->builtins);
    tpGC_mark_obj(vm, vm->sig_handlers);
    tpGC_mark_obj(vm, vm->spare_listiter);
    Value vals[] = {vm->not_implemented, vm->ellipsis, vm->memory_error, vm->builtins_module,
                    vm->sys_module, vm->main_module, vm->sys_stdout, vm->sys_stderr,
                    vm->sys_stdin, vm->exc, vm->handled_exc, vm->trace_func,
                    vm->profile_func, vm->profile_next, vm->unraisable_args_type};
    tpGC_mark_values(vm, vals, TP_ARRAY_LEN(vals));
    for (int i = 0; i < vm->nframes; i++) {
        mark_frame(vm, &vm->frames[i]);
    }
    for (Frame *f = vm->frame; f != NULL; f = f->prev) {
        mark_frame(vm, f);
        vm->heap.old_work++;   /* deep recursion: the frames are old work too */
    }
    tpGC_mark_values(vm, vm->temps, vm->ntemps);
    if (vm->finalize_queue != NULL) {
        for (size_t i = 0; i < vm->heap.nfin; i++) {
            if (vm->heap.fin[i]->gc_mark & GC_PENDING) {
                tpGC_mark_obj(vm, vm->heap.fin[i]);
            }
        }
    }
}

static void trace_gray(VM *vm) {
    while (vm->ngray > 0) {
        Obj *o = vm->gray[--vm->ngray];
        tpGC_mark_obj(vm, (Obj *)o->type);
        if (o->type != NULL && o->type->sl.mark != NULL) {
            o->type->sl.mark(vm, o);
        }
    }
}

/* ==== sweeping ==== */

static void free_slot_of(VM *vm, Obj *o) {
    /* type NULL: a built-in type object from a start-up that failed before `type` existed */
    if (o->type != NULL && o->type->sl.free != NULL) {
        o->type->sl.free(vm, o);
    }
}

/* Type objects are released after everything else: a dead instance's `free` slot is found
 * through its (possibly also dead) type. They are recognised by the GC_IS_TYPE bit set at
 * allocation. */
static void defer_type(VM *vm, Obj *o) {
    Heap *h = &vm->heap;
    if (grow_array(&h->dead_types, &h->capdead, h->ndead + 1)) {
        h->dead_types[h->ndead++] = o;
    }
}

/* A page's dead objects (used, not marked; every used one when `all`) have their `free` slot
 * run and their slots marked unused, except dead type objects, which stay used until
 * release_dead_types. With `tail`, each freed slot is also linked onto *tail (a minor sweep
 * keeps the free lists and adds to them; a full one rebuilds them, sweep_page). */
static void free_dead(VM *vm, HeapPage *pg, bool all, FreeSlot ***tail) {
    size_t freed = 0;
    uint64_t *marks = PAGE_MARKS(pg), *used = PAGE_USED(pg);
    pg->young = 0;
    for (uint32_t w = 0; w < (pg->nslots + 63) / 64; w++) {
        for (uint64_t dead = all ? used[w] : used[w] & ~marks[w]; dead != 0; dead &= dead - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(dead);
            Obj *o = PAGE_SLOT(pg, i);
            if (o->gc_mark & GC_IS_TYPE) {
                defer_type(vm, o);
                continue;
            }
            free_slot_of(vm, o);
#ifdef TP_DEBUG
            memset(o, 0xDB, pg->slot_size);
#endif
            used[w] &= ~((uint64_t)1 << (i & 63));
            FreeSlot *f = (FreeSlot *)o;
            f->null_type = NULL;
            if (tail != NULL) {
                **tail = f;
                *tail = &f->next;
                POISON_SLOT(f, pg->slot_size);
            }
            freed++;
        }
    }
    size_t bytes = freed * pg->slot_size;
    vm->bytes_allocated -= bytes < vm->bytes_allocated ? bytes : vm->bytes_allocated;
    vm->heap.nobjects -= freed;
}

/* One page of a full sweep: free the dead, then thread every free slot of the page in address
 * order onto *tail. Returns the number of objects left (dead type objects count as live until
 * release_dead_types). */
static uint32_t sweep_page(VM *vm, HeapPage *pg, bool all, FreeSlot ***tail) {
    free_dead(vm, pg, all, NULL);
    uint32_t live = 0, nwords = (pg->nslots + 63) / 64;
    uint64_t *used = PAGE_USED(pg);
    for (uint32_t w = 0; w < nwords; w++) {
        live += (uint32_t)__builtin_popcountll(used[w]);
        uint64_t free_bits = ~used[w];
        if (w == nwords - 1 && pg->nslots % 64 != 0) {
            free_bits &= ((uint64_t)1 << (pg->nslots % 64)) - 1;
        }
        while (free_bits != 0) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(free_bits);
            free_bits &= free_bits - 1;
            FreeSlot *f = (FreeSlot *)PAGE_SLOT(pg, i);
            UNPOISON_SLOT(f, sizeof(FreeSlot));
            **tail = f;
            *tail = &f->next;
            POISON_SLOT(f, pg->slot_size);
        }
    }
    return live;
}

/* An empty page goes to the spare pool, to be reused by any size class (pages are carved from
 * chunks and cannot be given back to malloc one by one). */
static void release_page(VM *vm, HeapPage *pg, bool all) {
    Heap *h = &vm->heap;
    UNPOISON_SLOT(pg, HEAP_PAGE_BYTES);
    (void)all;
    pg->nslots = 0;   /* in the pool: 0 = resident, 1 = given back to the kernel (trim_spare) */
    pg->next = h->spare;
    h->spare = pg;
    h->nspare++;
}

/* A minor collection: only pages that got objects since the last one can hold dead (young)
 * objects; their slots go to the front of the class's free list, which is otherwise kept. */
static void sweep_young(VM *vm) {
    Heap *h = &vm->heap;
    FreeSlot *head[HEAP_NCLASSES + 1], **tail[HEAP_NCLASSES + 1];
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
        head[c] = NULL;
        tail[c] = &head[c];
    }
    if (h->young_overflow) {
        for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
            for (HeapPage *pg = h->pages[c]; pg != NULL; pg = pg->next) {
                if (pg->young) {
                    free_dead(vm, pg, false, &tail[c]);
                }
            }
        }
    } else {
        for (size_t i = 0; i < h->nyoung; i++) {
            HeapPage *pg = h->young[i];
            free_dead(vm, pg, false, &tail[pg->slot_size / HEAP_GRAIN]);
        }
    }
    h->nyoung = 0;
    h->young_overflow = false;
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {   /* the freed slots go first */
        *tail[c] = h->free[c];
        h->free[c] = head[c];
    }
}

/* One size class: rebuild its free list; give empty pages back (keeping one spare). */
static void sweep_class(VM *vm, unsigned c, bool all) {
    Heap *h = &vm->heap;
    FreeSlot *head = NULL, **tail = &head;
    HeapPage **link = &h->pages[c];
    bool spare = false;
    while (*link != NULL) {
        HeapPage *pg = *link;
        FreeSlot **page_start = tail;
        if (sweep_page(vm, pg, all, &tail) == 0 && (spare || all)) {
            tail = page_start;          /* drop this page's slots from the list */
            *tail = NULL;
            *link = pg->next;
            h->npages--;
            release_page(vm, pg, all);
            continue;
        }
        spare = spare || pg->nslots > 0;
        link = &pg->next;
    }
    *tail = NULL;
    h->free[c] = head;
}

static void sweep_large(VM *vm, bool all) {
    Heap *h = &vm->heap;
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = h->large[i];
        if ((all || !is_marked(o)) && o->type != NULL) {
            free_slot_of(vm, o);
        }
    }
    size_t keep = 0;
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = h->large[i];
        if (!all && (o->gc_mark & GC_MARKED)) {
            h->large[keep++] = o;
            continue;
        }
        size_t sz = block_size(o);
        vm->bytes_allocated -= sz < vm->bytes_allocated ? sz : vm->bytes_allocated;
        h->nobjects--;
#ifdef TP_DEBUG
        memset(o, 0xDB, sz);
#endif
        free(o);
    }
    h->nlarge = keep;
}

/* Drop the dead from an object list of the heap (the finalisable list, the rescan list) before
 * their slots are reused; `all`: everything is dead. */
static void prune_dead(Obj **list, size_t *n, bool all) {
    size_t keep = 0;
    for (size_t i = 0; i < *n; i++) {
        if (!all && is_marked(list[i])) {
            list[keep++] = list[i];
        }
    }
    *n = keep;
}

/* Last: the dead type objects (in pages) found by the sweep. Their slots rejoin the free list
 * of their class at the front. */
static void release_dead_types(VM *vm) {
    Heap *h = &vm->heap;
    for (size_t i = 0; i < h->ndead; i++) {   /* metatypes may be among them: free slots first */
        free_slot_of(vm, h->dead_types[i]);
    }
    for (size_t i = 0; i < h->ndead; i++) {
        Obj *o = h->dead_types[i];
        unsigned cls = (o->gc_mark >> GC_CLASS_SHIFT) & 0xFFu;
        size_t bytes = (size_t)cls * HEAP_GRAIN;
        vm->bytes_allocated -= bytes < vm->bytes_allocated ? bytes : vm->bytes_allocated;
        h->nobjects--;
        uint32_t idx = o->gc_mark >> GC_INDEX_SHIFT;
        PAGE_USED(page_of(o))[idx >> 6] &= ~((uint64_t)1 << (idx & 63));
        FreeSlot *f = (FreeSlot *)o;
        f->null_type = NULL;
        f->next = h->free[cls];
        h->free[cls] = f;
        POISON_SLOT(f, cls * HEAP_GRAIN);
    }
    h->ndead = 0;
}

/* Free every unmarked object (all of them when `all`). */
static void sweep(VM *vm, bool all, bool minor) {
    prune_dead(vm->heap.fin, &vm->heap.nfin, all);
    prune_dead(vm->heap.rescan, &vm->heap.nrescan, all);
    if (minor) {
        sweep_young(vm);
    } else {
        for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
            sweep_class(vm, c, all);
        }
        vm->heap.nyoung = 0;   /* sweep_page cleared every page's flag */
        vm->heap.young_overflow = false;
    }
    sweep_large(vm, all);
    release_dead_types(vm);
}

static bool has_finalizer(Obj *o) {
    return o->type != NULL && (o->type->flags & TPFLAG_HAS_DEL) != 0;
}

/* Queue the unreachable objects that have a __del__ still to run, and keep them (and what they
 * reference) alive for it. */
static void resurrect_finalizable(VM *vm) {
    Heap *h = &vm->heap;
    bool any = false;
    for (size_t i = 0; i < h->nfin; i++) {
        Obj *o = h->fin[i];
        if (!is_marked(o) && !(o->gc_mark & GC_FINALIZED) && has_finalizer(o) &&
            !(o->type == vm->types[TYPE_GENERATOR] && tpGen_close_is_silent(vm, o))) {
            o->gc_mark |= GC_FINALIZED | GC_PENDING;
            any = true;
        }
    }
    if (!any) {
        return;
    }
    for (size_t i = 0; i < h->nfin; i++) {
        Obj *o = h->fin[i];
        if (o->gc_mark & GC_PENDING) {
            vm->finalize_queue = o;
            tpGC_mark_obj(vm, o);
        }
    }
    trace_gray(vm);
}

/* After a collection: spare pages beyond what the program will allocate again before the next
 * one give their memory back to the kernel (all but the first 4 KiB, which holds the pool's
 * link; a reused page is refilled with zeroes on first touch), so a heap that shrank after a
 * peak does not keep the peak's resident memory. */
static void trim_spare(VM *vm) {
    Heap *h = &vm->heap;
    size_t keep = 16 + (h->next_full - vm->bytes_allocated) / HEAP_PAGE_BYTES, i = 0;
    if (h->nspare <= keep) {
        return;
    }
    for (HeapPage *pg = h->spare; pg != NULL; pg = pg->next, i++) {
        if (i >= keep && pg->nslots == 0) {
            (void)madvise((char *)pg + 4096, HEAP_PAGE_BYTES - 4096, MADV_DONTNEED);
            pg->nslots = 1;
        }
    }
}

/* A generator, coroutine or async generator (they share ObjGenerator). */
static bool is_generator_kind(VM *vm, Obj *o) {
    return o->type == vm->types[TYPE_GENERATOR] || o->type == vm->types[TYPE_COROUTINE] ||
           o->type == vm->types[TYPE_ASYNC_GENERATOR];
}

/* ==== generations ====
 *
 * Collections are generational with "sticky" mark bits: an object a collection reached keeps its
 * mark bit afterwards and is then old. A minor collection traces only from the roots, the old
 * objects written to since the last collection (the remembered set) and the old objects of types
 * without write barriers (the rescan list); marking stops at old objects, and the sweep frees
 * the unmarked (young) ones. A full collection clears every mark first and traces everything.
 *
 * The invariant a minor collection relies on: an old object that references a young one is in
 * the remembered set, on the rescan list, or in the temp-root arena. Code storing a reference
 * into an object of a type with TPFLAG_GC_BARRIERED calls tpGC_barrier (runtime.h) on it, except
 * while the object is pinned in the temp arena (objects being built by C code are all there:
 * every new object is pinned until the enclosing tpGC_restore). To cover that exception, what
 * is in the arena when a collection ends is remembered. Objects of every other type with a
 * `mark` slot are on the rescan list from allocation to death, so their fields need no barrier.
 * GC-stress builds check the invariant before every minor collection (verify_old). */

/* False when the list cannot grow: the object must not be used then (MemoryError). */
static bool track_rescan(VM *vm, Obj *o) {
    Heap *h = &vm->heap;
    if (!grow_array(&h->rescan, &h->caprescan, h->nrescan + 1)) {
        return false;
    }
    o->gc_mark |= GC_RESCAN;
    h->rescan[h->nrescan++] = o;
    return true;
}

/* Exact lists and dicts keep, while remembered, the index of the first item (entry) written
 * since the last collection (`gc_dirty`, set by tpGC_barrier_list/_dict): only the items from
 * there on need tracing again. RANGE_NONE: o is not such an object (trace it whole). */
enum { RANGE_NONE, RANGE_LIST, RANGE_DICT };

static int range_kind(VM *vm, Obj *o) {
    return o->type == vm->types[TYPE_LIST] ? RANGE_LIST
           : o->type == vm->types[TYPE_DICT] ? RANGE_DICT : RANGE_NONE;
}

/* The number of items (list) or entries (dict). */
static size_t range_end(Obj *o, int kind) {
    return kind == RANGE_LIST ? ((ObjList *)o)->len : ((ObjDict *)o)->nentries;
}

static size_t *range_dirty(Obj *o, int kind) {
    return kind == RANGE_LIST ? &((ObjList *)o)->gc_dirty : &((ObjDict *)o)->gc_dirty;
}

/* Mark items [from, to) of a list or entries [from, to) of a dict (clipped to its end);
 * returns the number of values looked at. */
static size_t mark_range(VM *vm, Obj *o, int kind, size_t from, size_t to) {
    size_t end = range_end(o, kind);
    to = to < end ? to : end;
    if (from >= to) {
        return 0;
    }
    if (kind == RANGE_LIST) {
        tpGC_mark_values(vm, ((ObjList *)o)->items + from, to - from);
        return to - from;
    }
    DictEntry *e = ((ObjDict *)o)->entries;
    for (size_t k = from; k < to; k++) {
        tpGC_mark_value(vm, e[k].key);
        tpGC_mark_value(vm, e[k].value);
    }
    return 2 * (to - from);
}

void tpGC_remember(VM *vm, Obj *o) {
    Heap *h = &vm->heap;
    if (grow_array(&h->remembered, &h->capremembered, h->nremembered + 1)) {
        o->gc_mark |= GC_REMEMBERED;
        h->remembered[h->nremembered++] = o;
        int kind = range_kind(vm, o);
        if (kind != RANGE_NONE) {
            *range_dirty(o, kind) = 0;   /* tpGC_barrier_list/_dict may narrow it */
        }
    } else {
        h->full_needed = true;
    }
}

static void forget_remembered(Heap *h) {
    for (size_t i = 0; i < h->nremembered; i++) {
        h->remembered[i]->gc_mark &= ~(uint32_t)GC_REMEMBERED;
    }
    h->nremembered = 0;
}

/* An old object whose fields may reference young objects: trace it again. */
static void rescan_old(VM *vm, Obj *o) {
    if (is_marked(o) && !(o->gc_mark & TP_GC_LEAF)) {
        vm->heap.old_work++;
        push_gray(vm, o);
    }
}

/* Before a full collection: nothing is old. */
static void clear_marks(VM *vm) {
    Heap *h = &vm->heap;
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
        for (HeapPage *pg = h->pages[c]; pg != NULL; pg = pg->next) {
            memset(PAGE_MARKS(pg), 0, ((pg->nslots + 63) / 64) * sizeof(uint64_t));
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        h->large[i]->gc_mark &= ~(uint32_t)GC_MARKED;
    }
    forget_remembered(h);
}

/* The old objects a minor collection must trace again besides the roots. (What is pinned in
 * the temp arena is young, or was there when the last collection ended and is remembered.) */
static void mark_old_written(VM *vm) {
    Heap *h = &vm->heap;
    for (size_t i = 0; i < h->nremembered; i++) {
        Obj *o = h->remembered[i];
        int kind = range_kind(vm, o);
        if (kind != RANGE_NONE) {
            h->old_work += mark_range(vm, o, kind, *range_dirty(o, kind), SIZE_MAX) / 8;
        } else {
            rescan_old(vm, o);
        }
    }
    forget_remembered(h);
    for (size_t i = 0; i < h->nrescan; i++) {
        rescan_old(vm, h->rescan[i]);
    }
}

/* After a collection: what C code is still building (pinned in the temp arena) is now old and
 * may be written to without barriers. Lists and dicts are always written to with barriers:
 * what they hold now has just been traced. */
static void remember_temps(VM *vm) {
    for (size_t i = 0; i < vm->ntemps; i++) {
        if (IS_OBJ(vm->temps[i])) {
            Obj *o = AS_OBJ(vm->temps[i]);
            if (!(o->gc_mark & (GC_REMEMBERED | GC_RESCAN | TP_GC_LEAF)) && is_marked(o)) {
                tpGC_remember(vm, o);
                int kind = range_kind(vm, o);
                if (kind != RANGE_NONE) {
                    *range_dirty(o, kind) = range_end(o, kind);
                }
            }
        }
    }
}

#ifdef TP_GC_STRESS
/* The invariant above, checked: every reference from an old object that is neither remembered
 * nor on the rescan list goes to an old object. A failure is a missing tpGC_barrier. */
static void verify_ref(VM *vm, Obj *o) {
    if (o != NULL && !is_marked(o)) {
        Obj *p = vm->heap.verify_parent;
        fprintf(stderr, "taipan: GC write barrier missing: old %s object %p references young %s "
                "object %p\n", p->type ? p->type->name->data : "?", (void *)p,
                o->type ? o->type->name->data : "?", (void *)o);
        abort();
    }
}

static void verify_obj(VM *vm, Obj *o) {
    vm->heap.verify_parent = o;
    if (o->gc_mark & GC_REMEMBERED) {   /* lists and dicts: the part before the written range */
        int kind = range_kind(vm, o);
        if (kind != RANGE_NONE) {
            (void)mark_range(vm, o, kind, 0, *range_dirty(o, kind));
        }
        return;
    }
    if (o->gc_mark & (GC_RESCAN | TP_GC_LEAF)) {
        return;
    }
    if (is_generator_kind(vm, o) && ((ObjGenerator *)o)->state == GEN_RUNNING) {
        return;   /* its frame is a root until it suspends, which remembers it */
    }
    verify_ref(vm, (Obj *)o->type);
    if (o->type != NULL && o->type->sl.mark != NULL) {
        o->type->sl.mark(vm, o);
    }
}

static void verify_old(VM *vm) {
    Heap *h = &vm->heap;
    h->verifying = true;
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
        for (HeapPage *pg = h->pages[c]; pg != NULL; pg = pg->next) {
            uint64_t *marks = PAGE_MARKS(pg), *used = PAGE_USED(pg);
            for (uint32_t w = 0; w < (pg->nslots + 63) / 64; w++) {
                for (uint64_t old = used[w] & marks[w]; old != 0; old &= old - 1) {
                    verify_obj(vm, PAGE_SLOT(pg, w * 64 + (uint32_t)__builtin_ctzll(old)));
                }
            }
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        if (is_marked(h->large[i])) {
            verify_obj(vm, h->large[i]);
        }
    }
    h->verifying = false;
}
#endif

static void collect(VM *vm, bool full) {
    if (vm->gc_running) {
        return;
    }
    vm->gc_running = true;
    Heap *h = &vm->heap;
    if (full) {
        clear_marks(vm);
        h->full_needed = false;
    } else {
#ifdef TP_GC_STRESS
        verify_old(vm);
#endif
        mark_old_written(vm);
    }
    mark_roots(vm);
    trace_gray(vm);
    resurrect_finalizable(vm);
    sweep(vm, false, !full);
    if (full) {
        h->next_full = vm->bytes_allocated * 2;
        if (h->next_full < HEAP_MIN_THRESHOLD) {
            h->next_full = HEAP_MIN_THRESHOLD;
        }
        trim_spare(vm);
    }
    /* The nursery grows when a minor collection spent more on old objects (remembered ones,
     * the rescan list: about 64 bytes of allocation per old object traced is the budget) than
     * the allocation before it is worth, so that their cost stays proportional to allocation
     * however many such objects live; it shrinks back slowly. */
    if (full) {
        /* (a full collection says nothing about the cost of minor ones) */
    } else if (h->old_work * 64 > h->nursery) {
        size_t want = h->old_work * 128;
        h->nursery = want < HEAP_NURSERY_MAX ? want : HEAP_NURSERY_MAX;
    } else if (h->old_work * 256 < h->nursery && h->nursery > HEAP_NURSERY_BYTES) {
        h->nursery /= 2;
    }
    h->old_work = 0;
    vm->next_gc = vm->bytes_allocated + h->nursery;
    if (vm->next_gc > h->next_full) {
        vm->next_gc = h->next_full;
    }
    remember_temps(vm);
    vm->gc_running = false;
}

void tpGC_collect(VM *vm) { collect(vm, true); }

/* End of start-up (no collection has run): objects made before their type's flags were set
 * (the first dicts, strs and tuples exist before their types are initialised) get on the rescan
 * list if their type needs it. */
int tpGC_bootstrap_done(VM *vm) {
    Heap *h = &vm->heap;
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {
        for (HeapPage *pg = h->pages[c]; pg != NULL; pg = pg->next) {
            uint64_t *used = PAGE_USED(pg);
            for (uint32_t w = 0; w < (pg->nslots + 63) / 64; w++) {
                for (uint64_t u = used[w]; u != 0; u &= u - 1) {
                    Obj *o = PAGE_SLOT(pg, w * 64 + (uint32_t)__builtin_ctzll(u));
                    if (!(o->gc_mark & GC_RESCAN) && o->type != NULL &&
                        (o->type->flags & TPFLAG_GC_RESCAN) && !track_rescan(vm, o)) {
                        return tpErr_no_memory(vm);
                    }
                }
            }
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = h->large[i];
        if (!(o->gc_mark & GC_RESCAN) && o->type != NULL &&
            (o->type->flags & TPFLAG_GC_RESCAN) && !track_rescan(vm, o)) {
            return tpErr_no_memory(vm);
        }
    }
    return 0;
}

/* ==== running finalisers ==== */

/* Call o.__del__(); an exception is reported as CPython's "Exception ignored in: ..." and
 * dropped. The caller has saved the pending exception state. */
static void call_finalizer(VM *vm, Obj *o) {
    if (is_generator_kind(vm, o)) {
        tpGen_finalize(vm, OBJ_VAL(o));   /* close / "never awaited" (obj_gen.c) */
        return;
    }
    Value fn = tpType_lookup(vm, o->type, vm->names[NAME___del__]);
    if (IS_NULL(fn)) {
        return;
    }
    Value self = OBJ_VAL(o), r, bound = fn;
    ObjType *ft = tpType_of(vm, fn);
    int rc = 0;
    if (ft->sl.descr_get != NULL) {
        rc = ft->sl.descr_get(vm, fn, self, OBJ_VAL(o->type), &bound);
    }
    if (rc < 0 || tpObj_call(vm, bound, 0, NULL, NULL, &r) < 0) {
        tpErr_write_unraisable(vm, tpErr_fetch(vm), fn);
    }
}

/* Finalisable objects flagged by `bits` (and not by `skip`), oldest first, into a malloc'd
 * array. */
static Obj **collect_flagged(VM *vm, uint32_t bits, uint32_t skip, bool need_del, size_t *n) {
    Heap *h = &vm->heap;
    size_t cnt = 0;
    Obj **arr = malloc((h->nfin ? h->nfin : 1) * sizeof(Obj *));
    for (size_t i = 0; i < h->nfin && arr != NULL; i++) {
        Obj *o = h->fin[i];
        if ((o->gc_mark & bits) != bits || (o->gc_mark & skip) || (need_del && !has_finalizer(o))) {
            continue;
        }
        arr[cnt++] = o;
    }
    *n = cnt;
    return arr;
}

void tpGC_run_finalizers(VM *vm) {
    if (vm->finalize_queue == NULL || vm->gc_running || vm->in_finalizers) {
        return;
    }
    vm->in_finalizers = true;
    Value saved_exc = tpErr_fetch(vm);
    size_t mark = tpGC_save(vm);
    while (vm->finalize_queue != NULL) {
        vm->finalize_queue = NULL;
        size_t n;
        Obj **arr = collect_flagged(vm, GC_PENDING, 0, false, &n);
        /* all pinned before any runs (a finaliser may collect, and once a flag is cleared only
         * the pin keeps the rest alive); then only reachability keeps them */
        size_t pinned = 0;
        while (arr != NULL && pinned < n && tpGC_push_root(vm, OBJ_VAL(arr[pinned])) == 0) {
            pinned++;
        }
        if (pinned < n) {
            vm->finalize_queue = arr[pinned];   /* retry the rest later */
        }
        for (size_t i = 0; i < pinned; i++) {
            arr[i]->gc_mark &= ~GC_PENDING;
            call_finalizer(vm, arr[i]);
            tpErr_clear(vm);
        }
        free(arr);
    }
    tpGC_restore(vm, mark);
    vm->exc = saved_exc;
    vm->in_finalizers = false;
}

void tpGC_skip_exit_finalizer(VM *vm, Obj *o, bool skip) {
    (void)vm;
    o->gc_mark = skip ? o->gc_mark | GC_FINALIZED : o->gc_mark & ~GC_FINALIZED;
}

void tpGC_finalize_at_exit(VM *vm) {
    tpGC_run_finalizers(vm);
    vm->finalizing = true;   /* sys.is_finalizing(): the interpreter's own shutdown from here */
    vm->in_finalizers = true;
    size_t mark = tpGC_save(vm);
    for (int round = 0; round < 8; round++) {
        size_t n;
        Obj **arr = collect_flagged(vm, 0, GC_FINALIZED, true, &n);
        /* some may be unreachable garbage: pin them all before a finaliser can collect */
        for (size_t i = 0; arr != NULL && i < n; i++) {
            if (tpGC_push_root(vm, OBJ_VAL(arr[i])) < 0) {
                n = i;
                break;
            }
        }
        for (size_t i = 0; arr != NULL && i < n; i++) {
            arr[i]->gc_mark |= GC_FINALIZED;
            call_finalizer(vm, arr[i]);
            tpErr_clear(vm);
        }
        free(arr);
        if (n == 0) {
            break;
        }
    }
    tpGC_restore(vm, mark);
    vm->in_finalizers = false;
}

/* Release every object (VM shutdown). */
TP_INTERNAL void tpGC_free_all(VM *vm);
void tpGC_free_all(VM *vm) {
    vm->gc_running = true;
    sweep(vm, true, false);
    for (unsigned c = 1; c <= HEAP_NCLASSES; c++) {   /* pages that held the type objects */
        for (HeapPage *pg = vm->heap.pages[c]; pg != NULL; pg = pg->next) {
            UNPOISON_SLOT(pg, HEAP_PAGE_BYTES);
        }
        vm->heap.pages[c] = NULL;
        vm->heap.free[c] = NULL;
    }
    vm->heap.spare = NULL;
    for (size_t i = 0; i < vm->heap.nchunks; i++) {
        free(vm->heap.chunks[i]);
    }
    free(vm->heap.chunks);
    vm->heap.chunks = NULL;
    vm->heap.nchunks = 0;
    free(vm->heap.large);
    free(vm->heap.fin);
    free(vm->heap.dead_types);
    free(vm->heap.remembered);
    free(vm->heap.rescan);
    free(vm->heap.young);
    vm->heap.young = NULL;
    vm->heap.nyoung = vm->heap.capyoung = 0;
    vm->heap.large = vm->heap.fin = vm->heap.dead_types = NULL;
    vm->heap.remembered = vm->heap.rescan = NULL;
    vm->heap.nremembered = vm->heap.nrescan = 0;
    free(vm->temps);
    free(vm->gray);
    vm->temps = NULL;
    vm->gray = NULL;
}
