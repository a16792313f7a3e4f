# Codec names and aliases (normalisation, unknown names, byte-to-byte codecs), which names take
# CPython's C fast path (handler errors unwrapped) and which the registry (wrapped errors), and
# the argument checking of str.encode / bytes.decode / str(b, ...).


def run(f):
    try:
        r = f()
    except Exception as e:
        line = type(e).__name__ + ': ' + str(e)
        if e.__cause__ is not None:
            line += ' cause=' + type(e.__cause__).__name__ + ': ' + str(e.__cause__)
        return line
    return repr(r)


NAMES = ['utf-8', 'UTF-8', 'utf8', 'UTF8', 'utf_8', 'U8', 'u8', 'utf', 'cp65001', ' utf-8 ',
         'utf--8', 'utf 8', 'Utf-8-Sig', 'utf_8_sig', 'ascii', 'ASCII', 'us-ascii', 'US_ASCII',
         '646', 'us', 'ansi_x3.4_1968', 'iso_646.irv:1991', 'latin-1', 'latin_1', 'LATIN1',
         'L1', 'l1', 'latin', 'iso-8859-1', 'iso8859_1', 'ISO_8859-1', 'cp819', '8859',
         'utf-16', 'UTF16', 'u16', 'utf-16le', 'UTF_16_BE', 'unicodelittleunmarked', 'utf-32',
         'U32', 'utf_32le', 'utf-32-BE', 'cp1252', 'windows-1252', '1252', 'iso8859-15',
         'latin9', 'L9', 'cp437', 'IBM437', '437', 'unicode_escape', 'Unicode-Escape',
         'raw_unicode_escape', 'xyz', '', 'utf-9', 'utf8\u00e9', 'rot13', 'rot_13', 'base64',
         'hex', 'zlib', 'uu', 'quopri', 'bz2', 'utf.8', 'latin.1', 'utf8.', '!!utf__8##',
         'iso_646.irv-1991', 'ANSI_X3.4-1968', 'Windows1252', 'utf\xe98', 'x' * 60]
for name in NAMES:
    print(repr(name),
          run(lambda: 'a\xe9'.encode(name)),
          run(lambda: b'a'.decode(name)),
          run(lambda: '\udcff'.encode(name, 'nonexistent')),
          run(lambda: b'\xff\xfe\x00'.decode(name, 'nonexistent')),
          run(lambda: b'\x80\xff\xfe\x00\xd8'.decode(name, 'xmlcharrefreplace')),
          run(lambda: b'\x80\xff\xfe\x00\xd8'.decode(name, 'namereplace')))

# no error, no handler lookup
print(run(lambda: 'abc'.encode('utf-8', 'nonexistent')))
print(run(lambda: b'abc'.decode('cp1252', 'nonexistent')))
print(run(lambda: b'abc'.decode('utf-8-sig', 'nonexistent')))

# arguments
print(run(lambda: 'x'.encode('utf-8\x00')))
print(run(lambda: 'x'.encode('utf-8', 'strict\x00')))
print(run(lambda: b'x'.decode('\x00')))
print(run(lambda: str(b'x', 'ascii', '\x00')))
print(run(lambda: bytes('x', 'ascii\x00')))
print(run(lambda: 'x'.encode(b'utf-8')))
print(run(lambda: 'x'.encode('utf-8', 5)))
print(run(lambda: 'x'.encode(None)))
print(run(lambda: 'x'.encode(encoding='ascii', errors='strict')))
print(run(lambda: 'x'.encode(errors='replace')))
print(run(lambda: 'x'.encode('ascii', 'strict', 1)))
print(run(lambda: 'x'.encode(codec='ascii')))
print(run(lambda: b'x'.decode(1)))
print(run(lambda: b'x'.decode('utf-8', None)))
print(run(lambda: b'x'.decode(encoding='latin-1')))
print(run(lambda: b'\xff'.decode(errors='replace')))
print(run(lambda: bytearray(b'\xe9').decode('latin-1')))
print(run(lambda: bytearray(b'\xe9').decode('utf-8', 'surrogateescape')))
print(run(lambda: bytearray(b'\xe9').decode('utf-8', 'xmlcharrefreplace')))
print(run(lambda: str(b'\xe9', 'latin-1')))
print(run(lambda: str(b'\xe9', 'utf-8', 'replace')))
print(run(lambda: str(b'\xe9', errors='backslashreplace')))
print(run(lambda: str(b'\xe9', encoding='utf-16-le', errors='namereplace')))
print(run(lambda: str(b'\xe9\x00', 'utf-16-le')))
print(run(lambda: str('abc', 'utf-8')))
print(run(lambda: str(5, 'utf-8')))
print(run(lambda: str(b'x', 5)))
print(run(lambda: str(b'x', 'xyz')))
print(run(lambda: str(bytearray(b'\xff'), 'ascii')))

# long runs of unencodable characters are reported whole
print(run(lambda: ('\xe9' * 100 + 'x').encode('ascii')))
print(run(lambda: ('\udcff' * 70 + '\u20ac').encode('ascii', 'surrogateescape')))
print(run(lambda: ('\udcff' * 70 + '\u20ac').encode('cp1252', 'surrogateescape')))
print(run(lambda: ('\udcff' * 70 + '\u20ac').encode('latin-1', 'xmlcharrefreplace')))
print(run(lambda: ('\ud800' * 70).encode('utf-8', 'surrogatepass')[:9]))
print(run(lambda: ('\ud800' * 70).encode('utf-8')))

# round trips
for s in ['', 'abc', 'caf\xe9', '\u20ac\U0001f600', '\x00\uffff\U0010ffff']:
    for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig']:
        b = s.encode(enc)
        print(enc, ascii(s), b, b.decode(enc) == s)
print(b'\xff\xfeA\x00'.decode('utf-16-le'), b'\xfe\xff\x00A'.decode('utf-16'))
print(ascii(b'\xef\xbb\xbf\xef\xbb\xbfA'.decode('utf-8-sig')))
print(ascii(b'\xef\xbb\xbfA'.decode('utf-8')))
print(ascii(b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32')))
print(ascii(b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32-le')))
print(ascii(b'\xff\xfeA\x00'.decode('utf-32', 'replace')))
