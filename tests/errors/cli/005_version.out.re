^slotscope [0-9]
