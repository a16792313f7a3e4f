data = {"a": [{"b": 1}]}
def get(d):
    return d["a"][0]["c"]
get(data)
