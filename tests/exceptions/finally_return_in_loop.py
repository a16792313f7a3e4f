def f():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(("ok", i))
        except ValueError as e:
            results.append(("err", e.args[0]))
            continue
        finally:
            results.append(("fin", i))
    return results
print(f())
def g():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(g())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("iteration", n)
print(counter())
