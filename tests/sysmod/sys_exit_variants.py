# sys.exit inside try/finally and with various codes
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("code", repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    print("in try")
    sys.exit(5)
finally:
    print("finally runs")
