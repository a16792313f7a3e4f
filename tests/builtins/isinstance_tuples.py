vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, 1j, range(1)]
for v in vals:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, (str, bytes)),
          isinstance(v, (dict, set, type(None))))
print(isinstance(1, ()), isinstance(1, (((int,),),)), issubclass(int, (str, (float, int))))
print(isinstance(True, (float, int)), isinstance(1, bool))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print(type(e).__name__, e)
