def fail():
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    n = 0
    while tb is not None:
        n += 1
        print("frame", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)
        tb = tb.tb_next
    print("frames:", n)
e2 = ValueError("never raised")
print(e2.__traceback__)
e3 = e2.with_traceback(None)
print(e3 is e2)
