/*
 * fuzz_compile.c — libFuzzer target: source bytes -> tokens -> AST -> symbol table -> bytecode,
 * in each of the three compile modes (exec, eval, single). Nothing runs. A SyntaxError (or
 * IndentationError, RecursionError, MemoryError for absurd nesting) is a normal outcome; a
 * crash, sanitizer report, leak or hang is a bug. One VM serves every input.
 */
#include "fuzz_common.h"

static VM *the_vm;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fuzz_quiet_stdin();
    the_vm = fuzz_new_vm();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    VM *vm = the_vm;
    char *src = fuzz_cstr(data, size);
    for (int mode = COMPILE_EXEC; mode <= COMPILE_SINGLE; mode++) {
        ObjCode *code = tpCompile_source(vm, src, size, "<fuzz>", mode);
        if (code == NULL && !tpErr_occurred(vm)) {
            fprintf(stderr, "fuzz: compile failed without an exception\n");
            abort();
        }
        fuzz_end_iteration(vm);
    }
    free(src);
    return 0;
}
