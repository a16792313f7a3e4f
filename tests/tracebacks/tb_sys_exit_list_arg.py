import sys
sys.exit(sys.argv)
