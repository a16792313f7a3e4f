# taipan-test: skip-gcstress (builds 100000-term sources: collecting at every allocation is quadratic)
# A 100000-term left-associative chain (1+1+...+1, also attribute/call/subscript chains and |)
# must raise RecursionError during compilation; taipan overflows the C stack in the symtable pass.
for what, src in [("add", "+".join(["1"] * 100000)),
                  ("bitor", "|".join(["1"] * 100000)),
                  ("attr", "x" + ".real" * 100000),
                  ("call", "f" + "()" * 100000),
                  ("subscript", "l" + "[0]" * 100000)]:
    try:
        compile(src, "<s>", "eval")
        print(what, "compiled")
    except RecursionError as e:
        print(what, "RecursionError:", e)
