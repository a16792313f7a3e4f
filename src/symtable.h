/*
 * symtable.h — the symbol table pass of the compiler: one Scope per module, class, function,
 * lambda and comprehension, with every name classified (local, global, free, cell) as CPython 3.11
 * does. Owned by the compiler (symtable.c); only the compiler files include it.
 * It also pulls ast.h in a way that avoids the clash between ast.h's OperatorKind OP__COUNT and
 * code.h's Opcode OP__COUNT (ast.h's one is renamed AST_OP__COUNT in our translation units).
 */
#ifndef TP_SYMTABLE_H
#define TP_SYMTABLE_H

#define OP__COUNT AST_OP__COUNT
#include "ast.h"
#undef OP__COUNT
#include "runtime.h"

/* symbol flags (what the source does with a name in one scope) */
enum {
    DEF_GLOBAL = 1,       /* global statement */
    DEF_LOCAL = 2,        /* assigned in this scope */
    DEF_PARAM = 4,        /* parameter */
    DEF_NONLOCAL = 8,     /* nonlocal statement */
    DEF_USE = 16,         /* read */
    DEF_FREE_CLASS = 32,  /* free in a method, bound in the class too */
    DEF_IMPORT = 64,      /* bound by import */
    DEF_ANNOT = 128,      /* annotated */
    DEF_COMP_ITER = 256,  /* comprehension iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* resolved scope of a name */
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS, BLOCK_ANNOTATION };
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN };

typedef struct Symbol {
    const char *name;     /* mangled */
    int flags;
    int scope;            /* SC_* after analysis */
    int dlineno, dcol, dend_lineno, dend_col;   /* location of a global/nonlocal directive */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    int type;             /* BLOCK_* */
    const char *name;
    const void *key;      /* the AST node that opened the scope */
    Scope *parent;
    Symbol *syms;         /* insertion order */
    int nsyms, capsyms;
    int *index;           /* hash index into syms (-1 empty) */
    int capindex;
    const char **params;  /* parameter names in order */
    int nparams, capparams;
    Scope **children;
    int nchildren, capchildren;
    int lineno, col, end_lineno, end_col;
    int comprehension;    /* COMP_* */
    bool nested, generator, coroutine, varargs, varkw;
    bool returns_value, needs_class_closure, child_free, has_free;
    bool is_lambda, is_async_def;
    int comp_iter_expr;   /* >0 while visiting a comprehension's iterable */
    bool comp_iter_target;
};

typedef struct SymError {
    char msg[256];
    int lineno, col, end_lineno, end_col;   /* byte columns, 0-based */
} SymError;

typedef struct SymTable {
    Scope *top;
    Scope *cur;
    Scope **all;          /* every scope (for freeing) */
    int nall, capall;
    Scope **map;          /* open-addressing table: AST node -> scope */
    int capmap;
    const char *private_name;   /* enclosing class name, for mangling */
    char **strs;          /* pool of strings built by the pass (mangled names) */
    int nstrs, capstrs;
    bool future_annotations;   /* annotations are not evaluated: do not visit them */
    bool failed;
    bool oom;
    bool too_deep;        /* nesting passed SYM_MAX_DEPTH: RecursionError, as CPython */
    int depth;            /* current expression/statement nesting */
    SymError err;
} SymTable;

/* Deepest expression/statement nesting compiled; the compiler's own walk recurses no deeper. */
#define SYM_MAX_DEPTH 3000

/* Build the table for a module; returns 0, or -1 with st->err filled (st->oom on no memory). */
int tpSym_build(SymTable *st, Mod *mod, bool future_annotations);
/* The same with the nesting count starting at start_depth: CPython's compiler gets
   3 * (recursion limit - current depth) levels, so deep Python recursion leaves fewer. */
int tpSym_build_at(SymTable *st, Mod *mod, bool future_annotations, int start_depth);
void tpSym_free(SymTable *st);
/* The scope opened by AST node `key`, or NULL. */
Scope *tpSym_lookup_scope(SymTable *st, const void *key);
/* Symbol of `name` (already mangled) in scope s, or NULL. */
Symbol *tpSym_get(Scope *s, const char *name);
int tpSym_scope_of(Scope *s, const char *name);
/* CPython's private-name mangling: returns `name` itself or a pooled "_Class__name". */
const char *tpSym_mangle(SymTable *st, const char *private_name, const char *name);

#endif
