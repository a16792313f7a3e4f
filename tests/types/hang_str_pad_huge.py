# CPython raises MemoryError at once for a huge pad width
import sys
print("start"); sys.stdout.flush()
try:
    x = "a".ljust(2**40)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "a".rjust(2**40)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "a".center(2**40)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "a".zfill(2**62)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
