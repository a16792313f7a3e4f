# rlcompleter.Completer: names from keywords, the namespace and builtins; attributes of objects
# reached by name ("a.b.<prefix>"); "(" after callables, "()" after a Python function without
# parameters; private names only when asked for with "_". keyword's lists. (complete("", 0) is not
# compared: CPython returns "" after inserting a tab through its readline module, taipan "\t".)
import keyword
import rlcompleter


def all_matches(c, text):
    out = []
    state = 0
    while True:
        m = c.complete(text, state)
        if m is None:
            return out
        out.append(m)
        state += 1


class Point:
    origin = None

    def __init__(self):
        self.x = 1
        self._hidden = 2

    def norm(self):
        return 0

    def scale(self, k):
        return k

    @property
    def size(self):
        return 3


def no_args():
    pass


def some_args(a, b=1):
    pass


ns = {"pt": Point(), "no_args": no_args, "some_args": some_args, "value": 42,
      "while_loop": 1, "Point": Point}
c = rlcompleter.Completer(ns)
print(all_matches(c, "no_"), all_matches(c, "some"), all_matches(c, "val"))
print(sorted(all_matches(c, "whi")), sorted(all_matches(c, "tr")))
print(all_matches(c, "fin"), all_matches(c, "el"), all_matches(c, "pas"))
print(all_matches(c, "pt.n"), all_matches(c, "pt.sc"), all_matches(c, "pt.si"))
print(all_matches(c, "pt."))
print(all_matches(c, "pt._h"), "pt.__init__(" in all_matches(c, "pt.__"))
print(all_matches(c, "pt.x."[:-1]), all_matches(c, "nothere.x"), all_matches(c, "1.x"))
print(c.complete("", 1), c.complete("zzzz", 0))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print("TypeError", e)
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:3], keyword.softkwlist)
