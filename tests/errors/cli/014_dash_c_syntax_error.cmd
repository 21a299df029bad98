slotscope -c 'x = = 1'
