import sys
print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(type(sys.maxsize).__name__)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(len(range(sys.maxsize)) == sys.maxsize)
print(sys.maxsize.bit_length())
big = [0] * 3
print(big[:sys.maxsize])
print("abc"[-sys.maxsize:sys.maxsize])
print(sys.maxsize // 2 ** 32)
