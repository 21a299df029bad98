# version: 3.10
# A duplicate argument in a lambda.
f = lambda a, *a: 0
