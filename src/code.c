/*
 * code.c — the code object (code.h): the opcode name table, allocation, the `code` type (GC
 * mark/free and the co_* attributes), instruction positions and a disassembler for debugging
 * (taipan --dis, TAIPAN_COMPILER_DEBUG).
 */
#include <stdio.h>

#include "runtime.h"
#include "vm_cache.h"

const char *const tpOp_names[OP__COUNT] = {
#define OP(name, doc) #name,
#include "opcodes.def"
#undef OP
};

ObjCode *tpCode_new(VM *vm) {
    ObjCode *co = tpGC_alloc(vm, vm->types[TYPE_CODE], sizeof(ObjCode));
    return co;
}

Position tpCode_position(ObjCode *code, int i) {
    if (code == NULL || code->positions == NULL || i < 0 || i >= code->ncode) {
        Position p = {0, 0, -1, -1};
        return p;
    }
    return code->positions[i];
}

static void code_mark(VM *vm, Obj *o) {
    ObjCode *co = (ObjCode *)o;
    tpGC_mark_obj(vm, (Obj *)co->consts);
    tpGC_mark_obj(vm, (Obj *)co->names);
    tpGC_mark_obj(vm, (Obj *)co->varnames);
    tpGC_mark_obj(vm, (Obj *)co->cellvars);
    tpGC_mark_obj(vm, (Obj *)co->freevars);
    tpGC_mark_obj(vm, (Obj *)co->name);
    tpGC_mark_obj(vm, (Obj *)co->qualname);
    tpGC_mark_obj(vm, (Obj *)co->filename);
}

static void code_free(VM *vm, Obj *o) {
    ObjCode *co = (ObjCode *)o;
    tpMem_free(vm, co->code, (size_t)(co->ncode ? co->ncode : 1) * sizeof(Instr));
    tpMem_free(vm, co->positions, (size_t)(co->ncode ? co->ncode : 1) * sizeof(Position));
    tpMem_free(vm, co->exctable, (size_t)co->nexc * sizeof(ExcTableEntry));
    tpMem_free(vm, co->cell2arg, (size_t)co->ncells * sizeof(int32_t));
    tpIC_free(vm, co);
    co->code = NULL;
    co->positions = NULL;
    co->exctable = NULL;
    co->cell2arg = NULL;
}

/* ---- attributes ---- */

#define CODE(v) ((ObjCode *)AS_OBJ(v))

static int get_obj(Value *out, void *o) {
    *out = o ? OBJ_VAL(o) : NONE_VAL;
    return 0;
}

static int co_name(VM *vm, Value self, Value *out) { return get_obj(out, CODE(self)->name); }
static int co_qualname(VM *vm, Value self, Value *out) {
    return get_obj(out, CODE(self)->qualname);
}
static int co_filename(VM *vm, Value self, Value *out) {
    return get_obj(out, CODE(self)->filename);
}
static int co_consts(VM *vm, Value self, Value *out) { return get_obj(out, CODE(self)->consts); }
static int co_names(VM *vm, Value self, Value *out) { return get_obj(out, CODE(self)->names); }
static int co_varnames(VM *vm, Value self, Value *out) {
    return get_obj(out, CODE(self)->varnames);
}
static int co_cellvars(VM *vm, Value self, Value *out) {
    return get_obj(out, CODE(self)->cellvars);
}
static int co_freevars(VM *vm, Value self, Value *out) {
    return get_obj(out, CODE(self)->freevars);
}
static int co_firstlineno(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->firstlineno);
    return 0;
}
static int co_argcount(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->argcount);
    return 0;
}
static int co_posonlyargcount(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->posonlyargcount);
    return 0;
}
static int co_kwonlyargcount(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->kwonlyargcount);
    return 0;
}
static int co_flags(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->flags);
    return 0;
}
static int co_nlocals(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->nlocals);
    return 0;
}
static int co_stacksize(VM *vm, Value self, Value *out) {
    *out = INT_VAL(CODE(self)->stacksize);
    return 0;
}

static int code_repr(VM *vm, Value self, Value *out) {
    ObjCode *co = CODE(self);
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_printf(vm, &b, "<code object %s at %p, file \"%s\", line %d>",
                     co->name ? co->name->data : "?", (void *)co,
                     co->filename ? co->filename->data : "?", co->firstlineno) < 0) {
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

/* ---- disassembler ---- */

static bool op_is_jump(int op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND || op == OP_FOR_ITER__STORE_FAST;
}

static void print_tuple_item(VM *vm, ObjTuple *t, int i, FILE *f) {
    if (t == NULL || i < 0 || (size_t)i >= t->len) {
        fputs("?", f);
        return;
    }
    Value v = t->items[i];
    if (IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_CODE]) {
        ObjCode *c = CODE(v);
        fprintf(f, "<code %s>", c->qualname ? c->qualname->data : "?");
        return;
    }
    StrBuf b;
    tpBuf_init(&b);
    if (tpBuf_put_repr(vm, &b, v) < 0) {
        tpErr_clear(vm);
        tpBuf_free(&b);
        fputs("<repr failed>", f);
        return;
    }
    fwrite(b.data, 1, b.len, f);
    tpBuf_free(&b);
}

static void print_argrepr(VM *vm, ObjCode *co, int op, int arg, FILE *f) {
    switch (op) {
    case OP_LOAD_CONST: case OP_LOAD_CONST__BINARY_OP:
        print_tuple_item(vm, co->consts, arg, f);
        break;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_LOAD_METHOD:
    case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
    case OP_LOAD_GLOBAL__PUSH_NULL:
        print_tuple_item(vm, co->names, arg, f);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_LOAD_FAST__LOAD_FAST:
    case OP_LOAD_FAST__LOAD_CONST: case OP_LOAD_FAST__BINARY_OP: case OP_STORE_FAST__LOAD_FAST:
    case OP_STORE_FAST__JUMP: case OP_LOAD_FAST__LOAD_CONST__BINARY_OP:
    case OP_LOAD_FAST__LOAD_FAST__BINARY_OP: case OP_LOAD_FAST__LOAD_ATTR:
    case OP_LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:
    case OP_LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE:
    case OP_LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE:
        print_tuple_item(vm, co->varnames, arg, f);
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        if (arg < co->ncells) {
            print_tuple_item(vm, co->cellvars, arg, f);
        } else {
            print_tuple_item(vm, co->freevars, arg - co->ncells, f);
        }
        break;
    default:
        if (op_is_jump(op)) {
            fprintf(f, "to %d", arg);
        }
        break;
    }
}

void tpCode_disassemble(VM *vm, ObjCode *co, FILE *f) {
    fprintf(f, "Disassembly of <code %s> (file %s, line %d)\n",
            co->qualname ? co->qualname->data : "?", co->filename ? co->filename->data : "?",
            co->firstlineno);
    fprintf(f, "  argcount=%d posonly=%d kwonly=%d nlocals=%d ncells=%d nfrees=%d stacksize=%d "
               "flags=0x%x\n",
            co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->ncells,
            co->nfrees, co->stacksize, co->flags);
    for (int i = 0; i < co->ncode; i++) {
        Instr in = co->code[i];
        int op = (int)INSTR_OP(in), arg = (int)INSTR_ARG(in);
        Position p = tpCode_position(co, i);
        fprintf(f, "  %4d %4d:%-3d-%4d:%-3d %-22s %6d  ", i, p.lineno, p.col, p.end_lineno,
                p.end_col, op < OP__COUNT ? tpOp_names[op] : "???", arg);
        print_argrepr(vm, co, op, arg, f);
        fputc('\n', f);
    }
    for (int i = 0; i < co->nexc; i++) {
        ExcTableEntry *e = &co->exctable[i];
        fprintf(f, "  exc [%d, %d) -> %d depth %d%s\n", e->start, e->end, e->target, e->depth,
                e->lasti ? " lasti" : "");
    }
    for (size_t i = 0; co->consts != NULL && i < co->consts->len; i++) {
        Value v = co->consts->items[i];
        if (IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_CODE]) {
            fputc('\n', f);
            tpCode_disassemble(vm, CODE(v), f);
        }
    }
}

static const GetSetDef code_getsets[] = {
    {"co_name", co_name, NULL, NULL},
    {"co_qualname", co_qualname, NULL, NULL},
    {"co_filename", co_filename, NULL, NULL},
    {"co_firstlineno", co_firstlineno, NULL, NULL},
    {"co_argcount", co_argcount, NULL, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL, NULL},
    {"co_varnames", co_varnames, NULL, NULL},
    {"co_cellvars", co_cellvars, NULL, NULL},
    {"co_freevars", co_freevars, NULL, NULL},
    {"co_names", co_names, NULL, NULL},
    {"co_consts", co_consts, NULL, NULL},
    {"co_flags", co_flags, NULL, NULL},
    {"co_nlocals", co_nlocals, NULL, NULL},
    {"co_stacksize", co_stacksize, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpCode_spec = {
    .name = "code",
    .id = TYPE_CODE,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjCode),
    .slots = {
        .mark = code_mark,
        .free = code_free,
        .repr = code_repr,
    },
    .getsets = code_getsets,
};
