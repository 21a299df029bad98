slotscope -c 'import sys; print(sys.argv)' one -two
