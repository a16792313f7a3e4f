# which operator dunders built-in types expose, and what calling them directly gives
for t in (int, bool, str, list, tuple, dict, set, frozenset, complex):
    ops = [n for n in dir(t) if n.startswith('__') and n[2:-2] in (
        'add radd iadd sub rsub isub mul rmul imul matmul truediv floordiv mod rmod divmod pow '
        'lshift rshift and rand iand or ror ior xor rxor ixor neg pos invert abs').split()]
    print(t.__name__, ops)
print(hasattr([], '__sub__'), hasattr('', '__rmod__'), hasattr({}, '__or__'), hasattr(1.0, '__invert__'))
print((3).__add__(4), (3).__radd__(4), (3).__add__('x'), 'ab'.__mul__(2), [1].__add__([2]))
print((1.5).__floordiv__(1), (7).__divmod__(2), (2).__rpow__(3), {1}.__and__({1, 2}), {1}.__rsub__({1, 2}))
try: [].__sub__
except AttributeError as e: print(e)
l = [1]; print(l.__iadd__([2]), l, l.__imul__(2))
class MyList(list): pass
try: MyList() - 1
except TypeError as e: print(e)
print(MyList([1]) + [2], type(MyList([1]) + [2]).__name__, MyList([3]).__mul__(2))
print(int.__dict__['__add__'], type(int.__dict__['__add__']).__name__)
print(len([n for n in dir(object) if n.startswith('__')]), sorted(set(dir(int)) - set(dir(object)))[:6])
