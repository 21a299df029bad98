from math import sqrt()
