import sys
print(sys.getrecursionlimit() > 0)
sys.getrecursionlimt()
