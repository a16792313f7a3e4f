# sys.exit with an integer: exit status 3, nothing on stderr.
label = "sys_exit_code"
import sys
print("doing work")
for i in range(3):
    print("item", i)
sys.stdout.flush()
if i == 2:
    sys.exit(3)
print("never")
