# compile()/exec()/eval() of source holding a NUL byte: a SyntaxError without any location.
for src in ['\x00', 'x = 1\x00', b'x\x00']:
    for f in (lambda: compile(src, 'f', 'exec'), lambda: exec(src), lambda: eval(src)):
        try: f()
        except (SyntaxError, ValueError) as e:
            print(type(e).__name__, e, e.args, getattr(e, 'lineno', '-'), getattr(e, 'offset', '-'), getattr(e, 'end_offset', '-'), getattr(e, 'text', '-'), getattr(e, 'filename', '-'))
