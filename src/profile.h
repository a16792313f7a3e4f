/*
 * profile.h — sys.setprofile's events (profile.c), raised by the eval loop only while a profile
 * function is set: vm.c tests vm->profile_func where a frame starts or resumes, on the slow
 * return path (a profiled frame has a frame object, so it never takes the fast one), at a yield,
 * when a frame is left by an exception, and on the general call path, which calls of built-ins
 * take while profiling (tpProfile_sync).
 */
#ifndef TP_PROFILE_H
#define TP_PROFILE_H

#include "vm_internal.h"

/* Call the profile function with (frame of f, event, arg), with profiling off while it runs and
 * the pending exception kept. 0, or -1 when it raised: profiling is then switched off and its
 * exception is pending (replacing any that was). */
TP_INTERNAL TP_MUST_CHECK int tpProfile_event(VM *vm, Frame *f, const char *event, Value arg);
/* Call the built-in fn (a built-in function or method descriptor) between 'c_call' and
 * 'c_return' / 'c_exception' events, as CPython's profiled CALL. */
TP_INTERNAL TP_MUST_CHECK int tpProfile_call_native(VM *vm, Frame *f, Value fn, int argc,
                                                    Value *argv, ObjTuple *kwnames, Value *out);
/* sys.setprofile(fn) (None: off); sys.getprofile(). */
TP_INTERNAL TP_MUST_CHECK int tpProfile_set(VM *vm, Value fn);
/* Bring the eval loop's flags in line with the profile state (also at start-up, mod_sys.c). */
TP_INTERNAL void tpProfile_sync(VM *vm);
TP_INTERNAL Value tpProfile_get(VM *vm);

#endif
