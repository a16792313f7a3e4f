x = (lambda a:
      a.b)(1)
