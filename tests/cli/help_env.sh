#!/usr/bin/env bash
# --help-env / --help-xoptions / --help-all: CPython's texts (taipan lists only the variables it
# reads and no -X option; the lines it prints are CPython's). Exit status 0, stdout.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
$PY --help-env >"$T/out" 2>&1
echo "help-env exit=$?"
grep -E '^(Environment variables that|PYTHONSTARTUP:|PYTHONPATH   :|PYTHONHASHSEED:|These variables have|PYTHONINSPECT  |PYTHONUNBUFFERED  |PYTHONWARNINGS=arg)' "$T/out"
$PY --help-xoptions | head -1
echo "help-xoptions exit=$?"
$PY --help-all | grep -E '^(usage:|-c cmd :|Environment variables that|PYTHONSTARTUP:|The following implementation)' | sed 's#^usage: [^ ]*#usage: PROG#'
$PY --help-env --version | head -1
