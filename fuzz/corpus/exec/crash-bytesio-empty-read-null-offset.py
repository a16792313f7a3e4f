# TextIOWrapper with BOM codecs (utf-8-sig, utf-16, utf-32) and single-byte codecs across chunks
import io
for enc in ['utf-8-sig', 'utf-25', 'utf-16-be', 'utf-32', 'latin-1', 'cp1252']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b,)
    t.flush()
    v = b.getvalue()
    print(enc, len(v), v[:12])
    r = io.TextIOWrapper(io.BytesIO(v), encoding=enc)
    lines = r.readlines()
    print([len(x) for x in lines], lines[0])
r = io.TextIOWrapper(io.BytesIO('ab\n'.encode('utf-16-be').join([b'\xfe\xff', b''])), encoding='utf-16')
print(r.read())
