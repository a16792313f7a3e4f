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
#include <sys/resource.h>

#include "vm_internal.h"

#define STACK_VALUES ((size_t)8 << 20)   /* 64 MB of address space, committed lazily */
#define MAX_FRAMES (1 << 18)
#define MAX_C_DEPTH 4000
#define C_STACK_RESERVE ((size_t)256 << 10)

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
    /* Bound C re-entry by address: leave a reserve below the C stack limit. */
    struct rlimit rl;
    size_t size = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size = (size_t)rl.rlim_cur;
    }
    if (size > ((size_t)256 << 20)) {
        size = (size_t)256 << 20;
    }
    char here;
    uintptr_t top = (uintptr_t)&here;
    size_t usable = size > 2 * C_STACK_RESERVE ? size - C_STACK_RESERVE : size / 2;
    vm->c_stack_limit = top > usable ? top - usable : 0;
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
    for (int i = 0; i < co->nfrees; i++) {
        cells[co->ncells + i] =
            closure != NULL && (size_t)i < closure->len ? closure->items[i] : NULL_VAL;
    }
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

int tpVM_setup_frame(VM *vm, Frame *f, ObjFunction *fn, Value *base, int argc, Value *argv,
                     ObjTuple *kwnames) {
    ObjCode *co = fn->code;
    init_record(f, co, base);
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins != NULL ? fn->builtins : vm->builtins;
    if (tpCall_bind(vm, fn, base, argc, argv, kwnames) < 0) {
        return -1;
    }
    if (co->ncells + co->nfrees > 0 && make_cells(vm, f, fn->closure) < 0) {
        return -1;
    }
    return 0;
}

/* Reserve a stack frame for `co` above vm->stack_top (slots set to NULL_VAL). Not linked. */
static Frame *alloc_frame(VM *vm, ObjCode *co, const char *rec_extra) {
    size_t need = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    Value *base = vm->stack_top;
    if (vm->depth >= vm->recursion_limit || vm->nframes >= vm->maxframes ||
        (size_t)(vm->stack_end - base) < need) {
        recursion_error(vm, rec_extra);
        return NULL;
    }
    for (size_t i = 0; i < need; i++) {
        base[i] = NULL_VAL;
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

static Frame *push_function_frame(VM *vm, ObjFunction *fn, int argc, Value *argv,
                                  ObjTuple *kwnames, const char *rec_extra) {
    Frame *f = alloc_frame(vm, fn->code, rec_extra);
    if (f == NULL) {
        return NULL;
    }
    if (tpVM_setup_frame(vm, f, fn, f->base, argc, argv, kwnames) < 0) {
        free_stack_frame(vm, f);
        return NULL;
    }
    return f;
}

static inline void link_frame(VM *vm, Frame *f) {
    f->prev = vm->frame;
    vm->frame = f;
    vm->depth++;
}

/* Leave frame f (the running one). Stack frames release their slots. */
static inline void unlink_frame(VM *vm, Frame *f) {
    vm->frame = f->prev;
    vm->depth--;
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
    Frame *f = push_function_frame(vm, fn, argc, argv, kwnames, " while calling a Python object");
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
    Frame *f = push_function_frame(vm, fn, 0, NULL, NULL, " while calling a Python object");
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
static int call_def(VM *vm, ObjCFunction *cf, int nself, int argc, Value *argv, ObjTuple *kwnames,
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

static int call_method_descr(VM *vm, ObjCFunction *cf, int argc, Value *argv, ObjTuple *kwnames,
                             Value *out) {
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
    } else if (cf->owner != NULL && !tpType_is_subtype(tpType_of(vm, argv[0]), cf->owner)) {
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

