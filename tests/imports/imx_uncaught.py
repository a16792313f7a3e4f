# an uncaught ImportError traceback through a module's code
print("start")
import mod_imx_raises
