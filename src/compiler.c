/*
 * compiler.c — the compiler's core: compilation units (one per code object), instruction
 * emission with labels and lexical exception handlers, constants and names, SyntaxError
 * reporting, and the assembler (stack depth over every path, jump resolution, positions, the
 * exception table, building the ObjCode), and the entry point tpCompile.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler_internal.h"
#include "cstack.h"
#include "vm_internal.h"

/* ---- memory helpers (compile-time scratch is plain malloc) ---- */

static void *c_grow(Compiler *c, void *p, int *cap, int need, size_t elsize) {
    if (need <= *cap) {
        return p;
    }
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need) {
        ncap *= 2;
    }
    void *q = realloc(p, (size_t)ncap * elsize);
    if (q == NULL) {
        if (!c->failed) {
            c->failed = true;
            tpErr_no_memory(c->vm);
        }
        return NULL;
    }
    *cap = ncap;
    return q;
}

static void oom(Compiler *c) {
    if (!c->failed) {
        c->failed = true;
        if (!tpErr_occurred(c->vm)) {
            tpErr_no_memory(c->vm);
        }
    }
}

/* ---- errors ---- */

/* Start of line `lineno` (1-based) in the source, or NULL. */
static const char *line_start(Compiler *c, int lineno, size_t *len) {
    if (c->src == NULL || lineno < 1) {
        return NULL;
    }
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            return NULL;
        }
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    return p;
}

static int char_offset(Compiler *c, int lineno, int col) {
    size_t len;
    const char *p = line_start(c, lineno, &len);
    if (p == NULL || col < 0) {
        return col + 1;
    }
    int chars = 0;
    for (int i = 0; i < col && (size_t)i < len; i++) {
        if (((uint8_t)p[i] & 0xC0) != 0x80) {
            chars++;
        }
    }
    return chars + 1;
}

/* Like CPython, the `text` of a compile-time SyntaxError is read back from the file named by
 * `filename` (so code compiled from a string has none). malloc'd, or NULL. */
static char *source_line(const char *filename, int lineno) {
    if (filename == NULL || filename[0] == '<' || lineno < 1) {
        return NULL;
    }
    FILE *f = fopen(filename, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 256, len = 0;
    char *buf = malloc(cap);
    int line = 1, ch;
    while (buf != NULL && (ch = fgetc(f)) != EOF) {
        if (line == lineno) {
            if (len + 2 >= cap) {
                char *nb = realloc(buf, cap * 2);
                if (nb == NULL) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
            buf[len++] = (char)ch;
        }
        if (ch == '\n' && ++line > lineno) {
            break;
        }
    }
    fclose(f);
    if (buf != NULL && line < lineno) {
        free(buf);
        return NULL;
    }
    if (buf != NULL) {
        buf[len] = '\0';
    }
    return buf;
}

void tpC_error_raw(Compiler *c, int lineno, int offset, int end_lineno, int end_offset,
                   const char *msg) {
    if (c->failed) {
        return;
    }
    c->failed = true;
    char *text = source_line(c->filename, lineno);
    tpErr_syntax(c->vm, EXC_SyntaxError, msg, c->filename, lineno, offset, end_lineno, end_offset,
                 text);
    free(text);
}

/* The symbol table bounds the nesting, but not the C stack already used by the caller: out of
 * stack, fail with RecursionError. */
bool tpC_check_stack_low(Compiler *c) {
    if (!tpC_stack_low(c->vm)) {
        return false;
    }
    c->failed = true;
    tpErr_raise(c->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
    return true;
}

void tpC_error(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *fmt,
               ...) {
    if (c->failed) {
        return;
    }
    c->failed = true;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *text = source_line(c->filename, lineno);
    tpErr_syntax(c->vm, EXC_SyntaxError, msg, c->filename, lineno, char_offset(c, lineno, col),
                 end_lineno, char_offset(c, end_lineno, end_col), text);
    free(text);
}

/* ---- strings ---- */

ObjStr *tpC_str(Compiler *c, const char *s) {
    ObjStr *o = tpStr_new(c->vm, s, strlen(s));
    if (o == NULL) {
        oom(c);
    }
    return o;
}

ObjStr *tpC_intern(Compiler *c, const char *s) {
    ObjStr *o = tpStr_intern_cstr(c->vm, s);
    if (o == NULL) {
        oom(c);
    }
    return o;
}

const char *tpC_mangle(Compiler *c, const char *name) {
    return tpSym_mangle(&c->st, c->u->private_name, name);
}

static bool is_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return false;
        }
    }
    return true;
}

Value tpC_const_value(Compiler *c, const ConstValue *cv) {
    VM *vm = c->vm;
    Value v = NULL_VAL;
    switch (cv->kind) {
    case CONST_NONE:
        return NONE_VAL;
    case CONST_TRUE:
        return TRUE_VAL;
    case CONST_FALSE:
        return FALSE_VAL;
    case CONST_ELLIPSIS:
        return vm->ellipsis;
    case CONST_INT:
        v = tpInt_from_i64(vm, cv->v.i);
        break;
    case CONST_BIGINT:
        v = tpInt_from_digits(vm, cv->v.str.s, cv->v.str.len, 10);
        break;
    case CONST_FLOAT:
        return FLOAT_VAL(cv->v.f);
    case CONST_COMPLEX:
        v = tpComplex_new(vm, 0.0, cv->v.f);
        break;
    case CONST_STR: {
        ObjStr *s = tpStr_new(vm, cv->v.str.s, cv->v.str.len);
        if (s != NULL && is_name_chars(cv->v.str.s, cv->v.str.len)) {
            s = tpStr_intern(vm, s);
        }
        v = s ? OBJ_VAL(s) : NULL_VAL;
        break;
    }
    case CONST_BYTES: {
        ObjBytes *b = tpBytes_new(vm, cv->v.str.s, cv->v.str.len);
        v = b ? OBJ_VAL(b) : NULL_VAL;
        break;
    }
    default:
        return NONE_VAL;
    }
    if (IS_NULL(v)) {
        oom(c);
        return NONE_VAL;
    }
    return v;
}

/* ---- constants and names ---- */

static bool const_equal(VM *vm, Value a, Value b) {
    if (a == b) {
        return true;
    }
    if (!IS_OBJ(a) || !IS_OBJ(b)) {
        return false;
    }
    ObjType *t = AS_OBJ(a)->type;
    if (t != AS_OBJ(b)->type) {
        return false;
    }
    if (t == vm->types[TYPE_STR]) {
        return tpStr_eq(AS_STR(a), AS_STR(b));
    }
    if (t == vm->types[TYPE_BYTES]) {
        ObjBytes *x = AS_BYTES(a), *y = AS_BYTES(b);
        return x->len == y->len && memcmp(x->data, y->data, x->len) == 0;
    }
    if (t == vm->types[TYPE_INT]) {
        return tpInt_cmp(vm, a, b) == 0;
    }
    if (t == vm->types[TYPE_COMPLEX]) {
        ObjComplex *x = (ObjComplex *)AS_OBJ(a), *y = (ObjComplex *)AS_OBJ(b);
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
               memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (t == vm->types[TYPE_TUPLE]) {
        ObjTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (x->len != y->len) {
            return false;
        }
        for (size_t i = 0; i < x->len; i++) {
            if (!const_equal(vm, x->items[i], y->items[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static uint32_t hash_bytes(const void *p, size_t n, uint32_t seed) {
    const uint8_t *b = p;
    uint32_t h = 2166136261u ^ seed;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ b[i]) * 16777619u;
    }
    return h;
}

/* A hash consistent with const_equal (equal constants hash alike). */
static uint32_t const_hash(VM *vm, Value v) {
    if (!IS_OBJ(v)) {
        return (uint32_t)((v * 0x9E3779B97F4A7C15ull) >> 32);
    }
    ObjType *t = AS_OBJ(v)->type;
    if (t == vm->types[TYPE_STR]) {
        return hash_bytes(AS_STR(v)->data, AS_STR(v)->nbytes, 1);
    }
    if (t == vm->types[TYPE_BYTES]) {
        return hash_bytes(AS_BYTES(v)->data, AS_BYTES(v)->len, 2);
    }
    if (t == vm->types[TYPE_INT]) {
        return (uint32_t)tpInt_hash(vm, v) ^ 3u;
    }
    if (t == vm->types[TYPE_COMPLEX]) {
        ObjComplex *x = (ObjComplex *)AS_OBJ(v);
        return hash_bytes(&x->real, sizeof(double), 4) ^ hash_bytes(&x->imag, sizeof(double), 5);
    }
    if (t == vm->types[TYPE_TUPLE]) {
        uint32_t h = 6;
        ObjTuple *x = AS_TUPLE(v);
        for (size_t i = 0; i < x->len; i++) {
            h = (h * 1000003u) ^ const_hash(vm, x->items[i]);
        }
        return h;
    }
    uintptr_t p = (uintptr_t)AS_OBJ(v);
    return (uint32_t)((p >> 4) * 2654435761u);
}

static bool va_rehash(Compiler *c, ValArray *arr, int icap) {
    int *idx = malloc((size_t)icap * sizeof *idx);
    if (idx == NULL) {
        oom(c);
        return false;
    }
    for (int i = 0; i < icap; i++) {
        idx[i] = -1;
    }
    uint32_t mask = (uint32_t)icap - 1;
    for (int k = 0; k < arr->n; k++) {
        uint32_t i = arr->hashes[k] & mask;
        while (idx[i] >= 0) {
            i = (i + 1) & mask;
        }
        idx[i] = k;
    }
    free(arr->index);
    arr->index = idx;
    arr->icap = icap;
    return true;
}

static int val_append(Compiler *c, ValArray *arr, Value v, uint32_t h) {
    int cap = arr->cap;
    Value *a = c_grow(c, arr->a, &cap, arr->n + 1, sizeof *a);
    if (a == NULL) {
        return 0;
    }
    arr->a = a;
    if (cap != arr->cap) {
        uint32_t *hs = realloc(arr->hashes, (size_t)cap * sizeof *hs);
        if (hs == NULL) {
            oom(c);
            return 0;
        }
        arr->hashes = hs;
        arr->cap = cap;
    }
    arr->a[arr->n] = v;
    arr->hashes[arr->n] = h;
    arr->n++;
    if (arr->n * 2 > arr->icap) {
        if (!va_rehash(c, arr, arr->icap ? arr->icap * 2 : 16)) {
            return 0;
        }
    } else {
        uint32_t mask = (uint32_t)arr->icap - 1, i = h & mask;
        while (arr->index[i] >= 0) {
            i = (i + 1) & mask;
        }
        arr->index[i] = arr->n - 1;
    }
    return arr->n - 1;
}

int tpC_add_const(Compiler *c, Value v) {
    ValArray *arr = &c->u->consts;
    uint32_t h = const_hash(c->vm, v);
    if (arr->icap > 0) {
        uint32_t mask = (uint32_t)arr->icap - 1;
        for (uint32_t i = h & mask; arr->index[i] >= 0; i = (i + 1) & mask) {
            int k = arr->index[i];
            if (arr->hashes[k] == h && const_equal(c->vm, arr->a[k], v)) {
                return k;
            }
        }
    }
    return val_append(c, arr, v, h);
}

void tpC_load_const(Compiler *c, Value v) { tpC_emit(c, OP_LOAD_CONST, tpC_add_const(c, v)); }

static int find_name_h(ValArray *arr, const char *name, uint32_t h) {
    if (arr->icap == 0) {
        return -1;
    }
    uint32_t mask = (uint32_t)arr->icap - 1;
    for (uint32_t i = h & mask; arr->index[i] >= 0; i = (i + 1) & mask) {
        int k = arr->index[i];
        if (arr->hashes[k] == h && strcmp(AS_STR(arr->a[k])->data, name) == 0) {
            return k;
        }
    }
    return -1;
}

static int find_name(ValArray *arr, const char *name) {
    return find_name_h(arr, name, hash_bytes(name, strlen(name), 1));
}

int tpC_add_name(Compiler *c, ValArray *arr, const char *name) {
    uint32_t h = hash_bytes(name, strlen(name), 1);
    int i = find_name_h(arr, name, h);
    if (i >= 0) {
        return i;
    }
    ObjStr *s = tpC_intern(c, name);
    if (s == NULL) {
        return 0;
    }
    return val_append(c, arr, OBJ_VAL(s), h);
}

/* ---- emission ---- */

void tpC_set_loc(Compiler *c, int lineno, int col, int end_lineno, int end_col) {
    Position *p = &c->u->loc;
    p->lineno = lineno;
    p->col = col;
    p->end_lineno = end_lineno;
    p->end_col = end_col;
}

void tpC_unset_loc(Compiler *c) {
    Position *p = &c->u->loc;
    p->lineno = -1;
    p->end_lineno = -1;
    p->col = p->end_col = -1;
}

void tpC_emit(Compiler *c, int op, int arg) {
    if (c->failed) {
        return;
    }
    Unit *u = c->u;
    CInstr *a = c_grow(c, u->instrs, &u->capinstrs, u->ninstrs + 1, sizeof *a);
    if (a == NULL) {
        return;
    }
    u->instrs = a;
    CInstr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->handler = u->cur_handler;
    in->pos = u->loc;
}

int tpC_new_label(Compiler *c) {
    Unit *u = c->u;
    int *a = c_grow(c, u->labels, &u->caplabels, u->nlabels + 1, sizeof *a);
    if (a == NULL) {
        return 0;
    }
    u->labels = a;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void tpC_use_label(Compiler *c, int label) {
    if (c->failed) {
        return;
    }
    c->u->labels[label] = c->u->ninstrs;
}

int tpC_push_handler(Compiler *c, int label, int lasti, int adj) {
    Unit *u = c->u;
    HandlerNode *a = c_grow(c, u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof *a);
    if (a == NULL) {
        return -1;
    }
    u->handlers = a;
    HandlerNode *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->parent = u->cur_handler;
    h->lasti = lasti;
    h->adj = adj;
    h->depth = -1;
    int id = u->nhandlers++;
    tpC_emit(c, PSEUDO_SETUP, id);
    u->cur_handler = id;
    return id;
}

void tpC_pop_handler(Compiler *c) {
    Unit *u = c->u;
    if (u->cur_handler >= 0) {
        u->cur_handler = u->handlers[u->cur_handler].parent;
    }
}

int tpC_push_fblock(Compiler *c, int kind, int start, int exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        tpC_error(c, u->loc.lineno, u->loc.col, u->loc.end_lineno, u->loc.end_col,
                  "too many statically nested blocks");
        return -1;
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    f->datum = datum;
    f->pos = u->loc;
    /* The handler that becomes current when this block is popped while unwinding: the one that
     * was current before the block's own handler was pushed (callers push it right after). */
    f->outer_handler = u->cur_handler;
    return 0;
}

void tpC_pop_fblock(Compiler *c) {
    if (c->u->nfblocks > 0) {
        c->u->nfblocks--;
    }
}

/* ---- units ---- */

static void va_free(ValArray *arr) {
    free(arr->a);
    free(arr->hashes);
    free(arr->index);
}

static void unit_free(Unit *u) {
    free(u->instrs);
    free(u->labels);
    free(u->handlers);
    va_free(&u->consts);
    va_free(&u->names);
    va_free(&u->varnames);
    va_free(&u->cellvars);
    va_free(&u->freevars);
    free(u);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names of `s` whose scope is `scope` (or with flag `flag`), sorted, appended to arr. */
static void names_by_scope(Compiler *c, Scope *s, int scope, int flag, ValArray *arr) {
    const char **tmp = malloc((size_t)(s->nsyms + 1) * sizeof *tmp);
    if (tmp == NULL) {
        oom(c);
        return;
    }
    int n = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].scope == scope || (flag && (s->syms[i].flags & flag))) {
            tmp[n++] = s->syms[i].name;
        }
    }
    qsort(tmp, (size_t)n, sizeof *tmp, cmp_names);
    for (int i = 0; i < n; i++) {
        tpC_add_name(c, arr, tmp[i]);
    }
    free(tmp);
}

static void set_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    const char *name = u->name->data;
    u->qualname = u->name;
    if (parent == NULL) {
        return;
    }
    bool force_global = false;
    if (u->scope_type == SCOPE_FUNCTION || u->scope_type == SCOPE_ASYNC_FUNCTION ||
        u->scope_type == SCOPE_CLASS) {
        const char *mangled = tpSym_mangle(&c->st, parent->private_name, name);
        if (tpSym_scope_of(parent->ste, mangled) == SC_GLOBAL_EXPLICIT) {
            force_global = true;
        }
    }
    if (force_global || parent->scope_type == SCOPE_MODULE) {
        u->qualname = u->name;
        return;
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_put_str(c->vm, &b, parent->qualname);
    if (rc == 0 && (parent->scope_type == SCOPE_FUNCTION ||
                    parent->scope_type == SCOPE_ASYNC_FUNCTION ||
                    parent->scope_type == SCOPE_LAMBDA)) {
        rc = tpBuf_puts(c->vm, &b, ".<locals>");
    }
    if (rc == 0) {
        rc = tpBuf_putc(c->vm, &b, '.');
    }
    if (rc == 0) {
        rc = tpBuf_put_str(c->vm, &b, u->name);
    }
    if (rc < 0) {
        tpBuf_free(&b);
        oom(c);
        u->qualname = u->name;
        return;
    }
    u->qualname = tpBuf_finish(c->vm, &b);
    if (u->qualname == NULL) {
        oom(c);
        u->qualname = u->name;
    }
}

int tpC_enter_scope(Compiler *c, const char *name, int scope_type, const void *key, int lineno) {
    if (c->failed) {
        return -1;
    }
    Unit *u = calloc(1, sizeof *u);
    if (u == NULL) {
        oom(c);
        return -1;
    }
    u->ste = tpSym_lookup_scope(&c->st, key);
    if (u->ste == NULL) {
        free(u);
        tpC_error(c, lineno, 0, lineno, 0, "internal compiler error: no scope for %s", name);
        return -1;
    }
    u->scope_type = scope_type;
    u->parent = c->u;
    u->name = tpC_intern(c, name);
    u->cur_handler = -1;
    u->firstlineno = lineno;
    u->private_name = c->u ? c->u->private_name : NULL;
    if (scope_type == SCOPE_CLASS) {
        u->private_name = name;
    }
    c->u = u;
    tpC_set_loc(c, lineno, -1, lineno, -1);
    for (int i = 0; i < u->ste->nparams; i++) {
        tpC_add_name(c, &u->varnames, u->ste->params[i]);
    }
    names_by_scope(c, u->ste, SC_CELL, 0, &u->cellvars);
    if (u->ste->needs_class_closure) {
        tpC_add_name(c, &u->cellvars, "__class__");
    }
    names_by_scope(c, u->ste, SC_FREE, DEF_FREE_CLASS, &u->freevars);
    if (u->name != NULL) {
        set_qualname(c, u);
    }
    return c->failed ? -1 : 0;
}

/* ---- assembly ---- */

static bool is_jump(int op) {
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND:
        return true;
    default:
        return false;
    }
}

static bool is_terminal(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int popcount4(int x) { return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1); }

/* Stack effect of an instruction; `jump` selects the effect when the jump is taken. */
static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_JUMP: case OP_GET_ITER:
    case OP_LIST_TO_TUPLE: case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH:
    case OP_SETUP_ANNOTATIONS: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_ASYNC_GEN_WRAP: case OP_COPY_DICT_WITHOUT_KEYS:
    case OP_RETURN_GENERATOR: case OP_DELETE_LOCALS_ITEM:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_IMPORT_NAME:
    case OP_IMPORT_STAR: case OP_POP_EXCEPT: case OP_RERAISE: case OP_PREP_RERAISE_STAR:
    case OP_PRINT_EXPR:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
    case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_IMPORT_FROM: case OP_PUSH_EXC_INFO:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH: case OP_GET_LEN: case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_END_ASYNC_FOR:
    case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_CALL:
        return -(arg + 1);
    case OP_CALL_KW:
        return -(arg + 2);
    case OP_CALL_EX:
        return -2 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -popcount4(arg);
    case OP_RAISE_VARARGS:
        return -arg;
    default:
        return 0;
    }
}

typedef struct Asm {
    int *depth;     /* per instruction, -1 unknown */
    int *work;
    int nwork;
    int maxdepth;
    bool bad;
} Asm;

static void flow_to(Asm *a, int target, int d) {
    if (d < 0) {
        a->bad = true;
        d = 0;
    }
    if (d > a->maxdepth) {
        a->maxdepth = d;
    }
    if (a->depth[target] < 0) {
        a->depth[target] = d;
        a->work[a->nwork++] = target;
    } else if (a->depth[target] != d) {
        a->bad = true;
    }
}

/* Depth of every instruction (and every handler) by walking all paths. */
static int compute_depths(Compiler *c, Unit *u, Asm *a) {
    int n = u->ninstrs;
    a->depth = malloc((size_t)(n + 1) * sizeof(int));
    a->work = malloc((size_t)(n + 1) * sizeof(int));
    if (a->depth == NULL || a->work == NULL) {
        oom(c);
        return -1;
    }
    for (int i = 0; i <= n; i++) {
        a->depth[i] = -1;
    }
    a->nwork = 0;
    a->maxdepth = 0;
    a->bad = false;
    if (n > 0) {
        flow_to(a, 0, 0);
    }
    while (a->nwork > 0) {
        int i = a->work[--a->nwork];
        int d = a->depth[i];
        for (; i < n; i++) {
            if (a->depth[i] >= 0 && a->depth[i] != d) {
                a->bad = true;
            }
            a->depth[i] = d;
            CInstr *in = &u->instrs[i];
            if (in->op == PSEUDO_SETUP) {
                HandlerNode *h = &u->handlers[in->arg];
                h->depth = d + h->adj;
                flow_to(a, u->labels[h->label], h->depth + h->lasti + 1);
                continue;
            }
            if (is_jump(in->op)) {
                flow_to(a, u->labels[in->arg], d + stack_effect(in->op, in->arg, true));
            }
            if (is_terminal(in->op)) {
                break;
            }
            d += stack_effect(in->op, in->arg, false);
            if (d > a->maxdepth) {
                a->maxdepth = d;
            }
            if (d < 0) {
                a->bad = true;
                d = 0;
            }
            if (i + 1 < n && a->depth[i + 1] >= 0) {
                if (a->depth[i + 1] != d) {
                    a->bad = true;
                }
                break;
            }
        }
    }
    if (a->bad && getenv("TAIPAN_COMPILER_DEBUG")) {
        fprintf(stderr, "taipan compiler: inconsistent stack depth in %s\n", u->name->data);
    }
    return 0;
}

static void fill_positions(Unit *u, Position *out, const int *final_index) {
    Position last = {u->firstlineno, u->firstlineno, -1, -1};
    for (int i = 0; i < u->ninstrs; i++) {
        CInstr *in = &u->instrs[i];
        if (in->op == PSEUDO_SETUP) {
            continue;
        }
        Position p = in->pos;
        if (p.lineno < 0) {
            p = last;
        }
        last = p;
        out[final_index[i]] = p;
    }
}

/* Exception table: runs of consecutive instructions with the same handler. */
static int build_exctable(Compiler *c, Unit *u, const int *final_index, int nfinal,
                          ExcTableEntry **out) {
    int *hmap = malloc((size_t)(nfinal + 1) * sizeof(int));
    if (hmap == NULL) {
        oom(c);
        return -1;
    }
    for (int i = 0; i < u->ninstrs; i++) {
        if (u->instrs[i].op != PSEUDO_SETUP) {
            int h = u->instrs[i].handler;
            if (h >= 0 && u->handlers[h].depth < 0) {
                h = -1;
            }
            hmap[final_index[i]] = h;
        }
    }
    int count = 0;
    for (int i = 0; i < nfinal; i++) {
        if (hmap[i] >= 0 && (i == 0 || hmap[i - 1] != hmap[i])) {
            count++;
        }
    }
    ExcTableEntry *t = NULL;
    if (count > 0) {
        t = tpMem_alloc(c->vm, (size_t)count * sizeof *t);
        if (t == NULL) {
            free(hmap);
            c->failed = true;
            return -1;
        }
    }
    int k = 0;
    for (int i = 0; i < nfinal;) {
        int h = hmap[i];
        int j = i + 1;
        while (j < nfinal && hmap[j] == h) {
            j++;
        }
        if (h >= 0) {
            HandlerNode *hn = &u->handlers[h];
            t[k].start = i;
            t[k].end = j;
            t[k].target = final_index[u->labels[hn->label]];
            t[k].depth = hn->depth;
            t[k].lasti = hn->lasti;
            k++;
        }
        i = j;
    }
    free(hmap);
    *out = t;
    return count;
}

static ObjTuple *tuple_of(Compiler *c, ValArray *arr) {
    ObjTuple *t = tpTuple_from(c->vm, (size_t)arr->n, arr->a);
    if (t == NULL) {
        oom(c);
    }
    return t;
}

static int code_flags(Unit *u) {
    Scope *s = u->ste;
    int flags = 0;
    if (s->type == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (s->nested) {
            flags |= CO_NESTED;
        }
        if (s->generator && !s->coroutine) {
            flags |= CO_GENERATOR;
        }
        if (s->coroutine && !s->generator) {
            flags |= CO_COROUTINE;
        }
        if (s->coroutine && s->generator) {
            flags |= CO_ASYNC_GENERATOR;
        }
        if (s->varargs) {
            flags |= CO_VARARGS;
        }
        if (s->varkw) {
            flags |= CO_VARKEYWORDS;
        }
    }
    return flags;
}

static int fill_cell2arg(Compiler *c, Unit *u, ObjCode *co) {
    bool any = false;
    for (int i = 0; i < u->cellvars.n; i++) {
        if (find_name(&u->varnames, AS_STR(u->cellvars.a[i])->data) >= 0) {
            any = true;
        }
    }
    if (!any) {
        return 0;
    }
    co->cell2arg = tpMem_alloc(c->vm, (size_t)u->cellvars.n * sizeof(int32_t));
    if (co->cell2arg == NULL) {
        c->failed = true;
        return -1;
    }
    int nargs = u->argcount + u->kwonlyargcount + (u->ste->varargs ? 1 : 0) +
                (u->ste->varkw ? 1 : 0);
    for (int i = 0; i < u->cellvars.n; i++) {
        int k = find_name(&u->varnames, AS_STR(u->cellvars.a[i])->data);
        co->cell2arg[i] = (k >= 0 && k < nargs) ? k : -1;
    }
    return 0;
}

static int fill_code_arrays(Compiler *c, Unit *u, ObjCode *co, const int *final_index,
                            int nfinal) {
    co->ncode = nfinal;   /* first: code_free sizes both arrays by it, even if one failed */
    co->code = tpMem_alloc(c->vm, (size_t)(nfinal ? nfinal : 1) * sizeof(Instr));
    co->positions = tpMem_alloc(c->vm, (size_t)(nfinal ? nfinal : 1) * sizeof(Position));
    if (co->code == NULL || co->positions == NULL) {
        c->failed = true;
        return -1;
    }
    for (int i = 0; i < u->ninstrs; i++) {
        CInstr *in = &u->instrs[i];
        if (in->op == PSEUDO_SETUP) {
            continue;
        }
        int arg = in->arg;
        if (is_jump(in->op)) {
            arg = final_index[u->labels[arg]];
        }
        if (arg < 0 || arg > INSTR_ARG_MAX) {
            tpC_error(c, in->pos.lineno, in->pos.col, in->pos.end_lineno, in->pos.end_col,
                      "too many constants or names");
            return -1;
        }
        co->code[final_index[i]] = INSTR(in->op, arg);
    }
    fill_positions(u, co->positions, final_index);
    ExcTableEntry *t = NULL;
    int nexc = build_exctable(c, u, final_index, nfinal, &t);
    if (nexc < 0) {
        return -1;
    }
    co->exctable = t;
    co->nexc = nexc;
    return 0;
}

/* The fused opcode for the pair (first, second), or -1. The pairs are the most frequent ones
 * over bench/ (docs/performance.md, "Superinstructions"). */
static int fused_op(int first, int second) {
    switch (first) {
    case OP_LOAD_FAST:
        return second == OP_LOAD_FAST    ? OP_LOAD_FAST__LOAD_FAST
               : second == OP_LOAD_CONST ? OP_LOAD_FAST__LOAD_CONST
               : second == OP_BINARY_OP  ? OP_LOAD_FAST__BINARY_OP
               : second == OP_LOAD_ATTR  ? OP_LOAD_FAST__LOAD_ATTR
                                         : -1;
    case OP_STORE_FAST:
        return second == OP_LOAD_FAST ? OP_STORE_FAST__LOAD_FAST
               : second == OP_JUMP    ? OP_STORE_FAST__JUMP
                                      : -1;
    case OP_LOAD_CONST:
        return second == OP_BINARY_OP ? OP_LOAD_CONST__BINARY_OP : -1;
    case OP_BINARY_OP:
        return second == OP_STORE_FAST ? OP_BINARY_OP__STORE_FAST : -1;
    case OP_COMPARE_OP:
        return second == OP_POP_JUMP_IF_FALSE  ? OP_COMPARE_OP__POP_JUMP_IF_FALSE
               : second == OP_POP_JUMP_IF_TRUE ? OP_COMPARE_OP__POP_JUMP_IF_TRUE
                                               : -1;
    case OP_LOAD_GLOBAL:
        return second == OP_PUSH_NULL ? OP_LOAD_GLOBAL__PUSH_NULL : -1;
    case OP_FOR_ITER:
        return second == OP_STORE_FAST ? OP_FOR_ITER__STORE_FAST : -1;
    default:
        return -1;
    }
}

/* Superinstructions (opcodes.def): the first instruction of a fusable run gets the fused opcode;
 * the others stay as they are (a jump may land on them). Going forwards, instructions i+1.. are
 * looked at before they are themselves rewritten, so overlapping runs are fine: the fused i never
 * runs their opcodes, only the original meaning of them (it reads only their arguments). */
/* The fused opcode for the run of 3 or 4 instructions at `in` (n of them), or -1:
 * `local OP const`, `local OP local`, `if local CMP const:`, `local[const]` and the two halves
 * of `c[k] OP= v` (COPY 2 COPY 2 BINARY_SUBSCR ... SWAP 3 SWAP 2 STORE_SUBSCR). */
static int fused_run(const Instr *in, int n) {
    if (n < 3) {
        return -1;
    }
    int op0 = (int)INSTR_OP(in[0]), op1 = (int)INSTR_OP(in[1]), op2 = (int)INSTR_OP(in[2]);
    if (op0 == OP_COPY && op1 == OP_COPY && op2 == OP_BINARY_SUBSCR && INSTR_ARG(in[0]) == 2 &&
        INSTR_ARG(in[1]) == 2) {
        return OP_COPY__COPY__BINARY_SUBSCR;
    }
    if (op0 == OP_SWAP && op1 == OP_SWAP && op2 == OP_STORE_SUBSCR && INSTR_ARG(in[0]) == 3 &&
        INSTR_ARG(in[1]) == 2) {
        return OP_SWAP__SWAP__STORE_SUBSCR;
    }
    if (op0 != OP_LOAD_FAST) {
        return -1;
    }
    if (op1 == OP_LOAD_CONST && op2 == OP_BINARY_OP) {
        return OP_LOAD_FAST__LOAD_CONST__BINARY_OP;
    }
    if (op1 == OP_LOAD_CONST && op2 == OP_BINARY_SUBSCR) {
        return OP_LOAD_FAST__LOAD_CONST__BINARY_SUBSCR;
    }
    if (op1 == OP_LOAD_FAST && op2 == OP_BINARY_OP) {
        return OP_LOAD_FAST__LOAD_FAST__BINARY_OP;
    }
    if (n >= 4 && op1 == OP_LOAD_CONST && op2 == OP_COMPARE_OP) {
        if (INSTR_OP(in[3]) == OP_POP_JUMP_IF_FALSE) {
            return OP_LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE;
        }
        if (INSTR_OP(in[3]) == OP_POP_JUMP_IF_TRUE) {
            return OP_LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE;
        }
    }
    return -1;
}

static void fuse_pairs(ObjCode *co) {
    for (int i = 0; i + 1 < co->ncode; i++) {
        int n = co->ncode - i < 4 ? co->ncode - i : 4;
        int op = fused_run(co->code + i, n);
        if (op < 0) {
            op = fused_op((int)INSTR_OP(co->code[i]), (int)INSTR_OP(co->code[i + 1]));
        }
        if (op >= 0) {
            co->code[i] = INSTR(op, INSTR_ARG(co->code[i]));
        }
    }
}

static ObjCode *assemble(Compiler *c, Unit *u) {
    Asm a = {0};
    ObjCode *co = NULL;
    int *final_index = malloc((size_t)(u->ninstrs + 1) * sizeof(int));
    if (final_index == NULL) {
        oom(c);
        return NULL;
    }
    int nfinal = 0;
    for (int i = 0; i < u->ninstrs; i++) {
        final_index[i] = nfinal;
        if (u->instrs[i].op != PSEUDO_SETUP) {
            nfinal++;
        }
    }
    final_index[u->ninstrs] = nfinal;
    if (compute_depths(c, u, &a) < 0) {
        goto done;
    }
    co = tpCode_new(c->vm);
    if (co == NULL) {
        c->failed = true;
        goto done;
    }
    if (fill_code_arrays(c, u, co, final_index, nfinal) < 0) {
        co = NULL;
        goto done;
    }
    if (getenv("TAIPAN_NO_FUSE") == NULL) {
        fuse_pairs(co);
    }
    co->consts = tuple_of(c, &u->consts);
    co->names = tuple_of(c, &u->names);
    co->varnames = tuple_of(c, &u->varnames);
    co->cellvars = tuple_of(c, &u->cellvars);
    co->freevars = tuple_of(c, &u->freevars);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = u->varnames.n;
    co->ncells = u->cellvars.n;
    co->nfrees = u->freevars.n;
    co->nlocalsplus = co->nlocals + co->ncells + co->nfrees;
    co->stacksize = a.maxdepth;
    co->flags = code_flags(u);
    co->firstlineno = u->firstlineno;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename_str;
    tpCode_init_call_flags(co);
    if (fill_cell2arg(c, u, co) < 0 || c->failed) {
        co = NULL;
    }
done:
    free(a.depth);
    free(a.work);
    free(final_index);
    return co;
}

ObjCode *tpC_exit_scope(Compiler *c, bool add_none_return) {
    Unit *u = c->u;
    ObjCode *co = NULL;
    if (!c->failed) {
        if (add_none_return) {
            tpC_unset_loc(c);
            tpC_load_const(c, NONE_VAL);
            tpC_emit(c, OP_RETURN_VALUE, 0);
        }
        if (!c->failed) {
            co = assemble(c, u);
        }
    }
    c->u = u->parent;
    unit_free(u);
    return c->failed ? NULL : co;
}

void tpC_make_closure(Compiler *c, ObjCode *co, int flags) {
    if (c->failed || co == NULL) {
        return;
    }
    if (co->nfrees > 0) {
        Unit *u = c->u;
        for (int i = 0; i < co->nfrees; i++) {
            const char *name = AS_STR(co->freevars->items[i])->data;
            int k = find_name(&u->cellvars, name);
            if (k < 0) {
                k = find_name(&u->freevars, name);
                if (k < 0) {
                    tpC_error(c, u->loc.lineno, 0, u->loc.lineno, 0,
                              "internal compiler error: no cell for free variable %s", name);
                    return;
                }
                k += u->cellvars.n;
            }
            tpC_emit(c, OP_LOAD_CLOSURE, k);
        }
        tpC_emit(c, OP_BUILD_TUPLE, co->nfrees);
        flags |= 8;
    }
    tpC_load_const(c, OBJ_VAL(co));
    tpC_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- entry points ---- */

static ObjCode *compile_mod(Compiler *c, Mod *mod) {
    if (tpC_enter_scope(c, "<module>", SCOPE_MODULE, mod, 1) < 0) {
        return NULL;
    }
    switch (mod->kind) {
    case MOD_Module:
        tpC_body(c, mod->v.Module.body, true);
        return tpC_exit_scope(c, true);
    case MOD_Interactive:
        c->interactive = 1;
        if (tpC_find_ann(mod->v.Interactive.body)) {
            tpC_emit(c, OP_SETUP_ANNOTATIONS, 0);
        }
        tpC_visit_stmts(c, mod->v.Interactive.body);
        return tpC_exit_scope(c, true);
    case MOD_Expression:
        tpC_visit_expr(c, mod->v.Expression.body);
        tpC_emit(c, OP_RETURN_VALUE, 0);
        return tpC_exit_scope(c, false);
    default:
        return tpC_exit_scope(c, true);
    }
}

ObjCode *tpCompile(VM *vm, Mod *mod, const char *src, size_t srclen, const char *filename,
                   int mode) {
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    Compiler *c = &comp;
    c->vm = vm;
    c->src = src;
    c->srclen = srclen;
    c->filename = filename;
    c->mode = mode;
    c->filename_str = tpStr_from_cstr(vm, filename);
    if (c->filename_str == NULL) {
        return NULL;
    }
    if (tpC_scan_future(c, mod) < 0) {
        return NULL;
    }
    int limit = vm->recursion_limit < 1000 ? vm->recursion_limit : 1000;
    int start = 3 * (1000 - limit + vm->depth);
    if (tpSym_build_at(&c->st, mod, c->future_annotations,
                       start < SYM_MAX_DEPTH ? start : SYM_MAX_DEPTH) < 0) {
        if (c->st.oom) {
            tpErr_no_memory(vm);
        } else if (c->st.too_deep) {
            tpErr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        } else {
            SymError *e = &c->st.err;
            tpC_error(c, e->lineno, e->col, e->end_lineno, e->end_col, "%s", e->msg);
        }
        tpSym_free(&c->st);
        return NULL;
    }
    ObjCode *co = compile_mod(c, mod);
    while (c->u != NULL) {
        Unit *u = c->u;
        c->u = u->parent;
        unit_free(u);
    }
    tpSym_free(&c->st);
    if (c->failed) {
        if (!tpErr_occurred(vm)) {
            tpErr_no_memory(vm);
        }
        return NULL;
    }
    return co;
}
