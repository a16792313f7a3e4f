/*
 * error.c — raising exceptions from C: the one error path's entry points.
 *
 * A raise creates an exception instance and stores it in vm->exc; the function then returns -1
 * (or NULL) up to the VM, whose single `error:` label unwinds frames. If creating the exception
 * itself fails, the preallocated MemoryError instance is raised instead, so raising never fails.
 */
#include <string.h>
#include <stdlib.h>

#include "runtime.h"

int tpErr_no_memory(VM *vm) {
    vm->exc = vm->memory_error;
    return -1;
}

int tpErr_from_errno(VM *vm, int err, Value filename, Value filename2) {
    ObjStr *msg = tpStr_from_cstr(vm, strerror(err));
    if (msg == NULL) {
        return -1;
    }
    Value args[5] = {INT_VAL(err), OBJ_VAL(msg), filename, INT_VAL(0), filename2};
    int argc = IS_NULL(filename) ? 2 : IS_NULL(filename2) ? 3 : 5;
    /* called, not just instantiated: OSError.__new__ picks the errno's subclass
     * (FileNotFoundError...) */
    Value e;
    if (tpObj_call(vm, OBJ_VAL(vm->exc_types[EXC_OSError]), argc, args, NULL, &e) < 0) {
        return -1;
    }
    return tpErr_set(vm, e);
}

bool tpErr_matches(VM *vm, int exc_id) {
    if (IS_NULL(vm->exc)) {
        return false;
    }
    return tpType_is_subtype(tpType_of(vm, vm->exc), vm->exc_types[exc_id]);
}

int tpErr_set_args(VM *vm, ObjType *type, int argc, Value *argv) {
    Value e;
    if (tpExc_new(vm, type, argc, argv, &e) < 0) {
        return -1;
    }
    vm->exc = e;
    return -1;
}

int tpErr_set(VM *vm, Value v) {
    if (tpExc_class_check(vm, v)) {
        Value e;
        if (tpObj_call(vm, v, 0, NULL, NULL, &e) < 0) {
            return -1;
        }
        if (!tpExc_check(vm, e)) {
            return tpErr_format(vm, EXC_TypeError,
                                "calling %R should have returned an instance of BaseException, "
                                "not %R",
                                v, OBJ_VAL(tpType_of(vm, e)));
        }
        vm->exc = e;
        return -1;
    }
    if (tpExc_check(vm, v)) {
        vm->exc = v;
        return -1;
    }
    return tpErr_raise(vm, EXC_TypeError, "exceptions must derive from BaseException");
}

int tpErr_raise(VM *vm, int exc_id, const char *msg) {
    ObjStr *s = tpStr_from_cstr(vm, msg);
    if (s == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(s);
    return tpErr_set_args(vm, vm->exc_types[exc_id], 1, &arg);
}

/* Append one %-directive's text for the taipan-specific conversions. */
static int put_special(VM *vm, StrBuf *b, char conv, va_list *ap) {
    switch (conv) {
    case 'U': {
        ObjStr *s = va_arg(*ap, ObjStr *);
        return tpBuf_put_str(vm, b, s);
    }
    case 'R':
        return tpBuf_put_repr(vm, b, va_arg(*ap, Value));
    case 'S':
        return tpBuf_put_strv(vm, b, va_arg(*ap, Value));
    case 'T':
        return tpBuf_puts(vm, b, tpObj_typename(vm, va_arg(*ap, Value)));
    case 'N':
        return tpBuf_puts(vm, b, tpType_name(va_arg(*ap, ObjType *)));
    default:
        return tpBuf_putc(vm, b, conv);
    }
}

/* Format into b. Standard conversions are delegated to snprintf one directive at a time. */
static int format_into(VM *vm, StrBuf *b, const char *fmt, va_list *ap) {
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (pct == NULL) {
            return tpBuf_puts(vm, b, p);
        }
        if (tpBuf_put(vm, b, p, (size_t)(pct - p)) < 0) {
            return -1;
        }
        const char *q = pct + 1;
        if (*q == '%') {
            if (tpBuf_putc(vm, b, '%') < 0) {
                return -1;
            }
            p = q + 1;
            continue;
        }
        if (strchr("URSTN", *q) && *q) {
            if (put_special(vm, b, *q, ap) < 0) {
                return -1;
            }
            p = q + 1;
            continue;
        }
        /* a standard directive: flags/width/precision/length then a conversion letter */
        char spec[32];
        size_t n = 0;
        spec[n++] = '%';
        while (*q && strchr("-+ #0123456789.lhzjt", *q) && n < sizeof spec - 2) {
            spec[n++] = *q++;
        }
        char conv = *q;
        spec[n++] = conv;
        spec[n] = '\0';
        int rc;
        bool is_long = strstr(spec, "l") != NULL, is_ll = strstr(spec, "ll") != NULL;
        bool is_z = strchr(spec, 'z') != NULL;
        if (conv == 's') {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, const char *));
        } else if (conv == 'c') {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, int));
        } else if (conv == 'f' || conv == 'g' || conv == 'e') {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, double));
        } else if (conv == 'p') {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, void *));
        } else if (is_ll) {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, long long));
        } else if (is_long) {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, long));
        } else if (is_z) {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, size_t));
        } else {
            rc = tpBuf_printf(vm, b, spec, va_arg(*ap, int));
        }
        if (rc < 0) {
            return -1;
        }
        p = conv ? q + 1 : q;
    }
    return 0;
}

ObjStr *tpStr_vformat(VM *vm, const char *fmt, va_list ap) {
    StrBuf b;
    tpBuf_init(&b);
    va_list cp;
    va_copy(cp, ap);
    int rc = format_into(vm, &b, fmt, &cp);
    va_end(cp);
    if (rc < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    return tpBuf_finish(vm, &b);
}

int tpErr_vformat(VM *vm, ObjType *type, const char *fmt, va_list ap) {
    ObjStr *s = tpStr_vformat(vm, fmt, ap);
    if (s == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(s);
    return tpErr_set_args(vm, type, 1, &arg);
}

int tpErr_format(VM *vm, int exc_id, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int rc = tpErr_vformat(vm, vm->exc_types[exc_id], fmt, ap);
    va_end(ap);
    return rc;
}
