#!/usr/bin/env bash
# The interactive prompt on a terminal: a small python3 driver (written to the temp dir) runs the
# interpreter in a pty, types lines and keys (Tab, Up, Ctrl-C, Ctrl-D) and prints the screen
# text. CPython uses GNU readline, taipan libedit: they draw differently, so the driver keeps
# only the text a terminal would show (escape sequences and bells dropped, a "\r" redraw replaces
# the line) and the banner's build details are normalised. Covered: banner, expression echo and
# `_`, None not echoed, multi-line def, a traceback and going on, a syntax error, Ctrl-C at the
# prompt and in `while True: pass`, tab completion of a builtin, a module attribute and a method,
# non-ASCII input, Ctrl-D (exit 0), the history file (written, and read back by the next
# session's Up key), PYTHONSTARTUP and sys.ps1/sys.ps2, and the SIGINT death after a final
# KeyboardInterrupt. Completion lists (Tab Tab) are not compared: readline and libedit lay them
# out differently. HOME is the temp dir, so the history files are the test's own.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
export HOME="$T" TERM=dumb
unset PYTHONSTARTUP PYTHONINSPECT

cat >"$T/drive.txt" <<'PYEOF'
import os, pty, re, select, sys, time

PROMPT = re.compile(r"(>>> |\.\.\. |py> |~~ )$")
ESC = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\x07")

def screen(raw):
    text = ESC.sub("", raw.decode("utf-8", "replace")).replace("\r\n", "\n")
    lines = []
    for line in text.split("\n"):
        line = line.split("\r")[-1]          # a carriage return redraws the line
        while "\b" in line:
            i = line.index("\b")
            line = line[:max(i - 1, 0)] + line[i + 1:]
        lines.append(line)
    return "\n".join(lines)

def main():
    argv = sys.argv[2:]
    steps = open(sys.argv[1]).read().split("\n")
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    out = bytearray()

    def pump(until_prompt, limit):
        start = len(out)
        end = time.time() + limit
        quiet = time.time() + 0.15
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.02)
            if r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return
                if not data:
                    return
                out.extend(data)
                quiet = time.time() + 0.15
                if until_prompt and PROMPT.search(screen(bytes(out[start:]))):
                    return
            elif not until_prompt and time.time() > quiet:
                return

    pump(True, 3)
    for step in steps:
        if not step:
            continue
        kind, _, text = step.partition(" ")
        text = text.encode().decode("unicode_escape")
        if kind == "line":
            os.write(fd, (text + "\n").encode())
            pump(True, 3)
        elif kind == "keyp":
            os.write(fd, text.encode())
            pump(True, 3)
        elif kind == "key":
            os.write(fd, text.encode())
            pump(False, 1)
        elif kind == "send":
            os.write(fd, text.encode())
        elif kind == "sleep":
            time.sleep(float(text))
    pump(False, 2)
    _, st = os.waitpid(pid, 0)
    text = screen(bytes(out))
    text = re.sub(r"^Python 3\.11\.\d+ \(.*\) \[.*\] on linux$", "Python 3.11.N (BUILD) [CC] on linux",
                  text, flags=re.M)
    print(text.rstrip("\n"))
    if os.WIFSIGNALED(st):
        print("[killed by signal %d]" % os.WTERMSIG(st))
    else:
        print("[exit %d]" % os.WEXITSTATUS(st))

main()
PYEOF

# session 1: a bit of everything, ends with Ctrl-D
cat >"$T/s1.txt" <<'EOF'
line 1 + 1
line _ * 10
line None
line def f(x):
line     return x * 3
line
line f(4)
line 1/0
line y = 5; y
line 1 +* 2
line for i in range(2): print(i)
line
key abc
keyp \x03
line while True: pass
send \n
sleep 0.2
keyp \x03
line import sys
line sys.setrecursionl\t2000)
line sys.getrecursionlimit()
line s = "abc"
line s.startsw\t"a")
line pri\t"done")
line s = "h\u00e9llo\u20ac"; s, len(s)
line 6*7
key \x04
EOF
echo "== session 1"
python3 "$T/drive.txt" "$T/s1.txt" $PY

hist=.taipan_history
[ "$PY_NAME" = python3 ] && hist=.python_history
if [ -s "$T/$hist" ]; then echo "history file written"; else echo "no history file"; fi
grep -q '6\*7' "$T/$hist" && echo "history has 6*7"

# session 2: PYTHONSTARTUP sets the prompts; Up recalls the last line of session 1; the last
# statement dies of KeyboardInterrupt, so Ctrl-D ends the process by SIGINT
cat >"$T/startup.txt" <<'EOF'
import sys
sys.ps1 = "py> "
sys.ps2 = "~~ "
print("startup ran")
EOF
cat >"$T/s2.txt" <<'EOF'
line \x1b[A
line if 1:
line   print("in block")
line
line raise KeyboardInterrupt
key \x04
EOF
echo "== session 2"
PYTHONSTARTUP="$T/startup.txt" python3 "$T/drive.txt" "$T/s2.txt" $PY -q
