def f(d):
    return "héllo wörld " + d["ключ"] + d["missing"]
f({"ключ": "значение"})
