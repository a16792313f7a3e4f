/*
 * compiler_internal.h — state shared by the compiler files (compiler.c: units, emission, assembly;
 * compiler_expr.c; compiler_stmt.c; compiler_match.c). Not for use outside the compiler.
 *
 * Code is emitted linearly into a unit's instruction list with symbolic labels. Exception handling
 * is lexical: every emitted instruction records the handler active when it was emitted (a tree of
 * handler nodes, so unwinding for break/return can temporarily switch to an outer handler). A
 * pseudo instruction SETUP marks where a handler starts so that the stack-depth pass can record the
 * handler's depth; the assembler drops it and turns the per-instruction handlers into the table.
 * Errors are sticky: the first one sets c->failed and later emission is skipped.
 */
#ifndef TP_COMPILER_INTERNAL_H
#define TP_COMPILER_INTERNAL_H

#include "symtable.h"
#include "compiler.h"

#define PSEUDO_SETUP 250      /* arg = handler node id */
#define MAX_FBLOCKS 20         /* CPython's CO_MAXBLOCKS */
#define STACK_USE_GUIDELINE 30

typedef struct CInstr {
    int op;
    int arg;                  /* label id for jumps until assembly */
    int handler;              /* handler node id or -1 */
    Position pos;
} CInstr;

typedef struct HandlerNode {
    int label;                /* target */
    int parent;               /* enclosing handler node or -1 */
    int lasti;                /* push lasti before the exception */
    int adj;                  /* table depth = depth at SETUP + adj */
    int depth;                /* table depth, -1 until known */
} HandlerNode;

enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_COMPREHENSION_GENERATOR
};

typedef struct FBlock {
    int kind;
    int start;                /* label: continue target */
    int exit;                 /* label: break target */
    int outer_handler;        /* handler node to go back to when unwinding (POP_BLOCK) */
    const void *datum;        /* finally body (StmtList*), with stmt, or handler name */
    Position pos;
} FBlock;

enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA,
       SCOPE_COMPREHENSION };

/* A growable array of Values (constants / names) kept as a C array during compilation. */
typedef struct ValArray {
    Value *a;
    uint32_t *hashes;         /* hash of each entry */
    int n, cap;
    int *index;               /* open-addressing table of entry indices (-1 empty) */
    int icap;
} ValArray;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *ste;
    int scope_type;           /* SCOPE_* */
    ObjStr *name, *qualname;
    const char *private_name; /* class name for mangling */
    CInstr *instrs;
    int ninstrs, capinstrs;
    int *labels;              /* label -> instruction index, -1 unbound */
    int nlabels, caplabels;
    HandlerNode *handlers;
    int nhandlers, caphandlers;
    int cur_handler;
    ValArray consts, names, varnames, cellvars, freevars;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Position loc;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    bool in_annotation_expr;
};

typedef struct Compiler {
    VM *vm;
    SymTable st;
    Unit *u;
    const char *src;
    size_t srclen;
    const char *filename;
    ObjStr *filename_str;
    int mode;
    int interactive;
    bool future_annotations;  /* from __future__ import annotations */
    int future_lineno;        /* line of the last leading future import */
    bool failed;
} Compiler;

/* ---- compiler.c: emission ---- */
void tpC_emit(Compiler *c, int op, int arg);
int tpC_new_label(Compiler *c);
void tpC_use_label(Compiler *c, int label);
/* Push a handler (emits the SETUP marker); returns the node id. */
int tpC_push_handler(Compiler *c, int label, int lasti, int adj);
void tpC_pop_handler(Compiler *c);
int tpC_add_const(Compiler *c, Value v);
void tpC_load_const(Compiler *c, Value v);
int tpC_add_name(Compiler *c, ValArray *arr, const char *name);
ObjStr *tpC_str(Compiler *c, const char *s);
ObjStr *tpC_intern(Compiler *c, const char *s);
Value tpC_const_value(Compiler *c, const ConstValue *cv);
/* Out of C stack: fail with RecursionError and return true (compiler.c). */
bool tpC_check_stack_low(Compiler *c);
void tpC_error(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *fmt,
               ...) TP_PRINTF(6, 7);
/* With CPython's raw SyntaxError offsets (1-based characters; end_offset may be -1). */
void tpC_error_raw(Compiler *c, int lineno, int offset, int end_lineno, int end_offset,
                   const char *msg);
#define tpC_error_at(c, n, ...)                                                                   \
    tpC_error((c), (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)
void tpC_set_loc(Compiler *c, int lineno, int col, int end_lineno, int end_col);
#define SET_LOC(c, n) tpC_set_loc((c), (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset)
void tpC_unset_loc(Compiler *c);
int tpC_push_fblock(Compiler *c, int kind, int start, int exit, const void *datum);
void tpC_pop_fblock(Compiler *c);
/* Enter a new code unit for a scope opened by `key`. */
int tpC_enter_scope(Compiler *c, const char *name, int scope_type, const void *key, int lineno);
ObjCode *tpC_exit_scope(Compiler *c, bool add_none_return);
/* Push the closure tuple and the code: emits LOAD_CLOSURE... BUILD_TUPLE, LOAD_CONST code and
 * MAKE_FUNCTION with flags (| 8 when the code has free variables). */
void tpC_make_closure(Compiler *c, ObjCode *co, int flags);
const char *tpC_mangle(Compiler *c, const char *name);

/* ---- compiler_expr.c ---- */
void tpC_visit_expr(Compiler *c, Expr *e);
void tpC_visit_exprs(Compiler *c, ExprList l);
void tpC_nameop(Compiler *c, const char *name, int ctx);
void tpC_jump_if(Compiler *c, Expr *e, int label, bool cond);
void tpC_call_helper(Compiler *c, int npushed, ExprList args, KeywordList kws, Expr *call);
void tpC_add_yield_from(Compiler *c, bool await);
void tpC_unpack_assign(Compiler *c, Expr *target);
/* 1 if e is a constant true, 0 constant false, -1 not constant. */
int tpC_expr_constant(Expr *e);
bool tpC_is_const_expr(Expr *e);

/* ---- compiler_warn.c: CPython's SyntaxWarnings for literals (an error fails the compile) ---- */
void tpC_check_compare(Compiler *c, Expr *e);
void tpC_check_assert(Compiler *c, Stmt *s);
void tpC_check_caller(Compiler *c, Expr *call);
void tpC_check_subscript(Compiler *c, Expr *sub);
/* The warnings a second compile of e would give: CPython 3.11 compiles a while loop's test twice
 * (before the body and at its end), so its literal warnings are shown twice. */
void tpC_recheck_expr(Compiler *c, Expr *e);
void tpC_visit_iterable(Compiler *c, Expr *e);
Value tpC_const_of(Compiler *c, Expr *e);
void tpC_update_start_to_attr(Compiler *c, Expr *attr);
int tpC_binop_of(int astop);
/* Index in co_names of `name` after private-name mangling (attributes, imports). */
int tpC_name_index(Compiler *c, const char *name);

/* ---- compiler_stmt.c (statements) and compiler_func.c (def, class, lambda, comprehensions) */
void tpC_visit_stmt(Compiler *c, Stmt *s);
void tpC_visit_stmts(Compiler *c, StmtList l);
void tpC_body(Compiler *c, StmtList body, bool is_module);
bool tpC_find_ann(StmtList body);
void tpC_function(Compiler *c, Stmt *s, bool is_async);
void tpC_class(Compiler *c, Stmt *s);
void tpC_lambda(Compiler *c, Expr *e);
void tpC_comprehension(Compiler *c, Expr *e);
void tpC_call_exit_with_nones(Compiler *c);
void tpC_with_except_finish(Compiler *c, int cleanup);
void tpC_pop_except_and_reraise(Compiler *c);
void tpC_try_star(Compiler *c, Stmt *s);

/* ---- compiler_unparse.c ---- */
int tpC_scan_future(Compiler *c, Mod *mod);
/* An annotation as a str constant (from __future__ import annotations). */
Value tpC_unparse(Compiler *c, Expr *e);

/* ---- compiler_match.c ---- */
void tpC_match(Compiler *c, Stmt *s);

#endif
