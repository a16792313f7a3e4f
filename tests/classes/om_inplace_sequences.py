l = [1]; l2 = l; l += (2,); l += 'ab'; l *= 2; print(l, l is l2)
b = bytearray(b'x'); b2 = b; b += b'y'; b += bytearray(b'z'); b *= 2; print(b, b is b2)
class RL:
    def __radd__(self, o): return 'RL.radd'
    def __rmul__(self, o): return 'RL.rmul'
l = [1]; l += RL(); print(l)
l = [1]; l *= RL(); print(l)
class ML(list): pass
m = ML([1]); m2 = m; m += [2]; print(m, m is m2, type(m).__name__)
class I:
    def __index__(self): return 2
l = [1]; l *= I(); print(l)
try:
    l = [1]; l += 5
except TypeError as e: print(e)
try:
    l = [1]; l *= 'x'
except TypeError as e: print(e)
t = (1,); t += (2,); print(t)
s = {1}; s2 = s; s |= {2}; print(s, s is s2)
d = {1: 2}; d |= {3: 4}; print(d)
