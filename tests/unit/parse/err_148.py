if True:
        x
    y
