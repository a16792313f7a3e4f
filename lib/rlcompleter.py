"""rlcompleter for taipan: the completions the interactive prompt offers on Tab.

Completer(namespace).complete(text, state) returns the state-th completion of text, or None
when there are no more. A plain name completes from the keywords, the namespace (__main__'s by
default) and the builtins; "a.b.c" completes the attributes of the object a.b (looked up by
attribute access from a name, never by evaluating arbitrary code). Callables get a "(" after
them ("()" for a Python function without parameters), most keywords a space (try/finally a
colon), as CPython's completer.
"""
import builtins
import keyword

__all__ = ["Completer"]

# keywords that are complete on their own (no space added after them)
_BARE = frozenset(['False', 'None', 'True', 'break', 'continue', 'pass', 'else'])


class Completer:
    def __init__(self, namespace=None):
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = namespace is None
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        if self.use_main_ns:
            import __main__
            self.namespace = __main__.__dict__
        if not text.strip():
            # Tab on an empty line indents
            return '\t' if state == 0 else None
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        if state < len(self.matches):
            return self.matches[state]
        return None

    def _callable_postfix(self, val, word):
        if callable(val):
            word = word + "("
            if _takes_nothing(val):
                word = word + ")"
        return word

    def global_matches(self, text):
        found = []
        seen = {"__builtins__"}
        for word in keyword.kwlist + keyword.softkwlist:
            if word.startswith(text):
                seen.add(word)
                if word in ('finally', 'try'):
                    word = word + ':'
                elif word not in _BARE:
                    word = word + ' '
                found.append(word)
        for ns in (self.namespace, builtins.__dict__):
            for word, val in ns.items():
                if word.startswith(text) and word not in seen:
                    seen.add(word)
                    found.append(self._callable_postfix(val, word))
        return found

    def _lookup(self, expr):
        parts = expr.split(".")
        for p in parts:
            if not p.isidentifier():
                raise LookupError(expr)
        first = parts[0]
        if first in self.namespace:
            obj = self.namespace[first]
        elif first in builtins.__dict__:
            obj = builtins.__dict__[first]
        else:
            raise LookupError(expr)
        for p in parts[1:]:
            obj = getattr(obj, p)
        return obj

    def attr_matches(self, text):
        expr, _, attr = text.rpartition(".")
        try:
            obj = self._lookup(expr)
        except Exception:
            return []
        words = set(dir(obj))
        words.discard("__builtins__")
        if hasattr(obj, '__class__'):
            words.add('__class__')
            words.update(_class_members(obj.__class__))
        # an empty prefix hides _private names, "_" hides __dunders__, unless nothing else is left
        hide = '_' if attr == '' else ('__' if attr == '_' else None)
        found = []
        while True:
            for word in sorted(words):
                if not word.startswith(attr) or (hide and word.startswith(hide)):
                    continue
                match = expr + "." + word
                if isinstance(getattr(type(obj), word, None), property):
                    found.append(match)
                    continue
                try:
                    val = getattr(obj, word, None)
                except Exception:
                    val = None
                found.append(match if val is None else self._callable_postfix(val, match))
            if found or not hide:
                break
            hide = '__' if hide == '_' else None
        found.sort()
        return found


def _takes_nothing(val):
    """Is val a Python function (or a method bound to one) without parameters? CPython asks
    inspect.signature, which also knows built-ins; taipan only looks at the code object."""
    func = getattr(val, "__func__", None)
    code = getattr(val if func is None else func, "__code__", None)
    if code is None or not isinstance(getattr(code, "co_argcount", None), int):
        return False
    n = code.co_argcount + code.co_kwonlyargcount + bool(code.co_flags & 0x04) \
        + bool(code.co_flags & 0x08)
    return n == (0 if func is None else 1)


def _class_members(cls):
    names = list(dir(cls))
    for base in getattr(cls, '__bases__', ()):
        names.extend(_class_members(base))
    return names
