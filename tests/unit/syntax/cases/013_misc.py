pass; pass
x = 1; y = 2;

# a comment
   # an indented comment

x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
    # comment in block
    pass

    # after blank line
    y = 1
def f():
	return 1
print('done')  # trailing comment
