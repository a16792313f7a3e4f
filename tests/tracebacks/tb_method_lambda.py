class K:
    def run(self, items):
        return list(map(lambda v: 10 // v, items))
K().run([1, 2, 0])
