# argument-clinic style errors name a None argument "None" (other types by their name)
tests = ['str(b"", None)', 'str(b"", "utf-8", None)', 'b"".decode(None)', 'b"".decode("utf-8", None)',
         '(1).to_bytes(1, None)', 'str.maketrans("a", None)', 'str.maketrans("a", "b", None)',
         'bytes("a", None)', 'bytearray("a", "utf-8", None)', '"x".encode("utf-8", None)',
         '"x".replace("a", None)', '"x".removeprefix(1)', '"x".removesuffix(None)', 'bytes.fromhex(None)',
         'bytearray.fromhex(3)', '"x".encode(5)']
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, e)
