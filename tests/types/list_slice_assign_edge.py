def t(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
def sa(lst, s, v):
    lst[s] = v
    return lst
t("basic", lambda: sa([0, 1, 2, 3], slice(1, 3), "ab"))
t("grow", lambda: sa([0, 1, 2], slice(1, 2), [7, 8, 9]))
t("shrink", lambda: sa([0, 1, 2, 3], slice(0, 3), []))
t("insert", lambda: sa([0, 1], slice(1, 1), [5]))
t("ext ok", lambda: sa([0, 1, 2, 3], slice(None, None, 2), "xy"))
t("ext bad", lambda: sa([0, 1, 2, 3, 4], slice(None, None, 2), "xy"))
t("ext neg", lambda: sa([0, 1, 2, 3], slice(None, None, -1), range(4)))
t("ext empty", lambda: sa([0, 1], slice(5, 9, 2), []))
t("non-iter", lambda: sa([0, 1], slice(0, 1), 5))
t("self", lambda: (lambda l: sa(l, slice(1, 2), l))([1, 2, 3]))
t("step0", lambda: sa([0, 1], slice(None, None, 0), []))
t("out of range", lambda: sa([0, 1], slice(10, 20), [9]))
t("neg bounds", lambda: sa([0, 1, 2], slice(-10, -1), "Z"))
def sd(lst, s):
    del lst[s]
    return lst
t("del step", lambda: sd(list(range(10)), slice(1, None, 3)))
t("del neg step", lambda: sd(list(range(10)), slice(None, None, -2)))
t("del empty", lambda: sd([1], slice(5, 1)))
t("tuple item", lambda: sa((1, 2), 0, 5))
t("str item", lambda: sa("ab", 0, "x"))
t("str slice", lambda: sa("ab", slice(0, 1), "x"))
t("bytearray", lambda: sa(bytearray(b"abc"), slice(0, 1), b"XY"))
t("bytearray int", lambda: sa(bytearray(b"abc"), 0, 300))
t("list idx", lambda: sa([1], 3, 0))
t("list idx str", lambda: sa([1], "0", 0))
