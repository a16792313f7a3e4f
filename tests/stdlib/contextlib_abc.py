# contextlib: AbstractContextManager / AbstractAsyncContextManager as ABCs
import abc
import contextlib
from contextlib import AbstractContextManager, AbstractAsyncContextManager

print(type(AbstractContextManager) is abc.ABCMeta, type(AbstractAsyncContextManager) is abc.ABCMeta)
print(sorted(AbstractContextManager.__abstractmethods__),
      sorted(AbstractAsyncContextManager.__abstractmethods__))
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
try:
    AbstractAsyncContextManager()
except TypeError as e:
    print("TypeError:", e)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class Blocked(Duck):
    __exit__ = None


class BlockedEnter(Duck):
    __enter__ = None


print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(HalfDuck, AbstractContextManager), issubclass(Blocked, AbstractContextManager),
      issubclass(BlockedEnter, AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(print, AbstractContextManager))


class ADuck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


class ABlocked(ADuck):
    __aenter__ = None


print(issubclass(ADuck, AbstractAsyncContextManager), issubclass(ABlocked, AbstractAsyncContextManager),
      issubclass(Duck, AbstractAsyncContextManager), issubclass(ADuck, AbstractContextManager))


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
        return True


with Mine() as m:
    print(type(m).__name__)
    raise ValueError


class MineNoExit(AbstractContextManager):
    pass


try:
    MineNoExit()
except TypeError as e:
    print("TypeError:", e)


# Subclasses do not inherit the hook (cls is not AbstractContextManager)
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        pass


print(issubclass(Duck, Sub), issubclass(Sub, AbstractContextManager))

# contextlib's own context managers
cms = [contextlib.nullcontext(), contextlib.suppress(), contextlib.ExitStack(),
       contextlib.closing(None), contextlib.redirect_stdout(None), contextlib.chdir(".")]
print([isinstance(c, AbstractContextManager) for c in cms])


@contextlib.contextmanager
def gen():
    yield 1


@contextlib.asynccontextmanager
async def agen():
    yield 1


print(isinstance(gen(), AbstractContextManager), isinstance(agen(), AbstractAsyncContextManager))
print(isinstance(contextlib.AsyncExitStack(), AbstractAsyncContextManager),
      isinstance(contextlib.nullcontext(), AbstractAsyncContextManager),
      isinstance(contextlib.aclosing(None), AbstractAsyncContextManager))
AbstractContextManager.register(HalfDuck)
print(issubclass(HalfDuck, AbstractContextManager))
