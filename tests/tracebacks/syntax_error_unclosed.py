# An unclosed bracket.
label = "syntax_error_unclosed"
print("never")
values = [1, 2, 3
total = 0
for v in values:
    total += v
print(total)
x = 1
y = 2
