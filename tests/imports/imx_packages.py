# packages, submodules, relative imports, namespace packages
import pkg_imx_alpha
print(pkg_imx_alpha.TOP, pkg_imx_alpha.LEAF, pkg_imx_alpha.leaf.where(), pkg_imx_alpha.__package__)
print(type(pkg_imx_alpha.__path__).__name__, pkg_imx_alpha.__file__.endswith("pkg_imx_alpha/__init__.py"))
import pkg_imx_alpha.sub.deep
print(pkg_imx_alpha.sub.deep.DEEP, pkg_imx_alpha.sub.PARENT_TOP, pkg_imx_alpha.sub.where())
from pkg_imx_alpha.sub import deep as d
print(d is pkg_imx_alpha.sub.deep, d.__name__, d.__package__)
from pkg_imx_alpha import sub
print(sub.__name__)
import pkg_imx_ns.inner.thing
print(pkg_imx_ns.inner.thing.NAME)
try:
    import pkg_imx_alpha.nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from . import something
except ImportError as e:
    print(e)
