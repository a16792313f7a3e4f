# Integer loops: sieve, Collatz lengths, gcd, bit tricks.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count

def collatz_max(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best

def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = n * 7 + 3
        x, y = a, b
        while y:
            x, y = y, x % y
        s += x
    return s

def popcount_sum(n):
    s = 0
    for i in range(n):
        v = i
        while v:
            v &= v - 1
            s += 1
    return s

print(sieve(600000), collatz_max(60000), gcd_sum(90000), popcount_sum(250000))
