def check(pat):
    try:
        match 1:
            case pat():
                print("matched")
    except TypeError as e:
        print("TypeError", e)
check(len)
check(42)
check("str")
check(int)
