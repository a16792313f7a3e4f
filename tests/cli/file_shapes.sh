#!/usr/bin/env bash
# Unusual but valid files: empty, comments only, no final newline, shebang, blank last lines.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

: >"$T/empty.py"
printf '# just a comment\n\n# another\n' >"$T/comments.py"
printf 'print("no newline at end")' >"$T/nonl.py"
printf '#!/usr/bin/env python3\nprint("shebang ok")\n\n\n\n' >"$T/shebang.py"
printf 'if True:\n    print("indented last line")' >"$T/nonl_block.py"
cd "$T" || exit 1
for f in empty comments nonl shebang nonl_block; do show $PY $f.py; done
