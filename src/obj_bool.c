/*
 * obj_bool.c — the `bool` type: a final subclass of int whose only values are the immediates
 * True and False. Everything numeric is inherited from int; bool only renames itself in repr
 * and keeps & | ^ between two bools boolean.
 */
#include "runtime.h"
#include "bigint.h"
#include "num_format.h"

static int bool_repr(VM *vm, Value self, Value *out) {
    ObjStr *s = tpStr_intern_cstr(vm, AS_BOOL(self) ? "True" : "False");
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

static int bool_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (IS_BOOL(a) && IS_BOOL(b)) {
        bool x = AS_BOOL(a), y = AS_BOOL(b);
        switch (op) {
        case BINOP_AND: *out = BOOL_VAL(x && y); return 0;
        case BINOP_OR: *out = BOOL_VAL(x || y); return 0;
        case BINOP_XOR: *out = BOOL_VAL(x != y); return 0;
        default: break;
        }
    }
    if (!tpNum_is_int(vm, a) || !tpNum_is_int(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    int rc = tpInt_binop(vm, a, b, op, out);
    if (rc > 0) {
        *out = vm->not_implemented;
        return 0;
    }
    return rc;
}

static int bool_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "bool() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "bool expected at most 1 argument, got %d", argc);
    }
    int t = 0;
    if (argc == 1 && tpObj_truth(vm, argv[0], &t) < 0) {
        return -1;
    }
    *out = BOOL_VAL(t);
    return 0;
}

const TypeSpec tpBool_spec = {
    .name = "bool",
    .id = TYPE_BOOL,
    .base = TYPE_INT,
    .size = sizeof(ObjInt),
    .flags = 0,
    .slots = {
        .repr = bool_repr,
        .binop = bool_binop,
        .new_ = bool_new,
        .format = tpNum_int_format,
    },
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
};
