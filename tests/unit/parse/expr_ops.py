a + b * c - d / e // f % g @ h
-a ** -b ** c
~x + +y
a << b >> c & d ^ e | f
not a and b or not c
a < b <= c > d >= e == f != g
a is b is not c in d not in e
x if y else z if w else v
(a := 10) + 1
await_ = 1
a.b.c[d][e:f].g(h)(i)
