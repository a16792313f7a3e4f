# Helper module imported by the imports tests (not a test itself).
print("mod_helper is being imported")
VALUE = 42
NAME = __name__
items = []
def greet(who):
    return f"hello, {who}"
def add_item(x):
    items.append(x)
    return len(items)
class Thing:
    def __init__(self, n):
        self.n = n
    def double(self):
        return self.n * 2
_private = "underscore"
