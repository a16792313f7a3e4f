# errors during import: circular, partially initialised, syntax errors, exceptions
import sys
import mod_imx_circ_a
print(mod_imx_circ_a.A, mod_imx_circ_a.mod_imx_circ_b.get_a())
try:
    import mod_imx_partial_a
except ImportError as e:
    print(str(e).split(" (")[0])
print("mod_imx_partial_a" in sys.modules)
try:
    import mod_imx_bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("mod_imx_bad_syntax.py"))
try:
    import mod_imx_raises
except RuntimeError as e:
    print("RuntimeError", e, "mod_imx_raises" in sys.modules)
print(__import__("mod_imx_helper").VALUE)
print(__import__("pkg_imx_alpha.leaf").__name__, __import__("pkg_imx_alpha.leaf", fromlist=["x"]).__name__)
for bad in ["__import__('')", "__import__(1)", "__import__('x', level=-1)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
