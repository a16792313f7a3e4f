def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse " + repr(s))
parse("x1")
