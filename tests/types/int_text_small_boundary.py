# str/hex/oct/bin and %-formatting of ints at the small-int (48-bit) boundary and beyond.
for v in [0,1,-1,7,255,-255,True,False,2**47-1,-2**47,2**47,-2**47-1, 2**48, 2**63, -2**64]:
    print(str(v), hex(v), oct(v), bin(v), '%d %x %o %X %#x %#o %i %u' % (v,v,v,v,v,v,v,v), format(v, 'b'), f'{v:#x}')
    print('%5d|%-5d|%05d|%+d|% d|%.3d|%#08x|%-#8o|%+.4X' % (v, v, v, v, v, v, v, v, v))
print('%d %x' % (3.0 if False else 3, 255))
print(b'%d %x %o' % (-5, 255, 8))
