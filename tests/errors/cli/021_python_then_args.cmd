slotscope --python 3.8 version.py extra args
