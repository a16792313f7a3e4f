class Obj:
    def method(self):
        return None
def run(o):
    return o.method().upper()
run(Obj())
