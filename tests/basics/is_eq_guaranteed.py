# Only identity results CPython guarantees.
a = None
print(a is None, None is None, type(None)() is None)
print(True is True, (1 == 1) is True, bool(0) is False)
print(... is Ellipsis, NotImplemented is NotImplemented)
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is [1, 2] if False else "skip")
print([] is not [], {} == {}, () == ())
print(int is type(5), type(True) is bool, type("s") is str)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print(hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b", True: "c"})
s = "hello"
t = s
print(s is t, s == "hel" + "lo")
def f(): pass
print(f is f, f == f, f.__name__ is not None)
class C: pass
print(C() is C(), C() == C(), type(C()) is C)
print(isinstance(None, type(None)), None.__class__.__name__)
