for stmt in ['object().__dict__', '(1).__dict__', '"s".x', '[].x = 1', 'len.x = 1', 'len.__dict__',
             'int.x', 'int.x = 1', 'del int.real', 'object.__dict__["x"] = 1', '(1).__class__ = str',
             'None.x', 'type.x', '(lambda: 0).__dict__', 'setattr(1, "real", 2)', 'delattr([], "append")']:
    try:
        r = eval(stmt) if '=' not in stmt and not stmt.startswith('del ') else exec(stmt)
        print(stmt, '->', r)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
