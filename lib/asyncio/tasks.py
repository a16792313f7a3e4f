"""Task (a coroutine driven by the event loop) and the coroutine helpers built on it."""
from . import events
from .exceptions import CancelledError, InvalidStateError
from .futures import Future, isfuture

__all__ = ("Task", "create_task", "ensure_future", "sleep", "gather", "wait_for", "shield",
           "wait", "as_completed", "current_task", "all_tasks", "iscoroutine",
           "iscoroutinefunction", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def _probe():
    pass

_probe_coro = _probe()
_coroutine_type = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    return type(obj) is _coroutine_type


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


_task_counter = 0
_current_tasks = {}       # loop -> the task running its step now
_live_tasks = []          # tasks not finished yet, in creation order


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _live_tasks if t._loop is loop and not t.done()}


def _coro_repr(coro):
    code = getattr(coro, "cr_code", None)
    name = getattr(coro, "__qualname__", None) or type(coro).__name__
    if code is None:
        return repr(coro)
    frame = getattr(coro, "cr_frame", None)
    if frame is not None:
        return "<%s() running at %s:%d>" % (name, code.co_filename, frame.f_lineno)
    return "<%s() done, defined at %s:%d>" % (name, code.co_filename, code.co_firstlineno)


class Task(Future):
    """Runs a coroutine on the loop: each step sends into it until it awaits a pending future,
    and the future's completion schedules the next step."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        global _task_counter
        _task_counter += 1
        self._name = "Task-%d" % _task_counter if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._cancelled_exc = None
        self._loop.call_soon(self._step)
        _live_tasks.append(self)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._must_cancel:
            info[0] = "cancelling"
        info.append("name=%r" % self._name)
        info.append("coro=%s" % _coro_repr(self._coro))
        if self._state == "FINISHED":
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=%r" % (self._result,))
        if self._fut_waiter is not None:
            info.append("wait_for=%r" % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        return super()._make_cancelled_error()

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # the waiter's callback wakes us up and the step throws CancelledError in
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finished(self):
        try:
            _live_tasks.remove(self)
        except ValueError:
            pass

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            self._send_step(exc)
        finally:
            if previous is None:
                del _current_tasks[loop]
            else:
                _current_tasks[loop] = previous

    def _send_step(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finished()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finished()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finished()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finished()
            # drop this frame from the traceback: CPython's stepping is in C
            tb = error.__traceback__
            if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
                error.__traceback__ = tb.tb_next
            Future.set_exception(self, error)
        else:
            self._handle_yield(result)

    def _handle_yield(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result._loop is not self._loop:
                err = RuntimeError("Task %r got Future %r attached to a different loop"
                                   % (self, result))
                self._loop.call_soon(self._step, err)
            elif blocking:
                if result is self:
                    err = RuntimeError("Task cannot await on itself: %r" % (self,))
                    self._loop.call_soon(self._step, err)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                err = RuntimeError("yield was used instead of yield from in task %r with %r"
                                   % (self, result))
                self._loop.call_soon(self._step, err)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            err = RuntimeError("Task got bad yield: %r" % (result,))
            self._loop.call_soon(self._step, err)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


_STEP_CODE = Task._send_step.__code__


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = events.get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), "__await__"):
        return loop.create_task(_await_it(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


class _Yield:
    """Awaiting it suspends the task for exactly one loop iteration (sleep(0))."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    by_arg = {}
    state = {"done": 0, "total": 0}
    outer = None

    def child_done(fut):
        state["done"] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()   # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == state["total"]:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError("" if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = by_arg.get(id(arg))
        if fut is None or fut[0] is not arg:
            new = ensure_future(arg, loop=loop)
            if loop is None:
                loop = new.get_loop()
            state["total"] += 1
            by_arg[id(arg)] = (arg, new)
            new.add_done_callback(child_done)
            children.append(new)
        else:
            children.append(fut[1])
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(f):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(f):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    pending = [len(fs)]

    def on_done(f):
        pending[0] -= 1
        if (pending[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, not_done = set(), set()
    for f in fs:
        (done if f.done() else not_done).add(f)
    return done, not_done


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results of fs in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    loop = events.get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in list(dict.fromkeys(fs))]
    done = []
    waiters = []

    def on_done(f):
        if f in todo:
            todo.remove(f)
        done.append(f)
        if waiters:
            w = waiters.pop(0)
            _release_waiter(w)

    for f in todo:
        f.add_done_callback(on_done)

    async def wait_one():
        if not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        f = done.pop(0)
        return f.result()

    for _ in range(len(todo)):
        yield wait_one()
