class Dog(Animal)
    pass
