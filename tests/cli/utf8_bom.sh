#!/usr/bin/env bash
# A UTF-8 source file starting with a BOM runs normally (also with a utf-8 coding line).
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

printf '\xef\xbb\xbfprint("h\xc3\xa9llo", len("h\xc3\xa9llo"))\nimport sys\nprint(__doc__)\n' >"$T/bom.py"
printf '\xef\xbb\xbf# -*- coding: utf-8 -*-\n"""doc \xe2\x82\xac"""\nprint(__doc__, ascii(__doc__))\n' >"$T/bom2.py"
show $PY "$T/bom.py"
show $PY "$T/bom2.py"
