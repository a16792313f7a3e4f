/*
** parser_int.h - internals shared by parser.c, parser_expr.c and
** parser_lit.c.  The parser is hand-written recursive descent over a
** pre-tokenized array; errors longjmp back to tpParse (all memory is in
** the arena, so nothing leaks on that path).
*/
#ifndef TAIPAN_PARSER_INT_H
#define TAIPAN_PARSER_INT_H

#include <setjmp.h>
#include "lexer.h"

#define TK_LEXERR T__COUNT      /* sentinel: the tokenizer failed here */
/* Nesting limit: past it CPython's parser runs out of its stack and raises a bare MemoryError
   (e.g. about 5975 `not`s or unary minuses, 2988 `**`s or lambdas); shallower trees that are
   still too deep fail later in the symbol table with RecursionError, as in CPython. */
#define MAX_DEPTH 5977

typedef struct { int n, cap; void **a; } Vec;

typedef struct Parser {
    AstArena *arena;
    Token *toks;
    int ntoks, pos, maxpos;
    int mode;
    ParseError *err;
    jmp_buf *jb;
    int depth;
    const char *buf, *end;          /* whole (prepared) source */
    int tokerr;                     /* 0, 1 = error saved in lexerr, 2 = EOF inside brackets */
    ParseError lexerr;
    int paren_open_line, paren_open_col;   /* innermost open bracket at EOF */
    char paren_open_char;
    int in_fstring;                 /* sub-parser for an f-string expression */
    int fs_depth;                   /* f-string nesting (format specs) */
    int level_of_pos;               /* unused */
    int *levels;                    /* bracket level after each token */
    int no_genexp_args;             /* class C(x for x in y) is invalid */
    int lexfail;                    /* the error came from the tokenizer */
    int int_max_digits;             /* decimal int literal digit limit, 0 = none */
    int implicit_nl;                /* eval/single source without a final '\n': ours is added */
    ParseWarnings warns;            /* invalid escape warnings (parser_lit.c), for err->warns */
} Parser;

/* Is t the NEWLINE we added at the end of an eval/single source? CPython's has no position. */
int implicit_newline(Parser *p, Token *t);
void check_legacy_print(Parser *p, Expr *e, Token *t);

/* parser_errpos.c: index of the NEWLINE ending the single statement just parsed into body (-1
   for a compound statement), and the "multiple statements" error placed on it */
int simple_stmt_newline(Parser *p, Vec *body);
_Noreturn void single_multiple_error(Parser *p, int nl);

/* infrastructure (parser.c) */
Token *peek(Parser *p);
Token *peek_at(Parser *p, int k);
Token *next(Parser *p);
Token *prev(Parser *p);
int check(Parser *p, int type);
int accept_tok(Parser *p, int type);
Token *expect(Parser *p, int type);
int is_name(Parser *p, const char *s);   /* NAME token spelled s (soft keywords) */
_Noreturn void fail(Parser *p);
_Noreturn void invalid_syntax(Parser *p);
_Noreturn void error_at_token(Parser *p, Token *t, const char *fmt, ...);
_Noreturn void error_range(Parser *p, int lineno, int col, int end_lineno, int end_col,
                           const char *fmt, ...);
_Noreturn void error_node(Parser *p, Expr *e, const char *fmt, ...);
_Noreturn void error_type_range(Parser *p, const char *type, int lineno, int col,
                                int end_lineno, int end_col, const char *fmt, ...);
void enter(Parser *p);
void leave(Parser *p);
void *palloc(Parser *p, size_t n);
void vec_push(Parser *p, Vec *v, void *item);
const char *tok_ident(Parser *p, Token *t);     /* identifier text, NFKC-normalized */
int token_level(Parser *p, int idx);

#define AS_LIST(T, v) ((T){ (v).n, (void *)(v).a })

/* expressions (parser_expr.c) */
Expr *new_expr(Parser *p, int kind, Token *start);
void set_end(Parser *p, Expr *e);
Expr *parse_expression(Parser *p);           /* expression (incl. lambda/ifexp) */
Expr *parse_named_expression(Parser *p);
Expr *parse_star_expressions(Parser *p);     /* a, *b, c  -> Tuple */
Expr *parse_star_named_expression(Parser *p);
Expr *parse_star_expression(Parser *p);
Expr *parse_bitwise_or(Parser *p);
Expr *parse_disjunction(Parser *p);
Expr *parse_star_targets(Parser *p);         /* for-targets etc., converted to Store */
Expr *parse_star_target(Parser *p);          /* one ('*'? bitwise_or), no context set */
Expr *invalid_target(Expr *e, int ctx);      /* first sub-expr that is not a valid target */
Expr *parse_yield_expr(Parser *p);
Expr *parse_annotation(Parser *p);
Expr *parse_primary(Parser *p);
Arguments *parse_params(Parser *p, int lambda, int closer);
void set_context(Parser *p, Expr *e, int ctx);   /* validates targets */
const char *expr_name(Expr *e);
/* parser.c: run fn; on a (non-tokenizer) error restore the position and return NULL. */
typedef void *(*SpecFn)(Parser *p, void *arg);
void *speculate(Parser *p, SpecFn fn, void *arg, int keep_max);
/* parser_hints.c */
void check_named_eq(Parser *p, Expr *e);
void check_assign_targets(Parser *p, Vec *targets, int rhs_pos);
void check_stmt_walrus(Parser *p, Expr *e, int start);
int starts_expression(int type);
void check_missing_comma(Parser *p, Expr *a);
Expr *parse_arguments_call(Parser *p, Expr *func, Token *start);

/* literals (parser_lit.c) */
Expr *parse_strings(Parser *p);              /* adjacent STRING tokens */
Expr *parse_number(Parser *p, Token *t);
void parse_subexpr_init(Parser *sub, Parser *p);

/* statements / entry (parser.c) */
StmtList parse_block(Parser *p, Token *kw, const char *what);
Mod *parse_fstring_expr(Parser *p, const char *s, size_t len, int lineno, int col,
                        Expr **out);

/* patterns (parser.c) */
Pattern *parse_patterns(Parser *p);

#endif
