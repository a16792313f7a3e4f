# CPython: OverflowError (tabsize must fit a C int)
import sys
print("start"); sys.stdout.flush()
try:
    x = "a\tb".expandtabs(2**62)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = b"a\tb".expandtabs(2**40)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
