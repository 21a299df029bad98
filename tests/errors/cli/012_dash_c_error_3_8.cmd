slotscope --python 3.8 -c 'print(1 // 0)'
