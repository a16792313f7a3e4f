# A number directly followed by a keyword ("1if x else 2", "0x1for": 0x1f or) compiles with a
# SyntaxWarning from the tokenizer, in source order with the other warnings; an error filter
# makes it a SyntaxError at the number's last character. Other letters are errors.
import warnings
cases = ["x = 1if y else 2", "x = 0x1for x in y", "x = 0o7or 1", "x = 0b1and 1", "x = 1.5if y else 2",
         "x = 1e5if y else 2", "x = 1jif y else 2", "x = 10in y", "x = 1_000is y", "x = 1not in y",
         "x = 1.if y else 2", "x = 0if y else 1", "x = 00if y else 1", "x = 1 if 1else 2", "x = [1for a in b]",
         "x = 1else", "x = 1abc", "x = 0x1g"]
for src in cases:
    for mode in ("always", "error"):
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter(mode)
            try:
                compile(src, "<n>", "exec")
                print(repr(src), mode, [(str(w.message), w.category.__name__, w.lineno) for w in log])
            except SyntaxError as e:
                print(repr(src), mode, "SyntaxError", e.msg, e.offset, e.end_offset, [(str(w.message)) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile('a = 1if b else "\\d"\nc = 2or 3 is 4\nd = "\\q" "ok"\n', "<order>", "exec")
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("error", DeprecationWarning)
    try:
        compile('a = 1if b else 2\nc = "\\d"\nd = 2or 3\ne = 4and 5\n', "<rest>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
