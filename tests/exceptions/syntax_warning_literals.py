# The compiler's SyntaxWarnings, shown when this file is compiled (before it runs) and when
# compile() is called: `is` with a literal, asserting a tuple, calling or subscripting a literal.
import sys
import warnings

x = 1
if x is 2:
    pass
if 0 < x is not "a" != 5:
    pass
y = [x is () for _ in ()], (lambda: x is -1.5), x is None, x is True, x is ..., x is (None,)
assert (x, "always true")


def f():
    return (1)(2), "abc"["x"], 5[0], [1, 2][1.0], (1, 2)[x, 1], {1}[0], f"{x}"[None]


print("running")
sys.stderr = sys.stdout
cases = [
    "x is 1", "x is not 'a'", "1 is x", "x is b''", "x is -5", "x is (1, 2)", "x is (x, 1)",
    "x is None", "x is ...", "x is False", "x == 1", "x is y is 3",
    "(1)(2)", "'s'()", "(1, x)()", "[]()", "{}()", "{1}()", "{i for i in x}()", "(i for i in x)()",
    "[i for i in x]()", "{i: i for i in x}()", "f'{x}'()", "(-1)()", "(lambda: 1)()", "None()",
    "x()", "(x)()",
    "5[0]", "None[0]", "...[0]", "1.5[0]", "1j[0]", "True[0]", "{1}[0]", "{i for i in x}[0]",
    "(i for i in x)[0]", "(lambda: 1)[0]", "'abc'['x']", "b'abc'[1.5]", "(1, 2)['a']",
    "[1][None]", "[i for i in x][()]", "(x, 1)[[]]", "f'{x}'[{}]", "'abc'[x]", "'abc'[1]",
    "'abc'[True]", "'abc'[1:2]", "'abc'[-1]", "x[1.5]", "{}['k']",
]
for src in cases:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        compile(src, "<case>", "eval")
    print(repr(src), [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log])
for stmt in ["assert (1, 2)", "assert (1,), 'msg'", "assert ()", "assert x, (1, 2)",
             "if x is 5:\n    pass", "while x is not 'q': pass", "a[0] = 5[0]",
             "while [v for v in x if v is 2] and (1)(x) if 0 else {k: k is 3 for k in x}[1.5]: pass",
             "while 1 is x:\n    while x is 2: break\nelse:\n    x is 3"]:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        compile(stmt, "<stmt>", "exec")
    print(repr(stmt), [(str(w.message), w.lineno) for w in log])
compile("x is 1", "shown.py", "eval")  # the default filters show it, without a source line
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "\n\n  (1)(2)", "def g():\n    assert (1, 2)\n", "[1][1.5]"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset,
                  repr(e.text))
    warnings.simplefilter("ignore")
    compile("x is 1", "<ignored>", "eval")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.simplefilter("error", SyntaxWarning)
    try:
        exec("print('never')\nx is 'no'")
    except SyntaxError as e:
        print("exec:", e)


def broken(*args):
    raise KeyError("show failed")


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = broken
    try:
        compile("x is 1", "<broken>", "eval")
    except KeyError as e:
        print("KeyError from showwarning", e)
