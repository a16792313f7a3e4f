# contextlib from taipan's built-in library: contextmanager, suppress, ExitStack, closing,
# nullcontext, redirect_stdout/stderr, ContextDecorator.
import sys
import contextlib
from contextlib import (contextmanager, suppress, ExitStack, nullcontext, closing,
                        redirect_stdout, redirect_stderr, ContextDecorator)


@contextmanager
def tagged(tag):
    print("enter", tag)
    try:
        yield tag * 2
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("exit", tag)


with tagged("a") as v:
    print("body", v)
with tagged("b"):
    raise KeyError("k")
print("after b")
try:
    with tagged("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)


@tagged("d")
def decorated(x):
    print("decorated", x)
    return x + 1


print(decorated(1), decorated(2), decorated.__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def replaces():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("replaced") from e


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with replaces():
        1 / 0
except ValueError as e:
    print("ValueError", e, type(e.__cause__).__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

log = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, i)
    print("entered", stack.enter_context(tagged("e")))
    stack.push(lambda *exc: log.append("push") or False)
print(log)


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


try:
    with ExitStack() as stack:
        stack.enter_context(Res("r1"))
        stack.enter_context(Res("r2"))
        raise OSError("boom")
except OSError as e:
    print("OSError", e)

with ExitStack() as outer:
    outer.enter_context(Res("kept"))
    moved = outer.pop_all()
print("popped")
moved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)

with nullcontext(5) as n:
    print("nullcontext", n)


class Closer:
    def close(self):
        print("closed")


with closing(Closer()) as c:
    print(type(c).__name__)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


out, err = Sink(), Sink()
with redirect_stdout(out), redirect_stderr(err):
    print("to out")
    print("to err", file=sys.stderr)
print(out.parts, err.parts)


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")

    def __exit__(self, *exc):
        print("stop")


@Timer()
def work():
    print("working")


work()
print(contextlib.__name__, contextlib.contextmanager.__name__)
