config = {"debug": False}
values = []
def setup():
    global values
    values = [1, 2, 3]
    config["debug"] = True
setup()
print(values, config)
def reader():
    return values[-1]
print(reader())
def rebinder():
    global config
    config = "replaced"
rebinder()
print(config)
def local_only():
    values = "local"
    return values
print(local_only(), values)
total = 0
for i in range(5):
    total += i
print(total, i)
