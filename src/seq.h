/*
 * seq.h — helpers shared by the sequence and container types (list, tuple, str, range, dict, set)
 * and the constructors of the iterator objects other parts of the runtime need (seq.c, obj_iter.c,
 * obj_set.c). Owned by the containers area; runtime.h stays the main API.
 */
#ifndef TP_SEQ_H
#define TP_SEQ_H

#include "runtime.h"

/* Obj.flags bit used by list/tuple/dict/set while their repr is being built (recursion guard);
 * only ever set on objects whose layout is one of those four. */
#define TP_OBJFLAG_REPR 0x40000000u

/* Enter/leave the repr of a container: returns 1 when o is already being repr'd (print "..."). */
static inline int tpSeq_repr_enter(Obj *o) {
    if (o->flags & TP_OBJFLAG_REPR) {
        return 1;
    }
    o->flags |= TP_OBJFLAG_REPR;
    return 0;
}
static inline void tpSeq_repr_leave(Obj *o) { o->flags &= ~TP_OBJFLAG_REPR; }

/* *out = a new str from a C string; -1 on MemoryError. */
static inline int tpSeq_cstr(VM *vm, const char *text, Value *out) {
    ObjStr *s = tpStr_from_cstr(vm, text);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* Convert a subscript to a C index for a sequence of `len` items: accepts ints, bools and
 * objects with __index__; a negative index counts from the end. Returns 0 with *out set (it may
 * still be out of range: the caller checks 0 <= *out < len), 1 if key is not an index at all (no
 * exception set: the caller raises its "... indices must be integers or slices" message), -1 on
 * error (huge ints raise IndexError "cannot fit 'int' into an index-sized integer"). */
TP_INTERNAL TP_MUST_CHECK int tpSeq_index_key(VM *vm, Value key, int64_t len, int64_t *out);

/* A slice bound as a C integer: ints/bools/__index__ objects, huge values clamped to the int64
 * range; TypeError "slice indices must be integers or None or have an __index__ method". */
TP_INTERNAL TP_MUST_CHECK int tpSeq_slice_index(VM *vm, Value v, int64_t *out);

/* Resolve slice s against a length of any size (an int Value >= 0), as slice.indices(): the
 * start, stop and step as int Values (for range objects longer than int64). */
TP_INTERNAL TP_MUST_CHECK int tpSlice_indices_big(VM *vm, ObjSlice *s, Value len, Value *start,
                                                  Value *stop, Value *step);

/* Clamp-convert an optional start/stop argument of list.index/tuple.index as CPython's slice
 * indices: NULL_VAL (absent) keeps *io unchanged, None is a TypeError; negatives count from the
 * end and clamp at 0. */
TP_INTERNAL TP_MUST_CHECK int tpSeq_clamp_arg(VM *vm, Value v, int64_t len, int64_t *io);

/* The repeat count for seq * n: TypeError "can't multiply sequence by non-int of type 'X'" when n
 * is not an index; negative counts become 0. Returns 1 (no exception) when n is not an int and
 * has no __index__ so that the caller can try the reflected operation first. */
TP_INTERNAL TP_MUST_CHECK int tpSeq_repeat_count(VM *vm, Value n, int64_t *out);

/* Lexicographic rich comparison of two item arrays. The arrays are read through pointers on
 * every step because Python code run by __eq__ may resize a list. */
TP_INTERNAL TP_MUST_CHECK int tpSeq_richcmp(VM *vm, Value *const *a_items, const size_t *a_len,
                                            Value *const *b_items, const size_t *b_len, int op,
                                            Value *out);

/* Fallback for seq + other / seq * other when `other` is not a suitable operand: give the other
 * operand's type a chance (its reflected binop), then raise CPython's sequence error `msg` (a
 * tpErr_format string taking %T of other). */
TP_INTERNAL TP_MUST_CHECK int tpSeq_binop_fallback(VM *vm, Value a, Value b, int op, Value other,
                                                   const char *msg, Value *out);

/* cls[...] for the generic built-in containers (list[int] in annotations). There is no
 * types.GenericAlias yet, so this returns cls itself. METH_CLASS method. */
TP_INTERNAL int tpSeq_class_getitem(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);
#define TP_CLASS_GETITEM {"__class_getitem__", tpSeq_class_getitem, 1, 1, METH_CLASS, 0, NULL}

/* Shared `iter` slot of iterator objects: returns self. */
TP_INTERNAL int tpSeq_iter_self(VM *vm, Value self, Value *out);

/* Count and index helpers over a value array (list/tuple), re-reading through pointers:
 * index returns the position or -1 when absent (*err set to -1 if an exception was raised). */
TP_INTERNAL TP_MUST_CHECK int tpSeq_find(VM *vm, Value *const *items, const size_t *len, Value x,
                                         int64_t start, int64_t stop, int64_t *pos);
TP_INTERNAL TP_MUST_CHECK int tpSeq_count(VM *vm, Value *const *items, const size_t *len, Value x,
                                          int64_t *out);

/* ---- iterator constructors (obj_iter.c, obj_list.c, obj_tuple.c, obj_range.c) ---- */
/* iter(range(*argv)) without the range object, for small-int arguments: 1 done, 0 not
 * applicable (make the range), -1 error (obj_range.c; used by CALL before GET_ITER, vm.c). */
TP_INTERNAL TP_MUST_CHECK int tpRange_iter_of_args(VM *vm, int argc, const Value *argv,
                                                   Value *out);
/* The __getitem__-protocol iterator over seq (type "iterator"). */
TP_INTERNAL Value tpSeqIter_new(VM *vm, Value seq);
/* iter(callable, sentinel) (type "callable_iterator"). */
TP_INTERNAL Value tpCallIter_new(VM *vm, Value callable, Value sentinel);
TP_INTERNAL Value tpListIter_new(VM *vm, ObjList *l);
/* `for x in l` over an exact list l (GET_ITER followed by FOR_ITER): the iterator lives only in
 * the loop's stack slot, which nothing but FOR_ITER reads, so when the loop drops it (FOR_ITER
 * at the end, `POP_TOP 1` of break/return) it is kept in vm->spare_listiter for the next loop:
 * no allocation per loop. Such iterators carry TP_LISTITER_LOOP in Obj.flags. */
#define TP_LISTITER_LOOP 1u
TP_INTERNAL Value tpListIter_for_loop(VM *vm, ObjList *l);
TP_INTERNAL void tpListIter_drop_loop(VM *vm, Obj *o);
static inline void tpListIter_dropped(VM *vm, Value it) {
    if (IS_OBJ(it) && AS_OBJ(it)->type == vm->types[TYPE_LIST_ITER] &&
        (AS_OBJ(it)->flags & TP_LISTITER_LOOP)) {
        tpListIter_drop_loop(vm, AS_OBJ(it));
    }
}
TP_INTERNAL Value tpTupleIter_new(VM *vm, ObjTuple *t);

/* The number of items a range or range_iterator will produce (an int, maybe big): true with *len
 * set for those types, false (nothing set) for anything else. (obj_range.c) */
TP_INTERNAL bool tpRange_known_length(VM *vm, Value v, Value *len);

/* ---- sets and dicts ---- */
/* Iterate a set: size_t pos = 0; while (tpSet_next(s, &pos, &key)) ... */
TP_INTERNAL bool tpSet_next(ObjSet *s, size_t *pos, Value *key);
/* 1 removed, 0 absent, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpSet_discard(VM *vm, ObjSet *s, Value key);
/* s op= other for any iterable other (op: BINOP_OR update, BINOP_AND intersection_update,
 * BINOP_SUB difference_update, BINOP_XOR symmetric_difference_update), as the set methods. */
TP_INTERNAL TP_MUST_CHECK int tpSet_inplace_op(VM *vm, ObjSet *s, Value other, int op);
/* s.intersection(other) for any iterable other: a new set of s's base type. */
TP_INTERNAL TP_MUST_CHECK int tpSet_intersection(VM *vm, ObjSet *s, Value other, Value *out);
/* Is v a set or frozenset (or a subclass instance)? */
TP_INTERNAL bool tpSet_check(VM *vm, Value v);
/* dict lookup with a precomputed hash: 1 found, 0 missing, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpDict_get_hashed(VM *vm, ObjDict *d, Value key, int64_t hash,
                                                Value *out);
/* Like tpDict_next, also giving the stored hash. */
TP_INTERNAL bool tpDict_next_hashed(ObjDict *d, size_t *pos, Value *key, Value *value,
                                    int64_t *hash);
/* d[key] for dicts with __missing__ support (the getitem slot). */
TP_INTERNAL TP_MUST_CHECK int tpDict_getitem(VM *vm, Value d, Value key, Value *out);

#endif
