# -W and PYTHONWARNINGS: the options become filters when the interpreter starts (ahead of the
# defaults, the last one first), invalid ones are reported then, and they apply to the
# interpreter's own warnings too (bool(NotImplemented) is a DeprecationWarning).
. "$(dirname "$0")/common.sh"
cat >"$T/w.py" <<'PYEOF'
import sys, warnings
print(sys.warnoptions)
print([(f[0], f[2].__name__) for f in warnings.filters[:3]])
warnings.warn("user")
warnings.warn("runtime", RuntimeWarning)
warnings.warn("dep", DeprecationWarning)
bool(NotImplemented)
print("end")
PYEOF
cd "$T" || exit 1
show $PY w.py
show $PY -W error w.py
show $PY -W ignore w.py
show $PY -W always::RuntimeWarning -W error::UserWarning w.py
show $PY -Werror::DeprecationWarning w.py
show $PY -W ignore::UserWarning -W bogus -W error::NoSuchWarning -W error::int -W a:b:c:d:e:f w.py
show $PY -W error::nosuchmodule.X -W once::os.Foo -W 'ignore:::: 3x' w.py
PYTHONWARNINGS=error::RuntimeWarning,ignore::UserWarning show $PY w.py
PYTHONWARNINGS=ignore show $PY -W error::RuntimeWarning w.py
PYTHONWARNINGS=error show $PY -E w.py
show $PY -W all -c 'import warnings; warnings.warn("x"); warnings.warn("x")'
show $PY -W module -c 'import warnings
for i in range(2): warnings.warn("m")'
show $PY -W error -c 'import warnings; warnings.warn("fatal")'
