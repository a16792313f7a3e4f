# unicode_escape / raw_unicode_escape / utf-8-sig / single-byte code pages, with their errors
print(repr(b'\\\\u0041 \\u0041'.decode('raw_unicode_escape')))
print(repr(b'\\x41\\101\\n\\t\\\\\\\'\\"\\a\\0\\177 \\u00e9\\U0001F600'.decode('unicode_escape')))
print(repr(b'line\\\ncont \xe9'.decode('unicode_escape')))
for data in [b'\\x4', b'\\u12', b'\\U00110000', b'ab\\', b'\\N{xx}', b'\\x4g']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(repr(data.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(errors, e)
for data in [b'\\u12', b'\\U00110000', b'a\\b\\\\c']:
    try:
        print(repr(data.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(e)
print('a\x00\t\n\r\x7f\xe9\u1234\U0001f600\'"\\'.encode('unicode_escape'))
print('a\x00\t\xe9\u1234\U0001f600\\\ud800'.encode('raw_unicode_escape'))
for text, enc in [('\u20ac\u20ac', 'cp437'), ('a\u20acb', 'iso8859-15'), ('\u0153', 'latin9'),
                  ('\u2500x', 'cp437'), ('\u0100', 'cp1252')]:
    for errors in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, e)
for data, enc in [(b'\x81', 'cp1252'), (b'\x80\x9f\xff', 'windows-1252'), (bytes(range(0x80, 0x100)), 'cp437'),
                  (bytes(range(0xa0, 0x100)), 'iso-8859-15'), (b'a\x8db', 'cp1252')]:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, e)
try:
    '\ud800'.encode('utf-8-sig')
except UnicodeEncodeError as e:
    print(e)
print(repr(b'\xef\xbb\xbf'.decode('utf-8-sig')), b'abc'.decode('utf_8_sig'), ''.encode('utf-8-sig'))
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(e)
for name in ['ROT13', 'Base64', 'hex_codec', 'bz2', 'quopri', 'uu', 'UTF8-SIG', 'latin-9']:
    try:
        'a'.encode(name)
    except LookupError as e:
        print(e)
