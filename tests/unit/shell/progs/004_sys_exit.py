# sys.exit with a message: printed to stderr after stdout is flushed; status 1.
import sys
print('before exit')
sys.exit('fatal: giving up')
print('never')
