# version: 3.8
# 3.8 folds the repeated frames too.
def down(n):
    return down(n + 1)
down(0)
