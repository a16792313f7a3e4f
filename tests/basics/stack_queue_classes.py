class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
def balanced(s):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except IndexError:
                return False
    return len(st) == 0
for s in ["()", "([]{})", "(]", "((", "())", "", "{[()()]}"]:
    print(repr(s), balanced(s))
q = []
for i in range(5):
    q.append(i)
while q:
    print(q.pop(0), end=" ")
print()
