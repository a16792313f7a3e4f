# printf-style formatting, str and bytes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "%c" % "ab")
t(lambda: "%c" % 1.5)
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%c|%c" % (233, 0x2603))
t(lambda: "%f" % "x")
t(lambda: "%d" % "x")
t(lambda: "%x" % 1.5)
t(lambda: "%x" % "a")
t(lambda: "%é" % 1)
t(lambda: "ab%" % 1)
t(lambda: "%(a" % {'a': 1})
t(lambda: "%(a)s" % 1)
t(lambda: "%*d" % ('a', 1))
t(lambda: "%s" % [1, 2])
t(lambda: "%s %s" % [1, 2])
t(lambda: "%s" % {'a': 1})
t(lambda: "a" % {'a': 1})
t(lambda: "a" % [])
t(lambda: "a" % ())
t(lambda: "a" % 5)
t(lambda: "a" % '')
t(lambda: "%.3d|%+.3x|%#.3o|%#5x|%-#8X|%08.3d" % (5, 255, 8, 255, 255, 7))
t(lambda: "%(a)s %(a)r %%" % {'a': 'x'})
t(lambda: "%f %F %e %g" % (float('inf'), float('nan'), float('-inf'), float('nan')))
t(lambda: "%05f|%+f|% f" % (float('inf'), float('nan'), float('inf')))
t(lambda: "%#g %#.0f %#.0e %g %g %.0g" % (1.0, 2.0, 3.0, 1e-5, 123456789.0, 0.5))
t(lambda: "%d %d %x %o" % (True, 10**30, 10**30, -10**20))
t(lambda: "%s %r %a" % ('é', 'é', 'é'))
t(lambda: "%ld %hd %Lf" % (1, 2, 3.0))
t(lambda: "%.2s|%5.1s|%-3c|" % ('abc', 'xyz', 'q'))
t(lambda: "%i %u %o %X %E %G" % (-5, -6, -8, -255, -1.5, -1e-10))
t(lambda: "% 05d|%-05d|%+05d" % (1, 2, 3))
t(lambda: "%*s|%-*s|" % (-5, 'a', 3, 'b'))
t(lambda: "%s %s" % (1,))
t(lambda: "%d" % None)
t(lambda: "%d" % 1j)
t(lambda: "%.1000f" % 1.0 == "1." + "0" * 1000)
t(lambda: "%.3f %.0f %.1f %10.4e" % (2.0005, 2.5, -0.05, 123456.789))
t(lambda: "%5s|%-5s|%.1s" % ('é☃', 'é☃', 'é☃'))
t(lambda: "%-08.3f|%+08.2f" % (3.14159, -2.5))
t(lambda: "%d" % 3.99 + "%i" % -3.99)
t(lambda: "%(x)d-%(y)s" % {'x': 4, 'y': [1]})
t(lambda: b"%s" % "x")
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c|%c" % (65, b"B"))
t(lambda: b"%r %a %s %b" % ("é", b"x", bytearray(b"y"), b"z"))
t(lambda: b"%y" % 1)
t(lambda: b"%d %5.1f %x %-4s|" % (1, 2.25, 255, b"ab"))
t(lambda: bytearray(b"%d") % 5)
t(lambda: b"%(k)s" % {b'k': b'v'})
t(lambda: "%s" % (b'x',))

class B:
    def __bytes__(self):
        return b'BYTES'
t(lambda: b"<%s>" % B())

class R:
    def __repr__(self):
        return 'R!'
    def __str__(self):
        return 'S!'
t(lambda: "%s %r %a" % (R(), R(), R()))

class I:
    def __index__(self):
        return 65
t(lambda: "%x %d %c" % (I(), I(), I()))
