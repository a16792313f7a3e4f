LEAF = "leaf value"
def where():
    return __name__
