# The Python 2 print/exec hint in every compile() mode and on an assignment's right side.
for src in ['print "x"', 'print 1, 2', 'exec "x"', 'print', 'print -1', 'print (1)',
            'x = print 1', 'y = x = exec "code"']:
    for mode in ('eval', 'exec', 'single'):
        try:
            compile(src, 'f', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.offset, e.end_offset)
