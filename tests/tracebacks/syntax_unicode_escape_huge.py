# \U escapes beyond the Unicode range, up to 0xFFFFFFFF (fuzzer finding: the value overflowed an int)
for src in ['"\\Uffffffff"', '"\\U80000000"', '"\\U7fffffff"', '"\\U00110000"', '"\\U0010ffff"',
            'b"\\Uffffffff"', '"\\Ufffffff"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
