def go(data):
    return [d["x"] * 2 for d in data]
go([{"x": 1}, {"y": 2}])
