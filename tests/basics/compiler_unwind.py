# Compiler: try/except/finally/with unwinding for break, continue, return and re-raise.
import sys
log = []
class CM:
    def __init__(self, n, sw=False): self.n = n; self.sw = sw
    def __enter__(self): log.append("in" + self.n); return self.n
    def __exit__(self, t, v, tb):
        log.append("out" + self.n + (t.__name__ if t else ""))
        return self.sw
def scenario(kind, raise_where):
    log.clear()
    def body(i):
        if raise_where == i:
            raise ValueError(i)
    def f():
        for i in range(4):
            try:
                with CM("a") as a:
                    try:
                        body(i)
                        if kind == "break" and i == 1: break
                        if kind == "continue" and i == 1: continue
                        if kind == "return" and i == 2: return ("ret", a, [x for x in (i, i)])
                    except KeyError:
                        log.append("never")
                    finally:
                        log.append("fin%d" % i)
                    log.append("after-try%d" % i)
            except ValueError as e:
                log.append("caught%s" % e)
                if kind == "reraise": raise
            else:
                log.append("else%d" % i)
        return "end"
    try:
        r = f()
    except Exception as e:
        r = "raised " + repr(e)
    print(kind, raise_where, r, log, sys.exc_info()[0])
for kind in ["none", "break", "continue", "return", "reraise"]:
    for rw in [-1, 0, 1, 2]:
        scenario(kind, rw)
def g():
    try:
        yield 1
        try:
            yield 2
        finally:
            log.append("inner fin")
    except GeneratorExit:
        log.append("genexit")
        raise
    finally:
        log.append("gfin")
log.clear()
it = g(); print(next(it), next(it)); it.close(); print(log)
def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 0: continue
                if i == 1: raise KeyError
            finally:
                out.append(("f1", i))
        except KeyError:
            out.append("ke")
            continue
        finally:
            out.append(("f2", i))
        out.append(("tail", i))
    return out
print(nested_finally())
def exc_in_except():
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            raise TypeError("b") from e
    except TypeError as t:
        return repr(t.__cause__), repr(t.__context__)
print(exc_in_except())
def with_return_value():
    with CM("r"):
        return [1, 2]
log.clear(); print(with_return_value(), log)
def swallow_in_loop():
    for i in range(3):
        with CM(str(i), sw=True):
            if i == 1:
                raise RuntimeError
            if i == 2:
                break
    return log
log.clear(); print(swallow_in_loop())
def try_in_finally_return():
    try:
        raise ValueError
    finally:
        try:
            return "fin-return"
        except Exception:
            pass
print(try_in_finally_return(), sys.exc_info())
