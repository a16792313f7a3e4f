from mod_helper import VALUE, greet
from mod_helper import Thing as T, add_item
print(VALUE, greet("from"))
print(T(5).double())
print(add_item(1))
import mod_helper
print(mod_helper.items)
VALUE = 0
print(VALUE, mod_helper.VALUE)
from mod_helper import (
    NAME,
    _private,
)
print(NAME, _private)
