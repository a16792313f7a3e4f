# bytes.decode: every built-in codec x every standard error handler (plus an unknown one)
# x tricky inputs; results, or the exception's type, message, start/end and wrapped cause.
# (the others: codec_decode.py)
CODECS = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass', 'nonexistent']
INPUTS = [
    b'', b'abc', b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x82\xac', b'\xf0\x9f\x98',
    b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xed\xa0\xbd\xed\xb8\x80',
    b'\xc0\xaf', b'\xe0\x80\xaf', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'\xc2',
    b'\xc2A', b'\xe2A\x82', b'\xef\xbb\xbfhi', b'\xef\xbb\xbf\xff', b'\xff\xfeh\x00',
    b'\xfe\xff\x00h', b'\xff\xfe\x00\x00h\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00h',
    b'h\x00\x00\xd8', b'\x00\xd8h\x00', b'\x00\xdc', b'\x00\xd8\x00\xdc', b'\x3d\xd8\x00\xde',
    b'\xff\xff\xff', b'a\x00b', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\x81\x8d\x90',
    b'\\u20ac\\x41\\n', b'\\', b'\\x4', b'\\u12', b'\\U00110000', b'\\N{EURO SIGN}',
    b'\x80\x81', b'A', b'A\x00B', b'\\x4\xff', b'\xed\xbf\xbf\xed\xa0', b'\xe0\xa0',
    b'\x00\xdc\x00\xd8', b'\x00\xd8\x00\xd8', b'\xff\xff\x10\x00', b'\x00\xd8\x00\x00\x00\xdc\x00\x00',
]


def show(data, enc, err):
    try:
        r = data.decode(enc, err)
    except Exception as e:
        line = type(e).__name__ + ': ' + str(e)
        if isinstance(e, UnicodeError):
            line += ' [%r %d %d %r]' % (e.encoding, e.start, e.end, e.reason)
        if e.__cause__ is not None:
            line += ' cause=' + type(e.__cause__).__name__
        return line
    return repr(r)


for enc in CODECS:
    print('==', enc)
    for data in INPUTS:
        outs = [show(data, enc, err) for err in HANDLERS]
        if len(set(outs)) == 1:
            print(repr(data), '*', outs[0])
            continue
        for err, out in zip(HANDLERS, outs):
            print(repr(data), err, out)
