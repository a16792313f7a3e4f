# Subscripting builtin types gives types.GenericAlias.
def total(xs: list[int]) -> dict[str, int]:
    return {"sum": sum(xs)}
print(total([1, 2]))
print(total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias([1, 2]), alias.__origin__, alias.__args__)
print(type(alias).__name__, alias == list[int], alias is list)
print(isinstance([], list), list[str] != list[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
