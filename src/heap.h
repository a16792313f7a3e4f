/*
 * heap.h — the object heap under the collector: size-classed pages for small objects, plain
 * malloc for large ones, and the list of objects that need finalising.
 *
 * Why pages: every object used to be a calloc'd block on one linked list, so allocation paid
 * malloc's bookkeeping plus malloc_usable_size, each header carried a list link, and every
 * collection chased that list through the whole heap (in allocation order, i.e. at random
 * addresses) three times. With pages the sweep walks memory linearly, a free slot is reused by
 * popping a per-class free list, and the header is 16 bytes.
 */
#ifndef TP_HEAP_H
#define TP_HEAP_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

/* 8-byte steps: a str of 69 bytes (header 48 + 20 characters + NUL) takes 72, not 80 — about
 * 4 bytes less per object on average than 16-byte steps (peak memory of `strings` -10 MB) */
#define HEAP_GRAIN 8u                        /* slot sizes are multiples of this */
#define HEAP_NCLASSES 64u                    /* classes 2..64: slots of 16..512 bytes */
#define POOL_GRAIN 8u                        /* tpMem blocks up to 512 bytes: pool classes */
#define POOL_NCLASSES 64u
#define HEAP_MIN_SLOT 16u                    /* class 1 is never used: a FreeSlot is 16 bytes */
#define HEAP_MAX_SMALL (HEAP_GRAIN * HEAP_NCLASSES)
#define HEAP_PAGE_BYTES (16u * 1024u)   /* pages are aligned to this (gc.c: page_of) */
#define HEAP_CHUNK_PAGES 64u            /* pages come from malloc in chunks of this many */
/* Collections are generational (gc.c): a minor one runs after HEAP_NURSERY_BYTES of allocation;
 * it is a full one when the bytes allocated exceed max(HEAP_MIN_THRESHOLD, twice the live bytes
 * after the last full one). */
/* (1 MiB was tried: small programs' peak fell — exceptions 6.2 → 4.6 MiB — but listsort's rose
 * 35 → 45 MiB, above CPython's, and pidigits took 15 % longer: more full collections) */
#define HEAP_MIN_THRESHOLD (2u << 20)
/* 2 MiB (1 MiB: allocation loops a few % faster, free slots being reused while in L2, but with
 * the merged work of 2026-11-25 no benchmark gained and closures' peak rose 7.9 → 8.4 MiB, next
 * to CPython's 8.6; 512 KiB: more promoted objects, listsort +5 MiB) */
#define HEAP_NURSERY_BYTES (2u << 20)
#define HEAP_NURSERY_MAX (256u << 20)

typedef struct Obj Obj;
typedef struct HeapPage HeapPage;

/* A free slot: its type word is NULL (that is how the sweep tells it from an object) and the
 * next word links it to the next free slot of its class. */
typedef struct FreeSlot {
    void *null_type;
    struct FreeSlot *next;
} FreeSlot;

/* A page is HEAP_PAGE_BYTES-aligned, so an object's page is its address rounded down. The mark
 * bits of its small objects live in the page header, not in the objects: a sweep reads the
 * bitmaps and touches only the dead slots and the free ones, never the live objects (on a big
 * live heap, reading every object's header was most of the sweep's time). */
struct HeapPage {
    HeapPage *next;          /* next page of the same size class */
    uint32_t slot_size;
    uint32_t nslots;         /* slots handed out so far (the sweep looks at these only) */
    uint32_t capacity;       /* slots the page can hold */
    uint16_t nwords;         /* words per bitmap (as many as the class's slots need) */
    uint16_t slot_off;       /* where the slots start (16-aligned) */
    uint32_t young;          /* objects were allocated here since the last collection */
    /* marks: bits[0..nwords), bit i: slot i is old (reached by a collection, see gc.c);
     * used: bits[nwords..2*nwords), bit i: slot i holds an object (live, or dead and unswept) */
    uint64_t bits[];
};

/* Obj.gc_mark layout (the bits gc.c does not keep to itself) */
#define HEAP_GC_MARKED 1u       /* a large (or static) object is old: its mark bit */
#define HEAP_GC_CLASS_SHIFT 8   /* bits 8..15: the size class of a small object (0: large) */
#define HEAP_GC_INDEX_SHIFT 16  /* bits 16..31: a small object's slot number in its page */
#define HEAP_GC_REMEMBERED 64u  /* old, written to since the last collection: on Heap.remembered */

#define PAGE_MARKS(pg) ((pg)->bits)
#define PAGE_USED(pg) ((pg)->bits + (pg)->nwords)

static inline HeapPage *tpHeap_page_of(const void *o) {
    return (HeapPage *)((uintptr_t)o & ~(uintptr_t)(HEAP_PAGE_BYTES - 1));
}

/* Has the object survived a collection (is it "old")? Small objects: the page bitmap; large
 * (and static) ones: a header bit. `g` is the object's gc_mark word. */
static inline bool tpHeap_is_marked(const void *o, uint32_t g) {
    if (((g >> HEAP_GC_CLASS_SHIFT) & 0xFFu) == 0) {
        return (g & HEAP_GC_MARKED) != 0;
    }
    uint32_t i = g >> HEAP_GC_INDEX_SHIFT;
    return (PAGE_MARKS(tpHeap_page_of(o))[i >> 6] >> (i & 63)) & 1u;
}

typedef struct Heap {
    FreeSlot *free[HEAP_NCLASSES + 1];       /* per size class; index 0 unused */
    HeapPage *pages[HEAP_NCLASSES + 1];
    Obj **large;                             /* objects bigger than HEAP_MAX_SMALL (malloc'd) */
    size_t nlarge, caplarge;
    Obj **fin;                               /* objects whose type has a finaliser, oldest first */
    size_t nfin, capfin;
    Obj **remembered;                        /* old objects written to since the last collection */
    size_t nremembered, capremembered;
    Obj **rescan;                            /* objects of types without write barriers (gc.c) */
    size_t nrescan, caprescan;
    size_t next_full;                        /* bytes_allocated that makes the next one full */
    size_t nursery;                          /* bytes allocated between collections */
    size_t old_work;                         /* old objects traced by this minor collection */
    bool full_needed;                        /* a list could not grow: the next one is full */
    HeapPage **young;                        /* pages with objects allocated since the last */
    size_t nyoung, capyoung;                 /* collection (the minor sweep's work list) */
    bool young_overflow;                     /* `young` could not grow: sweep every page */
    unsigned stress_count;                   /* GC-stress builds: collections so far */
    bool verifying;                          /* GC-stress builds: gc.c verify_old is running */
    Obj *verify_parent;
    Obj **dead_types;                        /* scratch for the sweep (gc.c) */
    size_t ndead, capdead;
    size_t nobjects;                         /* live + not yet swept objects */
    size_t npages;                           /* in use by the size classes */
    HeapPage *spare;                         /* empty pages kept for reuse */
    size_t nspare;
    void **chunks;                           /* the page chunks (gc.c: new_page) */
    void *pool_free[POOL_NCLASSES + 1];      /* tpMem's small blocks, per class (gc.c) */
    char *pool_next;                         /* the rest of the pool's newest page */
    size_t pool_left;
    size_t nchunks, capchunks;
    char *chunk_next;                        /* next uncarved page of the newest chunk */
    size_t chunk_left;
} Heap;

#endif
