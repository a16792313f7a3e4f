"""asyncio.timeout() / timeout_at() (3.11): cancel the enclosing task at a deadline and turn that
cancellation into TimeoutError when the `async with` block exits."""
from . import events, tasks
from .exceptions import CancelledError

__all__ = ("Timeout", "timeout", "timeout_at")

_CREATED, _ENTERED, _EXPIRING, _EXPIRED, _EXITED = (
    "created", "active", "expiring", "expired", "finished")


class Timeout:
    def __init__(self, when):
        self._state = _CREATED
        self._handle = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        extra = ""
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            extra = " when=%s" % (when,)
        return "<Timeout [%s]%s>" % (self._state, extra)

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
