# A dict iterator detects mutation where CPython does: a size change at the next step, and
# "keys changed" when an extra key turns up although the size stayed the same.
def run(label, f):
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, 'RuntimeError', e)

def keys_changed():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[1]
            d[4] = 4
    return seen

def keys_changed_then_stop():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    del d[1]
    d[5] = 5
    try:
        print(next(it), next(it))
    except RuntimeError as e:
        print('caught', e)
    return list(it)

def values_changed():
    d = {'a': 1, 'b': 2}
    out = []
    for v in d.values():
        out.append(v)
        if v == 1:
            del d['a']
            d['c'] = 3
    return out

def items_changed():
    d = {'a': 1, 'b': 2}
    out = []
    for kv in d.items():
        out.append(kv)
        if kv[0] == 'a':
            d.pop('a')
            d['z'] = 0
    return out

def size_changed():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0

def size_changed_sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    try:
        next(it)
    except RuntimeError as e:
        print('first', e)
    d.pop(3)
    return list(it)

def refilled():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    next(it)
    d.clear()
    d.update({5: 5, 6: 6, 7: 7})
    return list(it)

def value_update_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d

def length_hint():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    next(it)
    h1 = it.__length_hint__()
    d[4] = 4
    return h1, it.__length_hint__()

def reversed_changed():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in reversed(d):
        out.append(k)
        if k == 3:
            del d[3]
            d[9] = 9
    return out

for name, f in list(globals().items()):
    if callable(f) and name != 'run':
        run(name, f)
