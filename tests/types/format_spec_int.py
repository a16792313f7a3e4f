n = 255
for spec in ["d", "x", "X", "o", "b", "#x", "#X", "#o", "#b", "08b", "#010x", "c", "n",
             ">8", "<8", "^8", "=8", "+", "-", " ", "+08", ",", "_", "_x", "_b", ",d", "e", ".2f", "%", "g"]:
    print(repr(spec), repr(format(n, spec)))
print(format(-255, "x"), format(-255, "#x"), format(-42, "=+8"), format(-42, "08"))
print(format(10 ** 20, ","), format(-1234567, "_"), format(2 ** 70, "x"))
print(format(65, "c"), format(0, "b"), format(True, "d"))
print(format(0, "#x"), format(0, "#b"), format(-1, "b"), format(-1, "#o"))
print(format(123, "010,"), format(123456, "010,"), format(-123456, "011,"))
print(format(5, "^+7"), format(-5, "^7"), format(5, "x^7"))
