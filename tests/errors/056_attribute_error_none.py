# The classic: calling a method on None.
def find(items, key):
    for item in items:
        if item == key:
            return item
match = find(['a', 'b'], 'z')
print(match.upper())
