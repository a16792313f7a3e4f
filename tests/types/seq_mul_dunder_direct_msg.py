# Calling __mul__ directly with a non-int: CPython says "... cannot be interpreted as an integer",
# while the * operator says "can't multiply sequence by non-int".
for seq in ("ab", [1], (1,), b"x"):
    try:
        seq * 1.5
    except TypeError as e:
        print("op:", e)
    try:
        seq.__mul__(1.5)
    except TypeError as e:
        print("dunder:", e)
    print(seq.__mul__(2), seq.__rmul__(2))
