class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Detailed(AppError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
for exc in [AppError("plain"), NotFound("file.txt"), Detailed(404, "gone"), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e) if not isinstance(e, Detailed) else "", "|", e.args)
try:
    raise NotFound("x")
except Exception as e:
    print(isinstance(e, AppError), e.name)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
