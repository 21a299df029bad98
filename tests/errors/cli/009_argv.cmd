slotscope argv.py a 'b c' --python 3.8 -i
