print("asking for input")
try:
    name = input()
    print("got", name)
except EOFError as e:
    print("EOFError:", type(e).__name__, repr(str(e)))
try:
    input("Your name: ")
except EOFError:
    print()
    print("no input available")
for attempt in range(2):
    try:
        input()
    except EOFError:
        print("attempt", attempt, "EOF")
print("done")
