/*
 * obj_frame.c — the Python-visible frame object. Frame records live on the VM's frame stack and
 * die when the call returns, so a frame object points at its record while the frame runs and
 * keeps a snapshot (line, locals, f_back) once the frame has finished (tpFrame_detach).
 */
#include "vm_internal.h"

#define AS_FO(v) ((ObjFrame *)AS_OBJ(v))

ObjFrame *tpFrame_object(VM *vm, Frame *f) {
    if (f->frame_obj != NULL) {
        return (ObjFrame *)f->frame_obj;
    }
    ObjFrame *fo = tpGC_alloc(vm, vm->types[TYPE_FRAME], sizeof(ObjFrame));
    if (fo == NULL) {
        return NULL;
    }
    fo->frame = f;
    fo->code = f->code;
    fo->globals = f->globals;
    fo->locals = NULL_VAL;
    fo->back = NULL_VAL;
    fo->gen = f->gen;
    fo->lasti = tpFrame_lasti(f);
    f->frame_obj = (Obj *)fo;
    if (f->gen != NULL) {   /* a suspended generator's frame (gi_frame) */
        tpGC_barrier(vm, f->gen);
    }
    return fo;
}

/* The name of slot i of a frame's fast-locals area (locals, then cells, then free variables),
 * or NULL_VAL past the code's varnames. */
static Value slot_name(ObjCode *co, int i) {
    if (i < co->nlocals) {
        return co->varnames != NULL && (size_t)i < co->varnames->len ? co->varnames->items[i]
                                                                       : NULL_VAL;
    }
    i -= co->nlocals;
    return i < co->ncells ? co->cellvars->items[i] : co->freevars->items[i - co->ncells];
}

/* The value of slot i: a local as stored, a cell replaced by its contents (NULL_VAL when
 * unbound, which leaves the name out of the dict). */
static Value slot_value(VM *vm, ObjCode *co, const Value *base, int i) {
    Value v = base[i];
    if (i < co->nlocals) {
        return v;
    }
    if (IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_CELL]) {
        return ((ObjCell *)AS_OBJ(v))->value;
    }
    return NULL_VAL;
}

static int nslots(ObjCode *co) { return co->nlocals + co->ncells + co->nfrees; }

/* A dict {name: value} of the bound slots of base. */
static int slots_to_dict(VM *vm, ObjCode *co, const Value *base, Value *out) {
    ObjDict *d = tpDict_new(vm);
    if (d == NULL) {
        return -1;
    }
    for (int i = 0; i < nslots(co); i++) {
        Value name = slot_name(co, i);
        Value v = slot_value(vm, co, base, i);
        if (!IS_NULL(name) && !IS_NULL(v) && tpDict_set(vm, d, name, v) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(d);
    return 0;
}

int tpFrame_locals(VM *vm, Frame *f, Value *out) {
    if (!IS_NULL(f->locals_map)) {
        *out = f->locals_map;
        return 0;
    }
    return slots_to_dict(vm, f->code, f->base, out);
}

/* Finished frames keep their fast-locals area as a private tuple (NULL_VAL = unbound, cells kept
 * as cells): one allocation, no hashing. Most frame objects exist only because an exception's
 * traceback passed through them, and f_locals of those is rarely read; fo_locals builds the dict
 * then, reading the cells at that time as CPython does. */
static Value snapshot_locals(VM *vm, Frame *f) {
    if (!IS_NULL(f->locals_map)) {
        return f->locals_map;
    }
    ObjCode *co = f->code;
    ObjTuple *t = tpTuple_new(vm, (size_t)nslots(co));
    if (t == NULL) {
        return NULL_VAL;
    }
    memcpy(t->items, f->base, (size_t)nslots(co) * sizeof(Value));
    return OBJ_VAL(t);
}

void tpFrame_detach(VM *vm, Frame *f) {
    ObjFrame *fo = (ObjFrame *)f->frame_obj;
    if (fo == NULL) {
        return;
    }
    Value saved = tpErr_fetch(vm);
    fo->lasti = tpFrame_lasti(f);
    fo->locals = snapshot_locals(vm, f);
    if (f->prev != NULL && f->prev->frame_obj != NULL) {
        fo->back = OBJ_VAL(f->prev->frame_obj);
    } else {
        fo->back = NONE_VAL;
    }
    fo->frame = NULL;
    f->frame_obj = NULL;
    tpErr_clear(vm);
    vm->exc = saved;
}

static void fo_mark(VM *vm, Obj *o) {
    ObjFrame *fo = (ObjFrame *)o;
    tpGC_mark_obj(vm, (Obj *)fo->code);
    tpGC_mark_obj(vm, (Obj *)fo->globals);
    tpGC_mark_value(vm, fo->locals);
    tpGC_mark_value(vm, fo->back);
    tpGC_mark_obj(vm, fo->gen);
}

static int fo_lineno(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    if (fo->frame != NULL && fo->frame->pc == fo->code->code) {
        /* not started (a profile 'call' event, a new generator's gi_frame): CPython's frame is
         * at its RESUME, on the `def` line (line 0 for a module's code) */
        bool module = strcmp(fo->code->name->data, "<module>") == 0;
        *out = INT_VAL(module ? 0 : fo->code->firstlineno);
        return 0;
    }
    int lasti = fo->frame != NULL ? tpFrame_lasti(fo->frame) : fo->lasti;
    Position p = tpCode_position(fo->code, lasti);
    *out = INT_VAL(p.lineno > 0 ? p.lineno : fo->code->firstlineno);
    return 0;
}
static int fo_lasti(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    int lasti = fo->frame != NULL ? tpFrame_lasti(fo->frame) : fo->lasti;
    *out = INT_VAL((int64_t)lasti * 2);
    return 0;
}
static int fo_code(VM *vm, Value self, Value *out) {
    *out = OBJ_VAL(AS_FO(self)->code);
    return 0;
}
static int fo_globals(VM *vm, Value self, Value *out) {
    ObjDict *g = AS_FO(self)->globals;
    *out = g ? OBJ_VAL(g) : NONE_VAL;
    return 0;
}
static int fo_builtins(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    ObjDict *b = fo->frame != NULL && fo->frame->builtins ? fo->frame->builtins : vm->builtins;
    *out = OBJ_VAL(b);
    return 0;
}
static int fo_locals(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    if (fo->frame != NULL) {
        return tpFrame_locals(vm, fo->frame, out);
    }
    if (IS_OBJ(fo->locals) && AS_OBJ(fo->locals)->type == vm->types[TYPE_TUPLE]) {
        ObjTuple *snap = AS_TUPLE(fo->locals);
        Value d;
        if (slots_to_dict(vm, fo->code, snap->items, &d) < 0) {
            return -1;
        }
        fo->locals = d;
    }
    if (IS_NULL(fo->locals)) {
        ObjDict *d = tpDict_new(vm);
        if (d == NULL) {
            return -1;
        }
        fo->locals = OBJ_VAL(d);
    }
    *out = fo->locals;
    return 0;
}
static int fo_back(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    if (fo->frame == NULL) {
        *out = IS_NULL(fo->back) ? NONE_VAL : fo->back;
        return 0;
    }
    Frame *prev = fo->frame->prev;
    if (prev == NULL || prev->code == NULL) {
        *out = NONE_VAL;
        return 0;
    }
    ObjFrame *b = tpFrame_object(vm, prev);
    if (b == NULL) {
        return -1;
    }
    *out = OBJ_VAL(b);
    return 0;
}
static int fo_trace(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}
static int fo_set_trace(VM *vm, Value self, Value v) { return 0; }

static int fo_repr(VM *vm, Value self, Value *out) {
    ObjFrame *fo = AS_FO(self);
    Value ln;
    fo_lineno(vm, self, &ln);
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_printf(vm, &b, "<frame at %p, file '", (void *)fo) < 0 ||
        tpBuf_puts(vm, &b, fo->code->filename ? fo->code->filename->data : "?") < 0 ||
        tpBuf_printf(vm, &b, "', line %d, code ", (int)AS_INT(ln)) < 0 ||
        tpBuf_puts(vm, &b, fo->code->name ? fo->code->name->data : "?") < 0 ||
        tpBuf_putc(vm, &b, '>') < 0) {
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

static int m_clear(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (AS_FO(argv[0])->frame != NULL) {
        return tpErr_raise(vm, EXC_RuntimeError, "cannot clear an executing frame");
    }
    AS_FO(argv[0])->locals = NULL_VAL;
    *out = NONE_VAL;
    return 0;
}

static const MethodDef fo_methods[] = {
    TP_METHOD("clear", m_clear, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef fo_getsets[] = {
    {"f_lineno", fo_lineno, NULL, NULL},
    {"f_lasti", fo_lasti, NULL, NULL},
    {"f_code", fo_code, NULL, NULL},
    {"f_globals", fo_globals, NULL, NULL},
    {"f_builtins", fo_builtins, NULL, NULL},
    {"f_locals", fo_locals, NULL, NULL},
    {"f_back", fo_back, NULL, NULL},
    {"f_trace", fo_trace, fo_set_trace, NULL},
    TP_GETSET_END,
};

const TypeSpec tpFrame_spec = {
    .name = "frame",
    .id = TYPE_FRAME,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjFrame),
    .slots = {.mark = fo_mark, .repr = fo_repr},
    .methods = fo_methods,
    .getsets = fo_getsets,
};
