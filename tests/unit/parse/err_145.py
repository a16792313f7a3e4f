x = 1
y = "unterminated
z = 2
