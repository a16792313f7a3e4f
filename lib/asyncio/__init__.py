"""asyncio for taipan: an event loop (ready queue + timer heap), Future/Task, and the everyday
coroutine API (run, sleep, create_task, gather, wait_for, Queue, Event, Lock, Semaphore...)
written over the interpreter's native coroutines."""
from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .events import (AbstractEventLoop, Handle, TimerHandle, get_running_loop, get_event_loop,
                     new_event_loop, set_event_loop)
from .futures import Future, isfuture
from .tasks import (Task, create_task, ensure_future, sleep, gather, wait_for, shield, wait,
                    as_completed, current_task, all_tasks, iscoroutine, iscoroutinefunction,
                    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from .locks import Lock, Event, Semaphore, BoundedSemaphore, Condition
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .runners import run
from .taskgroups import TaskGroup
from .timeouts import Timeout, timeout, timeout_at

for _cls in (CancelledError, InvalidStateError):
    _cls.__module__ = "asyncio.exceptions"
del _cls
