# Markers on a failing call inside an expression.
label = "call_markers"
def parse(text):
    return int(text)
def total(texts):
    return sum(parse(t) for t in texts)
print(total(["1", "2"]))
data = ["3", "4", "five"]
print("parsing", len(data), "items")
print(total(data) + 1)
