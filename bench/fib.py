# Recursive calls: naive Fibonacci plus a mutually recursive pair.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

total = fib(33)
evens = 0
for i in range(2000):
    if is_even(i % 300):
        evens += 1
total += evens
total += ackermann(2, 300)
print(total)
