# sys.exit with a string: the message goes to stderr, exit status 1.
label = "sys_exit_message"
import sys
def main():
    print("checking arguments")
    args = sys.argv[1:]
    if not args:
        sys.exit("error: no arguments given")
    print("never")
main()
