import sys
print(sys.argv_)
