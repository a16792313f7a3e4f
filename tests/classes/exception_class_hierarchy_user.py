class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
def raiser(cls):
    raise cls("msg from " + cls.__name__)
for cls in [Base, Mid, Leaf, ValueError]:
    try:
        raiser(cls)
    except Leaf as e:
        print("Leaf handler:", e)
    except Mid as e:
        print("Mid handler:", e)
    except Base as e:
        print("Base handler:", e)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
class WithData(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
try:
    raise WithData("a", "b", extra=42)
except ValueError as e:
    print(e, e.args, e.extra, str(e))
