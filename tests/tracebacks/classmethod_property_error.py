# Exceptions inside a property and through a classmethod.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @property
    def celsius(self):
        return self.kelvin - "273.15"
    @classmethod
    def from_celsius(cls, c):
        t = cls(c + 273.15)
        print("created")
        return t.celsius
print("start")
Temperature.from_celsius(20)
