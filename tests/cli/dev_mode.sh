# The development mode (-X dev with any value, or a non-empty PYTHONDEVMODE unless -E):
# sys.flags.dev_mode, and every warning shown by default ("default" first in sys.warnoptions).
. "$(dirname "$0")/common.sh"
cat >"$T/d.py" <<'PYEOF'
import sys, warnings
print(sys.flags.dev_mode, sys.warnoptions, [f[0] for f in warnings.filters[:2]])
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("import", ImportWarning)
PYEOF
cd "$T" || exit 1
show $PY d.py
show $PY -X dev d.py
show $PY -X dev=0 d.py
show $PY -X dev -W error::ResourceWarning d.py
PYTHONDEVMODE=1 show $PY d.py
PYTHONDEVMODE=0 show $PY d.py
PYTHONDEVMODE= show $PY d.py
PYTHONDEVMODE=1 show $PY -E d.py
PYTHONDEVMODE=1 PYTHONWARNINGS=ignore::ImportWarning show $PY -W once d.py
