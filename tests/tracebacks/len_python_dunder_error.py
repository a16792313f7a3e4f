# An invalid __len__ result raised by len(): the traceback points at the len() call.
class Q:
    def __len__(self):
        return -1

def count(q):
    n = 0
    n += len(q)
    return n

count(Q())
