import sys
print("stdout line")
sys.stderr.write("stderr line\n")
print("error via print", file=sys.stderr)
print(sys.stderr is not sys.stdout)
sys.stderr.flush()
print("stdout again")
print(sys.__stdout__ is not None, sys.__stderr__ is not None)
for i in range(3):
    print("err", i, file=sys.stderr)
print("end")
