slotscope no_such_file.py
