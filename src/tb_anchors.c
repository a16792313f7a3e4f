/*
 * tb_anchors.c — where to put `~` and `^` under a traceback line (CPython 3.11's rules): parse the
 * failing expression's source segment on its own and, for a binary operation or a subscript,
 * find the operator / bracket part. Kept apart from traceback.c because it includes ast.h,
 * whose enum names overlap the opcode enum of code.h.
 */
#include <string.h>

#include "parser.h"
#include "tb_anchors.h"

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static int binop_anchors(const char *s, Expr *e, int *left, int *right) {
    Expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    int found = 0;
    for (int i = l->end_col_offset; i < r->col_offset; i++) {
        if (is_ws(s[i])) {
            continue;
        }
        *left = i;
        *right = i + 1;
        found = 1;
        if (i + 1 < r->col_offset && !is_ws(s[i + 1])) {
            ++*right;
        }
        if (i + 1 < r->col_offset && s[i] == ')') {
            continue;
        }
        break;
    }
    return found;
}

static int subscript_anchors(const char *s, Expr *e, int *left, int *right) {
    int n = (int)strlen(s);
    *left = e->v.Subscript.value->end_col_offset;
    *right = e->v.Subscript.slice->end_col_offset + 1;
    while (*left < n && s[*left] != '[') {
        ++*left;
    }
    while (*right < n && s[*right] != ']') {
        ++*right;
    }
    if (*right < n) {
        *right += 1;
    }
    return 1;
}

int tpTb_anchors(const char *segment, size_t len, int *left, int *right) {
    AstArena *arena = ast_arena_new();
    if (arena == NULL) {
        return 0;
    }
    ParseError err;
    memset(&err, 0, sizeof err);
    Mod *m = tpParse(arena, segment, len, "<string>", PARSE_FILE, &err);
    int res = 0;
    if (m != NULL && m->kind == MOD_Module && m->v.Module.body.n == 1) {
        Stmt *st = m->v.Module.body.a[0];
        if (st->kind == STMT_Expr && st->v.Expr.value->lineno == 1 &&
            st->v.Expr.value->end_lineno == 1) {
            Expr *e = st->v.Expr.value;
            if (e->kind == EXPR_BinOp) {
                res = binop_anchors(segment, e, left, right);
            } else if (e->kind == EXPR_Subscript) {
                res = subscript_anchors(segment, e, left, right);
            }
        }
    }
    ast_arena_free(arena);
    return res;
}
