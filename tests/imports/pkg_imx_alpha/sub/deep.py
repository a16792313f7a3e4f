from . import PARENT_TOP
DEEP = PARENT_TOP + "/deep"
