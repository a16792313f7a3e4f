ba = bytearray(b"abc")
print(ba, len(ba))
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba)
del ba[1]
print(ba, ba.pop(), ba)
ba += b"!!"
print(ba, bytes(ba), ba[1:3], type(ba[1:3]).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
ba.reverse()
print(ba, ba.decode())
ba2 = bytearray(b"hello world")
ba2[0:5] = b"HELLO"
print(ba2, ba2.upper(), ba2.find(b"world"))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"x").pop(5)
except IndexError as e:
    print(type(e).__name__, e)
