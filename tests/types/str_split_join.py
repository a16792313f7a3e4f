print("a,b,,c".split(","))
print("  a  b   c ".split())
print("a b c d".split(" ", 2))
print("a,b,c".rsplit(",", 1))
print("".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(True))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
print("a  b".split(" "))
print("1 2 3".split(maxsplit=1))
try:
    "x".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
