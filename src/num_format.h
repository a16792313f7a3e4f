/*
 * num_format.h — the format mini-language for numbers (num_format.c), for format()/str.format()
 * through the types' `format` slots, and for %-formatting (obj_str_format.c).
 */
#ifndef TP_NUM_FORMAT_H
#define TP_NUM_FORMAT_H

#include "runtime.h"

/* The `format` slots (__format__) of int/bool, float and complex. */
TP_INTERNAL TP_MUST_CHECK int tpNum_int_format(VM *vm, Value self, ObjStr *spec, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpNum_float_format(VM *vm, Value self, ObjStr *spec, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpNum_complex_format(VM *vm, Value self, ObjStr *spec, Value *out);

/* format(v, spec) for an int v (any kind) with a parsed spec: types b c d o x X n and none,
 * and e E f F g G % (converted to float). CPython's errors for bad combinations. */
TP_INTERNAL TP_MUST_CHECK int tpNum_format_int(VM *vm, Value v, const FormatSpec *fs, Value *out);
/* %-formatting of an int: fs->type is one of d i u x X o; fs->precision (if >= 0) is the minimum
 * number of digits; fs->alt gives 0x/0X/0o prefixes. Width/fill/align/sign/zero as parsed from
 * the % flags ('-' → align '<', '0' → zero). */
TP_INTERNAL TP_MUST_CHECK int tpNum_format_int_printf(VM *vm, Value v, const FormatSpec *fs,
                                                      Value *out);
/* Format a double: types e E f F g G % n and none (fs->type == 0: str()-like / 'r' rules).
 * Works for both format() and %-formatting (%e %f %g: pass the precision, default 6 is applied
 * when fs->precision < 0 for e/f/g). */
TP_INTERNAL TP_MUST_CHECK int tpNum_format_float(VM *vm, double d, const FormatSpec *fs,
                                                 Value *out);

#endif
