/*
 * obj_gen.c — generators, coroutines and async generators. Each owns one Frame whose slots live
 * in the same heap block, right after the object; resuming runs that frame in the eval loop as an entry frame (linked to
 * the resumer's frame while running). Implements send/throw/close with `yield from` delegation,
 * PEP 479 (StopIteration escaping a generator becomes RuntimeError) and "already executing".
 * Async generators: a value the frame yields itself (YIELD_VALUE right after ASYNC_GEN_WRAP) is
 * told apart from one an `await` passes through (YIELD_VALUE after SEND) by the instruction it
 * stopped at; asend()/athrow()/aclose() return awaitables driving the frame. Also here:
 * coroutine.__await__()'s coroutine_wrapper, the aiter()/anext() builtins, and tpGen_finalize
 * (closing unfinished generators when collected, "coroutine ... was never awaited").
 */
#include <stdio.h>
#include <string.h>

#include "interp.h"
#include "typealias.h"
#include "vm_internal.h"
#include "objmodel.h"

#define T(id) (vm->types[TYPE_##id])
#define AS_GEN(v) ((ObjGenerator *)AS_OBJ(v))

static const char *kind_name(VM *vm, ObjGenerator *g) {
    if (g->hdr.type == T(COROUTINE)) {
        return "coroutine";
    }
    if (g->hdr.type == T(ASYNC_GENERATOR)) {
        return "async generator";
    }
    return "generator";
}

bool tpGen_check(VM *vm, Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == T(GENERATOR) || AS_OBJ(v)->type == T(COROUTINE));
}

int tpGen_create(VM *vm, ObjFunction *fn, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    ObjCode *co = fn->code;
    ObjType *t = (co->flags & CO_COROUTINE) ? T(COROUTINE)
                 : (co->flags & CO_ASYNC_GENERATOR) ? T(ASYNC_GENERATOR) : T(GENERATOR);
    /* the frame's slots follow the object in the same block: one allocation, no free */
    size_t n = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    ObjGenerator *g = tpGC_alloc(vm, t, sizeof(ObjGenerator) + n * sizeof(Value));
    if (g == NULL) {
        return -1;
    }
    g->slots = (Value *)(g + 1);
    g->nslots = n;
    for (size_t i = 0; i < n; i++) {
        g->slots[i] = NULL_VAL;
    }
    g->frame.code = co;
    g->frame.base = g->slots;
    g->frame.locals_map = NULL_VAL;
    g->frame.handled_exc = NULL_VAL;
    g->ag_wrapper = NULL_VAL;
    g->ag_running_async = false;
    g->name = fn->name;
    g->qualname = fn->qualname;
    if (tpVM_setup_frame(vm, &g->frame, fn, g->slots, argc, argv, kwnames) < 0) {
        g->frame.func = NULL;
        return -1;
    }
    g->frame.gen = (Obj *)g;
    g->frame.entry = 1;
    g->state = GEN_CREATED;
    *out = OBJ_VAL(g);
    return 0;
}

static void gen_mark(VM *vm, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    Frame *f = &g->frame;
    tpGC_mark_obj(vm, (Obj *)f->code);
    tpGC_mark_obj(vm, (Obj *)f->func);
    tpGC_mark_obj(vm, (Obj *)f->globals);
    tpGC_mark_obj(vm, (Obj *)f->builtins);
    tpGC_mark_value(vm, f->locals_map);
    tpGC_mark_value(vm, f->handled_exc);
    tpGC_mark_obj(vm, f->frame_obj);
    tpGC_mark_obj(vm, (Obj *)g->name);
    tpGC_mark_obj(vm, (Obj *)g->qualname);
    tpGC_mark_value(vm, g->ag_wrapper);
    if (g->slots != NULL) {
        tpGC_mark_values(vm, g->slots, g->nslots);
    }
}


static void finish(ObjGenerator *g) {
    g->state = GEN_CLOSED;
    tpGC_finalizer_done(&g->hdr);   /* nothing left to close when it is collected */
    for (size_t i = 0; i < g->nslots; i++) {
        g->slots[i] = NULL_VAL;
    }
    g->frame.handled_exc = NULL_VAL;
}

/* PEP 479: StopIteration (StopAsyncIteration for async generators) leaving the frame. */
static void convert_stop(VM *vm, ObjGenerator *g) {
    bool async = g->hdr.type == T(ASYNC_GENERATOR);
    bool stop = tpErr_matches(vm, EXC_StopIteration);
    bool astop = async && tpErr_matches(vm, EXC_StopAsyncIteration);
    if (!stop && !astop) {
        return;
    }
    Value cause = tpErr_fetch(vm);
    tpErr_format(vm, EXC_RuntimeError, "%s raised %s", kind_name(vm, g),
                 stop ? "StopIteration" : "StopAsyncIteration");
    Value e = vm->exc;
    if (tpExc_check(vm, e)) {
        AS_EXC(e)->cause = cause;
        AS_EXC(e)->context = cause;
        AS_EXC(e)->suppress_context = true;
    }
}

void tpGen_frame_done(VM *vm, ObjGenerator *g, bool failed) {
    finish(g);
    if (failed) {
        convert_stop(vm, g);
    }
}

/* The errors and the closed case of tpGen_send, out of its hot path. */
static __attribute__((noinline)) int send_refused(VM *vm, ObjGenerator *g, Value v, Value exc,
                                                  Value *out) {
    const char *kind = kind_name(vm, g);
    if (g->state == GEN_RUNNING) {
        return tpErr_format(vm, EXC_ValueError, "%s already executing", kind);
    }
    if (g->state == GEN_CLOSED) {
        if (!IS_NULL(exc)) {
            vm->exc = exc;
            return -1;
        }
        if (g->hdr.type == T(COROUTINE)) {
            return tpErr_raise(vm, EXC_RuntimeError, "cannot reuse already awaited coroutine");
        }
        *out = NONE_VAL;
        return 1;
    }
    return tpErr_format(vm, EXC_TypeError, "can't send non-None value to a just-started %s",
                        kind);
}

/* tpGen_send's body; inlined into the next slot too, through which every C-level loop over a
 * generator (sum, list, join...) resumes it. */
static inline __attribute__((always_inline)) int gen_resume(VM *vm, ObjGenerator *g, Value v,
                                                            Value exc, Value *out) {
    if (likely(IS_NULL(exc))) {
        if (likely(g->state == GEN_SUSPENDED)) {
            *g->frame.sp++ = v;
        } else if (g->state != GEN_CREATED || !IS_NONE(v)) {
            return send_refused(vm, g, v, exc, out);
        }
    } else if (g->state == GEN_RUNNING || g->state == GEN_CLOSED) {
        return send_refused(vm, g, v, exc, out);
    } else {
        vm->exc = exc;
    }
    g->state = GEN_RUNNING;
    g->frame.entry = 1;
    int r = tpVM_run_frame(vm, &g->frame, !IS_NULL(exc), out);
    if (likely(r == 1)) {
        g->state = GEN_SUSPENDED;
        tpGC_barrier(vm, &g->hdr);   /* its slots, written while it ran as a root (gc.c) */
        return 0;
    }
    finish(g);
    if (r == 0) {
        return 1;
    }
    convert_stop(vm, g);
    return -1;
}

int tpGen_send(VM *vm, Value gen, Value v, Value exc, Value *out) {
    return gen_resume(vm, AS_GEN(gen), v, exc, out);
}

/* The sub-iterator a suspended generator is delegating to (yield from / await), or NULL_VAL. */
static Value yielding_from(ObjGenerator *g) {
    if (g->state != GEN_SUSPENDED) {
        return NULL_VAL;
    }
    const Instr *pc = g->frame.pc;
    const Instr *start = g->frame.code->code;
    if (pc - start < 2 || INSTR_OP(pc[-1]) != OP_YIELD_VALUE || INSTR_OP(pc[-2]) != OP_SEND) {
        return NULL_VAL;
    }
    return g->frame.sp[-1];
}

/* The delegated sub-iterator finished with `value`: leave the SEND loop and resume with it. */
static int resume_after_delegation(VM *vm, ObjGenerator *g, Value value, Value *out) {
    Instr send = g->frame.pc[-2];
    g->frame.sp--;
    g->frame.pc = g->frame.code->code + INSTR_ARG(send);
    return tpGen_send(vm, OBJ_VAL(g), value, NULL_VAL, out);
}

static int stop_iteration(VM *vm, Value value) {
    if (IS_NONE(value)) {
        return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_StopIteration)));
    }
    return tpErr_set_args(vm, tpExc_type(vm, EXC_StopIteration), 1, &value);
}

/* Close a sub-iterator (for GeneratorExit delegation). */
static int close_sub(VM *vm, Value yf) {
    Value r;
    if (tpGen_check(vm, yf)) {
        return tpObj_call_method(vm, yf, vm->names[NAME_close], 0, NULL, &r);
    }
    Value m;
    int found = tpObj_getattr_opt(vm, yf, vm->names[NAME_close], &m);
    if (found <= 0) {
        return found;
    }
    return tpObj_call(vm, m, 0, NULL, NULL, &r);
}

/* throw exc into g, delegating to a sub-iterator as CPython does. 0 yielded, 1 returned, -1. */
static int gen_throw_exc(VM *vm, ObjGenerator *g, Value exc, int targc, Value *targv,
                         Value *out) {
    Value yf = yielding_from(g);
    if (!IS_NULL(yf)) {
        if (tpType_is_subtype(tpType_of(vm, exc), tpExc_type(vm, EXC_GeneratorExit))) {
            g->state = GEN_RUNNING;
            int r = close_sub(vm, yf);
            g->state = GEN_SUSPENDED;
            if (r < 0) {
                exc = tpErr_fetch(vm);
            }
            return tpGen_send(vm, OBJ_VAL(g), NONE_VAL, exc, out);
        }
        int r;
        Value meth = NULL_VAL;
        g->state = GEN_RUNNING;
        if (tpGen_check(vm, yf)) {
            r = gen_throw_exc(vm, AS_GEN(yf), exc, targc, targv, out);
        } else {
            r = tpObj_getattr_opt(vm, yf, vm->names[NAME_throw], &meth);
            if (r == 1) {
                /* a Python-level throw() gets the arguments as they were given */
                r = targc > 0 ? tpObj_call(vm, meth, targc, targv, NULL, out)
                              : tpObj_call(vm, meth, 1, &exc, NULL, out);
                r = r < 0 ? -1 : 0;
            } else if (r == 0) {
                g->state = GEN_SUSPENDED;
                return tpGen_send(vm, OBJ_VAL(g), NONE_VAL, exc, out);
            }
        }
        g->state = GEN_SUSPENDED;
        if (r == 0) {
            return 0;
        }
        if (r == 1) {
            return resume_after_delegation(vm, g, *out, out);
        }
        if (tpErr_matches(vm, EXC_StopIteration)) {
            Value v = tpExc_stop_value(vm, tpErr_fetch(vm));
            return resume_after_delegation(vm, g, v, out);
        }
        return tpGen_send(vm, OBJ_VAL(g), NONE_VAL, tpErr_fetch(vm), out);
    }
    return tpGen_send(vm, OBJ_VAL(g), NONE_VAL, exc, out);
}

/* ---- methods ---- */

/* The next slot: 0 value, 1 exhausted, -1 error. On exhaustion *out holds the return value (None
 * after the first time), so C-level iteration just stops while next()/__next__ can raise
 * StopIteration(value) (see tpGen_raise_stop). */
static int gen_next(VM *vm, Value self, Value *out) {
    return gen_resume(vm, AS_GEN(self), NONE_VAL, NULL_VAL, out);
}

int tpGen_raise_stop(VM *vm, Value it, Value retval) {
    if (tpGen_check(vm, it) && !IS_NULL(retval) && !IS_NONE(retval)) {
        return stop_iteration(vm, retval);
    }
    return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_StopIteration)));
}

static int m_next(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int r = tpGen_send(vm, argv[0], NONE_VAL, NULL_VAL, out);
    if (r == 1) {
        return stop_iteration(vm, *out);
    }
    return r;
}

static int gen_iter(VM *vm, Value self, Value *out) {
    *out = self;
    return 0;
}

static int m_send(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int r = tpGen_send(vm, argv[0], argv[1], NULL_VAL, out);
    if (r == 1) {
        return stop_iteration(vm, *out);
    }
    return r;
}

bool tpGen_is_send_descr(VM *vm, Value descr) {
    ObjCFunction *cf = (ObjCFunction *)AS_OBJ(descr);
    return cf->def->fn == m_send && cf->owner == T(GENERATOR);
}

/* Normalise throw()'s arguments into an exception instance. */
static int make_throw_exc(VM *vm, int argc, Value *argv, Value *exc) {
    Value typ = argv[1];
    Value val = argc > 2 ? argv[2] : NONE_VAL;
    Value tb = argc > 3 ? argv[3] : NONE_VAL;
    if (!IS_NONE(tb) && !IS_OBJ_TYPE(tb, T(TRACEBACK))) {
        return tpErr_raise(vm, EXC_TypeError, "throw() third argument must be a traceback object");
    }
    if (tpExc_class_check(vm, typ)) {
        if (tpExc_check(vm, val) && tpType_is_subtype(tpType_of(vm, val), AS_TYPE(typ))) {
            *exc = val;
        } else if (IS_NONE(val)) {
            if (tpObj_call(vm, typ, 0, NULL, NULL, exc) < 0) {
                return -1;
            }
        } else if (tpObj_call(vm, typ, 1, &val, NULL, exc) < 0) {
            return -1;
        }
    } else if (tpExc_check(vm, typ)) {
        if (!IS_NONE(val)) {
            return tpErr_raise(vm, EXC_TypeError, "instance exception may not have a separate value");
        }
        *exc = typ;
    } else {
        return tpErr_format(vm, EXC_TypeError, "exceptions must be classes or instances deriving "
                            "from BaseException, not %T", typ);
    }
    if (!IS_NONE(tb) && tpExc_check(vm, *exc)) {
        AS_EXC(*exc)->traceback = tb;
    }
    return 0;
}

static int m_throw(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value exc;
    if (make_throw_exc(vm, argc, argv, &exc) < 0) {
        return -1;
    }
    ObjGenerator *g = AS_GEN(argv[0]);
    if (g->state == GEN_RUNNING) {
        return tpErr_format(vm, EXC_ValueError, "%s already executing", kind_name(vm, g));
    }
    int r = gen_throw_exc(vm, g, exc, argc - 1, argv + 1, out);
    if (r == 1) {
        return stop_iteration(vm, *out);
    }
    return r;
}

static int gen_close(VM *vm, ObjGenerator *g, Value *out) {
    *out = NONE_VAL;
    if (g->state == GEN_RUNNING) {
        return tpErr_format(vm, EXC_ValueError, "%s already executing", kind_name(vm, g));
    }
    if (g->state != GEN_SUSPENDED) {
        finish(g);
        return 0;
    }
    Value exc;
    if (tpObj_call(vm, OBJ_VAL(tpExc_type(vm, EXC_GeneratorExit)), 0, NULL, NULL, &exc) < 0) {
        return -1;
    }
    Value v;
    int r = gen_throw_exc(vm, g, exc, 0, NULL, &v);
    if (r == 0) {
        return tpErr_format(vm, EXC_RuntimeError, "%s ignored GeneratorExit", kind_name(vm, g));
    }
    if (r == 1) {
        return 0;
    }
    if (tpErr_matches(vm, EXC_GeneratorExit) || tpErr_matches(vm, EXC_StopIteration)) {
        tpErr_clear(vm);
        return 0;
    }
    return -1;
}

static int m_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return gen_close(vm, AS_GEN(argv[0]), out);
}

/* ---- finalisation ---- */

static void write_err(VM *vm, const char *s, size_t n) {
    if (tpSys_write(vm, 1, s, n) < 0) {
        tpErr_clear(vm);
    }
}

/* Line `lineno` of file `path`, stripped, as the warning's second line ("  text\n"); empty if
 * unreadable. */
static void source_line(const char *path, int lineno, char *buf, size_t size) {
    buf[0] = '\0';
    FILE *fp = lineno > 0 ? fopen(path, "r") : NULL;
    if (fp == NULL) {
        return;
    }
    char line[400];
    for (int i = 1; fgets(line, sizeof line, fp) != NULL; i++) {
        if (i == lineno) {
            char *s = line;
            while (*s == ' ' || *s == '\t' || *s == '\f') {
                s++;
            }
            size_t len = strcspn(s, "\r\n");
            if (len > 0) {
                snprintf(buf, size, "  %.*s\n", (int)len, s);
            }
            break;
        }
    }
    fclose(fp);
}

/* "RuntimeWarning: coroutine '...' was never awaited", located as CPython's warning would be: at
 * the running frame's line (with its source and the tracemalloc hint), or "sys:1" once the
 * program has finished. */
static void warn_never_awaited(VM *vm, ObjGenerator *g) {
    char buf[1024], src[420];
    Frame *f = vm->frame;
    int n;
    tpSys_flush_std(vm);
    if (f != NULL && f->code != NULL && f->pc != NULL) {
        int line = tpCode_position(f->code, tpFrame_lasti(f)).lineno;
        source_line(f->code->filename->data, line, src, sizeof src);
        n = snprintf(buf, sizeof buf, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n"
                     "%sRuntimeWarning: Enable tracemalloc to get the object allocation "
                     "traceback\n", f->code->filename->data, line, g->qualname->data, src);
    } else {
        n = snprintf(buf, sizeof buf, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n",
                     g->qualname->data);
    }
    write_err(vm, buf, n < 0 ? 0 : (size_t)n >= sizeof buf ? sizeof buf - 1 : (size_t)n);
}

/* Would closing this unreachable generator be unobservable? A plain generator that never
 * started has no frame state to unwind; a suspended one whose suspension point no exception
 * handler covers (no try/finally/with around the yield) and that delegates to no sub-iterator
 * would only have GeneratorExit leave its frame at once. The collector frees such generators
 * without queueing them for tpGen_finalize: queueing keeps each one (and what it references)
 * alive one more collection and costs a call per object, which made `any(genexp)`,
 * `next(genexp)` and other early exits from generators slower than running them to the end.
 * Coroutines (the "never awaited" warning) and async generators always go through the queue,
 * and so does everything while a trace or profile function could see the close. */
bool tpGen_close_is_silent(VM *vm, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    if (o->type != T(GENERATOR) || !IS_NULL(vm->trace_func) || !IS_NULL(vm->profile_func)) {
        return false;
    }
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        return true;
    }
    if (g->state != GEN_SUSPENDED || !IS_NULL(yielding_from(g))) {
        return false;
    }
    ObjCode *co = g->frame.code;
    int lasti = (int)(g->frame.pc - co->code) - 1;
    for (int i = 0; i < co->nexc; i++) {
        if (lasti >= co->exctable[i].start && lasti < co->exctable[i].end) {
            return false;
        }
    }
    return true;
}

/* Called by the collector for an unreachable generator, coroutine or async generator (and for
 * every one still alive at exit): close a suspended one so its `finally` blocks run, reporting an
 * error as CPython's "Exception ignored in: ..."; warn about a coroutine that never started. */
void tpGen_finalize(VM *vm, Value gen) {
    ObjGenerator *g = AS_GEN(gen);
    if (g->state == GEN_CREATED) {
        /* no qualname: creating it ran out of memory, Python code never saw this object */
        if (g->hdr.type == T(COROUTINE) && g->qualname != NULL) {
            warn_never_awaited(vm, g);
        }
        finish(g);
        return;
    }
    if (g->state != GEN_SUSPENDED) {
        return;
    }
    Value r;
    if (gen_close(vm, g, &r) == 0) {
        return;
    }
    tpErr_write_unraisable(vm, tpErr_fetch(vm), gen);
}


static int gen_repr(VM *vm, Value self, Value *out) {
    ObjGenerator *g = AS_GEN(self);
    const char *k = g->hdr.type == T(COROUTINE) ? "coroutine"
                    : g->hdr.type == T(ASYNC_GENERATOR) ? "async_generator" : "generator";
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_printf(vm, &b, "<%s object ", k) < 0 || tpBuf_put_str(vm, &b, g->qualname) < 0 ||
        tpBuf_printf(vm, &b, " at %p>", (void *)g) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int g_name(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_GEN(self)->name);
    return 0;
}
static int g_set_name(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "__name__ must be set to a string object");
    }
    AS_GEN(self)->name = AS_STR(v);
    tpGC_barrier(vm, AS_OBJ(self));
    return 0;
}
static int g_qualname(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_GEN(self)->qualname);
    return 0;
}
static int g_set_qualname(VM *vm, Value self, Value v) {
    if (IS_NULL(v) || !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "__qualname__ must be set to a string object");
    }
    AS_GEN(self)->qualname = AS_STR(v);
    tpGC_barrier(vm, AS_OBJ(self));
    return 0;
}
static int g_running(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(AS_GEN(self)->state == GEN_RUNNING);
    return 0;
}
static int g_suspended(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(AS_GEN(self)->state == GEN_SUSPENDED);
    return 0;
}
static int g_code(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_GEN(self)->frame.code);
    return 0;
}
static int g_frame(VM *vm, Value self, Value *out) {
    ObjGenerator *g = AS_GEN(self);
    if (g->state == GEN_CLOSED) {
        *out = NONE_VAL;
        return 0;
    }
    ObjFrame *fo = tpFrame_object(vm, &g->frame);
    if (fo == NULL) {
        return -1;
    }
    *out = OBJ_VAL(fo);
    return 0;
}
static int g_yieldfrom(VM *vm, Value self, Value *out) {
    Value yf = yielding_from(AS_GEN(self));
    *out = IS_NULL(yf) ? NONE_VAL : yf;
    return 0;
}

static int m_del(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    tpGen_finalize(vm, argv[0]);
    *out = NONE_VAL;
    return 0;
}

static const MethodDef gen_methods[] = {
    TP_METHOD("__del__", m_del, 0, 0),
    TP_METHOD("__next__", m_next, 0, 0),
    TP_METHOD("send", m_send, 1, 1),
    TP_METHOD("throw", m_throw, 1, 3),
    TP_METHOD("close", m_close, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef gen_getsets[] = {
    {"__name__", g_name, g_set_name, NULL},
    {"__qualname__", g_qualname, g_set_qualname, NULL},
    {"gi_running", g_running, NULL, NULL},
    {"gi_suspended", g_suspended, NULL, NULL},
    {"gi_code", g_code, NULL, NULL},
    {"gi_frame", g_frame, NULL, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpGenerator_spec = {
    .flags = TPFLAG_HAS_DEL | TPFLAG_GC_BARRIERED,   /* finalised by tpGen_finalize when collected */
    .name = "generator",
    .id = TYPE_GENERATOR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .repr = gen_repr, .iter = gen_iter,
              .next = gen_next},
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutine ---- */

/* coroutine.__await__() returns a coroutine_wrapper: an iterator driving the coroutine. */
typedef struct ObjCoroWrapper {
    Obj hdr;
    Value coro;
} ObjCoroWrapper;

static void cw_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjCoroWrapper *)o)->coro);
}

static int m_await(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjCoroWrapper *w = tpGC_alloc(vm, T(CORO_WRAPPER), sizeof(ObjCoroWrapper));
    if (w == NULL) {
        return -1;
    }
    w->coro = argv[0];
    *out = OBJ_VAL(w);
    return 0;
}

static int cw_next(VM *vm, Value self, Value *out) {
    int r = tpGen_send(vm, ((ObjCoroWrapper *)AS_OBJ(self))->coro, NONE_VAL, NULL_VAL, out);
    return r == 1 ? stop_iteration(vm, *out) : r;
}

/* send/throw/close on the wrapper: the coroutine's own methods with self replaced. */
static int cw_forward(VM *vm, int argc, Value *argv, Value *out,
                      int (*fn)(VM *, int, Value *, ObjTuple *, Value *)) {
    Value args[4];
    args[0] = ((ObjCoroWrapper *)AS_OBJ(argv[0]))->coro;
    for (int i = 1; i < argc && i < 4; i++) {
        args[i] = argv[i];
    }
    return fn(vm, argc, args, NULL, out);
}

static int m_cw_send(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return cw_forward(vm, argc, argv, out, m_send);
}
static int m_cw_throw(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return cw_forward(vm, argc, argv, out, m_throw);
}
static int m_cw_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return cw_forward(vm, argc, argv, out, m_close);
}

static const MethodDef cw_methods[] = {
    TP_METHOD("send", m_cw_send, 1, 1),
    TP_METHOD("throw", m_cw_throw, 1, 3),
    TP_METHOD("close", m_cw_close, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpCoroWrapper_spec = {
    .name = "coroutine_wrapper",
    .id = TYPE_CORO_WRAPPER,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjCoroWrapper),
    .slots = {.mark = cw_mark, .iter = gen_iter, .next = cw_next},
    .methods = cw_methods,
};

static int g_none(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static const MethodDef coro_methods[] = {
    TP_METHOD("__del__", m_del, 0, 0),
    TP_METHOD("send", m_send, 1, 1),
    TP_METHOD("throw", m_throw, 1, 3),
    TP_METHOD("close", m_close, 0, 0),
    TP_METHOD("__await__", m_await, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef coro_getsets[] = {
    {"__name__", g_name, g_set_name, NULL},
    {"__qualname__", g_qualname, g_set_qualname, NULL},
    {"cr_running", g_running, NULL, NULL},
    {"cr_suspended", g_suspended, NULL, NULL},
    {"cr_code", g_code, NULL, NULL},
    {"cr_frame", g_frame, NULL, NULL},
    {"cr_await", g_yieldfrom, NULL, NULL},
    {"cr_origin", g_none, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpCoroutine_spec = {
    .flags = TPFLAG_HAS_DEL | TPFLAG_GC_BARRIERED,   /* finalised by tpGen_finalize when collected */
    .name = "coroutine",
    .id = TYPE_COROUTINE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .repr = gen_repr},
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* ---- async generators ---- */

/* Did the async generator stop at one of its own `yield`s (not at an await passing through)? */
static bool agen_yielded_itself(ObjGenerator *g) {
    const Instr *pc = g->frame.pc;
    return g->state == GEN_SUSPENDED && pc - g->frame.code->code >= 2 &&
           INSTR_OP(pc[-1]) == OP_YIELD_VALUE && INSTR_OP(pc[-2]) == OP_ASYNC_GEN_WRAP;
}

/* The awaitable returned by asend()/__anext__() (is_athrow false) or athrow()/aclose(). */
typedef struct ObjAGenOp {
    Obj hdr;
    Value agen;
    Value val;       /* asend: the value to send first; athrow: the exception (NULL_VAL: aclose) */
    int targc;       /* athrow: the arguments as given, for delegating to a Python throw() */
    Value targv[3];
    int state;       /* OP_INIT, OP_ITER, OP_DONE */
    bool is_athrow;
} ObjAGenOp;
enum { AOP_INIT, AOP_ITER, AOP_DONE };

#define AS_AOP(v) ((ObjAGenOp *)AS_OBJ(v))

static void aop_mark(VM *vm, Obj *o) {
    ObjAGenOp *op = (ObjAGenOp *)o;
    tpGC_mark_value(vm, op->agen);
    tpGC_mark_value(vm, op->val);
    tpGC_mark_values(vm, op->targv, 3);
}

static int aop_new(VM *vm, Value agen, Value val, bool athrow, Value *out) {
    ObjAGenOp *op = tpGC_alloc(vm, athrow ? T(ASYNC_GEN_ATHROW) : T(ASYNC_GEN_ASEND),
                               sizeof(ObjAGenOp));
    if (op == NULL) {
        return -1;
    }
    op->agen = agen;
    op->val = val;
    op->targc = 0;
    op->targv[0] = op->targv[1] = op->targv[2] = NULL_VAL;
    op->state = AOP_INIT;
    op->is_athrow = athrow;
    *out = OBJ_VAL(op);
    return 0;
}

/* Turn the outcome of resuming the async generator into the awaitable's: 0 pass an await's value
 * out, -1 with StopIteration(value) for a yield, StopAsyncIteration when it ended, or an error. */
static int aop_result(VM *vm, ObjAGenOp *op, int r, Value *out) {
    ObjGenerator *g = AS_GEN(op->agen);
    bool closing = op->is_athrow && IS_NULL(op->val);
    if (r == 0 && !agen_yielded_itself(g)) {
        return 0;
    }
    op->state = AOP_DONE;
    g->ag_running_async = false;
    if (r == 0) {
        if (closing) {
            return tpErr_raise(vm, EXC_RuntimeError, "async generator ignored GeneratorExit");
        }
        return stop_iteration(vm, *out);
    }
    if (r == 1) {
        return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, closing ? EXC_StopIteration
                                                            : EXC_StopAsyncIteration)));
    }
    if (closing && (tpErr_matches(vm, EXC_StopAsyncIteration) ||
                    tpErr_matches(vm, EXC_GeneratorExit))) {
        tpErr_clear(vm);
        return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_StopIteration)));
    }
    return -1;
}

static int aop_start(VM *vm, ObjAGenOp *op) {
    ObjGenerator *g = AS_GEN(op->agen);
    if (op->state == AOP_DONE) {
        return tpErr_raise(vm, EXC_RuntimeError, op->is_athrow
                           ? "cannot reuse already awaited aclose()/athrow()"
                           : "cannot reuse already awaited __anext__()/asend()");
    }
    if (op->state == AOP_INIT && g->ag_running_async) {
        return tpErr_raise(vm, EXC_RuntimeError, !op->is_athrow
                           ? "anext(): asynchronous generator is already running"
                           : IS_NULL(op->val)
                           ? "aclose(): asynchronous generator is already running"
                           : "athrow(): asynchronous generator is already running");
    }
    return 0;
}

static int aop_send(VM *vm, Value self, Value v, Value *out) {
    ObjAGenOp *op = AS_AOP(self);
    ObjGenerator *g = AS_GEN(op->agen);
    if (aop_start(vm, op) < 0) {
        return -1;
    }
    int r;
    if (op->state == AOP_INIT) {
        op->state = AOP_ITER;
        if (op->is_athrow) {
            bool closing = IS_NULL(op->val);
            if (g->state == GEN_CLOSED || (closing && g->state == GEN_CREATED)) {
                finish(g);
                op->state = AOP_DONE;
                return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_StopIteration)));
            }
            Value exc = op->val;
            if (closing && tpObj_call(vm, OBJ_VAL(tpExc_type(vm, EXC_GeneratorExit)), 0, NULL,
                                      NULL, &exc) < 0) {
                return -1;
            }
            g->ag_running_async = true;
            r = gen_throw_exc(vm, g, exc, op->targc, op->targv, out);
            return aop_result(vm, op, r, out);
        }
        if (IS_NONE(v)) {
            v = op->val;
        }
    }
    g->ag_running_async = true;
    r = tpGen_send(vm, op->agen, v, NULL_VAL, out);
    return aop_result(vm, op, r, out);
}

static int aop_next(VM *vm, Value self, Value *out) {
    return aop_send(vm, self, NONE_VAL, out);
}

static int m_aop_send(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return aop_send(vm, argv[0], argv[1], out);
}

static int m_aop_throw(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjAGenOp *op = AS_AOP(argv[0]);
    ObjGenerator *g = AS_GEN(op->agen);
    if (aop_start(vm, op) < 0) {
        return -1;
    }
    Value exc;
    if (make_throw_exc(vm, argc, argv, &exc) < 0) {
        return -1;
    }
    if (g->state == GEN_RUNNING) {
        return tpErr_raise(vm, EXC_ValueError, "async generator already executing");
    }
    op->state = AOP_ITER;
    g->ag_running_async = true;
    int r = gen_throw_exc(vm, g, exc, argc - 1, argv + 1, out);
    return aop_result(vm, op, r, out);
}

static int m_aop_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjAGenOp *op = AS_AOP(argv[0]);
    if (op->state == AOP_ITER) {
        AS_GEN(op->agen)->ag_running_async = false;
    }
    op->state = AOP_DONE;
    *out = NONE_VAL;
    return 0;
}

static int m_self(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = argv[0];
    return 0;
}

static const MethodDef aop_methods[] = {
    TP_METHOD("send", m_aop_send, 1, 1),
    TP_METHOD("throw", m_aop_throw, 1, 3),
    TP_METHOD("close", m_aop_close, 0, 0),
    TP_METHOD("__await__", m_self, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpAsyncGenASend_spec = {
    .name = "async_generator_asend",
    .id = TYPE_ASYNC_GEN_ASEND,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjAGenOp),
    .slots = {.mark = aop_mark, .iter = gen_iter, .next = aop_next},
    .methods = aop_methods,
};

const TypeSpec tpAsyncGenAThrow_spec = {
    .name = "async_generator_athrow",
    .id = TYPE_ASYNC_GEN_ATHROW,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjAGenOp),
    .slots = {.mark = aop_mark, .iter = gen_iter, .next = aop_next},
    .methods = aop_methods,
};

static int m_asend(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return aop_new(vm, argv[0], argv[1], false, out);
}

static int m_anext(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return aop_new(vm, argv[0], NONE_VAL, false, out);
}

static int m_athrow(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value exc;
    if (make_throw_exc(vm, argc, argv, &exc) < 0 || aop_new(vm, argv[0], exc, true, out) < 0) {
        return -1;
    }
    ObjAGenOp *op = AS_AOP(*out);
    op->targc = argc - 1;
    for (int i = 1; i < argc; i++) {
        op->targv[i - 1] = argv[i];
    }
    return 0;
}

static int m_aclose(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return aop_new(vm, argv[0], NULL_VAL, true, out);
}

static const MethodDef agen_methods[] = {
    TP_METHOD("__del__", m_del, 0, 0),
    TP_METHOD("__aiter__", m_self, 0, 0),
    TP_METHOD("__anext__", m_anext, 0, 0),
    TP_METHOD("asend", m_asend, 1, 1),
    TP_METHOD("athrow", m_athrow, 1, 3),
    TP_METHOD("aclose", m_aclose, 0, 0),
    {"__class_getitem__", tpGenericAlias_class_getitem, 1, 1, METH_CLASS, 0, NULL},
    TP_METHOD_END,
};

static const GetSetDef agen_getsets[] = {
    {"__name__", g_name, g_set_name, NULL},
    {"__qualname__", g_qualname, g_set_qualname, NULL},
    {"ag_running", g_running, NULL, NULL},
    {"ag_code", g_code, NULL, NULL},
    {"ag_frame", g_frame, NULL, NULL},
    {"ag_await", g_yieldfrom, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpAsyncGenerator_spec = {
    .flags = TPFLAG_HAS_DEL | TPFLAG_GC_BARRIERED,   /* finalised by tpGen_finalize when collected */
    .name = "async_generator",
    .id = TYPE_ASYNC_GENERATOR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .repr = gen_repr},
    .methods = agen_methods,
    .getsets = agen_getsets,
};

/* ---- aiter(), anext() ---- */

int tpGen_bi_aiter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value f;
    int r = tpOps_lookup_special(vm, argv[0], vm->names[NAME___aiter__], &f);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError, "'%T' object is not an async iterable",
                                         argv[0]);
    }
    if (tpObj_call(vm, f, 0, NULL, NULL, out) < 0) {
        return -1;
    }
    if (IS_NULL(tpType_lookup(vm, tpType_of(vm, *out), vm->names[NAME___anext__]))) {
        return tpErr_format(vm, EXC_TypeError, "aiter() returned not an async iterator of type "
                            "'%T'", *out);
    }
    return 0;
}

/* anext(it, default): awaits it.__anext__() and turns StopAsyncIteration into the default. */
typedef struct ObjAnext {
    Obj hdr;
    Value awaitable;   /* the __anext__() result, then the iterator its __await__ gave */
    Value dflt;
    bool started;
} ObjAnext;

static void anext_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjAnext *)o)->awaitable);
    tpGC_mark_value(vm, ((ObjAnext *)o)->dflt);
}

int tpGen_bi_anext(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value f;
    int r = tpOps_lookup_special(vm, argv[0], vm->names[NAME___anext__], &f);
    if (r <= 0) {
        return r < 0 ? -1 : tpErr_format(vm, EXC_TypeError, "'%T' object is not an async iterator",
                                         argv[0]);
    }
    Value aw;
    if (tpObj_call(vm, f, 0, NULL, NULL, &aw) < 0) {
        return -1;
    }
    if (argc == 1) {
        *out = aw;
        return 0;
    }
    ObjAnext *a = tpGC_alloc(vm, T(ANEXT_AWAITABLE), sizeof(ObjAnext));
    if (a == NULL) {
        return -1;
    }
    a->awaitable = aw;
    a->dflt = argv[1];
    a->started = false;
    *out = OBJ_VAL(a);
    return 0;
}

/* The outcome of one step of the wrapped awaitable: StopAsyncIteration becomes StopIteration with
 * the default value. */
static int anext_step(VM *vm, ObjAnext *a, Value v, Value exc, int targc, Value *targv,
                      Value *out) {
    if (!a->started) {
        Value it;
        if (tpOps_get_awaitable(vm, a->awaitable, 0, &it) < 0) {
            return -1;
        }
        a->awaitable = it;
        a->started = true;
    }
    int r;
    if (!IS_NULL(exc)) {
        Value m;
        r = tpObj_getattr_opt(vm, a->awaitable, vm->names[NAME_throw], &m);
        if (r == 0) {
            vm->exc = exc;
            r = -1;
        } else if (r == 1) {
            r = tpObj_call(vm, m, targc, targv, NULL, out) < 0 ? -1 : 0;
        }
    } else {
        r = tpOps_send(vm, a->awaitable, v, out);
    }
    if (r == 1) {
        return stop_iteration(vm, *out);
    }
    if (r < 0 && tpErr_matches(vm, EXC_StopAsyncIteration)) {
        tpErr_clear(vm);
        return stop_iteration(vm, a->dflt);
    }
    return r;
}

static int anext_next(VM *vm, Value self, Value *out) {
    return anext_step(vm, (ObjAnext *)AS_OBJ(self), NONE_VAL, NULL_VAL, 0, NULL, out);
}

static int m_anext_send(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return anext_step(vm, (ObjAnext *)AS_OBJ(argv[0]), argv[1], NULL_VAL, 0, NULL, out);
}

static int m_anext_throw(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value exc;
    if (make_throw_exc(vm, argc, argv, &exc) < 0) {
        return -1;
    }
    return anext_step(vm, (ObjAnext *)AS_OBJ(argv[0]), NONE_VAL, exc, argc - 1, argv + 1, out);
}

static int m_anext_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjAnext *a = (ObjAnext *)AS_OBJ(argv[0]);
    *out = NONE_VAL;
    if (!a->started) {
        return 0;
    }
    Value m;
    int r = tpObj_getattr_opt(vm, a->awaitable, vm->names[NAME_close], &m);
    return r <= 0 ? r : tpObj_call(vm, m, 0, NULL, NULL, out);
}

static const MethodDef anext_methods[] = {
    TP_METHOD("send", m_anext_send, 1, 1),
    TP_METHOD("throw", m_anext_throw, 1, 3),
    TP_METHOD("close", m_anext_close, 0, 0),
    TP_METHOD("__await__", m_self, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpAnextAwaitable_spec = {
    .name = "anext_awaitable",
    .id = TYPE_ANEXT_AWAITABLE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjAnext),
    .slots = {.mark = anext_mark, .iter = gen_iter, .next = anext_next},
    .methods = anext_methods,
};
