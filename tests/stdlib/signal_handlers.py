# signal: Python handlers run for real signals (raise_signal, os.kill, alarm/setitimer);
# SIGINT raises KeyboardInterrupt; time.sleep is interrupted and resumes (PEP 475)
import os
import signal
import time

signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
for how in ("raise_signal", "kill"):
    try:
        try:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGINT)
            else:
                signal.raise_signal(signal.SIGINT)
            print("not reached")
        finally:
            print(how, "finally")
    except KeyboardInterrupt as e:
        print(how, "caught", repr(e), e.__traceback__ is not None)

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler", signum, type(signum).__name__, signum == signal.SIGUSR1,
          frame is None or type(frame).__name__)


signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print("got", got)

# SIGINT with a handler of our own: no KeyboardInterrupt
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
# ignored signals do nothing
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored")

# a timer's handler runs during sleep, which then sleeps on until its deadline
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
elapsed = time.monotonic() - t0
print("sleep resumed", ticks == [signal.SIGALRM], elapsed >= 0.095)

# a handler that raises ends the sleep early with its exception
def raiser(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGALRM, raiser)
t0 = time.monotonic()
try:
    signal.setitimer(signal.ITIMER_REAL, 0.02)  # inside the try: a slow build may get it early
    time.sleep(5)
except RuntimeError as e:
    print("sleep interrupted", e, time.monotonic() - t0 < 2)
print(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_REAL))

# a handler interrupts a busy loop
signal.signal(signal.SIGALRM, raiser)
n = 0
try:
    while True:
        n += 1
        if n == 1:   # armed inside the loop: a slow build may not finish one pass in 10 ms
            signal.setitimer(signal.ITIMER_REAL, 0.01)
except RuntimeError as e:
    print("loop interrupted", e, n > 0)

# SIGINT from a timer interrupts a sort with a key
signal.signal(signal.SIGALRM, lambda s, f: signal.raise_signal(signal.SIGINT))
data = list(range(200000))
try:
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    for i in range(1000):
        data = sorted(data, key=lambda x: -x)
except KeyboardInterrupt:
    print("sort interrupted")

# alarm(): whole seconds; pause() returns after the handler ran
signal.signal(signal.SIGALRM, handler)
print(signal.alarm(10), signal.alarm(0))
# (a repeating timer: one that fired before pause() was entered must not make it wait forever)
alarms = []
signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print("after pause", len(alarms) >= 1)
# set_wakeup_fd: a byte per signal
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError", e)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), end=" ")
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10), signal.set_wakeup_fd(-1) == w)
