slotscope --python 3.8 -
