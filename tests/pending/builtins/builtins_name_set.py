# Builtin names CPython 3.11 always provides (excluding site-added help/copyright/...).
import builtins
names = ["aiter", "anext", "breakpoint", "memoryview", "open", "print", "len", "zip"]
for n in names:
    print(n, hasattr(builtins, n))
