#!/usr/bin/env python3
"""Random-program fuzzer for taipan: looks for crashes, hangs and sanitizer reports.

Usage (from the repository root, after `make asan`):

    python3 tests/fuzz/fuzz_programs.py [-n 2000] [-j 2] [--seed S] [--timeout 5]
                                        [--interp build/asan/taipan] [--out /tmp/taipan-fuzz]
                                        [--kinds grammar,calls,mutate,bytes] [--ignore REGEX]...

It generates short programs from four sources --
  grammar  random statements/expressions built from a grammar of Python snippets (odd dunders,
           self-referencing containers, mutation during iteration, huge sizes, generators, ...),
  calls    every method of built-in objects (names from CPython's dir()) called with odd arguments
           (-2**63, 10**30, nan, lone surrogates, self-referencing containers, evil dunders, ...),
  mutate   existing tests/**/*.py with lines deleted/duplicated/swapped, tokens inserted, or cut,
  bytes    random byte strings and random token soup (lexer/parser robustness) --
runs each under the interpreter with a timeout and reports every run that dies on a signal, prints
an AddressSanitizer/UBSan/LeakSanitizer report ("AddressSanitizer", "runtime error:", ...), or
times out while python3 finishes the same program in time. Each finding is saved as
OUT/<kind>-<n>.py with the interpreter's stderr in OUT/<kind>-<n>.err; findings are grouped by
the first src/ frame of the report so one bug is not reported a thousand times. Exit status is 1
if anything was found. The run is reproducible for a given --seed.
"""
import argparse
import concurrent.futures as cf
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ---------------------------------------------------------------- grammar of snippets

ATOMS = [
    "0", "1", "-1", "2**63", "-2**63", "10**30", "2**64-1", "0.0", "-0.0", "1e308", "float('nan')",
    "float('inf')", "1j", "True", "None", "...", "NotImplemented", "''", "'abc'", "'\\u20ac\\U0001F600'",
    "b''", "b'\\xff\\x00'", "bytearray(b'xy')", "[]", "[1, 2, 3]", "()", "(1,)", "{}", "{1: 2}",
    "set()", "{1, 2}", "frozenset({3})", "range(10)", "range(10**30)", "range(-5, 5, -2)",
    "slice(None)", "slice(1, 10**30, -1)", "object()", "int", "str", "type", "object", "list",
    "BaseException", "ValueError('v')", "KeyError()", "StopIteration(3)", "print", "len", "iter([1])",
    "iter(range(3))", "(x for x in range(3))", "lambda *a, **k: a", "sys", "Weird()", "Rec()",
    "SelfRef", "SelfDict", "Evil()", "Gen()", "Meta", "Sub()", "SubInt(7)", "SubStr('s')",
    "SubList([1])", "SubDict(a=1)", "Deep", "DeepT", "R", "L", "D", "S", "x", "y", "z",
]

NAMES = ["x", "y", "z", "L", "D", "S", "R", "e", "g", "k"]

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "==", "!=", "<", "<=",
          ">", ">=", "in", "not in", "is", "is not", "and", "or"]
UNOPS = ["-", "+", "~", "not "]

METHODS = [
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy",
    "clear", "get", "setdefault", "update", "keys", "values", "items", "popitem", "fromkeys",
    "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset",
    "split", "rsplit", "join", "replace", "find", "rfind", "strip", "ljust", "rjust", "center",
    "zfill", "expandtabs", "encode", "decode", "format", "format_map", "startswith", "endswith",
    "partition", "splitlines", "translate", "maketrans", "upper", "casefold", "title", "isdigit",
    "to_bytes", "from_bytes", "bit_length", "as_integer_ratio", "hex", "fromhex", "is_integer",
    "conjugate", "__reduce__", "__reduce_ex__", "__sizeof__", "__format__", "__getitem__",
    "__setitem__", "__delitem__", "__init__", "__new__", "__class__", "__dict__", "__len__",
    "__iter__", "__next__", "__hash__", "__eq__", "__lt__", "__repr__", "__str__", "__subclasses__",
    "mro", "send", "throw", "close", "with_traceback", "add_note", "indices", "__contains__",
]

BUILTINS = [
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
    "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
    "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id",
    "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "min",
    "next", "oct", "ord", "pow", "print", "range", "repr", "reversed", "round", "set",
    "setattr", "slice", "sorted", "str", "sum", "tuple", "type", "vars", "zip", "compile",
    "super", "object", "property", "staticmethod", "classmethod", "__import__", "callable",
    "sys.getsizeof", "sys.intern", "sys.setrecursionlimit", "sys.exc_info", "sys.getrecursionlimit",
]

PRELUDE = r'''
import sys
class Weird:
    def __eq__(s, o): L.clear(); D.clear(); return True
    def __hash__(s): return 1
    def __len__(s): return 3
    def __iter__(s): return iter([L, D, s])
    def __getitem__(s, i): return i
    def __index__(s): return 2
    def __repr__(s): return 'Weird'
    def __lt__(s, o): L.append(o); return False
    def __bool__(s): return True
class Evil:
    def __eq__(s, o): raise ValueError('eq')
    def __hash__(s): raise KeyError('hash')
    def __repr__(s): return 5
    def __str__(s): raise RuntimeError('str')
    def __len__(s): return -1
    def __iter__(s): return 7
    def __index__(s): return 'x'
    def __bool__(s): return 2
    def __del__(s): raise ValueError('del')
    def __getattr__(s, n): return s.__getattr__(n)
class Rec:
    def __repr__(s): return repr(s)
    def __eq__(s, o): return s == o
    def __hash__(s): return hash(s)
    def __iter__(s): return iter(s)
class Gen:
    def __iter__(s):
        yield s
        yield from s
class Meta(type):
    def __call__(c, *a): return c
    def __instancecheck__(c, o): return c.__instancecheck__(o)
    def mro(c): return type.mro(c)
class Sub(Exception):
    def __str__(s): return s.args
class SubInt(int):
    def __index__(s): return 10**30
class SubStr(str):
    def __hash__(s): return -1
class SubList(list):
    def __iter__(s): return iter([s])
class SubDict(dict):
    def __missing__(s, k): return s[k]
SelfRef = [1]; SelfRef.append(SelfRef)
SelfDict = {}; SelfDict['d'] = SelfDict
Deep = []
for _i in range(50000): Deep = [Deep]
DeepT = ()
for _i in range(50000): DeepT = (DeepT,)
R = range(5); L = [3, 1, 2]; D = {1: 'a', 2: 'b'}; S = {1, 2}
x = 1; y = 'yy'; z = [x, y]; e = None; g = (i for i in range(3)); k = None
'''


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def atom(self):
        return self.r.choice(ATOMS)

    def expr(self, depth=0):
        r = self.r
        if depth > 3 or r.random() < 0.25:
            return self.atom()
        c = r.randrange(14)
        e = lambda: self.expr(depth + 1)
        if c == 0:
            return "(%s %s %s)" % (e(), r.choice(BINOPS), e())
        if c == 1:
            return "(%s%s)" % (r.choice(UNOPS), e())
        if c == 2:
            return "%s(%s)" % (r.choice(BUILTINS), ", ".join(e() for _ in range(r.randrange(4))))
        if c == 3:
            return "(%s).%s(%s)" % (e(), r.choice(METHODS), ", ".join(e() for _ in range(r.randrange(3))))
        if c == 4:
            return "%s[%s]" % (e(), e())
        if c == 5:
            return "%s[%s:%s:%s]" % (e(), e(), e(), r.choice(["", "-1", "2", e()]))
        if c == 6:
            return "[%s for %s in %s if %s]" % (e(), r.choice(NAMES), e(), e())
        if c == 7:
            return "{%s: %s for %s in %s}" % (e(), e(), r.choice(NAMES), e())
        if c == 8:
            return "(%s if %s else %s)" % (e(), e(), e())
        if c == 9:
            return "'{!r:>{}}'.format(%s, %s)" % (e(), r.choice(["3", "0", "10**6", "-1", "x", e()]))
        if c == 10:
            return "%r %% (%s,)" % (r.choice(["%s", "%d", "%*d", "%.*f", "%c", "%(a)s", "%r%r", "%x"]), e())
        if c == 11:
            return "(lambda %s: %s)(%s)" % (r.choice(NAMES), e(), e())
        if c == 12:
            return "(%s := %s)" % (r.choice(NAMES), e())
        return "[*%s, *%s]" % (e(), e())

    def stmt(self, ind=0, depth=0):
        r = self.r
        p = "    " * ind
        e = lambda: self.expr()
        n = r.choice(NAMES)
        c = r.randrange(22)
        if depth > 2:
            c = r.randrange(6)
        if c == 0:
            return "%s%s = %s\n" % (p, n, e())
        if c == 1:
            return "%s%s %s= %s\n" % (p, n, r.choice(["+", "*", "-", "|", "//", "**", "<<", "@"]), e())
        if c == 2:
            return "%sprint(%s)\n" % (p, e())
        if c == 3:
            return "%s%s[%s] = %s\n" % (p, n, e(), e())
        if c == 4:
            return "%sdel %s[%s]\n" % (p, n, e())
        if c == 5:
            return "%s%s, *%s = %s\n" % (p, n, r.choice(NAMES), e())
        if c == 6:
            return "%sfor %s in %s:\n%s" % (p, n, e(), self.block(ind + 1, depth))
        if c == 7:
            return "%swhile %s:\n%s%s    break\n" % (p, e(), self.block(ind + 1, depth), p)
        if c == 8:
            return "%sif %s:\n%s%selse:\n%s" % (p, e(), self.block(ind + 1, depth), p, self.block(ind + 1, depth))
        if c == 9:
            return "%stry:\n%s%sexcept %s as e:\n%s%sfinally:\n%s    pass\n" % (
                p, self.block(ind + 1, depth), p, r.choice(["Exception", "BaseException", "(ValueError, TypeError)", "e or Exception"]),
                self.block(ind + 1, depth), p, p)
        if c == 10:
            return "%sdef f%d(%s):\n%s%s    %s %s\n" % (
                p, r.randrange(3), r.choice(["", "a", "a, *b", "a=[], /, *, k=1", "*a, **k"]),
                self.block(ind + 1, depth), p, r.choice(["return", "yield", "yield from"]), e())
        if c == 11:
            dunder = r.choice(["__eq__", "__hash__", "__repr__", "__iter__", "__len__", "__getattr__",
                               "__index__", "__lt__", "__del__", "__bool__", "__next__", "__getitem__",
                               "__set_name__", "__init_subclass__", "__class_getitem__", "__enter__", "__exit__"])
            return "%sclass C(%s):\n%s    def %s(self, *a): return %s\n%s%s = C()\n" % (
                p, r.choice(["", "int", "list", "dict", "Exception", "Weird", "str", "metaclass=Meta", "SubList"]),
                p, dunder, e(), p, n)
        if c == 12:
            return "%swith %s as %s:\n%s" % (p, e(), n, self.block(ind + 1, depth))
        if c == 13:
            return "%sraise %s from %s\n" % (p, e(), e())
        if c == 14:
            return "%sexec(%r)\n" % (p, self.stmt(0, depth + 1))
        if c == 15:
            return "%seval(%r)\n" % (p, self.expr())
        if c == 16:
            return "%sfor %s in %s: %s.%s(%s)\n" % (p, n, r.choice(["L", "D", "S", "list(D)"]), r.choice(["L", "D", "S"]),
                                                      r.choice(["append", "pop", "clear", "add", "update", "__setitem__", "sort", "discard"]), e())
        if c == 17:
            return "%s%s = %s\n%s%s.append(%s)\n" % (p, n, r.choice(["[]", "L", "z"]), p, n, n)
        if c == 18:
            return "%sg = (%s for _ in %s)\n%snext(g, None); g.throw(%s) if %s else g.close()\n" % (p, e(), e(), p, r.choice(["ValueError", "StopIteration", "GeneratorExit", "KeyboardInterrupt"]), e())
        if c == 19:
            return "%sglobal %s\n" % (p, n) if ind else "%s%s.__class__ = %s\n" % (p, n, e())
        if c == 20:
            return "%smatch %s:\n%s    case [%s, *_] | {'k': %s}: pass\n%s    case %s(): pass\n%s    case _: pass\n" % (
                p, e(), p, r.choice(NAMES), r.choice(NAMES), p, r.choice(["int", "str", "C", "Weird"]), p)
        return "%sassert %s, %s\n" % (p, e(), e())

    def block(self, ind, depth):
        return "".join(self.stmt(ind, depth + 1) for _ in range(self.r.randint(1, 3)))

    def build(self, make, count):
        """PRELUDE + up to `count` snippets from make(), keeping only those after which CPython
        still compiles the program (most random snippets are not valid Python)."""
        body = PRELUDE
        for _ in range(count):
            for _ in range(30):
                cand = body + make()
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        compile(cand, "<fuzz>", "exec")
                    body = cand
                    break
                except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
                    pass
        return body

    def program(self):
        return self.build(self.stmt, self.r.randint(1, 8))

    def program_guarded(self):
        return self.build(lambda: "try:\n%sexcept BaseException as _e:\n    print(type(_e).__name__)\n"
                          % self.stmt(1), self.r.randint(2, 10))


# ---------------------------------------------------------------- method calls with odd arguments

CALL_VALUES = [
    "0", "-1", "1", "2**63", "-2**63", "2**63-1", "2**64", "10**30", "-10**30", "2**31", "-2**31-1",
    "0.0", "-0.0", "1e308", "float('nan')", "float('inf')", "1.5", "1j", "True", "None", "''", "'abc'",
    "'\\ud800'", "'\\U0001F600' * 3", "'{}'", "'%s'", "'\\x00'", "b''", "b'abc'", "b'\\xff'",
    "bytearray(b'xyz')", "[]", "[1, 'a', None]", "()", "(1, 2)", "{}", "{'a': 1}", "set()", "{1, 2}",
    "frozenset()", "range(0)", "range(10**30)", "slice(None, None, -1)", "slice(2**63, -2**63, 0)",
    "object()", "int", "str", "type", "object", "BaseException", "ValueError('v')", "print", "len",
    "iter([1])", "(x for x in [1])", "lambda *a, **k: None", "Weird()", "Evil()", "Rec()", "SelfRef",
    "SelfDict", "SubInt(3)", "SubStr('s')", "SubList([1])", "SubDict(a=1)", "Deep", "DeepT", "NotImplemented", "...",
]

CALL_TARGETS = ["0", "-2**63", "10**30", "1.5", "float('nan')", "1j", "True", "'abc'", "'\\U0001F600x'",
                "b'abc'", "bytearray(b'abc')", "[3, 1, 2]", "(1, 2)", "{'a': 1}", "{1, 2}", "frozenset({1})",
                "range(10)", "range(10**30)", "slice(1, 2, 3)", "None", "int", "str", "type", "object", "list",
                "dict", "BaseException", "ValueError('v')", "KeyError()", "StopIteration(1)",
                "UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r')", "SyntaxError('m', ('f', 1, 2, 'x', 1, 3))",
                "ExceptionGroup('g', [ValueError()])", "iter([1, 2])", "iter({1: 2})", "iter(range(5))",
                "reversed([1, 2])", "enumerate([1])", "zip([1], [2])", "map(len, ['a'])", "filter(None, [1])",
                "(x for x in [1])", "(lambda: (yield))()", "print", "len", "property()", "staticmethod(len)",
                "classmethod(len)", "super(int, 1)", "sys", "{}.keys()", "{}.items()", "{}.values()",
                "(lambda: 0)", "(lambda: 0).__code__", "Weird()", "Evil()", "SelfRef", "SelfDict", "SubInt(3)",
                "SubStr('s')", "SubList([1])", "SubDict(a=1)", "Meta", "Gen()", "DeepT", "int.__add__",
                "str.join", "[].append", "type.__dict__['__name__']", "object.__init__"]


def _dir_names(target):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            obj = eval(target, {"sys": sys, **_PRELUDE_NS})
        return sorted(set(dir(obj)))
    except Exception:
        return []


_PRELUDE_NS = {}
_DIR_CACHE = {}


def call_program(rnd):
    if not _PRELUDE_NS:
        _PRELUDE_NS["__name__"] = "prelude"
        exec(PRELUDE.replace("range(50000)", "range(5)"), _PRELUDE_NS)
        del _PRELUDE_NS["Evil"].__del__  # only dir() is needed here; keep the fuzzer's stderr quiet
    out = [PRELUDE]
    for _ in range(rnd.randint(10, 40)):
        t = rnd.choice(CALL_TARGETS)
        if t not in _DIR_CACHE:
            _DIR_CACHE[t] = _dir_names(t)
        names = _DIR_CACHE[t] or ["__class__"]
        name = rnd.choice(names)
        args = ", ".join(rnd.choice(CALL_VALUES) for _ in range(rnd.choice([0, 0, 1, 1, 1, 2, 2, 3, 4])))
        form = rnd.randrange(4)
        if form == 0:
            call = "getattr(%s, %r)(%s)" % (t, name, args)
        elif form == 1:
            call = "type(%s).%s(%s%s)" % (t, name, rnd.choice(CALL_VALUES + [t]), ", " + args if args else "")
        elif form == 2:
            call = "setattr(%s, %r, %s)" % (t, name, rnd.choice(CALL_VALUES))
        else:
            call = "r = getattr(%s, %r)(%s); repr(r); str(r); list(r) if hasattr(r, '__iter__') else r" % (t, name, args)
        out.append("try:\n    %s\nexcept BaseException as _e:\n    print(type(_e).__name__)\n" % call)
    return "".join(out)


# ---------------------------------------------------------------- mutation and byte soup

TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "lambda", "yield", "await", "async", "def", "class",
          "=", "*", "**", "'", '"', '"""', "f'{", "}'", "\\", "\n", "\t", "    ", "#", "@", "->",
          ":=", "...", "0x", "1e", "1_", "\x00", "\xff", "\u2028", "\r", "if", "else", "match", "case",
          "global", "nonlocal", "del", "return", "try:", "except*", "finally", "with", "from", "import"]


def mutate(rnd, src):
    lines = src.splitlines(True) or ["\n"]
    for _ in range(rnd.randint(1, 4)):
        op = rnd.randrange(7)
        i = rnd.randrange(len(lines))
        if op == 0 and len(lines) > 1:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rnd.randrange(len(lines))])
        elif op == 2:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            s = lines[i]
            k = rnd.randrange(len(s) + 1)
            lines[i] = s[:k] + rnd.choice(TOKENS) + s[k:]
        elif op == 4:
            s = lines[i]
            k = rnd.randrange(len(s) + 1)
            lines[i] = s[:k] + s[k + rnd.randint(1, 5):]
        elif op == 5:
            lines = lines[:i + 1]
        else:
            lines[i] = lines[i] * rnd.randint(2, 50)
    return "".join(lines)


def byte_soup(rnd):
    if rnd.random() < 0.5:
        return bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 200)))
    toks = [rnd.choice(TOKENS + ATOMS + BINOPS + NAMES) for _ in range(rnd.randint(1, 60))]
    return " ".join(toks).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------- running

BAD = re.compile(r"AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer|"
                 r"Assertion .* failed|Segmentation fault|SUMMARY:")
FRAME = re.compile(r"#\d+ 0x[0-9a-f]+ in (\S+) (src/[^: ]+:\d+)")


def run(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C.UTF-8",
               ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:handle_abort=1",
               UBSAN_OPTIONS="print_stacktrace=1")
    try:
        p = subprocess.run(cmd + [path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout, env=env, cwd=os.path.dirname(path))
        return p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as ex:
        return "timeout", (ex.stderr or b"").decode("utf-8", "replace")


def check(args, kind, n, data):
    fd, path = tempfile.mkstemp(prefix="fz%s%d_" % (kind[0], n), suffix=".py", dir=args.tmp)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    try:
        rc, err = run(args.interp_cmd, path, args.timeout)
        bad = None
        if rc == "timeout":
            prc, _ = run([args.python], path, args.timeout)
            if prc != "timeout":
                bad = "hang (python3 finishes)"
        elif rc < 0 or (rc >= 128 and rc != 255):
            bad = "signal/exit %d" % rc
        if BAD.search(err):
            m = BAD.search(err)
            line = err[max(0, err.rfind("\n", 0, m.start()) + 1):].split("\n", 1)[0]
            bad = line.strip()[:160]
        if bad is None:
            return None
        frames = FRAME.findall(err)
        sig = frames[0] if frames else (bad.split(" on ")[0][:60], "")
        return (kind, n, path, bad, sig, frames[:3], err, data)
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="number of programs")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=5)
    ap.add_argument("--interp", default=os.path.join(ROOT, "build/asan/taipan"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--out", default="/tmp/taipan-fuzz")
    ap.add_argument("--kinds", default="grammar,calls,mutate,bytes")
    ap.add_argument("--ignore", action="append", default=[],
                    help="regex; findings whose report or program matches it are not reported (known bugs)")
    args = ap.parse_args()
    args.interp_cmd = args.interp.split()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print("seed", seed, flush=True)
    rnd = random.Random(seed)
    os.makedirs(args.out, exist_ok=True)
    args.tmp = tempfile.mkdtemp(prefix="work", dir=args.out)
    corpus = [p for p in glob.glob(os.path.join(ROOT, "tests", "*", "*.py"))
              if "/pending/" not in p and "/fuzz/" not in p]
    kinds = args.kinds.split(",")
    gen = Gen(rnd)

    def make(i):
        kind = kinds[i % len(kinds)]
        if kind == "grammar":
            src = gen.program_guarded() if rnd.random() < 0.7 else gen.program()
            return kind, src.encode()
        if kind == "calls":
            return kind, call_program(rnd).encode("utf-8", "surrogatepass")
        if kind == "mutate" and corpus:
            with open(rnd.choice(corpus), encoding="utf-8", errors="replace") as f:
                return kind, mutate(rnd, f.read()).encode("utf-8", "surrogatepass")
        return "bytes", byte_soup(rnd)

    seen = {}
    found = 0
    with cf.ThreadPoolExecutor(args.j) as ex:
        futs = []
        for i in range(args.n):
            kind, data = make(i)
            futs.append(ex.submit(check, args, kind, i, data))
        for done, fut in enumerate(cf.as_completed(futs), 1):
            res = fut.result()
            if done % 200 == 0:
                print("... %d/%d, %d distinct finding(s)" % (done, args.n, len(seen)), flush=True)
            if res is None:
                continue
            kind, n, path, bad, sig, frames, err, data = res
            text = err + "\n" + data.decode("utf-8", "replace")
            if any(re.search(rx, text) for rx in args.ignore):
                continue
            found += 1
            key = sig
            seen.setdefault(key, 0)
            seen[key] += 1
            if seen[key] > 3:
                continue
            base = os.path.join(args.out, "%s-%d" % (kind, n))
            with open(base + ".py", "wb") as f:
                f.write(data)
            with open(base + ".err", "w") as f:
                f.write(err)
            print("FOUND %s.py: %s | %s" % (base, bad, " <- ".join("%s %s" % fr for fr in frames)), flush=True)
    os.rmdir(args.tmp)
    print("%d run(s), %d finding(s), %d distinct" % (args.n, found, len(seen)))
    for k, v in sorted(seen.items(), key=lambda kv: -kv[1]):
        print("  %4d  %s %s" % (v, k[0], k[1]))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
