/*
 * symtable.c — first compiler pass: walks the AST, records what every scope does with every name
 * (assign, read, declare global/nonlocal, parameter...), then resolves each name to local, global,
 * free or cell following Python 3.11's rules (class bodies are skipped by nested functions, the
 * implicit __class__ cell, comprehensions are functions, walrus targets bind in the enclosing
 * function). Errors are reported as CPython's SyntaxError messages with the offending location.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cstack_floor.h"
#include "symtable.h"

/* ---- small helpers ---- */

static uint32_t str_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

static void *grow(SymTable *st, void *p, int *cap, int need, size_t elsize) {
    if (need <= *cap) {
        return p;
    }
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need) {
        ncap *= 2;
    }
    void *q = realloc(p, (size_t)ncap * elsize);
    if (q == NULL) {
        st->oom = st->failed = true;
        return NULL;
    }
    *cap = ncap;
    return q;
}

static void sym_error(SymTable *st, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, const char *name) {
    if (st->failed) {
        return;
    }
    st->failed = true;
    snprintf(st->err.msg, sizeof st->err.msg, fmt, name);
    st->err.lineno = lineno;
    st->err.col = col;
    st->err.end_lineno = end_lineno;
    st->err.end_col = end_col;
}

const char *tpSym_mangle(SymTable *st, const char *private_name, const char *name) {
    if (private_name == NULL || name[0] != '_' || name[1] != '_') {
        return name;
    }
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (*private_name == '\0') {
        return name;
    }
    size_t pn = strlen(private_name);
    char *s = malloc(pn + n + 2);
    if (s == NULL) {
        st->oom = st->failed = true;
        return name;
    }
    s[0] = '_';
    memcpy(s + 1, private_name, pn);
    memcpy(s + 1 + pn, name, n + 1);
    char **strs = grow(st, st->strs, &st->capstrs, st->nstrs + 1, sizeof *strs);
    if (strs == NULL) {
        free(s);
        return name;
    }
    st->strs = strs;
    st->strs[st->nstrs++] = s;
    return s;
}

/* ---- symbols ---- */

static int index_find(Scope *s, const char *name) {
    if (s->capindex == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)s->capindex - 1;
    for (uint32_t i = str_hash(name) & mask;; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0) {
            return -1;
        }
        if (strcmp(s->syms[k].name, name) == 0) {
            return k;
        }
    }
}

static bool index_rebuild(SymTable *st, Scope *s, int cap) {
    int *idx = malloc((size_t)cap * sizeof *idx);
    if (idx == NULL) {
        st->oom = st->failed = true;
        return false;
    }
    for (int i = 0; i < cap; i++) {
        idx[i] = -1;
    }
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < s->nsyms; k++) {
        uint32_t i = str_hash(s->syms[k].name) & mask;
        while (idx[i] >= 0) {
            i = (i + 1) & mask;
        }
        idx[i] = k;
    }
    free(s->index);
    s->index = idx;
    s->capindex = cap;
    return true;
}

Symbol *tpSym_get(Scope *s, const char *name) {
    int k = index_find(s, name);
    return k < 0 ? NULL : &s->syms[k];
}

int tpSym_scope_of(Scope *s, const char *name) {
    Symbol *sym = tpSym_get(s, name);
    return sym ? sym->scope : SC_NONE;
}

static Symbol *sym_add(SymTable *st, Scope *s, const char *name) {
    Symbol *sym = tpSym_get(s, name);
    if (sym != NULL) {
        return sym;
    }
    Symbol *syms = grow(st, s->syms, &s->capsyms, s->nsyms + 1, sizeof *syms);
    if (syms == NULL) {
        return NULL;
    }
    s->syms = syms;
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    if (s->nsyms * 2 > s->capindex) {
        if (!index_rebuild(st, s, s->capindex ? s->capindex * 2 : 16)) {
            return NULL;
        }
    } else {
        uint32_t mask = (uint32_t)s->capindex - 1;
        uint32_t i = str_hash(name) & mask;
        while (s->index[i] >= 0) {
            i = (i + 1) & mask;
        }
        s->index[i] = s->nsyms - 1;
    }
    return sym;
}

typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

#define LOC_OF(n) ((Loc){(n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset})

static bool add_def_in(SymTable *st, Scope *s, const char *name, int flag, Loc loc) {
    const char *mangled = tpSym_mangle(st, st->private_name, name);
    Symbol *sym = sym_add(st, s, mangled);
    if (sym == NULL) {
        return false;
    }
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        sym_error(st, loc.lineno, loc.col, loc.end_lineno, loc.end_col,
                  "duplicate argument '%s' in function definition", mangled);
        return false;
    }
    if (s->comp_iter_target) {
        if (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
            sym_error(st, loc.lineno, loc.col, loc.end_lineno, loc.end_col,
                      "comprehension inner loop cannot rebind assignment expression target '%s'",
                      mangled);
            return false;
        }
        flag |= DEF_COMP_ITER;
    }
    sym->flags |= flag;
    if (flag & DEF_PARAM) {
        const char **p = grow(st, s->params, &s->capparams, s->nparams + 1, sizeof *p);
        if (p == NULL) {
            return false;
        }
        s->params = p;
        s->params[s->nparams++] = mangled;
    } else if ((flag & DEF_GLOBAL) && s != st->top) {
        Symbol *g = sym_add(st, st->top, mangled);
        if (g == NULL) {
            return false;
        }
        g->flags |= flag;
    }
    return true;
}

static bool add_def(SymTable *st, const char *name, int flag, Loc loc) {
    return add_def_in(st, st->cur, name, flag, loc);
}

static int lookup_flags(SymTable *st, const char *name) {
    Symbol *sym = tpSym_get(st->cur, tpSym_mangle(st, st->private_name, name));
    return sym ? sym->flags : 0;
}

static void record_directive(SymTable *st, const char *name, Loc loc) {
    Symbol *sym = tpSym_get(st->cur, tpSym_mangle(st, st->private_name, name));
    if (sym != NULL && sym->dlineno == 0) {
        sym->dlineno = loc.lineno;
        sym->dcol = loc.col;
        sym->dend_lineno = loc.end_lineno;
        sym->dend_col = loc.end_col;
    }
}

/* ---- scopes ---- */

static bool enter_block(SymTable *st, const char *name, int type, const void *key, Loc loc) {
    Scope *s = calloc(1, sizeof *s);
    if (s == NULL) {
        st->oom = st->failed = true;
        return false;
    }
    Scope **all = grow(st, st->all, &st->capall, st->nall + 1, sizeof *all);
    if (all == NULL) {
        free(s);
        return false;
    }
    st->all = all;
    st->all[st->nall++] = s;
    s->type = type;
    s->name = name;
    s->key = key;
    s->lineno = loc.lineno;
    s->col = loc.col;
    s->end_lineno = loc.end_lineno;
    s->end_col = loc.end_col;
    Scope *prev = st->cur;
    s->parent = prev;
    if (prev != NULL) {
        if (prev->nested || prev->type == BLOCK_FUNCTION) {
            s->nested = true;
        }
        Scope **ch = grow(st, prev->children, &prev->capchildren, prev->nchildren + 1, sizeof *ch);
        if (ch == NULL) {
            return false;
        }
        prev->children = ch;
        prev->children[prev->nchildren++] = s;
    } else {
        st->top = s;
    }
    st->cur = s;
    return true;
}

static void exit_block(SymTable *st) { st->cur = st->cur->parent; }

static uint32_t ptr_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    return (uint32_t)((x >> 4) * 2654435761u);
}

/* Build the key -> scope table once the walk is over. */
static bool build_map(SymTable *st) {
    int cap = 16;
    while (cap < st->nall * 2) {
        cap *= 2;
    }
    st->map = calloc((size_t)cap, sizeof *st->map);
    if (st->map == NULL) {
        st->oom = st->failed = true;
        return false;
    }
    st->capmap = cap;
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < st->nall; k++) {
        uint32_t i = ptr_hash(st->all[k]->key) & mask;
        while (st->map[i] != NULL) {
            i = (i + 1) & mask;
        }
        st->map[i] = st->all[k];
    }
    return true;
}

Scope *tpSym_lookup_scope(SymTable *st, const void *key) {
    if (st->capmap == 0) {
        return NULL;
    }
    uint32_t mask = (uint32_t)st->capmap - 1;
    for (uint32_t i = ptr_hash(key) & mask; st->map[i] != NULL; i = (i + 1) & mask) {
        if (st->map[i]->key == key) {
            return st->map[i];
        }
    }
    return NULL;
}

/* ---- the AST walk ---- */

static void visit_expr(SymTable *st, Expr *e);
static void visit_stmt(SymTable *st, Stmt *s);
static void visit_pattern(SymTable *st, Pattern *p);

static void visit_exprs(SymTable *st, ExprList l) {
    for (int i = 0; i < l.n && !st->failed; i++) {
        if (l.a[i] != NULL) {
            visit_expr(st, l.a[i]);
        }
    }
}

static void visit_stmts(SymTable *st, StmtList l) {
    for (int i = 0; i < l.n && !st->failed; i++) {
        visit_stmt(st, l.a[i]);
    }
}

static void visit_params(SymTable *st, ArgList l) {
    for (int i = 0; i < l.n; i++) {
        add_def(st, l.a[i]->arg, DEF_PARAM, LOC_OF(l.a[i]));
    }
}

static void visit_arguments(SymTable *st, Arguments *a) {
    visit_params(st, a->posonlyargs);
    visit_params(st, a->args);
    visit_params(st, a->kwonlyargs);
    if (a->vararg) {
        add_def(st, a->vararg->arg, DEF_PARAM, LOC_OF(a->vararg));
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        add_def(st, a->kwarg->arg, DEF_PARAM, LOC_OF(a->kwarg));
        st->cur->varkw = true;
    }
}

/* Under `from __future__ import annotations` an annotation is never evaluated; as CPython, it
 * is still walked, in a block of its own (for its errors and its free variables). */
static void visit_annotation(SymTable *st, Expr *e) {
    if (!st->future_annotations) {
        visit_expr(st, e);
        return;
    }
    if (!enter_block(st, "_annotation", BLOCK_ANNOTATION, e, LOC_OF(e))) {
        return;
    }
    visit_expr(st, e);
    exit_block(st);
}

static void visit_arg_annotations(SymTable *st, ArgList l) {
    for (int i = 0; i < l.n; i++) {
        if (l.a[i]->annotation) {
            visit_annotation(st, l.a[i]->annotation);
        }
    }
}

static void visit_annotations(SymTable *st, Arguments *a, Expr *returns) {
    visit_arg_annotations(st, a->posonlyargs);
    visit_arg_annotations(st, a->args);
    if (a->vararg && a->vararg->annotation) {
        visit_annotation(st, a->vararg->annotation);
    }
    if (a->kwarg && a->kwarg->annotation) {
        visit_annotation(st, a->kwarg->annotation);
    }
    visit_arg_annotations(st, a->kwonlyargs);
    if (returns) {
        visit_annotation(st, returns);
    }
}

static void visit_function(SymTable *st, Stmt *s, bool is_async) {
    Arguments *args = s->v.FunctionDef.args;
    add_def(st, s->v.FunctionDef.name, DEF_LOCAL, LOC_OF(s));
    visit_exprs(st, args->defaults);
    visit_exprs(st, args->kw_defaults);
    visit_annotations(st, args, s->v.FunctionDef.returns);
    visit_exprs(st, s->v.FunctionDef.decorator_list);
    if (st->failed || !enter_block(st, s->v.FunctionDef.name, BLOCK_FUNCTION, s, LOC_OF(s))) {
        return;
    }
    st->cur->is_async_def = is_async;
    if (is_async) {
        st->cur->coroutine = true;
    }
    visit_arguments(st, args);
    visit_stmts(st, s->v.FunctionDef.body);
    exit_block(st);
}

static void visit_class(SymTable *st, Stmt *s) {
    add_def(st, s->v.ClassDef.name, DEF_LOCAL, LOC_OF(s));
    visit_exprs(st, s->v.ClassDef.bases);
    for (int i = 0; i < s->v.ClassDef.keywords.n; i++) {
        visit_expr(st, s->v.ClassDef.keywords.a[i]->value);
    }
    visit_exprs(st, s->v.ClassDef.decorator_list);
    if (st->failed || !enter_block(st, s->v.ClassDef.name, BLOCK_CLASS, s, LOC_OF(s))) {
        return;
    }
    const char *saved = st->private_name;
    st->private_name = s->v.ClassDef.name;
    visit_stmts(st, s->v.ClassDef.body);
    st->private_name = saved;
    exit_block(st);
}

static void visit_annassign(SymTable *st, Stmt *s) {
    Expr *t = s->v.AnnAssign.target;
    if (t->kind == EXPR_Name) {
        int cur = lookup_flags(st, t->v.Name.id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->v.AnnAssign.simple) {
            sym_error(st, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                      (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                         : "annotated name '%s' can't be nonlocal",
                      t->v.Name.id);
            return;
        }
        if (s->v.AnnAssign.simple) {
            add_def(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, LOC_OF(t));
        } else if (s->v.AnnAssign.value) {
            add_def(st, t->v.Name.id, DEF_LOCAL, LOC_OF(t));
        }
    } else {
        visit_expr(st, t);
    }
    visit_annotation(st, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value) {
        visit_expr(st, s->v.AnnAssign.value);
    }
}

static void visit_declaration(SymTable *st, Stmt *s, bool global) {
    IdentList names = global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names.n && !st->failed; i++) {
        const char *name = names.a[i];
        int cur = lookup_flags(st, name);
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *fmt;
            if (cur & DEF_PARAM) {
                fmt = "name '%s' is parameter and %s";
            } else if (cur & DEF_USE) {
                fmt = "name '%s' is used prior to %s declaration";
            } else if (cur & DEF_ANNOT) {
                fmt = "annotated name '%s' can't be %s";
            } else {
                fmt = "name '%s' is assigned to before %s declaration";
            }
            char buf[200];
            snprintf(buf, sizeof buf, fmt, "%s", what);
            sym_error(st, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, buf, name);
            return;
        }
        add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, LOC_OF(s));
        record_directive(st, name, LOC_OF(s));
    }
}

static void visit_alias(SymTable *st, Alias *a, Stmt *s) {
    const char *store = a->asname ? a->asname : a->name;
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE) {
            sym_error(st, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                      "import * only allowed at module level%s", "");
        }
        return;
    }
    const char *dot = a->asname ? NULL : strchr(store, '.');
    if (dot != NULL) {
        size_t n = (size_t)(dot - store);
        char *first = malloc(n + 1);
        char **strs = grow(st, st->strs, &st->capstrs, st->nstrs + 1, sizeof *strs);
        if (first == NULL || strs == NULL) {
            free(first);
            st->oom = st->failed = true;
            return;
        }
        memcpy(first, store, n);
        first[n] = '\0';
        st->strs = strs;
        st->strs[st->nstrs++] = first;
        store = first;
    }
    add_def(st, store, DEF_IMPORT, LOC_OF(a));
}

static void visit_try(SymTable *st, Stmt *s) {
    visit_stmts(st, s->v.Try.body);
    visit_stmts(st, s->v.Try.orelse);
    for (int i = 0; i < s->v.Try.handlers.n && !st->failed; i++) {
        ExceptHandler *h = s->v.Try.handlers.a[i];
        if (h->type) {
            visit_expr(st, h->type);
        }
        if (h->name) {
            add_def(st, h->name, DEF_LOCAL, LOC_OF(h));
        }
        visit_stmts(st, h->body);
    }
    visit_stmts(st, s->v.Try.finalbody);
}

static void visit_stmt_kind(SymTable *st, Stmt *s);

/* Every statement and expression visit counts one level of nesting, so that a pathological tree
 * (a 100000-term `a+a+...` chain) fails cleanly instead of overflowing the C stack. */
static bool enter_level(SymTable *st) {
    if (st->failed) {
        return false;
    }
    if (++st->depth > SYM_MAX_DEPTH || tpC_stack_low_global()) {
        st->failed = true;
        st->too_deep = true;
        return false;
    }
    return true;
}

static void visit_stmt(SymTable *st, Stmt *s) {
    if (enter_level(st)) {
        visit_stmt_kind(st, s);
    }
    st->depth--;
}

static void visit_stmt_kind(SymTable *st, Stmt *s) {
    switch (s->kind) {
    case STMT_FunctionDef:
        visit_function(st, s, false);
        break;
    case STMT_AsyncFunctionDef:
        visit_function(st, s, true);
        break;
    case STMT_ClassDef:
        visit_class(st, s);
        break;
    case STMT_Return:
        if (s->v.Return.value) {
            visit_expr(st, s->v.Return.value);
            st->cur->returns_value = true;
        }
        break;
    case STMT_Delete:
        visit_exprs(st, s->v.Delete.targets);
        break;
    case STMT_Assign:
        visit_exprs(st, s->v.Assign.targets);
        visit_expr(st, s->v.Assign.value);
        break;
    case STMT_AnnAssign:
        visit_annassign(st, s);
        break;
    case STMT_AugAssign:
        visit_expr(st, s->v.AugAssign.target);
        visit_expr(st, s->v.AugAssign.value);
        break;
    case STMT_For:
    case STMT_AsyncFor:
        visit_expr(st, s->v.For.target);
        visit_expr(st, s->v.For.iter);
        visit_stmts(st, s->v.For.body);
        visit_stmts(st, s->v.For.orelse);
        break;
    case STMT_While:
        visit_expr(st, s->v.While.test);
        visit_stmts(st, s->v.While.body);
        visit_stmts(st, s->v.While.orelse);
        break;
    case STMT_If:
        visit_expr(st, s->v.If.test);
        visit_stmts(st, s->v.If.body);
        visit_stmts(st, s->v.If.orelse);
        break;
    case STMT_Match:
        visit_expr(st, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            MatchCase *mc = s->v.Match.cases.a[i];
            visit_pattern(st, mc->pattern);
            if (mc->guard) {
                visit_expr(st, mc->guard);
            }
            visit_stmts(st, mc->body);
        }
        break;
    case STMT_Raise:
        if (s->v.Raise.exc) {
            visit_expr(st, s->v.Raise.exc);
            if (s->v.Raise.cause) {
                visit_expr(st, s->v.Raise.cause);
            }
        }
        break;
    case STMT_Try:
    case STMT_TryStar:
        visit_try(st, s);
        break;
    case STMT_Assert:
        visit_expr(st, s->v.Assert.test);
        if (s->v.Assert.msg) {
            visit_expr(st, s->v.Assert.msg);
        }
        break;
    case STMT_Import:
        for (int i = 0; i < s->v.Import.names.n; i++) {
            visit_alias(st, s->v.Import.names.a[i], s);
        }
        break;
    case STMT_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
            visit_alias(st, s->v.ImportFrom.names.a[i], s);
        }
        break;
    case STMT_Global:
        visit_declaration(st, s, true);
        break;
    case STMT_Nonlocal:
        visit_declaration(st, s, false);
        break;
    case STMT_Expr:
        visit_expr(st, s->v.Expr.value);
        break;
    case STMT_With:
    case STMT_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            WithItem *w = s->v.With.items.a[i];
            visit_expr(st, w->context_expr);
            if (w->optional_vars) {
                visit_expr(st, w->optional_vars);
            }
        }
        visit_stmts(st, s->v.With.body);
        break;
    default:
        break;
    }
}

/* A walrus inside a comprehension binds in the nearest enclosing function (or module). */
static void extend_namedexpr_scope(SymTable *st, Expr *ne) {
    Expr *e = ne->v.NamedExpr.target;   /* errors and directives point at the target */
    const char *name = e->v.Name.id;
    for (Scope *s = st->cur; s != NULL; s = s->parent) {
        if (s->comprehension) {
            Symbol *sym = tpSym_get(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                sym_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                          "assignment expression cannot rebind comprehension iteration variable "
                          "'%s'",
                          name);
                return;
            }
            continue;
        }
        if (s->type == BLOCK_FUNCTION) {
            Symbol *sym = tpSym_get(s, name);
            int flag = (sym && (sym->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL;
            add_def(st, name, flag, LOC_OF(e));
            record_directive(st, name, LOC_OF(e));
            add_def_in(st, s, name, DEF_LOCAL, LOC_OF(e));
            return;
        }
        if (s->type == BLOCK_MODULE) {
            add_def(st, name, DEF_GLOBAL, LOC_OF(e));
            record_directive(st, name, LOC_OF(e));
            add_def_in(st, s, name, DEF_GLOBAL, LOC_OF(e));
            return;
        }
        sym_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                  "assignment expression within a comprehension cannot be used in a class body%s",
                  "");
        return;
    }
}

static void visit_comprehension(SymTable *st, Expr *e, ComprehensionList gens, Expr *elt,
                                Expr *value, int kind) {
    static const char *const names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
    Comprehension *outer = gens.a[0];
    st->cur->comp_iter_expr++;
    visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (st->failed || !enter_block(st, names[kind], BLOCK_FUNCTION, e, LOC_OF(e))) {
        return;
    }
    Scope *s = st->cur;
    s->comprehension = kind;
    if (outer->is_async) {
        s->coroutine = true;
    }
    add_def(st, ".0", DEF_PARAM, LOC_OF(e));
    s->comp_iter_target = true;
    visit_expr(st, outer->target);
    s->comp_iter_target = false;
    visit_exprs(st, outer->ifs);
    for (int i = 1; i < gens.n && !st->failed; i++) {
        Comprehension *g = gens.a[i];
        s->comp_iter_target = true;
        visit_expr(st, g->target);
        s->comp_iter_target = false;
        s->comp_iter_expr++;
        visit_expr(st, g->iter);
        s->comp_iter_expr--;
        visit_exprs(st, g->ifs);
        if (g->is_async) {
            s->coroutine = true;
        }
    }
    if (value) {
        visit_expr(st, value);
    }
    visit_expr(st, elt);
    bool is_gen = kind == COMP_GEN;
    s->generator = is_gen;
    bool is_async = s->coroutine && !is_gen;
    exit_block(st);
    if (is_async) {
        st->cur->coroutine = true;
    }
}

static bool check_comp_yield(SymTable *st, Expr *e) {
    static const char *const msgs[] = {
        "", "'yield' inside list comprehension", "'yield' inside set comprehension",
        "'yield' inside dict comprehension", "'yield' inside generator expression"};
    if (st->cur->comprehension) {
        sym_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "%s",
                  msgs[st->cur->comprehension]);
        return false;
    }
    return true;
}

static void visit_lambda(SymTable *st, Expr *e) {
    Arguments *a = e->v.Lambda.args;
    visit_exprs(st, a->defaults);
    visit_exprs(st, a->kw_defaults);
    if (st->failed || !enter_block(st, "lambda", BLOCK_FUNCTION, e, LOC_OF(e))) {
        return;
    }
    st->cur->is_lambda = true;
    visit_arguments(st, a);
    visit_expr(st, e->v.Lambda.body);
    exit_block(st);
}

static bool annotation_forbids(SymTable *st, Expr *e, const char *what) {
    if (st->cur->type == BLOCK_ANNOTATION) {
        sym_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                  "'%s' can not be used within an annotation", what);
        return true;
    }
    return false;
}

static void visit_namedexpr(SymTable *st, Expr *e) {
    if (annotation_forbids(st, e, "named expression")) {
        return;
    }
    if (st->cur->comp_iter_expr > 0) {
        sym_error(st, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                  "assignment expression cannot be used in a comprehension iterable "
                  "expression%s",
                  "");
        return;
    }
    if (st->cur->comprehension) {
        extend_namedexpr_scope(st, e);
    }
    visit_expr(st, e->v.NamedExpr.value);
    visit_expr(st, e->v.NamedExpr.target);
}

static void visit_name(SymTable *st, Expr *e) {
    add_def(st, e->v.Name.id, e->v.Name.ctx == CTX_Load ? DEF_USE : DEF_LOCAL, LOC_OF(e));
    if (e->v.Name.ctx == CTX_Load && st->cur->type == BLOCK_FUNCTION &&
        strcmp(e->v.Name.id, "super") == 0) {
        add_def(st, "__class__", DEF_USE, LOC_OF(e));
    }
}

static void visit_expr_kind(SymTable *st, Expr *e);

static void visit_expr(SymTable *st, Expr *e) {
    if (enter_level(st)) {
        visit_expr_kind(st, e);
    }
    st->depth--;
}

static void visit_expr_kind(SymTable *st, Expr *e) {
    switch (e->kind) {
    case EXPR_NamedExpr:
        visit_namedexpr(st, e);
        break;
    case EXPR_BoolOp:
        visit_exprs(st, e->v.BoolOp.values);
        break;
    case EXPR_BinOp:
        visit_expr(st, e->v.BinOp.left);
        visit_expr(st, e->v.BinOp.right);
        break;
    case EXPR_UnaryOp:
        visit_expr(st, e->v.UnaryOp.operand);
        break;
    case EXPR_Lambda:
        visit_lambda(st, e);
        break;
    case EXPR_IfExp:
        visit_expr(st, e->v.IfExp.test);
        visit_expr(st, e->v.IfExp.body);
        visit_expr(st, e->v.IfExp.orelse);
        break;
    case EXPR_Dict:
        visit_exprs(st, e->v.Dict.keys);
        visit_exprs(st, e->v.Dict.values);
        break;
    case EXPR_Set:
        visit_exprs(st, e->v.Set.elts);
        break;
    case EXPR_GeneratorExp:
        visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL,
                            COMP_GEN);
        break;
    case EXPR_ListComp:
        visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, COMP_LIST);
        break;
    case EXPR_SetComp:
        visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, COMP_SET);
        break;
    case EXPR_DictComp:
        visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value, COMP_DICT);
        break;
    case EXPR_Yield:
        if (annotation_forbids(st, e, "yield expression") || !check_comp_yield(st, e)) {
            return;
        }
        if (e->v.Yield.value) {
            visit_expr(st, e->v.Yield.value);
        }
        st->cur->generator = true;
        break;
    case EXPR_YieldFrom:
        if (annotation_forbids(st, e, "yield expression") || !check_comp_yield(st, e)) {
            return;
        }
        visit_expr(st, e->v.YieldFrom.value);
        st->cur->generator = true;
        break;
    case EXPR_Await:
        if (annotation_forbids(st, e, "await expression")) {
            return;
        }
        visit_expr(st, e->v.Await.value);
        st->cur->coroutine = true;
        break;
    case EXPR_Compare:
        visit_expr(st, e->v.Compare.left);
        visit_exprs(st, e->v.Compare.comparators);
        break;
    case EXPR_Call:
        visit_expr(st, e->v.Call.func);
        visit_exprs(st, e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            visit_expr(st, e->v.Call.keywords.a[i]->value);
        }
        break;
    case EXPR_FormattedValue:
        visit_expr(st, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) {
            visit_expr(st, e->v.FormattedValue.format_spec);
        }
        break;
    case EXPR_JoinedStr:
        visit_exprs(st, e->v.JoinedStr.values);
        break;
    case EXPR_Attribute:
        visit_expr(st, e->v.Attribute.value);
        break;
    case EXPR_Subscript:
        visit_expr(st, e->v.Subscript.value);
        visit_expr(st, e->v.Subscript.slice);
        break;
    case EXPR_Starred:
        visit_expr(st, e->v.Starred.value);
        break;
    case EXPR_Slice:
        if (e->v.Slice.lower) {
            visit_expr(st, e->v.Slice.lower);
        }
        if (e->v.Slice.upper) {
            visit_expr(st, e->v.Slice.upper);
        }
        if (e->v.Slice.step) {
            visit_expr(st, e->v.Slice.step);
        }
        break;
    case EXPR_Name:
        visit_name(st, e);
        break;
    case EXPR_List:
        visit_exprs(st, e->v.List.elts);
        break;
    case EXPR_Tuple:
        visit_exprs(st, e->v.Tuple.elts);
        break;
    default:
        break;
    }
}

static void visit_patterns(SymTable *st, PatternList l) {
    for (int i = 0; i < l.n; i++) {
        visit_pattern(st, l.a[i]);
    }
}

static void visit_pattern(SymTable *st, Pattern *p) {
    if (st->failed) {
        return;
    }
    switch (p->kind) {
    case PAT_MatchValue:
        visit_expr(st, p->v.MatchValue.value);
        break;
    case PAT_MatchSequence:
        visit_patterns(st, p->v.MatchSequence.patterns);
        break;
    case PAT_MatchStar:
        if (p->v.MatchStar.name) {
            add_def(st, p->v.MatchStar.name, DEF_LOCAL, LOC_OF(p));
        }
        break;
    case PAT_MatchMapping:
        visit_exprs(st, p->v.MatchMapping.keys);
        visit_patterns(st, p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest) {
            add_def(st, p->v.MatchMapping.rest, DEF_LOCAL, LOC_OF(p));
        }
        break;
    case PAT_MatchClass:
        visit_expr(st, p->v.MatchClass.cls);
        visit_patterns(st, p->v.MatchClass.patterns);
        visit_patterns(st, p->v.MatchClass.kwd_patterns);
        break;
    case PAT_MatchAs:
        if (p->v.MatchAs.pattern) {
            visit_pattern(st, p->v.MatchAs.pattern);
        }
        if (p->v.MatchAs.name) {
            add_def(st, p->v.MatchAs.name, DEF_LOCAL, LOC_OF(p));
        }
        break;
    case PAT_MatchOr:
        visit_patterns(st, p->v.MatchOr.patterns);
        break;
    default:
        break;
    }
}

/* ---- analysis: resolve every name ---- */

/* A set of names: a growable array with an open-addressing hash index. */
typedef struct NameSet {
    const char **a;
    int n, cap;
    int *index;
    int icap;
} NameSet;

static int set_find(const NameSet *s, const char *name) {
    if (s->icap == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)s->icap - 1;
    for (uint32_t i = str_hash(name) & mask; s->index[i] != -1; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k >= 0 && strcmp(s->a[k], name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

static bool set_has(const NameSet *s, const char *name) { return set_find(s, name) >= 0; }

static void set_reindex(SymTable *st, NameSet *s, int icap) {
    int *idx = malloc((size_t)icap * sizeof *idx);
    if (idx == NULL) {
        st->oom = st->failed = true;
        return;
    }
    for (int i = 0; i < icap; i++) {
        idx[i] = -1;
    }
    uint32_t mask = (uint32_t)icap - 1;
    int live = 0;
    for (int k = 0; k < s->n; k++) {
        if (s->a[k] == NULL) {
            continue;
        }
        s->a[live] = s->a[k];
        uint32_t i = str_hash(s->a[live]) & mask;
        while (idx[i] != -1) {
            i = (i + 1) & mask;
        }
        idx[i] = live++;
    }
    s->n = live;
    free(s->index);
    s->index = idx;
    s->icap = icap;
}

static void set_add(SymTable *st, NameSet *s, const char *name) {
    if (set_has(s, name)) {
        return;
    }
    const char **a = grow(st, s->a, &s->cap, s->n + 1, sizeof *a);
    if (a == NULL) {
        return;
    }
    s->a = a;
    s->a[s->n++] = name;
    if (s->n * 2 > s->icap) {
        set_reindex(st, s, s->icap ? s->icap * 2 : 16);
        return;
    }
    uint32_t mask = (uint32_t)s->icap - 1, i = str_hash(name) & mask;
    while (s->index[i] >= 0) {
        i = (i + 1) & mask;
    }
    s->index[i] = s->n - 1;
}

/* Deleted entries leave a NULL in `a` and a -2 tombstone in the index. */
static void set_discard(NameSet *s, const char *name) {
    int slot = set_find(s, name);
    if (slot >= 0) {
        s->a[s->index[slot]] = NULL;
        s->index[slot] = -2;
    }
}

static void set_union(SymTable *st, NameSet *dst, const NameSet *src) {
    for (int i = 0; i < src->n; i++) {
        if (src->a[i] != NULL) {
            set_add(st, dst, src->a[i]);
        }
    }
}

static void set_copy(SymTable *st, NameSet *dst, const NameSet *src) {
    set_union(st, dst, src);
}

static void set_free(NameSet *s) {
    free(s->a);
    free(s->index);
}

static void directive_error(SymTable *st, Scope *s, Symbol *sym, const char *fmt) {
    if (sym->dlineno) {
        sym_error(st, sym->dlineno, sym->dcol, sym->dend_lineno, sym->dend_col, fmt, sym->name);
    } else {
        sym_error(st, s->lineno, s->col, s->end_lineno, s->end_col, fmt, sym->name);
    }
}

static void analyze_name(SymTable *st, Scope *s, Symbol *sym, const NameSet *bound, bool has_bound,
                         NameSet *local, NameSet *freeset, NameSet *global) {
    int flags = sym->flags;
    const char *name = sym->name;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            directive_error(st, s, sym, "name '%s' is nonlocal and global");
            return;
        }
        sym->scope = SC_GLOBAL_EXPLICIT;
        set_add(st, global, name);
        set_discard((NameSet *)bound, name);
    } else if (flags & DEF_NONLOCAL) {
        if (!has_bound) {
            directive_error(st, s, sym, "nonlocal declaration not allowed at module level");
            return;
        }
        if (!set_has(bound, name)) {
            directive_error(st, s, sym, "no binding for nonlocal '%s' found");
            return;
        }
        sym->scope = SC_FREE;
        s->has_free = true;
        set_add(st, freeset, name);
    } else if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        set_add(st, local, name);
        set_discard(global, name);
    } else if (has_bound && set_has(bound, name)) {
        sym->scope = SC_FREE;
        s->has_free = true;
        set_add(st, freeset, name);
    } else if (set_has(global, name)) {
        sym->scope = SC_GLOBAL_IMPLICIT;
    } else {
        if (s->nested) {
            s->has_free = true;
        }
        sym->scope = SC_GLOBAL_IMPLICIT;
    }
}

static void analyze_block(SymTable *st, Scope *s, NameSet *bound, bool has_bound,
                          NameSet *freeset, NameSet *global);

static void update_symbols(SymTable *st, Scope *s, const NameSet *bound, bool has_bound,
                           const NameSet *free) {
    for (int i = 0; i < free->n; i++) {
        const char *name = free->a[i];
        if (name == NULL) {
            continue;
        }
        Symbol *sym = tpSym_get(s, name);
        if (sym != NULL) {
            if (s->type == BLOCK_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL))) {
                sym->flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if (has_bound && !set_has(bound, name)) {
            continue;
        }
        sym = sym_add(st, s, name);
        if (sym == NULL) {
            return;
        }
        sym->scope = SC_FREE;
    }
}

static void analyze_children(SymTable *st, Scope *s, NameSet *newbound, NameSet *newfree,
                             NameSet *newglobal) {
    NameSet allfree = {0};
    for (int i = 0; i < s->nchildren && !st->failed; i++) {
        Scope *c = s->children[i];
        NameSet tb = {0}, tg = {0}, tf = {0};
        set_copy(st, &tb, newbound);
        set_copy(st, &tg, newglobal);
        set_copy(st, &tf, newfree);
        analyze_block(st, c, &tb, true, &tf, &tg);
        set_union(st, &allfree, &tf);
        if (c->has_free || c->child_free) {
            s->child_free = true;
        }
        set_free(&tb);
        set_free(&tg);
        set_free(&tf);
    }
    set_union(st, newfree, &allfree);
    set_free(&allfree);
}

static void analyze_block(SymTable *st, Scope *s, NameSet *bound, bool has_bound,
                          NameSet *freeset, NameSet *global) {
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    if (s->type == BLOCK_CLASS) {
        set_union(st, &newglobal, global);
        set_union(st, &newbound, bound);
    }
    for (int i = 0; i < s->nsyms && !st->failed; i++) {
        analyze_name(st, s, &s->syms[i], bound, has_bound, &local, freeset, global);
    }
    if (s->type != BLOCK_CLASS) {
        if (s->type == BLOCK_FUNCTION) {
            set_union(st, &newbound, &local);
        }
        set_union(st, &newbound, bound);
        set_union(st, &newglobal, global);
    } else {
        set_add(st, &newbound, "__class__");
    }
    if (!st->failed) {
        analyze_children(st, s, &newbound, &newfree, &newglobal);
    }
    if (s->type == BLOCK_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SC_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = SC_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (s->type == BLOCK_CLASS && set_has(&newfree, "__class__")) {
        s->needs_class_closure = true;
        set_discard(&newfree, "__class__");
    }
    update_symbols(st, s, bound, has_bound, &newfree);
    set_union(st, freeset, &newfree);
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
}

int tpSym_build(SymTable *st, Mod *mod, bool future_annotations) {
    return tpSym_build_at(st, mod, future_annotations, 0);
}

int tpSym_build_at(SymTable *st, Mod *mod, bool future_annotations, int start_depth) {
    memset(st, 0, sizeof *st);
    st->depth = start_depth;
    st->future_annotations = future_annotations;
    Loc loc = {1, 0, 1, 0};
    if (!enter_block(st, "top", BLOCK_MODULE, mod, loc)) {
        return -1;
    }
    switch (mod->kind) {
    case MOD_Module:
        visit_stmts(st, mod->v.Module.body);
        break;
    case MOD_Interactive:
        visit_stmts(st, mod->v.Interactive.body);
        break;
    case MOD_Expression:
        visit_expr(st, mod->v.Expression.body);
        break;
    default:
        break;
    }
    if (st->failed || !build_map(st)) {
        return -1;
    }
    NameSet fset = {0}, global = {0}, bound = {0};
    analyze_block(st, st->top, &bound, false, &fset, &global);
    set_free(&fset);
    set_free(&global);
    set_free(&bound);
    return st->failed ? -1 : 0;
}

void tpSym_free(SymTable *st) {
    for (int i = 0; i < st->nall; i++) {
        Scope *s = st->all[i];
        free(s->syms);
        free(s->index);
        free(s->params);
        free(s->children);
        free(s);
    }
    free(st->all);
    free(st->map);
    for (int i = 0; i < st->nstrs; i++) {
        free(st->strs[i]);
    }
    free(st->strs);
    memset(st, 0, sizeof *st);
}
