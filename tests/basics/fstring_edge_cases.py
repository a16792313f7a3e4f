x = 42
name = "taipan"
d = {"k": "v", 'q"': 1}
print(f"{x=}")
print(f"{x = }")
print(f"{x=!r:>6}")
print(f"{name=!s}")
print(f"{name!r:^12}|")
print(f"{x:{'>'}{10}}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{{x}} {{{x}}} {{{{")
print(f"{d['k']}")
print(f'{d["k"]}')
print(f"{'nested ' + f'{x:03d}'}")
print(f"{x:#x} {x:b} {x:e}")
print(f"{x!a}", f"{'é'!a}")
print(f"{'a' if x else 'b'}")
print(f"{(lambda y: y * 2)(x)}")
print(f"{[i for i in range(3)]}")
print(f"{x,}")
print(f"{x:>{w}}|{x:<{w}}|")
print(f"{1+1=}")
print(f"{ x }")
print(f"{name.upper()=}")
print(f"""{
    x
}""")
print(f"a" "b" f"{x}" "c")
print(rf"\n{x}")
print(f"{x:,}" if x < 100 else "")
print(f"{3.0:.2%}")
print(f"{None!r} {True:d}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P():hello {x}}")
print(format(P(), ""), f"{P()}")
try:
    f"{x:z}"
except ValueError as e:
    print(e)
try:
    f"{name:d}"
except ValueError as e:
    print(e)
