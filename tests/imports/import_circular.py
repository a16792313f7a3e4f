import mod_cycle_a
print(mod_cycle_a.A_EARLY, mod_cycle_a.A_LATE)
print(mod_cycle_a.from_b())
import mod_cycle_b
print(mod_cycle_b.SEEN_EARLY, mod_cycle_b.SEEN_LATE)
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
import sys
print("mod_cycle_a" in sys.modules, "mod_cycle_b" in sys.modules)
print(mod_cycle_a.__name__, mod_cycle_b.__name__)
x = 1
print(x)
