#!/usr/bin/env bash
# Import semantics in a package tree: relative imports and their errors, circular imports, namespace
# packages, ModuleNotFoundError.name, module __getattr__/__dir__, star imports, __import__.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cd "$T" || exit 1
mkdir -p p/sub nsa/nsp nsb/nsp
echo 'from .a import A' >p/__init__.py
printf 'A = "a"\nfrom . import b\n' >p/a.py
printf 'from .a import A\nprint("b sees", A)\n' >p/b.py
echo 'from ... import x' >p/sub/deep.py
: >p/sub/__init__.py
echo 'from .. import a; print("sub rel ok", a.A, __package__)' >p/sub/rel.py
echo 'x = "A"' >nsa/nsp/one.py
echo 'y = "B"' >nsb/nsp/two.py
printf 'from c2 import g\ndef f(): pass\n' >c1.py
printf 'from c1 import f\ndef g(): pass\n' >c2.py
cat >lazy.py <<'PYEOF'
__all__ = ["pub", "_priv_listed"]
pub = 1; _priv_listed = 2; other = 3
def __getattr__(name):
    if name == "dyn":
        return "dynamic"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["pub", "dyn"]
PYEOF
echo 'a = 1; _b = 2' >star.py
echo '__all__ = ["missing"]' >badall.py
cat >main.py <<'PYEOF'
import sys
sys.path[1:1] = [sys.path[0] + "/nsa", sys.path[0] + "/nsb"]
import p
print(p.A, p.__package__, p.__spec__.parent, p.a.__spec__.parent, p.__spec__.submodule_search_locations == p.__path__)
import p.sub.rel
for stmt in ["import p.sub.deep", "from . import foo", "import nosuch.mod", "import p.nosuch",
             "import p.a.zzz", "from p import nothing_here", "import c1", "from badall import *"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e, "| name:", e.name)
    except AttributeError as e:
        print(stmt, "->", type(e).__name__, e)
import nsp.one, nsp.two
print(nsp.one.x, nsp.two.y, len(nsp.__path__), nsp.__file__, nsp.__spec__.origin, nsp.__spec__.name)
print([q.rsplit("/", 2)[-2] for q in nsp.__path__], nsp.__package__)
import lazy
print(lazy.dyn, dir(lazy))
try:
    lazy.nothing
except AttributeError as e:
    print(e)
ns = {}
exec("from lazy import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
exec("from star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
m = __import__("p.sub", fromlist=["rel"])
print(m.__name__, __import__("p.sub").__name__)
print(__import__("a", globals={"__package__": "p"}, level=1).__name__)
print(__import__("p.sub", {"__name__": "x"}, None, ["*"], 0).__name__)
try:
    __import__("", level=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("zz", globals={"__package__": 3}, level=1)
except TypeError as e:
    print(type(e).__name__, e)
print(__spec__, __package__, __name__)
r = repr(nsp)
print(r[:r.index(" object at 0x")], repr(p), sys, type(sys)("plain"))
print(repr(p.sub.rel).replace(sys.path[0], "DIR"), repr(sys.modules["__main__"]).replace(sys.path[0], "DIR"))
m = type(sys)("with_file")
m.__file__ = "/somewhere/f.py"
print(m)
PYEOF
show $PY main.py
show $PY -c 'import c1'
show $PY p/sub/deep.py
show $PY -m p.sub.deep
show $PY -m p.sub.rel
echo 'import sys; print(repr(sys.modules["__main__"]).replace(sys.path[0], "DIR"))' >p/showmain.py
show $PY -m p.showmain
