# unicode_escape decoding warns (DeprecationWarning) about the first invalid escape of the data:
# an unknown escape (a non-ASCII byte named as its latin-1 character) or an octal one above \377.
# As an error (a filter) it comes out of the codec as "decoding with 'unicode-escape' codec
# failed (...)", caused by the warning.
import warnings

datas = [b"\\d", b"a\\qb\\z", b"\\\xbf", b"\\777", b"\\400\\d", b"\\d\\777", b"\\377", b"ok\\n",
         b"\\N{BULLET}\\k", b"\\x41\\y", b"\\8"]
for data in datas:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        r = data.decode("unicode_escape")
        r2 = str(data, "unicode-escape")
        raw = data.decode("raw_unicode_escape")
    print(data, ascii(r), r == r2, ascii(raw), [(str(w.message), w.category.__name__, w.lineno) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for data in [b"\\d", b"\\777", b"\\\xe9"]:
        try:
            data.decode("unicode_escape")
        except DeprecationWarning as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    print(b"fine\\t".decode("unicode_escape"))
