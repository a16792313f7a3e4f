for x in y:
# nothing follows
