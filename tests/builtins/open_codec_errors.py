# Text files run the incremental codecs: error-handler failures (unknown handler, a handler for
# the wrong direction) are not wrapped in "decoding with 'X' codec failed", unlike bytes.decode.
import os
import time

p = '/tmp/taipan_open_codec_%d_%d.bin' % (time.time_ns(), id(object()))
with open(p, 'wb') as f:
    f.write(b'a\x81b\xff\xfe')
for enc, err in [('cp1252', 'bad'), ('cp1252', 'xmlcharrefreplace'), ('utf-16-le', 'namereplace'),
                 ('utf-8', 'xmlcharrefreplace'), ('ascii', 'bad'), ('u8', 'bad'),
                 ('cp1252', 'surrogateescape'), ('utf-8', 'surrogateescape'), ('L1', 'strict')]:
    try:
        with open(p, encoding=enc, errors=err) as f:
            print(ascii(f.read()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
for enc, err in [('cp1252', 'bad'), ('u8', 'bad'), ('utf-16-le', 'bad'), ('latin-1', 'surrogatepass'),
                 ('utf-8', 'surrogateescape'), ('cp437', 'namereplace')]:
    try:
        with open(p, 'w', encoding=enc, errors=err) as f:
            f.write('\udcff\u0100')
        with open(p, 'rb') as f:
            print(f.read())
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
os.remove(p)
