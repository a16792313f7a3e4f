/*
 * mod_errno.c — the `errno` module: the E* constants of the platform's <errno.h> and `errorcode`
 * (number -> name). Where two names share a number, the later one in the table names it in
 * errorcode, chosen to match CPython on Linux (EAGAIN, EDEADLOCK, ENOTSUP).
 */
#include <errno.h>

#include "interp.h"
#include "runtime.h"

TP_INTERNAL int tpErrno_module_init(VM *vm, Value *out);

typedef struct ErrnoName {
    const char *name;
    int value;
} ErrnoName;

#define E(n) {#n, n}
static const ErrnoName errno_names[] = {
    E(EWOULDBLOCK), E(E2BIG), E(EACCES), E(EADDRINUSE), E(EADDRNOTAVAIL), E(EADV), E(EAFNOSUPPORT),
    E(EAGAIN), E(EALREADY), E(EBADE), E(EBADF), E(EBADFD), E(EBADMSG), E(EBADR), E(EBADRQC),
    E(EBADSLT), E(EBFONT), E(EBUSY), E(ECANCELED), E(ECHILD), E(ECHRNG), E(ECOMM), E(ECONNABORTED),
    E(ECONNREFUSED), E(ECONNRESET), E(EDEADLK), E(EDEADLOCK), E(EDESTADDRREQ), E(EDOM), E(EDOTDOT),
    E(EDQUOT), E(EEXIST), E(EFAULT), E(EFBIG), E(EHOSTDOWN), E(EHOSTUNREACH), E(EIDRM), E(EILSEQ),
    E(EINPROGRESS), E(EINTR), E(EINVAL), E(EIO), E(EISCONN), E(EISDIR), E(EISNAM), E(EKEYEXPIRED),
    E(EKEYREJECTED), E(EKEYREVOKED), E(EL2HLT), E(EL2NSYNC), E(EL3HLT), E(EL3RST), E(ELIBACC),
    E(ELIBBAD), E(ELIBEXEC), E(ELIBMAX), E(ELIBSCN), E(ELNRNG), E(ELOOP), E(EMEDIUMTYPE),
    E(EMFILE), E(EMLINK), E(EMSGSIZE), E(EMULTIHOP), E(ENAMETOOLONG), E(ENAVAIL), E(ENETDOWN),
    E(ENETRESET), E(ENETUNREACH), E(ENFILE), E(ENOANO), E(ENOBUFS), E(ENOCSI), E(ENODATA),
    E(ENODEV), E(ENOENT), E(ENOEXEC), E(ENOKEY), E(ENOLCK), E(ENOLINK), E(ENOMEDIUM), E(ENOMEM),
    E(ENOMSG), E(ENONET), E(ENOPKG), E(ENOPROTOOPT), E(ENOSPC), E(ENOSR), E(ENOSTR), E(ENOSYS),
    E(ENOTBLK), E(ENOTCONN), E(ENOTDIR), E(ENOTEMPTY), E(ENOTNAM), E(ENOTRECOVERABLE), E(ENOTSOCK),
    E(ENOTTY), E(ENOTUNIQ), E(ENXIO), E(EOPNOTSUPP), E(EOVERFLOW), E(EOWNERDEAD), E(EPERM),
    E(EPFNOSUPPORT), E(EPIPE), E(EPROTO), E(EPROTONOSUPPORT), E(EPROTOTYPE), E(ERANGE), E(EREMCHG),
    E(EREMOTE), E(EREMOTEIO), E(ERESTART), E(ERFKILL), E(EROFS), E(ESHUTDOWN), E(ESOCKTNOSUPPORT),
    E(ESPIPE), E(ESRCH), E(ESRMNT), E(ESTALE), E(ESTRPIPE), E(ETIME), E(ETIMEDOUT),
    E(ETOOMANYREFS), E(ETXTBSY), E(EUCLEAN), E(EUNATCH), E(EUSERS), E(EXDEV), E(EXFULL),
    E(ENOTSUP),
    {NULL, 0},
};
#undef E

int tpErrno_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "errno");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    ObjDict *codes = tpDict_new(vm);
    if (m == NULL || codes == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    for (const ErrnoName *e = errno_names; e->name != NULL; e++) {
        ObjStr *s = tpStr_intern_cstr(vm, e->name);
        if (s == NULL || tpDict_set_str(vm, m->dict, s, INT_VAL(e->value)) < 0 ||
            tpDict_set(vm, codes, INT_VAL(e->value), OBJ_VAL(s)) < 0) {
            return -1;
        }
    }
    if (tpDict_set_cstr(vm, m->dict, "errorcode", OBJ_VAL(codes)) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
