# The parser, symbol table and compiler on deeply nested sources: a result, SyntaxError,
# MemoryError (CPython's parser stack) or RecursionError, never a crash (also under
# `ulimit -s 1024`, see tests/cli/small_stack.sh).


def outcome(name, src, mode="eval"):
    try:
        code = compile(src, "<deep>", mode)
        r = eval(code) if mode == "eval" else (exec(code, {}) or "done")
    except (RecursionError, MemoryError, SyntaxError) as e:
        print(name, type(e).__name__)
    else:
        print(name, "ok", r if isinstance(r, (int, str, tuple)) and len(repr(r)) < 40 else type(r).__name__)


outcome("parens 190", "(" * 190 + ")" * 190)
outcome("parens 190 value", "(" * 190 + "7" + ")" * 190)
outcome("parens 201", "(" * 201 + ")" * 201)
outcome("lists 190", "[" * 190 + "]" * 190)
outcome("calls 190", "int(" * 190 + ")" * 190)
outcome("unary 1000", "-" * 1000 + "1")
outcome("unary 10000", "-" * 10000 + "1")
outcome("not 3000", "not " * 3000 + "1")
outcome("power 500", "1" + "**1" * 500)
outcome("power 3000", "1" + "**1" * 3000)
outcome("plus 1000", "1" + "+1" * 1000)
outcome("plus 20000", "1" + "+1" * 20000)
outcome("and 20000", "1" + " and 1" * 20000)
outcome("compare 20000", "1" + " < 2" * 20000)
outcome("ifexp 3000", "1 if 1 else " * 3000 + "1")
outcome("lambda 300", "(" + "lambda: " * 300 + "1)" + "()" * 300)
outcome("lambda 5000", "lambda: " * 5000 + "1")
outcome("attr 20000", "int" + ".real" * 20000)
outcome("subscript 10000", "[[0]]" + "[0]" * 10000)
outcome("strings 10000", '"a" ' * 10000)
outcome("fstring nest", 'f"{' + 'f\'{1}\'' + '}"')
defs = "".join(" " * i + "def f%d():\n" % i for i in range(90)) + " " * 90 + "return 1\n"
outcome("defs 90", defs, "exec")
outcome("defs 101", "".join(" " * i + "def f%d():\n" % i for i in range(101)) + " " * 101 + "pass\n", "exec")
outcome("ifs 99", "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "pass\n", "exec")
outcome("classes 50", "".join(" " * i + "class C%d:\n" % i for i in range(50)) + " " * 50 + "x = 1\n", "exec")
outcome("elif 5000", "x = 1\nif x == 0: pass\n" + "elif x == 0: pass\n" * 5000, "exec")
outcome("decorators 5000", "d = lambda f: f\n" + "@d\n" * 5000 + "def f(): pass\n", "exec")
outcome("comprehensions 50", "[" * 50 + "x for x in [1]" + "]" * 50)
outcome("match 100", "match 1:\n case " + "[" * 100 + "1" + "]" * 100 + ": pass\n", "exec")
