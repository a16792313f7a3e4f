class Base(Exception):
    def __init_subclass__(cls, code=0, **kw):
        super().__init_subclass__(**kw); cls.code = code
class NotFound(Base, code=404): pass
class Teapot(NotFound, code=418):
    def __str__(self): return "I'm a teapot: " + super().__str__()
try: raise Teapot('short and stout')
except NotFound as e: print(type(e).__name__, e.code, e, e.args, isinstance(e, Base))
print(Teapot.__mro__[1:4], NotFound.code)
class Multi(KeyError, ValueError): pass
try: raise Multi('m')
except ValueError as e: print('caught as ValueError', repr(e), str(e))
class WithNotes(Exception): pass
e = WithNotes('x'); e.add_note('note 1'); print(e.__notes__)
class AttrErr(AttributeError): pass
class G:
    def __getattr__(self, n): raise AttrErr('custom ' + n)
try: G().foo
except AttributeError as e: print(type(e).__name__, e)
print(getattr(G(), 'foo', 'default'), hasattr(G(), 'foo'))
class StopIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('done')
print(list(StopIt()))
class ExcSlots(Exception):
    __slots__ = ('extra',)
x = ExcSlots('a'); x.extra = 1; x.other = 2; print(x.extra, x.other, x.args)
class E3(Exception):
    def __init__(self): pass
print(repr(E3()), str(E3()), E3().args)
class E4(Exception):
    args = 'class attr'
try: print(E4(1).args)
except Exception as ex: print(type(ex).__name__)
