/*
** parser_expr.c - expression grammar of Python 3.11 (recursive descent).
** One function per precedence level, named after CPython's grammar
** rules so the error behaviour can be compared rule by rule.  Targets
** are parsed as expressions and then converted with set_context().
*/
#include <string.h>
#include "parser_int.h"

/* A named expression; check_eq: give CPython's hints when '=' follows (not in call arguments,
 * whose `f(a.b=1)` has its own message). */
static Expr *named_expression(Parser *p, int check_eq);

/* ---------- node helpers ---------- */

Expr *new_expr(Parser *p, int kind, Token *start)
{
    Expr *e = palloc(p, sizeof *e);
    e->kind = kind;
    if (start != NULL) {
        e->lineno = start->lineno;
        e->col_offset = start->col;
    }
    return e;
}

/* The node ends where the last consumed token ends. */
void set_end(Parser *p, Expr *e)
{
    Token *t = prev(p);
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
}

static void start_as(Expr *e, Expr *from)
{
    e->lineno = from->lineno;
    e->col_offset = from->col_offset;
}

/* CPython positions a node over the tokens of its rule, so `(a) + b`
   starts at the '(': nodes take the rule's first token and end at the
   last consumed token. */
static Expr *new_binop(Parser *p, Token *st, Expr *l, int op, Expr *r)
{
    Expr *e = new_expr(p, EXPR_BinOp, st);
    e->v.BinOp.left = l;
    e->v.BinOp.op = op;
    e->v.BinOp.right = r;
    set_end(p, e);
    return e;
}

const char *expr_name(Expr *e)
{
    switch (e->kind) {
    case EXPR_Attribute: return "attribute";
    case EXPR_Subscript: return "subscript";
    case EXPR_Starred: return "starred";
    case EXPR_Name: return "name";
    case EXPR_List: return "list";
    case EXPR_Tuple: return "tuple";
    case EXPR_Lambda: return "lambda";
    case EXPR_Call: return "function call";
    case EXPR_BoolOp: case EXPR_BinOp: case EXPR_UnaryOp: return "expression";
    case EXPR_GeneratorExp: return "generator expression";
    case EXPR_Yield: case EXPR_YieldFrom: return "yield expression";
    case EXPR_Await: return "await expression";
    case EXPR_ListComp: return "list comprehension";
    case EXPR_SetComp: return "set comprehension";
    case EXPR_DictComp: return "dict comprehension";
    case EXPR_Dict: return "dict literal";
    case EXPR_Set: return "set display";
    case EXPR_JoinedStr: case EXPR_FormattedValue: return "f-string expression";
    case EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_Compare: return "comparison";
    case EXPR_IfExp: return "conditional expression";
    case EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* First sub-expression that cannot be an assignment/deletion target. */
Expr *invalid_target(Expr *e, int ctx)
{
    switch (e->kind) {
    case EXPR_Name: case EXPR_Attribute: case EXPR_Subscript:
        return NULL;
    case EXPR_Starred:
        if (ctx == CTX_Del) {
            return e;
        }
        return invalid_target(e->v.Starred.value, ctx);
    case EXPR_Tuple: case EXPR_List: {
        ExprList *l = e->kind == EXPR_Tuple ? &e->v.Tuple.elts : &e->v.List.elts;
        for (int i = 0; i < l->n; i++) {
            Expr *r = invalid_target(l->a[i], ctx);
            if (r != NULL) {
                return r;
            }
        }
        return NULL;
    }
    default:
        return e;
    }
}

static void apply_ctx(Expr *e, int ctx)
{
    switch (e->kind) {
    case EXPR_Name: e->v.Name.ctx = ctx; break;
    case EXPR_Attribute: e->v.Attribute.ctx = ctx; break;
    case EXPR_Subscript: e->v.Subscript.ctx = ctx; break;
    case EXPR_Starred:
        e->v.Starred.ctx = ctx;
        apply_ctx(e->v.Starred.value, ctx);
        break;
    case EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            apply_ctx(e->v.Tuple.elts.a[i], ctx);
        }
        break;
    case EXPR_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.n; i++) {
            apply_ctx(e->v.List.elts.a[i], ctx);
        }
        break;
    default:
        break;
    }
}

void set_context(Parser *p, Expr *e, int ctx)
{
    Expr *bad = invalid_target(e, ctx);
    if (bad != NULL) {
        error_node(p, bad, ctx == CTX_Del ? "cannot delete %s" : "cannot assign to %s",
                   expr_name(bad));
    }
    apply_ctx(e, ctx);
}

int starts_expression(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_ELLIPSIS:
    case T_NONE: case T_TRUE: case T_FALSE: case T_NOT: case T_LAMBDA:
    case T_AWAIT:
        return 1;
    default:
        return 0;
    }
}

/* CPython's invalid_expression rule: inside brackets, two expressions in
   a row get "Perhaps you forgot a comma?".  `a` has just been parsed. */
void check_missing_comma(Parser *p, Expr *a)
{
    Token *t = peek(p);
    if (!starts_expression(t->type) || token_level(p, p->pos - 1) == 0) {
        return;
    }
    if (a->kind == EXPR_Lambda || a->kind == EXPR_IfExp) {
        return;   /* `a` must be a disjunction */
    }
    if (a->kind == EXPR_Name && t->type == T_STRING) {
        return;   /* NAME STRING: e.g. a string prefix typo */
    }
    if (a->kind == EXPR_Name &&
        (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0)) {
        return;
    }
    /* the soft keywords at the start are excluded too */
    if (a->kind == EXPR_Name && (strcmp(a->v.Name.id, "match") == 0 ||
                                 strcmp(a->v.Name.id, "case") == 0 ||
                                 strcmp(a->v.Name.id, "_") == 0)) {
        Token *at = &p->toks[p->pos - 1];
        if (at->lineno == a->lineno && at->col == a->col_offset) {
            return;
        }
    }
    if (t->type == T_NOT || t->type == T_LAMBDA) {
        /* `a not in b` is handled by comparison; a lambda would start a
           new expression just the same */
    }
    int save = p->pos;
    jmp_buf jb, *old = p->jb;
    ParseError saved = *p->err;
    Expr *b = NULL;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        b = parse_expression(p);
    }
    p->jb = old;
    if (b == NULL) {
        if (p->err->type[0] != '\0' && p->tokerr == 1 &&
            strcmp(p->err->msg, p->lexerr.msg) == 0) {
            fail(p);   /* tokenizer errors are never swallowed */
        }
        *p->err = saved;
        p->pos = save;
        return;
    }
    error_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                "invalid syntax. Perhaps you forgot a comma?");
}

/* ---------- atoms ---------- */

static Expr *parse_atom(Parser *p);
static Expr *parse_slices(Parser *p);
static ComprehensionList parse_for_if_clauses(Parser *p);

static Expr *name_expr(Parser *p, Token *t)
{
    Expr *e = new_expr(p, EXPR_Name, t);
    e->v.Name.id = tok_ident(p, t);
    e->v.Name.ctx = CTX_Load;
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
    return e;
}

static int is_comp_start(Parser *p)
{
    Token *t = peek(p);
    return t->type == T_FOR || (t->type == T_ASYNC && peek_at(p, 1)->type == T_FOR);
}

static void no_starred_in_comp(Parser *p, Expr *elt)
{
    if (elt->kind == EXPR_Starred) {
        error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    }
}

/* After the first element of ( [ {: the rest of a comma list. */
static ExprList rest_of_list(Parser *p, Expr *first, int closer)
{
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept_tok(p, T_COMMA)) {
        if (check(p, closer)) {
            break;
        }
        Expr *e = parse_star_named_expression(p);
        vec_push(p, &v, e);
        if (!check(p, T_COMMA) && !check(p, closer)) {
            check_missing_comma(p, e);
        }
    }
    return AS_LIST(ExprList, v);
}

static Expr *parse_paren(Parser *p)
{
    Token *lp = next(p);   /* '(' */
    if (check(p, T_RPAR)) {
        next(p);
        Expr *e = new_expr(p, EXPR_Tuple, lp);
        e->v.Tuple.ctx = CTX_Load;
        set_end(p, e);
        return e;
    }
    if (check(p, T_YIELD)) {
        Expr *y = parse_yield_expr(p);
        expect(p, T_RPAR);
        return y;
    }
    Expr *first = parse_star_named_expression(p);
    if (is_comp_start(p)) {
        no_starred_in_comp(p, first);
        Expr *e = new_expr(p, EXPR_GeneratorExp, lp);
        e->v.GeneratorExp.elt = first;
        e->v.GeneratorExp.generators = parse_for_if_clauses(p);
        expect(p, T_RPAR);
        set_end(p, e);
        return e;
    }
    if (check(p, T_RPAR)) {
        next(p);
        if (first->kind == EXPR_Starred) {
            error_node(p, first, "cannot use starred expression here");
        }
        return first;
    }
    if (check(p, T_COMMA)) {
        Expr *e = new_expr(p, EXPR_Tuple, lp);
        e->v.Tuple.ctx = CTX_Load;
        e->v.Tuple.elts = rest_of_list(p, first, T_RPAR);
        expect(p, T_RPAR);
        set_end(p, e);
        return e;
    }
    check_missing_comma(p, first);
    invalid_syntax(p);
}

static Expr *parse_list(Parser *p)
{
    Token *lb = next(p);
    if (check(p, T_RSQB)) {
        next(p);
        Expr *e = new_expr(p, EXPR_List, lb);
        e->v.List.ctx = CTX_Load;
        set_end(p, e);
        return e;
    }
    Expr *first = parse_star_named_expression(p);
    if (is_comp_start(p)) {
        no_starred_in_comp(p, first);
        Expr *e = new_expr(p, EXPR_ListComp, lb);
        e->v.ListComp.elt = first;
        e->v.ListComp.generators = parse_for_if_clauses(p);
        expect(p, T_RSQB);
        set_end(p, e);
        return e;
    }
    if (!check(p, T_COMMA) && !check(p, T_RSQB)) {
        check_missing_comma(p, first);
    }
    Expr *e = new_expr(p, EXPR_List, lb);
    e->v.List.ctx = CTX_Load;
    e->v.List.elts = rest_of_list(p, first, T_RSQB);
    expect(p, T_RSQB);
    set_end(p, e);
    return e;
}

static Expr *parse_brace(Parser *p)
{
    Token *lb = next(p);
    if (check(p, T_RBRACE)) {
        next(p);
        Expr *e = new_expr(p, EXPR_Dict, lb);
        set_end(p, e);
        return e;
    }
    Expr *key = NULL, *val = NULL;
    if (check(p, T_DOUBLESTAR)) {
        Token *st = next(p);
        val = parse_bitwise_or(p);
        if (is_comp_start(p)) {
            error_at_token(p, st, "dict unpacking cannot be used in dict comprehension");
        }
    } else {
        key = parse_star_named_expression(p);
        if (check(p, T_COLON) && key->kind != EXPR_Starred) {
            next(p);
            val = parse_expression(p);
            if (is_comp_start(p)) {
                Expr *e = new_expr(p, EXPR_DictComp, lb);
                e->v.DictComp.key = key;
                e->v.DictComp.value = val;
                e->v.DictComp.generators = parse_for_if_clauses(p);
                expect(p, T_RBRACE);
                set_end(p, e);
                return e;
            }
        }
    }
    if (val == NULL) {
        /* a set */
        if (is_comp_start(p)) {
            no_starred_in_comp(p, key);
            Expr *e = new_expr(p, EXPR_SetComp, lb);
            e->v.SetComp.elt = key;
            e->v.SetComp.generators = parse_for_if_clauses(p);
            expect(p, T_RBRACE);
            set_end(p, e);
            return e;
        }
        if (!check(p, T_COMMA) && !check(p, T_RBRACE)) {
            check_missing_comma(p, key);
        }
        Expr *e = new_expr(p, EXPR_Set, lb);
        e->v.Set.elts = rest_of_list(p, key, T_RBRACE);
        expect(p, T_RBRACE);
        set_end(p, e);
        return e;
    }
    Vec keys = {0}, vals = {0};
    vec_push(p, &keys, key);
    vec_push(p, &vals, val);
    if (!check(p, T_COMMA) && !check(p, T_RBRACE)) {
        check_missing_comma(p, val);
    }
    while (accept_tok(p, T_COMMA)) {
        if (check(p, T_RBRACE)) {
            break;
        }
        if (accept_tok(p, T_DOUBLESTAR)) {
            vec_push(p, &keys, NULL);
            vec_push(p, &vals, parse_bitwise_or(p));
        } else {
            vec_push(p, &keys, parse_expression(p));
            if (!check(p, T_COLON)) {
                if (check(p, T_COMMA) || check(p, T_RBRACE)) {
                    /* CPython: "':' expected after dictionary key" */
                    Expr *k = keys.a[keys.n - 1];
                    lexer_set_error(p->err, "SyntaxError", k->lineno, k->end_col_offset,
                                    k->end_lineno, 0, "':' expected after dictionary key");
                    fail(p);
                }
            }
            expect(p, T_COLON);
            vec_push(p, &vals, parse_expression(p));
        }
        if (!check(p, T_COMMA) && !check(p, T_RBRACE)) {
            check_missing_comma(p, vals.a[vals.n - 1]);
        }
    }
    expect(p, T_RBRACE);
    Expr *e = new_expr(p, EXPR_Dict, lb);
    e->v.Dict.keys = AS_LIST(ExprList, keys);
    e->v.Dict.values = AS_LIST(ExprList, vals);
    set_end(p, e);
    return e;
}

static Expr *const_expr(Parser *p, Token *t, int kind)
{
    Expr *e = new_expr(p, EXPR_Constant, t);
    e->v.Constant.value.kind = kind;
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
    return e;
}

static Expr *parse_atom(Parser *p)
{
    Token *t = peek(p);
    switch (t->type) {
    case T_NAME:
        next(p);
        return name_expr(p, t);
    case T_TRUE:
        next(p);
        return const_expr(p, t, CONST_TRUE);
    case T_FALSE:
        next(p);
        return const_expr(p, t, CONST_FALSE);
    case T_NONE:
        next(p);
        return const_expr(p, t, CONST_NONE);
    case T_ELLIPSIS:
        next(p);
        return const_expr(p, t, CONST_ELLIPSIS);
    case T_NUMBER:
        next(p);
        return parse_number(p, t);
    case T_STRING:
        return parse_strings(p);
    case T_LPAR: {
        enter(p);
        Expr *e = parse_paren(p);
        leave(p);
        return e;
    }
    case T_LSQB: {
        enter(p);
        Expr *e = parse_list(p);
        leave(p);
        return e;
    }
    case T_LBRACE: {
        enter(p);
        Expr *e = parse_brace(p);
        leave(p);
        return e;
    }
    default:
        invalid_syntax(p);
    }
}

/* ---------- primary: calls, attributes, subscripts ---------- */

Expr *parse_arguments_call(Parser *p, Expr *func, Token *lp)
{
    /* lp is the '(' (already consumed) */
    Vec args = {0}, kws = {0};
    int seen_kw = 0, seen_kwunpack = 0;
    const char *pending = NULL;
    Expr *call = new_expr(p, EXPR_Call, NULL);
    start_as(call, func);
    call->v.Call.func = func;
    while (!check(p, T_RPAR)) {
        Token *st = peek(p);
        if (st->type == T_STAR) {
            next(p);
            Expr *v = parse_expression(p);
            Expr *s = new_expr(p, EXPR_Starred, st);
            s->v.Starred.value = v;
            s->v.Starred.ctx = CTX_Load;
            set_end(p, s);
            if (is_comp_start(p)) {
                error_node(p, s, "iterable unpacking cannot be used in comprehension");
            }
            if (seen_kwunpack) {
                error_at_token(p, st,
                               "iterable argument unpacking follows keyword argument unpacking");
            }
            vec_push(p, &args, s);
        } else if (st->type == T_DOUBLESTAR) {
            next(p);
            Expr *v = parse_expression(p);
            Keyword *k = palloc(p, sizeof *k);
            k->lineno = st->lineno;
            k->col_offset = st->col;
            k->value = v;
            k->end_lineno = prev(p)->end_lineno;
            k->end_col_offset = prev(p)->end_col;
            vec_push(p, &kws, k);
            seen_kwunpack = 1;
        } else if ((st->type == T_NAME || st->type == T_TRUE || st->type == T_FALSE ||
                    st->type == T_NONE) && peek_at(p, 1)->type == T_EQUAL) {
            next(p);
            next(p);
            if (st->type != T_NAME) {
                Token *eq = prev(p);
                error_range(p, st->lineno, st->col, eq->end_lineno, eq->end_col,
                            "cannot assign to %s", tok_texts[st->type]);
            }
            Expr *v = parse_expression(p);
            if (check(p, T_EQUAL)) {
                invalid_syntax(p);
            }
            Keyword *k = palloc(p, sizeof *k);
            k->lineno = st->lineno;
            k->col_offset = st->col;
            k->arg = tok_ident(p, st);
            k->value = v;
            k->end_lineno = prev(p)->end_lineno;   /* includes a closing ')' */
            k->end_col_offset = prev(p)->end_col;
            vec_push(p, &kws, k);
            seen_kw = 1;
        } else {
            Expr *e = named_expression(p, 0);
            if (is_comp_start(p) && p->no_genexp_args) {
                invalid_syntax(p);
            }
            if (is_comp_start(p)) {
                Expr *g = new_expr(p, EXPR_GeneratorExp, NULL);
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = parse_for_if_clauses(p);
                /* a lone generator argument: the call's parens are its own */
                if (args.n == 0 && kws.n == 0 && check(p, T_RPAR)) {
                    g->lineno = lp->lineno;
                    g->col_offset = lp->col;
                    Token *rp = peek(p);
                    g->end_lineno = rp->end_lineno;
                    g->end_col_offset = rp->end_col;
                    vec_push(p, &args, g);
                    continue;
                }
                start_as(g, e);
                set_end(p, g);
                error_node(p, g, "Generator expression must be parenthesized");
            }
            if (check(p, T_EQUAL)) {
                Token *eq = peek(p);
                error_range(p, e->lineno, e->col_offset, eq->end_lineno, eq->end_col,
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            /* reported at the token after the arguments, like CPython */
            if (seen_kwunpack && pending == NULL) {
                pending = "positional argument follows keyword argument unpacking";
            } else if (seen_kw && pending == NULL) {
                pending = "positional argument follows keyword argument";
            }
            vec_push(p, &args, e);
        }
        if (!accept_tok(p, T_COMMA)) {
            if (!check(p, T_RPAR)) {
                Expr *last = NULL;
                if (kws.n > 0 && args.n > 0) {
                    Keyword *k = kws.a[kws.n - 1];
                    Expr *a = args.a[args.n - 1];
                    last = (k->end_lineno > a->end_lineno ||
                            (k->end_lineno == a->end_lineno && k->end_col_offset > a->end_col_offset))
                               ? ((Keyword *)kws.a[kws.n - 1])->value : a;
                } else if (kws.n > 0) {
                    last = ((Keyword *)kws.a[kws.n - 1])->value;
                } else if (args.n > 0) {
                    last = args.a[args.n - 1];
                }
                if (last != NULL) {
                    check_missing_comma(p, last);
                }
            }
            break;
        }
    }
    if (pending != NULL) {
        error_at_token(p, peek(p), "%s", pending);
    }
    /* a generator argument next to others needs its own parentheses */
    if (args.n > 1 || kws.n > 0) {
        for (int i = 0; i < args.n; i++) {
            Expr *g = args.a[i];
            if (g->kind == EXPR_GeneratorExp && g->col_offset == lp->col && g->lineno == lp->lineno) {
                error_node(p, g, "Generator expression must be parenthesized");
            }
        }
    }
    expect(p, T_RPAR);
    call->v.Call.args = AS_LIST(ExprList, args);
    call->v.Call.keywords = AS_LIST(KeywordList, kws);
    set_end(p, call);
    return call;
}

static Expr *parse_primary_tail(Parser *p, Token *st, Expr *e)
{
    for (;;) {
        Token *t = peek(p);
        if (t->type == T_DOT) {
            next(p);
            Token *n = expect(p, T_NAME);
            Expr *a = new_expr(p, EXPR_Attribute, st);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = tok_ident(p, n);
            a->v.Attribute.ctx = CTX_Load;
            set_end(p, a);
            e = a;
        } else if (t->type == T_LPAR) {
            next(p);
            enter(p);
            e = parse_arguments_call(p, e, t);
            e->lineno = st->lineno;
            e->col_offset = st->col;
            leave(p);
        } else if (t->type == T_LSQB) {
            next(p);
            enter(p);
            Expr *s = new_expr(p, EXPR_Subscript, st);
            s->v.Subscript.value = e;
            s->v.Subscript.slice = parse_slices(p);
            s->v.Subscript.ctx = CTX_Load;
            expect(p, T_RSQB);
            set_end(p, s);
            leave(p);
            e = s;
        } else {
            return e;
        }
    }
}

Expr *parse_primary(Parser *p)
{
    Token *st = peek(p);
    return parse_primary_tail(p, st, parse_atom(p));
}

static Expr *parse_slice(Parser *p)
{
    Token *st = peek(p);
    Expr *lower = NULL;
    if (st->type != T_COLON) {
        if (st->type == T_STAR) {
            return parse_star_named_expression(p);
        }
        lower = parse_named_expression(p);
        if (!check(p, T_COLON)) {
            return lower;
        }
    }
    next(p);   /* ':' */
    Expr *s = new_expr(p, EXPR_Slice, st);
    s->v.Slice.lower = lower;
    int t = peek(p)->type;
    if (t != T_COLON && t != T_COMMA && t != T_RSQB) {
        s->v.Slice.upper = parse_expression(p);
    }
    if (accept_tok(p, T_COLON)) {
        t = peek(p)->type;
        if (t != T_COMMA && t != T_RSQB) {
            s->v.Slice.step = parse_expression(p);
        }
    }
    set_end(p, s);
    return s;
}

static Expr *parse_slices(Parser *p)
{
    Token *st = peek(p);
    Expr *first = parse_slice(p);
    if (!check(p, T_COMMA)) {
        if (!check(p, T_RSQB)) {
            check_missing_comma(p, first);
        }
        if (first->kind == EXPR_Starred) {
            /* a[*b] is a one-element tuple */
            Expr *tu = new_expr(p, EXPR_Tuple, st);
            Vec v = {0};
            vec_push(p, &v, first);
            tu->v.Tuple.elts = AS_LIST(ExprList, v);
            tu->v.Tuple.ctx = CTX_Load;
            set_end(p, tu);
            return tu;
        }
        return first;
    }
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept_tok(p, T_COMMA)) {
        if (check(p, T_RSQB)) {
            break;
        }
        Expr *e = parse_slice(p);
        vec_push(p, &v, e);
        if (!check(p, T_COMMA) && !check(p, T_RSQB)) {
            check_missing_comma(p, e);
        }
    }
    Expr *tu = new_expr(p, EXPR_Tuple, st);
    tu->v.Tuple.elts = AS_LIST(ExprList, v);
    tu->v.Tuple.ctx = CTX_Load;
    set_end(p, tu);
    return tu;
}

/* ---------- operators ---------- */

static Expr *parse_factor(Parser *p);

static Expr *parse_power(Parser *p)
{
    Token *t = peek(p);
    Token *st = t;
    Expr *e;
    if (t->type == T_AWAIT) {
        next(p);
        enter(p);
        Expr *v = parse_primary(p);
        leave(p);
        e = new_expr(p, EXPR_Await, t);
        e->v.Await.value = v;
        set_end(p, e);
    } else {
        e = parse_primary(p);
    }
    if (accept_tok(p, T_DOUBLESTAR)) {
        /* two levels, like a `**` chain on CPython's parser stack */
        enter(p);
        enter(p);
        Expr *r = parse_factor(p);
        leave(p);
        leave(p);
        e = new_binop(p, st, e, OP_Pow, r);
    }
    return e;
}

static Expr *parse_factor(Parser *p)
{
    Token *t = peek(p);
    int op;
    switch (t->type) {
    case T_PLUS: op = UNARYOP_UAdd; break;
    case T_MINUS: op = UNARYOP_USub; break;
    case T_TILDE: op = UNARYOP_Invert; break;
    default: return parse_power(p);
    }
    next(p);
    enter(p);
    Expr *v = parse_factor(p);
    leave(p);
    Expr *e = new_expr(p, EXPR_UnaryOp, t);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    set_end(p, e);
    return e;
}

static Expr *parse_term(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_factor(p);
    for (;;) {
        int op;
        switch (peek(p)->type) {
        case T_STAR: op = OP_Mult; break;
        case T_SLASH: op = OP_Div; break;
        case T_DOUBLESLASH: op = OP_FloorDiv; break;
        case T_PERCENT: op = OP_Mod; break;
        case T_AT: op = OP_MatMult; break;
        default: return e;
        }
        next(p);
        e = new_binop(p, st, e, op, parse_factor(p));
    }
}

static Expr *parse_sum(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_term(p);
    for (;;) {
        int t = peek(p)->type;
        if (t != T_PLUS && t != T_MINUS) {
            return e;
        }
        next(p);
        e = new_binop(p, st, e, t == T_PLUS ? OP_Add : OP_Sub, parse_term(p));
    }
}

static Expr *parse_shift(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_sum(p);
    for (;;) {
        int t = peek(p)->type;
        if (t != T_LEFTSHIFT && t != T_RIGHTSHIFT) {
            return e;
        }
        next(p);
        e = new_binop(p, st, e, t == T_LEFTSHIFT ? OP_LShift : OP_RShift, parse_sum(p));
    }
}

static Expr *parse_bitand(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_shift(p);
    while (accept_tok(p, T_AMPER)) {
        e = new_binop(p, st, e, OP_BitAnd, parse_shift(p));
    }
    return e;
}

static Expr *parse_bitxor(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_bitand(p);
    while (accept_tok(p, T_CIRCUMFLEX)) {
        e = new_binop(p, st, e, OP_BitXor, parse_bitand(p));
    }
    return e;
}

Expr *parse_bitwise_or(Parser *p)
{
    enter(p);
    Token *st = peek(p);
    Expr *e = parse_bitxor(p);
    while (accept_tok(p, T_VBAR)) {
        e = new_binop(p, st, e, OP_BitOr, parse_bitxor(p));
    }
    leave(p);
    return e;
}

static int comp_op(Parser *p)
{
    Token *t = peek(p);
    switch (t->type) {
    case T_EQEQUAL: next(p); return CMPOP_Eq;
    case T_NOTEQUAL:
        next(p);
        return CMPOP_NotEq;
    case T_LESS: next(p); return CMPOP_Lt;
    case T_LESSEQUAL: next(p); return CMPOP_LtE;
    case T_GREATER: next(p); return CMPOP_Gt;
    case T_GREATEREQUAL: next(p); return CMPOP_GtE;
    case T_IN: next(p); return CMPOP_In;
    case T_NOT:
        if (peek_at(p, 1)->type == T_IN) {
            next(p);
            next(p);
            return CMPOP_NotIn;
        }
        return -1;
    case T_IS:
        next(p);
        if (accept_tok(p, T_NOT)) {
            return CMPOP_IsNot;
        }
        return CMPOP_Is;
    default:
        return -1;
    }
}

static Expr *parse_comparison(Parser *p)
{
    Token *st = peek(p);
    Expr *e = parse_bitwise_or(p);
    int op = comp_op(p);
    if (op < 0) {
        return e;
    }
    Vec ops = {0}, cmps = {0};
    IntList il;
    do {
        vec_push(p, &ops, (void *)(intptr_t)op);
        vec_push(p, &cmps, parse_bitwise_or(p));
        op = comp_op(p);
    } while (op >= 0);
    il.n = ops.n;
    il.a = palloc(p, sizeof(int) * (size_t)ops.n);
    for (int i = 0; i < ops.n; i++) {
        il.a[i] = (int)(intptr_t)ops.a[i];
    }
    Expr *c = new_expr(p, EXPR_Compare, st);
    c->v.Compare.left = e;
    c->v.Compare.ops = il;
    c->v.Compare.comparators = AS_LIST(ExprList, cmps);
    set_end(p, c);
    return c;
}

static Expr *parse_inversion(Parser *p)
{
    Token *t = peek(p);
    if (t->type == T_NOT) {
        next(p);
        enter(p);
        Expr *v = parse_inversion(p);
        leave(p);
        Expr *e = new_expr(p, EXPR_UnaryOp, t);
        e->v.UnaryOp.op = UNARYOP_Not;
        e->v.UnaryOp.operand = v;
        set_end(p, e);
        return e;
    }
    return parse_comparison(p);
}

static Expr *parse_boolop(Parser *p, int tok, int op, Expr *(*sub)(Parser *))
{
    Token *st = peek(p);
    Expr *e = sub(p);
    if (!check(p, tok)) {
        return e;
    }
    Vec v = {0};
    vec_push(p, &v, e);
    while (accept_tok(p, tok)) {
        vec_push(p, &v, sub(p));
    }
    Expr *b = new_expr(p, EXPR_BoolOp, st);
    b->v.BoolOp.op = op;
    b->v.BoolOp.values = AS_LIST(ExprList, v);
    set_end(p, b);
    return b;
}

static Expr *parse_conjunction(Parser *p)
{
    return parse_boolop(p, T_AND, BOOLOP_And, parse_inversion);
}

Expr *parse_disjunction(Parser *p)
{
    return parse_boolop(p, T_OR, BOOLOP_Or, parse_conjunction);
}

static Expr *parse_lambda(Parser *p)
{
    Token *t = next(p);   /* 'lambda' */
    Expr *e = new_expr(p, EXPR_Lambda, t);
    e->v.Lambda.args = parse_params(p, 1, T_COLON);
    expect(p, T_COLON);
    e->v.Lambda.body = parse_expression(p);
    set_end(p, e);
    return e;
}

Expr *parse_expression(Parser *p)
{
    if (check(p, T_LAMBDA)) {
        enter(p);
        enter(p);   /* a lambda costs CPython's parser two levels */
        Expr *e = parse_lambda(p);
        leave(p);
        leave(p);
        return e;
    }
    enter(p);
    Token *st = peek(p);
    Expr *e = parse_disjunction(p);
    if (check(p, T_IF)) {
        next(p);
        Expr *test = parse_disjunction(p);
        if (!check(p, T_ELSE)) {
            Token *t = peek(p);
            if (t->type == T_NEWLINE || t->type == T_RPAR || t->type == T_RSQB ||
                t->type == T_COMMA || t->type == T_RBRACE || t->type == T_COLON ||
                t->type == T_SEMI || t->type == T_ENDMARKER) {
                error_range(p, st->lineno, st->col, test->end_lineno,
                            test->end_col_offset, "expected 'else' after 'if' expression");
            }
            invalid_syntax(p);
        }
        next(p);
        Expr *orelse = parse_expression(p);
        Expr *c = new_expr(p, EXPR_IfExp, st);
        c->v.IfExp.test = test;
        c->v.IfExp.body = e;
        c->v.IfExp.orelse = orelse;
        set_end(p, c);
        e = c;
    }
    leave(p);
    return e;
}

Expr *parse_named_expression(Parser *p)
{
    return named_expression(p, 1);
}

static Expr *named_expression(Parser *p, int check_eq)
{
    Token *t = peek(p);
    if (t->type == T_NAME && peek_at(p, 1)->type == T_COLONEQUAL) {
        next(p);
        next(p);
        Expr *target = name_expr(p, t);
        target->v.Name.ctx = CTX_Store;
        Expr *v = parse_expression(p);
        Expr *e = new_expr(p, EXPR_NamedExpr, t);
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        set_end(p, e);
        return e;
    }
    Expr *e = parse_expression(p);
    if (check(p, T_COLONEQUAL)) {
        error_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    }
    if (check_eq) {
        check_named_eq(p, e);
    }
    return e;
}

Expr *parse_star_named_expression(Parser *p)
{
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Expr *v = parse_bitwise_or(p);
        Expr *e = new_expr(p, EXPR_Starred, t);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_Load;
        set_end(p, e);
        return e;
    }
    return parse_named_expression(p);
}

Expr *parse_star_expression(Parser *p)
{
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Expr *v = parse_bitwise_or(p);
        Expr *e = new_expr(p, EXPR_Starred, t);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_Load;
        set_end(p, e);
        return e;
    }
    return parse_expression(p);
}

/* Tokens that may follow a (star_)expressions list in a statement. */
static int ends_list(int t)
{
    switch (t) {
    case T_NEWLINE: case T_SEMI: case T_EQUAL: case T_COLON: case T_RPAR:
    case T_RSQB: case T_RBRACE: case T_ENDMARKER: case T_PLUSEQUAL:
    case T_MINEQUAL: case T_STAREQUAL: case T_SLASHEQUAL: case T_PERCENTEQUAL:
    case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL:
    case T_LEFTSHIFTEQUAL: case T_RIGHTSHIFTEQUAL: case T_DOUBLESTAREQUAL:
    case T_DOUBLESLASHEQUAL: case T_ATEQUAL: case T_IN: case T_FROM:
    case T_AS: case T_COLONEQUAL:
        return 1;
    default:
        return 0;
    }
}

Expr *parse_star_expressions(Parser *p)
{
    Token *st = peek(p);
    Expr *first = parse_star_expression(p);
    if (!check(p, T_COMMA)) {
        return first;
    }
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept_tok(p, T_COMMA)) {
        if (ends_list(peek(p)->type)) {
            break;
        }
        vec_push(p, &v, parse_star_expression(p));
    }
    Expr *tu = new_expr(p, EXPR_Tuple, st);
    tu->v.Tuple.elts = AS_LIST(ExprList, v);
    tu->v.Tuple.ctx = CTX_Load;
    set_end(p, tu);
    return tu;
}

/* star_targets: parsed at bitwise_or level so that `in` stops them. */
Expr *parse_star_target(Parser *p)
{
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        enter(p);
        Expr *v = parse_star_target(p);
        leave(p);
        Expr *e = new_expr(p, EXPR_Starred, t);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_Load;
        set_end(p, e);
        return e;
    }
    return parse_bitwise_or(p);
}

Expr *parse_star_targets(Parser *p)
{
    Token *st = peek(p);
    Expr *first = parse_star_target(p);
    Expr *res = first;
    if (check(p, T_COMMA)) {
        Vec v = {0};
        vec_push(p, &v, first);
        while (accept_tok(p, T_COMMA)) {
            if (ends_list(peek(p)->type)) {
                break;
            }
            vec_push(p, &v, parse_star_target(p));
        }
        res = new_expr(p, EXPR_Tuple, st);
        res->v.Tuple.elts = AS_LIST(ExprList, v);
        set_end(p, res);
    }
    set_context(p, res, CTX_Store);
    return res;
}

static ComprehensionList parse_for_if_clauses(Parser *p)
{
    Vec v = {0};
    while (is_comp_start(p)) {
        Comprehension *c = palloc(p, sizeof *c);
        if (accept_tok(p, T_ASYNC)) {
            c->is_async = 1;
        }
        expect(p, T_FOR);
        c->target = parse_star_targets(p);
        expect(p, T_IN);
        c->iter = parse_disjunction(p);
        Vec ifs = {0};
        while (accept_tok(p, T_IF)) {
            vec_push(p, &ifs, parse_disjunction(p));
        }
        c->ifs = AS_LIST(ExprList, ifs);
        vec_push(p, &v, c);
    }
    return AS_LIST(ComprehensionList, v);
}

Expr *parse_yield_expr(Parser *p)
{
    Token *t = next(p);   /* 'yield' */
    if (accept_tok(p, T_FROM)) {
        Expr *v = parse_expression(p);
        Expr *e = new_expr(p, EXPR_YieldFrom, t);
        e->v.YieldFrom.value = v;
        set_end(p, e);
        return e;
    }
    Expr *e = new_expr(p, EXPR_Yield, t);
    int nt = peek(p)->type;
    if (!ends_list(nt) || nt == T_IN || nt == T_FROM || nt == T_AS) {
        if (starts_expression(nt) || nt == T_STAR) {
            e->v.Yield.value = parse_star_expressions(p);
        }
    }
    set_end(p, e);
    return e;
}

/* ---------- parameters (def and lambda) ---------- */

static Arg *parse_param(Parser *p, int lambda, int allow_star_annot)
{
    Token *t = expect(p, T_NAME);
    Arg *a = palloc(p, sizeof *a);
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->arg = tok_ident(p, t);
    if (!lambda && accept_tok(p, T_COLON)) {
        if (allow_star_annot && check(p, T_STAR)) {
            a->annotation = parse_star_expression(p);
        } else {
            a->annotation = parse_expression(p);
        }
    }
    Token *e = prev(p);
    a->end_lineno = e->end_lineno;
    a->end_col_offset = e->end_col;
    return a;
}

Arguments *parse_params(Parser *p, int lambda, int closer)
{
    Arguments *args = palloc(p, sizeof *args);
    Vec pos = {0}, defaults = {0}, kwonly = {0}, kwdefs = {0};
    int star_seen = 0, slash_seen = 0;
    Token *bare_star = NULL;
    while (!check(p, closer)) {
        Token *t = peek(p);
        if (t->type == T_SLASH) {
            if (slash_seen) {
                error_at_token(p, t, "/ may appear only once");
            }
            if (star_seen) {
                error_at_token(p, t, "/ must be ahead of *");
            }
            if (pos.n == 0) {
                error_at_token(p, t, "at least one argument must precede /");
            }
            next(p);
            slash_seen = 1;
            args->posonlyargs = AS_LIST(ArgList, pos);
            pos = (Vec){0};
        } else if (t->type == T_STAR) {
            if (star_seen) {
                error_at_token(p, t, "* argument may appear only once");
            }
            next(p);
            star_seen = 1;
            if (check(p, T_NAME)) {
                args->vararg = parse_param(p, lambda, 1);
            } else {
                bare_star = t;
                if (check(p, closer) || (check(p, T_COMMA) && (peek_at(p, 1)->type == closer ||
                                                             peek_at(p, 1)->type == T_DOUBLESTAR))) {
                    error_at_token(p, t, "named arguments must follow bare *");
                }
                if (!check(p, T_COMMA)) {
                    invalid_syntax(p);
                }
            }
        } else if (t->type == T_DOUBLESTAR) {
            next(p);
            args->kwarg = parse_param(p, lambda, 0);
            if (check(p, T_EQUAL)) {
                error_at_token(p, peek(p), "var-keyword argument cannot have default value");
            }
            accept_tok(p, T_COMMA);
            if (!check(p, closer)) {
                Token *n = peek(p);
                if (n->type == T_NAME || n->type == T_STAR || n->type == T_DOUBLESTAR ||
                    n->type == T_SLASH) {
                    error_at_token(p, n, "arguments cannot follow var-keyword argument");
                }
                invalid_syntax(p);
            }
            break;
        } else if (t->type == T_NAME) {
            Arg *a = parse_param(p, lambda, 0);
            Expr *def = NULL;
            if (accept_tok(p, T_EQUAL)) {
                def = parse_expression(p);
            }
            if (star_seen) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefs, def);
            } else {
                if (def == NULL && defaults.n > 0) {
                    error_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                                "non-default argument follows default argument");
                }
                vec_push(p, &pos, a);
                if (def != NULL) {
                    vec_push(p, &defaults, def);
                }
            }
        } else {
            invalid_syntax(p);
        }
        if (!accept_tok(p, T_COMMA)) {
            break;
        }
    }
    (void)bare_star;
    args->args = AS_LIST(ArgList, pos);
    args->defaults = AS_LIST(ExprList, defaults);
    args->kwonlyargs = AS_LIST(ArgList, kwonly);
    args->kw_defaults = AS_LIST(ExprList, kwdefs);
    if (!check(p, closer)) {
        invalid_syntax(p);
    }
    return args;
}
