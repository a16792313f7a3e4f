def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), KeyError("missing")])
try:
    work()
except* ValueError:
    print("handled ValueError part")
