# Reference output for astdump_test.sh: CPython's view of a test file.
import ast, sys
mode = 'exec'
args = sys.argv[1:]
if args[0] == '-m':
    mode, args = args[1], args[2:]
src = open(args[0], 'rb').read()
# Like running a file: columns in characters.  Sources with a coding
# cookie or a BOM (or bad UTF-8) are compiled as bytes.
import re
head = src.split(b'\n', 2)[:2]
if not src.startswith(b'\xef\xbb\xbf') and not any(re.match(rb'^[ \t\f]*#.*?coding[:=]', l) for l in head):
    try:
        src = src.decode('utf-8')
    except UnicodeDecodeError:
        pass
try:
    tree = compile(src, args[0], mode, ast.PyCF_ONLY_AST, dont_inherit=True)
    print(ast.dump(tree, include_attributes=True))
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno} {e.end_offset})")
except (RecursionError, MemoryError) as e:
    # what a real compile reports (the parser mimics the full pipeline)
    try:
        compile(src, args[0], mode, dont_inherit=True)
        print(f"{type(e).__name__}: {e}")
    except (RecursionError, MemoryError) as e2:
        print(f"{type(e2).__name__}: {e2}")
