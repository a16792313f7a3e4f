match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case "s" "t":
        pass
    case b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case (a, b):
        pass
    case [a, *rest]:
        pass
    case [*_]:
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case {"k": v, 1: w, **rest}:
        pass
    case {}:
        pass
    case {a.b: 1}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case a.B():
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] if x > 0:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass
    case (a):
        pass
match x, y:
    case _: pass
match (x):
    case _: pass
match = 1
match.x = 2
match(x)
match[x]
case = 3
_ = 4
match -x:
    case _: pass
match *a, b:
    case _: pass
