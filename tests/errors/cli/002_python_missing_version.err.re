^usage: slotscope
