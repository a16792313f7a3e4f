try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert isinstance("s", int)
except AssertionError as e:
    print(type(e).__name__, repr(str(e)))
class Base:
    def run(self):
        raise NotImplementedError
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(NotImplemented, type(NotImplemented).__name__, bool(1) if True else 0)
print((1).__add__("x"), (1).__lt__(None), "a".__eq__(1))
