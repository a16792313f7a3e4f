def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    raise e.with_traceback(None)
