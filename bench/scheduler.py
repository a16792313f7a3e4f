# Method calls and attribute access: a discrete-event task scheduler simulation.
class Task:
    def __init__(self, ident, priority, work):
        self.ident = ident
        self.priority = priority
        self.remaining = work
        self.runs = 0
        self.waited = 0

    def done(self):
        return self.remaining <= 0

    def run(self, quantum):
        used = quantum if quantum < self.remaining else self.remaining
        self.remaining -= used
        self.runs += 1
        return used

class IOTask(Task):
    def run(self, quantum):
        used = Task.run(self, quantum // 2 + 1)
        self.waited += 1
        return used

class Queue:
    def __init__(self):
        self.items = []
        self.head = 0

    def push(self, t):
        self.items.append(t)

    def pop(self):
        t = self.items[self.head]
        self.head += 1
        if self.head > 512:
            self.items = self.items[self.head:]
            self.head = 0
        return t

    def __len__(self):
        return len(self.items) - self.head

class Scheduler:
    def __init__(self, levels):
        self.queues = [Queue() for _ in range(levels)]
        self.clock = 0
        self.finished = 0
        self.checksum = 0

    def add(self, task):
        self.queues[task.priority].push(task)

    def pick(self):
        for q in self.queues:
            if len(q):
                return q.pop()
        return None

    def tick(self):
        t = self.pick()
        if t is None:
            return False
        used = t.run(8 + t.priority * 4)
        self.clock += used
        if t.done():
            self.finished += 1
            self.checksum = (self.checksum * 31 + t.ident * t.runs + t.waited) % 1000000007
        else:
            if t.priority < len(self.queues) - 1:
                t.priority += 1
            self.add(t)
        return True

def main():
    s = Scheduler(4)
    seed = 12345
    ident = 0
    for round_ in range(120):
        for _ in range(500):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            ident += 1
            cls = IOTask if seed % 3 == 0 else Task
            s.add(cls(ident, 0, seed % 200 + 1))
        for _ in range(2500):
            s.tick()
    while s.tick():
        pass
    print(s.clock, s.finished, s.checksum)

main()
