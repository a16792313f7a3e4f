# taipan-test: skip-faultinject (an injected MemoryError is caught by its "except Exception")
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
try:
    exit_code = None
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", repr(e.code))
try:
    raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit caught")
try:
    1 / 0
except:
    print("bare except caught", sys.exc_info()[0].__name__)
print(sys.exc_info())
