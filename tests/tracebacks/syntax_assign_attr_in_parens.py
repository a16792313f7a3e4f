values = {}
ok = (values.flag = True)
