# OOP with many small objects: vectors, a binary tree of nodes, __slots__-free classes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

def make_tree(depth, key):
    if depth == 0:
        return Node(key)
    return Node(key, make_tree(depth - 1, 2 * key), make_tree(depth - 1, 2 * key + 1))

def check(node):
    if node.left is None:
        return node.key & 7
    return node.key % 5 + check(node.left) - check(node.right)

def count(node):
    if node is None:
        return 0
    return 1 + count(node.left) + count(node.right)

class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17, i % 13)
        self.vel = Vec(1, -1)
        self.alive = True

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.pos) > 400:
            self.vel = self.vel.scale(-1)

def main():
    total = 0
    for it in range(15):
        t = make_tree(14, 1)
        total += check(t) + count(t)
    ps = [Particle(i) for i in range(2000)]
    for _ in range(150):
        for p in ps:
            p.step()
    for p in ps:
        total += p.pos.x * 3 + p.pos.y
    eq = 0
    base = Vec(1, 2)
    for i in range(120000):
        if Vec(i % 3, 2) == base:
            eq += 1
    print(total, eq)

main()
