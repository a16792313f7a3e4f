for enc in ["rot13", "base64", "hex", "zlib"]:
    try:
        "abc".encode(enc)
    except LookupError as e:
        print("LookupError", e)
try:
    b"abc".decode("hex")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
