# Extending a list that has no buffer yet (clang's UBSan flagged the self-overlap check doing
# arithmetic on the NULL item pointer; found by fuzz/fuzz_compile at start-up).
a = []
a.extend([1, 2])
b = []
b += (3,)
c = []
c.extend(c)
d = []
d.extend([])
print(a, b, c, d)
