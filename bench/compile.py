# Parse/compile heavy: generate a large module source and exec it (plus compile() of expressions).
def gen_source(nfuncs):
    out = []
    for i in range(nfuncs):
        out.append("def f%d(a, b=%d, *args, **kw):" % (i, i))
        out.append("    x = [a * %d + b for _ in range(3) if a > -1]" % (i % 9))
        out.append("    d = {'k%d': x, 'n': (a, b, %d.5)}" % (i, i))
        out.append("    if a %% %d == 0 and not b:" % (i % 5 + 2))
        out.append("        return sum(x) - len(d)")
        out.append("    elif a < %d:" % i)
        out.append("        y = lambda z: z ** 2 + %d" % i)
        out.append("        return y(a) // (b or 1)")
        out.append("    try:")
        out.append("        s = f'{a}-{b}-%d'" % i)
        out.append("    except Exception as e:")
        out.append("        s = str(e)")
        out.append("    for j in range(2):")
        out.append("        while False:")
        out.append("            pass")
        out.append("    return len(s) + x[0]")
        out.append("")
        if i % 10 == 0:
            out.append("class C%d:" % i)
            out.append("    attr = %d" % i)
            out.append("    def m(self, v):")
            out.append("        return self.attr + v")
            out.append("")
    out.append("RESULT = sum(f%d(%d) for %s in [0])" % (nfuncs - 1, 7, "_"))
    return "\n".join(out) + "\n"

def main():
    total = 0
    src = gen_source(1500)
    for rep in range(3):
        ns = {}
        exec(src, ns)
        total += ns["RESULT"] + len(ns)
        total += ns["f%d" % (rep * 7)](rep, 1)
    for i in range(3000):
        code = compile("(%d + x) * 2 - [y for y in range(3)][1]" % i, "<expr>", "eval")
        total += eval(code, {"x": i})
    print(len(src), total)

main()
