x = 1
x = y = z = 2
x, y = 1, 2
[a, b] = c
(a, b) = c
a.b = c
a[b] = c
*a, b = c
a, *b = c
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x >>= 7; x <<= 8; x &= 9; x |= 10; x ^= 11; x @= 12
x: int
x: int = 5
a.b: str = "x"
(y): int = 3
a[0]: float
del x
del x, y
del x,
del a.b, a[c], (d, e), [f]
pass
assert x
assert x, "msg"
import os
import os.path as p, sys
from os import path
from os import (path, sep,)
from . import x
from .. import y
from ...a.b import c as d
from .... import e
from os import *
global a, b
nonlocal c
raise
raise E
raise E from e
return
return 1
return 1, 2
yield
yield x
yield from y
x = yield
x = yield 1, 2
break
continue
