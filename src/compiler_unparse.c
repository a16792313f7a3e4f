/*
 * compiler_unparse.c — `from __future__ import annotations`: the future-statement scan (which
 * features are on, CPython's errors for unknown features and late future imports) and the
 * expression unparser that turns an annotation back into source text with CPython 3.11's exact
 * spacing and parenthesisation (as ast.unparse / the C unparser CPython's compiler uses).
 */
#include <stdio.h>
#include <stdlib.h>

#include "compiler_internal.h"

/* ---- future statements ---- */

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

static bool future_import(Compiler *c, Stmt *s) {
    for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
        Alias *a = s->v.ImportFrom.names.a[i];
        const char *name = a->name;
        if (strcmp(name, "annotations") == 0) {
            c->future_annotations = true;
            continue;
        }
        if (strcmp(name, "braces") == 0) {
            tpC_error_raw(c, s->lineno, s->col_offset + 1, s->lineno, -1, "not a chance");
            return false;
        }
        bool known = false;
        for (size_t k = 0; k < TP_ARRAY_LEN(future_features); k++) {
            if (strcmp(name, future_features[k]) == 0) {
                known = true;
            }
        }
        if (!known) {
            char msg[300];
            snprintf(msg, sizeof msg, "future feature %.200s is not defined", name);
            tpC_error_raw(c, s->lineno, s->col_offset + 1, s->lineno, -1, msg);
            return false;
        }
    }
    return true;
}

int tpC_scan_future(Compiler *c, Mod *mod) {
    if (mod->kind != MOD_Module && mod->kind != MOD_Interactive) {
        return 0;
    }
    StmtList body = mod->kind == MOD_Module ? mod->v.Module.body : mod->v.Interactive.body;
    for (int i = 0; i < body.n; i++) {
        Stmt *s = body.a[i];
        if (s->kind == STMT_ImportFrom && s->v.ImportFrom.module != NULL &&
            strcmp(s->v.ImportFrom.module, "__future__") == 0) {
            if (!future_import(c, s)) {
                return -1;
            }
            c->future_lineno = s->lineno;
        } else if (i == 0 && s->kind == STMT_Expr && s->v.Expr.value->kind == EXPR_Constant &&
                   s->v.Expr.value->v.Constant.value.kind == CONST_STR) {
            continue;
        } else {
            break;
        }
    }
    return 0;
}

/* ---- the unparser ---- */

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Unparser {
    Compiler *c;
    StrBuf b;
    bool failed;
} Unparser;

static void put(Unparser *u, const char *s) {
    if (!u->failed && tpBuf_puts(u->c->vm, &u->b, s) < 0) {
        u->failed = true;
    }
}

static void put_if(Unparser *u, bool cond, const char *s) {
    if (cond) {
        put(u, s);
    }
}

static void put_value_repr(Unparser *u, Value v) {
    if (!u->failed && tpBuf_put_repr(u->c->vm, &u->b, v) < 0) {
        u->failed = true;
    }
}

static void expr(Unparser *u, Expr *e, int level);

static void put_float(Unparser *u, double d) {
    if (d != d) {
        put(u, "nan");
        return;
    }
    if (d == 1.0 / 0.0 || d == -1.0 / 0.0) {
        put(u, d > 0 ? "1e309" : "-1e309");
        return;
    }
    char buf[64];
    tpFloat_repr_buf(d, buf);
    put(u, buf);
}

static void constant(Unparser *u, const ConstValue *cv, const char *kind) {
    char buf[32];
    switch (cv->kind) {
    case CONST_ELLIPSIS:
        put(u, "...");
        return;
    case CONST_INT:
        snprintf(buf, sizeof buf, "%lld", (long long)cv->v.i);
        put(u, buf);
        return;
    case CONST_BIGINT:
        put(u, cv->v.str.s);
        return;
    case CONST_FLOAT:
        put_float(u, cv->v.f);
        return;
    case CONST_COMPLEX:
        if (cv->v.f == 1.0 / 0.0) {
            put(u, "1e309j");
            return;
        }
        break;
    default:
        break;
    }
    if (kind != NULL && kind[0] == 'u') {
        put(u, "u");
    }
    put_value_repr(u, tpC_const_value(u->c, cv));
}

static void seq(Unparser *u, ExprList l, int level) {
    for (int i = 0; i < l.n; i++) {
        put_if(u, i > 0, ", ");
        expr(u, l.a[i], level);
    }
}

static void comprehensions(Unparser *u, ComprehensionList gens) {
    for (int i = 0; i < gens.n; i++) {
        Comprehension *g = gens.a[i];
        put(u, g->is_async ? " async for " : " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.n; k++) {
            put(u, " if ");
            expr(u, g->ifs.a[k], PR_TEST + 1);
        }
    }
}

static void arg_with_default(Unparser *u, Arg *a, Expr *def) {
    put(u, a->arg);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
    if (def) {
        put(u, "=");
        expr(u, def, PR_TEST);
    }
}

static void arguments(Unparser *u, Arguments *a) {
    bool first = true;
    int npos = a->posonlyargs.n + a->args.n;
    int di = npos - a->defaults.n;
    for (int i = 0; i < npos; i++) {
        put_if(u, !first, ", ");
        first = false;
        Arg *arg = i < a->posonlyargs.n ? a->posonlyargs.a[i]
                                        : a->args.a[i - a->posonlyargs.n];
        arg_with_default(u, arg, i >= di ? a->defaults.a[i - di] : NULL);
        if (i + 1 == a->posonlyargs.n) {
            put(u, ", /");
        }
    }
    if (a->vararg || a->kwonlyargs.n > 0) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->vararg) {
            arg_with_default(u, a->vararg, NULL);
        }
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        put(u, ", ");
        arg_with_default(u, a->kwonlyargs.a[i], i < a->kw_defaults.n ? a->kw_defaults.a[i] : NULL);
    }
    if (a->kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg_with_default(u, a->kwarg, NULL);
    }
}

static void binop(Unparser *u, Expr *e, int level) {
    static const struct { const char *op; int pr; } ops[] = {
        [OP_Add] = {" + ", PR_ARITH}, [OP_Sub] = {" - ", PR_ARITH},
        [OP_Mult] = {" * ", PR_TERM}, [OP_MatMult] = {" @ ", PR_TERM},
        [OP_Div] = {" / ", PR_TERM}, [OP_Mod] = {" % ", PR_TERM},
        [OP_Pow] = {" ** ", PR_POWER}, [OP_LShift] = {" << ", PR_SHIFT},
        [OP_RShift] = {" >> ", PR_SHIFT}, [OP_BitOr] = {" | ", PR_BOR},
        [OP_BitXor] = {" ^ ", PR_BXOR}, [OP_BitAnd] = {" & ", PR_BAND},
        [OP_FloorDiv] = {" // ", PR_TERM},
    };
    int pr = ops[e->v.BinOp.op].pr;
    int rassoc = e->v.BinOp.op == OP_Pow;
    put_if(u, level > pr, "(");
    expr(u, e->v.BinOp.left, pr + rassoc);
    put(u, ops[e->v.BinOp.op].op);
    expr(u, e->v.BinOp.right, pr + !rassoc);
    put_if(u, level > pr, ")");
}

static void compare(Unparser *u, Expr *e, int level) {
    static const char *const ops[] = {
        [CMPOP_Eq] = " == ", [CMPOP_NotEq] = " != ", [CMPOP_Lt] = " < ", [CMPOP_LtE] = " <= ",
        [CMPOP_Gt] = " > ", [CMPOP_GtE] = " >= ", [CMPOP_Is] = " is ", [CMPOP_IsNot] = " is not ",
        [CMPOP_In] = " in ", [CMPOP_NotIn] = " not in ",
    };
    put_if(u, level > PR_CMP, "(");
    expr(u, e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        put(u, ops[e->v.Compare.ops.a[i]]);
        expr(u, e->v.Compare.comparators.a[i], PR_CMP + 1);
    }
    put_if(u, level > PR_CMP, ")");
}

static void call(Unparser *u, Expr *e) {
    expr(u, e->v.Call.func, PR_ATOM);
    ExprList args = e->v.Call.args;
    KeywordList kws = e->v.Call.keywords;
    if (args.n == 1 && kws.n == 0 && args.a[0]->kind == EXPR_GeneratorExp) {
        expr(u, args.a[0], PR_TEST);
        return;
    }
    put(u, "(");
    bool first = true;
    for (int i = 0; i < args.n; i++) {
        put_if(u, !first, ", ");
        first = false;
        expr(u, args.a[i], PR_TEST);
    }
    for (int i = 0; i < kws.n; i++) {
        put_if(u, !first, ", ");
        first = false;
        if (kws.a[i]->arg == NULL) {
            put(u, "**");
            expr(u, kws.a[i]->value, PR_EXPR);
        } else {
            put(u, kws.a[i]->arg);
            put(u, "=");
            expr(u, kws.a[i]->value, PR_TEST);
        }
    }
    put(u, ")");
}

static void dict(Unparser *u, Expr *e) {
    put(u, "{");
    for (int i = 0; i < e->v.Dict.values.n; i++) {
        put_if(u, i > 0, ", ");
        if (e->v.Dict.keys.a[i] == NULL) {
            put(u, "**");
            expr(u, e->v.Dict.values.a[i], PR_EXPR);
        } else {
            expr(u, e->v.Dict.keys.a[i], PR_TEST);
            put(u, ": ");
            expr(u, e->v.Dict.values.a[i], PR_TEST);
        }
    }
    put(u, "}");
}

static void tuple(Unparser *u, Expr *e, int level) {
    ExprList elts = e->v.Tuple.elts;
    if (elts.n == 0) {
        put(u, "()");
        return;
    }
    put_if(u, level > PR_TUPLE, "(");
    seq(u, elts, PR_TEST);
    put_if(u, elts.n == 1, ",");
    put_if(u, level > PR_TUPLE, ")");
}

/* f-string pieces: literal text with braces doubled, replacement fields as {expr!c:spec} */
static void fstring_body(Unparser *u, Expr *e);

static void fstring_field(Unparser *u, Expr *e) {
    Unparser inner = {u->c, {NULL, 0, 0, false}, false};
    expr(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    put(u, "{");
    if (inner.b.data != NULL) {
        put_if(u, inner.b.data[0] == '{', " ");
        if (!u->failed && tpBuf_put(u->c->vm, &u->b, inner.b.data, inner.b.len) < 0) {
            u->failed = true;
        }
    }
    u->failed = u->failed || inner.failed;
    tpBuf_free(&inner.b);
    if (e->v.FormattedValue.conversion > 0) {
        char conv[3] = {'!', (char)e->v.FormattedValue.conversion, '\0'};
        put(u, conv);
    }
    if (e->v.FormattedValue.format_spec) {
        put(u, ":");
        fstring_body(u, e->v.FormattedValue.format_spec);
    }
    put(u, "}");
}

static void fstring_body(Unparser *u, Expr *e) {
    ExprList parts = e->kind == EXPR_JoinedStr ? e->v.JoinedStr.values : (ExprList){1, &e};
    for (int i = 0; i < parts.n; i++) {
        Expr *p = parts.a[i];
        if (p->kind == EXPR_Constant && p->v.Constant.value.kind == CONST_STR) {
            const char *s = p->v.Constant.value.v.str.s;
            for (size_t k = 0; k < p->v.Constant.value.v.str.len; k++) {
                char ch[3] = {s[k], '\0', '\0'};
                if (s[k] == '{' || s[k] == '}') {
                    ch[1] = s[k];
                }
                put(u, ch);
            }
        } else if (p->kind == EXPR_FormattedValue) {
            fstring_field(u, p);
        }
    }
}

static void joined_str(Unparser *u, Expr *e) {
    Unparser body = {u->c, {NULL, 0, 0, false}, false};
    fstring_body(&body, e);
    if (body.failed) {
        u->failed = true;
        tpBuf_free(&body.b);
        return;
    }
    ObjStr *s = tpStr_new(u->c->vm, body.b.data ? body.b.data : "", body.b.len);
    tpBuf_free(&body.b);
    if (s == NULL) {
        u->failed = true;
        return;
    }
    put(u, "f");
    put_value_repr(u, OBJ_VAL(s));
}

static void slice(Unparser *u, Expr *e) {
    if (e->v.Slice.lower) {
        expr(u, e->v.Slice.lower, PR_TEST);
    }
    put(u, ":");
    if (e->v.Slice.upper) {
        expr(u, e->v.Slice.upper, PR_TEST);
    }
    if (e->v.Slice.step) {
        put(u, ":");
        expr(u, e->v.Slice.step, PR_TEST);
    }
}

static void comp(Unparser *u, const char *open, Expr *elt, Expr *val, ComprehensionList gens,
                 const char *close) {
    put(u, open);
    expr(u, elt, PR_TEST);
    if (val) {
        put(u, ": ");
        expr(u, val, PR_TEST);
    }
    comprehensions(u, gens);
    put(u, close);
}

static void expr2(Unparser *u, Expr *e, int level) {
    switch (e->kind) {
    case EXPR_Lambda:
        put_if(u, level > PR_TEST, "(");
        put(u, "lambda");
        {
            Arguments *a = e->v.Lambda.args;
            if (a->posonlyargs.n + a->args.n + a->kwonlyargs.n > 0 || a->vararg || a->kwarg) {
                put(u, " ");
                arguments(u, a);
            }
        }
        put(u, ": ");
        expr(u, e->v.Lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case EXPR_IfExp:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->v.IfExp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->v.IfExp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->v.IfExp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case EXPR_Set:
        if (e->v.Set.elts.n == 0) {
            put(u, "{*()}");
            break;
        }
        put(u, "{");
        seq(u, e->v.Set.elts, PR_TEST);
        put(u, "}");
        break;
    case EXPR_ListComp:
        comp(u, "[", e->v.ListComp.elt, NULL, e->v.ListComp.generators, "]");
        break;
    case EXPR_SetComp:
        comp(u, "{", e->v.SetComp.elt, NULL, e->v.SetComp.generators, "}");
        break;
    case EXPR_DictComp:
        comp(u, "{", e->v.DictComp.key, e->v.DictComp.value, e->v.DictComp.generators, "}");
        break;
    case EXPR_GeneratorExp:
        comp(u, "(", e->v.GeneratorExp.elt, NULL, e->v.GeneratorExp.generators, ")");
        break;
    case EXPR_Yield:
        if (e->v.Yield.value == NULL) {
            put(u, "(yield)");
        } else {
            put(u, "(yield ");
            expr(u, e->v.Yield.value, PR_TEST);
            put(u, ")");
        }
        break;
    case EXPR_YieldFrom:
        put(u, "(yield from ");
        expr(u, e->v.YieldFrom.value, PR_TEST);
        put(u, ")");
        break;
    case EXPR_Await:
        put_if(u, level > PR_AWAIT, "(");
        put(u, "await ");
        expr(u, e->v.Await.value, PR_ATOM);
        put_if(u, level > PR_AWAIT, ")");
        break;
    default:
        break;
    }
}

static void expr(Unparser *u, Expr *e, int level) {
    if (u->failed) {
        return;
    }
    switch (e->kind) {
    case EXPR_BoolOp: {
        int pr = e->v.BoolOp.op == BOOLOP_And ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        for (int i = 0; i < e->v.BoolOp.values.n; i++) {
            put_if(u, i > 0, pr == PR_AND ? " and " : " or ");
            expr(u, e->v.BoolOp.values.a[i], pr + 1);
        }
        put_if(u, level > pr, ")");
        break;
    }
    case EXPR_BinOp:
        binop(u, e, level);
        break;
    case EXPR_UnaryOp: {
        int op = e->v.UnaryOp.op;
        int pr = op == UNARYOP_Not ? PR_NOT : PR_FACTOR;
        put_if(u, level > pr, "(");
        put(u, op == UNARYOP_Not ? "not " : op == UNARYOP_Invert ? "~"
                                        : op == UNARYOP_UAdd     ? "+"
                                                                 : "-");
        expr(u, e->v.UnaryOp.operand, pr);
        put_if(u, level > pr, ")");
        break;
    }
    case EXPR_Dict:
        dict(u, e);
        break;
    case EXPR_Compare:
        compare(u, e, level);
        break;
    case EXPR_Call:
        call(u, e);
        break;
    case EXPR_Constant:
        constant(u, &e->v.Constant.value, e->v.Constant.kind);
        break;
    case EXPR_JoinedStr:
    case EXPR_FormattedValue:
        joined_str(u, e);
        break;
    case EXPR_Attribute: {
        Expr *v = e->v.Attribute.value;
        expr(u, v, PR_ATOM);
        bool int_const = v->kind == EXPR_Constant && (v->v.Constant.value.kind == CONST_INT ||
                                                      v->v.Constant.value.kind == CONST_BIGINT);
        put(u, int_const ? " ." : ".");
        put(u, e->v.Attribute.attr);
        break;
    }
    case EXPR_Subscript:
        expr(u, e->v.Subscript.value, PR_ATOM);
        put(u, "[");
        expr(u, e->v.Subscript.slice, PR_TUPLE);
        put(u, "]");
        break;
    case EXPR_Starred:
        put(u, "*");
        expr(u, e->v.Starred.value, PR_EXPR);
        break;
    case EXPR_Name:
        put(u, e->v.Name.id);
        break;
    case EXPR_List:
        put(u, "[");
        seq(u, e->v.List.elts, PR_TEST);
        put(u, "]");
        break;
    case EXPR_Tuple:
        tuple(u, e, level);
        break;
    case EXPR_Slice:
        slice(u, e);
        break;
    case EXPR_NamedExpr:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->v.NamedExpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.NamedExpr.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    default:
        expr2(u, e, level);
        break;
    }
}

Value tpC_unparse(Compiler *c, Expr *e) {
    Unparser u = {c, {NULL, 0, 0, false}, false};
    expr(&u, e, PR_TEST);
    if (u.failed || c->failed) {
        tpBuf_free(&u.b);
        c->failed = true;
        if (!tpErr_occurred(c->vm)) {
            tpErr_no_memory(c->vm);
        }
        return NONE_VAL;
    }
    ObjStr *s = u.b.data ? tpBuf_finish(c->vm, &u.b) : tpStr_new(c->vm, "", 0);
    if (s == NULL) {
        c->failed = true;
        return NONE_VAL;
    }
    return OBJ_VAL(s);
}
