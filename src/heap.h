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
#include <stdint.h>

#define HEAP_GRAIN 16u                       /* slot sizes are multiples of this */
#define HEAP_NCLASSES 32u                    /* classes 1..32: slots of 16..512 bytes */
#define HEAP_MAX_SMALL (HEAP_GRAIN * HEAP_NCLASSES)
#define HEAP_PAGE_BYTES (16u * 1024u)   /* pages are aligned to this (gc.c: page_of) */
#define HEAP_CHUNK_PAGES 64u            /* pages come from malloc in chunks of this many */
/* A collection runs when the bytes allocated exceed max(this, twice the live bytes after the
 * last one); small heaps are cheap to collect now, and a small threshold keeps memory low. */
#define HEAP_MIN_THRESHOLD (2u << 20)

typedef struct Obj Obj;
typedef struct HeapPage HeapPage;

/* A free slot: its type word is NULL (that is how the sweep tells it from an object) and the
 * next word links it to the next free slot of its class. */
typedef struct FreeSlot {
    void *null_type;
    struct FreeSlot *next;
} FreeSlot;

typedef struct Heap {
    FreeSlot *free[HEAP_NCLASSES + 1];       /* per size class; index 0 unused */
    HeapPage *pages[HEAP_NCLASSES + 1];
    Obj **large;                             /* objects bigger than HEAP_MAX_SMALL (malloc'd) */
    size_t nlarge, caplarge;
    Obj **fin;                               /* objects whose type has a finaliser, oldest first */
    size_t nfin, capfin;
    Obj **dead_types;                        /* scratch for the sweep (gc.c) */
    size_t ndead, capdead;
    size_t nobjects;                         /* live + not yet swept objects */
    size_t npages;                           /* in use by the size classes */
    HeapPage *spare;                         /* empty pages kept for reuse */
    size_t nspare;
    void **chunks;                           /* the page chunks (gc.c: new_page) */
    size_t nchunks, capchunks;
    char *chunk_next;                        /* next uncarved page of the newest chunk */
    size_t chunk_left;
} Heap;

#endif
