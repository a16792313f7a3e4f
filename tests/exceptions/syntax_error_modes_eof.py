# SyntaxError positions at the end of input depend on compile()'s mode: 'eval'/'single' source
# without a final newline gets no newline token position (and no '\n' in .text); 'single'
# reports "multiple statements" on the first statement's NEWLINE; "was never closed" keeps
# the '\n' only when the bracket is on the last line.
def show(mode, src):
    try:
        compile(src, 'f', mode)
        print(mode, repr(src), 'ok')
    except SyntaxError as e:
        print(mode, repr(src), '->', e.msg)
        print('   ', repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)

for mode in ('exec', 'eval', 'single'):
    for src in ['1 +', '1 +\n', 'lambda', 'x.', 'a b', '1 if 2', 'def',
                'f"{)}"', 'f"{}"', 'f"{a!x}"', 'f"{1]}" + 1', 'x = f"{" +\n 1',
                '(1, 2', '(1, 2\n\n', 'x = 1\n(1,\n2', '(\n']:
        show(mode, src)
for src in ['x = 1\ny = 2', 'x = 1; y = 2\nz', 'x = 1 # c\ny', 'x = (1,\n2)\ny',
            'if 1:\n  pass\nx = 1\n', 'def f(): pass\nf()', 'x = 1\n\n\n', '\n\nx = 1']:
    show('single', src)
