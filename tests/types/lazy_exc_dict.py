# The per-family attributes of built-in exception classes (StopIteration.value, OSError.errno,
# SyntaxError.msg, ExceptionGroup.split...) are in the class dicts however the class is first
# reached: each family below is first touched through a different path.
print(StopIteration(7).value)                                   # instance attribute
print('errno' in OSError.__dict__, 'strerror' in OSError.__dict__)  # the class __dict__
print('exit_code' in dir(SystemExit), 'code' in dir(SystemExit))  # dir() of the class
class MyImportError(ImportError):                               # a subclass first
    pass
e = MyImportError('m', name='mod', path='/p')
print(e.name, e.path, e.msg)
print(hasattr(NameError, 'name'), getattr(NameError('x', name='n'), 'name'))
print(AttributeError('a', name='nm', obj=3).obj)
b = BlockingIOError(11, 'busy', 5)
print(b.characters_written, b.errno, b.strerror)
class S(SyntaxError):
    def show(self):
        return super().msg
print(S('bad', ('f.py', 1, 2, 'x y', 1, 3)).show())
for cls in (UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError):
    print(cls.__name__, sorted(k for k in ('reason', 'start', 'end', 'object') if k in vars(cls)))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.reason, u.start, u.end, u.object, u.encoding)
g = ExceptionGroup('m', [ValueError(1), TypeError(2)])
match, rest = g.split(ValueError)
print(repr(match), repr(rest), g.message, g.exceptions)
print(BaseExceptionGroup.subgroup.__name__, 'derive' in BaseExceptionGroup.__dict__)
try:
    StopIteration.value = 1
    print(StopIteration.value)
except Exception as ex:
    print(type(ex).__name__, ex)
print(OSError.errno.__get__(OSError(13, 'denied')), KeyError.__doc__ is None or KeyError.__doc__ != '')
