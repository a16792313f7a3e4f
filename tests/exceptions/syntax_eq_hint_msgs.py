# SyntaxError hints for '=' where an assignment cannot be (CPython's invalid_named_expression)
tests = ['x = (a = 1)', '{a = 1}', '[a = 1]', 'if a = 1: pass', 'while a = 1: pass', 'x = [a[0] = 1]', '(values.flag = True)', '(1 = 2)', 'f(a.b=1)', 'f(a=1)', 'x[a=1]', '(a = 1 = 2)', '(a = b == c)', '[x for x in y if x = 1]', '(a, b = 1)', '(True = 1)', '([a] = 1)', '(a + 1 = 2)', 'assert a = 1', '(a = yield)', 'x = {1: a = 1}', 'print(a = 1)', '(f() = 1)', '(a := 1 = 2)', '(a = 1, b)', 'lambda: a = 1', '(*a = 1)', '(a.b = c.d = 1)', '(a = 1) + 2', 'x = a = (b = 1)', '(a = -1)', '(a = b or c)','(a == 1 = 2)']
for t in tests:
    try:
        compile(t, 's', 'exec')
        print(repr(t), "ok")
    except SyntaxError as e:
        print(repr(t), e.msg, e.offset, e.end_offset)
for t in ['if a = 1 = 2: pass', 'if a.b = c = 1: pass', 'while (a = 1 = 2): pass', 'if True = 1: pass', 'if [a] = 1: pass', 'elif a = 1: pass', 'if x:\n  pass\nelif a.b = 1: pass', '@a = 1\ndef f(): pass', 'match x:\n case 1 if a = 1: pass', 'match[0] = 1', 'x[1:a=2]', 'x[a=1:2]', '{a: b = 1}', '{a = 1: b}', '(yield a = 1)', '(x for x in a = 1)', '(a = 1 for x in y)', 'with (a = 1): pass', 'f(a.b=1, c)', 'f(x, a.b = 1)', 'f((a = 1))', 'return (a = 1)', 'del (a = 1)']:
    try:
        compile(t, 's', 'exec')
        print(repr(t), "ok")
    except SyntaxError as e:
        print(repr(t), e.msg, e.offset, e.end_offset)
