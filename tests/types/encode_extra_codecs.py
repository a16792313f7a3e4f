# Codecs beyond utf-8/latin-1/ascii/utf-16/utf-32 that CPython ships built in.
for text, enc in [("é", "utf-8-sig"), ("é\n", "unicode_escape"), ("é\n", "raw_unicode_escape"),
                  ("é€", "cp1252"), ("é", "iso8859-15"), ("é", "cp437")]:
    try:
        print(enc, text.encode(enc))
    except LookupError as e:
        print(enc, "LookupError", e)
for data, enc in [(b"\xef\xbb\xbfabc", "utf-8-sig"), (b"a\\n\\xe9", "unicode_escape"), (b"\x80", "cp1252")]:
    try:
        print(enc, repr(data.decode(enc)))
    except LookupError as e:
        print(enc, "LookupError", e)
