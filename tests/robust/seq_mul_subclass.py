# A sequence multiplied by an instance of a subclass of a sequence type ("x" * S("s")) recursed
# forever between list_binop/str_binop and tpSeq_binop_fallback (C stack overflow).
class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass
for a, b in [("x", S("s")), ([1], L([2])), (L([1]), L([2])), ((1,), T((2,))), (b"x", B(b"y"))]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a.__mul__(b))
    except TypeError as e:
        print("TypeError:", e)
