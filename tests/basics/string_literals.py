print('single', "double", '''triple
quoted''', """also triple""")
print("tab\tnewline\\n escaped")
print('it\'s', "say \"hi\"")
print(r"raw \n string", R'\d+')
print("con" "cat" 'en' "ation")
print("\x41\x42 \101 \u00e9 \N{GREEK SMALL LETTER ALPHA}")
print(len("\n"), len(r"\n"))
print("a\
b")
s = ("implicit "
     "join")
print(s)
print(b"bytes", rb"raw\bytes")
print("\u2603", "\U0001F600" == "\U0001f600")
print('')
