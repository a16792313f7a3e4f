#!/usr/bin/env bash
# Allocation fault-injection sweep (docs/reliability.md): runs test programs on the sanitizer
# build with TAIPAN_FAIL_ALLOC=N (the N-th allocation fails) for sampled N, and N:every (it and
# every later one fail). Every run must end either like the normal run (same stdout, stderr and
# status: the program caught the MemoryError or never noticed) or with a MemoryError report and
# status 1 (or, for N inside start-up, taipan's "fatal error during start-up" and status 1) --
# never a signal, a sanitizer or leak report, another exception, or a hang. A recovery program
# also checks that the interpreter stays usable after catching an injected MemoryError.
#
# Usage: tests/faultinject.sh [--interp build/asan/taipan] [--programs 50] [--samples 12]
#                             [--seed 1] [-j 2] [FILTER...]
# Environment: as tests/run.sh (PYTHONHASHSEED=0, ASAN_OPTIONS with leak detection).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONHASHSEED=0 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
exec python3 - "$@" <<'PYEOF'
import argparse, concurrent.futures as cf, glob, os, random, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser(prog="tests/faultinject.sh")
ap.add_argument("--interp", default="build/asan/taipan")
ap.add_argument("--programs", type=int, default=50)
ap.add_argument("--samples", type=int, default=12)
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("-j", type=int, default=2)
ap.add_argument("filters", nargs="*")
a = ap.parse_args()
rng = random.Random(a.seed)
SAN = re.compile(r"AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:")
RECOVER = '''
def work(n):
    return {str(i): [i] * 3 for i in range(n)}
ok = 0
for i in range(300):
    try:
        work(20)
        ok += 1
    except MemoryError:
        pass
print("recovered", ok >= 299)
'''

def run(prog, env_val, timeout=20):
    env = dict(os.environ)
    if env_val is not None:
        env["TAIPAN_FAIL_ALLOC"] = env_val
    try:
        r = subprocess.run([a.interp, prog], stdin=subprocess.DEVNULL, capture_output=True,
                           env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")

def count(prog):
    r = run(prog, "count")
    m = re.search(r"taipan: (\d+) allocations\n\Z", r[2]) if r else None
    return int(m.group(1)) if m else None

def same_but_suggestions(got, normal):
    """Is `got` the `normal` output with some "Did you mean" suggestions left out?"""
    g, n = got.splitlines(), normal.splitlines()
    return len(g) == len(n) and all(
        a == b or a == re.sub(rb"\. Did you mean: .*\?$", b"", b) for a, b in zip(g, n))

def verdict(normal, got):
    """None if the outcome is acceptable, else a reason."""
    if got is None:
        return "hang (timeout)"
    rc, out, err = got
    if SAN.search(err):
        return "sanitizer report"
    if (rc, out, err) == normal:
        return None
    if rc < 0 or rc >= 128:
        return "killed by signal %d" % (-rc if rc < 0 else rc - 128)
    last = err.rstrip("\n").rsplit("\n", 1)[-1]
    if rc == 1 and (last.startswith("MemoryError") or last == "taipan: fatal error during start-up"):
        return None
    olast = out.decode("utf-8", "replace").rstrip("\n").rsplit("\n", 1)[-1]
    if rc == 1 and err == "" and olast.startswith("MemoryError"):
        return None  # reported where the program sent sys.stderr (its stdout)
    if rc == normal[0] and sorted(out.decode("utf-8", "replace").splitlines() + err.splitlines()) \
            == sorted(normal[1].decode("utf-8", "replace").splitlines() + normal[2].splitlines()):
        # memory ran out writing a traceback to the program's sys.stderr: tpErr_print writes it
        # to the process's stderr instead (the same lines, another stream)
        return None
    if rc == 1 and re.search(r"(^|\n)[ |]*MemoryError(: .*)?\n", err):
        # reported, then more output: a cause wrapped on purpose, as CPython does
        # (__set_name__'s RuntimeError), warnings printed at exit after the traceback, or the
        # MemoryError raised inside an except* clause and so reported in an ExceptionGroup
        # ("    | MemoryError"), as CPython reports any exception raised there
        return None
    if rc == 120 and re.search(r"(^|\n)MemoryError(: .*)?\n", err):
        # memory ran out while flushing sys.stdout at exit: reported (as much as memory allows)
        # and status 120, as CPython's exit does when that flush fails
        return None
    if rc == 120 and (out, err) == (normal[1], normal[2]):
        # memory ran out flushing sys.stderr at exit, after all the output was written: as
        # CPython's exit, that error is dropped silently and the status is 120
        return None
    if rc == normal[0] and "MemoryError" in out.decode("utf-8", "replace") + err:
        return None  # the program caught it and reported it its own way
    if rc == normal[0] and same_but_suggestions(out, normal[1]) and \
            same_but_suggestions(err.encode(), normal[2].encode()):
        # memory ran out while looking for a "Did you mean" suggestion (dir() of a module may
        # make its lazy attributes then): CPython too drops the suggestion when that fails
        return None
    nlast = normal[2].rstrip("\n").rsplit("\n", 1)[-1]
    nlines = set(normal[2].splitlines())
    if rc == 1 == normal[0] and normal[1].startswith(out) and (
            nlast.startswith(last) or last.split(":")[0] == nlast.split(":")[0]
            or all(l in nlines for l in err.splitlines())
            or (re.fullmatch(r"[\w.]+", last) and last in normal[2])):
        # the program ends with an exception anyway and memory ran out while creating or
        # reporting it: the report is cut short (e.g. the bare type name), which is fine
        return None
    return "unexpected outcome: status %d, last stderr line %r" % (rc, last[:200])

progs = sorted(p for p in glob.glob("tests/*/*.py")
               if not p.startswith(("tests/unit/", "tests/pending/", "tests/fuzz/"))
               and not os.path.basename(p).startswith("mod_")
               and "# taipan-test: skip-faultinject" not in open(p, errors="replace").read())
if a.filters:
    progs = [p for p in progs if any(f in p for f in a.filters)]
progs = rng.sample(progs, min(a.programs, len(progs)))
tmp = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
tmp.write(RECOVER)
tmp.close()
base = count(os.devnull) or 0  # allocations of start-up alone

def sweep(prog, rng):
    normal = run(prog, None)
    total = count(prog)
    if normal is None or total is None:
        return [(prog, "-", "normal run failed or timed out")]
    ns = {rng.randint(1, max(1, base))} if base else set()
    lo = min(base + 1, total)
    span = range(lo, total + 1)
    ns |= set(rng.sample(span, min(a.samples - len(ns), len(span))))
    bad = []
    for n in sorted(ns):
        for val in (str(n), "%d:every" % n) if n % 3 == 0 else (str(n),):
            why = verdict(normal, run(prog, val))
            if why:
                bad.append((prog, val, why))
    return bad

failures = []
with cf.ThreadPoolExecutor(max_workers=a.j) as ex:
    # one generator per program: the same N are tried whatever the thread scheduling
    rngs = [random.Random("%d:%s" % (a.seed, p)) for p in progs]
    for res in ex.map(sweep, progs, rngs):
        failures += res
# the interpreter stays usable after an injected MemoryError it caught
# (N inside the loop: the middle of the program's own allocations, not its compilation)
total = count(tmp.name) or base
loop = range(base + (total - base) // 5, total - (total - base) // 5)
for n in sorted(rng.sample(loop, min(a.samples, len(loop)))):
    got = run(tmp.name, str(n))
    if got is None or got[0] != 0 or got[1] != b"recovered True\n" or SAN.search(got[2]):
        failures.append(("recover", str(n), "did not recover: %r" % (got,)))
os.unlink(tmp.name)
for prog, val, why in failures:
    print("FAIL TAIPAN_FAIL_ALLOC=%s %s %s: %s" % (val, a.interp, prog, why))
print("faultinject: %d programs, %d samples each (+ recovery check), %d failures"
      % (len(progs), a.samples, len(failures)))
sys.exit(1 if failures else 0)
PYEOF
