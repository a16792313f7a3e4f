import mod_helper
print(mod_helper.__name__)
print(mod_helper.__file__.endswith("mod_helper.py"))
print("VALUE" in dir(mod_helper), "greet" in dir(mod_helper))
print(sorted(k for k in vars(mod_helper) if not k.startswith("__")))
mod_helper.new_attr = "set from outside"
print(mod_helper.new_attr)
del mod_helper.new_attr
print(hasattr(mod_helper, "new_attr"))
print(__name__)
try:
    mod_helper.missing
except AttributeError as e:
    print(type(e).__name__, e)
