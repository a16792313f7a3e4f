d = {"a": {"b": None}}
d["a"]["b"]["c"]
