# CPython raises MemoryError at once; taipan appends byte by byte until memory runs out
import sys
print("start"); sys.stdout.flush()
try:
    x = bytes(2**62)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = bytearray(2**62)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
