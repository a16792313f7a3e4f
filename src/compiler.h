/*
 * compiler.h — the compiler's public entry: an AST module (parser.h) to a code object.
 * The symbol table (symtable.h) and code generation (compiler*.c) are internal.
 */
#ifndef TP_COMPILER_H
#define TP_COMPILER_H

#include "runtime.h"

typedef struct Mod Mod;

/* Compile a parsed module. `src` (srclen bytes) is the source text, used for the `text` of
 * compile-time SyntaxErrors. mode is COMPILE_EXEC / COMPILE_EVAL / COMPILE_SINGLE (runtime.h) and
 * must match the parse mode. Returns the module code object, or NULL with SyntaxError (or
 * MemoryError) raised. */
TP_INTERNAL ObjCode *tpCompile(VM *vm, Mod *mod, const char *src, size_t srclen,
                               const char *filename, int mode);

#endif
