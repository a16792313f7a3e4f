# taipan-test: skip-gcstress (builds 100000-term sources: collecting at every allocation is quadratic)
# 1**1**...**1 (100000 terms, right-associative) must not crash the compiler: CPython raises
# MemoryError (parser stack); taipan overflows the C stack in symtable.c visit_expr.
try:
    compile("**".join(["1"] * 100000), "<s>", "eval")
    print("compiled")
except (MemoryError, RecursionError):
    print("error raised")
