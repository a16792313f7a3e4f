import sys
def inner():
    try:
        sys.exit("fatal: stopping")
    finally:
        print("finally runs")
inner()
