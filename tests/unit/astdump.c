/*
** astdump.c - parse a file with taipan's parser and print the tree in
** the format of python3's ast.dump(tree, include_attributes=True), or
** "TYPE: msg (line L, offset O, end L2 O2)" for a syntax error.
** Used by astdump_test.sh to diff against CPython.
** Usage: astdump [-m exec|eval|single] FILE
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "ast.h"
#include "parser.h"

typedef struct { char *a; size_t n, cap; } Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->n + n + 1 > o->cap) {
        o->cap = (o->n + n + 1) * 2;
        o->a = realloc(o->a, o->cap);
        if (o->a == NULL) {
            abort();
        }
    }
    memcpy(o->a + o->n, s, n);
    o->n += n;
    o->a[o->n] = '\0';
}

static void puts_(Out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void putf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void putf(Out *o, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    puts_(o, buf);
}

/* Python's repr() of a float ('r' format). */
static void float_repr(char *out, double d, int for_complex)
{
    if (isnan(d)) {
        strcpy(out, "nan");
        return;
    }
    if (isinf(d)) {
        strcpy(out, d < 0 ? "-inf" : "inf");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) {
            break;
        }
    }
    /* buf: [-]d[.ddd]e[+-]XX */
    int neg = buf[0] == '-';
    char digits[32];
    int nd = 0;
    char *q = buf + neg;
    for (; *q != 'e'; q++) {
        if (*q != '.') {
            digits[nd++] = *q;
        }
    }
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = '\0';
    char *o = out;
    if (neg) {
        *o++ = '-';
    }
    int decpt = exp10 + 1;
    if (exp10 >= -4 && exp10 < 16) {
        if (decpt <= 0) {
            o += sprintf(o, "0.");
            for (int i = 0; i < -decpt; i++) {
                *o++ = '0';
            }
            o += sprintf(o, "%s", digits);
        } else if (decpt >= nd) {
            o += sprintf(o, "%s", digits);
            for (int i = 0; i < decpt - nd; i++) {
                *o++ = '0';
            }
            if (!for_complex) {
                o += sprintf(o, ".0");
            }
        } else {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            o += sprintf(o, "%s", digits + decpt);
        }
    } else {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            o += sprintf(o, "%s", digits + 1);
        }
        o += sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
    *o = '\0';
}

static int is_printable(int cp)
{
    if (cp == ' ') {
        return 1;
    }
    if (cp < 0x20 || cp == 0x7F) {
        return 0;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

static int decode(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (*i + (size_t)len > n) {
        len = 1;
    }
    int cp = len == 1 ? (int)c : len == 2 ? (int)(c & 0x1F) : len == 3 ? (int)(c & 0x0F) : (int)(c & 7);
    for (int k = 1; k < len; k++) {
        cp = (cp << 6) | (s[*i + (size_t)k] & 0x3F);
    }
    *i += (size_t)len;
    return cp;
}

static void str_repr(Out *o, const char *s, size_t n, int bytes)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes) {
        puts_(o, "b");
    }
    put(o, &q, 1);
    size_t i = 0;
    while (i < n) {
        int cp;
        if (bytes) {
            cp = (unsigned char)s[i++];
        } else {
            cp = decode((const unsigned char *)s, n, &i);
        }
        if (cp == q || cp == '\\') {
            putf(o, "\\%c", cp);
        } else if (cp == '\n') {
            puts_(o, "\\n");
        } else if (cp == '\r') {
            puts_(o, "\\r");
        } else if (cp == '\t') {
            puts_(o, "\\t");
        } else if (bytes ? (cp < 0x20 || cp >= 0x7F) : !is_printable(cp)) {
            if (cp < 0x100) {
                putf(o, "\\x%02x", cp);
            } else if (cp < 0x10000) {
                putf(o, "\\u%04x", cp);
            } else {
                putf(o, "\\U%08x", cp);
            }
        } else {
            char tmp[8];
            int l = utf8proc_encode_char(cp, (utf8proc_uint8_t *)tmp);
            put(o, tmp, (size_t)l);
        }
    }
    put(o, &q, 1);
}

static void const_repr(Out *o, const ConstValue *v)
{
    char buf[64];
    switch (v->kind) {
    case CONST_NONE: puts_(o, "None"); break;
    case CONST_TRUE: puts_(o, "True"); break;
    case CONST_FALSE: puts_(o, "False"); break;
    case CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case CONST_INT: putf(o, "%lld", (long long)v->v.i); break;
    case CONST_BIGINT: puts_(o, v->v.str.s); break;
    case CONST_FLOAT: float_repr(buf, v->v.f, 0); puts_(o, buf); break;
    case CONST_COMPLEX: float_repr(buf, v->v.f, 1); puts_(o, buf); puts_(o, "j"); break;
    case CONST_STR: str_repr(o, v->v.str.s, v->v.str.len, 0); break;
    case CONST_BYTES: str_repr(o, v->v.str.s, v->v.str.len, 1); break;
    default: puts_(o, "?"); break;
    }
}

typedef struct { Out *o; int first; } Fields;

static void field(Fields *f, const char *name)
{
    if (!f->first) {
        puts_(f->o, ", ");
    }
    f->first = 0;
    putf(f->o, "%s=", name);
}

static void dump_expr(Out *o, Expr *e);
static void dump_stmt(Out *o, Stmt *s);
static void dump_pattern(Out *o, Pattern *p);

#define POS(f, n) do { \
        field(f, "lineno"); putf((f)->o, "%d", (n)->lineno); \
        field(f, "col_offset"); putf((f)->o, "%d", (n)->col_offset); \
        field(f, "end_lineno"); putf((f)->o, "%d", (n)->end_lineno); \
        field(f, "end_col_offset"); putf((f)->o, "%d", (n)->end_col_offset); \
    } while (0)

static void f_expr(Fields *f, const char *name, Expr *e)
{
    if (e != NULL) {
        field(f, name);
        dump_expr(f->o, e);
    }
}

static void f_exprs(Fields *f, const char *name, ExprList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        if (i) {
            puts_(f->o, ", ");
        }
        if (l.a[i] == NULL) {
            puts_(f->o, "None");
        } else {
            dump_expr(f->o, l.a[i]);
        }
    }
    puts_(f->o, "]");
}

static void f_stmts(Fields *f, const char *name, StmtList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        if (i) {
            puts_(f->o, ", ");
        }
        dump_stmt(f->o, l.a[i]);
    }
    puts_(f->o, "]");
}

static void f_str(Fields *f, const char *name, const char *s)
{
    if (s != NULL) {
        field(f, name);
        str_repr(f->o, s, strlen(s), 0);
    }
}

static void f_idents(Fields *f, const char *name, IdentList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        if (i) {
            puts_(f->o, ", ");
        }
        str_repr(f->o, l.a[i], strlen(l.a[i]), 0);
    }
    puts_(f->o, "]");
}

static void f_int(Fields *f, const char *name, int v)
{
    field(f, name);
    putf(f->o, "%d", v);
}

static void f_enum(Fields *f, const char *name, const char *v)
{
    field(f, name);
    putf(f->o, "%s()", v);
}

static void dump_arg(Out *o, Arg *a)
{
    Fields f = { o, 1 };
    puts_(o, "arg(");
    f_str(&f, "arg", a->arg);
    f_expr(&f, "annotation", a->annotation);
    f_str(&f, "type_comment", a->type_comment);
    POS(&f, a);
    puts_(o, ")");
}

static void f_args(Fields *f, const char *name, ArgList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        if (i) {
            puts_(f->o, ", ");
        }
        dump_arg(f->o, l.a[i]);
    }
    puts_(f->o, "]");
}

static void dump_arguments(Out *o, Arguments *a)
{
    Fields f = { o, 1 };
    puts_(o, "arguments(");
    f_args(&f, "posonlyargs", a->posonlyargs);
    f_args(&f, "args", a->args);
    if (a->vararg) {
        field(&f, "vararg");
        dump_arg(o, a->vararg);
    }
    f_args(&f, "kwonlyargs", a->kwonlyargs);
    f_exprs(&f, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        field(&f, "kwarg");
        dump_arg(o, a->kwarg);
    }
    f_exprs(&f, "defaults", a->defaults);
    puts_(o, ")");
}

static void f_keywords(Fields *f, const char *name, KeywordList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        Keyword *k = l.a[i];
        Fields g = { f->o, 1 };
        if (i) {
            puts_(f->o, ", ");
        }
        puts_(f->o, "keyword(");
        f_str(&g, "arg", k->arg);
        f_expr(&g, "value", k->value);
        POS(&g, k);
        puts_(f->o, ")");
    }
    puts_(f->o, "]");
}

static void f_comps(Fields *f, const char *name, ComprehensionList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        Comprehension *c = l.a[i];
        Fields g = { f->o, 1 };
        if (i) {
            puts_(f->o, ", ");
        }
        puts_(f->o, "comprehension(");
        f_expr(&g, "target", c->target);
        f_expr(&g, "iter", c->iter);
        f_exprs(&g, "ifs", c->ifs);
        f_int(&g, "is_async", c->is_async);
        puts_(f->o, ")");
    }
    puts_(f->o, "]");
}

static void dump_expr(Out *o, Expr *e)
{
    Fields f = { o, 1 };
    putf(o, "%s(", ast_expr_names[e->kind]);
    switch (e->kind) {
    case EXPR_BoolOp:
        f_enum(&f, "op", ast_boolop_names[e->v.BoolOp.op]);
        f_exprs(&f, "values", e->v.BoolOp.values);
        break;
    case EXPR_NamedExpr:
        f_expr(&f, "target", e->v.NamedExpr.target);
        f_expr(&f, "value", e->v.NamedExpr.value);
        break;
    case EXPR_BinOp:
        f_expr(&f, "left", e->v.BinOp.left);
        f_enum(&f, "op", ast_operator_names[e->v.BinOp.op]);
        f_expr(&f, "right", e->v.BinOp.right);
        break;
    case EXPR_UnaryOp:
        f_enum(&f, "op", ast_unaryop_names[e->v.UnaryOp.op]);
        f_expr(&f, "operand", e->v.UnaryOp.operand);
        break;
    case EXPR_Lambda:
        field(&f, "args");
        dump_arguments(o, e->v.Lambda.args);
        f_expr(&f, "body", e->v.Lambda.body);
        break;
    case EXPR_IfExp:
        f_expr(&f, "test", e->v.IfExp.test);
        f_expr(&f, "body", e->v.IfExp.body);
        f_expr(&f, "orelse", e->v.IfExp.orelse);
        break;
    case EXPR_Dict:
        f_exprs(&f, "keys", e->v.Dict.keys);
        f_exprs(&f, "values", e->v.Dict.values);
        break;
    case EXPR_Set:
        f_exprs(&f, "elts", e->v.Set.elts);
        break;
    case EXPR_ListComp: case EXPR_SetComp: case EXPR_GeneratorExp:
        f_expr(&f, "elt", e->v.ListComp.elt);
        f_comps(&f, "generators", e->v.ListComp.generators);
        break;
    case EXPR_DictComp:
        f_expr(&f, "key", e->v.DictComp.key);
        f_expr(&f, "value", e->v.DictComp.value);
        f_comps(&f, "generators", e->v.DictComp.generators);
        break;
    case EXPR_Await: case EXPR_Yield: case EXPR_YieldFrom:
        f_expr(&f, "value", e->v.Await.value);
        break;
    case EXPR_Compare:
        f_expr(&f, "left", e->v.Compare.left);
        field(&f, "ops");
        puts_(o, "[");
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            putf(o, "%s%s()", i ? ", " : "", ast_cmpop_names[e->v.Compare.ops.a[i]]);
        }
        puts_(o, "]");
        f_exprs(&f, "comparators", e->v.Compare.comparators);
        break;
    case EXPR_Call:
        f_expr(&f, "func", e->v.Call.func);
        f_exprs(&f, "args", e->v.Call.args);
        f_keywords(&f, "keywords", e->v.Call.keywords);
        break;
    case EXPR_FormattedValue:
        f_expr(&f, "value", e->v.FormattedValue.value);
        f_int(&f, "conversion", e->v.FormattedValue.conversion);
        f_expr(&f, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case EXPR_JoinedStr:
        f_exprs(&f, "values", e->v.JoinedStr.values);
        break;
    case EXPR_Constant:
        field(&f, "value");
        const_repr(o, &e->v.Constant.value);
        f_str(&f, "kind", e->v.Constant.kind);
        break;
    case EXPR_Attribute:
        f_expr(&f, "value", e->v.Attribute.value);
        f_str(&f, "attr", e->v.Attribute.attr);
        f_enum(&f, "ctx", ast_ctx_names[e->v.Attribute.ctx]);
        break;
    case EXPR_Subscript:
        f_expr(&f, "value", e->v.Subscript.value);
        f_expr(&f, "slice", e->v.Subscript.slice);
        f_enum(&f, "ctx", ast_ctx_names[e->v.Subscript.ctx]);
        break;
    case EXPR_Starred:
        f_expr(&f, "value", e->v.Starred.value);
        f_enum(&f, "ctx", ast_ctx_names[e->v.Starred.ctx]);
        break;
    case EXPR_Name:
        f_str(&f, "id", e->v.Name.id);
        f_enum(&f, "ctx", ast_ctx_names[e->v.Name.ctx]);
        break;
    case EXPR_List: case EXPR_Tuple:
        f_exprs(&f, "elts", e->v.List.elts);
        f_enum(&f, "ctx", ast_ctx_names[e->v.List.ctx]);
        break;
    case EXPR_Slice:
        f_expr(&f, "lower", e->v.Slice.lower);
        f_expr(&f, "upper", e->v.Slice.upper);
        f_expr(&f, "step", e->v.Slice.step);
        break;
    default:
        break;
    }
    POS(&f, e);
    puts_(o, ")");
}

static void dump_patterns(Fields *f, const char *name, PatternList l)
{
    field(f, name);
    puts_(f->o, "[");
    for (int i = 0; i < l.n; i++) {
        if (i) {
            puts_(f->o, ", ");
        }
        dump_pattern(f->o, l.a[i]);
    }
    puts_(f->o, "]");
}

static void dump_pattern(Out *o, Pattern *p)
{
    Fields f = { o, 1 };
    putf(o, "%s(", ast_pattern_names[p->kind]);
    switch (p->kind) {
    case PAT_MatchValue:
        f_expr(&f, "value", p->v.MatchValue.value);
        break;
    case PAT_MatchSingleton:
        field(&f, "value");
        const_repr(o, &p->v.MatchSingleton.value);
        break;
    case PAT_MatchSequence:
        dump_patterns(&f, "patterns", p->v.MatchSequence.patterns);
        break;
    case PAT_MatchMapping:
        f_exprs(&f, "keys", p->v.MatchMapping.keys);
        dump_patterns(&f, "patterns", p->v.MatchMapping.patterns);
        f_str(&f, "rest", p->v.MatchMapping.rest);
        break;
    case PAT_MatchClass:
        f_expr(&f, "cls", p->v.MatchClass.cls);
        dump_patterns(&f, "patterns", p->v.MatchClass.patterns);
        f_idents(&f, "kwd_attrs", p->v.MatchClass.kwd_attrs);
        dump_patterns(&f, "kwd_patterns", p->v.MatchClass.kwd_patterns);
        break;
    case PAT_MatchStar:
        f_str(&f, "name", p->v.MatchStar.name);
        break;
    case PAT_MatchAs:
        if (p->v.MatchAs.pattern) {
            field(&f, "pattern");
            dump_pattern(o, p->v.MatchAs.pattern);
        }
        f_str(&f, "name", p->v.MatchAs.name);
        break;
    case PAT_MatchOr:
        dump_patterns(&f, "patterns", p->v.MatchOr.patterns);
        break;
    default:
        break;
    }
    POS(&f, p);
    puts_(o, ")");
}

static void dump_stmt(Out *o, Stmt *s)
{
    Fields f = { o, 1 };
    putf(o, "%s(", ast_stmt_names[s->kind]);
    switch (s->kind) {
    case STMT_FunctionDef: case STMT_AsyncFunctionDef:
        f_str(&f, "name", s->v.FunctionDef.name);
        field(&f, "args");
        dump_arguments(o, s->v.FunctionDef.args);
        f_stmts(&f, "body", s->v.FunctionDef.body);
        f_exprs(&f, "decorator_list", s->v.FunctionDef.decorator_list);
        f_expr(&f, "returns", s->v.FunctionDef.returns);
        f_str(&f, "type_comment", s->v.FunctionDef.type_comment);
        break;
    case STMT_ClassDef:
        f_str(&f, "name", s->v.ClassDef.name);
        f_exprs(&f, "bases", s->v.ClassDef.bases);
        f_keywords(&f, "keywords", s->v.ClassDef.keywords);
        f_stmts(&f, "body", s->v.ClassDef.body);
        f_exprs(&f, "decorator_list", s->v.ClassDef.decorator_list);
        break;
    case STMT_Return:
        f_expr(&f, "value", s->v.Return.value);
        break;
    case STMT_Delete:
        f_exprs(&f, "targets", s->v.Delete.targets);
        break;
    case STMT_Assign:
        f_exprs(&f, "targets", s->v.Assign.targets);
        f_expr(&f, "value", s->v.Assign.value);
        f_str(&f, "type_comment", s->v.Assign.type_comment);
        break;
    case STMT_AugAssign:
        f_expr(&f, "target", s->v.AugAssign.target);
        f_enum(&f, "op", ast_operator_names[s->v.AugAssign.op]);
        f_expr(&f, "value", s->v.AugAssign.value);
        break;
    case STMT_AnnAssign:
        f_expr(&f, "target", s->v.AnnAssign.target);
        f_expr(&f, "annotation", s->v.AnnAssign.annotation);
        f_expr(&f, "value", s->v.AnnAssign.value);
        f_int(&f, "simple", s->v.AnnAssign.simple);
        break;
    case STMT_For: case STMT_AsyncFor:
        f_expr(&f, "target", s->v.For.target);
        f_expr(&f, "iter", s->v.For.iter);
        f_stmts(&f, "body", s->v.For.body);
        f_stmts(&f, "orelse", s->v.For.orelse);
        f_str(&f, "type_comment", s->v.For.type_comment);
        break;
    case STMT_While: case STMT_If:
        f_expr(&f, "test", s->v.While.test);
        f_stmts(&f, "body", s->v.While.body);
        f_stmts(&f, "orelse", s->v.While.orelse);
        break;
    case STMT_With: case STMT_AsyncWith:
        field(&f, "items");
        puts_(o, "[");
        for (int i = 0; i < s->v.With.items.n; i++) {
            WithItem *w = s->v.With.items.a[i];
            Fields g = { o, 1 };
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "withitem(");
            f_expr(&g, "context_expr", w->context_expr);
            f_expr(&g, "optional_vars", w->optional_vars);
            puts_(o, ")");
        }
        puts_(o, "]");
        f_stmts(&f, "body", s->v.With.body);
        f_str(&f, "type_comment", s->v.With.type_comment);
        break;
    case STMT_Match:
        f_expr(&f, "subject", s->v.Match.subject);
        field(&f, "cases");
        puts_(o, "[");
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            MatchCase *c = s->v.Match.cases.a[i];
            Fields g = { o, 1 };
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "match_case(");
            field(&g, "pattern");
            dump_pattern(o, c->pattern);
            f_expr(&g, "guard", c->guard);
            f_stmts(&g, "body", c->body);
            puts_(o, ")");
        }
        puts_(o, "]");
        break;
    case STMT_Raise:
        f_expr(&f, "exc", s->v.Raise.exc);
        f_expr(&f, "cause", s->v.Raise.cause);
        break;
    case STMT_Try: case STMT_TryStar:
        f_stmts(&f, "body", s->v.Try.body);
        field(&f, "handlers");
        puts_(o, "[");
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            ExceptHandler *h = s->v.Try.handlers.a[i];
            Fields g = { o, 1 };
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "ExceptHandler(");
            f_expr(&g, "type", h->type);
            f_str(&g, "name", h->name);
            f_stmts(&g, "body", h->body);
            POS(&g, h);
            puts_(o, ")");
        }
        puts_(o, "]");
        f_stmts(&f, "orelse", s->v.Try.orelse);
        f_stmts(&f, "finalbody", s->v.Try.finalbody);
        break;
    case STMT_Assert:
        f_expr(&f, "test", s->v.Assert.test);
        f_expr(&f, "msg", s->v.Assert.msg);
        break;
    case STMT_Import: case STMT_ImportFrom: {
        if (s->kind == STMT_ImportFrom) {
            f_str(&f, "module", s->v.ImportFrom.module);
        }
        AliasList l = s->kind == STMT_Import ? s->v.Import.names : s->v.ImportFrom.names;
        field(&f, "names");
        puts_(o, "[");
        for (int i = 0; i < l.n; i++) {
            Fields g = { o, 1 };
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "alias(");
            f_str(&g, "name", l.a[i]->name);
            f_str(&g, "asname", l.a[i]->asname);
            POS(&g, l.a[i]);
            puts_(o, ")");
        }
        puts_(o, "]");
        if (s->kind == STMT_ImportFrom) {
            f_int(&f, "level", s->v.ImportFrom.level);
        }
        break;
    }
    case STMT_Global: case STMT_Nonlocal:
        f_idents(&f, "names", s->v.Global.names);
        break;
    case STMT_Expr:
        f_expr(&f, "value", s->v.Expr.value);
        break;
    default:
        break;
    }
    POS(&f, s);
    puts_(o, ")");
}

int main(int argc, char **argv)
{
    int mode = PARSE_FILE;
    int ai = 1;
    if (argc > 2 && strcmp(argv[1], "-m") == 0) {
        mode = strcmp(argv[2], "eval") == 0 ? PARSE_EVAL : strcmp(argv[2], "single") == 0 ? PARSE_SINGLE
                                                                                          : PARSE_FILE;
        ai = 3;
    }
    if (ai >= argc) {
        fprintf(stderr, "usage: astdump [-m exec|eval|single] FILE\n");
        return 2;
    }
    FILE *fp = fopen(argv[ai], "rb");
    if (fp == NULL) {
        perror(argv[ai]);
        return 2;
    }
    Out src = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        put(&src, buf, n);
    }
    fclose(fp);
    if (src.a == NULL) {
        put(&src, "", 0);
    }
    AstArena *arena = ast_arena_new();
    ParseError err;
    Mod *m = tpParse(arena, src.a, src.n, argv[ai], mode, &err);
    Out o = {0};
    if (m == NULL) {
        if (strcmp(err.type, "SyntaxError") == 0 || strcmp(err.type, "IndentationError") == 0 ||
            strcmp(err.type, "TabError") == 0) {
            printf("%s: %s (line %d, offset %d, end %d %d)\n", err.type, err.msg, err.lineno,
                   err.offset, err.end_lineno, err.end_offset);
        } else {
            printf("%s: %s\n", err.type, err.msg);
        }
    } else {
        Fields f = { &o, 1 };
        putf(&o, "%s(", ast_mod_names[m->kind]);
        if (m->kind == MOD_Expression) {
            f_expr(&f, "body", m->v.Expression.body);
        } else {
            f_stmts(&f, "body", m->v.Module.body);
            if (m->kind == MOD_Module) {
                field(&f, "type_ignores");
                puts_(&o, "[]");
            }
        }
        puts_(&o, ")");
        printf("%s\n", o.a);
    }
    free(o.a);
    free(src.a);
    ast_arena_free(arena);
    return 0;
}
