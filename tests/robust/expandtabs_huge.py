# expandtabs with a tab size that does not fit a C int must raise OverflowError; taipan hangs.
for s in ["\t\t", "x"]:
    try:
        print(len(s.expandtabs(10**18)))
    except OverflowError as e:
        print("OverflowError:", e)
