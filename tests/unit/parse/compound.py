if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    break
else:
    pass

for i in range(10):
    continue
else:
    pass

for a, b in c: pass
for (a, b) in c: pass
for [a, *b] in c: pass
for x in 1, 2: pass

with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a, b): pass
with (a, b) as c: pass
with (a): pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a as (b, c): pass
with a as b.c: pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (A, B) as g:
    pass

if x: a; b; c
if x: a; b;
