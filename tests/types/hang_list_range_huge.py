# CPython preallocates from len() and raises MemoryError at once
import sys
print("start"); sys.stdout.flush()
try:
    x = list(range(2**40))
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
