# Concatenation results that another concatenation appended after, used where C code wants text.
import os
src = ("x = 1\n" + "#" * 130) + "\n"
more = src + "x = 2 +\n"
exec(src); print(x)
eval(compile(src, "f", "exec")); print(x)
v = (("V" * 138) + "V") + "V"
v2 = v + "W"
v3 = v + "Z"
os.environ["SCTEST"] = v
os.putenv("SCTEST2", v)
print(os.environ["SCTEST"][-2:], len(os.environ["SCTEST"]))
name = (("n" * 128) + "n") + "n"
n1 = name + "1"; n2 = name + "2"
print(name.upper()[-2:], name.encode()[-2:], name.isidentifier(), f"{name!r}"[-3:], "%s" % name[-2:])
import sys
print(name in sys.modules, int("7" * 128 + "8"[0:0] ) % 10)
num = (("1" * 126) + "1") + "1"
num2 = num + "5"
num3 = num + "6"
print(int(num) % 1000, float(num) > 1, complex(num).real > 1)
attr = (("a" * 130) + "b") + "c"
longer = attr + "d"
class C:
    pass
c = C()
setattr(c, attr, 1)
setattr(c, longer, 2)
print(getattr(c, attr), getattr(c, longer), hasattr(c, attr[:-1]), sorted(len(k) for k in vars(c)))
print(type(attr + "e").__name__, (attr + "e")[-3:], attr[-2:], longer[-2:])
