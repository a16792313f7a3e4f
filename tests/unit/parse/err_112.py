try y:
  pass
