# Start-up time of `PROG -c pass` for each interpreter given, measured by the CPython that runs
# this script (bench/run.sh): the child's CPU time (user + sys, from wait4's rusage) and its
# wall time from spawn to exit, median of N runs, the interpreters alternating. The last line is
# the same for /bin/true: what the kernel's exec and the dynamic loader cost any program here.
# Usage: startup.py N PROG...
import os
import sys
import time


def one(prog):
    t0 = time.perf_counter()
    argv = [prog] if prog == "/bin/true" else [prog, "-c", "pass"]
    pid = os.posix_spawn(prog, argv, os.environ)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        sys.exit(f"startup: {prog} -c pass exited with status {status}")
    return ru.ru_utime + ru.ru_stime, wall


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


n = int(sys.argv[1])
progs = sys.argv[2:] + ["/bin/true"]
cpu = {p: [] for p in progs}
wall = {p: [] for p in progs}
for _ in range(n):
    for p in progs:
        c, w = one(p)
        cpu[p].append(c)
        wall[p].append(w)
for p in progs:
    print(f"{median(cpu[p]) * 1000:.2f} {median(wall[p]) * 1000:.2f}")
