def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("fin", i)
            if i == 2:
                continue
    return "loop-end"
print(f3())
def f4():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    continue
                out.append(i)
            finally:
                out.append("f%d" % i)
                if i == 2:
                    break
        finally:
            out.append("outer%d" % i)
    return out
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    lst = []
    try:
        return lst
    finally:
        lst.append(1)
print(f6())
def f7():
    while True:
        try:
            break
        finally:
            print("in finally")
    return "after"
print(f7())
def f8():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner fin")
    except KeyError as e:
        return "caught " + repr(e)
    finally:
        print("outer fin")
print(f8())
