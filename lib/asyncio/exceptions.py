"""asyncio's exception classes (taipan's implementation of the 3.11 API)."""

__all__ = ("CancelledError", "InvalidStateError", "TimeoutError")

TimeoutError = TimeoutError   # since 3.11 the built-in one


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state of the Future."""
