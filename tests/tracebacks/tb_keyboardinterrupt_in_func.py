# taipan-test: skip-faultinject (dies by SIGINT, as CPython: the allocation count is never printed)
def work():
    raise KeyboardInterrupt
print("working")
work()
