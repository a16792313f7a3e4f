from mod_all import *
print(public_a, public_b)
try:
    print(not_exported)
except NameError as e:
    print(type(e).__name__, e)
try:
    print(_underscore)
except NameError as e:
    print(type(e).__name__, e)
from mod_helper import *
print(VALUE, greet("star"))
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
