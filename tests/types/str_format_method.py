print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Al", age=30))
print("{0[0]} {0[1]}".format([5, 6]), "{d[k]}".format(d={"k": "v"}))
class P:
    x = 3
print("{p.x}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:*^9}".format("mid"), "{:-<5}".format(1), "{:0>4}".format(7))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {}".format(1))
print("{:d} {:5d} {:<5d}| {:+d} {: d}".format(1, 2, 3, 4, 5))
print("{0:{1}}|".format("w", 5), "{:{}.{}f}".format(3.14159, 8, 2))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
