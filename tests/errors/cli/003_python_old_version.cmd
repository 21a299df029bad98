slotscope --python 3.1 version.py
