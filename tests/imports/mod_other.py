# Second helper module; imports mod_helper itself.
import mod_helper
print("mod_other is being imported")
def use_helper():
    return mod_helper.greet("other")
def value_plus(n):
    return mod_helper.VALUE + n
SHARED = mod_helper.items
