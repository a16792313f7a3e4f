class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.v}, {self.children})"
        return f"Node({self.v})"
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t)
print([t.children[0]], {"root": t.children[1]})
def depth(n):
    return 1 + max((depth(c) for c in n.children), default=0)
print(depth(t))
def walk(n, acc):
    acc.append(n.v)
    for c in n.children:
        walk(c, acc)
    return acc
print(walk(t, []))
print(str(t) == repr(t))
