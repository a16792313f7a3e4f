#!/usr/bin/env bash
# The standard streams on a terminal: a small python3 driver runs the interpreter in a pty (stdin,
# stdout and stderr all on it). stdout is line-buffered there, so a line written as text comes
# out before bytes written to stdout.buffer after it; input() shows its prompt and reads a line
# typed once the prompt is on the screen; sys.stdin.readline() reads the next one.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show
export TERM=dumb
unset PYTHONUNBUFFERED PYTHONSTARTUP PYTHONINSPECT

cat >"$T/drive.txt" <<'PYEOF'
import os, pty, re, select, sys, time

ESC = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\x07")

def main():
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    out = b""
    typed = {b"name? ": b"Ada\n", b"next line:\r\n": b"second\n"}
    deadline = time.time() + 10
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if fd in r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            for prompt, line in list(typed.items()):
                if out.endswith(prompt):
                    time.sleep(0.05)
                    os.write(fd, line)
                    del typed[prompt]
    os.waitpid(pid, 0)
    text = ESC.sub("", out.decode("utf-8", "replace")).replace("\r\n", "\n")
    print(text, end="")

main()
PYEOF
cat >"$T/prog.py" <<'PYEOF'
import sys
print("isatty", sys.stdin.isatty(), sys.stdout.isatty(), sys.stderr.isatty())
print("line_buffering", sys.stdout.line_buffering, sys.stderr.line_buffering)
sys.stdout.write("text line\n")
sys.stdout.buffer.write(b"bytes line\n")
print("to stderr", file=sys.stderr)
name = input("name? ")
print("hello", name)
print("next line:")
print(repr(sys.stdin.readline()))
sys.stdout.write("partial ")
sys.stdout.buffer.write(b"[bytes first]\n")
sys.stdout.write("end\n")
PYEOF
python3 "$T/drive.txt" $PY "$T/prog.py" | norm
echo "[exit ${PIPESTATUS[0]}]"
