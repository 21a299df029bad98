s = '''abc

print(s)
