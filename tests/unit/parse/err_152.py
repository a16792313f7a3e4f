x = [1, 2, 3
if x:
  pass
