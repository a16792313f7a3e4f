# SyntaxError.text/offset/end_offset from compile(): errors the tokenizer reports (bad
# literals, unterminated strings, bracket mismatches) carry their line without the '\n';
# parser errors and indentation errors keep it.
cases = [
    "x = 'abc\n", "x = 'abc", 'x = """abc\ndef\n', "x = 1\ny = 'abc\nz = 2\n",
    "x = b'abc\n", "x = '\\\n", "x = 0b12 + 3\n", "x = 1_ + 3\n", "x = 1e\n",
    "x = 0o8 + 1 # c\n", "x = 5a + 1\n", "x = (1 + 3]\n", "x = 1)\n", "print(1\n\n\n",
    "x = \u20ac\n", "x = \x01\n", "x = 1 $ 2\n", "if 1:\n  x\n y\n", "  x = 1\n",
    "x = 1 \\ 2\n", "try:\n    x = 1\n", "if x:\n", "x = 1 +\n",
]
for src in cases:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
        print('   ', repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
