# A bytearray with live memoryviews cannot change size (BufferError); same-size changes are
# allowed; release(), `with` and dropping the view end the export.

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdef")
m = memoryview(ba)

def setitem(k, v):
    ba[k] = v

def delitem(k):
    del ba[k]

def iadd(x):
    global ba
    ba += x

def imul(n):
    global ba
    ba *= n

t(lambda: ba.append(1))
t(lambda: ba.extend(b"xy"))
t(lambda: ba.extend([1]))
t(lambda: ba.extend(b""))
t(lambda: ba.extend([]))
t(lambda: ba.insert(0, 1))
t(lambda: ba.pop())
t(lambda: ba.pop(0))
t(lambda: ba.remove(97))
t(lambda: ba.remove(200))
t(lambda: ba.clear())
t(lambda: delitem(0))
t(lambda: delitem(slice(0, 2)))
t(lambda: delitem(slice(0, 0)))
t(lambda: delitem(slice(None, None, 2)))
t(lambda: delitem(slice(5, 0, 2)))
t(lambda: setitem(slice(5, 0, 2), b""))
t(lambda: setitem(slice(None, None, 2), b""))
t(lambda: setitem(slice(0, 2), b"x"))
t(lambda: setitem(slice(0, 2), b"xyz"))
t(lambda: setitem(slice(0, 2), b"AB"))
t(lambda: setitem(slice(None, None, 2), b"123"))
t(lambda: setitem(0, 65))
t(lambda: setitem(0, 300))
t(lambda: iadd(b"x"))
t(lambda: iadd(b""))
t(lambda: imul(2))
t(lambda: imul(1))
t(lambda: ba.reverse())
t(lambda: ba.append(300))
print(ba, m.tobytes())

# every view counts: slices, casts, toreadonly, memoryview(view)
views = [m[1:], m.cast('c'), m.toreadonly(), memoryview(m)]
m.release()
t(lambda: ba.append(1))
for v in views:
    v.release()
t(lambda: ba.append(1))
print(ba)

# with releases at the end of the block, even on error
with memoryview(ba) as v:
    t(lambda: ba.append(2))
t(lambda: ba.append(3))
try:
    with memoryview(ba) as v:
        raise KeyError("x")
except KeyError:
    pass
t(lambda: ba.append(4))
print(ba)

# a view no longer referenced stops counting
v = memoryview(ba)
del v
t(lambda: ba.append(5))

def scratch(b):
    mv = memoryview(b)
    mv[0] = 90
    return len(mv)

print(scratch(ba))
t(lambda: ba.extend(b"!"))
print(ba)

# views of views share the export
a = memoryview(ba)[2:]
b = a[1:]
a.release()
t(lambda: ba.append(6))
b.release()
t(lambda: ba.append(7))

# bytes views and an emptied bytearray
e = bytearray()
em = memoryview(e)
t(lambda: e.clear())
t(lambda: e.append(1))
print(len(em), em.tobytes())
em.release()
t(lambda: e.append(1))
print(e)

# assigning b"" to an extended slice deletes it (as CPython)
d = bytearray(b"abcdef")
d[::2] = b""
d[5:0:2] = b""
print(d)
