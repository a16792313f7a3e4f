# Traceback through several nested function calls.
def level_three(data):
    return data["missing"]
def level_two(data):
    value = level_three(data)
    return value * 2
def level_one():
    data = {"present": 1}
    print("calling level_two")
    return level_two(data)
print("start")
level_one()
