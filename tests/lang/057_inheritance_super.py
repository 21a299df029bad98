# Inheritance, method overriding, super(), the MRO.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick
    def kind(self):
        return 'dog, an ' + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (squeaky)'
p = Puppy('Rex', 'roll')
print(p.speak(), '|', p.kind(), '|', p.trick)
print([c.__name__ for c in Puppy.__mro__], issubclass(Puppy, Animal), isinstance(p, Dog))
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class E(D):
    pass
print(E().who(), E.__bases__[0].__name__, super(B, D()).who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
