/*
 * obj_gen.c — generators, coroutines and async generators. Each owns one Frame whose slots live
 * in a buffer of its own; resuming runs that frame in the eval loop as an entry frame (linked to
 * the resumer's frame while running). Implements send/throw/close with `yield from` delegation,
 * PEP 479 (StopIteration escaping a generator becomes RuntimeError) and "already executing".
 * Async generator iteration (asend/athrow) is not implemented yet.
 */
#include "interp.h"
#include "vm_internal.h"

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
    ObjGenerator *g = tpGC_alloc(vm, t, sizeof(ObjGenerator));
    if (g == NULL) {
        return -1;
    }
    size_t n = (size_t)co->nlocalsplus + (size_t)co->stacksize;
    g->slots = tpMem_alloc(vm, (n ? n : 1) * sizeof(Value));
    if (g->slots == NULL) {
        return -1;
    }
    g->nslots = n;
    for (size_t i = 0; i < n; i++) {
        g->slots[i] = NULL_VAL;
    }
    g->frame.code = co;
    g->frame.base = g->slots;
    g->frame.locals_map = NULL_VAL;
    g->frame.handled_exc = NULL_VAL;
    g->ag_wrapper = NULL_VAL;
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

static void gen_free(VM *vm, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    if (g->slots != NULL) {
        tpMem_free(vm, g->slots, (g->nslots ? g->nslots : 1) * sizeof(Value));
        g->slots = NULL;
    }
}

static void finish(ObjGenerator *g) {
    g->state = GEN_CLOSED;
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

int tpGen_send(VM *vm, Value gen, Value v, Value exc, Value *out) {
    ObjGenerator *g = AS_GEN(gen);
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
    if (IS_NULL(exc)) {
        if (g->state == GEN_CREATED) {
            if (!IS_NONE(v)) {
                return tpErr_format(vm, EXC_TypeError,
                                    "can't send non-None value to a just-started %s", kind);
            }
        } else {
            *g->frame.sp++ = v;
        }
    } else {
        vm->exc = exc;
    }
    g->state = GEN_RUNNING;
    g->frame.entry = 1;
    int r = tpVM_run_frame(vm, &g->frame, !IS_NULL(exc), out);
    if (r == 1) {
        g->state = GEN_SUSPENDED;
        return 0;
    }
    finish(g);
    if (r == 0) {
        return 1;
    }
    convert_stop(vm, g);
    return -1;
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
static int gen_throw_exc(VM *vm, ObjGenerator *g, Value exc, Value *out) {
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
            r = gen_throw_exc(vm, AS_GEN(yf), exc, out);
        } else {
            r = tpObj_getattr_opt(vm, yf, vm->names[NAME_throw], &meth);
            if (r == 1) {
                r = tpObj_call(vm, meth, 1, &exc, NULL, out) < 0 ? -1 : 0;
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

/* 0 value, 1 exhausted, -1 error. A non-None return value is reported as StopIteration(value)
 * (-1) so that next(g) can show it; FOR_ITER treats that as exhaustion. */
static int gen_next(VM *vm, Value self, Value *out) {
    int r = tpGen_send(vm, self, NONE_VAL, NULL_VAL, out);
    if (r == 1 && !IS_NONE(*out)) {
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
    int r = gen_throw_exc(vm, g, exc, out);
    if (r == 1) {
        return stop_iteration(vm, *out);
    }
    return r;
}

static int m_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjGenerator *g = AS_GEN(argv[0]);
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
    int r = gen_throw_exc(vm, g, exc, &v);
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

static const MethodDef gen_methods[] = {
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
    .name = "generator",
    .id = TYPE_GENERATOR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .free = gen_free, .repr = gen_repr, .iter = gen_iter,
              .next = gen_next},
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutine ---- */

static int m_await(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = argv[0];
    return 0;
}

static const MethodDef coro_methods[] = {
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
    TP_GETSET_END,
};

const TypeSpec tpCoroutine_spec = {
    .name = "coroutine",
    .id = TYPE_COROUTINE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .free = gen_free, .repr = gen_repr},
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* ---- async generator (creation, repr and introspection only for now) ---- */

static int m_aiter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = argv[0];
    return 0;
}

static const MethodDef agen_methods[] = {
    TP_METHOD("__aiter__", m_aiter, 0, 0),
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
    .name = "async_generator",
    .id = TYPE_ASYNC_GENERATOR,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjGenerator),
    .slots = {.mark = gen_mark, .free = gen_free, .repr = gen_repr},
    .methods = agen_methods,
    .getsets = agen_getsets,
};
