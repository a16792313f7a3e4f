# AssertionError without a message.
items = []
items.append(1)
items.append(2)
print(len(items))
def validate(seq):
    assert len(seq) == 3
    return seq
print("validating")
validate(items)
