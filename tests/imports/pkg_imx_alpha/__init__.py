print("pkg_imx_alpha init, __package__ =", __package__)
from . import leaf
from .leaf import LEAF
TOP = "top"
