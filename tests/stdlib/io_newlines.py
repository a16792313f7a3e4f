# TextIOWrapper newline modes across chunk boundaries: readlines, readline(limit), read(n)
import io
data = ('x' * 8191 + '\r\n' + 'y\r' + 'z' * 8190 + '\r' + '\nw\r\r\n').encode()
for nl in [None, '', '\n', '\r', '\r\n']:
    r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), 8192), newline=nl)
    print(repr(nl), [len(x) for x in r.readlines()], [x[-3:] for x in io.TextIOWrapper(io.BytesIO(data), newline=nl)])
    r = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    out = []
    while True:
        s = r.readline(5000)
        if not s:
            break
        out.append(len(s))
    print(out)
    r = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(len(r.read(8191)), repr(r.read(1)), repr(r.read(2)), len(r.read()))
