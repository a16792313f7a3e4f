# Argument sizes that do not fit: OverflowError/MemoryError exactly as CPython, at once
B=2**70
tests = ['[1].insert(B,1)','[1].pop(B)','"a b".split(None,B)','"a".replace("a","b",B)','b"a b".split(None,B)','b"a".replace(b"a",b"b",B)','bytearray(b"a").insert(B,1)','bytearray(b"a").pop(B)','"a"*B','[1]*B','b"a"*B','(1,)*B','"abc"[B]','[1][B]','b"a"[B]','bytes.hex(b"ab","-",B)','"a".splitlines(B)','(15).to_bytes(B,"big")','round(15,B)','(15).__round__(B)','"a"*(2**62)','[1]*(2**62)','(1,)*(2**62)','[1,2]*(2**62)','b"a"*(2**63-1)','"ab"*(2**62)','"a"*(2**63-1)', 'bytearray(b"ab")*(2**62)','range(B)[0:B:1]', 'list(range(2**62))','tuple(range(2**40))','[0]*2**40','"a".rjust(2**63-1)', 'b"a".zfill(2**62)','b"a".center(2**70)']
import sys
for t in tests:
    try:
        r = eval(t)
        print(t, "ok", len(r) if hasattr(r,'__len__') else r)
    except Exception as e:
        print(t, type(e).__name__, e)
