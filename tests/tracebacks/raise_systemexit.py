# Bare raise SystemExit: exit status 0, no output on stderr.
label = "raise_systemexit"
print("exiting cleanly")
count = 0
for i in range(5):
    count += i
print("count", count)
if count == 10:
    raise SystemExit
print("never")
