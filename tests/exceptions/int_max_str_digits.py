# CPython 3.11's limit on decimal int<->str conversions: int literals in source, int(), str(),
# and sys.set_int_max_str_digits / get_int_max_str_digits.
import sys

def run(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)

def comp(label, src):
    try:
        compile(src, 'lit', 'exec')
        print(label, 'compiles')
    except SyntaxError as e:
        print(label, 'SyntaxError', e.msg)
        print('   at', e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text[:12]))

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
comp('literal', 'x = ' + '9' * 5000)
comp('literal line 3', 'x = 1\ny = (2 +\n  ' + '7' * 4301 + ')\n')
comp('underscores', 'x = ' + '1_' * 4300 + '1')
comp('exactly 4300', 'x = ' + '9' * 4300)
comp('hex', 'x = 0x' + 'f' * 5000)
comp('float', 'x = ' + '9' * 5000 + '.5')
comp('complex', 'x = ' + '9' * 5000 + 'j')
comp('in f-string', 'x = f"{' + '9' * 4400 + '}"')
run('int()', lambda: int('9' * 5000))
run('int() neg', lambda: int('-' + '9' * 4301))
run('int() bytes', lambda: int(b'9' * 5000))
run('int() junk after', lambda: int('9' * 5000 + 'x'))
run('int() bad underscores', lambda: int('9' * 5000 + '__1'))
run('int() base 8', lambda: int('7' * 5000, 8) > 0)
run('int() base 36', lambda: int('z' * 5000, 36))
run('str()', lambda: str(10 ** 5000))
run('repr()', lambda: repr(-10 ** 5000))
run('%d', lambda: '%d' % 10 ** 5000)
run('f-string', lambda: f'{10 ** 5000}')
run('hex()', lambda: len(hex(10 ** 5000)))
run('str 4300 digits', lambda: len(str(10 ** 4299)))
run('set 0', lambda: sys.set_int_max_str_digits(0))
run('str unlimited', lambda: len(str(10 ** 5000)))
comp('literal unlimited', 'x = ' + '9' * 5000)
run('set 640', lambda: sys.set_int_max_str_digits(640))
run('get', lambda: sys.get_int_max_str_digits())
run('int() 641', lambda: int('1' * 641))
run('str() 641', lambda: str(10 ** 640))
comp('literal 641', 'x = ' + '1' * 641)
run('set kw', lambda: sys.set_int_max_str_digits(maxdigits=5000))
run('get', lambda: sys.get_int_max_str_digits())
run('set 639', lambda: sys.set_int_max_str_digits(639))
run('set -1', lambda: sys.set_int_max_str_digits(-1))
run('set str', lambda: sys.set_int_max_str_digits('5000'))
run('set huge', lambda: sys.set_int_max_str_digits(10 ** 20))
run('set none', lambda: sys.set_int_max_str_digits())
run('set two', lambda: sys.set_int_max_str_digits(700, 800))
run('set bad kw', lambda: sys.set_int_max_str_digits(x=700))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
