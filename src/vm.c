/*
 * vm.c — the bytecode interpreter: frame stack, the eval loop and calls.
 *
 * Frames live on one contiguous value stack (vm->stack) with their records in vm->frames; a
 * Python→Python call pushes a frame and keeps looping (no C recursion). C code calling Python
 * (tpVM_call_function) re-enters the loop with an `entry` frame; so do generator resumes.
 * Dispatch uses computed goto (a label table built from opcodes.def) or a switch.
 * Slow paths of individual instructions live in vm_ops.c.
 */
#include <sys/mman.h>

#include "cstack.h"
#include "faultinject.h"
#include "objmodel.h"
#include "interp.h"
#include "profile.h"
#include "vm_internal.h"
#include "signals.h"
#include "vm_cache.h"
#include "type_slots.h"
#include "seq.h"

/* Frame.entry of a frame run for `len(x)` by the eval loop (x's Python __len__): returning
 * checks the value as len() does. 1 = an entry frame (returns to C), 0 = an ordinary call. */
#define FRAME_LEN_RESULT 2
/* Frame.entry of the __init__ frame of a class called by the eval loop (do_call): the instance
 * waits in the caller's self slot (call_sp[1]); returning checks that __init__ returned None and
 * gives the instance. The frame holds one more recursion level, type_call's (cstack.h). */
#define FRAME_INIT_RESULT 3

#define STACK_VALUES ((size_t)8 << 20)   /* 64 MB of address space, committed lazily */
#define MAX_FRAMES (1 << 18)
#define MAX_C_DEPTH 4000

/* Fast paths used by several instructions or call sites, which GCC would otherwise call. */
#if defined(__GNUC__)
#define HOT_INLINE static inline __attribute__((always_inline))
#define COLD_PATH __attribute__((noinline, cold))
#else
#define HOT_INLINE static inline
#define COLD_PATH
#endif

/* ==== stack reservation ==== */

static void *reserve(size_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

int tpVM_init_stack(VM *vm) {
    vm->stack = reserve(STACK_VALUES * sizeof(Value));
    vm->frames = reserve((size_t)MAX_FRAMES * sizeof(Frame));
    if (vm->stack == NULL || vm->frames == NULL) {
        tpVM_free_stack(vm);
        return -1;
    }
    vm->stack_top = vm->stack;
    vm->stack_end = vm->stack + STACK_VALUES;
    vm->nframes = 0;
    vm->maxframes = MAX_FRAMES;
    vm->frame = NULL;
    vm->depth = 0;
    vm->c_depth = 0;
    /* Bound C re-entry by address: the real stack bounds less a reserve (cstack.c). */
    vm->c_stack_limit = tpC_stack_init();
    return 0;
}

void tpVM_free_stack(VM *vm) {
    if (vm->stack != NULL) {
        munmap(vm->stack, STACK_VALUES * sizeof(Value));
        vm->stack = NULL;
    }
    if (vm->frames != NULL) {
        munmap(vm->frames, (size_t)MAX_FRAMES * sizeof(Frame));
        vm->frames = NULL;
    }
}

/* ==== frames ==== */

static int recursion_error(VM *vm, const char *extra) {
    return tpErr_format(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", extra);
}

/* Copy a closure's cells into a frame's free-variable slots. */
static inline __attribute__((always_inline)) void copy_frees(Value *frees, ObjCode *co,
                                                             ObjTuple *closure) {
    int n = co->nfrees;
    if (likely(closure != NULL && closure->len >= (size_t)n)) {
        for (int i = 0; i < n; i++) {
            frees[i] = closure->items[i];
        }
        return;
    }
    for (int i = 0; i < n; i++) {   /* a closure shorter than the code's free variables */
        frees[i] = closure != NULL && (size_t)i < closure->len ? closure->items[i] : NULL_VAL;
    }
}

static int make_cells(VM *vm, Frame *f, ObjTuple *closure) {
    ObjCode *co = f->code;
    Value *cells = f->base + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        Value init = NULL_VAL;
        if (co->cell2arg != NULL && co->cell2arg[i] >= 0) {
            init = f->base[co->cell2arg[i]];
        }
        ObjCell *c = tpCell_new(vm, init);
        if (c == NULL) {
            return -1;
        }
        cells[i] = OBJ_VAL(c);
    }
    copy_frees(cells + co->ncells, co, closure);
    return 0;
}

static void init_record(Frame *f, ObjCode *co, Value *base) {
    f->prev = NULL;
    f->code = co;
    f->func = NULL;
    f->globals = NULL;
    f->builtins = NULL;
    f->locals_map = NULL_VAL;
    f->base = base;
    f->sp = base + co->nlocalsplus;
    f->pc = co->code;
    f->handled_exc = NULL_VAL;
    f->gen = NULL;
    f->frame_obj = NULL;
    f->entry = 0;
    f->lineno_traced = 0;
}

/* Fill a frame whose record is initialised: the function, the arguments bound to its
 * parameters, its cells and free variables. */
static inline __attribute__((always_inline)) int bind_frame(VM *vm, Frame *f, ObjFunction *fn,
                                                            int argc, Value *argv,
                                                            ObjTuple *kwnames) {
    ObjCode *co = fn->code;
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins != NULL ? fn->builtins : vm->builtins;
    uint32_t fl = co->hdr.flags;
    if (tpCall_bind(vm, fn, f->base, argc, argv, kwnames) < 0) {
        return -1;
    }
    if (fl & TP_CODE_CELLS) {
        return make_cells(vm, f, fn->closure);
    }
    if (fl & TP_CODE_FREES) {   /* (make_cells without cells) */
        copy_frees(f->base + co->nlocals, co, fn->closure);
    }
    return 0;
}

int tpVM_setup_frame(VM *vm, Frame *f, ObjFunction *fn, Value *base, int argc, Value *argv,
                     ObjTuple *kwnames) {
    init_record(f, fn->code, base);
    return bind_frame(vm, f, fn, argc, argv, kwnames);
}

/* Reserve a stack frame for `co` above vm->stack_top (slots set to NULL_VAL). Not linked. */
static Frame *alloc_frame(VM *vm, ObjCode *co, const char *rec_extra) {
    size_t need = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    Value *base = vm->stack_top;
    if (TP_STEP_EXHAUSTED(vm)) {
        return NULL; /* fuzz builds only (faultinject.h) */
    }
    if (vm->depth >= vm->recursion_limit || vm->nframes >= vm->maxframes ||
        (size_t)(vm->stack_end - base) <= need) {
        recursion_error(vm, rec_extra);
        return NULL;
    }
    for (size_t i = 0; i < need; i += 2) {   /* in pairs, as push_function_frame */
        base[i] = NULL_VAL;
        base[i + 1] = NULL_VAL;
    }
    Frame *f = &vm->frames[vm->nframes];
    init_record(f, co, base);
    vm->nframes++;
    vm->stack_top = base + need;
    return f;
}

static void free_stack_frame(VM *vm, Frame *f) {
    if (f->frame_obj != NULL) {
        tpFrame_detach(vm, f);
    }
    vm->nframes--;
    vm->stack_top = f->base;
}

static COLD_PATH Frame *push_general_frame(VM *vm, ObjFunction *fn, int argc, Value *argv,
                                 ObjTuple *kwnames, const char *rec_extra) {
    Frame *f = alloc_frame(vm, fn->code, rec_extra);   /* (the record is initialised) */
    if (f == NULL) {
        return NULL;
    }
    if (bind_frame(vm, f, fn, argc, argv, kwnames) < 0) {
        free_stack_frame(vm, f);
        return NULL;
    }
    return f;
}

/* f(*args, **kw) of a Python function, args an exact tuple and kw an exact dict of exact-str
 * keys: bound straight from the two, without the argument buffer and names tuple of
 * tpOps_call_ex_prepare. */
static Frame *push_dict_frame(VM *vm, ObjFunction *fn, ObjTuple *args, ObjDict *kw) {
    Frame *f = alloc_frame(vm, fn->code, "");
    if (f == NULL) {
        return NULL;
    }
    ObjCode *co = fn->code;
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins != NULL ? fn->builtins : vm->builtins;
    if (tpCall_bind_dict(vm, fn, f->base, (int)args->len, args->items, kw) < 0 ||
        ((co->hdr.flags & (TP_CODE_CELLS | TP_CODE_FREES)) && make_cells(vm, f, fn->closure) < 0)) {
        free_stack_frame(vm, f);
        return NULL;
    }
    return f;
}

/* Push and set up a frame for calling fn. The commonest call shapes (only positional arguments,
 * at most argcount of them and enough to leave the rest to defaults, to a function without *args,
 * **kwargs or keyword-only parameters) are bound here directly: arguments and defaults are copied
 * into the first slots and only the rest is cleared. Anything else, including every call that
 * raises a binding error, goes through the general binder (tpVM_setup_frame). */
HOT_INLINE Frame *push_function_frame(VM *vm, ObjFunction *fn, int argc, Value *argv,
                                  ObjTuple *kwnames, const char *rec_extra) {
    ObjCode *co = fn->code;
    int nargs = co->argcount;
    if (unlikely(kwnames != NULL || !(co->hdr.flags & TP_CODE_POSITIONAL) ||
                 (argc != nargs && (argc > nargs || fn->defaults == NULL ||
                                    argc < nargs - (int)fn->defaults->len)))) {
        return push_general_frame(vm, fn, argc, argv, kwnames, rec_extra);
    }
    size_t need = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    Value *base = vm->stack_top;
    /* three spare slots: the fill below clears four slots at a time */
    if (unlikely(vm->depth >= vm->recursion_limit || vm->nframes >= vm->maxframes ||
                 (size_t)(vm->stack_end - base) < need + 3)) {
        recursion_error(vm, rec_extra);
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        base[i] = argv[i];
    }
    if (unlikely(argc < nargs)) {
        Value *defs = fn->defaults->items + ((int)fn->defaults->len - nargs);
        for (int i = argc; i < nargs; i++) {
            base[i] = defs[i];
        }
    }
    /* the rest of the frame's slots (the GC marks them all), four at a time: the slots after
     * the frame's area are free stack, so clearing them too is harmless */
    for (size_t i = (size_t)nargs; i < need; i += 4) {
        base[i] = NULL_VAL;
        base[i + 1] = NULL_VAL;
        base[i + 2] = NULL_VAL;
        base[i + 3] = NULL_VAL;
    }
    Frame *f = &vm->frames[vm->nframes];
    init_record(f, co, base);
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins != NULL ? fn->builtins : vm->builtins;
    vm->nframes++;
    vm->stack_top = base + need;
    if (unlikely(co->hdr.flags & (TP_CODE_CELLS | TP_CODE_FREES))) {
        if (co->ncells != 0) {
            if (make_cells(vm, f, fn->closure) < 0) {   /* may collect: the frame is complete */
                free_stack_frame(vm, f);
                return NULL;
            }
        } else {
            copy_frees(base + co->nlocals, co, fn->closure);
        }
    }
    return f;
}

static inline void link_frame(VM *vm, Frame *f) {
    f->prev = vm->frame;
    vm->frame = f;
    vm->depth++;
    tpC_warm_up(f->code);
}

/* Leave frame f (the running one). Stack frames release their slots. */
static inline void unlink_frame(VM *vm, Frame *f) {
    vm->frame = f->prev;
    vm->depth -= 1 + (f->entry == FRAME_INIT_RESULT);
    if (f->gen == NULL) {
        free_stack_frame(vm, f);
    }
}

static bool is_generator_code(ObjCode *co) {
    return (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
}

/* ==== public entry points ==== */

int tpVM_call_function(VM *vm, ObjFunction *fn, int argc, Value *argv, ObjTuple *kwnames,
                       Value *out) {
    if (is_generator_code(fn->code)) {
        return tpGen_create(vm, fn, argc, argv, kwnames, out);
    }
    Frame *f = push_function_frame(vm, fn, argc, argv, kwnames, "");
    if (f == NULL) {
        return -1;
    }
    f->entry = 1;
    int r = tpVM_run_frame(vm, f, false, out);
    return r < 0 ? -1 : 0;
}

int tpVM_run_code(VM *vm, ObjCode *code, ObjDict *globals, Value locals, Value *out) {
    Frame *f = alloc_frame(vm, code, "");
    if (f == NULL) {
        return -1;
    }
    f->globals = globals;
    Value b = tpDict_get_str(vm, globals, vm->names[NAME___builtins__]);
    f->builtins = vm->builtins;
    if (IS_OBJ(b) && AS_OBJ(b)->type == vm->types[TYPE_DICT]) {
        f->builtins = AS_DICT(b);
    } else if (IS_OBJ(b) && AS_OBJ(b)->type == vm->types[TYPE_MODULE]) {
        f->builtins = ((ObjModule *)AS_OBJ(b))->dict;
    }
    f->locals_map = IS_NULL(locals) || IS_NONE(locals) ? OBJ_VAL(globals) : locals;
    if (code->ncells + code->nfrees > 0 && make_cells(vm, f, NULL) < 0) {
        free_stack_frame(vm, f);
        return -1;
    }
    f->entry = 1;
    return tpVM_run_frame(vm, f, false, out) < 0 ? -1 : 0;
}

int tpVM_call_with_locals(VM *vm, ObjFunction *fn, Value locals, Value *out) {
    Frame *f = push_function_frame(vm, fn, 0, NULL, NULL, "");
    if (f == NULL) {
        return -1;
    }
    f->locals_map = locals;
    f->entry = 1;
    return tpVM_run_frame(vm, f, false, out) < 0 ? -1 : 0;
}

Value tpVM_handled_exception(VM *vm) {
    for (Frame *f = vm->frame; f != NULL; f = f->prev) {
        if (!IS_NULL(f->handled_exc) && !IS_NONE(f->handled_exc)) {
            return f->handled_exc;
        }
    }
    if (!IS_NULL(vm->handled_exc) && !IS_NONE(vm->handled_exc)) {
        return vm->handled_exc;
    }
    return NONE_VAL;
}

int tpVM_super_args(VM *vm, ObjType **type, Value *obj) {
    Frame *f = vm->frame;
    if (f == NULL || f->code == NULL) {
        return tpErr_raise(vm, EXC_RuntimeError, "super(): no current frame");
    }
    ObjCode *co = f->code;
    if (co->argcount + co->posonlyargcount == 0 && !(co->flags & CO_VARARGS)) {
        return tpErr_raise(vm, EXC_RuntimeError, "super(): no arguments");
    }
    Value first = f->base[0];
    for (int i = 0; co->cell2arg != NULL && i < co->ncells; i++) {
        if (co->cell2arg[i] == 0) {
            Value c = f->base[co->nlocals + i];
            if (IS_OBJ(c)) {
                first = ((ObjCell *)AS_OBJ(c))->value;
            }
        }
    }
    if (co->argcount == 0 && (co->flags & CO_VARARGS)) {
        Value t = f->base[co->kwonlyargcount];
        if (IS_OBJ(t) && AS_OBJ(t)->type == vm->types[TYPE_TUPLE] && AS_TUPLE(t)->len > 0) {
            first = AS_TUPLE(t)->items[0];
        } else {
            return tpErr_raise(vm, EXC_RuntimeError, "super(): no arguments");
        }
    }
    if (IS_NULL(first)) {
        return tpErr_raise(vm, EXC_RuntimeError, "super(): arg[0] deleted");
    }
    ObjStr *cls = vm->names[NAME___class__];
    for (int i = 0; co->freevars != NULL && i < co->nfrees; i++) {
        ObjStr *n = AS_STR(co->freevars->items[i]);
        if (n == cls || tpStr_eq(n, cls)) {
            Value c = f->base[co->nlocals + co->ncells + i];
            Value t = IS_OBJ(c) ? ((ObjCell *)AS_OBJ(c))->value : NULL_VAL;
            if (IS_NULL(t)) {
                return tpErr_raise(vm, EXC_RuntimeError, "super(): empty __class__ cell");
            }
            if (!tpObj_is(vm, t, TYPE_TYPE)) {
                return tpErr_format(vm, EXC_RuntimeError, "super(): __class__ is not a type (%T)",
                                    t);
            }
            *type = AS_TYPE(t);
            *obj = first;
            return 0;
        }
    }
    return tpErr_raise(vm, EXC_RuntimeError, "super(): __class__ cell not found");
}

/* ==== calling natives ==== */

static int arity_error(VM *vm, ObjCFunction *cf, int n) {
    const MethodDef *d = cf->def;
    char name[200];
    tpCFunction_fullname(vm, cf, name, sizeof name);
    if (d->max_args == 0) {
        return tpErr_format(vm, EXC_TypeError, "%s() takes no arguments (%d given)", name, n);
    }
    if (d->min_args == 1 && d->max_args == 1) {
        return tpErr_format(vm, EXC_TypeError, "%s() takes exactly one argument (%d given)", name,
                            n);
    }
    if (d->min_args == d->max_args) {
        return tpErr_format(vm, EXC_TypeError, "%s expected %d argument%s, got %d", d->name,
                            d->min_args, d->min_args == 1 ? "" : "s", n);
    }
    if (n < d->min_args) {
        return tpErr_format(vm, EXC_TypeError, "%s expected at least %d argument%s, got %d", d->name,
                            d->min_args, d->min_args == 1 ? "" : "s", n);
    }
    return tpErr_format(vm, EXC_TypeError, "%s expected at most %d argument%s, got %d", d->name,
                        d->max_args, d->max_args == 1 ? "" : "s", n);
}

/* argv includes self for bound/unbound methods (argv[0]). `nself` is 1 then. */
static inline __attribute__((always_inline)) int call_def(VM *vm, ObjCFunction *cf, int nself,
                                                         int argc, Value *argv, ObjTuple *kwnames,
                                                         Value *out) {
    const MethodDef *d = cf->def;
    int n = argc - nself;
    if (kwnames != NULL && kwnames->len > 0 && !(d->flags & METH_KW)) {
        char name[200];
        tpCFunction_fullname(vm, cf, name, sizeof name);
        return tpErr_format(vm, EXC_TypeError, "%s() takes no keyword arguments", name);
    }
    if (n < d->min_args || (d->max_args >= 0 && n > d->max_args)) {
        return arity_error(vm, cf, n);
    }
    int saved = vm->magic;
    vm->magic = d->magic;
    int r = d->fn(vm, argc, argv, kwnames, out);
    vm->magic = saved;
    if (r < 0 && !tpErr_occurred(vm)) {
        return tpErr_format(vm, EXC_SystemError, "%s() returned an error without setting one",
                            d->name);
    }
    return r < 0 ? -1 : 0;
}

static inline __attribute__((always_inline)) int call_method_descr(VM *vm, ObjCFunction *cf,
                                                                  int argc, Value *argv,
                                                                  ObjTuple *kwnames, Value *out) {
    const MethodDef *d = cf->def;
    if (d->flags & METH_STATIC) {
        return call_def(vm, cf, 0, argc, argv, kwnames, out);
    }
    if (argc < 1) {
        char name[200];
        tpCFunction_fullname(vm, cf, name, sizeof name);
        return tpErr_format(vm, EXC_TypeError, "unbound method %s() needs an argument", name);
    }
    if (d->flags & METH_CLASS) {
        if (!tpObj_is(vm, argv[0], TYPE_TYPE) ||
            (cf->owner && !tpType_is_subtype(AS_TYPE(argv[0]), cf->owner))) {
            return tpErr_format(vm, EXC_TypeError,
                                "descriptor '%s' for type '%N' needs a type, not a '%T' as arg 2",
                                d->name, cf->owner, argv[0]);
        }
    } else if (cf->owner != NULL && tpType_of(vm, argv[0]) != cf->owner &&
               !tpType_is_subtype(tpType_of(vm, argv[0]), cf->owner)) {
        return tpErr_format(vm, EXC_TypeError,
                            "descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                            d->name, cf->owner, argv[0]);
    }
    return call_def(vm, cf, 1, argc, argv, kwnames, out);
}

int tpVM_call_native(VM *vm, Value callable, int argc, Value *argv, ObjTuple *kwnames,
                     Value *out) {
    ObjCFunction *cf = (ObjCFunction *)AS_OBJ(callable);
    if (AS_OBJ(callable)->type == vm->types[TYPE_METHOD_DESCR]) {
        return call_method_descr(vm, cf, argc, argv, kwnames, out);
    }
    if (cf->owner == NULL || IS_NULL(cf->self)) {
        return call_def(vm, cf, 0, argc, argv, kwnames, out);
    }
    /* bound built-in method: prepend self in scratch space above the frames */
    int total = argc + (kwnames ? (int)kwnames->len : 0);
    Value *buf = vm->stack_top;
    if (vm->stack_end - buf < total + 1) {
        return recursion_error(vm, "");
    }
    buf[0] = cf->self;
    for (int i = 0; i < total; i++) {
        buf[i + 1] = argv[i];
    }
    vm->stack_top = buf + total + 1;
    int r = call_def(vm, cf, 1, argc + 1, buf, kwnames, out);
    vm->stack_top = buf;
    return r;
}

/* ==== exceptions ==== */

void tpVM_chain_context(VM *vm, Value exc) {
    if (!tpExc_check(vm, exc)) {
        return;
    }
    Value handled = tpVM_handled_exception(vm);
    if (IS_NONE(handled) || handled == exc || !tpExc_check(vm, handled)) {
        return;
    }
    /* avoid creating a cycle: cut exc out of handled's context chain */
    Value o = handled;
    for (int steps = 0; steps < 100000; steps++) {
        Value ctx = AS_EXC(o)->context;
        if (IS_NULL(ctx) || IS_NONE(ctx) || !tpExc_check(vm, ctx)) {
            break;
        }
        if (ctx == exc) {
            AS_EXC(o)->context = NONE_VAL;
            break;
        }
        o = ctx;
    }
    AS_EXC(exc)->context = handled;
}

static const ExcTableEntry *find_handler(ObjCode *co, int lasti) {
    for (int i = 0; i < co->nexc; i++) {
        const ExcTableEntry *e = &co->exctable[i];
        if (lasti >= e->start && lasti < e->end) {
            return e;
        }
    }
    return NULL;
}


/* ==== the eval loop ==== */

#define T_(id) (vm->types[TYPE_##id])
#define ARG ((int)INSTR_ARG(instr))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define NAME_ARG (AS_STR(CO_NAMES[ARG]))
#define IC() tpIC_get(vm, co, pc - co->code - 1)
/* also where pending __del__ finalisers run (gc.c): every live value is on the frame stack here */
#define SAFE_POINT()                                                                              \
    (vm->ntemps = temps_base, vm->finalize_queue != NULL ? tpGC_run_finalizers(vm) : (void)0)
/* A loop's back edge (JUMP, and the fused forms ending in one) to `target`: a safe point, the
 * fuzz build's step budget, pending signals; and the code warms up (cstack.h) when this is a
 * `for` loop's edge — CPython 3.11 re-tests a `while` condition with a conditional backward
 * jump, which does not warm its code up (`while True` and `continue` do; taipan does not tell
 * those apart and leaves them cold). */
#define BACKWARD_JUMP_CHECKS(target)                                                              \
    do {                                                                                          \
        if (INSTR_OP(*(target)) == OP_FOR_ITER || INSTR_OP(*(target)) == OP_FOR_ITER__STORE_FAST) {\
            tpC_warm_up(co);                                                                      \
        }                                                                                         \
        SAFE_POINT();                                                                             \
        if (TP_STEP_EXHAUSTED(vm)) {                                                              \
            goto error; /* fuzz builds only (faultinject.h) */                                    \
        }                                                                                         \
        if (tpSignal_check(vm) < 0) {                                                             \
            goto error;                                                                           \
        }                                                                                         \
    } while (0)
#define LOAD_FRAME()                                                                              \
    do {                                                                                          \
        co = f->code;                                                                             \
        base = f->base;                                                                           \
        pc = f->pc;                                                                               \
        sp = f->sp;                                                                               \
    } while (0)
/* sys.setprofile's 'call' event for the frame just entered or resumed (profile.h): one test
 * when no profile function is set; if it raises, the frame is left with its exception */
#define PROFILE_CALL()                                                                            \
    do {                                                                                          \
        if (unlikely(!IS_NULL(vm->profile_func)) &&                                               \
            tpProfile_event(vm, f, "call", NONE_VAL) < 0) {                                       \
            goto leave_frame;                                                                     \
        }                                                                                         \
    } while (0)
/* Continue in the new frame nf (pushed by a CALL): the caller's stack ends at caller_sp. */
#define ENTER_FRAME(nf, caller_sp)                                                                \
    do {                                                                                          \
        f->sp = (caller_sp);                                                                      \
        link_frame(vm, (nf));                                                                     \
        f = (nf);                                                                                 \
        LOAD_FRAME();                                                                             \
        PROFILE_CALL();                                                                           \
        NEXT();                                                                                   \
    } while (0)
/* The same without the profile test, where the caller has made sure no profile function is set */
#define ENTER_FRAME_UNPROFILED(nf, caller_sp)                                                     \
    do {                                                                                          \
        f->sp = (caller_sp);                                                                      \
        link_frame(vm, (nf));                                                                     \
        f = (nf);                                                                                 \
        LOAD_FRAME();                                                                             \
        NEXT();                                                                                   \
    } while (0)

#if TP_COMPUTED_GOTO
#define CASE(op) op_##op:
#define DISPATCH()                                                                                \
    do {                                                                                          \
        instr = *pc++;                                                                            \
        f->pc = pc;                                                                               \
        goto *targets[INSTR_OP(instr)];                                                           \
    } while (0)
#else
#define CASE(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif
#define NEXT() DISPATCH()


/* Small-int arithmetic; false when the result needs the generic path. */
HOT_INLINE bool int_binop(int op, int64_t a, int64_t b, Value *out) {
    int64_t r;
    switch (op & ~BINOP_INPLACE) {
    case BINOP_ADD: r = a + b; break;
    case BINOP_SUB: r = a - b; break;
    case BINOP_MUL:
        if (__builtin_mul_overflow(a, b, &r)) {
            return false;
        }
        break;
    case BINOP_AND: r = a & b; break;
    case BINOP_OR: r = a | b; break;
    case BINOP_XOR: r = a ^ b; break;
    case BINOP_FLOORDIV:
        if (b == 0) {
            return false;
        }
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) {
            r--;
        }
        break;
    case BINOP_MOD:
        if (b == 0) {
            return false;
        }
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
        }
        break;
    case BINOP_RSHIFT:
        if (b < 0) {
            return false;
        }
        r = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);
        break;
    case BINOP_LSHIFT:
        if (b < 0 || b > 48) {
            return false;
        }
        if (__builtin_mul_overflow(a, (int64_t)1 << b, &r)) {
            return false;
        }
        break;
    case BINOP_TRUEDIV:
        if (b == 0) {
            return false;
        }
        *out = FLOAT_VAL((double)a / (double)b);
        return true;
    default: return false;
    }
    if (!FITS_SMALLINT(r)) {
        return false;
    }
    *out = INT_VAL(r);
    return true;
}

HOT_INLINE bool float_binop(int op, double a, double b, Value *out) {
    switch (op & ~BINOP_INPLACE) {
    case BINOP_ADD: *out = FLOAT_VAL(a + b); return true;
    case BINOP_SUB: *out = FLOAT_VAL(a - b); return true;
    case BINOP_MUL: *out = FLOAT_VAL(a * b); return true;
    case BINOP_TRUEDIV:
        if (b == 0.0) {
            return false;
        }
        *out = FLOAT_VAL(a / b);
        return true;
    default: return false;
    }
}

/* The inline int/float cases of BINARY_OP; false when the generic protocol must run. */
HOT_INLINE bool fast_binop(Value a, Value b, int op, Value *out) {
    if (IS_INT(a) && IS_INT(b)) {
        int o = op & ~BINOP_INPLACE;
        if (o == BINOP_ADD || o == BINOP_SUB) {
            /* on the payloads shifted to the top of the word: a 64-bit overflow there is
             * exactly a result outside the 48-bit small ints, and the shift back leaves
             * the tag's bits free */
            int64_t x = (int64_t)(a << 16), y = (int64_t)(b << 16), r;
            if (o == BINOP_ADD ? __builtin_add_overflow(x, y, &r)
                               : __builtin_sub_overflow(x, y, &r)) {
                return false;
            }
            *out = TP_TAG_INT | ((uint64_t)r >> 16);
            return true;
        }
        if (o == BINOP_MUL) {   /* the same with one operand shifted: (x * 2^16) * y */
            int64_t r;
            if (__builtin_mul_overflow((int64_t)(a << 16), AS_INT(b), &r)) {
                return false;
            }
            *out = TP_TAG_INT | ((uint64_t)r >> 16);
            return true;
        }
        return int_binop(op, AS_INT(a), AS_INT(b), out);
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return float_binop(op, AS_FLOAT(a), AS_FLOAT(b), out);
    }
    if (IS_FLOAT(a) && IS_INT(b)) {
        return float_binop(op, AS_FLOAT(a), (double)AS_INT(b), out);
    }
    if (IS_INT(a) && IS_FLOAT(b)) {
        return float_binop(op, (double)AS_INT(a), AS_FLOAT(b), out);
    }
    return false;
}

HOT_INLINE bool float_cmp(int op, double a, double b) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}

/* Truth value with the common immediates inline; -1 on error. */
HOT_INLINE int truth(VM *vm, Value v) {
    if (v == TRUE_VAL) {
        return 1;
    }
    if (v == FALSE_VAL || v == NONE_VAL) {
        return 0;
    }
    if (IS_INT(v)) {
        return AS_INT(v) != 0;
    }
    if (IS_OBJ(v)) {   /* `if s:`, `while line:`, `if items:` */
        ObjType *t = AS_OBJ(v)->type;
        if (t == vm->types[TYPE_STR]) {
            return ((ObjStr *)AS_OBJ(v))->nbytes != 0;
        }
        if (t == vm->types[TYPE_LIST]) {
            return ((ObjList *)AS_OBJ(v))->len != 0;
        }
    }
    int t;
    return tpObj_truth(vm, v, &t) < 0 ? -1 : t;
}

/* LOAD_ATTR through the instruction's two cache ways, else the generic lookup (which then fills
 * the cache). */
HOT_INLINE int load_attr(VM *vm, ICache *ic, Value obj, ObjStr *name, Value *res) {
    int r = tpIC_load_attr(vm, ic, obj, name, res);
    if (r == 0 && ic[1].kind != IC_EMPTY) {
        r = tpIC_load_attr(vm, ic + 1, obj, name, res);
    }
    if (r == 0) {
        r = tpObj_getattr(vm, obj, name, res);
        if (r == 0) {
            tpIC_fill_attr(vm, ic, obj, name, false);
        }
    }
    return r;
}

static int unbound_local(VM *vm, ObjCode *co, int i) {
    return tpErr_format(vm, EXC_UnboundLocalError,
                        "cannot access local variable '%U' where it is not associated with a value",
                        AS_STR(co->varnames->items[i]));
}

static int unbound_deref(VM *vm, ObjCode *co, int i) {
    if (i < co->ncells) {
        return tpErr_format(vm, EXC_UnboundLocalError,
                            "cannot access local variable '%U' where it is not associated with a "
                            "value", AS_STR(co->cellvars->items[i]));
    }
    ObjStr *name = AS_STR(co->freevars->items[i - co->ncells]);
    tpErr_format(vm, EXC_NameError,
                 "cannot access free variable '%U' where it is not associated with a value"
                 " in enclosing scope", name);
    tpExc_set_name_info(vm, name);  /* NameError.name, as for an unknown global */
    return -1;
}

static int name_error(VM *vm, ObjStr *name) {
    tpErr_format(vm, EXC_NameError, "name '%U' is not defined", name);
    tpExc_set_name_info(vm, name);
    return -1;
}

static inline int64_t norm_index(int64_t i, size_t len) { return i < 0 ? i + (int64_t)len : i; }

/* obj[key] with list/tuple-by-int and dict fast paths; obj and key must be rooted. */
HOT_INLINE int binary_subscr(VM *vm, Value obj, Value key, Value *res) {
    if (IS_OBJ(obj) && IS_INT(key)) {
        Obj *o = AS_OBJ(obj);
        if (o->type == T_(LIST)) {
            ObjList *l = (ObjList *)o;
            int64_t i = norm_index(AS_INT(key), l->len);
            if (i >= 0 && (size_t)i < l->len) {
                *res = l->items[i];
                if (IS_OBJ(*res)) {
                    __builtin_prefetch(AS_OBJ(*res));   /* its header is likely read soon */
                }
                return 0;
            }
        } else if (o->type == T_(TUPLE)) {
            ObjTuple *t = (ObjTuple *)o;
            int64_t i = norm_index(AS_INT(key), t->len);
            if (i >= 0 && (size_t)i < t->len) {
                *res = t->items[i];
                return 0;
            }
        }
    } else if (IS_OBJ(obj) && AS_OBJ(obj)->type == T_(DICT)) {
        int r = tpDict_get(vm, AS_DICT(obj), key, res);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    return tpObj_getitem(vm, obj, key, res);
}

/* obj[key] = v with list-by-int and dict fast paths; all three must be rooted. */
HOT_INLINE int store_subscr(VM *vm, Value obj, Value key, Value v) {
    if (IS_OBJ(obj) && IS_INT(key) && AS_OBJ(obj)->type == T_(LIST)) {
        ObjList *l = AS_LIST(obj);
        int64_t i = norm_index(AS_INT(key), l->len);
        if (i >= 0 && (size_t)i < l->len) {
            l->items[i] = v;
            if (IS_OBJ(v)) {
                tpGC_barrier_list(vm, l, (size_t)i);
            }
            return 0;
        }
    } else if (IS_OBJ(obj) && AS_OBJ(obj)->type == T_(DICT)) {
        return tpDict_set(vm, AS_DICT(obj), key, v);
    }
    return tpObj_setitem(vm, obj, key, v);
}

/* Root a value returned or yielded to C code in the caller's temp region. Inline because every
 * generator resume and every C-to-Python call ends here; non-objects need no root. */
static inline int root_result(VM *vm, Value v) {
    if (!IS_OBJ(v)) {
        return 0;
    }
    if (likely(vm->ntemps < vm->captemps)) {
        vm->temps[vm->ntemps++] = v;
        return 0;
    }
    return tpGC_push_root(vm, v);
}

/* FOR_ITER, SEND and CALL of gen.send resume a plain generator inside the eval loop, like a
 * call, instead of recursing through tpGen_send: the generator's frame gets entry == 0, so its
 * YIELD_VALUE, RETURN_VALUE and unwinding return to the resuming frame (see there). Only when
 * tpGen_send would simply run the frame: not running or closed, no value sent into a fresh
 * generator, and the recursion limit not reached (tpGen_send raises those errors). */
HOT_INLINE bool can_resume_inline(VM *vm, ObjGenerator *g, Value v) {
    return (g->state == GEN_SUSPENDED || (g->state == GEN_CREATED && IS_NONE(v))) &&
           vm->depth < vm->recursion_limit;
}

HOT_INLINE Frame *resume_inline(VM *vm, ObjGenerator *g, Value v) {
    if (g->state == GEN_SUSPENDED) {
        *g->frame.sp++ = v;
    }
    g->state = GEN_RUNNING;
    g->frame.entry = 0;
    link_frame(vm, &g->frame);
    return &g->frame;
}

/* str(...), float(...) or int(...) called from code `co` (instruction op). One small-int or
 * float argument is converted here, without type_call's __new__/__init__: a conversion cannot
 * recurse, so this is taken whenever the recursion-depth checks of the general path would pass
 * (the type call's level, for str also the two of tpObj_str and tpObj_repr). Otherwise `str(x)`
 * from warm code skips the level of the type call, as CPython's specialised call does. Out of
 * line: keeps the eval loop small. */
static __attribute__((noinline)) int call_conv(VM *vm, ObjCode *co, int op, Value fn, int argc,
                                               Value *argv, ObjTuple *kw, Value *out) {
    bool is_str = fn == OBJ_VAL(T_(STR));
    if (argc == 1 && kw == NULL && op != OP_CALL_EX) {
        Value x = argv[0];
        bool warm_str = is_str && tpC_is_warm(co);
        int levels = is_str ? 3 - warm_str : 1;
        if (IS_INT(x) && vm->depth + levels <= vm->recursion_limit) {
            if (is_str) {
                return tpInt_to_str(vm, x, 10, out);
            }
            *out = fn == OBJ_VAL(T_(INT)) ? x : FLOAT_VAL((double)AS_INT(x));
            return 0;
        }
        if (IS_FLOAT(x) && fn == OBJ_VAL(T_(FLOAT)) && vm->depth < vm->recursion_limit) {
            *out = x;
            return 0;
        }
        if (warm_str) {
            return tpObj_call_direct(vm, fn, argc, argv, NULL, out);
        }
    }
    return tpObj_call(vm, fn, argc, argv, kw, out);
}

/* CALL/CALL_KW operands: args[-2] is the callable and args[-1] self or NULL. A bound method
 * called without self is unpacked in place into (function, self) so that Python methods are
 * entered without allocating. Returns the callable; argv and argc cover self plus the npos
 * positional arguments. */
static inline Value unpack_callee(VM *vm, Value *args, int npos, Value **argv, int *argc) {
    Value fn = args[-2];
    if (IS_NULL(args[-1])) {
        if (IS_OBJ(fn) && AS_OBJ(fn)->type == T_(BOUND_METHOD)) {
            ObjBoundMethod *bm = (ObjBoundMethod *)AS_OBJ(fn);
            args[-2] = fn = bm->func;
            args[-1] = bm->self;
            *argv = args - 1;
            *argc = npos + 1;
        } else {
            *argv = args;
            *argc = npos;
        }
    } else {
        *argv = args - 1;
        *argc = npos + 1;
    }
    return fn;
}

int tpVM_run_frame(VM *vm, Frame *f, bool throwflag, Value *out) {
#if TP_COMPUTED_GOTO
    static void *const targets[256] = {
#define OP(name, doc) [OP_##name] = &&op_##name,
#include "opcodes.def"
#undef OP
        [OP__COUNT... 255] = &&op_BAD,
    };
#endif
    size_t temps_base = vm->ntemps;
    ObjCode *co;
    const Instr *pc;
    Value *sp, *base;
/* the running code's constants and names, read through co (fewer variables live across the loop) */
#define CO_CONSTS (co->consts->items)
#define CO_NAMES (co->names->items)
    Instr instr;
    Value res;
    Value call_fn = NULL_VAL;
    Value *call_argv = NULL, *call_sp = NULL;
    int call_argc = 0;
    ObjTuple *call_kw = NULL;

    if (vm->c_depth >= MAX_C_DEPTH || (uintptr_t)&temps_base < vm->c_stack_limit ||
        (f->gen != NULL && vm->depth >= vm->recursion_limit)) {
        if (f->gen == NULL) {
            free_stack_frame(vm, f);
        }
        return recursion_error(vm, "");
    }
    vm->c_depth++;
    link_frame(vm, f);
    LOAD_FRAME();
    PROFILE_CALL();
    if (throwflag) {
        goto error;
    }
#if TP_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = *pc++;
    f->pc = pc;
    switch (INSTR_OP(instr)) {
#endif

    CASE(NOP) { NEXT(); }
    CASE(POP_TOP) {
        sp--;
        if (ARG != 0) {   /* a `for` loop's iterator, left by break/return */
            tpListIter_dropped(vm, *sp);
        }
        NEXT();
    }
    CASE(PUSH_NULL) {
        PUSH(NULL_VAL);
        NEXT();
    }
    CASE(COPY) {
        Value v = PEEK(ARG);
        PUSH(v);
        NEXT();
    }
    CASE(SWAP) {
        Value t = TOP();
        TOP() = PEEK(ARG);
        PEEK(ARG) = t;
        NEXT();
    }
    CASE(LOAD_CONST) {
        PUSH(CO_CONSTS[ARG]);
        NEXT();
    }
    CASE(LOAD_FAST) {
        Value v = base[ARG];
        if (unlikely(IS_NULL(v))) {
            unbound_local(vm, co, ARG);
            goto error;
        }
        PUSH(v);
        NEXT();
    }
    CASE(STORE_FAST) {
        base[ARG] = POP();
        NEXT();
    }
    CASE(DELETE_FAST) {
        if (IS_NULL(base[ARG])) {
            unbound_local(vm, co, ARG);
            goto error;
        }
        base[ARG] = NULL_VAL;
        NEXT();
    }
    CASE(LOAD_DEREF) {
        ObjCell *c = (ObjCell *)AS_OBJ(base[co->nlocals + ARG]);
        if (unlikely(IS_NULL(c->value))) {
            unbound_deref(vm, co, ARG);
            goto error;
        }
        PUSH(c->value);
        NEXT();
    }
    CASE(STORE_DEREF) {
        ((ObjCell *)AS_OBJ(base[co->nlocals + ARG]))->value = POP();
        NEXT();
    }
    CASE(DELETE_DEREF) {
        ObjCell *c = (ObjCell *)AS_OBJ(base[co->nlocals + ARG]);
        if (IS_NULL(c->value)) {
            unbound_deref(vm, co, ARG);
            goto error;
        }
        c->value = NULL_VAL;
        NEXT();
    }
    CASE(LOAD_CLOSURE) {
        PUSH(base[co->nlocals + ARG]);
        NEXT();
    }
    CASE(LOAD_CLASSDEREF) {
        if (tpOps_load_classderef(vm, f, ARG, &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(LOAD_GLOBAL) {
        ICache *ic = IC();
        if (unlikely(ic == NULL)) {
            goto error;
        }
        Value v;
        if (tpIC_load_global(ic, f->globals, f->builtins, &v)) {
            PUSH(v);
            NEXT();
        }
        ObjStr *name = NAME_ARG;
        v = tpDict_get_str(vm, f->globals, name);
        if (IS_NULL(v)) {
            v = tpDict_get_str(vm, f->builtins, name);
            if (unlikely(IS_NULL(v))) {
                name_error(vm, name);
                goto error;
            }
        }
        tpIC_fill_global(vm, ic, f->globals, f->builtins, name, v);
        PUSH(v);
        NEXT();
    }
    CASE(STORE_GLOBAL) {
        Value v = POP();
        if (tpDict_set_str(vm, f->globals, NAME_ARG, v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(DELETE_GLOBAL) {
        int r = tpDict_del(vm, f->globals, OBJ_VAL(NAME_ARG));
        if (r <= 0) {
            if (r == 0) {
                name_error(vm, NAME_ARG);
            }
            goto error;
        }
        NEXT();
    }
    CASE(LOAD_NAME) {
        if (tpOps_load_name(vm, f, NAME_ARG, &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(STORE_NAME) {
        Value v = POP();
        if (tpOps_store_name(vm, f, NAME_ARG, v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(DELETE_NAME) {
        if (tpOps_store_name(vm, f, NAME_ARG, NULL_VAL) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(LOAD_ATTR) {
        ICache *ic = IC();
        if (unlikely(ic == NULL) || load_attr(vm, ic, TOP(), NAME_ARG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(LOAD_METHOD) {
        ICache *ic = IC();
        if (unlikely(ic == NULL)) {
            goto error;
        }
        Value obj = TOP();
        int r = tpIC_load_method(vm, ic, obj, NAME_ARG, &res);
        if (r == 0 && ic[1].kind != IC_EMPTY) {
            r = tpIC_load_method(vm, ic + 1, obj, NAME_ARG, &res);
        }
        if (r == 0) {
            r = tpObj_get_method(vm, obj, NAME_ARG, &res);
            if (r >= 0) {
                tpIC_fill_attr(vm, ic, obj, NAME_ARG, true);
            }
            r = r == 1 ? 2 : r;
        }
        if (r < 0) {
            goto error;
        }
        TOP() = res;
        PUSH(r == 2 ? obj : NULL_VAL);
        NEXT();
    }
    CASE(STORE_ATTR) {
        ICache *ic = IC();
        if (unlikely(ic == NULL)) {
            goto error;
        }
        Value obj = POP();
        Value v = POP();
        int r = tpIC_store_attr(vm, ic, obj, NAME_ARG, v);
        if (r == 0 && ic[1].kind != IC_EMPTY) {
            r = tpIC_store_attr(vm, ic + 1, obj, NAME_ARG, v);
        }
        if (r == 0) {
            if (tpObj_setattr(vm, obj, NAME_ARG, v) < 0) {
                goto error;
            }
            tpIC_fill_store(vm, ic, obj, NAME_ARG);
        } else if (unlikely(r < 0)) {
            goto error;
        }
        NEXT();
    }
    CASE(DELETE_ATTR) {
        Value obj = POP();
        if (tpObj_delattr(vm, obj, NAME_ARG) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(BINARY_SUBSCR) {
        Value key = POP();
        if (binary_subscr(vm, TOP(), key, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(STORE_SUBSCR) {
        Value key = sp[-1], obj = sp[-2], v = sp[-3];
        sp -= 3;
        if (store_subscr(vm, obj, key, v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(DELETE_SUBSCR) {
        Value key = sp[-1], obj = sp[-2];
        sp -= 2;
        if (tpObj_delitem(vm, obj, key) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        if (!fast_binop(a, b, ARG, &res) && tpObj_binop(vm, a, b, ARG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(UNARY_NEGATIVE) {
        Value v = TOP();
        if (IS_INT(v) && AS_INT(v) != SMALLINT_MIN) {
            TOP() = INT_VAL(-AS_INT(v));
            NEXT();
        }
        if (IS_FLOAT(v)) {
            TOP() = FLOAT_VAL(-AS_FLOAT(v));
            NEXT();
        }
        if (tpObj_unop(vm, v, UNOP_NEG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(UNARY_POSITIVE) {
        Value v = TOP();
        if (IS_INT(v) || IS_FLOAT(v)) {
            NEXT();
        }
        if (tpObj_unop(vm, v, UNOP_POS, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(UNARY_INVERT) {
        Value v = TOP();
        if (IS_INT(v)) {
            TOP() = INT_VAL(~AS_INT(v));
            NEXT();
        }
        if (tpObj_unop(vm, v, UNOP_INVERT, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(UNARY_NOT) {
        int t = truth(vm, TOP());
        if (t < 0) {
            goto error;
        }
        TOP() = BOOL_VAL(!t);
        NEXT();
    }
    CASE(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        if (IS_INT(a) && IS_INT(b)) {
            int64_t x = AS_INT(a), y = AS_INT(b);
            TOP() = BOOL_VAL(tpCmp_holds(ARG, x, y));
            NEXT();
        }
        if (IS_FLOAT(a) && IS_FLOAT(b)) {
            TOP() = BOOL_VAL(float_cmp(ARG, AS_FLOAT(a), AS_FLOAT(b)));
            NEXT();
        }
        if (tpObj_richcmp(vm, a, b, ARG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(IS_OP) {
        Value b = POP();
        Value a = TOP();
        TOP() = BOOL_VAL((a == b) != (ARG != 0));
        NEXT();
    }
    CASE(CONTAINS_OP) {
        Value b = POP();
        Value a = TOP();
        int r;
        if (IS_OBJ(b) && AS_OBJ(b)->type == T_(DICT)) {
            r = tpDict_get(vm, AS_DICT(b), a, &res);   /* `key in d`: no slot call */
            if (r < 0) {
                goto error;
            }
        } else if (tpObj_contains(vm, b, a, &r) < 0) {
            goto error;
        }
        TOP() = BOOL_VAL((r != 0) != (ARG != 0));
        NEXT();
    }
    CASE(JUMP) {
        const Instr *target = co->code + ARG;
        if (target < pc) {
            BACKWARD_JUMP_CHECKS(target);
        }
        pc = target;
        NEXT();
    }
    CASE(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == FALSE_VAL) {
            pc = co->code + ARG;
        } else if (v != TRUE_VAL) {
            int t = truth(vm, v);
            if (t < 0) {
                goto error;
            }
            if (!t) {
                pc = co->code + ARG;
            }
        }
        NEXT();
    }
    CASE(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == TRUE_VAL) {
            pc = co->code + ARG;
        } else if (v != FALSE_VAL) {
            int t = truth(vm, v);
            if (t < 0) {
                goto error;
            }
            if (t) {
                pc = co->code + ARG;
            }
        }
        NEXT();
    }
    CASE(POP_JUMP_IF_NONE) {
        if (POP() == NONE_VAL) {
            pc = co->code + ARG;
        }
        NEXT();
    }
    CASE(POP_JUMP_IF_NOT_NONE) {
        if (POP() != NONE_VAL) {
            pc = co->code + ARG;
        }
        NEXT();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        int t = truth(vm, TOP());
        if (t < 0) {
            goto error;
        }
        if (!t) {
            pc = co->code + ARG;
        } else {
            sp--;
        }
        NEXT();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        int t = truth(vm, TOP());
        if (t < 0) {
            goto error;
        }
        if (t) {
            pc = co->code + ARG;
        } else {
            sp--;
        }
        NEXT();
    }
    CASE(GET_ITER) {
        if (IS_OBJ(TOP()) && AS_OBJ(TOP())->type == T_(LIST) &&
            (INSTR_OP(*pc) == OP_FOR_ITER || INSTR_OP(*pc) == OP_FOR_ITER__STORE_FAST)) {
            res = tpListIter_for_loop(vm, AS_LIST(TOP()));   /* `for x in lst` (seq.h) */
            if (IS_NULL(res)) {
                goto error;
            }
            TOP() = res;
            NEXT();
        }
        if (tpObj_iter(vm, TOP(), &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(FOR_ITER) {
        Value it = TOP();
        if (IS_OBJ(it) && AS_OBJ(it)->type == T_(GENERATOR) &&
            can_resume_inline(vm, (ObjGenerator *)AS_OBJ(it), NONE_VAL)) {
            f->sp = sp;
            f = resume_inline(vm, (ObjGenerator *)AS_OBJ(it), NONE_VAL);
            LOAD_FRAME();
            PROFILE_CALL();
            NEXT();
        }
        ObjType *t = tpType_of(vm, it);
        int r = t->sl.next != NULL ? t->sl.next(vm, it, &res) : tpObj_next(vm, it, &res);
        if (r == 0) {
            PUSH(res);
            NEXT();
        }
        if (r < 0) {
            if (!tpErr_matches(vm, EXC_StopIteration)) {
                goto error;
            }
            tpErr_clear(vm);
        }
        tpListIter_dropped(vm, it);
        sp--;
        pc = co->code + ARG;
        NEXT();
    }
    CASE(BUILD_TUPLE) {
        ObjTuple *t = tpTuple_from(vm, (size_t)ARG, sp - ARG);
        if (t == NULL) {
            goto error;
        }
        sp -= ARG;
        PUSH(OBJ_VAL(t));
        NEXT();
    }
    CASE(BUILD_LIST) {
        ObjList *l = tpList_from(vm, (size_t)ARG, sp - ARG);
        if (l == NULL) {
            goto error;
        }
        sp -= ARG;
        PUSH(OBJ_VAL(l));
        NEXT();
    }
    CASE(BUILD_SET) {
        ObjSet *s = tpSet_new(vm, false);
        if (s == NULL) {
            goto error;
        }
        for (int i = ARG; i > 0; i--) {
            if (tpSet_add(vm, s, PEEK(i)) < 0) {
                goto error;
            }
        }
        sp -= ARG;
        PUSH(OBJ_VAL(s));
        NEXT();
    }
    CASE(BUILD_MAP) {
        ObjDict *d = tpDict_new(vm);
        if (d == NULL) {
            goto error;
        }
        for (int i = 2 * ARG; i > 0; i -= 2) {
            if (tpDict_set(vm, d, PEEK(i), PEEK(i - 1)) < 0) {
                goto error;
            }
        }
        sp -= 2 * ARG;
        PUSH(OBJ_VAL(d));
        NEXT();
    }
    CASE(BUILD_CONST_KEY_MAP) {
        ObjTuple *keys = AS_TUPLE(TOP());
        ObjDict *d = tpDict_new(vm);
        if (d == NULL) {
            goto error;
        }
        for (int i = 0; i < ARG; i++) {
            if (tpDict_set(vm, d, keys->items[i], PEEK(ARG + 1 - i)) < 0) {
                goto error;
            }
        }
        sp -= ARG + 1;
        PUSH(OBJ_VAL(d));
        NEXT();
    }
    CASE(BUILD_STRING) {
        if (tpOps_build_string(vm, sp - ARG, ARG, &res) < 0) {
            goto error;
        }
        sp -= ARG;
        PUSH(res);
        NEXT();
    }
    CASE(BUILD_SLICE) {
        Value step = ARG == 3 ? POP() : NONE_VAL;
        Value stop = POP();
        Value start = TOP();
        res = tpSlice_new(vm, start, stop, step);
        if (IS_NULL(res)) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(LIST_APPEND) {
        Value v = POP();
        if (tpList_append(vm, AS_LIST(PEEK(ARG)), v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(SET_ADD) {
        Value v = POP();
        if (tpSet_add(vm, AS_SET(PEEK(ARG)), v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        if (tpDict_set(vm, AS_DICT(PEEK(ARG)), k, v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(LIST_EXTEND) {
        Value it = POP();
        if (tpOps_list_extend(vm, PEEK(ARG), it) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(SET_UPDATE) {
        Value it = POP();
        if (tpSet_update(vm, AS_SET(PEEK(ARG)), it) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(DICT_UPDATE) {
        Value m = POP();
        if (tpOps_dict_update(vm, PEEK(ARG), m) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(DICT_MERGE) {
        Value m = POP();
        Value fn = PEEK(ARG + 2);
        if (IS_NULL(fn)) {
            fn = PEEK(ARG + 3);
        }
        if (tpOps_dict_merge(vm, PEEK(ARG), m, fn) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(LIST_TO_TUPLE) {
        ObjList *l = AS_LIST(TOP());
        ObjTuple *t = tpTuple_from(vm, l->len, l->items);
        if (t == NULL) {
            goto error;
        }
        TOP() = OBJ_VAL(t);
        NEXT();
    }
    CASE(UNPACK_SEQUENCE) {
        Value seq = POP();
        int n = ARG;
        if (IS_OBJ(seq) && (AS_OBJ(seq)->type == T_(TUPLE) || AS_OBJ(seq)->type == T_(LIST))) {
            Value *items;
            size_t len;
            if (AS_OBJ(seq)->type == T_(TUPLE)) {
                items = AS_TUPLE(seq)->items;
                len = AS_TUPLE(seq)->len;
            } else {
                items = AS_LIST(seq)->items;
                len = AS_LIST(seq)->len;
            }
            if (len == (size_t)n) {
                for (int i = 0; i < n; i++) {
                    sp[n - 1 - i] = items[i];
                }
                sp += n;
                NEXT();
            }
        }
        sp[0] = seq;   /* keep it rooted while iterating */
        if (tpOps_unpack(vm, seq, n, sp) < 0) {
            goto error;
        }
        sp += n;
        NEXT();
    }
    CASE(UNPACK_EX) {
        Value seq = TOP();
        int before = ARG & 0xFF, after = ARG >> 8;
        if (tpOps_unpack_ex(vm, seq, before, after, sp - 1) < 0) {
            goto error;
        }
        sp += before + after;
        NEXT();
    }
    CASE(FORMAT_VALUE) {
        Value spec = (ARG & 4) ? POP() : NULL_VAL;
        if (tpOps_format_value(vm, TOP(), ARG & 3, spec, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(CALL) {
        int n = ARG;
        Value *args = sp - n;
        call_fn = unpack_callee(vm, args, n, &call_argv, &call_argc);
        call_kw = NULL;
        call_sp = args - 2;
        goto do_call;
    }
    CASE(CALL_KW) {
        ObjTuple *kw = AS_TUPLE(TOP());
        int n = ARG;
        int npos = n - (int)kw->len;
        Value *args = sp - 1 - n;
        call_fn = unpack_callee(vm, args, npos, &call_argv, &call_argc);
        call_kw = kw->len > 0 ? kw : NULL;
        call_sp = args - 2;
        goto do_call;
    }
    CASE(CALL_EX) {
        int haskw = ARG & 1;
        Value *slots = sp - 3 - haskw;   /* callable, self_or_NULL, args, (kwargs) */
        call_fn = slots[0];
        if ((ARG & 2) && !(IS_OBJ(slots[3]) && AS_OBJ(slots[3])->type == T_(DICT))) {
            /* f(**m), m not an exact dict: the copy BUILD_MAP + DICT_MERGE would have made */
            ObjDict *d = tpDict_new(vm);
            Value fn = IS_NULL(slots[1]) ? slots[0] : slots[1];
            if (d == NULL || tpOps_dict_merge(vm, OBJ_VAL(d), slots[3], fn) < 0) {
                goto error;
            }
            slots[3] = OBJ_VAL(d);
        }
        if (IS_NULL(slots[1]) && IS_OBJ(call_fn) && AS_OBJ(call_fn)->type == T_(FUNCTION) &&
            IS_OBJ(slots[2]) && AS_OBJ(slots[2])->type == T_(TUPLE) &&
            (!haskw || AS_DICT(slots[3])->len == 0)) {
            /* f(*args) / f(*args, **{}) of a Python function: the tuple's items are the
             * arguments, in place (what tpOps_call_ex_prepare returns for this shape) */
            call_argv = AS_TUPLE(slots[2])->items;
            call_argc = (int)AS_TUPLE(slots[2])->len;
            call_kw = NULL;
            call_sp = slots;
            goto do_call;
        }
        if (haskw && IS_NULL(slots[1]) && IS_OBJ(call_fn) &&
            AS_OBJ(call_fn)->type == T_(FUNCTION) &&
            !is_generator_code(AS_FUNCTION(call_fn)->code) && IS_OBJ(slots[2]) &&
            AS_OBJ(slots[2])->type == T_(TUPLE) && IS_OBJ(slots[3]) &&
            AS_OBJ(slots[3])->type == T_(DICT) && AS_DICT(slots[3])->len > 0 &&
            tpCall_str_keys(vm, AS_DICT(slots[3]))) {
            /* the wrapper's `fn(*args, **kwargs)`: the frame is bound from the tuple and the
             * dict themselves */
            if (tpSignal_check(vm) < 0) {
                goto error;
            }
            Frame *nf = push_dict_frame(vm, AS_FUNCTION(call_fn), AS_TUPLE(slots[2]),
                                        AS_DICT(slots[3]));
            if (nf == NULL) {
                goto error;
            }
            ENTER_FRAME(nf, slots);
        }
        ObjTuple *buf, *kwn;
        int npos;
        if (tpOps_call_ex_prepare(vm, call_fn, slots[1], slots[2],
                                  haskw ? slots[3] : NULL_VAL, &buf, &npos, &kwn) < 0) {
            goto error;
        }
        slots[2] = OBJ_VAL(buf);
        if (haskw && kwn != NULL) {
            slots[3] = OBJ_VAL(kwn);
        }
        call_argv = buf->items;
        call_argc = npos;
        call_kw = kwn;
        call_sp = slots;
        goto do_call;
    }
    CASE(MAKE_FUNCTION) {
        Value code = POP();
        int fl = ARG;
        Value closure = (fl & 8) ? POP() : NULL_VAL;
        Value ann = (fl & 4) ? POP() : NULL_VAL;
        Value kwdefs = (fl & 2) ? POP() : NULL_VAL;
        Value defs = (fl & 1) ? POP() : NULL_VAL;
        /* the popped values stay in their (still marked) stack slots while the function is built */
        if (tpOps_make_function(vm, f, code, defs, kwdefs, ann, closure, &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(RETURN_VALUE) {
        Value rv = POP();
        if (likely(f->entry == 0 && f->gen == NULL && f->frame_obj == NULL)) {
            /* the common return, from a stack frame called by this loop that no frame object
             * or generator refers to: unlink_frame + free_stack_frame, nothing to snapshot */
            vm->frame = f->prev;
            vm->depth--;
            vm->nframes--;
            vm->stack_top = base;
            f = f->prev;
            LOAD_FRAME();
            PUSH(rv);
            SAFE_POINT();
            NEXT();
        }
        if (unlikely(!IS_NULL(vm->profile_func)) && tpProfile_event(vm, f, "return", rv) < 0) {
            goto leave_frame;   /* as CPython: the frame's handlers do not see this error */
        }
        f->sp = sp;
        if (f->entry == 1) {
            unlink_frame(vm, f);
            vm->c_depth--;
            vm->ntemps = temps_base;
            *out = rv;
            return root_result(vm, rv) < 0 ? -1 : 0;
        }
        Frame *caller = f->prev;
        int kind = f->entry;
        unlink_frame(vm, f);
        if (unlikely(f->gen != NULL)) {
            /* a generator resumed by FOR_ITER, SEND or gen.send() finished: FOR_ITER's loop is
             * exhausted (the return value is dropped), SEND replaces the sub-iterator with it
             * (both jump), send() raises StopIteration */
            Value g = OBJ_VAL(f->gen);
            tpGen_frame_done(vm, (ObjGenerator *)f->gen, false);
            f = caller;
            LOAD_FRAME();
            int op = INSTR_OP(pc[-1]);
            if (op == OP_SEND) {
                TOP() = rv;
            } else if (op == OP_FOR_ITER || op == OP_FOR_ITER__STORE_FAST) {
                sp--;
            } else {   /* gen.send(v) by a CALL: StopIteration(rv); rv rooted in the result slot */
                PUSH(rv);
                tpGen_raise_stop(vm, g, rv);
                goto error;
            }
            pc = co->code + INSTR_ARG(pc[-1]);
            SAFE_POINT();
            NEXT();
        }
        f = caller;
        LOAD_FRAME();
        if (unlikely(kind == FRAME_INIT_RESULT)) {
            if (!IS_NONE(rv) && tpSlot_init_result(vm, rv) < 0) {
                goto error;
            }
            rv = sp[1];   /* the instance, in the self slot of the CALL (do_call) */
        }
        if (unlikely(kind == FRAME_LEN_RESULT) && !(IS_INT(rv) && AS_INT(rv) >= 0)) {
            int64_t n;
            if (tpSlot_len_result(vm, rv, &n) < 0) {
                goto error;
            }
            rv = tpInt_from_i64(vm, n);
        }
        PUSH(rv);
        SAFE_POINT();
        NEXT();
    }
    CASE(LOAD_BUILD_CLASS) {
        Value bc = tpDict_get_str(vm, f->builtins, vm->names[NAME___build_class__]);
        if (IS_NULL(bc)) {
            tpErr_raise(vm, EXC_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        NEXT();
    }
    CASE(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = TOP();
        int lv = IS_INT(level) ? (int)AS_INT(level) : 0;
        if (tpImport(vm, NAME_ARG, OBJ_VAL(f->globals), fromlist, lv, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(IMPORT_FROM) {
        if (tpOps_import_from(vm, TOP(), NAME_ARG, &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(IMPORT_STAR) {
        Value mod = POP();
        if (tpOps_import_star(vm, f, mod) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(RAISE_VARARGS) {
        Value cause = ARG == 2 ? POP() : NULL_VAL;
        Value exc = ARG >= 1 ? POP() : NULL_VAL;
        if (ARG == 0) {
            Value cur = tpVM_handled_exception(vm);
            if (IS_NONE(cur)) {
                tpErr_raise(vm, EXC_RuntimeError, "No active exception to reraise");
                goto error;
            }
            vm->exc = cur;
            goto exception_unwind;
        }
        tpOps_raise(vm, exc, cause);
        goto error;
    }
    CASE(PUSH_EXC_INFO) {
        Value exc = TOP();
        TOP() = IS_NULL(f->handled_exc) ? NONE_VAL : f->handled_exc;
        PUSH(exc);
        f->handled_exc = exc;
        NEXT();
    }
    CASE(POP_EXCEPT) {
        Value prev = POP();
        f->handled_exc = IS_NONE(prev) ? NULL_VAL : prev;
        NEXT();
    }
    CASE(RERAISE) {
        Value exc = POP();
        vm->exc = exc;
        goto exception_unwind;
    }
    CASE(CHECK_EXC_MATCH) {
        Value type = POP();
        int r;
        if (tpOps_exc_match(vm, TOP(), type, &r) < 0) {
            goto error;
        }
        PUSH(BOOL_VAL(r));
        NEXT();
    }
    CASE(CHECK_EG_MATCH) {
        Value type = POP();
        Value match, rest;
        if (tpOps_eg_match(vm, TOP(), type, &match, &rest) < 0) {
            goto error;
        }
        if (IS_NONE(match)) {
            PUSH(match);
        } else {
            TOP() = rest;
            PUSH(match);
            f->handled_exc = match;
        }
        NEXT();
    }
    CASE(PREP_RERAISE_STAR) {
        Value list = POP();
        if (tpOps_prep_reraise_star(vm, TOP(), list, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(LOAD_ASSERTION_ERROR) {
        PUSH(OBJ_VAL(tpExc_type(vm, EXC_AssertionError)));
        NEXT();
    }
    CASE(BEFORE_WITH) {
        Value exitf;
        if (tpOps_before_with(vm, TOP(), false, &exitf, &res) < 0) {
            goto error;
        }
        TOP() = exitf;
        PUSH(res);
        NEXT();
    }
    CASE(WITH_EXCEPT_START) {
        Value exc = TOP();
        Value args[3];
        args[0] = OBJ_VAL(tpType_of(vm, exc));
        args[1] = exc;
        args[2] = tpExc_check(vm, exc) ? AS_EXC(exc)->traceback : NONE_VAL;
        if (IS_NULL(args[2])) {
            args[2] = NONE_VAL;
        }
        if (tpObj_call(vm, PEEK(4), 3, args, NULL, &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(SETUP_ANNOTATIONS) {
        if (tpOps_setup_annotations(vm, f) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(YIELD_VALUE) {
        Value v = POP();
        if (unlikely(!IS_NULL(vm->profile_func)) && tpProfile_event(vm, f, "return", v) < 0) {
            goto leave_frame;
        }
        f->sp = sp;
        if (!f->entry) {   /* a generator resumed by FOR_ITER/SEND/send(): hand v to that frame */
            ((ObjGenerator *)f->gen)->state = GEN_SUSPENDED;
            tpGC_barrier(vm, f->gen);   /* its slots, written while it ran as a root (gc.c) */
            vm->frame = f = f->prev;    /* unlink_frame, for a generator's frame */
            vm->depth--;
            LOAD_FRAME();
            PUSH(v);
            NEXT();
        }
        vm->frame = f->prev;
        vm->depth--;
        vm->c_depth--;
        vm->ntemps = temps_base;
        *out = v;
        return root_result(vm, v) < 0 ? -1 : 1;
    }
    CASE(GET_YIELD_FROM_ITER) {
        if (tpOps_yield_from_iter(vm, co, TOP(), &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(SEND) {
        Value v = POP();
        if (IS_OBJ(TOP()) && AS_OBJ(TOP())->type == T_(GENERATOR) &&
            can_resume_inline(vm, (ObjGenerator *)AS_OBJ(TOP()), v)) {
            f->sp = sp;
            f = resume_inline(vm, (ObjGenerator *)AS_OBJ(TOP()), v);
            LOAD_FRAME();
            PROFILE_CALL();
            NEXT();
        }
        int r;
        ObjType *st = tpType_of(vm, TOP());
        if (IS_NONE(v) && st->sl.next != NULL && !(st->flags & TPFLAG_HEAPTYPE) &&
            st != T_(GENERATOR) && st != T_(COROUTINE)) {
            r = tpOps_send_next(vm, st, TOP(), &res);   /* `yield from` a list, a range, ... */
        } else {
            r = tpOps_send(vm, TOP(), v, &res);
        }
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            PUSH(res);
        } else {
            TOP() = res;
            pc = co->code + ARG;
        }
        NEXT();
    }
    CASE(GET_AWAITABLE) {
        if (tpOps_get_awaitable(vm, TOP(), ARG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(GET_AITER) {
        if (tpOps_get_aiter(vm, TOP(), &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(GET_ANEXT) {
        if (tpOps_get_anext(vm, TOP(), &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(END_ASYNC_FOR) {
        Value exc = POP();
        sp--;
        if (!tpType_is_subtype(tpType_of(vm, exc), tpExc_type(vm, EXC_StopAsyncIteration))) {
            vm->exc = exc;
            goto exception_unwind;
        }
        NEXT();
    }
    CASE(BEFORE_ASYNC_WITH) {
        Value exitf;
        if (tpOps_before_with(vm, TOP(), true, &exitf, &res) < 0) {
            goto error;
        }
        TOP() = exitf;
        PUSH(res);
        NEXT();
    }
    CASE(ASYNC_GEN_WRAP) {
        if (tpOps_async_gen_wrap(vm, TOP(), &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(PRINT_EXPR) {
        Value v = POP();
        sp[0] = v;
        if (tpOps_print_expr(vm, v) < 0) {
            goto error;
        }
        NEXT();
    }
    CASE(GET_LEN) {
        int64_t n;
        if (tpObj_len(vm, TOP(), &n) < 0) {
            goto error;
        }
        res = tpInt_from_i64(vm, n);
        if (IS_NULL(res)) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(MATCH_CLASS) {
        Value nms = POP();
        Value cls = POP();
        if (tpOps_match_class(vm, TOP(), cls, nms, ARG, &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
    CASE(MATCH_MAPPING) {
        bool m = tpOps_match_kind(vm, TOP(), true);
        PUSH(BOOL_VAL(m));
        NEXT();
    }
    CASE(MATCH_SEQUENCE) {
        bool m = tpOps_match_kind(vm, TOP(), false);
        PUSH(BOOL_VAL(m));
        NEXT();
    }
    CASE(MATCH_KEYS) {
        if (tpOps_match_keys(vm, PEEK(2), TOP(), &res) < 0) {
            goto error;
        }
        PUSH(res);
        NEXT();
    }
    CASE(COPY_DICT_WITHOUT_KEYS) {
        if (tpOps_copy_dict_without_keys(vm, PEEK(2), TOP(), &res) < 0) {
            goto error;
        }
        TOP() = res;
        NEXT();
    }
#include "vm_super.inc"
    CASE(RETURN_GENERATOR)
    CASE(DELETE_LOCALS_ITEM)
#if TP_COMPUTED_GOTO
    op_BAD:
#else
    default:
#endif
    {
        tpErr_format(vm, EXC_SystemError, "unknown opcode %d", (int)INSTR_OP(instr));
        goto error;
    }
#if !TP_COMPUTED_GOTO
    }
#endif

do_call: {
    bool done = false;
    ObjFunction *init_fn;
    if (IS_OBJ(call_fn)) {
        ObjType *t = AS_OBJ(call_fn)->type;
        if (t == T_(FUNCTION)) {
            ObjFunction *fn = AS_FUNCTION(call_fn);
            /* TP_CODE_POSITIONAL: not a generator either (one test for the common case) */
            if (likely(fn->code->hdr.flags & TP_CODE_POSITIONAL) || !is_generator_code(fn->code)) {
                /* before entering: loop-free recursion. A profile function keeps vm->interrupt
                 * set (mod_signal.c), so the common call pays no test of its own for it */
                bool profiled = false;
                if (unlikely(vm->interrupt)) {
                    if (tpSignal_run_pending(vm) < 0) {
                        goto error;
                    }
                    profiled = !IS_NULL(vm->profile_func);
                }
                Frame *nf = push_function_frame(vm, fn, call_argc, call_argv, call_kw, "");
                if (nf == NULL) {
                    goto error;
                }
                if (unlikely(profiled)) {
                    ENTER_FRAME(nf, call_sp);   /* reports 'call' */
                }
                ENTER_FRAME_UNPROFILED(nf, call_sp);
            }
            if (tpGen_create(vm, fn, call_argc, call_argv, call_kw, &res) < 0) {
                goto error;
            }
            done = true;
        } else if (t == vm->call_cfunction || t == vm->call_method_descr) {
            /* (T_(CFUNCTION) and T_(METHOD_DESCR), except while profiling: profile.h) */
            /* one level, as CPython, unless its specialised call skips it (cstack.h) */
            int level = !tpC_is_warm(co) || INSTR_OP(pc[-1]) == OP_CALL_EX ||
                        tpC_native_counts_warm(vm, (ObjCFunction *)AS_OBJ(call_fn),
                                               call_kw != NULL);
            if (level && unlikely(vm->depth >= vm->recursion_limit)) {
                recursion_error(vm, TP_CSTACK_CALL);
                goto error;
            }
            ObjFunction *lf = NULL;
            int lr = 0;
            if (t == T_(CFUNCTION) && call_argc == 1 && call_kw == NULL &&
                (lr = tpSlot_fast_len(vm, call_fn, call_argv[0], &lf, &res)) < 0) {
                goto error;
            }
            if (lr == 2 && level) {
                lr = 0;   /* cold code: the ordinary call, which holds len()'s own level */
            }
            if (lr == 2) {
                /* len(x) with a Python __len__ from warm code (where CPython's len costs no
                 * level): run it here; RETURN_VALUE checks the result */
                if (tpSignal_check(vm) < 0) {
                    goto error;
                }
                Frame *nf = push_function_frame(vm, lf, 1, call_argv, NULL, "");
                if (nf == NULL) {
                    goto error;
                }
                nf->entry = FRAME_LEN_RESULT;
                ENTER_FRAME(nf, call_sp);
            }
            if (t == T_(METHOD_DESCR) && call_argc == 2 && call_kw == NULL &&
                IS_OBJ(call_argv[0]) && AS_OBJ(call_argv[0])->type == T_(GENERATOR) &&
                can_resume_inline(vm, (ObjGenerator *)AS_OBJ(call_argv[0]), call_argv[1]) &&
                tpGen_is_send_descr(vm, call_fn)) {
                /* gen.send(v): resume like SEND; a return raises StopIteration (RETURN_VALUE).
                 * The level of the send call itself is checked above but not held while the
                 * generator runs (docs/differences.md) */
                f->sp = call_sp;
                f = resume_inline(vm, (ObjGenerator *)AS_OBJ(call_argv[0]), call_argv[1]);
                LOAD_FRAME();
                PROFILE_CALL();
                NEXT();
            }
            if (t == T_(METHOD_DESCR) && call_argc == 2 && call_kw == NULL && lr == 0 &&
                IS_OBJ(call_argv[0]) && AS_OBJ(call_argv[0])->type == T_(LIST) &&
                tpList_is_append_descr(vm, call_fn)) {
                /* lst.append(x): no argument checks to make, no level held (CPython's
                 * specialised call does the same) */
                if (tpList_append(vm, AS_LIST(call_argv[0]), call_argv[1]) < 0) {
                    goto error;
                }
                res = NONE_VAL;
                lr = 3;
            }
            if (lr == 0) {
                vm->depth += level;
                int rc = tpVM_call_native(vm, call_fn, call_argc, call_argv, call_kw, &res);
                vm->depth -= level;
                if (rc < 0) {
                    goto error;
                }
            }
            done = true;
        } else if (t == T_(TYPE) && call_argv == call_sp + 2 &&
                   (init_fn = tpSlot_plain_init(vm, AS_TYPE(call_fn))) != NULL) {
            /* C(args) with a built-in __new__ and a Python __init__: the instance goes into the
             * free self slot and __init__ runs as a frame of this loop (FRAME_INIT_RESULT),
             * holding type_call's level as CPython's does */
            ObjType *cls = AS_TYPE(call_fn);
            if (unlikely(vm->depth >= vm->recursion_limit)) {
                recursion_error(vm, TP_CSTACK_CALL);
                goto error;
            }
            vm->depth++;
            int rc = cls->sl.new_(vm, cls, call_argc, call_argv, call_kw, &call_sp[1]);
            ObjType *rt = rc == 0 ? tpType_of(vm, call_sp[1]) : cls;
            if (unlikely(rt != cls)) {
                /* __new__ gave another object: type_call's rules (its type's init, if a
                 * subclass), through C */
                res = call_sp[1];
                if (tpType_is_subtype(rt, cls) && rt->sl.init != NULL) {
                    rc = rt->sl.init(vm, res, call_argc, call_argv, call_kw);
                }
                vm->depth--;
                if (rc < 0) {
                    goto error;
                }
                done = true;
            } else {
                Frame *nf = NULL;
                if (rc == 0 && tpSignal_check(vm) == 0) {
                    nf = push_function_frame(vm, init_fn, call_argc + 1, call_sp + 1, call_kw,
                                             "");
                }
                if (nf == NULL) {
                    vm->depth--;
                    goto error;
                }
                nf->entry = FRAME_INIT_RESULT;
                ENTER_FRAME(nf, call_sp);
            }
        } else if (call_fn == OBJ_VAL(T_(RANGE)) && call_kw == NULL &&
                   INSTR_OP(*pc) == OP_GET_ITER) {
            /* `for i in range(n)`: the range object would only feed GET_ITER, so the iterator
             * is made directly and GET_ITER skipped (range, a built-in type with a vectorcall
             * entry in CPython, costs no call level: cstack.h) */
            int rc = tpRange_iter_of_args(vm, call_argc, call_argv, &res);
            if (rc < 0) {
                goto error;
            }
            if (rc > 0) {
                pc++;
                done = true;
            }
        } else if (unlikely(call_fn == OBJ_VAL(T_(STR)) || call_fn == OBJ_VAL(T_(FLOAT)) ||
                            call_fn == OBJ_VAL(T_(INT)))) {
            if (call_conv(vm, co, INSTR_OP(pc[-1]), call_fn, call_argc, call_argv, call_kw,
                          &res) < 0) {
                goto error;
            }
            done = true;
        }
    }
    if (!done) {
        int rc;
        if (unlikely(!IS_NULL(vm->profile_func)) &&
            (IS_OBJ_TYPE(call_fn, T_(CFUNCTION)) || IS_OBJ_TYPE(call_fn, T_(METHOD_DESCR)))) {
            /* 'c_call' ... 'c_return' (profile.h) */
            rc = tpProfile_call_native(vm, f, call_fn, call_argc, call_argv, call_kw, &res);
        } else {
            rc = tpObj_call(vm, call_fn, call_argc, call_argv, call_kw, &res);
        }
        if (rc < 0) {
            goto error;
        }
    }
    sp = call_sp;
    PUSH(res);
    SAFE_POINT();
    if (tpSignal_check(vm) < 0) { /* the eval breaker after a call, as CPython's CALL */
        goto error;
    }
    NEXT();
}

error: {
    if (IS_NULL(vm->exc)) {
        tpErr_raise(vm, EXC_SystemError, "error return without exception set");
    }
    Value exc = vm->exc;
    if (tpExc_check(vm, exc)) {
        Value tb = AS_EXC(exc)->traceback;
        if (IS_NULL(tb) || IS_NONE(tb)) {
            tpVM_chain_context(vm, exc);
        }
        int lasti = (int)(pc - co->code) - 1;
        if (tpTraceback_add(vm, exc, co, lasti, f) < 0) {
            /* keep the exception that is now pending (MemoryError) */
        }
    }
}
exception_unwind: {
    int lasti = (int)(pc - co->code) - 1;
    const ExcTableEntry *h = find_handler(co, lasti);
    if (h != NULL) {
        Value exc = vm->exc;
        sp = base + co->nlocalsplus + h->depth;
        if (h->lasti) {
            PUSH(INT_VAL(lasti));
        }
        PUSH(exc);
        vm->exc = NULL_VAL;
        pc = co->code + h->target;
        SAFE_POINT();
        NEXT();
    }
    if (unlikely(!IS_NULL(vm->profile_func)) && tpProfile_event(vm, f, "return", NONE_VAL) < 0) {
        /* the profile function's error replaces the pending one */
    }
}
leave_frame: {
    f->sp = sp;
    if (f->entry == 1) {
        unlink_frame(vm, f);
        vm->c_depth--;
        vm->ntemps = temps_base;
        return -1;
    }
    Frame *caller = f->prev;
    unlink_frame(vm, f);
    if (f->gen != NULL) {   /* a generator resumed by FOR_ITER/SEND/send() raised */
        tpGen_frame_done(vm, (ObjGenerator *)f->gen, true);
    }
    f = caller;
    LOAD_FRAME();
    goto error;
}
}
