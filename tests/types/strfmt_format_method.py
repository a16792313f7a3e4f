# str.format / format_map edge cases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '{'.format())
t(lambda: '}'.format())
t(lambda: '{0'.format(1))
t(lambda: '{0!'.format(1))
t(lambda: '{0!}'.format(1))
t(lambda: '{0!x}'.format(1))
t(lambda: '{0!rr}'.format(1))
t(lambda: '{0!r:}'.format(1))
t(lambda: '{0.}'.format(1))
t(lambda: '{0[}'.format(1))
t(lambda: '{0[0]x}'.format([1]))
t(lambda: '{0[]}'.format([1]))
t(lambda: '{.real}'.format(1))
t(lambda: '{[0]}'.format([5]))
t(lambda: '{0:{1:{2}}}'.format(1, 2, 3))
t(lambda: '{:{}}'.format(1, 2))
t(lambda: '{:{}}{}'.format(1, 5, 'x'))
t(lambda: '{} {1}'.format(1, 2))
t(lambda: '{1} {}'.format(1, 2))
t(lambda: '{5}'.format(1))
t(lambda: '{a.b}'.format(a=1))
t(lambda: '{0[a]}'.format({'a': 5}))
t(lambda: '{0[1]}'.format({1: 5}))
t(lambda: '{0[-1]}'.format({'-1': 5}))
t(lambda: '{0[1x]}'.format({'1x': 5}))
t(lambda: '{00}'.format(7))
t(lambda: '{0x}'.format(7))
t(lambda: '{ }'.format(7))
t(lambda: '{a}'.format_map({'a': 1}))
t(lambda: '{}'.format_map({'a': 1}))
t(lambda: '{0}'.format_map({'a': 1}))
t(lambda: '{0:}}'.format(1))
t(lambda: '}}{{'.format(1))
t(lambda: '{:'.format(1))
t(lambda: '{0:{a}}'.format(1))
t(lambda: '{0[:]}'.format({':': 3}))
t(lambda: '{0[!]}'.format({'!': 3}))
t(lambda: '{0[}]}'.format({'}': 3}))
t(lambda: '{0:{{}}}'.format('a'))
t(lambda: '{!s:>5}|{!a}|{!r:^9}'.format(1, 'é', 'x'))
t(lambda: 'x{0:}y'.format(None))
t(lambda: '{0!s:{1}}'.format('a', 3))
t(lambda: '{0:{1}{2}}'.format('a', '>', 4))
t(lambda: '{x[0]}{x[1]:>3}'.format(x='ab'))
t(lambda: 'héllo {} wörld {}'.format('é', 2))
t(lambda: '{0}{1}{0}'.format('ab', 'cd'))

class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(D(a=1)))

class P:
    def __init__(self):
        self.x = 'X'
        self.items = [10, 20]
    def __format__(self, spec):
        return 'P(' + spec + ')'
p = P()
print('{0.x} {0.items[1]} {0:abc} {0!s:.4}'.format(p))
print('{:>{w}.{p}}|'.format('abcdef', w=6, p=3))
