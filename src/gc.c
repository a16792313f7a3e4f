/*
 * gc.c — the precise, non-moving mark-and-sweep collector and the allocator it sits on.
 *
 * Every heap object is on vm->objects. A collection marks from the roots (the VM's constant tables,
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

#include "faultinject.h"
#include "interp.h"
#include "objmodel.h"
#include "runtime.h"
#include "vm_internal.h"

#define GC_MIN_THRESHOLD (16u << 20)

/* Obj.gc_mark bits */
#define GC_MARKED 1u
#define GC_FINALIZED 2u   /* __del__ was (or is about to be) called */
#define GC_PENDING 4u     /* queued for __del__: a root until it has run */

static size_t block_size(void *p) { return p ? malloc_usable_size(p) : 0; }

/* ==== C memory owned by objects ==== */

void *tpMem_alloc(VM *vm, size_t n) { return tpMem_realloc(vm, NULL, 0, n); }

void *tpMem_realloc(VM *vm, void *p, size_t old_n, size_t new_n) {
    (void)old_n;
    if (TP_FAULT_ALLOC_FAILS(vm, new_n)) {
        tpErr_no_memory(vm);
        return NULL;
    }
    size_t before = block_size(p);
    void *q = realloc(p, new_n ? new_n : 1);
    if (q == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    vm->bytes_allocated += block_size(q);
    vm->bytes_allocated -= before < vm->bytes_allocated ? before : vm->bytes_allocated;
    return q;
}

void tpMem_free(VM *vm, void *p, size_t n) {
    (void)n;
    if (p == NULL) {
        return;
    }
    size_t sz = block_size(p);
    vm->bytes_allocated -= sz < vm->bytes_allocated ? sz : vm->bytes_allocated;
    free(p);
}

/* ==== the temp-root arena ==== */

int tpGC_push_root(VM *vm, Value v) {
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

/* ==== allocation ==== */

void *tpGC_alloc(VM *vm, ObjType *type, size_t size) {
    if (TP_FAULT_ALLOC_FAILS(vm, size)) {
        tpErr_no_memory(vm);
        return NULL;
    }
#ifdef TP_GC_STRESS
    if (!vm->gc_paused && !vm->gc_running) {
        tpGC_collect(vm);
    }
#else
    if (vm->bytes_allocated > vm->next_gc && !vm->gc_paused && !vm->gc_running) {
        tpGC_collect(vm);
    }
#endif
    Obj *o = calloc(1, size);
    if (o == NULL && !vm->gc_running) {
        tpGC_collect(vm);
        o = calloc(1, size);
    }
    if (o == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    if (tpGC_push_root(vm, OBJ_VAL(o)) < 0) {
        free(o);
        return NULL;
    }
    o->type = type;
    o->gc_next = vm->objects;
    vm->objects = o;
    vm->bytes_allocated += block_size(o);
    return o;
}

/* ==== marking ==== */

void tpGC_mark_obj(VM *vm, Obj *o) {
    if (o == NULL || (o->gc_mark & GC_MARKED)) {
        return;
    }
    o->gc_mark |= GC_MARKED;
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
    Value vals[] = {vm->not_implemented, vm->ellipsis, vm->memory_error, vm->builtins_module,
                    vm->sys_module, vm->main_module, vm->sys_stdout, vm->sys_stderr,
                    vm->sys_stdin, vm->exc, vm->handled_exc, vm->trace_func};
    tpGC_mark_values(vm, vals, TP_ARRAY_LEN(vals));
    for (int i = 0; i < vm->nframes; i++) {
        mark_frame(vm, &vm->frames[i]);
    }
    for (Frame *f = vm->frame; f != NULL; f = f->prev) {
        mark_frame(vm, f);
    }
    tpGC_mark_values(vm, vm->temps, vm->ntemps);
    if (vm->finalize_queue != NULL) {
        for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
            if (o->gc_mark & GC_PENDING) {
                tpGC_mark_obj(vm, o);
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

static void release(VM *vm, Obj *o) {
    size_t sz = block_size(o);
    vm->bytes_allocated -= sz < vm->bytes_allocated ? sz : vm->bytes_allocated;
#ifdef TP_DEBUG
    memset(o, 0xDB, sz);
#endif
    free(o);
}

/* Free every unmarked object (all of them when `all`), in two passes so that `free` slots can
 * still read their type objects. */
static void sweep(VM *vm, bool all) {
    for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
        if ((all || !(o->gc_mark & GC_MARKED)) && o->type != NULL && o->type->sl.free != NULL) {
            o->type->sl.free(vm, o);
        }
    }
    Obj **link = &vm->objects;
    while (*link != NULL) {
        Obj *o = *link;
        if (all || !(o->gc_mark & GC_MARKED)) {
            *link = o->gc_next;
            release(vm, o);
        } else {
            o->gc_mark &= ~GC_MARKED;
            link = &o->gc_next;
        }
    }
}

static bool has_finalizer(Obj *o) {
    return o->type != NULL && (o->type->flags & TPFLAG_HAS_DEL) != 0;
}

/* Queue the unreachable objects that have a __del__ still to run, and keep them (and what they
 * reference) alive for it. */
static void resurrect_finalizable(VM *vm) {
    bool any = false;
    for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
        if (!(o->gc_mark & (GC_MARKED | GC_FINALIZED)) && has_finalizer(o)) {
            o->gc_mark |= GC_FINALIZED | GC_PENDING;
            any = true;
        }
    }
    if (!any) {
        return;
    }
    for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
        if (o->gc_mark & GC_PENDING) {
            vm->finalize_queue = o;
            tpGC_mark_obj(vm, o);
        }
    }
    trace_gray(vm);
}

void tpGC_collect(VM *vm) {
    if (vm->gc_running) {
        return;
    }
    vm->gc_running = true;
    mark_roots(vm);
    trace_gray(vm);
    resurrect_finalizable(vm);
    sweep(vm, false);
    vm->next_gc = vm->bytes_allocated * 2;
    if (vm->next_gc < GC_MIN_THRESHOLD) {
        vm->next_gc = GC_MIN_THRESHOLD;
    }
    vm->gc_running = false;
}

/* ==== running finalisers ==== */

/* Call o.__del__(); an exception is reported as CPython's "Exception ignored in: ..." and
 * dropped. The caller has saved the pending exception state. */
static void write_unraisable(VM *vm, Value exc, Value where) {
    Value r;
    tpSys_flush_std(vm);
    if (tpObj_repr(vm, where, &r) == 0) {
        if (tpSys_write(vm, 1, "Exception ignored in: ", 22) < 0 ||
            tpSys_write(vm, 1, AS_STR(r)->data, AS_STR(r)->nbytes) < 0 ||
            tpSys_write(vm, 1, "\n", 1) < 0) {
            tpErr_clear(vm);
        }
    }
    tpErr_clear(vm);
    tpErr_print(vm, exc);
}

static void call_finalizer(VM *vm, Obj *o) {
    if (o->type == vm->types[TYPE_GENERATOR] || o->type == vm->types[TYPE_COROUTINE] ||
        o->type == vm->types[TYPE_ASYNC_GENERATOR]) {
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
        write_unraisable(vm, tpErr_fetch(vm), fn);
    }
}

/* Objects flagged by `bits` (and not by `skip`), oldest first, into a malloc'd array. */
static Obj **collect_flagged(VM *vm, uint32_t bits, uint32_t skip, bool need_del, size_t *n) {
    size_t cnt = 0, cap = 16;
    Obj **arr = malloc(cap * sizeof(Obj *));
    for (Obj *o = vm->objects; o != NULL && arr != NULL; o = o->gc_next) {
        if ((o->gc_mark & bits) != bits || (o->gc_mark & skip) || (need_del && !has_finalizer(o))) {
            continue;
        }
        if (cnt == cap) {
            Obj **a = realloc(arr, (cap *= 2) * sizeof(Obj *));
            if (a == NULL) {
                break;
            }
            arr = a;
        }
        arr[cnt++] = o;
    }
    for (size_t i = 0; i < cnt / 2; i++) {
        Obj *t = arr[i];
        arr[i] = arr[cnt - 1 - i];
        arr[cnt - 1 - i] = t;
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

void tpGC_finalize_at_exit(VM *vm) {
    tpGC_run_finalizers(vm);
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
    sweep(vm, true);
    free(vm->temps);
    free(vm->gray);
    vm->temps = NULL;
    vm->gray = NULL;
}
