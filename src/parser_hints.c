/*
 * parser_hints.c - CPython's "invalid_*" second-pass diagnostics that need more than the
 * failing token: '=' where no assignment can be ("Maybe you meant '==' ..."), `target := value`
 * statements, and the single-target assignment hints. Split from parser.c (statement grammar).
 */
#include "parser_int.h"

static int is_bitwise_or_level(Expr *e)
{
    switch (e->kind) {
    case EXPR_Compare: case EXPR_BoolOp: case EXPR_IfExp: case EXPR_Lambda:
    case EXPR_NamedExpr: case EXPR_Starred: case EXPR_Yield: case EXPR_YieldFrom:
        return 0;
    case EXPR_UnaryOp:
        return e->v.UnaryOp.op != UNARYOP_Not;
    default:
        return 1;
    }
}

static void *spec_bitwise_or(Parser *p, void *arg)
{
    (void)arg;
    return parse_bitwise_or(p);
}

/* Targets of `a = b = c`; the single-'=' case gets CPython's hint. */
void check_assign_targets(Parser *p, Vec *targets, int rhs_pos)
{
    for (int i = 0; i < targets->n; i++) {
        Expr *t = targets->a[i];
        if (t->kind == EXPR_Yield || t->kind == EXPR_YieldFrom) {
            error_node(p, t, "assignment to yield expression not possible");
        }
        Expr *bad = NULL;
        if (t->kind == EXPR_Starred && 0) {
            bad = t;
        }
        if (t->kind == EXPR_Name || t->kind == EXPR_Attribute || t->kind == EXPR_Subscript) {
            t->kind == EXPR_Name ? (void)(t->v.Name.ctx = CTX_Store) :
            t->kind == EXPR_Attribute ? (void)(t->v.Attribute.ctx = CTX_Store) :
                                        (void)(t->v.Subscript.ctx = CTX_Store);
            continue;
        }
        int hint = 0;
        if (targets->n == 1 && is_bitwise_or_level(t) && t->kind != EXPR_List &&
            t->kind != EXPR_Tuple && t->kind != EXPR_GeneratorExp &&
            !(t->kind == EXPR_Constant && (t->v.Constant.value.kind == CONST_TRUE ||
                                           t->v.Constant.value.kind == CONST_FALSE ||
                                           t->v.Constant.value.kind == CONST_NONE))) {
            /* `a = b` followed by neither '=' nor ':=' */
            int save = p->pos, savemax = p->maxpos;
            p->pos = rhs_pos;
            Expr *r = speculate(p, spec_bitwise_or, NULL, 0);
            if (r != NULL && !check(p, T_EQUAL) && !check(p, T_COLONEQUAL)) {
                hint = 1;
            }
            p->pos = save;
            p->maxpos = savemax;
        }
        (void)bad;
        if (hint) {
            if (invalid_target(t, CTX_Store) != NULL) {
                error_node(p, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           expr_name(t));
            }
        }
        set_context(p, t, CTX_Store);
    }
}

/* Do the tokens [from, to) form one bracketed group, e.g. `(a, b)` but not `(a), b`? */
static int one_group(Parser *p, int from, int to)
{
    int depth = 0;
    for (int i = from; i < to; i++) {
        int ty = p->toks[i].type;
        depth += ty == T_LPAR || ty == T_LSQB || ty == T_LBRACE;
        depth -= ty == T_RPAR || ty == T_RSQB || ty == T_RBRACE;
        if (depth == 0 && i + 1 < to) {
            return 0;
        }
    }
    return 1;
}

/* `target := value` as a statement: CPython names the target unless it is a plain name (or an
 * unparenthesized tuple, starred or yield, which stay "invalid syntax"). */
void check_stmt_walrus(Parser *p, Expr *e, int start)
{
    if (!check(p, T_COLONEQUAL)) {
        return;
    }
    if (e->kind == EXPR_Tuple && (p->toks[start].type != T_LPAR || !one_group(p, start, p->pos))) {
        e = e->v.Tuple.elts.a[e->v.Tuple.elts.n - 1];   /* the last item is the target */
    }
    int parenthesized = p->toks[p->pos - 1].type == T_RPAR;
    if ((e->kind == EXPR_Name && !parenthesized) || e->kind == EXPR_Starred ||
        e->kind == EXPR_Yield || e->kind == EXPR_YieldFrom) {
        return;
    }
    error_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
}

/* CPython's invalid_named_expression: a named expression followed by '=' where no assignment can
 * be (conditions, parentheses, displays, subscripts) gets the "Maybe you meant '=='" hints. */
void check_named_eq(Parser *p, Expr *e)
{
    if (check(p, T_EQUAL)) {
        int save = p->pos, savemax = p->maxpos;
        next(p);
        Expr *r = speculate(p, spec_bitwise_or, NULL, 0);
        int ok = r != NULL && !check(p, T_EQUAL) && !check(p, T_COLONEQUAL);
        p->pos = save;
        p->maxpos = savemax;
        if (ok) {
            if (e->kind == EXPR_Name) {
                error_range(p, e->lineno, e->col_offset, r->end_lineno, r->end_col_offset,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (is_bitwise_or_level(e) && e->kind != EXPR_List && e->kind != EXPR_Tuple &&
                e->kind != EXPR_GeneratorExp &&
                !(e->kind == EXPR_Constant && (e->v.Constant.value.kind == CONST_TRUE ||
                                               e->v.Constant.value.kind == CONST_FALSE ||
                                               e->v.Constant.value.kind == CONST_NONE))) {
                error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           expr_name(e));
            }
        }
    }
}
