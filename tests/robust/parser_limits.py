# CPython 3.11's parser and compiler limits, through compile()/exec() of generated source:
# bracket nesting, indentation depth, statically nested blocks, and very long or deep
# expressions (which either work or fail as CPython's do: RecursionError in the compiler,
# a bare MemoryError when the parser's own stack overflows).
def run(label, src, mode='exec'):
    try:
        code = compile(src, '<gen>', mode)
        r = eval(code) if mode == 'eval' else exec(code, {})
        print(label, 'ok', repr(r)[:30])
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__, repr(e))

def nested(n, head, tail='pass'):
    return ''.join(' ' * i + head + '\n' for i in range(n)) + ' ' * n + tail + '\n'

run('200 parens', '(' * 200 + ')' * 200, 'eval')
run('201 parens', 'x = 1\ny = ' + '(' * 201 + ')' * 201)
run('mixed brackets', '([{' * 70 + '}])' * 70, 'eval')
run('99 indents', nested(99, 'if 1:'))
run('100 indents', nested(100, 'if 1:'))
run('100 tab indents', ''.join('\t' * i + 'if 1:\n' for i in range(101)) + '\t' * 101 + 'pass\n')
run('20 for blocks', nested(20, 'for x in []:'))
run('21 for blocks', nested(21, 'for x in range(y):'))
run('21 while blocks', nested(21, 'while x:'))
run('21 with blocks', nested(21, 'with a as b:'))
run('30 if blocks', nested(30, 'if 0:'))
run('1+1+... 2000', '+'.join(['1'] * 2000), 'eval')
run('1+1+... 100000', '+'.join(['1'] * 100000), 'eval')
run('a or b ... 20000', ' or '.join(['0'] * 20000), 'eval')
run('a and b ... 20000', ' and '.join(['1'] * 20000), 'eval')
run('chained < 20000', '<'.join(['1'] * 20000), 'eval')
run('list 50000', '[' + ','.join(['1'] * 50000) + '][-1]', 'eval')
run('1 MB line', 'x = "' + 'a' * 1000000 + '"')
run('not * 1000', 'not ' * 1000 + '1', 'eval')
run('not * 4000', 'not ' * 4000 + '1', 'eval')
run('not * 100000', 'not ' * 100000 + '1', 'eval')
run('- * 1000', '-' * 1000 + '1', 'eval')
run('- * 100000', '-' * 100000 + '1', 'eval')
run('~ * 100000', '~' * 100000 + '1', 'eval')
run('** * 100', '**'.join(['1'] * 100), 'eval')
run('** * 100000', '**'.join(['1'] * 100000), 'eval')
run('lambda * 100000', 'lambda:' * 100000 + '1', 'eval')
run('if-else * 100000', '1 if 1 else ' * 100000 + '1', 'eval')
run('x.a * 100000', 'x' + '.a' * 100000, 'eval')
run('x() * 20000', 'x' + '()' * 20000, 'eval')
