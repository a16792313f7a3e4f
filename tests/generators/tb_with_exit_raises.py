# An exception raised by __exit__ while another propagates: both are shown, chained.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError("from exit")

with CM():
    raise ValueError("from body")
