import mod_helper
import mod_helper
import mod_helper as again
print(again is mod_helper)
import sys
print("mod_helper" in sys.modules)
print(sys.modules["mod_helper"] is mod_helper)
mod_helper.add_item(1)
import mod_helper as third
print(third.items)
def inner_import():
    import mod_helper
    return mod_helper.items
print(inner_import())
