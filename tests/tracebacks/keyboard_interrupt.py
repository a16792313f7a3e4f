# taipan-test: skip-faultinject (dies by SIGINT, as CPython: the allocation count is never printed)
# Uncaught KeyboardInterrupt: traceback and exit status 1.
label = "keyboard_interrupt"
def handler():
    print("simulating Ctrl-C")
    raise KeyboardInterrupt
count = 0
for i in range(3):
    count += 1
print(count)
handler()
