if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y := f(x), y**2]
f(x := 1)
print(f"{(x:=10)}")
a[b := 1]
{(k := 1): 2}
