# signal: constants, the enum-like Signals/Handlers, getsignal/signal and their errors
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, signal.SIGTERM.value, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, str(signal.SIG_IGN))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.SIGABRT is signal.SIGIOT)
print(repr(signal.Signals(2)), repr(signal.Signals["SIGUSR1"]), signal.Signals.SIGHUP is signal.SIGHUP)
print(signal.Signals, signal.Handlers, type(signal.SIGINT).__name__, isinstance(signal.SIGINT, int))
print(list(signal.Signals)[:4], len(signal.Handlers), signal.SIGINT in signal.Signals)
print(signal.SIGINT + 1, signal.SIGINT == 2, {2: "two"}[signal.SIGINT], f"{signal.SIGINT:03d}")
print(repr(signal.SIG_BLOCK), signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
try:
    signal.Signals(1000)
except ValueError as e:
    print("ValueError", e)

# (whether SIGINT starts as default_int_handler depends on how the test is started: see
# tests/cli/sigint_external.sh)
print(signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGTERM)))


def handler(signum, frame):
    pass


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler, signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.signal(signal.SIGUSR1, 0)))
for bad in (0, -1, 65, 999):
    for f in (lambda: signal.signal(bad, handler), lambda: signal.getsignal(bad),
              lambda: signal.strsignal(bad), lambda: signal.raise_signal(bad)):
        try:
            f()
        except (ValueError, OSError) as e:
            print(bad, type(e).__name__, e)
for h in (5, "x", None):
    try:
        signal.signal(signal.SIGUSR2, h)
    except TypeError as e:
        print(repr(h), "TypeError", e)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, handler)
    except OSError as e:
        print(type(e).__name__, e)
try:
    signal.signal("x", handler)
except TypeError as e:
    print("TypeError", e)

print(signal.strsignal(signal.SIGINT), "|", signal.strsignal(signal.SIGSEGV), "|",
      signal.strsignal(signal.SIGUSR1))
v = signal.valid_signals()
print(type(v).__name__, len(v), signal.SIGINT in v, 32 in v, repr(sorted(v)[0]))
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []), signal.pthread_sigmask(signal.SIG_SETMASK, []))
