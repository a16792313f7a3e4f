# open() is a builtin; opening a missing file raises FileNotFoundError.
print(callable(open), open.__name__)
try:
    open("/nonexistent-dir/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    open(None)
except TypeError as e:
    print("TypeError", e)
