slotscope --python 4.0 version.py
