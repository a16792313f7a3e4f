/*
** ast.c - AST arena allocator and node-kind name tables.
** The arena hands out zeroed memory from big chunks so that a whole
** tree is released with one ast_arena_free() and the parser never has
** to track individual nodes (important for error paths).
*/
#include <stdlib.h>
#include <string.h>
#include "ast.h"

#define ARENA_CHUNK 65536

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    /* data follows, max-aligned */
} Chunk;

struct AstArena {
    Chunk *head;
};

/* Round to a multiple of 16 so any object type is suitably aligned. */
#define ALIGN_UP(n) (((n) + 15u) & ~(size_t)15u)
#define CHUNK_HDR ALIGN_UP(sizeof(Chunk))

AstArena *ast_arena_new(void)
{
    AstArena *a = calloc(1, sizeof *a);
    return a;
}

void *ast_arena_alloc(AstArena *a, size_t size)
{
    size = ALIGN_UP(size ? size : 1);
    Chunk *c = a->head;
    if (c == NULL || c->size - c->used < size) {
        size_t cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        c = malloc(CHUNK_HDR + cap);
        if (c == NULL) {
            return NULL;
        }
        c->size = cap;
        c->used = 0;
        /* A big one-off block goes behind the head so the current
           chunk's free space is not wasted. */
        if (cap > ARENA_CHUNK && a->head != NULL) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = (char *)c + CHUNK_HDR + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_arena_strndup(AstArena *a, const char *s, size_t n)
{
    char *p = ast_arena_alloc(a, n + 1);
    if (p != NULL) {
        if (n) {
            memcpy(p, s, n);
        }
        p[n] = '\0';
    }
    return p;
}

void ast_arena_free(AstArena *a)
{
    if (a == NULL) {
        return;
    }
    Chunk *c = a->head;
    while (c != NULL) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

#define AST_NAME(n) #n,
const char *const ast_expr_names[EXPR__COUNT] = { AST_EXPR_KINDS(AST_NAME) };
const char *const ast_stmt_names[STMT__COUNT] = { AST_STMT_KINDS(AST_NAME) };
const char *const ast_pattern_names[PAT__COUNT] = { AST_PATTERN_KINDS(AST_NAME) };
const char *const ast_mod_names[MOD__COUNT] = { AST_MOD_KINDS(AST_NAME) };
const char *const ast_ctx_names[CTX__COUNT] = { AST_EXPR_CONTEXTS(AST_NAME) };
const char *const ast_boolop_names[BOOLOP__COUNT] = { AST_BOOLOPS(AST_NAME) };
const char *const ast_operator_names[OP__COUNT] = { AST_OPERATORS(AST_NAME) };
const char *const ast_unaryop_names[UNARYOP__COUNT] = { AST_UNARYOPS(AST_NAME) };
const char *const ast_cmpop_names[CMPOP__COUNT] = { AST_CMPOPS(AST_NAME) };
