# str(x) of small ints from warm code takes a direct path (vm.c call_str): same results as the
# generic one at the small-int boundaries, for bools and for other types.
def f():
    out = []
    for v in [True, False, 0, -1, 7, -140737488355328, 140737488355327, 2**47, -2**47-1, 10**20, 3.5, None]:
        for _ in range(10):
            s = str(v)
        out.append((s, type(s).__name__, len(s)))
    print(out)
    print(str(5).isascii(), str(-123)[1:], str(10)[::-1])
f()
