slotscope -
