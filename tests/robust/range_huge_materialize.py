# Materialising a range longer than sys.maxsize must raise OverflowError at once (CPython asks
# for len() first); taipan iterates forever, growing memory.
R = range(10**30)
for what, f in [("list", lambda: list(R)), ("tuple", lambda: tuple(R)), ("star", lambda: [*R]),
                ("sorted", lambda: sorted(R)), ("reversed", lambda: list(reversed(R))),
                ("join", lambda: "x".join(R)), ("extend", lambda: [].extend(R)),
                ("bytes", lambda: bytes(R))]:
    try:
        f()
    except OverflowError as e:
        print(what, "OverflowError:", e)
try:
    a, *b = R
except OverflowError as e:
    print("unpack OverflowError:", e)
