class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return "3"
class L3:
    def __len__(self): return 2**70
class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return None
class I:
    def __iter__(self): return [1, 2]
class N:
    def __index__(self): return 1.5
class Init:
    def __init__(self): return 3
class H:
    def __hash__(self): return 1.0
class F:
    def __float__(self): return 1
class IntR:
    def __int__(self): return "x"
cases = [
    ("bool", lambda: bool(B())),
    ("if", lambda: 1 if B() else 0),
    ("len neg", lambda: len(L())),
    ("len str", lambda: len(L2())),
    ("len big", lambda: len(L3())),
    ("bool via len", lambda: bool(L())),
    ("repr", lambda: repr(R())),
    ("str", lambda: str(S())),
    ("iter", lambda: iter(I())),
    ("index", lambda: [1, 2][N()]),
    ("init", lambda: Init()),
    ("hash", lambda: hash(H())),
    ("float", lambda: float(F())),
    ("int", lambda: int(IntR())),
]
for name, fn in cases:
    try:
        print(name, fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)
