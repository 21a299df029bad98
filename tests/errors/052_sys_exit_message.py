# sys.exit('message') prints the message on stderr and exits 1.
import sys
sys.exit('fatal: configuration missing')
