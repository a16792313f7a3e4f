l = [1, 2]
l.index(
    5
)
