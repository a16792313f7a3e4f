/*
 * mod_gc.c — the `gc` module: collect() runs a full collection and the finalisers it makes
 * pending; enable/disable/isenabled toggle automatic collection (vm->gc_paused). The
 * generational knobs of CPython (thresholds, counts) are accepted and reported as CPython's
 * defaults: the collector here is not generational.
 */
#include "objmodel.h"
#include "runtime.h"
#include "interp.h"

/* gc.disable() sets this bit of vm->gc_paused (a count of internal pauses otherwise) */
#define GC_USER_OFF 0x40000000

TP_INTERNAL int tpGC_module_init(VM *vm, Value *out);

static int gc_collect(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    size_t before = vm->heap.nobjects;
    tpGC_collect(vm);
    tpGC_run_finalizers(vm);
    size_t after = vm->heap.nobjects;
    /* CPython reports the unreachable objects found; ours is the number freed */
    *out = INT_VAL(before > after ? (int64_t)(before - after) : 0);
    return 0;
}

static int gc_enable(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    vm->gc_paused &= ~GC_USER_OFF;
    *out = NONE_VAL;
    return 0;
}

static int gc_disable(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    vm->gc_paused |= GC_USER_OFF;
    *out = NONE_VAL;
    return 0;
}

static int gc_isenabled(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = BOOL_VAL(!(vm->gc_paused & GC_USER_OFF));
    return 0;
}

static int gc_get_threshold(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjTuple *t = tpTuple_pack(vm, 3, INT_VAL(700), INT_VAL(10), INT_VAL(10));
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int gc_get_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjTuple *t = tpTuple_pack(vm, 3, INT_VAL(0), INT_VAL(0), INT_VAL(0));
    *out = t ? OBJ_VAL(t) : NULL_VAL;
    return t ? 0 : -1;
}

static int gc_set_threshold(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    for (int i = 0; i < argc; i++) {
        if (!tpInt_check(vm, argv[i])) {
            return tpErr_format(vm, EXC_TypeError,
                                "'%T' object cannot be interpreted as an integer", argv[i]);
        }
    }
    *out = NONE_VAL;
    return 0;
}

/* CPython tracks containers only; atoms (numbers, strings, None...) are never tracked. */
static int gc_is_tracked(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value v = argv[0];
    bool atom = !IS_OBJ(v) || tpObj_is(vm, v, TYPE_STR) || tpObj_is(vm, v, TYPE_BYTES) ||
                tpObj_is(vm, v, TYPE_INT) || tpObj_is(vm, v, TYPE_FLOAT) ||
                tpObj_is(vm, v, TYPE_COMPLEX);
    *out = BOOL_VAL(!atom);
    return 0;
}

static const MethodDef gc_functions[] = {
    TP_METHOD("get_threshold", gc_get_threshold, 0, 0),
    TP_METHOD("set_threshold", gc_set_threshold, 1, 3),
    TP_METHOD("get_count", gc_get_count, 0, 0),
    TP_METHOD("is_tracked", gc_is_tracked, 1, 1),
    {"collect", gc_collect, 0, 1, METH_KW, 0, NULL},
    TP_METHOD("enable", gc_enable, 0, 0),
    TP_METHOD("disable", gc_disable, 0, 0),
    TP_METHOD("isenabled", gc_isenabled, 0, 0),
    TP_METHOD_END,
};

int tpGC_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "gc");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    ObjList *garbage = tpList_new(vm, 0);  /* uncollectable objects: there are none */
    if (garbage == NULL || tpModule_add_functions(vm, m, gc_functions) < 0 ||
        tpDict_set_cstr(vm, m->dict, "garbage", OBJ_VAL(garbage)) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
