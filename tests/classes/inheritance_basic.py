class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
for a in [Animal("x"), Dog("rex"), Cat("tom"), Puppy("bit", 3)]:
    print(a.speak(), "|", a.kind())
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy("a", 1), Dog))
