def run(exc):
    log = []
    try:
        log.append("try")
        if exc:
            raise exc
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(None))
print(run(ValueError))
try:
    run(KeyError)
except KeyError:
    print("KeyError escaped after finally")
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else exception not caught by same try:", e)
