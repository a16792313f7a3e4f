# characters_written is an attribute of every OSError: unset (AttributeError) until assigned, an
# integer (anything with __index__), deletable once; BlockingIOError takes it as a third argument.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


for e in (OSError(), OSError(1, "x"), FileNotFoundError(2, "gone", "f.txt"), BlockingIOError()):
    name = type(e).__name__
    show(name + " unset", lambda: e.characters_written)
    e.characters_written = 5
    show(name + " set", lambda: e.characters_written)
    show(name + " in dict", lambda: "characters_written" in e.__dict__)
    del e.characters_written
    show(name + " deleted", lambda: e.characters_written)
    try:
        del e.characters_written
    except AttributeError as x:
        print(name, "del again", type(x).__name__, x)


class Idx:
    def __index__(self):
        return 7


e = OSError()
e.characters_written = Idx()
print(e.characters_written, type(e.characters_written).__name__)
e.characters_written = True
print(e.characters_written, type(e.characters_written).__name__)
for bad in ("x", 1.5, None):
    try:
        e.characters_written = bad
    except TypeError as x:
        print("TypeError", x)
print(e.characters_written)

b = BlockingIOError(11, "would block", 3)
print(b.characters_written, b.args, b.errno, b.strerror, b.filename)
b = BlockingIOError(11, "would block", "name")
show("filename given", lambda: (b.filename, b.characters_written))
print("characters_written" in dir(OSError), "characters_written" in vars(OSError),
      "characters_written" in vars(BlockingIOError))
