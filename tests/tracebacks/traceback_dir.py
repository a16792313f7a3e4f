# dir() of a traceback object lists its four attributes only (traceback.__dir__), though the
# usual object attributes are still there.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb))
print(tb.__dir__())
print(type(tb).__dir__(tb) == tb.__dir__(), hasattr(tb, "__class__"), tb.__class__.__name__)
print(sorted(n for n in dir(type(tb)) if n.startswith("tb_")))
print(tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, tb.tb_lasti >= 0)
