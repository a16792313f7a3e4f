/*
 * profile.c — sys.setprofile / sys.getprofile and the events the profile function receives:
 * 'call' and 'return' of Python frames (a yield is a 'return', a resumption a 'call', a frame
 * left by an exception returns None), 'c_call', 'c_return' and 'c_exception' around calls of
 * built-in functions and methods from Python code. profile.h says where the eval loop asks.
 */
#include "profile.h"

/* Make the eval loop's cheap tests see whether profiling is on: a set profile function keeps
 * vm->interrupt up (tpSignal_run_pending leaves it so), which the commonest call tests before
 * entering a frame anyway; and the loop's own calls of built-ins compare the callable's type
 * with call_cfunction / call_method_descr, NULL while profiling, so that such calls go the
 * general way, which reports 'c_call' (vm.c). */
void tpProfile_sync(VM *vm) {
    bool on = !IS_NULL(vm->profile_func) || vm->profile_busy > 0;
    vm->call_cfunction = on ? NULL : vm->types[TYPE_CFUNCTION];
    vm->call_method_descr = on ? NULL : vm->types[TYPE_METHOD_DESCR];
    if (!IS_NULL(vm->profile_func)) {
        vm->interrupt = 1;
    }
}

int tpProfile_event(VM *vm, Frame *f, const char *event, Value arg) {
    Value fn = vm->profile_func;
    if (IS_NULL(fn)) {
        return 0;
    }
    size_t mark = tpGC_save(vm);
    Value saved = tpErr_fetch(vm);
    if (tpGC_push_root(vm, arg) < 0) {
        return -1;
    }
    ObjFrame *fo = tpFrame_object(vm, f);
    ObjStr *ev = fo == NULL ? NULL : tpStr_intern_cstr(vm, event);
    if (ev == NULL) {
        return -1;
    }
    Value args[3] = {OBJ_VAL(fo), OBJ_VAL(ev), arg};
    Value r;
    /* off while it runs; a sys.setprofile() it calls sets what is restored (profile_next) */
    vm->profile_func = NULL_VAL;
    vm->profile_next = fn;
    vm->profile_busy++;
    tpProfile_sync(vm);
    int rc = tpObj_call(vm, fn, 3, args, NULL, &r);
    vm->profile_busy--;
    if (rc < 0) {
        vm->profile_func = vm->profile_next = NULL_VAL;   /* as CPython: a failing one is unset */
        tpProfile_sync(vm);
        return -1;
    }
    vm->profile_func = vm->profile_next;
    vm->profile_next = NULL_VAL;
    tpProfile_sync(vm);
    vm->exc = saved;
    tpGC_restore(vm, mark);
    return 0;
}

int tpProfile_call_native(VM *vm, Frame *f, Value fn, int argc, Value *argv, ObjTuple *kwnames,
                          Value *out) {
    Value target = fn;
    ObjType *t = tpType_of(vm, fn);
    if (t == vm->types[TYPE_METHOD_DESCR]) {
        if (argc == 0) {   /* no self to bind: the call fails, and CPython reports no events */
            return tpObj_call(vm, fn, argc, argv, kwnames, out);
        }
        /* the events name the method bound to its receiver, as CPython's */
        if (t->sl.descr_get(vm, fn, argv[0], OBJ_VAL(tpType_of(vm, argv[0])), &target) < 0) {
            return -1;
        }
        if (tpGC_push_root(vm, target) < 0) {
            return -1;
        }
    }
    if (tpProfile_event(vm, f, "c_call", target) < 0) {
        return -1;
    }
    if (tpObj_call(vm, fn, argc, argv, kwnames, out) < 0) {
        if (tpProfile_event(vm, f, "c_exception", target) < 0) {
            return -1;   /* its error replaces the call's */
        }
        return -1;
    }
    if (tpGC_push_root(vm, *out) < 0) {
        return -1;
    }
    return tpProfile_event(vm, f, "c_return", target);
}

int tpProfile_set(VM *vm, Value fn) {
    fn = IS_NONE(fn) ? NULL_VAL : fn;
    if (!IS_NULL(fn)) {
        /* the frames running now report their 'return' too: with a frame object they leave
         * through the eval loop's slow return path, which asks for the event */
        for (Frame *f = vm->frame; f != NULL; f = f->prev) {
            if (tpFrame_object(vm, f) == NULL) {
                return -1;
            }
        }
    }
    if (vm->profile_busy > 0) {
        vm->profile_next = fn;
    } else {
        vm->profile_func = fn;
        tpProfile_sync(vm);
    }
    return 0;
}

Value tpProfile_get(VM *vm) {
    Value fn = vm->profile_busy > 0 ? vm->profile_next : vm->profile_func;
    return IS_NULL(fn) ? NONE_VAL : fn;
}
