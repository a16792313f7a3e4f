# sys.setprofile: call/return/c_call/c_return/c_exception events of a program's calls, with
# their arguments (builtins named by __qualname__).
import sys
events = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        a = getattr(arg, '__qualname__', arg)
    else:
        a = arg
    events.append((event, frame.f_code.co_name, a))
def g(n):
    for i in range(n):
        yield i
def h(x):
    return len([x]) + 1
def raiser():
    raise ValueError("boom")
def main():
    r = h(3)
    l = []
    l.append(1)
    s = sum(g(2))
    try:
        raiser()
    except ValueError:
        pass
    try:
        int("x")
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    sorted([3, 1], key=lambda v: -v)
    class C:
        def __init__(self): self.x = 1
    C()
    return r
sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
