# RecursionError message suffixes CPython adds depending on where the limit is hit.
def t(label, fn):
    try:
        fn()
    except RecursionError as e:
        print(label, e)
class A:
    def __repr__(self): return repr([self])
t("repr via list", lambda: repr(A()))
class B:
    def __str__(self): return f"{self}"
t("str via f-string", lambda: str(B()))
class C:
    def __lt__(self, o): return sorted([self, o])
t("sorted in __lt__", lambda: C() < C())
def f(): return eval("f()")
t("eval", f)
def g(): return sorted([1, 2], key=lambda x: g())
t("sorted key", g)
