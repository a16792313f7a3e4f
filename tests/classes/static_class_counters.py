class Tracker:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def describe():
        return "tracks instances"
class SubTracker(Tracker):
    instances = 0
for _ in range(3):
    Tracker()
for _ in range(2):
    SubTracker()
print(Tracker.count(), SubTracker.count(), Tracker.describe(), SubTracker().describe())
print(SubTracker.count())
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    @classmethod
    def from_list(cls, items):
        head = None
        for v in reversed(items):
            head = cls(v, head)
        return head
n = Node.from_list([1, 2, 3])
out = []
while n:
    out.append(n.v)
    n = n.nxt
print(out)
