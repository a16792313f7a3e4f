# str.encode: every built-in codec x every standard error handler (plus an unknown one)
# x tricky strings: surrogates, lone/paired, surrogateescape'd bytes, unencodable characters.
CODECS = ['utf-8', 'utf-8-sig', 'ascii', 'latin-1', 'cp1252', 'iso8859-15', 'cp437',
          'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
          'unicode-escape', 'raw-unicode-escape']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass', 'nonexistent']
INPUTS = [
    '', 'abc', '\xe9', 'a\xffb', '\u20ac', 'x\u20ac\u2022y', '\u0153\u0160', '\u2591\u03b1',
    '\U0001f600', '\ud800', 'a\udc80b', '\udcff\udc80', '\udc7f', '\ud83d\ude00',
    '\udcff\u20ac', 'A\ud800\udc00B', '\x80\x81', '\u0100', 'caf\xe9\u20ac\U0001f600',
    '\x00\t\n\\', '\ufeff', '\udc80\ud800x', 'a\udcff\udc7f', '\udcff\xe9\udcfe',
    '\U0010ffff\udfff',
]


def show(s, enc, err):
    try:
        r = s.encode(enc, err)
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
    for s in INPUTS:
        outs = [show(s, enc, err) for err in HANDLERS]
        if len(set(outs)) == 1:
            print(ascii(s), '*', outs[0])
            continue
        for err, out in zip(HANDLERS, outs):
            print(ascii(s), err, out)
