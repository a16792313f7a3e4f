"""The event loop: a FIFO of ready callbacks plus a heap of timers, run until a future is done.

Each iteration (_run_once) waits until the earliest timer is due when nothing is ready, moves the
due timers to the ready queue in time order, then runs exactly the callbacks that were ready when
it started; callbacks scheduled meanwhile wait for the next iteration. That is the ordering
contract asyncio programs observe.
"""
import sys
import time

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_running_loop", "get_event_loop",
           "new_event_loop", "set_event_loop", "_get_running_loop", "_set_running_loop")

_running_loop = None
_current_loop = None


class Handle:
    """A callback scheduled by call_soon; cancel() stops it from running."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": "Exception in callback %r" % (self._callback,),
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a point in loop time (call_later / call_at)."""

    __slots__ = ("_when", "_seq")

    def __init__(self, when, seq, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def _key(self):
        return (self._when, self._seq)


# A small binary heap of TimerHandles ordered by (when, sequence number).
def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    key = item._key()
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent]._key() <= key:
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    key = last._key()
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1]._key() < heap[child]._key():
            child += 1
        if heap[child]._key() >= key:
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return top


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._timers = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return "<%s running=%s closed=%s debug=%s>" % (
            "_UnixSelectorEventLoop", self._running, self._closed, self._debug)

    # -- time and scheduling --
    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        self._seq += 1
        h = TimerHandle(when, self._seq, callback, args, self)
        _heap_push(self._timers, h)
        return h

    # -- futures and tasks --
    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running --
    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        self._running = True
        old = _running_loop
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        self._check_running()
        new_task = not _is_future(future)
        future = ensure_future(future, loop=self)

        def stop_loop(fut):
            fut._loop.stop()

        future.add_done_callback(stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0]._cancelled:
            _heap_pop(timers)
        if self._ready_head < len(self._ready) or self._stopping:
            timeout = 0
        elif timers:
            timeout = timers[0]._when - self.time()
            if timeout < 0:
                timeout = 0
        else:
            timeout = None
        if timeout is None:
            # nothing can ever become ready: CPython would block in select() forever
            raise RuntimeError("event loop has nothing to run and no timers (deadlock)")
        if timeout > 0:
            time.sleep(timeout)
        end = self.time() + 1e-9
        while timers and timers[0]._when < end:
            h = _heap_pop(timers)
            if not h._cancelled:
                self._ready.append(h)
        ready = self._ready
        stop_at = len(ready)
        while self._ready_head < stop_at:
            h = ready[self._ready_head]
            ready[self._ready_head] = None
            self._ready_head += 1
            if not h._cancelled:
                h._run()
        if self._ready_head > 64 and self._ready_head * 2 > len(ready):
            del ready[:self._ready_head]
            self._ready_head = 0

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._timers = []

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    # -- errors --
    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append("%s: %r" % (key, context[key]))
        sys.stdout.flush()
        print("\n".join(lines), file=sys.stderr)
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _is_future(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


def get_running_loop():
    """The running event loop; RuntimeError when called outside of one."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        _current_loop = new_event_loop()
    return _current_loop
