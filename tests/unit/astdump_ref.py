# Reference output for astdump_test.sh: CPython's view of a test file.
import ast, sys
mode = 'exec'
args = sys.argv[1:]
if args[0] == '-m':
    mode, args = args[1], args[2:]
src = open(args[0], 'rb').read()
try:
    tree = compile(src, args[0], mode, ast.PyCF_ONLY_AST, dont_inherit=True)
    print(ast.dump(tree, include_attributes=True))
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno} {e.end_offset})")
except (RecursionError, MemoryError) as e:
    print(f"{type(e).__name__}: {e}")
