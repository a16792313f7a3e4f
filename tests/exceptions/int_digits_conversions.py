# The int digit limit through other conversions (format specs, %, base 0, subclasses) and
# long numeric strings that are not ints (float(), complex()).
def t(label, f):
    try:
        r = f(); print(label, 'ok', str(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:120])
t('base0', lambda: int('1'*5000, 0))
t('base0hex', lambda: int('0x' + '1'*5000, 0) > 0)
t('fmt', lambda: '{}'.format(10**5000))
t('pct s', lambda: '%s' % 10**5000)
t('pct x', lambda: len('%x' % 10**5000))
t('fmt x', lambda: len(format(10**5000, 'x')))
t('fmt n', lambda: format(10**5000, 'n'))
t('fmt ,', lambda: format(10**5000, ','))
t('fmt e', lambda: format(10**5000, '.3e'))
t('float', lambda: float(10**400))
t('bool', lambda: bool(10**5000))
t('int subclass', lambda: str(type('I', (int,), {})(10**5000)))
t('int float str', lambda: int(float('1e300')) > 0)
t('print', lambda: print(10**5000))
t('int spaces', lambda: int(' ' + '1'*4300 + ' ') > 0)
t('int neg 4300', lambda: int('-' + '1'*4300) < 0)
t('ascii', lambda: ascii(10**5000))
t('complex', lambda: complex('1' * 5000 + 'j'))
t('float str', lambda: float('1'*5000) > 0)
