# version: 3.8
# The unclosed bracket as 3.8 words it.
x = [1,
     2,
print(x)
