# Error type/message for sizes that do not fit
import sys
print("start"); sys.stdout.flush()
try:
    x = "a".ljust(2**70)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = [1, 2].insert(2**100, 3) or [0]
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = b"ab" * (2**62)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "a" * sys.maxsize
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
