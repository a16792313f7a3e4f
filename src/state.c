/*
 * state.c — creating and destroying an interpreter.
 *
 * Start-up order matters because types, strings and dicts refer to each other: the built-in type
 * objects are first allocated as empty shells (so every constructor has its type pointer), then the
 * string/dict machinery is usable, then each shell is filled from its TypeSpec (types.def order),
 * then exception classes, singletons, the value stack and the builtins/sys modules.
 * The collector is paused throughout start-up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

#include "internal.h"
#include "vm_internal.h"

#define TYPE(id, spec) extern const TypeSpec spec;
#include "types.def"
#undef TYPE
extern const TypeSpec tpBaseException_spec;

static const TypeSpec *const builtin_specs[TYPE__COUNT] = {
#define TYPE(id, spec) &spec,
#include "types.def"
#undef TYPE
};

static const char *const exc_names[EXC__COUNT] = {
#define EXC(name, base) #name,
#include "exceptions.def"
#undef EXC
};

static const int exc_bases[EXC__COUNT] = {
#define EXC(name, base) EXC_##base,
#define EXC_NONE (-1)
#include "exceptions.def"
#undef EXC_NONE
#undef EXC
};

static const char *const name_texts[NAME__COUNT] = {
#define NAME(id, text) text,
#include "names.def"
#undef NAME
};

/* SipHash key from PYTHONHASHSEED, derived as CPython derives its hash secret from a seed (a
 * linear congruential generator filling the secret bytes; seed 0 leaves the key all zero), so that
 * str/bytes hashes — and therefore set and dict-probe orders — equal CPython's for the same seed. */
static void init_hash_key(VM *vm) {
    const char *seed = getenv("PYTHONHASHSEED");
    uint8_t key[16] = {0};
    if (seed != NULL && *seed != '\0' && strcmp(seed, "random") != 0) {
        unsigned long x = strtoul(seed, NULL, 10);
        for (size_t i = 0; x != 0 && i < sizeof key; i++) {
            x = x * 214013UL + 2531011UL;
            key[i] = (uint8_t)((x >> 16) & 0xff);
        }
    } else if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
        uint64_t a = (uint64_t)(uintptr_t)vm;
        memcpy(key, &a, sizeof a);
    }
    memcpy(&vm->hash_k0, key, 8); /* little-endian hosts, as the secret's memory layout */
    memcpy(&vm->hash_k1, key + 8, 8);
}

static int init_strings(VM *vm) {
    vm->interned = tpDict_new(vm);
    /* some 600 names are interned by the end of start-up: one table, not six rehashes */
    if (vm->interned == NULL || tpDict_reserve(vm, vm->interned, 800) < 0) {
        return -1;
    }
    vm->empty_str = tpStr_new(vm, "", 0);
    /* vm->char_cache fills itself (tpStr_new) */
    for (int i = 0; i < NAME__COUNT; i++) {
        vm->names[i] = tpStr_intern_cstr(vm, name_texts[i]);
        if (vm->names[i] == NULL) {
            return -1;
        }
    }
    return vm->empty_str ? 0 : -1;
}

static int init_types(VM *vm) {
    for (int i = 0; i < TYPE__COUNT; i++) {
        vm->types[i] = tpGC_alloc(vm, NULL, sizeof(ObjType));
        if (vm->types[i] == NULL) {
            return -1;
        }
    }
    for (int i = 0; i < TYPE__COUNT; i++) {
        vm->types[i]->hdr.type = vm->types[TYPE_TYPE];
    }
    if (init_strings(vm) < 0) {
        return -1;
    }
    vm->empty_tuple = tpTuple_new(vm, 0);
    if (vm->empty_tuple == NULL) {
        return -1;
    }
    for (int i = 0; i < TYPE__COUNT; i++) {
        const TypeSpec *spec = builtin_specs[i];
        ObjType *base = i == TYPE_OBJECT ? NULL : vm->types[spec->base];
        if (tpType_init_builtin(vm, vm->types[i], spec, base) < 0) {
            return -1;
        }
    }
    return 0;
}

static int init_exceptions(VM *vm) {
    for (int i = 0; i < EXC__COUNT; i++) {
        if (exc_bases[i] < 0) {
            ObjType *t = tpGC_alloc(vm, vm->types[TYPE_TYPE], sizeof(ObjType));
            if (t == NULL || tpType_init_builtin(vm, t, &tpBaseException_spec,
                                                 vm->types[TYPE_OBJECT]) < 0) {
                return -1;
            }
            vm->exc_types[i] = t;
        } else {
            vm->exc_types[i] =
                tpType_new_static(vm, exc_names[i], vm->exc_types[exc_bases[i]], "builtins");
            if (vm->exc_types[i] == NULL) {
                return -1;
            }
        }
    }
    return tpExc_new(vm, vm->exc_types[EXC_MemoryError], 0, NULL, &vm->memory_error);
}

static int init_singletons(VM *vm) {
    Obj *ni = tpGC_alloc(vm, vm->types[TYPE_NOTIMPL], sizeof(Obj));
    Obj *el = tpGC_alloc(vm, vm->types[TYPE_ELLIPSIS], sizeof(Obj));
    if (ni == NULL || el == NULL) {
        return -1;
    }
    vm->not_implemented = OBJ_VAL(ni);
    vm->ellipsis = OBJ_VAL(el);
    return 0;
}

/* Start-up failed part-way: give the built-in type shells not filled yet their `free` slot, so
 * tpVM_free releases the C buffers of the dicts and strings created so far (no leak). */
static void fail_startup(VM *vm) {
    for (int i = 0; i < TYPE__COUNT; i++) {
        if (vm->types[i] != NULL && vm->types[i]->sl.free == NULL) {
            vm->types[i]->sl.free = builtin_specs[i]->slots.free;
        }
    }
    fprintf(stderr, "taipan: fatal error during start-up\n");
    tpVM_free(vm);
}

VM *tpVM_new(int argc, char **argv) {
    VM *vm = calloc(1, sizeof(VM));
    if (vm == NULL) {
        return NULL;
    }
    vm->gc_paused = 1;
    vm->next_gc = HEAP_MIN_THRESHOLD;
    vm->heap.next_full = HEAP_MIN_THRESHOLD;
    vm->heap.nursery = HEAP_NURSERY_BYTES;
    vm->exc = vm->handled_exc = vm->trace_func = NULL_VAL;
    vm->profile_func = vm->profile_next = vm->unraisable_args_type = NULL_VAL;
    vm->switch_interval = 5000;   /* microseconds: CPython's 5 ms */
    vm->not_implemented = vm->ellipsis = vm->memory_error = NULL_VAL;
    vm->builtins_module = vm->sys_module = vm->main_module = NULL_VAL;
    vm->sys_stdout = vm->sys_stderr = vm->sys_stdin = NULL_VAL;
    vm->recursion_limit = 1000;
    vm->int_max_str_digits = 4300;   /* CPython's default, TP_INT_MAX_STR_DIGITS */
    vm->argc = argc;
    vm->argv = argv;
    init_hash_key(vm);
    /* Once the built-in types have their flags, tpGC_alloc tracks each new object of a type
     * whose references are rescanned: only the objects made before then need the heap walk. */
    if (init_types(vm) < 0 || tpGC_bootstrap_done(vm) < 0 || init_singletons(vm) < 0 ||
        init_exceptions(vm) < 0 || tpVM_init_stack(vm) < 0) {
        fail_startup(vm);
        return NULL;
    }
    vm->modules = tpDict_new(vm);
    if (vm->modules == NULL || tpBuiltins_init(vm) < 0 || tpSys_init(vm) < 0) {
        if (tpErr_occurred(vm)) {
            tpErr_print(vm, tpErr_fetch(vm));
        }
        fail_startup(vm);
        return NULL;
    }
    vm->ntemps = 0;
    vm->gc_paused = 0;
    return vm;
}

void tpVM_free(VM *vm) {
    if (vm == NULL) {
        return;
    }
    tpGC_free_all(vm);
    tpVM_free_stack(vm);
    free(vm);
}
