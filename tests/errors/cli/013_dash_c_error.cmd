slotscope -c '1 / 0'
