# Invalid escape sequences in literals: a DeprecationWarning for the first one of each literal
# (an unknown escape, or an octal one above \377), issued while parsing, before the compiler's
# own warnings; an error filter makes it a SyntaxError at the literal. Non-ASCII after a
# backslash and raw literals are fine.
import warnings

cases = [
    r'"\d"', r'"\d\q"', r'"ok" "\z"', r'b"\k"', r'b"\u1234"', r'b"\N{DASH}"', r'"\u1234\N{EM DASH}"',
    r'"\777"', r'b"\777"', r'"\377\400"', r'"\d\777"', r'"\777\d"', r'r"\d"', r'br"\d"',
    r'f"\d{1}\q"', r'f"{1}\w" f"\y"', r'rf"\d{1}"', '"a\\\u00e9"', r'"\8\9"', r'"\
"', '"""\n\\d"""', r'"\d" + "\d"',
]
for src in cases:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        value = eval(compile(src, "<lit>", "eval"))
    print(repr(src), ascii(value), [(w.category.__name__, str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile('x = "\\d"\ny = x is 1\nz = "\\q"\n', "<order>", "exec")
print([(w.category.__name__, str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    try:
        compile('x = "\\d"\ny = (\n', "<then error>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print([(str(w.message), w.lineno) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ['x = "\\d"', 'x = 1\nif x:\n    y = b"ab\\777"\n', 'f"{1}\\q"', '"ok"\n"\\d"']:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    warnings.simplefilter("always", DeprecationWarning)
    warnings.showwarning = lambda *a: print("shown:", a[0], a[3])
    try:
        compile('"\\d" is 1', "<mixed>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
