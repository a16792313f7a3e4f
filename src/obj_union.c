/*
 * obj_union.c — types.UnionType, the object `int | str` evaluates to (PEP 604).
 * `|` of types, GenericAliases, unions and None flattens nested unions, drops duplicates and
 * gives the single member itself when only one is left (`int | int` is int). isinstance and
 * issubclass test each member (protocol.c asks tpUnion_args).
 */
#include "interp.h"
#include "typealias.h"

typedef struct ObjUnion {
    Obj hdr;
    ObjTuple *args;
    ObjTuple *params; /* __parameters__, computed on first use */
} ObjUnion;

#define UN(v) ((ObjUnion *)AS_OBJ(v))

static bool is_union(VM *vm, Value v) { return IS_OBJ_TYPE(v, vm->types[TYPE_UNION]); }

ObjTuple *tpUnion_args(Value u) { return UN(u)->args; }

static bool unionable(VM *vm, Value v) {
    return IS_NONE(v) || tpObj_is(vm, v, TYPE_TYPE) ||
           IS_OBJ_TYPE(v, vm->types[TYPE_GENERIC_ALIAS]) || is_union(vm, v);
}

/* Two members are the same if identical, or equal aliases (list[int] | list[int]). */
static int same_member(VM *vm, Value a, Value b, int *out) {
    ObjType *ga = vm->types[TYPE_GENERIC_ALIAS];
    if (IS_OBJ_TYPE(a, ga) && IS_OBJ_TYPE(b, ga)) {
        return tpObj_eq(vm, a, b, out);
    }
    *out = a == b;
    return 0;
}

/* Append the members of v (a union's members, NoneType for None) to acc, skipping repeats. */
static int add_members(VM *vm, ObjList *acc, Value v) {
    ObjTuple *one = NULL;
    if (is_union(vm, v)) {
        one = UN(v)->args;
    } else {
        one = tpTuple_pack(vm, 1, IS_NONE(v) ? OBJ_VAL(vm->types[TYPE_NONE]) : v);
        if (one == NULL) {
            return -1;
        }
    }
    for (size_t i = 0; i < one->len; i++) {
        int dup = 0;
        for (size_t j = 0; j < acc->len && !dup; j++) {
            if (same_member(vm, acc->items[j], one->items[i], &dup) < 0) {
                return -1;
            }
        }
        if (!dup && tpList_append(vm, acc, one->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpUnion_or(VM *vm, Value a, Value b, Value *out) {
    if (!unionable(vm, a) || !unionable(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjList *acc = tpList_new(vm, 4);
    if (acc == NULL || add_members(vm, acc, a) < 0 || add_members(vm, acc, b) < 0) {
        return -1;
    }
    if (acc->len == 1) {
        *out = acc->items[0];
        return 0;
    }
    ObjUnion *u = tpGC_alloc(vm, vm->types[TYPE_UNION], sizeof(ObjUnion));
    if (u == NULL) {
        return -1;
    }
    u->params = NULL;
    u->args = tpTuple_from(vm, acc->len, acc->items);
    if (u->args == NULL) {
        return -1;
    }
    *out = OBJ_VAL(u);
    return 0;
}

int tpUnion_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != BINOP_OR) {
        *out = vm->not_implemented;
        return 0;
    }
    return tpUnion_or(vm, a, b, out);
}

/* ==== protocols ==== */

static void union_mark(VM *vm, Obj *o) {
    tpGC_mark_obj(vm, (Obj *)((ObjUnion *)o)->args);
    tpGC_mark_obj(vm, (Obj *)((ObjUnion *)o)->params);
}

static int union_repr_into(VM *vm, StrBuf *b, ObjUnion *u) {
    for (size_t i = 0; i < u->args->len; i++) {
        Value v = u->args->items[i];
        if (i > 0 && tpBuf_puts(vm, b, " | ") < 0) {
            return -1;
        }
        int rc = v == OBJ_VAL(vm->types[TYPE_NONE]) ? tpBuf_puts(vm, b, "None")
                                                     : tpTypeAlias_repr_item(vm, b, v);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int union_repr(VM *vm, Value self, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    if (union_repr_into(vm, &b, UN(self)) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* Order does not matter for equality or hashing: both go through a frozenset of the members. */
static int members_set(VM *vm, Value u, Value *out) {
    ObjSet *s = tpSet_new(vm, true);
    if (s == NULL || tpSet_update(vm, s, OBJ_VAL(UN(u)->args)) < 0) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int union_hash(VM *vm, Value self, int64_t *out) {
    Value s;
    return members_set(vm, self, &s) < 0 ? -1 : tpObj_hash(vm, s, out);
}

static int union_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_union(vm, a) || !is_union(vm, b) || (op != CMP_EQ && op != CMP_NE)) {
        *out = vm->not_implemented;
        return 0;
    }
    Value sa, sb;
    if (members_set(vm, a, &sa) < 0 || members_set(vm, b, &sb) < 0) {
        return -1;
    }
    return tpObj_richcmp(vm, sa, sb, op, out);
}

static int union_get_params(VM *vm, Value self, Value *out) {
    ObjUnion *u = UN(self);
    if (u->params == NULL) {
        u->params = tpTypeAlias_parameters(vm, u->args);
        if (u->params == NULL) {
            return -1;
        }
    }
    *out = OBJ_VAL(u->params);
    return 0;
}

static int union_getitem(VM *vm, Value self, Value key, Value *out) {
    (void)key;
    Value params;
    if (union_get_params(vm, self, &params) < 0) {
        return -1;
    }
    return tpTypeAlias_subscript_error(vm, self, AS_TUPLE(params)->len);
}

static int union_get_args(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = OBJ_VAL(UN(self)->args);
    return 0;
}

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_params, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpUnion_spec = {
    .name = "types.UnionType",
    .id = TYPE_UNION,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjUnion),
    .slots = {
        .mark = union_mark,
        .repr = union_repr,
        .hash = union_hash,
        .richcmp = union_richcmp,
        .binop = tpUnion_binop,
        .getitem = union_getitem,
    },
    .getsets = union_getsets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
