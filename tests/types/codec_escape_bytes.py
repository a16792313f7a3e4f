# invalid escapes keep the backslash and the (latin-1) byte after it; exec'd outside __main__ so
# that CPython's DeprecationWarning is filtered out
for data in [b'\\\xbf', b'a\\\x81b', b'\\q\\\xff', b'\\\\\xe9']:
    g = {'__name__': 'elsewhere', 'data': data}
    exec("r = data.decode('unicode-escape')", g)
    print(ascii(g['r']))

# \N{...} in unicode_escape, and namereplace (algorithmic Hangul and CJK names, common blocks)
print(ascii(b'\\N{EURO SIGN}\\N{latin small letter a}\\N{BULLET}'.decode('unicode_escape')))
print('\uac00\ud7a3\ub137\u4e2d\u3400\xe9\u0101\u03c9\u0416\u2030\u20bf\u21d2\u2264'.encode(
    'ascii', 'namereplace'))
print('\x85\x9f\x00\uffff\U000e0080'.encode('latin-1', 'namereplace'))
print('\x85\u2028'.encode('ascii', 'namereplace'))
