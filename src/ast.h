/*
** ast.h - abstract syntax tree for taipan.
** Mirrors CPython 3.11's `ast` module: same node classes, same field
** names (as C struct members), same position conventions (1-based
** lines, 0-based UTF-8 byte column offsets).  All nodes live in an
** AstArena and are released together by ast_arena_free().
*/
#ifndef TAIPAN_AST_H
#define TAIPAN_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- arena ---- */
typedef struct AstArena AstArena;
AstArena *ast_arena_new(void);
void *ast_arena_alloc(AstArena *a, size_t size);          /* zeroed */
char *ast_arena_strndup(AstArena *a, const char *s, size_t n); /* NUL-terminated */
void ast_arena_free(AstArena *a);

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Mod Mod;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct MatchCase MatchCase;
typedef struct Pattern Pattern;

/* ---- sequences (n may be 0 with a == NULL) ---- */
typedef struct { int n; Expr **a; } ExprList;
typedef struct { int n; Stmt **a; } StmtList;
typedef struct { int n; Comprehension **a; } ComprehensionList;
typedef struct { int n; ExceptHandler **a; } ExceptHandlerList;
typedef struct { int n; Arg **a; } ArgList;
typedef struct { int n; Keyword **a; } KeywordList;
typedef struct { int n; Alias **a; } AliasList;
typedef struct { int n; WithItem **a; } WithItemList;
typedef struct { int n; MatchCase **a; } MatchCaseList;
typedef struct { int n; Pattern **a; } PatternList;
typedef struct { int n; const char **a; } IdentList;
typedef struct { int n; int *a; } IntList;   /* e.g. Compare.ops (CmpOp values) */

/* ---- small enums (order as in CPython's ast module) ---- */
#define AST_EXPR_CONTEXTS(X) X(Load) X(Store) X(Del)
#define AST_BOOLOPS(X) X(And) X(Or)
#define AST_OPERATORS(X) X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) \
    X(Pow) X(LShift) X(RShift) X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)
#define AST_UNARYOPS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define AST_CMPOPS(X) X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) \
    X(IsNot) X(In) X(NotIn)

#define AST_ENUM_CTX(n) CTX_##n,
#define AST_ENUM_BOOLOP(n) BOOLOP_##n,
#define AST_ENUM_OP(n) OP_##n,
#define AST_ENUM_UNARYOP(n) UNARYOP_##n,
#define AST_ENUM_CMPOP(n) CMPOP_##n,
typedef enum { AST_EXPR_CONTEXTS(AST_ENUM_CTX) CTX__COUNT } ExprContext;
typedef enum { AST_BOOLOPS(AST_ENUM_BOOLOP) BOOLOP__COUNT } BoolOpKind;
typedef enum { AST_OPERATORS(AST_ENUM_OP) OP__COUNT } OperatorKind;
typedef enum { AST_UNARYOPS(AST_ENUM_UNARYOP) UNARYOP__COUNT } UnaryOpKind;
typedef enum { AST_CMPOPS(AST_ENUM_CMPOP) CMPOP__COUNT } CmpOpKind;

/* ---- node kinds ---- */
#define AST_EXPR_KINDS(X) X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) \
    X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp) X(SetComp) X(DictComp) \
    X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call) \
    X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) \
    X(Starred) X(Name) X(List) X(Tuple) X(Slice)
#define AST_STMT_KINDS(X) X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) \
    X(Return) X(Delete) X(Assign) X(AugAssign) X(AnnAssign) X(For) \
    X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Match) X(Raise) \
    X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) \
    X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)
#define AST_PATTERN_KINDS(X) X(MatchValue) X(MatchSingleton) \
    X(MatchSequence) X(MatchMapping) X(MatchClass) X(MatchStar) \
    X(MatchAs) X(MatchOr)
#define AST_MOD_KINDS(X) X(Module) X(Interactive) X(Expression)

#define AST_ENUM_EXPR(n) EXPR_##n,
#define AST_ENUM_STMT(n) STMT_##n,
#define AST_ENUM_PAT(n) PAT_##n,
#define AST_ENUM_MOD(n) MOD_##n,
typedef enum { AST_EXPR_KINDS(AST_ENUM_EXPR) EXPR__COUNT } ExprKind;
typedef enum { AST_STMT_KINDS(AST_ENUM_STMT) STMT__COUNT } StmtKind;
typedef enum { AST_PATTERN_KINDS(AST_ENUM_PAT) PAT__COUNT } PatternKind;
typedef enum { AST_MOD_KINDS(AST_ENUM_MOD) MOD__COUNT } ModKind;

/* Printable names, indexed by the enums above ("BoolOp", "Add", ...). */
extern const char *const ast_expr_names[EXPR__COUNT];
extern const char *const ast_stmt_names[STMT__COUNT];
extern const char *const ast_pattern_names[PAT__COUNT];
extern const char *const ast_mod_names[MOD__COUNT];
extern const char *const ast_ctx_names[CTX__COUNT];
extern const char *const ast_boolop_names[BOOLOP__COUNT];
extern const char *const ast_operator_names[OP__COUNT];
extern const char *const ast_unaryop_names[UNARYOP__COUNT];
extern const char *const ast_cmpop_names[CMPOP__COUNT];

/* ---- constants ---- */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* fits in int64_t: v.i */
    CONST_BIGINT,   /* too big: v.str holds decimal digits (no sign, no '_') */
    CONST_FLOAT,    /* v.f */
    CONST_COMPLEX,  /* pure imaginary literal: v.f is the imaginary part */
    CONST_STR,      /* v.str: UTF-8 (may contain NUL; lone surrogates as 3-byte seqs) */
    CONST_BYTES     /* v.str: raw bytes */
} ConstKind;

typedef struct ConstValue {
    int kind;   /* ConstKind */
    union {
        int64_t i;
        double f;
        struct { const char *s; size_t len; } str;   /* s is NUL-terminated too */
    } v;
} ConstValue;

/* Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
   UTF-8 byte offsets, exactly as CPython. */
#define AST_POS_FIELDS int lineno, col_offset, end_lineno, end_col_offset

/* ---- expressions ---- */
struct Expr {
    int kind;   /* ExprKind */
    AST_POS_FIELDS;
    union {
        struct { int op; ExprList values; } BoolOp;
        struct { Expr *target; Expr *value; } NamedExpr;
        struct { Expr *left; int op; Expr *right; } BinOp;
        struct { int op; Expr *operand; } UnaryOp;
        struct { Arguments *args; Expr *body; } Lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } IfExp;
        struct { ExprList keys; ExprList values; } Dict;  /* keys[i]==NULL for **d */
        struct { ExprList elts; } Set;
        struct { Expr *elt; ComprehensionList generators; } ListComp;
        struct { Expr *elt; ComprehensionList generators; } SetComp;
        struct { Expr *key; Expr *value; ComprehensionList generators; } DictComp;
        struct { Expr *elt; ComprehensionList generators; } GeneratorExp;
        struct { Expr *value; } Await;
        struct { Expr *value; } Yield;       /* value may be NULL */
        struct { Expr *value; } YieldFrom;
        struct { Expr *left; IntList ops; ExprList comparators; } Compare;
        struct { Expr *func; ExprList args; KeywordList keywords; } Call;
        /* conversion: -1 (none), 's', 'r' or 'a'; format_spec may be NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } FormattedValue;
        struct { ExprList values; } JoinedStr;
        struct { ConstValue value; const char *kind; } Constant;  /* kind: "u" or NULL */
        struct { Expr *value; const char *attr; int ctx; } Attribute;
        struct { Expr *value; Expr *slice; int ctx; } Subscript;
        struct { Expr *value; int ctx; } Starred;
        struct { const char *id; int ctx; } Name;
        struct { ExprList elts; int ctx; } List;
        struct { ExprList elts; int ctx; } Tuple;
        struct { Expr *lower; Expr *upper; Expr *step; } Slice;  /* each may be NULL */
    } v;
};

/* ---- statements ---- */
struct Stmt {
    int kind;   /* StmtKind */
    AST_POS_FIELDS;
    union {
        /* also used for AsyncFunctionDef (identical layout) */
        struct {
            const char *name; Arguments *args; StmtList body;
            ExprList decorator_list; Expr *returns; const char *type_comment;
        } FunctionDef, AsyncFunctionDef;
        struct {
            const char *name; ExprList bases; KeywordList keywords;
            StmtList body; ExprList decorator_list;
        } ClassDef;
        struct { Expr *value; } Return;
        struct { ExprList targets; } Delete;
        struct { ExprList targets; Expr *value; const char *type_comment; } Assign;
        struct { Expr *target; int op; Expr *value; } AugAssign;
        struct { Expr *target; Expr *annotation; Expr *value; int simple; } AnnAssign;
        struct {
            Expr *target; Expr *iter; StmtList body; StmtList orelse;
            const char *type_comment;
        } For, AsyncFor;
        struct { Expr *test; StmtList body; StmtList orelse; } While;
        struct { Expr *test; StmtList body; StmtList orelse; } If;
        struct { WithItemList items; StmtList body; const char *type_comment; } With, AsyncWith;
        struct { Expr *subject; MatchCaseList cases; } Match;
        struct { Expr *exc; Expr *cause; } Raise;
        struct {
            StmtList body; ExceptHandlerList handlers; StmtList orelse;
            StmtList finalbody;
        } Try, TryStar;
        struct { Expr *test; Expr *msg; } Assert;
        struct { AliasList names; } Import;
        struct { const char *module; AliasList names; int level; } ImportFrom;
        struct { IdentList names; } Global;
        struct { IdentList names; } Nonlocal;
        struct { Expr *value; } Expr;
    } v;
};

/* ---- modules ---- */
struct Mod {
    int kind;   /* ModKind; Module has no type_ignores (always empty) */
    union {
        struct { StmtList body; } Module;
        struct { StmtList body; } Interactive;
        struct { Expr *body; } Expression;
    } v;
};

/* ---- auxiliary nodes ---- */
struct Comprehension {   /* no positions, as in CPython */
    Expr *target; Expr *iter; ExprList ifs; int is_async;
};

struct ExceptHandler {   /* CPython's excepthandler/ExceptHandler */
    AST_POS_FIELDS;
    Expr *type;          /* may be NULL */
    const char *name;    /* may be NULL */
    StmtList body;
};

struct Arguments {       /* no positions */
    ArgList posonlyargs; ArgList args; Arg *vararg;
    ArgList kwonlyargs; ExprList kw_defaults;  /* kw_defaults[i] may be NULL */
    Arg *kwarg; ExprList defaults;
};

struct Arg {
    AST_POS_FIELDS;
    const char *arg; Expr *annotation; const char *type_comment;
};

struct Keyword {
    AST_POS_FIELDS;
    const char *arg;     /* NULL for **kwargs */
    Expr *value;
};

struct Alias {
    AST_POS_FIELDS;
    const char *name; const char *asname;   /* asname may be NULL */
};

struct WithItem {        /* no positions */
    Expr *context_expr; Expr *optional_vars;
};

struct MatchCase {       /* no positions */
    Pattern *pattern; Expr *guard; StmtList body;
};

struct Pattern {
    int kind;   /* PatternKind */
    AST_POS_FIELDS;
    union {
        struct { Expr *value; } MatchValue;
        struct { ConstValue value; } MatchSingleton;   /* None/True/False */
        struct { PatternList patterns; } MatchSequence;
        struct { ExprList keys; PatternList patterns; const char *rest; } MatchMapping;
        struct {
            Expr *cls; PatternList patterns; IdentList kwd_attrs;
            PatternList kwd_patterns;
        } MatchClass;
        struct { const char *name; } MatchStar;              /* name may be NULL */
        struct { Pattern *pattern; const char *name; } MatchAs;  /* both may be NULL */
        struct { PatternList patterns; } MatchOr;
    } v;
};

#endif
