def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("wrong handler")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
def mixed():
    log = []
    for exc in (ValueError, KeyError, None):
        try:
            try:
                if exc:
                    raise exc("x")
                log.append("no exc")
            except ValueError:
                log.append("inner VE")
            finally:
                log.append("inner finally")
        except KeyError:
            log.append("outer KE")
    return log
print(mixed())
