#!/usr/bin/env bash
# os._exit ends the process at once (no finally, the given status); os.kill on itself with
# SIGTERM kills it by that signal; signal.SIG_DFL for SIGINT then Ctrl-C kills without a traceback.
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }
# status CMD...: run CMD, print its output and how it ended (from waitpid)
status() {
    perl -e '
        my $pid = fork;
        if ($pid == 0) { exec @ARGV or exit 127 }
        waitpid($pid, 0);
        print STDERR (($? & 127) ? "killed by signal " . ($? & 127) : "exit " . ($? >> 8)), "\n";
    ' "$@" 2>&1 | norm
}
cat >"$T/exit.py" <<'PYEOF'
import os, sys
print("before", flush=True)
try:
    os._exit(int(sys.argv[1]))
finally:
    print("finally must not run")
PYEOF
cat >"$T/term.py" <<'PYEOF'
import os, signal
print("before", flush=True)
try:
    os.kill(os.getpid(), signal.SIGTERM)
    import time
    time.sleep(5)
finally:
    print("finally must not run")
PYEOF
cat >"$T/dfl.py" <<'PYEOF'
import os, signal
signal.signal(signal.SIGINT, signal.SIG_DFL)
print("before", flush=True)
try:
    os.kill(os.getpid(), signal.SIGINT)
    import time
    time.sleep(5)
finally:
    print("finally must not run")
PYEOF
cat >"$T/ki_hook.py" <<'PYEOF'
import sys
sys.excepthook = lambda *a: print("hook", a[0].__name__)
raise KeyboardInterrupt
PYEOF
status $PY "$T/exit.py" 0
status $PY "$T/exit.py" 7
status $PY "$T/term.py"
status $PY "$T/dfl.py"
status $PY "$T/ki_hook.py"
