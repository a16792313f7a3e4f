/*
 * vm.h — the interpreter state (one struct, no mutable globals) and the call frame.
 *
 * Everything mutable lives in VM, passed explicitly, so several interpreters can share a process.
 * Frames live in one contiguous value stack reserved at start-up: a Python→Python call allocates
 * nothing on the C heap and never recurses in C. Generator frames live in their generator object.
 */
#ifndef TP_VM_H
#define TP_VM_H

#include <signal.h>

#include "code.h"
#include "heap.h"

typedef struct Frame Frame;

/* A frame. `base` points at its local slots (nlocalsplus of them) followed by its value stack
 * (stacksize slots). Invariant for the GC: every slot in base[0 .. nlocalsplus + stacksize) holds a
 * valid Value (the VM fills them with NULL_VAL on entry), so the collector marks that whole range
 * without needing the exact stack top. */
struct Frame {
    Frame *prev;              /* caller frame (any kind), or NULL */
    ObjCode *code;
    ObjFunction *func;        /* NULL for module code run by exec */
    ObjDict *globals;
    ObjDict *builtins;
    Value locals_map;         /* locals mapping for module/class bodies & exec (LOAD_NAME...), or NULL_VAL */
    Value *base;              /* locals then value stack */
    Value *sp;                /* saved stack pointer (valid while the frame is not running) */
    const Instr *pc;          /* saved next instruction (valid while not running / after SAVE_PC) */
    Value handled_exc;        /* the exception being handled in this frame (sys.exc_info), or NULL_VAL */
    Obj *gen;                 /* owning generator/coroutine, or NULL */
    Obj *frame_obj;           /* the Python-visible frame object once created, or NULL */
    int entry;                /* 1: returning from this frame returns from the C call that entered it */
    int lineno_traced;        /* last line reported to a trace function */
};

struct VM {
    /* ---- memory (gc.c) ---- */
    Heap heap;                /* where objects live (heap.h) */
    size_t bytes_allocated;
    size_t next_gc;
    int gc_paused;            /* >0: collection postponed (e.g. during start-up) */
    bool gc_running;
    Value *temps;             /* temp-root arena: every new object is pushed here */
    size_t ntemps, captemps;
    Obj **gray;               /* mark stack */
    size_t ngray, capgray;
    Obj *finalize_queue;      /* objects with __del__ awaiting finalisation */
    bool in_finalizers;       /* gc.c is running __del__ methods */

    /* ---- types and constants (state.c) ---- */
    ObjType *types[TYPE__COUNT];
    ObjType *exc_types[EXC__COUNT];
    ObjStr *names[NAME__COUNT];
    ObjDict *interned;        /* str -> str */
    Value not_implemented;
    Value ellipsis;
    ObjTuple *empty_tuple;
    ObjStr *empty_str;
    ObjStr *char_cache[128];  /* one-character ASCII strings */
    struct StrIndexTable *str_index;  /* the lazy indexes of non-ASCII strs (str_core.c) */
    Value memory_error;       /* preallocated MemoryError instance */
    uint64_t hash_k0, hash_k1;  /* SipHash key (PYTHONHASHSEED) */
    uint64_t nan_seq;         /* payload counter giving each float('nan') its own identity */

    /* ---- modules ---- */
    ObjDict *modules;         /* sys.modules */
    ObjDict *builtins;        /* the builtins module's dict */
    Value builtins_module;
    Value sys_module;
    Value main_module;
    Value sys_stdout, sys_stderr, sys_stdin;   /* the original streams (TextIOWrapper) */

    /* ---- execution (vm.c) ---- */
    Value *stack;             /* contiguous frame stack */
    Value *stack_top;         /* first free slot above the newest frame's area */
    Value *stack_end;
    Frame *frames;            /* Frame records for stack frames (parallel array) */
    int nframes, maxframes;
    Frame *frame;             /* the running frame, or NULL */
    int depth;                /* Python call depth, for RecursionError */
    int recursion_limit;
    int c_depth;              /* C-level re-entries of the eval loop (callbacks from C) */
    Value exc;                /* the pending (propagating) exception, or NULL_VAL */
    Value handled_exc;        /* exception being handled outside any frame, or NULL_VAL */
    int magic;                /* MethodDef.magic of the native being called */
    Value trace_func;         /* sys.settrace function, or NULL_VAL */
    Value profile_func;       /* sys.setprofile function, or NULL_VAL (also while it runs) */
    Value profile_next;       /* the profile function to restore after a call of it (profile.c) */
    int profile_busy;         /* a profile function is running (profile.c) */
    ObjType *call_cfunction;  /* the types whose calls the eval loop makes itself: CFUNCTION, */
    ObjType *call_method_descr;  /* METHOD_DESCR; NULL while profiling (profile.c) */
    Value unraisable_args_type;  /* sys.UnraisableHookArgs once made (mod_sys.c), or NULL_VAL */
    double switch_interval;   /* sys.setswitchinterval(), in whole microseconds */
    bool finalizing;          /* sys.is_finalizing(): the exit-time finalisers run */
    volatile int interrupt;   /* set by a signal handler (Ctrl-C) */
    uintptr_t c_stack_limit;  /* lowest C stack address the eval loop may re-enter at (vm.c) */
    volatile sig_atomic_t sig_tripped[NSIG];  /* signals caught, not yet handled (mod_signal.c) */
    Obj *sig_handlers;        /* list: Python-level handler per signal, NULL until `signal` import */
    Obj *spare_listiter;      /* a `for` loop's list iterator, dropped, for reuse (obj_list.c) */

    /* ---- process ---- */
    int argc;
    char **argv;
    bool inspect;             /* -i */
    const char *prog_name;
    int int_max_str_digits;   /* sys.set_int_max_str_digits(); 0 = no limit */

    /* ---- fuzzing (faultinject.c) ---- */
    int64_t step_budget;      /* >0: backward jumps + frame pushes left before KeyboardInterrupt */
    bool imp_ready;           /* _imp made (import.c tpImport_ensure_imp) */
    bool sys_ready;           /* sys.version_info, flags... made (mod_sys.c tpSys_ensure_extras) */
};

#endif
