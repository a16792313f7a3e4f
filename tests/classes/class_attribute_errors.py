class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
f = Frozen()
try:
    f.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Ro:
    @property
    def v(self):
        return 1
try:
    Ro().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Ro().v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
class K:
    pass
try:
    K().attr
except AttributeError as e:
    print(type(e).__name__, e)
