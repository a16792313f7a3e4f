# Concatenation results that another concatenation appended after, used where C code wants text.
import os
src = "x = 1\n" + "#" * 130 + "\n"
more = src + "x = 2 +\n"
exec(src); print(x)
eval(compile(src, "f", "exec")); print(x)
v = "V" * 140
v2 = v + "W"
v3 = v + "Z"
os.environ["SCTEST"] = v2
os.putenv("SCTEST2", v2)
print(os.environ["SCTEST"][-2:], len(os.environ["SCTEST"]))
name = "n" * 130
n1 = name + "1"; n2 = name + "2"
print(name.upper()[-2:], name.encode()[-2:], name.isidentifier(), f"{name!r}"[-3:], "%s" % name[-2:])
import sys
print(name in sys.modules, int("7" * 128 + "8"[0:0] ) % 10)
num = "1" * 128
num2 = num + "5"
num3 = num + "6"
print(int(num) % 1000, float(num) > 1, complex(num).real > 1)
