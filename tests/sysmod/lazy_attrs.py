# sys's struct sequences are made on first look; whatever looks first sees them
import sys
sys.version_info = 'mine'          # a value stored before any look is kept
print(sys.version_info)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags).__name__)
print('float_info' in dir(sys), 'int_info' in vars(sys), sys.__dict__['hash_info'].width)
print(sys.implementation.name == sys.implementation.name, sys.int_info.bits_per_digit)
from sys import *
print(float_info.radix)
