#!/usr/bin/env bash
# PEP 263: a latin-1 source file with a coding line; its string literals are decoded from latin-1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

printf '# -*- coding: latin-1 -*-\ns = "caf\xe9 \xa32 \xb5"\nprint(s)\nprint(len(s), ascii(s))\nprint(s.encode("utf-8"))\nprint(s.encode("latin-1"))\n' >"$T/l1.py"
# The declaration may be on the second line (after a shebang), vim style.
printf '#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint("\xe0 la", ascii("\xff"))\n' >"$T/l2.py"
# A cookie on the third line is ignored (the file is then decoded as UTF-8).
printf '#!/usr/bin/env python3\n\n# coding: latin-1\nprint(ascii("\xc3\xa9"))\n' >"$T/l3.py"
show $PY "$T/l1.py"
show $PY "$T/l2.py"
show $PY "$T/l3.py"
