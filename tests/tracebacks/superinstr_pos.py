# The fused instruction pairs report an error in their second half at the second instruction:
# here BINARY_OP's position (the operator line) after LOAD_CONST, in a multi-line expression.
def add_one(x):
    return (x
            +
            1)


def main():
    print(add_one(1))
    add_one("a")


main()
