# method-wrapper: a slot wrapper (wrapper_descriptor) bound to an instance
m = (1).__add__
r = repr(m)
print(r[:r.index(" at 0x")], r.endswith(">"))
print(type(m), type(m).__name__, m.__name__, m.__qualname__, m.__self__, m.__objclass__)
print(m(2), m.__call__(3), m(2.5))
print(repr(int.__add__), type(int.__add__), int.__add__.__name__, int.__add__.__qualname__)
print(int.__add__.__objclass__, int.__add__(1, 2))
r = repr([].__len__)
print(r[:r.index(" at 0x")])
r = repr(object().__str__)
print(r[:r.index(" at 0x")])
print(repr(object.__init__), repr(list.__len__), repr(str.__repr__))
print(repr(type.__or__), repr(int.__repr__))
r = repr(int.__or__.__get__(5))
print(r[:r.index(" at 0x")])

# equality: same object and same wrapper
x = []
print(x.__len__ == x.__len__, x.__len__ == [].__len__, x.__len__ != x.__len__)
print(hash(x.__len__) == hash(x.__len__), (1).__add__ == (1).__sub__)

# user classes inherit built-in slot wrappers
class C:
    pass
c = C()
r = repr(c.__str__)
print(r[:r.index(" at 0x")], c.__str__.__self__ is c)
print(type(c.__init__).__name__, type(C.__init__).__name__)

# errors
for f in (lambda: m(), lambda: m(1, 2), lambda: m(x=1), lambda: int.__add__("a", 1),
          lambda: int.__add__(), lambda: int.__add__.__get__("a")):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(m("a"))
try:
    m.foo
except AttributeError as e:
    print("AttributeError:", e)
