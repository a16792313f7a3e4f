/*
 * args.c — keyword-argument parsing for natives (tpArg_parse_kw): sorts positional and keyword
 * values into named slots with CPython's messages for unknown names, surplus positionals and
 * arguments given twice.
 */
#include "runtime.h"

int tpArg_parse_kw(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames,
                   int npos_max, const char *const *names, int nnames, Value *out) {
    for (int i = 0; i < nnames; i++) {
        out[i] = NULL_VAL;
    }
    if (argc > npos_max) {
        if (npos_max == 0) {
            return tpErr_format(vm, EXC_TypeError, "%s() takes no positional arguments", fname);
        }
        return tpErr_format(vm, EXC_TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                            npos_max, npos_max == 1 ? "" : "s", argc);
    }
    for (int i = 0; i < argc; i++) {
        out[i] = argv[i];
    }
    if (kwnames == NULL) {
        return 0;
    }
    for (size_t k = 0; k < kwnames->len; k++) {
        ObjStr *kw = AS_STR(kwnames->items[k]);
        int idx = -1;
        for (int i = 0; i < nnames; i++) {
            if (strcmp(kw->data, names[i]) == 0) {
                idx = i;
                break;
            }
        }
        if (idx < 0) {
            return tpErr_format(vm, EXC_TypeError, "'%U' is an invalid keyword argument for %s()",
                                kw, fname);
        }
        if (idx < argc) {
            return tpErr_format(vm, EXC_TypeError,
                                "argument for %s() given by name ('%U') and position (%d)", fname,
                                kw, idx + 1);
        }
        out[idx] = argv[argc + (int)k];
    }
    return 0;
}
