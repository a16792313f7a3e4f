# '%' with a mapping argument and a positional conversion
for fmt, arg in [("%(a)s %s", {"a": 1}),
                 ("%s %(a)s", {"a": 1}),
                 ("%(a)s %d", {"a": 1}),
                 ("%(a)s", {"a": 1}),
                 ("%s", {"a": 1}),
                 ("%(a)s %(b)s", {"a": 1})]:
    try:
        print(repr(fmt % arg))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    print("%(a)*d" % {"a": 3})
except TypeError as e:
    print("TypeError", e)
