# Exception raised inside a lambda.
label = "lambda_error"
print("test:", label)
checks = [label, len(label)]
transform = lambda x: x.upper() + 1
names = ["ann", "bob"]
print([n.upper() for n in names])
print("applying transform")
result = list(map(transform, names))
print(result)
