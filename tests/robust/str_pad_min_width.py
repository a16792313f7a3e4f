# Width -2**63 (and other huge negative widths) made width - len() overflow (UBSan signed overflow).
W = -2**63
for f in [lambda: "a".ljust(W), lambda: "a".rjust(W), lambda: "a".center(W), lambda: "a".zfill(W),
          lambda: b"a".ljust(W), lambda: b"a".center(W), lambda: b"a".zfill(W),
          lambda: bytearray(b"a").rjust(W)]:
    print(repr(f()))
