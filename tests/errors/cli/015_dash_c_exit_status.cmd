slotscope -c 'import sys; print("bye"); sys.exit(5)'
