# Exceptions raised and caught in loops: custom classes, hierarchies, finally, re-raise, builtins.
class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code

class NotFound(AppError):
    pass

class Invalid(AppError):
    pass

def lookup(d, k):
    if k % 5 == 0:
        raise NotFound(k)
    if k % 7 == 0:
        raise Invalid(k)
    return d.get(k, 0)

def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)

def main():
    d = {i: i * 2 for i in range(1000)}
    ok = nf = inv = fin = 0
    for i in range(500000):
        try:
            ok += lookup(d, i % 1000)
        except NotFound as e:
            nf += e.code & 1
        except AppError as e:
            inv += 1
        finally:
            fin += 1
    ke = 0
    for i in range(350000):
        try:
            d[i + 500]
        except KeyError:
            ke += 1
    ze = 0
    for i in range(350000):
        try:
            ze += 10 // (i % 4)
        except ZeroDivisionError:
            ze -= 1
    dp = 0
    for i in range(28000):
        try:
            deep(20)
        except ValueError as e:
            dp += len(e.args[0])
    rr = 0
    for i in range(140000):
        try:
            try:
                raise TypeError(i)
            except TypeError:
                raise
        except Exception as e:
            rr += e.args[0] & 1
    ae = 0
    for i in range(210000):
        try:
            int("x%d" % i)
        except ValueError:
            ae += 1
    print(ok, nf, inv, fin, ke, ze, dp, rr, ae)

main()
