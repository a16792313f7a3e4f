log = []
def v(x, tag):
    log.append(tag)
    return x
print(v(0, "a") and v(1, "b"))
print(v(1, "c") and v(0, "d") and v(1, "e"))
print(v(0, "f") or v("", "g") or v([], "h"))
print(v(2, "i") or v(3, "j"))
print(not v(0, "k") and v(5, "l"))
print(v(None, "m") or v(0, "n") and v(7, "o"))
print(log); log.clear()
r = v(1, "p") if v(0, "q") else v(2, "r")
print(r, log); log.clear()
print([] or {} or "x", 0 and 1/0, 1 or 1/0)
print(1 and 2 and 3, 0 or 0.0 or None)
print(v(True, "s") and not v(False, "t"))
print(log)
class B:
    def __bool__(self):
        log.append("bool")
        return False
log.clear()
x = B() or 5
print(x, log)
log.clear()
if B() and B():
    pass
print(log)
