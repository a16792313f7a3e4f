/*
 * compiler_warn.c — the SyntaxWarnings CPython 3.11's compiler gives for code that is valid but
 * almost certainly a mistake: `is` with a literal, an assert on a non-empty tuple, calling or
 * subscripting a literal ("perhaps you missed a comma?"). Each goes through the warnings
 * filters (warn_explicit, no registry: shown at every compile, as CPython); a filter that turns
 * it into an error makes it a SyntaxError at the node, as CPython's compiler_warn does.
 *
 * "Literal" means what CPython's AST optimiser would have folded into a constant first: a
 * Constant, a negated number and a tuple of those (tpC_is_const_expr).
 */
#include <stdarg.h>
#include <stdio.h>

#include "compiler_internal.h"

/* The warning at the node's span; false when the compile failed. */
static bool warn_at(Compiler *c, int lineno, int col, int end_lineno, int end_col,
                    const char *fmt, ...) TP_PRINTF(6, 7);

static bool warn_at(Compiler *c, int lineno, int col, int end_lineno, int end_col,
                    const char *fmt, ...) {
    if (c->failed) {
        return false;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    VM *vm = c->vm;
    ObjStr *s = tpStr_from_cstr(vm, msg);
    if (s == NULL) {
        c->failed = true;
        return false;
    }
    if (tpErr_warn_explicit(vm, EXC_SyntaxWarning, s, c->filename_str, lineno) == 0) {
        return true;
    }
    if (tpType_is_subtype(tpType_of(vm, vm->exc), vm->exc_types[EXC_SyntaxWarning])) {
        tpErr_clear(vm);
        tpC_error(c, lineno, col, end_lineno, end_col, "%s", msg);
    }
    c->failed = true; /* any other exception (a failing showwarning) ends the compile too */
    return false;
}

#define WARN_AT(c, n, ...)                                                                        \
    warn_at((c), (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)

static bool is_singleton(Expr *e) {
    if (e->kind != EXPR_Constant) {
        return false;
    }
    int k = e->v.Constant.value.kind;
    return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
}

/* The type name CPython's infer_type gives a node, NULL when it cannot tell. */
static const char *inferred_type(Expr *e) {
    static const char *const const_names[] = {
        [CONST_NONE] = "NoneType", [CONST_TRUE] = "bool",     [CONST_FALSE] = "bool",
        [CONST_ELLIPSIS] = "ellipsis", [CONST_INT] = "int",   [CONST_BIGINT] = "int",
        [CONST_FLOAT] = "float",   [CONST_COMPLEX] = "complex", [CONST_STR] = "str",
        [CONST_BYTES] = "bytes",
    };
    switch (e->kind) {
    case EXPR_Constant:
        return const_names[e->v.Constant.value.kind];
    case EXPR_UnaryOp:
        /* a folded negative number */
        return tpC_is_const_expr(e) ? inferred_type(e->v.UnaryOp.operand) : NULL;
    case EXPR_Tuple: return "tuple";
    case EXPR_List: case EXPR_ListComp: return "list";
    case EXPR_Dict: case EXPR_DictComp: return "dict";
    case EXPR_Set: case EXPR_SetComp: return "set";
    case EXPR_GeneratorExp: return "generator";
    case EXPR_Lambda: return "function";
    case EXPR_JoinedStr: case EXPR_FormattedValue: return "str";
    case EXPR_Slice: return "slice";
    default: return NULL;
    }
}

/* The ConstKind of a Constant node, -1 for any other node. */
static int const_kind(Expr *e) { return e->kind == EXPR_Constant ? e->v.Constant.value.kind : -1; }

/* An index that cannot be wrong: an int or bool literal (a negative one too) or a slice. */
static bool int_or_slice(Expr *s) {
    if (s->kind == EXPR_UnaryOp && tpC_is_const_expr(s)) {
        s = s->v.UnaryOp.operand;
    }
    int k = const_kind(s);
    return s->kind == EXPR_Slice || k == CONST_INT || k == CONST_BIGINT || k == CONST_TRUE ||
           k == CONST_FALSE;
}

void tpC_check_compare(Compiler *c, Expr *e) {
    Expr *left = e->v.Compare.left;
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        int op = e->v.Compare.ops.a[i];
        Expr *right = e->v.Compare.comparators.a[i];
        if ((op == CMPOP_Is || op == CMPOP_IsNot) &&
            ((tpC_is_const_expr(left) && !is_singleton(left)) ||
             (tpC_is_const_expr(right) && !is_singleton(right)))) {
            if (!WARN_AT(c, e, op == CMPOP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                              : "\"is not\" with a literal. Did you mean \"!=\"?")) {
                return;
            }
        }
        left = right;
    }
}

void tpC_check_assert(Compiler *c, Stmt *s) {
    Expr *t = s->v.Assert.test;
    if (t->kind == EXPR_Tuple && t->v.Tuple.elts.n > 0) {
        (void)WARN_AT(c, s, "assertion is always true, perhaps remove parentheses?");
    }
}

void tpC_check_caller(Compiler *c, Expr *call) {
    Expr *f = call->v.Call.func;
    const char *t = inferred_type(f);   /* NULL: a name, a call... or a non-literal -x */
    if (t != NULL && f->kind != EXPR_Lambda && f->kind != EXPR_Slice) {
        (void)WARN_AT(c, call, "'%s' object is not callable; perhaps you missed a comma?", t);
    }
}

void tpC_check_subscript(Compiler *c, Expr *sub) {
    Expr *v = sub->v.Subscript.value, *s = sub->v.Subscript.slice;
    const char *vt = inferred_type(v);
    int k = const_kind(v);
    /* not subscriptable: a literal number, None, Ellipsis, a set, a generator, a lambda */
    bool unsubscriptable = (k >= 0 && k != CONST_STR && k != CONST_BYTES) ||
                           (v->kind == EXPR_UnaryOp && vt != NULL) || v->kind == EXPR_Set ||
                           v->kind == EXPR_SetComp || v->kind == EXPR_GeneratorExp ||
                           v->kind == EXPR_Lambda;
    if (unsubscriptable &&
        !WARN_AT(c, sub, "'%s' object is not subscriptable; perhaps you missed a comma?", vt)) {
        return;
    }
    /* a sequence of a known type indexed by something known not to be an int or a slice */
    const char *it = inferred_type(s);
    bool sequence = k == CONST_STR || k == CONST_BYTES || v->kind == EXPR_Tuple ||
                    v->kind == EXPR_List || v->kind == EXPR_ListComp ||
                    v->kind == EXPR_JoinedStr || v->kind == EXPR_FormattedValue;
    if (sequence && it != NULL && !int_or_slice(s)) {
        (void)WARN_AT(c, sub, "%s indices must be integers or slices, not %s; perhaps you missed "
                      "a comma?", vt, it);
    }
}

/* ---- a second compile of the same expression ---- */

static void recheck_list(Compiler *c, ExprList l) {
    for (int i = 0; i < l.n && !c->failed; i++) {
        if (l.a[i] != NULL) {
            tpC_recheck_expr(c, l.a[i]);
        }
    }
}

/* a comprehension: its generators (iterables, targets, conditions), then its element(s) */
static void recheck_comprehension(Compiler *c, ComprehensionList gens, Expr *elt, Expr *value) {
    for (int i = 0; i < gens.n && !c->failed; i++) {
        Comprehension *g = gens.a[i];
        tpC_recheck_expr(c, g->iter);
        tpC_recheck_expr(c, g->target);
        recheck_list(c, g->ifs);
    }
    tpC_recheck_expr(c, elt);
    tpC_recheck_expr(c, value);
}

void tpC_recheck_expr(Compiler *c, Expr *e) {
    if (e == NULL || c->failed) {
        return;
    }
    switch (e->kind) {
    case EXPR_BoolOp: recheck_list(c, e->v.BoolOp.values); break;
    case EXPR_NamedExpr: tpC_recheck_expr(c, e->v.NamedExpr.value); break;
    case EXPR_BinOp:
        tpC_recheck_expr(c, e->v.BinOp.left);
        tpC_recheck_expr(c, e->v.BinOp.right);
        break;
    case EXPR_UnaryOp: tpC_recheck_expr(c, e->v.UnaryOp.operand); break;
    case EXPR_Lambda:
        recheck_list(c, e->v.Lambda.args->defaults);
        recheck_list(c, e->v.Lambda.args->kw_defaults);
        tpC_recheck_expr(c, e->v.Lambda.body);
        break;
    case EXPR_IfExp:
        tpC_recheck_expr(c, e->v.IfExp.test);
        tpC_recheck_expr(c, e->v.IfExp.body);
        tpC_recheck_expr(c, e->v.IfExp.orelse);
        break;
    case EXPR_Dict:
        for (int i = 0; i < e->v.Dict.values.n && !c->failed; i++) {
            tpC_recheck_expr(c, e->v.Dict.keys.a[i]);
            tpC_recheck_expr(c, e->v.Dict.values.a[i]);
        }
        break;
    case EXPR_Set: recheck_list(c, e->v.Set.elts); break;
    case EXPR_ListComp:
        recheck_comprehension(c, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case EXPR_SetComp:
        recheck_comprehension(c, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case EXPR_GeneratorExp:
        recheck_comprehension(c, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case EXPR_DictComp:
        recheck_comprehension(c, e->v.DictComp.generators, e->v.DictComp.key,
                              e->v.DictComp.value);
        break;
    case EXPR_Await: tpC_recheck_expr(c, e->v.Await.value); break;
    case EXPR_Yield: tpC_recheck_expr(c, e->v.Yield.value); break;
    case EXPR_YieldFrom: tpC_recheck_expr(c, e->v.YieldFrom.value); break;
    case EXPR_Compare:
        tpC_check_compare(c, e);
        tpC_recheck_expr(c, e->v.Compare.left);
        recheck_list(c, e->v.Compare.comparators);
        break;
    case EXPR_Call:
        if (e->v.Call.func->kind != EXPR_Attribute) {
            tpC_check_caller(c, e);
        }
        tpC_recheck_expr(c, e->v.Call.func);
        recheck_list(c, e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.n && !c->failed; i++) {
            tpC_recheck_expr(c, e->v.Call.keywords.a[i]->value);
        }
        break;
    case EXPR_FormattedValue:
        tpC_recheck_expr(c, e->v.FormattedValue.value);
        tpC_recheck_expr(c, e->v.FormattedValue.format_spec);
        break;
    case EXPR_JoinedStr: recheck_list(c, e->v.JoinedStr.values); break;
    case EXPR_Attribute: tpC_recheck_expr(c, e->v.Attribute.value); break;
    case EXPR_Subscript:
        if (e->v.Subscript.ctx == CTX_Load) {
            tpC_check_subscript(c, e);
        }
        tpC_recheck_expr(c, e->v.Subscript.value);
        tpC_recheck_expr(c, e->v.Subscript.slice);
        break;
    case EXPR_Starred: tpC_recheck_expr(c, e->v.Starred.value); break;
    case EXPR_List: recheck_list(c, e->v.List.elts); break;
    case EXPR_Tuple: recheck_list(c, e->v.Tuple.elts); break;
    case EXPR_Slice:
        tpC_recheck_expr(c, e->v.Slice.lower);
        tpC_recheck_expr(c, e->v.Slice.upper);
        tpC_recheck_expr(c, e->v.Slice.step);
        break;
    default:
        break;
    }
}
