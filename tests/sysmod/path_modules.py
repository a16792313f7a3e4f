import sys
print(type(sys.path).__name__, isinstance(sys.path, list))
print(all(isinstance(p, str) for p in sys.path))
print(len(sys.path) > 0)
print(type(sys.modules).__name__)
print("sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
main = sys.modules[__name__]
main.added = 5
print(added)
print(type(sys).__name__, sys.__name__)
