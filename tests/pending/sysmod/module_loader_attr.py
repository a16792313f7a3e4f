import sys
print(__loader__ is not None)
print(hasattr(__loader__, "exec_module") or hasattr(__loader__, "load_module"))
