/*
 * cstack.c — where the C stack ends. Every recursive C path (the eval loop's re-entry, repr,
 * comparison, hashing, iteration, the parser and compiler...) compares its frame address with a
 * floor computed here once at start-up from the real stack bounds, so deep recursion raises
 * RecursionError instead of overflowing, whatever `ulimit -s` is. Owned by the cstack area.
 */
#include <pthread.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <sys/auxv.h>
#endif

#include "cstack.h"

uintptr_t tpC_stack_floor_addr;

/* Stacks beyond this are treated as this large (an unlimited rlimit has no real bound). */
#define STACK_CAP ((size_t)256 << 20)
/* Kept free below the floor: the C code that runs between two checks (one slot call, a
 * formatting helper, libc, a signal handler) must fit in it. */
#define RESERVE_MIN ((size_t)256 << 10)

#if defined(__GLIBC__)
extern void *__libc_stack_end;

/* The main thread's bounds as glibc's pthread_getattr_np computes them (the top of the stack
 * mapping less the rlimit), without its parse of /proc/self/maps: that read and sscanf were
 * a tenth of start-up. The mapping's top is the end of the executable's file name, which the
 * kernel stores last, one pointer below it. Only for a bounded rlimit well under the gap the
 * kernel leaves below the stack (glibc would also stop at the mapping below). */
static bool main_thread_bounds(uintptr_t *low, size_t *size) {
    struct rlimit rl;
    const char *fn = (const char *)getauxval(AT_EXECFN);
    uintptr_t page = (uintptr_t)getauxval(AT_PAGESZ);
    if (getpid() != gettid() || fn == NULL || page == 0 || (page & (page - 1)) != 0 ||
        getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
        rl.rlim_cur > ((rlim_t)64 << 20)) {
        return false;
    }
    uintptr_t top = ((uintptr_t)fn + strlen(fn) + 1 + sizeof(void *) + page - 1) & ~(page - 1);
    uintptr_t end = ((uintptr_t)__libc_stack_end & ~(page - 1)) + page;
    if (end > top || top - end >= rl.rlim_cur) {
        return false;
    }
    *low = (top - (uintptr_t)rl.rlim_cur + page - 1) & ~(page - 1);
    *size = end - *low;
    return true;
}
#endif

/* The lowest usable address of the current thread's stack and its size, from glibc (which reads
 * the mapping and the rlimit); false when unavailable. */
static bool real_bounds(uintptr_t *low, size_t *size) {
#if defined(__GLIBC__)
    if (main_thread_bounds(low, size)) {
        return true;
    }
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return false;
    }
    void *addr;
    size_t sz;
    int rc = pthread_attr_getstack(&attr, &addr, &sz);
    pthread_attr_destroy(&attr);
    if (rc != 0 || addr == NULL || sz == 0) {
        return false;
    }
    *low = (uintptr_t)addr;
    *size = sz;
    return true;
#else
    (void)low;
    (void)size;
    return false;
#endif
}

uintptr_t tpC_stack_init(void) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    uintptr_t low;
    size_t size;
    if (!real_bounds(&low, &size) || here <= low || here - low > size) {
        /* fallback: assume the stack started just above us, sized by the rlimit */
        struct rlimit rl;
        size = (size_t)8 << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
            size = (size_t)rl.rlim_cur;
        }
        low = here > size ? here - size : 0;
    }
    size_t avail = here - low;  /* what is left below this frame */
    if (avail > STACK_CAP) {
        low = here - STACK_CAP;
        avail = STACK_CAP;
    }
    size_t reserve = size / 8 > RESERVE_MIN ? size / 8 : RESERVE_MIN;
    if (reserve > avail / 2) {
        reserve = avail / 2;
    }
    tpC_stack_floor_addr = low + reserve;
    return tpC_stack_floor_addr;
}

static bool name_in(const char *name, const char *const *list) {
    for (; *list != NULL; list++) {
        if (strcmp(name, *list) == 0) {
            return true;
        }
    }
    return false;
}

bool tpC_varargs_builtin(VM *vm, const ObjCFunction *cf) {
    static const char *const functions[] = {"min", "max", "dir", "vars", "__import__", NULL};
    static const char *const str_methods[] = {"format", "startswith", "endswith", "count",
                                              "find", "index", "rfind", "rindex", NULL};
    static const char *const set_methods[] = {"update", "union", "intersection", "difference",
                                              "intersection_update", "difference_update", NULL};
    const char *name = cf->def->name;
    ObjType *owner = cf->owner;
    if (owner == NULL) {
        return name_in(name, functions);
    }
    if (owner == vm->types[TYPE_STR] || owner == vm->types[TYPE_BYTES] ||
        owner == vm->types[TYPE_BYTEARRAY]) {
        return name_in(name, str_methods) && (owner == vm->types[TYPE_STR] ||
                                              strcmp(name, "format") != 0);
    }
    if (owner == vm->types[TYPE_SET] || owner == vm->types[TYPE_FROZENSET]) {
        return name_in(name, set_methods);
    }
    return owner == vm->types[TYPE_DICT] && strcmp(name, "update") == 0;
}

uint32_t tpC_classify_native(VM *vm, ObjCFunction *cf) {
    const MethodDef *d = cf->def;
    bool descr = cf->hdr.type == vm->types[TYPE_METHOD_DESCR];
    bool plain, kw = descr || !(d->flags & METH_KW) || tpC_varargs_builtin(vm, cf);
    if (d->max_args == 0 || (d->flags & METH_CLASS)) {
        plain = true;                       /* METH_NOARGS; class methods are not specialised */
    } else if (d->min_args == 1 && d->max_args == 1 && !(d->flags & METH_KW)) {
        plain = cf->owner != NULL || strcmp(d->name, "len") != 0;   /* METH_O */
    } else {
        plain = tpC_varargs_builtin(vm, cf);
    }
    cf->hdr.flags |= TP_CF_LEVEL_KNOWN | (plain ? 2u : 0u) | (kw ? 4u : 0u);
    return cf->hdr.flags;
}
