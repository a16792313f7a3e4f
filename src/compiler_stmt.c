/*
 * compiler_stmt.c — code generation for statements: assignments (plain, augmented, annotated),
 * del, if/while/for (+ async for), break/continue/return with unwinding through finally, with and
 * except blocks, try/except/else/finally in CPython 3.11's exception-table style, with / async
 * with, raise, assert, imports, expression statements (PRINT_EXPR in the REPL) and module/class
 * bodies (docstring, SETUP_ANNOTATIONS).
 */
#include "compiler_internal.h"

/* ---- helpers shared with other files ---- */

void tpC_pop_except_and_reraise(Compiler *c) {
    tpC_emit(c, OP_COPY, 3);
    tpC_emit(c, OP_POP_EXCEPT, 0);
    tpC_emit(c, OP_RERAISE, 1);
}

void tpC_call_exit_with_nones(Compiler *c) {
    tpC_load_const(c, NONE_VAL);
    tpC_load_const(c, NONE_VAL);
    tpC_load_const(c, NONE_VAL);
    tpC_emit(c, OP_CALL, 2);
}

static void set_handler(Compiler *c, int h) { c->u->cur_handler = h; }
static int handler_parent(Compiler *c, int h) { return h < 0 ? -1 : c->u->handlers[h].parent; }

/* The exit of a with: [exit lasti prev exc res]; res true swallows the exception. */
void tpC_with_except_finish(Compiler *c, int cleanup) {
    int exit = tpC_new_label(c);
    int h = c->u->cur_handler;
    tpC_emit(c, OP_POP_JUMP_IF_TRUE, exit);
    tpC_emit(c, OP_RERAISE, 2);
    set_handler(c, handler_parent(c, h));
    tpC_use_label(c, cleanup);
    tpC_pop_except_and_reraise(c);
    tpC_use_label(c, exit);
    set_handler(c, h);
    tpC_emit(c, OP_POP_TOP, 0);
    set_handler(c, handler_parent(c, h));
    tpC_emit(c, OP_POP_EXCEPT, 0);
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_emit(c, OP_POP_TOP, 0);
}

bool tpC_find_ann(StmtList body) {
    for (int i = 0; i < body.n; i++) {
        Stmt *s = body.a[i];
        switch (s->kind) {
        case STMT_AnnAssign:
            return true;
        case STMT_For:
        case STMT_AsyncFor:
            if (tpC_find_ann(s->v.For.body) || tpC_find_ann(s->v.For.orelse)) {
                return true;
            }
            break;
        case STMT_While:
            if (tpC_find_ann(s->v.While.body) || tpC_find_ann(s->v.While.orelse)) {
                return true;
            }
            break;
        case STMT_If:
            if (tpC_find_ann(s->v.If.body) || tpC_find_ann(s->v.If.orelse)) {
                return true;
            }
            break;
        case STMT_With:
        case STMT_AsyncWith:
            if (tpC_find_ann(s->v.With.body)) {
                return true;
            }
            break;
        case STMT_Try:
        case STMT_TryStar:
            if (tpC_find_ann(s->v.Try.body) || tpC_find_ann(s->v.Try.orelse) ||
                tpC_find_ann(s->v.Try.finalbody)) {
                return true;
            }
            for (int j = 0; j < s->v.Try.handlers.n; j++) {
                if (tpC_find_ann(s->v.Try.handlers.a[j]->body)) {
                    return true;
                }
            }
            break;
        case STMT_Match:
            for (int j = 0; j < s->v.Match.cases.n; j++) {
                if (tpC_find_ann(s->v.Match.cases.a[j]->body)) {
                    return true;
                }
            }
            break;
        default:
            break;
        }
    }
    return false;
}

static bool is_docstring(StmtList body) {
    if (body.n == 0 || body.a[0]->kind != STMT_Expr) {
        return false;
    }
    Expr *e = body.a[0]->v.Expr.value;
    return e->kind == EXPR_Constant && e->v.Constant.value.kind == CONST_STR;
}

void tpC_body(Compiler *c, StmtList body, bool is_module) {
    if (is_module && body.n > 0) {
        SET_LOC(c, body.a[0]);
    }
    if (tpC_find_ann(body)) {
        tpC_emit(c, OP_SETUP_ANNOTATIONS, 0);
    }
    int i = 0;
    if (is_docstring(body)) {
        i = 1;
        SET_LOC(c, body.a[0]);
        tpC_visit_expr(c, body.a[0]->v.Expr.value);
        tpC_unset_loc(c);
        tpC_nameop(c, "__doc__", CTX_Store);
    }
    for (; i < body.n; i++) {
        tpC_visit_stmt(c, body.a[i]);
    }
}

void tpC_visit_stmts(Compiler *c, StmtList l) {
    for (int i = 0; i < l.n && !c->failed; i++) {
        tpC_visit_stmt(c, l.a[i]);
    }
}

/* ---- unwinding for break / continue / return ---- */

static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return;
    case FB_FOR_LOOP:
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        tpC_emit(c, OP_POP_TOP, 1);   /* 1: the loop's iterator (vm.c may recycle it) */
        return;
    case FB_TRY_EXCEPT:
        set_handler(c, fb->outer_handler);
        return;
    case FB_FINALLY_TRY:
        set_handler(c, fb->outer_handler);
        if (preserve_tos && tpC_push_fblock(c, FB_POP_VALUE, -1, -1, NULL) < 0) {
            return;
        }
        tpC_visit_stmts(c, *(const StmtList *)fb->datum);
        if (preserve_tos) {
            tpC_pop_fblock(c);
        }
        tpC_unset_loc(c);
        return;
    case FB_FINALLY_END:
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        tpC_emit(c, OP_POP_TOP, 0);
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        set_handler(c, fb->outer_handler);
        tpC_emit(c, OP_POP_EXCEPT, 0);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        SET_LOC(c, (const Stmt *)fb->datum);
        set_handler(c, fb->outer_handler);
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        tpC_call_exit_with_nones(c);
        if (fb->kind == FB_ASYNC_WITH) {
            tpC_emit(c, OP_GET_AWAITABLE, 2);
            tpC_load_const(c, NONE_VAL);
            tpC_add_yield_from(c, true);
        }
        tpC_emit(c, OP_POP_TOP, 0);
        tpC_unset_loc(c);
        return;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        set_handler(c, fb->outer_handler);
        tpC_emit(c, OP_POP_EXCEPT, 0);
        if (fb->datum) {
            tpC_load_const(c, NONE_VAL);
            tpC_nameop(c, (const char *)fb->datum, CTX_Store);
            tpC_nameop(c, (const char *)fb->datum, CTX_Del);
        }
        return;
    case FB_POP_VALUE:
        if (preserve_tos) {
            tpC_emit(c, OP_SWAP, 2);
        }
        tpC_emit(c, OP_POP_TOP, 0);
        return;
    default:
        return;
    }
}

static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0 || c->failed) {
        return 0;
    }
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER) {
        Position *p = &u->loc;
        tpC_error(c, p->lineno, p->col, p->end_lineno, p->end_col,
                  "'break', 'continue' and 'return' cannot appear in an except* block");
        return -1;
    }
    if (loop != NULL && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    unwind_fblock(c, &copy, preserve_tos);
    int rc = unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return rc;
}

static void visit_return(Compiler *c, Stmt *s) {
    Expr *v = s->v.Return.value;
    Scope *ste = c->u->ste;
    if (ste->type != BLOCK_FUNCTION) {
        tpC_error_at(c, s, "'return' outside function");
        return;
    }
    if (v != NULL && ste->coroutine && ste->generator) {
        tpC_error_at(c, s, "'return' with value in async generator");
        return;
    }
    bool preserve_tos = v != NULL && v->kind != EXPR_Constant;
    if (preserve_tos) {
        tpC_visit_expr(c, v);
    }
    int saved = c->u->cur_handler;
    Position loc = c->u->loc;
    if (unwind_fblock_stack(c, preserve_tos, NULL) < 0) {
        return;
    }
    if (v == NULL) {
        tpC_load_const(c, NONE_VAL);
    } else if (!preserve_tos) {
        c->u->loc = loc;
        tpC_load_const(c, tpC_const_value(c, &v->v.Constant.value));
    }
    tpC_emit(c, OP_RETURN_VALUE, 0);
    set_handler(c, saved);
}

static void visit_break_continue(Compiler *c, Stmt *s, bool is_break) {
    FBlock *loop = NULL;
    int saved = c->u->cur_handler;
    if (unwind_fblock_stack(c, false, &loop) < 0) {
        return;
    }
    if (loop == NULL) {
        tpC_error_at(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    if (is_break) {
        unwind_fblock(c, loop, false);
        tpC_emit(c, OP_JUMP, loop->exit);
    } else {
        tpC_emit(c, OP_JUMP, loop->start);
    }
    set_handler(c, saved);
}

/* ---- control flow ---- */

static void visit_if(Compiler *c, Stmt *s) {
    int end = tpC_new_label(c);
    int next = s->v.If.orelse.n ? tpC_new_label(c) : end;
    int k = tpC_expr_constant(s->v.If.test);
    if (k == 0) {
        tpC_emit(c, OP_JUMP, next);
    } else if (k < 0) {
        tpC_jump_if(c, s->v.If.test, next, false);
    }
    tpC_visit_stmts(c, s->v.If.body);
    if (s->v.If.orelse.n) {
        tpC_unset_loc(c);
        tpC_emit(c, OP_JUMP, end);
        tpC_use_label(c, next);
        tpC_visit_stmts(c, s->v.If.orelse);
    }
    tpC_use_label(c, end);
}

static void visit_while(Compiler *c, Stmt *s) {
    int loop = tpC_new_label(c), anchor = tpC_new_label(c), end = tpC_new_label(c);
    tpC_use_label(c, loop);
    if (tpC_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL) < 0) {
        return;
    }
    int k = tpC_expr_constant(s->v.While.test);
    if (k == 0) {
        tpC_emit(c, OP_JUMP, anchor);
    } else if (k < 0) {
        tpC_jump_if(c, s->v.While.test, anchor, false);
    }
    tpC_visit_stmts(c, s->v.While.body);
    SET_LOC(c, s);
    if (k < 0) {
        tpC_recheck_expr(c, s->v.While.test);
    }
    tpC_emit(c, OP_JUMP, loop);
    tpC_pop_fblock(c);
    tpC_use_label(c, anchor);
    tpC_visit_stmts(c, s->v.While.orelse);
    tpC_use_label(c, end);
}

static void visit_for(Compiler *c, Stmt *s) {
    int start = tpC_new_label(c), cleanup = tpC_new_label(c), end = tpC_new_label(c);
    tpC_visit_iterable(c, s->v.For.iter);
    tpC_emit(c, OP_GET_ITER, 0);
    tpC_use_label(c, start);
    if (tpC_push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0) {
        return;
    }
    tpC_emit(c, OP_FOR_ITER, cleanup);
    tpC_visit_expr(c, s->v.For.target);
    tpC_visit_stmts(c, s->v.For.body);
    tpC_unset_loc(c);
    tpC_emit(c, OP_JUMP, start);
    tpC_pop_fblock(c);
    tpC_use_label(c, cleanup);
    tpC_visit_stmts(c, s->v.For.orelse);
    tpC_use_label(c, end);
}

static void visit_async_for(Compiler *c, Stmt *s) {
    if (c->u->scope_type != SCOPE_ASYNC_FUNCTION) {
        tpC_error_at(c, s, "'async for' outside async function");
        return;
    }
    int start = tpC_new_label(c), except = tpC_new_label(c), end = tpC_new_label(c);
    tpC_visit_expr(c, s->v.AsyncFor.iter);   /* CPython leaves this one alone */
    tpC_emit(c, OP_GET_AITER, 0);
    tpC_use_label(c, start);
    if (tpC_push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0) {
        return;
    }
    tpC_push_handler(c, except, 0, 0);
    tpC_emit(c, OP_GET_ANEXT, 0);
    tpC_load_const(c, NONE_VAL);
    tpC_add_yield_from(c, true);
    tpC_pop_handler(c);
    tpC_visit_expr(c, s->v.AsyncFor.target);
    tpC_visit_stmts(c, s->v.AsyncFor.body);
    tpC_unset_loc(c);
    tpC_emit(c, OP_JUMP, start);
    tpC_pop_fblock(c);
    tpC_use_label(c, except);
    SET_LOC(c, s->v.AsyncFor.iter);
    tpC_emit(c, OP_END_ASYNC_FOR, 0);
    tpC_visit_stmts(c, s->v.AsyncFor.orelse);
    tpC_use_label(c, end);
}

/* ---- try ---- */

/* The handlers section of try/except: entered with [exc] on the stack (handler depth d). */
static void except_handler(Compiler *c, ExceptHandler *h, bool last, int end, int h2) {
    SET_LOC(c, h);
    if (h->type == NULL && !last) {
        tpC_error_at(c, h, "default 'except:' must be last");
        return;
    }
    int next = tpC_new_label(c);
    int outer = handler_parent(c, h2);
    if (h->type) {
        tpC_visit_expr(c, h->type);
        tpC_emit(c, OP_CHECK_EXC_MATCH, 0);
        tpC_emit(c, OP_POP_JUMP_IF_FALSE, next);
    }
    if (h->name) {
        int cleanup_end = tpC_new_label(c);
        tpC_nameop(c, h->name, CTX_Store);
        if (tpC_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->name) < 0) {
            return;
        }
        c->u->fblocks[c->u->nfblocks - 1].outer_handler = outer;
        tpC_push_handler(c, cleanup_end, 1, 0);
        tpC_visit_stmts(c, h->body);
        tpC_pop_fblock(c);
        tpC_unset_loc(c);
        set_handler(c, outer);
        tpC_emit(c, OP_POP_EXCEPT, 0);
        tpC_load_const(c, NONE_VAL);
        tpC_nameop(c, h->name, CTX_Store);
        tpC_nameop(c, h->name, CTX_Del);
        tpC_emit(c, OP_JUMP, end);
        set_handler(c, h2);
        tpC_use_label(c, cleanup_end);
        tpC_load_const(c, NONE_VAL);
        tpC_nameop(c, h->name, CTX_Store);
        tpC_nameop(c, h->name, CTX_Del);
        tpC_emit(c, OP_RERAISE, 1);
    } else {
        tpC_emit(c, OP_POP_TOP, 0);
        if (tpC_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL) < 0) {
            return;
        }
        c->u->fblocks[c->u->nfblocks - 1].outer_handler = outer;
        tpC_visit_stmts(c, h->body);
        tpC_pop_fblock(c);
        tpC_unset_loc(c);
        set_handler(c, outer);
        tpC_emit(c, OP_POP_EXCEPT, 0);
        tpC_emit(c, OP_JUMP, end);
    }
    set_handler(c, h2);
    tpC_use_label(c, next);
}

/* Close the handler block of a try statement: leave its frame block, re-raise whatever no clause
 * handled, and emit the `cleanup` handler that restores the previous exception and re-raises. */
static void end_handler_block(Compiler *c, int cleanup) {
    tpC_pop_fblock(c);
    tpC_unset_loc(c);
    tpC_emit(c, OP_RERAISE, 0);
    tpC_pop_handler(c);
    tpC_use_label(c, cleanup);
    tpC_pop_except_and_reraise(c);
}

static void try_except(Compiler *c, Stmt *s) {
    int except = tpC_new_label(c), end = tpC_new_label(c), cleanup = tpC_new_label(c);
    if (tpC_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL) < 0) {
        return;
    }
    tpC_push_handler(c, except, 0, 0);
    tpC_visit_stmts(c, s->v.Try.body);
    tpC_pop_fblock(c);
    tpC_pop_handler(c);
    tpC_visit_stmts(c, s->v.Try.orelse);
    tpC_unset_loc(c);
    tpC_emit(c, OP_JUMP, end);
    tpC_use_label(c, except);
    int h2 = tpC_push_handler(c, cleanup, 1, 0);
    tpC_emit(c, OP_PUSH_EXC_INFO, 0);
    if (tpC_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL) < 0) {
        return;
    }
    int n = s->v.Try.handlers.n;
    for (int i = 0; i < n && !c->failed; i++) {
        except_handler(c, s->v.Try.handlers.a[i], i == n - 1, end, h2);
    }
    end_handler_block(c, cleanup);
    tpC_use_label(c, end);
}

static void try_finally(Compiler *c, Stmt *s, bool star) {
    int end = tpC_new_label(c), exit = tpC_new_label(c), cleanup = tpC_new_label(c);
    if (tpC_push_fblock(c, FB_FINALLY_TRY, -1, -1, &s->v.Try.finalbody) < 0) {
        return;
    }
    tpC_push_handler(c, end, 0, 0);
    if (s->v.Try.handlers.n > 0) {
        if (star) {
            tpC_try_star(c, s);
        } else {
            try_except(c, s);
        }
    } else {
        tpC_visit_stmts(c, s->v.Try.body);
        tpC_visit_stmts(c, s->v.Try.orelse);
    }
    tpC_pop_handler(c);
    tpC_pop_fblock(c);
    tpC_visit_stmts(c, s->v.Try.finalbody);
    tpC_unset_loc(c);
    tpC_emit(c, OP_JUMP, exit);
    tpC_use_label(c, end);
    if (tpC_push_fblock(c, FB_FINALLY_END, -1, -1, NULL) < 0) {
        return;
    }
    tpC_push_handler(c, cleanup, 1, 0);
    tpC_emit(c, OP_PUSH_EXC_INFO, 0);
    tpC_visit_stmts(c, s->v.Try.finalbody);
    end_handler_block(c, cleanup);
    tpC_use_label(c, exit);
}

static void visit_try(Compiler *c, Stmt *s, bool star) {
    if (s->v.Try.finalbody.n > 0) {
        try_finally(c, s, star);
    } else if (star) {
        tpC_try_star(c, s);
    } else {
        try_except(c, s);
    }
}

/* ---- with ---- */

static void visit_with(Compiler *c, Stmt *s, int pos, bool is_async) {
    if (is_async && c->u->scope_type != SCOPE_ASYNC_FUNCTION) {
        tpC_error_at(c, s, "'async with' outside async function");
        return;
    }
    WithItem *item = s->v.With.items.a[pos];
    int final = tpC_new_label(c), exit = tpC_new_label(c), cleanup = tpC_new_label(c);
    tpC_visit_expr(c, item->context_expr);
    if (is_async) {
        tpC_emit(c, OP_BEFORE_ASYNC_WITH, 0);
        tpC_emit(c, OP_GET_AWAITABLE, 1);
        tpC_load_const(c, NONE_VAL);
        tpC_add_yield_from(c, true);
    } else {
        tpC_emit(c, OP_BEFORE_WITH, 0);
    }
    if (tpC_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, s) < 0) {
        return;
    }
    tpC_push_handler(c, final, 1, -1);
    if (item->optional_vars) {
        tpC_visit_expr(c, item->optional_vars);
    } else {
        tpC_emit(c, OP_POP_TOP, 0);
    }
    if (pos + 1 == s->v.With.items.n) {
        tpC_visit_stmts(c, s->v.With.body);
    } else {
        visit_with(c, s, pos + 1, is_async);
    }
    tpC_unset_loc(c);
    tpC_pop_handler(c);
    tpC_pop_fblock(c);
    SET_LOC(c, s);
    tpC_call_exit_with_nones(c);
    if (is_async) {
        tpC_emit(c, OP_GET_AWAITABLE, 2);
        tpC_load_const(c, NONE_VAL);
        tpC_add_yield_from(c, true);
    }
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_emit(c, OP_JUMP, exit);
    tpC_use_label(c, final);
    tpC_push_handler(c, cleanup, 1, 0);
    tpC_emit(c, OP_PUSH_EXC_INFO, 0);
    tpC_emit(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        tpC_emit(c, OP_GET_AWAITABLE, 2);
        tpC_load_const(c, NONE_VAL);
        tpC_add_yield_from(c, true);
    }
    tpC_with_except_finish(c, cleanup);
    tpC_use_label(c, exit);
}

/* ---- assignments ---- */

/* The elements of a tuple display or unpacking target, or NULL when `e` is none, has a starred
 * element, or is not 2 or 3 long. */
static ExprList *swappable_elts(Expr *e) {
    ExprList *l = e->kind == EXPR_Tuple ? &e->v.Tuple.elts
                  : e->kind == EXPR_List ? &e->v.List.elts : NULL;
    if (l == NULL || l->n < 2 || l->n > 3) {
        return NULL;
    }
    for (int i = 0; i < l->n; i++) {
        if (l->a[i]->kind == EXPR_Starred) {
            return NULL;
        }
    }
    return l;
}

/* `a, b = b, a % b` (2 or 3 names each side): push the values and reorder them with one SWAP
 * instead of building a tuple only to unpack it — as CPython's optimiser does. The values are
 * all evaluated before any store, as before. A constant tuple is left alone (a LOAD_CONST). */
static bool assign_by_swap(Compiler *c, Expr *target, Expr *value) {
    ExprList *tl = swappable_elts(target);
    ExprList *vl = value->kind == EXPR_Tuple ? swappable_elts(value) : NULL;
    if (tl == NULL || vl == NULL || tl->n != vl->n || tpC_is_const_expr(value)) {
        return false;
    }
    for (int i = 0; i < vl->n; i++) {
        tpC_visit_expr(c, vl->a[i]);
    }
    tpC_emit(c, OP_SWAP, vl->n);
    for (int i = 0; i < tl->n; i++) {
        tpC_visit_expr(c, tl->a[i]);
    }
    return true;
}

static void visit_assign(Compiler *c, Stmt *s) {
    ExprList t = s->v.Assign.targets;
    if (t.n == 1 && assign_by_swap(c, t.a[0], s->v.Assign.value)) {
        return;
    }
    tpC_visit_expr(c, s->v.Assign.value);
    for (int i = 0; i < t.n; i++) {
        if (i < t.n - 1) {
            tpC_emit(c, OP_COPY, 1);
        }
        tpC_visit_expr(c, t.a[i]);
    }
}

static void visit_augassign(Compiler *c, Stmt *s) {
    Expr *e = s->v.AugAssign.target;
    Position stmt_loc = c->u->loc;
    SET_LOC(c, e);
    switch (e->kind) {
    case EXPR_Attribute:
        tpC_visit_expr(c, e->v.Attribute.value);
        tpC_emit(c, OP_COPY, 1);
        tpC_update_start_to_attr(c, e);
        tpC_emit(c, OP_LOAD_ATTR, tpC_name_index(c, e->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        tpC_visit_expr(c, e->v.Subscript.value);
        tpC_visit_expr(c, e->v.Subscript.slice);
        tpC_emit(c, OP_COPY, 2);
        tpC_emit(c, OP_COPY, 2);
        tpC_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case EXPR_Name:
        tpC_nameop(c, e->v.Name.id, CTX_Load);
        break;
    default:
        tpC_error_at(c, e, "illegal expression for augmented assignment");
        return;
    }
    c->u->loc = stmt_loc;
    tpC_visit_expr(c, s->v.AugAssign.value);
    tpC_emit(c, OP_BINARY_OP, BINOP_INPLACE + tpC_binop_of(s->v.AugAssign.op));
    SET_LOC(c, e);
    switch (e->kind) {
    case EXPR_Attribute:
        tpC_update_start_to_attr(c, e);
        tpC_emit(c, OP_SWAP, 2);
        tpC_emit(c, OP_STORE_ATTR, tpC_name_index(c, e->v.Attribute.attr));
        break;
    case EXPR_Subscript:
        tpC_emit(c, OP_SWAP, 3);
        tpC_emit(c, OP_SWAP, 2);
        tpC_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        tpC_nameop(c, e->v.Name.id, CTX_Store);
        break;
    }
}

static void check_ann_expr(Compiler *c, Expr *e) {
    tpC_visit_expr(c, e);
    tpC_emit(c, OP_POP_TOP, 0);
}

static void visit_annassign(Compiler *c, Stmt *s) {
    Expr *t = s->v.AnnAssign.target;
    bool module_or_class = c->u->scope_type == SCOPE_MODULE || c->u->scope_type == SCOPE_CLASS;
    if (s->v.AnnAssign.value) {
        tpC_visit_expr(c, s->v.AnnAssign.value);
        tpC_visit_expr(c, t);
    }
    switch (t->kind) {
    case EXPR_Name:
        if (s->v.AnnAssign.simple && module_or_class) {
            if (c->future_annotations) {
                tpC_load_const(c, tpC_unparse(c, s->v.AnnAssign.annotation));
            } else {
                tpC_visit_expr(c, s->v.AnnAssign.annotation);
            }
            tpC_nameop(c, "__annotations__", CTX_Load);
            ObjStr *name = tpC_intern(c, tpC_mangle(c, t->v.Name.id));
            if (name != NULL) {
                tpC_load_const(c, OBJ_VAL(name));
            }
            tpC_emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case EXPR_Attribute:
        if (!s->v.AnnAssign.value) {
            check_ann_expr(c, t->v.Attribute.value);
        }
        break;
    case EXPR_Subscript:
        if (!s->v.AnnAssign.value) {
            check_ann_expr(c, t->v.Subscript.value);
            check_ann_expr(c, t->v.Subscript.slice);
        }
        break;
    default:
        tpC_error_at(c, t, "invalid node type for annotated assignment");
        return;
    }
    if (!s->v.AnnAssign.simple && module_or_class && !c->future_annotations) {
        check_ann_expr(c, s->v.AnnAssign.annotation);
    }
}

/* ---- simple statements ---- */

static void visit_raise(Compiler *c, Stmt *s) {
    int n = 0;
    if (s->v.Raise.exc) {
        tpC_visit_expr(c, s->v.Raise.exc);
        n++;
        if (s->v.Raise.cause) {
            tpC_visit_expr(c, s->v.Raise.cause);
            n++;
        }
    }
    tpC_emit(c, OP_RAISE_VARARGS, n);
}

static void visit_assert(Compiler *c, Stmt *s) {
    tpC_check_assert(c, s);
    int end = tpC_new_label(c);
    tpC_jump_if(c, s->v.Assert.test, end, true);
    tpC_emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.Assert.msg) {
        tpC_visit_expr(c, s->v.Assert.msg);
        tpC_emit(c, OP_CALL, 0);
    }
    tpC_emit(c, OP_RAISE_VARARGS, 1);
    tpC_use_label(c, end);
}

static void import_as(Compiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot == NULL) {
        tpC_nameop(c, asname, CTX_Store);
        return;
    }
    char buf[512];
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        size_t n = dot ? (size_t)(dot - start) : strlen(start);
        if (n >= sizeof buf) {
            n = sizeof buf - 1;
        }
        memcpy(buf, start, n);
        buf[n] = '\0';
        tpC_emit(c, OP_IMPORT_FROM, tpC_name_index(c, buf));
        if (dot == NULL) {
            break;
        }
        tpC_emit(c, OP_SWAP, 2);
        tpC_emit(c, OP_POP_TOP, 0);
    }
    tpC_nameop(c, asname, CTX_Store);
    tpC_emit(c, OP_POP_TOP, 0);
}

static void visit_import(Compiler *c, Stmt *s) {
    for (int i = 0; i < s->v.Import.names.n; i++) {
        Alias *a = s->v.Import.names.a[i];
        tpC_load_const(c, INT_VAL(0));
        tpC_load_const(c, NONE_VAL);
        tpC_emit(c, OP_IMPORT_NAME, tpC_name_index(c, a->name));
        if (a->asname) {
            import_as(c, a->name, a->asname);
        } else {
            const char *dot = strchr(a->name, '.');
            char buf[512];
            size_t n = dot ? (size_t)(dot - a->name) : strlen(a->name);
            if (n >= sizeof buf) {
                n = sizeof buf - 1;
            }
            memcpy(buf, a->name, n);
            buf[n] = '\0';
            tpC_nameop(c, buf, CTX_Store);
        }
    }
}

static void visit_import_from(Compiler *c, Stmt *s) {
    AliasList names = s->v.ImportFrom.names;
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module != NULL &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0) {
        tpC_error_at(c, s, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    tpC_load_const(c, INT_VAL(s->v.ImportFrom.level));
    ObjTuple *t = tpTuple_new(c->vm, (size_t)names.n);
    if (t == NULL) {
        c->failed = true;
        return;
    }
    for (int i = 0; i < names.n; i++) {
        ObjStr *str = tpC_intern(c, names.a[i]->name);
        if (str == NULL) {
            return;
        }
        t->items[i] = OBJ_VAL(str);
    }
    tpC_load_const(c, OBJ_VAL(t));
    const char *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    tpC_emit(c, OP_IMPORT_NAME, tpC_name_index(c, mod));
    for (int i = 0; i < names.n; i++) {
        Alias *a = names.a[i];
        if (i == 0 && a->name[0] == '*') {
            tpC_emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        tpC_emit(c, OP_IMPORT_FROM, tpC_name_index(c, a->name));
        tpC_nameop(c, a->asname ? a->asname : a->name, CTX_Store);
    }
    tpC_emit(c, OP_POP_TOP, 0);
}

static void visit_expr_stmt(Compiler *c, Stmt *s) {
    Expr *v = s->v.Expr.value;
    if (c->interactive && c->u->scope_type == SCOPE_MODULE) {
        tpC_visit_expr(c, v);
        tpC_emit(c, OP_PRINT_EXPR, 0);
        return;
    }
    if (v->kind == EXPR_Constant) {
        return;
    }
    tpC_visit_expr(c, v);
    tpC_emit(c, OP_POP_TOP, 0);
}

void tpC_visit_stmt(Compiler *c, Stmt *s) {
    if (c->failed || tpC_check_stack_low(c)) {
        return;
    }
    SET_LOC(c, s);
    switch (s->kind) {
    case STMT_FunctionDef:
        tpC_function(c, s, false);
        break;
    case STMT_AsyncFunctionDef:
        tpC_function(c, s, true);
        break;
    case STMT_ClassDef:
        tpC_class(c, s);
        break;
    case STMT_Return:
        visit_return(c, s);
        break;
    case STMT_Delete:
        tpC_visit_exprs(c, s->v.Delete.targets);
        break;
    case STMT_Assign:
        visit_assign(c, s);
        break;
    case STMT_AugAssign:
        visit_augassign(c, s);
        break;
    case STMT_AnnAssign:
        visit_annassign(c, s);
        break;
    case STMT_For:
        visit_for(c, s);
        break;
    case STMT_AsyncFor:
        visit_async_for(c, s);
        break;
    case STMT_While:
        visit_while(c, s);
        break;
    case STMT_If:
        visit_if(c, s);
        break;
    case STMT_With:
        visit_with(c, s, 0, false);
        break;
    case STMT_AsyncWith:
        visit_with(c, s, 0, true);
        break;
    case STMT_Match:
        tpC_match(c, s);
        break;
    case STMT_Raise:
        visit_raise(c, s);
        break;
    case STMT_Try:
        visit_try(c, s, false);
        break;
    case STMT_TryStar:
        visit_try(c, s, true);
        break;
    case STMT_Assert:
        visit_assert(c, s);
        break;
    case STMT_Import:
        visit_import(c, s);
        break;
    case STMT_ImportFrom:
        visit_import_from(c, s);
        break;
    case STMT_Expr:
        visit_expr_stmt(c, s);
        break;
    case STMT_Break:
        visit_break_continue(c, s, true);
        break;
    case STMT_Continue:
        visit_break_continue(c, s, false);
        break;
    default:   /* Global, Nonlocal, Pass */
        break;
    }
}
