class Outer:
    class InnerError(Exception):
        pass
class ModErr(Exception):
    pass
ModErr.__module__ = "pkg.sub"
try:
    raise Outer.InnerError("nested")
except Exception as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
raise ModErr("qualified")
