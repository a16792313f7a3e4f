# Exception raised inside a generator expression consumed by sum().
label = "genexpr_error"
print("test:", label)
checks = [label, len(label)]
words = ["one", "two", None, "four"]
print("lengths of first two:", [len(w) for w in words[:2]])
def total_length(ws):
    return sum(len(w) for w in ws)
print("computing total")
print(total_length(words))
