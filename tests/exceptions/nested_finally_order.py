log = []
def f():
    try:
        try:
            log.append("inner try")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
        try:
            raise KeyError("k")
        except KeyError:
            log.append("nested except")
        finally:
            log.append("nested finally")
    finally:
        log.append("outer finally")
    return "ret"
print(f())
for entry in log:
    print(entry)
def g():
    for i in range(2):
        try:
            try:
                return i
            finally:
                log.append(f"g inner {i}")
        finally:
            log.append(f"g outer {i}")
log.clear()
print(g(), log)
