# CPython raises MemoryError at once for a huge format width
import sys
print("start"); sys.stdout.flush()
try:
    x = format(1, str(2**40))
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "{:>{}}".format(1, 2**40)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
try:
    x = "%*d" % (2**40, 1)
    print(len(x))
except (MemoryError, OverflowError) as ex:
    print(type(ex).__name__, ex)
