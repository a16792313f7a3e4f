# String building, splitting, joining, formatting, methods.
def main():
    parts = []
    for i in range(330000):
        parts.append("item%d:%s;" % (i, hex(i * 7)))
    blob = "".join(parts)
    fields = blob.split(";")
    total = 0
    for f in fields:
        if f:
            name, val = f.split(":")
            total += int(val, 16) + len(name)
    lines = []
    for i in range(220000):
        lines.append(f"{i:>6} | {i * 3.5:10.2f} | {'x' * (i % 7)!r} | {str(i)[::-1]}")
    text = "\n".join(lines)
    up = text.upper()
    cnt = up.count("X") + text.count("|") + text.find("219999")
    words = ("The quick brown fox jumps over the lazy dog " * 28000).split()
    caps = " ".join(w.capitalize() for w in words)
    rep = caps.replace("Fox", "Cat").replace("Dog", "Emu")
    s = ""
    for i in range(110000):
        s += str(i % 10)
    stripped = [("  %s  " % w).strip().lower() for w in words[:110000]]
    joined = "-".join(stripped)
    ok = sum(1 for w in words if w.startswith("t") or w.endswith("g"))
    fmt = "{0}/{1:04d}/{2:.3e}".format("a", 42, 12345.678)
    print(len(blob), total, len(text), cnt, len(rep), rep[:40], len(s), s.count("7"),
          len(joined), ok, fmt, "%-8s|%08.3f|%x" % ("ab", 3.14159, 255))

main()
