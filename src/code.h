/*
 * code.h — the code object (what the compiler produces and the VM runs) and the opcode enum.
 *
 * Instructions are 32-bit words: op = low 8 bits, arg = high 24 bits. Positions (line/column
 * ranges, as CPython 3.11's co_positions) are kept per instruction for tracebacks. Exception
 * handling is zero-cost: a table of ranges, as CPython 3.11's co_exceptiontable.
 * Local slots: [0, nlocals) are the variables in `varnames` (arguments first), then `ncells` cells
 * for `cellvars`, then `nfrees` cells for `freevars` (copied from the function's closure).
 */
#ifndef TP_CODE_H
#define TP_CODE_H

#include "object.h"

typedef enum Opcode {
#define OP(name, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} Opcode;

typedef uint32_t Instr;
#define INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))
#define INSTR_OP(i) ((i) & 0xFF)
#define INSTR_ARG(i) ((i) >> 8)
#define INSTR_ARG_MAX 0xFFFFFF

/* code flags, CPython's values */
enum {
    CO_OPTIMIZED = 0x1,
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
};

typedef struct Position {
    int32_t lineno, end_lineno;   /* 0 when unknown */
    int32_t col, end_col;         /* 0-based UTF-8 byte columns; -1 when unknown */
} Position;

typedef struct ExcTableEntry {
    int32_t start, end;           /* instruction range [start, end) covered */
    int32_t target;               /* handler instruction */
    int32_t depth;                /* value-stack depth (above the locals) to unwind to */
    int32_t lasti;                /* 1: push the raising instruction index before the exception */
} ExcTableEntry;

struct ObjCode {
    Obj hdr;
    Instr *code;
    int32_t ncode;
    int32_t nexc;
    Position *positions;          /* ncode entries */
    ExcTableEntry *exctable;      /* nexc entries, innermost ranges first */
    ObjTuple *consts;
    ObjTuple *names;              /* ObjStr: globals, attributes, imports */
    ObjTuple *varnames;           /* ObjStr: locals, arguments first */
    ObjTuple *cellvars;           /* ObjStr */
    ObjTuple *freevars;           /* ObjStr */
    int32_t *cell2arg;            /* ncells entries: argument index a cell starts from, or -1; or NULL */
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals, ncells, nfrees;
    int32_t nlocalsplus;          /* nlocals + ncells + nfrees */
    int32_t stacksize;            /* max value-stack depth */
    int32_t flags;                /* CO_* */
    int32_t firstlineno;
    ObjStr *name, *qualname, *filename;
    void *caches;                 /* VM-owned inline caches (allocated on first run), or NULL */
    int32_t warmup;               /* entries + backward jumps, up to 8 (cstack.h tpC_warm_up) */
};

TP_INTERNAL extern const char *const tpOp_names[OP__COUNT];

/* Allocate an empty code object (arrays NULL). Can raise MemoryError (returns NULL). */
TP_INTERNAL ObjCode *tpCode_new(VM *vm);
/* Print a disassembly to f (debugging aid; taipan --dis). */
TP_INTERNAL void tpCode_disassemble(VM *vm, ObjCode *code, FILE *f);
/* Position of instruction i (never fails). */
TP_INTERNAL Position tpCode_position(ObjCode *code, int i);

#endif
