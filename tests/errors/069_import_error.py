# Importing a module that does not exist.
import sys
import numpy_is_not_here
