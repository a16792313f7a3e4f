# Big-integer arithmetic: an unbounded spigot for the digits of pi (Gibbons-style), plus factorial checks.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits

def main():
    ds = pi_digits(3500)
    s = "".join(str(d) for d in ds)
    f = 1
    for i in range(1, 1400):
        f *= i
    fs = str(f)
    p = pow(3, 20000, 10 ** 50 + 151)
    print(s[:30], s[-30:], sum(ds), len(fs), fs[:20], sum(int(c) for c in fs), p, (f >> 1000) % 1000003)

main()
