slotscope - x y
