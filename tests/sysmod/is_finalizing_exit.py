# sys.is_finalizing(): False while the program runs (and in a __del__ run then), True in the
# __del__ of an object still alive when the interpreter shuts down.
import gc
import sys


class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self, sys=sys, print=print):
        print(self.name, "finalizing:", sys.is_finalizing())


def scratch():
    Probe("collected")


scratch()
gc.collect()
keep = Probe("at exit")
print("main done", sys.is_finalizing())
