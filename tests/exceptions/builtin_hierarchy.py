pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception), (Exception, BaseException),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, ValueError),
    (EOFError, Exception), (FloatingPointError, ArithmeticError), (BufferError, Exception),
    (StopAsyncIteration, Exception), (DeprecationWarning, Warning), (Warning, Exception),
    (PermissionError, OSError), (IOError, OSError), (EnvironmentError, OSError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in TabError.__mro__])
