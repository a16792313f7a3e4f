# CPython 3.11 emits a DeprecationWarning (to stderr) for bool(NotImplemented).
print(bool(NotImplemented))
print("done")
