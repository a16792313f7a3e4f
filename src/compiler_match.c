/*
 * compiler_match.c — code generation for the match statement (PEP 634), following the layout of
 * CPython 3.11: each case matches a copy of the subject; captured values are kept on the stack
 * beneath the items a pattern still needs and stored only once the whole pattern matched; a failed
 * check jumps to a "fail_pop" label that pops exactly what is on the stack at that point.
 */
#include <stdio.h>
#include <stdlib.h>

#include "compiler_internal.h"

typedef struct NameList {
    const char **a;
    int n, cap;
} NameList;

typedef struct PatternCtx {
    NameList stores;          /* captured names, stores[0] on top */
    bool allow_irrefutable;
    int *fail_pop;            /* labels; jumping to fail_pop[i] pops i items */
    int nfail_pop;
    int on_top;               /* items that must stay on top of the captures */
} PatternCtx;

static void pattern(Compiler *c, Pattern *p, PatternCtx *pc);

static bool names_has(const NameList *l, const char *name) {
    for (int i = 0; i < l->n; i++) {
        if (strcmp(l->a[i], name) == 0) {
            return true;
        }
    }
    return false;
}

static int names_index(const NameList *l, const char *name) {
    for (int i = 0; i < l->n; i++) {
        if (strcmp(l->a[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static void names_append(Compiler *c, NameList *l, const char *name) {
    if (l->n == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 8;
        const char **a = realloc(l->a, (size_t)ncap * sizeof *a);
        if (a == NULL) {
            c->failed = true;
            tpErr_no_memory(c->vm);
            return;
        }
        l->a = a;
        l->cap = ncap;
    }
    l->a[l->n++] = name;
}

static void loc_error(Compiler *c, const char *fmt, const char *arg) {
    Position *p = &c->u->loc;
    tpC_error(c, p->lineno, p->col, p->end_lineno, p->end_col, fmt, arg);
}

static bool is_wildcard(Pattern *p) {
    return p->kind == PAT_MatchAs && p->v.MatchAs.pattern == NULL && p->v.MatchAs.name == NULL;
}

static bool is_wildcard_star(Pattern *p) {
    return p->kind == PAT_MatchStar && p->v.MatchStar.name == NULL;
}

static void ensure_fail_pop(Compiler *c, PatternCtx *pc, int n) {
    int size = n + 1;
    if (size <= pc->nfail_pop) {
        return;
    }
    int *a = realloc(pc->fail_pop, (size_t)size * sizeof *a);
    if (a == NULL) {
        c->failed = true;
        tpErr_no_memory(c->vm);
        return;
    }
    pc->fail_pop = a;
    while (pc->nfail_pop < size) {
        pc->fail_pop[pc->nfail_pop++] = tpC_new_label(c);
    }
}

static void jump_to_fail_pop(Compiler *c, PatternCtx *pc, int op) {
    int pops = pc->on_top + pc->stores.n;
    ensure_fail_pop(c, pc, pops);
    if (!c->failed) {
        tpC_emit(c, op, pc->fail_pop[pops]);
    }
}

static void emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc) {
    if (pc->nfail_pop == 0) {
        return;
    }
    while (--pc->nfail_pop) {
        tpC_use_label(c, pc->fail_pop[pc->nfail_pop]);
        tpC_emit(c, OP_POP_TOP, 0);
    }
    tpC_use_label(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
}

static void rotate(Compiler *c, int count) {
    while (count > 1) {
        tpC_emit(c, OP_SWAP, count--);
    }
}

static void store_name(Compiler *c, const char *name, PatternCtx *pc) {
    if (name == NULL) {
        tpC_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (strcmp(name, "__debug__") == 0) {
        loc_error(c, "cannot assign to %s", name);
        return;
    }
    if (names_has(&pc->stores, name)) {
        loc_error(c, "multiple assignments to name '%s' in pattern", name);
        return;
    }
    rotate(c, pc->on_top + pc->stores.n + 1);
    names_append(c, &pc->stores, name);
}

static void subpattern(Compiler *c, Pattern *p, PatternCtx *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = saved;
}

/* ---- values ---- */

/* Constant-fold a value pattern (literals, negative numbers, complex literals). */
static bool match_value_const(Compiler *c, Expr *e, Value *out) {
    if (tpC_is_const_expr(e) && e->kind != EXPR_Tuple) {
        *out = tpC_const_of(c, e);
        return true;
    }
    if (e->kind != EXPR_BinOp || (e->v.BinOp.op != OP_Add && e->v.BinOp.op != OP_Sub)) {
        return false;
    }
    Expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (!tpC_is_const_expr(l) || r->kind != EXPR_Constant ||
        r->v.Constant.value.kind != CONST_COMPLEX) {
        return false;
    }
    Value lv = tpC_const_of(c, l);
    double re;
    if (IS_FLOAT(lv)) {
        re = AS_FLOAT(lv);
    } else if (IS_INT(lv)) {
        re = (double)AS_INT(lv);
    } else {
        return false;
    }
    double im = r->v.Constant.value.v.f;
    if (e->v.BinOp.op == OP_Sub) {
        im = -im;
    }
    *out = tpComplex_new(c->vm, re, im);
    return !IS_NULL(*out);
}

static void pattern_value(Compiler *c, Pattern *p, PatternCtx *pc) {
    Expr *v = p->v.MatchValue.value;
    Value k;
    if (match_value_const(c, v, &k)) {
        tpC_load_const(c, k);
    } else if (v->kind == EXPR_Attribute) {
        tpC_visit_expr(c, v);
    } else {
        loc_error(c, "patterns may only match literals and attribute lookups%s", "");
        return;
    }
    tpC_emit(c, OP_COMPARE_OP, CMP_EQ);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static void pattern_singleton(Compiler *c, Pattern *p, PatternCtx *pc) {
    tpC_load_const(c, tpC_const_value(c, &p->v.MatchSingleton.value));
    tpC_emit(c, OP_IS_OP, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* ---- sequences ---- */

static void sequence_unpack(Compiler *c, PatternList pats, int star, PatternCtx *pc) {
    int size = pats.n;
    if (star >= 0) {
        tpC_emit(c, OP_UNPACK_EX, star + ((size - star - 1) << 8));
    } else {
        tpC_emit(c, OP_UNPACK_SEQUENCE, size);
    }
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, pats.a[i], pc);
    }
}

static void sequence_subscr(Compiler *c, PatternList pats, int star, PatternCtx *pc) {
    pc->on_top++;
    int size = pats.n;
    for (int i = 0; i < size; i++) {
        Pattern *sub = pats.a[i];
        if (is_wildcard(sub) || i == star) {
            continue;
        }
        tpC_emit(c, OP_COPY, 1);
        if (i < star) {
            tpC_load_const(c, INT_VAL(i));
        } else {
            tpC_emit(c, OP_GET_LEN, 0);
            tpC_load_const(c, INT_VAL(size - i));
            tpC_emit(c, OP_BINARY_OP, BINOP_SUB);
        }
        tpC_emit(c, OP_BINARY_SUBSCR, 0);
        subpattern(c, sub, pc);
    }
    pc->on_top--;
    tpC_emit(c, OP_POP_TOP, 0);
}

static void pattern_sequence(Compiler *c, Pattern *p, PatternCtx *pc) {
    PatternList pats = p->v.MatchSequence.patterns;
    int size = pats.n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *sub = pats.a[i];
        if (sub->kind == PAT_MatchStar) {
            if (star >= 0) {
                loc_error(c, "multiple starred names in sequence pattern%s", "");
                return;
            }
            star_wildcard = is_wildcard_star(sub);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(sub);
    }
    pc->on_top++;
    tpC_emit(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        tpC_emit(c, OP_GET_LEN, 0);
        tpC_load_const(c, INT_VAL(size));
        tpC_emit(c, OP_COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (size > 1) {
        tpC_emit(c, OP_GET_LEN, 0);
        tpC_load_const(c, INT_VAL(size - 1));
        tpC_emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard) {
        tpC_emit(c, OP_POP_TOP, 0);
    } else if (star_wildcard) {
        sequence_subscr(c, pats, star, pc);
    } else {
        sequence_unpack(c, pats, star, pc);
    }
}

/* ---- mappings ---- */

static bool const_keys_equal(const ConstValue *a, const ConstValue *b) {
    bool sa = a->kind == CONST_STR || a->kind == CONST_BYTES;
    bool sb = b->kind == CONST_STR || b->kind == CONST_BYTES;
    if (sa || sb) {
        return a->kind == b->kind && a->v.str.len == b->v.str.len &&
               memcmp(a->v.str.s, b->v.str.s, a->v.str.len) == 0;
    }
    if (a->kind == CONST_BIGINT || b->kind == CONST_BIGINT) {
        return a->kind == b->kind && strcmp(a->v.str.s, b->v.str.s) == 0;
    }
    if (a->kind == CONST_NONE || a->kind == CONST_ELLIPSIS || b->kind == CONST_NONE ||
        b->kind == CONST_ELLIPSIS) {
        return a->kind == b->kind;
    }
    if (a->kind == CONST_COMPLEX || b->kind == CONST_COMPLEX) {
        return a->kind == b->kind && a->v.f == b->v.f;
    }
    double x = a->kind == CONST_INT ? (double)a->v.i : a->kind == CONST_FLOAT ? a->v.f
               : a->kind == CONST_TRUE                                        ? 1.0
                                                                              : 0.0;
    double y = b->kind == CONST_INT ? (double)b->v.i : b->kind == CONST_FLOAT ? b->v.f
               : b->kind == CONST_TRUE                                        ? 1.0
                                                                              : 0.0;
    return x == y;
}

static bool mapping_keys(Compiler *c, ExprList keys) {
    for (int i = 0; i < keys.n; i++) {
        Expr *key = keys.a[i];
        Value k;
        if (key->kind == EXPR_Constant) {
            for (int j = 0; j < i; j++) {
                Expr *o = keys.a[j];
                if (o->kind == EXPR_Constant &&
                    const_keys_equal(&o->v.Constant.value, &key->v.Constant.value)) {
                    StrBuf b;
                    tpBuf_init(&b);
                    Value kv = tpC_const_value(c, &key->v.Constant.value);
                    if (tpBuf_put_repr(c->vm, &b, kv) < 0 || tpBuf_putc(c->vm, &b, '\0') < 0) {
                        tpBuf_free(&b);
                        c->failed = true;
                        return false;
                    }
                    loc_error(c, "mapping pattern checks duplicate key (%s)", b.data);
                    tpBuf_free(&b);
                    return false;
                }
            }
            tpC_visit_expr(c, key);
        } else if (match_value_const(c, key, &k)) {
            tpC_load_const(c, k);
        } else if (key->kind == EXPR_Attribute) {
            tpC_visit_expr(c, key);
        } else {
            loc_error(c, "mapping pattern keys may only match literals and attribute lookups%s",
                      "");
            return false;
        }
    }
    return true;
}

static void pattern_mapping(Compiler *c, Pattern *p, PatternCtx *pc) {
    ExprList keys = p->v.MatchMapping.keys;
    PatternList pats = p->v.MatchMapping.patterns;
    const char *star_target = p->v.MatchMapping.rest;
    int size = keys.n;
    pc->on_top++;
    tpC_emit(c, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (size == 0 && star_target == NULL) {
        pc->on_top--;
        tpC_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (size) {
        tpC_emit(c, OP_GET_LEN, 0);
        tpC_load_const(c, INT_VAL(size));
        tpC_emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    if (!mapping_keys(c, keys)) {
        return;
    }
    tpC_emit(c, OP_BUILD_TUPLE, size);
    tpC_emit(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    tpC_emit(c, OP_COPY, 1);
    tpC_load_const(c, NONE_VAL);
    tpC_emit(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    tpC_emit(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, pats.a[i], pc);
    }
    pc->on_top--;
    if (star_target) {
        tpC_emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0);
        store_name(c, star_target, pc);
    } else {
        tpC_emit(c, OP_POP_TOP, 0);
    }
    pc->on_top--;
    tpC_emit(c, OP_POP_TOP, 0);
}

/* ---- classes ---- */

static void pattern_class(Compiler *c, Pattern *p, PatternCtx *pc) {
    PatternList pats = p->v.MatchClass.patterns;
    IdentList attrs = p->v.MatchClass.kwd_attrs;
    PatternList kpats = p->v.MatchClass.kwd_patterns;
    int nargs = pats.n, nattrs = attrs.n;
    for (int i = 0; i < nattrs; i++) {
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(attrs.a[i], attrs.a[j]) == 0) {
                SET_LOC(c, kpats.a[j]);
                loc_error(c, "attribute name repeated in class pattern: %s", attrs.a[i]);
                return;
            }
        }
    }
    tpC_visit_expr(c, p->v.MatchClass.cls);
    ObjTuple *names = tpTuple_new(c->vm, (size_t)nattrs);
    if (names == NULL) {
        c->failed = true;
        return;
    }
    for (int i = 0; i < nattrs; i++) {
        ObjStr *s = tpC_intern(c, attrs.a[i]);
        if (s == NULL) {
            return;
        }
        names->items[i] = OBJ_VAL(s);
    }
    tpC_load_const(c, OBJ_VAL(names));
    tpC_emit(c, OP_MATCH_CLASS, nargs);
    tpC_emit(c, OP_COPY, 1);
    tpC_load_const(c, NONE_VAL);
    tpC_emit(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    tpC_emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *sub = i < nargs ? pats.a[i] : kpats.a[i - nargs];
        if (is_wildcard(sub)) {
            tpC_emit(c, OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, sub, pc);
    }
}

/* ---- as / or ---- */

static void pattern_as(Compiler *c, Pattern *p, PatternCtx *pc) {
    if (p->v.MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name) {
                loc_error(c, "name capture '%s' makes remaining patterns unreachable",
                          p->v.MatchAs.name);
            } else {
                loc_error(c, "wildcard makes remaining patterns unreachable%s", "");
            }
            return;
        }
        store_name(c, p->v.MatchAs.name, pc);
        return;
    }
    pc->on_top++;
    tpC_emit(c, OP_COPY, 1);
    pattern(c, p->v.MatchAs.pattern, pc);
    pc->on_top--;
    store_name(c, p->v.MatchAs.name, pc);
}

/* Reorder the captures of an alternative to the order of the first alternative. */
static bool or_reorder(Compiler *c, NameList *control, PatternCtx *pc) {
    int nstores = pc->stores.n;
    if (nstores != control->n) {
        return false;
    }
    for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const char *name = control->a[icontrol];
        int istores = names_index(&pc->stores, name);
        if (istores < 0) {
            return false;
        }
        if (icontrol == istores) {
            continue;
        }
        int rotations = istores + 1;
        /* rotated = stores[:rotations]; del stores[:rotations];
         * stores[icontrol-istores:icontrol-istores] = rotated */
        const char *tmp[64];
        const char **rot = rotations <= 64 ? tmp : malloc((size_t)rotations * sizeof *rot);
        if (rot == NULL) {
            c->failed = true;
            return true;
        }
        memcpy(rot, pc->stores.a, (size_t)rotations * sizeof *rot);
        memmove(pc->stores.a, pc->stores.a + rotations,
                (size_t)(nstores - rotations) * sizeof *rot);
        int at = icontrol - istores;
        memmove(pc->stores.a + at + rotations, pc->stores.a + at,
                (size_t)(nstores - rotations - at) * sizeof *rot);
        memcpy(pc->stores.a + at, rot, (size_t)rotations * sizeof *rot);
        if (rot != tmp) {
            free(rot);
        }
        while (rotations--) {
            rotate(c, icontrol + 1);
        }
    }
    return true;
}

static void pattern_or(Compiler *c, Pattern *p, PatternCtx *pc) {
    int end = tpC_new_label(c);
    PatternList alts = p->v.MatchOr.patterns;
    PatternCtx old = *pc;
    NameList control = {0};
    bool have_control = false;
    for (int i = 0; i < alts.n && !c->failed; i++) {
        Pattern *alt = alts.a[i];
        SET_LOC(c, alt);
        pc->stores.a = NULL;
        pc->stores.n = pc->stores.cap = 0;
        pc->allow_irrefutable = i == alts.n - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->nfail_pop = 0;
        pc->on_top = 0;
        tpC_emit(c, OP_COPY, 1);
        pattern(c, alt, pc);
        if (!have_control) {
            control = pc->stores;
            pc->stores.a = NULL;
            pc->stores.n = pc->stores.cap = 0;
            for (int k = 0; k < control.n; k++) {
                names_append(c, &pc->stores, control.a[k]);
            }
            have_control = true;
        } else if (!or_reorder(c, &control, pc)) {
            loc_error(c, "alternative patterns bind different names%s", "");
        }
        free(pc->stores.a);
        tpC_emit(c, OP_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
        free(pc->fail_pop);
    }
    *pc = old;
    tpC_emit(c, OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, OP_JUMP);
    tpC_use_label(c, end);
    int nstores = control.n;
    int nrots = nstores + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < nstores && !c->failed; i++) {
        rotate(c, nrots);
        const char *name = control.a[i];
        if (names_has(&pc->stores, name)) {
            loc_error(c, "multiple assignments to name '%s' in pattern", name);
            break;
        }
        names_append(c, &pc->stores, name);
    }
    free(control.a);
    tpC_emit(c, OP_POP_TOP, 0);
}

static void pattern(Compiler *c, Pattern *p, PatternCtx *pc) {
    if (c->failed) {
        return;
    }
    SET_LOC(c, p);
    switch (p->kind) {
    case PAT_MatchValue:
        pattern_value(c, p, pc);
        break;
    case PAT_MatchSingleton:
        pattern_singleton(c, p, pc);
        break;
    case PAT_MatchSequence:
        pattern_sequence(c, p, pc);
        break;
    case PAT_MatchMapping:
        pattern_mapping(c, p, pc);
        break;
    case PAT_MatchClass:
        pattern_class(c, p, pc);
        break;
    case PAT_MatchStar:
        store_name(c, p->v.MatchStar.name, pc);
        break;
    case PAT_MatchAs:
        pattern_as(c, p, pc);
        break;
    case PAT_MatchOr:
        pattern_or(c, p, pc);
        break;
    default:
        break;
    }
}

/* ---- the statement ---- */

static void match_case(Compiler *c, MatchCase *m, bool copy_subject, bool last, int end) {
    PatternCtx pc;
    memset(&pc, 0, sizeof pc);
    SET_LOC(c, m->pattern);
    if (copy_subject) {
        tpC_emit(c, OP_COPY, 1);
    }
    pc.allow_irrefutable = m->guard != NULL || last;
    pattern(c, m->pattern, &pc);
    for (int n = 0; n < pc.stores.n; n++) {
        tpC_nameop(c, pc.stores.a[n], CTX_Store);
    }
    free(pc.stores.a);
    pc.stores.a = NULL;
    pc.stores.n = 0;
    if (m->guard) {
        ensure_fail_pop(c, &pc, 0);
        if (!c->failed) {
            tpC_jump_if(c, m->guard, pc.fail_pop[0], false);
        }
    }
    if (copy_subject) {
        tpC_emit(c, OP_POP_TOP, 0);
    }
    tpC_visit_stmts(c, m->body);
    tpC_emit(c, OP_JUMP, end);
    SET_LOC(c, m->pattern);
    emit_and_reset_fail_pop(c, &pc);
    free(pc.fail_pop);
}

void tpC_match(Compiler *c, Stmt *s) {
    tpC_visit_expr(c, s->v.Match.subject);
    int end = tpC_new_label(c);
    MatchCaseList cases = s->v.Match.cases;
    int n = cases.n;
    MatchCase *lastm = cases.a[n - 1];
    bool has_default = is_wildcard(lastm->pattern) && n > 1;
    int upto = n - (has_default ? 1 : 0);
    for (int i = 0; i < upto && !c->failed; i++) {
        match_case(c, cases.a[i], i != upto - 1, i == n - 1, end);
    }
    if (has_default && !c->failed) {
        SET_LOC(c, lastm->pattern);
        if (lastm->guard) {
            tpC_jump_if(c, lastm->guard, end, false);
        }
        tpC_visit_stmts(c, lastm->body);
    }
    tpC_use_label(c, end);
}
