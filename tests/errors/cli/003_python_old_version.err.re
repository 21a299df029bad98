^usage: slotscope
3\.1
