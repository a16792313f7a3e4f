if a:
	if b:
		pass
	else:
		pass
if c:
        x = 1
        if d:
                y = 2
class C:

    # comment

    def f(self):   # trailing
        pass
    \
    
x = [
  1,
    2,
]
y = 1 + \
    2
if x: \
    pass
