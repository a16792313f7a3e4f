x: int = 5
y: str
print(x)
print(__annotations__)
def f(a: int, b: "str" = "d", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f.__annotations__)
class C:
    name: str = "default"
    count: int
    def m(self) -> None:
        pass
print(C.__annotations__, C.name)
print(hasattr(C, "count"))
def g(v: undefined_but_fine if False else int) -> int:
    return v
print(g(3))
lst: list = []
lst.append(1)
print(lst)
