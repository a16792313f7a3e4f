a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a is not b)
print(str(a) == str(b), a.args == b.args)
try:
    raise a
except ValueError as caught:
    print(caught is a)
errors = []
for i in range(3):
    try:
        [1, 2][i]
    except IndexError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
print(isinstance(a, Exception), isinstance(a, BaseException), isinstance(a, ValueError))
class E(Exception):
    def __eq__(self, o):
        return isinstance(o, E)
    __hash__ = Exception.__hash__
print(E() == E(), E("a") == E("b"))
