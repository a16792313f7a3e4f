# SyntaxError for `target := value` statements, f-string and call-argument messages
for t in ['a := 1\n', '(a, b) := (1, 2)\n', 'a, b := 1\n', 'x = a := 1\n', 'x = (a, b) := 1\n', 'a.b := 1\n', 'f() := 1\n', '1 := 1\n', '*a := 1\n', 'a + b := 1\n', 'print(1); (a, b) := 1\n', 'x: int := 1\n', 'a = b, c := 1\n', 'return (a,b) := 1\n', 'a[0] := 1\n', 'x += a := 1\n', '-a := 1\n', 'not a := 1\n','a if b else c := 1\n', 'yield a := 1\n', 'lambda: a := 1\n', 'del a := 1\n', 'assert a := 1\n', 'import a := 1\n', '[a] := 1\n']:
    try:
        compile(t, 's', 'exec')
        print(repr(t), "ok")
    except SyntaxError as e:
        print(repr(t), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for t in ['(a), b := 1', '((a), b) := 1', '(a)[0], (b) := 1', '(a) := 1', 'a, b.c := 1', 'a, *b := 1',
          'f"{!r}"', 'f"{ :>5}"', 'f"{=}"', 'f"{}"', 'f(**{}, *[])', 'f(x, **k, *abc)']:
    try:
        compile(t, 's', 'exec')
        print(repr(t), "ok")
    except SyntaxError as e:
        print(repr(t), e.msg, e.lineno, e.end_lineno, e.end_offset)
