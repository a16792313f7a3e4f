# SystemExit(None) -> 0; but first print a status line.
import sys
def finish(code):
    print("finishing with", repr(code))
    raise SystemExit(code)
try:
    finish(0)
except SystemExit as e:
    print("caught, code =", e.code)
sys.stdout.flush()
finish(42)
