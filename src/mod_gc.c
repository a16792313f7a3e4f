/*
 * mod_gc.c — the `gc` module: collect() runs a full collection and the finalisers it makes
 * pending; enable/disable/isenabled toggle automatic collection (vm->gc_paused).
 */
#include "objmodel.h"
#include "runtime.h"
#include "interp.h"

/* gc.disable() sets this bit of vm->gc_paused (a count of internal pauses otherwise) */
#define GC_USER_OFF 0x40000000

TP_INTERNAL int tpGC_module_init(VM *vm, Value *out);

static int gc_collect(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    size_t before = 0;
    for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
        before++;
    }
    tpGC_collect(vm);
    tpGC_run_finalizers(vm);
    size_t after = 0;
    for (Obj *o = vm->objects; o != NULL; o = o->gc_next) {
        after++;
    }
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

static const MethodDef gc_functions[] = {
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
    if (tpModule_add_functions(vm, m, gc_functions) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
