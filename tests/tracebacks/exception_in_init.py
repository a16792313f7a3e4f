# Exception raised inside __init__ while constructing an object.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.width = len(rows[0])
        for r in rows:
            if len(r) != self.width:
                raise ValueError("ragged matrix")
m = Matrix([[1, 2], [3, 4]])
print(m.width)
Matrix([[1, 2], [3]])
