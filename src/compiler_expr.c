/*
 * compiler_expr.c — code generation for expressions: names (fast/deref/global/name ops chosen from
 * the symbol table), constants (with tuple and unary-minus folding), operators, comparisons
 * (chained, short-circuit), boolean jumps, displays with starred items, calls (method calls,
 * keywords, star-args, double-star kwargs), f-strings, subscripts and slices, assignment targets and
 * yield / yield from / await.
 */
#include <stdlib.h>

#include "compiler_internal.h"
#include "seq.h"

/* ---- constants ---- */

bool tpC_is_const_expr(Expr *e) {
    if (e->kind == EXPR_Constant) {
        return true;
    }
    if (e->kind == EXPR_UnaryOp && e->v.UnaryOp.op == UNARYOP_USub &&
        e->v.UnaryOp.operand->kind == EXPR_Constant) {
        int k = e->v.UnaryOp.operand->v.Constant.value.kind;
        return k == CONST_INT || k == CONST_BIGINT || k == CONST_FLOAT || k == CONST_COMPLEX;
    }
    if (e->kind == EXPR_Tuple && e->v.Tuple.ctx == CTX_Load) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            if (!tpC_is_const_expr(e->v.Tuple.elts.a[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static Value negate_const(Compiler *c, const ConstValue *cv) {
    VM *vm = c->vm;
    Value v = NULL_VAL;
    switch (cv->kind) {
    case CONST_INT:
        v = tpInt_from_i64(vm, -cv->v.i);
        break;
    case CONST_BIGINT: {
        char *buf = malloc(cv->v.str.len + 2);
        if (buf != NULL) {
            buf[0] = '-';
            memcpy(buf + 1, cv->v.str.s, cv->v.str.len);
            v = tpInt_from_digits(vm, buf, cv->v.str.len + 1, 10);
            free(buf);
        }
        break;
    }
    case CONST_FLOAT:
        return FLOAT_VAL(-cv->v.f);
    case CONST_COMPLEX:
        v = tpComplex_new(vm, -0.0, -cv->v.f);
        break;
    default:
        break;
    }
    if (IS_NULL(v)) {
        c->failed = true;
        if (!tpErr_occurred(vm)) {
            tpErr_no_memory(vm);
        }
        return NONE_VAL;
    }
    return v;
}

/* Value of a constant expression (tpC_is_const_expr must hold). */
Value tpC_const_of(Compiler *c, Expr *e) {
    if (e->kind == EXPR_Constant) {
        return tpC_const_value(c, &e->v.Constant.value);
    }
    if (e->kind == EXPR_UnaryOp) {
        return negate_const(c, &e->v.UnaryOp.operand->v.Constant.value);
    }
    ObjTuple *t = tpTuple_new(c->vm, (size_t)e->v.Tuple.elts.n);
    if (t == NULL) {
        c->failed = true;
        return NONE_VAL;
    }
    for (int i = 0; i < e->v.Tuple.elts.n; i++) {
        t->items[i] = tpC_const_of(c, e->v.Tuple.elts.a[i]);
    }
    return OBJ_VAL(t);
}

int tpC_expr_constant(Expr *e) {
    if (e->kind == EXPR_Name && e->v.Name.ctx == CTX_Load && strcmp(e->v.Name.id, "__debug__") == 0) {
        return 1;
    }
    if (e->kind != EXPR_Constant) {
        return -1;
    }
    const ConstValue *cv = &e->v.Constant.value;
    switch (cv->kind) {
    case CONST_NONE:
    case CONST_FALSE:
        return 0;
    case CONST_TRUE:
    case CONST_ELLIPSIS:
    case CONST_BIGINT:
        return 1;
    case CONST_INT:
        return cv->v.i != 0;
    case CONST_FLOAT:
        return cv->v.f != 0.0;
    case CONST_COMPLEX:
        return cv->v.f != 0.0;
    case CONST_STR:
    case CONST_BYTES:
        return cv->v.str.len != 0;
    default:
        return -1;
    }
}

/* ---- names ---- */

enum { OT_FAST, OT_DEREF, OT_GLOBAL, OT_NAME };

static int deref_index(Compiler *c, const char *name, int scope) {
    Unit *u = c->u;
    if (scope == SC_CELL) {
        return tpC_add_name(c, &u->cellvars, name);
    }
    for (int i = 0; i < u->freevars.n; i++) {
        if (strcmp(AS_STR(u->freevars.a[i])->data, name) == 0) {
            return u->cellvars.n + i;
        }
    }
    return u->cellvars.n + tpC_add_name(c, &u->freevars, name);
}

void tpC_nameop(Compiler *c, const char *name, int ctx) {
    Unit *u = c->u;
    if (ctx == CTX_Load && strcmp(name, "__debug__") == 0) {
        tpC_load_const(c, TRUE_VAL);
        return;
    }
    if (ctx != CTX_Load && strcmp(name, "__debug__") == 0) {
        Position *p = &u->loc;
        tpC_error(c, p->lineno, p->col, p->end_lineno, p->end_col,
                  ctx == CTX_Store ? "cannot assign to __debug__" : "cannot delete __debug__");
        return;
    }
    const char *mangled = tpC_mangle(c, name);
    int scope = tpSym_scope_of(u->ste, mangled);
    int optype = OT_NAME;
    bool func = u->ste->type == BLOCK_FUNCTION;
    switch (scope) {
    case SC_FREE:
    case SC_CELL:
        optype = OT_DEREF;
        break;
    case SC_LOCAL:
        optype = func ? OT_FAST : OT_NAME;
        break;
    case SC_GLOBAL_IMPLICIT:
        optype = func ? OT_GLOBAL : OT_NAME;
        break;
    case SC_GLOBAL_EXPLICIT:
        optype = OT_GLOBAL;
        break;
    default:
        break;
    }
    static const int ops[4][3] = {
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
    };
    int op = ops[optype][ctx];
    int arg;
    switch (optype) {
    case OT_DEREF:
        arg = deref_index(c, mangled, scope);
        if (ctx == CTX_Load && u->ste->type == BLOCK_CLASS) {
            op = OP_LOAD_CLASSDEREF;
        }
        break;
    case OT_FAST:
        arg = tpC_add_name(c, &u->varnames, mangled);
        break;
    default:
        arg = tpC_add_name(c, &u->names, mangled);
        break;
    }
    tpC_emit(c, op, arg);
}

int tpC_name_index(Compiler *c, const char *name) {
    return tpC_add_name(c, &c->u->names, tpC_mangle(c, name));
}

static void emit_name_op(Compiler *c, int op, const char *attr) {
    tpC_emit(c, op, tpC_name_index(c, attr));
}

/* ---- positions ---- */

static int utf8_len(const char *s) {
    int n = 0;
    for (; *s; s++) {
        if (((uint8_t)*s & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

void tpC_update_start_to_attr(Compiler *c, Expr *attr) {
    Position *p = &c->u->loc;
    if (p->lineno == attr->end_lineno) {
        return;
    }
    p->lineno = attr->end_lineno;
    int len = utf8_len(attr->v.Attribute.attr);
    if (len <= attr->end_col_offset) {
        p->col = attr->end_col_offset - len;
    } else {
        p->col = -1;
        p->end_col = -1;
    }
    if (p->end_lineno < p->lineno) {
        p->end_lineno = p->lineno;
    }
    if (p->lineno == p->end_lineno && p->end_col < p->col) {
        p->end_col = p->col;
    }
}

/* ---- operators ---- */

static int binop_of(int op) {
    switch (op) {
    case OP_Add: return BINOP_ADD;
    case OP_Sub: return BINOP_SUB;
    case OP_Mult: return BINOP_MUL;
    case OP_MatMult: return BINOP_MATMUL;
    case OP_Div: return BINOP_TRUEDIV;
    case OP_Mod: return BINOP_MOD;
    case OP_Pow: return BINOP_POW;
    case OP_LShift: return BINOP_LSHIFT;
    case OP_RShift: return BINOP_RSHIFT;
    case OP_BitOr: return BINOP_OR;
    case OP_BitXor: return BINOP_XOR;
    case OP_BitAnd: return BINOP_AND;
    case OP_FloorDiv: return BINOP_FLOORDIV;
    default: return BINOP_ADD;
    }
}

int tpC_binop_of(int op) { return binop_of(op); }

static void emit_compare(Compiler *c, int op) {
    switch (op) {
    case CMPOP_Eq: tpC_emit(c, OP_COMPARE_OP, CMP_EQ); break;
    case CMPOP_NotEq: tpC_emit(c, OP_COMPARE_OP, CMP_NE); break;
    case CMPOP_Lt: tpC_emit(c, OP_COMPARE_OP, CMP_LT); break;
    case CMPOP_LtE: tpC_emit(c, OP_COMPARE_OP, CMP_LE); break;
    case CMPOP_Gt: tpC_emit(c, OP_COMPARE_OP, CMP_GT); break;
    case CMPOP_GtE: tpC_emit(c, OP_COMPARE_OP, CMP_GE); break;
    case CMPOP_Is: tpC_emit(c, OP_IS_OP, 0); break;
    case CMPOP_IsNot: tpC_emit(c, OP_IS_OP, 1); break;
    case CMPOP_In: tpC_emit(c, OP_CONTAINS_OP, 0); break;
    case CMPOP_NotIn: tpC_emit(c, OP_CONTAINS_OP, 1); break;
    default: break;
    }
}

/* The last operand of a comparison; after `in`/`not in` it is only searched (CPython 3.11 optimises
 * just this one). */
static void visit_last_comparator(Compiler *c, Expr *e) {
    int n = e->v.Compare.ops.n - 1;
    int op = e->v.Compare.ops.a[n];
    if (op == CMPOP_In || op == CMPOP_NotIn) {
        tpC_visit_iterable(c, e->v.Compare.comparators.a[n]);
    } else {
        tpC_visit_expr(c, e->v.Compare.comparators.a[n]);
    }
}

static void visit_compare(Compiler *c, Expr *e) {
    int n = e->v.Compare.ops.n - 1;
    tpC_check_compare(c, e);
    tpC_visit_expr(c, e->v.Compare.left);
    if (n == 0) {
        visit_last_comparator(c, e);
        emit_compare(c, e->v.Compare.ops.a[0]);
        return;
    }
    int cleanup = tpC_new_label(c);
    for (int i = 0; i < n; i++) {
        tpC_visit_expr(c, e->v.Compare.comparators.a[i]);
        tpC_emit(c, OP_SWAP, 2);
        tpC_emit(c, OP_COPY, 2);
        emit_compare(c, e->v.Compare.ops.a[i]);
        tpC_emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_last_comparator(c, e);
    emit_compare(c, e->v.Compare.ops.a[n]);
    int end = tpC_new_label(c);
    tpC_emit(c, OP_JUMP, end);
    tpC_use_label(c, cleanup);
    tpC_emit(c, OP_SWAP, 2);
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_use_label(c, end);
}

static void jump_if_compare(Compiler *c, Expr *e, int label, bool cond) {
    int n = e->v.Compare.ops.n - 1;
    int cleanup = tpC_new_label(c);
    tpC_check_compare(c, e);
    tpC_visit_expr(c, e->v.Compare.left);
    for (int i = 0; i < n; i++) {
        tpC_visit_expr(c, e->v.Compare.comparators.a[i]);
        tpC_emit(c, OP_SWAP, 2);
        tpC_emit(c, OP_COPY, 2);
        emit_compare(c, e->v.Compare.ops.a[i]);
        tpC_emit(c, OP_POP_JUMP_IF_FALSE, cleanup);
    }
    visit_last_comparator(c, e);
    emit_compare(c, e->v.Compare.ops.a[n]);
    tpC_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    int end = tpC_new_label(c);
    tpC_emit(c, OP_JUMP, end);
    tpC_use_label(c, cleanup);
    tpC_emit(c, OP_POP_TOP, 0);
    if (!cond) {
        tpC_emit(c, OP_JUMP, label);
    }
    tpC_use_label(c, end);
}

void tpC_jump_if(Compiler *c, Expr *e, int label, bool cond) {
    if (c->failed) {
        return;
    }
    switch (e->kind) {
    case EXPR_UnaryOp:
        if (e->v.UnaryOp.op == UNARYOP_Not) {
            tpC_jump_if(c, e->v.UnaryOp.operand, label, !cond);
            return;
        }
        break;
    case EXPR_BoolOp: {
        ExprList s = e->v.BoolOp.values;
        bool cond2 = e->v.BoolOp.op == BOOLOP_Or;
        int next2 = label;
        if (cond2 != cond) {
            next2 = tpC_new_label(c);
        }
        for (int i = 0; i < s.n - 1; i++) {
            tpC_jump_if(c, s.a[i], next2, cond2);
        }
        tpC_jump_if(c, s.a[s.n - 1], label, cond);
        if (next2 != label) {
            tpC_use_label(c, next2);
        }
        return;
    }
    case EXPR_IfExp: {
        int end = tpC_new_label(c), next2 = tpC_new_label(c);
        tpC_jump_if(c, e->v.IfExp.test, next2, false);
        tpC_jump_if(c, e->v.IfExp.body, label, cond);
        tpC_emit(c, OP_JUMP, end);
        tpC_use_label(c, next2);
        tpC_jump_if(c, e->v.IfExp.orelse, label, cond);
        tpC_use_label(c, end);
        return;
    }
    case EXPR_Compare:
        /* as CPython 3.11, the compare's position sticks to the jump and what follows */
        SET_LOC(c, e);
        if (e->v.Compare.ops.n > 1) {
            jump_if_compare(c, e, label, cond);
            return;
        }
        break;
    default:
        break;
    }
    tpC_visit_expr(c, e);
    tpC_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void visit_boolop(Compiler *c, Expr *e) {
    int jump = e->v.BoolOp.op == BOOLOP_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = tpC_new_label(c);
    ExprList s = e->v.BoolOp.values;
    for (int i = 0; i < s.n - 1; i++) {
        tpC_visit_expr(c, s.a[i]);
        tpC_emit(c, jump, end);
    }
    tpC_visit_expr(c, s.a[s.n - 1]);
    tpC_use_label(c, end);
}

static void visit_ifexp(Compiler *c, Expr *e) {
    int end = tpC_new_label(c), next = tpC_new_label(c);
    tpC_jump_if(c, e->v.IfExp.test, next, false);
    tpC_visit_expr(c, e->v.IfExp.body);
    tpC_emit(c, OP_JUMP, end);
    tpC_use_label(c, next);
    tpC_visit_expr(c, e->v.IfExp.orelse);
    tpC_use_label(c, end);
}

static void visit_unaryop(Compiler *c, Expr *e) {
    if (tpC_is_const_expr(e)) {
        tpC_load_const(c, tpC_const_of(c, e));
        return;
    }
    tpC_visit_expr(c, e->v.UnaryOp.operand);
    switch (e->v.UnaryOp.op) {
    case UNARYOP_Invert: tpC_emit(c, OP_UNARY_INVERT, 0); break;
    case UNARYOP_Not: tpC_emit(c, OP_UNARY_NOT, 0); break;
    case UNARYOP_UAdd: tpC_emit(c, OP_UNARY_POSITIVE, 0); break;
    case UNARYOP_USub: tpC_emit(c, OP_UNARY_NEGATIVE, 0); break;
    default: break;
    }
}

/* ---- displays ---- */

static bool all_const(ExprList l, int begin, int end) {
    for (int i = begin; i < end; i++) {
        if (l.a[i] == NULL || !tpC_is_const_expr(l.a[i])) {
            return false;
        }
    }
    return true;
}

static Value const_tuple(Compiler *c, ExprList l, int begin, int end) {
    ObjTuple *t = tpTuple_new(c->vm, (size_t)(end - begin));
    if (t == NULL) {
        c->failed = true;
        return NONE_VAL;
    }
    for (int i = begin; i < end; i++) {
        t->items[i - begin] = tpC_const_of(c, l.a[i]);
    }
    return OBJ_VAL(t);
}

static Value const_frozenset(Compiler *c, Value tuple) {
    if (c->failed || !IS_OBJ(tuple)) {
        return NONE_VAL;   /* building the items' tuple failed (MemoryError) */
    }
    ObjSet *s = tpSet_new(c->vm, true);
    if (s == NULL) {
        c->failed = true;
        return NONE_VAL;
    }
    ObjTuple *t = AS_TUPLE(tuple);
    for (size_t i = 0; i < t->len; i++) {
        if (tpSet_add(c->vm, s, t->items[i]) < 0) {
            c->failed = true;
            return NONE_VAL;
        }
    }
    /* matches CPython: its constant merging rebuilds the frozenset from the first one's iteration
     * order, which decides the order the set display prints in */
    ObjSet *merged = tpSet_new(c->vm, true);
    if (merged == NULL) {
        c->failed = true;
        return NONE_VAL;
    }
    size_t pos = 0;
    Value key;
    while (tpSet_next(s, &pos, &key)) {
        if (tpSet_add(c->vm, merged, key) < 0) {
            c->failed = true;
            return NONE_VAL;
        }
    }
    return OBJ_VAL(merged);
}

static void starunpack_helper(Compiler *c, ExprList elts, int pushed, int build, int add,
                              int extend, bool tuple) {
    int n = elts.n;
    if (n > 2 && all_const(elts, 0, n)) {
        Value folded = const_tuple(c, elts, 0, n);
        if (tuple && !pushed) {
            tpC_load_const(c, folded);
        } else {
            if (add == OP_SET_ADD) {
                folded = const_frozenset(c, folded);
            }
            tpC_emit(c, build, pushed);
            tpC_load_const(c, folded);
            tpC_emit(c, extend, 1);
            if (tuple) {
                tpC_emit(c, OP_LIST_TO_TUPLE, 0);
            }
        }
        return;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts.a[i]->kind == EXPR_Starred) {
            seen_star = true;
        }
    }
    if (!seen_star && !big) {
        tpC_visit_exprs(c, elts);
        tpC_emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        tpC_emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts.a[i];
        if (elt->kind == EXPR_Starred) {
            if (!built) {
                tpC_emit(c, build, i + pushed);
                built = true;
            }
            tpC_visit_expr(c, elt->v.Starred.value);
            tpC_emit(c, extend, 1);
        } else {
            tpC_visit_expr(c, elt);
            if (built) {
                tpC_emit(c, add, 1);
            }
        }
    }
    if (tuple) {
        tpC_emit(c, OP_LIST_TO_TUPLE, 0);
    }
}

static void subdict(Compiler *c, Expr *e, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(e->v.Dict.keys, begin, end)) {
        for (int i = begin; i < end; i++) {
            tpC_visit_expr(c, e->v.Dict.values.a[i]);
        }
        tpC_load_const(c, const_tuple(c, e->v.Dict.keys, begin, end));
        tpC_emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big) {
        tpC_emit(c, OP_BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        tpC_visit_expr(c, e->v.Dict.keys.a[i]);
        tpC_visit_expr(c, e->v.Dict.values.a[i]);
        if (big) {
            tpC_emit(c, OP_MAP_ADD, 1);
        }
    }
    if (!big) {
        tpC_emit(c, OP_BUILD_MAP, n);
    }
}

static void visit_dict(Compiler *c, Expr *e) {
    int n = e->v.Dict.values.n;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.Dict.keys.a[i] == NULL) {
            if (elements) {
                subdict(c, e, i - elements, i);
                if (have_dict) {
                    tpC_emit(c, OP_DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                tpC_emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            tpC_visit_expr(c, e->v.Dict.values.a[i]);
            tpC_emit(c, OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            subdict(c, e, i - elements, i + 1);
            if (have_dict) {
                tpC_emit(c, OP_DICT_UPDATE, 1);
            }
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        if (have_dict) {
            tpC_emit(c, OP_DICT_UPDATE, 1);
        }
        have_dict = true;
    }
    if (!have_dict) {
        tpC_emit(c, OP_BUILD_MAP, 0);
    }
}

/* ---- calls ---- */

static bool validate_keywords(Compiler *c, KeywordList kws) {
    for (int i = 0; i < kws.n; i++) {
        Keyword *k = kws.a[i];
        if (k->arg == NULL) {
            continue;
        }
        if (strcmp(k->arg, "__debug__") == 0) {
            tpC_error_at(c, k, "cannot assign to __debug__");
            return false;
        }
        for (int j = i + 1; j < kws.n; j++) {
            Keyword *o = kws.a[j];
            if (o->arg && strcmp(o->arg, k->arg) == 0) {
                tpC_error_at(c, o, "keyword argument repeated: %s", k->arg);
                return false;
            }
        }
    }
    return true;
}

static void kwnames_const(Compiler *c, KeywordList kws, int begin, int end) {
    ObjTuple *t = tpTuple_new(c->vm, (size_t)(end - begin));
    if (t == NULL) {
        c->failed = true;
        return;
    }
    for (int i = begin; i < end; i++) {
        ObjStr *s = tpC_intern(c, kws.a[i]->arg);
        if (s == NULL) {
            return;
        }
        t->items[i - begin] = OBJ_VAL(s);
    }
    tpC_load_const(c, OBJ_VAL(t));
}

static void subkwargs(Compiler *c, KeywordList kws, int begin, int end) {
    int n = end - begin;
    if (n > 1) {
        for (int i = begin; i < end; i++) {
            tpC_visit_expr(c, kws.a[i]->value);
        }
        kwnames_const(c, kws, begin, end);
        tpC_emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    for (int i = begin; i < end; i++) {
        ObjStr *s = tpC_intern(c, kws.a[i]->arg);
        if (s == NULL) {
            return;
        }
        tpC_load_const(c, OBJ_VAL(s));
        tpC_visit_expr(c, kws.a[i]->value);
    }
    tpC_emit(c, OP_BUILD_MAP, n);
}

static void call_ex(Compiler *c, int npushed, ExprList args, KeywordList kws) {
    if (npushed == 0 && args.n == 1 && args.a[0]->kind == EXPR_Starred) {
        tpC_visit_expr(c, args.a[0]->v.Starred.value);
    } else {
        starunpack_helper(c, args, npushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    }
    if (kws.n == 1 && kws.a[0]->arg == NULL) {
        /* a lone `**m`: CALL_EX reads an exact dict in place (it only copies the entries into
         * the argument buffer) and copies any other mapping itself, as DICT_MERGE would */
        tpC_visit_expr(c, kws.a[0]->value);
        tpC_emit(c, OP_CALL_EX, 3);
        return;
    }
    if (kws.n > 0) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < kws.n; i++) {
            Keyword *k = kws.a[i];
            if (k->arg != NULL) {
                nseen++;
                continue;
            }
            if (nseen) {
                subkwargs(c, kws, i - nseen, i);
                if (have_dict) {
                    tpC_emit(c, OP_DICT_MERGE, 1);
                }
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                tpC_emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            tpC_visit_expr(c, k->value);
            tpC_emit(c, OP_DICT_MERGE, 1);
        }
        if (nseen) {
            subkwargs(c, kws, kws.n - nseen, kws.n);
            if (have_dict) {
                tpC_emit(c, OP_DICT_MERGE, 1);
            }
        }
    }
    tpC_emit(c, OP_CALL_EX, kws.n > 0);
}

void tpC_call_helper(Compiler *c, int npushed, ExprList args, KeywordList kws, Expr *call) {
    (void)call;
    if (!validate_keywords(c, kws)) {
        return;
    }
    bool ex = args.n + kws.n + npushed > STACK_USE_GUIDELINE;
    for (int i = 0; i < args.n; i++) {
        if (args.a[i]->kind == EXPR_Starred) {
            ex = true;
        }
    }
    for (int i = 0; i < kws.n; i++) {
        if (kws.a[i]->arg == NULL) {
            ex = true;
        }
    }
    if (ex) {
        call_ex(c, npushed, args, kws);
        return;
    }
    tpC_visit_exprs(c, args);
    if (kws.n > 0) {
        for (int i = 0; i < kws.n; i++) {
            tpC_visit_expr(c, kws.a[i]->value);
        }
        kwnames_const(c, kws, 0, kws.n);
        tpC_emit(c, OP_CALL_KW, npushed + args.n + kws.n);
    } else {
        tpC_emit(c, OP_CALL, npushed + args.n);
    }
}

static bool maybe_method_call(Compiler *c, Expr *e) {
    Expr *meth = e->v.Call.func;
    ExprList args = e->v.Call.args;
    KeywordList kws = e->v.Call.keywords;
    if (meth->kind != EXPR_Attribute || meth->v.Attribute.ctx != CTX_Load ||
        args.n + kws.n >= STACK_USE_GUIDELINE) {
        return false;
    }
    for (int i = 0; i < args.n; i++) {
        if (args.a[i]->kind == EXPR_Starred) {
            return false;
        }
    }
    for (int i = 0; i < kws.n; i++) {
        if (kws.a[i]->arg == NULL) {
            return false;
        }
    }
    if (!validate_keywords(c, kws)) {
        return true;
    }
    tpC_visit_expr(c, meth->v.Attribute.value);
    Position saved = c->u->loc;
    SET_LOC(c, meth);
    tpC_update_start_to_attr(c, meth);
    emit_name_op(c, OP_LOAD_METHOD, meth->v.Attribute.attr);
    c->u->loc = saved;
    tpC_visit_exprs(c, args);
    for (int i = 0; i < kws.n; i++) {
        tpC_visit_expr(c, kws.a[i]->value);
    }
    tpC_update_start_to_attr(c, meth);
    if (kws.n > 0) {
        kwnames_const(c, kws, 0, kws.n);
        tpC_emit(c, OP_CALL_KW, args.n + kws.n);
    } else {
        tpC_emit(c, OP_CALL, args.n);
    }
    c->u->loc = saved;
    return true;
}

static void visit_call(Compiler *c, Expr *e) {
    if (maybe_method_call(c, e)) {
        return;
    }
    tpC_check_caller(c, e);
    tpC_visit_expr(c, e->v.Call.func);
    tpC_emit(c, OP_PUSH_NULL, 0);
    tpC_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords, e);
}

/* ---- f-strings ---- */

static void visit_formatted(Compiler *c, Expr *e) {
    tpC_visit_expr(c, e->v.FormattedValue.value);
    int arg = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        tpC_visit_expr(c, e->v.FormattedValue.format_spec);
        arg |= 4;
    }
    tpC_emit(c, OP_FORMAT_VALUE, arg);
}

static void visit_joined(Compiler *c, Expr *e) {
    tpC_visit_exprs(c, e->v.JoinedStr.values);
    if (e->v.JoinedStr.values.n != 1) {
        tpC_emit(c, OP_BUILD_STRING, e->v.JoinedStr.values.n);
    }
}

/* ---- generators ---- */

void tpC_add_yield_from(Compiler *c, bool await) {
    (void)await;
    int start = tpC_new_label(c), exit = tpC_new_label(c);
    tpC_use_label(c, start);
    tpC_emit(c, OP_SEND, exit);
    tpC_emit(c, OP_YIELD_VALUE, 1);
    tpC_emit(c, OP_JUMP, start);
    tpC_use_label(c, exit);
}

static void emit_yield(Compiler *c) {
    Scope *s = c->u->ste;
    if (s->generator && s->coroutine) {
        tpC_emit(c, OP_ASYNC_GEN_WRAP, 0);
    }
    tpC_emit(c, OP_YIELD_VALUE, 0);
}

static bool check_in_function(Compiler *c, Expr *e, const char *what) {
    if (c->u->ste->type != BLOCK_FUNCTION) {
        tpC_error_at(c, e, "'%s' outside function", what);
        return false;
    }
    return true;
}

static void visit_await(Compiler *c, Expr *e) {
    if (!check_in_function(c, e, "await")) {
        return;
    }
    int st = c->u->scope_type;
    if (st != SCOPE_ASYNC_FUNCTION && st != SCOPE_COMPREHENSION) {
        tpC_error_at(c, e, "'await' outside async function");
        return;
    }
    tpC_visit_expr(c, e->v.Await.value);
    tpC_emit(c, OP_GET_AWAITABLE, 0);
    tpC_load_const(c, NONE_VAL);
    tpC_add_yield_from(c, true);
}

static void visit_yield(Compiler *c, Expr *e) {
    if (!check_in_function(c, e, "yield")) {
        return;
    }
    if (e->kind == EXPR_YieldFrom) {
        if (c->u->scope_type == SCOPE_ASYNC_FUNCTION) {
            tpC_error_at(c, e, "'yield from' inside async function");
            return;
        }
        tpC_visit_expr(c, e->v.YieldFrom.value);
        tpC_emit(c, OP_GET_YIELD_FROM_ITER, 0);
        tpC_load_const(c, NONE_VAL);
        tpC_add_yield_from(c, false);
        return;
    }
    if (e->v.Yield.value) {
        tpC_visit_expr(c, e->v.Yield.value);
    } else {
        tpC_load_const(c, NONE_VAL);
    }
    emit_yield(c);
}

/* ---- assignment targets ---- */

static void unpack_helper(Compiler *c, ExprList elts) {
    int n = elts.n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts.a[i];
        if (elt->kind != EXPR_Starred) {
            continue;
        }
        if (seen_star) {
            Position *p = &c->u->loc;
            tpC_error(c, p->lineno, p->col, p->end_lineno, p->end_col,
                      "multiple starred expressions in assignment");
            return;
        }
        if (i >= 256 || n - i - 1 >= (1 << 16)) {
            Position *p = &c->u->loc;
            tpC_error(c, p->lineno, p->col, p->end_lineno, p->end_col,
                      "too many expressions in star-unpacking assignment");
            return;
        }
        tpC_emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star) {
        tpC_emit(c, OP_UNPACK_SEQUENCE, n);
    }
}

static void assignment_helper(Compiler *c, ExprList elts) {
    unpack_helper(c, elts);
    for (int i = 0; i < elts.n; i++) {
        Expr *elt = elts.a[i];
        tpC_visit_expr(c, elt->kind == EXPR_Starred ? elt->v.Starred.value : elt);
    }
}

void tpC_unpack_assign(Compiler *c, Expr *target) { tpC_visit_expr(c, target); }

static void visit_sequence(Compiler *c, Expr *e, ExprList elts, int ctx, bool is_tuple) {
    if (ctx == CTX_Store) {
        assignment_helper(c, elts);
    } else if (ctx == CTX_Load) {
        if (is_tuple && tpC_is_const_expr(e)) {
            tpC_load_const(c, tpC_const_of(c, e));
            return;
        }
        starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, is_tuple);
    } else {
        tpC_visit_exprs(c, elts);
    }
}

static bool has_starred(ExprList l) {
    for (int i = 0; i < l.n; i++) {
        if (l.a[i]->kind == EXPR_Starred) {
            return true;
        }
    }
    return false;
}

/* An expression only iterated over or searched (`for x in [a, b]`, `x in [1, 2, 3]`): a list
 * display is built as a tuple (a constant one when its items are constants) and a set display of
 * constants is a constant frozenset — as CPython's AST optimiser does; the temporary list or set
 * is never seen by the program, so nothing else changes. */
void tpC_visit_iterable(Compiler *c, Expr *e) {
    ExprList l = e->kind == EXPR_List ? e->v.List.elts : e->v.Set.elts;
    bool list = e->kind == EXPR_List && e->v.List.ctx == CTX_Load && !has_starred(l);
    bool set = e->kind == EXPR_Set && all_const(l, 0, l.n);
    if (c->failed || !(list || set)) {
        tpC_visit_expr(c, e);
        return;
    }
    Position saved = c->u->loc;
    SET_LOC(c, e);
    if (!all_const(l, 0, l.n)) {
        starunpack_helper(c, l, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    } else if (list) {
        tpC_load_const(c, const_tuple(c, l, 0, l.n));
    } else {
        tpC_load_const(c, const_frozenset(c, const_tuple(c, l, 0, l.n)));
    }
    c->u->loc = saved;
}

static void visit_attribute(Compiler *c, Expr *e) {
    tpC_visit_expr(c, e->v.Attribute.value);
    tpC_update_start_to_attr(c, e);
    switch (e->v.Attribute.ctx) {
    case CTX_Load:
        emit_name_op(c, OP_LOAD_ATTR, e->v.Attribute.attr);
        break;
    case CTX_Store:
        if (strcmp(e->v.Attribute.attr, "__debug__") == 0) {
            tpC_error_at(c, e, "cannot assign to __debug__");
            return;
        }
        emit_name_op(c, OP_STORE_ATTR, e->v.Attribute.attr);
        break;
    default:
        emit_name_op(c, OP_DELETE_ATTR, e->v.Attribute.attr);
        break;
    }
}

static void visit_subscript(Compiler *c, Expr *e) {
    if (e->v.Subscript.ctx == CTX_Load) {
        tpC_check_subscript(c, e);
    }
    tpC_visit_expr(c, e->v.Subscript.value);
    tpC_visit_expr(c, e->v.Subscript.slice);
    switch (e->v.Subscript.ctx) {
    case CTX_Load:
        tpC_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case CTX_Store:
        tpC_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        tpC_emit(c, OP_DELETE_SUBSCR, 0);
        break;
    }
}

static void visit_slice(Compiler *c, Expr *e) {
    int n = 2;
    if (e->v.Slice.lower) {
        tpC_visit_expr(c, e->v.Slice.lower);
    } else {
        tpC_load_const(c, NONE_VAL);
    }
    if (e->v.Slice.upper) {
        tpC_visit_expr(c, e->v.Slice.upper);
    } else {
        tpC_load_const(c, NONE_VAL);
    }
    if (e->v.Slice.step) {
        tpC_visit_expr(c, e->v.Slice.step);
        n = 3;
    }
    tpC_emit(c, OP_BUILD_SLICE, n);
}

static void visit_starred(Compiler *c, Expr *e) {
    if (e->v.Starred.ctx == CTX_Store) {
        tpC_error_at(c, e, "starred assignment target must be in a list or tuple");
    } else {
        tpC_error_at(c, e, "can't use starred expression here");
    }
}

/* ---- dispatch ---- */

static void visit_expr1(Compiler *c, Expr *e) {
    switch (e->kind) {
    case EXPR_NamedExpr:
        tpC_visit_expr(c, e->v.NamedExpr.value);
        tpC_emit(c, OP_COPY, 1);
        tpC_visit_expr(c, e->v.NamedExpr.target);
        break;
    case EXPR_BoolOp:
        visit_boolop(c, e);
        break;
    case EXPR_BinOp:
        tpC_visit_expr(c, e->v.BinOp.left);
        tpC_visit_expr(c, e->v.BinOp.right);
        tpC_emit(c, OP_BINARY_OP, binop_of(e->v.BinOp.op));
        break;
    case EXPR_UnaryOp:
        visit_unaryop(c, e);
        break;
    case EXPR_Lambda:
        tpC_lambda(c, e);
        break;
    case EXPR_IfExp:
        visit_ifexp(c, e);
        break;
    case EXPR_Dict:
        visit_dict(c, e);
        break;
    case EXPR_Set:
        starunpack_helper(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        break;
    case EXPR_GeneratorExp:
    case EXPR_ListComp:
    case EXPR_SetComp:
    case EXPR_DictComp:
        tpC_comprehension(c, e);
        break;
    case EXPR_Yield:
    case EXPR_YieldFrom:
        visit_yield(c, e);
        break;
    case EXPR_Await:
        visit_await(c, e);
        break;
    case EXPR_Compare:
        visit_compare(c, e);
        break;
    case EXPR_Call:
        visit_call(c, e);
        break;
    case EXPR_FormattedValue:
        visit_formatted(c, e);
        break;
    case EXPR_JoinedStr:
        visit_joined(c, e);
        break;
    case EXPR_Constant:
        tpC_load_const(c, tpC_const_value(c, &e->v.Constant.value));
        break;
    case EXPR_Attribute:
        visit_attribute(c, e);
        break;
    case EXPR_Subscript:
        visit_subscript(c, e);
        break;
    case EXPR_Starred:
        visit_starred(c, e);
        break;
    case EXPR_Name:
        tpC_nameop(c, e->v.Name.id, e->v.Name.ctx);
        break;
    case EXPR_List:
        visit_sequence(c, e, e->v.List.elts, e->v.List.ctx, false);
        break;
    case EXPR_Tuple:
        visit_sequence(c, e, e->v.Tuple.elts, e->v.Tuple.ctx, true);
        break;
    case EXPR_Slice:
        visit_slice(c, e);
        break;
    default:
        break;
    }
}

void tpC_visit_expr(Compiler *c, Expr *e) {
    if (c->failed || tpC_check_stack_low(c)) {
        return;
    }
    Unit *u = c->u;
    Position saved = u->loc;
    SET_LOC(c, e);
    visit_expr1(c, e);
    u->loc = saved;
}

void tpC_visit_exprs(Compiler *c, ExprList l) {
    for (int i = 0; i < l.n; i++) {
        tpC_visit_expr(c, l.a[i]);
    }
}
