class A: pass
print(A.__annotations__, '__annotations__' in A.__dict__)
class B(A):
    x: int
print(B.__annotations__, A.__annotations__)
print(int.__basicsize__ > 0, type(A.__flags__).__name__, A.__dictoffset__ > 0, int.__itemsize__ >= 0)
print(A.__text_signature__, int.__text_signature__ is None or True)
try: A.__abstractmethods__
except AttributeError as e: print(e)
A.__abstractmethods__ = frozenset({'f'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
A.__annotations__ = {'z': str}; print(A.__annotations__)
def f(): pass
print(f.__annotations__, '__annotations__' in dir(f))
class Shape:
    pass
Shape.__abstractmethods__ = frozenset({'area', 'perimeter'})
try: Shape()
except TypeError as e: print(e)
class Sq(Shape): pass
print(type(Sq()).__name__)
try: del int.__annotations__
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: int.__annotations__
except AttributeError as e: print(e)
try: type.__abstractmethods__
except AttributeError as e: print(e)
print(B.__dict__['__annotations__'], vars(B).get('x'))
del B.__annotations__; print(B.__annotations__)
