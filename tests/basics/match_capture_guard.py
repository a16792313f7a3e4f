def cmd(c):
    match c.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["drop"]:
            return "drop what?"
        case ["quit" | "exit" as word]:
            return "bye via " + word
        case _:
            return "unknown: " + c
for c in ["go north", "pick up lamp", "take key", "drop a b", "drop", "exit", "quit", "dance"]:
    print(cmd(c))
x = 5
match x:
    case n if n > 10:
        print("big")
    case n:
        print("captured", n)
print(n)
