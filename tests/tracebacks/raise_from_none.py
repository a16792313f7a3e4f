# raise ... from None hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no such key: {k}") from None
table = {"x": 1}
print(lookup(table, "x"))
print("now failing")
lookup(table, "y")
