x = 0b1100
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0b1111
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
f = 10.0
f /= 4
print(f)
l = [1, 2]
alias = l
l += [3]
print(alias, alias is l)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
d = {'a': 1}
d['a'] += 10
print(d)
class O: pass
o = O(); o.v = 3
o.v *= 7
print(o.v)
