/*
 * vm_internal.h — cross-file API of the execution area (vm.c, vm_ops.c, call.c, obj_func.c,
 * obj_gen.c, obj_frame.c, traceback.c) beyond what runtime.h declares.
 * state.c calls tpVM_init_stack / tpVM_free_stack; the rest is shared inside the area
 * (and usable by builtins: sys._getframe, inspect-like helpers).
 */
#ifndef TP_VM_INTERNAL_H
#define TP_VM_INTERNAL_H

#include "runtime.h"
#include "interp.h"

/* ---- vm.c: the frame stack ---- */
/* Reserve the contiguous value stack and the Frame array (mmap, lazily committed). -1 on failure
 * (no exception: called before the VM can raise). */
TP_INTERNAL int tpVM_init_stack(VM *vm);
TP_INTERNAL void tpVM_free_stack(VM *vm);

/* Run `f` (already set up, f->entry == 1, not yet linked) until it returns or yields.
 * Returns 0 (returned, *out = value), 1 (yielded, *out = value) or -1 (exception raised). */
TP_INTERNAL TP_MUST_CHECK int tpVM_run_frame(VM *vm, Frame *f, bool throwflag, Value *out);
/* throwflag: start by raising the pending vm->exc at the frame's current instruction. */

/* Run a function's code with `locals` as its locals mapping (class bodies: __build_class__). */
TP_INTERNAL TP_MUST_CHECK int tpVM_call_with_locals(VM *vm, ObjFunction *fn, Value locals,
                                                    Value *out);
/* Set exc.__context__ to the handled exception (as raising does), avoiding cycles. */
TP_INTERNAL void tpVM_chain_context(VM *vm, Value exc);

/* Fill a frame record for running fn with base[0 .. nlocalsplus + stacksize) (which the caller
 * has set to NULL_VAL), bind the arguments and create the cells. -1 on a binding error. */
TP_INTERNAL TP_MUST_CHECK int tpVM_setup_frame(VM *vm, Frame *f, ObjFunction *fn, Value *base,
                                               int argc, Value *argv, ObjTuple *kwnames);

/* Call shape of a code object, kept in its header's per-type word (ObjCode.hdr.flags) and set
 * by the compiler once the code is complete (tpCode_init_call_flags), so that the call path
 * tests one word instead of five fields. */
#define TP_CODE_POSITIONAL 1u   /* no *args, **kwargs or keyword-only parameters; a plain
                                 * function (not a generator, coroutine or async generator) */
#define TP_CODE_CELLS 2u        /* has cells of its own (created at each call) */
#define TP_CODE_FREES 4u        /* has free variables (copied from the closure at each call) */
#define TP_CODE_FORWARDER 8u    /* `def f(*args, **kwargs)`: no other parameter, a plain function
                                 * (every argument goes into the tuple or the dict) */
static inline void tpCode_init_call_flags(ObjCode *co) {
    uint32_t fl = 0;
    if (co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                       CO_ASYNC_GENERATOR))) {
        fl |= TP_CODE_POSITIONAL;
    }
    if (co->ncells > 0) {
        fl |= TP_CODE_CELLS;
    }
    if (co->nfrees > 0) {
        fl |= TP_CODE_FREES;
    }
    if (co->argcount == 0 && co->kwonlyargcount == 0 &&
        (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                      CO_ASYNC_GENERATOR)) == (CO_VARARGS | CO_VARKEYWORDS)) {
        fl |= TP_CODE_FORWARDER;
    }
    co->hdr.flags = (co->hdr.flags & ~(TP_CODE_POSITIONAL | TP_CODE_CELLS | TP_CODE_FREES |
                                       TP_CODE_FORWARDER)) | fl;
}

/* Is the running code allowed to see this frame in tracebacks etc.: the innermost frame. */
static inline Frame *tpVM_current_frame(VM *vm) { return vm->frame; }

/* Instruction index the frame is executing (or suspended at). */
static inline int tpFrame_lasti(Frame *f) {
    if (f->pc == NULL || f->code == NULL) {
        return 0;
    }
    int i = (int)(f->pc - f->code->code) - 1;
    return i < 0 ? 0 : i;
}
static inline int tpFrame_lineno(Frame *f) {
    Position p = tpCode_position(f->code, tpFrame_lasti(f));
    return p.lineno > 0 ? p.lineno : f->code->firstlineno;
}

/* Call a native (ObjCFunction / ObjMethodDescr) with arity and keyword checks. */
TP_INTERNAL TP_MUST_CHECK int tpVM_call_native(VM *vm, Value callable, int argc, Value *argv,
                                               ObjTuple *kwnames, Value *out);

/* ---- vm_ops.c: slow paths of single instructions (see opcodes.def for stack effects) ---- */
TP_INTERNAL TP_MUST_CHECK int tpOps_load_name(VM *vm, Frame *f, ObjStr *name, Value *out);
/* v == NULL_VAL: delete */
TP_INTERNAL TP_MUST_CHECK int tpOps_store_name(VM *vm, Frame *f, ObjStr *name, Value v);
TP_INTERNAL TP_MUST_CHECK int tpOps_load_classderef(VM *vm, Frame *f, int i, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_setup_annotations(VM *vm, Frame *f);
/* dst[n-1] receives the first item, dst[0] the last. */
TP_INTERNAL TP_MUST_CHECK int tpOps_unpack(VM *vm, Value seq, int n, Value *dst);
TP_INTERNAL TP_MUST_CHECK int tpOps_unpack_ex(VM *vm, Value seq, int before, int after,
                                              Value *dst);
TP_INTERNAL TP_MUST_CHECK int tpOps_build_string(VM *vm, Value *items, int n, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_format_value(VM *vm, Value v, int conv, Value spec,
                                                 Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_list_extend(VM *vm, Value list, Value it);
TP_INTERNAL TP_MUST_CHECK int tpOps_dict_update(VM *vm, Value dict, Value m);
TP_INTERNAL TP_MUST_CHECK int tpOps_dict_merge(VM *vm, Value dict, Value m, Value callable);
/* CALL_EX: build the argument buffer ([self] + positionals + keyword values) and kwnames. */
TP_INTERNAL TP_MUST_CHECK int tpOps_call_ex_prepare(VM *vm, Value callable, Value self,
                                                    Value args, Value kwargs, ObjTuple **buf,
                                                    int *npos, ObjTuple **kwnames);
TP_INTERNAL TP_MUST_CHECK int tpOps_make_function(VM *vm, Frame *f, Value code, Value defaults,
                                                  Value kwdefaults, Value annotations,
                                                  Value closure, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_import_from(VM *vm, Value module, ObjStr *name, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_import_star(VM *vm, Frame *f, Value module);
/* RAISE_VARARGS 1/2: always returns -1 with the exception (and cause) set. */
TP_INTERNAL int tpOps_raise(VM *vm, Value exc, Value cause);
TP_INTERNAL TP_MUST_CHECK int tpOps_exc_match(VM *vm, Value exc, Value type, int *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_eg_match(VM *vm, Value exc, Value type, Value *match,
                                             Value *rest);
TP_INTERNAL TP_MUST_CHECK int tpOps_prep_reraise_star(VM *vm, Value orig, Value list, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_before_with(VM *vm, Value mgr, bool async, Value *exitf,
                                                Value *res);
TP_INTERNAL TP_MUST_CHECK int tpOps_print_expr(VM *vm, Value v);
TP_INTERNAL TP_MUST_CHECK int tpOps_yield_from_iter(VM *vm, ObjCode *co, Value v, Value *out);
/* SEND: 0 yielded (*out), 1 sub-iterator finished (*out = its value), -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpOps_send(VM *vm, Value sub, Value v, Value *out);
/* tpOps_send(sub, None) for a built-in iterator type t (its next slot; an exhausted iterator
 * returns None, a StopIteration raised by the slot gives its value): shared with SEND's quick
 * path for `yield from` a list, a range, ... */
static inline TP_MUST_CHECK int tpOps_send_next(VM *vm, ObjType *t, Value sub, Value *out) {
    int r = t->sl.next(vm, sub, out);
    if (r == 1) {
        *out = NONE_VAL;
    } else if (r < 0 && tpErr_matches(vm, EXC_StopIteration)) {
        *out = tpExc_stop_value(vm, tpErr_fetch(vm));
        return 1;
    }
    return r;
}
TP_INTERNAL TP_MUST_CHECK int tpOps_get_awaitable(VM *vm, Value v, int where, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_get_aiter(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_get_anext(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_async_gen_wrap(VM *vm, Value v, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_match_class(VM *vm, Value subject, Value cls, Value names,
                                                int nargs, Value *out);
TP_INTERNAL bool tpOps_match_kind(VM *vm, Value subject, bool mapping);
TP_INTERNAL TP_MUST_CHECK int tpOps_match_keys(VM *vm, Value subject, Value keys, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpOps_copy_dict_without_keys(VM *vm, Value subject, Value keys,
                                                           Value *out);
/* Look a special method up on type(obj) and bind it: 1 found, 0 missing, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpOps_lookup_special(VM *vm, Value obj, ObjStr *name, Value *out);

/* ---- call.c: argument binding ---- */
/* Bind argc positional + len(kwnames) keyword values (argv) into locals (pre-filled with NULL),
 * raising CPython's TypeErrors. */
TP_INTERNAL TP_MUST_CHECK int tpCall_bind(VM *vm, ObjFunction *fn, Value *locals, int argc,
                                          Value *argv, ObjTuple *kwnames);
/* True when every key of d is an exact str. Then tpCall_bind_dict binds f(*args, **d) reading
 * the keywords from d itself (binding runs no Python code that could change d). */
TP_INTERNAL bool tpCall_str_keys(VM *vm, ObjDict *d);
TP_INTERNAL TP_MUST_CHECK int tpCall_bind_dict(VM *vm, ObjFunction *fn, Value *locals, int argc,
                                               Value *argv, ObjDict *kw);
/* "module.qualname()" / "name()" description of a callable for messages (_PyObject_FunctionStr). */
TP_INTERNAL ObjStr *tpCall_funcstr(VM *vm, Value callable);

/* ---- obj_gen.c ---- */
/* A generator / coroutine / async generator owning a frame (see tpVM_setup_frame). */
typedef struct ObjGenerator {
    Obj hdr;
    Frame frame;           /* frame.base points into `slots` */
    Value *slots;          /* nlocalsplus + stacksize values, stored right after the object */
    size_t nslots;
    ObjStr *name, *qualname;
    int state;             /* GEN_* */
    Value ag_wrapper;      /* unused */
    bool ag_running_async; /* an asend/athrow of this async generator is in progress */
} ObjGenerator;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };
/* A generator frame that FOR_ITER resumed inside the eval loop (frame.entry == 0) returned
 * (failed: raised, with vm->exc set): close it as tpGen_send would, incl. PEP 479. */
TP_INTERNAL void tpGen_frame_done(VM *vm, ObjGenerator *g, bool failed);

/* An unreachable generator the collector may free without closing it (obj_gen.c). */
TP_INTERNAL bool tpGen_close_is_silent(VM *vm, Obj *o);
/* Create the generator object for a call of a generator-flagged function. */
TP_INTERNAL TP_MUST_CHECK int tpGen_create(VM *vm, ObjFunction *fn, int argc, Value *argv,
                                           ObjTuple *kwnames, Value *out);
/* Resume: 0 yielded (*out), 1 returned (*out = return value, no exception), -1 error.
 * exc != NULL_VAL: throw exc into the generator instead of sending v. */
TP_INTERNAL TP_MUST_CHECK int tpGen_send(VM *vm, Value gen, Value v, Value exc, Value *out);
TP_INTERNAL bool tpGen_check(VM *vm, Value v);   /* generator or coroutine */
/* Is `descr` (a method descriptor) generator.send? (CALL resumes the generator inline then.) */
TP_INTERNAL bool tpGen_is_send_descr(VM *vm, Value descr);
/* Is this method descriptor list.append? (the eval loop appends without the native call) */
TP_INTERNAL bool tpList_is_append_descr(VM *vm, Value descr);
/* next() found `it` exhausted (its next slot returned 1 with *out = retval): raise StopIteration,
 * carrying a generator's return value. Always -1. */
TP_INTERNAL int tpGen_raise_stop(VM *vm, Value it, Value retval);
/* The collector found gen (a generator, coroutine or async generator) unreachable, or the program
 * is exiting: close it if suspended (its finally blocks run), warn if a coroutine never started.
 * Reports its own errors; leaves no exception set. */
TP_INTERNAL void tpGen_finalize(VM *vm, Value gen);
/* The builtins aiter() and anext() (registered by mod_builtins.c). */
TP_INTERNAL int tpGen_bi_aiter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);
TP_INTERNAL int tpGen_bi_anext(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out);

/* ---- obj_frame.c ---- */
typedef struct ObjFrame {
    Obj hdr;
    Frame *frame;          /* the live frame, or NULL once it has finished */
    ObjCode *code;
    ObjDict *globals;
    Value locals;          /* snapshot taken when the frame finished (dict) or NULL_VAL */
    Value back;            /* f_back snapshot once detached */
    Obj *gen;              /* keeps a generator frame's owner alive */
    int lasti;
} ObjFrame;
/* The frame object for a frame record (created on first use). NULL on MemoryError. */
TP_INTERNAL ObjFrame *tpFrame_object(VM *vm, Frame *f);
/* A stack frame is being popped: snapshot what the frame object needs. Never raises. */
TP_INTERNAL void tpFrame_detach(VM *vm, Frame *f);
/* locals() of a frame as a dict (fresh for function frames, the mapping for module frames). */
TP_INTERNAL TP_MUST_CHECK int tpFrame_locals(VM *vm, Frame *f, Value *out);

/* ---- obj_func.c ---- */
TP_INTERNAL ObjCFunction *tpMethodDescr_new(VM *vm, const MethodDef *def, ObjType *owner);
/* The name to show in messages for a native: "len" or "list.append". */
TP_INTERNAL int tpCFunction_fullname(VM *vm, ObjCFunction *cf, char *buf, size_t n);

/* ---- traceback.c ---- */
/* Print "Traceback ...", the entries of tb and nothing else. */
TP_INTERNAL void tpTraceback_print(VM *vm, Value tb);
/* Append "Traceback (most recent call last):" and the entries of tb to out; -1 when memory ran
 * out on the way (what was formatted is kept). Never raises. */
TP_INTERNAL int tpTraceback_format(VM *vm, Value tb, StrBuf *out);

#endif
