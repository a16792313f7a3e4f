# Helper for spec_importlib.py: counts how often its code ran (reload re-runs it in place).
runs = globals().get("runs", 0) + 1
value = "v%d" % runs
