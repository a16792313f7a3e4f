# taipan-test: skip-gcstress (builds 100000-term sources: collecting at every allocation is quadratic)
# An if with 100000 elif branches must not crash the parser: CPython raises MemoryError;
# taipan recurses once per elif in parse_if (parser.c) and overflows the C stack.
src = "if 0: pass\n" + "elif 0: pass\n" * 100000
try:
    compile(src, "<s>", "exec")
    print("compiled")
except (MemoryError, RecursionError):
    print("error raised")
