class E(Exception):
    def __str__(self):
        raise RuntimeError("bad str")
raise E("x")
