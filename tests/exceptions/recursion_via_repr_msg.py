class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError", e)
class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print("RecursionError", e)
class L:
    def __len__(self):
        return len(self)
try:
    len(L())
except RecursionError as e:
    print("RecursionError", e)
