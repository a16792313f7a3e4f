import mod_other
print(mod_other.use_helper())
print(mod_other.value_plus(8))
import mod_helper
mod_helper.add_item("z")
print(mod_other.SHARED, mod_other.SHARED is mod_helper.items)
print(mod_other.mod_helper is mod_helper)
import sys
print(sorted(k for k in sys.modules if k.startswith("mod_")))
mod_helper.VALUE = 100
print(mod_other.value_plus(1))
