/*
** parser.c - statement grammar, match patterns, error plumbing and the
** tpParse() entry point.  The source is prepared (BOM, PEP 263 coding,
** newlines), tokenized completely, then parsed by recursive descent.
** Errors longjmp to tpParse; a tokenizer error is raised when the parser
** reaches it, or replaces a generic "invalid syntax" (as CPython does).
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef TP_NO_UTF8PROC
#include <utf8proc.h>
#endif
#include "cstack_floor.h"
#include "parser_int.h"

/* ---------- infrastructure ---------- */

_Noreturn void fail(Parser *p)
{
    longjmp(*p->jb, 1);
}

static _Noreturn void lex_fail(Parser *p)
{
    p->lexfail = 1;
    if (p->tokerr == 2) {
        lexer_set_error(p->err, "SyntaxError", p->paren_open_line, p->paren_open_col + 1,
                        p->paren_open_line, 0, "'%c' was never closed", p->paren_open_char);
        p->err->text_no_nl = 2;
    } else {
        *p->err = p->lexerr;
    }
    fail(p);
}

Token *peek(Parser *p)
{
    if (p->pos > p->maxpos) {
        p->maxpos = p->pos;
    }
    Token *t = &p->toks[p->pos];
    if (t->type == TK_LEXERR) {
        lex_fail(p);
    }
    return t;
}

Token *peek_at(Parser *p, int k)
{
    int i = p->pos + k;
    for (int j = p->pos; j <= i && j < p->ntoks; j++) {
        if (p->toks[j].type == TK_LEXERR || p->toks[j].type == T_ENDMARKER) {
            i = j;
            break;
        }
    }
    if (i > p->maxpos) {
        p->maxpos = i;
    }
    if (p->toks[i].type == TK_LEXERR) {
        lex_fail(p);
    }
    return &p->toks[i];
}

Token *next(Parser *p)
{
    Token *t = peek(p);
    if (t->type != T_ENDMARKER) {
        p->pos++;
    }
    return t;
}

Token *prev(Parser *p)
{
    return &p->toks[p->pos > 0 ? p->pos - 1 : 0];
}

int check(Parser *p, int type)
{
    return peek(p)->type == type;
}

int accept_tok(Parser *p, int type)
{
    if (check(p, type)) {
        next(p);
        return 1;
    }
    return 0;
}

Token *expect(Parser *p, int type)
{
    if (!check(p, type)) {
        invalid_syntax(p);
    }
    return next(p);
}

int is_name(Parser *p, const char *s)
{
    Token *t = peek(p);
    return t->type == T_NAME && (size_t)t->len == strlen(s) && memcmp(t->start, s, (size_t)t->len) == 0;
}

static int tok_is_name(Token *t, const char *s)
{
    return t->type == T_NAME && (size_t)t->len == strlen(s) && memcmp(t->start, s, (size_t)t->len) == 0;
}

int token_level(Parser *p, int idx)
{
    return idx >= 0 && idx < p->ntoks ? p->levels[idx] : 0;
}

static void verror(Parser *p, const char *type, int lineno, int col1, int end_lineno, int end_col1,
                   const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    lexer_set_error(p->err, type, lineno, col1, end_lineno, end_col1, "%s", msg);
}

_Noreturn void error_range(Parser *p, int lineno, int col, int end_lineno, int end_col,
                           const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
    fail(p);
}

_Noreturn void error_type_range(Parser *p, const char *type, int lineno, int col,
                                int end_lineno, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, type, lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
    fail(p);
}

static int is_virtual(Token *t)
{
    return t->type == T_INDENT || t->type == T_DEDENT || t->type == T_ENDMARKER;
}

_Noreturn void error_at_token(Parser *p, Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (is_virtual(t)) {
        /* no text: CPython uses the cursor column and end -1 */
        verror(p, "SyntaxError", t->lineno, t->col, t->lineno, -1, fmt, ap);
    } else {
        verror(p, "SyntaxError", t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    }
    va_end(ap);
    fail(p);
}

_Noreturn void error_node(Parser *p, Expr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", e->lineno, e->col_offset + 1, e->end_lineno, e->end_col_offset + 1,
           fmt, ap);
    va_end(ap);
    fail(p);
}

_Noreturn void invalid_syntax(Parser *p)
{
    if (p->tokerr == 1 && !p->in_fstring) {
        /* CPython tokenizes the rest of the file and prefers its errors */
        *p->err = p->lexerr;
        fail(p);
    }
    Token *t = &p->toks[p->maxpos < p->ntoks ? p->maxpos : p->ntoks - 1];
    if (t->type == TK_LEXERR) {
        lex_fail(p);
    }
    if (t->type == T_INDENT || t->type == T_DEDENT) {
        lexer_set_error(p->err, "IndentationError", t->lineno, t->col, t->lineno, -1,
                        t->type == T_INDENT ? "unexpected indent" : "unexpected unindent");
        fail(p);
    }
    if (t->type == T_ENDMARKER || implicit_newline(p, t)) {
        lexer_set_error(p->err, "SyntaxError", t->lineno, 0, t->lineno, 0, "invalid syntax");
        fail(p);
    }
    lexer_set_error(p->err, "SyntaxError", t->lineno, t->col + 1, t->end_lineno, t->end_col + 1,
                    "invalid syntax");
    fail(p);
}

void enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        lexer_set_error(p->err, "MemoryError", 0, 0, 0, 0, "%s", "");
        fail(p);
    }
    if (tpC_stack_low_global()) {  /* a small `ulimit -s`, or parsing from deep recursion */
        lexer_set_error(p->err, "RecursionError", 0, 0, 0, 0, "%s",
                        "maximum recursion depth exceeded during compilation");
        fail(p);
    }
}

void leave(Parser *p)
{
    p->depth--;
}

void *palloc(Parser *p, size_t n)
{
    void *m = ast_arena_alloc(p->arena, n);
    if (m == NULL) {
        lexer_set_error(p->err, "MemoryError", 0, 0, 0, 0, "out of memory");
        fail(p);
    }
    return m;
}

void vec_push(Parser *p, Vec *v, void *item)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **na = palloc(p, sizeof(void *) * (size_t)cap);
        if (v->n) {
            memcpy(na, v->a, sizeof(void *) * (size_t)v->n);
        }
        v->a = na;
        v->cap = cap;
    }
    v->a[v->n++] = item;
}

const char *tok_ident(Parser *p, Token *t)
{
    int ascii = 1;
    for (int i = 0; i < t->len; i++) {
        if ((unsigned char)t->start[i] >= 0x80) {
            ascii = 0;
            break;
        }
    }
#ifndef TP_NO_UTF8PROC
    if (!ascii) {
        /* PEP 3131: identifiers are NFKC-normalized */
        char *tmp = malloc((size_t)t->len + 1);
        if (tmp != NULL) {
            memcpy(tmp, t->start, (size_t)t->len);
            tmp[t->len] = '\0';
            utf8proc_uint8_t *n = utf8proc_NFKC((const utf8proc_uint8_t *)tmp);
            free(tmp);
            if (n != NULL) {
                const char *r = ast_arena_strndup(p->arena, (const char *)n, strlen((char *)n));
                free(n);
                return r;
            }
        }
    }
#else
    (void)ascii;
#endif
    return ast_arena_strndup(p->arena, t->start, (size_t)t->len);
}

/* Speculative parsing: run fn; on a (non-tokenizer) error restore the
   position and return NULL. */
void *speculate(Parser *p, SpecFn fn, void *arg, int keep_max)
{
    int save = p->pos, savemax = p->maxpos, savedepth = p->depth;
    jmp_buf jb, *old = p->jb;
    ParseError saved = *p->err;
    void *volatile r = NULL;
    if (setjmp(jb) == 0) {
        p->jb = &jb;
        r = fn(p, arg);
        p->jb = old;
        return r;
    }
    p->jb = old;
    if (p->tokerr != 0 && p->pos < p->ntoks && p->maxpos >= p->ntoks - 1 &&
        p->toks[p->ntoks - 1].type == TK_LEXERR) {
        fail(p);   /* the tokenizer error stands */
    }
    *p->err = saved;
    p->pos = save;
    if (!keep_max) {
        /* second-pass style checks must not move the error location */
        p->maxpos = savemax;
    }
    p->depth = savedepth;
    return NULL;
}

/* ---------- statements ---------- */

static Stmt *new_stmt(Parser *p, int kind, Token *start)
{
    Stmt *s = palloc(p, sizeof *s);
    s->kind = kind;
    s->lineno = start->lineno;
    s->col_offset = start->col;
    return s;
}

static void stmt_end(Parser *p, Stmt *s)
{
    Token *t = prev(p);
    s->end_lineno = t->end_lineno;
    s->end_col_offset = t->end_col;
}

/* Compound statements end at the last real token consumed (CPython
   skips NEWLINE/INDENT/DEDENT), so `if x: a;` includes the ';'. */
static Token *last_real_token(Parser *p)
{
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == T_NEWLINE || p->toks[i].type == T_INDENT ||
                     p->toks[i].type == T_DEDENT || p->toks[i].type == T_ENDMARKER)) {
        i--;
    }
    return &p->toks[i];
}

static void stmt_end_body(Parser *p, Stmt *s)
{
    Token *t = last_real_token(p);
    s->end_lineno = t->end_lineno;
    s->end_col_offset = t->end_col;
}

static void parse_statement(Parser *p, Vec *out);

/* ':' already consumed.  what: "'if' statement", "function definition" ... */
StmtList parse_block(Parser *p, Token *kw, const char *what)
{
    Vec v = {0};
    if (accept_tok(p, T_NEWLINE)) {
        if (!check(p, T_INDENT)) {
            Token *t = peek(p);
            int line = kw->lineno;
            if (t->type == T_ENDMARKER || t->type == T_DEDENT) {
                lexer_set_error(p->err, "IndentationError", t->lineno, t->col, t->lineno, -1,
                                "expected an indented block after %s on line %d", what, line);
                fail(p);
            }
            error_type_range(p, "IndentationError", t->lineno, t->col, t->end_lineno, t->end_col,
                             "expected an indented block after %s on line %d", what, line);
        }
        next(p);
        while (!check(p, T_DEDENT) && !check(p, T_ENDMARKER)) {
            parse_statement(p, &v);
        }
        accept_tok(p, T_DEDENT);
    } else {
        /* simple statements on the same line */
        parse_statement(p, &v);
    }
    return AS_LIST(StmtList, v);
}

/* "expected ':'": forced (any token) or only before a NEWLINE. */
static void expect_colon(Parser *p, int forced)
{
    Token *t = peek(p);
    if (t->type == T_COLON) {
        next(p);
        return;
    }
    if (forced || t->type == T_NEWLINE) {
        error_at_token(p, t, "expected ':'");
    }
    invalid_syntax(p);
}

static int is_augassign(int t, int *op)
{
    switch (t) {
    case T_PLUSEQUAL: *op = OP_Add; return 1;
    case T_MINEQUAL: *op = OP_Sub; return 1;
    case T_STAREQUAL: *op = OP_Mult; return 1;
    case T_ATEQUAL: *op = OP_MatMult; return 1;
    case T_SLASHEQUAL: *op = OP_Div; return 1;
    case T_PERCENTEQUAL: *op = OP_Mod; return 1;
    case T_AMPEREQUAL: *op = OP_BitAnd; return 1;
    case T_VBAREQUAL: *op = OP_BitOr; return 1;
    case T_CIRCUMFLEXEQUAL: *op = OP_BitXor; return 1;
    case T_LEFTSHIFTEQUAL: *op = OP_LShift; return 1;
    case T_RIGHTSHIFTEQUAL: *op = OP_RShift; return 1;
    case T_DOUBLESTAREQUAL: *op = OP_Pow; return 1;
    case T_DOUBLESLASHEQUAL: *op = OP_FloorDiv; return 1;
    default: return 0;
    }
}

static Expr *parse_rhs(Parser *p)
{
    if (check(p, T_YIELD)) {
        return parse_yield_expr(p);
    }
    return parse_star_expressions(p);
}

static void *spec_star_expressions(Parser *p, void *arg)
{
    (void)arg;
    return parse_star_expressions(p);
}

/* `print x` / `exec x`: CPython's hint for the Python 2 statements (e is the expression parsed,
   t the token after it). */
void check_legacy_print(Parser *p, Expr *e, Token *t)
{
    if (e->kind == EXPR_Name && starts_expression(t->type) && t->type != T_LPAR &&
        (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0)) {
        int save = p->pos;
        Expr *b = speculate(p, spec_star_expressions, NULL, 0);
        if (b != NULL) {
            error_range(p, e->lineno, e->col_offset, b->end_lineno, b->end_col_offset,
                        "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                        e->v.Name.id, e->v.Name.id);
        }
        p->pos = save;
    }
}

static Stmt *parse_expr_stmt(Parser *p)
{
    Token *st = peek(p);
    int start = p->pos;
    Expr *e = parse_rhs(p);
    check_stmt_walrus(p, e, start);
    Token *t = peek(p);
    int op;
    if (t->type == T_COLON) {
        next(p);
        Stmt *s = new_stmt(p, STMT_AnnAssign, st);
        if (e->kind == EXPR_Tuple) {
            /* unparenthesized: CPython points at the first element */
            Expr *at = st->type == T_LPAR ? e : e->v.Tuple.elts.a[0];
            error_node(p, at, "only single target (not tuple) can be annotated");
        }
        if (e->kind == EXPR_List) {
            error_node(p, e, "only single target (not list) can be annotated");
        }
        if (e->kind != EXPR_Name && e->kind != EXPR_Attribute && e->kind != EXPR_Subscript) {
            error_node(p, e, "illegal target for annotation");
        }
        set_context(p, e, CTX_Store);
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.simple = e->kind == EXPR_Name && st->type != T_LPAR;
        s->v.AnnAssign.annotation = parse_expression(p);
        if (accept_tok(p, T_EQUAL)) {
            s->v.AnnAssign.value = parse_rhs(p);
        }
        stmt_end(p, s);
        return s;
    }
    if (is_augassign(t->type, &op)) {
        next(p);
        if (e->kind != EXPR_Name && e->kind != EXPR_Attribute && e->kind != EXPR_Subscript) {
            error_node(p, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        }
        set_context(p, e, CTX_Store);
        Stmt *s = new_stmt(p, STMT_AugAssign, st);
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = parse_rhs(p);
        stmt_end(p, s);
        return s;
    }
    if (t->type == T_EQUAL) {
        Vec targets = {0};
        Expr *value = e;
        int rhs_pos = 0;
        while (accept_tok(p, T_EQUAL)) {
            vec_push(p, &targets, value);
            rhs_pos = p->pos;
            value = parse_rhs(p);
        }
        check_legacy_print(p, value, peek(p));
        check_assign_targets(p, &targets, targets.n == 1 ? rhs_pos : 0);
        Stmt *s = new_stmt(p, STMT_Assign, st);
        s->v.Assign.targets = AS_LIST(ExprList, targets);
        s->v.Assign.value = value;
        stmt_end(p, s);
        return s;
    }
    if (t->type == T_COLONEQUAL) {
        invalid_syntax(p);
    }
    check_legacy_print(p, e, t);
    if (t->type != T_NEWLINE && t->type != T_SEMI) {
        check_missing_comma(p, e);
    }
    Stmt *s = new_stmt(p, STMT_Expr, st);
    s->v.Expr.value = e;
    stmt_end(p, s);
    return s;
}

static const char *dotted_name(Parser *p)
{
    Token *t = expect(p, T_NAME);
    const char *name = tok_ident(p, t);
    while (check(p, T_DOT)) {
        next(p);
        Token *n = expect(p, T_NAME);
        const char *part = tok_ident(p, n);
        size_t a = strlen(name), b = strlen(part);
        char *s = palloc(p, a + b + 2);
        memcpy(s, name, a);
        s[a] = '.';
        memcpy(s + a + 1, part, b + 1);
        name = s;
    }
    return name;
}

static Alias *new_alias(Parser *p, Token *start, const char *name)
{
    Alias *a = palloc(p, sizeof *a);
    a->lineno = start->lineno;
    a->col_offset = start->col;
    a->name = name;
    if (accept_tok(p, T_AS)) {
        a->asname = tok_ident(p, expect(p, T_NAME));
    }
    Token *e = prev(p);
    a->end_lineno = e->end_lineno;
    a->end_col_offset = e->end_col;
    return a;
}

static Stmt *parse_import(Parser *p)
{
    Token *kw = next(p);
    Vec names = {0};
    do {
        Token *st = peek(p);
        vec_push(p, &names, new_alias(p, st, dotted_name(p)));
    } while (accept_tok(p, T_COMMA));
    Stmt *s = new_stmt(p, STMT_Import, kw);
    s->v.Import.names = AS_LIST(AliasList, names);
    stmt_end(p, s);
    return s;
}

static Stmt *parse_from_import(Parser *p)
{
    Token *kw = next(p);
    int level = 0;
    for (;;) {
        if (accept_tok(p, T_DOT)) {
            level++;
        } else if (accept_tok(p, T_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (level == 0 || check(p, T_NAME)) {
        module = dotted_name(p);
    }
    expect(p, T_IMPORT);
    Vec names = {0};
    Token *star = peek(p);
    if (star->type == T_STAR) {
        next(p);
        Alias *a = palloc(p, sizeof *a);
        a->lineno = star->lineno;
        a->col_offset = star->col;
        a->end_lineno = star->end_lineno;
        a->end_col_offset = star->end_col;
        a->name = "*";
        vec_push(p, &names, a);
    } else {
        int paren = accept_tok(p, T_LPAR);
        do {
            if (paren && check(p, T_RPAR) && names.n > 0) {
                break;
            }
            Token *st = peek(p);
            Token *n = expect(p, T_NAME);
            vec_push(p, &names, new_alias(p, st, tok_ident(p, n)));
        } while (accept_tok(p, T_COMMA) && (paren || !check(p, T_NEWLINE) ||
                                         (error_at_token(p, peek(p),
                                                         "trailing comma not allowed without surrounding parentheses"), 0)));
        if (paren) {
            expect(p, T_RPAR);
        }
    }
    Stmt *s = new_stmt(p, STMT_ImportFrom, kw);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = AS_LIST(AliasList, names);
    s->v.ImportFrom.level = level;
    stmt_end(p, s);
    return s;
}

static Stmt *parse_simple_stmt(Parser *p)
{
    Token *t = peek(p);
    Stmt *s;
    switch (t->type) {
    case T_PASS: case T_BREAK: case T_CONTINUE:
        next(p);
        s = new_stmt(p, t->type == T_PASS ? STMT_Pass : t->type == T_BREAK ? STMT_Break
                                                                          : STMT_Continue, t);
        stmt_end(p, s);
        return s;
    case T_RETURN:
        next(p);
        s = new_stmt(p, STMT_Return, t);
        if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) {
            s->v.Return.value = parse_star_expressions(p);
        }
        stmt_end(p, s);
        return s;
    case T_IMPORT:
        return parse_import(p);
    case T_FROM:
        return parse_from_import(p);
    case T_RAISE:
        next(p);
        s = new_stmt(p, STMT_Raise, t);
        if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) {
            s->v.Raise.exc = parse_expression(p);
            if (accept_tok(p, T_FROM)) {
                s->v.Raise.cause = parse_expression(p);
            }
        }
        stmt_end(p, s);
        return s;
    case T_GLOBAL: case T_NONLOCAL: {
        next(p);
        Vec names = {0};
        do {
            vec_push(p, &names, (void *)tok_ident(p, expect(p, T_NAME)));
        } while (accept_tok(p, T_COMMA));
        s = new_stmt(p, t->type == T_GLOBAL ? STMT_Global : STMT_Nonlocal, t);
        s->v.Global.names = AS_LIST(IdentList, names);
        stmt_end(p, s);
        return s;
    }
    case T_ASSERT:
        next(p);
        s = new_stmt(p, STMT_Assert, t);
        s->v.Assert.test = parse_expression(p);
        if (accept_tok(p, T_COMMA)) {
            s->v.Assert.msg = parse_expression(p);
        }
        stmt_end(p, s);
        return s;
    case T_DEL: {
        next(p);
        s = new_stmt(p, STMT_Delete, t);
        Vec targets = {0};
        do {
            if (check(p, T_NEWLINE) || check(p, T_SEMI)) {
                break;
            }
            Expr *e = parse_star_target(p);
            vec_push(p, &targets, e);
        } while (accept_tok(p, T_COMMA));
        if (!check(p, T_NEWLINE) && !check(p, T_SEMI)) {
            invalid_syntax(p);
        }
        if (targets.n == 0) {
            invalid_syntax(p);
        }
        for (int i = 0; i < targets.n; i++) {
            set_context(p, targets.a[i], CTX_Del);
        }
        s->v.Delete.targets = AS_LIST(ExprList, targets);
        stmt_end(p, s);
        return s;
    }
    default:
        if (!starts_expression(t->type) && t->type != T_STAR && t->type != T_YIELD) {
            invalid_syntax(p);
        }
        return parse_expr_stmt(p);
    }
}

static void parse_simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        vec_push(p, out, parse_simple_stmt(p));
        if (accept_tok(p, T_SEMI)) {
            if (check(p, T_NEWLINE)) {
                break;
            }
            continue;
        }
        break;
    }
    if (!check(p, T_NEWLINE)) {
        invalid_syntax(p);
    }
    next(p);
}

static Expr *parse_condition(Parser *p)
{
    return parse_named_expression(p);
}

/* if/elif/else: each elif is an If nested in the previous one's orelse. Built in a loop (not
 * by recursion) so that a long elif chain cannot exhaust the C stack; every If of the chain ends
 * where the whole statement ends. */
static Stmt *parse_if(Parser *p, Token *kw, int is_elif)
{
    Stmt *first = NULL, *outer = NULL;
    Vec chain = {0};
    for (;;) {
        next(p);
        Stmt *s = new_stmt(p, STMT_If, kw);
        s->v.If.test = parse_condition(p);
        expect_colon(p, 0);
        s->v.If.body = parse_block(p, kw, is_elif ? "'elif' statement" : "'if' statement");
        stmt_end_body(p, s);
        if (outer != NULL) {
            Vec v = {0};
            vec_push(p, &v, s);
            outer->v.If.orelse = AS_LIST(StmtList, v);
        } else {
            first = s;
        }
        vec_push(p, &chain, s);
        Token *t = peek(p);
        if (t->type == T_ELIF) {
            kw = t;
            is_elif = 1;
            outer = s;
            continue;
        }
        if (t->type == T_ELSE) {
            next(p);
            expect_colon(p, 1);
            s->v.If.orelse = parse_block(p, t, "'else' statement");
            stmt_end_body(p, s);
        }
        break;
    }
    for (int i = 0; i < chain.n; i++) {
        stmt_end_body(p, chain.a[i]);
    }
    return first;
}

static StmtList parse_else(Parser *p, StmtList *body_end_holder)
{
    (void)body_end_holder;
    Token *t = peek(p);
    if (t->type == T_ELSE) {
        next(p);
        expect_colon(p, 1);
        return parse_block(p, t, "'else' statement");
    }
    return (StmtList){0, NULL};
}

static Stmt *parse_while(Parser *p)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, STMT_While, kw);
    s->v.While.test = parse_condition(p);
    expect_colon(p, 0);
    s->v.While.body = parse_block(p, kw, "'while' statement");
    stmt_end_body(p, s);
    s->v.While.orelse = parse_else(p, NULL);
    if (s->v.While.orelse.n) {
        stmt_end_body(p, s);
    }
    return s;
}

static Stmt *parse_for(Parser *p, Token *start, int is_async)
{
    Token *kw = next(p);   /* 'for' */
    Stmt *s = new_stmt(p, is_async ? STMT_AsyncFor : STMT_For, start);
    s->v.For.target = parse_star_targets(p);
    expect(p, T_IN);
    s->v.For.iter = parse_star_expressions(p);
    expect_colon(p, 0);
    s->v.For.body = parse_block(p, kw, "'for' statement");
    stmt_end_body(p, s);
    s->v.For.orelse = parse_else(p, NULL);
    if (s->v.For.orelse.n) {
        stmt_end_body(p, s);
    }
    return s;
}

static WithItem *parse_with_item(Parser *p)
{
    WithItem *w = palloc(p, sizeof *w);
    w->context_expr = parse_expression(p);
    if (accept_tok(p, T_AS)) {
        Token *t = peek(p);
        Expr *target;
        if (t->type == T_STAR) {
            target = parse_star_targets(p);
        } else {
            target = parse_bitwise_or(p);
            int n = peek(p)->type;
            if (n != T_COMMA && n != T_RPAR && n != T_COLON) {
                invalid_syntax(p);
            }
            set_context(p, target, CTX_Store);
        }
        w->optional_vars = target;
    }
    return w;
}

static void *spec_paren_with_items(Parser *p, void *arg)
{
    (void)arg;
    Vec *v = palloc(p, sizeof *v);
    expect(p, T_LPAR);
    do {
        if (check(p, T_RPAR) && v->n > 0) {
            break;
        }
        vec_push(p, v, parse_with_item(p));
    } while (accept_tok(p, T_COMMA));
    expect(p, T_RPAR);
    if (!check(p, T_COLON)) {
        invalid_syntax(p);
    }
    return v;
}

static Stmt *parse_with(Parser *p, Token *start, int is_async)
{
    Token *kw = next(p);   /* 'with' */
    Stmt *s = new_stmt(p, is_async ? STMT_AsyncWith : STMT_With, start);
    Vec *items = NULL;
    if (check(p, T_LPAR)) {
        items = speculate(p, spec_paren_with_items, NULL, 1);
    }
    if (items == NULL) {
        items = palloc(p, sizeof *items);
        do {
            vec_push(p, items, parse_with_item(p));
        } while (accept_tok(p, T_COMMA));
    }
    s->v.With.items = AS_LIST(WithItemList, *items);
    expect_colon(p, 0);
    s->v.With.body = parse_block(p, kw, "'with' statement");
    stmt_end_body(p, s);
    return s;
}

static Stmt *parse_try(Parser *p)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, STMT_Try, kw);
    expect_colon(p, 1);
    s->v.Try.body = parse_block(p, kw, "'try' statement");
    Vec handlers = {0};
    int star_kind = -1;
    while (check(p, T_EXCEPT)) {
        Token *ek = next(p);
        int is_star = 0;
        if (check(p, T_STAR)) {
            next(p);
            is_star = 1;
        }
        if (star_kind >= 0 && star_kind != is_star) {
            Token *e = prev(p);
            error_range(p, ek->lineno, ek->col, e->end_lineno, e->end_col,
                        "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star_kind = is_star;
        ExceptHandler *h = palloc(p, sizeof *h);
        h->lineno = ek->lineno;
        h->col_offset = ek->col;
        if (!check(p, T_COLON)) {
            if (is_star && check(p, T_NEWLINE)) {
                error_at_token(p, peek(p), "expected one or more exception types");
            }
            h->type = parse_expression(p);
            if (check(p, T_COMMA)) {
                /* except A, B: */
                int save = p->pos;
                Vec v = {0};
                while (accept_tok(p, T_COMMA)) {
                    vec_push(p, &v, parse_expression(p));
                }
                if (check(p, T_COLON) || check(p, T_AS)) {
                    Expr *last = v.a[v.n - 1];
                    error_range(p, h->type->lineno, h->type->col_offset, last->end_lineno,
                                last->end_col_offset,
                                "multiple exception types must be parenthesized");
                }
                p->pos = save;
            }
            if (accept_tok(p, T_AS)) {
                h->name = tok_ident(p, expect(p, T_NAME));
            }
        } else if (is_star) {
            error_at_token(p, peek(p), "expected one or more exception types");
        }
        expect_colon(p, 0);
        h->body = parse_block(p, ek, is_star ? "'except*' statement" : "'except' statement");
        Token *last = last_real_token(p);
        h->end_lineno = last->end_lineno;
        h->end_col_offset = last->end_col;
        vec_push(p, &handlers, h);
    }
    if (star_kind == 1) {
        s->kind = STMT_TryStar;
    }
    s->v.Try.handlers = AS_LIST(ExceptHandlerList, handlers);
    if (handlers.n > 0) {
        ExceptHandler *h = handlers.a[handlers.n - 1];
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
        s->v.Try.orelse = parse_else(p, NULL);
        if (s->v.Try.orelse.n) {
            stmt_end_body(p, s);
        }
    }
    Token *t = peek(p);
    if (t->type == T_FINALLY) {
        next(p);
        expect_colon(p, 1);
        s->v.Try.finalbody = parse_block(p, t, "'finally' statement");
        stmt_end_body(p, s);
    } else if (handlers.n == 0) {
        /* skip DEDENTs to find what follows the try body */
        int i = p->pos;
        while (p->toks[i].type == T_DEDENT) {
            i++;
        }
        Token *n = &p->toks[i];
        if (n->type == TK_LEXERR) {
            lex_fail(p);
        }
        error_at_token(p, n->type == T_ENDMARKER ? t : n, "expected 'except' or 'finally' block");
    }
    return s;
}

static Stmt *parse_funcdef(Parser *p, Token *start, int is_async, ExprList decos)
{
    Token *kw = next(p);   /* 'def' */
    Stmt *s = new_stmt(p, is_async ? STMT_AsyncFunctionDef : STMT_FunctionDef, start);
    Token *name = expect(p, T_NAME);
    s->v.FunctionDef.name = tok_ident(p, name);
    if (!check(p, T_LPAR)) {
        error_at_token(p, peek(p), "expected '('");
    }
    next(p);
    s->v.FunctionDef.args = parse_params(p, 0, T_RPAR);
    expect(p, T_RPAR);
    if (accept_tok(p, T_RARROW)) {
        s->v.FunctionDef.returns = parse_expression(p);
    }
    expect_colon(p, 1);
    s->v.FunctionDef.decorator_list = decos;
    s->v.FunctionDef.body = parse_block(p, kw, "function definition");
    stmt_end_body(p, s);
    return s;
}

static Stmt *parse_classdef(Parser *p, Token *start, ExprList decos)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, STMT_ClassDef, start);
    Token *name = expect(p, T_NAME);
    s->v.ClassDef.name = tok_ident(p, name);
    if (check(p, T_LPAR)) {
        Token *lp = next(p);
        Expr *dummy = new_expr(p, EXPR_Name, lp);
        enter(p);
        p->no_genexp_args = 1;
        Expr *call = parse_arguments_call(p, dummy, lp);
        p->no_genexp_args = 0;
        leave(p);
        s->v.ClassDef.bases = call->v.Call.args;
        s->v.ClassDef.keywords = call->v.Call.keywords;
    }
    expect_colon(p, 0);
    s->v.ClassDef.decorator_list = decos;
    s->v.ClassDef.body = parse_block(p, kw, "class definition");
    stmt_end_body(p, s);
    return s;
}

static Stmt *parse_decorated(Parser *p)
{
    Vec decos = {0};
    while (accept_tok(p, T_AT)) {
        vec_push(p, &decos, parse_named_expression(p));
        if (!check(p, T_NEWLINE)) {
            invalid_syntax(p);
        }
        next(p);
    }
    Token *t = peek(p);
    ExprList dl = AS_LIST(ExprList, decos);
    if (t->type == T_DEF) {
        return parse_funcdef(p, t, 0, dl);
    }
    if (t->type == T_CLASS) {
        return parse_classdef(p, t, dl);
    }
    if (t->type == T_ASYNC && peek_at(p, 1)->type == T_DEF) {
        next(p);
        return parse_funcdef(p, t, 1, dl);
    }
    invalid_syntax(p);
}

/* ---------- match statement ---------- */

static Pattern *new_pat(Parser *p, int kind, Token *start)
{
    Pattern *pt = palloc(p, sizeof *pt);
    pt->kind = kind;
    pt->lineno = start->lineno;
    pt->col_offset = start->col;
    return pt;
}

static void pat_end(Parser *p, Pattern *pt)
{
    Token *t = prev(p);
    pt->end_lineno = t->end_lineno;
    pt->end_col_offset = t->end_col;
}

static Pattern *parse_pattern(Parser *p);
static Pattern *parse_closed_pattern(Parser *p);

/* signed_number ['+'|'-' NUMBER(imaginary)] or strings or attr */
static Expr *parse_value_expr(Parser *p)
{
    Token *t = peek(p);
    if (t->type == T_STRING) {
        return parse_strings(p);
    }
    Expr *e;
    if (t->type == T_MINUS) {
        next(p);
        Token *n = expect(p, T_NUMBER);
        Expr *num = parse_number(p, n);
        e = new_expr(p, EXPR_UnaryOp, t);
        e->v.UnaryOp.op = UNARYOP_USub;
        e->v.UnaryOp.operand = num;
        set_end(p, e);
    } else if (t->type == T_NUMBER) {
        next(p);
        e = parse_number(p, t);
    } else if (t->type == T_NAME) {
        next(p);
        e = new_expr(p, EXPR_Name, t);
        e->v.Name.id = tok_ident(p, t);
        set_end(p, e);
        while (accept_tok(p, T_DOT)) {
            Token *n = expect(p, T_NAME);
            Expr *a = new_expr(p, EXPR_Attribute, t);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = tok_ident(p, n);
            set_end(p, a);
            e = a;
        }
        return e;
    } else {
        invalid_syntax(p);
    }
    int nt = peek(p)->type;
    if (nt == T_PLUS || nt == T_MINUS) {
        next(p);
        Token *n = expect(p, T_NUMBER);
        Expr *im = parse_number(p, n);
        if (im->v.Constant.value.kind != CONST_COMPLEX) {
            error_node(p, im, "imaginary number required in complex literal");
        }
        Expr *b = new_expr(p, EXPR_BinOp, t);
        b->v.BinOp.left = e;
        b->v.BinOp.op = nt == T_PLUS ? OP_Add : OP_Sub;
        b->v.BinOp.right = im;
        set_end(p, b);
        if (e->kind == EXPR_Constant && e->v.Constant.value.kind == CONST_COMPLEX) {
            error_node(p, e, "real number required in complex literal");
        }
        e = b;
    }
    return e;
}

static Pattern *parse_star_pattern(Parser *p)
{
    Token *t = next(p);   /* '*' */
    Pattern *pt = new_pat(p, PAT_MatchStar, t);
    Token *n = expect(p, T_NAME);
    if (!tok_is_name(n, "_")) {
        pt->v.MatchStar.name = tok_ident(p, n);
    }
    pat_end(p, pt);
    return pt;
}

static Pattern *parse_maybe_star_pattern(Parser *p)
{
    if (check(p, T_STAR)) {
        return parse_star_pattern(p);
    }
    return parse_pattern(p);
}

static PatternList parse_pattern_seq(Parser *p, int closer, int *had_comma)
{
    Vec v = {0};
    *had_comma = 0;
    while (!check(p, closer)) {
        vec_push(p, &v, parse_maybe_star_pattern(p));
        if (!accept_tok(p, T_COMMA)) {
            break;
        }
        *had_comma = 1;
    }
    return AS_LIST(PatternList, v);
}

static Pattern *parse_class_pattern(Parser *p, Expr *cls, Token *start)
{
    next(p);   /* '(' */
    Pattern *pt = new_pat(p, PAT_MatchClass, start);
    pt->v.MatchClass.cls = cls;
    Vec pos = {0}, kwn = {0}, kwp = {0};
    while (!check(p, T_RPAR)) {
        Token *t = peek(p);
        if (t->type == T_NAME && peek_at(p, 1)->type == T_EQUAL) {
            next(p);
            next(p);
            vec_push(p, &kwn, (void *)tok_ident(p, t));
            vec_push(p, &kwp, parse_pattern(p));
        } else {
            Pattern *q = parse_pattern(p);
            if (kwn.n > 0) {
                error_range(p, q->lineno, q->col_offset, q->end_lineno, q->end_col_offset,
                            "positional patterns follow keyword patterns");
            }
            vec_push(p, &pos, q);
        }
        if (!accept_tok(p, T_COMMA)) {
            break;
        }
    }
    expect(p, T_RPAR);
    pt->v.MatchClass.patterns = AS_LIST(PatternList, pos);
    pt->v.MatchClass.kwd_attrs = AS_LIST(IdentList, kwn);
    pt->v.MatchClass.kwd_patterns = AS_LIST(PatternList, kwp);
    pat_end(p, pt);
    return pt;
}

static Pattern *parse_closed_pattern(Parser *p)
{
    Token *t = peek(p);
    Pattern *pt;
    switch (t->type) {
    case T_NONE: case T_TRUE: case T_FALSE:
        next(p);
        pt = new_pat(p, PAT_MatchSingleton, t);
        pt->v.MatchSingleton.value.kind = t->type == T_NONE ? CONST_NONE :
                                          t->type == T_TRUE ? CONST_TRUE : CONST_FALSE;
        pat_end(p, pt);
        return pt;
    case T_NUMBER: case T_MINUS: case T_STRING: {
        Expr *v = parse_value_expr(p);
        pt = new_pat(p, PAT_MatchValue, t);
        pt->v.MatchValue.value = v;
        pat_end(p, pt);
        return pt;
    }
    case T_NAME: {
        Token *n1 = peek_at(p, 1);
        if (n1->type != T_DOT && n1->type != T_LPAR) {
            next(p);
            pt = new_pat(p, PAT_MatchAs, t);
            if (!tok_is_name(t, "_")) {
                pt->v.MatchAs.name = tok_ident(p, t);
            }
            pat_end(p, pt);
            return pt;
        }
        Expr *v = parse_value_expr(p);
        if (check(p, T_LPAR)) {
            return parse_class_pattern(p, v, t);
        }
        if (v->kind == EXPR_Name) {
            invalid_syntax(p);
        }
        pt = new_pat(p, PAT_MatchValue, t);
        pt->v.MatchValue.value = v;
        pat_end(p, pt);
        return pt;
    }
    case T_LPAR: {
        next(p);
        enter(p);
        if (check(p, T_RPAR)) {
            next(p);
            pt = new_pat(p, PAT_MatchSequence, t);
            pat_end(p, pt);
            leave(p);
            return pt;
        }
        Pattern *first = parse_maybe_star_pattern(p);
        if (accept_tok(p, T_RPAR)) {
            leave(p);
            if (first->kind == PAT_MatchStar) {
                pt = new_pat(p, PAT_MatchSequence, t);
                Vec v = {0};
                vec_push(p, &v, first);
                pt->v.MatchSequence.patterns = AS_LIST(PatternList, v);
                pat_end(p, pt);
                return pt;
            }
            return first;   /* group pattern */
        }
        expect(p, T_COMMA);
        int hc;
        PatternList rest = parse_pattern_seq(p, T_RPAR, &hc);
        expect(p, T_RPAR);
        leave(p);
        Vec v = {0};
        vec_push(p, &v, first);
        for (int i = 0; i < rest.n; i++) {
            vec_push(p, &v, rest.a[i]);
        }
        pt = new_pat(p, PAT_MatchSequence, t);
        pt->v.MatchSequence.patterns = AS_LIST(PatternList, v);
        pat_end(p, pt);
        return pt;
    }
    case T_LSQB: {
        next(p);
        enter(p);
        int hc;
        PatternList l = parse_pattern_seq(p, T_RSQB, &hc);
        expect(p, T_RSQB);
        leave(p);
        pt = new_pat(p, PAT_MatchSequence, t);
        pt->v.MatchSequence.patterns = l;
        pat_end(p, pt);
        return pt;
    }
    case T_LBRACE: {
        next(p);
        enter(p);
        pt = new_pat(p, PAT_MatchMapping, t);
        Vec keys = {0}, pats = {0};
        while (!check(p, T_RBRACE)) {
            if (accept_tok(p, T_DOUBLESTAR)) {
                pt->v.MatchMapping.rest = tok_ident(p, expect(p, T_NAME));
                accept_tok(p, T_COMMA);
                break;
            }
            Token *k = peek(p);
            Expr *key;
            if (k->type == T_NONE || k->type == T_TRUE || k->type == T_FALSE) {
                next(p);
                key = new_expr(p, EXPR_Constant, k);
                key->v.Constant.value.kind = k->type == T_NONE ? CONST_NONE :
                                             k->type == T_TRUE ? CONST_TRUE : CONST_FALSE;
                set_end(p, key);
            } else {
                key = parse_value_expr(p);
                if (key->kind == EXPR_Name) {
                    invalid_syntax(p);
                }
            }
            expect(p, T_COLON);
            vec_push(p, &keys, key);
            vec_push(p, &pats, parse_pattern(p));
            if (!accept_tok(p, T_COMMA)) {
                break;
            }
        }
        expect(p, T_RBRACE);
        leave(p);
        pt->v.MatchMapping.keys = AS_LIST(ExprList, keys);
        pt->v.MatchMapping.patterns = AS_LIST(PatternList, pats);
        pat_end(p, pt);
        return pt;
    }
    default:
        invalid_syntax(p);
    }
}

static Pattern *parse_or_pattern(Parser *p)
{
    Token *st = peek(p);
    Pattern *first = parse_closed_pattern(p);
    if (!check(p, T_VBAR)) {
        return first;
    }
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept_tok(p, T_VBAR)) {
        vec_push(p, &v, parse_closed_pattern(p));
    }
    Pattern *pt = new_pat(p, PAT_MatchOr, st);
    pt->v.MatchOr.patterns = AS_LIST(PatternList, v);
    pat_end(p, pt);
    return pt;
}

static Pattern *parse_pattern(Parser *p)
{
    Token *st = peek(p);
    enter(p);
    Pattern *pt = parse_or_pattern(p);
    if (accept_tok(p, T_AS)) {
        Token *n = expect(p, T_NAME);
        if (tok_is_name(n, "_")) {
            error_at_token(p, n, "cannot use '_' as a target");
        }
        Pattern *as = new_pat(p, PAT_MatchAs, st);
        as->v.MatchAs.pattern = pt;
        as->v.MatchAs.name = tok_ident(p, n);
        pat_end(p, as);
        pt = as;
    }
    leave(p);
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
Pattern *parse_patterns(Parser *p)
{
    Token *st = peek(p);
    Pattern *first = parse_maybe_star_pattern(p);
    if (!check(p, T_COMMA) && first->kind != PAT_MatchStar) {
        return first;
    }
    Vec v = {0};
    vec_push(p, &v, first);
    while (accept_tok(p, T_COMMA)) {
        if (check(p, T_COLON) || check(p, T_IF)) {
            break;
        }
        vec_push(p, &v, parse_maybe_star_pattern(p));
    }
    Pattern *pt = new_pat(p, PAT_MatchSequence, st);
    pt->v.MatchSequence.patterns = AS_LIST(PatternList, v);
    pat_end(p, pt);
    return pt;
}

static void *spec_subject(Parser *p, void *arg)
{
    (void)arg;
    next(p);   /* 'match' */
    Token *st = peek(p);
    Expr *first = parse_star_named_expression(p);
    if (check(p, T_COMMA)) {
        Vec v = {0};
        vec_push(p, &v, first);
        while (accept_tok(p, T_COMMA)) {
            if (check(p, T_COLON)) {
                break;
            }
            vec_push(p, &v, parse_star_named_expression(p));
        }
        Expr *tu = new_expr(p, EXPR_Tuple, st);
        tu->v.Tuple.elts = AS_LIST(ExprList, v);
        set_end(p, tu);
        return tu;
    }
    if (first->kind == EXPR_Starred) {
        invalid_syntax(p);
    }
    return first;
}

static void *spec_simple_stmts(Parser *p, void *arg)
{
    parse_simple_stmts(p, arg);
    return arg;
}

/* Returns NULL when `match` is just a name here. */
static Stmt *try_match(Parser *p, Vec *out)
{
    Token *kw = peek(p);
    int save = p->pos;
    Expr *subject = speculate(p, spec_subject, NULL, 1);
    if (subject == NULL) {
        return NULL;
    }
    if (!check(p, T_COLON)) {
        if (check(p, T_NEWLINE)) {
            Token *nl = peek(p);
            p->pos = save;
            if (speculate(p, spec_simple_stmts, out, 1) != NULL) {
                return (Stmt *)out;   /* it was an expression statement */
            }
            error_at_token(p, nl, "expected ':'");
        }
        p->pos = save;
        return NULL;
    }
    next(p);
    Stmt *s = new_stmt(p, STMT_Match, kw);
    s->v.Match.subject = subject;
    if (!accept_tok(p, T_NEWLINE)) {
        invalid_syntax(p);
    }
    if (!check(p, T_INDENT)) {
        Token *t = peek(p);
        if (t->type == T_ENDMARKER || t->type == T_DEDENT) {
            lexer_set_error(p->err, "IndentationError", t->lineno, t->col, t->lineno, -1,
                            "expected an indented block after 'match' statement on line %d",
                            kw->lineno);
            fail(p);
        }
        error_type_range(p, "IndentationError", t->lineno, t->col, t->end_lineno, t->end_col,
                         "expected an indented block after 'match' statement on line %d",
                         kw->lineno);
    }
    next(p);
    Vec cases = {0};
    while (!check(p, T_DEDENT) && !check(p, T_ENDMARKER)) {
        Token *ck = peek(p);
        if (!tok_is_name(ck, "case")) {
            invalid_syntax(p);
        }
        next(p);
        MatchCase *mc = palloc(p, sizeof *mc);
        mc->pattern = parse_patterns(p);
        if (accept_tok(p, T_IF)) {
            mc->guard = parse_named_expression(p);
        }
        expect_colon(p, 0);
        mc->body = parse_block(p, ck, "'case' statement");
        vec_push(p, &cases, mc);
    }
    accept_tok(p, T_DEDENT);
    s->v.Match.cases = AS_LIST(MatchCaseList, cases);
    stmt_end_body(p, s);
    return s;
}

static void parse_statement(Parser *p, Vec *out)
{
    Token *t = peek(p);
    enter(p);
    switch (t->type) {
    case T_IF:
        vec_push(p, out, parse_if(p, t, 0));
        break;
    case T_WHILE:
        vec_push(p, out, parse_while(p));
        break;
    case T_FOR:
        vec_push(p, out, parse_for(p, t, 0));
        break;
    case T_WITH:
        vec_push(p, out, parse_with(p, t, 0));
        break;
    case T_TRY:
        vec_push(p, out, parse_try(p));
        break;
    case T_DEF:
        vec_push(p, out, parse_funcdef(p, t, 0, (ExprList){0, NULL}));
        break;
    case T_CLASS:
        vec_push(p, out, parse_classdef(p, t, (ExprList){0, NULL}));
        break;
    case T_AT:
        vec_push(p, out, parse_decorated(p));
        break;
    case T_ASYNC: {
        Token *n = peek_at(p, 1);
        if (n->type == T_DEF) {
            next(p);
            vec_push(p, out, parse_funcdef(p, t, 1, (ExprList){0, NULL}));
        } else if (n->type == T_FOR) {
            next(p);
            vec_push(p, out, parse_for(p, t, 1));
        } else if (n->type == T_WITH) {
            next(p);
            vec_push(p, out, parse_with(p, t, 1));
        } else {
            next(p);
            invalid_syntax(p);
        }
        break;
    }
    case T_NAME:
        if (tok_is_name(t, "match")) {
            Stmt *m = try_match(p, out);
            if (m == (Stmt *)out) {
                break;
            }
            if (m != NULL) {
                vec_push(p, out, m);
                break;
            }
        }
        parse_simple_stmts(p, out);
        break;
    default:
        parse_simple_stmts(p, out);
        break;
    }
    leave(p);
}

/* ---------- source preparation ---------- */

static int match_coding(const char *line, size_t len, char *enc, size_t encsz)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) {
        i++;
    }
    if (i >= len || line[i] != '#') {
        return 0;
    }
    for (; i + 6 < len; i++) {
        if (memcmp(line + i, "coding", 6) == 0 && (line[i + 6] == ':' || line[i + 6] == '=')) {
            size_t j = i + 7;
            while (j < len && (line[j] == ' ' || line[j] == '\t')) {
                j++;
            }
            size_t k = 0;
            while (j < len && k + 1 < encsz &&
                   (isalnum((unsigned char)line[j]) || line[j] == '-' || line[j] == '_' ||
                    line[j] == '.')) {
                enc[k++] = line[j++];
            }
            enc[k] = '\0';
            return k > 0;
        }
    }
    return 0;
}

/* Normalized encoding name: "utf-8", "latin-1" or other. */
static const char *norm_encoding(const char *e)
{
    char b[64];
    size_t i;
    for (i = 0; e[i] && i < sizeof b - 1; i++) {
        b[i] = e[i] == '_' ? '-' : (char)tolower((unsigned char)e[i]);
    }
    b[i] = '\0';
    if (strcmp(b, "utf-8") == 0 || strncmp(b, "utf-8-", 6) == 0 || strcmp(b, "utf8") == 0) {
        return "utf-8";
    }
    if (strcmp(b, "latin-1") == 0 || strcmp(b, "iso-8859-1") == 0 || strcmp(b, "iso-latin-1") == 0 ||
        strncmp(b, "latin-1-", 8) == 0 || strncmp(b, "iso-8859-1-", 11) == 0 ||
        strncmp(b, "iso-latin-1-", 12) == 0 || strcmp(b, "latin1") == 0 ||
        strcmp(b, "iso8859-1") == 0 || strcmp(b, "l1") == 0 || strcmp(b, "cp819") == 0) {
        return "latin-1";
    }
    if (strcmp(b, "ascii") == 0 || strcmp(b, "us-ascii") == 0 || strcmp(b, "646") == 0) {
        return "utf-8";
    }
    return NULL;
}

static int valid_utf8(const char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t len;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
        } else {
            *bad = i;
            return 0;
        }
        if (i + len > n) {
            *bad = i;
            return 0;
        }
        for (size_t k = 1; k < len; k++) {
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) {
                *bad = i;
                return 0;
            }
        }
        i += len;
    }
    return 1;
}

/* BOM, coding cookie, newline normalization, trailing newline. */
static char *prepare_source(Parser *p, const char *src, size_t len, size_t *outlen)
{
    int bom = 0;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
        bom = 1;
    }
    const char *enc = "utf-8";
    char name[64];
    const char *l1 = src, *nl = memchr(src, '\n', len);
    size_t l1len = nl ? (size_t)(nl - src) : len;
    int found = match_coding(l1, l1len, name, sizeof name);
    int cookie_line = 1;
    if (!found && nl != NULL) {
        /* line 2 only counts if line 1 is blank or a comment */
        size_t i = 0;
        while (i < l1len && (l1[i] == ' ' || l1[i] == '\t' || l1[i] == '\f' || l1[i] == '\r')) {
            i++;
        }
        if (i == l1len || l1[i] == '#') {
            const char *l2 = nl + 1;
            const char *nl2 = memchr(l2, '\n', len - (size_t)(l2 - src));
            found = match_coding(l2, nl2 ? (size_t)(nl2 - l2) : len - (size_t)(l2 - src), name,
                                 sizeof name);
            cookie_line = 2;
        }
    }
    if (found) {
        enc = norm_encoding(name);
        if (enc == NULL) {
            lexer_set_error(p->err, "SyntaxError", 0, 0, 0, 0, "unknown encoding: %s", name);
            (void)cookie_line;
            fail(p);
        }
        if (bom && strcmp(enc, "utf-8") != 0) {
            lexer_set_error(p->err, "SyntaxError", 0, 0, 0, 0, "encoding problem: %s with BOM", name);
            fail(p);
        }
    }
    size_t cap = strcmp(enc, "latin-1") == 0 ? len * 2 + 2 : len + 2;
    char *out = palloc(p, cap);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
        } else if (c >= 0x80 && enc[0] == 'l') {
            o += (size_t)utf8_encode(out + o, c);
        } else {
            out[o++] = (char)c;
        }
    }
    if (o > 0 && out[o - 1] != '\n') {
        out[o++] = '\n';
        p->implicit_nl = p->mode != PARSE_FILE;
    }
    out[o] = '\0';
    size_t bad;
    if (!valid_utf8(out, o, &bad)) {
        int line = 1;
        for (size_t i = 0; i < bad; i++) {
            if (out[i] == '\n') {
                line++;
            }
        }
        lexer_set_error(p->err, "SyntaxError", line, 0, line, 0,
                        "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte",
                        (unsigned char)out[bad], bad);
        fail(p);
    }
    *outlen = o;
    return out;
}

/* Tokenize everything up front; a tokenizer error becomes a TK_LEXERR
   sentinel at the end of the array. */
static void tokenize_all(Parser *p, Lexer *lx, Token *pre, int npre)
{
    int cap = 256;
    p->toks = malloc(sizeof(Token) * (size_t)cap);
    p->levels = malloc(sizeof(int) * (size_t)cap);
    if (p->toks == NULL || p->levels == NULL) {
        lexer_set_error(p->err, "MemoryError", 0, 0, 0, 0, "out of memory");
        fail(p);
    }
    p->ntoks = 0;
    for (int i = 0; i < npre; i++) {
        p->toks[p->ntoks] = pre[i];
        p->levels[p->ntoks++] = 1;
    }
    for (;;) {
        if (p->ntoks + 2 >= cap) {
            cap *= 2;
            Token *nt = realloc(p->toks, sizeof(Token) * (size_t)cap);
            if (nt != NULL) {
                p->toks = nt;
            }
            int *nl = realloc(p->levels, sizeof(int) * (size_t)cap);
            if (nl != NULL) {
                p->levels = nl;
            }
            if (nt == NULL || nl == NULL) {
                lexer_set_error(p->err, "MemoryError", 0, 0, 0, 0, "out of memory");
                fail(p);
            }
        }
        Token *t = &p->toks[p->ntoks];
        if (lexer_next(lx, t) < 0) {
            memset(t, 0, sizeof *t);
            t->type = TK_LEXERR;
            if (lx->eof_in_paren) {
                p->tokerr = 2;
                p->paren_open_line = lx->parenlineno[lx->level - 1];
                p->paren_open_col = lx->parencol[lx->level - 1];
                p->paren_open_char = lx->parenstack[lx->level - 1];
            } else {
                p->tokerr = 1;
                p->lexerr = *p->err;
            }
            p->levels[p->ntoks++] = lx->level;
            return;
        }
        p->levels[p->ntoks++] = lx->level;
        if (t->type == T_ENDMARKER) {
            return;
        }
    }
}

static Mod *parse_mod(Parser *p)
{
    Mod *m = palloc(p, sizeof *m);
    if (p->mode == PARSE_EVAL) {
        m->kind = MOD_Expression;
        while (check(p, T_NEWLINE)) {
            next(p);
        }
        m->v.Expression.body = parse_star_expressions(p);
        check_legacy_print(p, m->v.Expression.body, peek(p));
        while (check(p, T_NEWLINE)) {
            next(p);
        }
        if (!check(p, T_ENDMARKER)) {
            invalid_syntax(p);
        }
        return m;
    }
    Vec body = {0};
    if (p->mode == PARSE_SINGLE) {
        m->kind = MOD_Interactive;
        int nl = -1;   /* the NEWLINE ending a simple statement */
        if (!check(p, T_NEWLINE) && !check(p, T_ENDMARKER)) {
            parse_statement(p, &body);
            nl = simple_stmt_newline(p, &body);
        } else {
            next(p);
        }
        while (check(p, T_NEWLINE)) {
            next(p);
        }
        if (!check(p, T_ENDMARKER)) {
            if (nl < 0) {
                invalid_syntax(p);   /* after a compound statement: CPython's parser fails here */
            }
            single_multiple_error(p, nl);
        }
        m->v.Interactive.body = AS_LIST(StmtList, body);
        return m;
    }
    m->kind = MOD_Module;
    while (!check(p, T_ENDMARKER)) {
        parse_statement(p, &body);
    }
    m->v.Module.body = AS_LIST(StmtList, body);
    return m;
}

/* Parse one f-string replacement field [s, s+len) located at
   (lineno, col) in the source; *out receives the expression. */
Mod *parse_fstring_expr(Parser *p, const char *s, size_t len, int lineno, int col, Expr **out)
{
    Parser sub;
    Lexer lx;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.err = p->err;
    sub.mode = PARSE_EVAL;
    sub.buf = p->buf;
    sub.end = p->end;
    sub.in_fstring = 1;
    sub.depth = p->depth;
    sub.int_max_digits = p->int_max_digits;
    lexer_init(&lx, s, len, p->arena, p->err);
    lx.line_start = s - col;
    lx.lineno = lineno;
    lx.atbol = 0;
    lx.fstring = 1;
    lx.level = 1;
    lx.parenstack[0] = '(';
    Token lpar;
    memset(&lpar, 0, sizeof lpar);
    lpar.type = T_LPAR;
    lpar.start = s;
    lpar.lineno = lpar.end_lineno = lineno;
    lpar.col = col - 1;
    lpar.end_col = col;
    lpar.line = s - col;
    jmp_buf jb;
    volatile int ok = 0;
    if (setjmp(jb) == 0) {
        sub.jb = &jb;
        tokenize_all(&sub, &lx, &lpar, 1);
        if (sub.toks[sub.ntoks - 1].type == T_ENDMARKER) {
            /* turn the ENDMARKER into the closing ')' and add a new one */
            Token *end = &sub.toks[sub.ntoks - 1];
            Token em = *end;
            end->type = T_RPAR;
            end->start = s + len;
            end->lineno = end->end_lineno = lx.lineno;
            end->col = (int)(s + len - lx.line_start);
            end->end_col = end->col + 1;
            sub.levels[sub.ntoks - 1] = 0;
            em.lineno = em.end_lineno = end->lineno;
            em.col = em.end_col = end->end_col;
            sub.toks[sub.ntoks] = em;
            sub.levels[sub.ntoks++] = 0;
        }
        Expr *e = parse_star_expressions(&sub);
        if (!check(&sub, T_ENDMARKER)) {
            invalid_syntax(&sub);
        }
        *out = e;
        ok = 1;
    }
    free(sub.toks);
    free(sub.levels);
    if (!ok) {
        ParseError *err = p->err;
        if (strcmp(err->type, "SyntaxError") == 0 && strncmp(err->msg, "f-string", 8) != 0) {
            /* CPython reports these relative to "(expr)" */
            size_t ml = strlen(err->msg);
            if (ml + 10 >= sizeof err->msg) {
                ml = sizeof err->msg - 11;
            }
            memmove(err->msg + 10, err->msg, ml);
            memcpy(err->msg, "f-string: ", 10);
            err->msg[ml + 10] = '\0';
            /* an int literal past the digit limit has no column (0): CPython still subtracts */
            int shift = strncmp(err->msg + 10, "Exceeds the limit", 17) == 0 ? -1 : 0;
            if (err->lineno == lineno && err->offset > shift) {
                err->offset -= col - 1;
            }
            if (err->end_lineno == lineno && err->end_offset > shift) {
                err->end_offset -= col - 1;
            }
            char *text = palloc(p, len + 4);
            text[0] = '(';
            memcpy(text + 1, s, len);
            memcpy(text + 1 + len, ")\n", 3);
            err->text = text;
        }
        fail(p);
    }
    return NULL;
}

Mod *tpParse(AstArena *arena, const char *src, size_t len, const char *filename, int mode,
             ParseError *err)
{
    return tpParse_limited(arena, src, len, filename, mode, 0, err);
}

/* err->warns: the tokenizer's warnings and the parser's, in source order (CPython issues them as
   it reads the source). */
static void merge_warnings(Parser *p, Lexer *lx, ParseError *err)
{
    ParseWarnings *lw = &lx->warns, *pw = &p->warns;
    int n = pw->n + lw->n;
    err->warns = n ? ast_arena_alloc(p->arena, sizeof *err->warns * (size_t)n) : NULL;
    err->nwarns = err->warns ? n : 0;
    for (int i = 0; i < lw->n && p->buf != NULL; i++) {
        lexer_finish_error(&lw->a[i], p->buf, p->end, p->arena);  /* as err_at_cur's errors */
    }
    int i = 0, j = 0;
    for (int k = 0; k < err->nwarns; k++) {
        ParseError *a = i < lw->n ? &lw->a[i] : NULL;
        ParseError *b = j < pw->n ? &pw->a[j] : NULL;
        bool take_a = a != NULL && (b == NULL || a->lineno < b->lineno ||
                                    (a->lineno == b->lineno && a->offset <= b->offset));
        err->warns[k] = take_a ? *a : *b;
        i += take_a;
        j += !take_a;
    }
}

Mod *tpParse_limited(AstArena *arena, const char *src, size_t len, const char *filename, int mode,
                     int int_max_digits, ParseError *err)
{
    Parser p;
    Lexer lx;
    jmp_buf jb;
    (void)filename;
    memset(&p, 0, sizeof p);
    memset(&lx, 0, sizeof lx);   /* its warnings are read even when the source is rejected
                                    before lexer_init (merge_warnings) */
    memset(err, 0, sizeof *err);
    p.int_max_digits = int_max_digits;
    p.arena = arena;
    p.err = err;
    p.mode = mode;
    p.jb = &jb;
    Mod *volatile result = NULL;
    if (setjmp(jb) == 0) {
        size_t n;
        char *buf = prepare_source(&p, src, len, &n);
        p.buf = buf;
        p.end = buf + n;
        lexer_init(&lx, buf, n, arena, err);
        tokenize_all(&p, &lx, NULL, 0);
        memset(err, 0, sizeof *err);
        result = parse_mod(&p);
    } else {
        result = NULL;
        if (!p.lexfail && p.toks != NULL &&
            (strcmp(err->type, "SyntaxError") == 0 || strcmp(err->type, "IndentationError") == 0)) {
            /* CPython tokenizes the rest of the source after a parser
               error: a tokenizer error there wins, and so does an
               unclosed bracket opened before the error line. */
            int errline = p.toks[p.maxpos < p.ntoks ? p.maxpos : p.ntoks - 1].lineno;
            if (p.tokerr == 1) {
                *err = p.lexerr;
                p.lexfail = 1;
            } else if (p.tokerr == 2 && errline > p.paren_open_line) {
                lexer_set_error(err, "SyntaxError", p.paren_open_line, p.paren_open_col + 1,
                                p.paren_open_line, 0, "'%c' was never closed", p.paren_open_char);
                err->text_no_nl = 2;
                p.lexfail = 1;
            }
        }
        if (p.buf != NULL) {
            err->added_nl = p.implicit_nl;
            lexer_finish_error(err, p.buf, p.end, arena);
        }
    }
    err->lexfail = result == NULL && p.lexfail;
    merge_warnings(&p, &lx, err);
    free(p.toks);
    free(p.levels);
    return result;
}
