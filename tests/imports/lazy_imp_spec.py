# builtins/sys get __spec__ and __loader__ (made on first need) whatever looks at them first
b = __builtins__
print(b)
print(b.__spec__)
print(b.__loader__)
print('__spec__' in dir(b), '__loader__' in vars(b))
print(b.__dict__['__spec__'].name, b.__dict__['__spec__'].origin)
import sys
print(sys)
print(sys.__spec__.origin, sys.__loader__)
print(sys.meta_path[-3:])
print('_imp' in sys.modules, type(sys.__spec__).__name__)
