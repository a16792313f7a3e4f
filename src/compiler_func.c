/*
 * compiler_func.c — code generation for everything that creates a code object: def / async def
 * (defaults, keyword-only defaults, annotations, closures, decorators, docstrings), class
 * statements (the body function, __module__/__qualname__/__classcell__, __build_class__ call),
 * lambda, comprehensions and generator expressions (3.11: nested functions called with the
 * outermost iterator), and except* (PREP_RERAISE_STAR protocol).
 */
#include "compiler_internal.h"

/* ---- functions ---- */

static int default_arguments(Compiler *c, Arguments *args) {
    int flags = 0;
    if (args->defaults.n > 0) {
        bool all = true;
        for (int i = 0; i < args->defaults.n; i++) {
            if (!tpC_is_const_expr(args->defaults.a[i])) {
                all = false;
            }
        }
        if (all) {
            ObjTuple *t = tpTuple_new(c->vm, (size_t)args->defaults.n);
            if (t == NULL) {
                c->failed = true;
                return 0;
            }
            for (int i = 0; i < args->defaults.n; i++) {
                t->items[i] = tpC_const_of(c, args->defaults.a[i]);
            }
            tpC_load_const(c, OBJ_VAL(t));
        } else {
            tpC_visit_exprs(c, args->defaults);
            tpC_emit(c, OP_BUILD_TUPLE, args->defaults.n);
        }
        flags |= 1;
    }
    if (args->kwonlyargs.n > 0) {
        int n = 0;
        for (int i = 0; i < args->kwonlyargs.n; i++) {
            Expr *d = i < args->kw_defaults.n ? args->kw_defaults.a[i] : NULL;
            if (d == NULL) {
                continue;
            }
            ObjStr *name = tpC_intern(c, tpC_mangle(c, args->kwonlyargs.a[i]->arg));
            if (name == NULL) {
                return flags;
            }
            tpC_load_const(c, OBJ_VAL(name));
            tpC_visit_expr(c, d);
            n++;
        }
        if (n > 0) {
            tpC_emit(c, OP_BUILD_MAP, n);
            flags |= 2;
        }
    }
    return flags;
}

static void annotation_item(Compiler *c, const char *name, Expr *ann, int *count) {
    if (ann == NULL) {
        return;
    }
    ObjStr *s = tpC_intern(c, tpC_mangle(c, name));
    if (s == NULL) {
        return;
    }
    tpC_load_const(c, OBJ_VAL(s));
    if (c->future_annotations) {
        tpC_load_const(c, tpC_unparse(c, ann));
    } else if (ann->kind == EXPR_Starred) {
        tpC_visit_expr(c, ann->v.Starred.value);
        tpC_emit(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        tpC_visit_expr(c, ann);
    }
    (*count)++;
}

static int annotations(Compiler *c, Arguments *args, Expr *returns) {
    int count = 0;
    for (int i = 0; i < args->args.n; i++) {
        annotation_item(c, args->args.a[i]->arg, args->args.a[i]->annotation, &count);
    }
    for (int i = 0; i < args->posonlyargs.n; i++) {
        annotation_item(c, args->posonlyargs.a[i]->arg, args->posonlyargs.a[i]->annotation,
                        &count);
    }
    if (args->vararg) {
        annotation_item(c, args->vararg->arg, args->vararg->annotation, &count);
    }
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        annotation_item(c, args->kwonlyargs.a[i]->arg, args->kwonlyargs.a[i]->annotation,
                        &count);
    }
    if (args->kwarg) {
        annotation_item(c, args->kwarg->arg, args->kwarg->annotation, &count);
    }
    if (returns) {
        ObjStr *s = tpC_intern(c, "return");
        if (s == NULL) {
            return 0;
        }
        tpC_load_const(c, OBJ_VAL(s));
        if (c->future_annotations) {
            tpC_load_const(c, tpC_unparse(c, returns));
        } else {
            tpC_visit_expr(c, returns);
        }
        count++;
    }
    if (count == 0) {
        return 0;
    }
    tpC_emit(c, OP_BUILD_TUPLE, 2 * count);
    return 4;
}

static void set_arg_counts(Compiler *c, Arguments *args) {
    c->u->posonlyargcount = args->posonlyargs.n;
    c->u->argcount = args->posonlyargs.n + args->args.n;
    c->u->kwonlyargcount = args->kwonlyargs.n;
}

static void apply_decorators(Compiler *c, ExprList decos) {
    Position saved = c->u->loc;
    for (int i = decos.n - 1; i >= 0; i--) {
        SET_LOC(c, decos.a[i]);
        tpC_emit(c, OP_CALL, 0);
    }
    c->u->loc = saved;
}

static bool docstring_of(StmtList body, Expr **out) {
    if (body.n == 0 || body.a[0]->kind != STMT_Expr) {
        return false;
    }
    Expr *e = body.a[0]->v.Expr.value;
    if (e->kind != EXPR_Constant || e->v.Constant.value.kind != CONST_STR) {
        return false;
    }
    *out = e;
    return true;
}

void tpC_function(Compiler *c, Stmt *s, bool is_async) {
    Arguments *args = s->v.FunctionDef.args;
    ExprList decos = s->v.FunctionDef.decorator_list;
    StmtList body = s->v.FunctionDef.body;
    tpC_visit_exprs(c, decos);
    int firstlineno = decos.n ? decos.a[0]->lineno : s->lineno;
    int flags = default_arguments(c, args);
    flags |= annotations(c, args, s->v.FunctionDef.returns);
    if (c->failed || tpC_enter_scope(c, s->v.FunctionDef.name,
                                     is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s,
                                     firstlineno) < 0) {
        return;
    }
    Expr *doc = NULL;
    bool has_doc = docstring_of(body, &doc);
    tpC_add_const(c, has_doc ? tpC_const_value(c, &doc->v.Constant.value) : NONE_VAL);
    set_arg_counts(c, args);
    for (int i = has_doc ? 1 : 0; i < body.n; i++) {
        tpC_visit_stmt(c, body.a[i]);
    }
    ObjCode *co = tpC_exit_scope(c, true);
    if (co == NULL) {
        return;
    }
    SET_LOC(c, s);
    tpC_make_closure(c, co, flags);
    apply_decorators(c, decos);
    tpC_nameop(c, s->v.FunctionDef.name, CTX_Store);
}

void tpC_lambda(Compiler *c, Expr *e) {
    Arguments *args = e->v.Lambda.args;
    int flags = default_arguments(c, args);
    if (c->failed || tpC_enter_scope(c, "<lambda>", SCOPE_LAMBDA, e, e->lineno) < 0) {
        return;
    }
    tpC_add_const(c, NONE_VAL);
    set_arg_counts(c, args);
    tpC_visit_expr(c, e->v.Lambda.body);
    tpC_emit(c, OP_RETURN_VALUE, 0);
    ObjCode *co = tpC_exit_scope(c, false);
    if (co != NULL) {
        tpC_make_closure(c, co, flags);
    }
}

/* ---- classes ---- */

void tpC_class(Compiler *c, Stmt *s) {
    ExprList decos = s->v.ClassDef.decorator_list;
    tpC_visit_exprs(c, decos);
    int firstlineno = decos.n ? decos.a[0]->lineno : s->lineno;
    if (c->failed ||
        tpC_enter_scope(c, s->v.ClassDef.name, SCOPE_CLASS, s, firstlineno) < 0) {
        return;
    }
    SET_LOC(c, s);
    tpC_nameop(c, "__name__", CTX_Load);
    tpC_nameop(c, "__module__", CTX_Store);
    tpC_load_const(c, OBJ_VAL(c->u->qualname));
    tpC_nameop(c, "__qualname__", CTX_Store);
    tpC_body(c, s->v.ClassDef.body, false);
    tpC_unset_loc(c);
    if (c->u->ste->needs_class_closure) {
        int k = 0;
        for (int i = 0; i < c->u->cellvars.n; i++) {
            if (strcmp(AS_STR(c->u->cellvars.a[i])->data, "__class__") == 0) {
                k = i;
            }
        }
        tpC_emit(c, OP_LOAD_CLOSURE, k);
        tpC_emit(c, OP_COPY, 1);
        tpC_nameop(c, "__classcell__", CTX_Store);
    } else {
        tpC_load_const(c, NONE_VAL);
    }
    tpC_emit(c, OP_RETURN_VALUE, 0);
    ObjCode *co = tpC_exit_scope(c, false);
    if (co == NULL) {
        return;
    }
    SET_LOC(c, s);
    tpC_emit(c, OP_LOAD_BUILD_CLASS, 0);
    tpC_emit(c, OP_PUSH_NULL, 0);
    tpC_make_closure(c, co, 0);
    ObjStr *name = tpC_intern(c, s->v.ClassDef.name);
    if (name == NULL) {
        return;
    }
    tpC_load_const(c, OBJ_VAL(name));
    tpC_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords, NULL);
    apply_decorators(c, decos);
    tpC_nameop(c, s->v.ClassDef.name, CTX_Store);
}

/* ---- comprehensions ---- */

typedef struct CompInfo {
    int kind;                 /* COMP_* */
    ComprehensionList gens;
    Expr *elt, *val;
} CompInfo;

static void comp_generator(Compiler *c, CompInfo *ci, int index, int depth);

static void comp_element(Compiler *c, CompInfo *ci, int depth) {
    switch (ci->kind) {
    case COMP_GEN: {
        tpC_visit_expr(c, ci->elt);
        Scope *s = c->u->ste;
        if (s->generator && s->coroutine) {
            tpC_emit(c, OP_ASYNC_GEN_WRAP, 0);
        }
        tpC_emit(c, OP_YIELD_VALUE, 0);
        tpC_emit(c, OP_POP_TOP, 0);
        break;
    }
    case COMP_LIST:
        tpC_visit_expr(c, ci->elt);
        tpC_emit(c, OP_LIST_APPEND, depth + 1);
        break;
    case COMP_SET:
        tpC_visit_expr(c, ci->elt);
        tpC_emit(c, OP_SET_ADD, depth + 1);
        break;
    default:
        tpC_visit_expr(c, ci->elt);
        tpC_visit_expr(c, ci->val);
        tpC_emit(c, OP_MAP_ADD, depth + 1);
        break;
    }
}

static void comp_sync(Compiler *c, CompInfo *ci, int index, int depth) {
    Comprehension *gen = ci->gens.a[index];
    int start = tpC_new_label(c), if_cleanup = tpC_new_label(c), anchor = tpC_new_label(c);
    bool loop = true;
    if (index == 0) {
        tpC_emit(c, OP_LOAD_FAST, 0);
    } else {
        ExprList elts = {0, NULL};
        if (gen->iter->kind == EXPR_List) {
            elts = gen->iter->v.List.elts;
        } else if (gen->iter->kind == EXPR_Tuple) {
            elts = gen->iter->v.Tuple.elts;
        }
        if (elts.n == 1 && elts.a[0]->kind != EXPR_Starred) {
            tpC_visit_expr(c, elts.a[0]);
            loop = false;
        } else {
            tpC_visit_iterable(c, gen->iter);
            tpC_emit(c, OP_GET_ITER, 0);
        }
    }
    if (loop) {
        depth++;
        tpC_use_label(c, start);
        tpC_emit(c, OP_FOR_ITER, anchor);
    }
    tpC_visit_expr(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++) {
        tpC_jump_if(c, gen->ifs.a[i], if_cleanup, false);
    }
    if (index + 1 < ci->gens.n) {
        comp_generator(c, ci, index + 1, depth);
    } else {
        comp_element(c, ci, depth);
    }
    tpC_use_label(c, if_cleanup);
    if (loop) {
        tpC_emit(c, OP_JUMP, start);
        tpC_use_label(c, anchor);
    }
}

static void comp_async(Compiler *c, CompInfo *ci, int index, int depth) {
    Comprehension *gen = ci->gens.a[index];
    int start = tpC_new_label(c), except = tpC_new_label(c), if_cleanup = tpC_new_label(c);
    if (index == 0) {
        tpC_emit(c, OP_LOAD_FAST, 0);
    } else {
        tpC_visit_iterable(c, gen->iter);
        tpC_emit(c, OP_GET_AITER, 0);
    }
    tpC_use_label(c, start);
    if (tpC_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL) < 0) {
        return;
    }
    tpC_push_handler(c, except, 0, 0);
    tpC_emit(c, OP_GET_ANEXT, 0);
    tpC_load_const(c, NONE_VAL);
    tpC_add_yield_from(c, true);
    tpC_pop_handler(c);
    tpC_visit_expr(c, gen->target);
    for (int i = 0; i < gen->ifs.n; i++) {
        tpC_jump_if(c, gen->ifs.a[i], if_cleanup, false);
    }
    depth++;
    if (index + 1 < ci->gens.n) {
        comp_generator(c, ci, index + 1, depth);
    } else {
        comp_element(c, ci, depth);
    }
    tpC_use_label(c, if_cleanup);
    tpC_emit(c, OP_JUMP, start);
    tpC_pop_fblock(c);
    tpC_use_label(c, except);
    tpC_emit(c, OP_END_ASYNC_FOR, 0);
}

static void comp_generator(Compiler *c, CompInfo *ci, int index, int depth) {
    if (c->failed) {
        return;
    }
    if (ci->gens.a[index]->is_async) {
        comp_async(c, ci, index, depth);
    } else {
        comp_sync(c, ci, index, depth);
    }
}

static void comp_info(Expr *e, CompInfo *ci, const char **name) {
    ci->val = NULL;
    switch (e->kind) {
    case EXPR_GeneratorExp:
        ci->kind = COMP_GEN;
        ci->gens = e->v.GeneratorExp.generators;
        ci->elt = e->v.GeneratorExp.elt;
        *name = "<genexpr>";
        break;
    case EXPR_ListComp:
        ci->kind = COMP_LIST;
        ci->gens = e->v.ListComp.generators;
        ci->elt = e->v.ListComp.elt;
        *name = "<listcomp>";
        break;
    case EXPR_SetComp:
        ci->kind = COMP_SET;
        ci->gens = e->v.SetComp.generators;
        ci->elt = e->v.SetComp.elt;
        *name = "<setcomp>";
        break;
    default:
        ci->kind = COMP_DICT;
        ci->gens = e->v.DictComp.generators;
        ci->elt = e->v.DictComp.key;
        ci->val = e->v.DictComp.value;
        *name = "<dictcomp>";
        break;
    }
}

void tpC_comprehension(Compiler *c, Expr *e) {
    CompInfo ci;
    const char *name;
    comp_info(e, &ci, &name);
    Comprehension *outer = ci.gens.a[0];
    int outer_scope = c->u->scope_type;
    if (tpC_enter_scope(c, name, SCOPE_COMPREHENSION, e, e->lineno) < 0) {
        return;
    }
    tpC_set_loc(c, e->lineno, 0, e->lineno, 0);
    bool is_async = c->u->ste->coroutine;
    if (is_async && ci.kind != COMP_GEN && outer_scope != SCOPE_ASYNC_FUNCTION &&
        outer_scope != SCOPE_COMPREHENSION) {
        tpC_error_at(c, e, "asynchronous comprehension outside of an asynchronous function");
        tpC_exit_scope(c, false);
        return;
    }
    c->u->argcount = 1;
    if (ci.kind != COMP_GEN) {
        int op = ci.kind == COMP_LIST ? OP_BUILD_LIST : ci.kind == COMP_SET ? OP_BUILD_SET
                                                                            : OP_BUILD_MAP;
        tpC_emit(c, op, 0);
    }
    comp_generator(c, &ci, 0, 0);
    if (ci.kind != COMP_GEN) {
        tpC_emit(c, OP_RETURN_VALUE, 0);
    }
    ObjCode *co = tpC_exit_scope(c, ci.kind == COMP_GEN);
    if (co == NULL) {
        return;
    }
    tpC_make_closure(c, co, 0);
    tpC_visit_iterable(c, outer->iter);
    tpC_emit(c, outer->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    tpC_emit(c, OP_CALL, 0);
    if (is_async && ci.kind != COMP_GEN) {
        tpC_emit(c, OP_GET_AWAITABLE, 0);
        tpC_load_const(c, NONE_VAL);
        tpC_add_yield_from(c, true);
    }
}

/* ---- except* ---- */

static void star_handler(Compiler *c, ExceptHandler *h, bool first, bool last, int h2,
                         int reraise_star) {
    SET_LOC(c, h);
    int except = tpC_new_label(c), with_error = tpC_new_label(c), no_match = tpC_new_label(c);
    int cleanup_end = tpC_new_label(c);
    if (first) {
        tpC_emit(c, OP_COPY, 1);
        tpC_emit(c, OP_BUILD_LIST, 0);
        tpC_emit(c, OP_SWAP, 2);
    }
    if (h->type) {
        tpC_visit_expr(c, h->type);
        tpC_emit(c, OP_CHECK_EG_MATCH, 0);
        tpC_emit(c, OP_COPY, 1);
        tpC_emit(c, OP_POP_JUMP_IF_NONE, no_match);
    }
    if (h->name) {
        tpC_nameop(c, h->name, CTX_Store);
    } else {
        tpC_emit(c, OP_POP_TOP, 0);
    }
    if (tpC_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->name) < 0) {
        return;
    }
    tpC_push_handler(c, cleanup_end, 1, 0);
    tpC_visit_stmts(c, h->body);
    tpC_pop_fblock(c);
    tpC_pop_handler(c);
    if (h->name) {
        tpC_load_const(c, NONE_VAL);
        tpC_nameop(c, h->name, CTX_Store);
        tpC_nameop(c, h->name, CTX_Del);
    }
    tpC_emit(c, OP_JUMP, except);
    tpC_use_label(c, cleanup_end);
    tpC_unset_loc(c);
    if (h->name) {
        tpC_load_const(c, NONE_VAL);
        tpC_nameop(c, h->name, CTX_Store);
        tpC_nameop(c, h->name, CTX_Del);
    }
    tpC_emit(c, OP_LIST_APPEND, 3);
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_emit(c, OP_JUMP, with_error);
    tpC_use_label(c, except);
    tpC_emit(c, OP_JUMP, with_error);
    tpC_use_label(c, no_match);
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_use_label(c, with_error);
    if (last) {
        tpC_emit(c, OP_LIST_APPEND, 1);
        tpC_emit(c, OP_JUMP, reraise_star);
    }
    (void)h2;
}

void tpC_try_star(Compiler *c, Stmt *s) {
    int except = tpC_new_label(c), orelse = tpC_new_label(c), end = tpC_new_label(c);
    int cleanup = tpC_new_label(c), reraise_star = tpC_new_label(c), reraise = tpC_new_label(c);
    if (tpC_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL) < 0) {
        return;
    }
    tpC_push_handler(c, except, 0, 0);
    tpC_visit_stmts(c, s->v.TryStar.body);
    tpC_pop_fblock(c);
    tpC_pop_handler(c);
    tpC_unset_loc(c);
    tpC_emit(c, OP_JUMP, orelse);
    tpC_use_label(c, except);
    int h2 = tpC_push_handler(c, cleanup, 1, 0);
    tpC_emit(c, OP_PUSH_EXC_INFO, 0);
    if (tpC_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL) < 0) {
        return;
    }
    int n = s->v.TryStar.handlers.n;
    for (int i = 0; i < n && !c->failed; i++) {
        star_handler(c, s->v.TryStar.handlers.a[i], i == 0, i == n - 1, h2, reraise_star);
    }
    tpC_unset_loc(c);
    tpC_pop_fblock(c);
    tpC_use_label(c, reraise_star);
    tpC_emit(c, OP_PREP_RERAISE_STAR, 0);
    tpC_emit(c, OP_COPY, 1);
    tpC_emit(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    tpC_emit(c, OP_POP_TOP, 0);
    tpC_pop_handler(c);
    tpC_emit(c, OP_POP_EXCEPT, 0);
    tpC_emit(c, OP_JUMP, end);
    tpC_use_label(c, reraise);
    tpC_emit(c, OP_SWAP, 2);
    tpC_emit(c, OP_POP_EXCEPT, 0);
    tpC_emit(c, OP_RERAISE, 0);
    tpC_use_label(c, cleanup);
    tpC_pop_except_and_reraise(c);
    tpC_use_label(c, orelse);
    tpC_visit_stmts(c, s->v.TryStar.orelse);
    tpC_use_label(c, end);
}
