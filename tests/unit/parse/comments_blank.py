# leading comment

   # indented comment
x = 1  # trailing


def f():
    # c
    return 1
