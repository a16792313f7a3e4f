import sys
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print("before")
raise ValueError("boom")
